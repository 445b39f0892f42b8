# Reading the program from standard input with `-`.
GLASS=$1
echo 'print(1)' | "$GLASS" -
printf 'import sys\nprint(sys.argv)\n' | "$GLASS" - a b
printf 'x = [i * i for i in range(5)]\nprint(sum(x))\n' | "$GLASS" -
printf 'print(__name__)\n' | "$GLASS" -
printf 'import sys\nsys.exit(6)\n' | "$GLASS" -; echo "status $?"
printf 'print("before")\n1/0\n' | "$GLASS" - 2>&1 | tail -n 1
printf 'def f():\n    return "defined on stdin"\nprint(f())\n' | "$GLASS" -
