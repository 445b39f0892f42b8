# WeakSet set operations.
import gc
import weakref
gc.disable()

class E:
    def __init__(self, n):
        self.n = n

e = [E(i) for i in range(6)]
def show(s):
    return sorted(x.n for x in s)

s1 = weakref.WeakSet(e[0:4])
s2 = weakref.WeakSet(e[2:6])
print("union", show(s1 | s2), show(s1.union(e[5:6])))
print("intersection", show(s1 & s2), show(s1.intersection([e[0], e[5]])))
print("difference", show(s1 - s2), show(s1.difference(e[0:1])))
print("symmetric", show(s1 ^ s2), show(s1.symmetric_difference(e[3:5])))
print(type(s1 | s2).__name__)
print("subset", weakref.WeakSet(e[0:2]) <= s1, s1 <= s2, s1.issubset(e), s1 < s1)
print("superset", s1 >= weakref.WeakSet(e[1:3]), s1.issuperset(e[0:1]), s1 > s1)
print("disjoint", s1.isdisjoint(e[4:6]), s1.isdisjoint(s2))
print("eq", s1 == weakref.WeakSet(e[0:4]), s1 == s2, s1 == set(e[0:4]))

t = weakref.WeakSet(e[0:3])
t.update(e[3:4])
t |= weakref.WeakSet(e[4:5])
print(show(t))
t -= weakref.WeakSet(e[0:1])
t.difference_update(e[1:2])
print(show(t))
t &= weakref.WeakSet(e[2:6])
t.intersection_update(e[3:6])
print(show(t))
t ^= weakref.WeakSet(e[4:6])
print(show(t))
t.symmetric_difference_update(e[0:1])
print(show(t))
t -= t
print(show(t))
u = s1 | s2
del e[5]
print("union result is weak too:", show(u))
try:
    hash(s1)
except TypeError as ex:
    print(type(ex).__name__, ex)
