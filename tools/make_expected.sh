#!/usr/bin/env bash
# Regenerate the expected outputs of tests by running CPython 3.11 (the oracle).
#   tools/make_expected.sh [paths...]     (default: every test under tests/ + examples/)
# For X.py (run as `python3.11 X.py`) or X.sh (run as `bash X.sh python3.11`), from X's
# folder with PYTHONHASHSEED=0 and stdin from /dev/null, writes:
#   X.exp      stdout
#   X.status   exit status, only when it is not 0
#   X.err      last line of stderr, only when the status is not 0 or stderr is not empty
#   X.errfull  all of stderr (folder -> <dir>, 0x<hex> -> 0x…), only when the name
#              contains "traceback"
set -u
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
PY=${PYTHON:-/usr/bin/python3.11}
[ -x "$PY" ] || { echo "make_expected: $PY not found (apt-get install python3.11)" >&2; exit 2; }

[ $# -eq 0 ] && set -- "$ROOT/tests" "$ROOT/examples"

export PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8
unset PYTHONPATH GLASSPATH PYTHONSTARTUP PYTHONWARNINGS
ERR=$(mktemp "${TMPDIR:-/tmp}/glassexp.XXXXXX")
trap 'rm -f "$ERR"' EXIT

for p in "$@"; do
    if [ -d "$p" ]; then
        find "$(cd "$p" && pwd -P)" \( -name '_*' -prune \) -o \
             \( -type f \( -name '*.py' -o -name '*.sh' \) -print \)
    elif [ -f "$p" ]; then
        echo "$(cd "$(dirname "$p")" && pwd -P)/$(basename "$p")"
    fi
done | sort -u | grep -v "^$ROOT/tests/run.sh\$" | while read -r t; do
    dir=$(dirname "$t"); base=$(basename "$t")
    case "$base" in
        *.sh) (cd "$dir" && timeout -k 2 60 bash "$base" "$PY" </dev/null >"$t.exp" 2>"$ERR"); st=$? ;;
        *)    (cd "$dir" && timeout -k 2 60 "$PY" "$base" </dev/null >"$t.exp" 2>"$ERR"); st=$? ;;
    esac
    rm -f "$t.status" "$t.err" "$t.errfull"
    [ "$st" -ne 0 ] && echo "$st" >"$t.status"
    if [ "$st" -ne 0 ] || [ -s "$ERR" ]; then
        tail -n 1 "$ERR" >"$t.err"
        # keep a final newline even when stderr lacked one
        [ -s "$t.err" ] && [ "$(tail -c 1 "$t.err" | od -An -c | tr -d ' ')" != '\n' ] && echo >>"$t.err"
    fi
    case "$base" in
        *traceback*)
            sed -e "s|$dir|<dir>|g" -e 's/0x[0-9a-fA-F]\+/0x…/g' "$ERR" >"$t.errfull" ;;
    esac
    printf '%-60s status %s\n' "${t#"$ROOT"/}" "$st"
done
rm -f /tmp/glass_test_*   # scratch files some tests write
