"""symdump.py - CPython 3.11 reference output for `astdump --symtable` (see astcheck.sh -s).

Usage: python3.11 tools/symdump.py FILE
For every symbol table (preorder, children in source order) prints its kind, name,
line and nesting, each symbol sorted by name with its DEF_* flags and resolved scope
(CPython's numeric values), then for function scopes co_varnames, and for every scope
co_cellvars and co_freevars of the matching code object.
Exits 3 for files using except* or `from __future__ import
annotations` (annotation scopes are not modelled), 1 when CPython rejects the file.
"""
import ast
import symtable
import sys
import types

UNSUPPORTED = (ast.TryStar,)
CODE_NAMES = {'lambda': '<lambda>', 'listcomp': '<listcomp>', 'setcomp': '<setcomp>',
              'dictcomp': '<dictcomp>', 'genexpr': '<genexpr>'}


def child_codes(code):
    return [c for c in code.co_consts if isinstance(c, types.CodeType)]


def dump(table, code, out):
    t = table.get_type()
    line = '%s %s line %d%s' % (t, table.get_name(), table.get_lineno(),
                               ' nested' if table.is_nested() else '')
    out.append(line)
    for sym in sorted(table.get_symbols(), key=lambda s: s.get_name()):
        flags = sym._Symbol__flags & 0x7FF
        out.append('  sym %s flags=%d scope=%d' % (sym.get_name(), flags, sym._Symbol__scope))
    if t == 'function':
        out.append('  varnames:' + ''.join(' ' + v for v in code.co_varnames)
                   if code else '  varnames: ?')
    out.append('  cellvars:' + ''.join(' ' + v for v in code.co_cellvars)
               if code else '  cellvars: ?')
    out.append('  freevars:' + ''.join(' ' + v for v in code.co_freevars)
               if code else '  freevars: ?')
    codes = child_codes(code) if code else []
    used = set()
    for child in table.get_children():
        want = CODE_NAMES.get(child.get_name(), child.get_name())
        match = None
        names = set(child.get_identifiers())
        # same name; prefer the same first line and locals that belong to this table
        # (code objects of nested comprehensions are not in symtable order)
        cands = [i for i, c in enumerate(codes) if i not in used and c.co_name == want]
        cands.sort(key=lambda i: (codes[i].co_firstlineno != child.get_lineno(),
                                  not set(codes[i].co_varnames) <= names))
        if cands:
            used.add(cands[0])
            match = codes[cands[0]]
        dump(child, match, out)


def main():
    path = sys.argv[1]
    src = open(path, 'rb').read()
    try:
        tree = ast.parse(src)
        table = symtable.symtable(src.decode('utf-8'), path, 'exec')
        code = compile(src, path, 'exec', dont_inherit=True)
    except (SyntaxError, ValueError, UnicodeDecodeError):
        sys.exit(1)
    for node in ast.walk(tree):
        if isinstance(node, UNSUPPORTED):
            sys.exit(3)
        if isinstance(node, ast.ImportFrom) and node.module == '__future__' and \
                any(a.name == 'annotations' for a in node.names):
            sys.exit(3)
    out = []
    dump(table, code, out)
    print('\n'.join(out))


if __name__ == '__main__':
    main()
