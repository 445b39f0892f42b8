# A script that does not compile: nothing runs, status 1, SyntaxError on stderr
# (the File line is shown with its folder removed).
GLASS=$1
"$GLASS" _helpers/bad_syntax.py 2>/tmp/glass_test_cli_syntax.err; echo "status $?"
sed -e 's|"/.*/|"<dir>/|' /tmp/glass_test_cli_syntax.err
rm -f /tmp/glass_test_cli_syntax.err
