# operator: sequence helpers, index and length_hint.
import operator as op

seq = [1, 2, 3, 2, 2.0]
print(op.contains(seq, 3), op.contains('abc', 'bc'), op.countOf(seq, 2), op.indexOf(seq, 3))
print(op.getitem(seq, -1), op.getitem('abc', slice(0, 2)), op.getitem({'a': 1}, 'a'))
op.setitem(seq, 0, 'x')
op.delitem(seq, 1)
print(seq)
d = {}
op.setitem(d, 'k', 1)
op.delitem(d, 'k')
print(d)
nan = float('nan')
print(op.countOf([nan, nan], nan), op.indexOf([nan], nan))
print(op.index(5), op.index(True))

class Idx:
    def __index__(self): return 7
print(op.index(Idx()), [0, 1, 2, 3, 4, 5, 6, 7][Idx()])

class Hint:
    def __length_hint__(self): return 5
class NoHint:
    def __length_hint__(self): return NotImplemented
class BadHint:
    def __length_hint__(self): return -1
class StrHint:
    def __length_hint__(self): return 'x'
print(op.length_hint([1, 2]), op.length_hint(Hint()), op.length_hint(NoHint(), 3))
print(op.length_hint(iter(range(4))), op.length_hint(object(), 9))
print(op.call(max, 1, 5, 3), op.call(dict, a=1))

for call in [lambda: op.index(1.5), lambda: op.index('a'), lambda: op.indexOf([1], 2),
             lambda: op.length_hint(BadHint()), lambda: op.length_hint(StrHint()),
             lambda: op.length_hint([], 'x'), lambda: op.getitem([], 1),
             lambda: op.delitem({}, 'k'), lambda: op.countOf(1, 1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
