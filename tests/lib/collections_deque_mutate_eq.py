# deque.remove/count/index/__contains__ when an __eq__ changes the deque.
from collections import deque

class Mut:
    def __init__(self, d, action, result=False):
        self.d, self.action, self.result = d, action, result
    def __eq__(self, other):
        self.action(self.d)
        return self.result
    __hash__ = object.__hash__
    def __repr__(self):
        return "Mut"

actions = {
    "append": lambda d: d.append(9),
    "appendleft": lambda d: d.appendleft(9),
    "pop": lambda d: d.pop(),
    "popleft": lambda d: d.popleft(),
    "clear": lambda d: d.clear(),
    "rotate": lambda d: d.rotate(1),
    "setitem": lambda d: d.__setitem__(0, 7),
    "reverse": lambda d: d.reverse(),
    "extend": lambda d: d.extend([5]),
    "nothing": lambda d: None,
}
for name, act in actions.items():
    for result in (False, True):
        for op in ("remove", "count", "index", "contains"):
            d = deque([1, 2, 3])
            m = Mut(d, act, result)
            d.appendleft(m) if False else None
            d2 = deque([Mut(d, act, result), 2, 3]) if False else None
            # the mutating item is in the deque: deque.op(value) compares item == value
            d = deque([0, 1, 2])
            d[1] = Mut(d, act, result)
            try:
                if op == "remove":
                    r = d.remove(5)
                elif op == "count":
                    r = d.count(5)
                elif op == "index":
                    r = d.index(5)
                else:
                    r = 5 in d
                print(name, result, op, "->", r, list(d))
            except Exception as e:
                print(name, result, op, type(e).__name__, e, list(d))

# the searched value mutates (value on the right: item == value tried first)
d = deque([1, 2, 3])
class V:
    def __eq__(self, other):
        d.append(0)
        return NotImplemented
try:
    d.remove(V())
except Exception as e:
    print(type(e).__name__, e, list(d))
d = deque([1, 2, 3])
try:
    print(V() in d)
except Exception as e:
    print(type(e).__name__, e, list(d))

d = deque([1, 2, 3, 2])
d.remove(2)
print(d)
try:
    d.remove(7)
except ValueError as e:
    print(e)
from collections import deque
d = deque([1,2,3,4])
it = iter(d); print(next(it)); d.reverse(); print(list(it))
for op in ["d.__setitem__(0, 9)", "d.__delitem__(0)", "d.insert(0, 5)", "d.remove(2)", "d.extendleft([1])", "d.__iadd__([1])", "d.__imul__(2)", "d.sort() if hasattr(d,'sort') else None"]:
    d = deque([1,2,3,4]); it = iter(d); next(it)
    try: eval(op); print(op, list(it))
    except Exception as e: print(op, type(e).__name__, e)
