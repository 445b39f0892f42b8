r = range(10)
print(r, range(1, 10), range(1, 10, 2), range(10, 0, -3), range(0))
print(len(r), len(range(1, 10, 2)), len(range(10, 0, -3)), len(range(5, 1)), len(range(0, -10, -1)))
print(list(range(5)), list(range(2, 8, 3)), list(range(5, 0, -1)), list(range(-3, 3)))
print(r[0], r[-1], r[3], range(0, 100, 7)[5], range(10, 0, -2)[-1])
print(r[2:5], r[::-1], r[::2], r[1::3], range(0, 20, 2)[3:7], list(range(10, 0, -1)[::2]))
print(5 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2), 5.0 in r, "5" in r)
print(r.index(7), range(0, 20, 5).index(15), r.count(3), r.count(11))
try:
    r.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(range(5) == range(0, 5), range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2))
print(r.start, r.stop, r.step, range(3, 9, 2).stop)
big = range(10 ** 20)
print(len(big) if False else big[-1], big[10 ** 19], 10 ** 19 in big, big[::10 ** 19])
try:
    len(range(2 ** 63 + 5))
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)))
print(sum(range(101)), max(range(7)), sorted(range(3), reverse=True))
