# ast.walk, iter_fields, iter_child_nodes, NodeVisitor, NodeTransformer, get_docstring,
# copy_location, fix_missing_locations, increment_lineno, get_source_segment; and
# executing transformed trees through their source (compile() of an AST is not offered).
import ast

SRC = '''\
"""Module doc."""
import os

def add(a, b=2):
    """Add two
       numbers."""
    return a + b

class K:
    x = add(1, b=3)
    def m(self):
        return [i * 2 for i in range(3) if i]

print(add(x, 4), K.x)
'''
tree = ast.parse(SRC)
print([type(n).__name__ for n in ast.walk(tree)])
print([name for name, _ in ast.iter_fields(tree.body[2])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[2])])
print(list(ast.iter_fields(ast.Name(id='q'))))

class Names(ast.NodeVisitor):
    def __init__(self):
        self.seen = []
    def visit_Name(self, node):
        self.seen.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
    def visit_FunctionDef(self, node):
        self.seen.append(('def', node.name))
        self.generic_visit(node)
v = Names()
v.visit(tree)
print(v.seen)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}
    def generic_visit(self, node):
        k = type(node).__name__
        self.counts[k] = self.counts.get(k, 0) + 1
        super().generic_visit(node)
c = Counter()
c.visit(tree)
print(sorted(c.counts.items()))

print(repr(ast.get_docstring(tree)), repr(ast.get_docstring(tree.body[2])))
print(repr(ast.get_docstring(tree.body[2], clean=False)), ast.get_docstring(tree.body[3]))
try:
    ast.get_docstring(tree.body[1])
except TypeError as e:
    print('TypeError', e)

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        if node.id == 'x':
            return ast.copy_location(ast.Name(id='K', ctx=node.ctx), node)
        return node
    def visit_Import(self, node):
        return None            # drop it
    def visit_Constant(self, node):
        if node.value == 4:
            return ast.BinOp(left=ast.Constant(40), op=ast.Add(), right=ast.Constant(2))
        return node
    def visit_Return(self, node):
        self.generic_visit(node)
        return [ast.Expr(ast.Constant('before')), node]

t2 = Rename().visit(ast.parse(SRC))
print([type(s).__name__ for s in t2.body])
print(ast.dump(t2.body[-1]))
print([ast.dump(s, include_attributes=True) for s in t2.body[1].body])
ast.fix_missing_locations(t2)
print(ast.dump(t2.body[-1], include_attributes=True))

e = ast.parse('a + b', mode='eval')
new = ast.copy_location(ast.Name(id='z', ctx=ast.Load()), e.body)
print(new.lineno, new.col_offset, new.end_lineno, new.end_col_offset)
ast.increment_lineno(e, 5)
print([(type(n).__name__, getattr(n, 'lineno', None), getattr(n, 'end_lineno', None)) for n in ast.walk(e)])

class Drop(ast.NodeTransformer):
    def visit_BinOp(self, node):
        return None
t3 = Drop().visit(ast.parse('x = 1 + 2'))
print(ast.dump(t3), hasattr(t3.body[0], 'value'))

SEG = 'x = [1,\n     2] + f(é, "ü")\nif y:\n\tpass\n'
t4 = ast.parse(SEG)
for n in ast.walk(t4):
    if isinstance(n, (ast.expr, ast.stmt)):
        print(type(n).__name__, repr(ast.get_source_segment(SEG, n)),
              repr(ast.get_source_segment(SEG, n, padded=True)))
print(ast.get_source_segment(SEG, ast.Name('q')))

# the transformed tree's source still runs
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.Constant(node.value * 2)
        return node
t5 = ast.fix_missing_locations(Double().visit(ast.parse('r = 1 + 2 * 3')))
print(ast.dump(t5))
