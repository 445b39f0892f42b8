# Seeding: ints, negative ints, big ints, floats, str, bytes; same seed, same stream.
import random

for s in [42, 0, -42, 1, 2**32, 2**70 + 12345, 3.5, "hello", b"bytes", bytearray(b"ba"), ""]:
    random.seed(s)
    print(repr(s), random.random(), random.getrandbits(16))

random.seed(123)
a = [random.random() for _ in range(3)]
random.seed(123)
b = [random.random() for _ in range(3)]
print(a == b, a)

r = random.Random(7)
print(r.random(), r.randint(1, 6), r.getrandbits(1), r.getrandbits(0))
print(r.getrandbits(33), r.getrandbits(64), r.getrandbits(200))
try:
    r.getrandbits(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.seed([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(random.Random("x").random() == random.Random("x").random())
print(random.Random(5).randbytes(10))
