x = 1000
y = x
x += 1
print(x, y, x is y)
a = 256
b = int("256")
print(a is b)
c = 257
d = int("257")
print(c == d, c is d)
print(int("-5") is int("-5"), int("-6") is int("-6"))
n = 5
print(n + 251 is int("256"), n + 252 is int("257"))
print(isinstance(True, int), issubclass(bool, int), type(5) is int)
print(abs(-5), abs(5), -(-5), +(-5))
print(max(3, 7), min(3, 7), sum([1, 2, 3]))
print(int.__add__(3, 4), (3).__mul__(5), (7).__rsub__(10))
print((3).__add__(1.0), (3).__eq__("3"))
print(3 == 3.0, 3 < 3.5, 4 > 3.5, 1 == 1 + 0j)
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"), 10 ** 400 > 1e308)
print(repr(12), str(-12), format(12), f"{12}")
print(round(12345, -2), round(-15, -1), round(25, -1), round(7))
print((42).__index__(), [1, 2, 3][True])
print(sorted([3, -1, 2 ** 70, -2 ** 70, 0]))
print(int.__doc__ is not None, (5).__class__.__name__)
print(divmod(-(2 ** 70), 3))
print(0 == -0, str(-0))
