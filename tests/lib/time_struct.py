# time: struct_time (a tuple subclass with named fields) from gmtime
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(len(t), t[0], t[-1], t[:3], tuple(t), isinstance(t, tuple), type(t).__name__)
print(t.tm_zone, t.tm_gmtoff, type(t).__mro__)
print(time.gmtime(1234567890))
print(time.gmtime(1.99)[:6], time.gmtime(-1.5)[:6], time.gmtime(951782400)[:3])
print(time.gmtime(2**31)[:6], time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
s = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0))
print(s, s.tm_zone, s.tm_gmtoff)
s2 = time.struct_time((2020, 5, 17, 10, 30, 0, 6, 138, 0, 'XYZ', 3600))
print(len(s2), s2.tm_zone, s2.tm_gmtoff, s2 == s)
s3 = time.struct_time([1] * 9, {'tm_zone': 'ABC'})
print(s3.tm_zone, s3.tm_gmtoff)
print(s.__reduce__())
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
try:
    s.tm_year = 5
except AttributeError as e:
    print("AttributeError", e)
for bad in [(1, 2), range(12)]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)
y, m, d, *rest = time.gmtime(86400 * 365)
print(y, m, d, rest)
print(sorted(time.gmtime(0)[:3]), hash(time.gmtime(0)) == hash(tuple(time.gmtime(0))))
