# f(**d) with a dict subclass that overrides __iter__ goes through keys() and
# __getitem__, as CPython's dict_merge does; one that only overrides keys() keeps
# the fast path. Duplicate and non-str keys are still refused.

def f(**kw):
    return kw

class IterOverride(dict):
    def __iter__(self):
        return iter(['it'])
    def keys(self):
        return ['z']
    def __getitem__(self, k):
        return 'from getitem ' + k

class KeysOnly(dict):
    def keys(self):
        return ['z']

d = IterOverride(a=1)
print(f(**d), {**d}, dict(d))
k = KeysOnly(a=1)
print(f(**k), {**k}, dict(k))

def show(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError', e)

show(lambda: f(z=0, **d))
show(lambda: f(**{1: 2}))
class BadKeys(dict):
    def __iter__(self):
        return iter([])
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k
show(lambda: f(**BadKeys()))
