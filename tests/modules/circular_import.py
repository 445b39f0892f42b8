import sys
print("importing circ_a")
import _helpers.circ_a as a
print(a.A_EARLY, a.A_LATE, a.circ_b.B_VALUE, a.circ_b.circ_a is a)
print(sorted(k for k in sys.modules if "circ" in k))
try:
    import _helpers.circ_bad_a
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, msg.split(" (")[0])
    print("mentions circular import:", "circular import" in msg)
print("_helpers.circ_bad_a" in sys.modules, "_helpers.circ_bad_b" in sys.modules)
