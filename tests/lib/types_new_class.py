# types.new_class, prepare_class, resolve_bases and DynamicClassAttribute.
import types

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', mcls.__name__, name, kw)
        return {'from_prepare': True}

    def __new__(mcls, name, bases, ns, **kw):
        print('new', name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

def body(ns):
    ns['x'] = 42
    ns['hello'] = lambda self: 'hi ' + type(self).__name__

A = types.new_class('A', (), {'metaclass': Meta, 'flag': 1}, body)
print(type(A).__name__, A.x, A().hello(), A.from_prepare)
B = types.new_class('B', (A,), None, lambda ns: ns.update(y=1))
print(type(B).__name__, B.__mro__[1].__name__, B.y)
P = types.new_class('P')
print(P.__name__, P.__bases__)
print(types.prepare_class('Q', (int,)))
meta, ns, kw = types.prepare_class('R', (), {'metaclass': Meta, 'z': 3})
print(meta.__name__, ns, kw)

class Fake:
    def __mro_entries__(self, bases):
        return (int, str) if False else (dict,)

print(types.resolve_bases((Fake(), object)))
t = (int,)
print(types.resolve_bases(t) is t)
D = types.new_class('D', (Fake(),))
print(D.__bases__, D.__orig_bases__[0].__class__.__name__)

class E:
    @types.DynamicClassAttribute
    def name(self):
        return 'instance-name'

print(E().name)
try:
    E.name
except AttributeError as e:
    print('AttributeError on class')
