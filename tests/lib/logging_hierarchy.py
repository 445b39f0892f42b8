# getLogger singletons, the dotted hierarchy, effective levels, propagation
import io
import logging

a = logging.getLogger("app")
print(logging.getLogger("app") is a, logging.getLogger() is logging.root)
print(logging.getLogger("root") is logging.root, logging.getLogger(None) is logging.root)
leaf = logging.getLogger("app.db.pool")
print(leaf.parent is a, a.parent is logging.root)
mid = logging.getLogger("app.db")
print(leaf.parent is mid, mid.parent is a)
print(a.getChild("db") is mid, logging.root.getChild("x") is logging.getLogger("x"))
print(repr(a), repr(logging.root), leaf.getEffectiveLevel())
a.setLevel(logging.INFO)
print(repr(leaf), leaf.isEnabledFor(logging.DEBUG), leaf.isEnabledFor(logging.INFO))
mid.setLevel("ERROR")
print(leaf.getEffectiveLevel(), logging.getLevelName(leaf.getEffectiveLevel()))

top = io.StringIO()
below = io.StringIO()
th = logging.StreamHandler(top)
th.setFormatter(logging.Formatter("top:%(name)s:%(message)s"))
a.addHandler(th)
bh = logging.StreamHandler(below)
bh.setFormatter(logging.Formatter("mid:%(levelname)s:%(message)s"))
mid.addHandler(bh)
leaf.error("to both")
leaf.warning("filtered by mid's level")
mid.propagate = False
leaf.critical("only mid")
mid.propagate = True
mid.removeHandler(bh)
leaf.error("only top")
bh.setLevel(logging.CRITICAL)
mid.addHandler(bh)
mid.addHandler(bh)
print(len(mid.handlers))
leaf.error("handler level blocks mid")
print(top.getvalue(), end="")
print(below.getvalue(), end="")
print(a.hasHandlers(), logging.getLogger("lonely").hasHandlers(), leaf.hasHandlers())
leaf.disabled = True
leaf.critical("disabled")
print(top.getvalue().count("\n"))
try:
    logging.getLogger(5)
except TypeError as e:
    print(type(e).__name__, e)
