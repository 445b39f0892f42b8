class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.__dict__, vars(p) is p.__dict__)
p.z = 3
print(p.__dict__)
p.__dict__["w"] = 4
print(p.w, sorted(vars(p)))
del p.x
print(p.__dict__, hasattr(p, "x"))
print(p.kind, "kind" in p.__dict__, "kind" in P.__dict__)
p.kind = "instance kind"
print(p.kind, P.kind, p.__dict__["kind"])
del p.kind
print(p.kind)
q = P(5, 6)
print(q.__dict__, p.__dict__ is not q.__dict__)
p.__dict__ = {"fresh": True}
print(p.fresh, hasattr(p, "y"))
try:
    p.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
print(type(P.__dict__).__name__, type(p.__dict__).__name__)
try:
    P.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
P.added = "via setattr on class"
print(q.added, p.added)
class Counter:
    jobs = []
    count = 0
a, b = Counter(), Counter()
a.jobs.append("shared")
a.count += 1
print(b.jobs, Counter.count, a.count, b.count, a.__dict__, b.__dict__)
