vals = [int(s) for s in ("-6", "-5", "0", "100", "256", "257", "1000")]
again = [int(s) for s in ("-6", "-5", "0", "100", "256", "257", "1000")]
for a, b in zip(vals, again):
    print(a, a is b)
x = 1000
y = x
x += 1
print(x, y, x is y)
x -= 1
print(x == y, x is y)
small = 10
other = 10
print(small is other)
big1 = 10 ** 10
big2 = 10 ** 10
print(big1 == big2)
def f():
    return 1000
def g():
    return 1000
print(f() is f(), f() is g())
n = 5
print(n * 51 + 1 is int("256"), n * 51 + 2 is int("257"))
print(sum([100, 100, 56]) is 256 + 0 * n if False else "sum result cached:", sum([100, 100, 56]) is int("256"))
t = True
print(t + 0 is int("1"), abs(-3) is int("3"), len("abcd") is int("4"))
two = 2
print(two ** 8 is int("256"), two ** 9 is int("512"))
r = range(250, 260)
print([v is int(str(v)) for v in r])
print(int("-5") is -5 + 0 * n, (-6 + 0 * n) is int("-6"))
