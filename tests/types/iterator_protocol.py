class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(3)), sum(Count(4)), [x * 2 for x in Count(2)], max(Count(5)))
c = Count(2)
print(list(c), list(c))
class Iterable:
    def __iter__(self):
        return iter([10, 20])
it = Iterable()
print(list(it), list(it), 10 in it, sorted(it, reverse=True))
a, b = Iterable()
print(a, b)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(OldStyle()), 4 in OldStyle(), list(iter(OldStyle())))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoIter:
    pass
try:
    for x in NoIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Stops:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("value ignored by for")
for x in Stops():
    print("never")
print("loop over Stops done")
class Contains:
    def __contains__(self, x):
        return x == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
