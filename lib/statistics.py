"""statistics - basic descriptive statistics for numeric data.

Implements: mean, fmean (with weights), geometric_mean, harmonic_mean (with
weights), median, median_low, median_high, median_grouped, mode, multimode,
pstdev, pvariance, stdev, variance, quantiles (methods 'exclusive' and
'inclusive'), covariance, correlation, linear_regression, NormalDist and
StatisticsError.

Sums are computed exactly as integer ratios (via float.as_integer_ratio), so
mean and the variances round exactly as CPython's do for ints and floats; a
result over ints stays an int when it is a whole number.  stdev and pstdev
are correctly rounded square roots of the exact variance.

Fraction and Decimal data give Fraction and Decimal results as in CPython.
"""

import math
import numbers
import random
from collections import Counter, namedtuple
from fractions import Fraction
from bisect import bisect_left, bisect_right

__all__ = [
    'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
    'covariance', 'correlation', 'linear_regression', 'NormalDist',
]


class StatisticsError(ValueError):
    """Raised for statistically meaningless requests, such as empty data."""
    pass


# ---------------------------------------------------------------------------
# Exact arithmetic helpers.  A rational is a pair (num, den) with den > 0.

def _ratio(x):
    """Return x as an exact (numerator, denominator) pair, or None when x is
    an infinity or a NaN."""
    if type(x) is int or type(x) is bool:
        return (int(x), 1)
    try:
        return x.as_integer_ratio()
    except (OverflowError, ValueError):
        return None
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator"
                        % type(x).__name__) from None


def _result_type(T, x):
    """Combine the running result type T with the type of item x."""
    S = type(x)
    if S is bool:
        S = int
    elif isinstance(x, int):
        S = int
    elif isinstance(x, float):
        S = float
    if T is None or T is S:
        return S
    if T is int:
        return S
    if S is int:
        return T
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if T is float or S is float:
        if issubclass(T, Fraction) or issubclass(S, Fraction):
            return float
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


class _Sum:
    """Exact running sum of numbers: type, numerator/denominator, count and
    the float sum of any non-finite items."""

    def __init__(self, items):
        self.T = int
        self.num = 0
        self.den = 1
        self.count = 0
        self.special = None
        T = None
        for x in items:
            r = _ratio(x)
            T = _result_type(T, x)
            self.count += 1
            if r is None:
                self.special = x if self.special is None else self.special + x
                continue
            n, d = r
            if d == self.den:
                self.num += n
            else:
                self.num = self.num * d + n * self.den
                self.den *= d
        if T is not None:
            self.T = T
        g = math.gcd(self.num, self.den)
        if g > 1:
            self.num //= g
            self.den //= g


def _convert(num, den, T):
    """Turn the exact value num/den into type T (an int only if whole)."""
    g = math.gcd(num, den)
    if g > 1:
        num //= g
        den //= g
    if T is int and den == 1:
        return num
    if T is int or T is float:
        return num / den
    if issubclass(T, Fraction):
        return T(num, den)
    try:
        return T(Fraction(num, den))
    except TypeError:
        # Decimal does not take a Fraction.
        return T(num) / T(den)


def _isqrt_rto(n, m):
    """Floor of sqrt(n/m), with its low bit set when inexact (round to odd)."""
    a = math.isqrt(n // m)
    if a * a * m != n:
        a |= 1
    return a


def _sqrt_frac(n, m):
    """Correctly rounded float square root of the non-negative ratio n/m."""
    if n == 0:
        return 0.0
    # Keep about 2*53+3 significant bits in the integer root, rounding to
    # odd so that the final int/int division rounds only once.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        return float(_isqrt_rto(n, m << (2 * q)) << q)
    return _isqrt_rto(n << (-2 * q), m) / (1 << -q)


def _sum_sq_dev(data, xbar):
    """Return (T, num, den, special) for the sum of squared deviations."""
    if xbar is not None:
        s = _Sum([(x - xbar) * (x - xbar) for x in data])
        return s.T, s.num, s.den, s.special
    s = _Sum(data)
    if s.special is not None:
        return s.T, 0, 1, s.special
    # Exact mean mn/md; sum of (x - mean)**2 accumulated exactly.
    mn, md = s.num, s.den * s.count
    tn, td = 0, 1
    for x in data:
        n, d = _ratio(x)
        dn = n * md - d * mn
        dd = d * md
        sn, sd = dn * dn, dd * dd
        tn = tn * sd + sn * td
        td *= sd
        g = math.gcd(tn, td)
        if g > 1:
            tn //= g
            td //= g
    return s.T, tn, td, None


# ---------------------------------------------------------------------------
# Averages

def mean(data):
    """Return the arithmetic mean of data, computed exactly and then rounded.

    >>> mean([1, 2, 3, 4])
    2.5
    A mean of ints that is a whole number stays an int."""
    if iter(data) is data:
        data = list(data)
    s = _Sum(data)
    if s.count < 1:
        raise StatisticsError('mean requires at least one data point')
    if s.special is not None:
        return float(s.special)
    return _convert(s.num, s.den * s.count, s.T)


def fmean(data, weights=None):
    """Return the mean of data as a float, using fast floating point.

    With weights, return the weighted mean sum(x*w) / sum(w)."""
    if weights is None:
        n = 0
        total = []
        for x in data:
            n += 1
            total.append(x)
        total = math.fsum(total)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    data = list(data)
    weights = list(weights)
    num = math.fsum([x * w for x, w in zip(data, weights)])
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Return the geometric mean of positive data as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _check_nonneg(values, msg):
    for v in values:
        if v < 0:
            raise StatisticsError(msg)
    return values


def harmonic_mean(data, weights=None):
    """Return the harmonic mean of non-negative data (optionally weighted).

    It is zero if any item is zero."""
    if iter(data) is data:
        data = list(data)
    msg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real):
            if x < 0:
                raise StatisticsError(msg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        wn, wd = n, 1
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        ws = _Sum(_check_nonneg(list(weights), msg))
        wn, wd = ws.num, ws.den
    _check_nonneg(data, msg)
    try:
        s = _Sum([w / x if w else 0 for w, x in zip(weights, data)])
    except ZeroDivisionError:
        return 0
    if s.special is not None:
        total = s.special
        if total <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return float(wn / wd / total)
    if s.num <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(wn * s.den, wd * s.num, s.T)


def median(data):
    """Return the middle value of data, or the mean of the two middle values."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Return the median of data; for an even count, the smaller middle value."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """Return the median of data; for an even count, the larger middle value."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Return the 50th percentile of grouped continuous data, interpolated
    within the class (of width interval) holding the middle value."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    lo = bisect_left(data, x)
    hi = bisect_right(data, x, lo)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float') from None
    L = x - interval / 2.0
    return L + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """Return the most common value of data (the first one met on a tie)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    """Return a list of the most common values, in order of first appearance."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [v for v, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """Divide data into n intervals of equal probability; return the n-1 cut
    points.  method is 'exclusive' (the default) or 'inclusive'."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# ---------------------------------------------------------------------------
# Spread

def _spread(data, xbar, least, name, sample):
    if iter(data) is data:
        data = list(data)
    n = len(data)
    if n < least:
        if least == 2:
            raise StatisticsError(name + ' requires at least two data points')
        raise StatisticsError(name + ' requires at least one data point')
    T, num, den, special = _sum_sq_dev(data, xbar)
    div = n - 1 if sample else n
    return T, num, den * div, special


def variance(data, xbar=None):
    """Return the sample variance of data (divides by n - 1).

    xbar, if given, is used as the mean instead of computing it."""
    T, num, den, special = _spread(data, xbar, 2, 'variance', True)
    if special is not None:
        return float(special)
    return _convert(num, den, T)


def pvariance(data, mu=None):
    """Return the population variance of data (divides by n).

    mu, if given, is used as the mean instead of computing it."""
    T, num, den, special = _spread(data, mu, 1, 'pvariance', False)
    if special is not None:
        return float(special)
    return _convert(num, den, T)


def stdev(data, xbar=None):
    """Return the sample standard deviation: the square root of variance()."""
    T, num, den, special = _spread(data, xbar, 2, 'stdev', True)
    if special is not None:
        return math.sqrt(special)
    if hasattr(T, 'sqrt'):
        # Decimal data: the square root in Decimal arithmetic, as CPython.
        return _convert(num, den, T).sqrt()
    return _sqrt_frac(num, den)


def pstdev(data, mu=None):
    """Return the population standard deviation: the square root of
    pvariance()."""
    T, num, den, special = _spread(data, mu, 1, 'pstdev', False)
    if special is not None:
        return math.sqrt(special)
    if hasattr(T, 'sqrt'):
        # Decimal data: the square root in Decimal arithmetic, as CPython.
        return _convert(num, den, T).sqrt()
    return _sqrt_frac(num, den)


# ---------------------------------------------------------------------------
# Two variables

def _paired_means(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(what + ' requires that both inputs have same number '
                              'of data points')
    if n < 2:
        raise StatisticsError(what + ' requires at least two data points')
    return n, math.fsum(x) / n, math.fsum(y) / n


def _cross_dev(x, y, xbar, ybar):
    return math.fsum([(a - xbar) * (b - ybar) for a, b in zip(x, y)])


def _square_dev(x, xbar):
    return math.fsum([(a - xbar) * (a - xbar) for a in x])


def covariance(x, y, /):
    """Return the sample covariance of the paired inputs x and y."""
    n, xbar, ybar = _paired_means(x, y, 'covariance')
    return _cross_dev(x, y, xbar, ybar) / (n - 1)


def correlation(x, y, /):
    """Return Pearson's correlation coefficient of the paired inputs x and y."""
    n, xbar, ybar = _paired_means(x, y, 'correlation')
    sxy = _cross_dev(x, y, xbar, ybar)
    sxx = _square_dev(x, xbar)
    syy = _square_dev(y, ybar)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Return the slope and intercept of the ordinary least-squares line
    y = slope * x + intercept (with proportional=True, the line through 0)."""
    n, xbar, ybar = _paired_means(x, y, 'linear regression')
    if proportional:
        sxy = math.fsum([a * b for a, b in zip(x, y)])
        sxx = math.fsum([a * a for a in x])
    else:
        sxy = _cross_dev(x, y, xbar, ybar)
        sxx = _square_dev(x, xbar)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------------------
# Normal distribution

def _poly(coeffs, r):
    # Horner evaluation; coeffs run from the highest power down.
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


# Wichura's algorithm AS 241 (PPND16), Applied Statistics 37 (1988).
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
     4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
     2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
     1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
     1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_AS241_TAIL = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
     2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
     7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _inv_normal(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num, den = _AS241_CENTRAL
        x = _poly(num, r) * q / _poly(den, r)
        return mu + x * sigma
    r = p if q <= 0.0 else 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        num, den = _AS241_NEAR
    else:
        r = r - 5.0
        num, den = _AS241_TAIL
    x = _poly(num, r) / _poly(den, r)
    if q < 0.0:
        x = -x
    return mu + x * sigma


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    """Normal distribution of a random variable."""

    __slots__ = {
        '_mu': 'Arithmetic mean of a normal distribution',
        '_sigma': 'Standard deviation of a normal distribution',
    }

    def __init__(self, mu=0.0, sigma=1.0):
        """NormalDist where mu is the mean and sigma is the standard deviation."""
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """Make a normal distribution instance from sample data."""
        if not isinstance(data, (list, tuple)):
            data = list(data)
        xbar = fmean(data)
        return cls(xbar, stdev(data, xbar))

    def samples(self, n, *, seed=None):
        """Generate *n* samples for a given mean and standard deviation."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """Probability density function.  P(x <= X < x+dx) / dx"""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        """Cumulative distribution function.  P(X <= x)"""
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function.  x : P(X <= x) = p"""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _inv_normal(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Compute the overlapping coefficient (OVL) between two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev"""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """Arithmetic mean of the normal distribution."""
        return self._mu

    @property
    def median(self):
        """Return the median of the normal distribution"""
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        """Standard deviation of the normal distribution."""
        return self._sigma

    @property
    def variance(self):
        """Square of the standard deviation."""
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return '%s(mu=%r, sigma=%r)' % (type(self).__name__, self._mu, self._sigma)

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
