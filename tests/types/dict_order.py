d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d, list(d.keys()), list(d.values()))
d["a"] = "updated"
print(list(d))
del d["z"]
d["z"] = "back"
print(list(d))
print(d.popitem(), list(d))
d2 = {3: "c", 1: "a", 2: "b"}
print(d2, sorted(d2), list(reversed(d2)), list(reversed(d2.items())))
print({1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print(list(big)[:10], len(big))
for i in range(0, 10, 2):
    big[i] = -i
print(list(big)[-6:])
copy = dict(big)
print(list(copy) == list(big))
print(list({**{"a": 1, "b": 2}, "a": 3}), {**{"a": 1, "b": 2}, "a": 3})
m = {"x": 1}
m.update(y=2, x=3)
print(m)
print(list(dict.fromkeys("mississippi")))
print({True: "t", 1: "one", 1.0: "float"})
