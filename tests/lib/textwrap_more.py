# textwrap: shorten, indent with a predicate, fill/wrap options and their edge cases
import textwrap

s = "Hello  world!  This is a fairly long sentence, with\tsome tabs\tand  spaces."
for w in (12, 20, 30, 80):
    print(repr(textwrap.shorten(s, w)))
print(repr(textwrap.shorten(s, 25, placeholder=" [more]")))
print(repr(textwrap.shorten("Hello world", 11)), repr(textwrap.shorten("  a   b  ", 10)))
print(repr(textwrap.shorten("Supercalifragilistic", 10)))
try:
    textwrap.shorten("Hello world", 5, placeholder=" [......]")
except ValueError as e:
    print("ValueError", e)
print(repr(textwrap.shorten("one two three", 9, break_long_words=False)))

text = "a\n\nb\n  \nc\n"
print(repr(textwrap.indent(text, "> ")))
print(repr(textwrap.indent(text, "> ", lambda line: True)))
print(repr(textwrap.indent(text, "+", lambda line: line.startswith("b"))))
print(repr(textwrap.indent("x\r\ny\rz", "- ")))
print(repr(textwrap.indent("", "- ")))

long = ("The textwrap module provides some convenience functions, as well as TextWrapper, "
        "the class that does all the work. If you're just wrapping or filling one or two "
        "text strings, the convenience functions should be good enough.")
print(textwrap.fill(long, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill(long, 40, max_lines=3))
print(textwrap.fill(long, 40, max_lines=2, placeholder=" ..."))
print(textwrap.wrap("a-b-c-d-eeeee-fffff-ggggg", 6))
print(textwrap.wrap("a-b-c-d-eeeee-fffff-ggggg", 6, break_on_hyphens=False))
print(textwrap.wrap("abcdefghijklmnop qr", 5))
print(textwrap.wrap("abcdefghijklmnop qr", 5, break_long_words=False))
print(textwrap.wrap("Hi.  There. Yes!  ok", 40, fix_sentence_endings=True))
print(textwrap.wrap("a\tb\tc", 40, expand_tabs=True, tabsize=4))
print(textwrap.wrap("a\tb\tc", 40, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 40, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("  leading  and   trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("  leading  and   trailing  ", 10))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("   ", 10) == "")
print(textwrap.wrap("x" * 25, 10, initial_indent=">>", subsequent_indent="...."))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    textwrap.wrap("abc def", 4, max_lines=1, placeholder="[.....]")
except ValueError as e:
    print("ValueError", e)
w = textwrap.TextWrapper(width=15, max_lines=2, placeholder="~")
print(w.wrap("one two three four five six seven"))
print(w.width, w.max_lines, w.placeholder, w.tabsize, w.break_on_hyphens)
print(textwrap.wrap("Look, goof-ball -- use the -b option!", 10))
print(textwrap.wrap("Here's a sentence--with dashes--of some length", 12))
print(repr(textwrap.dedent("  a\n\t\n  b\n")), repr(textwrap.dedent("\ta\n        b")))
print(repr(textwrap.dedent("    x\n  y\n      z")))
