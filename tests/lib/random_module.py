# Module-level functions share one hidden instance; independent Random instances.
import random

random.seed(12345)
print(random.random(), random.randint(0, 9), random.choice('xyz'), random.getrandbits(40))
print(random.uniform(-1, 1), random.randrange(0, 100, 3), random.randbytes(6))
lst = list(range(8))
random.shuffle(lst)
print(lst, random.sample(lst, 3), random.choices(lst, k=3))
print(random.gauss(), random.normalvariate(), random.expovariate(2.0), random.triangular(1, 3))
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
a, b = random.Random(1), random.Random(1)
print(a.random() == b.random(), a.random() == random.Random(2).random())
random.seed(1)
print(random.random() == random.Random(1).random())
print(sorted(n for n in dir(random) if not n.startswith('_') and n.islower())[:12])
print(isinstance(random._inst, random.Random), random.Random.__mro__[1].__name__)
r = random.Random()
r.seed(99)
print(r.random(), [r.randint(1, 3) for _ in range(10)])
random.seed(2 ** 200 - 1)
print(random.random(), random.randrange(2 ** 100))
print(random.Random(0).sample(range(10 ** 9), 3), random.Random(b'abc').random(), random.Random('abc').random())
s = random.SystemRandom()
print(0 <= s.random() < 1, 0 <= s.randrange(10) < 10, len(s.randbytes(5)), s.getrandbits(0))
try:
    s.getstate()
except NotImplementedError as e:
    print(type(e).__name__, e)
