# caret lines under the failing expression: calls, binary operators, subscripts
import traceback

D = __file__.rsplit('/', 1)[0]

def show():
    print(traceback.format_exc().replace(D, '<dir>'), end='')

def div(a, b):
    return a / b

data = {"a": [1, 2]}
cases = [
    lambda: div(1, 0),
    lambda: data["b"],
    lambda: data["a"][5],
    lambda: None + 1,
    lambda: len(5),
    lambda: 1 +   div(2, 0),
    lambda: int("é" * 2),
    lambda: (1,
             2)[9],
]
for case in cases:
    try:
        case()
    except Exception:
        show()

def whole():
    raise ValueError("whole line")

try:
    whole()
except ValueError:
    show()
try:
    x = [1][2]
except IndexError:
    show()
