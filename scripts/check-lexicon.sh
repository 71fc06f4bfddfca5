#!/usr/bin/env bash
# scripts/check-lexicon.sh: the lexicon tables are what their generators
# write. The tables are compiled into the binary and the generators are
# their documented source (extract/lexicon/README.md): an entry added to
# a table by hand would be lost at the next regeneration. This copies
# extract/lexicon to a temporary directory, runs make_all.py there
# (--no-corpus: common_words.txt needs the Reuters corpus and is kept as
# committed) and compares every table. Exit 0 when all match, 1 when one
# differs (the diff is printed), 2 when the generators fail.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
cp -r "$root/extract/lexicon" "$tmp/lexicon" || exit 2
if ! python3 "$tmp/lexicon/tools/make_all.py" --no-corpus >"$tmp/make.log" 2>&1; then
    cat "$tmp/make.log" >&2
    echo "check-lexicon: the generators failed" >&2
    exit 2
fi
status=0
for f in "$root"/extract/lexicon/*.tsv "$root"/extract/lexicon/*.txt; do
    name=$(basename "$f")
    if ! diff -u "$f" "$tmp/lexicon/$name" >"$tmp/diff"; then
        echo "check-lexicon: $name differs from what its generator writes:" >&2
        head -40 "$tmp/diff" >&2
        status=1
    fi
done
[[ $status -eq 0 ]] && echo "check-lexicon: every table matches its generator"
exit $status
