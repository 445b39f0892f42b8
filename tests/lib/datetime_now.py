# today/now/utcnow/fromtimestamp agree with time.time() (only relations are printed).
import time
from datetime import date, datetime, timedelta, timezone

t0 = time.time()
now = datetime.now()
utcnow = datetime.utcnow()
aware = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo, aware.tzinfo, type(date.today()).__name__)
print(abs(aware.timestamp() - t0) < 2, abs(now.timestamp() - t0) < 2)
print(abs(utcnow - aware.replace(tzinfo=None)) < timedelta(seconds=2))
print(date.today() in (now.date(), now.date() + timedelta(1)), datetime.today().tzinfo)
print(abs(datetime.fromtimestamp(t0) - now) < timedelta(seconds=2))
local = aware.astimezone()
print(type(local.tzinfo).__name__, abs(local - aware) == timedelta(0))
print(local.utcoffset() == local.tzinfo.utcoffset(local))
print(date.fromtimestamp(0) in (date(1969, 12, 31), date(1970, 1, 1), date(1970, 1, 2)))
ts = datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc).timestamp()
print(ts, datetime.fromtimestamp(ts, timezone.utc), datetime.utcfromtimestamp(ts))
naive = datetime(2022, 5, 5, 12, 0)
print(datetime.fromtimestamp(naive.timestamp()) == naive)
print(datetime.fromtimestamp(-1.5, timezone.utc), datetime.fromtimestamp(0.9999995, timezone.utc))
print(datetime.fromtimestamp(1.0000005, timezone.utc), datetime.fromtimestamp(2.5e-6, timezone.utc))
