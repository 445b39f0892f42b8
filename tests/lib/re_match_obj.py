# re.Match objects: group/groups/groupdict/start/end/span/m[g] with numbers, names,
# __index__ objects and bad indexes; defaults; bytes-like subjects; the type itself.
import copy
import re


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class BadIdx:
    def __index__(self):
        raise ValueError('nope')


m = re.search(r'(?P<first>\w+) (?P<second>\d+)?(x)?', 'hello world abc 42')
print(m, bool(m), type(m).__name__, type(m).__module__, isinstance(m, re.Match))
for g in [0, 1, 2, 3, 4, -1, 'first', 'second', 'third', b'first', True, False, Idx(1), Idx(9),
          BadIdx(), 1.0, None, (1,), 2 ** 80]:
    show(m.group, g)
    show(m.__getitem__, g)
    show(m.start, g)
    show(m.end, g)
    show(m.span, g)
show(m.group)
show(m.group, 0, 'first', 2)
show(m.group, 0, 'zzz')
show(m.groups)
show(m.groups, 'DEF')
show(m.groups, default=0)
show(m.groupdict)
show(m.groupdict, '?')
show(m.groupdict, default=[])
show(m.start, 0, 1)
show(m.groups, 1, 2)
print(m.re.pattern, m.string, m.pos, m.endpos, m.regs, m.lastindex, m.lastgroup)
print(m.expand(r'\2-\1-\g<first>'))
print(copy.copy(m) is m, copy.deepcopy(m) is m)
try:
    m.pos = 3
except AttributeError as e:
    print('AttributeError')
try:
    re.Match()
except TypeError as e:
    print('TypeError')
m2 = re.compile(r'b+').search('aabbbcc', 1, 6)
print(m2, m2.pos, m2.endpos, m2.span())
mb = re.search(rb'(\d+)(?P<n>[a-z])', b'xx12ab')
print(mb, mb.group(1), mb['n'], mb.groups(), mb.groupdict())
mba = re.search(rb'(\d+)', bytearray(b'xx12ab'))
print(mba.span(1), mba.string)
mu = re.search(r'(\w+)\s(\w+)', 'caf\u00e9 \U0001f600x na\u00efve')
print(mu, mu.groups(), mu.span(2))
print([m.group(1) for m in re.finditer(r'(a)|b', 'abab')])
print([(m.start(1), m.end(1), m.span(1)) for m in re.finditer(r'(a)|b', 'ab')])
print(re.match('a', 'a')[0], re.fullmatch('a+', 'aaa').end())
class MyStr(str):
    pass
ms = re.search(r'b', MyStr('abc'))
print(type(ms.string).__name__, type(ms.group()).__name__, ms.group())
