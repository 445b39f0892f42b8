# findall/finditer/split/sub/subn argument handling: pos/endpos conversion and
# clamping, wrong string types, str subclasses and bytes-like subjects, counts.
import re


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        if type(r).__name__ == 'callable_iterator':
            r = [(m.span(), m.group(), m.pos, m.endpos, type(m.string).__name__) for m in r]
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class S(str):
    pass


class I:
    def __index__(self):
        return 1


p = re.compile(r'(\w)(\d)?')
pb = re.compile(rb'(\w)(\d)?')
for args in [('a1 b2 c',), ('a1 b2 c', 2), ('a1 b2 c', -5, 4), ('a1 b2 c', 3, 2),
             ('a1 b2 c', 0, 2 ** 70), ('a1 b2 c', None), ('a1 b2 c', 0, None), ('a1 b2 c', 1.0),
             ('a1 b2 c', I(), I()), (S('a1 b2'),), (b'a1',), (bytearray(b'a1'),), (7,)]:
    show(p.findall, *args)
    show(p.finditer, *args)
for args in [(b'a1 b2',), (bytearray(b'a1 b2'),), (memoryview(b'a1 b2'),), (b'a1', 1), ('a1',),
             (None,)]:
    show(pb.findall, *args)
    show(pb.finditer, *args)
    show(pb.split, *args[:1])
    if not isinstance(args[0], memoryview):   # CPython 3.11: AttributeError 'join'
        show(pb.sub, b'<\\1>', *args[:1])
        show(pb.subn, lambda m: m.group(1).upper(), *args[:1])
for s in ['a1 b2 c3', S('a1 b2 c3')]:
    show(p.split, s)
    show(p.split, s, 1)
    show(p.split, s, -1)
    show(p.split, s, maxsplit=I())
    show(p.split, s, 1.5)
    show(p.sub, '[\\2]', s)
    show(p.sub, '[\\2]', s, 2)
    show(p.sub, '[\\2]', s, count=-3)
    show(p.subn, lambda m: type(m.string).__name__, s, 1)
    show(p.sub, '-', s, 'x')
show(p.sub, '-', 5)
show(p.split, [1])
show(re.compile('').split, 'ab')
show(re.compile('x*').sub, '-', 'abxd')
show(re.compile('x*').findall, 'abxd')
