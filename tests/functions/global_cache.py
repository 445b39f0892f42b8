# LOAD_GLOBAL caching: globals shadowing builtins, deletion, popitem on globals(),
# one code object run against different globals, builtins changed under a loop.
import builtins


def use_len():
    return len("abc")


def counter():
    global n
    n += 1
    return n


n = 0
for i in range(3):
    print(use_len(), counter())
len = lambda s: "shadowed"
print(use_len())
del len
print(use_len())

# many stores into the module between loads
def loop():
    total = 0
    for i in range(200):
        total += counter() + abs(-1)
    return total


print(loop(), n)

# popitem on globals then a new global in the freed entry
g = {"__builtins__": builtins}
exec("def f():\n    return (max, zz)\n", g)
g["zz"] = 1
print(g["f"]())
g["max"] = "mine"
print(g["f"]())
g.popitem()   # removes max
g["zz2"] = 2
print(g["f"]())
g["max"] = "again"
print(g["f"]())

# the same code object with other globals
code = compile("def h():\n    return value\n", "<s>", "exec")
ga = {"value": "a"}
gb = {"value": "b"}
exec(code, ga)
exec(code, gb)
hc = ga["h"].__code__
print(ga["h"](), gb["h"](), ga["h"](), gb["h"]())
import types
hb = types.FunctionType(hc, gb)
print(hb(), ga["h"]())

# builtins replaced while code runs
def show():
    return abs(-5)


print(show())
saved = builtins.abs
builtins.abs = lambda x: "patched"
print(show())
builtins.abs = saved
print(show())

# a global deleted: NameError, then defined again
def get_x():
    return x


x = 1
print(get_x())
del x
try:
    get_x()
except NameError as e:
    print("NameError:", e)
x = 2
print(get_x())

# non-str key in globals
globals()[1] = "int key"
x = 3
print(get_x(), use_len())

# types.FunctionType
def plain(a, b=2):
    return a + b


def outer():
    y = 10
    def inner():
        return y
    return inner


for args in [(1,), (plain.__code__, 1), (plain.__code__, {}, 1),
             (plain.__code__, {}, "n", 1), (plain.__code__, {}, "n", (1,), 1),
             (outer().__code__, {})]:
    try:
        types.FunctionType(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    types.FunctionType(plain.__code__, {}, closure=(1,))
except ValueError as e:
    print("ValueError", e)
inn = outer()
k = types.FunctionType(inn.__code__, {}, "renamed", None, inn.__closure__)
print(k(), k.__name__, k.__qualname__)
p2 = types.FunctionType(plain.__code__, {}, None, (5, 6))
print(p2(), p2(1), p2.__defaults__, p2.__globals__)
