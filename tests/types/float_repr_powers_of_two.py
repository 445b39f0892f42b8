# Shortest float repr where the rounding interval is asymmetric (powers of two):
# the shortest string can be one unit away from the correctly rounded digits.
vals = [2.0 ** -24, 2.0 ** -30, 2.0 ** 60, 2.0 ** -1074, 2.0 ** 1023, 1e23, 9007199254740993.0]
for k in range(-1074, 1024, 37):
    vals.append(2.0 ** k)
for k in (-60, -24, 3, 70, 200):
    vals.append(3 * 2.0 ** k)
for v in vals:
    print(repr(v), str(-v), float(repr(v)) == v)
