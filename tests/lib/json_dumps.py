# json.dumps: types, key conversion, indent, separators, sort_keys, ensure_ascii, NaN.
import io
import json

data = {"b": [1, 2.5, None, True, False, {"x": []}, {}], "a": "é\n\"q\"\\/\x01\x1f\u2028😀",
        3: 1e20, 2.5: -0.0, None: 1e-7, True: [()], False: (1, [2])}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t', separators=(', ', ' = ')))
print(json.dumps(data, indent=0))
print(json.dumps({"z": 1, "a": [1, {"c": 1, "b": 2}]}, sort_keys=True, indent=1))
print(json.dumps([1, [2, [3]]], separators=(',', ':')))
print(json.dumps(float('nan')), json.dumps([float('inf'), float('-inf')]), json.dumps(1.1),
      json.dumps(1 / 3), json.dumps(10**30), json.dumps(1e16), json.dumps(123456789.0))
for bad in [float('nan'), [float('inf')], {1.0: float('-inf')}]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print(type(e).__name__, e)
print(json.dumps("plain"), json.dumps("é😀", ensure_ascii=False), json.dumps("\x7f\x80"))
x = [1]
print(json.dumps([x, x, {"a": x}]))
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=1)
print(buf.getvalue())
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf)
print(buf.getvalue())
print(json.JSONEncoder().item_separator, json.JSONEncoder(indent=2).item_separator + '|')
roundtrip = {"list": [1, 2.25, "three", None, True], "nested": {"x": {"y": [[]]}}}
print(json.loads(json.dumps(roundtrip)) == roundtrip)
print(json.dumps({"a": 1, "b": 2}, indent=4, sort_keys=True, separators=(',', ':')))
