print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance("s", (list, (tuple, str))), isinstance(None, type(None)), isinstance([], object))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, int), issubclass(int, object))
print(issubclass(bool, (str, int)), issubclass(type, object), issubclass(object, type))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (C, A)), issubclass(C, A), isinstance(B, type))
print(isinstance(B(), ()), issubclass(B, ()))
for call in (lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int),
             lambda: issubclass(int, "x"), lambda: isinstance(1), lambda: issubclass(B(), A)):
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(1, (str, (list, (dict, int)))))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("plain", Magic), issubclass(str, Magic), issubclass(int, Magic))
print(type(B()) is B, type(B()) is A, type(True) is int, B.__class__ is type)
print(isinstance(1 | 0, int), isinstance(1, int | str), issubclass(bool, int | None))
