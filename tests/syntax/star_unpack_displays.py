a = [1, 2]
b = (3, 4)
print([*a, *b])
print((*a, *b))
print({*a, *b})
print([0, *a, 5, *range(2), *"xy"])
print((*a,))
print(*a, *b)
print(*a, sep="-")
s = {*()}
print(s, type(s).__name__)

d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2})
print({**d2, **d1})
print({"z": 0, **d1, "a": 9})
print({**{}})

def f(*args, **kw):
    return args, kw
print(f(*a, *b, **d1, **{"x": 1}))
print(f(*[], **{}))
print(f(1, *a, 2, *b, k=1, **d2))
try:
    print([*5])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({**[1]})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
gen = (x * x for x in range(4))
print([*gen], [*gen])
