# "too many statically nested blocks": the limit of 20 (CO_MAXBLOCKS) and where it points.
def nest(n, kind):
    src, ind = "", ""
    for i in range(n):
        src += ind + {"for": "for i%d in ():\n", "while": "while 0:\n", "try": "try:\n", "with": "with a%d:\n", "if": "if 1:\n"}[kind].replace("%d", str(i))
        ind += " "
    src += ind + "pass\n"
    if kind == "try":
        for i in reversed(range(n)):
            src += " " * i + "finally:\n" + " " * (i + 1) + "pass\n"
    return src
for kind in ("for", "while", "try", "with", "if"):
    for n in (19, 20, 21):
        try:
            compile(nest(n, kind), "<s>", "exec"); print(kind, n, "ok")
        except SyntaxError as e:
            print(kind, n, e.msg, e.lineno, e.offset)
def nest_except(n):
    src = ""
    for i in range(n):
        src += " " * (2 * i) + "try:\n" + " " * (2 * i + 1) + "pass\n" + " " * (2 * i) + "except E:\n"
    src += " " * (2 * n) + "pass\n"
    return src
def nest_finally_body(n):
    src = ""
    for i in range(n):
        src += " " * (2 * i) + "try:\n" + " " * (2 * i + 1) + "pass\n" + " " * (2 * i) + "finally:\n"
    src += " " * (2 * n) + "pass\n"
    return src
def nest_mixed(n):
    kinds = ["for x in y:", "while x:", "with z:", "try:"]
    src, ind = "", 0
    for i in range(n):
        src += " " * ind + kinds[i % 4] + "\n"
        ind += 1
    src += " " * ind + "pass\n"
    for i in reversed(range(n)):
        if kinds[i % 4] == "try:":
            src += " " * i + "except E as e:\n" + " " * (i + 1) + "pass\n"
    return src
for f in (nest_except, nest_finally_body, nest_mixed):
    for n in (9, 10, 11, 19, 20, 21):
        try:
            compile(f(n), "<s>", "exec"); print(f.__name__, n, "ok")
        except SyntaxError as e:
            print(f.__name__, n, e.msg, e.lineno, e.offset)
def nest_async(n, kind):
    src, ind = "async def f():\n", " "
    for i in range(n):
        src += ind + ("async for x in y:\n" if kind == "for" else "async with z:\n")
        ind += " "
    return src + ind + "pass\n"
for kind in ("for", "with"):
    for n in (19, 20, 21):
        try:
            compile(nest_async(n, kind), "<s>", "exec"); print("async", kind, n, "ok")
        except SyntaxError as e:
            print("async", kind, n, e.msg, e.lineno, e.offset)
