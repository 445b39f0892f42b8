# randrange / randint / choice: exact CPython results for a seed, and error messages.
import random

random.seed(2024)
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(8)])
print([random.randrange(50, 0, -7) for _ in range(8)])
print(random.randrange(10**30), random.randint(-10**20, 10**20))
print([random.choice("abcdefg") for _ in range(10)])
print(random.choice([1, 2, 3]), random.choice(range(1000)))

for args in [(0,), (5, 5), (1, 10, 0), (10, 1, 2)]:
    try:
        random.randrange(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.randrange(1, 10, step=2, stop=None)
except TypeError as e:
    print(type(e).__name__, e)
print(random.randint(True, 3))
