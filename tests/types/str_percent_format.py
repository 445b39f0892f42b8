print("%s %s" % ("a", 1), "%r" % "x", "%a" % "é", "%%" % ())
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True)
print("%5d|%-5d|%05d|%+d|% d|%+5d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%f %.2f %10.3f %-10.1f| %e %E %.3e" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1.5))
print("%g %g %g %G %.3g" % (0.0001, 1e-5, 123456789.0, 1e20, 3.14159))
print("%c %c" % (65, "z"), "%s" % [1, 2], "%s" % (None,), "%s" % ((1, 2),))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30})
print("%(a)s %(a)r %(b)05.1f" % {"a": "x", "b": 2.25})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % "only", "%s and %s" % ("a", "b"), "no args" % ())
print("%10s|%-10s|%.2s" % ("right", "left", "trunc"))
print(b"%s %d %x" % (b"bytes", 5, 255), b"%c" % 65)
errors = [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", {}),
          ("%c", 1114112), ("%c", "ab"), ("%d", None), ("%(a)s %s", {"a": 1})]
for fmt, args in errors:
    try:
        fmt % args
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5), "%5.1f%%" % 99.5)
print("%x" % -255, "%o" % -8, "%e" % 0, "%s" % 1e100, "%d" % 10 ** 30)
print("%r %s" % ("'q'", "'q'"), "%-5s|" % "é€")
