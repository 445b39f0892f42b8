# math.gamma and math.lgamma agree with CPython 3.11 to the last bit (its own
# Lanczos algorithm, not the C library's), including poles, overflow and tiny values.
import math, random
random.seed(5)
vals = ([random.uniform(-180, 180) for _ in range(150)] + [random.uniform(-5, 5) for _ in range(150)]
        + [random.uniform(0, 1e-3) for _ in range(20)] + [x / 4 for x in range(-60, 60)])
for v in vals:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(repr(v), *out)
for v in [1e-300, 5e-324, -5e-324, 1e308, 171.6, 171.7, -171.7, 200.5, -200.5, 250.0,
          -250.5, 1e20, float('inf'), float('-inf'), float('nan'), -0.0, 0.0, 1.0, 2.0,
          -1.0, 23.0, 24.0, 0.5, 140.0, 139.9, 140.1, -139.9, -140.1, True, 3]:
    for f in (math.gamma, math.lgamma):
        try:
            r = repr(f(v))
        except (ValueError, OverflowError) as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(repr(v), f.__name__, r)
