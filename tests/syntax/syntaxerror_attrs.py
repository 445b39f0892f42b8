try:
    compile("x = 1\ny = (\n", "myfile.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
    print(e.filename, e.lineno, e.offset)
    print(repr(e.text))
    print(str(e))
    print(e.args[0])

try:
    compile("a = 1\n  b = 2\n", "f2.py", "exec")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, isinstance(e, SyntaxError))

try:
    compile("if 1:\n\tx = 1\n        y = 2\n", "f3.py", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)

try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename)

try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)

try:
    compile("x", "f", "badmode")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("x = 1", "f", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
e = SyntaxError("custom", ("file.py", 3, 4, "text\n"))
print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), str(e))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError))
