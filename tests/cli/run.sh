#!/bin/sh
# cli/run.sh RELGRAPH_BIN [SOURCE_DIR]: command-line tests of relgraph.
#
# Runs the binary as a user would and checks its exit code, the key parts
# of standard output and standard error, and that every message starts
# with "relgraph: " and names the file it is about (STYLE rule 13c, the
# jq tests/shtest idea). The inputs are small texts written here, not the
# samples. Cases:
#
#   help       -h/--help of the tool and of each command, --version
#   usage      no arguments, unknown command or option, build without
#              input, bad --window, --types, --format, --min-weight: exit 2,
#              nothing on standard output
#   build      a text file to valid graph JSON with the expected nodes;
#              directories (recursive, *.txt and *.jsonl only, hidden
#              entries skipped); standard input; --jsonl on standard input;
#              a JSON Lines file with a malformed line (file:line named,
#              other lines used, exit 1)
#   bad input  a missing file among good ones; invalid UTF-8 (warning,
#              exit 0, output valid UTF-8); an empty file; a binary file;
#              only unusable inputs; a 5 MB single line
#   output     -o into a missing directory (exit 3, nothing written); -o
#              leaves no temporary files; a failed build leaves an existing
#              output alone; a full standard output (/dev/full) is exit 3
#   determinism  same input twice gives the same bytes; the order of the
#              inputs on the command line changes nothing but the order of
#              each link's evidence (which graph.h documents as input order)
#   export     dot output accepted by Graphviz's dot; build JSON to
#              dot/svg/json; malformed JSON (truncated, not an object,
#              dangling link) is exit 1 naming the file
#   stats      a table, --json parses, a missing file is exit 1
#   entities   the TSV header; for every row, the input's bytes
#              [start,end) equal the text column, also with curly quotes,
#              em dashes, NBSP, CRLF and non-ASCII names; --format jsonl
#   dates      the samples' days; export --since/--until equals a build of
#              the window's documents; stats --since; bad dates, an empty
#              window, a graph without dates: exit 2; JSON Lines "date";
#              the evidence export's "date" (these cases use samples/)
#
# Output: one "ok - NAME" or "not ok - NAME" line per case (with the
# reasons and the command's stderr after a failure, as "#" lines), then
# "N passed, M failed". Exit status 1 when any case failed.
set -u

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 RELGRAPH_BIN [SOURCE_DIR]" >&2
    exit 2
fi
case $1 in
/*) R=$1 ;;
*) R=$(pwd)/$1 ;;
esac
SRC=${2:-$(cd "$(dirname "$0")/../.." && pwd)}
if [ ! -x "$R" ]; then
    echo "$0: $R is not an executable" >&2
    exit 2
fi
if [ -x /usr/bin/python3 ]; then PY=/usr/bin/python3; else PY=python3; fi

t=$(mktemp -d "${TMPDIR:-/tmp}/rg_cli.XXXXXX") || exit 2
trap 'rm -rf "$t"' EXIT
trap 'exit 130' INT TERM
cd "$t" || exit 2

VERSION=$(sed -n 's/^project(relgraph VERSION \([0-9][0-9.]*\).*/\1/p' "$SRC/CMakeLists.txt" 2>/dev/null)
[ -n "$VERSION" ] || VERSION=0.1.0

# --------------------------------------------------------------- harness

pass=0
failed=0
name=
why=

begin() {
    name=$1
    why=
}

# bad MESSAGE: records a reason for the current case to fail.
bad() {
    why="$why
$*"
}

# end: reports the current case.
end() {
    if [ -z "$why" ]; then
        pass=$((pass + 1))
        echo "ok - $name"
    else
        failed=$((failed + 1))
        echo "not ok - $name"
        printf '%s\n' "$why" | sed '/^$/d; s/^/#   /'
        if [ -s "$t/err" ]; then
            echo "#   stderr of the last command:"
            head -n 8 "$t/err" | sed 's/^/#     /'
        fi
    fi
}

# x CMD...: runs CMD, stdout to $t/out, stderr to $t/err, exit code in rc.
x() {
    "$@" >"$t/out" 2>"$t/err"
    rc=$?
}

want_rc() {
    [ "$rc" -eq "$1" ] || bad "exit code $rc, expected $1"
}
out_has() {
    grep -q -F -e "$1" "$t/out" || bad "stdout lacks '$1'"
}
err_has() {
    grep -q -F -e "$1" "$t/err" || bad "stderr lacks '$1'"
}
out_empty() {
    [ ! -s "$t/out" ] || bad "stdout is not empty"
}
err_empty() {
    [ ! -s "$t/err" ] || bad "stderr is not empty"
}
# err_msg TEXT...: stderr is not empty, every line of it starts with
# "relgraph: ", and it contains each TEXT (e.g. the file name).
err_msg() {
    if [ ! -s "$t/err" ]; then
        bad "no message on stderr"
    elif grep -q -v '^relgraph: ' "$t/err"; then
        bad "a stderr line does not start with 'relgraph: '"
    fi
    for m; do err_has "$m"; done
}
# py CHECK ARGS...: runs a check of check.py below; its complaints become
# reasons.
py() {
    if ! "$PY" "$t/check.py" "$@" >"$t/py.out" 2>&1; then
        bad "$(head -c 600 "$t/py.out")"
    fi
}

cat >"$t/check.py" <<'EOF'
"""Checks for cli/run.sh: python3 check.py CHECK ARGS... exits 1 with a
message when the check fails."""
import json
import sys


def die(msg):
    print(msg)
    sys.exit(1)


def load(path):
    with open(path, 'rb') as f:
        data = f.read()
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        die('%s: not valid UTF-8: %s' % (path, e))
    try:
        return json.loads(text)
    except ValueError as e:
        die('%s: not valid JSON: %s' % (path, e))


def graph(path):
    g = load(path)
    if not isinstance(g, dict):
        die('%s: top level is not an object' % path)
    for k in ('nodes', 'links', 'graph'):
        if k not in g:
            die('%s: no "%s"' % (path, k))
    ids = [n['id'] for n in g['nodes']]
    if len(set(ids)) != len(ids):
        die('%s: duplicate node ids' % path)
    for l in g['links']:
        if l['source'] not in ids or l['target'] not in ids:
            die('%s: link %s -- %s has an unknown end' % (path, l['source'], l['target']))
        if not isinstance(l['weight'], int) or l['weight'] < 1:
            die('%s: link weight %r' % (path, l['weight']))
    return g


def cmd_json(args):
    for p in args:
        load(p)


def cmd_jsonl(args):
    for p in args:
        with open(p, 'rb') as f:
            for i, line in enumerate(f, 1):
                try:
                    json.loads(line.decode('utf-8'))
                except (ValueError, UnicodeDecodeError) as e:
                    die('%s:%d: %s' % (p, i, e))


def cmd_graph(args):
    """graph FILE [docs=N] [id] [!id] [label=L] [!label=L] [link=ID,ID]
    [kind=ID,ID,KIND]: node ids and labels present or absent."""
    g = graph(args[0])
    ids = {n['id'] for n in g['nodes']}
    labels = {n['label'] for n in g['nodes']}
    links = {}
    for l in g['links']:
        links[(l['source'], l['target'])] = l
        links[(l['target'], l['source'])] = l
    miss = []
    for a in args[1:]:
        neg = a.startswith('!')
        b = a[1:] if neg else a
        if b.startswith('docs='):
            if g['graph'].get('documents') != int(b[5:]):
                miss.append('documents is %r, expected %s' % (g['graph'].get('documents'), b[5:]))
            continue
        if b.startswith('label='):
            have = b[6:] in labels
        elif b.startswith('link='):
            s, d = b[5:].split(',')
            have = (s, d) in links
        elif b.startswith('kind='):
            s, d, k = b[5:].split(',')
            have = (s, d) in links and k in links[(s, d)].get('interactions', {})
        else:
            have = b in ids
        if have == neg:
            miss.append(('unexpected ' if neg else 'missing ') + b)
    if miss:
        die('%s: %s (nodes: %s)' % (args[0], '; '.join(miss), ', '.join(sorted(ids))))


def strip_evidence(g):
    for l in g['links']:
        l.pop('evidence', None)
    return g


def ev_key(e):
    return json.dumps(e, sort_keys=True)


def cmd_same_but_evidence_order(args):
    """Two graphs equal except for the order of each link's evidence."""
    a, b = graph(args[0]), graph(args[1])
    for la, lb in zip(a['links'], b['links']):
        if sorted(map(ev_key, la.get('evidence', []))) != sorted(map(ev_key, lb.get('evidence', []))):
            die('link %s -- %s: different evidence sets' % (la['source'], la['target']))
    if strip_evidence(a) != strip_evidence(b):
        die('the graphs differ in more than the order of evidence')


def cmd_entities(args):
    """entities TSV DOC=PATH...: every row's [start,end) in the input's
    bytes is the text column (tabs and newlines shown as spaces)."""
    files = dict(a.split('=', 1) for a in args[1:])
    data = {}
    for doc, path in files.items():
        with open(path, 'rb') as f:
            data[doc] = f.read()
    with open(args[0], 'rb') as f:
        rows = f.read().decode('utf-8').split('\n')
    if rows[0] != 'doc\tstart\tend\ttype\ttext\tentity':
        die('header is %r' % rows[0])
    if rows[-1] != '':
        die('output does not end with a newline')
    n = 0
    for row in rows[1:-1]:
        cols = row.split('\t')
        if len(cols) != 6:
            die('row %r has %d columns' % (row, len(cols)))
        doc, start, end, typ, text, ent = cols
        if doc not in data:
            die('row %r: unknown doc' % row)
        s, e = int(start), int(end)
        if not 0 <= s < e <= len(data[doc]):
            die('row %r: bad offsets' % row)
        got = data[doc][s:e].replace(b'\t', b' ').replace(b'\n', b' ').replace(b'\r', b' ')
        if got != text.encode('utf-8'):
            die('row %r: input bytes [%d,%d) are %r' % (row, s, e, got))
        if typ not in ('person', 'country', 'group', 'place'):
            die('row %r: type %r' % (row, typ))
        n += 1
    if n == 0:
        die('no mentions')


def cmd_entities_has(args):
    """entities_has TSV TEXT=TYPE...: rows with these texts and types."""
    with open(args[0], 'rb') as f:
        rows = [r.split('\t') for r in f.read().decode('utf-8').split('\n')[1:] if r]
    have = {(r[4], r[3]) for r in rows}
    miss = [a for a in args[1:] if tuple(a.rsplit('=', 1)) not in have]
    if miss:
        die('missing mentions %s; have %s' % (miss, sorted(have)))


def cmd_entities_jsonl(args):
    """entities_jsonl JSONL PATH: the same offset check for --format jsonl."""
    with open(args[1], 'rb') as f:
        data = f.read()
    n = 0
    with open(args[0], 'rb') as f:
        for line in f:
            o = json.loads(line.decode('utf-8'))
            if set(o) != {'doc', 'start', 'end', 'type', 'text', 'entity'}:
                die('keys %s' % sorted(o))
            if data[o['start']:o['end']].decode('utf-8') != o['text']:
                die('%r: bytes are %r' % (o, data[o['start']:o['end']]))
            n += 1
    if n == 0:
        die('no mentions')


def cmd_stats_json(args):
    s = load(args[0])
    if not isinstance(s, dict) or not s:
        die('stats JSON is not a non-empty object')


def cmd_huge(args):
    """huge PATH MB: one line of MB megabytes, sentences of plain prose
    with a pair of countries now and then."""
    size = int(args[1]) * 1024 * 1024
    s = ('The delegates met in the capital and discussed trade for several hours. '
         'Officials waited outside the hall while reporters asked about the budget. ') * 6
    s += 'Later Brazil and Chile agreed to continue the talks. '
    with open(args[0], 'w') as f:
        f.write((s * (size // len(s) + 1))[:size])


def cmd_dense(args):
    """dense PATH MB: one line, every sentence naming countries."""
    size = int(args[1]) * 1024 * 1024
    s = 'France and Germany met in Paris and discussed trade with Spain. Officials waited outside the hall. '
    with open(args[0], 'w') as f:
        f.write((s * (size // len(s) + 1))[:size])


CHECKS = {k[4:]: v for k, v in globals().items() if k.startswith('cmd_')}
if len(sys.argv) < 2 or sys.argv[1] not in CHECKS:
    die('usage: check.py %s ARGS...' % '|'.join(sorted(CHECKS)))
CHECKS[sys.argv[1]](sys.argv[2:])
EOF

# ------------------------------------------------------------ the inputs
# General news-like English written for these tests (not the samples).

cat >a.txt <<'EOF'
German Chancellor Helga Brandt met French President Jacques Durand in Berlin on Monday. Brandt and Durand signed an agreement on energy cooperation.

Japan and India agreed to expand trade talks, officials said on Tuesday.
EOF

cat >b.txt <<'EOF'
Kenya and Tanzania signed a border agreement on Wednesday, ending a long dispute over fishing rights in Lake Victoria.
EOF

# Shares the Japan -- India link with a.txt, so the order of inputs can
# change the order of that link's evidence.
cat >c.txt <<'EOF'
India and Japan held talks on Thursday about a new rail link.
EOF

# Curly quotes, an em dash, CRLF line ends, a no-break space and
# non-ASCII names (written as bytes so the file is exactly this).
printf '\342\200\234We are ready,\342\200\235 said Turkish President Recep Tayyip Erdo\304\237an \342\200\224 after talks with European Commission President Jos\303\251 Manuel Barroso in Ankara.\r\nErdo\304\237an\302\240and Barroso later met Greek officials \342\200\230in private\342\200\231.\r\n' >u.txt

# ------------------------------------------------------------------ help

begin "relgraph --help"
x "$R" --help
want_rc 0; out_has "Usage: relgraph"; out_has "build"; out_has "entities"; err_empty
end

begin "relgraph -h"
x "$R" -h
want_rc 0; out_has "Usage: relgraph"; err_empty
end

for cmd in build export stats entities; do
    for h in --help -h; do
        begin "relgraph $cmd $h"
        x "$R" $cmd $h
        want_rc 0; out_has "Usage: relgraph $cmd"; out_has "Exit status"; err_empty
        end
    done
done

begin "relgraph --version"
x "$R" --version
want_rc 0
[ "$(cat "$t/out")" = "relgraph $VERSION" ] || bad "stdout is '$(head -c 80 "$t/out")', expected 'relgraph $VERSION'"
end

# ----------------------------------------------------------------- usage

begin "no arguments: usage on stderr, exit 2"
x "$R"
want_rc 2; out_empty; err_has "Usage: relgraph"
end

begin "unknown command: exit 2"
x "$R" frobnicate a.txt
want_rc 2; out_empty; err_msg "frobnicate"
end

begin "unknown option: exit 2"
x "$R" build --frobnicate a.txt
want_rc 2; out_empty; err_msg "--frobnicate"
end

for cmd in export stats entities; do
    begin "$cmd: unknown option: exit 2"
    x "$R" $cmd --frobnicate a.txt
    want_rc 2; out_empty; err_msg "--frobnicate"
    end
done

begin "option missing its value: exit 2"
x "$R" build a.txt -o
want_rc 2; out_empty; err_msg "-o"
end

begin "build with no input: exit 2"
x "$R" build
want_rc 2; out_empty; err_msg "no input"
end

begin "entities with no input: exit 2"
x "$R" entities
want_rc 2; out_empty; err_msg "no input"
end

begin "build --window bad: exit 2"
x "$R" build --window sentences a.txt
want_rc 2; out_empty; err_msg "sentences"
end

begin "build --types bad: exit 2"
x "$R" build --types person,planet a.txt
want_rc 2; out_empty; err_msg "planet"
end

begin "build --format bad: exit 2"
x "$R" build --format gif a.txt
want_rc 2; out_empty; err_msg "gif"
end

begin "build --min-weight bad: exit 2"
x "$R" build --min-weight -3 a.txt
want_rc 2; out_empty; err_msg "min-weight"
end

begin "export --format bad: exit 2"
x "$R" export --format gif a.txt
want_rc 2; out_empty; err_msg "gif"
end

begin "entities --format bad: exit 2"
x "$R" entities --format csv a.txt
want_rc 2; out_empty; err_msg "csv"
end

# ----------------------------------------------------------------- build

begin "build a text file: valid graph JSON with its countries and people"
x "$R" build a.txt
want_rc 0; err_empty
cp "$t/out" a.json
py graph a.json docs=1 country:DEU country:FRA country:JPN country:IND \
    "label=Helga Brandt" "label=Jacques Durand" "!label=Brandt" \
    link=country:JPN,country:IND
end

begin "build -o FILE writes the same JSON, nothing on stdout"
x "$R" build a.txt -o a2.json
want_rc 0; out_empty; err_empty
cmp -s a.json a2.json || bad "a2.json differs from the stdout output"
end

begin "build --window paragraph and document"
for w in paragraph document; do
    x "$R" build --window $w a.txt -o "a_$w.json"
    want_rc 0
    py graph "a_$w.json" docs=1 country:JPN "label=Helga Brandt"
    grep -q "\"window\": \"$w\"" "a_$w.json" 2>/dev/null || bad "graph.window is not $w"
done
end

mkdir -p tree/sub/deeper tree/.hidden
cp a.txt tree/one.txt
cp b.txt tree/sub/deeper/two.txt
printf '%s\n' '{"id": "jl-1", "text": "Peru and Colombia agreed to reopen the border."}' \
    '{"id": "jl-2", "text": "Norway criticized Sweden over fishing quotas."}' >tree/sub/three.jsonl
echo "Argentina and Uruguay signed a trade agreement." >tree/notes.md
echo "Mongolia and Nepal signed a trade agreement." >tree/sub/readme
echo "Iceland and Finland signed a trade agreement." >tree/.hidden/four.txt
echo "Ghana and Togo signed a trade agreement." >tree/.five.txt

begin "build a directory: recursive, *.txt and *.jsonl, others ignored"
x "$R" build tree -o tree.json
want_rc 0; err_empty
py graph tree.json docs=4 country:JPN country:KEN country:TZA country:PER country:COL \
    '!country:ARG' '!country:URY' '!country:MNG' '!country:ISL' '!country:GHA'
grep -q '"doc": "sub/deeper/two.txt"' tree.json 2>/dev/null || bad "evidence does not name sub/deeper/two.txt"
grep -q '"doc": "jl-1"' tree.json 2>/dev/null || bad "evidence does not name the JSON Lines id jl-1"
end

begin "build a directory with a trailing slash gives the same graph"
x "$R" build tree/ -o tree2.json
want_rc 0
cmp -s tree.json tree2.json || bad "tree/ and tree give different graphs"
end

# Directory recursion does not enter linked directories, so a link back
# to a parent cannot make files be read again and again.
mkdir -p loopdir/sub
cp b.txt loopdir/one.txt
ln -s .. loopdir/sub/up
begin "a symbolic link loop in a directory: each file read once"
x "$R" build loopdir -o loop.json
want_rc 0
py graph loop.json docs=1 country:KEN
end

begin "build an empty directory: exit 1 with a message"
mkdir -p emptydir
x "$R" build emptydir
want_rc 1; err_msg "emptydir"
end

begin "build from standard input (-)"
x "$R" build - <a.txt
want_rc 0; err_empty
cp "$t/out" stdin.json
py graph stdin.json docs=1 country:JPN "label=Helga Brandt"
grep -q '"doc": "stdin"' stdin.json 2>/dev/null || bad "evidence does not name stdin"
end

begin "build --jsonl from standard input"
x "$R" build --jsonl - <tree/sub/three.jsonl
want_rc 0; err_empty
cp "$t/out" stdinl.json
py graph stdinl.json docs=2 country:PER country:COL country:NOR country:SWE
end

printf '%s\n' '{"id": "ok-1", "text": "Egypt and Jordan signed a water agreement."}' \
    '{"id": "broken", "text": "Qatar and Oman' \
    '' \
    '{"id": "ok-2", "text": "Vietnam accused China of blocking the talks."}' >mixed.jsonl

begin "a JSON Lines file with a malformed line: exit 1, file:line, others used"
x "$R" build mixed.jsonl -o mixed.json
want_rc 1; err_msg "mixed.jsonl:2"
py graph mixed.json docs=2 country:EGY country:JOR country:VNM country:CHN '!country:QAT'
end

# ------------------------------------------------------------- bad input

begin "a missing file among good ones: exit 1, named, others used"
x "$R" build a.txt no-such-file.txt b.txt -o miss.json
want_rc 1; err_msg "no-such-file.txt"
py graph miss.json docs=2 country:JPN country:KEN
end

printf 'Portugal and Spain \377\376signed a fishing accord in Lisbon.\n' >badutf8.txt
begin "invalid UTF-8: processed with a warning naming the file, exit 0"
x "$R" build badutf8.txt -o badutf8.json
want_rc 0; err_msg "badutf8.txt" "UTF-8"
py graph badutf8.json docs=1 country:PRT country:ESP
end

begin "invalid UTF-8: -q silences the warning"
x "$R" build -q badutf8.txt -o badutf8q.json
want_rc 0; err_empty
cmp -s badutf8.json badutf8q.json || bad "-q changed the output"
end

begin "invalid UTF-8: entities --format jsonl stays valid JSON"
x "$R" entities --format jsonl badutf8.txt
want_rc 0
cp "$t/out" badutf8.jsonl
py jsonl badutf8.jsonl
end

: >empty.txt
begin "an empty file: exit 1 with a message, others used"
x "$R" build empty.txt b.txt -o empty.json
want_rc 1; err_msg "empty.txt"
py graph empty.json docs=1 country:KEN
end

printf 'Chile and Peru\000\001\002 met in Lima.\n' >binary.txt
begin "a binary file (NUL bytes): exit 1 with a message, others used"
x "$R" build binary.txt b.txt -o binary.json
want_rc 1; err_msg "binary.txt"
py graph binary.json docs=1 country:KEN '!country:CHL'
end

begin "only unusable inputs: exit 1, nothing on stdout"
x "$R" build empty.txt no-such-file.txt
want_rc 1; out_empty; err_msg "empty.txt" "no-such-file.txt"
end

begin "entities on a missing file: exit 1 naming it"
x "$R" entities a.txt no-such-file.txt
want_rc 1; err_msg "no-such-file.txt"; out_has "Helga Brandt"
end

"$PY" "$t/check.py" huge huge.txt 5
begin "a 5 MB single line: completes, valid JSON"
x "$R" build -q huge.txt -o huge.json
want_rc 0
py graph huge.json docs=1 country:BRA country:CHL kind=country:BRA,country:CHL,agree
end
rm -f huge.txt huge.json

# A document dense with entity mentions stays linear (this once went
# quadratic in the number of mentions); the timeout only catches a
# blow-up, it measures nothing.
"$PY" "$t/check.py" dense dense.txt 5
begin "a 5 MB single line dense with entities: completes within 60 s"
if command -v timeout >/dev/null 2>&1; then
    x timeout 60 "$R" build -q dense.txt -o dense.json
else
    x "$R" build -q dense.txt -o dense.json
fi
want_rc 0
end
rm -f dense.txt dense.json

# ---------------------------------------------------------------- output

begin "-o into a directory that does not exist: exit 3, nothing written"
x "$R" build a.txt -o no-such-dir/g.json
want_rc 3; out_empty; err_msg "no-such-dir/g.json"
[ ! -e no-such-dir ] || bad "no-such-dir was created"
end

begin "export -o into a directory that does not exist: exit 3"
x "$R" export a.json -f json -o no-such-dir/g.json
want_rc 3; err_msg "no-such-dir/g.json"
[ ! -e no-such-dir ] || bad "no-such-dir was created"
end

begin "-o writes atomically: no temporary files left in the output dir"
mkdir -p outdir
x "$R" build a.txt -o outdir/g.json
want_rc 0
x "$R" build b.txt -o outdir/g.json
want_rc 0
x "$R" export outdir/g.json -f dot -o outdir/g.dot
want_rc 0
x "$R" export outdir/g.json -f svg -o outdir/g.svg
want_rc 0
left=$(ls -A outdir | sort | tr '\n' ' ')
[ "$left" = "g.dot g.json g.svg " ] || bad "outdir holds: $left"
py graph outdir/g.json country:KEN '!country:JPN'
end

begin "a build that reads nothing leaves an existing output alone"
cp a.json keep.json
x "$R" build empty.txt -o keep.json
want_rc 1; err_msg "empty.txt"
cmp -s a.json keep.json || bad "keep.json was changed"
end

if [ -w /dev/full ]; then
    begin "a full standard output: exit 3 with a message"
    "$R" build a.txt >/dev/full 2>"$t/err"
    rc=$?
    want_rc 3; err_msg "standard output"
    end
fi

# ----------------------------------------------------------- determinism

begin "same input twice: byte-identical output"
"$R" build a.txt b.txt c.txt u.txt >det1.json 2>/dev/null
"$R" build a.txt b.txt c.txt u.txt >det2.json 2>/dev/null
cmp -s det1.json det2.json || bad "two runs differ"
"$R" build -f dot a.txt b.txt >det1.dot 2>/dev/null
"$R" build -f dot a.txt b.txt >det2.dot 2>/dev/null
cmp -s det1.dot det2.dot || bad "two DOT runs differ"
end

begin "input order: the same graph, only the order of evidence follows it"
"$R" build a.txt c.txt b.txt >ord1.json 2>/dev/null
"$R" build b.txt c.txt a.txt >ord2.json 2>/dev/null
if ! cmp -s ord1.json ord2.json; then
    # graph.h: "each link's evidence is in input order"
    py same_but_evidence_order ord1.json ord2.json
fi
end

# ---------------------------------------------------------------- export

have_dot=0
command -v dot >/dev/null 2>&1 && have_dot=1

begin "build --format dot: accepted by dot -Tsvg"
x "$R" build --format dot a.txt b.txt u.txt
want_rc 0
cp "$t/out" g.dot
grep -q "graph" g.dot 2>/dev/null || bad "no graph in the DOT output"
if [ $have_dot = 1 ]; then
    dot -Tsvg g.dot -o g_dot.svg 2>"$t/err" || bad "dot -Tsvg rejected the DOT"
    grep -q "<svg" g_dot.svg 2>/dev/null || bad "dot wrote no <svg>"
fi
end
[ $have_dot = 1 ] || echo "# dot not found: the dot -Tsvg checks were skipped"

begin "build -o FILE.dot picks DOT from the extension"
x "$R" build a.txt -o ext.dot
want_rc 0
grep -q "graph" ext.dot 2>/dev/null || bad "ext.dot is not DOT"
end

"$R" build a.txt b.txt u.txt -o g.json 2>/dev/null || echo "# could not build g.json for the export and stats cases"

begin "export build JSON to json: the same bytes"
x "$R" export g.json --format json
want_rc 0
cmp -s "$t/out" g.json || bad "export -f json changed the graph JSON"
end

begin "export build JSON to dot: accepted by dot -Tsvg"
x "$R" export g.json --format dot -o e.dot
want_rc 0
cmp -s e.dot g.dot || bad "export -f dot differs from build -f dot"
if [ $have_dot = 1 ]; then
    dot -Tsvg e.dot >/dev/null 2>"$t/err" || bad "dot -Tsvg rejected the DOT"
fi
end

begin "export build JSON to svg"
x "$R" export g.json --format svg -o e.svg
want_rc 0
grep -q "<svg" e.svg 2>/dev/null || bad "no <svg> in e.svg"
grep -q "Helga Brandt" e.svg 2>/dev/null || bad "e.svg does not show Helga Brandt"
if command -v xmllint >/dev/null 2>&1; then
    xmllint --noout e.svg 2>"$t/err" || bad "e.svg is not well-formed XML"
fi
end

begin "export from standard input"
x "$R" export -f json - <g.json
want_rc 0
cmp -s "$t/out" g.json || bad "export of stdin differs"
end

head -c 300 g.json >trunc.json
echo '[{"id": "country:FRA"}]' >array.json
"$PY" - g.json dangling.json <<'EOF'
import json, sys
g = json.load(open(sys.argv[1]))
g['links'][0]['target'] = 'person:nobody-at-all'
json.dump(g, open(sys.argv[2], 'w'))
EOF
echo 'not json at all' >garbage.json

for f in trunc.json array.json dangling.json garbage.json; do
    begin "export of malformed JSON ($f): exit 1 naming the file"
    x "$R" export --format json "$f"
    want_rc 1; out_empty; err_msg "$f"
    end
done

begin "export of a missing file: exit 1 naming it"
x "$R" export no-such-graph.json
want_rc 1; out_empty; err_msg "no-such-graph.json"
end

# ----------------------------------------------------------------- stats

begin "stats on build output: a table"
x "$R" stats g.json
want_rc 0; err_empty
out_has "Nodes"; out_has "Links"; out_has "Helga Brandt"
end

begin "stats --json: valid JSON"
x "$R" stats --json g.json
want_rc 0
cp "$t/out" stats.json
py stats_json stats.json
end

begin "stats on a missing file: exit 1 naming it"
x "$R" stats no-such-graph.json
want_rc 1; out_empty; err_msg "no-such-graph.json"
end

begin "stats on malformed JSON: exit 1 naming the file"
x "$R" stats trunc.json
want_rc 1; out_empty; err_msg "trunc.json"
end

# ------------------------------------------------------------- filters
# A hand-made graph: a path a-b-c-d (weights 2, 1, 5; a-b consult, c-d
# accuse), a pair e-f (weight 9) whose two nodes share the label "Eve
# Echo". Weighted degrees: a 2, b 3, c 6, d 5, e 9, f 9.

cat >f.json <<'EOF'
{"directed": false, "graph": {"documents": 1, "generator": "test", "window": "sentence"}, "links": [
{"cooccurrence": 1, "documents": 1, "evidence": [], "interactions": {"consult": 1}, "source": "person:a", "target": "person:b", "weight": 2},
{"cooccurrence": 1, "documents": 1, "evidence": [], "interactions": {}, "source": "person:b", "target": "person:c", "weight": 1},
{"cooccurrence": 3, "documents": 1, "evidence": [], "interactions": {"accuse": 2}, "source": "person:c", "target": "person:d", "weight": 5},
{"cooccurrence": 9, "documents": 1, "evidence": [], "interactions": {}, "source": "person:e", "target": "person:f", "weight": 9}
], "multigraph": false, "nodes": [
{"aliases": ["Alpha"], "documents": 1, "id": "person:a", "label": "Anna Alpha", "mentions": 1, "type": "person"},
{"aliases": [], "documents": 1, "id": "person:b", "label": "Boris Beta", "mentions": 1, "type": "person"},
{"aliases": [], "documents": 1, "id": "person:c", "label": "Carl Gamma", "mentions": 1, "type": "person"},
{"aliases": [], "documents": 1, "id": "person:d", "label": "Dana Delta", "mentions": 1, "type": "person"},
{"aliases": [], "documents": 1, "id": "person:e", "label": "Eve Echo", "mentions": 1, "type": "person"},
{"aliases": [], "documents": 1, "id": "person:f", "label": "Eve Echo", "mentions": 1, "type": "person"}
]}
EOF

# want_shape "NODES | LINKS": stdout is graph JSON with exactly these
# nodes (ids without "person:") and links ("a-b"), in file order.
want_shape() {
    got=$("$PY" -c '
import json, sys
g = json.load(sys.stdin)
short = lambda s: s.split(":", 1)[1]
print(" ".join(short(n["id"]) for n in g["nodes"]) + " | " +
      " ".join(short(l["source"]) + "-" + short(l["target"]) for l in g["links"]))
' <"$t/out" 2>&1)
    [ "$got" = "$1" ] || bad "graph is '$got', expected '$1'"
}

begin "export --top 2: the two nodes of highest weighted degree"
x "$R" export -f json --top 2 f.json
want_rc 0; err_empty; want_shape "e f | e-f"
end

begin "export --kinds interactions / cooccurrence / accuse"
x "$R" export -f json --kinds interactions f.json
want_rc 0; want_shape "a b c d e f | a-b c-d"
x "$R" export -f json --kinds cooccurrence f.json
want_rc 0; want_shape "a b c d e f | b-c e-f"
x "$R" export -f json --kinds accuse,threaten f.json
want_rc 0; want_shape "a b c d e f | c-d"
end

begin "export --kinds with an unknown kind: exit 2 naming it"
x "$R" export -f json --kinds consult,bogus f.json
want_rc 2; out_empty; err_msg "bogus"
end

begin "export --ego by alias (case folded), default radius 1"
x "$R" export -f json --ego alpha f.json
want_rc 0; want_shape "a b | a-b"
end

begin "export --ego LABEL --radius 2, after --min-weight"
x "$R" export -f json --ego "carl gamma" --radius 2 f.json
want_rc 0; want_shape "a b c d | a-b b-c c-d"
x "$R" export -f json --ego "Carl Gamma" --radius 2 --min-weight 2 f.json
want_rc 0; want_shape "c d | c-d"
end

begin "export --ego unknown or ambiguous: exit 2 naming it"
x "$R" export -f json --ego nobody f.json
want_rc 2; out_empty; err_msg "nobody"
x "$R" export -f json --ego "eve echo" f.json
want_rc 2; out_empty; err_msg "eve echo" "ambiguous"
end

begin "export --radius without --ego: exit 2"
x "$R" export -f json --radius 2 f.json
want_rc 2; out_empty; err_msg "--radius needs --ego"
end

begin "export --largest-component, then --top"
x "$R" export -f json --largest-component f.json
want_rc 0; want_shape "a b c d | a-b b-c c-d"
x "$R" export -f json --largest-component --top 2 f.json
want_rc 0; want_shape "c d | c-d"
end

begin "stats takes the same filters (--top-nodes for --top)"
x "$R" stats --json --ego alpha f.json
want_rc 0; out_has '"nodes": 2,'; out_has '"person:a"'
x "$R" stats --json --largest-component --top-nodes 2 f.json
want_rc 0; out_has '"nodes": 2,'; out_has '"person:c"'; out_has '"person:d"'
x "$R" stats --json --kinds interactions f.json
want_rc 0; out_has '"links": 2,'
end

begin "stats --ego unknown: exit 2 naming it"
x "$R" stats --ego nobody f.json
want_rc 2; out_empty; err_msg "nobody"
end

begin "stats summary: transitivity, diameter, assortativity, Louvain and Leiden"
x "$R" stats --json f.json
want_rc 0
out_has '"diameter": 3,'; out_has '"transitivity": 0.000000,'; out_has '"assortativity": null,'
out_has '"community_algorithm": "louvain",'; out_has '"leiden": {"communities": 3,'
x "$R" stats f.json
want_rc 0; out_has "Diameter"; out_has "(Leiden, seed 1)"; out_has "Communities (Louvain"
end

begin "stats --communities leiden: the tables use Leiden"
x "$R" stats --communities leiden f.json
want_rc 0; out_has "Communities (Leiden, seed 1;"
x "$R" stats --json --communities leiden f.json
want_rc 0; out_has '"community_algorithm": "leiden",'
end

begin "stats --communities bad: exit 2"
x "$R" stats --communities girvan f.json
want_rc 2; out_empty; err_msg "girvan"
end

# -------------------------------------------------------------- entities

begin "entities: TSV header and byte offsets (ASCII)"
x "$R" entities a.txt b.txt
want_rc 0; err_empty
cp "$t/out" ent_a.tsv
[ "$(head -n 1 ent_a.tsv)" = "$(printf 'doc\tstart\tend\ttype\ttext\tentity')" ] || bad "wrong header: $(head -n 1 ent_a.tsv)"
py entities ent_a.tsv a.txt=a.txt b.txt=b.txt
py entities_has ent_a.tsv "Japan=country" "Kenya=country"
end

begin "entities: byte offsets with curly quotes, em dash, NBSP, CRLF, non-ASCII names"
x "$R" entities u.txt
want_rc 0; err_empty
cp "$t/out" ent_u.tsv
py entities ent_u.tsv u.txt=u.txt
py entities_has ent_u.tsv "Turkish=country" "Barroso=person"
grep -q "$(printf 'Erdo\304\237an')" ent_u.tsv || bad "no mention of Erdoğan"
grep -q "$(printf 'Jos\303\251 Manuel Barroso')" ent_u.tsv || bad "no mention of José Manuel Barroso"
end

begin "entities: a person's span is the name; --titles starts it at a capitalised title"
x "$R" entities u.txt
want_rc 0; err_empty
cp "$t/out" ent_n.tsv
py entities_has ent_n.tsv "$(printf 'Recep Tayyip Erdo\304\237an')=person" "Turkish=country"
grep -q "$(printf '\tPresident Recep')" ent_n.tsv && bad "a title inside a default span"
x "$R" entities --titles u.txt
want_rc 0; err_empty
cp "$t/out" ent_t.tsv
py entities ent_t.tsv u.txt=u.txt
py entities_has ent_t.tsv "$(printf 'President Recep Tayyip Erdo\304\237an')=person" "Turkish=country"
end

begin "entities: a body in lower-case words is listed by its country word, with --explain also by its words"
printf "Kenyan police arrested two men. China's foreign ministry said so.\n" > lcbody.txt
x "$R" entities lcbody.txt
want_rc 0; err_empty
cp "$t/out" ent_lc.tsv
py entities_has ent_lc.tsv "Kenyan=country" "China=country"
grep -q "$(printf '\tpolice\t')" ent_lc.tsv && bad "lower-case 'police' listed as a name"
x "$R" entities --explain lcbody.txt
want_rc 0; err_empty
out_has "Kenyan police"; out_has "no name"
x "$R" build lcbody.txt
want_rc 0
out_has '"label": "Kenyan police"'
end

begin "entities: offsets in a file with invalid UTF-8"
x "$R" entities badutf8.txt
want_rc 0
cp "$t/out" ent_bad.tsv
py entities ent_bad.tsv badutf8.txt=badutf8.txt
end

begin "entities --explain: why a dateline's names are no party; JSON lines stay JSON when the why quotes"
printf 'LAGOS, Nigeria (AP) - Shares rose. Zorbex said it would sue Chad. Zorbex shares fell.\n' > dl.txt
x "$R" entities --explain --format jsonl dl.txt
want_rc 0; err_empty
cp "$t/out" dl.jsonl
py jsonl dl.jsonl
out_has '"text":"Nigeria","entity":"Nigeria","why":"lexicon: country name (dateline: where the story was filed, no party)"'
out_has 'is an organisation (\"X said it\", \"the company X\")'
x "$R" build dl.txt
want_rc 0
grep -q '"country:NGA"' "$t/out" && bad "a dateline's country is a node"
grep -q '"group:ap"' "$t/out" && bad "a dateline's agency is a node"
out_has '"country:TCD"'
end

begin "build --strict: no guessed interactions, in the graph or in --explain"
printf "Kenya's government and the main opposition Unity Front resumed talks on Thursday under Ugandan mediation. Later Kenya met Chad.\n" > lead.txt
x "$R" build --explain lead.txt
want_rc 0
err_has "lead: parties of an act no pattern read"
cp "$t/out" guess.json
x "$R" build --strict --explain lead.txt
want_rc 0
grep -q "lead:" "$t/err" && bad "--strict --explain lists a guess"
err_has "subject + verb + object"
cp "$t/out" strict.json
# FILE GUESSED: Kenya-Uganda has interactions iff GUESSED; Kenya-Chad always
"$PY" - guess.json 1 strict.json 0 <<'PYEOF' >"$t/py.out" 2>&1 || bad "$(cat "$t/py.out")"
import json, sys
for path, guessed in zip(sys.argv[1::2], sys.argv[2::2]):
    links = {frozenset((l['source'], l['target'])): l for l in json.load(open(path))['links']}
    ku = links.get(frozenset(('country:KEN', 'country:UGA')))
    kt = links.get(frozenset(('country:KEN', 'country:TCD')))
    if not ku or bool(ku['interactions']) != (guessed == '1'):
        print('%s: Kenya-Uganda %r' % (path, ku)); sys.exit(1)
    if not kt or not kt['interactions']:
        print('%s: Kenya-Chad %r' % (path, kt)); sys.exit(1)
PYEOF
end

begin "entities --format jsonl: same offsets"
x "$R" entities --format jsonl u.txt
want_rc 0
cp "$t/out" ent_u.jsonl
py entities_jsonl ent_u.jsonl u.txt
end

# ----------------------------------------------- stats --format, --node
# f.json (the filters section above): a-b 2 (consult), b-c 1, c-d 5
# (accuse:2, 3 co-occurrences), e-f 9; e and f are both "Eve Echo".

# csv_check FILE N: FILE loads with Python's csv module, has LF line ends,
# the stats header and N rows of 11 fields, reals as %.6f.
csv_check() {
    "$PY" - "$1" "$2" >"$t/py.out" 2>&1 <<'PYEOF' || bad "$(head -c 600 "$t/py.out")"
import csv, sys
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    data = f.read()
if '\r\n' in data:
    print('CRLF line ends'); sys.exit(1)
with open(sys.argv[1], newline='', encoding='utf-8') as f:
    rows = list(csv.reader(f))
head = 'id,label,type,degree,weighted_degree,betweenness,closeness,pagerank,eigenvector,core,community'
if rows[0] != head.split(','):
    print('header %r' % rows[0]); sys.exit(1)
if len(rows) - 1 != int(sys.argv[2]):
    print('%d rows, expected %s' % (len(rows) - 1, sys.argv[2])); sys.exit(1)
for r in rows[1:]:
    if len(r) != 11:
        print('row of %d fields: %r' % (len(r), r)); sys.exit(1)
    for k in (5, 6, 7, 8):
        if '.' not in r[k] or len(r[k].split('.')[1]) != 6:
            print('not %%.6f: %r' % r[k]); sys.exit(1)
PYEOF
}

begin "stats --format csv: header, one row per node, loads with csv"
x "$R" stats --format csv f.json
want_rc 0; err_empty
cp "$t/out" stats.csv
csv_check stats.csv 6
out_has "person:c,Carl Gamma,person,2,6,"
x "$R" stats -f csv --types country f.json
want_rc 0; csv_check "$t/out" 0
end

begin "stats --format csv: RFC 4180 quoting of a hostile label"
cat >h.json <<'JSONEOF'
{"directed": false, "graph": {"documents": 1, "generator": "test", "window": "sentence"}, "links": [
{"cooccurrence": 1, "documents": 1, "evidence": [], "interactions": {"consult": 1, "accuse": 1}, "source": "person:a", "target": "person:b", "weight": 3}
], "multigraph": false, "nodes": [
{"aliases": [], "documents": 1, "id": "person:a", "label": "Al \"Q\", Jr.\nII", "mentions": 1, "type": "person"},
{"aliases": [], "documents": 1, "id": "person:b", "label": "B\\b", "mentions": 1, "type": "person"}
]}
JSONEOF
x "$R" stats --format csv h.json
want_rc 0; cp "$t/out" h.csv; csv_check h.csv 2
"$PY" -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
assert rows[1][1] == "Al \"Q\", Jr.\nII", rows[1]
assert rows[2][1] == "B\\b", rows[2]
' h.csv >"$t/py.out" 2>&1 || bad "$(head -c 600 "$t/py.out")"
x "$R" stats --node person:b -f csv h.json
want_rc 0; out_has 'person:a,"Al ""Q"", Jr.'; out_has ',person,3,1,"consult:1,accuse:1",0'
end

begin "stats --json is --format json"
x "$R" stats --json f.json
cp "$t/out" sj1.json
x "$R" stats --format json f.json
want_rc 0
cmp -s sj1.json "$t/out" || bad "--json and --format json differ"
end

begin "stats --format bad: exit 2"
x "$R" stats --format xml f.json
want_rc 2; out_empty; err_msg "xml"
end

begin "stats --node by alias: neighbours, order, kinds"
x "$R" stats --node alpha f.json
want_rc 0; err_empty
out_has "Actor: Anna Alpha"; out_has "person:a"
grep -q "^ *1  Boris Beta  person  *2  *1  consult:1  *0$" "$t/out" || bad "row of Boris Beta"
x "$R" stats --node "CARL GAMMA" f.json
want_rc 0
got=$(awk '/^ +[0-9]+  [A-Z]/ { print $1, $2, $3, $7 }' "$t/out" | tr '\n' ';')
[ "$got" = "1 Dana Delta accuse:2;2 Boris Beta -;" ] || bad "neighbours '$got'"
x "$R" stats --node person:c --format json f.json
want_rc 0
"$PY" -c '
import json, sys
s = json.load(open(sys.argv[1]))
assert s["node"]["id"] == "person:c" and s["node"]["degree"] == 2, s["node"]
assert s["node"]["weighted_degree"] == 6 and s["node"]["affiliation"] is None, s["node"]
nb = s["neighbours"]
assert [(n["rank"], n["id"], n["weight"], n["cooccurrence"], n["interactions"], n["evidence"])
        for n in nb] == [(1, "person:d", 5, 3, {"accuse": 2}, 0),
                         (2, "person:b", 1, 1, {}, 0)], nb
' "$t/out" >"$t/py.out" 2>&1 || bad "$(head -c 600 "$t/py.out")"
x "$R" stats --node alpha -f csv f.json
want_rc 0
[ "$(cat "$t/out")" = "rank,id,label,type,weight,cooccurrence,interactions,evidence
1,person:b,Boris Beta,person,2,1,consult:1,0" ] || bad "csv of --node alpha"
end

begin "stats --node unknown, ambiguous or filtered out: exit 2 naming it"
x "$R" stats --node nobody f.json
want_rc 2; out_empty; err_msg "nobody"
x "$R" stats --node "eve echo" f.json
want_rc 2; out_empty; err_msg "eve echo" "ambiguous"
x "$R" stats --node alpha --ego "carl gamma" f.json
want_rc 2; out_empty; err_msg "alpha" "filtered out"
end

# ----------------------------------------------------------------- dates
# The samples (samples/: four dated articles and one undated) built once;
# --since/--until recount from the by-day counts, which must equal a build
# of only the window's documents.

begin "dates: each sample gets its dateline's day, one is undated"
: >dates_days
for f in "$SRC"/samples/*.txt; do
    x "$R" build -q "$f" -o dates_one.json
    [ "$rc" -eq 0 ] || bad "build $f: exit $rc"
    d=$("$PY" -c '
import json, sys
g = json.load(open(sys.argv[1]))
bd = g["graph"].get("by_date")
print(bd[0]["date"] if bd else "none")
' dates_one.json 2>"$t/py.out") || bad "$(head -c 600 "$t/py.out")"
    echo "$d $(basename "$f")" >>dates_days
done
got=$(cut -d' ' -f1 dates_days | sort | tr '\n' ' ')
[ "$got" = "2015-12-18 2016-03-24 2016-08-27 2017-05-03 none " ] || bad "sample days: $got"
end

begin "dates: build the samples: graph by_date and documents"
x "$R" build -q "$SRC/samples" -o dates_all.json
want_rc 0
"$PY" -c '
import json, sys
g = json.load(open(sys.argv[1]))
assert g["graph"]["documents"] == 5, g["graph"]
assert g["graph"]["by_date"] == [{"date": d, "documents": 1} for d in
    ("2015-12-18", "2016-03-24", "2016-08-27", "2017-05-03")], g["graph"]["by_date"]
dated = [n for n in g["nodes"] if n.get("by_date")]
assert dated, "no node has by_date"
for n in dated:
    assert sum(p["documents"] for p in n["by_date"]) <= n["documents"], n
    assert sum(p["mentions"] for p in n["by_date"]) <= n["mentions"], n
for l in g["links"]:
    for p in l.get("by_date", []):
        assert p["cooccurrence"] + sum(p["interactions"].values()) > 0, l
' dates_all.json >"$t/py.out" 2>&1 || bad "$(head -c 600 "$t/py.out")"
end

begin "dates: export --since 2016 --until 2016 equals a build of the 2016 documents"
mkdir -p dates2016
for f in $(awk '$1 ~ /^2016-/ { print $2 }' dates_days); do cp "$SRC/samples/$f" dates2016/; done
[ "$(ls dates2016 | wc -l)" -eq 2 ] || bad "expected two 2016 samples, have: $(ls dates2016)"
x "$R" build -q dates2016 -o dates_16.json
want_rc 0
x "$R" export --since 2016 --until 2016 -f json dates_all.json
want_rc 0; err_empty
cp "$t/out" dates_w.json
"$PY" -c '
import json, sys
w, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
assert w["graph"]["documents"] == 2, w["graph"]
assert w["graph"]["by_date"] == b["graph"]["by_date"], (w["graph"], b["graph"])
def nodes(g):
    return {n["id"]: (n["mentions"], n["documents"], n.get("by_date")) for n in g["nodes"]}
def links(g):
    return {(l["source"], l["target"]): (l["cooccurrence"], l["documents"], l["interactions"],
            l["weight"], l.get("by_date")) for l in g["links"]}
nw, nb, lw, lb = nodes(w), nodes(b), links(w), links(b)
assert nw and lw, "empty window"
for k in sorted(set(nw) | set(nb)):
    assert nw.get(k) == nb.get(k), "node %s: window %r, 2016 build %r" % (k, nw.get(k), nb.get(k))
for k in sorted(set(lw) | set(lb)):
    assert lw.get(k) == lb.get(k), "link %s: window %r, 2016 build %r" % (k, lw.get(k), lb.get(k))
# evidence: what the whole build kept from 2016 documents (the per-link
# cap may have been filled by other days: not always what the 2016 build keeps)
full = {(l["source"], l["target"]): [json.dumps(e, sort_keys=True) for e in l["evidence"]]
        for l in json.load(open(sys.argv[3]))["links"]}
n = 0
for l in w["links"]:
    k = (l["source"], l["target"])
    mine = [json.dumps(e, sort_keys=True) for e in l["evidence"]]
    want = [e for e in full[k] if json.loads(e).get("date", "").startswith("2016-")]
    assert mine == want, "link %s -- %s: evidence %r, expected %r" % (k[0], k[1], mine, want)
    n += len(mine)
    for p in l["by_date"]:
        assert p["date"].startswith("2016-"), p
assert n > 0, "no evidence in the window"
' dates_w.json dates_16.json dates_all.json >"$t/py.out" 2>&1 || bad "$(head -c 600 "$t/py.out")"
end

begin "dates: stats --since 2017 describes the 2017 window"
x "$R" export --since 2017 -f json dates_all.json
want_rc 0
cp "$t/out" dates_17.json
x "$R" stats --since 2017 --json dates_all.json
want_rc 0; err_empty
"$PY" -c '
import json, sys
s, w, a = (json.load(open(p)) for p in sys.argv[1:4])
assert 0 < len(w["nodes"]) < len(a["nodes"]), (len(w["nodes"]), len(a["nodes"]))
assert w["graph"]["documents"] == 1, w["graph"]
assert s["summary"]["nodes"] == len(w["nodes"]), (s["summary"], len(w["nodes"]))
assert s["summary"]["links"] == len(w["links"]), (s["summary"], len(w["links"]))
' "$t/out" dates_17.json dates_all.json >"$t/py.out" 2>&1 || bad "$(head -c 600 "$t/py.out")"
x "$R" stats --since 2017 dates_all.json
want_rc 0; out_has "Nodes"
x "$R" stats --until 2015-12-18 --json dates_all.json
want_rc 0
end

begin "dates: a bad --since or --until is exit 2 naming it"
for v in 2016-13 2016-3 16-03-24 2016/03/24 2016-02-30 yesterday ""; do
    x "$R" export --since "$v" dates_all.json
    [ "$rc" -eq 2 ] || bad "export --since '$v': exit $rc"
    out_empty; err_msg "--since" "'$v'"
done
x "$R" stats --until 2015-02-29 dates_all.json
want_rc 2; out_empty; err_msg "--until" "2015-02-29"
x "$R" export --until 2016-3 -f jsonl dates_all.json
want_rc 2; out_empty; err_msg "--until" "2016-3"
end

begin "dates: --since after --until is exit 2"
x "$R" export --since 2017 --until 2016 dates_all.json
want_rc 2; out_empty; err_msg "--since" "--until" "empty"
x "$R" stats --since 2016-03-25 --until 2016-03-24 dates_all.json
want_rc 2; out_empty; err_msg "--since" "--until" "empty"
x "$R" export --since 2016-03-24 --until 2016-03-24 -f json dates_all.json
want_rc 0
py graph "$t/out" docs=1
end

begin "dates: --since on a graph without dated documents is exit 2"
printf 'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Vienna.\n' >nodate.txt
x "$R" build -q nodate.txt -o nodate.json
want_rc 0
grep -q by_date nodate.json && bad "an undated build has by_date"
x "$R" export --since 2016 nodate.json
want_rc 2; out_empty; err_msg "no dated documents"
x "$R" stats --until 2016 nodate.json
want_rc 2; out_empty; err_msg "no dated documents"
x "$R" export -f json nodate.json
want_rc 0
end

begin "dates: JSON Lines \"date\" fields give by_date; a given date beats the text"
cat >dated.jsonl <<'JSONLEOF'
{"id": "a", "date": "2016-03-24", "text": "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Moscow."}
{"id": "b", "date": "26-FEB-1987 15:01:01.79", "text": "March 24, 2016. Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Geneva."}
{"id": "c", "text": "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Vienna."}
{"id": "d", "date": "not a date", "text": "WASHINGTON, Aug. 27, 2016 - Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry."}
JSONLEOF
x "$R" build -q dated.jsonl -o dated.json
want_rc 0
"$PY" -c '
import json, sys
g = json.load(open(sys.argv[1]))
assert g["graph"]["documents"] == 4, g["graph"]
assert g["graph"]["by_date"] == [{"date": "1987-02-26", "documents": 1},
    {"date": "2016-03-24", "documents": 1}, {"date": "2016-08-27", "documents": 1}], g["graph"]
n = {x["id"]: x for x in g["nodes"]}["person:sergei-lavrov"]
assert n["documents"] == 4 and [p["date"] for p in n["by_date"]] == ["1987-02-26", "2016-03-24", "2016-08-27"], n
l = [l for l in g["links"] if {l["source"], l["target"]} == {"person:john-kerry", "person:sergei-lavrov"}][0]
assert l["documents"] == 4 and sum(p["documents"] for p in l["by_date"]) == 3, l
dates = {e["doc"]: e.get("date") for e in l["evidence"]}
assert dates == {"a": "2016-03-24", "b": "1987-02-26", "c": None, "d": "2016-08-27"}, dates
' dated.json >"$t/py.out" 2>&1 || bad "$(head -c 600 "$t/py.out")"
x "$R" build -q --jsonl - -o dated_stdin.json <dated.jsonl
want_rc 0
cmp -s dated.json dated_stdin.json || bad "--jsonl from standard input gives other bytes"
x "$R" export --until 1999 -f json dated.json
want_rc 0
py graph "$t/out" docs=1 person:sergei-lavrov person:john-kerry
end

begin "dates: export -f jsonl has a date on every evidence line"
x "$R" export -f jsonl dates_all.json
want_rc 0; err_empty
cp "$t/out" dates_ev.jsonl
"$PY" -c '
import json, re, sys
seen = set()
for i, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    o = json.loads(line)
    assert "date" in o, "line %d: no date: %r" % (i, o)
    d = o["date"]
    assert d is None or re.fullmatch(r"\d{4}-\d\d-\d\d", d), "line %d: date %r" % (i, d)
    seen.add(d)
assert seen == {None, "2015-12-18", "2016-03-24", "2016-08-27", "2017-05-03"}, seen
' dates_ev.jsonl >"$t/py.out" 2>&1 || bad "$(head -c 600 "$t/py.out")"
x "$R" export --since 2016 --until 2016 -f jsonl dates_all.json
want_rc 0
"$PY" -c '
import json, sys
lines = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
assert lines, "no evidence in 2016"
bad = [o for o in lines if not (o["date"] or "").startswith("2016-")]
assert not bad, bad[:2]
' "$t/out" >"$t/py.out" 2>&1 || bad "$(head -c 600 "$t/py.out")"
end

# --------------------------------------------------------------- summary

echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
