# Attribute access on slotted vs plain instances, and method calls through a deep
# class hierarchy (the method lives at the root, found via the MRO / method cache).
class PlainPoint:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class SlotPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

def churn(points, rounds):
    total = 0
    for _ in range(rounds):
        for p in points:
            p.x = (p.x + p.y) & 0xFFFF
            p.y = (p.x ^ p.y) + 1
            total += p.x & 1023
    return total

class Level0:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n += k
        return self.n
    def peek(self):
        return self.n

Deep = Level0
for depth in range(1, 12):
    Deep = type("Level%d" % depth, (Deep,), {"tag%d" % depth: depth})

def call_deep(obj, count):
    acc = 0
    for i in range(count):
        acc += obj.bump(i & 7) & 255
        acc ^= obj.peek() & 15
    return acc

plain = [PlainPoint(i, i + 1) for i in range(100)]
slots = [SlotPoint(i, i + 1) for i in range(100)]
a = churn(plain, 6000)
b = churn(slots, 6000)
c = call_deep(Deep(), 1200000)
print("plain", a, "slots", b, "deep", c, "mro", len(Deep.__mro__))
