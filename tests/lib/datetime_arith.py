# Calendar arithmetic: leap years, month ends, ordering, dict keys, timedelta rounding.
from datetime import date, datetime, timedelta, time

print([date(y, 3, 1) - date(y, 2, 1) for y in (1900, 2000, 2023, 2024)])
print(date(2024, 1, 31) + timedelta(days=30), datetime(2023, 12, 31, 23, 59, 59) + timedelta(seconds=1))
print(datetime(2024, 3, 1) - timedelta(microseconds=1), date(2000, 2, 28) + timedelta(2))
d1, d2 = datetime(2024, 5, 17, 8, 30), datetime(2023, 11, 2, 19, 45, 10, 5)
diff = d1 - d2
print(diff, repr(diff), diff.total_seconds(), d2 + diff == d1, d1 - diff == d2)
print(sorted([d1, d2, datetime(2024, 1, 1)]), max(d1, d2), min([date(2020, 1, 1), date(1999, 1, 1)]))
counts = {}
for dt in [date(2024, 1, 1), date(2024, 1, 1), date(2024, 1, 2)]:
    counts[dt] = counts.get(dt, 0) + 1
print(counts, {datetime(2024, 1, 1): 1}[datetime(2024, 1, 1, 0, 0)])
print(timedelta(microseconds=1) * 0.5, timedelta(microseconds=3) * 0.5, timedelta(seconds=1) * 1.1)
print(timedelta(days=1) / 7, timedelta(days=1) // timedelta(hours=5), timedelta(days=-1) // 3)
print(timedelta(hours=-1).total_seconds(), divmod(timedelta(hours=-1), timedelta(minutes=25)))
print([date(2023, 1, d).isoweekday() for d in range(1, 8)])
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar(), date(2026, 12, 31).isocalendar())
print(datetime.combine(date(2024, 2, 29), time(12)) + timedelta(days=365))
print(date(2024, 2, 29).replace(year=2028), (date(2024, 12, 25) - date(2024, 1, 1)).days)
try:
    date(2024, 2, 29).replace(year=2023)
except ValueError as e:
    print(type(e).__name__, e)
print(datetime(2024, 1, 1) + timedelta(days=0.5), datetime(2024, 1, 1, 12) - datetime(2024, 1, 1, 13))
print(abs(timedelta(days=-3, hours=4)), -timedelta(days=-3, hours=4), timedelta(weeks=1) == timedelta(7))
