import codeop
from codeop import compile_command, Compile, CommandCompiler

cases = ["if 1:", "if 1:\n  pass", "if 1:\n  pass\n", "if 1:\n  pass\n\n", "x = (1,", "x = 1",
         "x = 1\n", "'''abc", "x = 1\ny = 2", "", "\n", "# c\n  # d", "x = \\", "1 +\n", "@dec",
         "for x in y:\n", "class A:\n  def f(self):\n    pass\n", "f(", "[1,\n2", "if 1:\n  x\nelse:",
         "try:\n  pass\n", "if 1: pass", "if 1: pass\n", "while x:\n  y\n  z",
         "def f():\n  return 1\n\n", "1/0", "x = ]", "a = 1 +* 2", "  x = 1", "return 1",
         "nonlocal x", "x = 1; y = 2", "from x import (a,", "def f():\n  pass\n  ",
         "@d\ndef f(): pass\n", "with a as b:\n  pass\n", "x = '''a\nb'''", "lambda: (yield)"]
for src in cases:
    for sym in ("single", "exec", "eval"):
        try:
            r = compile_command(src, "<in>", sym)
            r = "None" if r is None else "code " + r.co_filename
        except SyntaxError as e:
            r = "SyntaxError %s" % (e.msg,)
        print(repr(src), sym, r)

ns = {}
exec(compile_command("x = 41 + 1"), ns)
print(ns["x"])
c = CommandCompiler()
print(c("from __future__ import annotations") is not None)
print(c("def f(a: undefined_name): pass") is not None)
print(type(c.compiler).__name__, c.compiler.flags & codeop.PyCF_DONT_IMPLY_DEDENT != 0)
cc = Compile()
print(cc("x = 1", "<f>", "exec").co_filename)
try:
    cc("x = (", "<f>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    compile_command("1", "<in>", "bogus")
except ValueError as e:
    print("ValueError", e)
print(hex(codeop.PyCF_ALLOW_INCOMPLETE_INPUT), sorted(codeop.__all__))
