# Compile-time errors for misplaced async constructs (message and position).
srcs = [
    "await x",
    "def f():\n    await x",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "def f():\n    [x async for x in y]",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async for x in y: pass",
    "async with x: pass",
    "[await x for x in y]",
    "def f():\n    return [await x for x in y]",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    lambda: await x",
    "def f():\n  class C:\n    await x",
    "def f():\n    [[x async for x in y] for z in w]",
    "def f():\n    [x for x in y if await z]",
    "async x",
    "async def f():\n  x = await -1\n",
    "async def f():\n    return (x async for x in y)",
    "def f():\n    return (x async for x in y)",
    "async def f():\n    [[x async for x in y] for z in w]",
    "async def f():\n    return {k: v async for k, v in y}",
    "async def f():\n    await a.b(c) ** 2",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok", repr(s))
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
