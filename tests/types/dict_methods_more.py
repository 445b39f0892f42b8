d = dict.fromkeys(["a", "b", "c"], 0)
print(d, d.get("a"), d.get("z", -1))
d.update(a=1)
d.update({"b": 2}.items())
print(d)
print(d.pop("c"), d.pop("c", "gone"), d)
k, v = d.popitem()
print(k, v, d)
d.setdefault("x")
print(d, d.setdefault("x", "ignored"))
print(len(d), list(d.items()), list(d.keys()), list(d.values()))
print("a" in d, "a" in d.keys(), 1 in d.values(), ("a", 1) in d.items())
e = {}
print(e.get("k"), e.setdefault("k", []), e)
print(sorted({"b": 2, "a": 1}.items()), max({"x": 5, "y": 9}, key=lambda k: {"x": 5, "y": 9}[k]))
f = {1: "one", 2: "two"}
print({v: k for k, v in f.items()}, dict(sorted(f.items(), reverse=True)))
g = {"k": 1}
h = g.copy()
h["k"] = 2
print(g, h)
print(dict(a=1) == {"a": 1}, {"a": 1} != {"a": 1.0}, {"a": 1} == {"a": True})
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts, key=counts.get, reverse=True))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
print(list(reversed(list(groups))), len(groups.keys() & {"a", "z"}))
try:
    dict.fromkeys()
except TypeError as e:
    print(type(e).__name__, e)
