# Imported by refcount_literals.py: an imported module's literals have no extra
# reference (CPython frees the parser's arena once the module is compiled).
import sys

def literal_count():
    s = "a string in an imported module"
    return sys.getrefcount(s)

X = "module level literal value"
