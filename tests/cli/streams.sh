# stdout and stderr are separate streams.
GLASS=$1
"$GLASS" -c 'import sys; print("out"); print("err", file=sys.stderr)' 2>/dev/null
"$GLASS" -c 'import sys; print("out"); print("err", file=sys.stderr)' 2>&1 >/dev/null
"$GLASS" -c 'import sys; sys.stdout.write("no newline")'; echo " <- end"
"$GLASS" -c 'print("a"); print("b", end=""); print("c")' | od -c | head -n 2
"$GLASS" -c 'print("é€😀")' | od -An -tx1 | tr -s ' '
n=$("$GLASS" -c 'for i in range(10000): print(i)' | wc -l); echo "lines: $n"
"$GLASS" -c 'import sys; print(sys.stdin.read() == "")' </dev/null
echo "piped text" | "$GLASS" -c 'import sys; print(repr(sys.stdin.readline()))'
printf 'a\nb\n' | "$GLASS" -c 'print(input(), input())'
