# JSONEncoder.iterencode and json.dump produce CPython's pieces (a generator, so an
# error stops the output where it occurs); the NaN error of an indented dump names
# the value (CPython's Python encoder), the one-shot C path does not.
import json, io
def chunks(o, **kw):
    return list(json.JSONEncoder(**kw).iterencode(o))
print(chunks({"a": [1, 2]}))
print(chunks([1, [2, 3], {"x": None, "y": [True, 1.5]}, "s", [], {}]))
print(chunks({"a": {"b": [1, {"c": 2}]}, "d": 3}, indent=2))
print(chunks([1, [2], 3], indent="\t", separators=(",", ":")))
print(chunks({3: 1, 1.5: 2, True: 3, None: 4}, sort_keys=False))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W(); json.dump({"k": [1, "x", {"z": []}]}, w); print(w.parts)
for kw in ({}, {"indent": 1}):
    for bad in (float("nan"), [1, float("inf")]):
        try:
            print(chunks(bad, allow_nan=False, **kw))
        except ValueError as e:
            print("ValueError", e)
        try:
            print(json.dumps(bad, allow_nan=False, **kw))
        except ValueError as e:
            print("ValueError", e)
w = W()
try:
    json.dump([1, 2, {"a": object()}], w)
except TypeError as e:
    print("TypeError", e, w.parts)
l = [1]; l.append(l)
w = W()
try:
    json.dump(l, w)
except ValueError as e:
    print("ValueError", e, w.parts)
print(chunks([1, 2], default=str), chunks(object(), default=lambda o: ["x"]))
print(chunks({(1,): 2}, skipkeys=True))
