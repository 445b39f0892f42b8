a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a == c, a is c, id(a) == id(c), id(a) != id(b))
print(None is None, type(None)() is None, (lambda: None)() is None)
print(True is (1 == 1), False is (1 == 2), bool(1) is True)
empty_t, empty_s = (), ""
print(... is Ellipsis, NotImplemented is NotImplemented, tuple() is empty_t, str() is empty_s)
obj = object()
i1 = id(obj)
lst = [obj]
print(id(lst[0]) == i1, lst[0] is obj, id(obj) == i1)
class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
v1, v2 = Val(1), Val(1)
print(v1 == v2, v1 is v2, v1 != v2)
print([v1] == [v2], v1 in [v2], [v1].index(v2))
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan], [float("nan")] == [float("nan")])
t1 = (1, [2])
t2 = (1, [2])
print(t1 == t2, t1 is t2)
print(int("256") is int("256"), int("257") is int("257"), int("-5") is int("-5"), int("-6") is int("-6"))
n = 200
print(n + 56 is int("256"), n + 57 is int("257"))
s1 = "".join(["ab", "c"])
s2 = "".join(["a", "bc"])
print(s1 == s2, s1 is s2)
a_bytes, abc = b"a", "abc"
print(bytes([97]) is a_bytes, chr(98) is abc[1])
x = []
print(x is not None, not x is None)
