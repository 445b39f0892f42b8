print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{0}{0}".format("re"))
print("{name} is {age}".format(name="Ann", age=7), "{0} {k}".format(1, k=2))
print("{0[0]} {0[key]} {1.real} {1.imag}".format({0: "zero", "key": "v"}, 3 + 4j))
print("{0[1][0]} {x[2]}".format([0, [5]], x="abc"))
class P:
    def __init__(self):
        self.x = 10
        self.inner = self
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "P-str"
print("{0.x} {0.inner.x} {0!r} {0!s} {0}".format(P()))
print("{!a} {!r:>6}|".format("é", "s"))
print("{:>8} {:<8}| {:^8}| {:*^9}".format("r", "l", "c", "mid"))
print("{:{w}.{p}f}|{:{}}|".format(3.14159, "x", 4, w=8, p=2))
print("{{}} {{{}}}".format("in"))
print("{0:b} {0:o} {0:x} {0:#X} {0:,} {0:_b}".format(1234567))
print("{:%} {:.1%} {:e} {:g}".format(0.256, 0.256, 256.0, 0.000001))
print("{:c}{:c}".format(72, 105))
print("{} {}".format(*"ab"), "{a}{b}".format(**{"a": 1, "b": 2}))
print("Hello {name}".format_map({"name": "map"}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {missing}".format_map(Default(a=1)))
errors = ["{", "}", "{0} {}", "{} {0}", "{2}", "{x}", "{0.nope}", "{0[5]}", "{!x}", "{:d}"]
for fmt in errors:
    try:
        print(fmt.format("s"))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(fmt), type(e).__name__, e)
print(format(5), format("s", ">3"), format(3.5, ".3f"), str.format("{}", 9))
