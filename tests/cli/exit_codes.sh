# Exit statuses: sys.exit(n), sys.exit("msg"), sys.exit(None), uncaught exceptions.
GLASS=$1
"$GLASS" -c 'import sys; sys.exit(3)'; echo "sys.exit(3) -> $?"
"$GLASS" -c 'import sys; sys.exit(0)'; echo "sys.exit(0) -> $?"
"$GLASS" -c 'import sys; sys.exit()'; echo "sys.exit() -> $?"
"$GLASS" -c 'import sys; sys.exit(None)'; echo "sys.exit(None) -> $?"
"$GLASS" -c 'import sys; sys.exit(255)'; echo "sys.exit(255) -> $?"
"$GLASS" -c 'raise SystemExit(7)'; echo "raise SystemExit(7) -> $?"
"$GLASS" -c 'import sys; sys.exit(True)'; echo "sys.exit(True) -> $?"
err=$("$GLASS" -c 'import sys; sys.exit("fatal: message")' 2>&1 >/dev/null); st=$?
echo "sys.exit(\"fatal: message\") -> $st, stderr: $err"
err=$("$GLASS" -c 'print("out"); 1/0' 2>&1 >/dev/null); st=$?
echo "uncaught ZeroDivisionError -> $st"
echo "$err"
"$GLASS" -c 'print("stdout survives an error"); raise KeyError("k")' 2>/dev/null; echo "KeyError -> $?"
"$GLASS" -c 'import sys
try:
    sys.exit(4)
finally:
    print("finally before exit")'; echo "exit in try/finally -> $?"
"$GLASS" -c 'raise SystemExit("to stderr")' 2>/dev/null; echo "SystemExit(str) -> $?"
