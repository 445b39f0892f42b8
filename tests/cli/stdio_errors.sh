# The error handler of sys.stdin/stdout by locale and PYTHONIOENCODING, as CPython
# chooses it; a lone surrogate printed under surrogateescape.
PY=$1
prog='import sys; print(sys.stdout.errors, sys.stdin.errors, sys.stderr.errors)'
for env in "LC_ALL=C.UTF-8" "LC_ALL=POSIX" "LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8" \
           "LC_ALL=C.UTF-8 PYTHONIOENCODING=:replace" "LC_ALL=C.UTF-8 PYTHONIOENCODING=utf-8:ignore"; do
    echo "$env: $(env -u PYTHONIOENCODING $env "$PY" -c "$prog")"
done
env -u PYTHONIOENCODING LC_ALL=C.UTF-8 "$PY" -c 'print("a\udcffb")' | od -An -c
