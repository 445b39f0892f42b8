# bytes(), bytearray() and int.from_bytes() reject bad sources with CPython's own
# messages: each constructor names itself, and only bytes() consults __bytes__.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for src in [-1, 1.5, None, [300], [1, 'a'], "x"]:
    show(lambda: bytes(src))
    show(lambda: bytearray(src))

# errors= alone is not an encoding
show(lambda: bytes('x', errors='strict'))
show(lambda: bytearray('x', errors='strict'))
show(lambda: bytes(1, errors='strict'))
show(lambda: bytearray(1, encoding='utf-8'))
show(lambda: bytes('é', 'latin-1', 'strict'))

class WithBytes:
    def __bytes__(self):
        return b'BB'

class StrWithBytes(str):
    def __bytes__(self):
        return b'from-dunder'

show(lambda: bytes(WithBytes()))
show(lambda: bytearray(WithBytes()))      # bytearray ignores __bytes__
show(lambda: bytes(StrWithBytes('s')))     # __bytes__ wins over the str check

# bytearray mutators say "byte", bytes says "bytes"
ba = bytearray(b'abc')
def assign():
    ba[0:1] = [256]
show(assign)
show(lambda: ba.extend([1, 999]))

# int.from_bytes goes through PyObject_Bytes: no int sizes, no str
show(lambda: int.from_bytes(5, 'big'))
show(lambda: int.from_bytes('ab', 'big'))
show(lambda: int.from_bytes([1, 2], 'big'))
show(lambda: int.from_bytes(WithBytes(), 'little'))
show(lambda: int.from_bytes(b'\x01', byteorder=1))
show(lambda: (1).to_bytes(1, byteorder=1))
