"""The node classes of the `ast` module (CPython keeps them in its C module `_ast`).

Glass builds them here from the ASDL-like table below; `_ast.parse` (C,
src/modules/_astmodule.c) imports this module and creates instances by class name.

Each table line is `base: Name(type name, ...)`; a field type ending in `?` is optional
(the class then has that field as a class attribute set to None, as CPython does), one
ending in `*` is a list. Nodes whose base carries source positions get `_attributes`.
"""

__all__ = []

_POSITIONS = ('lineno', 'col_offset', 'end_lineno', 'end_col_offset')


class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = self._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError('%s constructor takes at most %d positional argument%s'
                            % (cls.__name__, n, '' if n == 1 else 's'))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields[:len(args)]:
                raise TypeError('%s got multiple values for argument %r'
                                % (cls.__name__, name))
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


_SPEC = """
AST: mod
mod: Module(stmt* body, type_ignore* type_ignores)
mod: Interactive(stmt* body)
mod: Expression(expr body)
mod: FunctionType(expr* argtypes, expr returns)
AST: stmt
stmt: FunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
stmt: AsyncFunctionDef(identifier name, arguments args, stmt* body, expr* decorator_list, expr? returns, string? type_comment)
stmt: ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body, expr* decorator_list)
stmt: Return(expr? value)
stmt: Delete(expr* targets)
stmt: Assign(expr* targets, expr value, string? type_comment)
stmt: AugAssign(expr target, operator op, expr value)
stmt: AnnAssign(expr target, expr annotation, expr? value, int simple)
stmt: For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
stmt: AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)
stmt: While(expr test, stmt* body, stmt* orelse)
stmt: If(expr test, stmt* body, stmt* orelse)
stmt: With(withitem* items, stmt* body, string? type_comment)
stmt: AsyncWith(withitem* items, stmt* body, string? type_comment)
stmt: Match(expr subject, match_case* cases)
stmt: Raise(expr? exc, expr? cause)
stmt: Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
stmt: TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)
stmt: Assert(expr test, expr? msg)
stmt: Import(alias* names)
stmt: ImportFrom(identifier? module, alias* names, int? level)
stmt: Global(identifier* names)
stmt: Nonlocal(identifier* names)
stmt: Expr(expr value)
stmt: Pass()
stmt: Break()
stmt: Continue()
AST: expr
expr: BoolOp(boolop op, expr* values)
expr: NamedExpr(expr target, expr value)
expr: BinOp(expr left, operator op, expr right)
expr: UnaryOp(unaryop op, expr operand)
expr: Lambda(arguments args, expr body)
expr: IfExp(expr test, expr body, expr orelse)
expr: Dict(expr* keys, expr* values)
expr: Set(expr* elts)
expr: ListComp(expr elt, comprehension* generators)
expr: SetComp(expr elt, comprehension* generators)
expr: DictComp(expr key, expr value, comprehension* generators)
expr: GeneratorExp(expr elt, comprehension* generators)
expr: Await(expr value)
expr: Yield(expr? value)
expr: YieldFrom(expr value)
expr: Compare(expr left, cmpop* ops, expr* comparators)
expr: Call(expr func, expr* args, keyword* keywords)
expr: FormattedValue(expr value, int conversion, expr? format_spec)
expr: JoinedStr(expr* values)
expr: Constant(constant value, string? kind)
expr: Attribute(expr value, identifier attr, expr_context ctx)
expr: Subscript(expr value, expr slice, expr_context ctx)
expr: Starred(expr value, expr_context ctx)
expr: Name(identifier id, expr_context ctx)
expr: List(expr* elts, expr_context ctx)
expr: Tuple(expr* elts, expr_context ctx)
expr: Slice(expr? lower, expr? upper, expr? step)
AST: expr_context
expr_context: Load()
expr_context: Store()
expr_context: Del()
AST: boolop
boolop: And()
boolop: Or()
AST: operator
operator: Add()
operator: Sub()
operator: Mult()
operator: MatMult()
operator: Div()
operator: Mod()
operator: Pow()
operator: LShift()
operator: RShift()
operator: BitOr()
operator: BitXor()
operator: BitAnd()
operator: FloorDiv()
AST: unaryop
unaryop: Invert()
unaryop: Not()
unaryop: UAdd()
unaryop: USub()
AST: cmpop
cmpop: Eq()
cmpop: NotEq()
cmpop: Lt()
cmpop: LtE()
cmpop: Gt()
cmpop: GtE()
cmpop: Is()
cmpop: IsNot()
cmpop: In()
cmpop: NotIn()
AST: comprehension(expr target, expr iter, expr* ifs, int is_async)
AST: excepthandler
excepthandler: ExceptHandler(expr? type, identifier? name, stmt* body)
AST: arguments(arg* posonlyargs, arg* args, arg? vararg, arg* kwonlyargs, expr* kw_defaults, arg? kwarg, expr* defaults)
AST: arg(identifier arg, expr? annotation, string? type_comment)
AST: keyword(identifier? arg, expr value)
AST: alias(identifier name, identifier? asname)
AST: withitem(expr context_expr, expr? optional_vars)
AST: match_case(pattern pattern, expr? guard, stmt* body)
AST: pattern
pattern: MatchValue(expr value)
pattern: MatchSingleton(constant value)
pattern: MatchSequence(pattern* patterns)
pattern: MatchMapping(expr* keys, pattern* patterns, identifier? rest)
pattern: MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs, pattern* kwd_patterns)
pattern: MatchStar(identifier? name)
pattern: MatchAs(pattern? pattern, identifier? name)
pattern: MatchOr(pattern* patterns)
AST: type_ignore
type_ignore: TypeIgnore(int lineno, string tag)
"""

# Bases whose nodes carry positions; the end positions are optional (None on the
# class) except for patterns, as in CPython 3.11.
_POSITIONED = {'stmt': True, 'expr': True, 'excepthandler': True, 'arg': True,
               'keyword': True, 'alias': True, 'pattern': False}


def _build(spec):
    made = {'AST': AST}
    alternatives = {}
    for line in spec.strip().splitlines():
        base, _, decl = line.partition(': ')
        name, paren, rest = decl.partition('(')
        ns = {'__module__': 'ast'}
        fields = []
        if paren:
            params = [p.strip() for p in rest.rstrip(')').split(',') if p.strip()]
            for p in params:
                typ, fname = p.split()
                fields.append(fname)
                if typ.endswith('?'):
                    ns[fname] = None
            ns['__doc__'] = '%s(%s)' % (name, ', '.join(params)) if params else name
            ns['_fields'] = tuple(fields)
            ns['__match_args__'] = tuple(fields)
        else:
            ns['__doc__'] = name
        if name in _POSITIONED:
            ns['_attributes'] = _POSITIONS
            if _POSITIONED[name]:
                ns['end_lineno'] = None
                ns['end_col_offset'] = None
        cls = type(name, (made[base],), ns)
        made[name] = cls
        if base != 'AST':
            alternatives.setdefault(base, []).append(ns['__doc__'])
    # An abstract class's docstring lists its kinds, as ASDL writes them.
    for base, alts in alternatives.items():
        if all('(' not in a for a in alts):
            made[base].__doc__ = '%s = %s' % (base, ' | '.join(alts))
        else:
            made[base].__doc__ = '%s = %s' % (
                base, ('\n' + ' ' * (len(base) + 1) + '| ').join(alts))
    return made


_classes = _build(_SPEC)
globals().update(_classes)
__all__.extend(_classes)

# The instances _ast.parse puts in trees: one per context / operator class, shared,
# as in CPython.
_singletons = {}
for _base in (expr_context, boolop, operator, unaryop, cmpop):
    for _cls in _base.__subclasses__():
        _singletons[_cls.__name__] = _cls()
del _base, _cls, _build, _classes
