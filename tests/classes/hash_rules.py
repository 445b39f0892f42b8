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
