# A class made by a Python metaclass refers to the metaclass once: the collector
# must count that reference once, neither freeing a live metaclass nor keeping
# a dead one.
import gc
import weakref


def live_metaclass_survives():
    class Meta(type):
        greeting = "hello"
    A = Meta("A", (), {})
    wa = weakref.ref(A)
    del A
    gc.collect()   # A (a cycle through its __mro__) goes; Meta is still a local
    print(wa() is None, Meta.__name__, [c.__name__ for c in Meta.__mro__])
    print(Meta.greeting, sys_refs_ok(Meta))


def sys_refs_ok(obj):
    import sys
    return sys.getrefcount(obj) >= 2


def dead_metaclass_collected():
    class Meta(type):
        pass

    class B(metaclass=Meta):
        pass
    wm, wb = weakref.ref(Meta), weakref.ref(B)
    del Meta, B
    gc.collect()
    print(wm() is None, wb() is None)


def metaclass_subclass_list():
    class Meta(type):
        pass
    print(len([c for c in type.__subclasses__(type) if c.__name__ == "Meta"]))
    wm = weakref.ref(Meta)
    del Meta
    gc.collect()
    print(wm() is None,
          len([c for c in type.__subclasses__(type) if c.__name__ == "Meta"]))


live_metaclass_survives()
dead_metaclass_collected()
metaclass_subclass_list()
