# functools.singledispatch and singledispatchmethod.
from functools import singledispatch, singledispatchmethod
from collections.abc import Sequence, Mapping

@singledispatch
def describe(arg):
    return 'object'

@describe.register
def _(arg: int):
    return 'int'

@describe.register(float)
def _describe_float(arg):
    return 'float'

@describe.register
def _(arg: str | bytes):
    return 'text'

describe.register(Sequence, lambda arg: 'sequence')
describe.register(Mapping, lambda arg: 'mapping')

class MyInt(int):
    pass
for value in [1, True, MyInt(3), 1.5, 'a', b'b', [1], (1,), {}, None, range(2)]:
    print(type(value).__name__, describe(value))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(object) is describe.__wrapped__)
print(describe.registry[float] is _describe_float, object in describe.registry, len(describe.registry))
print(type(describe.registry).__name__, describe.__name__)

class Base: pass
class Left(Base): pass
class Right(Base): pass
class Both(Left, Right): pass
@singledispatch
def which(x):
    return 'default'
which.register(Base, lambda x: 'Base')
which.register(Right, lambda x: 'Right')
print(which(Both()), which(Left()), which(Base()), which(1))

for call in [lambda: describe(), lambda: describe.register(1),
             lambda: describe.register(1, len)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    describe.register(lambda x: x)
except TypeError as e:
    print(type(e).__name__, str(e).endswith('on an annotated function.'))
try:
    @describe.register
    def _(x: 5):
        pass
except TypeError as e:
    print(e)
