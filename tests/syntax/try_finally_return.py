def f():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(f())

def g():
    try:
        return "try"
    finally:
        return "finally wins"

print(g())

def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(h())

def k():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("cleanup", i)

print(k())

def m():
    x = 1
    try:
        return x
    finally:
        x = 2
print(m())

def order():
    log = []
    try:
        try:
            log.append("inner try")
            raise KeyError("k")
        finally:
            log.append("inner finally")
    except KeyError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(order())
