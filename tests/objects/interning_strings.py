a = "hello"
b = "hel" + "lo"
print(a == b, a is b)
c = "".join(["hel", "lo"])
print(a == c, a is c)
import sys
d = sys.intern(c)
print(d is a, d == c)
e = "hello world!"
f = "hello world!"
print(e is f)
name = "identifier_string"
ns = {}
exec("other = 'identifier_string'", ns)
print(ns["other"] is name)
class K:
    pass
obj = K()
attr = "".join(["dyn", "amic"])
setattr(obj, attr, 1)
key = [k for k in vars(obj)][0]
print(key == "dynamic", key is sys.intern("dynamic"))
s1 = str(12345)
s2 = str(12345)
print(s1 == s2, s1 is s2)
empty1 = "abc"[0:0]
print(empty1 == "", empty1 is str(), len(empty1))
ch = "abc"[1]
print(ch == chr(98), ch == "b")  # identity of a folded 1-char constant is a 3.11 quirk
print(sys.intern("a" * 50) is sys.intern("a" * 50))
try:
    sys.intern(5)
except TypeError as err:
    print(type(err).__name__, err)
long1 = "x" * 5000
long2 = "x" * 5000
print(long1 == long2)
