# timedelta: normalisation, arithmetic, comparisons, repr/str, total_seconds, limits.
from datetime import timedelta

for td in [timedelta(), timedelta(1), timedelta(days=1, hours=1), timedelta(seconds=-1),
           timedelta(hours=-25, minutes=3), timedelta(weeks=2, milliseconds=1500),
           timedelta(microseconds=-1), timedelta(days=-2, seconds=5, microseconds=7),
           timedelta(minutes=1.5), timedelta(days=0.5, hours=0.25), timedelta(seconds=1e-7),
           timedelta(microseconds=2.5), timedelta(microseconds=3.5), timedelta(hours=1 / 3)]:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=5), timedelta(minutes=90)
print(a + b, a - b, b - a, -a, +a, abs(-a), a * 2, 3 * b, a * 0.5, a / 4, a / b, a // b)
print(a % b, divmod(a, b), a // 7, a / 1.5, timedelta(seconds=1) / 3)
print(a > b, a == timedelta(seconds=18000), a != b, b <= a, bool(timedelta()), bool(a))
print(timedelta.min, timedelta.max, timedelta.resolution)
print(repr(timedelta.max), repr(timedelta.min))
print(timedelta(1) == 1, sorted([a, b, -a])[0])
for call in [lambda: timedelta(days=10**9), lambda: timedelta.max + timedelta(1),
             lambda: a / 0]:
    try:
        print(call())
    except (OverflowError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(hash(timedelta(1)) == hash(timedelta(hours=24)), timedelta(0, 86400))
print({timedelta(1): 'x'}[timedelta(seconds=86400)])
