# Odds and ends of the weak containers: truth, equality with plain containers,
# generic aliases, reversed(), bad arguments.
import gc
import weakref
gc.disable()

class C:
    pass

a, b = C(), C()
print(bool(weakref.WeakSet()), bool(weakref.WeakValueDictionary({1: a})),
      bool(weakref.WeakKeyDictionary({a: 1})))
print(weakref.WeakValueDictionary([(1, a)]) == {1: a},
      weakref.WeakValueDictionary([(1, a)]) != {1: b},
      weakref.WeakKeyDictionary([(a, 1)]) == {a: 1})
print(weakref.WeakSet([a]) == weakref.WeakSet([a]), weakref.WeakSet([a]) == {a},
      weakref.WeakSet([a]) <= {a, b})
print(weakref.WeakValueDictionary[str, int], weakref.WeakKeyDictionary[C, int])
print(weakref.WeakSet[C].__args__, weakref.WeakMethod[C].__origin__ is weakref.WeakMethod)
for make in (lambda: reversed(weakref.WeakValueDictionary({1: a})),
             lambda: reversed(weakref.WeakKeyDictionary({a: 1})),
             lambda: weakref.WeakValueDictionary(1),
             lambda: weakref.WeakKeyDictionary(1),
             lambda: weakref.WeakKeyDictionary({a: 1}, x=2),
             lambda: weakref.WeakSet(1),
             lambda: weakref.WeakSet([a]).union([1]),
             lambda: [] in weakref.WeakValueDictionary(),
             lambda: weakref.KeyedRef(a, None)):
    try:
        make()
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
w = weakref.WeakValueDictionary(other=a)
print(list(w), w["other"] is a)
k = weakref.WeakKeyDictionary()
k.update({a: 1})
print(k.setdefault(b), k.setdefault(a), len(k))
print(weakref.WeakValueDictionary().setdefault("x", a) is a)
print(weakref.WeakSet([a]).__reduce__()[1][0] == [a])
import collections.abc
print(isinstance(weakref.WeakValueDictionary(), collections.abc.MutableMapping),
      isinstance(weakref.WeakKeyDictionary(), collections.abc.Mapping),
      isinstance(weakref.WeakSet(), collections.abc.MutableSet))
