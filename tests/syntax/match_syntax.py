# match: syntax errors around the soft keywords (positions as CPython 3.11's parser)
srcs = ["case 1: pass", "match:\n pass", "match x: pass", "match x:\n case 1: pass\n else: pass",
        "match x:\n case 1: pass\n x = 1", "match x:\n\n case 1:\n\n  pass\n\n case 2: pass\n",
        "match x:  # c\n  # only comment\n  case 1:  # c\n    pass\n", "match x,:\n case 1: pass",
        "match x, y:\n case 1, 2: pass", "match *x, y:\n case 1: pass", "match x y:\n case 1: pass",
        "match x:\n case 1 2: pass", "match x:\n case [1 2]: pass", "match x:\n case {1 2}: pass",
        "match x:\n case C(1 2): pass", "match x:\n case 1 if: pass", "match x:\n case: pass",
        "match x:\n case (1, 2: pass", "match x:\n case [*]: pass", "match x:\n case {'a'}: pass",
        "match x:\n case -'a': pass", "match x:\n case a.b.: pass", "match x:\n case C(a=): pass",
        "match x:\n case 1 | : pass", "match x:\n case lambda: 1: pass", "match x:\n case not 1: pass",
        "match lambda: 1:\n case 1: pass", "match x if y else z:\n case 1: pass", "match yield:\n case 1: pass"]
for src in srcs:
    try:
        compile(src, "<s>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
