import graphlib
from graphlib import TopologicalSorter, CycleError

g = {"D": {"B", "C"}, "C": {"A"}, "B": {"A"}}
g = {"D": ["B", "C"], "C": ["A"], "B": ["A"], "E": []}
print(list(TopologicalSorter(g).static_order()))
print(tuple(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))

ts = TopologicalSorter()
ts.add(3, 2, 1)
ts.add(1, 0)
ts.add(7)
try:
    ts.get_ready()
except ValueError as e:
    print("ValueError", e)
try:
    ts.is_active()
except ValueError as e:
    print("ValueError", e)
try:
    ts.done(1)
except ValueError as e:
    print("ValueError", e)
ts.prepare()
try:
    ts.prepare()
except ValueError as e:
    print("ValueError", e)
try:
    ts.add(9)
except ValueError as e:
    print("ValueError", e)
print(bool(ts), ts.is_active())
r = ts.get_ready()
print(r, ts.get_ready())
for bad in [3, 99, 2]:
    try:
        ts.done(bad)
    except ValueError as e:
        print("ValueError", e)
ts.done(0)
try:
    ts.done(0)
except ValueError as e:
    print("ValueError", e)
print(ts.get_ready())
ts.done(7)
print(ts.is_active())
ts.done(1)
print(ts.get_ready())
ts.done(3)
print(ts.is_active(), bool(ts), ts.get_ready())

for graph in [{1: [2], 2: [1]}, {"a": ["b"], "b": ["c"], "c": ["a"]},
              {1: [2, 3], 2: [4], 4: [5], 5: [2]}, {0: [0]}, {1: [2], 3: [4], 4: [5], 5: [3]},
              {"x": ["y", "z"], "z": ["w"], "w": ["x"]}]:
    ts = TopologicalSorter(graph)
    try:
        ts.prepare()
    except CycleError as e:
        print("CycleError", e.args, str(e), isinstance(e, ValueError))
    try:
        ts.prepare()
    except ValueError as e:
        print("ValueError", e)
    print(ts.get_ready())
    try:
        print(list(TopologicalSorter(graph).static_order()))
    except CycleError as e:
        print("static CycleError", e.args[1])

ts = TopologicalSorter()
ts.add("a", "b", "b")
print(list(ts.static_order()))
print(TopologicalSorter[int], CycleError.__mro__[1].__name__, sorted(graphlib.__all__))
gen = TopologicalSorter({1: [2]}).static_order()
print(type(gen).__name__, list(gen))
