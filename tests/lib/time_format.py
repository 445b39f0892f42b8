# time: strftime, asctime, ctime-style formatting of fixed times
import time

t = time.gmtime(1234567890)
print(time.strftime('%Y-%m-%d %H:%M:%S', t))
print(time.strftime('%a %A %b %B %j %U %w %y %%', t))
print(time.strftime('%d/%m/%Y', (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
print(time.strftime('', t) == '', time.strftime('%', t), repr(time.strftime('x' * 5, t)))
print(time.strftime('%Y-%m-%d %a %b %j', (2020, 0, 0, 0, 0, 0, 0, 0, 0)))
print(time.strftime('%H h é', t))
print(time.asctime(t))
print(time.asctime((1999, 12, 31, 23, 59, 59, 4, 365, 0)))
print(time.asctime(time.gmtime(0)), time.asctime((2000, 1, 5, 1, 2, 3, 2, 5, 0)))
for args in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
             (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
             (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
             (2020, 1, 1, 0, 0, 0, -2, 1, 0)]:
    try:
        print(time.strftime('%Y', args))
    except ValueError as e:
        print("ValueError", e)
for call in [lambda: time.asctime((2020, 1, 0, 0, 0, 0, 0, 1, 0)), lambda: time.strftime(5),
             lambda: time.strftime('%Y', (1, 2, 3)), lambda: time.strftime('%Y', 'abc'),
             lambda: time.asctime([2020] * 9), lambda: time.strftime('%Y', (2020.0,) * 9)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
