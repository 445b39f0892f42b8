x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(1 == 1 == 1, 1 == 1 != 2, 1 < 2 < 3 < 4 < 5)
print(3 > 2 > 1, 3 > 2 > 2)
print(1 < 2 == 2 >= 2 <= 3 != 4)

calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls, "(short-circuit: third not evaluated)")
calls.clear()
print(v(1) < v(5) > v(2))
print(calls, "(middle evaluated once)")

a = [1, 2]
b = a
c = [1, 2]
print(a is b is not c, a == b == c)
print(1 in [1, 2] in [[1, 2]])
print("a" < "b" < "c", (1, 2) < (1, 3) < (2,))
print(None is None is None)
try:
    print(1 < "a" < 2)
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 and 2 < 3 or False)
print(not 1 < 2)
print(0 < 0.5 < 1 < 1.5 < True + 1)
