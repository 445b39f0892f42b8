# A PEP 263 cookie is ignored when the source is a str (CPython's PyCF_IGNORE_COOKIE):
# the text is already decoded. In bytes it decides the decoding.
exec("# coding: latin-1\nx = 'é'\nprint(x, len(x))")
exec("# -*- coding: foo -*-\nprint('unknown cookie in a str: ignored')")
print(eval("# coding: latin-1\n'é'"))
code = compile("# coding: latin-1\ny = 'ü'\n", "s", "exec")
ns = {}
exec(code, ns)
print(ns['y'], len(ns['y']))
exec(b"# coding: latin-1\nz = '\xe9'\nprint(z, len(z))")
exec(b"z = '\xc3\xa9'\nprint(z, len(z))")
