tests = [
    "f'{}'",
    "f'{'",
    "f'}'",
    "f'{x!z}'",
    "f'{a b}'",
    "f'{x:{y:{z}}}'",
]
for src in tests:
    try:
        compile(src, "<test>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)

try:
    f"{5:q}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{'s':d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{3.5:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{object():>10}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{undefined_name}"
except NameError as e:
    print(type(e).__name__, e)
x = 5
print(f"{x!r:>4}|{x!s:<4}|")
print(f"{'a' 'b'}")
print(f"{x:{'>'}{'10'}}|")
print(f"{x:03}{x:3}")
print(f"{(x, x)}")
print(f"{'{'}{'}'}")
