# ISO 8601: isoformat output and fromisoformat input forms, round trips.
from datetime import date, datetime, time, timedelta, timezone

dts = [datetime(2020, 1, 2, 3, 4, 5), datetime(2020, 1, 2, 3, 4, 5, 600),
       datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999),
       datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=-7))),
       datetime(2020, 6, 1, 12, tzinfo=timezone(timedelta(hours=5, minutes=45, seconds=10)))]
for dt in dts:
    s = dt.isoformat()
    print(s, datetime.fromisoformat(s) == dt, str(dt))
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, dts[1].isoformat(timespec=spec), time(1, 2, 3, 456789).isoformat(spec))
for s in ['2021-12-01', '2021-12-01T10', '2021-12-01T10:11', '2021-12-01 10:11:12',
          '2021-12-01T10:11:12.5', '2021-12-01T10:11:12.123456789', '2021-12-01T10:11:12,25',
          '2021-12-01T101112', '20211201T1011', '2021-W52-7T00:00', '2021W527',
          '2021-12-01T10:11:12-05:30', '2021-12-01T10:11:12+0200', '2021-12-01T10:11:12+02',
          '2021-12-01T10:11:12+00:00', '2021-12-01T10:11:12.000001Z']:
    print(s, repr(datetime.fromisoformat(s)))
for s in ['10:11', '10:11:12.25', 'T10', '101112', '10:11:12+01:00', '10:11Z']:
    print(s, repr(time.fromisoformat(s)))
for s in ['2021-13-01', '2021-02-29', '2021-12-01T25:00', '2021-12-01X', '', '2021-12-01T10:1',
          '2021-W54', 'W01']:
    for cls in (date, datetime):
        try:
            print(cls.__name__, repr(cls.fromisoformat(s)))
        except ValueError as e:
            print(cls.__name__, type(e).__name__, e)
print(date.fromisoformat('2021-W01'), date.fromisocalendar(2021, 1, 1), date(2021, 1, 4).isocalendar())
try:
    date.fromisoformat(20210101)
except TypeError as e:
    print(type(e).__name__, e)
