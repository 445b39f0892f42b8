s = "text"
for spec in ["", "s", "10", "<10", ">10", "^10", "-^10", "*<7", ".2", "10.2", ">3", "^5.3", "=^11", "0>8"]:
    print(repr(spec), repr(format(s, spec)))
for spec in ["d", "=10", "+", ",", "#", "x"]:
    try:
        format(s, spec)
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(repr(format("", "^5")), repr(format("é€", "*^6")), repr(format("日本", ">4")))
print(repr(format(None, "")), repr(format([1, 2], "")), repr(format((1,), "")))
try:
    format([1], ">5")
except TypeError as e:
    print(type(e).__name__, e)
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "xyz"), "{:abc}".format(F()), f"{F():!r}")
class Bad:
    def __format__(self, spec):
        return 5
try:
    format(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print("{:>{}}|".format("w", 4), "{:{}{}}|".format("a", "^", 5))
print(format(True, "^7"), format(1 + 2j, ">12"), format(1 + 2j, ".1f"))
print("%-6s|%6s|" % ("ab", "cd"), "{:<6}|{:>6}|".format("ab", "cd"))
