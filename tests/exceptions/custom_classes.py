class AppError(Exception):
    """Base for the app."""

class NotFound(AppError):
    def __init__(self, name, code=404):
        super().__init__(f"{name} not found")
        self.name = name
        self.code = code

class Detailed(AppError):
    def __str__(self):
        return "Detailed: " + ", ".join(map(str, self.args))

class NoSuper(Exception):
    def __init__(self, value):
        self.value = value

for exc in (NotFound("page"), Detailed(1, "two"), NoSuper(42), AppError()):
    try:
        raise exc
    except AppError as e:
        print("AppError:", type(e).__name__, str(e), e.args)
    except Exception as e:
        print("Exception:", type(e).__name__, repr(str(e)), e.args, e.value)

e = NotFound("x", code=410)
print(e.code, e.name, repr(e), isinstance(e, AppError), isinstance(e, Exception))
print(NotFound.__mro__[:3])
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("a")), str(WithRepr("a")))
class Multi(KeyError, ValueError):
    pass
try:
    raise Multi("both")
except ValueError as e:
    print("caught as ValueError", repr(e), str(e))
class Code(Exception):
    def __init__(self, code):
        self.code = code
        super().__init__(code, "extra")
print(Code(5).args, str(Code(5)))
try:
    raise NotFound
except TypeError as err:
    print(type(err).__name__, err)
