import timeit

t = timeit.Timer('x = sum(range(10))')
r = t.timeit(number=100)
print(type(r).__name__, r >= 0)
rs = t.repeat(repeat=3, number=10)
print(type(rs).__name__, len(rs), all(isinstance(x, float) and x >= 0 for x in rs))

calls = []
def work():
    calls.append(1)
print(type(timeit.timeit(work, number=7)).__name__, len(calls))
calls.clear()
print(len(timeit.repeat(work, repeat=2, number=3)), len(calls))

setups = []
t = timeit.Timer(stmt=work, setup=lambda: setups.append(1))
t.timeit(number=5)
print(len(setups))

# setup names are visible to the statement
print(timeit.timeit('y = lst[3]', setup='lst = list(range(5))', number=50) >= 0)
# multi-line statements and setups
stmt = """
total = 0
for i in range(3):
    total += i
"""
print(timeit.timeit(stmt, setup='import math\nz = 2', number=20) >= 0)
# globals
g = {'value': 21}
print(timeit.timeit('value * 2', globals=g, number=10) >= 0)

# a fake timer makes the results exact
ticks = iter(range(0, 1000, 3))
t = timeit.Timer('pass', timer=lambda: next(ticks))
print(t.timeit(number=4), t.repeat(repeat=2, number=1))

class Fake:
    def __init__(self):
        self.now = 0.0
    def __call__(self):
        return self.now
fake = Fake()
def advance():
    fake.now += 0.01
seen = []
t = timeit.Timer(advance, timer=fake)
n, taken = t.autorange(callback=lambda num, tt: seen.append(num))
print(n, round(taken, 6), seen)
n, taken = timeit.Timer(advance, timer=fake).autorange()
print(n)

print(timeit.default_number, timeit.default_repeat, timeit.default_timer is __import__('time').perf_counter)
print(timeit.dummy_src_name, sorted(timeit.__all__))

for bad in [dict(stmt=5), dict(setup=None), dict(stmt='x ='), dict(stmt='return 1'),
            dict(stmt='  indented'), dict(setup='break')]:
    try:
        timeit.Timer(**bad)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e)

import gc
print(gc.isenabled())
t = timeit.Timer('import gc; flags.append(gc.isenabled())', setup='flags = []', globals={})
t.timeit(number=1)
print(gc.isenabled())
