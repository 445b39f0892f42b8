for n in (0, 1, 255, -255, 2 ** 64, -(2 ** 70)):
    print(n, hex(n), oct(n), bin(n))
class I:
    def __index__(self):
        return 10
print(hex(I()), oct(I()), bin(I()), hex(True))
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hex("10")
except TypeError as e:
    print(type(e).__name__, e)
print(format(255, "x"), format(255, "#010b"), format(3.14159, ".2f"), format("s", "^5"), format(1234, ","))
print(format(None), format([1]), format(0.5), format(12), repr(format("")), format(1e100))
print(format(10, ""), format(10.0, ""), format(True, ""), format("x"))
try:
    format(1, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print(int(hex(12345), 16), int(oct(12345), 8), int(bin(12345), 2))
print(hex(-1)[0], len(bin(2 ** 100)) - 2)
