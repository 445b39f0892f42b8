# auto() as CPython 3.11.2 computes it: last value + 1 when the last is the largest;
# otherwise a DeprecationWarning and one more than the smallest (the values sorted).
import warnings
from enum import Enum, auto

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    class A(Enum):
        X = auto(); Y = 100; Z = auto(); D = 50; E = auto()
    class B(Enum):
        P = auto(); Q = auto(); R = 10; S = auto()
    class C(Enum):
        M = "a"; N = auto()
    class D(Enum):
        K = 5; L = 2; M = auto()
print([(m.name, m.value) for m in A])
print([(m.name, m.value) for m in B])
print([(m.name, m.value) for m in C])
print([(m.name, m.value) for m in D])
print([(x.category.__name__, str(x.message).split("\n")[0], x.lineno) for x in w])
