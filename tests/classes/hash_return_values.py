# What __hash__ may return, and hashing of defaults, re-enabled and subclassed hashes
class Eq:
    def __eq__(self, o):
        return True
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
