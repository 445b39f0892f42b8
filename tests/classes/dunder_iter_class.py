class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop
    def __iter__(self):
        cur = self.start
        while cur < self.stop:
            yield cur
            cur += 1
    def __reversed__(self):
        return iter(range(self.stop - 1, self.start - 1, -1))
    def __len__(self):
        return max(0, self.stop - self.start)

r = Range2(2, 6)
print(list(r), list(r), list(reversed(r)), len(r), 4 in r, 9 in r)
print(sum(r), sorted(r, reverse=True), dict(zip(r, "abcd")))
it = iter(r)
print(next(it), next(it), type(it).__name__)
class LinkedList:
    class Node:
        def __init__(self, v, nxt=None):
            self.v, self.nxt = v, nxt
    def __init__(self, *vals):
        self.head = None
        for v in reversed(vals):
            self.head = self.Node(v, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.v
            n = n.nxt
    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"
ll = LinkedList(1, 2, 3)
print(ll, LinkedList(), list(map(lambda v: v * 10, ll)))
a, *b = ll
print(a, b)
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "abc"[i]
print(list(reversed(SeqOnly())), list(SeqOnly()), "b" in SeqOnly())
class NotReversible:
    def __iter__(self):
        return iter([1])
try:
    reversed(NotReversible())
except TypeError as e:
    print(type(e).__name__, e)
