# Argument handling of the search methods of str and bytes: the find family counts
# arguments like PyArg_ParseTuple, partition hands back self and sep themselves,
# removeprefix names its argument like Argument Clinic, zip() counts keywords first.

def show(f):
    try:
        r = f()
        print(repr(r) if not isinstance(r, tuple) else [type(x).__name__ for x in r])
    except Exception as e:
        print(type(e).__name__, e)

for name in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
    show(lambda: getattr('abc', name)())
    show(lambda: getattr(b'abc', name)(b'a', 0, 1, 2))
show(lambda: bytearray(b'abc').count())

class S(str):
    pass

class B(bytes):
    pass

show(lambda: S('ab').partition('x'))
show(lambda: S('ab').rpartition('x'))
show(lambda: 'ab'.partition(S('a')))
show(lambda: B(b'ab').partition(b'x'))
show(lambda: B(b'ab').rpartition(b'x'))
show(lambda: b'ab'.partition(bytearray(b'a')))
show(lambda: bytearray(b'ab').partition(b'a'))
show(lambda: bytearray(b'ab').partition(b'x'))
s = 'no separator here'
print(s.partition('#')[0] is s, s.rpartition('#')[2] is s)

show(lambda: 'abc'.removeprefix(b'a'))
show(lambda: 'abc'.removesuffix(1))
show(lambda: 'abc'.replace(1, 'x'))
show(lambda: zip(strict=True, other=1))
show(lambda: zip(other=1))
show(lambda: list(zip([1], strict=True)))
