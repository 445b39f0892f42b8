# The ast module on async code (AsyncFunctionDef, AsyncFor, AsyncWith, Await, async
# comprehensions) and the match statement (Match, match_case, every pattern kind):
# parse/dump, unparse round trips, compile() of parsed and transformed trees (run), and
# the validator's errors for malformed trees.
import ast
import copy
import re

ASYNC_SRC = '''\
async def fetch(a, *, b=1) -> int:
    await x
    r = await (yield)
    async for i, j in aiter_():
        pass
    else:
        z = [j async for j in k if await j]
    async with a as b, c() as (d, e):
        await g(*h, **i)
    return {k: await v async for k, v in w}

@deco
async def gen():
    yield 1
    s = {i async for i in y}
    g = (await i async for i in y)
    l = [i for i in x async for j in y]
'''

MATCH_SRC = '''\
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case 1 | -2 | 3 + 4j | -1.5 - 2j | 'a' 'b' | b'x' | a.b.c:
        pass
    case None | True | False:
        pass
    case [1, *rest, 2] | (x, *_) | [] | ():
        pass
    case {1: a, 'k': b, **kw} | {}:
        pass
    case {None: n, True: t, a.b: v}:
        pass
    case Point(1, y=2, z=_) | Point() | m.n.C(a as b):
        pass
    case (a as b) if b > 1:
        pass
    case [Point(x=0, y=0) as origin, *others] if others:
        pass
    case (1 | 2) as x:
        pass
    case _:
        pass
'''

for name, src in [('async', ASYNC_SRC), ('match', MATCH_SRC)]:
    tree = ast.parse(src)
    print('==', name)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))
    print(ast.dump(tree, indent=1)[:1500])
    text = ast.unparse(tree)
    print(text)
    again = ast.parse(text)
    print('round trip:', ast.dump(again) == ast.dump(tree))
    print('unparse fixed point:', ast.unparse(again) == text)

# Small expressions and statements, one at a time.
snippets = [
    'await x', 'await x ** 2', '-await x', 'await (a + b)', '(await x)()', '[await x]',
    'async def f(): return await g()',
    'async def f():\n    async for x in y: break',
    'async def f():\n    async with a: pass',
    'async def f():\n    return [x async for x in y]',
    'match x:\n    case {**rest}: pass',
    'match x:\n    case [*_]: pass',
    'match x:\n    case C(a, b, c=d): pass',
    'match x:\n    case -0j: pass',
    'match (x, y):\n    case (1, 2) if x: pass\n    case _: pass',
    'match x,:\n    case a: pass',
    'match *x, y:\n    case z: pass',
    'match x:\n    case "a" | f.g: pass',
]
for s in snippets:
    t = ast.parse(s)
    print(repr(s), '->', ast.unparse(t))
    print('   ', ast.dump(t.body[0], include_attributes=True))

# Node classes, fields and attributes.
for cls in [ast.AsyncFunctionDef, ast.AsyncFor, ast.AsyncWith, ast.Await, ast.Match,
            ast.match_case, ast.MatchValue, ast.MatchSingleton, ast.MatchSequence,
            ast.MatchMapping, ast.MatchClass, ast.MatchStar, ast.MatchAs, ast.MatchOr]:
    print(cls.__name__, cls.__mro__[1].__name__, cls._fields, cls._attributes)
m = ast.parse(MATCH_SRC).body[0]
print([type(c.pattern).__name__ for c in m.cases])
print(m.cases[4].pattern.patterns[0].patterns[1].name,
      m.cases[4].pattern.patterns[1].patterns[1].name)

# compile() of parsed trees, run.
PROGRAM = '''
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case None:
            return 'none'
        case True:
            return 'true'
        case 0 | 1 as n:
            return 'small %d' % n
        case -1.5 | 2 + 3j:
            return 'odd number'
        case 'hi' | b'hi':
            return 'greeting'
        case [x, *rest] if len(rest) > 1:
            return 'long seq %r %r' % (x, rest)
        case [x, y]:
            return 'pair %r %r' % (x, y)
        case {'k': k, **others}:
            return 'map %r %r' % (k, others)
        case Point(0, y=0):
            return 'origin'
        case Point(x, y=yy) if x == yy:
            return 'diagonal %r' % x
        case Point():
            return 'point'
        case str() as s:
            return 'str %r' % s
        case _:
            return 'other'

for v in [None, True, 0, 1, -1.5, 2 + 3j, 'hi', b'hi', [1, 2, 3], [1, 2], (4, 5),
          {'k': 1, 'z': 2}, Point(0, 0), Point(2, 2), Point(1, 2), 'str', 3.5]:
    print(repr(v) if not isinstance(v, Point) else 'Point', '->', describe(v))

class Ctx:
    async def __aenter__(self):
        log.append('enter')
        return self
    async def __aexit__(self, *a):
        log.append('exit')

class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def double(x):
    return 2 * x

async def main():
    total = 0
    async with Ctx() as c:
        async for i in AIter(3):
            total += await double(i)
        else:
            log.append('for-else')
    squares = [i * i async for i in AIter(4) if i % 2]
    doubled = {i: await double(i) async for i in AIter(2)}
    return total, squares, doubled

log = []
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print('main ->', e.value, log)
'''

tree = ast.parse(PROGRAM)
exec(compile(tree, '<ast>', 'exec'), {'__name__': 'prog'})


# A NodeTransformer: rename the captures (in describe), double the numbers in value patterns, turn
# `await f(x)` into `await f(x + 1)` and make every async def return its result plus 100.
class Transform(ast.NodeTransformer):
    in_describe = False

    def visit_FunctionDef(self, node):
        if node.name == 'describe':
            self.in_describe = True
            self.generic_visit(node)
            self.in_describe = False
        return node

    def visit_MatchAs(self, node):
        self.generic_visit(node)
        if node.name is not None:
            node.name = node.name + '_'
        return node

    def visit_Name(self, node):
        if self.in_describe and node.id in ('x', 'rest', 'y', 'k', 'others', 'yy', 's', 'n'):
            return ast.copy_location(ast.Name(node.id + '_', node.ctx), node)
        return node

    def visit_MatchStar(self, node):
        if node.name is not None:
            node.name += '_'
        return node

    def visit_MatchMapping(self, node):
        self.generic_visit(node)
        if node.rest is not None:
            node.rest += '_'
        return node

    def visit_MatchValue(self, node):
        if isinstance(node.value, ast.Constant) and type(node.value.value) is int:
            node.value = ast.copy_location(ast.Constant(node.value.value * 2), node.value)
        return node

    def visit_Await(self, node):
        self.generic_visit(node)
        if isinstance(node.value, ast.Call) and node.value.args:
            a = node.value.args[0]
            node.value.args[0] = ast.BinOp(a, ast.Add(), ast.Constant(1))
        return node

    def visit_AsyncFunctionDef(self, node):
        self.generic_visit(node)
        for st in ast.walk(node):
            if isinstance(st, ast.Return) and isinstance(st.value, ast.BinOp):
                st.value = ast.BinOp(st.value, ast.Add(), ast.Constant(100))
        return node


tree2 = ast.fix_missing_locations(Transform().visit(copy.deepcopy(tree)))
print(ast.unparse(tree2).count('_ '), 'renamed')
exec(compile(tree2, '<transformed>', 'exec'), {'__name__': 'prog2'})

# Building nodes by hand, without positions, then fix_missing_locations.
hand = ast.Module([
    ast.AsyncFunctionDef('h', ast.arguments([], [ast.arg('v')], None, [], [], None, []), [
        ast.Match(ast.Name('v', ast.Load()), [
            ast.match_case(ast.MatchSequence([ast.MatchAs(None, 'first'), ast.MatchStar(None)]),
                           None, [ast.Return(ast.Await(ast.Name('first', ast.Load())))]),
            ast.match_case(ast.MatchMapping([ast.Constant('a')], [ast.MatchSingleton(None)], 'r'),
                           None, [ast.Return(ast.Name('r', ast.Load()))]),
            ast.match_case(ast.MatchOr([ast.MatchValue(ast.Constant(1)),
                                        ast.MatchValue(ast.UnaryOp(ast.USub(), ast.Constant(2)))]),
                           ast.Compare(ast.Name('v', ast.Load()), [ast.Gt()], [ast.Constant(0)]),
                           [ast.Return(ast.Constant('one'))]),
            ast.match_case(ast.MatchClass(ast.Name('int', ast.Load()), [ast.MatchAs(None, 'i')],
                                          [], []),
                           None, [ast.Return(ast.Name('i', ast.Load()))]),
            ast.match_case(ast.MatchAs(None, None), None, [ast.Return(ast.Constant('any'))]),
        ]),
    ], [], None),
], [])
ast.fix_missing_locations(hand)
print(ast.unparse(hand))
ns = {}
exec(compile(hand, '<hand>', 'exec'), ns)


class Ready:
    def __await__(self):
        return 'ready'
        yield


def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    return 'suspended'


for v in [[Ready(), 2], {'a': None, 'b': 2}, 1, -2, 5, 'z']:
    print(repr(v)[:20], '->', run(ns['h'](v)))

# Malformed trees: CPython's validator (and compiler) errors.
L = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)


def N(x, ctx=None):
    return ast.Name(x, ctx or ast.Load(), **L)


def C(v):
    return ast.Constant(v, **L)


def P(cls, *a):
    return cls(*a, **L)


def M(pattern, guard=None, body=None):
    return ast.Match(N('x'), [ast.match_case(pattern, guard, body or [ast.Pass(**L)])], **L)


bad = {
    'singleton-int': M(P(ast.MatchSingleton, 1)),
    'singleton-str': M(P(ast.MatchSingleton, 'a')),
    'star-top': M(P(ast.MatchStar, 'a')),
    'star-in-or': M(P(ast.MatchOr, [P(ast.MatchStar, 'a'), P(ast.MatchStar, 'b')])),
    'star-in-class': M(P(ast.MatchClass, N('C'), [P(ast.MatchStar, None)], [], [])),
    'star-in-mapping': M(P(ast.MatchMapping, [C(1)], [P(ast.MatchStar, None)], None)),
    'star-in-as': M(P(ast.MatchAs, P(ast.MatchStar, None), 'a')),
    'two-stars': M(P(ast.MatchSequence, [P(ast.MatchStar, 'a'), P(ast.MatchStar, 'b')])),
    'as-pattern-noname': M(P(ast.MatchAs, P(ast.MatchValue, C(1)), None)),
    'as-underscore': M(P(ast.MatchAs, None, '_')),
    'as-None': M(P(ast.MatchAs, None, 'None')),
    'star-underscore': M(P(ast.MatchSequence, [P(ast.MatchStar, '_')])),
    'rest-underscore': M(P(ast.MatchMapping, [], [], '_')),
    'or-one': M(P(ast.MatchOr, [P(ast.MatchValue, C(1))])),
    'or-empty': M(P(ast.MatchOr, [])),
    'value-name': M(P(ast.MatchValue, N('y'))),
    'value-none': M(P(ast.MatchValue, C(None))),
    'value-ellipsis': M(P(ast.MatchValue, C(...))),
    'value-tuple': M(P(ast.MatchValue, C((1, 2)))),
    'value-not': M(P(ast.MatchValue, P(ast.UnaryOp, ast.Not(), C(1)))),
    'value-mult': M(P(ast.MatchValue, P(ast.BinOp, C(1), ast.Mult(), C(2)))),
    'value-store': M(P(ast.MatchValue, P(ast.Attribute, N('a'), 'b', ast.Store()))),
    'value-binop-names': M(P(ast.MatchValue, P(ast.BinOp, N('a'), ast.Add(), N('b')))),
    'value-usub-name': M(P(ast.MatchValue, P(ast.UnaryOp, ast.USub(), N('a')))),
    'value-binop-str': M(P(ast.MatchValue, P(ast.BinOp, C('a'), ast.Add(), C('b')))),
    'value-usub-str': M(P(ast.MatchValue, P(ast.UnaryOp, ast.USub(), C('a')))),
    'value-imag-plus-real': M(P(ast.MatchValue, P(ast.BinOp, C(1j), ast.Add(), C(1)))),
    'value-nested-binop': M(P(ast.MatchValue, P(ast.BinOp, P(ast.BinOp, C(1), ast.Mult(), C(2)), ast.Add(), C(1j)))),
    'value-joinedstr': M(P(ast.MatchValue, P(ast.JoinedStr, [C('a')]))),
    'key-binop-names': M(P(ast.MatchMapping, [P(ast.BinOp, N('a'), ast.Add(), N('b'))], [P(ast.MatchAs, None, 'q')], None)),
    'key-joinedstr': M(P(ast.MatchMapping, [P(ast.JoinedStr, [C('a')])], [P(ast.MatchAs, None, 'q')], None)),
    'key-tuple': M(P(ast.MatchMapping, [C((1,))], [P(ast.MatchAs, None, 'q')], None)),
    'class-kwd-dup': M(P(ast.MatchClass, N('C'), [], ['a', 'a'], [P(ast.MatchAs, None, 'c'), P(ast.MatchAs, None, 'd')])),
    'class-kwd-notstr': M(P(ast.MatchClass, N('C'), [], [1], [P(ast.MatchAs, None, 'c')])),
    'singleton-missing': M(ast.MatchSingleton(**L)),
    'seq-str': M(P(ast.MatchSequence, 'ab')),
    'as-star-in-seq': M(P(ast.MatchSequence, [P(ast.MatchAs, P(ast.MatchStar, 'a'), 'b')])),
    'wildcard-first': ast.Match(N('x'), [ast.match_case(P(ast.MatchAs, None, None), None, [ast.Pass(**L)]),
                                         ast.match_case(P(ast.MatchAs, None, None), None, [ast.Pass(**L)])], **L),
    'mapping-lengths': M(P(ast.MatchMapping, [C(1), C(2)], [P(ast.MatchAs, None, 'a')], None)),
    'mapping-key-name': M(P(ast.MatchMapping, [N('k')], [P(ast.MatchAs, None, 'a')], None)),
    'class-lengths': M(P(ast.MatchClass, N('C'), [], ['a', 'b'], [P(ast.MatchAs, None, 'c')])),
    'class-call': M(P(ast.MatchClass, P(ast.Call, N('C'), [], []), [], [], [])),
    'class-kwd-None': M(P(ast.MatchClass, N('C'), [], ['None'], [P(ast.MatchAs, None, 'c')])),
    'case-empty-body': ast.Match(N('x'), [ast.match_case(P(ast.MatchAs, None, None), None, [])], **L),
    'no-cases': ast.Match(N('x'), [], **L),
    'subject-store': ast.Match(N('x', ast.Store()), [ast.match_case(P(ast.MatchAs, None, None), None, [ast.Pass(**L)])], **L),
    'not-a-pattern': M(C(1)),
    'pattern-missing': ast.Match(N('x'), [ast.match_case(body=[ast.Pass(**L)])], **L),
    'case-not-node': ast.Match(N('x'), [1], **L),
    'irrefutable-first': ast.Match(N('x'), [ast.match_case(P(ast.MatchAs, None, 'a'), None, [ast.Pass(**L)]),
                                            ast.match_case(P(ast.MatchAs, None, 'b'), None, [ast.Pass(**L)])], **L),
    'or-different-names': M(P(ast.MatchOr, [P(ast.MatchAs, None, 'a'), P(ast.MatchAs, None, 'b')])),
    'dup-capture': M(P(ast.MatchSequence, [P(ast.MatchAs, None, 'a'), P(ast.MatchAs, None, 'a')])),
    'mapping-dup-key': M(P(ast.MatchMapping, [C(1), C(1)], [P(ast.MatchAs, None, 'a'), P(ast.MatchAs, None, 'b')], None)),
    'await-module': ast.Expr(P(ast.Await, N('y')), **L),
    'await-def': ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []),
                                 [ast.Expr(P(ast.Await, N('y')), **L)], [], **L),
    'await-missing': ast.Expr(ast.Await(**L), **L),
    'asyncdef-empty': ast.AsyncFunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], [], **L),
    'asyncfor-empty': ast.AsyncFor(N('a', ast.Store()), N('b'), [], [], **L),
    'asyncfor-load-target': ast.AsyncFor(N('a'), N('b'), [ast.Pass(**L)], [], **L),
    'asyncwith-noitems': ast.AsyncWith([], [ast.Pass(**L)], **L),
    'asyncwith-empty': ast.AsyncWith([ast.withitem(N('a'))], [], **L),
    'asyncfor-module': ast.AsyncFor(N('a', ast.Store()), N('b'), [ast.Pass(**L)], [], **L),
    'asyncwith-module': ast.AsyncWith([ast.withitem(N('a'))], [ast.Pass(**L)], **L),
    'async-comp-module': ast.Expr(P(ast.ListComp, N('a'), [ast.comprehension(N('a', ast.Store()), N('b'), [], 1)]), **L),
}
for name, stmt in bad.items():
    try:
        compile(ast.Module([stmt], []), '<bad>', 'exec')
        print(name, 'compiled')
    except Exception as e:
        print(name, type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))

# Valid odd-but-legal hand-built patterns compile and run.
ok = {
    'mapping-none-key': M(P(ast.MatchMapping, [C(None)], [P(ast.MatchAs, None, 'a')], None)),
    'value-complex': M(P(ast.MatchValue, C(1 + 2j))),
    'value-bytes': M(P(ast.MatchValue, C(b'x'))),
    'class-attr-chain': M(P(ast.MatchClass, P(ast.Attribute, N('a'), 'b', ast.Load()), [], [], [])),
    'singleton-false': M(P(ast.MatchSingleton, False)),
    'value-neg-imag': M(P(ast.MatchValue, P(ast.UnaryOp, ast.USub(), C(2j)))),
    'value-neg-real-minus-imag': M(P(ast.MatchValue, P(ast.BinOp, P(ast.UnaryOp, ast.USub(), C(1.5)), ast.Sub(), C(2j)))),
    'value-complex-const': M(P(ast.MatchValue, C(1 - 2j))),
}
for name, stmt in ok.items():
    try:
        code = compile(ast.Module([stmt], []), '<ok>', 'exec')
        exec(code, {'x': {None: 1}, 'a': type('A', (), {'b': dict})})
        print(name, 'ran')
    except Exception as e:
        print(name, type(e).__name__, e)
