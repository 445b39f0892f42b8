"""Typed arrays of numbers: array('i', [1, 2, 3]).

Implemented: typecodes b B u h H i I l L q Q f d, the list-like methods, slicing,
+, *, comparisons, tobytes/frombytes, tolist/fromlist, tounicode/fromunicode,
byteswap, buffer_info, copy/deepcopy.
Left out: the buffer protocol (memoryview), fromfile/tofile, pickling details.
Items live in a Python list; bytes are made with struct on demand.
"""

import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (struct code, itemsize, min, max, name used in range errors)
_INTS = {
    'b': ('b', 1, -128, 127, 'signed char'),
    'B': ('B', 1, 0, 255, 'unsigned byte integer'),
    'h': ('h', 2, -2**15, 2**15 - 1, 'signed short integer'),
    'H': ('H', 2, 0, 2**16 - 1, 'unsigned short'),
    'i': ('i', 4, -2**31, 2**31 - 1, 'signed integer'),
    'I': ('I', 4, 0, 2**32 - 1, 'unsigned int'),
    'l': ('q', 8, -2**63, 2**63 - 1, 'signed long integer'),
    'L': ('Q', 8, 0, 2**64 - 1, 'unsigned long'),
    'q': ('q', 8, -2**63, 2**63 - 1, 'signed long long integer'),
    'Q': ('Q', 8, 0, 2**64 - 1, 'unsigned long long'),
}
_SIZES = {'u': 4, 'f': 4, 'd': 8}


def _check(tc, v):
    """The value v converted for storage in an array of typecode tc."""
    if tc in _INTS:
        if not isinstance(v, int):
            if hasattr(type(v), '__index__'):
                v = v.__index__()
            else:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(v).__name__)
        _, _, lo, hi, name = _INTS[tc]
        if tc in 'qQ':
            if tc == 'Q' and v < 0:
                raise OverflowError("can't convert negative int to unsigned")
            if v < lo or v > hi:
                raise OverflowError("int too big to convert")
        elif tc in 'IL':
            if v < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            if v >= 2**64:
                raise OverflowError("Python int too large to convert to C unsigned long")
        elif v < -2**63 or v >= 2**63:
            raise OverflowError("Python int too large to convert to C long")
        if v < lo:
            raise OverflowError(name + " is less than minimum")
        if v > hi:
            raise OverflowError(name + " is greater than maximum")
        return int(v)
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    if not isinstance(v, (int, float)):
        if hasattr(type(v), '__float__'):
            v = v.__float__()
        else:
            raise TypeError("must be real number, not " + type(v).__name__)
    v = float(v)
    if tc == 'f':
        try:
            v = _struct.unpack('f', _struct.pack('f', v))[0]
        except (OverflowError, _struct.error):
            v = float('inf') if v > 0 else float('-inf')
    return v


class array:
    """array(typecode[, initializer]) -- a compact sequence of typed values."""

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            + type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._a = []
        if initializer is None:
            return self
        if isinstance(initializer, array):
            if initializer._tc != typecode and (initializer._tc == 'u') != (typecode == 'u'):
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self._a = [_check(typecode, v) for v in initializer._a]
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._a = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            self._a = [_check(typecode, v) for v in initializer]
        return self

    def __init__(self, *args):
        pass

    typecode = property(lambda self: self._tc)

    @property
    def itemsize(self):
        if self._tc in _INTS:
            return _INTS[self._tc][1]
        return _SIZES[self._tc]

    def _fmt(self, n):
        if self._tc == 'u':
            return None
        code = _INTS[self._tc][0] if self._tc in _INTS else self._tc
        return '=%d%s' % (n, code)

    # -- list-like methods --
    def append(self, v):
        self._a.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._a.extend(iterable._a)
        else:
            self._a.extend([_check(self._tc, v) for v in iterable])

    def insert(self, i, v):
        self._a.insert(i, _check(self._tc, v))

    def pop(self, i=-1):
        if not self._a:
            raise IndexError("pop from empty array")
        try:
            return self._a.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v):
        try:
            self._a.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None):
        if stop is None:
            stop = len(self._a)
        try:
            return self._a.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v):
        return self._a.count(v)

    def reverse(self):
        self._a.reverse()

    def buffer_info(self):
        return (id(self), len(self._a))

    def byteswap(self):
        size = self.itemsize
        if size not in (1, 2, 4, 8):
            raise RuntimeError("don't know how to byteswap this array type")
        data = self.tobytes()
        out = bytearray()
        for k in range(0, len(data), size):
            out += data[k:k + size][::-1]
        self._a = []
        self.frombytes(bytes(out))

    # -- conversions --
    def tobytes(self):
        if self._tc == 'u':
            return ''.join(self._a).encode('utf-32-le' if _struct.pack('=H', 1) == b'\x01\x00' else 'utf-32-be')
        return _struct.pack(self._fmt(len(self._a)), *self._a)

    def frombytes(self, data):
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._tc == 'u':
            self._a.extend(data.decode('utf-32-le' if _struct.pack('=H', 1) == b'\x01\x00' else 'utf-32-be'))
        else:
            self._a.extend(_struct.unpack(self._fmt(len(data) // size), data))

    def tolist(self):
        return list(self._a)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError("arg must be list")
        self._a.extend([_check(self._tc, v) for v in lst])

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return ''.join(self._a)

    def fromunicode(self, s):
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not " + type(s).__name__)
        if self._tc != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._a.extend(s)

    # -- sequence protocol --
    def __len__(self):
        return len(self._a)

    def __iter__(self):
        return iter(list(self._a))

    def __contains__(self, v):
        return v in self._a

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._a = self._a[i]
            return r
        try:
            return self._a[i]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError("can only assign array (not \"%s\") to array slice"
                                % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            try:
                self._a[i] = list(v._a)
            except ValueError as e:
                raise ValueError(str(e).replace('sequence', 'array')) from None
            return
        v = _check(self._tc, v)
        try:
            self._a[i] = v
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        try:
            del self._a[i]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")
        r = array(self._tc)
        r._a = self._a + other._a
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        r = array(self._tc)
        r._a = self._a * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            return NotImplemented
        self._a *= n
        return self

    def _cmp(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._a, other._a)

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._cmp(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._cmp(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._cmp(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._cmp(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__ if type(self) is array else type(self).__name__
        if not self._a:
            return "%s('%s')" % (name, self._tc)
        if self._tc == 'u':
            return "%s('u', %r)" % (name, ''.join(self._a))
        return "%s('%s', %r)" % (name, self._tc, self._a)

    def __copy__(self):
        r = array(self._tc)
        r._a = list(self._a)
        return r

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._a)))


ArrayType = array

# As CPython's array module: an array is a MutableSequence (and matches sequence patterns)
import _collections_abc
_collections_abc.MutableSequence.register(array)
del _collections_abc
