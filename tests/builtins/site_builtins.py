# The builtins of CPython's site module: help, exit/quit (Quitter), copyright/
# credits/license (_Printer; Glass's texts differ and are not printed here), and
# breakpoint with sys.breakpointhook and $PYTHONBREAKPOINT (Glass has no pdb).
import sys, builtins
print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__, exit.name, exit.eof)
print(repr(help))
print(type(copyright).__name__, type(license).__name__, repr(license))
print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__)
for f in (exit, quit):
    try:
        f(3)
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
    try:
        f()
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
    try:
        f(code="bye")
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
import os
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint())
os.environ["PYTHONBREAKPOINT"] = "builtins.len"
print(breakpoint([1, 2, 3]))
os.environ["PYTHONBREAKPOINT"] = "nosuchmod.f"
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(breakpoint())
print([(x.category.__name__, str(x.message)) for x in w])
sys.breakpointhook = lambda *a, **k: ("hook", a, k)
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(n for n in dir(builtins) if not n.startswith("_"))[:5])
