# A script path plus arguments: sys.argv[0] is the path as typed, the rest follows.
GLASS=$1
"$GLASS" _helpers/show_argv.py
"$GLASS" _helpers/show_argv.py alpha "beta gamma" -x --long=1
cd _helpers && "$GLASS" show_argv.py from-inside
cd ..
"$GLASS" _helpers/fails.py 2>/dev/null; echo "failing script status $?"
"$GLASS" _helpers/fails.py 2>&1 >/dev/null | tail -n 1
