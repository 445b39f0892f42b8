# The C scanner and encoder of json: hooks, error messages and positions, cycles,
# subclasses, separators/indent, non-ASCII output and deep nesting.
import json
from collections import OrderedDict


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


# ---- decoding ----
show(json.loads, '{"a": [1, 2.5, -3e2, 1E+2, 0.5e-1, true, false, null], "b": {}}')
show(json.loads, '  [ "x\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/" , [] , {} ]  ')
show(json.loads, '"caf\u00e9 \u20ac \U0001f600"')
show(json.loads, '12345678901234567890123')
show(json.loads, '-0')
show(json.loads, '-0.0')
show(json.loads, '1e400')
show(json.loads, '[NaN, Infinity, -Infinity]')
show(json.loads, '{"a": 1, "a": 2}')
show(json.loads, '{"a": 1, "b": 2}', object_pairs_hook=list)
show(json.loads, '{"a": 1, "b": {"c": 3}}', object_pairs_hook=OrderedDict)
show(json.loads, '{"a": {"b": 2}}', object_hook=lambda d: sorted(d.items()))
show(json.loads, '[1.5, 2, 3.25]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s)
show(json.loads, '[NaN]', parse_constant=lambda s: 'C' + s)
show(json.loads, '["a\tb"]', strict=False)
keys = json.loads('[{"kk": 1}, {"kk": 2}]')
print(keys[0].keys() == keys[1].keys(), list(keys[0])[0] is list(keys[1])[0])
dec = json.JSONDecoder()
show(dec.raw_decode, '[1, 2] tail')
show(dec.raw_decode, 'xx {"a": 1}', 3)
show(dec.scan_once, '"abc" 1', 0)
show(dec.scan_once, '[1, 2]', 1)
show(dec.scan_once, 'x', 0)
for bad in ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a":}',
            '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', '"abc', '"a\\', '"\\x"', '"\\u12"',
            '"\\u12zz"', '"a\nb"', 'nul', 'tru', '-', '-x', '01', '1.', '1e', '1.5e+',
            '[1] x', '\ufeff[]', '"\\ud800\\uzzzz"', '{"a": [1, {"b": nul}]}']:
    try:
        json.loads(bad)
        print(repr(bad), 'ok?')
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e.msg, e.pos, e.lineno, e.colno)
show(json.loads, '"\\ud800"')
show(json.loads, '"\\udc00\\ud800x"')
show(json.loads, '[1,\n 2,\n  x]')
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e:
    print('RecursionError', e)
show(json.loads, b'[1, "\xc3\xa9"]')

# ---- encoding ----
show(json.dumps, {"b": [1, 2.5, None, True, False], "a": "\u00e9\u20ac\U0001f600"})
show(json.dumps, {"b": 1, "a": "\u00e9\u20ac\U0001f600"}, ensure_ascii=False)
show(json.dumps, [1e16, 1e-5, 0.1, -0.0, 123456789.125, 2 ** 70, -2 ** 63, True])
show(json.dumps, [float('nan'), float('inf'), float('-inf')])
show(json.dumps, [float('nan')], allow_nan=False)
show(json.dumps, {float('inf'): 1}, allow_nan=False)
show(json.dumps, {1: 'a', 2.5: 'b', True: 'c', None: 'd', False: 'e'})
show(json.dumps, {(1, 2): 3})
show(json.dumps, {(1, 2): 3, 'x': 4}, skipkeys=True)
show(json.dumps, {'b': 1, 'a': 2, 'c': {'z': 1, 'y': [1, {}]}}, sort_keys=True, indent=3)
show(json.dumps, {'b': 1, 2: 2}, sort_keys=True)
show(json.dumps, [1, [2, [3, {'a': []}]]], indent='\t')
show(json.dumps, [1, [2, [3]]], indent=0)
show(json.dumps, {'a': [1, 2]}, separators=(',', ':'))
show(json.dumps, {'a': [1, 2]}, indent=2, separators=(' ,', ' = '))
show(json.dumps, (1, (2, 3), []))
show(json.dumps, [set()])
show(json.dumps, [object], default=repr)
show(json.dumps, {'s': {1, 2}}, default=sorted)
show(json.dumps, [1j], default=lambda o: [o.real, o.imag], indent=1)
cyc = []
cyc.append(cyc)
show(json.dumps, cyc)
d = {}
d['self'] = d
show(json.dumps, d)
show(json.dumps, [1, 2], check_circular=False)
same = [1]
show(json.dumps, [same, same, {'k': same}])


class Obj:
    pass


def loop_default(o):
    return o


show(json.dumps, Obj(), default=loop_default)


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyList(list):
    pass


class MyDict(dict):
    def items(self):
        return [('z', 1), ('a', 2)]


show(json.dumps, [MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1, 2]), MyDict(q=1)])
show(json.dumps, MyDict(q=1), sort_keys=True)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Obj):
            return {'obj': True}
        return super().default(o)


show(Enc().encode, [Obj(), 1])
show(Enc(indent=2).encode, {'x': Obj()})
show(Enc().encode, [b'bytes'])
print(list(Enc().iterencode([1, {'a': Obj()}])) in (['[1, {"a": {"obj": true}}]'],
                                                    ['[1', ', ', '{', '"a"', ': ', '{', '"obj"', ': ', 'true', '}', '}', ']']))
print(''.join(Enc(indent=1).iterencode({'k': [Obj()]})))
show(json.dumps, "a\x00\x1f\x7f\u2028\"\\/")
show(json.dumps, "a\x00\x1f\x7f\u2028\"\\/", ensure_ascii=False)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
big = {'k%d' % i: [i, i * 0.5, str(i), {'n': None}] for i in range(300)}
print(json.loads(json.dumps(big)) == big, json.loads(json.dumps(big, indent=2, sort_keys=True)) == big)
print(len(json.dumps(big)), len(json.dumps(big, indent=2)))
