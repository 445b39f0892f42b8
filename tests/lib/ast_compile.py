# compile() of ast trees: parse -> transform -> compile -> exec, and the validity checks.
import ast

def run(tree, mode='exec', ns=None):
    code = compile(tree, '<ast>', mode)
    ns = {} if ns is None else ns
    if mode == 'eval':
        return eval(code, ns)
    exec(code, ns)
    return ns

SRC = '''
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

class Point:
    def __init__(self, x, y=0, *, z=1):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Point({self.x!r}, {self.y:>3}, z={self.z})"

data = {k: v for k, v in zip('abc', range(3)) if v}
try:
    1 / 0
except ZeroDivisionError as e:
    err = type(e).__name__
finally:
    done = True
with open(__file__ if False else '/dev/null') as fh:
    empty = fh.read()
out = [fib(i) for i in range(10)], Point(1, 2), data, err, done, empty, -1, 2.5, 3j, b'x', ..., None
'''
ns = run(ast.parse(SRC))
print(ns['out'])
print(ns['fib'].__name__, ns['fib'].__code__.co_filename, ns['Point'].__qualname__)

# a transformer's result runs
class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if type(node.value) is int:
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
tree = Doubler().visit(ast.parse('x = 1 + 2\nprint("x is", x)'))
run(tree)

class AddPrint(ast.NodeTransformer):
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        call = ast.Expr(ast.Call(ast.Name('print', ast.Load()),
                                 [ast.Constant('entering ' + node.name)], []))
        node.body.insert(0, call)
        return node
tree = ast.fix_missing_locations(AddPrint().visit(ast.parse(
    'def f(a):\n    return a * 2\nprint(f(21))')))
run(tree)

# hand-built trees
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7)))
print(run(ast.fix_missing_locations(expr), 'eval'))
mod = ast.Module([ast.Assign([ast.Name('y', ast.Store())], ast.Constant('built'))], [])
print(run(ast.fix_missing_locations(mod))['y'])
print(run(ast.parse('[i ** 2 for i in range(5)]', mode='eval'), 'eval'))
print(run(ast.parse('(lambda *a, **k: (a, k))(1, b=2)', mode='eval'), 'eval'))
inter = ast.parse('1 + 1', mode='single')
exec(compile(inter, '<i>', 'single'))
# only_ast on a tree returns it
t = ast.parse('x')
print(compile(t, '<s>', 'exec', ast.PyCF_ONLY_AST) is t)
# line numbers come from the tree
t = ast.parse('\n\nraise ValueError("boom")')
try:
    run(t)
except ValueError as e:
    print('ValueError', e, e.__traceback__.tb_next.tb_lineno)

def err(tree, mode='exec'):
    try:
        compile(tree, '<ast>', mode)
    except Exception as e:
        print(type(e).__name__, str(e).split(' object at')[0])
    else:
        print('compiled')

L = dict(lineno=1, col_offset=0)
err(ast.parse('x', mode='eval'), 'exec')
err(ast.parse('x'), 'eval')
err(ast.Module([ast.Pass()], []))
err(ast.Module([ast.Expr(ast.Name('x', ast.Store(), **L), **L)], []))
err(ast.Module([ast.Assign([ast.Name('x', ast.Load(), **L)], ast.Constant(1, **L), **L)], []))
err(ast.Module([ast.Assign([ast.Call(ast.Name('f', ast.Load(), **L), [], [], **L)],
                           ast.Constant(1, **L), **L)], []))
err(ast.Module([ast.Delete([ast.Name('x', ast.Store(), **L)], **L)], []))
err(ast.Module([ast.Expr(ast.Pass(**L), **L)], []))
err(ast.Module([ast.Name('x', ast.Load(), **L)], []))
err(ast.Module([ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **L)], []))
err(ast.Module([ast.If(ast.Name('x', ast.Load(), **L), [], [], **L)], []))
err(ast.Module([ast.Expr(ast.Name(ctx=ast.Load(), **L), **L)], []))
err(ast.Module([ast.Expr(ast.Name(1, ast.Load(), **L), **L)], []))
err(ast.Module([ast.Expr(ast.Constant([1], **L), **L)], []))
err(ast.Module([ast.Expr(ast.Dict([ast.Constant(1, **L)], [], **L), **L)], []))
err(ast.Module([ast.Expr(ast.Compare(ast.Constant(1, **L), [ast.Lt()], [], **L), **L)], []))
err(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1, **L)], **L), **L)], []))
err(ast.Module([ast.Try([ast.Pass(**L)], [], [], [], **L)], []))
err(ast.Module(ast.Pass(), []))
err(ast.Module([ast.Expr(ast.BinOp(ast.Constant(1, **L), ast.Load(), ast.Constant(1, **L), **L), **L)], []))
err(ast.Module([ast.Expr(ast.Constant(1), lineno=1)], []))

# deep trees and lists changed while they are read
e = ast.Constant(1)
for i in range(5000):
    e = ast.UnaryOp(ast.USub(), e)
m = ast.Expression(e)
def setloc(n):
    stack = [n]
    while stack:
        x = stack.pop()
        if 'lineno' in x._attributes:
            x.lineno = 1; x.col_offset = 0
        stack.extend(ast.iter_child_nodes(x))
setloc(m)
try:
    print(eval(compile(m, 'f', 'eval')))
except RecursionError as ex:
    print('RecursionError', ex)
# list mutated during conversion via a __getattribute__ side effect
class Evil(ast.Name):
    def __getattribute__(self, name):
        if name == 'id':
            body.clear()
        return super().__getattribute__(name)
body = [ast.Expr(Evil('x', ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0) for _ in range(3)]
try:
    exec(compile(ast.Module(body, []), 'f', 'exec'))
except Exception as ex:
    print(type(ex).__name__, ex)


# constants of every kind a tree may hold
for v in [(1, 2), (), (1, (2.5, 'x'), b'y', None, ...), 1+2j, -1.5-3j, 2j, -5, 10**30, -0.0, (1+1j,)]:
    e = ast.fix_missing_locations(ast.Expression(ast.Constant(v)))
    r = eval(compile(e, '<c>', 'eval'))
    print(repr(r), r == v, type(r).__name__)
