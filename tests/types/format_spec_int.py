n = 1234567
for spec in ["", "d", "10", "<10", ">10", "^10", "*^12", "+", "-", " ", "010", "+010", ",", "_", "15,", "010,",
             "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#_b", "c", "n", "=+12", "0=12", "e", ".2f", "%", "g"]:
    try:
        print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)) if spec != "c" else "")
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
for spec in [".2", ",b", "#c", "s", "=10s", "z"]:
    try:
        print(repr(format(42, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(format(0, "#x"), format(0, "#b"), format(-0, "+"), format(True, "d"), format(True, ""))
print(format(10 ** 25, ","), format(-(10 ** 25), "_"), format(2 ** 64, "#x"))
print(format(255, "08b"), format(255, "#010b"), format(-255, "#010x"), format(7, "^#6o"))
