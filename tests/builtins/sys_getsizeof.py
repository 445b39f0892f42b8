import sys
cases = [
    ("object()", object()), ("None", None), ("True", True), ("0", 0), ("1", 1), ("2**30", 2 ** 30),
    ("2**60", 2 ** 60), ("2**100", 2 ** 100), ("1.0", 1.0), ("1j", 1j),
    ("''", ""), ("'a'", "a"), ("'abc'", "abc"), ("'é'", "é"), ("'€'", "€"), ("'😀'", "😀"), ("'ab€'", "ab€"),
    ("b''", b""), ("b'abc'", b"abc"), ("()", ()), ("(1,)", (1,)), ("(1, 2, 3)", (1, 2, 3)),
    ("[]", []), ("[1]", [1]), ("[1, 2, 3]", [1, 2, 3]), ("list(range(3))", list(range(3))),
    ("[0] * 3", [0] * 3), ("{}", {}), ("{'a': 1}", {"a": 1}), ("{1: 1}", {1: 1}),
    ("set()", set()), ("{1, 2, 3, 4}", {1, 2, 3, 4}), ("{1, 2, 3, 4, 5}", {1, 2, 3, 4, 5}),
    ("frozenset()", frozenset()),
]
for label, obj in cases:
    print(f"{label:18} {sys.getsizeof(obj)}")
a, b, c = 1, 2, 3
print("[a, b, c]", sys.getsizeof([a, b, c]))
class P:
    pass
class S1:
    __slots__ = ("a",)
class S3:
    __slots__ = ("a", "b", "c")
class S0:
    __slots__ = ()
print("P()", sys.getsizeof(P()), "S1()", sys.getsizeof(S1()), "S3()", sys.getsizeof(S3()), "S0()", sys.getsizeof(S0()))
def f():
    pass
print("function", sys.getsizeof(f), "lambda", sys.getsizeof(lambda: 0), "bound method", sys.getsizeof(P().__init__ if False else [].append) > 0)
print(sys.getsizeof(sys) > 0, sys.getsizeof(1, "default"))
print(sys.getsizeof("x" * 100) - sys.getsizeof(""), sys.getsizeof(tuple(range(10))) - sys.getsizeof(()))
