# bytes.hex(sep, bytes_per_sep) checks sep as CPython's _Py_strhex_impl does: its
# length first (len() of anything), then its type (str or bytes), then ASCII.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for sep in [':', b'-', ' ', 'é', '\U0001F600', b'\xff', 1, '::', '', bytearray(b':'), [1]]:
    show(lambda: b'abcde'.hex(sep))
    show(lambda: bytearray(b'abcde').hex(sep, 2))

show(lambda: b'abcdef'.hex(':', -4))
show(lambda: b'abcdef'.hex(':', 0))
show(lambda: b''.hex(':'))
show(lambda: b'ab'.hex(sep=':', bytes_per_sep=1))
show(lambda: b'ab'.hex(bytes_per_sep=1))
