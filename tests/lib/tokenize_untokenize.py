# tokenize: untokenize round trips (5-tuples and 2-tuples), TokenInfo, tokenize().
import io
import tokenize

SOURCES = [
    'x = 1\n',
    'def f(a, *, b=2):\n    return a+b  # sum\n\n\nclass C:\n\tpass\n',
    'x = (1,\n     2)\ny = [\n  3]\n',
    'if a:\n    if b:\n        c\n    d\ne\n',
    "s = '''one\ntwo''' + f'{x!r}' \\\n    + b'y'\n",
    'x = 1',
    'print("a" "b")\n',
    '@dec\nasync def g(): await h()\n',
]
for src in SOURCES:
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    full = tokenize.untokenize(toks)
    pairs = tokenize.untokenize((t.type, t.string) for t in toks)
    print(repr(src))
    print('  full :', full == src, repr(full))
    print('  pairs:', repr(pairs))
    again = [(t.type, t.string) for t in
             tokenize.generate_tokens(io.StringIO(pairs).readline)]
    print('  same tokens:', again == [(t.type, t.string) for t in toks])

data = '# coding: latin-1\nname = "caf\u00e9"\n'.encode('latin-1')
toks = list(tokenize.tokenize(io.BytesIO(data).readline))
print(toks[0])
print(toks[-1], toks[4].exact_type, toks[2].exact_type)
print(tokenize.untokenize(toks) == data, type(tokenize.untokenize(toks)).__name__)
print(tokenize.untokenize([(tokenize.ENCODING, 'utf-8'), (tokenize.NAME, 'x')]))
bom = b'\xef\xbb\xbfx = 1\n'
print([t[:2] for t in tokenize.tokenize(io.BytesIO(bom).readline)][:3])
try:
    tokenize.untokenize([(tokenize.NAME, 'a', (2, 0), (2, 1), ''),
                         (tokenize.NAME, 'b', (1, 0), (1, 1), '')])
except ValueError as e:
    print('ValueError:', e)
t = tokenize.TokenInfo(tokenize.OP, '+=', (1, 2), (1, 4), 'a += 1\n')
print(t, t.exact_type, t._fields)
print(repr(tokenize.TokenInfo(tokenize.OP, '?', (1, 0), (1, 1), '')).split(',')[0],
      tokenize.TokenInfo(tokenize.OP, '?', (1, 0), (1, 1), '').exact_type)
print(tokenize.untokenize([]), repr(tokenize.untokenize([(tokenize.NAME, 'a', (1, 0), (1, 1), '')])))
print(sorted(set(tokenize.__all__) - set(tokenize.token.__all__) if hasattr(tokenize, 'token') else
             set(tokenize.__all__[-5:])))
