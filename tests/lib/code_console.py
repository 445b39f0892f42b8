import code
import sys
import io

out = io.StringIO()


class Console(code.InteractiveConsole):
    def write(self, data):
        out.write(data)


lines = iter([
    "x = 6 * 7",
    "x",
    "if x:",
    "    print('yes', x)",
    "",
    "def f(n):",
    "    return 1 / n",
    "",
    "f(2)",
    "f(0)",
    "y = (1,",
    " 2)",
    "y",
    "1 +* 2",
    "undefined_name",
    "for i in range(3): print(i)",
    "",
    "raise ValueError('boom')",
    "'''a",
    "b'''",
])


def reader(prompt):
    print("[prompt %r]" % prompt)
    try:
        return next(lines)
    except StopIteration:
        raise EOFError


con = Console({"__name__": "__console__"})
con.raw_input = reader
con.interact(banner="hello", exitmsg="bye")
print(out.getvalue())
print(sys.last_type.__name__, sys.last_value)

out.truncate(0)
out.seek(0)
interp = code.InteractiveInterpreter()
interp.write = out.write
print(sorted(interp.locals))
print(interp.runsource("a = 5"), interp.runsource("if a:"), interp.runsource("a b"))
print(interp.runsource("print(a * 2)"), interp.locals["a"])
print(interp.runsource("1/0", "<mine>"))
print(out.getvalue())
print(code.compile_command("if 1:") is None, code.compile_command("pass") is not None)

out.truncate(0)
out.seek(0)
c2 = Console()
print(c2.push("z = [1,"), c2.buffer, c2.push("2]"), c2.buffer, c2.push("z"))
try:
    c2.push("raise SystemExit(3)")
except SystemExit as e:
    print("SystemExit", e.code)
c2.interact(banner="", exitmsg="")
print(repr(out.getvalue()))
print(sorted(code.__all__))
