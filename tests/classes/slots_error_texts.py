# Every AttributeError / ValueError / TypeError that __slots__ produces
class C:
    __slots__ = ("a",)
    count = 0
c = C()
tests = ["c.a", "c.b", "c.b = 1", "c.count = 1", "del c.a", "del c.count", "del c.zz", "c.__dict__", "c.__weakref__"]
for t in tests:
    try:
        exec(t)
        print(t, "ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
bad = [
    ("x", 'class K:\n    __slots__ = ("x",)\n    x = 1'),
    ("ident", 'class K:\n    __slots__ = ("not ok",)'),
    ("int item", 'class K:\n    __slots__ = (1,)'),
    ("int", 'class K:\n    __slots__ = 5'),
    ("dict twice", 'class K:\n    __slots__ = ("__dict__", "__dict__")'),
    ("weakref twice", 'class K:\n    __slots__ = ("__weakref__", "__weakref__")'),
    ("dict in sub", 'class B: pass\nclass K(B):\n    __slots__ = ("__dict__",)'),
    ("weakref in sub", 'class B: pass\nclass K(B):\n    __slots__ = ("__weakref__",)'),
    ("int sub", 'class K(int):\n    __slots__ = ("x",)'),
    ("tuple sub", 'class K(tuple):\n    __slots__ = ("x",)'),
    ("bytes sub", 'class K(bytes):\n    __slots__ = ("x",)'),
    ("empty int sub", 'class K(int):\n    __slots__ = ()\nprint("  fine:", K(3))'),
    ("dup", 'class K:\n    __slots__ = ("a", "a")\nprint("  dup ok", K.a.__name__)'),
    ("digit", 'class K:\n    __slots__ = ("1a",)'),
    ("empty str", 'class K:\n    __slots__ = ("",)'),
    ("qualname", 'class K:\n    __slots__ = ("__qualname__",)'),
]
for label, src in bad:
    try:
        exec(src, {})
        print(label, "accepted")
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)
class M:
    __slots__ = ("__m",)
    def set(self):
        self.__m = 1
        return self._M__m
print(M().set(), sorted(k for k in M.__dict__ if "m" in k.lower() and not k.startswith("__")))
