s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 5), s.rfind("zz"))
print(s.index("world"), s.rindex("l"))
try:
    s.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zzz")
except ValueError as e:
    print(type(e).__name__, e)
print(s.find("l", -5), s.find("l", 3, 4), s.find("o", -100, 100))
print("abc".find("c", 5), "aaa".find("aa", 1), "aaa".rfind("aa"))
print("日本語".find("語"), "héllo".index("l"))
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
print(s.count("l"), s.count("hello"), s.count("l", 5))
print("a" in "abc", "abc".__contains__("bc"))
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("hello", None, None), s.startswith("world", 6))
words = s.replace(",", "").split()
print(words, words.index("hello"), words.count("hello"))
print("a-b-c".find("-"), "a-b-c".find("-", 2), "a-b-c".rfind("-", 0, 3))
