# date: construction and validation, ordinals, weekdays, ISO calendar, arithmetic.
from datetime import date, timedelta, MINYEAR, MAXYEAR

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.isoformat())
print(d.timetuple())
print(d + timedelta(days=1), d - timedelta(days=366), date(2025, 1, 1) - d)
print(d.replace(day=1), d.replace(year=2023, day=28), date.fromordinal(1), date.fromordinal(738000))
print(date.fromisoformat('2021-03-04'), date.fromisoformat('20210304'), date.fromisoformat('2021-W01-1'))
print(date.fromisocalendar(2020, 53, 7), date(2004, 1, 1).isocalendar(), date(2008, 12, 29).isocalendar())
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
print(d == date(2024, 2, 29), d < date(2024, 3, 1), d > date(2024, 3, 1), d != d.replace(day=28))
print(d.ctime(), format(d, '%d/%m/%Y'), f'{d}', '{:%A %B}'.format(d))
for args in [(2020, 13, 1), (2020, 2, 30), (0, 2, 3), (2020.0, 2, 3), (2023, 2, 29), (10000, 1, 1)]:
    try:
        date(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for s in ['2020-1-1', '2020-01-32', 'x', '2020-01-01T00']:
    try:
        print(date.fromisoformat(s))
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: date.max + timedelta(1), lambda: date.fromordinal(0)]:
    try:
        call()
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print([date(y, 1, 1).weekday() for y in range(1998, 2010)])
print(sorted([date(2020, 5, 1), date(2019, 1, 1), date(2020, 1, 1)]))
print(date(1, 1, 1).toordinal(), date(9999, 12, 31).toordinal(), date(1600, 2, 29) + timedelta(365))
