name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}|")
print(f"{n:5d}|{n:<5}|{n:^5}|{n:>5}|{n:05}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.25:.1%}")
print(f"{name!r} {name!s} {'é'!a} {'x'!r:>6}")
print(f"{n=} {pi=:.1f} {name = }")
print(f"{{literal braces}} {{{n}}}")
width, prec = 10, 3
print(f"{pi:{width}.{prec}f}|")
print(f"{'nested':{'^'}{width}}|")
print(f"{[1, 2][0]} {({'a': 1})['a']} {(lambda: 'l')()}")
print(f"{'quote'}" f'{"mix"}' "plain")
print(f"""triple {n}
second line""")
print(F"upper F {n}")
print(rf"raw \n {n}", fr"\t{name}")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"{3 if n > 10 else 4}")
print(f"{n:+} {-n:+} {n: }")
print(f"{'abc':.2}|{'abc':>5.1}|")
print(f"{1e20:g} {1e-5:e} {12.5:E}")
print(f"{None} {True} {b'x'}")
class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print(f"{P()} {P():custom}")
