# consumers/common.sh: what run.sh and formats.sh share. Sourced (not run)
# after the caller sets NAME (its name in messages) and passes its own
# arguments: "$@" is RELGRAPH_BIN [SOURCE_DIR].
#
# Sets R (the relgraph binary, absolute), here (this directory), SRC,
# SAMPLES and PY (/usr/bin/python3 unless RG_PYTHON says otherwise);
# defines skip_or_fail, make_tmp (a temporary directory $t, removed on
# exit) and ok / notok, which count into pass and failed and print TAP-like
# lines (notok shows the head of $t/err).

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 RELGRAPH_BIN [SOURCE_DIR]" >&2
    exit 2
fi
case $1 in
/*) R=$1 ;;
*) R=$(pwd)/$1 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
SRC=${2:-$(cd "$here/../.." && pwd)}
SAMPLES=$SRC/samples
PY=${RG_PYTHON:-/usr/bin/python3}

# skip_or_fail REASON: the environment lacks a consumer. CI installs them
# all, so this fails unless RG_ALLOW_SKIP=1.
skip_or_fail() {
    if [ "${RG_ALLOW_SKIP:-0}" = 1 ]; then
        echo "skipped: $1"
        exit 0
    fi
    echo "$NAME: $1 (install it, or set RG_ALLOW_SKIP=1 to skip)" >&2
    echo "0 passed, 1 failed"
    exit 1
}

[ -x "$R" ] || { echo "$NAME: $R is not an executable" >&2; exit 2; }
[ -d "$SAMPLES" ] || { echo "$NAME: no samples directory at $SAMPLES" >&2; exit 2; }

make_tmp() {
    t=$(mktemp -d "${TMPDIR:-/tmp}/rg_$NAME.XXXXXX") || exit 2
    trap 'rm -rf "$t"' EXIT
    trap 'exit 130' INT TERM
}

pass=0
failed=0
ok() {
    pass=$((pass + 1))
    echo "ok - $1"
}
notok() {
    failed=$((failed + 1))
    echo "not ok - $1"
    [ -s "$t/err" ] && head -n 10 "$t/err" | sed 's/^/#   /'
}
