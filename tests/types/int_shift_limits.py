# Left shifts too big to compute fail as in CPython: OverflowError once the result
# would pass the maximal number of 30-bit digits, MemoryError below that.

def show(label, f):
    try:
        r = f()
        print(label, r if r.bit_length() < 80 else r.bit_length())
    except Exception as e:
        print(label, type(e).__name__, e)

for n in [2**62, 2**63, 2**64, 30 * 2**61 - 60, 30 * 2**61, 2**70, 2**200]:
    for a in [1, -5, 2**100]:
        show((n.bit_length(), a.bit_length()), lambda: a << n)

# the cheap cases still work
show('zero', lambda: 0 << 2**100)
show('small', lambda: 3 << 70)
show('neg', lambda: -3 << 5)
show('rshift huge', lambda: (2**100) >> 2**100)
show('rshift neg huge', lambda: (-2**100) >> 2**100)
show('negative count', lambda: 1 << -1)
show('float count', lambda: 1 << 1.0)
