# Types that are C types in CPython but Python classes in Glass's lib/ name themselves
# in messages by their dotted C name ("'datetime.date' object is not subscriptable").
import datetime, decimal, fractions, collections, functools, itertools, operator
objs = [datetime.date(2020,1,1), datetime.datetime(2020,1,1), datetime.timedelta(1), datetime.time(1), datetime.timezone.utc,
        decimal.Decimal(1), collections.OrderedDict(), collections.deque(), functools.partial(len), itertools.count(),
        operator.itemgetter(1), fractions.Fraction(1), collections.Counter(), collections.defaultdict()]
for o in objs:
    for f in (lambda o: o + [], lambda o: o(), lambda o: o[0], lambda o: len(o), lambda o: iter(o), lambda o: -o):
        try:
            f(o)
        except TypeError as e:
            print(type(o).__name__, e)
        except Exception as e:
            print(type(o).__name__, type(e).__name__)
    print(repr(type(o)), type(o).__module__, type(o).__qualname__)
# The name survives subclassing only as the subclass's own name.
class MyDate(datetime.date):
    pass
try:
    MyDate(2020, 1, 1)[0]
except TypeError as e:
    print(e)
print("__glass_tpname__" in vars(datetime.date))
for a in [dict(days=10**10), dict(days=10**9), dict(seconds=10**15), dict(weeks=10**9)]:
    try:
        print(datetime.timedelta(**a))
    except OverflowError as e:
        print("OverflowError", e)
