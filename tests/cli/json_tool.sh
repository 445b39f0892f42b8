#!/usr/bin/env bash
# python -m json.tool (options, errors) and closing a piped sys.stdin (CPython's
# TextIOWrapper over a BufferedReader does not seek on flush or close).
PY=${1:-python3.11}
doc='{"b": [1, 2, {"x": "é"}], "a": null}'
for args in "" "--sort-keys" "--compact" "--no-indent" "--tab" "--indent 2" "--no-ensure-ascii"; do
    echo "== $args"
    echo "$doc" | "$PY" -m json.tool $args
done
echo "== json lines"
printf '{"a":1}\n[2, 3]\n' | "$PY" -m json.tool --json-lines --compact
echo "== invalid"
echo '{"a": }' | "$PY" -m json.tool 2>&1
echo "status $?"
echo "== missing file"
"$PY" -m json.tool /nonexistent/file.json 2>&1 | tail -1
echo "== close stdin"
echo xyz | "$PY" -c "import sys; print(sys.stdin.read(1)); sys.stdin.close(); print(sys.stdin.closed)"
