"""statistics - basic descriptive statistics for numeric data.

Implements: mean, fmean (with weights), geometric_mean, harmonic_mean (with
weights), median, median_low, median_high, median_grouped, mode, multimode,
pstdev, pvariance, stdev, variance, quantiles (methods 'exclusive' and
'inclusive') and StatisticsError.

Sums are computed exactly as integer ratios (via float.as_integer_ratio), so
mean and the variances round exactly as CPython's do for ints and floats; a
result over ints stays an int when it is a whole number.  stdev and pstdev
are correctly rounded square roots of the exact variance.

Left out: Fraction and Decimal data (Glass has no fractions or decimal
module; other types with as_integer_ratio() are treated like floats),
covariance, correlation, linear_regression and NormalDist.
"""

import math
from collections import Counter
from bisect import bisect_left, bisect_right

__all__ = [
    'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
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
    if T is float or S is float:
        return float
    raise TypeError("can't convert type '%s' to '%s'"
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
            T = _result_type(T, x)
            self.count += 1
            r = _ratio(x)
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
    return num / den


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
        if isinstance(x, (int, float)):
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
    return _sqrt_frac(num, den)


def pstdev(data, mu=None):
    """Return the population standard deviation: the square root of
    pvariance()."""
    T, num, den, special = _spread(data, mu, 1, 'pstdev', False)
    if special is not None:
        return math.sqrt(special)
    return _sqrt_frac(num, den)
