# Bases whose instance layouts cannot be combined
tries = {
    "two slotted": "class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ('b',)\nclass C(A, B): pass",
    "slotted + empty": "class A:\n    __slots__ = ('a',)\nclass B:\n    __slots__ = ()\nclass C(A, B): pass",
    "slotted + plain": "class A:\n    __slots__ = ('a',)\nclass B: pass\nclass C(A, B): pass",
    "plain + slotted": "class A: pass\nclass B:\n    __slots__ = ('b',)\nclass C(A, B): pass",
    "list + dict": "class C(list, dict): pass",
    "int + str": "class C(int, str): pass",
    "list + slotted": "class B:\n    __slots__ = ('b',)\nclass C(list, B): pass",
    "list + empty": "class B:\n    __slots__ = ()\nclass C(list, B): pass",
    "exc + exc": "class C(ValueError, KeyError): pass",
    "exc + oserror": "class C(ValueError, OSError): pass",
    "same slot base": "class A:\n    __slots__ = ('a',)\nclass B(A): pass\nclass D(A): pass\nclass C(B, D): pass",
    "subclass chain": "class A:\n    __slots__ = ('a',)\nclass B(A):\n    __slots__ = ('b',)\nclass C(B, A): pass",
    "dict slot + plain": "class A:\n    __slots__ = ('__dict__',)\nclass B: pass\nclass C(A, B): pass",
    "weakref slot + plain": "class A:\n    __slots__ = ('__weakref__',)\nclass B: pass\nclass C(A, B): pass",
    "int + float": "class C(int, float): pass",
}
for label, src in tries.items():
    ns = {}
    try:
        exec(src, ns)
        C = ns["C"]
        print(f"{label}: ok, base {C.__base__.__name__}, mro {[k.__name__ for k in C.__mro__]}")
    except TypeError as e:
        print(f"{label}: {type(e).__name__}: {e}")
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class Mix(B, A):
    __slots__ = ("c",)
m = Mix()
m.a, m.b, m.c = 1, 2, 3
print(m.a, m.b, m.c, hasattr(m, "__dict__"))
