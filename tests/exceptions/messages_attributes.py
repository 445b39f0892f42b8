import sys
class Plain:
    pass
p = Plain()
for expr in ("p.nope", "Plain.nope", "sys.nope", "len.nope", "(1).real.nope", "None.x", "Plain().__dict__['k']"):
    try:
        eval(expr)
    except (AttributeError, KeyError) as e:
        print(type(e).__name__, e)
import sys
try:
    sys.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del p.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
class P:
    @property
    def ro(self):
        return 1
try:
    P().ro = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del P().ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(p, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(p, "nope", "default"), hasattr(p, "nope"))
