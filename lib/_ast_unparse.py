"""ast.unparse (imported by it on first use): source text from a tree, with CPython 3.11's exact spelling (minimal
parentheses from operator precedence, docstrings in triple quotes, `elif` chains,
f-strings re-quoted to avoid backslashes in expression parts).
"""

import sys
from contextlib import contextmanager
from _ast_nodes import *
from _ast_nodes import AST
from ast import NodeVisitor

__all__ = ['unparse']

# Precedence levels, lowest binding first (as CPython's ast._Precedence).
P_NAMED_EXPR = 1
P_TUPLE = 2
P_YIELD = 3
P_TEST = 4
P_OR = 5
P_AND = 6
P_NOT = 7
P_CMP = 8
P_EXPR = 9
P_BOR = 9
P_BXOR = 10
P_BAND = 11
P_SHIFT = 12
P_ARITH = 13
P_TERM = 14
P_FACTOR = 15
P_POWER = 16
P_AWAIT = 17
P_ATOM = 18


def _above(p):
    return p + 1 if p < P_ATOM else p


_INF_TEXT = '1e' + repr(sys.float_info.max_10_exp + 1)
_ONE_LINE_QUOTES = ("'", '"')
_TRIPLE_QUOTES = ('"""', "'''")
_EVERY_QUOTE = _ONE_LINE_QUOTES + _TRIPLE_QUOTES

_UNARY = {'Invert': ('~', P_FACTOR), 'Not': ('not', P_NOT), 'UAdd': ('+', P_FACTOR),
          'USub': ('-', P_FACTOR)}
_BINARY = {'Add': ('+', P_ARITH), 'Sub': ('-', P_ARITH), 'Mult': ('*', P_TERM),
           'MatMult': ('@', P_TERM), 'Div': ('/', P_TERM), 'Mod': ('%', P_TERM),
           'LShift': ('<<', P_SHIFT), 'RShift': ('>>', P_SHIFT), 'BitOr': ('|', P_BOR),
           'BitXor': ('^', P_BXOR), 'BitAnd': ('&', P_BAND), 'FloorDiv': ('//', P_TERM),
           'Pow': ('**', P_POWER)}
_COMPARE = {'Eq': '==', 'NotEq': '!=', 'Lt': '<', 'LtE': '<=', 'Gt': '>', 'GtE': '>=',
            'Is': 'is', 'IsNot': 'is not', 'In': 'in', 'NotIn': 'not in'}
_BOOL = {'And': ('and', P_AND), 'Or': ('or', P_OR)}


def _escape_char(ch):
    # The 'unicode_escape' codec's spelling of one character.
    code = ord(ch)
    if ch in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[ch]
    if code < 0x100:
        return '\\x%02x' % code
    if code < 0x10000:
        return '\\u%04x' % code
    return '\\U%08x' % code


_NAMED_ESCAPES = {'\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r'}


def _quote_text(text, quotes=_EVERY_QUOTE, escape_whitespace=False):
    """(escaped text, usable quotes) for writing text inside a string literal without
    escaping any quote: the quotes that do not occur in it, best first."""
    out = []
    for ch in text:
        if (ch in '\n\t') and not escape_whitespace:
            out.append(ch)
        elif ch == '\\' or not ch.isprintable():
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    escaped = ''.join(out)
    usable = list(quotes)
    if '\n' in escaped:
        usable = [q for q in usable if q in _TRIPLE_QUOTES]
    usable = [q for q in usable if q not in escaped]
    if not usable:
        # No quote fits: fall back on repr's quoting.
        r = repr(text)
        pick = r[0]
        for q in quotes:
            if r[0] in q:
                pick = q
                break
        return r[1:-1], [pick]
    if escaped:
        # Prefer a quote that differs from the last character; a triple quote equal to
        # it needs that character escaped.
        usable.sort(key=lambda q: q[0] == escaped[-1])
        if usable[0][0] == escaped[-1]:
            escaped = escaped[:-1] + '\\' + escaped[-1]
    return escaped, usable


class _Unparser(NodeVisitor):

    def __init__(self, *, _avoid_backslashes=False):
        self._source = []
        self._prec = {}
        self._type_ignores = {}
        self._indent = 0
        self._avoid_backslashes = _avoid_backslashes
        self._in_try_star = False

    # ---- output helpers ----

    def write(self, *parts):
        self._source.extend(parts)

    def interleave(self, between, each, items):
        first = True
        for item in items:
            if first:
                first = False
            else:
                between()
            each(item)

    def items_view(self, each, items):
        # A one-item tuple needs its trailing comma.
        if len(items) == 1:
            each(items[0])
            self.write(',')
        else:
            self.interleave(lambda: self.write(', '), each, items)

    def maybe_newline(self):
        if self._source:
            self.write('\n')

    def fill(self, text=''):
        self.maybe_newline()
        self.write('    ' * self._indent + text)

    @contextmanager
    def buffered(self, buffer=None):
        if buffer is None:
            buffer = []
        saved = self._source
        self._source = buffer
        yield buffer
        self._source = saved

    @contextmanager
    def block(self, *, extra=None):
        self.write(':')
        if extra:
            self.write(extra)
        self._indent += 1
        yield
        self._indent -= 1

    @contextmanager
    def delimit(self, start, end):
        self.write(start)
        yield
        self.write(end)

    def delimit_if(self, start, end, condition):
        if condition:
            return self.delimit(start, end)
        return _nothing()

    def require_parens(self, precedence, node):
        return self.delimit_if('(', ')', self.get_precedence(node) > precedence)

    def get_precedence(self, node):
        return self._prec.get(node, P_TEST)

    def set_precedence(self, precedence, *nodes):
        for n in nodes:
            self._prec[n] = precedence

    def get_raw_docstring(self, node):
        if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
            return None
        if len(node.body) < 1 or not isinstance(node.body[0], Expr):
            return None
        v = node.body[0].value
        if isinstance(v, Constant) and isinstance(v.value, str):
            return v
        return None

    def get_type_comment(self, node):
        comment = self._type_ignores.get(node.lineno) or node.type_comment
        if comment is not None:
            return ' # type: %s' % comment
        return None

    def traverse(self, node):
        if isinstance(node, list):
            for item in node:
                self.traverse(item)
        else:
            super().visit(node)

    def visit(self, node):
        self._source = []
        self.traverse(node)
        return ''.join(self._source)

    def _body_with_docstring(self, node):
        doc = self.get_raw_docstring(node)
        if doc:
            self._write_docstring(doc)
            self.traverse(node.body[1:])
        else:
            self.traverse(node.body)

    # ---- modules and statements ----

    def visit_Module(self, node):
        self._type_ignores = {ti.lineno: 'ignore%s' % ti.tag for ti in node.type_ignores}
        self._body_with_docstring(node)
        self._type_ignores.clear()

    def visit_FunctionType(self, node):
        with self.delimit('(', ')'):
            self.interleave(lambda: self.write(', '), self.traverse, node.argtypes)
        self.write(' -> ')
        self.traverse(node.returns)

    def visit_Expr(self, node):
        self.fill()
        self.set_precedence(P_YIELD, node.value)
        self.traverse(node.value)

    def visit_NamedExpr(self, node):
        with self.require_parens(P_NAMED_EXPR, node):
            self.set_precedence(P_ATOM, node.target, node.value)
            self.traverse(node.target)
            self.write(' := ')
            self.traverse(node.value)

    def visit_Import(self, node):
        self.fill('import ')
        self.interleave(lambda: self.write(', '), self.traverse, node.names)

    def visit_ImportFrom(self, node):
        self.fill('from ')
        self.write('.' * (node.level or 0))
        if node.module:
            self.write(node.module)
        self.write(' import ')
        self.interleave(lambda: self.write(', '), self.traverse, node.names)

    def visit_Assign(self, node):
        self.fill()
        for target in node.targets:
            self.set_precedence(P_TUPLE, target)
            self.traverse(target)
            self.write(' = ')
        self.traverse(node.value)
        comment = self.get_type_comment(node)
        if comment:
            self.write(comment)

    def visit_AugAssign(self, node):
        self.fill()
        self.traverse(node.target)
        self.write(' ' + _BINARY[node.op.__class__.__name__][0] + '= ')
        self.traverse(node.value)

    def visit_AnnAssign(self, node):
        self.fill()
        with self.delimit_if('(', ')', not node.simple and isinstance(node.target, Name)):
            self.traverse(node.target)
        self.write(': ')
        self.traverse(node.annotation)
        if node.value:
            self.write(' = ')
            self.traverse(node.value)

    def visit_Return(self, node):
        self.fill('return')
        if node.value:
            self.write(' ')
            self.traverse(node.value)

    def visit_Pass(self, node):
        self.fill('pass')

    def visit_Break(self, node):
        self.fill('break')

    def visit_Continue(self, node):
        self.fill('continue')

    def visit_Delete(self, node):
        self.fill('del ')
        self.interleave(lambda: self.write(', '), self.traverse, node.targets)

    def visit_Assert(self, node):
        self.fill('assert ')
        self.traverse(node.test)
        if node.msg:
            self.write(', ')
            self.traverse(node.msg)

    def visit_Global(self, node):
        self.fill('global ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Nonlocal(self, node):
        self.fill('nonlocal ')
        self.interleave(lambda: self.write(', '), self.write, node.names)

    def visit_Await(self, node):
        with self.require_parens(P_AWAIT, node):
            self.write('await')
            if node.value:
                self.write(' ')
                self.set_precedence(P_ATOM, node.value)
                self.traverse(node.value)

    def visit_Yield(self, node):
        with self.require_parens(P_YIELD, node):
            self.write('yield')
            if node.value:
                self.write(' ')
                self.set_precedence(P_ATOM, node.value)
                self.traverse(node.value)

    def visit_YieldFrom(self, node):
        with self.require_parens(P_YIELD, node):
            self.write('yield from ')
            if not node.value:
                raise ValueError("Node can't be used without a value attribute.")
            self.set_precedence(P_ATOM, node.value)
            self.traverse(node.value)

    def visit_Raise(self, node):
        self.fill('raise')
        if not node.exc:
            if node.cause:
                raise ValueError("Node can't use cause without an exception.")
            return
        self.write(' ')
        self.traverse(node.exc)
        if node.cause:
            self.write(' from ')
            self.traverse(node.cause)

    def _try(self, node, star):
        saved = self._in_try_star
        self._in_try_star = star
        try:
            self.fill('try')
            with self.block():
                self.traverse(node.body)
            for handler in node.handlers:
                self.traverse(handler)
            if node.orelse:
                self.fill('else')
                with self.block():
                    self.traverse(node.orelse)
            if node.finalbody:
                self.fill('finally')
                with self.block():
                    self.traverse(node.finalbody)
        finally:
            self._in_try_star = saved

    def visit_Try(self, node):
        self._try(node, False)

    def visit_TryStar(self, node):
        self._try(node, True)

    def visit_ExceptHandler(self, node):
        self.fill('except*' if self._in_try_star else 'except')
        if node.type:
            self.write(' ')
            self.traverse(node.type)
        if node.name:
            self.write(' as ')
            self.write(node.name)
        with self.block():
            self.traverse(node.body)

    def _comma_list(self, *groups):
        first = True
        for group in groups:
            for item in group:
                if first:
                    first = False
                else:
                    self.write(', ')
                self.traverse(item)

    def visit_ClassDef(self, node):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)
        self.fill('class ' + node.name)
        with self.delimit_if('(', ')', node.bases or node.keywords):
            self._comma_list(node.bases, node.keywords)
        with self.block():
            self._body_with_docstring(node)

    def _function(self, node, keyword):
        self.maybe_newline()
        for deco in node.decorator_list:
            self.fill('@')
            self.traverse(deco)
        self.fill(keyword + ' ' + node.name)
        with self.delimit('(', ')'):
            self.traverse(node.args)
        if node.returns:
            self.write(' -> ')
            self.traverse(node.returns)
        with self.block(extra=self.get_type_comment(node)):
            self._body_with_docstring(node)

    def visit_FunctionDef(self, node):
        self._function(node, 'def')

    def visit_AsyncFunctionDef(self, node):
        self._function(node, 'async def')

    def _for(self, node, keyword):
        self.fill(keyword)
        self.set_precedence(P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.traverse(node.iter)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_For(self, node):
        self._for(node, 'for ')

    def visit_AsyncFor(self, node):
        self._for(node, 'async for ')

    def visit_If(self, node):
        self.fill('if ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        # an else holding just one `if` is written as elif
        while node.orelse and len(node.orelse) == 1 and isinstance(node.orelse[0], If):
            node = node.orelse[0]
            self.fill('elif ')
            self.traverse(node.test)
            with self.block():
                self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def visit_While(self, node):
        self.fill('while ')
        self.traverse(node.test)
        with self.block():
            self.traverse(node.body)
        if node.orelse:
            self.fill('else')
            with self.block():
                self.traverse(node.orelse)

    def _with(self, node, keyword):
        self.fill(keyword)
        self.interleave(lambda: self.write(', '), self.traverse, node.items)
        with self.block(extra=self.get_type_comment(node)):
            self.traverse(node.body)

    def visit_With(self, node):
        self._with(node, 'with ')

    def visit_AsyncWith(self, node):
        self._with(node, 'async with ')

    def visit_Match(self, node):
        self.fill('match ')
        self.traverse(node.subject)
        with self.block():
            for case in node.cases:
                self.traverse(case)

    # ---- strings ----

    def _write_quoted(self, text, quotes=_EVERY_QUOTE):
        text, usable = _quote_text(text, quotes)
        q = usable[0]
        self.write(q + text + q)

    def _write_docstring(self, node):
        self.fill()
        if node.kind == 'u':
            self.write('u')
        self._write_quoted(node.value, _TRIPLE_QUOTES)

    def visit_JoinedStr(self, node):
        self.write('f')
        if self._avoid_backslashes:
            with self.buffered() as buf:
                self._fstring_body(node)
            return self._write_quoted(''.join(buf))
        # Escapes are fine in the literal parts (f"{x}\n"), not in expression parts:
        # quote each part in turn, narrowing the usable quotes.
        parts = []
        for v in node.values:
            with self.buffered() as buf:
                self._fstring_body(v)
            parts.append((''.join(buf), isinstance(v, Constant)))
        quotes = list(_EVERY_QUOTE)
        pieces = []
        for text, literal in parts:
            text, quotes = _quote_text(text, quotes, escape_whitespace=literal)
            pieces.append(text)
        q = quotes[0]
        self.write(q + ''.join(pieces) + q)

    def _fstring_body(self, node):
        if isinstance(node, JoinedStr):
            for v in node.values:
                self._fstring_body(v)
        elif isinstance(node, Constant) and isinstance(node.value, str):
            self.write(node.value.replace('{', '{{').replace('}', '}}'))
        elif isinstance(node, FormattedValue):
            self.visit_FormattedValue(node)
        else:
            raise ValueError('Unexpected node inside JoinedStr, %r' % (node,))

    def visit_FormattedValue(self, node):
        inner = type(self)(_avoid_backslashes=True)
        inner.set_precedence(_above(P_TEST), node.value)
        text = inner.visit(node.value)
        with self.delimit('{', '}'):
            if '\\' in text:
                raise ValueError('Unable to avoid backslash in f-string expression part')
            if text.startswith('{'):
                self.write(' ')   # "{ {" rather than "{{"
            self.write(text)
            if node.conversion != -1:
                self.write('!' + chr(node.conversion))
            if node.format_spec:
                self.write(':')
                self._fstring_body(node.format_spec)

    # ---- expressions ----

    def visit_Name(self, node):
        self.write(node.id)

    def _write_constant(self, value):
        if isinstance(value, (float, complex)):
            self.write(repr(value).replace('inf', _INF_TEXT))
        elif self._avoid_backslashes and isinstance(value, str):
            self._write_quoted(value)
        else:
            self.write(repr(value))

    def visit_Constant(self, node):
        value = node.value
        if isinstance(value, tuple):
            with self.delimit('(', ')'):
                self.items_view(self._write_constant, value)
        elif value is ...:
            self.write('...')
        else:
            if node.kind == 'u':
                self.write('u')
            self._write_constant(node.value)

    def visit_List(self, node):
        with self.delimit('[', ']'):
            self.interleave(lambda: self.write(', '), self.traverse, node.elts)

    def _comprehension(self, node, start, end, *heads):
        with self.delimit(start, end):
            for i, h in enumerate(heads):
                if i:
                    self.write(': ')
                self.traverse(h)
            for gen in node.generators:
                self.traverse(gen)

    def visit_ListComp(self, node):
        self._comprehension(node, '[', ']', node.elt)

    def visit_GeneratorExp(self, node):
        self._comprehension(node, '(', ')', node.elt)

    def visit_SetComp(self, node):
        self._comprehension(node, '{', '}', node.elt)

    def visit_DictComp(self, node):
        self._comprehension(node, '{', '}', node.key, node.value)

    def visit_comprehension(self, node):
        self.write(' async for ' if node.is_async else ' for ')
        self.set_precedence(P_TUPLE, node.target)
        self.traverse(node.target)
        self.write(' in ')
        self.set_precedence(_above(P_TEST), node.iter, *node.ifs)
        self.traverse(node.iter)
        for cond in node.ifs:
            self.write(' if ')
            self.traverse(cond)

    def visit_IfExp(self, node):
        with self.require_parens(P_TEST, node):
            self.set_precedence(_above(P_TEST), node.body, node.test)
            self.traverse(node.body)
            self.write(' if ')
            self.traverse(node.test)
            self.write(' else ')
            self.set_precedence(P_TEST, node.orelse)
            self.traverse(node.orelse)

    def visit_Set(self, node):
        if node.elts:
            with self.delimit('{', '}'):
                self.interleave(lambda: self.write(', '), self.traverse, node.elts)
        else:
            self.write('{*()}')   # `{}` would be a dict

    def visit_Dict(self, node):
        def item(pair):
            k, v = pair
            if k is None:
                self.write('**')
                self.set_precedence(P_EXPR, v)
                self.traverse(v)
            else:
                self.traverse(k)
                self.write(': ')
                self.traverse(v)
        with self.delimit('{', '}'):
            self.interleave(lambda: self.write(', '), item, zip(node.keys, node.values))

    def visit_Tuple(self, node):
        with self.delimit_if('(', ')', len(node.elts) == 0
                             or self.get_precedence(node) > P_TUPLE):
            self.items_view(self.traverse, node.elts)

    def visit_UnaryOp(self, node):
        op, prec = _UNARY[node.op.__class__.__name__]
        with self.require_parens(prec, node):
            self.write(op)
            if prec != P_FACTOR:   # `not x`, but `-x`
                self.write(' ')
            self.set_precedence(prec, node.operand)
            self.traverse(node.operand)

    def visit_BinOp(self, node):
        op, prec = _BINARY[node.op.__class__.__name__]
        with self.require_parens(prec, node):
            if op == '**':   # right-associative
                left, right = _above(prec), prec
            else:
                left, right = prec, _above(prec)
            self.set_precedence(left, node.left)
            self.traverse(node.left)
            self.write(' %s ' % op)
            self.set_precedence(right, node.right)
            self.traverse(node.right)

    def visit_Compare(self, node):
        with self.require_parens(P_CMP, node):
            self.set_precedence(_above(P_CMP), node.left, *node.comparators)
            self.traverse(node.left)
            for op, right in zip(node.ops, node.comparators):
                self.write(' ' + _COMPARE[op.__class__.__name__] + ' ')
                self.traverse(right)

    def visit_BoolOp(self, node):
        op, prec = _BOOL[node.op.__class__.__name__]
        level = [prec]

        def operand(v):
            # each operand binds one level tighter than the previous one
            level[0] = _above(level[0])
            self.set_precedence(level[0], v)
            self.traverse(v)

        with self.require_parens(prec, node):
            sep = ' %s ' % op
            self.interleave(lambda: self.write(sep), operand, node.values)

    def visit_Attribute(self, node):
        self.set_precedence(P_ATOM, node.value)
        self.traverse(node.value)
        # `3.real` would lex as a float: write `3 .real`
        if isinstance(node.value, Constant) and isinstance(node.value.value, int):
            self.write(' ')
        self.write('.')
        self.write(node.attr)

    def visit_Call(self, node):
        self.set_precedence(P_ATOM, node.func)
        self.traverse(node.func)
        with self.delimit('(', ')'):
            self._comma_list(node.args, node.keywords)

    def visit_Subscript(self, node):
        self.set_precedence(P_ATOM, node.value)
        self.traverse(node.value)
        with self.delimit('[', ']'):
            s = node.slice
            if isinstance(s, Tuple) and s.elts:
                self.items_view(self.traverse, s.elts)
            else:
                self.traverse(s)

    def visit_Starred(self, node):
        self.write('*')
        self.set_precedence(P_EXPR, node.value)
        self.traverse(node.value)

    def visit_Ellipsis(self, node):
        self.write('...')

    def visit_Slice(self, node):
        if node.lower:
            self.traverse(node.lower)
        self.write(':')
        if node.upper:
            self.traverse(node.upper)
        if node.step:
            self.write(':')
            self.traverse(node.step)

    def visit_arg(self, node):
        self.write(node.arg)
        if node.annotation:
            self.write(': ')
            self.traverse(node.annotation)

    def visit_arguments(self, node):
        first = [True]

        def comma():
            if first[0]:
                first[0] = False
            else:
                self.write(', ')

        positional = node.posonlyargs + node.args
        defaults = [None] * (len(positional) - len(node.defaults)) + node.defaults
        for i, (a, d) in enumerate(zip(positional, defaults), 1):
            comma()
            self.traverse(a)
            if d:
                self.write('=')
                self.traverse(d)
            if i == len(node.posonlyargs):
                self.write(', /')
        if node.vararg or node.kwonlyargs:
            comma()
            self.write('*')
            if node.vararg:
                self.write(node.vararg.arg)
                if node.vararg.annotation:
                    self.write(': ')
                    self.traverse(node.vararg.annotation)
        for a, d in zip(node.kwonlyargs, node.kw_defaults):
            self.write(', ')
            self.traverse(a)
            if d:
                self.write('=')
                self.traverse(d)
        if node.kwarg:
            comma()
            self.write('**' + node.kwarg.arg)
            if node.kwarg.annotation:
                self.write(': ')
                self.traverse(node.kwarg.annotation)

    def visit_keyword(self, node):
        if node.arg is None:
            self.write('**')
        else:
            self.write(node.arg)
            self.write('=')
        self.traverse(node.value)

    def visit_Lambda(self, node):
        with self.require_parens(P_TEST, node):
            self.write('lambda')
            with self.buffered() as buf:
                self.traverse(node.args)
            if buf:
                self.write(' ', *buf)
            self.write(': ')
            self.set_precedence(P_TEST, node.body)
            self.traverse(node.body)

    def visit_alias(self, node):
        self.write(node.name)
        if node.asname:
            self.write(' as ' + node.asname)

    def visit_withitem(self, node):
        self.traverse(node.context_expr)
        if node.optional_vars:
            self.write(' as ')
            self.traverse(node.optional_vars)

    # ---- match statement ----

    def visit_match_case(self, node):
        self.fill('case ')
        self.traverse(node.pattern)
        if node.guard:
            self.write(' if ')
            self.traverse(node.guard)
        with self.block():
            self.traverse(node.body)

    def visit_MatchValue(self, node):
        self.traverse(node.value)

    def visit_MatchSingleton(self, node):
        self._write_constant(node.value)

    def visit_MatchSequence(self, node):
        with self.delimit('[', ']'):
            self.interleave(lambda: self.write(', '), self.traverse, node.patterns)

    def visit_MatchStar(self, node):
        self.write('*' + ('_' if node.name is None else node.name))

    def visit_MatchMapping(self, node):
        def pair(kp):
            self.traverse(kp[0])
            self.write(': ')
            self.traverse(kp[1])
        with self.delimit('{', '}'):
            self.interleave(lambda: self.write(', '), pair,
                            zip(node.keys, node.patterns, strict=True))
            if node.rest is not None:
                if node.keys:
                    self.write(', ')
                self.write('**' + node.rest)

    def visit_MatchClass(self, node):
        self.set_precedence(P_ATOM, node.cls)
        self.traverse(node.cls)
        with self.delimit('(', ')'):
            self.interleave(lambda: self.write(', '), self.traverse, node.patterns)
            if node.kwd_attrs:
                def attr_pattern(ap):
                    self.write(ap[0] + '=')
                    self.traverse(ap[1])
                if node.patterns:
                    self.write(', ')
                self.interleave(lambda: self.write(', '), attr_pattern,
                                zip(node.kwd_attrs, node.kwd_patterns, strict=True))

    def visit_MatchAs(self, node):
        if node.name is None:
            self.write('_')
        elif node.pattern is None:
            self.write(node.name)
        else:
            with self.require_parens(P_TEST, node):
                self.set_precedence(P_BOR, node.pattern)
                self.traverse(node.pattern)
                self.write(' as ' + node.name)

    def visit_MatchOr(self, node):
        with self.require_parens(P_BOR, node):
            self.set_precedence(_above(P_BOR), *node.patterns)
            self.interleave(lambda: self.write(' | '), self.traverse, node.patterns)


@contextmanager
def _nothing():
    yield


def unparse(ast_obj):
    """Python source text equivalent to the tree ast_obj (CPython 3.11's spelling)."""
    return _Unparser().visit(ast_obj)
