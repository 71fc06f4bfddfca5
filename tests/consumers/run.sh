#!/bin/sh
# consumers/run.sh RELGRAPH_BIN [SOURCE_DIR]: the real consumers read what
# relgraph writes.
#
# Builds the graph of SOURCE_DIR/samples with every co-occurrence window
# (sentence, paragraph, document, and once with places kept), writes it as
# JSON and as DOT (from build, from export, and with community colours),
# then checks that
#   - Graphviz's dot -Tsvg and neato -Tsvg accept every DOT file (exit 0,
#     an <svg> element, nothing on stderr about syntax);
#   - Debian's /usr/bin/python3 with python3-networkx loads every JSON
#     file with networkx.node_link_graph and the format's invariants hold
#     (check_networkx.py beside this script);
#   - laid out by each engine export offers (dot, neato, fdp, sfdp,
#     circo), the samples' graph as built by default (sentence window,
#     actors) has no two labels overlapping, the legend's included, both
#     in the DOT file's layout (check_overlap.py on `dot -K ENGINE -Tjson`)
#     and in the SVG relgraph draws in-process (check_overlap.py --svg,
#     text widths from that layout); its own self-test first, so the
#     checker is known to catch an overlap. Denser graphs are not held to
#     it yet: with the paragraph window fdp, and with places sfdp, leave
#     a link's label on one of its own nodes' labels (Graphviz places link
#     labels after the layout, beside the link's midpoint).
#
# Without dot, neato or networkx the test fails, since CI installs them;
# with RG_ALLOW_SKIP=1 in the environment it prints "skipped: ..." and
# exits 0 instead. Prints "ok - ..." / "not ok - ..." lines and a summary
# "N passed, M failed"; exits 1 when anything failed.
set -u

NAME=consumers
. "$(cd "$(dirname "$0")" && pwd)/common.sh"
command -v dot >/dev/null 2>&1 || skip_or_fail "Graphviz 'dot' not found"
command -v neato >/dev/null 2>&1 || skip_or_fail "Graphviz 'neato' not found"
[ -x "$PY" ] || skip_or_fail "$PY not found"
"$PY" -c 'import networkx' >/dev/null 2>&1 || skip_or_fail "$PY cannot import networkx (Debian package python3-networkx)"
make_tmp

# ------------------------------------------------------ write the graphs

for v in sentence paragraph document places; do
    case $v in
    places) opts="--window sentence --types person,country,group,place" ;;
    *) opts="--window $v" ;;
    esac
    # shellcheck disable=SC2086
    if "$R" build $opts -q "$SAMPLES" -o "$t/$v.json" 2>"$t/err"; then
        ok "build $opts samples/ -> JSON"
    else
        notok "build $opts samples/ -> JSON (exit $?)"
        continue
    fi
    # shellcheck disable=SC2086
    if "$R" build $opts -q -f dot "$SAMPLES" -o "$t/$v.build.dot" 2>"$t/err"; then
        ok "build $opts samples/ -> DOT"
    else
        notok "build $opts samples/ -> DOT (exit $?)"
    fi
    # export writes the same DOT as build; Graphviz then reads it once
    if "$R" export -f dot "$t/$v.json" -o "$t/$v.export.dot" 2>"$t/err"; then
        if cmp -s "$t/$v.export.dot" "$t/$v.build.dot"; then
            ok "export $v.json -> DOT, the same bytes as build -f dot"
            rm -f "$t/$v.export.dot"
        else
            ok "export $v.json -> DOT"
        fi
    else
        notok "export $v.json -> DOT (exit $?)"
    fi
    if "$R" export -f dot --color community "$t/$v.json" -o "$t/$v.community.dot" 2>"$t/err"; then
        ok "export --color community $v.json -> DOT"
    else
        notok "export --color community $v.json -> DOT (exit $?)"
    fi
    if "$R" export -f json --types person,country --min-weight 2 "$t/$v.json" \
        -o "$t/$v.filtered.json" 2>"$t/err"; then
        ok "export --types person,country --min-weight 2 $v.json -> JSON"
    else
        notok "export filtered $v.json -> JSON (exit $?)"
    fi
done

# ----------------------------------------------------- Graphviz reads DOT

for f in "$t"/*.dot; do
    [ -e "$f" ] || continue
    b=$(basename "$f")
    for engine in dot neato; do
        if "$engine" -Tsvg "$f" -o "$t/$b.$engine.svg" 2>"$t/err"; then
            if ! grep -q "<svg" "$t/$b.$engine.svg"; then
                notok "$engine -Tsvg $b: no <svg> element"
            elif grep -q -i "syntax error" "$t/err"; then
                notok "$engine -Tsvg $b: syntax error reported"
            else
                ok "$engine -Tsvg $b"
            fi
        else
            notok "$engine -Tsvg $b (exit $?)"
        fi
    done
done

# ------------------------------------------- labels stay apart per layout

if "$PY" "$here/check_overlap.py" --self-test >"$t/ov.out" 2>"$t/err"; then
    ok "check_overlap.py --self-test"
else
    notok "check_overlap.py --self-test"
    sed 's/^/#   /' "$t/ov.out"
fi
for v in sentence; do
    [ -e "$t/$v.json" ] || continue
    for engine in dot neato fdp sfdp circo; do
        : >"$t/err"
        if ! "$R" export -f dot --layout "$engine" "$t/$v.json" -o "$t/lay.$v.$engine.gv" 2>"$t/err"; then
            notok "export --layout $engine $v.json (exit $?)"
            continue
        fi
        if ! dot -K"$engine" -Tjson "$t/lay.$v.$engine.gv" -o "$t/lay.$v.$engine.lay" 2>"$t/err"; then
            notok "dot -K$engine -Tjson ($v) (exit $?)"
            continue
        fi
        if "$PY" "$here/check_overlap.py" "$t/lay.$v.$engine.lay" >"$t/ov.out" 2>"$t/err"; then
            ok "$v graph, layout $engine: $(sed -n 's/^ok - [^:]*: //p' "$t/ov.out")"
        else
            notok "$v graph, layout $engine: labels overlap"
            grep -v '^ok' "$t/ov.out" | head -n 10 | sed 's/^/#   /'
        fi
        # the picture relgraph itself draws with that engine
        if ! "$R" export -f svg --layout "$engine" "$t/$v.json" -o "$t/lay.$v.$engine.svg" 2>"$t/err"; then
            notok "export -f svg --layout $engine $v.json (exit $?)"
            continue
        fi
        if "$PY" "$here/check_overlap.py" --svg "$t/lay.$v.$engine.lay" "$t/lay.$v.$engine.svg" \
            >"$t/ov.out" 2>"$t/err"; then
            ok "$v graph, relgraph's SVG, layout $engine: $(sed -n 's/^ok - [^:]*: //p' "$t/ov.out")"
        else
            notok "$v graph, relgraph's SVG, layout $engine: labels overlap"
            grep -v '^ok' "$t/ov.out" | head -n 10 | sed 's/^/#   /'
        fi
    done
done

# ----------------------------------------------------- networkx reads JSON

set -- "$t"/*.json
if [ -e "$1" ]; then
    cd "$t" || exit 2
    set --
    for f in *.json; do set -- "$@" "$f"; done
    "$PY" "$here/check_networkx.py" "$@" >"$t/nx.out" 2>"$t/err"
    cat "$t/nx.out"
    n_ok=$(grep -c '^ok - ' "$t/nx.out")
    n_bad=$(grep -c '^not ok - ' "$t/nx.out")
    pass=$((pass + n_ok))
    failed=$((failed + n_bad))
    if [ $((n_ok + n_bad)) -ne $# ]; then
        failed=$((failed + 1))
        echo "not ok - check_networkx.py did not report on every file"
        head -n 20 "$t/err" | sed 's/^/#   /'
    fi
fi

echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
