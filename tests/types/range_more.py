r = range(-10, 10, 3)
print(list(r), len(r), r[0], r[-1], r[2:5], r[::-1], list(r[::-2]))
print(-10 in r, -7 in r, 8 in r, 9 in r, r.index(8), r.count(-1))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(1, 1), range(1, 2) == range(1, 3, 5))
print(hash(range(0, 10, 2)) == hash(range(0, 9, 2)), len({range(3), range(0, 3)}))
print(list(range(5, -5, -2)), list(range(-1, -10, -4)), list(range(3, 3)), list(range(3, 2)))
big = range(0, 10 ** 18, 7)
print(big[10 ** 15], 7 * 10 ** 15 in big, 7 * 10 ** 15 + 1 in big, big.index(7000))
print(range(10)[-100:100], range(10)[5:2], range(10)[::3][1:], range(0, 30, 3)[2::2])
print(sum(range(0, 101, 5)), min(range(5, 10)), max(range(5, 10)), sorted(range(3), reverse=True))
print(reversed(range(3)).__class__.__name__, list(reversed(range(0, 10, 4))))
it = iter(range(3))
print(next(it), list(it), list(it))
print(repr(range(0, -5, -1)), str(range(3)), bool(range(0)), bool(range(-1, 0)))
print(range(3).start, range(3).stop, range(3).step, range(1, 10, 4)[1])
try:
    range(0, 10)[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3).index(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 3
print(range(I()), I() in range(5) if False else 3 in range(5), range(10)[I()])
print(list(zip(range(3), range(10, 13))), dict(zip(range(2), "ab")))
