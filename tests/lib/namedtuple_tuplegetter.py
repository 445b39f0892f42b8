# namedtuple fields are _collections._tuplegetter descriptors, as in CPython.
from collections import namedtuple
import copy, pickle
T = namedtuple('T', 'a b')
t = T(1, 2)
print(T.a, repr(T.a), T.a.__doc__, type(T.a).__name__, type(T.a).__module__)
try: t.a = 5
except AttributeError as e: print(e)
try: del t.a
except AttributeError as e: print(e)
print(T.a.__get__(None, T) is T.a, T.a.__get__(t, T), t.a, t.b)
try: T.a.__get__(5, T)
except TypeError as e: print(e)
print(copy.copy(T.a) is T.a, T.a.__reduce__())
print(pickle.loads(pickle.dumps(t)), copy.deepcopy(t), t._replace(a=9), t._asdict())
class P(T):
    @property
    def total(self): return self.a + self.b
print(P(3, 4).total, P(3, 4).a, P.b)
T.a.__doc__ = "changed"; print(T.a.__doc__)
match t:
    case T(a=1, b=x): print("matched", x)
