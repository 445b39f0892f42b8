# json: default=, JSONEncoder subclasses, skipkeys, circular references, subclasses.
import json

try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "k": 4}, skipkeys=True))
try:
    json.dumps({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({1, 2, 3}, default=sorted))

class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)

print(json.dumps([1j, 2 + 3j], cls=E), E(indent=1).encode({"c": 1j}))
try:
    json.dumps(object(), cls=E)
except TypeError as e:
    print(type(e).__name__, e)
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(type(e).__name__, e)
d = {}
d['self'] = d
try:
    json.dumps(d)
except ValueError as e:
    print(type(e).__name__, e)

class Loop:
    pass

try:
    json.dumps(Loop(), default=lambda o: [o])
except ValueError as e:
    print(type(e).__name__, e)

class MyInt(int):
    def __repr__(self):
        return 'no'

class MyFloat(float):
    pass

class MyStr(str):
    pass

class MyList(list):
    pass

class MyDict(dict):
    pass

print(json.dumps([MyInt(5), MyFloat(2.5), MyStr("s"), MyList([1]), MyDict(a=1)]))
print(json.dumps({MyInt(7): 1}), json.dumps([True, 1, 1.0]))
print(E().encode("é"), E(ensure_ascii=False).encode("é"))
