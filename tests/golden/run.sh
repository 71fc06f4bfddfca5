#!/bin/sh
# golden/run.sh RELGRAPH_BIN: golden-file test of `relgraph export`.
#
# Runs `relgraph export` on small.json (a hand-written graph in the DESIGN
# format, with a hostile label) as JSON and as DOT and diffs each against
# the expected file; checks that JSON output read back gives the same
# bytes, that standard input and output work, and that Graphviz's `dot`
# accepts the DOT file (skipped with a message when `dot` is absent).
# The generator's version number is masked, so a version bump does not
# break the test. Prints the diff and exits 1 on any difference.
#
# To accept a deliberate change of output, regenerate the expected files:
#   relgraph export -f json small.json -o small.expected.json
#   relgraph export -f dot  small.json -o small.expected.dot
set -u

if [ $# -ne 1 ]; then
    echo "usage: $0 RELGRAPH_BIN" >&2
    exit 2
fi
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rg_golden.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
status=0

fail() {
    echo "golden: FAIL: $*" >&2
    status=1
}

# Masks "relgraph X.Y.Z" in the generator field.
mask() {
    sed 's/"generator": "relgraph [^"]*"/"generator": "relgraph VERSION"/' "$1"
}

# compare EXPECTED ACTUAL: masked diff, printed on a difference.
compare() {
    mask "$1" >"$tmp/want"
    mask "$2" >"$tmp/got"
    if ! diff -u "$tmp/want" "$tmp/got"; then
        fail "$(basename "$2") differs from $(basename "$1") (diff above)"
    fi
}

# JSON, written to a file.
if "$bin" export --format json -o "$tmp/small.json" "$here/small.json"; then
    compare "$here/small.expected.json" "$tmp/small.json"
else
    fail "relgraph export --format json exited with $?"
fi

# JSON again from its own output: reading what we write changes nothing.
if "$bin" export --format json "$here/small.expected.json" >"$tmp/again.json"; then
    compare "$here/small.expected.json" "$tmp/again.json"
else
    fail "relgraph export of small.expected.json exited with $?"
fi

# DOT, from standard input to standard output (dot is the default format).
if "$bin" export - <"$here/small.json" >"$tmp/small.dot"; then
    compare "$here/small.expected.dot" "$tmp/small.dot"
else
    fail "relgraph export (DOT, stdin to stdout) exited with $?"
fi

# The format follows -o's extension.
if "$bin" export -o "$tmp/by_ext.gv" "$here/small.json"; then
    cmp -s "$tmp/small.dot" "$tmp/by_ext.gv" || fail "-o FILE.gv did not write DOT"
else
    fail "relgraph export -o FILE.gv exited with $?"
fi

# Graphviz accepts the DOT we write.
if command -v dot >/dev/null 2>&1; then
    if dot -Tsvg "$here/small.expected.dot" -o "$tmp/small.svg" 2>"$tmp/dot.err"; then
        grep -q "<svg" "$tmp/small.svg" || fail "dot -Tsvg wrote no <svg> element"
    else
        cat "$tmp/dot.err" >&2
        fail "dot -Tsvg rejected small.expected.dot"
    fi
else
    echo "golden: 'dot' not found, skipping the dot -Tsvg check"
fi

[ $status -eq 0 ] && echo "golden: ok"
exit $status
