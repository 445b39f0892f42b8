class Stack(list):
    def push(self, v):
        self.append(v)
        return self
    def peek(self):
        return self[-1] if self else None
s = Stack()
s.push(1).push(2).push(3)
print(s, s.peek(), s.pop(), s, len(s), type(s).__name__, isinstance(s, list))
print(type(s + [9]).__name__, type(s[:]).__name__, type(s * 2).__name__, s == [1, 2])
class Logged(list):
    def append(self, v):
        print("  append", v)
        super().append(v)
l = Logged([1])
l.append(2)
l.extend([3])
l += [4]
print(l)
class NoNeg(list):
    def __setitem__(self, i, v):
        if v < 0:
            raise ValueError("negative values not allowed")
        super().__setitem__(i, v)
n = NoNeg([1, 2])
n[0] = 5
try:
    n[1] = -1
except ValueError as e:
    print(type(e).__name__, e)
print(n, sorted(n), list(reversed(n)))
class WithAttrs(list):
    pass
w = WithAttrs([3, 1])
w.label = "tagged"
w.sort()
print(w, w.label, vars(w))
print(Stack.__mro__[1:], hash is not None)
try:
    hash(Stack())
except TypeError as e:
    print(type(e).__name__, e)
class Sized(list):
    def __len__(self):
        return 100
print(len(Sized([1])), bool(Sized()), list(Sized([1, 2])))
