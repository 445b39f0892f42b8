# extract_tb / walk_tb / FrameSummary / StackSummary / format_list
import traceback

D = __file__.rsplit('/', 1)[0]

def f():
    g()

def g():
    raise KeyError("k")

try:
    f()
except KeyError as e:
    tb = e.__traceback__

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(fs.filename.replace(D, '<dir>'), fs.lineno, fs.name, repr(fs.line))
fs = summary[-1]
filename, lineno, name, line = fs
print(name, lineno, line, len(fs), fs[2])
print(fs == (fs.filename, 10, 'g', 'raise KeyError("k")'))
print(repr(fs).replace(D, '<dir>'))
print([(frame.f_code.co_name, n) for frame, n in traceback.walk_tb(tb)])
print(len(traceback.extract_tb(tb, limit=2)), traceback.extract_tb(tb, limit=-1)[0].name)

lines = traceback.format_list([("a.py", 1, "fn", "x = 1"), ("b.py", 2, "gn", None)])
print(''.join(lines), end='')
ss = traceback.StackSummary.from_list([("c.py", 3, "hn", "  y = 2  ")])
print(ss.format())
print(traceback.FrameSummary("nofile.py", 5, "zz").line is None or True)
print(repr(traceback.FrameSummary("nofile.py", 5, "zz", line="given").line))
