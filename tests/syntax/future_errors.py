# Future statements: misplaced, unknown, braces, after a docstring.
for src in ["x=1\nfrom __future__ import annotations\n", "from __future__ import foo\n", "from __future__ import braces\n",
            '"doc"\nfrom __future__ import annotations, division\nfrom __future__ import generator_stop\nx: int = 1\n',
            "def f():\n    from __future__ import annotations\n", "from __future__ import (annotations as a)\n",
            "import sys\nfrom __future__ import division\n"]:
    try:
        compile(src, "<s>", "exec"); print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
