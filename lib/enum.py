"""enum - enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

Implements the behaviour of Python 3.11's enum that programs rely on: the EnumType
metaclass (members in definition order, iteration, len, reversed, lookup by value
Color(1) and by name Color['RED'], __members__, aliases, `in`, reassignment and
deletion errors, the functional API Enum('Name', 'A B C'), _missing_, _ignore_,
_order_, custom __new__ and __init__ of members, data-type mixins such as
class C(str, Enum)), auto() and _generate_next_value_, ReprEnum, IntEnum, StrEnum,
Flag and IntFlag (bitwise operators, composite pseudo-members, FlagBoundary STRICT,
CONFORM, EJECT and KEEP), unique, member, nonmember, and reprs/strs/formats as 3.11.
Flag's default boundary is CONFORM, as in the 3.11.2 oracle.
Leaves out: verify/EnumCheck, global_enum, _simple_enum and the deprecation
warnings.
"""

import sys as _sys
from types import DynamicClassAttribute as _DynamicClassAttribute
from types import MappingProxyType as _MappingProxyType

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
]

# Enum, ReprEnum and Flag are None while this module defines them.
Enum = ReprEnum = Flag = None


class property(_DynamicClassAttribute):
    """A property for enum members: reads on the class raise AttributeError."""

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            raise AttributeError(self.fget.__name__ if self.fget else '')
        return self.fget(instance)


class nonmember(object):
    """Wrap a value in an enum body to keep it a plain class attribute."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Wrap a value in an enum body to make it a member even if it is a function."""

    def __init__(self, value):
        self.value = value


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Placeholder value in an enum body: _generate_next_value_ picks the value."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__' and
            name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_' and
            name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return (name.startswith(prefix) and len(name) > len(prefix) and
            not name.endswith('__'))


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__') or
            hasattr(obj, '__delete__'))


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _bits_text(num, width):
    # The '0b0 0111' form used by Flag's invalid-value error.
    digits = format(num, 'b') if num else ''
    if len(digits) < width:
        digits = '0' * (width - len(digits)) + digits
    return '0b0 ' + digits


_SUNDER_ALLOWED = ('_order_', '_generate_next_value_', '_missing_', '_ignore_',
                   '_numeric_repr_', '_iter_member_', '_iter_member_by_value_',
                   '_iter_member_by_def_', '_add_alias_', '_add_value_alias_')


class _EnumDict(dict):
    """The class namespace of an enum body: records member names in order and
    resolves auto() values as they are assigned."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if self._cls_name is not None and _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            if key not in _SUNDER_ALLOWED and not key.startswith('_repr_'):
                raise ValueError('_sunder_ names, such as %r, are reserved for '
                                 'future Enum use' % (key,))
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before "
                                    "members")
                gnv = value.__func__ if isinstance(value, staticmethod) else value
                self._generate_next_value = gnv
            elif key == '_ignore_':
                if isinstance(value, str):
                    value = value.replace(',', ' ').split()
                else:
                    value = list(value)
                self._ignore = value
                already = set(value) & set(self._member_names)
                if already:
                    raise ValueError('_ignore_ cannot specify already set names: '
                                     '%r' % (already,))
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value) and not isinstance(value, member):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = self._generate_next_value(
                        key, 1, len(self._member_names), self._last_values[:])
                    self._auto_called = True
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                resolved = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            v.value = self._generate_next_value(
                                key, 1, len(self._member_names),
                                self._last_values[:])
                            self._auto_called = True
                        v = v.value
                    resolved.append(v)
                value = tuple(resolved)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)

    def update(self, members, **more):
        items = members.items() if hasattr(members, 'items') else members
        for k, v in items:
            self[k] = v
        for k, v in more.items():
            self[k] = v


def _find_data_type(bases):
    # The first concrete data type (a class defining __new__, such as int or str)
    # in the bases' MROs; object when there is none.
    for chain in bases:
        for base in chain.__mro__:
            if base is object:
                continue
            if isinstance(base, EnumType):
                if base._member_type_ is not object:
                    return base._member_type_
                continue
            if '__new__' in base.__dict__ or '__init__' in base.__dict__ and \
                    '__dataclass_fields__' in base.__dict__:
                return base
    return object


def _get_mixins(class_name, bases):
    if not bases:
        return object, Enum
    first_enum = bases[-1]
    if not isinstance(first_enum, EnumType):
        raise TypeError("new enumerations should be created as "
                        "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
    for base in bases:
        if isinstance(base, EnumType) and base._member_names_:
            raise TypeError("<enum %r> cannot extend %r" % (class_name, base))
    return _find_data_type(bases), first_enum


class EnumType(type):
    """The metaclass of enums: builds the members and makes the class a container of them."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = _get_mixins(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(
                first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False,
                **kwds):
        ignore = getattr(classdict, '_ignore', [])
        member_names = list(getattr(classdict, '_member_names', {}))
        ns = {}
        members = []
        for key in classdict:
            if key in ignore or key == '_ignore_':
                continue
            if key in member_names:
                continue
            ns[key] = dict.__getitem__(classdict, key)
        for key in member_names:
            members.append((key, dict.__getitem__(classdict, key)))
        member_type, first_enum = _get_mixins(cls, bases)
        new, save_new, use_args = metacls._find_new_(ns, member_type, first_enum)
        order = ns.pop('_order_', None)
        invalid = set(member_names) & {'mro', ''}
        if invalid:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid)))
        ns['_new_member_'] = new
        ns['_use_args_'] = use_args
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_value_repr_'] = None
        is_flag = (Flag is not None and first_enum is not None and
                   issubclass(first_enum, Flag))
        if is_flag:
            ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            ns['_flag_mask_'] = 0
            ns['_singles_mask_'] = 0
            ns['_all_bits_'] = 0
            ns['_inverted_'] = None
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        # Members: created in definition order; aliases share the first member.
        for index, (name, value) in enumerate(members):
            enum_class._add_member_(name, value, index)
        if is_flag:
            single = multi = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    if _is_single_bit(v):
                        single |= v
                    else:
                        multi |= v
            mask = single | multi
            type.__setattr__(enum_class, '_flag_mask_', mask)
            type.__setattr__(enum_class, '_singles_mask_', single)
            type.__setattr__(enum_class, '_all_bits_', 2 ** mask.bit_length() - 1)
        # A data type's __repr__/__str__/__format__ must not hide Enum's.
        if first_enum is not None and member_type is not object:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name in ns:
                    continue
                found = getattr(enum_class, name)
                if found == getattr(member_type, name, None) or \
                        found == getattr(object, name):
                    type.__setattr__(enum_class, name, getattr(first_enum, name))
        if is_flag:
            # The bitwise operators of Flag win over those of a data type (int).
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__',
                         '__rxor__', '__invert__'):
                if name not in ns:
                    type.__setattr__(enum_class, name, Flag.__dict__[name])
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in ns:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in ns:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
        if save_new:
            type.__setattr__(enum_class, '__new_member__', save_new)
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__new__)
        if order is not None:
            if isinstance(order, str):
                order = order.replace(',', ' ').split()
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    def _add_member_(cls, name, value, index):
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if not cls._use_args_:
            enum_member = cls._new_member_(cls)
        else:
            enum_member = cls._new_member_(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = index
        # An alias: an existing member with an equal value.
        existing = None
        try:
            existing = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    existing = m
                    break
        if existing is None:
            for other in cls._member_map_.values():
                if other._value_ == value:
                    existing = other
                    break
        if existing is not None:
            enum_member = existing
        else:
            canonical = True
            if Flag is not None and issubclass(cls, Flag):
                canonical = isinstance(value, int) and _is_single_bit(value)
            if canonical:
                cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(enum_member)
        # Store on the class unless a property of the same name (name, value) is
        # inherited: then the member is reachable through __getattr__.
        inherited = None
        for base in cls.__mro__[1:]:
            if name in base.__dict__:
                inherited = base.__dict__[name]
                break
        if not isinstance(inherited, _DynamicClassAttribute):
            type.__setattr__(cls, name, enum_member)

    @classmethod
    def _find_new_(metacls, classdict, member_type, first_enum):
        # Return (constructor of members, __new__ to keep as __new_member__,
        # whether the constructor takes the value as arguments).  A __new__ in
        # the class body wins; then one inherited from an enum base (kept there
        # as __new_member__); then the data type's; else object.__new__.
        own = classdict.get('__new__', None)
        if isinstance(own, staticmethod):
            own = own.__func__
        if own is not None:
            ctor = own
        else:
            ctor = getattr(first_enum, '__new_member__', None)
            if ctor is None and member_type is not object:
                ctor = member_type.__new__
            if ctor is None:
                ctor = object.__new__
        keep = own if (own is not None and first_enum is not None) else None
        return ctor, keep, ctor is not object.__new__

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        """Look a member up by value, or (with names) create a new enum class."""
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname,
                            type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = _get_mixins(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count,
                                                         last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            try:
                module = _sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict,
                               boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__',
                 '__init_subclass__', '__iter__', '__len__', '__members__',
                 '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        """Return the member with that name (KeyError when there is none)."""
        return cls._member_map_[name]

    def __iter__(cls):
        """Return the members in definition order (aliases left out)."""
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_DynamicClassAttribute
    def __members__(cls):
        """A read-only mapping of every member name (aliases too) to its member."""
        return _MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __getattr__(cls, name):
        # Members hidden by an inherited property of the same name.
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls.__dict__['_member_map_'][name]
        except KeyError:
            raise AttributeError(name) from None


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Base class of enumerations: a fixed set of named, unique members.

        class Color(Enum):
            RED = 1
            GREEN = 2

    Color.RED, Color(1) and Color['RED'] are the same member; it has .name
    'RED' and .value 1.  Iterating over Color gives the members in order."""

    def __new__(cls, value):
        # Lookup of an existing member by value (members are made elsewhere).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._unhashable_values_:
                if m._value_ == value:
                    return m
        for m in cls._member_map_.values():
            if m._value_ == value:
                return m
        try:
            exc = None
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        try:
            if isinstance(result, cls):
                return result
            if Flag is not None and issubclass(cls, Flag) and \
                    cls._boundary_ is EJECT and isinstance(result, int):
                return result
            ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            if result is None and exc is None:
                raise ve_exc
            elif exc is None:
                exc = TypeError('error in %s._missing_: returned %r instead of '
                                'None or a valid member' % (cls.__name__, result))
            if not isinstance(exc, ValueError):
                exc.__context__ = ve_exc
            raise exc
        finally:
            exc = None
            ve_exc = None

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the value for an auto() member: one more than the last value.

        name is the member's name, start the first value (1), count the number of
        members so far and last_values their values in order."""
        if not last_values:
            return start
        # CPython 3.11: the last value plus one when it is the largest; otherwise
        # (or when the values do not sort) a DeprecationWarning and one more than
        # the first value that supports + 1, in the order the sort left them.
        last = last_values[-1]
        try:
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
        except TypeError:
            pass
        import warnings
        warnings.warn(
            "In 3.13 the default `auto()`/`_generate_next_value_` will require all "
            "values to be sortable and support adding +1\n"
            "and the value returned will be the largest value in the enum "
            "incremented by 1", DeprecationWarning, stacklevel=3)
        for value in last_values:
            try:
                return value + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        """Hook for values that are not members: return a member or None."""
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_,
                                v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        # A few dunders, then the public names of the member and of its classes.
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if self._member_type_ is object:
            names.update(('name', 'value'))
        else:
            names.update(object.__dir__(self))
        names.update(n for n in getattr(self, '__dict__', ()) if n[:1] != '_')
        for klass in type(self).__mro__:
            names.update(n for n in klass.__dict__ if n[:1] != '_')
        return sorted(names)

    def __reduce_ex__(self, proto):
        name = self._name_
        if name is None or name not in self.__class__._member_map_:
            return self.__class__, (self._value_,)
        return getattr, (self.__class__, name)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The member's name in the class body."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """Enum whose str() and format() are those of its data type; only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """Enum whose members are ints (they compare and compute as their values)."""


class StrEnum(str, ReprEnum):
    """Enum whose members are strs; auto() gives the lower-cased member name."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return name.lower()."""
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value holding bits that no member has.

    STRICT raises ValueError; CONFORM drops the unknown bits (Flag's default);
    EJECT returns a plain int; KEEP keeps the bits in the flag (IntFlag's)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=CONFORM):
    """Enum of bit flags: members combine with |, &, ^ and ~ into composite values."""

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        """Return the value for an auto() member: the power of two above the largest value."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        # Canonical members whose bit is set in value, in definition order.
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value:
                yield m

    @classmethod
    def _missing_(cls, value):
        """Create a composite member (or a pseudo-member for 0) for value."""
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if value < 0:
            value = max(all_bits + 1, 2 ** value.bit_length()) + value
        unknown = value & ~flag_mask
        if unknown:
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bits_text(value, width),
                                    _bits_text(flag_mask, width)))
            elif boundary is CONFORM:
                value = value & flag_mask
                unknown = 0
            elif boundary is EJECT:
                return value
        known = value & flag_mask
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        names = [m._name_ for m in cls._iter_member_(known)]
        if known in cls._value2member_map_ and not unknown:
            return cls._value2member_map_[known]
        if names and unknown:
            names.append(cls._numeric_repr_(unknown))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    def __contains__(self, other):
        """Tell whether every bit of other is set in self."""
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """Iterate over the single-bit members set in self, in definition order."""
        return iter(list(self.__class__._iter_member_(self._value_)))

    def __len__(self):
        n = self._value_
        count = 0
        while n:
            n &= n - 1
            count += 1
        return count

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        if v is NotImplemented:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        cls = self.__class__
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._boundary_ = CONFORM
Flag._flag_mask_ = Flag._singles_mask_ = Flag._all_bits_ = 0


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flag whose members are ints; unknown bits are kept."""


def unique(enumeration):
    """Class decorator: raise ValueError if the enum has aliases (repeated values)."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name)
                                   for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration
