base = {"headers": {"User-Agent": "UA1"}, "meta": {"retries": 0}}
cfg1 = dict(base)
cfg2 = base.copy()
cfg1["meta"]["retries"] += 1
cfg2["headers"]["User-Agent"] = "UA2"
print(base)
print(cfg1 is base, cfg1["meta"] is base["meta"], cfg2["headers"] is cfg1["headers"])
cfg1["meta"] = {"retries": 100}
print(base["meta"], cfg1["meta"])
outer = [[1, 2], [3, 4]]
copy1 = outer[:]
copy2 = list(outer)
copy3 = outer.copy()
copy1[0].append("x")
print(outer, copy2[0] is outer[0], copy3[1] is outer[1])
copy1.append("only in copy1")
print(len(outer), len(copy1))
deep = [row[:] for row in outer]
deep[0].append("deep")
print(outer[0], deep[0])
def deepcopy(obj, memo=None):
    if memo is None:
        memo = {}
    if id(obj) in memo:
        return memo[id(obj)]
    if isinstance(obj, list):
        new = []
        memo[id(obj)] = new
        new.extend(deepcopy(x, memo) for x in obj)
        return new
    if isinstance(obj, dict):
        new = {}
        memo[id(obj)] = new
        for k, v in obj.items():
            new[k] = deepcopy(v, memo)
        return new
    return obj
shared = [0]
graph = {"a": shared, "b": shared, "self": None}
graph["self"] = graph
clone = deepcopy(graph)
print(clone["a"] is clone["b"], clone["a"] is shared, clone["self"] is clone, clone["a"] == shared)
s = set([1, 2])
s2 = set(s)
s2.add(3)
print(s, s2)
