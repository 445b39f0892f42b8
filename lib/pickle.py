"""Serialization of Python object graphs to bytes (CPython 3.11's `pickle`).

dumps()/dump() turn an object into a pickle -- a little program for a
stack machine -- and loads()/load() run such a program to rebuild the
object.  Protocols 0 to 5 are written and read; the bytes produced match
CPython's C pickler (`_pickle`): the same opcodes, memo indices, batching
of list/dict/set items (1000 per batch) and 64 KiB framing for protocol 4
and up.

Objects are written as: atoms and containers with their own opcodes;
classes, functions and other globals by reference (module + qualified
name, looked up again when unpickling); everything else by the reduce
protocol -- copyreg.dispatch_table, Pickler.dispatch_table,
reducer_override(), __reduce_ex__(protocol) / __reduce__() -- whose
result (callable, args[, state[, listitems[, dictitems[, setter]]]]) is
written as a call plus state.  The default object.__reduce_ex__ (copyreg
_reconstructor for protocols 0/1, copyreg.__newobj__ / __newobj_ex__ with
__getnewargs[_ex]__ and __getstate__ for 2+) is carried out here.

Left out: the pickle command-line interface, Pickler.fast, out-of-band
buffers are supported only through this module's own PickleBuffer class.
"""

import sys
import copyreg
from copyreg import dispatch_table
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack
import io

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID",
           "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE",
           "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL", "INST", "INT",
           "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT",
           "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE",
           "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO",
           "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """A problem with the data being unpickled (not all are reported with
    this exception: AttributeError, EOFError, ImportError, IndexError and
    others can also be raised)."""


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes -----------------------------------------------------------------
# Protocol 0 and 1.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
# Protocol 2.
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
# Protocol 3.
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
# Protocol 4.
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
# Protocol 5.
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_HEAPTYPE = 1 << 9

_FunctionType = type(lambda: None)
_NoneType = type(None)
_EllipsisType = type(Ellipsis)
_NotImplementedType = type(NotImplemented)


# ---- PickleBuffer (protocol 5 out-of-band data) ------------------------------

class PickleBuffer:
    """A wrapper for a buffer-providing object (bytes, bytearray,
    memoryview...) marking it as eligible for out-of-band transfer with
    protocol 5."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """A memoryview of the raw bytes underlying the buffer."""
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def release(self):
        """Release the underlying buffer."""
        self._view = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# ---- helpers -----------------------------------------------------------------

def _codecs_encode(obj, encoding='utf-8', errors='strict'):
    """Stand-in for _codecs.encode (named in protocol 0-2 pickles of bytes)."""
    return obj.encode(encoding, errors)


def _type_name(cls):
    """The C-level name of a type: __name__ for classes defined in Python,
    module-qualified for built-in types outside builtins."""
    if getattr(cls, '__flags__', 0) & _HEAPTYPE:
        return cls.__name__
    module = getattr(cls, '__module__', 'builtins')
    if module == 'builtins' or not isinstance(module, str):
        return cls.__name__
    return module + '.' + cls.__qualname__


def _encode_long(x):
    """Little-endian two's-complement bytes of x, as short as possible
    (b'' for 0)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, 'little', signed=True)
    # A negative number may carry a redundant 0xff sign byte.
    if x < 0 and nbytes > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


encode_long = _encode_long
decode_long = _decode_long


def _raw_unicode_escape(s):
    """Encode s for the UNICODE opcode: latin-1 characters as themselves,
    except backslash, NUL, newline, CR and ^Z, which become \\u escapes
    like every character above U+00FF."""
    out = []
    for ch in s:
        c = ord(ch)
        if c >= 0x10000:
            out.append('\\U%08x' % c)
        elif c >= 256 or c in (0x5c, 0, 0x0a, 0x0d, 0x1a):
            out.append('\\u%04x' % c)
        else:
            out.append(ch)
    return ''.join(out).encode('latin-1')


def _raw_unicode_unescape(data):
    """Decode raw-unicode-escape bytes (\\uXXXX and \\UXXXXXXXX escapes)."""
    s = data.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\':
            out.append(ch)
            i += 1
            continue
        # Count the backslashes: only an odd run escapes the 'u'.
        j = i
        while j < n and s[j] == '\\':
            j += 1
        run = j - i
        out.append('\\' * (run - 1))
        if run % 2 == 0 or j >= n or s[j] not in 'uU':
            out.append('\\')
            i = j
            continue
        width = 4 if s[j] == 'u' else 8
        digits = s[j + 1:j + 1 + width]
        if len(digits) != width or any(d not in '0123456789abcdefABCDEF'
                                       for d in digits):
            raise UnicodeDecodeError('rawunicodeescape', data, i, j + 1,
                                     'truncated \\%sXXXX escape' % s[j])
        code = int(digits, 16)
        if code > 0x10ffff:
            raise UnicodeDecodeError('rawunicodeescape', data, i,
                                     j + 1 + width, '\\Uxxxxxxxx out of range')
        out.append(chr(code))
        i = j + 1 + width
    return ''.join(out)


_simple_escapes = {'\n': '', '\\': '\\', "'": "'", '"': '"', 'a': '\a',
                   'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\v'}


def _escape_decode(data):
    """Decode Python 2 string-literal escapes (the STRING opcode's body)."""
    s = data.decode('latin-1')
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch != '\\' or i + 1 >= n:
            if ch == '\\':
                raise ValueError("Trailing \\ in string")
            out.append(ch)
            i += 1
            continue
        e = s[i + 1]
        if e in _simple_escapes:
            out.append(_simple_escapes[e])
            i += 2
        elif e in '01234567':
            j = i + 1
            while j < n and j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(chr(int(s[i + 1:j], 8) & 0xff))
            i = j
        elif e == 'x':
            digits = s[i + 2:i + 4]
            if len(digits) != 2 or any(d not in '0123456789abcdefABCDEF'
                                       for d in digits):
                raise ValueError("invalid \\x escape at position %d" % i)
            out.append(chr(int(digits, 16)))
            i += 4
        else:
            out.append('\\')
            i += 1
    return ''.join(out).encode('latin-1')


def _getattribute(obj, dotted):
    """Follow the dotted path (a list of names) from obj; return
    (attribute, parent).  Raises AttributeError."""
    parent = None
    for name in dotted:
        parent = obj
        obj = getattr(obj, name)
    return obj, parent


def _dotted_path(name, pickling):
    path = name.split('.')
    for part in path:
        if part == '<locals>':
            if pickling:
                raise AttributeError("Can't pickle local object %r" % (name,))
            raise AttributeError("Can't get local object %r" % (name,))
    return path


def whichmodule(obj, name):
    """Find the name of the module obj (whose qualified name is name)
    belongs to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    path = name.split('.') if isinstance(name, str) else name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__' or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, path)[0] is obj:
                return sys.intern(module_name)
        except AttributeError:
            pass
    return '__main__'


def _import_module(name):
    __import__(name)
    return sys.modules[name]


# ---- the default object.__reduce_ex__ ----------------------------------------

def _first_builtin_base(cls):
    for base in cls.__mro__:
        if not getattr(base, '__flags__', 0) & _HEAPTYPE:
            return base
    return object


def _default_getstate(obj, required):
    """object.__getstate__ with CPython's `required` check: an object with
    hidden C-level state and no other way to rebuild it cannot be
    pickled."""
    cls = type(obj)
    if required and _first_builtin_base(cls) is not object:
        if cls in _VARSIZE:
            raise TypeError("cannot pickle %s objects" % (_type_name(cls),))
        raise TypeError("cannot pickle %r object" % (_type_name(cls),))
    try:
        d = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        d = None
    state = d if d else None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _getstate(obj, required):
    getstate = getattr(type(obj), '__getstate__', None)
    if getstate is object.__getstate__:
        return _default_getstate(obj, required)
    return obj.__getstate__()


def _reduce_newobj(obj):
    """object.__reduce_ex__(protocol >= 2)."""
    cls = type(obj)
    args = kwargs = None
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        res = getnewargs_ex()
        if not isinstance(res, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(res).__name__)
        if len(res) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             "length 2, not %d" % len(res))
        args, kwargs = res
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not '%s'"
                            % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not '%s'"
                            % type(kwargs).__name__)
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                                % type(args).__name__)
    hasargs = args is not None
    if not kwargs:
        func = copyreg.__newobj__
        newargs = (cls,) + (args or ())
    else:
        func = copyreg.__newobj_ex__
        newargs = (cls, args, kwargs)
    state = _getstate(obj, not (hasargs or isinstance(obj, (list, dict))))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    return func, newargs, state, listitems, dictitems


def _reduce_old(obj, proto):
    """object.__reduce_ex__(0 or 1): copyreg._reconstructor(cls, base, state)."""
    cls = obj.__class__
    for base in cls.__mro__:
        if not getattr(base, '__flags__', 0) & _HEAPTYPE:
            break
        new = base.__new__
        if type(new) is type(int.__new__) and getattr(new, '__self__', None) is base:
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError("cannot pickle %r object" % (cls.__name__,))
        state = base(obj)
    args = (cls, base, state)
    try:
        getstate = obj.__getstate__
    except AttributeError:
        if getattr(obj, "__slots__", None):
            raise TypeError("cannot pickle %r object: a class that defines "
                            "__slots__ without defining __getstate__ cannot "
                            "be pickled with protocol %d"
                            % (cls.__name__, proto)) from None
        try:
            d = obj.__dict__
        except AttributeError:
            d = None
    else:
        if (type(obj).__getstate__ is object.__getstate__ and
                getattr(obj, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        if type(obj).__getstate__ is object.__getstate__:
            d = _default_getstate(obj, False)
        else:
            d = getstate()
    if d:
        return copyreg._reconstructor, args, d
    return copyreg._reconstructor, args


def _object_reduce_ex(obj, proto):
    """What CPython's object.__reduce_ex__(proto) returns."""
    cls = type(obj)
    if getattr(cls, '__reduce__', None) is not object.__reduce__:
        return obj.__reduce__()
    if isinstance(obj, (set, frozenset)):
        # CPython's set.__reduce__ (Glass's set type lacks one).
        return cls, (list(obj),), _getstate(obj, False)
    reduce = _builtin_reduce.get(cls)
    if reduce is not None:
        return reduce(obj)
    if proto >= 2:
        return _reduce_newobj(obj)
    return _reduce_old(obj, proto)


# Built-in types CPython reduces by themselves, with the reduction it uses,
# for when Glass's type has no __reduce__ of its own.
class _Probe:
    def method(self):
        pass

_VARSIZE = {memoryview, type(_Probe.method.__code__)}
_builtin_reduce = {}


def _add_builtin_reduce(obj, reduce):
    if getattr(type(obj), '__reduce__', None) is object.__reduce__:
        _builtin_reduce[type(obj)] = reduce


_add_builtin_reduce(_Probe().method,
                    lambda m: (getattr, (m.__self__, m.__func__.__name__)))
_add_builtin_reduce(_Probe().__init__,
                    lambda m: (getattr, (m.__self__, m.__name__)))
for _descr in (object.__init__, list.append, dict.__dict__['fromkeys']):
    _add_builtin_reduce(_descr,
                        lambda d: (getattr, (d.__objclass__, d.__name__)))
_add_builtin_reduce(list[int],
                    lambda ga: (type(ga), (ga.__origin__, ga.__args__)))
del _Probe, _descr


def _reduce_complex(c):
    return complex, (c.real, c.imag)


def _reduce_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


# Reducers CPython's copyreg registers but Glass's copyreg does not.
_extra_dispatch = {complex: _reduce_complex, type(int | str): _reduce_union}


# ---- Pickler -----------------------------------------------------------------

class Pickler:
    """Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)

    Writes pickles of objects to a binary file (anything with a write()
    method accepting bytes)."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if not isinstance(protocol, int):
            try:
                protocol = protocol.__index__()
            except AttributeError:
                raise TypeError("'%s' object cannot be interpreted as an integer"
                                % type(protocol).__name__) from None
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = bytearray()
        self._frame_start = -1
        self._framing = False

    def clear_memo(self):
        """Forget the objects pickled so far (they will be written in full
        again instead of being referred to)."""
        self.memo.clear()

    def persistent_id(self, obj):
        """Return a persistent id for obj, or None to pickle it normally."""
        return None

    # -- output and framing --

    def _write(self, data):
        if self._framing and self._frame_start < 0:
            self._frame_start = len(self._out)
            self._out += b'\0' * 9
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        out = self._out
        size = len(out) - start - 9
        if size >= _FRAME_SIZE_MIN:
            out[start:start + 9] = FRAME + pack('<Q', size)
        else:
            del out[start:start + 9]
        self._frame_start = -1

    def _flush(self):
        if self._out:
            self._file_write(bytes(self._out))
            self._out = bytearray()

    def _boundary(self):
        # Called before each object is saved: close a frame that has grown
        # to the target size.
        start = self._frame_start
        if start >= 0 and len(self._out) - start - 9 >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._flush()

    def _write_large(self, header, payload):
        if len(payload) >= _FRAME_SIZE_TARGET:
            # Large payloads go outside of any frame.
            self._commit_frame()
            framing = self._framing
            self._framing = False
            self._write(header)
            self._write(payload)
            self._framing = framing
        else:
            self._write(header)
            self._write(payload)

    def dump(self, obj):
        """Write a pickle of obj to the file."""
        if not hasattr(self, '_out'):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._pers_func = self._lookup_hook('persistent_id', Pickler)
        self._reducer_override = getattr(self, 'reducer_override', None)
        self._dispatch_table = getattr(self, 'dispatch_table', None)
        try:
            if self.proto >= 2:
                self._write(PROTO + bytes((self.proto,)))
                if self.proto >= 4:
                    self._framing = True
            try:
                self._save(obj)
            except RecursionError as e:
                if not str(e).startswith("maximum recursion depth exceeded"):
                    raise
                raise RecursionError("maximum recursion depth exceeded while "
                                     "pickling an object") from None
            self._write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
            self._frame_start = -1
        self._flush()

    def _lookup_hook(self, name, base):
        func = getattr(self, name, None)
        if func is None:
            return None
        if (getattr(type(self), name, None) is getattr(base, name)
                and name not in getattr(self, '__dict__', {})):
            return None
        return func

    # -- memo --

    def _memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.memo[id(obj)] = idx, obj
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif not self.bin:
            self._write(PUT + str(idx).encode('ascii') + b'\n')
        elif idx < 256:
            self._write(BINPUT + bytes((idx,)))
        elif idx <= 0xffffffff:
            self._write(LONG_BINPUT + pack('<I', idx))
        else:
            raise PicklingError("memo id too large for LONG_BINPUT")

    def _get(self, idx):
        if not self.bin:
            self._write(GET + str(idx).encode('ascii') + b'\n')
        elif idx < 256:
            self._write(BINGET + bytes((idx,)))
        elif idx <= 0xffffffff:
            self._write(LONG_BINGET + pack('<I', idx))
        else:
            raise PicklingError("memo id too large for LONG_BINGET")

    # -- the dispatcher --

    def _save(self, obj, pers_save=False):
        self._boundary()
        if not pers_save and self._pers_func is not None:
            pid = self._pers_func(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self._write(NONE)
            return
        if obj is True or obj is False:
            if self.proto >= 2:
                self._write(NEWTRUE if obj else NEWFALSE)
            else:
                self._write(TRUE if obj else FALSE)
            return
        if t is int:
            self._save_int(obj)
            return
        if t is float:
            if self.bin:
                self._write(BINFLOAT + pack('>d', obj))
            else:
                self._write(FLOAT + repr(obj).encode('ascii') + b'\n')
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self._get(x[0])
            return
        if t is bytes:
            self._save_bytes(obj)
            return
        if t is str:
            self._save_str(obj)
            return
        if t is dict:
            self._save_dict(obj)
            return
        if t is set:
            self._save_set(obj)
            return
        if t is frozenset:
            self._save_frozenset(obj)
            return
        if t is list:
            self._save_list(obj)
            return
        if t is tuple:
            self._save_tuple(obj)
            return
        if t is bytearray:
            self._save_bytearray(obj)
            return
        if t is PickleBuffer:
            self._save_picklebuffer(obj)
            return

        rv = NotImplemented
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
        if rv is NotImplemented:
            if t is type:
                self._save_type(obj)
                return
            if t is _FunctionType:
                self._save_global(obj)
                return
            if self._dispatch_table is not None:
                try:
                    reduce = self._dispatch_table[t]
                except KeyError:
                    reduce = None
            else:
                reduce = dispatch_table.get(t)
                if reduce is None:
                    reduce = _extra_dispatch.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif issubclass(t, type):
                self._save_global(obj)
                return
            else:
                reduce_ex = getattr(obj, '__reduce_ex__', None)
                if reduce_ex is not None:
                    if getattr(t, '__reduce_ex__', None) is object.__reduce_ex__:
                        rv = _object_reduce_ex(obj, self.proto)
                    else:
                        rv = reduce_ex(self.proto)
                else:
                    reduce = getattr(obj, '__reduce__', None)
                    if reduce is None:
                        raise PicklingError("can't pickle %r object: %r"
                                            % (_type_name(t), obj))
                    rv = reduce()
        if isinstance(rv, str):
            self._save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        self._save_reduce(rv, obj)

    def _save_pers(self, pid):
        if self.bin:
            self._save(pid, True)
            self._write(BINPERSID)
        else:
            try:
                data = str(pid).encode('ascii')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be "
                                    "ASCII strings") from None
            self._write(PERSID + data + b'\n')

    # -- atoms --

    def _save_int(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self._write(BININT2 + pack('<H', obj))
                else:
                    self._write(BININT + pack('<i', obj))
            else:
                self._write(INT + repr(obj).encode('ascii') + b'\n')
        elif self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes((len(data),)) + data)
            else:
                self._write(LONG4 + pack('<i', len(data)) + data)
        else:
            self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _save_bytes_data(self, obj, data):
        n = len(data)
        if n <= 0xff:
            header = SHORT_BINBYTES + bytes((n,))
        elif n <= 0xffffffff:
            header = BINBYTES + pack('<I', n)
        else:
            header = BINBYTES8 + pack('<Q', n)
        self._write_large(header, data)
        self._memoize(obj)

    def _save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self._save_reduce((bytes, ()), obj)
            else:
                self._save_reduce((_codecs_encode,
                                   (obj.decode('latin-1'), 'latin1')), obj)
            return
        self._save_bytes_data(obj, obj)

    def _save_bytearray_data(self, obj, data):
        self._write_large(BYTEARRAY8 + pack('<Q', len(data)), data)
        self._memoize(obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self._save_reduce((bytearray, ()), obj)
            else:
                self._save_reduce((bytearray, (bytes(obj),)), obj)
            return
        self._save_bytearray_data(obj, bytes(obj))

    def _save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        in_band = True
        if self._buffer_callback is not None:
            in_band = bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._save_bytes_data(obj, view.tobytes())
            else:
                self._save_bytearray_data(obj, view.tobytes())
        else:
            self._write(NEXT_BUFFER)
            if view.readonly:
                self._write(READONLY_BUFFER)

    def _save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                header = SHORT_BINUNICODE + bytes((n,))
            elif n <= 0xffffffff:
                header = BINUNICODE + pack('<I', n)
            elif self.proto >= 4:
                header = BINUNICODE8 + pack('<Q', n)
            else:
                raise OverflowError("serializing a string larger than 4 GiB "
                                    "requires pickle protocol 4 or higher")
            self._write_large(header, data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self._memoize(obj)

    # -- containers --

    def _save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self._save(item)
            if id(obj) in memo:
                # The tuple is recursive: it got pickled by its items.
                self._write(POP * n)
                self._get(memo[id(obj)][0])
                return
            self._write(_tuplesize2code[n])
            self._memoize(obj)
            return
        self._write(MARK)
        for item in obj:
            self._save(item)
        if id(obj) in memo:
            if self.bin:
                self._write(POP_MARK)
            else:
                self._write(POP * (n + 1))
            self._get(memo[id(obj)][0])
            return
        self._write(TUPLE)
        self._memoize(obj)

    def _save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self._memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_appends(iter(obj))
            return
        # (inline rather than in a helper: one Python frame less per level
        # of nesting)
        save = self._save
        write = self._write
        if len(obj) == 1:
            save(obj[0])
            write(APPEND)
            return
        i = 0
        while True:
            write(MARK)
            count = 0
            while i < len(obj):
                save(obj[i])
                i += 1
                count += 1
                if count == _BATCHSIZE:
                    break
            write(APPENDS)
            if i >= len(obj):
                break

    def _batch_appends(self, items):
        save = self._save
        write = self._write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        while True:
            try:
                first = next(items)
            except StopIteration:
                return
            try:
                second = next(items)
            except StopIteration:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            n = 1
            x = second
            while True:
                save(x)
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    x = next(items)
                except StopIteration:
                    break
            write(APPENDS)
            if n != _BATCHSIZE:
                return

    def _save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self._memoize(obj)
        if not obj:
            return
        if self.proto == 0:
            self._batch_setitems(iter(obj.items()))
            return
        save = self._save
        write = self._write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(obj.items())
        while True:
            write(MARK)
            count = 0
            for k, v in it:
                save(k)
                save(v)
                count += 1
                if count == _BATCHSIZE:
                    break
            write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count != _BATCHSIZE:
                break

    def _batch_setitems(self, items):
        save = self._save
        write = self._write

        def pair(item):
            if not isinstance(item, tuple) or len(item) != 2:
                raise TypeError("dict items iterator must return 2-tuples")
            return item

        if not self.bin:
            for item in items:
                k, v = pair(item)
                save(k)
                save(v)
                write(SETITEM)
            return
        while True:
            try:
                first = pair(next(items))
            except StopIteration:
                return
            try:
                second = pair(next(items))
            except StopIteration:
                save(first[0])
                save(first[1])
                write(SETITEM)
                return
            write(MARK)
            save(first[0])
            save(first[1])
            n = 1
            item = second
            while True:
                save(item[0])
                save(item[1])
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    item = pair(next(items))
                except StopIteration:
                    break
            write(SETITEMS)
            if n != _BATCHSIZE:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self._save_reduce((set, (list(obj),)), obj)
            return
        self._write(EMPTY_SET)
        self._memoize(obj)
        size = len(obj)
        if not size:
            return
        it = iter(obj)
        while True:
            self._write(MARK)
            count = 0
            for item in it:
                self._save(item)
                count += 1
                if count == _BATCHSIZE:
                    break
            self._write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            if count != _BATCHSIZE:
                break

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self._save_reduce((frozenset, (list(obj),)), obj)
            return
        self._write(MARK)
        for item in obj:
            self._save(item)
        if id(obj) in self.memo:
            self._write(POP_MARK)
            self._get(self.memo[id(obj)][0])
            return
        self._write(FROZENSET)
        self._memoize(obj)

    # -- reductions --

    def _save_reduce(self, rv, obj=None):
        size = len(rv)
        if size < 2 or size > 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        func, args = rv[0], rv[1]
        state = rv[2] if size > 2 else None
        listitems = rv[3] if size > 3 else None
        dictitems = rv[4] if size > 4 else None
        state_setter = rv[5] if size > 5 else None
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % _type_name(type(listitems)))
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth element of the tuple returned by "
                                "__reduce__ must be an iterator, not %s"
                                % _type_name(type(dictitems)))
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by "
                                "__reduce__ must be a function, not %s"
                                % _type_name(type(state_setter)))
        save = self._save
        write = self._write
        name = None
        if self.proto >= 2:
            name = getattr(func, '__name__', None)
            if not isinstance(name, str):
                name = None
        if name == '__newobj_ex__':
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple "
                                    "must be exactly 3, not %d" % len(args))
            cls, nargs, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple "
                                    "must be a class, not %s"
                                    % _type_name(type(cls)))
            if not isinstance(nargs, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple "
                                    "must be a tuple, not %s"
                                    % _type_name(type(nargs)))
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple "
                                    "must be a dict, not %s"
                                    % _type_name(type(kwargs)))
            if self.proto >= 4:
                save(cls)
                save(nargs)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                from functools import partial
                save(partial(cls.__new__, cls, *nargs, **kwargs))
                save(())
                write(REDUCE)
        elif name == '__newobj__':
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and getattr(obj, '__class__', None) is not cls:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                # The object was pickled by its own arguments (recursion).
                write(POP)
                self._get(x[0])
                return
            self._memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        """Write the reduction (func, args, ...) of obj."""
        self._save_reduce((func, args, state, listitems, dictitems,
                           state_setter), obj)

    # -- globals --

    def _save_type(self, obj):
        if obj is _NoneType:
            self._save_reduce((type, (None,)), obj)
        elif obj is _EllipsisType:
            self._save_reduce((type, (Ellipsis,)), obj)
        elif obj is _NotImplementedType:
            self._save_reduce((type, (NotImplemented,)), obj)
        else:
            self._save_global(obj)

    def _save_global(self, obj, name=None):
        write = self._write
        if obj is _codecs_encode:
            module_name, name = '_codecs', 'encode'
            path = [name]
            parent = module = None
        else:
            if name is None:
                name = getattr(obj, '__qualname__', None)
                if name is None:
                    name = obj.__name__
            path = _dotted_path(name, True)
            module_name = whichmodule(obj, path)
            # CPython's built-in types report interned module names, so equal
            # ones share one memo entry.
            if (type(module_name) is str and isinstance(obj, type)
                    and not obj.__flags__ & _HEAPTYPE):
                module_name = sys.intern(module_name)
            try:
                module = _import_module(module_name)
            except Exception:
                raise PicklingError("Can't pickle %r: import of module %r "
                                    "failed" % (obj, module_name)) from None
            try:
                found, parent = _getattribute(module, path)
            except AttributeError:
                raise PicklingError("Can't pickle %r: attribute lookup %s on "
                                    "%s failed" % (obj, name, module_name)) from None
            if found is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object "
                                    "as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code is not None:
                if code <= 0:
                    raise PicklingError("Can't pickle %r: extension code %r "
                                        "is out of range" % (obj, code))
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + pack('<H', code))
                else:
                    write(EXT4 + pack('<i', code))
                return
        lastname = path[-1]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self._save(module_name)
            self._save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self._save_reduce((getattr, (parent, lastname)))
        else:
            if self.fix_imports:
                import _compat_pickle
                key = (module_name, name)
                if key in _compat_pickle.REVERSE_NAME_MAPPING:
                    module_name, name = _compat_pickle.REVERSE_NAME_MAPPING[key]
                elif module_name in _compat_pickle.REVERSE_IMPORT_MAPPING:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING[module_name]
            encoding = 'utf-8' if self.proto == 3 else 'ascii'
            try:
                mod = module_name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using "
                                    "pickle protocol %d"
                                    % (module_name, self.proto)) from None
            try:
                nm = name.encode(encoding)
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s' using "
                                    "pickle protocol %d"
                                    % (name, self.proto)) from None
            write(GLOBAL + mod + b'\n' + nm + b'\n')
        self._memoize(obj)


# ---- Unpickler ---------------------------------------------------------------

class Unpickler:
    """Unpickler(file, *, fix_imports=True, encoding="ASCII", errors="strict",
    buffers=())

    Reads pickles from a binary file (anything with read() and readline()
    methods returning bytes)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=()):
        # (as in CPython, leaving buffers out means "no buffers")
        self._buffers = iter(buffers) if buffers not in (None, ()) else None
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None
        self._file_readinto = getattr(file, 'readinto', None)
        self._data = None
        self._pos = 0
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    # -- input --

    def _set_data(self, data):
        self._data = data
        self._pos = 0

    def _read(self, n):
        data = self._data
        if data is not None:
            pos = self._pos
            end = pos + n
            if end <= len(data):
                self._pos = end
                return data[pos:end]
            if self._file_read is None or self._in_frame:
                raise UnpicklingError("pickle data was truncated")
            # Leftover of a frame, then the file.
            head = data[pos:]
            self._data = None
            n -= len(head)
        else:
            head = b''
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        chunk = self._file_read(n) if n else b''
        if len(chunk) < n:
            raise UnpicklingError("pickle data was truncated")
        return head + chunk if head else chunk

    def _readline(self):
        data = self._data
        if data is not None:
            pos = self._pos
            i = data.find(b'\n', pos)
            if i >= 0:
                self._pos = i + 1
                return data[pos:i + 1]
            if self._file_read is None or self._in_frame:
                raise UnpicklingError("pickle data was truncated")
            head = data[pos:]
            self._data = None
        else:
            head = b''
        if self._file_read is None:
            raise UnpicklingError("pickle data was truncated")
        line = self._file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return head + line if head else line

    def _read_opcode(self):
        data = self._data
        if data is not None and self._pos < len(data):
            c = data[self._pos]
            self._pos += 1
            return c
        if data is not None:
            self._data = None
            self._in_frame = False
        if self._file_read is None:
            raise EOFError("Ran out of input")
        b = self._file_read(1)
        if not b:
            raise EOFError("Ran out of input")
        return b[0]

    def _readline_body(self):
        """A text line without its newline (the operand of protocol 0
        opcodes)."""
        line = self._readline()
        return line[:-1]

    # -- stack --

    def _pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            self._underflow()
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            self._underflow()
        return self.stack[-1]

    def _underflow(self):
        if self.metastack:
            raise UnpicklingError("unexpected MARK found")
        raise UnpicklingError("unpickling stack underflow")

    # -- main loop --

    def load(self):
        """Read one pickle from the file and return the object it
        describes."""
        if not hasattr(self, '_file_read'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % type(self).__name__)
        self._in_frame = False
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        self._pers_load = getattr(self, 'persistent_load', None)
        dispatch = self._dispatch
        read_opcode = self._read_opcode
        try:
            while True:
                code = read_opcode()
                handler = dispatch[code]
                if handler is None:
                    self._bad_opcode(code)
                handler(self)
        except _Stop as stop:
            return stop.value
        finally:
            self.stack = self.metastack = None
            self.append = None
            if self._data is not None and self._file_read is not None:
                self._data = None

    def _bad_opcode(self, code):
        if 0x20 <= code <= 0x7e and code not in (0x27, 0x5c):
            raise UnpicklingError("invalid load key, '%c'." % code)
        raise UnpicklingError("invalid load key, '\\x%02x'." % code)

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    def find_class(self, module, name):
        """Return the object module.name (imported), translating Python 2
        names for protocols 0-2 when fix_imports is set."""
        if self.proto < 3 and self.fix_imports:
            import _compat_pickle
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        try:
            mod = _import_module(module)
        except ImportError:
            if module == '_codecs' and name == 'encode':
                return _codecs_encode
            raise
        if self.proto >= 4:
            path = _dotted_path(name, False)
        else:
            path = [name]
        try:
            return _getattribute(mod, path)[0]
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r"
                                 % (name, mod)) from None

    # -- opcode handlers --

    def _load_proto(self):
        proto = self._read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _load_frame(self):
        size = unpack('<Q', self._read(8))[0]
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        if self._file_read is None:
            if self._pos + size > len(self._data):
                raise UnpicklingError("pickle data was truncated")
        else:
            if self._data is not None and self._pos < len(self._data):
                raise UnpicklingError("beginning of a new frame before end of "
                                      "current frame")
            data = self._file_read(size)
            if len(data) < size:
                raise UnpicklingError("pickle data was truncated")
            self._set_data(data)
            self._in_frame = True

    def _load_persid(self):
        try:
            pid = self._readline_body().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings") from None
        self.append(self._persistent_load(pid))

    def _load_binpersid(self):
        pid = self._pop()
        self.append(self._persistent_load(pid))

    def _persistent_load(self, pid):
        return self.persistent_load(pid)

    def _load_none(self):
        self.append(None)

    def _load_false(self):
        self.append(False)

    def _load_true(self):
        self.append(True)

    def _load_int(self):
        data = self._readline_body()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            try:
                val = int(data, 0)
            except ValueError:
                raise ValueError("could not convert string to int") from None
        self.append(val)

    def _load_binint(self):
        self.append(unpack('<i', self._read(4))[0])

    def _load_binint1(self):
        self.append(self._read(1)[0])

    def _load_binint2(self):
        self.append(unpack('<H', self._read(2))[0])

    def _load_long(self):
        val = self._readline_body()
        if val and val[-1] == 0x4c:     # 'L'
            val = val[:-1]
        self.append(int(val, 0))

    def _load_long1(self):
        n = self._read(1)[0]
        self.append(_decode_long(self._read(n)))

    def _load_long4(self):
        n = unpack('<i', self._read(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(_decode_long(self._read(n)))

    def _load_float(self):
        line = self._readline()
        try:
            value = float(line[:-1])
        except ValueError:
            raise ValueError("could not convert string to float: '%s'"
                             % line.decode('latin-1')) from None
        self.append(value)

    def _load_binfloat(self):
        self.append(unpack('>d', self._read(8))[0])

    def _decode_string(self, value):
        # A Python 2 str: bytes, or text in the requested encoding.
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _load_string(self):
        data = self._readline_body()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_escape_decode(data)))

    def _load_binstring(self):
        n = unpack('<i', self._read(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self._read(n)))

    def _load_short_binstring(self):
        n = self._read(1)[0]
        self.append(self._decode_string(self._read(n)))

    def _load_binbytes(self):
        n = unpack('<I', self._read(4))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytes(self._read(n)))

    def _load_short_binbytes(self):
        n = self._read(1)[0]
        self.append(bytes(self._read(n)))

    def _load_binbytes8(self):
        n = unpack('<Q', self._read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytes(self._read(n)))

    def _load_bytearray8(self):
        n = unpack('<Q', self._read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(bytearray(self._read(n)))

    def _load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.append(buf)

    def _load_readonly_buffer(self):
        buf = self._top()
        if isinstance(buf, PickleBuffer):
            buf = buf.raw()
        try:
            view = memoryview(buf)
        except TypeError:
            return
        if not view.readonly:
            self.stack[-1] = view.toreadonly()

    def _load_unicode(self):
        self.append(_raw_unicode_unescape(self._readline_body()))

    def _load_binunicode(self):
        n = unpack('<I', self._read(4))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def _load_binunicode8(self):
        n = unpack('<Q', self._read(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def _load_short_binunicode(self):
        n = self._read(1)[0]
        self.append(str(self._read(n), 'utf-8', 'surrogatepass'))

    def _load_tuple(self):
        items = self._pop_mark()
        self.append(tuple(items))

    def _load_empty_tuple(self):
        self.append(())

    def _load_tuple1(self):
        self._load_tupleN(1)

    def _load_tupleN(self, n):
        stack = self.stack
        if len(stack) < n:
            self._underflow()
        items = tuple(stack[-n:])
        del stack[-n:]
        stack.append(items)

    def _load_tuple2(self):
        self._load_tupleN(2)

    def _load_tuple3(self):
        self._load_tupleN(3)

    def _load_empty_list(self):
        self.append([])

    def _load_empty_dict(self):
        self.append({})

    def _load_empty_set(self):
        self.append(set())

    def _load_frozenset(self):
        items = self._pop_mark()
        self.append(frozenset(items))

    def _load_list(self):
        items = self._pop_mark()
        self.append(items)

    def _load_dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {}
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
        self.append(d)

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or
                hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s"
                                % (klass.__name__, str(err)),
                                err.__traceback__) from None
        else:
            value = klass.__new__(klass)
        self.append(value)

    def _load_inst(self):
        module = self._readline_body().decode('ascii')
        name = self._readline_body().decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def _load_obj(self):
        args = self._pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, "
                                  "not %s" % type(args).__name__)
        self.append(cls.__new__(cls, *args))

    def _load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, "
                                  "not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, "
                                  "not %s" % type(kwargs).__name__)
        self.append(cls.__new__(cls, *args, **kwargs))

    def _load_global(self):
        module = self._readline_body().decode('utf-8')
        name = self._readline_body().decode('utf-8')
        self.append(self.find_class(module, name))

    def _load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))

    def _get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def _load_ext1(self):
        self._get_extension(self._read(1)[0])

    def _load_ext2(self):
        self._get_extension(unpack('<H', self._read(2))[0])

    def _load_ext4(self):
        self._get_extension(unpack('<i', self._read(4))[0])

    def _load_reduce(self):
        args = self._pop()
        func = self._top()
        self.stack[-1] = func(*args)

    def _load_pop(self):
        if self.stack:
            del self.stack[-1]
        elif self.metastack:
            self._pop_mark()
        else:
            self._underflow()

    def _load_pop_mark(self):
        self._pop_mark()

    def _load_dup(self):
        self.append(self._top())

    def _memo_get(self, idx):
        try:
            self.append(self.memo[idx])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _load_get(self):
        try:
            idx = int(self._readline_body())
        except ValueError:
            raise
        self._memo_get(idx)

    def _load_binget(self):
        self._memo_get(self._read(1)[0])

    def _load_long_binget(self):
        self._memo_get(unpack('<I', self._read(4))[0])

    def _load_put(self):
        idx = int(self._readline_body())
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    def _load_binput(self):
        idx = self._read(1)[0]
        self.memo[idx] = self._top()

    def _load_long_binput(self):
        idx = unpack('<I', self._read(4))[0]
        if idx > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[idx] = self._top()

    def _load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def _load_append(self):
        value = self._pop()
        self._top().append(value)

    def _load_appends(self):
        items = self._pop_mark()
        lst = self._top()
        if isinstance(lst, list):
            lst.extend(items)
        else:
            extend = getattr(lst, 'extend', None)
            if extend is not None:
                extend(items)
            else:
                append = lst.append
                for item in items:
                    append(item)

    def _load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _load_setitems(self):
        items = self._pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def _load_additems(self):
        items = self._pop_mark()
        s = self._top()
        if isinstance(s, set):
            s.update(items)
        else:
            add = s.add
            for item in items:
                add(item)

    def _load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        has_slotstate = False
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
            has_slotstate = True
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            if state:
                inst_dict = inst.__dict__
                intern = sys.intern
                for k, v in state.items():
                    if type(k) is str:
                        inst_dict[intern(k)] = v
                    else:
                        inst_dict[k] = v
        if has_slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append

    def _load_stop(self):
        raise _Stop(self._pop())

    _dispatch = [None] * 256


def _register_handlers():
    table = Unpickler._dispatch
    for opcode, name in (
            (PROTO, 'proto'), (FRAME, 'frame'), (PERSID, 'persid'),
            (BINPERSID, 'binpersid'), (NONE, 'none'), (NEWFALSE, 'false'),
            (NEWTRUE, 'true'), (INT, 'int'), (BININT, 'binint'),
            (BININT1, 'binint1'), (BININT2, 'binint2'), (LONG, 'long'),
            (LONG1, 'long1'), (LONG4, 'long4'), (FLOAT, 'float'),
            (BINFLOAT, 'binfloat'), (STRING, 'string'),
            (BINSTRING, 'binstring'), (SHORT_BINSTRING, 'short_binstring'),
            (BINBYTES, 'binbytes'), (SHORT_BINBYTES, 'short_binbytes'),
            (BINBYTES8, 'binbytes8'), (BYTEARRAY8, 'bytearray8'),
            (NEXT_BUFFER, 'next_buffer'), (READONLY_BUFFER, 'readonly_buffer'),
            (UNICODE, 'unicode'), (BINUNICODE, 'binunicode'),
            (BINUNICODE8, 'binunicode8'),
            (SHORT_BINUNICODE, 'short_binunicode'), (TUPLE, 'tuple'),
            (EMPTY_TUPLE, 'empty_tuple'), (TUPLE1, 'tuple1'),
            (TUPLE2, 'tuple2'), (TUPLE3, 'tuple3'), (EMPTY_LIST, 'empty_list'),
            (EMPTY_DICT, 'empty_dict'), (EMPTY_SET, 'empty_set'),
            (FROZENSET, 'frozenset'), (LIST, 'list'), (DICT, 'dict'),
            (INST, 'inst'), (OBJ, 'obj'), (NEWOBJ, 'newobj'),
            (NEWOBJ_EX, 'newobj_ex'), (GLOBAL, 'global'),
            (STACK_GLOBAL, 'stack_global'), (EXT1, 'ext1'), (EXT2, 'ext2'),
            (EXT4, 'ext4'), (REDUCE, 'reduce'), (POP, 'pop'),
            (POP_MARK, 'pop_mark'), (DUP, 'dup'), (GET, 'get'),
            (BINGET, 'binget'), (LONG_BINGET, 'long_binget'), (PUT, 'put'),
            (BINPUT, 'binput'), (LONG_BINPUT, 'long_binput'),
            (MEMOIZE, 'memoize'), (APPEND, 'append'), (APPENDS, 'appends'),
            (SETITEM, 'setitem'), (SETITEMS, 'setitems'),
            (ADDITEMS, 'additems'), (BUILD, 'build'), (MARK, 'mark'),
            (STOP, 'stop')):
        table[opcode[0]] = getattr(Unpickler, '_load_' + name)


_register_handlers()
del _register_handlers


class _BytesSource:
    """A stand-in file for loads(): no data beyond the given bytes."""

    def read(self, n=-1):
        return b''

    def readline(self):
        return b''


# ---- shorthands --------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickle of obj to the open binary file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


class _Sink:
    def __init__(self):
        self.chunks = []

    def write(self, data):
        self.chunks.append(data)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickle of obj as a bytes object."""
    sink = _Sink()
    Pickler(sink, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    chunks = sink.chunks
    return chunks[0] if len(chunks) == 1 else b''.join(chunks)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=()):
    """Read a pickle from the open binary file and return the object."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=()):
    """Return the object described by the pickle in data (a bytes-like
    object)."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    u = Unpickler(_BytesSource(), fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    u._file_read = None
    u._set_data(bytes(data))
    return u.load()


# The names CPython gives its pure-Python implementation.
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
