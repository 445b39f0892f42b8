#!/usr/bin/env bash
# Glass test runner.
#   tests/run.sh [GLASS_BINARY] [paths...]
# A test is tests/<area>/<name>.py (run as `GLASS name.py`) or tests/<area>/<name>.sh
# (run as `bash name.sh GLASS`) with <name>.{py,sh}.exp beside it. Each runs with
# cwd = its folder, PYTHONHASHSEED=0, stdin from /dev/null, a timeout (TEST_TIMEOUT,
# default 10 s). Compared: stdout with .exp (byte for byte); exit status with .status
# (default 0); the last stderr line with .err when present; all of stderr with
# .errfull when present (absolute folder -> <dir>, 0x<hex> -> 0x…).
# Env: TESTS=tests/gc selects an area; JOBS (default 2) parallel jobs.
set -u

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)

# ---- worker mode: run one test, write its report to $RESDIR ------------------
if [ "${1:-}" = "--one" ]; then
    BIN=$2; RESDIR=$3; TEST=$4
    dir=$(cd "$(dirname "$TEST")" && pwd -P)
    base=$(basename "$TEST")
    name=${TEST#"$ROOT"/}
    key=$(printf '%s' "$name" | tr '/' '%')
    work=$(mktemp -d "${TMPDIR:-/tmp}/glasstest.XXXXXX")
    export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8
    unset PYTHONPATH GLASSPATH PYTHONSTARTUP PYTHONWARNINGS
    case "$base" in
        # (the outer 2>/dev/null hides bash's own "Segmentation fault" job notices)
        *.sh) { (cd "$dir" && timeout -k 2 "${TEST_TIMEOUT:-10}" bash "$base" "$BIN" \
                  </dev/null >"$work/out" 2>"$work/err"); st=$?; } 2>/dev/null ;;
        *)    opts=()
              # Tests listed in tests/leakcheck.txt create only garbage: after module
              # finalization and a full collection no tracked object may be left over.
              if [ -f "$ROOT/tests/leakcheck.txt" ] && grep -qxF "$name" "$ROOT/tests/leakcheck.txt"; then
                  opts=(-X leakcheck)
              fi
              { (cd "$dir" && timeout -k 2 "${TEST_TIMEOUT:-10}" "$BIN" "${opts[@]}" "$base" \
                  </dev/null >"$work/out" 2>"$work/err"); st=$?; } 2>/dev/null ;;
    esac
    report=""
    if [ $st -eq 124 ] || [ $st -eq 137 ]; then
        report+="  timed out after ${TEST_TIMEOUT:-10} s"$'\n'
    fi
    if ! cmp -s "$TEST.exp" "$work/out"; then
        report+="  stdout differs:"$'\n'
        report+=$(diff -u --label expected --label actual "$TEST.exp" "$work/out" | head -n 20)$'\n'
    fi
    want=0
    [ -f "$TEST.status" ] && want=$(tr -d ' \n' <"$TEST.status")
    if [ "$st" != "$want" ]; then
        how=""
        [ "$st" -gt 128 ] && [ "$st" -ne 124 ] && how=" (killed by signal $((st - 128)))"
        report+="  exit status $st$how, expected $want"$'\n'
    fi
    norm() { sed -e "s|$dir|<dir>|g" -e 's/0x[0-9a-fA-F]\+/0x…/g' "$1"; }
    if [ -f "$TEST.errfull" ]; then
        norm "$TEST.errfull" >"$work/errfull.exp"
        norm "$work/err" >"$work/errfull.act"
        if ! cmp -s "$work/errfull.exp" "$work/errfull.act"; then
            report+="  stderr differs:"$'\n'
            report+=$(diff -u --label expected --label actual "$work/errfull.exp" "$work/errfull.act" | head -n 20)$'\n'
        fi
    elif [ -f "$TEST.err" ]; then
        wl=$(tail -n 1 "$TEST.err")
        al=$(tail -n 1 "$work/err")
        if [ "$wl" != "$al" ]; then
            report+="  last stderr line differs:"$'\n'"  - $wl"$'\n'"  + $al"$'\n'
        fi
    fi
    rm -rf "$work"
    if [ -n "$report" ]; then
        printf 'FAIL %s\n%s' "$name" "$report" >"$RESDIR/$key.fail"
        printf 'F'
    else
        : >"$RESDIR/$key.pass"
        printf '.'
    fi
    exit 0
fi

# ---- main mode --------------------------------------------------------------
BIN="$ROOT/build/glass"
if [ $# -gt 0 ] && [ ! -d "$1" ] && [[ "$1" != *.py ]] && [[ "$1" != *.sh ]]; then
    BIN=$1; shift
fi
if [[ "$BIN" == */* ]]; then
    [ -x "$BIN" ] || { echo "run.sh: no executable $BIN (build Glass first)" >&2; exit 2; }
    BIN=$(cd "$(dirname "$BIN")" && pwd -P)/$(basename "$BIN")
else
    BIN=$(command -v "$BIN") || { echo "run.sh: $1 not found" >&2; exit 2; }
fi

if [ $# -eq 0 ]; then
    if [ -n "${TESTS:-}" ]; then set -- $TESTS; else set -- "$ROOT/tests"; fi
fi

list=$(mktemp "${TMPDIR:-/tmp}/glasslist.XXXXXX")
RESDIR=$(mktemp -d "${TMPDIR:-/tmp}/glassres.XXXXXX")
trap 'rm -rf "$list" "$RESDIR"' EXIT
for p in "$@"; do
    if [ -d "$p" ]; then
        find "$(cd "$p" && pwd -P)" \( -name '_*' -prune \) -o \
             \( -type f \( -name '*.py' -o -name '*.sh' \) -print \)
    elif [ -f "$p" ]; then
        echo "$(cd "$(dirname "$p")" && pwd -P)/$(basename "$p")"
    else
        echo "run.sh: no such test or folder: $p" >&2
    fi
done | while read -r t; do
    [ -f "$t.exp" ] && echo "$t"
done | sort -u >"$list"

total=$(wc -l <"$list")
if [ "$total" -eq 0 ]; then echo "0 passed, 0 failed"; exit 1; fi

tr '\n' '\0' <"$list" | xargs -0 -n 1 -P "${JOBS:-2}" bash "$ROOT/tests/run.sh" --one "$BIN" "$RESDIR"
echo

failed=0
for f in "$RESDIR"/*.fail; do
    [ -e "$f" ] || continue
    cat "$f"
    failed=$((failed + 1))
done
passed=$(find "$RESDIR" -name '*.pass' | wc -l)
missing=$((total - passed - failed))
[ "$missing" -gt 0 ] && failed=$((failed + missing))
rm -f /tmp/glass_test_*   # scratch files some tests write (there is no os.remove yet)
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
