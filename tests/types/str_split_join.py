print("a,b,,c".split(","), "a b  c ".split(), "  lead trail  ".split())
print("a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"), " ".split(" "))
print("one\ttwo\nthree\x0bfour\x0cfive\rsix".split())
print("a--b--c".split("--"), "a--b--c".split("--", 0), "a--b--c".rsplit("--", -1))
print("x".split("x"), "xx".split("x"), "1 2 3".split(maxsplit=1))
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(("1",)))
print(", ".join(str(i) for i in range(4)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\n\nend"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\x1cb\u2028c".splitlines())
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "12345\t6".expandtabs(4), "\t".expandtabs(0))
print("a b".partition(" "), "abc".partition("x"), "a.b.c".partition("."))
print("a.b.c".rpartition("."), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("k=v=w".split("=", maxsplit=1), "path/to/file".rsplit("/", maxsplit=1)[-1])
