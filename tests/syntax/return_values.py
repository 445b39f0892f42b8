def none1():
    pass

def none2():
    return

def one():
    return 1

def tup():
    return 1, 2, 3

def star():
    rest = [3, 4]
    return 1, *rest

def early(x):
    if x:
        return "early"
    print("  fell through")
    return "late"

print(none1(), none2(), one(), tup(), star())
print(early(True))
print(early(False))

def multi(n):
    for i in range(n):
        if i * i > n:
            return i
    return None
print([multi(n) for n in (0, 5, 20, 100)])

def nested():
    def inner():
        return "inner"
    return inner
print(nested()())
print(type(tup()).__name__)

def returns_in_loops():
    while True:
        for x in range(10):
            if x == 3:
                return x
print(returns_in_loops())
