# time: clocks move forward, sleep, _ns forms, conversions and their errors
import time

a = time.monotonic()
an = time.monotonic_ns()
p = time.perf_counter()
time.sleep(0.01)
b = time.monotonic()
print(b > a, b - a >= 0.009, time.monotonic_ns() > an, time.perf_counter() - p >= 0.009)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.time() > 1.6e9)
print(abs(time.time_ns() / 1e9 - time.time()) < 1.0, time.process_time() >= 0)
print(type(time.process_time_ns()).__name__, type(time.thread_time()).__name__)
time.sleep(0)
time.sleep(False)
now = time.time()
print(abs(time.mktime(time.localtime(now)) - int(now)) <= 1.0)
print(time.localtime(now)[:5] == time.localtime(int(now))[:5])
print(time.gmtime()[0] >= 2024, time.localtime(None).tm_year >= 2024)
print(len(time.ctime()), time.ctime(0) == time.asctime(time.localtime(0)))
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__)
print(type(time.tzname).__name__, len(time.tzname))
info = time.get_clock_info('monotonic')
print(info.monotonic, info.adjustable, info.resolution > 0)
print(time.get_clock_info('time').adjustable)
for call in [lambda: time.sleep(-1), lambda: time.sleep('a'), lambda: time.gmtime('a'),
             lambda: time.gmtime(float('nan')), lambda: time.gmtime(1e30),
             lambda: time.mktime((1, 2)), lambda: time.mktime('abc'), lambda: time.get_clock_info('x'),
             lambda: time.localtime(1, 2), lambda: time.sleep(float('nan'))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
