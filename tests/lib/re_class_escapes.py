# Escapes inside character classes, \B on empty strings, quantified lookarounds.
import re

def show(p, s, flags=0):
    try:
        m = re.search(p, s, flags)
        print(repr(p), repr(s), m and (m.span(), m.group()))
    except re.error as e:
        print(repr(p), 'error:', e)

for s in ['-', 'b', 'a', 'z', ']', '\\', '^', '[', '5', 'x', ' ', '\b', '\x08', '\x1f', '\x00', '\t', 'é', '{']:
    for p in [r"[a\-z]", r"[\]]", r"[\\]", r"[\^]", r"[\[]", r"[\d]", r"[\w]", r"[\s]",
              r"[\b]", r"[\010]", r"[\x08]", r"[\u0008]", r"[\x00-\x1f]", r"[]a]", r"[^]a]",
              r"[\--/]", r"[!-\-]", r"[\]-a]", r"[\^-a]", r"[^\^]", r"[\{]", r"[\D]", r"[\W]",
              r"[\S]", r"[a-]", r"[-a]", r"[\x2d]", r"[\t\n]", r"[\N{LATIN SMALL LETTER E WITH ACUTE}]",
              r"[\.]", r"[\&\~\|]", r"[\0]", r"[\177-\377]"]:
        show(p, s)

for p in [r"[\z]", r"[\A]", r"[\B]", r"[\1]", r"[\d-z]", r"[a-\d]", r"[z-\-]"]:
    show(p, "x")

print(re.findall(r"[a\-z]+", "a-z b-y -"))
print(re.findall(rb"[a\-z]", b"a-z b"))
print(re.sub(r"[\-\]\[]", "_", "a-b]c[d"))

# \B on empty strings (3.11: no match)
show(r"\B", "")
show(r"\B", "a")
show(r"\B", "ab")
show(r"a\B", "ab")
show(r"\b", "")
print(re.findall(r"\B", ""), re.findall(r"\B", "abc"), re.findall(r"\B", " a "))
print(re.compile(r"\B").search("abc", 1, 1))
print(re.compile(r"\B").search("abc", 0, 0))

# quantified lookarounds
for flags in (0, re.M):
    show(r"(?=a)^a(?=x)*", "a", flags)
    show(r"(?=a)^a(?=x)?", "a", flags)
    show(r"(?=a)^a", "a", flags)
    show(r"(?=a)^a", "ba", flags)
    show(r"(?=a)^a", "b\na", flags)
    show(r"(?!b)^a", "b\na", flags)
    show(r"(?<=\n)^a", "b\na", flags)
    print(re.findall(r"(?=a)^a(?=x)*", "a\na\nb", flags))
    print(re.findall(r"(?=\w)^\w+", "ab\ncd\n ef", flags))
print(re.findall(r"(?=a)*x", "ax"))
print(re.findall(r"a(?!b)+", "ab ac"))
print(re.findall(r"(?<=a)?b", "ab b"))
print(re.findall(r"(?:(?=a))*a", "aaa"))
