print(list(range(3)), list(range(1, 4)), list(range(0, 10, 3)), list(range(3, 0, -1)))
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([])), list(enumerate(range(2), 10 ** 20)))
for i, (a, b) in enumerate(zip("xy", "pq"), 100):
    print(i, a, b)
e = enumerate(["a", "b"])
print(type(e).__name__, next(e), next(e), next(e, "done"))
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate([], "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    range("3")
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I())), range(2, 10)[I()])
print(list(enumerate({"k": 1, "j": 2})), dict(enumerate("xy")))
words = ["zero", "one", "two"]
print({w: i for i, w in enumerate(words)})
print([i for i, c in enumerate("banana") if c == "a"])
