# ast node classes: constructors, _fields, _attributes, defaults, hierarchy.
import ast

n = ast.Name('x', ast.Load())
print(n.id, type(n.ctx).__name__, n._fields, n._attributes, n.__dict__ == {'id': 'x', 'ctx': n.ctx})
n = ast.Name(id='y', ctx=ast.Store(), lineno=3, col_offset=4)
print(n.id, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
c = ast.Constant(5)
print(c.value, c.kind, ast.Constant._fields)
b = ast.BinOp(ast.Constant(1), ast.Add(), right=ast.Constant(2))
print(ast.dump(b))
print(ast.dump(ast.Expression(b)))
print(ast.dump(ast.fix_missing_locations(ast.Expression(b)), include_attributes=True))
r = ast.Return()
print(r.value, ast.dump(r))
try:
    ast.Name().id
except AttributeError as e:
    print('AttributeError', e)
try:
    ast.Pass().lineno
except AttributeError as e:
    print('AttributeError', e)
print(ast.Pass().end_lineno, ast.arg('a').end_col_offset, ast.alias('m').asname)
for args in [(1, 2, 3), (1,)]:
    try:
        ast.Name(*args) if len(args) == 3 else ast.Expr(1, 2)
    except TypeError as e:
        print('TypeError', e)
try:
    ast.Pass(1)
except TypeError as e:
    print('TypeError', e)
try:
    ast.Name('x', id='y')
except TypeError as e:
    print('TypeError', e)
try:
    ast.AST(1)
except TypeError as e:
    print('TypeError', e)
x = ast.Constant(value=1, custom='ok')
print(x.custom)

print(ast.Name.__module__, ast.Name.__name__, ast.Name.__qualname__, ast.Name.__match_args__)
print(ast.Name.__doc__)
print(ast.FunctionDef.__doc__)
print(ast.ImportFrom.__doc__)
print(repr(ast.Pass()).split(' object')[0])

HIER = {
    ast.mod: ['Module', 'Interactive', 'Expression', 'FunctionType'],
    ast.stmt: ['FunctionDef', 'AsyncFunctionDef', 'ClassDef', 'Return', 'Delete', 'Assign',
               'AugAssign', 'AnnAssign', 'For', 'AsyncFor', 'While', 'If', 'With',
               'AsyncWith', 'Match', 'Raise', 'Try', 'TryStar', 'Assert', 'Import',
               'ImportFrom', 'Global', 'Nonlocal', 'Expr', 'Pass', 'Break', 'Continue'],
    ast.expr: ['BoolOp', 'NamedExpr', 'BinOp', 'UnaryOp', 'Lambda', 'IfExp', 'Dict', 'Set',
               'ListComp', 'SetComp', 'DictComp', 'GeneratorExp', 'Await', 'Yield',
               'YieldFrom', 'Compare', 'Call', 'FormattedValue', 'JoinedStr', 'Constant',
               'Attribute', 'Subscript', 'Starred', 'Name', 'List', 'Tuple', 'Slice'],
    ast.expr_context: ['Load', 'Store', 'Del'],
    ast.boolop: ['And', 'Or'],
    ast.operator: ['Add', 'Sub', 'Mult', 'MatMult', 'Div', 'Mod', 'Pow', 'LShift', 'RShift',
                   'BitOr', 'BitXor', 'BitAnd', 'FloorDiv'],
    ast.unaryop: ['Invert', 'Not', 'UAdd', 'USub'],
    ast.cmpop: ['Eq', 'NotEq', 'Lt', 'LtE', 'Gt', 'GtE', 'Is', 'IsNot', 'In', 'NotIn'],
    ast.excepthandler: ['ExceptHandler'],
    ast.pattern: ['MatchValue', 'MatchSingleton', 'MatchSequence', 'MatchMapping',
                  'MatchClass', 'MatchStar', 'MatchAs', 'MatchOr'],
    ast.type_ignore: ['TypeIgnore'],
}
for base, names in HIER.items():
    print(base.__name__, issubclass(base, ast.AST), base._fields, base._attributes)
    for name in names:
        cls = getattr(ast, name)
        assert issubclass(cls, base), name
        print('  ', name, cls._fields, cls._attributes,
              [f for f in cls._fields + cls._attributes if getattr(cls, f, 0) is None])
for name in ['comprehension', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case']:
    cls = getattr(ast, name)
    print(name, cls.__bases__[0].__name__, cls._fields, cls._attributes,
          [f for f in cls._fields + cls._attributes if getattr(cls, f, 0) is None])

t = ast.parse('x = 1')
print(isinstance(t, ast.mod), isinstance(t.body[0], ast.stmt), isinstance(t.body[0].value, ast.expr))
print(isinstance(t.body[0].targets[0].ctx, ast.expr_context), isinstance(t, ast.AST))
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS)
# pickling protocol
cls, args, state = ast.Name('x').__reduce__()
print(cls.__name__, args, state)
import copy
t2 = copy.deepcopy(ast.parse('a + b * c'))
print(ast.dump(t2, include_attributes=True))
print(ast.Call.__match_args__, ast.Pass.__match_args__)
import _ast
print(_ast.AST is ast.AST, _ast.Name is ast.Name, _ast.expr is ast.expr, _ast.PyCF_ONLY_AST)
try:
    _ast.nope
except AttributeError as e:
    print('AttributeError', e)
from _ast import Constant, Load
print(Constant is ast.Constant, Load.__name__)
