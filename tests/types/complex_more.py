z = complex(3, -4)
print(z, abs(z), z.conjugate(), z * z.conjugate(), (z * z.conjugate()).real)
print(complex("2"), complex("-j"), complex("1e3+1e-3j"), complex(1.5, 0), complex(0, -0.0))
print(1j ** 2, 2j * 2j, (1 + 1j) / (1 - 1j), (2 + 0j) ** 0.5, 4 ** 0.5j == complex(4 ** 0.5j))
print(z == complex(3, -4), z != 3, 3 + 0j == 3, 0.5 + 0j == 0.5, hash(2 + 0j) == hash(2))
print(z + 1, 1 + z, z - 1j, 2 * z, z * 1.5, z / 1j)
print(repr(complex(1, 0)), repr(complex(0, 1)), repr(complex(-1, -1)), repr(complex(1e20, 1e-20)))
print(str(complex(float("inf"), 1)), str(complex(1, float("nan"))))
print(bool(0j), bool(0 + 1e-300j), type(1j.real).__name__, 1j.imag)
for bad in ("1+2i", "j1", "1 + 2j", "", "(1+2j"):
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    complex("1", 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(1j) < 1j
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j % 2
except TypeError as e:
    print(type(e).__name__, e)
print(format(1.5 + 2.25j, ".1f"), format(1 + 1j, ">10"), f"{3j:g}", f"{1+1j!r}")
print(sum([1j] * 4), [1j, 2j] == [1j, 2j], sorted([3, 1], key=lambda v: complex(v, 0).real))
