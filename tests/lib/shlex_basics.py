# shlex: split (posix and not), quote, join, and the shlex class.
import shlex

print(sorted(shlex.__all__))
cases = [
    'a b c', '  a   b  ', '', '   ', 'foo "bar baz" qux', "foo 'bar baz'",
    'a"b c"d', "it's 'a' \"test\"", r'a\ b c', r'"a\"b"', r"'a\'b", r'"a\\b"',
    r'"a\nb"', r'\\', r'a\b', 'x # comment here', 'x#y z', '""', "''", 'a "" b',
    '"" ""', 'a=1 b="2 3"', '--opt=val -x "y z"', 'ls -l | grep "*.py" > out',
    'é à "ü"', 'a\tb\nc\rd', '"multi\nline"', r'"\$HOME" \$x', r"'\\'",
    r'"\'"', 'a;b&&c', "'\"'", '"\'"',
]


def show(label, s, **kw):
    try:
        print(label, shlex.split(s, **kw))
    except ValueError as e:
        print(label, type(e).__name__, e)


for s in cases:
    print(repr(s))
    show('  posix:', s)
    show('  non-posix:', s, posix=False)
    show('  comments:', s, comments=True)

for bad in ['"abc', "'abc", 'a "b', 'abc\\', '"a\\', "a 'b\\'"]:
    for posix in (True, False):
        try:
            print(repr(bad), posix, shlex.split(bad, posix=posix))
        except ValueError as e:
            print(repr(bad), posix, type(e).__name__, e)

for s in ['', 'abc', 'a b', "it's", 'a"b', '$HOME', 'x=1,2', 'é', '@%+=:,./-',
          'a*b', '\n', "''", 'a\\b']:
    q = shlex.quote(s)
    print(repr(s), q, shlex.split(q) == [s])
print(shlex.join(['ls', '-l', 'my file', "it's", '']))
print(shlex.split(shlex.join(['a b', 'c"d', "e'f"])))

# the shlex class, non-posix by default: punctuation are separate tokens
lex = shlex.shlex('foo = bar(1, "two") # note\nnext line')
tokens = []
while True:
    tok = lex.get_token()
    if tok == lex.eof:
        break
    tokens.append((tok, lex.lineno))
print(tokens, repr(lex.eof))
print(list(shlex.shlex('a.b-c+d')))
print(list(shlex.shlex('a.b-c+d', posix=True)))
print(list(shlex.shlex("x 'y z' \"w\"", posix=True)))
print(list(shlex.shlex("x 'y z' \"w\"")))

# posix eof is None and '' can be a token
lex = shlex.shlex('a "" b', posix=True)
print([lex.get_token() for _ in range(4)])
lex = shlex.shlex('a b')
print([lex.get_token() for _ in range(4)])

# push_token, error_leader, attributes
lex = shlex.shlex('one two', infile='f.txt')
lex.push_token('zero')
print(lex.get_token(), lex.get_token(), lex.error_leader(), lex.error_leader('g', 9))
print(repr(lex.commenters), repr(lex.whitespace), repr(lex.quotes),
      repr(lex.escape), repr(lex.escapedquotes), lex.whitespace_split, lex.posix)
print(lex.wordchars)
print(shlex.shlex(posix=True).wordchars)

# whitespace_split and custom characters
lex = shlex.shlex('a,b c;d', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('a,b c;d', posix=True)
lex.whitespace += ','
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('key: value // c', posix=True)
lex.commenters = '/'
lex.wordchars += ':'
print(list(lex))

# punctuation_chars
for pc in [True, '|&', '();']:
    lex = shlex.shlex('a && b || c; (d) >out 2>&1 ~/x-y.z *.py', punctuation_chars=pc)
    print(repr(lex.punctuation_chars), list(lex))
lex = shlex.shlex('a&&b|c', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
print('&' in shlex.shlex(punctuation_chars=True).wordchars,
      '~' in shlex.shlex(punctuation_chars=True).wordchars)

# push_source
lex = shlex.shlex('a b', posix=True)
print(lex.get_token())
lex.push_source('x y', 'inner')
print(lex.get_token(), lex.infile, lex.lineno)
print(list(lex), lex.infile)

# a stream as input, and line numbers
import io
lex = shlex.shlex(io.StringIO('l1\nl2 \n\nl4'), posix=True)
for tok in lex:
    print(tok, lex.lineno)
try:
    next(shlex.shlex('"abc', posix=True))
except ValueError as e:
    print(type(e).__name__, e)
