# filterwarnings / simplefilter / resetwarnings and the six actions
import warnings

D = __file__.rsplit('/', 1)[0]
shown = []

def record(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))

warnings.showwarning = record

def emit(text, cat=UserWarning):
    warnings.warn(text, cat)

print([f[0] for f in warnings.filters], warnings.filters[1][2].__name__)
for action in ["always", "default", "module", "once", "ignore"]:
    shown.clear()
    warnings.resetwarnings()
    warnings.simplefilter(action)
    for i in range(2):
        emit("msg")
        warnings.warn("msg")
    emit("msg")
    print(action, len(shown))
warnings.resetwarnings()
warnings.simplefilter("error")
try:
    emit("now an error")
except UserWarning as e:
    print("raised", type(e).__name__, e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("error", category=RuntimeWarning)
shown.clear()
emit("skip this one")
emit("Skip this too")
emit("keep me")
try:
    emit("rt", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", e)
print(shown)
warnings.simplefilter("ignore", append=True)
print([f[0] for f in warnings.filters], len(warnings.filters))
for bad in [lambda: warnings.simplefilter("loud"), lambda: warnings.filterwarnings("error", lineno=-1)]:
    try:
        bad()
    except AssertionError as e:
        print(type(e).__name__, e)
