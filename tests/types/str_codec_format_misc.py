# Small CPython behaviours of str: the namereplace error handler (encode only), a NUL
# fill character in format specs, ',' / '_' separator clashes, str.maketrans argument
# checks in Argument Clinic's order.

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = 'aé\u20ac\U0001F600\ud800\x85\u4e00\uac00'
show(lambda: s.encode('ascii', 'namereplace'))
show(lambda: s.encode('latin-1', 'namereplace'))
show(lambda: 'x\udcff'.encode('utf-8', 'namereplace'))
show(lambda: b'a\xff'.decode('ascii', 'namereplace'))
show(lambda: b'a\xff'.decode('utf-8', 'xmlcharrefreplace'))

# NUL is a fill character like any other
show(lambda: format('a', '\x00<5'))
show(lambda: format(1.5, '\x00<6'))
show(lambda: format(7, '\x00^5'))
show(lambda: format(-7, '\x00=5'))
show(lambda: format(1j, '\x00>6'))

for spec in [',_', '_,', ',,', ',,f', '_,d', ',d', '__']:
    show(lambda: format(1234, spec))

show(lambda: str.maketrans(1, 2))
show(lambda: str.maketrans(1, 'a'))
show(lambda: str.maketrans('a', 'b', 3))
show(lambda: str.maketrans('ab', 'c'))
show(lambda: str.maketrans(1))
show(lambda: sorted(str.maketrans('ab', 'cd', 'e').items()))
