import sched

clock = [0.0]
log = []


def timefunc():
    return clock[0]


def delayfunc(d):
    log.append(("sleep", d))
    clock[0] += d


def act(name, *rest, **kw):
    log.append((name, clock[0], rest, kw))


s = sched.scheduler(timefunc, delayfunc)
print(s.empty(), s.queue)
e1 = s.enter(5, 1, act, ("five",))
e2 = s.enter(2, 2, act, ("two-low",))
e3 = s.enter(2, 1, act, ("two-high",), {"k": 1})
e4 = s.enterabs(2, 1, act, argument=("two-high-later", 9))
e5 = s.enter(10, 1, act, kwargs={"x": "y"}, argument=("ten",))
print(e1._replace(action="act"))
print([e.argument for e in s.queue])
print(e3.kwargs, e4.kwargs, e5.kwargs, e1.sequence, e5.sequence, type(e1).__name__, e1._fields)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print("ValueError", e)
print(s.run(blocking=False), log)
clock[0] = 3
print(s.run(blocking=False))
for item in log:
    print(item)
log.clear()
print(s.empty(), [e.argument[0] for e in s.queue])
s.enter(1, 0, lambda: s.enter(0.5, 0, act, ("nested",)))
s.run()
for item in log:
    print(item)
print(s.empty(), s.run(), s.run(False))
print(e1 < e2, e2 < e1, e3 == e3, sched.__all__)
print(sched.Event(1, 2, 3, 4, 5, 6))
s2 = sched.scheduler()
ev = s2.enter(0, 1, act, ("real",))
s2.run()
print(log[-1][0])
