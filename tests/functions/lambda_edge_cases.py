f = lambda: None
print(f(), f.__name__, f.__code__.co_argcount)
g = lambda *a, **k: (a, k)
print(g(), g(1, x=2))
h = lambda a, b=lambda: "inner default": b()
print(h(0))
nested = lambda x: lambda y: lambda z: x + y + z
print(nested(1)(2)(3))
print((lambda: (yield 1))().__class__.__name__)
print(list(map(lambda p: p[0] * p[1], [(1, 2), (3, 4)])))
print(sorted([(2, "b"), (1, "c"), (2, "a")], key=lambda t: (-t[0], t[1])))
k = lambda: k
print(k() is k)
adders = [lambda x, n=n: x + n for n in range(3)]
print([a(10) for a in adders])
print((lambda x: x if x > 0 else -x)(-5), (lambda: [i for i in range(3)])())
try:
    (lambda x: x)(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda *, k: k)()
except TypeError as e:
    print(type(e).__name__, e)
compose = lambda *fs: lambda x: [x := fn(x) for fn in fs][-1]
print(compose(str, len, lambda n: n * 2)(12345))
print((lambda: __name__)(), (lambda: "doc").__doc__)
counter = (lambda: (lambda c=[0]: (c.__setitem__(0, c[0] + 1), c[0])[1]))()
print(counter(), counter(), counter())
print(type(lambda: 0) is type(print) , callable(lambda: 0))
