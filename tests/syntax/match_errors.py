# match: compile-time errors (message and position) as CPython 3.11 reports them
cases = [
    "match x:\n case a | b: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case a: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case (a as b) | c: pass",
    "match x:\n case f'x': pass",
    "match x:\n case {f'x': 1}: pass",
    "match x:\n case 1j+2: pass",
    "match x:\n case 1+2: pass",
    "match x:\n case -1j-1: pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case C(x=1, 2): pass",
    "match x:\n case C(x=1, 2, 3, y=4): pass",
    "match x:\n case C(x=1, x=2): pass",
    "match x:\n case C(a, x=1, y=2, x=3): pass",
    "match x:\n case 1 as _: pass",
    "match x:\n case 1 as 2: pass",
    "match x:\n case 1 as a.b: pass",
    "match x:\n case {1: a, 1: b}: pass",
    "match x:\n case {'a': a, 'a': b}: pass",
    "match x:\n case {1: _, 1.0: _}: pass",
    "match x:\n case {True: _, 1: _}: pass",
    "match x\n case 1: pass",
    "match x:\npass",
    "match x:\n case 1\n  pass",
    "match x:\n case 1:\n pass",
    "match x:\n case __debug__: pass",
    "match x:\n case C(__debug__=1): pass",
    "match x:\n case a.b(): pass\n case -a: pass",
    "match x:\n case {**_}: pass",
    "match x:\n case {**rest, 'a': 1}: pass",
    "match x:\n case a | _ : pass",
    "match x:\n case _ | a : pass",
    "match x:\n case *a: pass",
    "match x:\n case [a] | [b]: pass",
    "match x:\n case [a, b] | [a]: pass",
    "match x:\n case (1, a) | (2, b) | (3, a): pass",
    "match x:\n case [a, (b | a)]: pass",
    "match x:\n case _.x: pass",
    "match x:\n case _(): pass",
    "match x:\n case x.y = 1: pass",
    "match x:\n case (*a): pass",
    "match x:\n x = 1",
    "match x:\n case a:\n  pass\n case b if b:\n  pass",
    "match x:\n case [a, *_, b, *c]: pass",
    "match x:\n case {a: 1}: pass",
    "match *x:\n case _: pass",
    "match x:\n case 1:\n  pass\n case a:\n  pass\n case b:\n  pass",
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

# irrefutable patterns are fine when guarded or last
for src in ["match x:\n case a if a: pass\n case b: pass",
            "match x:\n case [a] | a: pass",
            "match x:\n case (1 | 2) as z: pass\n case _: pass"]:
    compile(src, "<s>", "exec")
    print("compiles:", repr(src))
