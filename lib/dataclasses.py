"""dataclasses - generate __init__, __repr__, __eq__ and friends from annotations.

Implements: @dataclass with and without arguments (init, repr, eq, order,
unsafe_hash, frozen, match_args, kw_only, slots), field() (default,
default_factory, init, repr, hash, compare, metadata, kw_only), Field, fields(),
asdict(), astuple(), replace(), is_dataclass(), make_dataclass(), InitVar,
KW_ONLY, MISSING, FrozenInstanceError, __post_init__ (with InitVar arguments),
inheritance of fields, CPython's __hash__ rules and its error messages.  The
methods are generated as source text and compiled with exec(), as CPython does.
Leaves out: weakref_slot and the __getstate__/__setstate__ pair for frozen
slotted classes.  ClassVar fields are recognised only when a `typing` module has
been imported (Glass has none yet).
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'KW_ONLY', 'MISSING', 'fields', 'asdict', 'astuple',
           'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    """Raised when assigning to or deleting a field of a frozen dataclass."""


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    """A pseudo-field type: passed to __init__ and __post_init__, not stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """One field of a dataclass, as made by field() or from an annotation."""

    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None else
                         type(type.__dict__)(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe one field, as the value assigned to an annotated class attribute.

    default: the default value; default_factory: a function of no arguments
    called for each new instance instead (give at most one of the two).
    init, repr, compare: whether the field is an __init__ parameter, shown by
    __repr__, and used by the comparison methods.  hash: whether it is hashed
    (None means: as compare).  metadata: a mapping kept read-only on the Field.
    kw_only: make the __init__ parameter keyword-only."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _string_names(cls, annotation, module_name, target):
    # A string annotation such as 'InitVar[int]' or 'typing.ClassVar' names
    # target when the class's module binds that spelling to it (CPython's rule).
    text = annotation.strip()
    k = 0
    while k < len(text) and (text[k].isalnum() or text[k] == '_'):
        k += 1
    first = text[:k]
    rest = text[k:].lstrip()
    mod = sys.modules.get(cls.__module__)
    ns = getattr(mod, '__dict__', {})
    if rest.startswith('.'):
        rest = rest[1:].lstrip()
        j = 0
        while j < len(rest) and (rest[j].isalnum() or rest[j] == '_'):
            j += 1
        module = ns.get(first)
        return (module is not None and module is sys.modules.get(module_name) and
                getattr(module, rest[:j], None) is target)
    return first != '' and ns.get(first) is target


def _is_classvar(a_type, cls):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    cv = getattr(typing, 'ClassVar', None)
    if isinstance(a_type, str):
        return _string_names(cls, a_type, 'typing', cv)
    return a_type is cv or getattr(a_type, '__origin__', None) is cv


def _is_initvar(a_type, cls):
    if a_type is InitVar or isinstance(a_type, InitVar):
        return True
    if isinstance(a_type, str):
        return _string_names(cls, a_type, 'dataclasses', InitVar)
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type, cls):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(a_type, cls):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a '
                            'default factory')
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_qualname(cls, value):
    if isinstance(value, type(_set_qualname)):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _set_new_attribute(cls, name, value):
    # Add a method unless the class defines it itself; True when it did.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _make_function(name, args, body_lines, globals_, locals_, return_type=MISSING):
    # Compile `def name(args): body` with locals_ available as closure-like
    # defaults through a factory function, and return it.
    locals_ = dict(locals_)
    local_names = ', '.join(locals_)
    body = '\n'.join('  ' + line for line in body_lines) or '  pass'
    txt = f' def {name}({", ".join(args)}):\n{body}'
    src = f'def __create_fn__({local_names}):\n{txt}\n return {name}'
    ns = {}
    exec(src, globals_, ns)
    return ns['__create_fn__'](**locals_)


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return f'_dc_object.__setattr__({self_name},{name!r},{value})'
    return f'{self_name}.{name}={value}'


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init,
             self_name, globals_, slots):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')
    locals_ = {f'_dc_type_{f.name}': f.type for f in fields}
    locals_.update({
        '_dc_from_factory': _HAS_DEFAULT_FACTORY,
        '_dc_object': object,
    })
    body = []
    for f in fields:
        default_name = f'_dc_default_{f.name}'
        if f.default_factory is not MISSING:
            locals_[default_name] = f.default_factory
            if f.init:
                value = (f'{default_name}() if {f.name} is '
                         f'_dc_from_factory else {f.name}')
            else:
                value = f'{default_name}()'
        elif f.init:
            if f.default is not MISSING:
                locals_[default_name] = f.default
            value = f.name
        elif slots and f.default is not MISSING:
            locals_[default_name] = f.default
            value = default_name
        else:
            value = None
        if value is not None and f._field_type is not _FIELD_INITVAR:
            body.append(_field_assign(frozen, f.name, value, self_name))
    if has_post_init:
        params = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({params})')
    if not body:
        body = ['pass']

    def param(f):
        if f.default is MISSING and f.default_factory is MISSING:
            default = ''
        elif f.default is not MISSING:
            default = f'=_dc_default_{f.name}'
        else:
            default = '=_dc_from_factory'
        return f'{f.name}:_dc_type_{f.name}{default}'

    args = [self_name] + [param(f) for f in std_fields if f.init]
    if kw_only_fields:
        args += ['*'] + [param(f) for f in kw_only_fields if f.init]
    return _make_function('__init__', args, body, globals_, locals_)


_repr_running = set()


def _repr_fn(fields, globals_):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in fields)
    fn = _make_function('__repr__', ('self',),
                        [f'return self.__class__.__qualname__ + f"({parts})"'],
                        globals_, {})

    def __repr__(self):
        key = (id(self),)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return fn(self)
        finally:
            _repr_running.discard(key)
    return __repr__


def _tuple_str(obj_name, fields):
    if not fields:
        return '()'
    return f'({",".join(f"{obj_name}.{f.name}" for f in fields)},)'


def _cmp_fn(name, op, self_tuple, other_tuple, globals_):
    return _make_function(name, ('self', 'other'),
                          ['if other.__class__ is self.__class__:',
                           f' return {self_tuple}{op}{other_tuple}',
                           'return NotImplemented'],
                          globals_, {})


def _hash_fn(fields, globals_):
    self_tuple = _tuple_str('self', fields)
    return _make_function('__hash__', ('self',), [f'return hash({self_tuple})'],
                          globals_, {})


def _frozen_get_del_attr(cls, fields, globals_):
    locals_ = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError}
    if fields:
        fields_str = '(' + ','.join(repr(f.name) for f in fields) + ',)'
    else:
        fields_str = '()'
    setattr_fn = _make_function(
        '__setattr__', ('self', 'name', 'value'),
        [f'if type(self) is cls or name in {fields_str}:',
         ' raise FrozenInstanceError(f"cannot assign to field {name!r}")',
         'super(cls, self).__setattr__(name, value)'],
        globals_, locals_)
    delattr_fn = _make_function(
        '__delattr__', ('self', 'name'),
        [f'if type(self) is cls or name in {fields_str}:',
         ' raise FrozenInstanceError(f"cannot delete field {name!r}")',
         'super(cls, self).__delattr__(name)'],
        globals_, locals_)
    return setattr_fn, delattr_fn


def _hash_action(cls, fields, globals_, unsafe_hash, eq, frozen, has_explicit_hash):
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ '
                            f'in class {cls.__name__}')
        return _hash_fn(fields, globals_)
    if eq and frozen:
        if has_explicit_hash:
            return None
        return _hash_fn(fields, globals_)
    if eq and not frozen:
        if has_explicit_hash:
            return None
        return 'set-none'
    return None


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots):
    fields = {}
    if cls.__module__ in sys.modules:
        globals_ = sys.modules[cls.__module__].__dict__
    else:
        globals_ = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases, from the most basic one up.
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_now = kw_only
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if a_type is KW_ONLY or (isinstance(a_type, str) and
                                 a_type in ('KW_ONLY', 'dataclasses.KW_ONLY')):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            kw_only_seen = True
            kw_only_now = True
            continue
        cls_fields.append(_get_field(cls, name, a_type, kw_only_now))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields = [f for f in all_init_fields if f.init and not f.kw_only]
    kw_only_init_fields = [f for f in all_init_fields if f.init and f.kw_only]

    own_methods = set(cls.__dict__)
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(all_init_fields, std_init_fields,
                                    kw_only_init_fields, frozen, has_post_init,
                                    '_dc_self' if 'self' in fields
                                    else 'self', globals_, slots))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, '__repr__', _repr_fn(flds, globals_))

    if eq:
        cmp_fields = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', cmp_fields)
        other_tuple = _tuple_str('other', cmp_fields)
        _set_new_attribute(cls, '__eq__',
                           _cmp_fn('__eq__', '==', self_tuple, other_tuple,
                                   globals_))

    if order:
        flds = [f for f in field_list if f.compare]
        self_tuple = _tuple_str('self', flds)
        other_tuple = _tuple_str('other', flds)
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'),
                         ('__ge__', '>=')]:
            if _set_new_attribute(cls, name,
                                  _cmp_fn(name, op, self_tuple, other_tuple,
                                          globals_)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list, globals_):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                                f'in class {cls.__name__}')

    hash_fields = [f for f in field_list
                   if (f.compare if f.hash is None else f.hash)]
    action = _hash_action(cls, hash_fields, globals_, unsafe_hash, eq, frozen,
                          has_explicit_hash)
    if action == 'set-none':
        cls.__hash__ = None
    elif action is not None:
        cls.__hash__ = _set_qualname(cls, action)

    if not getattr(cls, '__doc__'):
        if init and '__init__' not in own_methods:
            params = [_param_text(f) for f in std_init_fields]
            if kw_only_init_fields:
                params.append('*')
                params += [_param_text(f) for f in kw_only_init_fields]
            cls.__doc__ = cls.__name__ + '(' + ', '.join(params) + ')'
        else:
            cls.__doc__ = cls.__name__ + '()'

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen)

    return cls


def _annotation_text(a):
    # As inspect.formatannotation: builtins by name, other classes with module.
    if isinstance(a, type) and not isinstance(a, type(list[int])):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    if isinstance(a, type(list[int])):
        return str(a)
    return repr(a)


def _param_text(f):
    text = f.name + ': ' + _annotation_text(f.type)
    if f.default is not MISSING:
        text += ' = ' + repr(f.default)
    elif f.default_factory is not MISSING:
        text += ' = <factory>'
    return text


def _add_slots(cls, is_frozen):
    # Rebuild the class with __slots__ holding the field names.
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for base in cls.__mro__[1:-1]:
        for s in base.__dict__.get('__slots__', ()):
            inherited.add(s)
    cls_dict['__slots__'] = tuple(n for n in field_names if n not in inherited)
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    new_cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        new_cls.__qualname__ = qualname
    # The generated methods refer to the old class (frozen __setattr__ checks).
    if is_frozen:
        globals_ = {}
        for fn in _frozen_get_del_attr(new_cls, list(fields(new_cls)), globals_):
            _set_qualname(new_cls, fn)
            type.__setattr__(new_cls, fn.__name__, fn)
    return new_cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator that generates methods from the annotated class attributes.

    Usable bare (@dataclass) or with options: init, repr and eq (on by default)
    generate __init__, __repr__ and __eq__; order adds <, <=, >, >= comparing
    the fields as tuples; frozen makes assignment raise FrozenInstanceError;
    unsafe_hash forces a __hash__; match_args sets __match_args__; kw_only makes
    every field keyword-only; slots returns a new class with __slots__."""

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return the Field objects of a dataclass (or of an instance) as a tuple,
    in __init__ order, leaving out ClassVar and InitVar pseudo-fields."""
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Tell whether obj is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _deepcopy(obj):
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return a dict (made by dict_factory from (name, value) pairs) of the fields
    of the dataclass instance obj.

    Dataclass fields, lists, tuples and dicts are converted recursively; other
    values are deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the field values of the dataclass instance obj as a tuple (made by
    tuple_factory).

    Conversion is recursive as in asdict()."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory),
                          _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False, module=None):
    """Build a class named cls_name from a list of fields and apply @dataclass.

    fields is an iterable of either (name), (name, type) or (name, type, Field)
    objects; a missing type is 'typing.Any'."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    if module is None:
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    ns['__module__'] = module
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots)


def replace(obj, /, **changes):
    """Return a copy of the dataclass instance obj with some fields changed.

    The copy is made by calling the class with every init field; changes gives
    the new values by field name.

    Fields with init=False may not be changed (ValueError)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
