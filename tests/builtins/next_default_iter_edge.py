def gen():
    yield 1
    return "ret"
g = gen()
print(next(g), next(g, "default"), next(g, "again"))
it = iter({})
print(next(it, None))
class Endless:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
e = Endless()
print(next(e), next(e), [next(e) for _ in range(3)])
for v in e:
    if v > 8:
        break
print("stopped at", v)
class BadNext:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    list(BadNext())
except ValueError as err:
    print(type(err).__name__, err)
try:
    next(BadNext(), "default not used for other errors")
except ValueError as err:
    print(type(err).__name__, err)
print(list(iter([1, 2, 3].pop, 1)))
data = [3, 2, 1, 0, 5]
print(list(iter(iter(data).__next__, 0)))
print(next(iter("x")), next(iter(b"x")), next(iter(range(3, 4))))
print(sum(1 for _ in iter(lambda: None, None)))
z = zip("ab", "cd")
print(next(z), next(z), next(z, "done"))
m = map(int, ["1", "x"])
print(next(m))
try:
    next(m)
except ValueError as err:
    print(type(err).__name__, err)
print(list(m))
