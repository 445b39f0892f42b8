# Code object attributes as CPython 3.11 shapes them (the bytecode itself is Glass's
# own): co_code and co_lnotab are bytes, co_lines() covers co_code contiguously,
# co_positions() has one entry per 2-byte unit, co_consts[0] of a function is its
# docstring or None.
def f(x, y):
    a = x + y
    b = x - y
    return a * b

def doc():
    "the doc"
    return 1

code = f.__code__
print(type(code.co_code), len(code.co_code) % 2, type(code.co_lnotab))
lines = list(code.co_lines())
print(lines[0][0], lines[-1][1] == len(code.co_code))
print(all(a[1] == b[0] for a, b in zip(lines, lines[1:])))
print(sorted(set(l for _, _, l in lines if l is not None and l > code.co_firstlineno)))
pos = list(code.co_positions())
print(len(pos) == len(code.co_code) // 2, all(len(p) == 4 for p in pos))
print(set(p[0] for p in pos if p[0] is not None and p[0] > code.co_firstlineno))
print(code.co_consts, doc.__code__.co_consts, doc.__doc__, (lambda: 0).__code__.co_consts)
def gen():
    yield 1
print(gen.__code__.co_consts, type(gen.__code__.co_code))
try:
    code.co_code = b""
except AttributeError as e:
    print("AttributeError", e)
