#!/usr/bin/env bash
# `-m ast`: dump a file's or stdin's syntax tree (modes, -a, -i).
PY=${1:-python3.11}
f=$(mktemp /tmp/glass_test_ast.XXXXXX)
printf 'x = 1\nif x:\n    print(x, "é")\n' > "$f"
"$PY" -m ast "$f"
"$PY" -m ast -a -i 2 "$f"
echo 'a + b * 2' | "$PY" -m ast -m eval
echo 'f(x)' | "$PY" -m ast --mode single -i 0
rm -f "$f"
