# match: captures in class bodies, global/nonlocal targets, generators, closures, guards that raise
class K:
    v = 3
    match v:
        case 3 as three:
            w = three * 2
print(K.w, K.three)
g = None
def setg(x):
    global g
    match x:
        case [g, *_]:
            pass
setg([5, 6]); print(g)
def outer():
    n = 0
    def inner(x):
        nonlocal n
        match x:
            case {"n": n}:
                pass
    inner({"n": 9})
    return n
print(outer())
def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case str() as s:
                yield s
print(list(gen([(1, 2), "x", 3])))
def closure(x):
    match x:
        case [a]:
            return lambda: a
print(closure([42])())
try:
    match [1, 2]:
        case [a, b] if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e, a, b)
class E(Exception):
    pass
try:
    raise E("boom")
except E as exc:
    match exc.args:
        case (msg,):
            print("exc args", msg)
