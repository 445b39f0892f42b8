# An uncaught ZeroDivisionError three calls deep; carets mark the division.
def level3(x, y):
    ratio = x / y
    return ratio

def level2(n):
    return level3(n, n - n)

def level1():
    print("calling level2")
    result = level2(5)
    return result

print("start")
level1()
print("not reached")
