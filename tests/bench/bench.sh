#!/usr/bin/env bash
# bench/bench.sh [CORPUS]: throughput and peak memory of `relgraph build`.
#
# CORPUS is a JSON Lines corpus, gzip-compressed or not (default: the
# Reuters-21578 corpus in ../shared/corpus beside the repository). When it
# is absent the script prints "skipped: corpus not found at ..." and exits
# 0. It is decompressed once into a temporary *.jsonl file (relgraph reads
# *.jsonl files one line at a time), then
#
#   relgraph build -q -o /dev/null FILE.jsonl
#
# runs RG_BENCH_RUNS times (default 5) under GNU time (/usr/bin/time,
# Debian package "time"), and the script reports the median wall-clock
# seconds, MB/s (input megabytes, 10^6 bytes, / median seconds) and the
# peak resident set size (the largest of the runs). Without GNU time it
# falls back to bash's time builtin and reports RSS as "n/a".
#
# A last row times one generated sentence of 600,000 words (see below):
# the worst case for rules that look back along a sentence.
#
# For scale, the same is measured for two trivial passes over the same
# bytes: `wc -w` (the baseline: about the least work that reads every
# word) and `gzip -1 -c > /dev/null`; the ratio relgraph/baseline says how
# many times slower than a word count relgraph is.
#
# The binary is $RELGRAPH, else build/relgraph in the source tree;
# RG_BENCH_TIME names GNU time if it is not /usr/bin/time. This is
# not a ctest test (a benchmark is never a timed test); run it with
# `cmake --build build --target bench` or directly.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
corpus=${1:-$here/../../../shared/corpus/reuters21578.jsonl.gz}
bin=${RELGRAPH:-$root/build/relgraph}
runs=${RG_BENCH_RUNS:-5}

if [[ ! -f $corpus ]]; then
    echo "skipped: corpus not found at $corpus"
    exit 0
fi
corpus=$(cd "$(dirname "$corpus")" && pwd)/$(basename "$corpus")
if [[ ! -x $bin ]]; then
    echo "bench: $bin is not an executable (build first, or set RELGRAPH)" >&2
    exit 2
fi
if ! [[ $runs =~ ^[1-9][0-9]*$ ]]; then
    echo "bench: RG_BENCH_RUNS must be a positive integer, not '$runs'" >&2
    exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rg_bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

input=$tmp/corpus.jsonl
case $corpus in
*.gz) gzip -dc -- "$corpus" >"$input" ;;
*) cp -- "$corpus" "$input" ;;
esac
bytes=$(wc -c <"$input")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }')
docs=$(wc -l <"$input")

gnu_time=
time_bin=${RG_BENCH_TIME:-/usr/bin/time}
if [[ -x $time_bin ]] && "$time_bin" -f "%e %M" true >/dev/null 2>&1; then
    gnu_time=$time_bin
fi

# measure NAME CMD...: runs CMD $runs times; sets med (seconds) and rss
# (max KB, or n/a). Stdout of CMD is discarded; a failing run aborts.
measure() {
    local name=$1
    shift
    local times=() maxrss=0 i line s m
    for ((i = 0; i < runs; i++)); do
        if [[ -n $gnu_time ]]; then
            if ! "$gnu_time" -o "$tmp/time" -f "%e %M" "$@" >/dev/null 2>"$tmp/err"; then
                echo "bench: $name failed:" >&2
                cat "$tmp/err" >&2
                exit 1
            fi
            line=$(tail -n 1 "$tmp/time")
            s=${line% *}
            m=${line#* }
            ((m > maxrss)) && maxrss=$m
        else
            local TIMEFORMAT=%R
            if ! { time "$@" >/dev/null 2>"$tmp/err"; } 2>"$tmp/time"; then
                echo "bench: $name failed:" >&2
                cat "$tmp/err" >&2
                exit 1
            fi
            s=$(tail -n 1 "$tmp/time")
        fi
        times+=("$s")
    done
    med=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END {
        if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    if [[ -n $gnu_time ]]; then rss=$maxrss; else rss=n/a; fi
    all_times="${times[*]}"
}

# rate SECONDS: MB/s, or "inf" when the time is below the clock's grain.
rate() {
    awk -v mb="$mb" -v s="$1" 'BEGIN { if (s > 0) printf "%.2f", mb / s; else print "inf" }'
}

echo "corpus:   $corpus"
echo "input:    $mb MB, $docs lines (documents), decompressed to a temporary .jsonl"
echo "binary:   $bin ($("$bin" --version))"
echo "runs:     $runs each, median time, peak RSS over the runs"
[[ -n $gnu_time ]] || echo "note:     GNU time ($time_bin, Debian package 'time') not found: bash's time, RSS n/a"
echo

measure "relgraph build" "$bin" build -q -o /dev/null "$input"
rg_s=$med rg_rss=$rss rg_all=$all_times
measure "wc -w" wc -w "$input"
wc_s=$med wc_rss=$rss wc_all=$all_times
measure "gzip -1" gzip -1 -c "$input"
gz_s=$med gz_rss=$rss gz_all=$all_times

printf '%-16s %10s %10s %14s   %s\n' "command" "median s" "MB/s" "peak RSS KB" "all runs (s)"
printf '%-16s %10s %10s %14s   %s\n' "relgraph build" "$rg_s" "$(rate "$rg_s")" "$rg_rss" "$rg_all"
printf '%-16s %10s %10s %14s   %s\n' "wc -w" "$wc_s" "$(rate "$wc_s")" "$wc_rss" "$wc_all"
printf '%-16s %10s %10s %14s   %s\n' "gzip -1" "$gz_s" "$(rate "$gz_s")" "$gz_rss" "$gz_all"

# Worst case: one sentence of 600,000 words (no full stop), drawn with a
# fixed seed from words the patterns react to (pronouns, speech verbs,
# triggers, places, names). Every rule looks a bounded distance, so this
# should run at about the corpus rate; a rule that scans back to the
# start of its sentence shows up here as a collapse of MB/s.
long=$tmp/long.txt
awk 'BEGIN { srand(1); n = split("Kenya said it attacked Kyiv Ukraine they strikes on Gaza known as " \
    "Brenquist , urged to withdraw from Russian television the that presidents met", w, " ");
    for (i = 0; i < 600000; i++) printf "%s ", w[int(rand() * n) + 1]; print "" }' >"$long"
long_mb=$(awk -v b="$(wc -c <"$long")" 'BEGIN { printf "%.2f", b / 1e6 }')
measure "one long sentence" "$bin" build -q -o /dev/null "$long"
printf '%-16s %10s %10s %14s   %s\n' "long sentence" "$med" \
    "$(awk -v mb="$long_mb" -v s="$med" 'BEGIN { if (s > 0) printf "%.2f", mb / s; else print "inf" }')" \
    "$rss" "$all_times ($long_mb MB, one line)"
echo
awk -v a="$rg_s" -v b="$wc_s" -v c="$gz_s" 'BEGIN {
    if (b > 0) printf "ratio relgraph/baseline (wc -w): %.1fx slower\n", a / b;
    else print "ratio relgraph/baseline (wc -w): n/a (baseline below timer resolution)";
    if (c > 0) printf "ratio relgraph/gzip -1:          %.1fx\n", a / c }'
