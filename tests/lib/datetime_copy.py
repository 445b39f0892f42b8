# copy/deepcopy, subclasses (repr, arithmetic), tzinfo subclasses, isinstance relations.
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo

x = datetime(2020, 1, 2, 3, tzinfo=timezone(timedelta(hours=1), 'X'))
print(copy.copy(x) == x, repr(copy.deepcopy(x)), repr(copy.deepcopy(timedelta(1, 2, 3))))
print(repr(copy.copy(date(2020, 1, 1))), repr(copy.deepcopy(time(1, tzinfo=timezone.utc))))

class MyDate(date):
    def twice(self):
        return self + timedelta(days=self.day)

class MyDT(datetime):
    pass

class MyDelta(timedelta):
    pass

m = MyDT(2020, 1, 1, 5)
print(repr(m), repr(m + timedelta(1)), type(m.replace(year=2021)).__name__, isinstance(m, date))
print(repr(MyDate(2020, 3, 4)), MyDate(2020, 3, 4).twice(), repr(MyDelta(hours=1)))
print(repr(MyDT.fromisoformat('2020-05-06T07:08')), type(MyDT.now()).__name__)
print(repr(MyDate.fromordinal(5)), repr(MyDate.fromisoformat('2000-01-01')))
print(issubclass(datetime, date), isinstance(timezone.utc, tzinfo), datetime.__mro__[1].__name__)
print(date.__name__, datetime.__module__, timedelta.__qualname__, type(date.today()).__name__)
try:
    tzinfo().utcoffset(None)
except NotImplementedError as e:
    print(type(e).__name__, e)
class Broken(tzinfo):
    def utcoffset(self, dt):
        return 5
try:
    datetime(2020, 1, 1, tzinfo=Broken()).utcoffset()
except TypeError as e:
    print(type(e).__name__, e)
try:
    tzinfo().fromutc(datetime(2020, 1, 1))
except ValueError as e:
    print(type(e).__name__, e)
r = copy.deepcopy(__import__('random').Random(5))
print(r.random() == __import__('random').Random(5).random())
