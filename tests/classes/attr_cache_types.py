# One attribute or method site seeing instances of several classes: what the inline
# cache remembered for one class (a key's position, or that the name is not an
# instance attribute) must not leak into another class with as many keys.
class A:
    x = "class A"
    def m(self):
        return "A.m"
    def __init__(self):
        self.a = 1

class B:
    def __init__(self):
        self.x = "instance B"
        self.m = lambda: "B instance m"

class C:
    x = "class C"
    def m(self):
        return "C.m"
    def __init__(self):
        self.x = "instance C"

def get(o):
    return o.x

def call(o):
    return o.m()

def put(o, v):
    o.y = v
    return o.y

for o in [A(), A(), B(), B(), A(), C(), B(), C(), A()]:
    print(type(o).__name__, get(o), call(o), put(o, type(o).__name__ + "-y"))

a = A()
print(get(a))
a.x = "now instance A"
print(get(a), get(A()))
del a.x
print(get(a))
a.m = lambda: "shadowed"
print(call(a), call(A()))

# Two classes with as many instance keys: the name is absent from the first's keys
# and present in the second's (where it shadows a class attribute or method).
class P:
    x = "class P"
    def m(self):
        return "P.m"
    def __init__(self):
        self.a = 1
        self.b = 2

class Q:
    x = "class Q"
    def m(self):
        return "Q.m"
    def __init__(self):
        self.x = "instance Q"
        self.m = lambda: "instance Q m"

for o in [P(), P(), Q(), Q(), Q(), P(), P(), Q(), Q()]:
    print(type(o).__name__, get(o), call(o))
