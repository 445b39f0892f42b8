# pickle: byte-exact output for the built-in types in every protocol, and round trips.
import pickle
import io

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.PicklingError.__mro__[1].__name__, pickle.UnpicklingError.__mro__[1].__name__,
      pickle.PickleError.__mro__[1].__name__)

VALUES = [
    None, True, False,
    0, 1, -1, 127, 128, 255, 256, 65535, 65536, -129, 2**31 - 1, -2**31,
    2**31, -2**31 - 1, 2**63, -2**63, 2**64 - 1, 10**30, -10**30, 2**2100, -(2**2100) + 7,
    0.0, -0.0, 1.5, -2.25, 1e100, 1e-300, 3.141592653589793, float('inf'), float('-inf'),
    '', 'a', 'hello world', 'caf\xe9', '\u20ac uro', '\U0001f600', 'back\\slash',
    'new\nline\r\x00\x1a', 'x' * 300,
    b'', b'\x00\x01\xff', b'abc' * 100, bytearray(), bytearray(b'ab\x00'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((), ((),)),
    [], [1], [1, 'two', 3.0], [[], [[]]],
    {}, {'a': 1}, {'a': 1, 'b': [2, 3], 3: None}, {(1, 2): frozenset()},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({5}), frozenset({1, 2}),
    1 + 2j, -0.5j, range(10), range(1, 20, 3), slice(1, None, 2),
    Ellipsis, NotImplemented, type(None), type(Ellipsis), type(NotImplemented),
    int, str, object, list, len, abs, print, ValueError,
    ValueError('bad', 1), KeyError('k'),
]

for v in VALUES:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or back is v or (v != v)
        if isinstance(v, BaseException):
            same = type(back) is type(v) and back.args == v.args
        if type(back) is not type(v):
            same = False
        print(proto, repr(v)[:40], data if len(data) < 400 else (len(data), data[:60], data[-30:]), same)

# protocol=None and negative protocols
print(pickle.dumps([1, 2]))
print(pickle.dumps([1, 2], -1))
print(pickle.dumps([1, 2], protocol=2, fix_imports=False))

# identical immutable objects are memoized only when they are the same object
s = 'shared'
print(pickle.dumps([s, s, s], 2))
print(pickle.dumps([s, s, s], 0))
print(pickle.dumps((s, s), 4))
b = b'bytes'
for proto in range(6):
    print(proto, pickle.dumps([b, b], proto))

# the same bytes object under protocol < 3 reuses the memoized _codecs.encode
print(pickle.dumps([b'a', b'b', b'a'], 1))

# batching: 1000 items per APPENDS/SETITEMS/ADDITEMS
for n in (999, 1000, 1001, 2001):
    for proto in (1, 2, 4):
        d = pickle.dumps(list(range(n)), proto)
        print('list', n, proto, len(d), d[-20:], pickle.loads(d) == list(range(n)))
        d = pickle.dumps(dict.fromkeys(range(n)), proto)
        print('dict', n, proto, len(d), d[-20:], pickle.loads(d) == dict.fromkeys(range(n)))
        d = pickle.dumps(set(range(n)), proto)
        print('set', n, proto, len(d), d[-20:], pickle.loads(d) == set(range(n)))
        d = pickle.dumps(frozenset(range(n)), proto)
        print('frozenset', n, proto, len(d), d[-20:])
print(len(pickle.dumps(list(range(1000)), 0)), pickle.dumps(list(range(3)), 0))

# large memo indices (LONG_BINPUT / LONG_BINGET)
strs = ['s%d' % i for i in range(300)]
data = pickle.dumps(strs + strs, 2)
print(len(data), data[-40:])
back = pickle.loads(data)
print(back == strs + strs, back[0] is back[300])
data = pickle.dumps(strs + strs, 0)
print(len(data), data[-40:], pickle.loads(data) == strs + strs)

# framing: frames of about 64 KiB, large payloads outside frames
big = ['%06d' % i for i in range(20000)]
for proto in (4, 5):
    data = pickle.dumps(big, proto)
    print(proto, len(data), data[:12], data.count(pickle.FRAME), pickle.loads(data) == big)
    positions = []
    i = 2
    while i < len(data) and data[i:i + 1] == pickle.FRAME:
        n = int.from_bytes(data[i + 1:i + 9], 'little')
        positions.append(n)
        i += 9 + n
    print(positions)
large = [b'x' * 70000, 'y' * 70000, bytearray(b'z' * 70000), b'small']
for proto in (3, 4, 5):
    data = pickle.dumps(large, proto)
    print(proto, len(data), data[:40], data[-40:], pickle.loads(data) == large)

# dump / load with files, several pickles in one stream
f = io.BytesIO()
for proto in range(6):
    pickle.dump({'proto': proto, 'data': [1, 2, (3, 4)]}, f, proto)
pickle.dump(big, f, 4)
pickle.dump('end', f)
print(len(f.getvalue()))
f.seek(0)
for proto in range(6):
    print(pickle.load(f))
print(pickle.load(f) == big)
print(pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)

# Pickler / Unpickler objects
f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = [1, 2]
p.dump(shared)
p.dump(shared)
print(f.getvalue())
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a = u.load()
b2 = u.load()
c = u.load()
print(a, b2, c, a is b2, a is c)

# loads accepts any bytes-like object
print(pickle.loads(bytearray(pickle.dumps((1, 2)))), pickle.loads(memoryview(pickle.dumps('m'))))
print(pickle.loads(pickle.dumps('x', 3), encoding='latin1', errors='strict'))

# protocol-0 texts written by hand, and Python 2 style STRING opcodes
print(pickle.loads(b"S'abc'\np0\n."))
print(pickle.loads(b'S"a\\nb\\x41\\\'"\n.'))
print(pickle.loads(b"U\x03abcq\x00.", encoding='bytes'))
print(pickle.loads(b"T\x02\x00\x00\x00\xe9\xe8.", encoding='latin1'))
print(pickle.loads(b"(lp0\nI1\naL12345678901234567890L\naF1.25\naVa\\u20acb\na."))
print(pickle.loads(b"(dp0\nS'k'\np1\nI00\nsS'j'\np2\nI01\ns."))
print(pickle.loads(b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n."))
print(pickle.loads(b"c__builtin__\nxrange\n(I0\nI3\nI1\ntR."))
print(pickle.loads(b"cexceptions\nValueError\n(S'x'\ntR.").args)
print(pickle.loads(b'\x80\x02c__builtin__\nunicode\nq\x00.'))
print(pickle.loads(b'\x80\x03c__builtin__\nunicode\nq\x00.', fix_imports=True) if False else 'skip')
print(pickle.loads(b'(I1\nI2\ntp0\n(g0\ng0\nl.'))
print(pickle.loads(b'\x80\x02]q\x00(K\x01K\x02e2.'))

# fix_imports: Python 2 names for protocols 0-2
import functools, itertools, collections, sys
names = [range, str, int, zip, map, sys.intern, chr, input,
         ConnectionError, FileNotFoundError, ModuleNotFoundError, OSError, ValueError,
         itertools.filterfalse, collections.UserDict, collections.OrderedDict]
for proto in (0, 2, 3):
    print(proto, pickle.dumps(names, proto))
    print(proto, pickle.dumps(names, proto, fix_imports=False))
    print(pickle.loads(pickle.dumps(names, proto)) == names)
print(pickle.loads(b'c__builtin__\nunichr\n.'), pickle.loads(b'citertools\nizip_longest\n.'),
      pickle.loads(b'cUserDict\nUserDict\n.'), pickle.loads(b'ccopy_reg\n_reconstructor\n.').__name__)
try:
    pickle.loads(b'c__builtin__\nunichr\n.', fix_imports=False)
except ImportError as e:
    print(type(e).__name__, e)
