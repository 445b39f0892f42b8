"""fractions - exact rational numbers.

Implements Fraction (a numbers.Rational): built from an int, a Rational, a
float, a Decimal (when the decimal module exists) or a string such as '3/4',
' -1.5e2 ' or '7'; always kept in lowest terms with a positive denominator.
Arithmetic with int/Fraction stays exact, with float gives a float and with
complex a complex, as in CPython.  Also from_float, from_decimal,
limit_denominator, as_integer_ratio, comparisons, a hash equal to that of the
equal int or float, round (half to even, with ndigits), copy and deepcopy.
Leaves out: nothing public of 3.11 (which has no Fraction.__format__).
"""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

# hash(Fraction) follows the documented rule for rational numbers: reduce
# numerator * inverse(denominator) modulo this prime; a denominator with no
# inverse (a multiple of the prime) hashes like infinity.
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


_decimal_cache = []


def _decimal_type():
    """The decimal.Decimal class, or None when the module is missing (looked
    up once, on first use)."""
    if not _decimal_cache:
        try:
            from decimal import Decimal
        except ImportError:
            Decimal = None
        _decimal_cache.append(Decimal)
    return _decimal_cache[0]


def _digit_run(s, i):
    """Index just past the digits starting at s[i] (i itself if there are
    none); single underscores may separate groups of digits."""
    n = len(s)
    j = i
    while j < n and s[j].isdecimal():
        j += 1
    if j > i:
        while j + 1 < n and s[j] == '_' and s[j + 1].isdecimal():
            j += 2
            while j < n and s[j].isdecimal():
                j += 1
    return j


def _parse(text):
    """Split a Fraction literal into (numerator, denominator), not reduced.
    Raise ValueError for anything that is not one."""
    s = text.strip()
    n = len(s)
    i = 0
    negative = False
    if i < n and s[i] in '+-':
        negative = s[i] == '-'
        i += 1
    # A digit, or a point followed by a digit, must come next.
    if not (i < n and (s[i].isdecimal() or
                       (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        raise ValueError
    j = _digit_run(s, i)
    num = int(s[i:j]) if j > i else 0
    den = 1
    i = j
    if i < n and s[i] == '/':
        # 'n/d': no spaces, sign or point around the slash.
        j = _digit_run(s, i + 1)
        if j == i + 1 or j != n:
            raise ValueError
        den = int(s[i + 1:j])
    else:
        if i < n and s[i] == '.':
            i += 1
            j = _digit_run(s, i)
            if j > i:
                digits = s[i:j].replace('_', '')
                scale = 10 ** len(digits)
                num = num * scale + int(digits)
                den = scale
            i = j
        if i < n and s[i] in 'eE':
            i += 1
            start = i
            if i < n and s[i] in '+-':
                i += 1
            j = _digit_run(s, i)
            if j == i:
                raise ValueError
            exp = int(s[start:j])
            if exp >= 0:
                num *= 10 ** exp
            else:
                den *= 10 ** -exp
            i = j
        if i != n:
            raise ValueError
    if negative:
        num = -num
    return num, den


def _mixed(exact, fallback, name):
    """The forward and reflected methods of a binary operator: exact(a, b) for
    two Fractions, fallback(x, y) once an operand is a float or complex."""

    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a, b)
        if isinstance(b, int):
            return exact(a, _make(Fraction, int(b), 1))
        if isinstance(b, float):
            return fallback(float(a), b)
        if isinstance(b, complex):
            return fallback(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return fallback(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return fallback(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__' + name + '__'
    forward.__qualname__ = 'Fraction.' + forward.__name__
    forward.__doc__ = exact.__doc__
    reverse.__name__ = '__r' + name + '__'
    reverse.__qualname__ = 'Fraction.' + reverse.__name__
    reverse.__doc__ = exact.__doc__
    return forward, reverse


class Fraction(numbers.Rational):
    """An exact rational number numerator/denominator.

    Fraction(3, 4), Fraction(Fraction(1, 2), 3), Fraction(0.25),
    Fraction('-1.5e2'), Fraction(' 3/4 ') and Fraction() == 0 all work; the
    result is in lowest terms with a positive denominator."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        if denominator is None:
            if type(numerator) is int:
                return _make(cls, numerator, 1)
            if isinstance(numerator, numbers.Rational):
                return _make(cls, numerator.numerator, numerator.denominator)
            decimal = _decimal_type()
            if isinstance(numerator, float) or (
                    decimal is not None and isinstance(numerator, decimal)):
                # Already in lowest terms with a positive denominator.
                return _make(cls, *numerator.as_integer_ratio())
            if not isinstance(numerator, str):
                raise TypeError('argument should be a string or a Rational instance')
            try:
                numerator, denominator = _parse(numerator)
            except ValueError:
                raise ValueError('Invalid literal for Fraction: %r'
                                 % (numerator,)) from None
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, numbers.Rational) and
              isinstance(denominator, numbers.Rational)):
            # (a/b) / (c/d) == (a*d) / (b*c)
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        return _make(cls, numerator // g, denominator // g)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (or of an Integral) as a Fraction."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (or of an Integral) as a Fraction.
        TypeError if the decimal module is not available."""
        decimal = _decimal_type()
        if isinstance(dec, numbers.Integral):
            if decimal is None:
                return cls(int(dec))
            dec = decimal(int(dec))
        elif decimal is None or not isinstance(dec, decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most
        max_denominator (ties go to the smaller denominator)."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued-fraction convergents p1/q1 until the next one's
        # denominator would be too big; the answer is either the last
        # convergent or the best semiconvergent (p0 + k*p1) / (q0 + k*q1).
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        conv = Fraction(p1, q1)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic -------------------------------------------------------
    # Each operation is written once for two Fractions (exact); _mixed() wraps
    # it into the forward and reflected methods, which fall back to float or
    # complex arithmetic when the other operand is one.

    def _add(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db + b._numerator * da, da * db)

    def _sub(a, b):
        da, db = a._denominator, b._denominator
        return Fraction(a._numerator * db - b._numerator * da, da * db)

    def _mul(a, b):
        return Fraction(a._numerator * b._numerator,
                        a._denominator * b._denominator)

    def _div(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        if nb == 0:
            # CPython reports the numerator reduced by gcd(na, 0) == |na|.
            raise ZeroDivisionError('Fraction(%s, 0)' % ((na > 0) - (na < 0)))
        return Fraction(na * db, da * nb)

    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    def _divmod(a, b):
        da, db = a._denominator, b._denominator
        q, r = divmod(a._numerator * db, da * b._numerator)
        return q, Fraction(r, da * db)

    def _mod(a, b):
        da, db = a._denominator, b._denominator
        return Fraction((a._numerator * db) % (b._numerator * da), da * db)

    __add__, __radd__ = _mixed(_add, operator.add, 'add')
    __sub__, __rsub__ = _mixed(_sub, operator.sub, 'sub')
    __mul__, __rmul__ = _mixed(_mul, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _mixed(_div, operator.truediv, 'truediv')
    __floordiv__, __rfloordiv__ = _mixed(_floordiv, operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _mixed(_divmod, divmod, 'divmod')
    __mod__, __rmod__ = _mixed(_mod, operator.mod, 'mod')

    def __pow__(a, b):
        """a ** b: exact for an integral Rational b, else a float (or complex)."""
        if isinstance(b, numbers.Rational):
            if b.denominator == 1:
                power = b.numerator
                n, d = a._numerator, a._denominator
                if power >= 0:
                    return _make(Fraction, n ** power, d ** power)
                if n >= 0:      # n == 0 raises ZeroDivisionError in _make
                    return _make(Fraction, d ** -power, n ** -power)
                return _make(Fraction, (-d) ** -power, (-n) ** -power)
            # A fractional power is generally irrational.
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b with b a Fraction; an int base stays an int when it can."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return _make(Fraction, a._numerator, a._denominator)

    def __neg__(a):
        return _make(Fraction, -a._numerator, a._denominator)

    def __abs__(a):
        return _make(Fraction, abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a), truncating toward zero."""
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """Round half to even: an int without ndigits, else a Fraction that is
        a multiple of 10 ** -ndigits."""
        if ndigits is None:
            d = self._denominator
            q, r = divmod(self._numerator, d)
            if 2 * r < d or (2 * r == d and q % 2 == 0):
                return q
            return q + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus.
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    # ---- comparisons ------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # A finite value never equals nan or an infinity.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if isinstance(b, numbers.Rational):
            return op(a._numerator * b.denominator, a._denominator * b.numerator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        return a._compare(b, operator.gt)

    def __le__(a, b):
        return a._compare(b, operator.le)

    def __ge__(a, b):
        return a._compare(b, operator.ge)

    def __bool__(a):
        return a._numerator != 0

    # ---- copying and pickling --------------------------------------------

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self      # immutable
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _make(cls, numerator, denominator):
    """A new cls instance with these (already reduced) terms."""
    if denominator == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
    self = object.__new__(cls)
    self._numerator = numerator
    self._denominator = denominator
    return self
