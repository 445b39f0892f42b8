import sys
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(1000)
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print(type(e).__name__, e)
def measure():
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
a = measure()
sys.setrecursionlimit(500)
b = measure()
sys.setrecursionlimit(1000)
print(a - b)
print(issubclass(RecursionError, RuntimeError))
def recover():
    try:
        depth(10 ** 6)
    except RecursionError:
        return "recovered, can still call: " + str(depth(100))
print(recover())
