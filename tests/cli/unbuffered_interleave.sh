#!/usr/bin/env bash
# stdout and stderr into one file: buffered (stdout flushed at exit, after the
# warnings) unless -u or PYTHONUNBUFFERED makes every write go through at once.
PY=${1:-python3.11}
prog='import sys, warnings
print("a")
warnings.warn("w")
print("b")
sys.stderr.write("direct\n")
print("c")'
f=$(mktemp /tmp/glass_test_unbuf.XXXXXX)
echo "== buffered"
env -u PYTHONUNBUFFERED -u GLASSUNBUFFERED "$PY" -c "$prog" > "$f" 2>&1; cat "$f"
echo "== -u"
env -u PYTHONUNBUFFERED -u GLASSUNBUFFERED "$PY" -u -c "$prog" > "$f" 2>&1; cat "$f"
echo "== PYTHONUNBUFFERED=1"
PYTHONUNBUFFERED=1 "$PY" -c "$prog" > "$f" 2>&1; cat "$f"
echo "== PYTHONUNBUFFERED empty"
env -u GLASSUNBUFFERED PYTHONUNBUFFERED= "$PY" -c "$prog" > "$f" 2>&1; cat "$f"
rm -f "$f"
