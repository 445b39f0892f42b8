"""Generate plain-text documentation from Python objects.

A small subset of CPython's pydoc: help(obj) writes a page to sys.stdout in the
layout of CPython's text renderer (no pager, no bold, no HTML, no topics). Pages
cover Python functions (the signature is rebuilt from __code__, __defaults__ and
__kwdefaults__), classes with their methods, modules with their functions,
classes and data, built-in functions and any other object (documented through
its type).
"""

import sys

__all__ = ['help', 'render_doc', 'getdoc', 'describe', 'signature']

_CO_VARARGS = 0x04
_CO_VARKEYWORDS = 0x08
_HIDDEN = {'__builtins__', '__cached__', '__doc__', '__file__', '__loader__',
           '__module__', '__name__', '__package__', '__path__', '__qualname__',
           '__slots__', '__spec__', '__author__', '__credits__', '__date__',
           '__version__', '__annotations__', '__dict__', '__weakref__'}


def cleandoc(doc):
    """Remove the indentation shared by the second and later lines of doc."""
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getdoc(obj):
    """Return the cleaned docstring of obj, or None when it has none."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if isinstance(obj, type) and doc is None:
        for base in obj.__mro__[1:]:
            if base is not object and isinstance(base.__doc__, str):
                doc = base.__doc__
                break
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _isfunction(obj):
    return hasattr(obj, '__code__') and hasattr(obj, '__defaults__')


def _isbuiltin(obj):
    return type(obj) is type(len)


def _isroutine(obj):
    return (_isfunction(obj) or _isbuiltin(obj) or _isfunction(getattr(obj, '__func__', None))
            or type(obj).__name__ in ('method_descriptor', 'wrapper_descriptor',
                                      'classmethod_descriptor', 'method-wrapper'))


def signature(func):
    """Return the parameter list of a Python function as text, e.g. '(a, b=2, *, c)'."""
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = getattr(func, '__annotations__', None) or {}

    def param(name):
        if name in annotations:
            return name + ': ' + _annotation(annotations[name])
        return name

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        text = param(names[i])
        if i >= first_default:
            sep = ' = ' if names[i] in annotations else '='
            text += sep + repr(defaults[i - first_default])
        parts.append(text)
        if i + 1 == code.co_posonlyargcount:
            parts.append('/')
    index = npos + nkw
    if code.co_flags & _CO_VARARGS:
        parts.append('*' + param(names[index]))
        index += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        text = param(name)
        if name in kwdefaults:
            sep = ' = ' if name in annotations else '='
            text += sep + repr(kwdefaults[name])
        parts.append(text)
    if code.co_flags & _CO_VARKEYWORDS:
        parts.append('**' + param(names[index]))
    result = '(' + ', '.join(parts) + ')'
    if 'return' in annotations:
        result += ' -> ' + _annotation(annotations['return'])
    return result


def _annotation(value):
    if isinstance(value, type):
        if value.__module__ == 'builtins':
            return value.__qualname__
        return value.__module__ + '.' + value.__qualname__
    return repr(value)


def _indent(text, prefix='    '):
    if not text:
        return ''
    return '\n'.join(prefix + line for line in text.split('\n'))


def _classname(cls, modname):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def describe(obj):
    """Produce a short description of the given object, as 'function f' or 'class C'."""
    if type(obj).__name__ == 'module':
        if getattr(obj, '__file__', None) is None:
            return 'built-in module ' + obj.__name__
        if hasattr(obj, '__path__'):
            return 'package ' + obj.__name__
        return 'module ' + obj.__name__
    if _isbuiltin(obj):
        return 'built-in function ' + obj.__name__
    if isinstance(obj, property):
        return 'property'
    if isinstance(obj, type):
        return 'class ' + obj.__name__
    if _isfunction(getattr(obj, '__func__', None)):
        return 'method ' + obj.__func__.__name__
    if _isfunction(obj):
        return 'function ' + obj.__name__
    return type(obj).__name__


def _module_of(obj):
    name = getattr(obj, '__module__', None)
    if isinstance(name, str):
        return name
    return None


def document_routine(obj, name=None, cl=None):
    """Return the text block of a function, method or built-in function."""
    realname = getattr(obj, '__name__', name) or name
    note = ''
    func = obj
    bound = False
    modname = _module_of(cl) if cl is not None else None
    if _isfunction(getattr(obj, '__func__', None)):
        func = obj.__func__
        owner = obj.__self__
        bound = True
        if cl is not None:
            if type(owner) is not cl:
                note = ' from ' + _classname(type(owner), modname)
        else:
            note = ' method of ' + _classname(type(owner), modname) + ' instance'
    elif _isbuiltin(obj):
        owner = obj.__self__
        if owner is not None and type(owner).__name__ != 'module':
            note = ' method of ' + _classname(type(owner), '') + ' instance'
    if name is not None and name != realname:
        title = name + ' = ' + realname
    else:
        title = realname
    if _isfunction(func):
        argspec = signature(func)
        if bound:
            argspec = _drop_first(argspec)
        if realname == '<lambda>':
            title = (name or realname) + ' lambda '
            argspec = argspec[1:-1]
    else:
        argspec = '(...)'
    decl = title + argspec + note
    doc = getdoc(obj) or _inherited_doc(obj, realname, cl) or ''
    if not doc:
        return decl + '\n'
    return decl + '\n' + _indent(doc).rstrip() + '\n'


def _drop_first(argspec):
    """'(self, a)' -> '(a)': the parameter list of a bound method."""
    inner = argspec[1:argspec.index(')')] if ')' in argspec else ''
    rest = argspec[len(inner) + 2:]
    params = inner.split(', ')
    if params and params[0] and not params[0].startswith('*'):
        params = params[1:]
        if params and params[0] == '/':
            params = params[1:]
    return '(' + ', '.join(params) + ')' + rest


def _inherited_doc(obj, name, cl):
    """The docstring of the same-named attribute of a base class, for undocumented methods."""
    if cl is None:
        owner = getattr(obj, '__self__', None)
        if owner is None or not _isfunction(getattr(obj, '__func__', None)):
            return None
        cl = owner if isinstance(owner, type) else type(owner)
    for base in cl.__mro__:
        raw = base.__dict__.get(name)
        if raw is not None and raw is not obj and getattr(raw, '__func__', raw) is not \
                getattr(obj, '__func__', obj):
            doc = getattr(raw, '__doc__', None)
            if isinstance(doc, str):
                return cleandoc(doc)
    return None


def _class_signature(cls):
    """'(v)' from the first Python __init__ or __new__ in the MRO, else None."""
    for base in cls.__mro__:
        for key in ('__new__', '__init__'):
            raw = base.__dict__.get(key)
            raw = getattr(raw, '__func__', raw)
            if raw is not None:
                if _isfunction(raw):
                    return _drop_first(signature(raw))
                return None
    return None


def _doc_data(name, value):
    doc = getdoc(value) if isinstance(value, property) or \
        type(value).__name__ in ('getset_descriptor', 'member_descriptor') else None
    if doc:
        return name + '\n' + _indent(doc) + '\n'
    return name + '\n'


def _doc_other(name, value, maxlen=70):
    text = repr(value)
    if len(text) > maxlen:
        keep = max(0, (maxlen - 3) // 2)
        text = text[:keep] + '...' + text[len(text) - maxlen + 3 + keep:]
    return name + ' = ' + text


def _visible(name):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    return not name.startswith('_')


def document_class(cls, name=None, modname=None):
    """Return the text block of a class: its docstring, then its attributes by kind."""
    realname = cls.__name__
    name = name or realname
    modname = modname if modname is not None else cls.__module__
    if name == realname:
        title = 'class ' + realname
    else:
        title = name + ' = class ' + realname
    bases = cls.__bases__
    if bases:
        title += '(' + ', '.join(_classname(b, modname) for b in bases) + ')'
    contents = []
    argspec = _class_signature(cls)
    if argspec is not None:
        contents.append(realname + argspec + '\n')
    doc = getdoc(cls)
    if doc:
        contents.append(doc + '\n')
    mro = list(cls.__mro__)
    if len(mro) > 2:
        lines = ['Method resolution order:']
        for base in mro:
            lines.append('    ' + _classname(base, modname))
        contents.append('\n'.join(lines) + '\n')
    sections = []
    for owner in mro:
        if owner is object and cls is not object:
            continue
        kinds = {'methods': [], 'class': [], 'static': [], 'readonly': [], 'data': [],
                 'other': []}
        for key in sorted(owner.__dict__):
            if not _visible(key) and key not in ('__dict__', '__weakref__'):
                continue
            if any(key in base.__dict__ for base in mro[:mro.index(owner)]):
                continue
            raw = owner.__dict__[key]
            if isinstance(raw, staticmethod):
                kinds['static'].append(document_routine(raw.__func__, key, cls))
            elif isinstance(raw, classmethod):
                kinds['class'].append(document_routine(getattr(cls, key), key, cls))
            elif _isroutine(raw):
                kinds['methods'].append(document_routine(raw, key, cls))
            elif isinstance(raw, property) and raw.fset is None:
                kinds['readonly'].append(_doc_data(key, raw))
            elif isinstance(raw, property) or type(raw).__name__ in (
                    'getset_descriptor', 'member_descriptor'):
                kinds['data'].append(_doc_data(key, raw))
            elif key not in ('__dict__', '__weakref__'):
                kinds['other'].append(_doc_other(key, raw) + '\n')
        where = 'defined here' if owner is cls else \
            'inherited from ' + _classname(owner, modname)
        for kind, label in (('methods', 'Methods'), ('class', 'Class methods'),
                            ('static', 'Static methods'), ('readonly', 'Readonly properties'),
                            ('data', 'Data descriptors'),
                            ('other', 'Data and other attributes')):
            if kinds[kind]:
                sections.append(label + ' ' + where + ':\n\n' + '\n'.join(kinds[kind]))
    rule = '-' * 70 + '\n'
    body = '\n'.join(contents)
    if sections:
        if body:
            body += '\n'
        body += ('\n' + rule).join(sections)
    body = body.rstrip('\n')
    return title + '\n' + _indent(body, ' |  ') + '\n'


def _section(title, contents):
    return title + '\n' + _indent(contents).rstrip() + '\n\n'


def document_module(mod):
    """Return the text of a module page: NAME, DESCRIPTION, CLASSES, FUNCTIONS, DATA, FILE."""
    name = mod.__name__
    doc = getdoc(mod) or ''
    lines = doc.split('\n')
    if len(lines) == 1 or (len(lines) > 1 and not lines[1].strip()):
        synopsis, rest = lines[0], '\n'.join(lines[2:]).strip()
    else:
        synopsis, rest = '', doc
    result = _section('NAME', name + (' - ' + synopsis if synopsis else ''))
    if rest:
        result += _section('DESCRIPTION', rest)
    public = getattr(mod, '__all__', None)
    classes, funcs, data = [], [], []
    for key in sorted(vars(mod)):
        value = getattr(mod, key)
        if public is not None:
            if key not in public:
                continue
        elif not _visible(key) or (key.startswith('__') and key.endswith('__')):
            continue
        if isinstance(value, type):
            if public is not None or value.__module__ == name:
                classes.append(document_class(value, key, name))
        elif _isroutine(value):
            if public is not None or _isbuiltin(value) or _module_of(value) == name:
                funcs.append(document_routine(value, key))
        elif type(value).__name__ != 'module':
            data.append(_doc_other(key, value))
    if classes:
        result += _section('CLASSES', '\n'.join(classes))
    if funcs:
        result += _section('FUNCTIONS', '\n'.join(funcs))
    if data:
        result += _section('DATA', '\n'.join(data))
    result += _section('FILE', getattr(mod, '__file__', None) or '(built-in)')
    return result


def document(obj, name=None):
    """Return the text block of obj (not the 'Help on' header)."""
    if type(obj).__name__ == 'module':
        return document_module(obj)
    if isinstance(obj, type):
        return document_class(obj, name)
    if _isroutine(obj):
        return document_routine(obj, name)
    if isinstance(obj, property):
        return _doc_data(name or '', obj)
    return document_class(type(obj))


def locate(path):
    """Find the object named by a dotted path, importing modules as needed; None if absent."""
    parts = [p for p in path.split('.') if p]
    obj = None
    n = 0
    while n < len(parts):
        try:
            obj = __import__('.'.join(parts[:n + 1]))
        except ImportError:
            break
        n += 1
    if n:
        obj = sys.modules['.'.join(parts[:n])]
    else:
        import builtins
        if not parts or not hasattr(builtins, parts[0]):
            return None
        obj = builtins
    for part in parts[n:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def render_doc(thing, title='Help on %s:'):
    """Return the whole help page of thing, header included."""
    if isinstance(thing, str):
        found = locate(thing)
        if found is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        name, thing = thing.split('.')[-1], found
    else:
        name = None
    desc = describe(thing)
    module = _module_of(thing)
    if _isroutine(thing) or isinstance(thing, type):
        if module and module != getattr(thing, '__name__', None):
            desc += ' in module ' + module
    elif type(thing).__name__ != 'module' and not isinstance(thing, property):
        desc += ' object'
    return title % desc + '\n\n' + document(thing, name)


def help(*args, **kwargs):
    """Print the documentation page of the given object (or dotted name) to sys.stdout."""
    if kwargs:
        raise TypeError('help() got an unexpected keyword argument %r' % next(iter(kwargs)))
    if len(args) > 1:
        raise TypeError('help() takes at most 1 argument (%d given)' % len(args))
    if not args:
        sys.stdout.write('Type help(object) for help about object; interactive help is '
                         'not available.\n')
        return None
    try:
        page = render_doc(args[0])
    except ImportError as exc:
        sys.stdout.write(str(exc) + '\n')
        return None
    sys.stdout.write(page + '\n')
    return None
