# datetime: construction, repr/str, isoformat, combine, arithmetic, comparisons.
from datetime import datetime, date, time, timedelta, timezone

dt = datetime(2024, 3, 10, 14, 5, 9, 120)
print(dt, repr(dt), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)))
print(dt.date(), dt.time(), dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo)
print(dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='minutes'))
print(dt.isoformat(timespec='milliseconds'), dt.isoformat(timespec='hours'), dt.ctime())
print(datetime.combine(date(2020, 1, 2), time(3, 4)), datetime.combine(dt.date(), dt.timetz()))
print(dt + timedelta(hours=12), dt - timedelta(days=70), dt - datetime(2024, 1, 1))
print(datetime(2024, 1, 1) - dt, dt.replace(hour=0, microsecond=0), dt.weekday(), dt.isocalendar())
print(dt.timetuple())
print(dt > datetime(2024, 3, 10), dt == datetime(2024, 3, 10, 14, 5, 9, 120), dt == dt.date())
print(datetime.fromisoformat('2011-11-04T00:05:23'), datetime.fromisoformat('2011-11-04 00:05:23.283'))
print(repr(datetime.fromisoformat('2011-11-04T00:05:23+04:00')), datetime.fromisoformat('20111104'))
print(repr(datetime.fromisoformat('2011-11-04T00:05:23Z')), datetime.fromisoformat('2011-W01-2T00:05'))
print(datetime.min, datetime.max, datetime.resolution)
print(datetime.strptime('2023-07-04 10:20:30', '%Y-%m-%d %H:%M:%S'))
print(time(12, 30), repr(time(0)), repr(time(1, 2, 3, 4)), time(1, 2, 3, 4).isoformat('milliseconds'))
print(time.fromisoformat('04:23:01.000384'), time.fromisoformat('T0423'), time(5) < time(6))
print(time.min, time.max, time(23, 59).replace(minute=1), time(14, 3).strftime('%I:%M %p'))
for args in [(2020, 1, 1, 24), (2020, 1, 1, 0, 60), (2020, 1, 1, 0, 0, 60), (2020, 1, 1, 0, 0, 0, 10**6)]:
    try:
        datetime(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: dt < dt.date(), lambda: datetime.max + timedelta(1),
             lambda: dt.isoformat(timespec='x'), lambda: datetime.fromisoformat('2020-01-01T')]:
    try:
        call()
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
