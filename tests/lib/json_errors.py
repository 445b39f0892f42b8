# json.loads error messages and positions (JSONDecodeError).
import json

docs = ['', ' ', '{', '[', '[1', '[1,', '[1 2]', '{"a"', '{"a":', '{"a":1', '{"a":1,',
        '{"a":1,}', '{a:1}', '{"a" 1}', '[1,]', '"abc', '"a\\', '"a\\x"', '"\\u12"',
        '"\\u12zz"', '"a\nb"', '"a\tb"', '1 2', '01', '-', '-a', '1.', '1.e5', '1e',
        'nul', 'tru', '[1]x', ' \n [\n 1,\n  x]', '{"a":1}}', '\ufeff1', '[[]]  [',
        '{"x":1 "y":2}', '"\\ud800\\u00zz"', '"\\ud800\\x"']
for d in docs:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.loads('[1, 2')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.doc)
print(issubclass(json.JSONDecodeError, ValueError))
e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.lineno, e.colno, e.args)
