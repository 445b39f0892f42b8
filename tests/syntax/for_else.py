for i in range(3):
    print("i", i)
else:
    print("for-else ran")

for i in range(10):
    if i == 2:
        break
else:
    print("not printed")
print("stopped at", i)

for ch in "":
    print("never")
else:
    print("empty loop else")

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)

d = {"a": 1, "b": 2}
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(k, v)

primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)

for i in range(3):
    pass
print("after loop i =", i)

class Holder:
    pass
h = Holder()
for h.attr in [1, 2]:
    pass
lst = [0, 0]
for lst[0] in [5, 6]:
    pass
print(h.attr, lst)
