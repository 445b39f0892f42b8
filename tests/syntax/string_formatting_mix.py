name, n, ratio = "Glass", 42, 0.756
print("%s has %d tests (%.1f%%)" % (name, n, ratio * 100))
print("{} has {} tests ({:.1%})".format(name, n, ratio))
print(f"{name} has {n} tests ({ratio:.1%})")
print("%-8s|%8s|" % (name, name), "{:<8}|{:>8}|".format(name, name), f"{name:<8}|{name:>8}|")
print("%05.1f" % 3.14159, "{:05.1f}".format(3.14159), f"{3.14159:05.1f}")
print("%x %o %X" % (255, 8, 3054), "{:x} {:o} {:X}".format(255, 8, 3054), f"{255:x} {8:o} {3054:X}")
print("%r" % name, "{!r}".format(name), f"{name!r}")
print("%c%c" % (72, "i"), "{:c}{}".format(72, "i"), f"{72:c}{'i'}")
print("%+d %+d" % (5, -5), "{:+d} {:+d}".format(5, -5), f"{5:+d} {-5:+d}")
print("%e" % 12345.678, "{:e}".format(12345.678), f"{12345.678:e}")
print("%(a)s-%(b)s" % {"a": 1, "b": 2}, "{a}-{b}".format(a=1, b=2), "{0[a]}-{0[b]}".format({"a": 1, "b": 2}))
table = [("alpha", 1, 2.5), ("beta", 22, 0.125), ("gamma", 333, 10.0)]
for row in table:
    print("%-6s %4d %7.3f" % row, "| {:<6} {:>4} {:>7.3f}".format(*row), f"| {row[0]:^7}{row[1]:04d}")
print("%s" % (1,), "%s" % [1], "%s %s" % ("a", "b"), "%d items" % len(table))
print("{:,}".format(1234567), f"{1234567:_}", "%.2e" % 1234567)
print("{:>{w}}".format("r", w=5), f"{'c':^{5}}", "%*s" % (5, "p"))
print("".join(["%02d" % i for i in range(5)]), " ".join(f"{i:02}" for i in range(3)))
