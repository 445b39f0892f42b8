class Box:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len(Box(3)), bool(Box(0)), bool(Box(2)), not Box(0))
for bad in (-1, 2 ** 70, "3", 1.5):
    try:
        len(Box(bad))
    except (ValueError, OverflowError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__ called")
        return self.v
    def __len__(self):
        print("  __len__ not used")
        return 0
print(bool(Flag(True)))
if Flag(False):
    print("no")
else:
    print("else branch")
print(Flag(True) and "and-result")
print(Flag(False) or "or-result")
print(not Flag(True))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return "yes"
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class IndexLen:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
class LenViaIndex:
    def __len__(self):
        return IndexLen(4)
print(len(LenViaIndex()))
print(sum(1 for x in [Box(0), Box(1), Box(5)] if x), [bool(Box(i)) for i in range(3)])
while Box(0):
    print("never")
print("done")
