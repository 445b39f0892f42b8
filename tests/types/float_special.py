inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan == 1)
print([nan] == [nan], nan in [nan], float("nan") in [float("nan")])
l = [nan]
print(l == l, l.count(nan), l.index(nan))
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(inf / inf, 1 / inf, -1 / inf)
print(0.0 == -0.0, str(-0.0), repr(0.0 * -1))
print(abs(-0.0), abs(-inf), -nan == -nan)
print(max(1.0, inf), min(-inf, 0.0))
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
for f in (inf, nan):
    for op in ("as_integer_ratio", "__int__"):
        try:
            getattr(f, op)()
        except (OverflowError, ValueError) as e:
            print(op, type(e).__name__, e)
print(round(inf) if False else "skip", sorted([3.0, -inf, inf, 0.0]))
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(inf == 10 ** 1000, inf > 10 ** 1000, hash(inf), hash(-inf))
print(2.0 ** 1024 if False else "pow overflow:")
try:
    2.0 ** 1024
except OverflowError as e:
    print(type(e).__name__, e)
print(10.0 ** -400, (-8.0) ** 3)
