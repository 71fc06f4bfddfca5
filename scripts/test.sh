#!/usr/bin/env bash
# scripts/test.sh: the project's test command (README, .ci/run).
#
#   0. installs what is missing (scripts/setup.sh: apt-get, skipped when
#      every package is present), and checks that the lexicon tables are
#      what their generators write (scripts/check-lexicon.sh);
#   1. configures and builds in build/ (RelWithDebInfo) and runs every ctest
#      test there (unit, golden, cli, consumers);
#   2. configures build-asan/ with -DRG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
#      (AddressSanitizer, LeakSanitizer, UndefinedBehaviorSanitizer),
#      builds, and runs the same tests with leak detection on, the leak
#      suppressions for Graphviz's own allocations (tests/lsan.supp), and
#      UBSan stopping at the first error with a stack trace.
#
# Every step runs even when an earlier one failed (a failed build skips
# only its own tests), so one run reports everything. Prints one summary
# line at the end and exits 1 when any step failed.
#
# Environment: RG_JOBS (parallel jobs, default: nproc), RG_NO_ASAN=1 skips
# the sanitizer half.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 2
jobs=${RG_JOBS:-$(nproc 2>/dev/null || echo 2)}
supp=$root/tests/lsan.supp
start=$SECONDS
results=()
status=0

# step NAME CMD...: runs CMD, records "NAME ok|FAILED (Ns)"; returns CMD's status.
step() {
    local name=$1 t0=$SECONDS rc
    shift
    echo "==> $name"
    "$@"
    rc=$?
    if [[ $rc -eq 0 ]]; then
        results+=("$name ok ($((SECONDS - t0))s)")
    else
        results+=("$name FAILED ($((SECONDS - t0))s)")
        status=1
        echo "==> $name FAILED (exit $rc)" >&2
    fi
    return $rc
}

if [[ ! -f $supp ]]; then
    # normally in the repository; recreate it so the sanitizer run works
    cat >"$supp" <<'SUPP'
# LeakSanitizer suppressions: Graphviz's gvc and the libraries under it
# keep plugin, font and layout state for the life of the process.
leak:libgvc
leak:libgvplugin_
leak:libpango
leak:libfontconfig
leak:libcairo
leak:libexpat
leak:libpangoft2
leak:libglib
leak:libgobject
SUPP
    echo "test.sh: created $supp"
fi

# ------------------------------------------------------------------ setup
step "setup" scripts/setup.sh || { echo "test.sh: FAIL: setup failed" >&2; exit 1; }
step "lexicon tables" scripts/check-lexicon.sh

# ------------------------------------------------------------ plain build
if step "configure build" cmake -S . -B build &&
    step "build build" cmake --build build -j "$jobs"; then
    step "ctest build" ctest --test-dir build --output-on-failure -j "$jobs"
fi

# ------------------------------------------------------- sanitizer build
if [[ ${RG_NO_ASAN:-0} != 1 ]]; then
    if step "configure build-asan" cmake -S . -B build-asan -DRG_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug &&
        step "build build-asan" cmake --build build-asan -j "$jobs"; then
        # (a sanitized Debug build runs about ten times slower: the unit
        # tests' timeouts, there to catch a quadratic blow-up, are scaled
        # by Check's CK_TIMEOUT_MULTIPLIER so a busy machine does not trip
        # them: the 60,000 speaker labels take about 40 s under ASan)
        step "ctest build-asan" env ASAN_OPTIONS=detect_leaks=1 CK_TIMEOUT_MULTIPLIER=4 \
            LSAN_OPTIONS="suppressions=$supp:print_suppressions=0" \
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            ctest --test-dir build-asan --output-on-failure -j "$jobs"
    fi
fi

echo
for r in "${results[@]}"; do echo "  $r"; done
if [[ $status -eq 0 ]]; then
    echo "test.sh: PASS: all steps passed in $((SECONDS - start))s"
else
    echo "test.sh: FAIL: some steps failed (see above), $((SECONDS - start))s"
fi
exit $status
