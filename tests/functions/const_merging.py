# Equal constants of one compilation are one object, inside tuples too.
x = ('a b', 'a b')
print(x[0] is x[1])
y = ('a b', ('a b', 1))
print(y[0] is y[1][0])
def f():
    return 'a b'
print(f() is x[0])
t = (1.5, 1.5, 2)
print(t[0] is t[1])
z = ((1, 2), (1, 2))
print(z[0] is z[1])
print((0.0, -0.0), (1, True, 1.0), (0.0, -0.0)[1])
