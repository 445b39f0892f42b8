print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((255).to_bytes(1, "big"), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-128).to_bytes(1, "little", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"))
for args in [(256, 1, "big", False), (-1, 1, "big", False), (128, 1, "big", True)]:
    try:
        args[0].to_bytes(args[1], args[2], signed=args[3])
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes(b"", "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
n = 123456789 ** 5
print(int.from_bytes(n.to_bytes(20, "little"), "little") == n)
print((5).to_bytes(2, byteorder="big"), (5).to_bytes(length=2, byteorder="little"))
print((1).to_bytes(), int.from_bytes(b"\x07"))
print((3).real, (3).imag, (3).numerator, (3).denominator, (3).conjugate())
print((-7).as_integer_ratio(), (10).is_integer() if hasattr(10, "is_integer") else "n/a")
print(int.__name__, int.__mro__)
