# shuffle, sample (small and large populations, counts), choices (weights, cum_weights).
import random

random.seed(99)
x = list(range(20))
random.shuffle(x)
print(x)
print(random.sample(range(100), 10))
print(random.sample(range(10**6), 5))
print(random.sample("abcdefghij", 4))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.choices("abc", k=8))
print(random.choices("abc", weights=[1, 0, 5], k=8))
print(random.choices("abc", cum_weights=[1, 2, 10], k=8))
print(random.choices(range(3)))
for call in [lambda: random.sample(range(3), 5),
             lambda: random.sample({1, 2}, 1),
             lambda: random.choices("ab", [1], k=2),
             lambda: random.choices("ab", 3),
             lambda: random.choices("ab", [1, 1], cum_weights=[1, 2]),
             lambda: random.choices("ab", [0, 0]),
             lambda: random.sample("ab", 1, counts=[1])]:
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
r = random.Random(1)
d = list("abcdef")
r.shuffle(d)
print(d)
