# A script that does not exist: status 2 and a "can't open file" message.
GLASS=$1
"$GLASS" no_such_script_here.py 2>/dev/null; echo "status $?"
"$GLASS" no_such_script_here.py 2>&1 | grep -c "can't open file"
"$GLASS" no_such_script_here.py 2>&1 | grep -c "No such file or directory"
