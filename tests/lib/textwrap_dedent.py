# textwrap.dedent, indent and shorten.
import textwrap

print(repr(textwrap.dedent("    a\n      b\n\n   \n    c\n")))
print(repr(textwrap.dedent("\ta\n  \tb\n\t  c")))
print(repr(textwrap.dedent(" x\n\ty")), repr(textwrap.dedent("  a  \n  \t\n b")))
print(repr(textwrap.dedent("no indent\n  here")), repr(textwrap.dedent("")))
print(repr(textwrap.dedent("\t\tx\n\t\t\ty\n\t\n")))
code = '''
    def f():
        return 1
'''
print(textwrap.dedent(code), end='')
print(repr(textwrap.indent("a\n\n  b\r\nc", "+ ")))
print(repr(textwrap.indent("a\nb\n", "> ", lambda line: 'b' in line)))
print(repr(textwrap.indent("x\n \n", "..", lambda line: True)))
T = "The quick brown fox jumped over the lazy dog."
print(textwrap.shorten(T, 40))
print(textwrap.shorten(T, 20, placeholder='~'))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello world", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder='..'))
print(repr(textwrap.shorten("   ", 5)), textwrap.shorten("Supercalifragilistic", 10))
try:
    textwrap.shorten("abc", 3)
except ValueError as e:
    print(type(e).__name__, e)
