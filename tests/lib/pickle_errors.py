# pickle: the exceptions raised, and their messages, for objects that cannot be
# pickled, bad reductions, bad arguments, and damaged or hostile pickle data.
import pickle
import io
import re
import sys

def clean(msg):
    msg = re.sub(r' at 0x[0-9a-fA-F]+', '', str(msg))
    return re.sub(r"<module '__main__' from [^>]*>", "<module '__main__'>", msg)

def try_dumps(label, obj, protos=(0, 2, 4)):
    for proto in protos:
        try:
            pickle.dumps(obj, proto)
            print(label, proto, 'ok')
        except Exception as e:
            print(label, proto, type(e).__name__, clean(e))

def try_loads(label, data, **kw):
    try:
        print(label, 'ok', pickle.loads(data, **kw))
    except Exception as e:
        print(label, type(e).__name__, clean(e))

print(issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError),
      issubclass(pickle.PickleError, Exception))

# functions and classes that cannot be found again
try_dumps('lambda', lambda x: x)
def outer():
    def inner():
        pass
    class Local:
        pass
    return inner, Local
inner, Local = outer()
try_dumps('local function', inner)
try_dumps('local class', Local)
try_dumps('local instance', Local())
def renamed():
    pass
renamed_ref = renamed
def renamed():
    pass
try_dumps('not the same', renamed_ref)
def orphan():
    pass
orphan.__module__ = 'no_such_module_xyz'
try_dumps('bad module', orphan)
class Hidden:
    pass
Hidden.__qualname__ = 'Somewhere.Else'
try_dumps('bad qualname', Hidden)

# objects with hidden state
def gen():
    yield 1
try_dumps('generator', gen())
try_dumps('module', sys)
try_dumps('memoryview', memoryview(b'abc'))
try_dumps('code', gen.__code__)
try_dumps('frame', sys._getframe())
try_dumps('file', sys.stdout)
try_dumps('nested generator', [1, {'k': (gen(),)}])

class Slots:
    __slots__ = ('a',)
try_dumps('slots', Slots(), (0, 1, 2))

# bad reductions
class Reduce:
    def __init__(self, value):
        self.value = value
    def __reduce__(self):
        return self.value
try_dumps('reduce int', Reduce(42), (2,))
try_dumps('reduce list', Reduce([len, ()]), (2,))
try_dumps('reduce short', Reduce((len,)), (2,))
try_dumps('reduce long', Reduce((len, (), None, None, None, None, None)), (2,))
try_dumps('reduce uncallable', Reduce((1, ())), (2,))
try_dumps('reduce args', Reduce((len, [])), (2,))
try_dumps('reduce listitems', Reduce((list, (), None, [1])), (2,))
try_dumps('reduce dictitems', Reduce((dict, (), None, None, {})), (2,))
try_dumps('reduce setter', Reduce((dict, (), {}, None, None, 5)), (2,))
try_dumps('reduce missing global', Reduce('no_such_global'), (2,))
import copyreg
try_dumps('newobj empty', Reduce((copyreg.__newobj__, ())), (2,))
try_dumps('newobj not type', Reduce((copyreg.__newobj__, (1,))), (2,))
try_dumps('newobj wrong class', Reduce((copyreg.__newobj__, (int,))), (2,))
try_dumps('newobj_ex length', Reduce((copyreg.__newobj_ex__, (int,))), (4,))
try_dumps('newobj_ex class', Reduce((copyreg.__newobj_ex__, (1, (), {}))), (4,))
try_dumps('newobj_ex args', Reduce((copyreg.__newobj_ex__, (Reduce, [], {}))), (4,))
try_dumps('newobj_ex kwargs', Reduce((copyreg.__newobj_ex__, (Reduce, (), []))), (4,))

class BadNewArgs:
    def __getnewargs__(self):
        return [1]
try_dumps('getnewargs list', BadNewArgs(), (2,))
class BadNewArgsEx:
    def __getnewargs_ex__(self):
        return ((), {}, 1)
try_dumps('getnewargs_ex len', BadNewArgsEx(), (2,))
class BadNewArgsEx2:
    def __getnewargs_ex__(self):
        return [(), {}]
try_dumps('getnewargs_ex list', BadNewArgsEx2(), (2,))

class Raising:
    def __reduce__(self):
        raise ValueError('no reduce for you')
try_dumps('raising reduce', Raising(), (2,))
class ReduceExRaising:
    def __reduce_ex__(self, proto):
        raise RuntimeError('proto %d' % proto)
try_dumps('raising reduce_ex', [ReduceExRaising()])

# bad arguments
for proto in (6, 100):
    try:
        pickle.dumps(1, proto)
    except ValueError as e:
        print('protocol', proto, 'ValueError', e)
try:
    pickle.Pickler(object())
except TypeError as e:
    print('Pickler TypeError', e)
try:
    pickle.dumps(1, 4, buffer_callback=list.append)
except ValueError as e:
    print('buffer_callback ValueError', e)
try:
    pickle.loads('text')
except TypeError as e:
    print('loads TypeError', e)
try:
    pickle.dumps(b'\xff', 0, fix_imports=False)
    pickle.dumps(gen, 2)
except Exception as e:
    print(type(e).__name__, clean(e))
class P0(pickle.Pickler):
    def persistent_id(self, obj):
        return '\u20ac' if obj == 'x' else None
try:
    P0(io.BytesIO(), 0).dump(['x'])
except pickle.PicklingError as e:
    print('persistent_id', e)

# damaged pickles
try_loads('empty', b'')
try_loads('bad key x', b'x')
try_loads('bad key nul', b'\x00')
try_loads('bad key quote', b"'")
try_loads('bad key high', b'\xff')
try_loads('bad key after', b'\x80\x02N\xfe')
try_loads('no stop', b'N')
try_loads('no stop mark', b'(')
try_loads('truncated proto', b'\x80')
try_loads('truncated frame', b'\x80\x04\x95')
try_loads('truncated frame body', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00N')
try_loads('truncated binint', b'J\x01\x02')
try_loads('truncated binint1', b'K')
try_loads('truncated binunicode', b'X\x05\x00\x00\x00abc')
try_loads('truncated short_binbytes', b'C\x05ab')
try_loads('truncated long1', b'\x8a\x05\x01')
try_loads('truncated line', b'I12')
try_loads('truncated global', b'c__main__\nfo')
try_loads('cut', pickle.dumps({'a': [1, 2, 3]}, 2)[:-1])
try_loads('cut 4', pickle.dumps({'a': [1, 2, 3]}, 4)[:-3])
try_loads('unsupported protocol', b'\x80\x06N.')
try_loads('stack underflow', b'.')
try_loads('mark underflow', b'(.')
try_loads('append underflow', b'a')
try_loads('no mark', b't.')
try_loads('memo missing', b'h\x05.')
try_loads('memo missing long', b'j\x05\x01\x00\x00.')
try_loads('memo missing text', b'g7\n.')
try_loads('bad int', b'Iabc\n.')
try_loads('bad float', b'Fx\n.')
try_loads('missing attribute', b'\x80\x04\x8c\x08__main__\x8c\x04nope\x93.')
try_loads('missing attribute 2', b'c__main__\nnope\n.')
try_loads('missing module', b'cno_such_module_xyz\nthing\n.')
try_loads('persistent', b'P1\n.')
try_loads('binpersistent', b'K\x01Q.')
try_loads('setitems odd', b'}(K\x01u.')
try_loads('build state', b'c__main__\nLocalState\n)\x81K\x05b.')
try_loads('string unquoted', b'Sabc\n.')
try_loads('newobj non-type', b'K\x01)\x81.')
try_loads('stack global non-str', b'K\x01K\x02\x93.')
try_loads('ext unregistered', b'\x82\x05.')
try_loads('reduce error', b'c__builtin__\nint\n(Vx\ntR.')
class LocalState:
    pass
try_loads('build state', b'\x80\x02c__main__\nLocalState\n)\x81K\x05b.')
try_loads('bytes encoding', b'U\x02\xff\xfe.')
try_loads('bytes encoding ok', b'U\x02\xff\xfe.', encoding='latin1')
try_loads('out-of-band', b'\x80\x05\x97.')
try_loads('out-of-band none', b'\x80\x05\x97.', buffers=None)

# stream positioned after a failure
f = io.BytesIO(pickle.dumps(1, 2) + b'\xfe')
print(pickle.load(f))
try:
    pickle.load(f)
except pickle.UnpicklingError as e:
    print('second load', e)
try:
    pickle.load(f)
except EOFError as e:
    print('third load EOFError', e)

# nesting deeper than the recursion limit allows
deep = []
for i in range(2000):
    deep = [deep]
try:
    pickle.dumps(deep, 2)
except RecursionError as e:
    print('RecursionError', e)
shallow = []
for i in range(200):
    shallow = [shallow]
print(len(pickle.dumps(shallow, 4)), pickle.loads(pickle.dumps(shallow, 0)) == shallow)

# BUILD without __setstate__: the state must be a dict (or None), the slot state a dict
class Bare:
    pass
for st in [b'N\x85', b'K\x00', b'NN\x86', b'}N\x86', b'N}\x86', b'\x8c\x00', b')', b'}']:
    try:
        r = pickle.loads(b'\x80\x04\x8c\x08__main__\x8c\x04Bare\x93)\x81' + st + b'b.')
        print('build', st, 'ok', r.__dict__)
    except Exception as e:
        print('build', st, type(e).__name__, e)
