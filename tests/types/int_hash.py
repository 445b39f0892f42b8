print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61))
print(hash(2 ** 61 - 2), hash(2 ** 62), hash(2 ** 100) == hash(2 ** 100 % (2 ** 61 - 1)))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2.5), hash(float("inf")), hash(float("-inf")), hash(-1.0))
print(hash(1.5) == hash(3 / 2), hash(10 ** 20) == hash(1e20))
print(hash(()), hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash(1 + 0j) == hash(1), hash(complex(0, 1)))
d = {1: "int", 2: "two"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({1.0: "x", 1: "y"}, {0: "a", False: "b", 0.0: "c"})
print(len({1, 1.0, True}), len({0, -0.0, False}))
print(hash(-(2 ** 61 - 1)), hash(-(2 ** 61)), hash(12345678901234567890))
class H:
    def __hash__(self):
        return -1
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()) == hash(2 ** 70))
for v in ([], {}, set()):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash("a") == hash("a"), hash(b"a") == hash("a"))
print(hash(frozenset()) == hash(frozenset()), hash(None) == hash(None))
print(hash(2 ** 61 - 1 + 5))
