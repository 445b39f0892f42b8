# timezone and aware datetimes: utc, fixed offsets, astimezone, timestamps, comparisons.
from datetime import datetime, timedelta, timezone, tzinfo, time, UTC

utc = timezone.utc
est = timezone(timedelta(hours=-5), 'EST')
plus = timezone(timedelta(hours=5, minutes=30))
print(repr(utc), repr(est), repr(plus), str(utc), str(est), str(plus), UTC is utc)
print(utc.utcoffset(None), est.tzname(None), plus.tzname(None), est.dst(None))
print(timezone(timedelta(0)) is utc, timezone(timedelta(0), 'Z'), timezone(timedelta(minutes=-90)))
print(timezone.min, timezone.max, est == timezone(timedelta(hours=-5)))
d = datetime(2024, 6, 1, 12, 0, tzinfo=utc)
print(d, repr(d), d.utcoffset(), d.tzname(), d.dst(), d.timestamp())
e = d.astimezone(est)
print(e, repr(e), e == d, e - d, e.astimezone(plus), e.astimezone(utc) == d)
print(datetime(2024, 6, 1, 7, tzinfo=est) < datetime(2024, 6, 1, 12, 1, tzinfo=utc))
print(datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1e9, est), datetime.utcfromtimestamp(86400.5))
print(datetime.fromtimestamp(1700000000.123456, tz=plus), datetime(1970, 1, 2, tzinfo=utc).timestamp())
print(d.isoformat(), datetime(2024, 1, 1, tzinfo=plus).isoformat(timespec='seconds'))
print(d.strftime('%Y-%m-%d %H:%M:%S %z %Z'), e.strftime('%z|%Z|%%'), datetime(2024, 1, 1).strftime('[%z][%Z]'))
print(time(10, tzinfo=est), time(10, tzinfo=est).utcoffset(), repr(time(1, tzinfo=utc)))
print(d.utctimetuple(), e.timetuple().tm_isdst)
naive = datetime(2024, 6, 1, 12)
print(naive == d, naive.tzinfo, d.replace(tzinfo=None) == naive)
for call in [lambda: naive - d, lambda: naive < d, lambda: timezone(timedelta(hours=24)),
             lambda: timezone(5), lambda: datetime(2020, 1, 1, tzinfo=5), lambda: utc.utcoffset(5)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Fixed(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return 'FX'
f = datetime(2024, 1, 1, 10, tzinfo=Fixed())
print(f, f.tzname(), f.astimezone(utc), utc.fromutc(d), f.strftime('%H %Z %z'))
