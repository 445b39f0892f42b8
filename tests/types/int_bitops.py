for a in (0, 5, -5, 12, -12, 255, -256):
    print(a, a & 3, a | 3, a ^ 3, ~a, a << 2, a >> 1)
print(-1 >> 100, -(2 ** 100) >> 99, 1 >> 1000)
print(-1 & 0xFF, -2 & 0xFFFF, -(2 ** 70) & (2 ** 72 - 1))
print((2 ** 100) | 1, (2 ** 100) ^ (2 ** 100), -(2 ** 64) | 5)
print(~(2 ** 100), ~-(2 ** 100))
print(1 << 0, 1 << 63, 1 << 64, -1 << 64)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
for n in (0, 1, 2, 255, 256, -1, -256, 2 ** 64, -(2 ** 64), 2 ** 100 - 1):
    print(n, n.bit_length(), bin(n).count("1"))
print((5).bit_count() if hasattr(5, "bit_count") else "no bit_count", (-7).bit_count())
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(0 >> 5, 0 << 5, -7 >> 1, -7 // 2)
