# OrderedDict views are odict_keys/odict_values/odict_items (their repr names them).
# (Glass's OrderedDict iterators keep the dict iterator types: not printed here.)
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items())
print(type(od.keys()).__name__, type(od.values()).__name__, type(od.items()).__name__, type(od.keys()).__module__)
print(list(reversed(od.items())), list(reversed(od.values())))
print(od, repr(od), OrderedDict())
od.move_to_end('a'); print(od)
print(od.keys() == {'a', 'b'}, od.keys() & {'a'})
