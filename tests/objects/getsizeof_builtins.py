# sys.getsizeof of built-in objects (CPython 3.11, 64-bit)
import sys
values = [
    ("object()", object()), ("None", None), ("True", True), ("0", 0), ("1", 1), ("2**30", 2 ** 30),
    ("2**60", 2 ** 60), ("2**100", 2 ** 100), ("-1", -1), ("1.0", 1.0), ("1j", 1j),
    ('""', ""), ('"a"', "a"), ('"abc"', "abc"), ('"é"', "é"), ('"€"', "€"), ('"😀"', "😀"),
    ('"ab€"', "ab€"), ('b""', b""), ('b"abc"', b"abc"), ("()", ()), ("(1,)", (1,)),
    ("(1, 2, 3)", (1, 2, 3)), ("[]", []), ("[1]", [1]), ("[1, 2, 3]", [1, 2, 3]),
    ("list(range(3))", list(range(3))), ("[0] * 3", [0] * 3), ("{}", {}), ('{"a": 1}', {"a": 1}),
    ("{1: 1}", {1: 1}), ("set()", set()), ("{1, 2, 3, 4}", {1, 2, 3, 4}),
    ("set(range(5))", set(range(5))), ("frozenset()", frozenset()), ("bytearray()", bytearray()),
    ("range(10)", range(10)), ("slice(1)", slice(1)), ("Ellipsis", ...), ("NotImplemented", NotImplemented),
]
for label, v in values:
    print(label, sys.getsizeof(v))
a, b, c = 1, 2, 3
print("[a, b, c]", sys.getsizeof([a, b, c]))
print("6 int keys", sys.getsizeof({i: i for i in range(6)}))
def f(): pass
class P: pass
print("function", sys.getsizeof(f), "lambda", sys.getsizeof(lambda: 0), "module", sys.getsizeof(sys) > 0)
print("bound method", sys.getsizeof(P().__init__) if False else sys.getsizeof(P.__init__.__get__(P())))
print("class", sys.getsizeof(P) > sys.getsizeof(P()), "int type", sys.getsizeof(int) > 0)
print("object().__sizeof__", object().__sizeof__(), "[] __sizeof__", [].__sizeof__(), "() __sizeof__", ().__sizeof__())
print("tuple+8", sys.getsizeof((1, 2)) - sys.getsizeof((1,)), "bytes+1", sys.getsizeof(b"ab") - sys.getsizeof(b"a"))
print(sys.getsizeof(1, "default ignored"))
class NoSize:
    def __sizeof__(self):
        return -1
try:
    sys.getsizeof(NoSize())
except ValueError as e:
    print(type(e).__name__, e)
class Custom:
    def __sizeof__(self):
        return 100
print("custom", sys.getsizeof(Custom()))
class BigSize:
    def __sizeof__(self):
        return 2 ** 70
try:
    sys.getsizeof(BigSize())
except OverflowError as e:
    print(type(e).__name__)
