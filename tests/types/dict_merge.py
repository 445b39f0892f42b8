a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
a |= b
print(a, c is a)
a |= [("w", 0)]
print(a)
try:
    a | [("q", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= 5
except TypeError as e:
    print(type(e).__name__, e)
print({} | {}, {1: 1} | {}, {} | {1: 1})
m = {"k": [1]}
n = m | {}
n["k"].append(2)
print(m, n is m)
class D(dict):
    pass
print(type(D(a=1) | {"b": 2}).__name__, type({"b": 2} | D(a=1)).__name__)
x = {"a": 1}
x.update({"a": 2}, a=3)
print(x)
x.update()
print(x)
try:
    x.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.update([[1, 2, 3]])
except ValueError as e:
    print(type(e).__name__, e)
class KeysOnly:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k * 2
x.update(KeysOnly())
print(x, dict(KeysOnly()))
print({**a, **b} == a | b)
