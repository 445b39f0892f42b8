#!/usr/bin/env bash
# Benchmarks: each program under Glass and python3.11, alternately, 3 times.
#   bench/run.sh [GLASS]        (default build/glass)
# Prints a markdown table: median wall time, the ratio python/glass (> 1 means Glass
# is faster), peak RSS (MB) of each, and the geometric mean of the ratios. A row
# shows FAIL when Glass crashes or prints something different from python3.11.
# startup.py is empty: its time is the mean of 50 back-to-back runs.
# Env: RUNS (3), BENCHES (names), BENCH_TIMEOUT (120 s per run), PYTHON.
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
GLASS=${1:-$ROOT/build/glass}
PY=${PYTHON:-/usr/bin/python3.11}
RUNS=${RUNS:-3}
BENCHES=${BENCHES:-"fib loops nbody methods trees dictstr closures gc_cycles weakrefs gc_full startup attrs memory_slots memory_plain deepcopy json_roundtrip regex_scan"}
STARTUP_REPEAT=50

if [ ! -x /usr/bin/time ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y time >/dev/null 2>&1; }
    fi
    if [ ! -x /usr/bin/time ]; then
        echo "bench/run.sh needs /usr/bin/time: sudo apt-get install -y time" >&2
        exit 2
    fi
fi
[ -x "$GLASS" ] || { echo "bench/run.sh: no executable $GLASS (build Glass first)" >&2; exit 2; }
[ -x "$PY" ] || { echo "bench/run.sh: no $PY (apt-get install python3.11)" >&2; exit 2; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/glassbench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8

now() { date +%s%N; }

# measure BIN NAME TAG: one sample; appends "seconds" to TAG.times and "KB" to TAG.rss,
# writes stdout to TAG.out; returns the program's exit status.
measure() {
    local bin=$1 name=$2 tag=$3 t0 t1 st=0 n=1 i
    [ "$name" = startup ] && n=$STARTUP_REPEAT
    t0=$(now)
    for ((i = 0; i < n; i++)); do
        timeout -k 2 "${BENCH_TIMEOUT:-120}" /usr/bin/time -f %M -o "$TMP/$tag.rss1" "$bin" "$ROOT/bench/$name.py" \
            >"$TMP/$tag.out" 2>"$TMP/$tag.err" </dev/null || st=$?
    done
    t1=$(now)
    awk -v a="$t0" -v b="$t1" -v n="$n" 'BEGIN { printf "%.6f\n", (b - a) / 1e9 / n }' >>"$TMP/$tag.times"
    tail -n 1 "$TMP/$tag.rss1" >>"$TMP/$tag.rss"
    return $st
}

median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
maxkb() { sort -g "$1" | tail -n 1; }

echo "| benchmark | glass s | python3.11 s | ratio (py/glass) | glass MB | python MB |"
echo "|---|---:|---:|---:|---:|---:|"
ratios=()
for name in $BENCHES; do
    rm -f "$TMP"/g.* "$TMP"/p.*
    fail=""
    for ((r = 0; r < RUNS; r++)); do
        if ! measure "$GLASS" "$name" g; then fail="exit status"; fi
        measure "$PY" "$name" p || true
        if [ -z "$fail" ] && ! cmp -s "$TMP/g.out" "$TMP/p.out"; then fail="output differs"; fi
    done
    pt=$(median "$TMP/p.times")
    pm=$(awk -v k="$(maxkb "$TMP/p.rss")" 'BEGIN { printf "%.1f", k / 1024 }')
    if [ -n "$fail" ]; then
        printf "| %s | FAIL (%s) | %.3f | FAIL | - | %s |\n" "$name" "$fail" "$pt" "$pm"
        continue
    fi
    gt=$(median "$TMP/g.times")
    gm=$(awk -v k="$(maxkb "$TMP/g.rss")" 'BEGIN { printf "%.1f", k / 1024 }')
    ratio=$(awk -v p="$pt" -v g="$gt" 'BEGIN { if (g <= 0) g = 1e-6; printf "%.2f", p / g }')
    ratios+=("$(awk -v p="$pt" -v g="$gt" 'BEGIN { if (g <= 0) g = 1e-6; printf "%.6f", p / g }')")
    printf '| %s | %.3f | %.3f | %s | %s | %s |\n' "$name" "$gt" "$pt" "$ratio" "$gm" "$pm"
done
if [ ${#ratios[@]} -gt 0 ]; then
    printf '%s\n' "${ratios[@]}" | awk '{ s += log($1); n++ } END { printf "\ngeometric mean of ratios (py/glass): %.2f over %d benchmarks\n", exp(s / n), n }'
else
    echo; echo "geometric mean of ratios (py/glass): n/a (every benchmark failed)"
fi
