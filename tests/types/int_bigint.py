def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

print(fact(30))
print(fact(100))
print(len(str(fact(500))))
print(2 ** 1000)
print(-(2 ** 100), (-2) ** 101)
print(2 ** 64 - 1, 2 ** 63, -(2 ** 63) - 1)
a = 123456789123456789123456789
b = 987654321987654321
print(a + b, a - b, b - a)
print(a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b)
print(a ** 3)
print(fact(50) // fact(48))
print(10 ** 50 + 1 - 10 ** 50)
print(sum(range(10 ** 6)))
x = 1
for i in range(200):
    x = x * 3 + 1
print(x % 1000007, x.bit_length())
print((2 ** 200) >> 190, 1 << 100)
print(2 ** 1000 == 2 ** 999 * 2, 2 ** 100 < 3 ** 70)
print(abs(-10 ** 40), -10 ** 40 < 10 ** 40)
print(int(str(fact(40))) == fact(40))
print(hex(2 ** 100), oct(2 ** 70), bin(2 ** 70))
print(fact(25) % 1000000007)
print(max(2 ** 70, 3 ** 44), min(-2 ** 70, -3 ** 44))
print(7 ** 77 % 1000, pow(7, 77, 1000))
