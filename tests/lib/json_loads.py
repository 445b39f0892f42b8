# json.loads: values, escapes, surrogates, bytes input and the hooks.
import io
import json

docs = ['"\\ud800"', '"\\ud800\\u0041"', '"\\ud83d\\ude00"', '"\\udc00"', 'NaN',
        '-Infinity', 'Infinity', '[-0, -0.0, 1E400, 12.5e-3, 1e2, -7]',
        '{"a": {"b": [true, false, null]}, "a": 2}', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
        '  "x"  ', '{"\\u0041":"\\u00e9"}', '123456789012345678901234567890',
        '"\x7f\u2028"', '{"a":1 ,"b" : 2 }', '\t[ ]\r\n', '{ }', '3.0', '"\\u00E9"']
for d in docs:
    print(repr(d), repr(json.loads(d)))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('[1]'.encode('utf-16')),
      json.loads('{"a":2}'.encode('utf-32-le')), json.loads(bytearray(b'"x"')))
print(json.loads('{"a":1,"b":[1.5,2]}', object_hook=lambda d: sorted(d.items()),
                 parse_float=lambda s: 'F' + s, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a":1,"b":{"c":2},"a":3}', object_pairs_hook=lambda p: p))
print(json.loads('{"a":1}', object_pairs_hook=list, object_hook=dict))
print(json.loads('[NaN, Infinity]', parse_constant=lambda c: c))
print(repr(json.loads('"a\tb"', strict=False)))
print(json.JSONDecoder().raw_decode('[1] tail'), json.JSONDecoder().raw_decode('xx 7', 3))
print(json.load(io.StringIO('{"r": [2, 3]}')))

class Point:
    def __init__(self, d):
        self.d = d

    def __repr__(self):
        return 'Point(%r)' % (self.d,)

print(json.loads('[{"x": 1}, {"y": {"z": 2}}]', object_hook=Point))

class D(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(parse_int=float, **kw)

print(json.loads('[1, 2]', cls=D))
