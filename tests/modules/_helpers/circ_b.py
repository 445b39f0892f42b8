print("  [circ_b starts]")
from _helpers import circ_a
B_VALUE = "b value"
print("  [circ_b sees circ_a.A_EARLY =", circ_a.A_EARLY + ", has A_LATE:", hasattr(circ_a, "A_LATE"), "]")
