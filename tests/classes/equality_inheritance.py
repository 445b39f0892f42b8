class Base:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  {type(self).__name__}.__eq__")
        if not isinstance(other, Base):
            return NotImplemented
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
class Derived(Base):
    def __eq__(self, other):
        print(f"  Derived.__eq__")
        return isinstance(other, Derived) and self.v == other.v
    __hash__ = Base.__hash__
b, d = Base(1), Derived(1)
print(b == d)
print(d == b)
print(b == Base(1), b == 1)
print(len({b, Base(1), d}))
class NoHash(Base):
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None, Base.__hash__ is not None)
class KeepsHash(Base):
    pass
print(KeepsHash.__hash__ is Base.__hash__, hash(KeepsHash(5)) == hash(5))
class NeverEqual:
    def __eq__(self, other):
        return False
    def __ne__(self, other):
        return False
x = NeverEqual()
print(x == x, x != x, x is x, [x] == [x], x in [x])
class DefaultNe:
    def __eq__(self, other):
        return "truthy"
print(DefaultNe() != 1)
