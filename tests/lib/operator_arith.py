# operator: the arithmetic, bitwise, comparison and logical functions.
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-7))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.inv(0))
print(op.lshift(1, 4), op.rshift(256, 3), op.matmul.__name__)
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_([]), op.truth([0]), op.truth(0), op.is_(None, None), op.is_not(1, None))
print(op.add('ab', 'cd'), op.mul([0], 3), op.concat((1,), (2,)))
print(op.__add__ is op.add, op.__lt__ is op.lt, op.__inv__ is op.inv)

# In-place forms: mutate mutables, rebind immutables.
a = [1]
b = op.iadd(a, [2])
print(b, b is a)
t = (1,)
u = op.iadd(t, (2,))
print(u, u is t)
x = 10
for f, arg in [(op.isub, 3), (op.imul, 4), (op.ifloordiv, 5), (op.imod, 4),
               (op.ipow, 3), (op.ilshift, 2), (op.irshift, 1), (op.iand, 6),
               (op.ior, 9), (op.ixor, 5)]:
    x = f(x, arg)
    print(f.__name__, x)
print(op.itruediv(9, 2), op.iconcat([1], [2]))
s = {1}
print(op.ior(s, {2}) is s, s)

for call in [lambda: op.add(1, 'a'), lambda: op.neg('x'), lambda: op.truediv(1, 0),
             lambda: op.concat(1, 2), lambda: op.lt(1, 'a')]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __matmul__(self, o): return self.v * o.v
    def __neg__(self): return 'neg'
print(op.add(V(1), V(2)).v, op.matmul(V(3), V(4)), op.neg(V(0)))
print(sorted(op.__all__)[:5], len(op.__all__))
