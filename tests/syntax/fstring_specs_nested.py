value = 3.14159265
for width in (6, 10):
    for prec in (1, 3):
        print(f"[{value:{width}.{prec}f}]")
fill, align = "*", "^"
print(f"[{'mid':{fill}{align}11}]")
for a in "<>^":
    print(f"[{42:{a}8}] [{'s':{a}5}]")
items = {"apple": 1.5, "kiwi": 12.25, "fig": 100.0}
for name, price in items.items():
    print(f"{name:<8}|{price:>8.2f}|{price:>+9.1e}|")
n = 1234567.891
print(f"{n:,.2f} {n:_.1f} {n:>15,.0f} {int(n):,} {int(n):08x}")
print(f"{'x'!r:>5} {'y'!s:^5} {'é'!a:<8}|")
print(f"{n=:.1f} {value = :.3} {items['kiwi']=}")
print(f"{3:{'+'}}" f"{-3:{' '}}")
print(f"{'%'}", f"{5:%}", f"{0.5:.0%}")
print(f"{1e-7:g} {123456789:g} {0.000123456:.3g} {1234.5:G}")
print(f"{12:#b} {12:#o} {12:#x} {255:#X}")
print(f"{-0.0:z.1f}" if False else f"{-0.0:.1f}")
print(f"{'abc':.{2}}", f"{'abc':>{4}.{1}}")
nested_dict = {"a": {"b": [10, 20]}}
print(f"{nested_dict['a']['b'][1]:05d}")
print(f"{len('abc'):>{len('abcde')}}")
print(f"{'{'}{{}}{'}'}")
