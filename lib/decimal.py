"""decimal - decimal fixed and floating point arithmetic.

Written for Glass from the Python documentation and the General Decimal
Arithmetic specification.  A Decimal keeps its sign (0/1), its coefficient
(a Python int, or the payload of a NaN) and its exponent (an int, or 'F' for
Infinity, 'n' for a quiet and 'N' for a signalling NaN); rounding is done
with integer arithmetic.

Implemented: Decimal (construction from int/str/float/tuple/Decimal, str/repr,
to_eng_string, arithmetic and comparisons, hashing, every public method of
3.11 including exp/ln/log10/sqrt, correctly rounded), Context (all attributes,
flags/traps signal dicts, every context method), the signals with CPython's
exception messages, getcontext/setcontext/localcontext, BasicContext,
ExtendedContext, DefaultContext and the module constants of CPython 3.11
(64-bit).  power() with a non-integer exponent is correctly rounded (CPython
documents its own as almost always correctly rounded).
"""

import contextvars as _contextvars
import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

# (no __all__, as in CPython: "from decimal import *" takes the public names)

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ---------------------------------------------------------------- signals

class DecimalException(ArithmeticError):
    """Base class of the decimal signals."""


class Clamped(DecimalException):
    """The exponent of a result was changed to fit the bounds."""


class InvalidOperation(DecimalException):
    """An invalid operation was performed."""


class ConversionSyntax(InvalidOperation):
    """A string did not have the syntax of a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """The integer result of a division has too many digits."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Non-zero digits were discarded by rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """Digits (possibly zero) were discarded by rounding."""


class Subnormal(DecimalException):
    """The result is subnormal (its adjusted exponent is below Emin)."""


class Overflow(Inexact, Rounded):
    """The exponent of a result is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded (and is inexact)."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with a Decimal."""


# status bits (one per condition)
_CLAMPED = 1
_CONV = 2
_DIVZERO = 4
_DIVIMP = 8
_DIVUNDEF = 16
_INEXACT = 64
_INVCTX = 128
_INVOP = 256
_FLOATOP = 512
_OVERFLOW = 1024
_ROUNDED = 2048
_SUBNORMAL = 4096
_UNDERFLOW = 8192
_IEEE_INVALID = _CONV | _DIVIMP | _DIVUNDEF | _INVCTX | _INVOP

_SIGNALS = ((InvalidOperation, _IEEE_INVALID), (FloatOperation, _FLOATOP),
            (DivisionByZero, _DIVZERO), (Overflow, _OVERFLOW),
            (Underflow, _UNDERFLOW), (Subnormal, _SUBNORMAL),
            (Inexact, _INEXACT), (Rounded, _ROUNDED), (Clamped, _CLAMPED))
_SIGMASK = dict(_SIGNALS)
_CONDITIONS = ((InvalidOperation, _INVOP), (ConversionSyntax, _CONV),
               (DivisionImpossible, _DIVIMP), (DivisionUndefined, _DIVUNDEF),
               (InvalidContext, _INVCTX))


def _status_exception(bits):
    """The exception CPython raises for the trapped condition bits."""
    cls = None
    for sig, mask in _SIGNALS:
        if bits & mask:
            cls = sig
            break
    lst = [c for c, m in _CONDITIONS if bits & m]
    lst.extend(s for s, m in _SIGNALS[1:] if bits & m)
    return cls(lst)


DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')


# ---------------------------------------------------------------- helpers

def _digits(n):
    """Number of decimal digits of the int n >= 0 (1 for 0)."""
    if n < 10:
        return 1
    if n < 10**18:
        return len(str(n))
    b = n.bit_length()
    d = (b * 30103) // 100000  # ~ b * log10(2), never above the answer
    if n >= _pow10(d):
        d += 1
        while n >= _pow10(d):
            d += 1
        return d
    return d if d > 0 else 1


_P10 = [10**i for i in range(64)]


def _pow10(k):
    if k < 64:
        return _P10[k]
    return 10**k


def _round_up_needed(q, r, half, sign, rounding):
    """Whether truncated coefficient q (remainder r, half = 10**k // 2) must
    be incremented under rounding."""
    if r == 0:
        return False
    if rounding == ROUND_HALF_EVEN:
        return r > half or (r == half and q & 1)
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_HALF_UP:
        return r >= half
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return r > half
    if rounding == ROUND_CEILING:
        return not sign
    if rounding == ROUND_FLOOR:
        return bool(sign)
    # ROUND_05UP
    return q % 5 == 0


def _shift_round(coef, k, sign, rounding):
    """Drop k > 0 digits of coef with rounding -> (new coef, inexact)."""
    p = _pow10(k)
    q, r = divmod(coef, p)
    if r and _round_up_needed(q, r, p >> 1, sign, rounding):
        q += 1
    return q, r != 0


def _new(sign, coef, exp, special=False):
    d = object.__new__(Decimal)
    d._sign = sign
    d._int = coef
    d._exp = exp
    d._is_special = special
    return d


def _nan(sign=0, payload=0):
    return _new(sign, payload, 'n', True)


def _fix_nan(a, ctx):
    """a quiet NaN with a's payload cut to the context."""
    payload = a._int
    if payload:
        m = ctx._prec - ctx._clamp
        if _digits(payload) > m:
            payload = payload % _pow10(m) if m > 0 else 0
    return _new(a._sign, payload, 'n', True)


def _fix(sign, coef, exp, ctx, st, rounding=None):
    """Round (sign, coef, exp) to the context: precision, exponent limits,
    clamping, subnormals; status bits are or-ed into st[0]."""
    prec = ctx._prec
    emax = ctx._emax
    etiny = ctx._emin - prec + 1
    etop = emax - prec + 1
    if coef == 0:
        emaxz = etop if ctx._clamp else emax
        if exp > emaxz:
            exp = emaxz
            st[0] |= _CLAMPED
        elif exp < etiny:
            exp = etiny
            st[0] |= _CLAMPED
        return _new(sign, 0, exp)
    nd = _digits(coef)
    emin_ok = exp + nd - prec          # smallest exponent keeping prec digits
    if emin_ok > etop:
        return _overflow(sign, ctx, st, rounding)
    subnormal = emin_ok < etiny
    if subnormal:
        emin_ok = etiny
    if exp < emin_ok:
        if rounding is None:
            rounding = ctx._rounding
        k = emin_ok - exp
        if k > nd + 1:
            # all digits go: a sticky 1 below the rounding digit
            coef = 1
            k = 2
        coef, inexact = _shift_round(coef, k, sign, rounding)
        exp = emin_ok
        if coef == _pow10(prec):
            coef = _pow10(prec - 1)
            exp += 1
        s = _ROUNDED
        if inexact:
            s |= _INEXACT
            if subnormal:
                s |= _UNDERFLOW
        if subnormal:
            s |= _SUBNORMAL
        if exp > etop:
            st[0] |= s
            return _overflow(sign, ctx, st, rounding)
        if coef == 0:
            s |= _CLAMPED
        st[0] |= s
        return _new(sign, coef, exp)
    if subnormal:
        st[0] |= _SUBNORMAL
    if ctx._clamp and exp > etop:
        st[0] |= _CLAMPED
        coef *= _pow10(exp - etop)
        exp = etop
    return _new(sign, coef, exp)


def _overflow(sign, ctx, st, rounding=None):
    st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
    r = rounding if rounding is not None else ctx._rounding
    if (r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or
            (r == ROUND_CEILING and not sign) or (r == ROUND_FLOOR and sign)):
        return _new(sign, 0, 'F', True)
    prec = ctx._prec
    return _new(sign, _pow10(prec) - 1, ctx._emax - prec + 1)


def _nan_result(a, b, ctx, st):
    """The NaN result of a two-operand operation, or None."""
    ea = a._exp
    eb = b._exp
    if ea == 'N':
        st[0] |= _INVOP
        return _fix_nan(a, ctx)
    if eb == 'N':
        st[0] |= _INVOP
        return _fix_nan(b, ctx)
    if ea == 'n':
        return _fix_nan(a, ctx)
    if eb == 'n':
        return _fix_nan(b, ctx)
    return None


def _invalid(st, bits=_INVOP):
    st[0] |= bits
    return _new(0, 0, 'n', True)


def _cmp(a, b):
    """-1, 0, 1 comparing non-NaN Decimals a and b."""
    if a._is_special or b._is_special:
        va = (-1 if a._sign else 1) if a._is_special else 0
        vb = (-1 if b._sign else 1) if b._is_special else 0
        if va == vb:
            return 0
        return 1 if va > vb else -1
    if not a._int:
        if not b._int:
            return 0
        return 1 if b._sign else -1
    if not b._int:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = _cmp_abs(a, b)
    return -c if a._sign else c


def _cmp_abs(a, b):
    """Compare |a| and |b|, both finite."""
    ca = a._int
    cb = b._int
    if not ca:
        return 0 if not cb else -1
    if not cb:
        return 1
    adja = a._exp + _digits(ca)
    adjb = b._exp + _digits(cb)
    if adja != adjb:
        return 1 if adja > adjb else -1
    ea = a._exp
    eb = b._exp
    if ea > eb:
        ca *= _pow10(ea - eb)
    elif eb > ea:
        cb *= _pow10(eb - ea)
    return (ca > cb) - (ca < cb)


def _is_integral(a):
    """a finite and an integer value."""
    if a._is_special:
        return False
    if a._exp >= 0 or not a._int:
        return True
    return a._int % _pow10(-a._exp) == 0


def _int_value(a):
    """Integer value of a finite integral Decimal."""
    if a._exp >= 0:
        v = a._int * _pow10(a._exp)
    else:
        v = a._int // _pow10(-a._exp)
    return -v if a._sign else v


def _adjusted(a):
    return a._exp + _digits(a._int) - 1


# ---------------------------------------------------------------- parsing

def _ascii_number(s):
    """Strip whitespace, then drop underscores and map Unicode digits (and
    spaces, which stay invalid) to ASCII."""
    s = s.strip()
    if s.isascii():
        if '_' in s:
            s = s.replace('_', '')
        return s
    out = []
    for ch in s:
        if ch == '_':
            continue
        o = ord(ch)
        if 0 < o < 128:
            out.append(ch)
        elif ch.isspace():
            out.append(' ')
        elif ch.isdecimal():
            out.append(str(int(ch)))
        else:
            return ''
    return ''.join(out)


def _parse(s):
    """(sign, coefficient, exponent) of the numeric string s, or None."""
    s = _ascii_number(s)
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return sign, 0, 'F'
    kind = None
    if low.startswith('nan'):
        kind = 'n'
        rest = s[3:]
    elif low.startswith('snan'):
        kind = 'N'
        rest = s[4:]
    if kind:
        if not rest:
            return sign, 0, kind
        if not rest.isdigit():
            return None
        return sign, int(rest), kind
    epos = low.find('e')
    exp = 0
    if epos >= 0:
        es = s[epos + 1:]
        s = s[:epos]
        body = es[1:] if es[:1] in ('+', '-') else es
        if not body or not body.isdigit():
            return None
        exp = int(es)
    ip, dot, fp = s.partition('.')
    if not ip and not fp:
        return None
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    return sign, int(ip + fp), exp - len(fp)


def _from_float(f):
    """(sign, coef, exp) of the exact value of the float f (or specials)."""
    if f != f:
        return 0, 0, 'n'
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_F, -_INF_F):
        return sign, 0, 'F'
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return sign, n * 5**k, -k


_INF_F = float('inf')


def _from_tuple(t):
    if isinstance(t, list):
        t = tuple(t)
    if len(t) != 3:
        raise ValueError('argument must be a sequence of length 3')
    sign, digits, exp = t
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError('sign must be an integer with the value 0 or 1')
    if isinstance(exp, str):
        if exp not in ('F', 'n', 'N'):
            raise ValueError("string argument in the third position "
                             "must be 'F', 'n' or 'N'")
    elif not isinstance(exp, int):
        raise ValueError('exponent must be an integer')
    elif not -2**63 <= exp < 2**63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    if isinstance(digits, list):
        digits = tuple(digits)
    if not isinstance(digits, tuple):
        raise ValueError('coefficient must be a tuple of digits')
    coef = 0
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError('coefficient must be a tuple of digits')
        coef = coef * 10 + d
    if exp == 'F':
        coef = 0
    return sign, coef, exp


def _convert(v, raise_type=True):
    """Operand conversion: Decimal or int -> Decimal, else NotImplemented
    (or TypeError)."""
    if isinstance(v, Decimal):
        return v
    if isinstance(v, int):
        return _new(1 if v < 0 else 0, abs(v), 0)
    if raise_type:
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(v).__name__)
    return NotImplemented


# ---------------------------------------------------------------- arithmetic

def _add(a, b, ctx, st, negate_b=False):
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
        bsign = b._sign ^ negate_b
        if a._exp == 'F':
            if b._exp == 'F' and a._sign != bsign:
                return _invalid(st)
            return _new(a._sign, 0, 'F', True)
        return _new(bsign, 0, 'F', True)
    asign = a._sign
    bsign = b._sign ^ negate_b
    ca = a._int
    cb = b._int
    ea = a._exp
    eb = b._exp
    if not ca or not cb:
        exp = ea if ea < eb else eb
        if not ca and not cb:
            if asign == bsign:
                sign = asign
            else:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _fix(sign, 0, exp, ctx, st)
        if not ca:
            return _fix(bsign, cb * _pow10(eb - exp), exp, ctx, st)
        return _fix(asign, ca * _pow10(ea - exp), exp, ctx, st)
    prec = ctx._prec
    # a tiny operand far below the other only acts as a sticky digit
    if ea > eb:
        lim = min(ea, ea + _digits(ca) - prec) - 2
        if eb + _digits(cb) < lim:
            cb = 1
            eb = lim
    elif eb > ea:
        lim = min(eb, eb + _digits(cb) - prec) - 2
        if ea + _digits(ca) < lim:
            ca = 1
            ea = lim
    if ea > eb:
        ca *= _pow10(ea - eb)
        exp = eb
    else:
        cb *= _pow10(eb - ea)
        exp = ea
    if asign == bsign:
        return _fix(asign, ca + cb, exp, ctx, st)
    c = ca - cb
    if c == 0:
        return _fix(1 if ctx._rounding == ROUND_FLOOR else 0, 0, exp, ctx, st)
    if c > 0:
        return _fix(asign, c, exp, ctx, st)
    return _fix(bsign, -c, exp, ctx, st)


def _mul(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
        if (a._exp == 'F' and not b._is_special and not b._int) or \
           (b._exp == 'F' and not a._is_special and not a._int):
            return _invalid(st)
        return _new(sign, 0, 'F', True)
    return _fix(sign, a._int * b._int, a._exp + b._exp, ctx, st)


def _div(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(st)
            return _new(sign, 0, 'F', True)
        st[0] |= _CLAMPED
        return _new(sign, 0, ctx._emin - ctx._prec + 1)
    if not b._int:
        if not a._int:
            return _invalid(st, _DIVUNDEF)
        st[0] |= _DIVZERO
        return _new(sign, 0, 'F', True)
    ideal = a._exp - b._exp
    if not a._int:
        return _fix(sign, 0, ideal, ctx, st)
    prec = ctx._prec
    ca = a._int
    cb = b._int
    shift = _digits(cb) - _digits(ca) + prec + 1
    if shift > 0:
        q, r = divmod(ca * _pow10(shift), cb)
    else:
        q, r = divmod(ca, cb * _pow10(-shift))
    exp = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1
    else:
        while exp < ideal and q % 10 == 0:
            q //= 10
            exp += 1
    return _fix(sign, q, exp, ctx, st)


def _divmod_core(a, b, ctx, st, want):
    """Integer division / remainder of finite a, b with b != 0.
    want: 'q', 'r' or 'qr'.  Returns the requested Decimals (a tuple for
    'qr') or the NaN result on DivisionImpossible."""
    sign = a._sign ^ b._sign
    prec = ctx._prec
    ea = a._exp
    eb = b._exp
    exp = ea if ea < eb else eb
    if a._int and _adjusted(a) - _adjusted(b) >= prec + 1:
        r = _invalid(st, _DIVIMP)
        return (r, r) if want == 'qr' else r
    if not a._int or _adjusted(a) < _adjusted(b) - 1:
        # |a| < |b|: the quotient is 0
        q = 0
        rem = a._int * _pow10(ea - exp)
    else:
        ca = a._int * _pow10(ea - exp)
        cb = b._int * _pow10(eb - exp)
        q, rem = divmod(ca, cb)
        if _digits(q) > prec:
            r = _invalid(st, _DIVIMP)
            return (r, r) if want == 'qr' else r
    if want == 'q':
        return _fix(sign, q, 0, ctx, st)
    rd = _fix(a._sign, rem, exp, ctx, st)
    if want == 'r':
        return rd
    return _fix(sign, q, 0, ctx, st), rd


def _floordiv(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
        if a._exp == 'F':
            if b._exp == 'F':
                return _invalid(st)
            return _new(sign, 0, 'F', True)
        return _new(sign, 0, 0)
    if not b._int:
        if not a._int:
            return _invalid(st, _DIVUNDEF)
        st[0] |= _DIVZERO
        return _new(sign, 0, 'F', True)
    return _divmod_core(a, b, ctx, st, 'q')


def _mod(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
        if a._exp == 'F':
            return _invalid(st)
        return _fix(a._sign, a._int, a._exp, ctx, st)
    if not b._int:
        if not a._int:
            return _invalid(st, _DIVUNDEF)
        return _invalid(st)
    return _divmod_core(a, b, ctx, st, 'r')


def _divmod(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r, r
        if a._exp == 'F':
            if b._exp == 'F':
                r = _invalid(st)
                return r, r
            return _new(sign, 0, 'F', True), _invalid(st)
        return _new(sign, 0, 0), _fix(a._sign, a._int, a._exp, ctx, st)
    if not b._int:
        if not a._int:
            r = _invalid(st, _DIVUNDEF)
            return r, r
        st[0] |= _DIVZERO | _INVOP
        return _new(sign, 0, 'F', True), _nan()
    return _divmod_core(a, b, ctx, st, 'qr')


def _remainder_near(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
        if a._exp == 'F':
            return _invalid(st)
        return _fix(a._sign, a._int, a._exp, ctx, st)
    if not b._int:
        if not a._int:
            return _invalid(st, _DIVUNDEF)
        return _invalid(st)
    prec = ctx._prec
    ea = a._exp
    eb = b._exp
    exp = ea if ea < eb else eb
    if a._int and _adjusted(a) - _adjusted(b) >= prec + 1:
        return _invalid(st, _DIVIMP)
    if not a._int or _adjusted(a) < _adjusted(b) - 1:
        return _fix(a._sign, a._int * _pow10(ea - exp), exp, ctx, st)
    ca = a._int * _pow10(ea - exp)
    cb = b._int * _pow10(eb - exp)
    q, r = divmod(ca, cb)
    # nearest: r vs cb - r
    if 2 * r > cb or (2 * r == cb and q & 1):
        q += 1
        r = cb - r
        rsign = a._sign ^ 1
    else:
        rsign = a._sign
    if _digits(q) > prec:
        return _invalid(st, _DIVIMP)
    if r == 0:
        rsign = a._sign
    return _fix(rsign, r, exp, ctx, st)


def _to_integral(a, rounding, ctx, st, exact):
    if a._is_special:
        if a._exp == 'N':
            st[0] |= _INVOP
            return _fix_nan(a, ctx)
        if a._exp == 'n':
            return _fix_nan(a, ctx)
        return a
    if a._exp >= 0:
        return a
    if not a._int:
        return _new(a._sign, 0, 0)
    if rounding is None:
        rounding = ctx._rounding
    q, inexact = _shift_round(a._int, -a._exp, a._sign, rounding)
    if exact:
        st[0] |= _ROUNDED | (_INEXACT if inexact else 0)
    return _new(a._sign, q, 0)


# ---------------------------------------------------------------- power & co

def _sqrt(a, ctx, st):
    if a._is_special:
        if a._exp in 'nN':
            return _nan_result(a, a, ctx, st)
        if a._sign:
            return _invalid(st)
        return a
    ideal = a._exp >> 1
    if not a._int:
        return _fix(a._sign, 0, ideal, ctx, st)
    if a._sign:
        return _invalid(st)
    prec = ctx._prec
    c = a._int
    e = a._exp
    shift = 2 * prec + 2 - _digits(c)
    if shift < 0:
        shift = 0
    if (e - shift) & 1:
        shift += 1
    C = c * _pow10(shift)
    E = (e - shift) >> 1
    r = _math.isqrt(C)
    if r * r == C:
        while E < ideal and r % 10 == 0:
            r //= 10
            E += 1
    elif r % 5 == 0:
        r += 1
    return _fix(0, r, E, ctx, st, ROUND_HALF_EVEN)


# --- fixed point helpers: an int X stands for X / 10**W

def _exp_fixed(x, W):
    """exp(x / 10**W) * 10**W (error of a few units), for |x| <= ~3*10**W."""
    s = 4 + int(W ** 0.5)
    g = s // 3 + 6
    Wg = W + g
    one = _pow10(Wg)
    v = (x * _pow10(g)) >> s
    total = one
    term = one
    i = 1
    while term:
        term = term * v // (one * i)
        total += term
        i += 1
    for _ in range(s):
        total = total * total // one
    return total // _pow10(g)


_LN10_CACHE = [0, 0]


def _ln10(W):
    if _LN10_CACHE[0] >= W:
        return _LN10_CACHE[1] // _pow10(_LN10_CACHE[0] - W)
    W2 = W + 10
    v = _ln_small(10 * _pow10(W2), W2, 2.302585092994046)
    _LN10_CACHE[0] = W2
    _LN10_CACHE[1] = v
    return v // _pow10(10)


def _ln_small(m, W, guess):
    """ln(m / 10**W) * 10**W by Newton's method from the float guess."""
    W2 = W + 6
    M = m * _pow10(6)
    one = _pow10(W2)
    y = int(guess * 1e17) * _pow10(W2) // 10**17 if W2 >= 17 else int(guess * 10**W2)
    good = 15
    while True:
        e = _exp_fixed(-y, W2)
        y = y + M * e // one - one
        good *= 2
        if good > W2 + 10:
            break
    e = _exp_fixed(-y, W2)
    y = y + M * e // one - one
    return y // _pow10(6)


def _ln_fixed(c, e, W):
    """ln(c * 10**e) * 10**W, absolute error of a few units (c > 0)."""
    d = _digits(c)
    adj = e + d - 1
    # m = c / 10**(d-1) in [1, 10); use m/10 when m >= sqrt(10)
    k = adj
    if c * c >= _pow10(2 * d - 1):
        k = adj + 1
        sh = d            # m = c / 10**d
    else:
        sh = d - 1
    W2 = W + 4
    if W2 >= sh:
        M = c * _pow10(W2 - sh)
    else:
        M = c // _pow10(sh - W2)
    top = c // _pow10(d - 17) if d > 17 else c * _pow10(17 - d)
    mf = top / 1e16
    if sh == d:
        mf /= 10
    res = _ln_small(M, W2, _math.log(mf))
    if k:
        kd = _digits(abs(k))
        L = _ln10(W2 + kd)
        res += k * L // _pow10(kd)
    return res // _pow10(4)


def _ziv(compute, sign, ctx, st, maxw=None, rounding=ROUND_HALF_EVEN):
    """Correctly round (half even, as CPython does for exp, ln, log10 and
    non-integral powers) the value given by compute(W) -> (R, E), which is
    within 10 units of 10**E of the true (irrational) value and has about W
    significant digits."""
    prec = ctx._prec
    W = prec + 6
    limit = maxw if maxw is not None else 20 * prec + 200
    while True:
        R, E = compute(W)
        lo = _fix(sign, (R - 10) * 10 + 1, E - 1, ctx, [0], rounding)
        hi = _fix(sign, (R + 10) * 10 + 1, E - 1, ctx, [0], rounding)
        if (lo._int == hi._int and lo._exp == hi._exp) or W > limit:
            return _fix(sign, R * 10 + 1, E - 1, ctx, st, rounding)
        if W > 2 * prec + 30:
            # an exact power such as 4 ** 0.5: the nearest candidate is
            # within the error bound at every precision
            s2 = [0]
            v = _fix(sign, R, E, ctx, s2, ROUND_HALF_EVEN)
            if not v._is_special and v._exp >= E:
                diff = v._int * _pow10(v._exp - E) - R
                if -10 <= diff <= 10:
                    st[0] |= s2[0] | _INEXACT | _ROUNDED
                    return v
        W += W // 2 + 4


def _exp_compute(a, W):
    """(R, E): exp(a) ~ R * 10**E for finite a, with W+ significant digits."""
    c = a._int
    e = a._exp
    if a._sign:
        c = -c
    # k = floor(x / ln10), r = x - k*ln10
    approx = abs(c) * 10.0 ** max(min(e, 300), -300) if _digits(abs(c)) < 300 else 1e300
    kd = max(1, len(str(int(abs(approx) / 2.302585092994046) + 1)) + 1)
    W2 = W + kd + 4
    if e + W2 >= 0:
        X = c * _pow10(e + W2)
    else:
        X = c // _pow10(-(e + W2))
    L = _ln10(W2)
    k = X // L
    r = X - k * L
    ex = _exp_fixed(r, W2)
    # the error of k * ln10 may reach 10**kd units: drop those digits
    return ex // _pow10(kd + 2), k - W2 + kd + 2


def _exp(a, ctx, st):
    if a._is_special:
        if a._exp in 'nN':
            return _nan_result(a, a, ctx, st)
        if a._sign:
            return _new(0, 0, 0)
        return a
    if not a._int:
        return _new(0, 1, 0)
    prec = ctx._prec
    adj = _adjusted(a)
    if adj < -(prec + 3):
        # exp(x) = 1 + x + ...: only the side of 1 matters
        if a._sign:
            return _fix(0, _pow10(prec + 3) - 1, -(prec + 3), ctx, st,
                        ROUND_HALF_EVEN)
        return _fix(0, _pow10(prec + 2) + 1, -(prec + 2), ctx, st,
                    ROUND_HALF_EVEN)
    etiny = ctx._emin - prec + 1
    if adj >= 19:
        if a._sign:
            return _fix(0, 1, etiny - 2, ctx, st, ROUND_HALF_EVEN)
        return _fix(0, 1, ctx._emax + 2, ctx, st, ROUND_HALF_EVEN)
    x = _int_value(_new(a._sign, a._int // _pow10(-a._exp), 0)) if a._exp < 0 else _int_value(a)
    if x > (ctx._emax + prec + 10) * 2.31:
        return _fix(0, 1, ctx._emax + 2, ctx, st, ROUND_HALF_EVEN)
    if x < (etiny - prec - 10) * 2.31:
        return _fix(0, 1, etiny - 2, ctx, st, ROUND_HALF_EVEN)
    return _ziv(lambda W: _exp_compute(a, W), 0, ctx, st)


def _ln_compute(c, e, W):
    """(R, E) for ln(c * 10**e) with about W significant digits."""
    Wa = W
    while True:
        R = _ln_fixed(c, e, Wa)
        if _digits(abs(R)) >= W or Wa > 40 * W + 1000:
            return R, -Wa
        Wa += W - _digits(abs(R)) + 2


def _ln(a, ctx, st):
    if a._is_special:
        if a._exp in 'nN':
            return _nan_result(a, a, ctx, st)
        if a._sign:
            return _invalid(st)
        return a
    if not a._int:
        return _new(1, 0, 'F', True)
    if a._sign:
        return _invalid(st)
    if a._exp <= 0 and a._int == _pow10(-a._exp):
        return _new(0, 0, 0)
    c = a._int
    e = a._exp

    def comp(W):
        R, E = _ln_compute(c, e, W)
        return abs(R), E
    # ln(a) < 0 exactly when a < 1
    return _ziv(comp, 1 if _cmp_abs(a, _new(0, 1, 0)) < 0 else 0, ctx, st)


def _log10(a, ctx, st):
    if a._is_special:
        if a._exp in 'nN':
            return _nan_result(a, a, ctx, st)
        if a._sign:
            return _invalid(st)
        return a
    if not a._int:
        return _new(1, 0, 'F', True)
    if a._sign:
        return _invalid(st)
    c = a._int
    e = a._exp
    s = str(c)
    if s[0] == '1' and s.count('0') == len(s) - 1:
        k = e + len(s) - 1
        return _fix(1 if k < 0 else 0, abs(k), 0, ctx, st)

    def comp(W):
        Wa = W + 3
        while True:
            R = _ln_fixed(c, e, Wa)
            R = R * _pow10(Wa) // _ln10(Wa)
            if _digits(abs(R)) >= W or Wa > 40 * W + 1000:
                return abs(R), -Wa
            Wa += W - _digits(abs(R)) + 2
    return _ziv(comp, 1 if _cmp_abs(a, _new(0, 1, 0)) < 0 else 0, ctx, st)


def _power(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
    b_int = _is_integral(b)
    if not b._is_special and not b._int:
        if not a._is_special and not a._int:
            return _invalid(st)
        return _new(0, 1, 0)
    sign = 0
    if a._sign:
        if b_int:
            if _int_value(b) & 1:
                sign = 1
        elif a._is_special or a._int:
            return _invalid(st)
    bneg = b._sign
    if not a._is_special and not a._int:
        if bneg:
            return _new(sign, 0, 'F', True)
        return _new(sign, 0, 0)
    if a._exp == 'F':
        if bneg:
            return _new(sign, 0, 0)
        return _new(sign, 0, 'F', True)
    prec = ctx._prec
    one = _new(0, 1, 0)
    if b._exp == 'F':
        c = _cmp_abs(a, one)
        if c == 0:
            st[0] |= _INEXACT | _ROUNDED
            return _new(0, _pow10(prec - 1), 1 - prec)
        if (c < 0) != bool(bneg):
            return _new(0, 0, 0)
        return _new(0, 0, 'F', True)
    if b_int:
        return _pow_int(a, _int_value(b), sign, ctx, st)
    # non-integral exponent, a > 0
    if a._int == _pow10(-a._exp) if a._exp <= 0 else False:
        st[0] |= _INEXACT | _ROUNDED
        return _new(0, _pow10(prec - 1), 1 - prec)
    return _pow_real(a, b, 0, ctx, st)


def _pow_real(a, b, sign, ctx, st):
    """a**b = exp(b * ln(a)) for finite a > 0 (never exact here)."""
    prec = ctx._prec
    c = a._int
    e = a._exp
    # estimate log10 of the result for overflow/underflow
    lg = (_math.log10(c) if _digits(c) < 300 else _digits(c)) + e
    bv = b._int
    be = b._exp
    bd = _digits(bv)
    if bd + be > 25:
        by = float('inf')
    else:
        by = float(bv) * 10.0 ** be if bd < 300 else float('inf')
    if b._sign:
        by = -by
    est = lg * by if lg else 0.0
    lnx = lg * 2.302585092994046
    lead = bv // _pow10(bd - 17) if bd > 17 else bv
    if lnx and _math.floor(_adjusted(b) + _math.log10(lead) - len(str(lead)) + 1 +
                           _math.log10(abs(lnx))) <= -(max(prec, _digits(c)) + 24):
        # b * ln(a) is so small that CPython's exp() takes the result as 1
        st[0] |= _INEXACT | _ROUNDED
        return _new(sign, _pow10(prec - 1), 1 - prec)
    etiny = ctx._emin - prec + 1
    if est > ctx._emax + 5:
        return _fix(sign, 1, ctx._emax + 2, ctx, st)
    if est < etiny - 5:
        return _fix(sign, 1, etiny - 2, ctx, st)

    def comp(W):
        # y = b * ln(a) with enough absolute precision
        Wl = W + 6 + max(0, _digits(abs(int(est))) if est == est else 0)
        Wa = Wl + max(0, bd + be) + 2
        L = _ln_fixed(c, e, Wa)          # ln(a) * 10**Wa
        y = L * bv                        # * 10**(Wa - be)
        sh = Wa - be - Wl
        if sh >= 0:
            y = y // _pow10(sh)
        else:
            y = y * _pow10(-sh)
        if b._sign:
            y = -y
        L10 = _ln10(Wl + 25)
        Y = y * _pow10(25)
        k = Y // L10
        r = Y - k * L10
        r //= _pow10(25)
        ex = _exp_fixed(r, Wl)
        return ex // 100, k - Wl + 2
    return _ziv(comp, sign, ctx, st, None, ctx._rounding)


def _pow_int(a, n, sign, ctx, st):
    """a ** n for an integer n and finite non-zero a (sign: of the result)."""
    prec = ctx._prec
    c = a._int
    e = a._exp
    z = 0
    while c % 10 == 0:
        c //= 10
        z += 1
    an = abs(n)
    dc = _digits(c)
    etiny = ctx._emin - prec + 1
    # CPython's libmpdec first bounds the result from the adjusted exponents;
    # when that shows it to be far below Etiny, a tiny value is rounded in
    # the context.
    adjx = a._exp + _digits(a._int) - 1
    if n < 0 and adjx >= 1:
        lb = adjx
    elif n > 0 and adjx <= -2:
        lb = -(adjx + 1)
    else:
        lb = 0
    if lb and _digits(an) + _digits(lb) >= _digits(abs(etiny)) + 3:
        return _fix(sign, 1, etiny - 1, ctx, st)
    lg = _math.log10(c) if dc < 300 else float(dc)
    if (lg + e + z) * n < etiny - 1:
        # far below Etiny: the value depends on libmpdec's working context
        # (square-and-multiply with a few more digits and the same Emin),
        # where it may vanish whatever the rounding
        return _pow_int_work(a, n, sign, ctx, st)
    if c == 1 or dc * an <= 4 * prec + 100:
        # the exact power is small enough to compute
        if n >= 0:
            cn = c ** an if c != 1 else 1
            dn = _digits(cn)
            zn = z * an
            if dn + zn > prec + 1 and zn > 0:
                # only zeros beyond the precision: pad as far as needed
                pad = max(0, prec + 1 - dn)
                return _fix(sign, cn * _pow10(pad), (e + z) * an - pad, ctx, st)
            return _fix(sign, cn * _pow10(zn), e * an, ctx, st)
        den = _new(0, c ** an if c != 1 else 1, (e + z) * an)
        return _div(_new(sign, 1, 0), den, ctx, st)
    # too many digits: correctly rounded through logs
    b = _new(1 if n < 0 else 0, an, 0)
    return _pow_real(_new(0, a._int, a._exp), b, sign, ctx, st)


def _pow_int_work(a, n, sign, ctx, st):
    an = abs(n)
    work = ctx.copy()
    work._prec = ctx._prec + _digits(an) + (2 if n > 0 else 3)
    work._rounding = ROUND_HALF_EVEN
    work._emax = MAX_EMAX
    work._clamp = 0
    ws = [0]
    base = _new(0, a._int, a._exp)
    if n < 0:
        base = _div(_new(0, 1, 0), base, work, ws)
    r = base
    for bit in bin(an)[3:]:
        r = _mul(r, r, work, ws)
        if bit == '1':
            r = _mul(r, base, work, ws)
    if not r._int:
        return _flush_zero(sign, ctx, st)
    s2 = [0]
    res = _fix(sign, r._int, r._exp, ctx, s2)
    if ws[0] & _INEXACT:
        s2[0] |= _INEXACT | _ROUNDED
        if s2[0] & _SUBNORMAL:
            s2[0] |= _UNDERFLOW
    st[0] |= s2[0]
    return res


def _flush_zero(sign, ctx, st):
    st[0] |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED | _CLAMPED
    return _new(sign, 0, ctx._emin - ctx._prec + 1)


def _logb(a, ctx, st):
    if a._is_special:
        if a._exp in 'nN':
            return _nan_result(a, a, ctx, st)
        return _new(0, 0, 'F', True)
    if not a._int:
        st[0] |= _DIVZERO
        return _new(1, 0, 'F', True)
    adj = _adjusted(a)
    return _fix(1 if adj < 0 else 0, abs(adj), 0, ctx, st)


# ---------------------------------------------------------------- context

# The current context lives in a ContextVar, as in CPython; the last
# (values mapping of the contextvars context, decimal Context) pair is cached
# so that the lookup done by every operation stays cheap.
_context_var = _contextvars.ContextVar('decimal_context')
_cache = [None, None]


def getcontext():
    """The current context (a copy of DefaultContext on first use)."""
    try:
        data = _contextvars._current._data
    except AttributeError:
        data = None
    if data is not None and data is _cache[0]:
        return _cache[1]
    c = _context_var.get(None)
    if c is None:
        c = DefaultContext.copy()
        c.clear_flags()
        _context_var.set(c)
    try:
        _cache[0] = _contextvars._current._data
        _cache[1] = c
    except AttributeError:
        pass
    return c


def setcontext(context):
    """Make context the current context (a copy for the template contexts)."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _context_var.set(context)
    _cache[0] = None
    _cache[1] = None


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


_ContextManager.__name__ = _ContextManager.__qualname__ = 'ContextManager'

_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """A context manager that installs a copy of ctx (default: the current
    context) with the attributes in kwargs changed."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    new = ctx.copy()
    for k, v in kwargs.items():
        if k not in _LOCAL_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function"
                            % k)
        if k in ('flags', 'traps'):
            object.__setattr__(new, '_' + k, _bits_from(v))
        else:
            setattr(new, k, v)
    return _ContextManager(new)


class _SignalDict(_MutableMapping):
    """The flags or traps of a Context, keyed by the signal classes."""

    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, key):
        m = _SIGMASK.get(key) if isinstance(key, type) else None
        if m is None:
            raise KeyError(_INVALID_SIGNAL)
        return bool(self._bits() & m)

    def __setitem__(self, key, value):
        m = _SIGMASK.get(key) if isinstance(key, type) else None
        if m is None:
            raise KeyError(_INVALID_SIGNAL)
        b = self._bits()
        b = (b | m) if value else (b & ~m)
        setattr(self._ctx, self._attr, b)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def __iter__(self):
        return iter([s for s, m in _SIGNALS])

    def __len__(self):
        return len(_SIGNALS)

    def copy(self):
        return {s: bool(self._bits() & m) for s, m in _SIGNALS}

    def __repr__(self):
        b = self._bits()
        return '{' + ', '.join("<class 'decimal.%s'>:%s" % (s.__name__, bool(b & m))
                               for s, m in _SIGNALS) + '}'

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self._bits() == other._bits()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None


# CPython's signal dicts are of the type abc.SignalDict
_SignalDict.__name__ = _SignalDict.__qualname__ = 'SignalDict'
_SignalDict.__module__ = 'abc'


def _bits_from(value):
    """Status bits from a list of signals or a complete signal dict."""
    if isinstance(value, _SignalDict):
        return value._bits()
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS):
            raise KeyError('invalid signal dict')
        b = 0
        for s, m in _SIGNALS:
            if s not in value:
                raise KeyError('invalid signal dict')
            if value[s]:
                b |= m
        return b
    if isinstance(value, (list, tuple)):
        b = 0
        for s in value:
            m = _SIGMASK.get(s) if isinstance(s, type) else None
            if m is None:
                raise KeyError(_INVALID_SIGNAL)
            b |= m
        return b
    raise TypeError('argument must be a signal dict')


def _check_int(v):
    if not isinstance(v, int):
        raise TypeError('an integer is required')
    if not -2**63 <= v < 2**63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return v


_BIT_NAMES = ((_CLAMPED, 'Clamped'), (_CONV, 'InvalidOperation'),
              (_DIVZERO, 'DivisionByZero'), (_DIVIMP, 'InvalidOperation'),
              (_DIVUNDEF, 'InvalidOperation'), (_INEXACT, 'Inexact'),
              (_INVCTX, 'InvalidOperation'), (_INVOP, 'InvalidOperation'),
              (_FLOATOP, 'FloatOperation'), (_OVERFLOW, 'Overflow'),
              (_ROUNDED, 'Rounded'), (_SUBNORMAL, 'Subnormal'),
              (_UNDERFLOW, 'Underflow'))


def _bits_names(bits):
    """The signal names of bits in the order CPython's Context repr uses."""
    out = []
    for b, name in _BIT_NAMES:
        if bits & b and name not in out:
            out.append(name)
    return ', '.join(out)


_INVALID_SIGNAL = ('valid values for signals are:\n'
                   '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                   '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                   '   Clamped]')


class Context(object):
    """Precision, rounding, exponent limits, flags and traps of decimal
    arithmetic."""
    __glass_tpname__ = 'decimal.Context'   # CPython's C type name, for messages

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_ready' in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._emin = -999999
        self._emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _IEEE_INVALID | _DIVZERO | _OVERFLOW
        if dc is not None:
            self._prec = dc._prec
            self._rounding = dc._rounding
            self._emin = dc._emin
            self._emax = dc._emax
            self._capitals = dc._capitals
            self._clamp = dc._clamp
            self._traps = dc._traps
        self._flagdict = _SignalDict(self, '_flags')
        self._trapdict = _SignalDict(self, '_traps')
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            self._flags = _bits_from(flags)
        if traps is not None:
            self._traps = _bits_from(traps)

    # --- attributes
    @property
    def prec(self):
        return self._prec

    @prec.setter
    def prec(self, v):
        _check_int(v)
        if not 1 <= v <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        self._prec = v

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, v):
        if not isinstance(v, str) or v not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        for r in _ROUNDINGS:
            if r == v:
                v = r
        self._rounding = v

    @property
    def Emin(self):
        return self._emin

    @Emin.setter
    def Emin(self, v):
        _check_int(v)
        if not MIN_EMIN <= v <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        self._emin = v

    @property
    def Emax(self):
        return self._emax

    @Emax.setter
    def Emax(self, v):
        _check_int(v)
        if not 0 <= v <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        self._emax = v

    @property
    def capitals(self):
        return self._capitals

    @capitals.setter
    def capitals(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        self._capitals = int(v)

    @property
    def clamp(self):
        return self._clamp

    @clamp.setter
    def clamp(self, v):
        _check_int(v)
        if v not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        self._clamp = int(v)

    @property
    def flags(self):
        return self._flagdict

    @flags.setter
    def flags(self, v):
        if not isinstance(v, dict):
            raise TypeError('argument must be a signal dict')
        self._flags = _bits_from(v)

    @property
    def traps(self):
        return self._trapdict

    @traps.setter
    def traps(self, v):
        if not isinstance(v, dict):
            raise TypeError('argument must be a signal dict')
        self._traps = _bits_from(v)

    def __setattr__(self, name, value):
        if name[0] != '_' and name not in _LOCAL_KEYS:
            raise AttributeError("'decimal.Context' object has no attribute '%s'"
                                 % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')

    # --- status
    def _add_status(self, bits):
        self._flags |= bits
        t = bits & self._traps
        if t:
            raise _status_exception(t)

    def _apply(self, st):
        if st[0]:
            self._add_status(st[0])

    def clear_flags(self):
        """Reset all flags to False."""
        self._flags = 0

    def clear_traps(self):
        """Set all traps to False."""
        self._traps = 0

    def copy(self):
        """A copy of the context."""
        c = Context.__new__(Context)
        for k in ('_prec', '_rounding', '_emin', '_emax', '_capitals',
                  '_clamp', '_flags', '_traps'):
            object.__setattr__(c, k, getattr(self, k))
        object.__setattr__(c, '_flagdict', _SignalDict(c, '_flags'))
        object.__setattr__(c, '_trapdict', _SignalDict(c, '_traps'))
        return c

    __copy__ = copy

    def __reduce__(self):
        flags = [s for s, m in _SIGNALS if self._flags & m]
        traps = [s for s, m in _SIGNALS if self._traps & m]
        return (self.__class__,
                (self._prec, self._rounding, self._emin, self._emax,
                 self._capitals, self._clamp, flags, traps))

    def __repr__(self):
        flags = _bits_names(self._flags)
        traps = _bits_names(self._traps)
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, '
                'clamp=%d, flags=[%s], traps=[%s])'
                % (self._prec, self._rounding, self._emin, self._emax,
                   self._capitals, self._clamp, flags, traps))

    def Etiny(self):
        """Emin - prec + 1, the smallest exponent of a subnormal."""
        return self._emin - self._prec + 1

    def Etop(self):
        """Emax - prec + 1, the largest exponent when clamping."""
        return self._emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    # --- conversions
    def create_decimal(self, num='0'):
        """A Decimal from num, rounded to this context (signals raised here)."""
        if isinstance(num, str):
            st = [0]
            p = None if (num != num.strip() or '_' in num) else _parse(num)
            if p is None:
                self._add_status(_CONV)
                return _nan()
            sign, coef, exp = p
            if isinstance(exp, str):
                if exp == 'F':
                    return _new(sign, 0, 'F', True)
                if coef and _digits(coef) > self._prec - self._clamp:
                    self._add_status(_CONV)
                    return _nan()
                return _new(sign, coef, exp, True)
            r = _fix(sign, coef, exp, self, st)
            self._apply(st)
            return r
        if isinstance(num, float):
            self._add_status(_FLOATOP)
            return self._from_float_nosig(num)
        d = Decimal(num, self)
        if d._is_special:
            if d._exp in 'nN':
                if d._int and _digits(d._int) > self._prec - self._clamp:
                    self._add_status(_CONV)
                    return _nan()
            return d
        st = [0]
        r = _fix(d._sign, d._int, d._exp, self, st)
        self._apply(st)
        return r

    def _from_float_nosig(self, f):
        sign, coef, exp = _from_float(f)
        if isinstance(exp, str):
            return _new(sign, coef, exp, True)
        st = [0]
        r = _fix(sign, coef, exp, self, st)
        self._apply(st)
        return r

    def create_decimal_from_float(self, f):
        """A Decimal from the float (or int) f, rounded to this context."""
        if isinstance(f, int):
            return self.create_decimal(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        return self._from_float_nosig(f)

    # --- operations (the Decimal methods with this context)
    def _op2(self, fn, a, b):
        a = _convert(a)
        b = _convert(b)
        st = [0]
        r = fn(a, b, self, st)
        self._apply(st)
        return r

    def _op1(self, fn, a):
        a = _convert(a)
        st = [0]
        r = fn(a, self, st)
        self._apply(st)
        return r

    def abs(self, a):
        return _convert(a).__abs__(context=self)

    def add(self, a, b):
        return self._op2(_add, a, b)

    def subtract(self, a, b):
        return self._op2(lambda x, y, c, s: _add(x, y, c, s, True), a, b)

    def multiply(self, a, b):
        return self._op2(_mul, a, b)

    def divide(self, a, b):
        return self._op2(_div, a, b)

    def divide_int(self, a, b):
        return self._op2(_floordiv, a, b)

    def remainder(self, a, b):
        return self._op2(_mod, a, b)

    def remainder_near(self, a, b):
        return self._op2(_remainder_near, a, b)

    def divmod(self, a, b):
        return self._op2(_divmod, a, b)

    def power(self, a, b, modulo=None):
        return _convert(a).__pow__(_convert(b), modulo, context=self)

    def plus(self, a):
        return _convert(a).__pos__(context=self)

    def minus(self, a):
        return _convert(a).__neg__(context=self)

    def sqrt(self, a):
        return self._op1(_sqrt, a)

    def exp(self, a):
        return self._op1(_exp, a)

    def ln(self, a):
        return self._op1(_ln, a)

    def log10(self, a):
        return self._op1(_log10, a)

    def logb(self, a):
        return self._op1(_logb, a)

    def fma(self, a, b, c):
        return _convert(a).fma(b, c, context=self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_decimal(self, a):
        return Decimal(_convert(a))

    def to_sci_string(self, a):
        return _convert(a).__str__(context=self)

    def to_eng_string(self, a):
        return _convert(a).to_eng_string(context=self)

    def number_class(self, a):
        return _convert(a).number_class(context=self)

    def is_normal(self, a):
        return _convert(a).is_normal(context=self)

    def is_subnormal(self, a):
        return _convert(a).is_subnormal(context=self)

    def _meth(name, ctxarg=True, nargs=1):
        def f(self, *args):
            if len(args) != nargs:
                raise TypeError('%s() takes exactly %d argument%s (%d given)'
                                % (name, nargs, 's' if nargs > 1 else '', len(args)))
            a = _convert(args[0])
            rest = [_convert(x) for x in args[1:]]
            if ctxarg:
                return getattr(a, name)(*rest, context=self)
            return getattr(a, name)(*rest)
        f.__name__ = name
        return f

    compare = _meth('compare', True, 2)
    compare_signal = _meth('compare_signal', True, 2)
    compare_total = _meth('compare_total', False, 2)
    compare_total_mag = _meth('compare_total_mag', False, 2)
    copy_abs = _meth('copy_abs', False)
    copy_negate = _meth('copy_negate', False)
    copy_sign = _meth('copy_sign', False, 2)
    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    is_finite = _meth('is_finite', False)
    is_infinite = _meth('is_infinite', False)
    is_nan = _meth('is_nan', False)
    is_qnan = _meth('is_qnan', False)
    is_signed = _meth('is_signed', False)
    is_snan = _meth('is_snan', False)
    is_zero = _meth('is_zero', False)
    logical_and = _meth('logical_and', True, 2)
    logical_invert = _meth('logical_invert', True)
    logical_or = _meth('logical_or', True, 2)
    logical_xor = _meth('logical_xor', True, 2)
    max = _meth('max', True, 2)
    max_mag = _meth('max_mag', True, 2)
    min = _meth('min', True, 2)
    min_mag = _meth('min_mag', True, 2)
    next_minus = _meth('next_minus', True)
    next_plus = _meth('next_plus', True)
    next_toward = _meth('next_toward', True, 2)
    normalize = _meth('normalize', True)
    quantize = _meth('quantize', True, 2)
    rotate = _meth('rotate', True, 2)
    same_quantum = _meth('same_quantum', True, 2)
    scaleb = _meth('scaleb', True, 2)
    shift = _meth('shift', True, 2)
    to_integral_exact = _meth('to_integral_exact', True)
    to_integral_value = _meth('to_integral_value', True)
    to_integral = to_integral_value
    del _meth


def _arity_wrap(name, n, f):
    def method(self, *args):
        if len(args) != n:
            if n == 1:
                msg = ('Context.%s() takes exactly one argument (%d given)'
                       % (name, len(args)))
            else:
                msg = ('function takes exactly %d arguments (%d given)'
                       % (n, len(args)))
            raise TypeError(msg)
        return f(self, *args)
    method.__name__ = name
    method.__qualname__ = 'Context.' + name
    method.__doc__ = f.__doc__
    return method


for _name in ('abs canonical copy_abs copy_decimal copy_negate exp is_canonical '
              'is_finite is_infinite is_nan is_normal is_qnan is_signed is_snan '
              'is_subnormal is_zero ln log10 logb logical_invert minus next_minus '
              'next_plus normalize number_class plus sqrt to_eng_string to_integral '
              'to_integral_exact to_integral_value to_sci_string').split():
    setattr(Context, _name, _arity_wrap(_name, 1, getattr(Context, _name)))
for _name in ('add compare compare_signal compare_total compare_total_mag copy_sign '
              'divide divide_int divmod logical_and logical_or logical_xor max '
              'max_mag min min_mag multiply next_toward quantize remainder '
              'remainder_near rotate same_quantum scaleb shift subtract').split():
    setattr(Context, _name, _arity_wrap(_name, 2, getattr(Context, _name)))
Context.fma = _arity_wrap('fma', 3, Context.fma)
del _name


# ---------------------------------------------------------------- Decimal

def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


_NO_ARG = object()


class Decimal(object):
    """Decimal floating point number: Decimal(value='0', context=None)."""
    __glass_tpname__ = 'decimal.Decimal'   # CPython's C type name, for messages

    __slots__ = ('_sign', '_int', '_exp', '_is_special')

    def __new__(cls, value='0', context=None):
        if type(value) is Decimal and cls is Decimal:
            return value
        self = object.__new__(cls)
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                _ctx(context)._add_status(_CONV)
                p = (0, 0, 'n')
        elif isinstance(value, int):
            p = (1 if value < 0 else 0, abs(value), 0)
        elif isinstance(value, Decimal):
            p = (value._sign, value._int, value._exp)
        elif isinstance(value, float):
            _ctx(context)._add_status(_FLOATOP)
            p = _from_float(value)
        elif isinstance(value, (tuple, list)):
            p = _from_tuple(value)
        else:
            raise TypeError('conversion from %s to Decimal is not supported'
                            % type(value).__name__)
        if not isinstance(p[2], str) and not isinstance(value, int):
            e = p[2]
            if e < MIN_ETINY or (e + _digits(p[1]) - 1 > MAX_EMAX if p[1] else e > MAX_EMAX):
                _ctx(context)._add_status(_INVOP)
                p = (0, 0, 'n')
        self._sign, self._int, self._exp = p
        self._is_special = isinstance(p[2], str)
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('argument must be int or float')
        sign, coef, exp = _from_float(f)
        d = _new(sign, coef, exp, isinstance(exp, str))
        return d if cls is Decimal else cls(d)

    # --- representations
    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        exp = self._exp
        if self._is_special:
            if exp == 'F':
                return sign + 'Infinity'
            s = sign + ('NaN' if exp == 'n' else 'sNaN')
            return s + str(self._int) if self._int else s
        digits = str(self._int)
        left = exp + len(digits)
        if exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int:
            dot = (left - 1) % 3 + 1
        else:
            dot = (left + 1) % 3 - 1
        if dot <= 0:
            s = '0.' + '0' * (-dot) + digits
        elif dot >= len(digits):
            s = digits + '0' * (dot - len(digits))
        else:
            s = digits[:dot] + '.' + digits[dot:]
        if left != dot:
            if context is None:
                context = getcontext()
            s += ('E' if context._capitals else 'e') + '%+d' % (left - dot)
        return sign + s

    def to_eng_string(self, context=None):
        """The engineering notation string (exponent a multiple of 3)."""
        return self.__str__(eng=True, context=_ctx(context))

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._exp == 'F':
            digits = (0,)
        elif self._is_special and not self._int:
            digits = ()
        else:
            digits = tuple(map(int, str(self._int)))
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """(n, d), d > 0, with n/d the exact value."""
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        c = self._int
        e = self._exp
        if e >= 0:
            n, d = c * _pow10(e), 1
        else:
            d = _pow10(-e)
            g = _math.gcd(c, d)
            n, d = c // g, d // g
        return (-n if self._sign else n), d

    def __float__(self):
        if self._is_special:
            if self._exp == 'N':
                raise ValueError('cannot convert signaling NaN to float')
            if self._exp == 'n':
                return -_math.nan if self._sign else _math.nan
        s = self.__str__()
        return float(s)

    def __int__(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        c = self._int
        e = self._exp
        v = c * _pow10(e) if e >= 0 else c // _pow10(-e)
        return -v if self._sign else v

    __trunc__ = __int__

    def _check_int_conv(self):
        if self._is_special:
            if self._exp == 'F':
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')

    def __floor__(self):
        self._check_int_conv()
        n, d = self.as_integer_ratio()
        return n // d

    def __ceil__(self):
        self._check_int_conv()
        n, d = self.as_integer_ratio()
        return -((-n) // d)

    def __round__(self, n=_NO_ARG):
        if n is not _NO_ARG:
            if not isinstance(n, int):
                raise TypeError('optional arg must be an integer')
            return self.quantize(_new(0, 1, -n))
        self._check_int_conv()
        r = _to_integral(self, ROUND_HALF_EVEN, None, [0], False)
        return int(r)

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._is_special or self._int != 0

    def __hash__(self):
        if self._is_special:
            if self._exp == 'N':
                raise TypeError('Cannot hash a signaling NaN value')
            if self._exp == 'n':
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        M = _sys.hash_info.modulus
        e = self._exp
        if e >= 0:
            h = self._int % M * pow(10, e, M) % M
        else:
            inv = pow(pow(10, -e, M), M - 2, M)
            h = self._int % M * inv % M
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # --- comparisons
    def _cmp_other(self, other, op):
        """Convert other for a comparison -> Decimal, or NotImplemented.
        (a, b) may be scaled for Fractions: returns (x, y)."""
        if isinstance(other, Decimal):
            return self, other
        if isinstance(other, int):
            return self, _new(1 if other < 0 else 0, abs(other), 0)
        if isinstance(other, float):
            ctx = _ctx(None)
            if op in ('eq', 'ne'):
                ctx._flags |= _FLOATOP
            else:
                ctx._add_status(_FLOATOP)
            sign, coef, exp = _from_float(other)
            return self, _new(sign, coef, exp, isinstance(exp, str))
        if isinstance(other, complex) and op in ('eq', 'ne'):
            if other.imag != 0:
                return None
            return self._cmp_other(other.real, op)
        if isinstance(other, _numbers.Rational):
            n = other.numerator
            d = other.denominator
            x = self
            if not self._is_special:
                x = _new(self._sign, self._int * d, self._exp)
            return x, _new(1 if n < 0 else 0, abs(n), 0)
        return NotImplemented

    def _compare(self, other, op):
        p = self._cmp_other(other, op)
        if p is NotImplemented:
            if op not in ('eq', 'ne'):
                meth = getattr(type(other), _CMP_REFLECTED[op], None)
                if meth is not None:
                    r = meth(other, self)
                    if r is not NotImplemented:
                        return r
                raise TypeError("'%s' not supported between instances of "
                                "'decimal.Decimal' and '%s'"
                                % (_CMP_SYMBOL[op], type(other).__name__))
            return NotImplemented
        if p is None:
            return op == 'ne'
        a, b = p
        if (a._is_special and a._exp in 'nN') or (b._is_special and b._exp in 'nN'):
            if op not in ('eq', 'ne') or (a._exp == 'N' or b._exp == 'N'):
                _ctx(None)._add_status(_INVOP)
            return op == 'ne'
        c = _cmp(a, b)
        if op == 'eq':
            return c == 0
        if op == 'ne':
            return c != 0
        if op == 'lt':
            return c < 0
        if op == 'le':
            return c <= 0
        if op == 'gt':
            return c > 0
        return c >= 0

    def __eq__(self, other):
        return self._compare(other, 'eq')

    def __ne__(self, other):
        return self._compare(other, 'ne')

    def __lt__(self, other):
        return self._compare(other, 'lt')

    def __le__(self, other):
        return self._compare(other, 'le')

    def __gt__(self, other):
        return self._compare(other, 'gt')

    def __ge__(self, other):
        return self._compare(other, 'ge')

    def compare(self, other, context=None):
        """Decimal(-1), Decimal(0), Decimal(1) or NaN."""
        ctx = _ctx(context)
        other = _convert(other)
        st = [0]
        r = _nan_result(self, other, ctx, st)
        if r is None:
            c = _cmp(self, other)
            r = _new(1 if c < 0 else 0, abs(c), 0)
        ctx._apply(st)
        return r

    def compare_signal(self, other, context=None):
        """Like compare, but any NaN signals InvalidOperation."""
        ctx = _ctx(context)
        other = _convert(other)
        if self._exp in ('n', 'N') or other._exp in ('n', 'N'):
            st = [_INVOP]
            r = _nan_result(self, other, ctx, st)
            ctx._apply(st)
            return r
        return self.compare(other, ctx)

    def compare_total(self, other, context=None):
        """Total ordering of the representations (no signals)."""
        other = _convert(other)
        c = _total_cmp(self, other)
        return _new(1 if c < 0 else 0, abs(c), 0)

    def compare_total_mag(self, other, context=None):
        other = _convert(other)
        c = _total_cmp(self.copy_abs(), other.copy_abs())
        return _new(1 if c < 0 else 0, abs(c), 0)

    # --- arithmetic operators
    def _binop(self, fn, other, swap=False):
        o = _convert(other, False)
        if o is NotImplemented:
            return _unsupported(self, other, fn, swap)
        other = o
        ctx = getcontext()
        st = [0]
        r = fn(other, self, ctx, st) if swap else fn(self, other, ctx, st)
        if st[0]:
            ctx._add_status(st[0])
        return r

    def __add__(self, other):
        return self._binop(_add, other)

    def __radd__(self, other):
        return self._binop(_add, other, True)

    def __sub__(self, other):
        return self._binop(_sub, other)

    def __rsub__(self, other):
        return self._binop(_sub, other, True)

    def __mul__(self, other):
        return self._binop(_mul, other)

    def __rmul__(self, other):
        return self._binop(_mul, other, True)

    def __truediv__(self, other):
        return self._binop(_div, other)

    def __rtruediv__(self, other):
        return self._binop(_div, other, True)

    def __floordiv__(self, other):
        return self._binop(_floordiv, other)

    def __rfloordiv__(self, other):
        return self._binop(_floordiv, other, True)

    def __mod__(self, other):
        return self._binop(_mod, other)

    def __rmod__(self, other):
        return self._binop(_mod, other, True)

    def __divmod__(self, other):
        return self._binop(_divmod, other)

    def __rdivmod__(self, other):
        return self._binop(_divmod, other, True)

    def __pow__(self, other, modulo=None, context=None):
        o = _convert(other, False)
        if o is NotImplemented:
            if modulo is None:
                return _unsupported(self, other, _power, False)
            return o
        other = o
        ctx = _ctx(context)
        st = [0]
        if modulo is None:
            r = _power(self, other, ctx, st)
        else:
            modulo = _convert(modulo, False)
            if modulo is NotImplemented:
                return modulo
            r = _powmod(self, other, modulo, ctx, st)
        ctx._apply(st)
        return r

    def __rpow__(self, other, modulo=None):
        o = _convert(other, False)
        if o is NotImplemented:
            if modulo is None:
                return _unsupported(self, other, _power, True)
            return o
        other = o
        return other.__pow__(self, modulo)

    def __neg__(self, context=None):
        ctx = _ctx(context)
        st = [0]
        if self._is_special:
            r = _nan_result(self, self, ctx, st)
            if r is None:
                r = _new(self._sign ^ 1, 0, 'F', True)
        elif not self._int and ctx._rounding != ROUND_FLOOR:
            r = _fix(0, 0, self._exp, ctx, st)
        else:
            r = _fix(self._sign ^ 1, self._int, self._exp, ctx, st)
        ctx._apply(st)
        return r

    def __pos__(self, context=None):
        ctx = _ctx(context)
        st = [0]
        if self._is_special:
            r = _nan_result(self, self, ctx, st)
            if r is None:
                r = self if type(self) is Decimal else _new(self._sign, 0, 'F', True)
        elif not self._int and ctx._rounding != ROUND_FLOOR:
            r = _fix(0, 0, self._exp, ctx, st)
        else:
            r = _fix(self._sign, self._int, self._exp, ctx, st)
        ctx._apply(st)
        return r

    def __abs__(self, context=None):
        ctx = _ctx(context)
        st = [0]
        if self._is_special:
            r = _nan_result(self, self, ctx, st)
            if r is None:
                r = _new(0, 0, 'F', True)
        else:
            r = _fix(0, self._int, self._exp, ctx, st)
        ctx._apply(st)
        return r

    # --- methods with a context
    def _run1(self, fn, context):
        ctx = _ctx(context)
        st = [0]
        r = fn(self, ctx, st)
        ctx._apply(st)
        return r

    def _run2(self, fn, other, context):
        ctx = _ctx(context)
        other = _convert(other)
        st = [0]
        r = fn(self, other, ctx, st)
        ctx._apply(st)
        return r

    def sqrt(self, context=None):
        """Square root, correctly rounded (half even)."""
        return self._run1(_sqrt, context)

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        return self._run1(_exp, context)

    def ln(self, context=None):
        """Natural logarithm, correctly rounded."""
        return self._run1(_ln, context)

    def log10(self, context=None):
        """Base 10 logarithm, correctly rounded."""
        return self._run1(_log10, context)

    def logb(self, context=None):
        """The adjusted exponent as a Decimal."""
        return self._run1(_logb, context)

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._is_special:
            return 0
        return self._exp + _digits(self._int) - 1

    def canonical(self):
        return self

    def is_canonical(self):
        return True

    def is_finite(self):
        return not self._is_special

    def is_infinite(self):
        return self._exp == 'F'

    def is_nan(self):
        return self._exp == 'n' or self._exp == 'N'

    def is_qnan(self):
        return self._exp == 'n'

    def is_snan(self):
        return self._exp == 'N'

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return not self._is_special and not self._int

    def is_normal(self, context=None):
        ctx = _ctx(context)
        if self._is_special or not self._int:
            return False
        return _adjusted(self) >= ctx._emin

    def is_subnormal(self, context=None):
        ctx = _ctx(context)
        if self._is_special or not self._int:
            return False
        return _adjusted(self) < ctx._emin

    def number_class(self, context=None):
        ctx = _ctx(context)
        if self._exp == 'N':
            return 'sNaN'
        if self._exp == 'n':
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._exp == 'F':
            return s + 'Infinity'
        if not self._int:
            return s + 'Zero'
        if _adjusted(self) < ctx._emin:
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return Decimal(10)

    def copy_abs(self):
        return _new(0, self._int, self._exp, self._is_special)

    def copy_negate(self):
        return _new(self._sign ^ 1, self._int, self._exp, self._is_special)

    def copy_sign(self, other, context=None):
        other = _convert(other)
        return _new(other._sign, self._int, self._exp, self._is_special)

    def same_quantum(self, other, context=None):
        other = _convert(other)
        if self._is_special or other._is_special:
            if self.is_nan() and other.is_nan():
                return True
            return self._exp == 'F' and other._exp == 'F'
        return self._exp == other._exp

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        ctx = _ctx(context)
        other = _convert(other)
        third = _convert(third)
        st = [0]
        a, b = self, other
        r = None
        for x in (a, b, third):
            if x._exp == 'N':
                st[0] |= _INVOP
                r = _fix_nan(x, ctx)
                break
        if r is None:
            if a._exp == 'n':
                r = _fix_nan(a, ctx)
            elif b._exp == 'n':
                r = _fix_nan(b, ctx)
        if r is None:
            sign = a._sign ^ b._sign
            if a._is_special or b._is_special:
                if (a._exp == 'F' and not b._is_special and not b._int) or \
                   (b._exp == 'F' and not a._is_special and not a._int):
                    r = _invalid(st)
                else:
                    prod = _new(sign, 0, 'F', True)
            else:
                prod = _new(sign, a._int * b._int, a._exp + b._exp)
            if r is None:
                r = _add(prod, third, ctx, st)
        ctx._apply(st)
        return r

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        ctx = _ctx(context)
        exp = _convert(exp)
        if rounding is not None and rounding not in _ROUNDINGS:
            raise TypeError('valid values for rounding are:\n'
                            '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                            '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                            '   ROUND_05UP]')
        st = [0]
        r = _quantize(self, exp, rounding, ctx, st)
        ctx._apply(st)
        return r

    def normalize(self, context=None):
        """Reduce to the simplest form (strip trailing zeros)."""
        return self._run1(_normalize, context)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx(context)
        st = [0]
        r = _to_integral(self, rounding, ctx, st, False)
        ctx._apply(st)
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx(context)
        st = [0]
        r = _to_integral(self, rounding, ctx, st, True)
        ctx._apply(st)
        return r

    def max(self, other, context=None):
        return self._run2(lambda a, b, c, s: _minmax(a, b, c, s, True, False), other, context)

    def min(self, other, context=None):
        return self._run2(lambda a, b, c, s: _minmax(a, b, c, s, False, False), other, context)

    def max_mag(self, other, context=None):
        return self._run2(lambda a, b, c, s: _minmax(a, b, c, s, True, True), other, context)

    def min_mag(self, other, context=None):
        return self._run2(lambda a, b, c, s: _minmax(a, b, c, s, False, True), other, context)

    def next_plus(self, context=None):
        return self._run1(lambda a, c, s: _next(a, c, s, 1), context)

    def next_minus(self, context=None):
        return self._run1(lambda a, c, s: _next(a, c, s, -1), context)

    def next_toward(self, other, context=None):
        return self._run2(_next_toward, other, context)

    def remainder_near(self, other, context=None):
        return self._run2(_remainder_near, other, context)

    def scaleb(self, other, context=None):
        return self._run2(_scaleb, other, context)

    def shift(self, other, context=None):
        return self._run2(lambda a, b, c, s: _shift_rotate(a, b, c, s, False), other, context)

    def rotate(self, other, context=None):
        return self._run2(lambda a, b, c, s: _shift_rotate(a, b, c, s, True), other, context)

    def logical_and(self, other, context=None):
        return self._run2(lambda a, b, c, s: _logical(a, b, c, s, 'and'), other, context)

    def logical_or(self, other, context=None):
        return self._run2(lambda a, b, c, s: _logical(a, b, c, s, 'or'), other, context)

    def logical_xor(self, other, context=None):
        return self._run2(lambda a, b, c, s: _logical(a, b, c, s, 'xor'), other, context)

    def logical_invert(self, context=None):
        return self._run1(lambda a, c, s: _logical(a, None, c, s, 'inv'), context)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)


_BUILTIN_OTHERS = (float, str, complex, bytes, bytearray, list, tuple, dict,
                   set, frozenset, type(None))
_CMP_SYMBOL = {'lt': '<', 'le': '<=', 'gt': '>', 'ge': '>='}
_CMP_REFLECTED = {'lt': '__gt__', 'le': '__ge__', 'gt': '__lt__', 'ge': '__le__'}


_REFLECTED = {'+': '__radd__', '-': '__rsub__', '*': '__rmul__', '/': '__rtruediv__',
              '//': '__rfloordiv__', '%': '__rmod__', 'divmod()': '__rdivmod__',
              '** or pow()': '__rpow__'}


def _unsupported(self, other, fn, swap):
    """An operand Decimal cannot use: try other's reflected method (when
    self is the left operand), else raise CPython's TypeError, which names
    'decimal.Decimal'."""
    sym = _OP_SYMBOL[fn]
    if not swap:
        meth = getattr(type(other), _REFLECTED[sym], None)
        if meth is not None:
            r = meth(other, self)
            if r is not NotImplemented:
                return r
    names = ['decimal.Decimal', type(other).__name__]
    if swap:
        names.reverse()
    raise TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                    % (sym, names[0], names[1]))


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, True)


def _powmod(a, b, m, ctx, st):
    for x in (a, b, m):
        if x._exp == 'N':
            st[0] |= _INVOP
            return _fix_nan(x, ctx)
    for x in (a, b, m):
        if x._exp == 'n':
            return _fix_nan(x, ctx)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(st)
    bi = _int_value(b)
    mi = _int_value(m)
    if bi < 0 or mi == 0:
        return _invalid(st)
    if _digits(abs(mi)) > ctx._prec:
        return _invalid(st)
    if not a._int and bi == 0:
        return _invalid(st)
    ai = _int_value(a)
    r = pow(abs(ai), bi, abs(mi))
    sign = 1 if ai < 0 and bi & 1 else 0
    return _new(sign, r, 0)


def _total_cmp(a, b):
    if a._sign != b._sign:
        return -1 if a._sign else 1
    c = _total_cmp_pos(a, b)
    return -c if a._sign else c


def _total_cmp_pos(a, b):
    """Total order ignoring signs (both treated as positive)."""
    ra = _total_rank(a)
    rb = _total_rank(b)
    if ra != rb:
        return -1 if ra < rb else 1
    if ra == 0:
        c = _cmp_abs(a, b)
        if c:
            return c
        if a._exp != b._exp:
            return -1 if a._exp < b._exp else 1
        return 0
    if ra in (2, 3):
        return (a._int > b._int) - (a._int < b._int)
    return 0


def _total_rank(a):
    if not a._is_special:
        return 0
    return {'F': 1, 'N': 2, 'n': 3}[a._exp]


def _quantize(a, b, rounding, ctx, st):
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
        if a._exp == 'F' and b._exp == 'F':
            return _new(a._sign, 0, 'F', True)
        return _invalid(st)
    e = b._exp
    prec = ctx._prec
    if e > ctx._emax or e < ctx._emin - prec + 1:
        return _invalid(st)
    if not a._int:
        etop = ctx._emax - prec + 1
        if ctx._clamp and e > etop:
            st[0] |= _CLAMPED
            e = etop
        return _new(a._sign, 0, e)
    adj = _adjusted(a)
    if adj > ctx._emax:
        return _invalid(st)
    if adj - e + 1 > prec:
        return _invalid(st)
    if e >= a._exp:
        if e == a._exp:
            coef = a._int
            inexact = False
        else:
            if rounding is None:
                rounding = ctx._rounding
            k = e - a._exp
            if k > _digits(a._int) + 1:
                coef, inexact = _shift_round(1, 2, a._sign, rounding)
            else:
                coef, inexact = _shift_round(a._int, k, a._sign, rounding)
            if _digits(coef) > prec:
                return _invalid(st)
    else:
        coef = a._int * _pow10(a._exp - e)
        inexact = False
    s = 0
    if coef and _digits(coef) + e - 1 < ctx._emin:
        s |= _SUBNORMAL
    if e > a._exp:
        if inexact:
            s |= _INEXACT
        s |= _ROUNDED
    etop = ctx._emax - prec + 1
    if ctx._clamp and e > etop:
        s |= _CLAMPED
        coef *= _pow10(e - etop)
        e = etop
    st[0] |= s
    return _new(a._sign, coef, e)


def _normalize(a, ctx, st):
    if a._is_special:
        r = _nan_result(a, a, ctx, st)
        return r if r is not None else a
    r = _fix(a._sign, a._int, a._exp, ctx, st)
    if r._is_special:
        return r
    if not r._int:
        return _new(r._sign, 0, 0)
    c = r._int
    e = r._exp
    emax = ctx._emax - ctx._prec + 1 if ctx._clamp else ctx._emax
    while c % 10 == 0 and e < emax:
        c //= 10
        e += 1
    return _new(r._sign, c, e)


def _minmax(a, b, ctx, st, want_max, mag):
    if a._is_special or b._is_special:
        an = a._exp in ('n', 'N') if a._is_special else False
        bn = b._exp in ('n', 'N') if b._is_special else False
        if a._exp == 'N' or b._exp == 'N' or (an and bn):
            return _nan_result(a, b, ctx, st)
        if an:
            return _fix_special_or(b, ctx, st)
        if bn:
            return _fix_special_or(a, ctx, st)
    if mag:
        c = _cmp(a.copy_abs(), b.copy_abs())
    else:
        c = _cmp(a, b)
    if c == 0:
        c = _total_cmp(a, b)
    if not want_max:
        c = -c
    r = a if c >= 0 else b
    return _fix_special_or(r, ctx, st)


def _fix_special_or(r, ctx, st):
    if r._is_special:
        return r
    return _fix(r._sign, r._int, r._exp, ctx, st)


def _next(a, ctx, st, direction):
    if a._is_special:
        if a._exp in 'nN':
            return _nan_result(a, a, ctx, st)
        if (direction > 0) == (a._sign == 0):
            return a
        prec = ctx._prec
        return _new(a._sign, _pow10(prec) - 1, ctx._emax - prec + 1)
    work = ctx.copy()
    work._rounding = ROUND_CEILING if direction > 0 else ROUND_FLOOR
    etiny = ctx._emin - ctx._prec + 1
    scratch = [0]
    if not a._int:
        return _fix(0 if direction > 0 else 1, 1, etiny - 1, work, scratch)
    tiny = _new(0 if direction > 0 else 1, 1, min(etiny - 1, a._exp - 2))
    return _add(a, tiny, work, scratch)


def _next_toward(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
    c = _cmp(a, b)
    if c == 0:
        return _new(b._sign, a._int, a._exp, a._is_special)
    r = _next(a, ctx, st, 1 if c < 0 else -1)
    if r._exp == 'F':
        st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
    elif not r._is_special and _adjusted(r) < ctx._emin:
        st[0] |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
        if not r._int:
            st[0] |= _CLAMPED
    return r


def _scaleb(a, b, ctx, st):
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
    if b._is_special or b._exp != 0:
        return _invalid(st)
    n = _int_value(b)
    lim = 2 * (ctx._emax + ctx._prec)
    if n > lim or n < -lim:
        return _invalid(st)
    if a._is_special:
        return a
    return _fix(a._sign, a._int, a._exp + n, ctx, st)


def _shift_rotate(a, b, ctx, st, rotate):
    if a._is_special or b._is_special:
        r = _nan_result(a, b, ctx, st)
        if r is not None:
            return r
    if b._is_special or b._exp != 0:
        return _invalid(st)
    prec = ctx._prec
    n = _int_value(b)
    if n > prec or n < -prec:
        return _invalid(st)
    if a._is_special:
        return a
    P = _pow10(prec)
    c = a._int % P
    if rotate:
        n %= prec
        c = (c * _pow10(n)) % P + c // _pow10(prec - n)
    elif n >= 0:
        c = (c * _pow10(n)) % P
    else:
        c = c // _pow10(-n)
    return _new(a._sign, c, a._exp)


def _logical_digits(a, prec):
    if a._is_special or a._sign or a._exp != 0:
        return None
    s = str(a._int)
    if s.strip('01'):
        return None
    if len(s) > prec:
        s = s[-prec:]
    return s.rjust(prec, '0')


def _logical(a, b, ctx, st, op):
    prec = ctx._prec
    da = _logical_digits(a, prec)
    if op == 'inv':
        if da is None:
            return _invalid(st)
        s = ''.join('1' if ch == '0' else '0' for ch in da)
    else:
        db = _logical_digits(b, prec)
        if da is None or db is None:
            return _invalid(st)
        if op == 'and':
            s = ''.join('1' if x == '1' and y == '1' else '0' for x, y in zip(da, db))
        elif op == 'or':
            s = ''.join('1' if x == '1' or y == '1' else '0' for x, y in zip(da, db))
        else:
            s = ''.join('1' if x != y else '0' for x, y in zip(da, db))
    return _new(0, int(s), 0)


_OP_SYMBOL = {_add: '+', _sub: '-', _mul: '*', _div: '/', _floordiv: '//',
              _mod: '%', _divmod: 'divmod()', _power: '** or pow()'}


# ---------------------------------------------------------------- format

def _parse_spec(spec):
    fill = ' '
    align = None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        fill = spec[0]
        align = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    zflag = False
    if i < n and spec[i] == 'z':
        zflag = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        if align is not None:
            raise ValueError('invalid format string')
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > j and spec[j] == '0':
        raise ValueError('invalid format string')
    width = int(spec[j:i]) if i > j else None
    comma = False
    if i < n and spec[i] == ',':
        comma = True
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError('invalid format string')
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
        if typ not in 'eEfFgGn%':
            raise ValueError('invalid format string')
    if i != n:
        raise ValueError('invalid format string')
    if typ == 'n' and comma:
        raise ValueError('invalid format string')
    return fill, align, sign, zflag, zero, width, comma, prec, typ


def _format(d, spec):
    if not isinstance(spec, str):
        raise TypeError('format arg must be str')
    fill, align, sign, zflag, zero, width, comma, prec, typ = _parse_spec(spec)
    ctx = getcontext()
    rounding = ctx._rounding
    neg = d._sign
    if d._is_special:
        if d._exp == 'F':
            body = 'Infinity'
        elif d._exp == 'n':
            body = 'NaN' + (str(d._int) if d._int else '')
        else:
            body = 'sNaN' + (str(d._int) if d._int else '')
        if typ == '%':
            body += '%'
        if zero and align is None:
            align = '>' if fill == ' ' else align
    else:
        if typ is None:
            typ = 'G' if ctx._capitals else 'g'
        coef = d._int
        exp = d._exp
        if typ == '%':
            exp += 2
        if prec is not None:
            if typ in 'eE':
                if not coef:
                    digits = '0' * (prec + 1)
                    coef_s = digits
                else:
                    nd = _digits(coef)
                    if nd > prec + 1:
                        k = nd - prec - 1
                        coef, _ = _shift_round(coef, k, neg, rounding)
                        exp += k
                        if _digits(coef) > prec + 1:
                            coef //= 10
                            exp += 1
                    nd = _digits(coef)
                    coef *= _pow10(prec + 1 - nd)
                    exp -= prec + 1 - nd
                    coef_s = str(coef)
            elif typ in 'fF%':
                e2 = -prec
                if exp < e2:
                    if not coef:
                        coef = 0
                    else:
                        k = e2 - exp
                        if k > _digits(coef) + 1:
                            coef, _ = _shift_round(1, 2, neg, rounding)
                        else:
                            coef, _ = _shift_round(coef, k, neg, rounding)
                else:
                    coef *= _pow10(exp - e2)
                exp = e2
                coef_s = str(coef)
            else:
                p = prec if prec > 0 else 1
                nd = _digits(coef)
                if coef and nd > p:
                    k = nd - p
                    coef, _ = _shift_round(coef, k, neg, rounding)
                    exp += k
                    if _digits(coef) > p:
                        coef //= 10
                        exp += 1
                coef_s = str(coef)
        else:
            if not coef and exp > 0 and typ in 'fF%':
                exp = 0
            coef_s = str(coef)
        left = exp + len(coef_s)
        if typ in 'eE':
            dot = 1
        elif typ in 'fF%':
            dot = left
        else:
            if exp <= 0 and left > -6:
                dot = left
            else:
                dot = 1
        if dot <= 0:
            intpart = '0'
            frac = '0' * (-dot) + coef_s
        elif dot >= len(coef_s):
            intpart = coef_s + '0' * (dot - len(coef_s))
            frac = ''
        else:
            intpart = coef_s[:dot]
            frac = coef_s[dot:]
        if typ in 'eE' or (typ in 'gGn' and left != dot):
            expstr = ('E' if typ in 'EG' else 'e') + '%+d' % (left - dot)
        else:
            expstr = ''
        rest = ('.' + frac if frac else '') + expstr + ('%' if typ == '%' else '')
        if zflag and neg and not int(coef_s) and (typ != 'F' or not d._int):
            # (CPython 3.11 applies 'z' to 'F' only for a zero operand)
            neg = 0
        if zero and align is None:
            fill = '0'
            align = '='
        signstr = '-' if neg else ('+' if sign == '+' else (' ' if sign == ' ' else ''))
        if zero and fill == '0' and align == '=' and width is not None:
            need = width - len(signstr) - len(rest)
            if comma:
                n = len(intpart)
                while n + (n - 1) // 3 < need:
                    n += 1
                intpart = intpart.rjust(n, '0')
            elif len(intpart) < need:
                intpart = intpart.rjust(need, '0')
        if comma:
            groups = []
            s = intpart
            while len(s) > 3:
                groups.append(s[-3:])
                s = s[:-3]
            groups.append(s)
            intpart = ','.join(reversed(groups))
        body = intpart + rest
        neg_done = signstr
        return _pad(neg_done, body, fill, align, width)
    signstr = '-' if neg else ('+' if sign == '+' else (' ' if sign == ' ' else ''))
    if zero and align is None:
        align = '>'
    return _pad(signstr, body, fill, align, width)


def _pad(signstr, body, fill, align, width):
    if align is None:
        align = '>'
    total = len(signstr) + len(body)
    if width is None or total >= width:
        return signstr + body
    padn = width - total
    if align == '<':
        return signstr + body + fill * padn
    if align == '>':
        return fill * padn + signstr + body
    if align == '=':
        return signstr + fill * padn + body
    left = padn // 2
    return fill * left + signstr + body + fill * (padn - left)


# ---------------------------------------------------------------- contexts

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1,
                         clamp=0)
_default_ready = True

BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow],
                       flags=[])

ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_numbers.Number.register(Decimal)
