# cmath: values bit for bit (repr), special values, branch cuts, errors, conversions.
import cmath, math
inf, nan = math.inf, math.nan

def show(f, *args, **kw):
    try:
        print(f.__name__, args, kw, repr(f(*args, **kw)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

parts = [-inf, -2.5, -1.0, -0.0, 0.0, 1e-310, 0.5, 1.0, 800.0, 1e300, inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh", "phase", "polar"]
for name in names:
    f = getattr(cmath, name)
    for re in parts:
        row = []
        for im in parts:
            try:
                row.append(repr(f(complex(re, im))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
        print(name, re, " ".join(row))
for r in [-inf, -1.0, -0.0, 0.0, 2.0, inf, nan]:
    for phi in [-inf, -0.0, 0.0, 1.0, inf, nan]:
        show(cmath.rect, r, phi)
show(cmath.log, 8, 2); show(cmath.log, 0, 2); show(cmath.log, 2, 1); show(cmath.log, 0)
show(cmath.log, -1j, 1 + 1j); show(cmath.log); show(cmath.log, 1, 2, 3)
show(cmath.sqrt, -1); show(cmath.sqrt, complex(-4, -0.0)); show(cmath.exp, 1000)
show(cmath.cosh, complex(1000, 1)); show(cmath.polar, complex(1e308, 1e308))
show(cmath.phase, complex(1e300, 1e-310)); show(cmath.atanh, 1); show(cmath.atanh, -1.0)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, inf)), cmath.isnan(complex(nan, 0)))

class C:
    def __repr__(self): return "C()"
    def __complex__(self): return 3 + 4j
class F:
    def __repr__(self): return "F()"
    def __float__(self): return 2.0
class I:
    def __repr__(self): return "I()"
    def __index__(self): return 9
class Bad:
    def __repr__(self): return "Bad()"
    def __complex__(self): return 5
for arg in [C(), F(), I(), True, 10**20, "x", Bad(), None]:
    show(cmath.sqrt, arg)
show(cmath.isclose, 1 + 1j, 1 + 1.0000000001j); show(cmath.isclose, 1j, 1.1j, rel_tol=0.2)
show(cmath.isclose, 0j, 1e-10j, abs_tol=1e-9); show(cmath.isclose, complex(inf, 1), complex(inf, 1))
show(cmath.isclose, 1, 2, 3); show(cmath.isclose, 1, 2, rel_tol=-1)
show(cmath.isclose, 1, 2, rel_tol="a"); show(cmath.isclose, 1)
show(cmath.isclose, 1, 2, x=1); show(cmath.isclose, a=1, b=1)
show(cmath.rect, 1); show(cmath.rect, "a", 1); show(cmath.sqrt)
