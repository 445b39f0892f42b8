from _helpers.with_all import *
print(exported, _private_but_listed)
try:
    not_exported
except NameError as e:
    print(type(e).__name__, e)
from _helpers.no_all import *
print(public_value, public_func(), PublicClass.__name__)
try:
    _private_value
except NameError as e:
    print(type(e).__name__, e)
from _helpers.no_all import _private_value
print("explicit import of a private name works:", _private_value)
from _helpers.with_all import not_exported
print(not_exported)
import _helpers.with_all as wa
print(wa.__all__, sorted(k for k in vars(wa) if not k.startswith("__")))
def inner():
    exec("from _helpers.no_all import *", ns := {})
    return sorted(k for k in ns if not k.startswith("__"))
print(inner())
try:
    exec("def f():\n    from sys import *\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
