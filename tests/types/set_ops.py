a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [7]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 9]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4})
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}))
x = set(a)
x |= {10}
x &= {1, 2, 10}
x -= {2}
x ^= {3, 1}
print(x)
y = {1, 2, 3}
y.intersection_update([2, 3, 4])
print(y)
y.difference_update([3])
print(y)
y.symmetric_difference_update({2, 5})
print(y)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
print(a.union(), a.union() is a, a.intersection() == a)
alias = a
a |= {99}
print(alias is a, 99 in alias)
a = a | {100}
print(alias is a, 100 in alias)
print({1, 2} - {1, 2}, set() | set(), {1} & set())
print({1, 2, 3} == {3, 2, 1}, {1, 2}.__eq__([1, 2]))
