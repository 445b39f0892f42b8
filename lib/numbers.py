"""numbers - the numeric abstract base classes (PEP 3141).

Implements the tower Number > Complex > Real > Rational > Integral, each an
abc.ABCMeta class with the documented abstract methods and the documented
concrete defaults (Complex.__sub__, Real.__divmod__, Rational.__float__,
Integral.__index__, ...).  The built-in types are registered: complex as
Complex, float as Real, int (and so bool) as Integral.
Leaves out: nothing public.
"""

from abc import ABCMeta, abstractmethod

__all__ = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


class Number(metaclass=ABCMeta):
    """Root of the numeric hierarchy; isinstance(x, Number) tells if x is a number."""
    __slots__ = ()

    # Numbers are not hashable by default: a concrete type that is immutable
    # must define a __hash__ consistent with the other numbers it equals.
    __hash__ = None


class Complex(Number):
    """A complex number: real and imag parts, the field operations, abs and
    conjugate.  complex is registered as one."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """Return the value as a built-in complex."""

    def __bool__(self):
        """True unless the number equals zero."""
        return self != 0

    @property
    @abstractmethod
    def real(self):
        """The real part."""
        raise NotImplementedError

    @property
    @abstractmethod
    def imag(self):
        """The imaginary part."""
        raise NotImplementedError

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, computed as self + -other."""
        return self + -other

    def __rsub__(self, other):
        """other - self, computed as -self + other."""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        """The modulus (a Real)."""
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """A real number: adds ordering, float(), trunc/floor/ceil/round and the
    floor-division family.  float is registered as one."""
    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """Return the value as a built-in float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """The Integral nearest to self between self and 0."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """The largest Integral <= self."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """The smallest Integral >= self."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """Round half to even; an Integral without ndigits, a Real with it."""
        raise NotImplementedError

    def __divmod__(self, other):
        """(self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """(other // self, other % self)."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    # Defaults for the Complex operations that a real number gets for free.
    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return +self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return +self


Real.register(float)


class Rational(Real):
    """A ratio numerator/denominator of Integrals, in lowest terms with a
    positive denominator."""
    __slots__ = ()

    @property
    @abstractmethod
    def numerator(self):
        raise NotImplementedError

    @property
    @abstractmethod
    def denominator(self):
        raise NotImplementedError

    def __float__(self):
        """numerator / denominator, correctly rounded by int true division."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """An integer: adds int(), index use, three-argument pow and the bitwise
    operations.  int is registered as one."""
    __slots__ = ()

    @abstractmethod
    def __int__(self):
        raise NotImplementedError

    def __index__(self):
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or pow(self, exponent, modulus)."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        return float(int(self))

    @property
    def numerator(self):
        return +self

    @property
    def denominator(self):
        return 1


Integral.register(int)
