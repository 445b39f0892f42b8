# Peak memory of one million instances with two __slots__ (compare memory_plain.py:
# bench/run.sh's RSS column is the figure; the time matters less).
class Pair:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

items = [Pair(i, -i) for i in range(1000000)]
print(len(items), sum(p.a + p.b for p in items), items[-1].a)
