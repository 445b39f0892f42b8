# A WeakValueDictionary cache: entries vanish when nobody else uses the value.
import gc
import weakref
gc.disable()

class Image:
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
    def __repr__(self):
        return "Image(%r)" % self.name

_cache = weakref.WeakValueDictionary()

def load(name):
    img = _cache.get(name)
    if img is None:
        img = Image(name)
        _cache[name] = img
    return img

a = load("logo")
b = load("logo")
print(a is b, Image.loads, len(_cache))
c = load("banner")
print(sorted(_cache.keys()), Image.loads)
del a
print("one user left:", "logo" in _cache)
del b
print("no users:", "logo" in _cache, len(_cache), sorted(_cache))
print(load("logo"), Image.loads)
del c
print(len(_cache), list(_cache.items()))
try:
    _cache["banner"]
except KeyError as e:
    print(type(e).__name__, e)

# A cycle among the values is freed by the collector, and the cache empties.
x = load("x")
y = load("y")
x.other = y
y.other = x
del x, y
print("before collect:", len(_cache))
print("collect ->", gc.collect())
print("after collect:", len(_cache))
