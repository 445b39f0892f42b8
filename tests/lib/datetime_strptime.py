# datetime.strptime through _strptime: numeric fields, names, AM/PM, fractions, offsets.
from datetime import datetime, timezone

cases = [('2020-01-01 +0530', '%Y-%m-%d %z'), ('2020-01-01 10:00 UTC', '%Y-%m-%d %H:%M %Z'),
         ('03/04/21 5PM', '%m/%d/%y %I%p'), ('2020-01-01 12:00:00.25', '%Y-%m-%d %H:%M:%S.%f'),
         ('Jul 4 2021', '%b %d %Y'), ('2020-01-01Z', '%Y-%m-%d%z'),
         ('Monday, March 01, 2021', '%A, %B %d, %Y'), ('1999-365', '%Y-%j'),
         ('12:30', '%H:%M'), ('2021-02-03T04:05:06-0800', '%Y-%m-%dT%H:%M:%S%z'),
         ('  2021 7 9', ' %Y %m %d'), ('69-1-1', '%y-%m-%d'), ('68-1-1', '%y-%m-%d')]
for s, f in cases:
    d = datetime.strptime(s, f)
    print(repr(d), d.isoformat())
for s, f in [('x', '%Y'), ('2021-13-01', '%Y-%m-%d'), ('2021-02-30', '%Y-%m-%d'),
             ('2021-01-01 extra', '%Y-%m-%d'), ('10:61', '%H:%M')]:
    try:
        print(datetime.strptime(s, f))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    datetime.strptime(2021, '%Y')
except TypeError as e:
    print(type(e).__name__, e)
d = datetime.strptime('2021-06-15 08:00 +0000', '%Y-%m-%d %H:%M %z')
print(d.tzinfo == timezone.utc, d.timestamp(), d.astimezone(timezone.utc).isoformat())
