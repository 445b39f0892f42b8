t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t), "hello".translate(t))
t2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(t2), sorted(t2.items()))
t3 = str.maketrans("ab", "AB", "xyz")
print("axbycz".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
print("abc".translate({97: 98, 98: "bb"}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print(type(e).__name__, e)
class Rot13(dict):
    def __missing__(self, k):
        c = chr(k)
        if "a" <= c <= "z":
            return (k - 97 + 13) % 26 + 97
        return k
print("hello world".translate(Rot13()))
print("日本".translate({ord("日"): "月"}))
print(str.maketrans("", ""), "unchanged".translate({}))
