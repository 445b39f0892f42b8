# enum: str and float mixins, _ignore_, _order_, member() and nonmember().
from enum import Enum, nonmember, member

class S(str, Enum):
    A = 'a'
    B = 'b'

print(str(S.A), format(S.A), repr(S.A), S.A == 'a', S.A.upper(), S('b'))

class F(float, Enum):
    PI = 3.14

print(F.PI, repr(F.PI), F.PI * 2)

class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['D%d' % i] = i

print(list(Period))

class Misc(Enum):
    _order_ = 'X Y fn'
    X = 1
    Y = 2
    helper = nonmember(5)
    fn = member(len)

    def method(self):
        return 'm'

print(list(Misc), Misc.helper, Misc.X.method(), Misc.fn.value is len)
try:
    class Bad(Enum):
        _order_ = 'Y X'
        X = 1
        Y = 2
except TypeError as e:
    print(type(e).__name__, e)
