# classmethod/staticmethod copy __module__, __name__, __qualname__, __doc__ and
# __annotations__ from the function; __wrapped__ is the function.
def f(x: int) -> str:
    "doc f"
for kind in (classmethod, staticmethod):
    c = kind(f)
    print(kind.__name__, c.__name__, c.__qualname__, c.__doc__, c.__module__, c.__annotations__, c.__wrapped__ is f, sorted(c.__dict__))
    c.extra = 1; print(c.extra)
print(isinstance(staticmethod(len), staticmethod), staticmethod(len).__name__)
