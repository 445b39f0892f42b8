import sys
print(sys.getrecursionlimit())
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def count_depth():
    n = 0
    def go():
        nonlocal n
        n += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return n
print("depth reached is stable:", count_depth() == count_depth())
def module_level_chain(n):
    return 0 if n == 0 else 1 + module_level_chain(n - 1)
print(module_level_chain(990))
class SelfRepr:
    def __repr__(self):
        return repr(self)
try:
    repr(SelfRepr())
except RecursionError as e:
    print(type(e).__name__, e)
class Deep:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Deep().a
except RecursionError as e:
    print(type(e).__name__, e)
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("still alive after", 4, "recursion errors")
def gen_rec():
    yield from gen_rec()
try:
    next(gen_rec())
except RecursionError as e:
    print(type(e).__name__, e)
