#!/bin/sh
# consumers/formats.sh RELGRAPH_BIN [SOURCE_DIR]: the real consumers read
# relgraph's exchange formats: GraphML, GEXF, CSV and the evidence JSON
# Lines (relgraph export -f graphml|gexf|csv|jsonl).
#
# Graphs: the samples' graph (relgraph build SOURCE_DIR/samples), the same
# with places kept, a hostile graph (check_formats.py hostile: quotes,
# backslashes, < > &, newlines, tabs, CR, control characters, non-ASCII in
# ids, labels, aliases, roles and evidence) and an empty graph. Each is
# exported to every format; then
#   - the bytes are deterministic (export twice, and build -f graphml gives
#     what export gives), and the three ways of naming csv output (DIR/,
#     NAME.csv, PREFIX) write the same two files;
#   - xmllint finds every GraphML and GEXF file well-formed and valid
#     against our RELAX NG schemas of what we write (tests/schemas: the
#     official XSDs cannot be had offline); a copy with one value broken
#     must fail, so the schemas are known to check something;
#   - check_formats.py (beside this script) loads the files with
#     networkx.read_graphml, python-igraph's Graph.Read_GraphML,
#     networkx.read_gexf (1.2draft, and 1.3), Python's csv module and
#     json.loads, and compares every value with the graph JSON.
# Usage errors: csv without -o, and build -f csv, exit 2.
#
# Needs /usr/bin/python3 with python3-networkx and python3-igraph, and
# xmllint (libxml2-utils). Without them the test fails, since CI installs
# them; with RG_ALLOW_SKIP=1 it prints "skipped: ..." and exits 0.
# Prints "ok - ..." / "not ok - ..." lines and "N passed, M failed";
# exits 1 when anything failed.
set -u

NAME=formats
. "$(cd "$(dirname "$0")" && pwd)/common.sh"
SCHEMAS=$SRC/tests/schemas
[ -f "$SCHEMAS/graphml.rng" ] || { echo "formats: no schemas at $SCHEMAS" >&2; exit 2; }
[ -x "$PY" ] || skip_or_fail "$PY not found"
"$PY" -c 'import networkx' >/dev/null 2>&1 || skip_or_fail "$PY cannot import networkx (Debian package python3-networkx)"
"$PY" -c 'import igraph' >/dev/null 2>&1 || skip_or_fail "$PY cannot import igraph (Debian package python3-igraph)"
command -v xmllint >/dev/null 2>&1 || skip_or_fail "xmllint not found (Debian package libxml2-utils)"
make_tmp

# try NAME CMD...: ok when CMD exits 0 (its stderr in $t/err).
try() {
    name=$1
    shift
    if "$@" 2>"$t/err"; then ok "$name"; else notok "$name (exit $?)"; fi
}

# ------------------------------------------------------------ the graphs

: >"$t/err"
if "$R" build -q "$SAMPLES" -o "$t/samples.json" 2>"$t/err"; then
    ok "build samples/"
else
    notok "build samples/ (exit $?)"
fi
try "build --types person,country,group,place samples/" \
    "$R" build -q --types person,country,group,place "$SAMPLES" -o "$t/places.json"
try "check_formats.py hostile" "$PY" "$here/check_formats.py" hostile "$t/hostile.in.json"
printf '{"directed": false, "multigraph": false, "graph": {"documents": 0, "window": "sentence"}, "nodes": [], "links": []}\n' >"$t/empty.in.json"

# The truth each check compares with is relgraph's own graph JSON of the
# graph (canonical order, as every exporter walks it).
for g in samples places hostile empty; do
    case $g in
    samples | places) src=$t/$g.json ;;
    *) src=$t/$g.in.json ;;
    esac
    [ -f "$src" ] || continue
    d=$t/$g
    mkdir -p "$d"
    try "export $g -> JSON" "$R" export -f json "$src" -o "$d/truth.json"
    try "export $g -> GraphML" "$R" export "$src" -o "$d/g.graphml"
    try "export $g -> GEXF 1.3" "$R" export "$src" -o "$d/g.gexf"
    try "export $g -> GEXF 1.2draft" "$R" export --gexf-version 1.2draft "$src" -o "$d/g12.gexf"
    try "export $g -> CSV in DIR/" "$R" export -f csv "$src" -o "$d/csv/"
    try "export $g -> CSV, neo4j dialect" "$R" export -f csv --csv-dialect neo4j "$src" -o "$d/neo4j/"
    try "export $g -> evidence JSON Lines" "$R" export "$src" -o "$d/g.jsonl"

    # determinism, and the other ways to name the output
    "$R" export -f graphml "$src" >"$d/again.graphml" 2>"$t/err" &&
        "$R" export -f gexf "$src" -o "$d/again.gexf" 2>>"$t/err" &&
        "$R" export -f jsonl "$src" -o "$d/again.jsonl" 2>>"$t/err"
    if cmp -s "$d/g.graphml" "$d/again.graphml" && cmp -s "$d/g.gexf" "$d/again.gexf" &&
        cmp -s "$d/g.jsonl" "$d/again.jsonl"; then
        ok "$g: GraphML, GEXF and JSON Lines are the same bytes twice"
    else
        notok "$g: a second export differs"
    fi
    mkdir -p "$d/named"
    "$R" export "$src" -o "$d/named/x.csv" 2>"$t/err" &&
        "$R" export -f csv "$src" -o "$d/named/p_" 2>>"$t/err" &&
        "$R" export -f csv "$src" -o "$d/csv" 2>>"$t/err"
    if cmp -s "$d/csv/nodes.csv" "$d/named/x.nodes.csv" && cmp -s "$d/csv/edges.csv" "$d/named/x.edges.csv" &&
        cmp -s "$d/csv/nodes.csv" "$d/named/p_nodes.csv" && cmp -s "$d/csv/edges.csv" "$d/named/p_edges.csv" &&
        [ "$(ls "$d/named" | wc -l)" -eq 4 ] && [ "$(ls "$d/csv" | wc -l)" -eq 2 ]; then
        ok "$g: -o DIR/, -o DIR, -o NAME.csv and -o PREFIX write the same two CSV files"
    else
        notok "$g: csv output naming (files: $(ls "$d/named" "$d/csv" | tr '\n' ' '))"
    fi
done

if "$R" build -q -f graphml "$SAMPLES" -o "$t/built.graphml" 2>"$t/err" &&
    cmp -s "$t/built.graphml" "$t/samples/g.graphml"; then
    ok "build -f graphml samples/ gives the bytes export gives"
else
    notok "build -f graphml samples/ differs from export"
fi

# ------------------------------------------------------------ usage errors

"$R" export -f csv "$t/samples.json" >"$t/out" 2>"$t/err"
rc=$?
if [ $rc -eq 2 ] && grep -q "nodes.csv and edges.csv" "$t/err" && [ ! -s "$t/out" ]; then
    ok "export -f csv without -o: exit 2 and a message"
else
    notok "export -f csv without -o: exit $rc"
fi
"$R" build -q -f csv "$SAMPLES" -o "$t/b.csv" >"$t/out" 2>"$t/err"
rc=$?
if [ $rc -eq 2 ] && grep -q "relgraph export -f csv" "$t/err" && [ ! -e "$t/b.csv" ]; then
    ok "build -f csv: exit 2, points to export, writes nothing"
else
    notok "build -f csv: exit $rc"
fi

# ---------------------------------------------------------------- xmllint

for f in "$t"/*/g.graphml "$t"/*/g.gexf "$t"/*/g12.gexf; do
    [ -e "$f" ] || continue
    case $f in
    *.graphml) rng=$SCHEMAS/graphml.rng ;;
    */g12.gexf) rng=$SCHEMAS/gexf-1.2draft.rng ;;
    *) rng=$SCHEMAS/gexf.rng ;;
    esac
    name=$(basename "$(dirname "$f")")/$(basename "$f")
    try "xmllint --noout $name (well-formed)" xmllint --noout "$f"
    try "xmllint --relaxng $(basename "$rng") $name" xmllint --noout --relaxng "$rng" "$f"
done

# The schemas check something: one broken value, one missing element.
sed '0,/<data key="node_mentions">[0-9]*</s//<data key="node_mentions">many</' \
    "$t/samples/g.graphml" >"$t/bad1.graphml"
sed '0,/<data key="edge_evidence_count">[0-9]*<\/data>/s///' "$t/samples/g.graphml" >"$t/bad2.graphml"
sed '0,/<attvalue for="community" value="[0-9]*"/s//<attvalue for="community" value="-1"/' \
    "$t/samples/g.gexf" >"$t/bad1.gexf"
sed '0,/ weight="[0-9]*"/s// weight="heavy"/' "$t/samples/g.gexf" >"$t/bad2.gexf"
for f in bad1.graphml bad2.graphml bad1.gexf bad2.gexf; do
    case $f in *.graphml) rng=$SCHEMAS/graphml.rng ;; *) rng=$SCHEMAS/gexf.rng ;; esac
    if cmp -s "$t/$f" "$t/samples/g.${f##*.}"; then
        notok "schema check: $f was not broken (sed found nothing)"
    elif xmllint --noout --relaxng "$rng" "$t/$f" >/dev/null 2>&1; then
        notok "schema check: $(basename "$rng") accepts the broken $f"
    else
        ok "schema check: $(basename "$rng") rejects the broken $f"
    fi
done

# ------------------------------------ networkx, igraph, csv, json.loads

for g in samples places hostile empty; do
    [ -f "$t/$g/truth.json" ] || continue
    "$PY" "$here/check_formats.py" check "$t/$g/truth.json" "$t/$g" >"$t/py.out" 2>"$t/err"
    cat "$t/py.out"
    n_ok=$(grep -c '^ok - ' "$t/py.out")
    n_bad=$(grep -c '^not ok - ' "$t/py.out")
    pass=$((pass + n_ok))
    failed=$((failed + n_bad))
    if [ $((n_ok + n_bad)) -ne 7 ]; then
        failed=$((failed + 1))
        echo "not ok - check_formats.py $g did not report all 7 checks"
        head -n 20 "$t/err" | sed 's/^/#   /'
    fi
done

echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
