# functools.partial and partialmethod.
from functools import partial, partialmethod

def f(a, b=0, *rest, **kw):
    return (a, b, rest, kw)

p = partial(f, 1, b=2)
print(p(), p(x=3), p.func is f, p.args, p.keywords)
print(repr(p).startswith('functools.partial(<function f at 0x'), repr(p).endswith('>, 1, b=2)'))
print(repr(partial(max, 1)), repr(partial(dict, a=1)))
p2 = partial(p, z=4)
print(p2.func is f, p2.args, p2.keywords, p2())
print(partial(f, b=1)(0, b=5))
int2 = partial(int, base=2)
print(int2('1010'), int2('11', base=10))

class MyPartial(partial):
    pass
mp = MyPartial(max, 3)
print(repr(mp), mp(7), type(MyPartial(mp, 1)).__name__)
p.attr = 'kept'
print(p.attr, type(p).__name__)

for call in [lambda: partial(1), lambda: partial(), lambda: p(1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)

class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    make_two = partialmethod(make, 2)

c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive, len(Cell.make_two()), Cell.set_alive.__class__.__name__)
print(repr(partialmethod(f, 1)).startswith('functools.partialmethod(<function f'))
