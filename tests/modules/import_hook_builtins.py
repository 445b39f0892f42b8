# A replaced builtins.__import__ is what the import statement calls.
import builtins
orig = builtins.__import__
calls = []
def my_import(name, globals=None, locals=None, fromlist=(), level=0):
    if globals is not None and globals.get("__name__") == "__main__":
        calls.append((name, fromlist, level))
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = my_import
import os, json
from os import path as p
import os.path
def f():
    from collections import OrderedDict
    return OrderedDict
f()
builtins.__import__ = orig
import sys
print(calls)
del builtins.__import__
try:
    import csv
except ImportError as e:
    print("ImportError", e)
builtins.__import__ = orig
import json
print("ok")
