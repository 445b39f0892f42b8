# Deeply nested containers: repr/str/== end in RecursionError (default limit), not a crash.
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print(type(e).__name__, e)
d = {}
for i in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print(type(e).__name__, e)
t = ()
for i in range(100000):
    t = (t,)
try:
    t == t[0]
except RecursionError as e:
    print(type(e).__name__, e)
shallow = [[[[[1]]]]]
print(repr(shallow), str({"a": {"b": {"c": {}}}}))
cyc = [1]
cyc.append(cyc)
print(repr(cyc))
dcyc = {"self": None}
dcyc["self"] = dcyc
print(repr(dcyc))
a = [1]
b = [a]
a.append(b)
print(a, b)
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f"Node({self.child!r})"
try:
    repr(Node())
except RecursionError as e:
    print(type(e).__name__, e)
del l, d, t
print("freed deep structures")
