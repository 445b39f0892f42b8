# Errors in -c code: the traceback names "<string>" and shows no source line.
GLASS=$1
"$GLASS" -c '1/0'; echo "status $?"
"$GLASS" -c 'def f():
    return g()
def g():
    return {}["k"]
f()'; echo "status $?"
"$GLASS" -c '1 +'; echo "syntax error status $?"
"$GLASS" -c 'if True print(1)'; echo "syntax error status $?"
"$GLASS" -c 'undefined_name'; echo "status $?"
