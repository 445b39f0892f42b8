"""Concrete date/time and related types (Glass).

Written from CPython 3.11's documentation: timedelta (normalisation, arithmetic,
comparisons, repr/str, total_seconds), date, time, datetime, tzinfo, timezone (utc and
fixed offsets), IsoCalendarDate, MINYEAR/MAXYEAR, the min/max/resolution attributes,
today/now/utcnow, fromtimestamp/utcfromtimestamp/timestamp, fromordinal/toordinal,
fromisoformat/isoformat (the 3.11 ISO 8601 forms: extended and basic dates, week dates,
times with any fraction, Z/+HH:MM offsets), fromisocalendar, strftime (C locale: %a %A
%b %B %c %d %e %f %G %H %I %j %m %M %p %S %u %U %V %w %W %x %X %y %Y %z %Z %%, other
codes are left as they are), strptime (through _strptime), replace, combine,
astimezone, weekday/isoweekday/isocalendar, timetuple/utctimetuple, ctime.

Left out: the C accelerator, pickling by __reduce_ex__ protocol details (copy works
through __reduce__), locale-dependent names. Local-time conversions (naive
timestamp(), fromtimestamp() without tz, astimezone() without tz) use the time module.
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059   # date.max.toordinal()

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _dim
del _n, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                   "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                 "Sunday"]


def _tpname(obj):
    # The type name reprs use, as CPython's C types: 'datetime.date' for the module's
    # own classes, the bare class name for subclasses.
    cls = type(obj)
    if cls.__module__ == 'datetime' and cls.__name__ in __all__:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    # Proleptic Gregorian: day 1 is 0001-01-01. Count whole 400/100/4/1-year blocks.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return _index(value)
    except TypeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24), not %r." % (offset,))


def _round_half_even(num, den):
    # num / den rounded to the nearest integer, ties to even (den > 0).
    q, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and q % 2 == 1):
        q += 1
    return q


def _as_ratio(value):
    # An exact (numerator, denominator) for an int or float.
    if isinstance(value, int):
        return value, 1
    if isinstance(value, float):
        if not _math.isfinite(value):
            raise ValueError("cannot convert float %s to integer" % value)
        return value.as_integer_ratio()
    raise TypeError("unsupported type for timedelta component: %s" % type(value).__name__)


def _format_offset(off, sep=':'):
    # '+HH:MM[:SS[.ffffff]]' for a timedelta (None: '').
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += '%s%02d' % (sep, rest.seconds)
        if rest.microseconds:
            s += '.%06d' % rest.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _iso_week1_monday(year):
    # The ordinal of the Monday of ISO week 1 of year (the week with Jan 4th).
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _strftime(obj, fmt, tt):
    """Format with the C-locale meaning of each directive (see the module docstring)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    year, month, day, hour, minute, second, wday, yday = tt[:8]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == 'Y':
            out.append(str(year))
        elif d == 'y':
            out.append('%02d' % (year % 100))
        elif d == 'm':
            out.append('%02d' % month)
        elif d == 'd':
            out.append('%02d' % day)
        elif d == 'e':
            out.append('%2d' % day)
        elif d == 'H':
            out.append('%02d' % hour)
        elif d == 'I':
            out.append('%02d' % ((hour + 11) % 12 + 1))
        elif d == 'M':
            out.append('%02d' % minute)
        elif d == 'S':
            out.append('%02d' % second)
        elif d == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif d == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif d == 'a':
            out.append(_DAYNAMES[wday])
        elif d == 'A':
            out.append(_FULLDAYNAMES[wday])
        elif d == 'b' or d == 'h':
            out.append(_MONTHNAMES[month])
        elif d == 'B':
            out.append(_FULLMONTHNAMES[month])
        elif d == 'j':
            out.append('%03d' % yday)
        elif d == 'w':
            out.append(str((wday + 1) % 7))
        elif d == 'u':
            out.append(str(wday + 1))
        elif d == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif d == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif d in 'GV':
            iy, iw, _ = _isocalendar(year, month, day)
            out.append(str(iy) if d == 'G' else '%02d' % iw)
        elif d == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (
                _DAYNAMES[wday], _MONTHNAMES[month], day, hour, minute, second, year))
        elif d == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif d == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif d == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif d == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name or '')
        elif d == '%':
            out.append('%')
        elif d == 'n':
            out.append('\n')
        elif d == 't':
            out.append('\t')
        else:
            out.append('%' + d)
    return ''.join(out)


def _isocalendar(year, month, day):
    o = _ymd2ord(year, month, day)
    iy = year
    monday = _iso_week1_monday(iy)
    if o < monday:
        iy -= 1
        monday = _iso_week1_monday(iy)
    elif o >= _iso_week1_monday(iy + 1):
        iy += 1
        monday = _iso_week1_monday(iy)
    week, wd = divmod(o - monday, 7)
    return iy, week + 1, wd + 1


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
    weeks=0); all arguments may be ints or floats, positive or negative. Only days,
    seconds and microseconds are stored: 0 <= seconds < 86400 and
    0 <= microseconds < 1000000.
    """
    __glass_tpname__ = 'datetime.timedelta'   # CPython's C type name, for messages

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0,
                hours=0, weeks=0):
        # Sum exactly in microseconds (floats as exact ratios), then round half-even.
        num, den = 0, 1
        for value, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60000000),
                             (hours, 3600000000), (weeks, 604800000000)):
            if isinstance(value, int):
                num += value * scale * den
                continue
            a, b = _as_ratio(value)
            num = num * b + a * scale * den
            den *= b
        total = _round_half_even(num, den) if den != 1 else num
        return cls._from_microseconds(total)

    @classmethod
    def _from_microseconds(cls, total):
        d, rest = divmod(total, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            if not -2**31 <= d < 2**31:   # CPython's C int conversion fails first
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append('days=%d' % self._days)
        if self._seconds:
            args.append('seconds=%d' % self._seconds)
        if self._microseconds:
            args.append('microseconds=%d' % self._microseconds)
        if not args:
            args.append('0')
        return '%s(%s)' % (_tpname(self), ', '.join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, ' % (self._days, 's' if abs(self._days) != 1 else '') + s
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds()
                                                - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_microseconds(
                _round_half_even(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec // other._to_microseconds()
        return timedelta._from_microseconds(usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            num, den = usec, other
        else:
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("division by zero")
            num, den = usec * b, a
        if den < 0:
            num, den = -num, -den
        return timedelta._from_microseconds(_round_half_even(num, den))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            r = self._to_microseconds() % other._to_microseconds()
            return timedelta._from_microseconds(r)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _cmp(self, other):
        return _cmp(self._to_microseconds(), other._to_microseconds())

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return self.__class__, (self._days, self._seconds, self._microseconds)


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class IsoCalendarDate(tuple):
    """The (year, week, weekday) result of isocalendar(), a named tuple."""
    __glass_tpname__ = 'datetime.IsoCalendarDate'   # CPython's C type name, for messages

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % tuple(self)


def _parse_isodate(s):
    # 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]', 'YYYYWww[D]' -> (y, m, d); ValueError.
    if len(s) < 7 or not s[:4].isdigit():
        raise ValueError
    year = int(s[:4])
    rest = s[4:]
    dash = rest.startswith('-')
    if dash:
        rest = rest[1:]
    if rest.startswith('W'):
        rest = rest[1:]
        if len(rest) < 2 or not rest[:2].isdigit():
            raise ValueError
        week = int(rest[:2])
        rest = rest[2:]
        day = 1
        if rest:
            if dash:
                if not rest.startswith('-'):
                    raise ValueError
                rest = rest[1:]
            if len(rest) != 1 or not rest.isdigit():
                raise ValueError
            day = int(rest)
        return _from_iso_week(year, week, day)
    if dash:
        if len(rest) != 5 or rest[2] != '-':
            raise ValueError
        mm, dd = rest[:2], rest[3:]
    else:
        if len(rest) != 4:
            raise ValueError
        mm, dd = rest[:2], rest[2:]
    if not (mm.isdigit() and dd.isdigit() and mm.isascii() and dd.isascii()):
        raise ValueError
    return year, int(mm), int(dd)


def _from_iso_week(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7   # 4 = Thursday, weekday from Sunday=0
            if first == 4 or (first == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    o = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ord2ymd(o)


def _parse_isotime(s):
    # 'HH[:MM[:SS[.f+]]]' or basic 'HH[MM[SS[.f+]]]' plus an optional offset
    # (Z, +HH[:MM[:SS[.ffffff]]]) -> (h, m, s, us, tzinfo or None); ValueError.
    tz = None
    for k, ch in enumerate(s):
        if ch in '+-Z':
            tzpart = s[k:]
            s = s[:k]
            tz = _parse_isotz(tzpart)
            break
    frac = 0
    for sep in '.,':
        if sep in s:
            s, f = s.split(sep, 1)
            if not f or not f.isdigit() or not f.isascii():
                raise ValueError
            frac = int((f + '000000')[:6])
            break
    if ':' in s:
        parts = s.split(':')
        if len(parts) > 3 or any(len(p) != 2 for p in parts):
            raise ValueError
    else:
        if len(s) not in (2, 4, 6):
            raise ValueError
        parts = [s[k:k + 2] for k in range(0, len(s), 2)]
    if not all(p.isdigit() and p.isascii() for p in parts):
        raise ValueError
    values = [int(p) for p in parts] + [0] * (3 - len(parts))
    if frac and len(parts) < 3:
        raise ValueError
    return values[0], values[1], values[2], frac, tz


def _parse_isotz(s):
    if s == 'Z':
        return timezone.utc
    sign = -1 if s[0] == '-' else 1
    h, m, sec, us, tz = _parse_isotime(s[1:])
    if tz is not None:
        raise ValueError
    off = timedelta(hours=h, minutes=m, seconds=sec, microseconds=us)
    if not off:
        return timezone.utc
    return timezone(sign * off)


class date:
    """date(year, month, day) --> date object (proleptic Gregorian calendar)."""
    __glass_tpname__ = 'datetime.date'   # CPython's C type name, for messages

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d, hh, mm, ss, weekday, jday, dst = _time.localtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (Jan 1 of year 1 is 1)."""
        n = _check_int(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            if len(date_string) not in (7, 8, 10):
                raise ValueError
            ymd = _parse_isodate(date_string)
        except ValueError:
            raise ValueError('Invalid isoformat string: %r' % date_string) from None
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_from_iso_week(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(self), self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        """Format using strftime() directives (C locale)."""
        return _strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO: 'YYYY-MM-DD'."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal (January 1 of year 1 is day 1)."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return a new date with new values for the specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _check_same_kind(self, other):
        # date and datetime only compare with their own kind.
        return isinstance(other, date) and (isinstance(other, datetime)
                                            == isinstance(self, datetime))

    def _cmp(self, other):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def _order(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            return op(self._cmp(other), 0)
        if isinstance(other, datetime):
            raise TypeError("can't compare %s.%s to %s.%s" % (
                type(other).__module__, type(other).__qualname__,
                type(self).__module__, type(self).__qualname__))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        if isinstance(other, datetime):
            return False
        return NotImplemented

    def __lt__(self, other):
        return self._order(other, lambda c, z: c < z)

    def __le__(self, other):
        return self._order(other, lambda c, z: c <= z)

    def __gt__(self, other):
        return self._order(other, lambda c, z: c > z)

    def __ge__(self, other):
        return self._order(other, lambda c, z: c >= z)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day)


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class tzinfo:
    """Abstract base class for time zone info objects."""
    __glass_tpname__ = 'datetime.tzinfo'   # CPython's C type name, for messages

    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        return self.__class__, args, getattr(self, '__dict__', None) or None


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object."""
    __glass_tpname__ = 'datetime.time'   # CPython's C type name, for messages

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode',
                 '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = property(lambda self: self._hour, doc="hour (0-23)")
    minute = property(lambda self: self._minute, doc="minute (0-59)")
    second = property(lambda self: self._second, doc="second (0-59)")
    microsecond = property(lambda self: self._microsecond, doc="microsecond (0-999999)")
    tzinfo = property(lambda self: self._tzinfo, doc="timezone info object")
    fold = property(lambda self: self._fold)

    def _key(self):
        # Minutes-since-midnight adjusted by the UTC offset (for aware comparison).
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond
        if off is not None:
            us -= off._to_microseconds()
        return us, off

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        if mytz is ottz:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        a, aoff = self._key()
        b, boff = other._key()
        if (aoff is None) != (boff is None):
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        if aoff is None:
            a = (self._hour, self._minute, self._second, self._microsecond)
            b = (other._hour, other._minute, other._second, other._microsecond)
        return _cmp(a, b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if not off:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                self._hashcode = hash(t._key()[0])
        return self._hashcode

    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_tpname(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return the time formatted according to ISO: HH:MM:SS.mmmmmm+zz:zz."""
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string.startswith('T') else time_string
        try:
            h, m, sec, us, tz = _parse_isotime(s)
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % time_string) from None
        return cls(h, m, sec, us, tz)

    def strftime(self, fmt):
        """Format using strftime() directives; the date part is 1900-01-01."""
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(self, fmt, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC (None if naive)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name (None if naive)."""
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (None if naive)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return a new time with new values for the specified fields."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def __reduce__(self):
        return self.__class__, (self._hour, self._minute, self._second, self._microsecond,
                                self._tzinfo)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """
    __glass_tpname__ = 'datetime.datetime'   # CPython's C type name, for messages

    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        frac, t = _math.modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        converter = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss, weekday, jday, dst = converter(t)
        ss = min(ss, 59)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time()).

        A timezone info object may be passed in as well.
        """
        _check_tzinfo_arg(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        result = cls._fromtimestamp(t, True, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Construct a datetime from time.time() and optional time zone info."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Construct a UTC datetime from time.time()."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """Construct a datetime from a given date and a given time."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        fields = None
        try:
            s = date_string
            # The date part is 7, 8 or 10 characters; a separator follows.
            for n in (10, 8, 7):
                if len(s) >= n:
                    try:
                        ymd = _parse_isodate(s[:n])
                    except ValueError:
                        continue
                    if len(s) == n:
                        fields = ymd + (0, 0, 0, 0, None)
                    elif len(s) > n + 1:
                        fields = ymd + _parse_isotime(s[n + 1:])
                    break
            if fields is None:
                raise ValueError
        except (ValueError, IndexError):
            raise ValueError('Invalid isoformat string: %r' % date_string) from None
        return cls(*fields)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        for n, arg in enumerate((date_string, format), 1):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (n, type(arg).__name__))
        import _strptime
        fields, frac, gmtoff, zone = _strptime._strptime(date_string, format)
        tz = None
        if gmtoff is not None:
            off = gmtoff if isinstance(gmtoff, timedelta) else timedelta(seconds=gmtoff)
            tz = timezone(off, zone) if zone else timezone(off)
        return cls(*fields[:6], frac, tz)

    def timetuple(self):
        """Return local time tuple compatible with time.localtime()."""
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  dst))

    def _local_timestamp(self):
        # Seconds since the epoch for this naive local time (mktime, fold ignored).
        t = (self._year, self._month, self._day, self._hour, self._minute, self._second,
             0, 0, -1)
        return _time.mktime(t)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return self._local_timestamp() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        offset = self.utcoffset()
        if offset:
            self -= offset
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  _days_before_month(self._year, self._month) + self._day,
                                  0))

    def date(self):
        """Return the date part."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return the time part, with tzinfo None."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    fold=self._fold)

    def timetz(self):
        """Return the time part, with the same tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        """Convert to the time zone tz (the local zone when tz is None)."""
        if tz is None:
            tz = self._local_timezone()
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be an instance of tzinfo")
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            myoffset = mytz.utcoffset(self)
        else:
            myoffset = mytz.utcoffset(self)
            if myoffset is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                myoffset = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _local_timezone(self):
        if self._tzinfo is None:
            ts = self._local_timestamp()
        else:
            ts = (self - _EPOCH) // timedelta(seconds=1)
        localtm = _time.localtime(ts)
        local = datetime(*localtm[:6])
        gmtoff = localtm.tm_gmtoff
        zone = localtm.tm_zone
        return timezone(timedelta(seconds=gmtoff), zone)

    def ctime(self):
        """Return ctime() style string."""
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day, self._hour,
            self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """Return the time formatted according to ISO: YYYY-MM-DDTHH:MM:SS[.ffffff][+HH:MM].

        sep is used to separate the year from the time; timespec is one of 'auto',
        'hours', 'minutes', 'seconds', 'milliseconds' and 'microseconds'.
        """
        s = '%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                 self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = '%s(%s)' % (_tpname(self), ', '.join(map(str, parts)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % self._tzinfo
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        """Format using strftime() directives (C locale)."""
        return _strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (None if naive)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name (None if naive)."""
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (None if naive)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _to_microseconds(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60
                 + self._second) * 1000000 + self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._to_microseconds(), other._to_microseconds())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _order(self, other, op):
        if isinstance(other, datetime):
            return op(self._cmp(other), 0)
        if isinstance(other, date):
            raise TypeError("can't compare %s.%s to %s.%s" % (
                type(self).__module__, type(self).__qualname__,
                type(other).__module__, type(other).__qualname__))
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._to_microseconds())
            else:
                self._hashcode = hash(t._to_microseconds() - off._to_microseconds())
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        total = self._to_microseconds() + other._to_microseconds()
        days, us = divmod(total, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(us, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = self._to_microseconds() - other._to_microseconds()
        if self._tzinfo is other._tzinfo:
            return timedelta(microseconds=base)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return timedelta(microseconds=base)
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta(microseconds=base) + otoff - myoff

    def __reduce__(self):
        return self.__class__, (self._year, self._month, self._day, self._hour,
                                self._minute, self._second, self._microsecond, self._tzinfo)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_date_class = date
_time_class = time


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __glass_tpname__ = 'datetime.timezone'   # CPython's C type name, for messages

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24)"
                             " and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return self.__class__, self.__getinitargs__()

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tpname(self), self._offset)
        return '%s(%r, %r)' % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
