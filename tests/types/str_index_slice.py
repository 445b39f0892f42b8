s = "Hello, World"
print(s[0], s[-1], s[7], s[-5], len(s))
print(s[0:5], s[7:], s[::-1], s[::3])
for i in (12, -13, 100):
    try:
        s[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    s[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0] = "h"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print("lo" in s, "xyz" in s, "" in s, "" in "")
print([c for c in "abc"], list("héllo"))
print(s * 2, 2 * "ab", "ab" * 0, "ab" * -3)
print(s + "!", "a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "é" > "z")
print(min("hello"), max("hello"), sorted("hello"))
print(s.__len__(), s.__getitem__(1), s.__contains__("W"))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
u = "日本語テキスト"
print(u[2], u[1:4], u[::-1], len(u))
print(str(), repr(str()), str(123), str(1.5), str([1, "a"]), str(None))
print("abc"[True], "abc"[-True])
it = iter("xy")
print(next(it), next(it), next(it, "end"))
