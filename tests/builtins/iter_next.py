it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
count = 0
def tick():
    global count
    count += 1
    return count
print(list(iter(tick, 4)))
print(count)
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(list(lines))
class Once:
    def __init__(self):
        self.done = False
    def __call__(self):
        if self.done:
            raise StopIteration
        self.done = True
        return "once"
print(list(iter(Once(), None)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), )
except StopIteration:
    print("StopIteration from empty")
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)
s = iter(tick, 10)
print(type(s).__name__, next(s), next(s))
g = (x for x in "ab")
print(next(g), next(g), next(g, "end"))
d = iter({"k": 1, "j": 2})
print(next(d), next(d))
print(next(iter(range(5, 10))), next(reversed(range(3))))
