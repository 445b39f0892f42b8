class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.k + sum(rest)) * scale

double = Multiplier(2)
print(double(5), double(5, 1, 1), double(1, scale=10), double.calls)
print(callable(double), callable(Multiplier), callable(5), callable(print), callable(lambda: 0))
print(list(map(Multiplier(3), [1, 2, 3])))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return self
c = Counter()
c()()()
print(Counter.count)
class Factory:
    def __call__(self, cls_name):
        return type(cls_name, (), {"made_by": "Factory"})
K = Factory()("Made")
print(K.__name__, K.made_by, K().made_by)
inst = Multiplier(1)
inst.__call__ = lambda x: "instance attribute ignored"
print(inst(7))
class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def slow_square(n):
    print("  computing", n)
    return n * n
print(slow_square(4), slow_square(4), sorted(slow_square.cache.items()))
print(type(slow_square).__name__)
