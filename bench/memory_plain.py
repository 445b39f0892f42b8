# Peak memory of one million plain instances with two attributes in their __dict__
# (compare memory_slots.py: bench/run.sh's RSS column is the figure).
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b

items = [Pair(i, -i) for i in range(1000000)]
print(len(items), sum(p.a + p.b for p in items), items[-1].a)
