z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(complex(1, 2), complex(), complex(5), complex("1+2j"), complex(" 3j "), complex("-1.5-2.5j"))
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j), (1 + 1j) ** 2)
print(z == 3 + 4j, z != 3, 1 + 0j == 1, complex(2, 0) == 2.0)
print(-z, +z, z - 1, 2 * z, z / 2)
print(repr(1j), repr(-1j), repr(complex(0, 0)), repr(complex(-0.0, -0.0)), repr(complex(1, -0.0)))
print(complex(float("inf"), float("nan")), 1e300j * 1e300j)
print(type(z).__name__, isinstance(z, complex), hash(3 + 0j) == hash(3))
try:
    z < z
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j // 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    complex("1+")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(1j, 2), 2 ** 1j == complex(2 ** 1j))
print(f"{1+2j}", f"{3.14159+2.5j:.2f}", str(1.5j))
print(complex(1, 2).__class__.__name__, (2j).imag, (2j).real)
print(0j == 0, bool(0j), bool(1j))
print(sum([1j, 2, 3.5]))
