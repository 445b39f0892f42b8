cases = [
    ("a, b = [1, 2, 3]", ValueError),
    ("a, b, c = 'ab'", ValueError),
    ("a, = []", ValueError),
    ("a, b = None", TypeError),
    ("a, *b, c = [1]", ValueError),
    ("(a, b), c = [1, 2, 3], 4", ValueError),
    ("[a, b] = {1: 2}", ValueError),
    ("a, b = 1.5", TypeError),
    ("for a, b in [1, 2]: pass", TypeError),
    ("a, b = iter([1])", ValueError),
    ("a, b = {'x': 1, 'y': 2, 'z': 3}.items()", ValueError),
]
for src, kind in cases:
    try:
        exec(src, {})
        print("no error:", src)
    except kind as e:
        print(f"{src:40} {type(e).__name__}: {e}")
ns = {}
exec("a, b = {'x': 1, 'y': 2}", ns)
print(ns["a"], ns["b"])
exec("first, *middle, last = range(6)", ns)
print(ns["first"], ns["middle"], ns["last"])
exec("(x, y), z = 'ab', 'c'", ns)
print(ns["x"], ns["y"], ns["z"])
class Two:
    def __iter__(self):
        yield "one"
        yield "two"
p, q = Two()
print(p, q)
try:
    p, q, r = Two()
except ValueError as e:
    print(type(e).__name__, e)
