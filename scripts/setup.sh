#!/usr/bin/env bash
# scripts/setup.sh: installs what relgraph needs to build, test and run on
# Debian 12 (bookworm), with apt-get. Idempotent: when every package is
# already installed (checked with dpkg-query) it changes nothing and does
# not touch the network. Runs as root, or through sudo when not root.
#
#   build:    build-essential cmake pkg-config
#   libraries: libigraph-dev libjansson-dev libgraphviz-dev libutf8proc-dev
#             libjemalloc-dev (the allocator, as redis uses it)
#   tests:    check libsubunit-dev (Check unit tests), graphviz (dot and
#             neato read our DOT), python3 python3-networkx python3-igraph
#             (networkx reads our JSON), libxml2-utils (xmllint checks our
#             SVG), time (GNU time for tests/bench/bench.sh), iso-codes
#             (the country list the lexicon's generator reads, which
#             scripts/check-lexicon.sh runs)
set -euo pipefail

packages=(
    build-essential cmake pkg-config
    libigraph-dev libjansson-dev libgraphviz-dev graphviz libutf8proc-dev libjemalloc-dev
    check libsubunit-dev
    python3 python3-networkx python3-igraph
    libxml2-utils time iso-codes
)

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    echo "setup: dpkg-query/apt-get not found: this script is for Debian 12;" >&2
    echo "setup: install the equivalents of: ${packages[*]}" >&2
    exit 1
fi

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "setup: all ${#packages[@]} packages already installed, skipping apt-get"
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "setup: not root and no sudo; as root run: apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi

echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
echo "setup: done"
