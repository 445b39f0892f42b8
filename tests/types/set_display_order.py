# The iteration order of set displays made of constants: CPython folds them into a
# frozenset constant (rebuilt once by its constant merging) that SET_UPDATE copies.
import random

print({0, 5, 21, 31}, {0, 5, 21}, {8, 16, 24, 0}, {1, 9, 17, 25, 33})
x = 21
print({0, 5, x, 31})
s = set(); s.update(frozenset((0, 5, 21, 31))); print(s)
print(set([0, 5, 21, 31]), frozenset((0, 5, 21, 31)))
random.seed(1)
for trial in range(200):
    items = random.sample(range(100), random.randint(3, 12))
    src = "{" + ", ".join(map(str, items)) + "}"
    print(list(eval(src)), list(eval("{-1, " + src[1:])), list(set(items)))
print({1.5, 2.5, 9.5, 17.5}, {(1, 2), (2, 1), (0, 0)}, {True, 2, 3})
