# __reduce__ / __setstate__ of the index-based builtin iterators (list, reversed list,
# tuple, range, longrange, str, bytes, bytearray): fresh, part consumed and exhausted.
def show(label, it):
    print(label, type(it).__name__, it.__reduce__(), it.__length_hint__())

def states(label, make, n):
    it = make(); show(label, it)
    for _ in range(n): next(it)
    show(label, it)
    list(it); show(label, it)

states("list", lambda: iter([1, 2, 3]), 1)
states("rlist", lambda: reversed([1, 2, 3]), 2)
states("tuple", lambda: iter((1, 2)), 1)
states("range", lambda: iter(range(1, 10, 3)), 2)
states("rrange", lambda: reversed(range(5)), 1)
states("lrange", lambda: iter(range(2**64, 2**64 + 9, 4)), 1)
states("str", lambda: iter("abc"), 2)
states("ustr", lambda: iter("\xe9t\u20ac"), 1)
states("bytes", lambda: iter(b"xyz"), 1)
states("bytearray", lambda: iter(bytearray(b"xy")), 1)

# __setstate__ clips the index into the valid range
for make in (lambda: iter([1, 2, 3]), lambda: reversed([1, 2, 3]), lambda: iter((1, 2, 3)),
             lambda: iter(range(3)), lambda: iter(range(2**70, 2**70 + 3)),
             lambda: iter("abc"), lambda: iter(b"abc"), lambda: iter(bytearray(b"abc"))):
    for st in (-5, 1, 99, True):
        it = make(); it.__setstate__(st)
        print(type(it).__name__, st, it.__reduce__()[2], list(it))
# exhausted iterators ignore the state
it = iter([1, 2]); list(it); it.__setstate__(0); print(list(it), it.__reduce__())

# wrong state types
class Idx:
    def __index__(self): return 1
for make in (lambda: iter([1]), lambda: reversed([1]), lambda: iter("a"), lambda: iter(b"a"),
             lambda: iter(range(3)), lambda: iter(range(2**70))):
    for st in ("x", 1.5, Idx(), 2**70):
        it = make()
        try:
            it.__setstate__(st); print(type(it).__name__, type(st).__name__, "ok", it.__reduce__()[2])
        except Exception as e:
            print(type(it).__name__, type(st).__name__, type(e).__name__, e)
print(iter([]).__setstate__(0), iter([1]).__reduce__.__doc__, iter([1]).__setstate__.__doc__)
