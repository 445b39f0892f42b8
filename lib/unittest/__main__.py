"""python -m unittest NAME...: run the tests named on the command line (modules,
classes or methods by dotted name). Discovery (no names) is left out: nothing runs."""

import sys

from unittest.main import main

sys.argv[0] = "python -m unittest"
main(module=None)
