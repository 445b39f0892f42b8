# functools.cached_property.
from functools import cached_property

class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0
    @cached_property
    def total(self):
        "The sum, computed once."
        self.computed += 1
        return sum(self.values)

d = Data([1, 2, 3])
print(d.total, d.total, d.computed, 'total' in d.__dict__)
d.values.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total, d.computed)
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__)
print(Data.total.func.__name__)

class Sub(Data):
    pass
s = Sub([5])
print(s.total, s.computed)

loose = cached_property(lambda self: 1)
try:
    loose.__get__(Data([]), Data)
except TypeError as e:
    print(e)
print(loose.__get__(None, Data) is loose)

class Slotted:
    __slots__ = ('x',)
    @cached_property
    def prop(self):
        return 1
try:
    Slotted().prop
except TypeError as e:
    print(e)

class Twice:
    pass
cp = cached_property(lambda self: 2)
cp.__set_name__(Twice, 'a')
cp.__set_name__(Twice, 'a')
try:
    cp.__set_name__(Twice, 'b')
except TypeError as e:
    print(e)
