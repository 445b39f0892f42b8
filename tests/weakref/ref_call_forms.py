# weakref.ref(...) call forms: argument counts, keywords, unreferenceable objects,
# a subclass with its own __init__, the shared ref without callback.
import weakref


class A:
    pass


a = A()
for args, kw in [((), {}), ((a, None, 3), {}), ((a,), {"callback": None}), ((5,), {})]:
    try:
        weakref.ref(*args, **kw)
    except TypeError as e:
        print("TypeError", e)


class R(weakref.ref):
    def __new__(cls, ob, cb=None, extra=1):
        return super().__new__(cls, ob, cb)

    def __init__(self, ob, cb=None, extra=1):
        super().__init__(ob, cb)
        self.extra = extra


r = R(a, None, 7)
print(r.extra, r() is a, type(r).__name__, weakref.ref(a) is weakref.ref(a))
calls = []
w = weakref.ref(a, lambda ref: calls.append(ref is w))
del a
print(calls, w())
