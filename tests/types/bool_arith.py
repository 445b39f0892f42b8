print(True + True, True - False, True * 10, True / 2, -True, ~True, ~False, +True)
print(True & False, True | False, True ^ True, type(True & False).__name__)
print(type(True | 1).__name__, True & 3, False | 4)
print(True == 1, False == 0, True is True, True is not False)
print(bool(0), bool(1), bool(-1), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool({}), bool(set()), bool(range(0)))
print(str(True), repr(False), int(True), float(False), f"{True}", f"{True:d}", format(True, "5"))
print(sum([True, True, False]), max(True, 2), sorted([True, False, True]))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(True.__class__.__name__, bool.__bases__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool(), bool is type(False), True is bool(1), not None)
print(["no", "yes"][True], {True: "t"}[1], hash(True), hash(False))
print(True ** 2, 2 ** True, divmod(True, True), True // True, True % 2)
print(True << 3, True >> 1, abs(True), round(True))
print((True).real, (True).imag, True.numerator, True.bit_length())
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
print(bool(Z()), bool(L()), not Z(), bool(object()))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
