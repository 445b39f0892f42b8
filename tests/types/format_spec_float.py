vals = [3.14159265, -2.5, 1234567.891, 0.000012345, 1e22, 0.0, -0.0, float("inf"), float("nan")]
for v in vals:
    print(repr(v), "|", format(v, ""), format(v, "f"), format(v, ".2f"), format(v, "e"), format(v, ".3E"),
          format(v, "g"), format(v, ".3G"), format(v, "%"), format(v, ".1%"), format(v, "n"))
for spec in ["10.3f", "<10.2f", "^12.1f", "*>10.1f", "+.2f", " .2f", "010.2f", "+010.2f", ",.2f", "_.3f",
             "12,.1f", "#.0f", ".0f", ".0e", "#.0e", "#g", ".10g", ".1g", "=+10.1f", "z.1f", ".2", "10", "r"]:
    try:
        print(repr(spec), repr(format(1234.5678, spec)), repr(format(-0.0004, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(1e16, ""), format(1e16, "g"), format(123456.0, "g"), format(1234567.0, "g"), format(0.0001, "g"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(1.0, ""), format(100.0, ".0"), format(1e5, ".3"))
