print(repr("  hi  ".strip()), repr("  hi  ".lstrip()), repr("  hi  ".rstrip()))
print("xxhixx".strip("x"), "abchicba".strip("abc"), "hello".strip("lo"), "\t\n x \r\n".strip())
print("www.example.com".lstrip("w."), "file.txt.bak".rstrip(".bak"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("abcabc".replace("bc", ""), "hello".replace("l", "L", 0), "x".replace("x", "xyz"))
print("banana".replace("ana", "_"), "".replace("", "x"), "ab".replace("", "-", 1))
print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "file.py".removesuffix(".py"), "a".removesuffix(""))
try:
    "x".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".replace("x")
except TypeError as e:
    print(type(e).__name__, e)
print("hello world".count("o"), "aaaa".count("aa"), "abc".count(""), "abc".count("c", 0, 2))
print("hello".startswith("he"), "hello".startswith(("x", "h")), "hello".startswith("l", 2))
print("hello".endswith("lo"), "hello".endswith(("a", "b")), "hello".endswith("l", 0, 4))
try:
    "x".startswith(["x"])
except TypeError as e:
    print(type(e).__name__, e)
print("a\u00a0b".strip(), repr("\u3000x\u3000".strip()))
print("-".join("mississippi".split("ss")))
print("tab\there".replace("\t", "    "))
