print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None == None, None is None, None != 0, None == False, None == "")
NoneType = type(None)
print(NoneType() is None, isinstance(None, NoneType))
try:
    NoneType(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(None) == hash(None), {None: "key"}[None], [None] * 2)
def f():
    pass
print(f() is None, print() is None)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print((1).__add__("x") is NotImplemented, (1).__eq__(None) is NotImplemented)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis, bool(...))
x = [1, ..., 3]
print(x, x.index(...), ... in x)
def stub():
    ...
print(stub())
try:
    type(...)()
except TypeError as e:
    print("ellipsis type call:", type(e).__name__)
print(type(...)() is ... if True else None)
print(sorted([None, None], key=lambda v: 0), [v for v in [None, 0, ""] if v is not None])
d = {"k": None}
print(d.get("k", "default"), d.get("missing", "default"), "k" in d)
