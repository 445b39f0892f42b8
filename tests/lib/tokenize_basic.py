# tokenize: positions, NEWLINE vs NL, INDENT/DEDENT, comments, continuations, EOF.
import io
import tokenize
from tokenize import tok_name


def show(src):
    print('--', repr(src))
    try:
        for t in tokenize.generate_tokens(io.StringIO(src).readline):
            print('  %s %r %d,%d-%d,%d %r' % ((tok_name[t.type], t.string) + t.start
                                              + t.end + (t.line,)))
    except Exception as e:
        print('  !', type(e).__name__, e)


show('x = 1\n')
show('x = 1')                       # no final newline: NEWLINE ''
show('')
show('\n\n')
show('# only a comment')
show('x = 1  # trailing\n# alone\n\n')
show('if a:\n    b\n    if c:\n\td\ne\n')
show('def f():\n    return 1')      # DEDENT at EOF, no newline
show('def f():\n    pass\n\n# end\n')
show('x = (1,\n     2)\n')
show('x = [\n  # inside\n  3,\n]\n')
show('x = 1 + \\\n    2\n')
show('if x:\n  a\n    \n  # c\n  b\n')
show('a;b ; c\r\nd\r\n')
show('  \n')
show('x\n   ')
show('\x0cx = 1\n')
show('class A:\n  def f(self):\n    pass\n  x = 2\ny = 3\n')
show('async def f():\n    await g()\n')
show('match x:\n    case [a, *_]: pass\n')
show('print(a if b else c, *d, **e)\n')
