# Pattern.search/match/fullmatch argument handling: pos/endpos conversion (before the
# string's type check, as CPython), clamping, overflow, bytes-like subjects.
import re


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class I:
    def __index__(self):
        return 2


p = re.compile(r'\w+')
pb = re.compile(rb'\w+')
for args in [('ab cd',), ('ab cd', 1), ('ab cd', -10), ('ab cd', 3, 4), ('ab cd', 0, -1),
             ('ab cd', 9, 99), ('ab cd', 4, 2), ('ab cd', None), ('ab cd', 0, None),
             ('ab cd', 1.5), ('ab cd', I()), ('ab cd', True, 2 ** 80), ('ab cd', -2 ** 80),
             (b'ab',), (bytearray(b'ab'),), (memoryview(b'ab'),), (5,), (None,)]:
    for f in (p.search, p.match, p.fullmatch, pb.search):
        m = None
        try:
            m = f(*args)
            print(f.__name__, m and (m.span(), m.pos, m.endpos, m.group()))
        except Exception as e:
            print(f.__name__, type(e).__name__ + ':', e)
show(p.search, string='xy z', pos=2)
show(p.search, 'a', endpos=0)
show(re.search, 'b', 'abc')
show(re.match, 'b', 'abc')
show(re.fullmatch, 'a.c', 'abc')
show(re.search, '\u00e9+', 'caf\u00e9\u00e9!', )
show(lambda: re.compile('(?P<x>\u00e9+)').search('caf\u00e9\u00e9!', 2).span('x'))
show(lambda: re.compile('b').search(memoryview(b'abc')).string)
