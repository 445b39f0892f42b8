import sys
print("before any import")
from _helpers import shared_state as s1
print("after first import, runs =", s1.runs)
s1.items.append("first importer")
def second_importer():
    from _helpers import shared_state as s2
    s2.items.append("second importer")
    return s2
s2 = second_importer()
print(s1 is s2, s1.items)
s1.Registry.entries["k"] = "v"
import _helpers.shared_state
print(_helpers.shared_state.Registry.entries)
count_before = len(sys.modules)
import _helpers.shared_state, _helpers.shared_state
print("no new modules on re-import:", len(sys.modules) == count_before)
del sys.modules["_helpers.shared_state"]
print("re-importing after removal from sys.modules:")
import _helpers.shared_state as fresh
print(fresh is s1, fresh.items, s1.items)
print(sys.modules["_helpers.shared_state"] is fresh)
