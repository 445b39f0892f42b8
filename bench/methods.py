# Method calls and attribute access on user-defined objects.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x *= k
        self.y *= k
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y

class Particle:
    __slots__ = ("pos", "vel", "hits")

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.hits = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        if self.pos.x > 100 or self.pos.x < -100:
            self.vel.x = -self.vel.x
            self.hits += 1
        if self.pos.y > 100 or self.pos.y < -100:
            self.vel.y = -self.vel.y
            self.hits += 1

class Counter:
    count = 0

    def incr(self):
        self.count += 1

    @property
    def doubled(self):
        return self.count * 2

def run():
    ps = [Particle(Vector(i, -i), Vector(i % 7 + 1, i % 5 + 1)) for i in range(100)]
    for _ in range(6000):
        for p in ps:
            p.step()
    c = Counter()
    total = 0
    for i in range(400000):
        c.incr()
        total += c.doubled
    v = Vector(1, 2)
    acc = 0
    for i in range(200000):
        acc += v.dot(Vector(i, 1))
    return sum(p.hits for p in ps), total, acc

print(run())
