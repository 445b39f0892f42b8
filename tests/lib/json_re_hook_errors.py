# Errors raised inside json's and re's C loops (hooks, default, encoder, repl functions)
# propagate cleanly; the loops leave nothing behind.
import json, re, gc
def boom(*a):
    raise KeyError('boom')
for kw in [dict(object_hook=boom), dict(object_pairs_hook=boom), dict(parse_float=boom), dict(parse_int=boom), dict(parse_constant=boom)]:
    try:
        json.loads('[{"a": [1, 2.5, NaN, "x\\u00e9"]}]', **kw)
    except KeyError as e:
        print('KeyError', e)
try:
    json.dumps([1, {"a": [object()]}], default=boom)
except KeyError as e:
    print('KeyError', e)
try:
    json.dumps({"a": [1, 2, {(1,): 2}]}, indent=2)
except TypeError as e:
    print(e)
class E(json.JSONEncoder):
    pass
enc = json.encoder.c_make_encoder(None, boom, lambda s: 5, None, ':', ',', False, False, True)
try:
    enc(["x"], 0)
except TypeError as e:
    print(e)
try:
    re.sub(r'\w', boom, 'abc')
except KeyError as e:
    print('KeyError', e)
it = re.finditer(r'\w', 'ab')
ms = list(it)
del it
print(ms, ms[0].re)
try:
    re.sub(r'(\w)', lambda m: 1 / 0, 'ab')
except ZeroDivisionError as e:
    print(e)
d = json.JSONDecoder()
d.self = d
d.object_hook = d.decode
del d
a = []
a.append(a)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError')
gc.collect()
print('done')
