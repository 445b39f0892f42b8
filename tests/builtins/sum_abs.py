print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([1.5, 2.5]), sum([1, 2], 10))
print(sum([[1], [2], [3]], []), sum([(1,), (2,)], ()), sum([0.1] * 10))
print(sum([1, 2.5, 3j]), sum(x * x for x in range(4)), sum([True, True, False]))
print(sum([], start=5), sum(iter([1, 2]), start=0.5))
for call in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray()], bytearray()),
             lambda: sum(["a"]), lambda: sum(5), lambda: sum([1], "")):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([10 ** 20, 10 ** 20]), sum([2 ** 64] * 3), sum([-1] * 1000))
print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
print(abs(float("-inf")), abs(-False))
class Mag:
    def __abs__(self):
        return "magnitude"
print(abs(Mag()))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs()
except TypeError as e:
    print(type(e).__name__, e)
class Addable:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Addable(other + self.v)
    def __add__(self, other):
        return Addable(self.v + (other.v if isinstance(other, Addable) else other))
print(sum([Addable(1), Addable(2)]).v)
