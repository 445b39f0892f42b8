print(format(3.14159, "8.3f") + "|", format(-42, "+06d"), format(42, "_b"), format(0.000123, ".2e"))
print(format("txt", "*^9"), format(12345678, ",d"), format(0.5, "%"), format(1 / 3, ".4"))
print(format(True, "d"), format(False, "b"), format(None, ""), format(b"x", "") if False else repr(format("")))
print(format(65, "c"), format(8364, "c"), format(-0.0, ".1f"), format(float("inf"), "10.2f") + "|")
print(format(1234.5, "010.1f"), format(-1234.5, "010.1f"), format(1234.5, "+,.2f"), format(1e6, ",.0f"))
print(format(255, "#x"), format(255, "#o"), format(255, "#b"), format(255, "x").upper(), format(255, "#X"))
print(format(0.1, ".17f"), format(0.1, ".25f"), format(1e22, "f"), format(1e-5, "f"))
print(format(2 ** 70, ","), format(-(2 ** 70), "_x"), format(2 ** 70, "e"), format(10 ** 20, ".3g"))
print(format(1.0, "g"), format(10.0, "g"), format(1e16, "g"), format(123456789, "n"), format(0.0, "e"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec or "") + "°C"
t = Temp(21.5)
print(format(t), format(t, ".0f"), format(t, ".1F"), f"{t:>8.2f}", "{:.2F}".format(t))
for bad in ("d", ".2d", "#s", "c"):
    try:
        print(format(1.5, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    format(1, "1000000000000000000000d")
except ValueError as e:
    print(type(e).__name__, e)
print(format(12, "5"), format("ab", "5"), format(1.5, "5"), "|")
