# compile() with PyCF_ALLOW_INCOMPLETE_INPUT (0x4000) and PyCF_DONT_IMPLY_DEDENT (0x200)
cases = ["if 1:", "if 1:\n  pass", "if 1:\n  pass\n", "x = (1,", "x = 1", "'''abc", "a b",
         "1 +", "1 +\n", "@dec", "for x in y:\n", "f(", "[1,\n2", "if 1:\n  x\nelse:",
         "try:\n  pass\n", "if 1: pass\n", "x =", "import", "def f(:",
         "x = ]", "  x = 1", "while x:\n  y\n  z"]
for src in cases:
    for mode in ("single", "exec", "eval"):
        for fl in (0x4000, 0x4200):
            try:
                compile(src, "<in>", mode, fl)
                r = "ok"
            except SyntaxError as e:
                r = "SyntaxError " + e.msg
            print(repr(src), mode, hex(fl), r)
