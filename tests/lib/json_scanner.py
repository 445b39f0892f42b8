# json.scanner (make_scanner, py_make_scanner, NUMBER_RE) and json.decoder's scanstring /
# py_scanstring.
import json.scanner, json.decoder
print(json.scanner.make_scanner is json.scanner.c_make_scanner, json.scanner.NUMBER_RE.match('-12.5e3x').groups())
for f in (json.decoder.scanstring, json.decoder.py_scanstring):
    print(f('"ab\\ncd" x', 1), f('"\\u00e9"', 1, False))
    try:
        f('"ab', 1)
    except json.JSONDecodeError as e:
        print(e)
sc = json.scanner.py_make_scanner(json.JSONDecoder())
print(sc('[1, {"a": null}]', 0))
try:
    sc('?', 0)
except StopIteration as e:
    print('StopIteration', e.value)
