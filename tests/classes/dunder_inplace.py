class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Acc({self.items})"
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + list(other))
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self

a = Acc([1])
alias = a
a += [2]
print(a, alias, a is alias)
a = a + [3]
print(a, alias, a is alias)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 5
print(o.v, o is before)

class Weird:
    def __iadd__(self, o):
        return "iadd returned a string"
w = Weird()
w += 1
print(w)

class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
n = NotImpl()
n += 1
print(n)
class Ops:
    def __init__(self):
        self.log = []
    def __isub__(self, o):
        self.log.append("isub"); return self
    def __imul__(self, o):
        self.log.append("imul"); return self
    def __itruediv__(self, o):
        self.log.append("itruediv"); return self
    def __ifloordiv__(self, o):
        self.log.append("ifloordiv"); return self
    def __imod__(self, o):
        self.log.append("imod"); return self
    def __ipow__(self, o):
        self.log.append("ipow"); return self
    def __ior__(self, o):
        self.log.append("ior"); return self
    def __iand__(self, o):
        self.log.append("iand"); return self
x = Ops()
x -= 1; x *= 1; x /= 1; x //= 1; x %= 1; x **= 1; x |= 1; x &= 1
print(x.log)
try:
    y = object()
    y += 1
except TypeError as e:
    print(type(e).__name__, e)
