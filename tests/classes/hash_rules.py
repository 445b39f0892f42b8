# Hash inheritance: __eq__ alone disables hashing; explicit __hash__ rules
class Eq:
    def __eq__(self, o):
        return True
print(Eq.__hash__, "__hash__" in Eq.__dict__)
for val in (Eq(), [1], {}, {1}, bytearray()):
    try:
        hash(val)
    except TypeError as e:
        print(type(e).__name__, e)
class EqHash(Eq):
    def __hash__(self):
        return 7
print(hash(EqHash()), {EqHash(): 1}[EqHash()])
class SubEqHash(EqHash):
    pass
print(hash(SubEqHash()), SubEqHash.__hash__ is EqHash.__hash__)
class SubRedefEq(EqHash):
    def __eq__(self, o):
        return False
print(SubRedefEq.__hash__)
class Explicit:
    __hash__ = None
try:
    {Explicit()}
except TypeError as e:
    print(type(e).__name__, e)
import collections.abc as cabc
print(isinstance(Explicit(), cabc.Hashable), isinstance(EqHash(), cabc.Hashable))
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
class Big:
    def __hash__(self):
        return 2 ** 70
print(hash(Big()) == hash(2 ** 70), hash(Big()) < 2 ** 63)
class Bad:
    def __hash__(self):
        return "no"
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
class FloatHash:
    def __hash__(self):
        return 1.5
try:
    hash(FloatHash())
except TypeError as e:
    print(type(e).__name__, e)
class Default:
    pass
d = Default()
print(hash(d) == object.__hash__(d), hash(d) == id(d) >> 4)
class Reenable(Eq):
    __hash__ = object.__hash__
r = Reenable()
print(hash(r) == id(r) >> 4)
class HashFromList(list):
    def __hash__(self):
        return len(self)
print(hash(HashFromList([1, 2])), {HashFromList([1]): "ok"})
class IntSub(int):
    def __eq__(self, o):
        return int(self) == o
print(IntSub.__hash__)
