def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g), g.gi_frame.f_lineno)
print(next(g))
print(next(g, "done"), g.gi_frame)
def gen_close():
    try:
        yield "first"
    finally:
        print("  closing")
c = gen_close()
c.close()
print("closing an unstarted generator runs no body")
c = gen_close()
next(c)
c.close()
c.close()
print("double close is harmless")
def yield_expression():
    got = []
    while len(got) < 3:
        got.append((yield len(got)))
    return got
y = yield_expression()
print(next(y), y.send("a"), y.send("b"))
try:
    y.send("c")
except StopIteration as s:
    print("return value", s.value)
def gen_in_gen():
    inner = (i * i for i in range(3))
    for v in inner:
        yield v
    yield "end"
print(list(gen_in_gen()))
g1 = gen()
g2 = gen()
print(next(g1), next(g1), next(g2), g1 is not g2)
def reentrant():
    yield me.send(None) if False else "no re-entry"
me = reentrant()
print(next(me))
print(type(gen).__name__, type(gen()).__name__, gen.__code__.co_flags & 0x20 != 0)
def not_gen():
    return 1
print(not_gen.__code__.co_flags & 0x20 != 0)
