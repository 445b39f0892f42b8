print(repr("ab".center(6)), repr("ab".center(7)), repr("abc".center(6, "*")), repr("abc".center(2)))
print(repr("ab".ljust(5)), repr("ab".rjust(5, "-")), repr("abc".ljust(2)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3))
print("-".zfill(3), "1.5".zfill(6), "--1".zfill(5))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
for w in range(0, 8):
    print(w, repr("odd".center(w, ".")), repr("ev".center(w, ".")))
print("é".center(5, "€"), "日本".rjust(4, "・"))
table = [("apple", 3), ("kiwi", 12), ("banana", 7)]
for name, qty in table:
    print(name.ljust(8) + "|" + str(qty).rjust(4) + "|")
