# catch_warnings(record=True): WarningMessage objects, restored state afterwards
import warnings

D = __file__.rsplit('/', 1)[0]

def noisy(n):
    warnings.warn("noisy %d" % n, UserWarning)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    noisy(1)
    noisy(2)
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(SyntaxWarning("syn"))
for m in log:
    print(type(m).__name__, str(m.message), m.category.__name__, m.filename.replace(D, '<dir>'), m.lineno, m.line, m.file)
print(str(log[0]).replace(D, '<dir>'))
print(isinstance(log[0].message, UserWarning))
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.filterwarnings("error", "x")
    print(len(warnings.filters) - len(before))
print(warnings.filters == before)
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        noisy(3)
    noisy(4)
print([str(w.message) for w in outer], [str(w.message) for w in inner])
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        noisy(5)
    except UserWarning as e:
        print("error action:", e)
cw = warnings.catch_warnings(record=True)
print(repr(cw))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print(type(e).__name__, e)
