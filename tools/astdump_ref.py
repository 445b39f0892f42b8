"""astdump_ref.py - CPython 3.11 reference output for tools/astdump (see astcheck.sh).

Usage: python3.11 tools/astdump_ref.py [--ascii] [--positions] FILE
Prints ast.dump(ast.parse(src)); with --ascii, str/bytes constants are printed with
ascii() instead of repr() so output does not depend on the Unicode database; with
--positions, node positions are included (ast.dump include_attributes=True).
Exits 3 when the file uses syntax Glass does not support (except*),
1 when CPython rejects it.
"""
import ast
import sys

UNSUPPORTED = (ast.TryStar,)


def main():
    args = sys.argv[1:]
    use_ascii = '--ascii' in args
    path = [a for a in args if not a.startswith('--')][0]
    try:
        tree = ast.parse(open(path, 'rb').read())
    except (SyntaxError, ValueError):
        sys.exit(1)
    for node in ast.walk(tree):
        if isinstance(node, UNSUPPORTED):
            sys.exit(3)
        if use_ascii and isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = AsciiStr(node.value)
    print(ast.dump(tree, include_attributes='--positions' in args))


class AsciiStr(str):
    def __repr__(self):
        return ascii(str(self))


if __name__ == '__main__':
    main()
