# Invalid escape sequences seen by the command line: DeprecationWarning is ignored by
# default, shown with -W always, and -W error makes it a SyntaxError.
PY=$1
d=$(mktemp -d /tmp/glass_test_esc.XXXXXX)
printf 'x = "\\z"\nprint("hi")\n' > "$d/esc.py"
{
"$PY" "$d/esc.py"
"$PY" -W always "$d/esc.py"
"$PY" -W error "$d/esc.py"; echo "status $?"
"$PY" -W error -c 'x = "\777"'; echo "status $?"
"$PY" -W always -c 'x = 1if 1 else 2'
"$PY" -W error -c 'x = 0x1for'; echo "status $?"
"$PY" -c 'x = "\z"; print(x)'
} 2>&1 | sed "s|$d|<tmp>|g"
rm -rf "$d"
