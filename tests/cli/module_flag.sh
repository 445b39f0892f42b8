# glass -m MODULE finds MODULE on the module search path (GLASSPATH for Glass,
# PYTHONPATH for CPython: both are set) and runs it as __main__.
GLASS=$1
HERE=$(pwd -P)
export GLASSPATH="$HERE/_helpers" PYTHONPATH="$HERE/_helpers"
"$GLASS" -m cli_mod; echo "status $?"
"$GLASS" -m cli_mod first second; echo "status $?"
"$GLASS" -c 'import cli_mod' ; echo "imported, status $?"
"$GLASS" -m no_such_module_xyz 2>/dev/null; echo "missing module status $?"
"$GLASS" -m no_such_module_xyz 2>&1 | grep -c "No module named"
