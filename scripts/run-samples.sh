#!/usr/bin/env bash
# scripts/run-samples.sh: from a fresh checkout to a picture of the samples.
# Installs the packages (scripts/setup.sh, skipped when present), builds
# in build/, then runs relgraph on samples/ and writes out/graph.json,
# out/graph.dot and out/graph.svg, and prints the network statistics.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)

scripts/setup.sh
cmake -S . -B build
cmake --build build -j "$jobs"
mkdir -p out

set -x
build/relgraph build samples/ -o out/graph.json
build/relgraph export out/graph.json --format dot -o out/graph.dot
build/relgraph export out/graph.json --format svg -o out/graph.svg
build/relgraph stats out/graph.json
