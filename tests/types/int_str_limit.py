import sys
s = "1" * 4300
print(len(str(int(s))))
try:
    int("1" * 4301)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4299)))
print(len(hex(10 ** 5000)), int("f" * 5000, 16) > 0)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(5000)
print(len(str(int("7" * 5000))))
try:
    int("7" * 5001)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(4300)
try:
    f"{10 ** 4400}"
except ValueError as e:
    print(type(e).__name__, str(e)[:40])
try:
    repr(10 ** 4400)
except ValueError as e:
    print(type(e).__name__, str(e)[:40])
print(len(bin(10 ** 4400)) > 4400, (10 ** 4400) % 7)
big = 3 ** 10000
print(big % 1000000007, big.bit_length())
