try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.name)

def local_before_assign():
    print(x)
    x = 1
try:
    local_before_assign()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))

def free_var():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
free_var()

def deleted():
    z = 1
    del z
    try:
        z
    except UnboundLocalError as e:
        print(type(e).__name__, e)
deleted()

try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)

class C:
    try:
        print(missing_in_class)
    except NameError as e:
        print("class body:", type(e).__name__, e)

g = 5
def shadow_global():
    try:
        g += 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
shadow_global()
try:
    __builtins__.nope
except AttributeError as e:
    print(type(e).__name__, e)
print(NameError("custom").name)
