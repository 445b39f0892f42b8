a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a, ~a)
print(a & b, a | b, a ^ b, a << 2, a >> 2)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(a is b, a is not b, 1 in [1], 1 not in [1])
print(not a, a and b, a or b, 0 and b, 0 or b)
x, y = 2.5, 0.5
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y)
s, t = "ab", "cd"
print(s + t, s * 2, s < t, s in "xaby", t not in s)
l, m = [1, 2], [3]
print(l + m, l * 2, l < m, 2 in l, l == [1, 2])
p, q = {1, 2}, {2, 3}
print(p | q, p & q, p - q, p ^ q, p <= q, p >= {1})
d1, d2 = {"a": 1}, {"b": 2}
print(d1 | d2, "a" in d1, d1 == {"a": 1})
class M:
    def __matmul__(self, o):
        return "matmul"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __imatmul__(self, o):
        return "imatmul"
m1 = M()
print(m1 @ 1, 1 @ m1)
m1 @= 2
print(m1)
print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, -2))
print(2 ** 3 ** 2, (-2) ** 2, -2 ** 2, 2 ** -1)
print(1 < 2 < 3, 3 > 2 > 1 > 0, 1 == 1.0 == True)
print(True + True, True * 3, False - 1)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print("%d%%" % 50, "a" "b", ("a" "b") * 2)
