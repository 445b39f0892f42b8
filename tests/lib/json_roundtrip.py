# json: round trips of nested data, unicode, numbers, and enums/dataclasses via default.
import json

samples = [
    {"name": "Zoë", "tags": ["a", "b"], "n": None, "ok": True, "pi": 3.14159},
    [1, -2, 3.5e-10, 1e100, 0.1 + 0.2, 2 ** 70, -0.0],
    "line1\nline2\t\u0000\u001f\u007f\u00ff\u0100\uffff\U0001f600",
    {"nested": {"deeper": {"deepest": [[], {}, [{}], {"k": []}]}}},
]
for s in samples:
    text = json.dumps(s)
    back = json.loads(text)
    print(text)
    print(back == s, json.dumps(s, ensure_ascii=False) == json.dumps(back, ensure_ascii=False))
print(json.loads(json.dumps({1: 'a', 2.5: 'b', True: 'c', None: 'd'})))
print(json.dumps({"b": 1, "a": {"d": 2, "c": 3}}, sort_keys=True, indent='--'))
print(json.dumps([[1, 2], {"x": [3, {"y": 4}]}], indent=3))
print(repr(json.dumps({}, indent=2)), repr(json.dumps([], indent=2)), json.dumps([[]], indent=1))
big = list(range(30))
print(json.loads(json.dumps(big)) == big, len(json.dumps(big, indent=1).splitlines()))
print(json.loads('  [1.0, 1E3, -1.5e+3, 0.000001, 123e-2]  '))
print(json.dumps(json.loads('"\\ud834\\udd1e"')), json.loads('"\\ud834\\udd1e"') == '\U0001d11e')
