# object.__setattr__ / setattr on built-in objects and types: CPython's errors
class G: pass
g = G()
try:
    object.__setattr__(1, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(object, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(g, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del object().x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.real = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).real = 2
except AttributeError as e:
    print(type(e).__name__, e)
