# pickle: classes and functions by reference, the reduce protocol, slots,
# shared and recursive structures, and the Pickler/Unpickler hooks.
import pickle
import copyreg
import io
import collections
import dataclasses
import enum
import functools

def show(label, obj, protos=range(6)):
    for proto in protos:
        data = pickle.dumps(obj, proto)
        print(label, proto, data)

def roundtrip(obj, proto):
    return pickle.loads(pickle.dumps(obj, proto))

class Plain:
    def __init__(self, a=1, b='two'):
        self.a = a
        self.b = b
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__
    def __repr__(self):
        return 'Plain(%r)' % sorted(self.__dict__.items())

class Empty:
    pass

class Outer:
    class Inner:
        class Deepest:
            pass
        def method(self):
            pass
    def meth(self):
        return 'meth'

def func(x):
    return x * 2

show('class', Plain)
show('empty-instance', Empty())
show('instance', Plain())
show('nested', Outer.Inner)
show('deeper', Outer.Inner.Deepest)
show('function', func)
show('unbound', Outer.meth)
show('types', [Plain, Plain, func, func, Outer])
for proto in range(6):
    p = roundtrip(Plain(3, [4]), proto)
    print(proto, p, roundtrip(Outer.Inner.Deepest, proto) is Outer.Inner.Deepest,
          roundtrip(func, proto) is func, roundtrip(Outer.meth, proto) is Outer.meth)

# __slots__
class Slotted:
    __slots__ = ('x', 'y', '__z')
    def __init__(self):
        self.x = 1
        self.__z = 3
    def z(self):
        return self.__z

class SlottedDict(Slotted):
    def __init__(self):
        super().__init__()
        self.extra = 'e'

for proto in range(2, 6):
    print(proto, pickle.dumps(Slotted(), proto))
    print(proto, pickle.dumps(SlottedDict(), proto))
    s = roundtrip(SlottedDict(), proto)
    print(s.x, hasattr(s, 'y'), s.z(), s.extra)

# __getstate__ / __setstate__
class Stateful:
    def __init__(self, v):
        self.v = v
        self.cache = 'drop me'
    def __getstate__(self):
        return {'v': self.v}
    def __setstate__(self, state):
        self.v = state['v']
        self.cache = 'rebuilt'

show('stateful', Stateful(5))
for proto in range(6):
    s = roundtrip(Stateful(5), proto)
    print(proto, s.v, s.cache)

class FalseState:
    def __getstate__(self):
        return 0
    def __setstate__(self, state):
        print('setstate called', state)
show('falsestate', FalseState(), (0, 2, 4))
for proto in (0, 2, 4):
    roundtrip(FalseState(), proto)

# __getnewargs__ / __getnewargs_ex__
class WithNew:
    def __new__(cls, a, b):
        self = object.__new__(cls)
        self.args = (a, b)
        return self
    def __getnewargs__(self):
        return self.args

class WithNewEx:
    def __new__(cls, a, *, key):
        self = object.__new__(cls)
        self.args = (a, key)
        return self
    def __getnewargs_ex__(self):
        return (self.args[0],), {'key': self.args[1]}

show('newargs', WithNew(1, 'b'), (2, 3, 4, 5))
show('newargs_ex', WithNewEx(1, key='k'), (4, 5))
for proto in (2, 4, 5):
    print(proto, roundtrip(WithNew(1, 'b'), proto).args)
for proto in (4, 5):
    print(proto, roundtrip(WithNewEx(1, key='k'), proto).args)

# subclasses of built-in types
class MyInt(int):
    pass
class MyStr(str):
    pass
class MyTuple(tuple):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
class MySet(set):
    pass

vals = [MyInt(7), MyStr('s'), MyTuple((1, 2)), MyList([1, 2]), MyDict(a=1), MySet({1})]
m = MyList([3])
m.attr = 'x'
vals.append(m)
for v in vals:
    show(type(v).__name__, v)
    for proto in range(6):
        r = roundtrip(v, proto)
        print(type(r).__name__, r == v, getattr(r, '__dict__', None))

# __reduce__ variants
class ByName:
    def __reduce__(self):
        return 'BY_NAME'
BY_NAME = ByName()
show('byname', [BY_NAME, BY_NAME])
print(roundtrip(BY_NAME, 2) is BY_NAME)

class Reduced:
    def __init__(self, x):
        self.x = x
    def __reduce__(self):
        return (Reduced, (self.x,))
    def __repr__(self):
        return 'Reduced(%r)' % (self.x,)
show('reduced', Reduced([1]))
print(roundtrip([Reduced(1), Reduced(2)], 0))

def setter(obj, state):
    obj.seen = state

class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {'s': 1}, None, None, setter)
show('setter', WithSetter(), (2, 5))
print(roundtrip(WithSetter(), 5).seen)

class Items:
    def __init__(self):
        self.items = []
        self.d = {}
    def append(self, x):
        self.items.append(x)
    def extend(self, xs):
        self.items.extend(xs)
    def __setitem__(self, k, v):
        self.d[k] = v
    def __reduce__(self):
        return (Items, (), None, iter([1, 2, 3]), iter([('a', 1)]))
show('items', Items(), (0, 1, 2, 4))
r = roundtrip(Items(), 2)
print(r.items, r.d)

# namedtuple, dataclass, enum, functools.partial
Point = collections.namedtuple('Point', 'x y')
show('namedtuple', Point(1, 2))
print(roundtrip(Point(1, 2), 2), roundtrip(Point(3, 4), 4))

@dataclasses.dataclass
class DC:
    x: int
    y: list = dataclasses.field(default_factory=list)
show('dataclass', DC(1, [2]))
print(roundtrip(DC(1, [2]), 4))

@dataclasses.dataclass(frozen=True)
class FrozenDC:
    x: int
print(roundtrip(FrozenDC(5), 2), roundtrip(FrozenDC(5), 4))

class Color(enum.Enum):
    RED = 1
    GREEN = 'g'
class Perm(enum.IntFlag):
    R = 4
    W = 2
for proto in range(6):
    r = roundtrip([Color.RED, Color.GREEN, Color.RED], proto)
    print(proto, r, r[0] is Color.RED, roundtrip(Perm.R | Perm.W, proto) == 6)
print(roundtrip(functools.partial(func, 3), 4)())

# shared references and recursion
shared = [1]
obj = [shared, shared, (shared,)]
for proto in range(6):
    r = roundtrip(obj, proto)
    print(proto, r, r[0] is r[1], r[2][0] is r[0])
rec = [1]
rec.append(rec)
show('reclist', rec)
r = roundtrip(rec, 2)
print(r[1] is r)
recd = {}
recd['self'] = recd
show('recdict', recd, (0, 4))
r = roundtrip(recd, 4)
print(r['self'] is r)
rect = ([],)
rect[0].append(rect)
show('rectuple', rect)
for proto in range(6):
    r = roundtrip(rect, proto)
    print(proto, r[0][0] is r)
inst = Plain()
inst.me = inst
show('recinst', inst, (0, 2, 4))
r = roundtrip(inst, 4)
print(r.me is r)
big = (1, 2, 3, 4, [])
big[4].append(big)
show('recbigtuple', big, (0, 1, 2))
print(roundtrip(big, 1)[4][0][0])

# object and copyreg registrations
show('object', object(), (0, 2, 4))
class Registered:
    def __init__(self, v):
        self.v = v
def reduce_registered(obj):
    return Registered, (obj.v * 10,)
copyreg.pickle(Registered, reduce_registered)
show('copyreg', Registered(1), (0, 2))
print(roundtrip(Registered(2), 2).v)
copyreg.add_extension(__name__, 'Registered', 200)
copyreg.add_extension(__name__, 'Plain', 40000)
copyreg.add_extension(__name__, 'Empty', 70000)
show('ext', [Registered, Plain, Empty], (1, 2, 4))
print(roundtrip([Registered, Plain, Empty], 2))
copyreg.remove_extension(__name__, 'Registered', 200)
copyreg.remove_extension(__name__, 'Plain', 40000)
copyreg.remove_extension(__name__, 'Empty', 70000)

# Pickler.dispatch_table, reducer_override, persistent_id / persistent_load
class TablePickler(pickle.Pickler):
    dispatch_table = {Plain: lambda p: (Plain, (p.a * 100,))}
f = io.BytesIO()
TablePickler(f, 2).dump([Plain(1), Registered(1)])
print(f.getvalue())

class OverridePickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Empty:
            return (str, ('EMPTY',))
        if isinstance(obj, Plain):
            return (tuple, ([obj.a],))
        return NotImplemented
f = io.BytesIO()
OverridePickler(f, 4).dump([Empty, Plain(9), 1, 'x'])
print(f.getvalue(), pickle.loads(f.getvalue()))

class Database:
    def __init__(self):
        self.rows = {'r1': ('row', 1), 'r2': ('row', 2)}

class PersistentPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, tuple) and obj and obj[0] == 'row':
            return 'r%d' % obj[1]
        return None

class PersistentUnpickler(pickle.Unpickler):
    def __init__(self, file, db):
        super().__init__(file)
        self.db = db
    def persistent_load(self, pid):
        return self.db.rows[pid]

db = Database()
for proto in range(6):
    f = io.BytesIO()
    PersistentPickler(f, proto).dump([('row', 1), ('row', 2), 'other'])
    print(proto, f.getvalue())
    f.seek(0)
    print(PersistentUnpickler(f, db).load())

class RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module, name):
        print('find_class', module, name)
        if name == 'Plain':
            return Empty
        return super().find_class(module, name)
print(type(RestrictedUnpickler(io.BytesIO(pickle.dumps([Plain(), func], 2))).load()[0]).__name__)

# memo of a Pickler
f = io.BytesIO()
p = pickle.Pickler(f, 2)
x = [1, 2]
p.dump(x)
m = p.memo.copy()
print(len(m), list(m.values())[0][0], list(m.values())[0][1] is x)
p.memo.clear()
print(len(p.memo.copy()))
u = pickle.Unpickler(io.BytesIO(pickle.dumps([x, x], 2)))
u.load()
print(sorted(u.memo.copy()))
# protocol 5 PickleBuffer, in band and out of band
for obj in [pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'xyz')), [pickle.PickleBuffer(b'q')]*2]:
    d = pickle.dumps(obj, 5)
    print(d, pickle.loads(d))
bufs = []
d = pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'zz'))], 5, buffer_callback=bufs.append)
print(d, len(bufs))
r = pickle.loads(d, buffers=[b'abc', bytearray(b'zz')])
print([bytes(x) for x in r], [type(x).__name__ for x in r])
r = pickle.loads(d, buffers=[bytearray(b'abc'), bytearray(b'zz')])
print([bytes(x) for x in r], [type(x).__name__ for x in r], r[0].readonly)
try: pickle.dumps(pickle.PickleBuffer(b'a'), 4)
except Exception as e: print(type(e).__name__, e)
d = pickle.dumps([pickle.PickleBuffer(b'abc')], 5, buffer_callback=lambda b: True)
print(d)

# __getnewargs_ex__ below protocol 4 (functools.partial of cls.__new__), an int
# subclass with a __dict__, slots next to __dict__
class WithNewEx:
    def __new__(cls, a, *, key):
        self = object.__new__(cls)
        self.args = (a, key)
        return self
    def __getnewargs_ex__(self):
        return (self.args[0],), {'key': self.args[1]}
for p in (0, 1, 2, 3):
    try:
        d = pickle.dumps(WithNewEx(1, key=2), p); print(p, d); print(pickle.loads(d).args)
    except Exception as e: print(p, type(e).__name__, e)
class Sub(int):
    pass
s = Sub(5); s.x = 'a'
for p in range(6):
    try:
        d = pickle.dumps(s, p); print(p, d); r = pickle.loads(d); print(r, r.x)
    except Exception as e: print(p, type(e).__name__, e)
class GS:
    __slots__ = ('a', '__dict__')
    def __init__(self): self.a = 1; self.b = 2
for p in range(6):
    try:
        d = pickle.dumps(GS(), p); print(p, d); r = pickle.loads(d); print(r.a, r.b)
    except Exception as e: print(p, type(e).__name__, e)
