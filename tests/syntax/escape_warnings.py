# Invalid escape sequences in string and bytes literals: a DeprecationWarning at compile
# time through the warnings machinery (first invalid escape of each literal piece, at the
# line of its token); numbers directly followed by a keyword: SyntaxWarning. With the
# "error" filter they become SyntaxErrors at the literal. After a SyntaxError CPython's
# second parser pass warns about the string literals again.
import warnings

def show(src, mode='exec'):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            compile(src, 'fn.py', mode)
            r = 'OK'
        except SyntaxError as e:
            r = '%s %r %s %s %s %s' % (type(e).__name__, e.msg, e.lineno, e.offset,
                                       e.end_lineno, e.end_offset)
    print(repr(src), r)
    for x in w:
        print('   ', x.category.__name__, repr(str(x.message)), x.filename, x.lineno)

def as_error(src):
    with warnings.catch_warnings():
        warnings.simplefilter('error')
        try:
            compile(src, 'fn.py', 'exec')
            print(repr(src), 'OK')
        except SyntaxError as e:
            print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno,
                  e.end_offset, repr(e.text))

for s in ['"\\z"', '"\\z\\q"', '"\\z" "\\q"', 'b"\\z"', 'u"\\d"', 'rf"\\z"', 'br"\\z"', '"\\\\z"',
          'f"\\z"', 'f"\\z{a}\\q"', 'f"{a:\\z}"', 'f"{a}{b}\\z"', '"\\z" + f"\\d{x!r:\\w}"',
          '"\\é"', '"\\é\\z"', '"\\777"', '"\\777\\z"', '"\\0777"', '"\\4"', '"\\47"', '"\\477"',
          'b"\\400"', '"\\8"', '"\\9"', 'b"\\N{DASH}"', 'b"\\u1234"', 'b"\\U1234"',
          'x = 1\n"""\n\\z"""', "'''\\q\n'''", 'x = "\\z"\ny = 1 2', '"\\z"\n1 +',
          '1if x else y', '0x1for x in y', '1 if 1else 2', '[0x1for x in y]', '1jif 1 else 2',
          '1.5if 1 else 2', '1e5if 1 else 2', '0b1and 1', '0o7or 1', '1not in x', '1in x',
          '1 2 if 1else 3', '"\\z"; 1if 1 else 2; 1 2']:
    show(s)
show('"\\z"', 'eval')
for s in ['"\\z"', 'x = 1\n"\\z"  + "\\q"', '"\\777"', 'f"\\z"', 'f"{a}\\z"', "f'''\n{a}\\z'''",
          'f"{a:\\z}"', 'b"\\z"', 'x = 1if y else 2', 'x = 0x1for', 'x = [0o7for x in y]',
          '0b1and 1', '1jif 1 else 2', '1_0if 1 else 2', '1in x']:
    as_error(s)
