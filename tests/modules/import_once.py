import sys
print("importing shared_state twice")
import _helpers.shared_state
import _helpers.shared_state as again
from _helpers import shared_state
print(again is shared_state is _helpers.shared_state, shared_state.runs)
print("_helpers.shared_state" in sys.modules, sys.modules["_helpers.shared_state"] is shared_state)
shared_state.add("from test")
from _helpers.shared_state import items, add
print(items, add("second") , shared_state.items, items is shared_state.items)
shared_state.runs += 1
from _helpers.shared_state import runs
print(runs)
import _top_helper
import _top_helper as t2
print(_top_helper.bump(), t2.bump(), _top_helper.counter)
from _top_helper import counter
_top_helper.counter = 100
print(counter, _top_helper.counter)
print(type(shared_state).__name__, shared_state.__name__, _top_helper.__name__)
print(_top_helper.__file__.split("/")[-1], shared_state.__file__.split("/")[-2:])
print(_helpers.PACKAGE_VALUE, "_helpers" in sys.modules)
mod = sys.modules["_top_helper"]
del sys.modules["_top_helper"]
import _top_helper as fresh
print(fresh is mod, fresh.counter)
print(sorted(n for n in dir(shared_state) if not n.startswith("__")))
