"""Abstract syntax trees of Python source (CPython 3.11's `ast` module, Glass version).

parse() returns trees of the node classes of _ast_nodes (re-exported here) built by the
C module _ast from Glass's own parser; the helpers below (dump, literal_eval, walk, the
visitors, unparse...) work on any tree of those classes.

compile(tree, filename, mode) turns a tree back into code (_ast converts it to the C
tree and checks it as CPython's validator does).

Left out: type comments (parse(type_comments=True) gives type_comment None everywhere),
feature_version (accepted and ignored), mode 'func_type'; see
docs/differences.md.
"""

import sys
from _ast import PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT
from _ast_nodes import *
from _ast_nodes import AST


def parse(source, filename='<unknown>', mode='exec', *,
          type_comments=False, feature_version=None):
    """Parse source into a tree of AST nodes (compile(source, filename, mode,
    PyCF_ONLY_AST))."""
    flags = PyCF_ONLY_AST
    if type_comments:
        flags |= PyCF_TYPE_COMMENTS
    if isinstance(feature_version, tuple):
        major, minor = feature_version
        feature_version = minor
    elif feature_version is None:
        feature_version = -1
    return compile(source, filename, mode, flags, _feature_version=feature_version)


# ---- literal_eval ----------------------------------------------------------------------

def literal_eval(node_or_string):
    """Evaluate a string or tree holding only literals: strings, bytes, numbers,
    tuples, lists, dicts, sets, booleans, None, and +/- on numbers."""
    node = node_or_string
    if isinstance(node, str):
        node = parse(node.lstrip(' \t'), mode='eval')
    if isinstance(node, Expression):
        node = node.body

    def malformed(n):
        where = getattr(n, 'lineno', None)
        text = 'malformed node or string'
        if where:
            text = '%s on line %s' % (text, where)
        raise ValueError('%s: %r' % (text, n))

    def number(n):
        if isinstance(n, Constant) and type(n.value) in (int, float, complex):
            return n.value
        malformed(n)

    def signed_number(n):
        if isinstance(n, UnaryOp) and isinstance(n.op, (UAdd, USub)):
            v = number(n.operand)
            return +v if isinstance(n.op, UAdd) else -v
        return number(n)

    def value(n):
        if isinstance(n, Constant):
            return n.value
        if isinstance(n, Tuple):
            return tuple([value(e) for e in n.elts])
        if isinstance(n, List):
            return [value(e) for e in n.elts]
        if isinstance(n, Set):
            return {value(e) for e in n.elts}
        if (isinstance(n, Call) and isinstance(n.func, Name) and n.func.id == 'set'
                and n.args == [] and n.keywords == []):
            return set()
        if isinstance(n, Dict):
            if len(n.keys) != len(n.values):
                malformed(n)
            keys = [value(k) for k in n.keys]
            vals = [value(v) for v in n.values]
            return dict(zip(keys, vals))
        if isinstance(n, BinOp) and isinstance(n.op, (Add, Sub)):
            left = signed_number(n.left)
            right = number(n.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(n.op, Add) else left - right
        return signed_number(n)

    return value(node)


# ---- dump ------------------------------------------------------------------------------

def dump(node, annotate_fields=True, include_attributes=False, *, indent=None):
    """A formatted string of the tree, as CPython's ast.dump: fields by name unless
    annotate_fields is false (then positionally while unambiguous), positions with
    include_attributes, one item per line indented by `indent` (int or str)."""
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    if isinstance(indent, int):
        indent = ' ' * indent

    def fmt(x, depth):
        # Returns (text, simple): simple = no nested node/list worth a line break.
        if indent is not None:
            depth += 1
            open_ = '\n' + indent * depth
            sep = ',\n' + indent * depth
        else:
            open_ = ''
            sep = ', '
        if isinstance(x, list):
            if not x:
                return '[]', True
            return '[%s%s]' % (open_, sep.join([fmt(i, depth)[0] for i in x])), False
        if not isinstance(x, AST):
            return repr(x), True
        cls = type(x)
        parts = []
        simple = True
        named = annotate_fields
        for name in x._fields:
            try:
                v = getattr(x, name)
            except AttributeError:
                named = True
                continue
            if v is None and getattr(cls, name, ...) is None:
                named = True
                continue
            text, s = fmt(v, depth)
            simple = simple and s
            parts.append('%s=%s' % (name, text) if named else text)
        if include_attributes and x._attributes:
            for name in x._attributes:
                try:
                    v = getattr(x, name)
                except AttributeError:
                    continue
                if v is None and getattr(cls, name, ...) is None:
                    continue
                text, s = fmt(v, depth)
                simple = simple and s
                parts.append('%s=%s' % (name, text))
        cname = x.__class__.__name__
        if simple and len(parts) <= 3:
            return '%s(%s)' % (cname, ', '.join(parts)), not parts
        return '%s(%s%s)' % (cname, open_, sep.join(parts)), False

    return fmt(node, 0)[0]


# ---- locations ---------------------------------------------------------------------------

def copy_location(new_node, old_node):
    """Copy the source positions of old_node to new_node (where both have them);
    returns new_node."""
    for name in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
        if name not in old_node._attributes or name not in new_node._attributes:
            continue
        v = getattr(old_node, name, None)
        if v is not None or (name.startswith('end_') and hasattr(old_node, name)):
            setattr(new_node, name, v)
    return new_node


def fix_missing_locations(node):
    """Give every node lacking positions those of its parent (1, 0 at the root);
    returns node."""
    def fix(n, lineno, col, end_lineno, end_col):
        attrs = n._attributes
        if 'lineno' in attrs:
            if hasattr(n, 'lineno'):
                lineno = n.lineno
            else:
                n.lineno = lineno
        if 'end_lineno' in attrs:
            if getattr(n, 'end_lineno', None) is None:
                n.end_lineno = end_lineno
            else:
                end_lineno = n.end_lineno
        if 'col_offset' in attrs:
            if hasattr(n, 'col_offset'):
                col = n.col_offset
            else:
                n.col_offset = col
        if 'end_col_offset' in attrs:
            if getattr(n, 'end_col_offset', None) is None:
                n.end_col_offset = end_col
            else:
                end_col = n.end_col_offset
        for child in iter_child_nodes(n):
            fix(child, lineno, col, end_lineno, end_col)
    fix(node, 1, 0, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line numbers of node and all its descendants; returns node."""
    for child in walk(node):
        if isinstance(child, TypeIgnore):
            child.lineno = getattr(child, 'lineno', 0) + n
            continue
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
        if 'end_lineno' in child._attributes:
            end = getattr(child, 'end_lineno', 0)
            if end is not None:
                child.end_lineno = end + n
    return node


# ---- traversal ---------------------------------------------------------------------------

def iter_fields(node):
    """Yield (name, value) for each field present on node, in _fields order."""
    for name in node._fields:
        try:
            yield name, getattr(node, name)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node (fields that are nodes or lists of them)."""
    for name, v in iter_fields(node):
        if isinstance(v, AST):
            yield v
        elif isinstance(v, list):
            for item in v:
                if isinstance(item, AST):
                    yield item


def walk(node):
    """Yield node and all its descendants, breadth first."""
    from collections import deque
    pending = deque([node])
    while pending:
        n = pending.popleft()
        pending.extend(iter_child_nodes(n))
        yield n


def get_docstring(node, clean=True):
    """The docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    body = node.body
    if not body or not isinstance(body[0], Expr):
        return None
    v = body[0].value
    if not (isinstance(v, Constant) and isinstance(v.value, str)):
        return None
    text = v.value
    if clean:
        import inspect
        text = inspect.cleandoc(text)
    return text


def _lines_keeping_ends(source):
    # Split at \r\n, \r and \n only (as the tokenizer does), keeping line ends.
    lines = []
    start = 0
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == '\n' or ch == '\r':
            if ch == '\r' and i + 1 < n and source[i + 1] == '\n':
                i += 1
            lines.append(source[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        lines.append(source[start:])
    return lines


def _pad_whitespace(text):
    # Keep tabs and form feeds, replace everything else by spaces.
    return ''.join([c if c in '\f\t' else ' ' for c in text])


def get_source_segment(source, node, *, padded=False):
    """The source text of node (None when node lacks positions); with padded, the
    first line of a multi-line node is indented as in the source."""
    try:
        if node.end_lineno is None or node.end_col_offset is None:
            return None
        first = node.lineno - 1
        last = node.end_lineno - 1
        col = node.col_offset
        end_col = node.end_col_offset
    except AttributeError:
        return None
    lines = _lines_keeping_ends(source)
    if first == last:
        return lines[first].encode()[col:end_col].decode()
    pad = _pad_whitespace(lines[first].encode()[:col].decode()) if padded else ''
    head = pad + lines[first].encode()[col:].decode()
    tail = lines[last].encode()[:end_col].decode()
    return ''.join([head] + lines[first + 1:last] + [tail])


# ---- visitors ----------------------------------------------------------------------------

class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName>(node) where defined, else generic_visit
    (which visits the children)."""

    def visit(self, node):
        method = getattr(self, 'visit_' + node.__class__.__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        for name, v in iter_fields(node):
            if isinstance(v, list):
                for item in v:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(v, AST):
                self.visit(v)


    def visit_Constant(self, node):
        # Visitors written for Python < 3.8 define visit_Num, visit_Str...: call those
        # (with a DeprecationWarning) when no visit_Constant is defined.
        value = node.value
        kind = _OLD_CONSTANT_NAMES.get(type(value))
        if kind is None:
            for typ, name in _OLD_CONSTANT_NAMES.items():
                if isinstance(value, typ):
                    kind = name
                    break
        if kind is not None:
            method = getattr(self, 'visit_' + kind, None)
            if method is not None:
                import warnings
                warnings.warn('visit_%s is deprecated; add visit_Constant' % kind,
                              DeprecationWarning, 2)
                return method(node)
        return self.generic_visit(node)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement of each node: None
    removes it, a list (in a list field) splices several in."""

    def generic_visit(self, node):
        for name, old in iter_fields(node):
            if isinstance(old, list):
                replaced = []
                for item in old:
                    if isinstance(item, AST):
                        item = self.visit(item)
                        if item is None:
                            continue
                        if not isinstance(item, AST):
                            replaced.extend(item)
                            continue
                    replaced.append(item)
                old[:] = replaced
            elif isinstance(old, AST):
                new = self.visit(old)
                if new is None:
                    delattr(node, name)
                else:
                    setattr(node, name, new)
        return node


# ---- the node classes of Python < 3.8, kept as CPython 3.11 keeps them -----------------

def _value_of(self):
    return self.value


def _set_value(self, value):
    self.value = value


Constant.n = property(_value_of, _set_value)
Constant.s = property(_value_of, _set_value)


class _ABC(type):
    """Metaclass of Num, Str...: isinstance() tests the Constant's value type."""

    def __init__(cls, *args):
        cls.__doc__ = 'Deprecated AST node class. Use ast.Constant instead'

    def __instancecheck__(cls, inst):
        if not isinstance(inst, Constant):
            return False
        if cls in _OLD_CONSTANT_TYPES:
            try:
                value = inst.value
            except AttributeError:
                return False
            return (isinstance(value, _OLD_CONSTANT_TYPES[cls])
                    and not isinstance(value, _OLD_CONSTANT_EXCLUDED.get(cls, ())))
        return type.__instancecheck__(cls, inst)


def _old_constant_new(cls, *args, **kwargs):
    for key in kwargs:
        if key in cls._fields and cls._fields.index(key) < len(args):
            raise TypeError('%s got multiple values for argument %r' % (cls.__name__, key))
    if cls in _OLD_CONSTANT_TYPES:
        return Constant(*args, **kwargs)
    return Constant.__new__(cls, *args, **kwargs)


class Num(Constant, metaclass=_ABC):
    _fields = ('n',)
    __new__ = _old_constant_new


class Str(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _old_constant_new


class Bytes(Constant, metaclass=_ABC):
    _fields = ('s',)
    __new__ = _old_constant_new


class NameConstant(Constant, metaclass=_ABC):
    __new__ = _old_constant_new


class Ellipsis(Constant, metaclass=_ABC):
    _fields = ()

    def __new__(cls, *args, **kwargs):
        if cls is Ellipsis:
            return Constant(..., *args, **kwargs)
        return Constant.__new__(cls, *args, **kwargs)


_OLD_CONSTANT_TYPES = {Num: (int, float, complex), Str: (str,), Bytes: (bytes,),
                       NameConstant: (type(None), bool), Ellipsis: (type(...),)}
_OLD_CONSTANT_EXCLUDED = {Num: (bool,)}
_OLD_CONSTANT_NAMES = {bool: 'NameConstant', type(None): 'NameConstant', int: 'Num',
                       float: 'Num', complex: 'Num', str: 'Str', bytes: 'Bytes',
                       type(...): 'Ellipsis'}


def unparse(ast_obj):
    """Python source text equivalent to the tree ast_obj (CPython 3.11's spelling)."""
    from _ast_unparse import unparse as run
    return run(ast_obj)


def main():
    """`glass -m ast [-m MODE] [-a] [-i N] [file]`: print the dump of a file's tree."""
    import argparse
    ap = argparse.ArgumentParser(prog='python -m ast')
    ap.add_argument('infile', nargs='?', default='-',
                    help='the file to parse; defaults to stdin')
    ap.add_argument('-m', '--mode', default='exec',
                    choices=('exec', 'single', 'eval', 'func_type'),
                    help='specify what kind of code must be parsed')
    ap.add_argument('--no-type-comments', default=True, action='store_false',
                    help="don't add information about type comments")
    ap.add_argument('-a', '--include-attributes', action='store_true',
                    help='include attributes such as line numbers and column offsets')
    ap.add_argument('-i', '--indent', type=int, default=3,
                    help='indentation of nodes (number of spaces)')
    args = ap.parse_args()
    if args.infile == '-':
        name = '<stdin>'
        source = sys.stdin.buffer.read()
    else:
        name = args.infile
        with open(args.infile, 'rb') as f:
            source = f.read()
    tree = parse(source, name, args.mode, type_comments=args.no_type_comments)
    print(dump(tree, include_attributes=args.include_attributes, indent=args.indent))


if __name__ == '__main__':
    main()
