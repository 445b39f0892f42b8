#!/usr/bin/env bash
# -i with input that is not a terminal: the interactive loop still runs (expression
# values echoed on stdout, prompts and the banner on stderr), after the script if any.
PY=${1:-python3.11}
printf '1+1\nx = 3\nx\nfor i in range(2):\n  print(i)\n\nNone\n"s"\n1/0\nprint("after error")\n' | "$PY" -i 2>/dev/null
echo "status $?"
f=$(mktemp /tmp/glass_test_inspect.XXXXXX)
echo 'y = 5' > "$f"
printf 'y + 1\nprint("hi")\nraise SystemExit(3)\nprint("not reached")\n' | "$PY" -i "$f" 2>/dev/null
echo "status $?"
printf 'z = 7\n' | "$PY" -i -c 'print("command ran")' 2>/dev/null
echo "status $?"
rm -f "$f"
