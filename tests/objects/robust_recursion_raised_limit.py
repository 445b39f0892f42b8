# With a raised limit, runaway recursion must still end in RecursionError, not a crash.
import sys
sys.setrecursionlimit(100000)
print(sys.getrecursionlimit())
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print(type(e).__name__, e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
class Walker:
    def step(self, n):
        return self.step(n + 1)
try:
    Walker().step(0)
except RecursionError as e:
    print(type(e).__name__, e)
def catch_deep(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return catch_deep(n - 1)
    finally:
        pass
try:
    catch_deep(20000)
except ValueError as e:
    print("unwound", e)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
print(depth(500))
def total(n):
    return n + total(n - 1) if n else 0
sys.setrecursionlimit(20000)
print(total(15000))
sys.setrecursionlimit(1000)
try:
    total(5000)
except RecursionError as e:
    print(type(e).__name__, e)
