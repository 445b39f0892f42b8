# FutureWarning for character sets that may change meaning (nested sets, set operations).
import re, warnings

pats = [r"[[a]", r"[[]", r"[^[a]", r"[a--b]", r"[a-c--x]", r"[a&&b]", r"[a||b]", r"[a~~b]", r"[--a]",
        r"[a-\-]", r"[!--]", r"[&&]", r"[a&b]", r"[a\--b]", r"[\[a]", r"[a\&&b]", r"x[a]", r"[a][[]"]
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for p in pats:
        try:
            re.compile(p)
        except re.error as e:
            print(p, "error", e)
        for x in w:
            print(p, x.category.__name__, x.message, x.lineno)
        w.clear()
    re.purge()
    re.search(r"[a&&b]", "a")
    re.compile(rb"[a&&b]")
    for x in w:
        print(x.category.__name__, x.message, x.lineno)
    w.clear()
    def f():
        return re.findall("([a||b])", "a|b")
    print(f(), [(x.message, x.lineno) for x in w])

re.purge()
re.compile(r"[~~x]")
re.compile(r"[x~~]")
