cases = [
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f(x):\n    global x",
    "def f():\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "def f(a):\n    def g():\n        nonlocal a, b",
    "class C:\n    nonlocal y",
    "def f():\n    global x\n    nonlocal x",
    "x = 1\nglobal x",
    "def f():\n    nonlocal __class__",
]
for src in cases:
    try:
        compile(src, "<scopes>", "exec")
        print("compiled:", src.replace("\n", " / "))
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
def ok():
    x = 0
    def inner():
        nonlocal x
        x += 1
        return x
    return inner() + inner()
print(ok())
