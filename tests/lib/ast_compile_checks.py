# compile() of odd hand-built trees: the checks of CPython's validator and compiler
# (every case either runs or raises CPython's error; none may crash).
import ast
L = dict(lineno=1, col_offset=0)
def N(x, ctx=None): return ast.Name(x, ctx or ast.Load(), **L)
def C(v): return ast.Constant(v, **L)
def E(e): return ast.Expr(e, **L)
cases = {
 'starred-expr': [E(ast.Starred(N('a'), ast.Load(), **L))],
 'slice-expr': [E(ast.Slice(C(1), None, None, **L))],
 'fv-conv': [E(ast.JoinedStr([ast.FormattedValue(C(1), 120, None, **L)], **L))],
 'fv-nojoined': [E(ast.JoinedStr([C(1)], **L))],
 'namedexpr-attr': [E(ast.NamedExpr(ast.Attribute(N('a'), 'b', ast.Store(), **L), C(1), **L))],
 'return-mod': [ast.Return(C(1), **L)],
 'break-mod': [ast.Break(**L)],
 'nonlocal-mod': [ast.Nonlocal(['x'], **L)],
 'yield-mod': [E(ast.Yield(None, **L))],
 'starred-assign2': [ast.Assign([ast.Tuple([ast.Starred(N('a', ast.Store()), ast.Store(), **L), ast.Starred(N('b', ast.Store()), ast.Store(), **L)], ast.Store(), **L)], C((1,2)), **L)],
 'starred-store-alone': [ast.Assign([ast.Starred(N('a', ast.Store()), ast.Store(), **L)], C((1,)), **L)],
 'aug-tuple': [ast.AugAssign(ast.Tuple([N('a', ast.Store())], ast.Store(), **L), ast.Add(), C(1), **L)],
 'ann-tuple': [ast.AnnAssign(ast.Tuple([N('a', ast.Store())], ast.Store(), **L), N('int'), None, 0, **L)],
 'ann-simple-attr': [ast.AnnAssign(ast.Attribute(N('a'), 'b', ast.Store(), **L), N('int'), None, 1, **L)],
 'del-call': [ast.Delete([ast.Call(N('f'), [], [], **L)], **L)],
 'for-const': [ast.For(C(1), N('x'), [ast.Pass(**L)], [], **L)],
 'comp-empty': [E(ast.ListComp(N('x'), [], **L))],
 'ident-empty': [E(N(''))],
 'ident-kw': [E(N('None'))],
 'import-empty': [ast.ImportFrom(None, [ast.alias('*', **L)], 0, **L)],
 'keyword-dup': [E(ast.Call(N('f'), [], [ast.keyword('a', C(1), **L), ast.keyword('a', C(2), **L)], **L))],
 'lambda-bad': [E(ast.Lambda(ast.arguments([], [ast.arg('a', **L)], None, [], [], None, [C(1), C(2)]), C(1), **L))],
 'with-empty-items': [ast.With([], [ast.Pass(**L)], **L)],
 'global-after': [ast.Assign([N('x', ast.Store())], C(1), **L), ast.Global(['x'], **L)],
 'raise-cause-only': [ast.Raise(None, N('e'), **L)],
 'starred-call-kw': [E(ast.Call(N('f'), [ast.Starred(N('a'), ast.Load(), **L)], [ast.keyword(None, N('k'), **L)], **L))],
 'subscript-store-tuple': [ast.Assign([ast.Subscript(N('a'), ast.Tuple([], ast.Load(), **L), ast.Store(), **L)], C(1), **L)],
 'neg-lineno': [E(ast.Constant(1, lineno=-5, col_offset=-3))],
 'dict-star-key': [E(ast.Dict([None], [C(1)], **L))],
 'bare-not-last': [ast.Try([ast.Pass(**L)], [ast.ExceptHandler(None, None, [ast.Pass(**L)], **L), ast.ExceptHandler(N('E'), None, [ast.Pass(**L)], **L)], [], [], **L)],
 'handler-name-notype': [ast.Try([ast.Pass(**L)], [ast.ExceptHandler(None, 'e', [ast.Pass(**L)], **L)], [], [], **L)],
 'subscript-starred': [E(ast.Subscript(N('a'), ast.Starred(N('b'), ast.Load(), **L), ast.Load(), **L))],
 'dup-arg': [ast.FunctionDef('f', ast.arguments([], [ast.arg('a', **L), ast.arg('a', **L)], None, [], [], None, []), [ast.Pass(**L)], [], **L)],
 'surrogate': [E(C('\ud800'))],
 'lambda-starred-body': [E(ast.Lambda(ast.arguments([], [], None, [], [], None, []), ast.Starred(N('a'), ast.Load(), **L), **L))],
 'return-starred': [ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [ast.Return(ast.Starred(N('a'), ast.Load(), **L), **L)], [], **L)],
 'class-kw-dup': [ast.ClassDef('C', [], [ast.keyword('a', C(1), **L), ast.keyword('a', C(1), **L)], [ast.Pass(**L)], [], **L)],
 'class-kw-none': [ast.ClassDef('C', [], [ast.keyword(None, N('k'), **L)], [ast.Pass(**L)], [], **L)],
}
import sys
for name, body in cases.items():
    if len(sys.argv) > 1 and name != sys.argv[1]: continue
    try:
        code = compile(ast.Module(body, []), '<fuzz>', 'exec')
        try:
            exec(code, {'f': lambda *a, **k: None, 'a': [1], 'k': {}, 'x': [1], 'e': ValueError, 'int': int})
            print(name, 'ran')
        except Exception as ex:
            print(name, 'ran ->', type(ex).__name__)
    except Exception as ex:
        print(name, type(ex).__name__, str(ex)[:80])
