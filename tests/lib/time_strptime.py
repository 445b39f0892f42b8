# time: strptime parses text into struct_time (defaults, names, 12-hour clock, errors)
import time

print(time.strptime('2020-02-29 13:05:09', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('Mon Jan  6 10:00:00 2020'))
print(time.strptime('17', '%H'))
print(time.strptime('31/12/99', '%d/%m/%y')[:3], time.strptime('01/01/68', '%d/%m/%y')[:3])
print(time.strptime('March 5, 2021', '%B %d, %Y')[:3], time.strptime('5 mar 2021', '%d %b %Y')[:3])
print(time.strptime('07:30 PM', '%I:%M %p')[3:5], time.strptime('12:15 am', '%I:%M %p')[3:5])
print(time.strptime('2021 060', '%Y %j')[:3], time.strptime('2020 366', '%Y %j')[1:3])
print(time.strptime('Feb 29', '%b %d')[:3], time.strptime('1 2', '%m %d'))
print(time.strptime('2021-06-01T12:00:00+0130', '%Y-%m-%dT%H:%M:%S%z').tm_gmtoff)
print(time.strptime('2021 -05:00', '%Y %z').tm_gmtoff, time.strptime('2021 Z', '%Y %z').tm_gmtoff)
print(time.strptime('2021 UTC', '%Y %Z')[8], time.strptime('2021 UTC', '%Y %Z').tm_zone)
print(time.strptime('10%', '%S%%')[5], time.strptime('12.5', '%S.%f')[5], time.strptime('2021', '%Y').tm_zone)
print(time.strptime('Friday 2021-01-01', '%A %Y-%m-%d')[6], time.strptime('  x', ' x')[0])
t = time.gmtime(1234567890)
print(time.strptime(time.strftime('%Y-%m-%d %H:%M:%S', t), '%Y-%m-%d %H:%M:%S')[:6] == t[:6])
for args in [('2020-13-01', '%Y-%m-%d'), ('2020-01-01x', '%Y-%m-%d'), (5, '%Y'), ('2020', 5),
             ('  2020', '%Y'), ('2020', ' %Y'), ('2021-02-30', '%Y-%m-%d'), ('20', '%Y'),
             ('1', '%Q'), ('13 pm', '%I %p')]:
    try:
        print(time.strptime(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
