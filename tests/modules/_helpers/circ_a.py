print("  [circ_a starts]")
A_EARLY = "a early"
from _helpers import circ_b
A_LATE = "a late"
print("  [circ_a ends; circ_b.B_VALUE =", circ_b.B_VALUE + "]")
