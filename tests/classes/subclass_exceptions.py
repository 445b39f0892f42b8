# Exception subclasses: args, __init__ overrides, __str__, attributes, hierarchy
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field
class NoSuper(AppError):
    def __init__(self, code):
        self.code = code
class CustomStr(ValueError):
    def __str__(self):
        return "custom " + repr(self.args)
for exc in (AppError(), AppError("a"), AppError("a", 2), ValidationError("age", "neg"),
            NoSuper(404), CustomStr(1, 2)):
    print(type(exc).__name__, repr(str(exc)), exc.args, repr(exc))
try:
    raise ValidationError("name", "empty")
except AppError as e:
    print(type(e).__name__, e, e.field, isinstance(e, Exception))
class K(KeyError): pass
print(str(K("k")), str(KeyError("k")), K("k").args)
class O(OSError): pass
o = O(2, "No such file")
print(o.errno, o.strerror, str(o), type(OSError(2, "x")).__name__)
class WithDict(Exception):
    def __init__(self, *a, **kw):
        super().__init__(*a)
        self.__dict__.update(kw)
w = WithDict("m", extra=1)
print(w.extra, w.args, sorted(vars(w)))
try:
    raise AppError
except AppError as e:
    print(repr(e), e.__traceback__ is not None)
class Stop(StopIteration): pass
def gen():
    yield 1
    raise Stop("done")
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
class Slotted(Exception):
    __slots__ = ("x",)
s = Slotted("a")
s.x = 1
s.other = 2
print(s.x, s.other, s.args)
class BadArgs(Exception):
    def __init__(self):
        pass
try:
    raise BadArgs()
except BadArgs as e:
    print(repr(e), e.args)
print(issubclass(ValidationError, BaseException), ValidationError.__mro__[-3].__name__)
print(AppError("x") == AppError("x"), hash(AppError) is not None)
