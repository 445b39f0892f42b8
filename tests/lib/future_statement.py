# A future statement for a feature that is already standard runs as an import.
from __future__ import division, generators, print_function
import sys
print('__future__' in sys.modules)
print(division, print_function.compiler_flag)
print(7 / 2)
