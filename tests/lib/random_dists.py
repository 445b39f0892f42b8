# Real-valued distributions for a fixed seed, and getstate/setstate round trips.
import random

r = random.Random(31337)
print(r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 2))
print(r.normalvariate(), r.normalvariate(10, 2))
print(r.gauss(), r.gauss(), r.gauss(5, 1))
print(r.expovariate(1.5), r.lognormvariate(0, 1))
print(r.vonmisesvariate(1.0, 4.0), r.vonmisesvariate(0, 0))
print(r.gammavariate(0.5, 1), r.gammavariate(1.0, 2), r.gammavariate(3.0, 1.5))
print(r.betavariate(2, 3), r.paretovariate(3), r.weibullvariate(1, 1.5))
try:
    r.gammavariate(0, 1)
except ValueError as e:
    print(type(e).__name__, e)

state = r.getstate()
print(type(state).__name__, state[0], len(state[1]), state[2])
a = [r.random() for _ in range(5)]
r.setstate(state)
print(a == [r.random() for _ in range(5)])
random.seed(8)
s = random.getstate()
g1 = random.gauss()
random.setstate(s)
print(g1 == random.gauss())
try:
    r.setstate((2, (), None))
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.setstate((1, (), None))
except ValueError as e:
    print(type(e).__name__, e)

class MyRandom(random.Random):
    pass
m = MyRandom(3)
print(type(m).__name__, m.random() == random.Random(3).random())
