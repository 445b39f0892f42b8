# tokenize: TokenError, IndentationError, detect_encoding and its SyntaxErrors.
import io
import tokenize


def toks(src):
    try:
        out = [(tokenize.tok_name[t.type], t.string)
               for t in tokenize.generate_tokens(io.StringIO(src).readline)]
        print(repr(src), out)
    except (tokenize.TokenError, IndentationError) as e:
        print(repr(src), type(e).__name__, e.args)


toks('x = (1,\n')
toks('x = [1,\n2,\n')
toks('"""abc\ndef\n')
toks("x = '''\n")
toks('x = 1 + \\\n')
toks('if x:\n    a\n  b\n')
toks('if x:\n\ta\n        b\n')
print(issubclass(tokenize.TokenError, Exception), tokenize.StopTokenizing.__mro__[1])


def enc(*lines, name=None):
    buf = io.BytesIO(b''.join(lines))
    if name:
        buf.name = name
    try:
        print(tokenize.detect_encoding(buf.readline))
    except SyntaxError as e:
        print('SyntaxError:', e)


enc(b'x = 1\n')
enc(b'')
enc(b'\xef\xbb\xbf')
enc(b'\xef\xbb\xbfx = 1\n')
enc(b'# -*- coding: latin-1 -*-\n', b'x\n')
enc(b'#!/usr/bin/python\n', b'# vim: set fileencoding=utf-8 :\n', b'x\n')
enc(b'#!/usr/bin/python\n', b'# coding=ISO-8859-1\n')
enc(b'\n', b'# coding: utf_8\n')
enc(b'x = 1\n', b'# coding: latin-1\n')
enc(b'# coding: Latin_1-foo\n')
enc(b'# coding: UTF-8-weird\n')
enc(b'# coding: ascii\n')
enc(b'# coding: nonexistent-enc\n')
enc(b'# coding: nonexistent-enc\n', name='f.py')
enc(b'\xef\xbb\xbf# coding: latin-1\n')
enc(b'\xef\xbb\xbf# coding: latin-1\n', name='g.py')
enc(b'\xef\xbb\xbf# coding: utf-8\n')
enc(b'# \xff\xfe\n')
enc(b'# \xff\xfe\n', name='h.py')
enc(b'   \n', b'\n', b'# coding: latin-1\n')
