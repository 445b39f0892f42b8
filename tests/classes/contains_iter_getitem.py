# `in` tries __contains__, then __iter__, then the old __getitem__ sequence protocol
class C:
    def __contains__(self, x):
        print("  __contains__", x)
        return x == 1
    def __iter__(self):
        print("  __iter__ (not used by in)")
        return iter([])
print(1 in C(), 2 not in C())
class I:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])
print(2 in I(), 5 in I())
class G:
    def __getitem__(self, i):
        print("  __getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in G(), list(G()), 99 in G())
it = iter(G())
print(type(it).__name__, next(it), next(it))
class Truthy:
    def __contains__(self, x):
        return "yes"
print(1 in Truthy(), 1 not in Truthy())
