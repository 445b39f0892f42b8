# Closures, generators and comprehensions.
def make_counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

def make_adders(k):
    return [lambda x, i=i: x + i * k for i in range(10)]

def gen_squares(n):
    for i in range(n):
        yield i * i

def pipeline(n):
    evens = (x for x in gen_squares(n) if x % 2 == 0)
    return sum(x // 2 for x in evens)

def run():
    total = 0
    c = make_counter()
    for i in range(900000):
        total += c()
    adders = make_adders(3)
    for i in range(90000):
        for f in adders:
            total += f(i)
    total += pipeline(900000)
    for r in range(60):
        sq = [x * x for x in range(5000) if x % 3]
        d = {x: x % 7 for x in sq}
        s = {v for v in d.values()}
        total += len(sq) + len(d) + len(s)
    return total

print(run())
