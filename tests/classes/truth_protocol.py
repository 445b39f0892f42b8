# __bool__ first, then __len__, else always true; strict return types
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("  __bool__")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("  __len__")
        return self.n
class Both(L):
    def __bool__(self):
        return True
print(bool(B(False)), bool(L(0)), bool(L(3)), bool(Both(0)))
print("if" if L(0) else "else", not B(True))
class Nothing: pass
print(bool(Nothing()), bool(object()))
for obj in (B(1), B(None), L(-1), L("x"), L(2 ** 70), L(1.5)):
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print(type(e).__name__, e)
class LenNone:
    __len__ = None
try:
    bool(LenNone())
    print("LenNone truth ok")
except TypeError as e:
    print(type(e).__name__, e)
class IntSubLen:
    def __len__(self):
        return True
print(bool(IntSubLen()), len(IntSubLen()))
print(bool(B(True)) and "and", B(False) or "or")
x = L(0)
while x:
    pass
print([v for v in (L(0), L(1)) if v].__len__())
class BoolSub(int):
    def __bool__(self):
        return False
print(bool(BoolSub(5)), BoolSub(5) + 0)
try:
    len(B(True))
except TypeError as e:
    print(type(e).__name__, e)
