"""keyword - tests for Python keywords and soft keywords.

Implements: kwlist and softkwlist (the Python 3.11 lists, sorted), iskeyword and
issoftkeyword.
Leaves out: nothing public.
"""

__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield',
]

# Names that are keywords only in some contexts (the match statement).
softkwlist = ['_', 'case', 'match']

# Bound __contains__ of a frozenset, as in CPython: fast, and raises TypeError for
# unhashable arguments.
iskeyword = frozenset(kwlist).__contains__
issoftkeyword = frozenset(softkwlist).__contains__
