# The example application examples/app/ (several modules of its own, a settings
# singleton, dataclasses, JSON persistence under /tmp, logging configured once
# to stdout) runs as a script and prints the same as CPython; its store file is
# removed again.
"$1" ../../examples/app/main.py; echo "status $?"
[ -e /tmp/glass_example_app_store.json ] && echo "store file left behind" || echo "store file removed"
