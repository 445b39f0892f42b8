# Helper script for the cli tests: prints what it was given.
import sys
print("argv[1:] =", sys.argv[1:])
print("argv[0] ends with show_argv.py:", sys.argv[0].endswith("show_argv.py"))
print("__name__ =", __name__)
print("__file__ ends with show_argv.py:", __file__.endswith("show_argv.py"))
