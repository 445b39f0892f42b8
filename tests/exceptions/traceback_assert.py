def check(a, b):
    assert a == b, f"{a} != {b}"

check(1, 1)
print("first check passed")
check(1, 2)
