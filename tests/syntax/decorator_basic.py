def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    return wrapper

@shout
def greet(name):
    return "hello " + name

print(greet("bob"))
print(greet.__name__)

def trace(f):
    print("decorating", f.__name__)
    return f

@trace
def g():
    return "g"
print(g())

def register(registry):
    def deco(f):
        registry.append(f.__name__)
        return f
    return deco

funcs = []
@register(funcs)
def a(): pass
@register(funcs)
def b(): pass
print(funcs)

def replace(f):
    return 42
@replace
def gone(): pass
print(gone)

@(lambda f: f)
def ident():
    return "any expression works"
print(ident())
decos = [shout]
@decos[0]
def sub():
    return "subscript decorator"
print(sub())
