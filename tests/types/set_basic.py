s = {5, 3, 1, 4, 2}
print(s, len(s), 3 in s, 9 not in s)
print({1, 10, 100, 7}, {-1, -2, 0, 1}, {8, 0}, {0, 8}, set(), {1, 1, 1})
s.add(6)
s.add(3)
print(s)
s.discard(6)
s.discard(99)
s.remove(5)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
p = {7}
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(type(e).__name__, e)
s.update([10, 11], (12,))
print(s)
c = s.copy()
c.clear()
print(c, s)
print(set("aaa") == {"a"}, set([3, 2, 1]), set(range(5)), set({1: 2}))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().add({})
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1})
try:
    s[0]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({3, 1, 2}), sum({1, 2, 3}), max({4, 9, 2}), {(1, 2), (1, 2)})
print(len({1, 1.0, True}), {1.0, 1}, {0.5, 1.5})
print({i * i for i in range(-3, 4)})
