# unittest.mock: magic methods on MagicMock / Mock (defaults, configuration, deletion)
import re
import math
from unittest.mock import Mock, MagicMock, NonCallableMagicMock, call

def r(x):
    return re.sub(r"id='\d+'", "id=ID", x if type(x) is str else repr(x))

def err(f, *a, **k):
    try:
        res = f(*a, **k)
        print("  ok", r(res))
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, r(str(e))))

print("-- defaults")
m = MagicMock()
print(len(m), list(iter(m)), bool(m), int(m), float(m), complex(m), 1 in m)
print(m.__index__(), [1, 2, 3][m], m.__lt__(1), m.__gt__(1), m.__le__(1), m.__ge__(1))
err(lambda: m < 1)
err(lambda: m >= 1)
print(m == m, m == 1, m != m, m != 1, hash(m) == hash(m), hash(m) == object.__hash__(m))
print(r(str(m)), r(str(MagicMock(name='nm'))))
print(m.__sizeof__() == object.__sizeof__(m))
with m as entered:
    print(r(entered), entered is m.__enter__.return_value)
print(m.__exit__.call_args)
try:
    with m:
        raise KeyError('x')
except KeyError as e:
    print("propagated", e)
m.__exit__.return_value = True
with m:
    raise KeyError('swallowed')
print("swallowed")
print(r(m[1]), r(m + 1), r(1 + m), r(-m), r(abs(m)), r(~m), r(m @ m), r(divmod(m, 2)))
x = m
x += 1
print(r(x))
print(r(round(m)), r(math.trunc(m)), r(math.floor(m)), r(math.ceil(m)))
print(r(m.__fspath__()).split('/')[0:2])
print(r(next(m)))

print("-- configuring")
m = MagicMock()
m.__len__.return_value = 3
m.__iter__.return_value = [1, 2]
m.__getitem__.side_effect = lambda k: k * 2
m.__contains__.return_value = True
m.__bool__.return_value = False
m.__int__.return_value = 9
m.__str__.return_value = 'mystr'
m.__eq__.return_value = False
print(len(m), list(m), list(m), m[4], 'z' in m, bool(m), int(m), str(m), m == m)
m.__iter__.return_value = iter([7, 8])
print(list(m), list(m))
m.__lt__.return_value = True
print(m < 3, m.__lt__.call_args)
m.__hash__.return_value = 42
print(hash(m))
print(m.__len__.call_count > 0, m.__str__.call_args)

print("-- Mock with explicit magics")
m = Mock()
err(len, m)
m.__len__ = lambda self: 11
print(len(m))
m.__iter__ = Mock(return_value=iter('ab'))
print(list(m))
m.__str__ = Mock(return_value='via mock')
print(str(m), r(m.__str__))
def getitem(self, k):
    return (k, self is m)
m.__getitem__ = getitem
print(m[5], m.__getitem__ is getitem)
m.__call__ = lambda self: 'no effect on calls'
print(r(m()))
del m.__len__
err(len, m)
err(lambda: m.__len__)
err(setattr, m, '__getattr__', lambda s, n: 1)
err(setattr, m, '__del__', lambda s: 1)

print("-- isolation between instances")
a = MagicMock(); b = MagicMock()
a.__len__.return_value = 5
print(len(a), len(b), type(a) is type(b), type(a).__name__)
b.__iter__.return_value = [1]
print(list(a), list(b))

print("-- deleting magics")
m = MagicMock()
del m.__getitem__
err(lambda: m['x'])
m2 = MagicMock()
m2['a']
del m2.__getitem__
err(lambda: m2['a'])
m3 = MagicMock()
del m3.__iter__
err(lambda: type(iter(m3)).__name__)

print("-- non-default magics")
m = MagicMock()
err(lambda: m.__reversed__)
m.__reversed__ = Mock(return_value=iter([3, 2]))
print(list(reversed(m)))
m.__format__ = Mock(return_value='fmt')
print(format(m, 'x'), f'{m}')
m.__repr__ = lambda self: 'custom repr'
print(repr(m))

print("-- spec and magics")
m = MagicMock(spec=['__len__', 'x'])
print(len(m))
err(lambda: type(iter(m)).__name__)
err(lambda: m['k'])
class Container:
    def __getitem__(self, k): pass
    def __len__(self): return 0
m = MagicMock(spec=Container)
print(len(m), r(m[1]))
err(lambda: type(iter(m)).__name__)
m = MagicMock()
m.mock_add_spec(['__iter__'])
print(list(m))
err(len, m)
n = NonCallableMagicMock()
print(len(n), bool(n), r(n))
err(n)
print(type(n.foo).__name__, type(n.__len__).__name__)

print("-- magic mock children repr / names")
m = MagicMock(name='mm')
print(r(m.__len__), r(m.__getitem__), r(m.__getitem__.return_value))
print(r(m.__aenter__), type(m.__aenter__).__name__, type(m.__aiter__).__name__)
m.__getitem__(1).foo(2)
print(m.mock_calls)
