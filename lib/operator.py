"""Standard operators as functions (CPython 3.11's `operator` module).

Implements every function of the module: the comparison functions, the
arithmetic and bitwise operators, the sequence helpers (concat, contains,
countOf, indexOf, getitem, setitem, delitem, length_hint), index, call, the
in-place forms (iadd ... ixor) and the callable classes attrgetter,
itemgetter and methodcaller with CPython's reprs.  The dunder aliases
(`__add__` and so on) are provided too.

Left out: nothing of the public API; the functions are plain Python
functions rather than builtins, so their type is `function`.
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
           'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv',
           'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs
_MAXSIZE = (1 << 63) - 1   # sys.maxsize


# Comparisons ---------------------------------------------------------------

def lt(a, b):
    "Same as a < b."
    return a < b

def le(a, b):
    "Same as a <= b."
    return a <= b

def eq(a, b):
    "Same as a == b."
    return a == b

def ne(a, b):
    "Same as a != b."
    return a != b

def ge(a, b):
    "Same as a >= b."
    return a >= b

def gt(a, b):
    "Same as a > b."
    return a > b


# Logical -------------------------------------------------------------------

def not_(a):
    "Same as not a."
    return not a

def truth(a):
    "Return True if a is true, False otherwise."
    return True if a else False

def is_(a, b):
    "Same as a is b."
    return a is b

def is_not(a, b):
    "Same as a is not b."
    return a is not b


# Arithmetic and bitwise ----------------------------------------------------

def abs(a):
    "Same as abs(a)."
    return _abs(a)

def add(a, b):
    "Same as a + b."
    return a + b

def and_(a, b):
    "Same as a & b."
    return a & b

def floordiv(a, b):
    "Same as a // b."
    return a // b

def index(a):
    "Same as a.__index__()"
    if type(a) is int:
        return a
    if isinstance(a, int):
        return int.__add__(a, 0)          # an exact int, as CPython returns
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(a).__name__) from None
    result = method(a)
    if type(result) is int:
        return result
    if isinstance(result, int):
        return int.__add__(result, 0)
    raise TypeError('__index__ returned non-int (type %s)'
                    % type(result).__name__)

def inv(a):
    "Same as ~a."
    return ~a

invert = inv

def lshift(a, b):
    "Same as a << b."
    return a << b

def mod(a, b):
    "Same as a % b."
    return a % b

def mul(a, b):
    "Same as a * b."
    return a * b

def matmul(a, b):
    "Same as a @ b."
    return a @ b

def neg(a):
    "Same as -a."
    return -a

def or_(a, b):
    "Same as a | b."
    return a | b

def pos(a):
    "Same as +a."
    return +a

def pow(a, b):
    "Same as a ** b."
    return a ** b

def rshift(a, b):
    "Same as a >> b."
    return a >> b

def sub(a, b):
    "Same as a - b."
    return a - b

def truediv(a, b):
    "Same as a / b."
    return a / b

def xor(a, b):
    "Same as a ^ b."
    return a ^ b


# Sequences -----------------------------------------------------------------

def concat(a, b):
    "Same as a + b, for a and b sequences."
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    return a + b

def contains(a, b):
    "Same as b in a (note reversed operands)."
    return b in a

def _iter_search(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable"
                        % type(a).__name__) from None

def countOf(a, b):
    "Count the items of a that are b or equal b."
    n = 0
    for item in _iter_search(a):
        if item is b or item == b:
            n += 1
    return n

def delitem(a, b):
    "Same as del a[b]."
    del a[b]

def getitem(a, b):
    "Same as a[b]."
    return a[b]

def indexOf(a, b):
    "Return the position of the first item of a that is b or equals b."
    for i, item in enumerate(_iter_search(a)):
        if item is b or item == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')

def setitem(a, b, c):
    "Same as a[b] = c."
    a[b] = c

def length_hint(obj, default=0):
    """Return len(obj) if obj has a length, else its __length_hint__()
    (an estimate), else default.  The result is an int >= 0.
    """
    # CPython's PyObject_LengthHint: a TypeError from len() or __length_hint__
    # means "no hint"; results (and default) must fit a C ssize_t.
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(default).__name__)
    if not -_MAXSIZE - 1 <= default <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if hasattr(type(obj), '__len__'):
        try:
            return len(obj)
        except TypeError:
            pass
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    try:
        val = hint(obj)
    except TypeError:
        return default
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s'
                        % type(val).__name__)
    if not -_MAXSIZE - 1 <= val <= _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    return val

def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# Callable classes ------------------------------------------------------------

def _one_arg(name, args, kwargs):
    # Argument checks of the C callables: exactly one positional argument.
    if kwargs:
        raise TypeError('%s() takes no keyword arguments' % name)
    if len(args) != 1:
        raise TypeError('%s expected 1 argument, got %d' % (name, len(args)))
    return args[0]


class attrgetter:
    """attrgetter(attr, *attrs): a callable reading attributes of its argument.

    attrgetter('x')(obj) is obj.x; a dotted name follows the chain
    (attrgetter('a.b')(obj) is obj.a.b); with several names the call
    returns a tuple of the values.
    """
    __glass_tpname__ = 'operator.attrgetter'   # CPython's C type name, for messages
    __slots__ = ('_attrs', '_paths')

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() takes no keyword arguments')
        if not names:
            raise TypeError('attrgetter expected 1 argument, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        self._paths = tuple(tuple(name.split('.')) for name in names)

    def __call__(self, *args, **kwargs):
        obj = _one_arg('attrgetter', args, kwargs)
        if len(self._paths) == 1:
            return self._fetch(obj, self._paths[0])
        return tuple(self._fetch(obj, path) for path in self._paths)

    @staticmethod
    def _fetch(obj, path):
        for part in path:
            obj = getattr(obj, part)
        return obj

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs


class itemgetter:
    """itemgetter(item, *items): a callable indexing its argument.

    itemgetter(k)(obj) is obj[k]; with several keys the call returns a
    tuple of obj[k] for each key.
    """
    __glass_tpname__ = 'operator.itemgetter'   # CPython's C type name, for messages
    __slots__ = ('_items',)

    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() takes no keyword arguments')
        if not items:
            raise TypeError('itemgetter expected 1 argument, got 0')
        self._items = items

    def __call__(self, *args, **kwargs):
        obj = _one_arg('itemgetter', args, kwargs)
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple(obj[i] for i in items)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items


class methodcaller:
    """methodcaller(name, /, *args, **kwargs): a callable calling a method.

    methodcaller(name, *args, **kwargs)(obj) is
    getattr(obj, name)(*args, **kwargs).
    """
    __glass_tpname__ = 'operator.methodcaller'   # CPython's C type name, for messages
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self = args[0]
        name = args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        obj = _one_arg('methodcaller', args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend('%s=%r' % (k, v) for k, v in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(parts)

    def __reduce__(self):
        if not self._kwargs:
            return self.__class__, (self._name,) + self._args
        from functools import partial
        return partial(self.__class__, self._name, **self._kwargs), self._args


# In-place operations ---------------------------------------------------------

def iadd(a, b):
    "Same as a += b."
    a += b
    return a

def iand(a, b):
    "Same as a &= b."
    a &= b
    return a

def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    if not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)
    a += b
    return a

def ifloordiv(a, b):
    "Same as a //= b."
    a //= b
    return a

def ilshift(a, b):
    "Same as a <<= b."
    a <<= b
    return a

def imod(a, b):
    "Same as a %= b."
    a %= b
    return a

def imul(a, b):
    "Same as a *= b."
    a *= b
    return a

def imatmul(a, b):
    "Same as a @= b."
    a @= b
    return a

def ior(a, b):
    "Same as a |= b."
    a |= b
    return a

def ipow(a, b):
    "Same as a **= b."
    a **= b
    return a

def irshift(a, b):
    "Same as a >>= b."
    a >>= b
    return a

def isub(a, b):
    "Same as a -= b."
    a -= b
    return a

def itruediv(a, b):
    "Same as a /= b."
    a /= b
    return a

def ixor(a, b):
    "Same as a ^= b."
    a ^= b
    return a


# Dunder aliases --------------------------------------------------------------

__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
