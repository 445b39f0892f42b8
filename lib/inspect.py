"""inspect - get information about live objects (functions, classes, frames).

Implements: the is* predicates, getmembers, getmro, signature / Signature /
Parameter / BoundArguments (Python functions, bound methods, classes,
functools.partial, __signature__), getdoc, cleandoc, getmodule, getfile,
getsourcefile, getsource, getsourcelines, getblock / BlockFinder (tokenize),
currentframe, getattr_static (simple),
unwrap, isawaitable, CO_* flags, getfullargspec, getcallargs, getargs,
getargvalues, stack, trace, getouterframes, getinnerframes, getframeinfo,
getlineno, FrameInfo / Traceback (positions hold line numbers only: Glass
keeps no column offsets).
Leaves out: getcoroutinestate/getgeneratorstate, getclosurevars,
signatures of builtins (ValueError).
"""

import sys
import types
import functools

__all__ = ['ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
           'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isawaitable',
           'isasyncgenfunction', 'isasyncgen',
           'isbuiltin', 'isroutine', 'isabstract', 'ismethoddescriptor',
           'isdatadescriptor', 'iscode', 'isframe', 'istraceback', 'getmembers',
           'getmro', 'signature', 'Signature', 'Parameter', 'BoundArguments',
           'getdoc', 'cleandoc', 'getmodule', 'getfile', 'getsourcefile',
           'getsource', 'getsourcelines', 'currentframe', 'getattr_static', 'unwrap',
           'getfullargspec', 'FullArgSpec', 'getcallargs', 'getargs',
           'getargvalues', 'stack', 'trace', 'getouterframes', 'getinnerframes',
           'getframeinfo', 'getlineno', 'FrameInfo', 'Traceback']

CO_OPTIMIZED = 1
CO_NEWLOCALS = 2
CO_VARARGS = 4
CO_VARKEYWORDS = 8
CO_NESTED = 16
CO_GENERATOR = 32
CO_NOFREE = 64
CO_COROUTINE = 128
CO_ITERABLE_COROUTINE = 256
CO_ASYNC_GENERATOR = 512

TPFLAGS_IS_ABSTRACT = 1 << 20


# ---- predicates ----

def ismodule(object):
    return isinstance(object, types.ModuleType)

def isclass(object):
    return isinstance(object, type)

def ismethod(object):
    return isinstance(object, types.MethodType)

def isfunction(object):
    return isinstance(object, types.FunctionType)

def _has_flag(f, flag):
    while ismethod(f):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not (isfunction(f) or _is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)

def _is_functionlike(obj):
    # duck-typed functions (unittest.mock's AsyncMock): callable, with a code object
    # and the attributes of a function
    if not callable(obj) or isclass(obj):
        return False
    name = getattr(obj, '__name__', None)
    code = getattr(obj, '__code__', None)
    defaults = getattr(obj, '__defaults__', _void)
    kwdefaults = getattr(obj, '__kwdefaults__', _void)
    annotations = getattr(obj, '__annotations__', None)
    return (isinstance(code, types.CodeType) and isinstance(name, str) and
            (defaults is None or isinstance(defaults, tuple)) and
            (kwdefaults is None or isinstance(kwdefaults, dict)) and
            (isinstance(annotations, dict) or annotations is None))

def isgeneratorfunction(object):
    return _has_flag(object, CO_GENERATOR)

def iscoroutinefunction(object):
    return _has_flag(object, CO_COROUTINE)

def isasyncgenfunction(object):
    return _has_flag(object, CO_ASYNC_GENERATOR)

def isgenerator(object):
    return isinstance(object, types.GeneratorType)

def iscoroutine(object):
    return isinstance(object, types.CoroutineType)

def isasyncgen(object):
    return isinstance(object, types.AsyncGeneratorType)

def isawaitable(object):
    if isinstance(object, types.CoroutineType):
        return True
    if (isinstance(object, types.GeneratorType)
            and object.gi_code.co_flags & CO_ITERABLE_COROUTINE):
        return True
    return hasattr(type(object), '__await__') and not isinstance(object, type)

def istraceback(object):
    return isinstance(object, types.TracebackType)

def isframe(object):
    return isinstance(object, types.FrameType)

def iscode(object):
    return isinstance(object, types.CodeType)

def isbuiltin(object):
    return isinstance(object, types.BuiltinFunctionType)

def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')

def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')

def isroutine(object):
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))

def isabstract(object):
    if not isinstance(object, type):
        return False
    return bool(getattr(object, '__abstractmethods__', None))


# ---- members ----

def getmro(cls):
    return cls.__mro__

def getmembers(object, predicate=None):
    if isclass(object):
        mro = (object,) + getmro(object)
    else:
        mro = ()
    results = []
    processed = set()
    names = dir(object)
    if isclass(object):
        # include DynamicClassAttributes-like entries from base __dict__s
        for base in object.__bases__:
            for k in base.__dict__:
                if k not in names:
                    names.append(k)
    for key in names:
        try:
            value = getattr(object, key)
            if key in processed:
                raise AttributeError
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if not predicate or predicate(value):
            results.append((key, value))
        processed.add(key)
    results.sort(key=lambda pair: pair[0])
    return results


# ---- documentation ----

def cleandoc(doc):
    """Uniformly remove indentation from the second and later docstring lines."""
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)

def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None and isclass(object):
        for base in object.__mro__[1:]:
            if base is object:
                continue
            d = base.__dict__.get('__doc__')
            if isinstance(d, str) and base is not type(object):
                doc = d
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


# ---- source ----

def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    mod = getattr(object, '__module__', None)
    if isinstance(mod, str):
        return sys.modules.get(mod)
    return None

def getfile(object):
    if ismodule(object):
        f = getattr(object, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        mod = sys.modules.get(object.__module__)
        f = getattr(mod, '__file__', None)
        if f:
            return f
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))

def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith('.py'):
        return filename
    return None

class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Feed tokens to tokeneater(); raises EndOfBlock after the first block's end.

    The block is the first def, class or lambda (with its decorators); `last`
    is the number of its last line, counted from the first line fed.
    """

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        import tokenize
        if not self.started and not self.indecorator:
            # before the header: decorators, then def/class/lambda
            if token == "@":
                self.indecorator = True
            elif token in ("def", "class", "lambda"):
                if token == "lambda":
                    self.islambda = True
                self.started = True
            self.passline = True
        elif token == "(":
            pass
        elif token == ")":
            if self.indecorator:
                self.indecorator = False
        elif type == tokenize.NEWLINE:
            self.passline = False
            self.last = srowcol[0]
            if self.islambda:
                raise EndOfBlock
            if self.indecorator:
                self.indecorator = False
        elif self.passline:
            pass
        elif type == tokenize.INDENT:
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent += 1
            self.passline = True
        elif type == tokenize.DEDENT:
            self.indent -= 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == tokenize.COMMENT:
            # a comment indented at least as deep as the body belongs to it
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                self.last = srowcol[0]
        elif self.indent == 0 and type != tokenize.NL:
            raise EndOfBlock


def getblock(lines):
    """Return the lines of the block (def, class, lambda) that `lines` starts with."""
    import tokenize
    finder = BlockFinder()
    try:
        for tok in tokenize.generate_tokens(iter(lines).__next__):
            finder.tokeneater(*tok)
    except (EndOfBlock, IndentationError):
        pass
    return lines[:finder.last]


def _block(lines, start):
    return getblock(lines[start:])


def getsourcelines(object):
    import linecache
    object = unwrap(object)
    filename = getsourcefile(object) or getfile(object)
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        name = object.__name__
        for i, line in enumerate(lines):
            s = line.lstrip()
            if s.startswith('class ' + name) and s[6 + len(name):6 + len(name) + 1] in ('(', ':'):
                while i > 0 and lines[i - 1].lstrip().startswith('@'):
                    i -= 1
                return _block(lines, i), i + 1
        raise OSError('could not find class definition')
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        if not hasattr(object, 'co_firstlineno'):
            raise OSError('could not find function definition')
        # back up to the line that starts the definition
        import re
        header = re.compile(r'^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')
        i = object.co_firstlineno - 1
        while i > 0:
            if i >= len(lines):
                raise OSError('lineno is out of bounds')
            if header.match(lines[i]):
                break
            i -= 1
        return _block(lines, i), i + 1
    raise OSError('could not find code object')

def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)


# ---- frames ----

def currentframe():
    return sys._getframe(1)


def getattr_static(obj, attr, default=object()):
    _sentinel = getattr_static.__defaults__[0]
    if not isclass(obj):
        try:
            d = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            d = {}
        if attr in d:
            return d[attr]
        mro = type(obj).__mro__
    else:
        mro = obj.__mro__
    for entry in mro:
        if attr in entry.__dict__:
            return entry.__dict__[attr]
    if isclass(obj):
        for entry in type(obj).__mro__:
            if attr in entry.__dict__:
                return entry.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    f = func
    memo = {id(f): f}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in memo or len(memo) >= sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        memo[id(f)] = f
    return f


# ---- signatures ----

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""

class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(int):
    def __new__(cls, value, name, description):
        self = int.__new__(cls, value)
        self._name_ = name
        self.description = description
        return self

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return '<_ParameterKind.{}: {}>'.format(self._name_, int(self))

    def __str__(self):
        return self._name_

_POSITIONAL_ONLY = _ParameterKind(0, 'POSITIONAL_ONLY', 'positional-only')
_POSITIONAL_OR_KEYWORD = _ParameterKind(1, 'POSITIONAL_OR_KEYWORD', 'positional or keyword')
_VAR_POSITIONAL = _ParameterKind(2, 'VAR_POSITIONAL', 'variadic positional')
_KEYWORD_ONLY = _ParameterKind(3, 'KEYWORD_ONLY', 'keyword-only')
_VAR_KEYWORD = _ParameterKind(4, 'VAR_KEYWORD', 'variadic keyword')
_KINDS = (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD, _VAR_POSITIONAL,
          _KEYWORD_ONLY, _VAR_KEYWORD)


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """One parameter of a Signature (immutable)."""
    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD
    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        if kind not in _KINDS:
            raise ValueError("value {!r} is not a valid Parameter.kind".format(kind))
        kind = _KINDS[kind]
        if default is not _empty and kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(kind.description))
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if not name.isidentifier():
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name
        self._kind = kind
        self._default = default
        self._annotation = annotation

    name = property(lambda self: self._name)
    kind = property(lambda self: self._kind)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        if name is _void:
            name = self._name
        if kind is _void:
            kind = self._kind
        if annotation is _void:
            annotation = self._annotation
        if default is _void:
            default = self._default
        return type(self)(name, kind, default=default, annotation=annotation)

    def __str__(self):
        kind = self._kind
        s = self._name
        if self._annotation is not _empty:
            s = '{}: {}'.format(s, formatannotation(self._annotation))
        if self._default is not _empty:
            if self._annotation is not _empty:
                s = '{} = {!r}'.format(s, self._default)
            else:
                s = '{}={!r}'.format(s, self._default)
        if kind == _VAR_POSITIONAL:
            s = '*' + s
        elif kind == _VAR_KEYWORD:
            s = '**' + s
        return s

    def __repr__(self):
        return '<{} "{}">'.format(type(self).__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind and
                self._default == other._default and
                self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind: maps parameter names to argument values."""

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                break
            try:
                arg = self.arguments[name]
            except KeyError:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(arg)
            else:
                args.append(arg)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started:
                continue
            try:
                arg = self.arguments[name]
            except KeyError:
                pass
            else:
                if param.kind == _VAR_KEYWORD:
                    kwargs.update(arg)
                else:
                    kwargs[name] = arg
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        new = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new.append((name, arguments[name]))
            elif param.default is not _empty:
                new.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                new.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                new.append((name, {}))
        self.arguments = dict(new)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ['{}={!r}'.format(k, v) for k, v in self.arguments.items()]
        return '<{} ({})>'.format(type(self).__name__, ', '.join(args))


class Signature:
    """The call signature of a callable: an ordered mapping of Parameters plus
    a return annotation."""
    empty = _empty
    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    def __init__(self, parameters=None, *, return_annotation=_empty,
                 __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                top_kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    kind = param.kind
                    name = param.name
                    if kind < top_kind:
                        raise ValueError(
                            'wrong parameter order: {} parameter before {} '
                            'parameter'.format(top_kind.description, kind.description))
                    elif kind > top_kind:
                        top_kind = kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError('non-default argument follows '
                                                 'default argument')
                        else:
                            seen_default = True
                    if name in params:
                        raise ValueError('duplicate parameter name: {!r}'.format(name))
                    params[name] = param
            else:
                for param in parameters:
                    params[param.name] = param
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None,
                      locals=None, eval_str=False):
        return _signature_from_callable(obj, follow_wrapped, cls)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self._parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def __hash__(self):
        params = tuple(p for p in self._parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo = frozenset(p for p in self._parameters.values() if p.kind == _KEYWORD_ONLY)
        return hash((params, kwo, self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        if self._return_annotation != other._return_annotation:
            return False
        a = list(self._parameters.values())
        b = list(other._parameters.values())
        pa = [p for p in a if p.kind != _KEYWORD_ONLY]
        pb = [p for p in b if p.kind != _KEYWORD_ONLY]
        ka = {p.name: p for p in a if p.kind == _KEYWORD_ONLY}
        kb = {p.name: p for p in b if p.kind == _KEYWORD_ONLY}
        return pa == pb and ka == kb

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self._parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        while True:
            # consume positional arguments
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # no more positional arguments
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                else:
                    if param.kind == _VAR_POSITIONAL:
                        break
                    elif param.name in kwargs:
                        if param.kind == _POSITIONAL_ONLY:
                            raise TypeError('{!r} parameter is positional only, '
                                            'but was passed as a keyword'.format(param.name))
                        parameters_ex = (param,)
                        break
                    elif param.kind == _VAR_KEYWORD or param.default is not _empty:
                        parameters_ex = (param,)
                        break
                    else:
                        if partial:
                            parameters_ex = (param,)
                            break
                        raise TypeError('missing a required argument: {!r}'.format(param.name))
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError('too many positional arguments') from None
                else:
                    if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                        raise TypeError('too many positional arguments') from None
                    if param.kind == _VAR_POSITIONAL:
                        values = [arg_val]
                        values.extend(arg_vals)
                        arguments[param.name] = tuple(values)
                        break
                    if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                        raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
                    arguments[param.name] = arg_val

        # keyword arguments
        kwargs_param = None
        for param in parameters_ex + tuple(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                arg_val = kwargs.pop(name)
            except KeyError:
                if (not partial and param.kind != _VAR_POSITIONAL and
                        param.default is _empty):
                    raise TypeError('missing a required argument: {!r}'.format(name)) from None
            else:
                if param.kind == _POSITIONAL_ONLY:
                    raise TypeError('{!r} parameter is positional only, '
                                    'but was passed as a keyword'.format(param.name))
                arguments[name] = arg_val

        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            else:
                raise TypeError('got an unexpected keyword argument {!r}'.format(
                    next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self)

    def __str__(self):
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self._parameters.values():
            formatted = str(param)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append('/')
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append('*')
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append('/')
        rendered = '({})'.format(', '.join(result))
        if self._return_annotation is not _empty:
            rendered += ' -> {}'.format(formatannotation(self._return_annotation))
        return rendered


def _signature_from_function(cls, func):
    code = func.__code__
    pos_count = code.co_argcount
    posonly = code.co_posonlyargcount
    kwonly_count = code.co_kwonlyargcount
    names = code.co_varnames
    annotations = getattr(func, '__annotations__', None) or {}
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    Param = cls._parameter_cls
    params = []
    non_default = pos_count - len(defaults)
    for i in range(pos_count):
        name = names[i]
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - non_default] if i >= non_default else _empty
        params.append(Param(name, kind, default=default,
                            annotation=annotations.get(name, _empty)))
    n = pos_count + kwonly_count
    if code.co_flags & CO_VARARGS:
        name = names[n]
        params.append(Param(name, _VAR_POSITIONAL,
                            annotation=annotations.get(name, _empty)))
    for i in range(pos_count, n):
        name = names[i]
        params.append(Param(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                            annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        idx = n + (1 if code.co_flags & CO_VARARGS else 0)
        name = names[idx]
        params.append(Param(name, _VAR_KEYWORD,
                            annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=False)


def _drop_first_if(skip, sig):
    return _drop_first(sig) if skip else sig


def _drop_first(sig):
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig
    return sig.replace(parameters=params[1:])


def _signature_from_partial(sig, partial):
    params = list(sig.parameters.values())
    args = partial.args
    kw = partial.keywords or {}
    try:
        sig.bind_partial(*args, **kw)
    except TypeError:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from None
    new = []
    npos = len(args)
    for param in params:
        if npos and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            npos -= 1
            continue
        if param.name in kw and param.kind != _VAR_KEYWORD:
            if param.kind == _POSITIONAL_ONLY:
                continue
            new.append(param.replace(default=kw[param.name], kind=_KEYWORD_ONLY))
            continue
        if param.kind == _POSITIONAL_OR_KEYWORD and any(
                p.kind == _KEYWORD_ONLY and p.name in kw for p in []):
            pass
        new.append(param)
    # once a parameter became keyword-only, later positional ones must too
    out = []
    seen_kwonly = False
    for p in new:
        if p.kind == _KEYWORD_ONLY:
            seen_kwonly = True
        elif seen_kwonly and p.kind == _POSITIONAL_OR_KEYWORD:
            p = p.replace(kind=_KEYWORD_ONLY)
        elif seen_kwonly and p.kind == _VAR_POSITIONAL:
            continue
        out.append(p)
    out.sort(key=lambda p: p.kind)
    return sig.replace(parameters=out)


def _signature_from_callable(obj, follow_wrapped=True, sigcls=None, skip_bound=True):
    if sigcls is None:
        sigcls = Signature
    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))

    if isinstance(obj, types.MethodType):
        sig = _signature_from_callable(obj.__func__, follow_wrapped, sigcls, skip_bound)
        return _drop_first_if(skip_bound, sig)

    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, '__signature__'))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, follow_wrapped, sigcls, skip_bound)

    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ '
                                'attribute'.format(sig))
            return sig

    if isfunction(obj):
        return _signature_from_function(sigcls, obj)

    if isinstance(obj, functools.partial):
        sig = _signature_from_callable(obj.func, follow_wrapped, sigcls, skip_bound)
        return _signature_from_partial(sig, obj)

    if isinstance(obj, type):
        # a metaclass __call__, then __new__, then __init__
        call = _lookup_user(type(obj), '__call__')
        if call is not None:
            return _drop_first_if(skip_bound, _signature_from_callable(call, follow_wrapped, sigcls, skip_bound))
        new = _lookup_user(obj, '__new__')
        init = _lookup_user(obj, '__init__')
        for meth in (new, init) if new is not None else (init,):
            if meth is not None:
                if isinstance(meth, staticmethod):
                    meth = meth.__func__
                return _drop_first_if(skip_bound, _signature_from_callable(meth, follow_wrapped, sigcls, skip_bound))
        if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
            return sigcls([])
        raise ValueError('no signature found for builtin type {!r}'.format(obj))

    if not isinstance(obj, (types.BuiltinFunctionType, types.MethodWrapperType,
                            types.WrapperDescriptorType, types.MethodDescriptorType)):
        call = _lookup_user(type(obj), '__call__')
        if call is not None:
            return _drop_first_if(skip_bound, _signature_from_callable(call, follow_wrapped, sigcls, skip_bound))

    raise ValueError('no signature found for builtin {!r}'.format(obj))


def _lookup_user(cls, name):
    # the attribute from the first class in the MRO defined in Python
    for base in cls.__mro__:
        if name in base.__dict__:
            if base.__module__ == 'builtins':
                return None
            return base.__dict__[name]
    return None


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Return a Signature object for the callable obj."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped)


# ---- frames and the interpreter stack ----

from collections import namedtuple as _namedtuple

try:
    from dis import Positions as _Positions
except ImportError:
    _Positions = _namedtuple('Positions',
                             ['lineno', 'end_lineno', 'col_offset', 'end_col_offset'],
                             defaults=[None] * 4)

_Traceback = _namedtuple('_Traceback', 'filename lineno function code_context index')


class Traceback(_Traceback):
    """(filename, lineno, function, code_context, index) plus .positions."""

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('Traceback(filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.filename, self.lineno, self.function, self.code_context,
                    self.index, self.positions))


_FrameInfo = _namedtuple('_FrameInfo', ('frame',) + _Traceback._fields)


class FrameInfo(_FrameInfo):
    """(frame, filename, lineno, function, code_context, index) plus .positions."""

    def __new__(cls, frame, filename, lineno, function, code_context, index, *,
                positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function,
                                   code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ('FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, '
                'code_context={!r}, index={!r}, positions={!r})'.format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


def _source_lines(frame):
    import linecache
    filename = getsourcefile(frame) or getfile(frame)
    lines = linecache.getlines(filename, frame.f_globals)
    if not lines:
        raise OSError('could not get source code')
    return lines


def getlineno(frame):
    """Return the line number a frame is executing."""
    return frame.f_lineno


def getframeinfo(frame, context=1):
    """Return a Traceback (filename, lineno, function, code_context, index)
    for a frame or traceback object, with context lines around the line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines = _source_lines(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    # Glass records no column offsets: positions carry line numbers only.
    positions = _Positions(lineno, lineno, None, None)
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=positions)


def getouterframes(frame, context=1):
    """Return FrameInfo records for frame and each frame that called it."""
    result = []
    while frame:
        info = getframeinfo(frame, context)
        result.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return result


def getinnerframes(tb, context=1):
    """Return FrameInfo records for a traceback's frame and those below it."""
    result = []
    while tb:
        info = getframeinfo(tb, context)
        result.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return result


def stack(context=1):
    """Return FrameInfo records for the caller's frame and its callers."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return FrameInfo records for the frames of the exception being handled."""
    return getinnerframes(sys.exc_info()[2], context)


Arguments = _namedtuple('Arguments', 'args, varargs, varkw')
ArgInfo = _namedtuple('ArgInfo', 'args varargs keywords locals')


def getargs(co):
    """Return Arguments(args, varargs, varkw) of a code object."""
    if not iscode(co):
        raise TypeError('{!r} is not a code object'.format(co))
    names = co.co_varnames
    nargs = co.co_argcount + co.co_kwonlyargcount
    args = list(names[:nargs])
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """Return ArgInfo(args, varargs, keywords, locals) of a frame."""
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


# ---- getfullargspec / getcallargs ----

FullArgSpec = _namedtuple('FullArgSpec',
    'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    """Return FullArgSpec(args, varargs, varkw, defaults, kwonlyargs,
    kwonlydefaults, annotations); a bound method's first argument is kept."""
    try:
        sig = _signature_from_callable(func, follow_wrapped=False,
                                       skip_bound=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = None
    varkw = None
    kwonlyargs = []
    annotations = {}
    defaults = ()
    kwdefaults = {}
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    if not kwdefaults:
        kwdefaults = None
    if not defaults:
        defaults = None
    return FullArgSpec(args, varargs, varkw, defaults, kwonlyargs, kwdefaults,
                       annotations)


def _missing_arguments(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = '{} and {}'.format(*names)
    else:
        s = ', '.join(names[:-2]) + ', {} and {}'.format(*names[-2:])
    raise TypeError('%s() missing %i required %s argument%s: %s'
                    % (f_name, missing, 'positional' if pos else 'keyword-only',
                       '' if missing == 1 else 's', s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = 'at least %d' % (atleast,)
    elif defcount:
        plural = True
        sig = 'from %d to %d' % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ''
    if kwonly_given:
        kwonly_sig = (' positional argument%s (and %d keyword-only argument%s)'
                      % ('s' if given != 1 else '', kwonly_given,
                         's' if kwonly_given != 1 else ''))
    raise TypeError('%s() takes %s positional argument%s but %d%s %s given'
                    % (f_name, sig, 's' if plural else '', given, kwonly_sig,
                       'was' if given == 1 and not kwonly_given else 'were'))


def getcallargs(func, /, *positional, **named):
    """Return a dict mapping func's argument names to the values they would
    receive from the call func(*positional, **named)."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r'
                                % (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError('%s() got multiple values for argument %r'
                            % (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos,
                  arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing_arguments(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing_arguments(f_name, kwonlyargs, False, arg2value)
    return arg2value
