# __index__ makes an object usable wherever an integer is required
import operator
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
i = Idx(2)
seq = [10, 20, 30, 40]
print(seq[i], seq[Idx(-1)], seq[i:], seq[:Idx(1)], "abcd"[i], (1, 2, 3)[i])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), list(range(Idx(3))), operator.index(i))
print(int(Idx(7)) if hasattr(int, "__index__") else "", [0] * Idx(3), Idx(3) * "ab" if False else "ab" * Idx(3))
print(bytes(Idx(2)), format(Idx(3).__index__(), "b"))
class BadIdx:
    def __index__(self):
        return "no"
for fn in (lambda: seq[BadIdx()], lambda: operator.index(BadIdx()), lambda: bin(BadIdx())):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
for fn in (lambda: seq[1.5], lambda: operator.index(2.0), lambda: "ab"[str(1)], lambda: range(1.0), lambda: seq[None if seq else 0]):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
class Both:
    def __index__(self): return 1
    def __int__(self): return 2
print(int(Both()), seq[Both()], bin(Both()))
class OnlyInt:
    def __int__(self): return 3
try:
    seq[OnlyInt()]
except TypeError as e:
    print(type(e).__name__, e)
print(int(OnlyInt()), round(2.5), complex(Idx(1)) if False else "-")
class Big:
    def __index__(self): return 2 ** 70
try:
    seq[Big()]
except IndexError as e:
    print(type(e).__name__, e)
print(seq[Big():], len(range(Big())) if False else "big range ok")
