# %-formatting corners shared by str and bytes: '*' widths in bytes, %c through
# __index__, CPython's messages for %c out of range and for %d of a non-number.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 65

class OnlyFloat:
    def __float__(self):
        return 2.5

class OnlyInt:
    def __int__(self):
        return 3

# '*' takes the width / precision from the arguments, bytes as str
show(lambda: b"%*d|%-*d|%.*f|%*.*s|" % (4, 2, 3, 7, 2, 3.14159, 5, 2, b"abcdef"))
show(lambda: b"%*d|" % (-4, 2))
show(lambda: b"%.*d" % (-4, 2))
show(lambda: b"%*d" % ('a', 2))
show(lambda: b"%*d" % (2,))
show(lambda: "%*s|%.*d" % (-4, 'a', -2, 7))

# %c: any __index__, range errors are OverflowError
show(lambda: "%c%c" % (Idx(), 0x1F600))
show(lambda: "%c" % 0x110000)
show(lambda: "%c" % 1.5)
show(lambda: b"%c%c" % (Idx(), b"z"))
show(lambda: b"%c" % 256)
show(lambda: b"%c" % -1)
show(lambda: b"%c" % "A")

# %d wants a real number, %x an integer
show(lambda: "%d" % OnlyFloat())
show(lambda: "%d" % OnlyInt())
show(lambda: "%x" % OnlyInt())
show(lambda: "%d" % 1j)
show(lambda: "%f" % OnlyFloat())
show(lambda: b"%d" % OnlyFloat())
