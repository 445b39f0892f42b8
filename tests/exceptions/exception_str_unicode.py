e = ValueError("héllo wörld €")
print(str(e), repr(e), e.args)
k = KeyError("ключ")
print(str(k), repr(k))
print(str(ValueError("日本語")), repr(ValueError("\n")), repr(ValueError("'")))
try:
    int("٣x")
except ValueError as err:
    print(err)
try:
    {"é": 1}["è"]
except KeyError as err:
    print(repr(err), str(err))
try:
    "x".encode("ascii").decode("utf-16")
except UnicodeDecodeError as err:
    print(type(err).__name__, err)
try:
    "€".encode("cp1252x")
except LookupError as err:
    print(type(err).__name__, err)
class Emoji(Exception):
    def __str__(self):
        return "😀 custom"
print(str(Emoji()), repr(Emoji()))
print(f"{ValueError('formatted')}", "%s" % ValueError("percent"), "{}".format(KeyError("fmt")))
print(str(Exception(b"bytes arg")), str(Exception(1.5)), str(Exception([1, 2])))
print(str(OSError(13, "Permission denied", "/tmp/x")), repr(OSError(13, "Permission denied")))
print(str(OSError("just message")), OSError("just message").errno)
print(str(StopIteration("s")), str(SystemExit("bye")), str(AssertionError("a", "b")))
print(len(str(ValueError("x" * 1000))), str(ValueError(None)))
