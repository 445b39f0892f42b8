# A bare \r and \r\n end lines as \n does, everywhere (CPython's translate_newlines).
exec("#c\rprint('A')")
exec("\rprint('B')")
exec("x = 1\r\ry = 2\rprint(x, y)\r")
exec("s = '''a\rb\r\nc'''\rprint(repr(s))")
exec("t = 1 + \\\r 2\rprint(t)")
exec("if 1:\r    print('C')\r\r    print('D')\r")
exec("u = (1,\r 2)\rprint(u)")
exec(b"print('E')\r#x\rprint('F')")
print(repr(eval("'a\\\rb'")), repr(eval("r'a\\\rb'")))
exec("v = f'''{1}\r{2}'''\rprint(repr(v))")
try:
    exec(compile("a = 1\r\rb = 2\rc = (\r3)\r1/0\r", "s", "exec"))
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)
for src in ("x = (\r", "1 +\r", "x = (\r\n1 +\r\n", "a = 1\rb = 2 +\r"):
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
import os, sys, tempfile
d = tempfile.mkdtemp()
path = os.path.join(d, 'glass_cr_module.py')
with open(path, 'wb') as f:
    f.write(b"print('G')\r# c\rprint('H')\r\nz = '''1\r2'''\rprint(repr(z))\r")
with open(path) as f:   # universal newlines on reading, as CPython
    exec(compile(f.read(), 'f', 'exec'))
sys.path.insert(0, d)
import glass_cr_module   # from disk: the bytes with their \r line ends
os.remove(path)
os.rmdir(d)
