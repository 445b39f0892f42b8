"""python -m unittest [NAME...]: run the tests named on the command line (modules,
classes or methods by dotted name); with no names, or `discover`, find them."""

import sys

from unittest.main import main

sys.argv[0] = "python -m unittest"
main(module=None)
