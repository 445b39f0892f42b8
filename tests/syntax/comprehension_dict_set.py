print({k: k * k for k in range(5)})
print({c: i for i, c in enumerate("hello")})
print({x % 3 for x in range(10)})
print({x for x in [3, 1, 2, 3, 1]})
words = ["apple", "bob", "cat", "apple"]
print({w: len(w) for w in words})
print({len(w) for w in words})
d = {"a": 1, "b": 2}
print({v: k for k, v in d.items()})
print({k: v for k, v in zip("xyz", range(3)) if v})
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
print({(a, b): a * b for a in range(2) for b in range(2)})
k = "kept"
_ = {k: 0 for k in range(3)}
print(k)
try:
    {[x]: 0 for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
order = []
def key(x):
    order.append(("k", x))
    return x
def val(x):
    order.append(("v", x))
    return x
{key(i): val(i) for i in range(2)}
print(order)
print({i: i for i in [1, 1.0, True]})
