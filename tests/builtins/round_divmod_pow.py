print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.14159, 2), round(2.675, 2))
print(round(1245, -1), round(1255, -1), round(-1250, -2), round(15, -1), round(5, -1), round(12345, -10))
print(round(2.5, 0), type(round(2.5, 0)).__name__, type(round(2.5)).__name__, round(1e20), round(-7.5))
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(divmod(True, 2), divmod(0, 5), divmod(1, 0.3))
print(pow(2, 8), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3).__class__.__name__, pow(0, 0))
print(pow(3, 4, 5), pow(3, -1, 7), pow(-1, 3, 4), pow(7, 0, 3), pow(10 ** 20, 10 ** 5, 97))
print(pow(base=2, exp=5), pow(2, 5, mod=3))
for call in (lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: pow(2, 1, 0), lambda: pow(2, -1, 4),
             lambda: pow(2.0, 1, 3), lambda: round("x"), lambda: divmod("a", 2), lambda: pow(0, -1),
             lambda: pow(0.0, -1), lambda: round(1.5, "1")):
    try:
        print(call())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
class D:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
    def __rpow__(self, b):
        return ("rpow", b)
print(divmod(D(), 1), divmod(1, D()), pow(D(), 2), pow(D(), 2, 5), 2 ** D())
