# The pre-3.8 constant classes (Num, Str, Bytes, NameConstant, Ellipsis), Constant.n/.s,
# visit_Num-style visitors, and the docstrings of the abstract node classes.
import ast
import warnings

n = ast.Num(5)
print(type(n).__name__, n.n, n.value, n.s, isinstance(n, ast.Num), isinstance(n, ast.Str))
print(ast.Num(n=7).value, ast.Str(s='a').value, ast.Bytes(b'x').s, ast.NameConstant(None).value)
print(ast.Ellipsis().value, isinstance(ast.Constant(...), ast.Ellipsis))
print(isinstance(ast.Constant(True), ast.Num), isinstance(ast.Constant(True), ast.NameConstant))
print(isinstance(ast.Constant(1.5), ast.Num), isinstance(ast.Constant(b''), ast.Bytes),
      isinstance(ast.Name('x'), ast.Num), isinstance(ast.Constant(), ast.Num))
print(ast.Num._fields, ast.Str._fields, ast.Bytes._fields, ast.NameConstant._fields,
      ast.Ellipsis._fields)
print(ast.Num.__doc__, ast.Num.__module__, issubclass(ast.Num, ast.Constant))
c = ast.Constant(3)
c.n = 4
print(c.value, c.s)
try:
    ast.Num(1, n=2)
except TypeError as e:
    print('TypeError', e)

class Old(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Num(self, node):
        self.seen.append(('Num', node.n))
    def visit_Str(self, node):
        self.seen.append(('Str', node.s))
    def visit_NameConstant(self, node):
        self.seen.append(('NameConstant', node.value))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    v = Old()
    v.visit(ast.parse('x = [1, 2.5, "s", None, True, b"b", ...]'))
print(v.seen)
print(sorted(set(str(x.message) for x in w)), set(x.category.__name__ for x in w))

for cls in [ast.mod, ast.stmt, ast.expr, ast.expr_context, ast.boolop, ast.operator,
            ast.unaryop, ast.cmpop, ast.excepthandler, ast.pattern, ast.type_ignore]:
    print(cls.__doc__)
print(ast.AST.__doc__, ast.Load.__doc__, ast.comprehension.__doc__)
