words = ["hello world", "HELLO", "hElLo WoRlD", "they're bill's", "élan über", "ß straße", "123abc", "ǅ"]
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
print("ß".upper(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("Σ".lower(), "ΑΣ".lower(), "ὈΔΥΣΣΕΎΣ".lower())
print("HELLO".isupper(), "Hello".isupper(), "hello".islower(), "123".islower(), "a1".islower())
print("Hello World".istitle(), "Hello world".istitle(), "".istitle())
print("abc".islower(), "ABC".isupper(), "ÉÀ".isupper())
print("mixed Case".title(), "o'neil mc-donald".title(), "3rd place".capitalize())
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print("hello"[0].upper() + "hello"[1:], "X".lower() * 3)
for s in ("", "a", "A", "1", " "):
    print(repr(s), repr(s.upper()), repr(s.title()), repr(s.capitalize()), s.isupper(), s.islower())
print("abc".upper().lower() == "abc", "ABC".swapcase().swapcase())
print("hello world".title().swapcase())
print("ﬃ".casefold(), "ﬃ".lower(), "ﬃ".upper())
print("µ".upper(), "µ".casefold(), "ÿ".upper())
print("a_b-c d".title(), "x1y2".title(), "ÉCOLE".capitalize())
s = "MiXeD"
print(s.upper(), s, "strings are immutable: methods return new strings")
