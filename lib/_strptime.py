"""Parsing of time strings for time.strptime (the C function calls
_strptime_time here, as CPython's time module does).

Glass implements the directives of the C/POSIX locale: %Y %y %m %d %e %H %I %M %S
%f %j %p %a %A %b %B %w %u %z %Z %% and %n/%t; whitespace in the format matches one
or more whitespace characters; matching ignores case.  Each directive takes the
longest text it accepts (CPython's regular expressions could backtrack into a
shorter match; formats that need that are rare).  Left out: %U %W %G %V %c %x %X
(week-based and locale-composite directives) and datetime.strptime's
_strptime_datetime.
"""

import time

_DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
           'september', 'october', 'november', 'december']

# directive -> (minimum digits, maximum digits, lowest value, highest value)
_NUMERIC = {
    'Y': (4, 4, 0, 9999), 'y': (2, 2, 0, 99), 'm': (1, 2, 1, 12), 'd': (1, 2, 1, 31),
    'e': (1, 2, 1, 31), 'H': (1, 2, 0, 23), 'I': (1, 2, 1, 12), 'M': (1, 2, 0, 59),
    'S': (1, 2, 0, 61), 'j': (1, 3, 1, 366), 'w': (1, 1, 0, 6), 'u': (1, 1, 1, 7),
    'f': (1, 6, 0, 999999),
}


class _NoMatch(Exception):
    pass


def _digits(s, pos, lo, hi, vmin, vmax, allow_space):
    """Longest run of lo..hi digits at pos whose value is within vmin..vmax."""
    start = pos
    if allow_space and pos < len(s) and s[pos] == ' ':
        pos += 1
        hi = 1
    end = pos
    while end < len(s) and end - pos < hi and '0' <= s[end] <= '9':
        end += 1
    while end - pos >= lo:
        value = int(s[pos:end])
        if vmin <= value <= vmax:
            return value, end
        end -= 1
    raise _NoMatch


def _name(s, pos, names, abbreviated):
    """Index of the (full, or three-letter when abbreviated) name at pos."""
    low = s[pos:].lower()
    best = None
    for i, full in enumerate(names):
        candidate = full[:3] if abbreviated else full
        if low.startswith(candidate) and (best is None or len(candidate) > best[1]):
            best = (i, len(candidate))
    if best is None:
        raise _NoMatch
    return best[0], pos + best[1]


def _zone_offset(s, pos):
    """Parse %z: Z, or +HHMM[SS[.ffffff]] with optional colons. (seconds, end)."""
    if pos < len(s) and s[pos] in 'zZ':
        return 0, pos + 1
    if pos >= len(s) or s[pos] not in '+-':
        raise _NoMatch
    sign = -1 if s[pos] == '-' else 1
    pos += 1
    hours, pos = _digits(s, pos, 2, 2, 0, 99, False)
    colon = pos < len(s) and s[pos] == ':'
    if colon:
        pos += 1
    minutes, pos = _digits(s, pos, 2, 2, 0, 59, False)
    seconds = 0
    if pos < len(s) and (s[pos] == ':' if colon else '0' <= s[pos] <= '9'):
        pos += 1 if colon else 0
        seconds, pos = _digits(s, pos, 2, 2, 0, 59, False)
        if pos < len(s) and s[pos] == '.':
            _, pos = _digits(s, pos + 1, 1, 6, 0, 999999, False)
    return sign * (hours * 3600 + minutes * 60 + seconds), pos


def _parse(data, fmt):
    """Match data against fmt; return the dict of parsed fields."""
    found = {}
    pos = 0
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            if pos >= len(data) or not data[pos].isspace():
                raise _NoMatch
            while pos < len(data) and data[pos].isspace():
                pos += 1
            continue
        if c != '%':
            if pos >= len(data) or data[pos].lower() != c.lower():
                raise _NoMatch
            pos += 1
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray % in format '%s'" % fmt)
        d = fmt[i + 1]
        i += 2
        if d in _NUMERIC:
            lo, hi, vmin, vmax = _NUMERIC[d]
            value, end = _digits(data, pos, lo, hi, vmin, vmax, d in 'de')
            if d == 'f':
                value = int(data[pos:end].ljust(6, '0'))
            found['d' if d == 'e' else d] = value
            pos = end
        elif d in 'aA':
            found['a'], pos = _name(data, pos, _DAYS, d == 'a')
        elif d in 'bBh':
            found['b'], pos = _name(data, pos, _MONTHS, d != 'B')
        elif d == 'p':
            word = data[pos:pos + 2].lower()
            if word not in ('am', 'pm'):
                raise _NoMatch
            found['p'] = word
            pos += 2
        elif d == 'z':
            found['z'], pos = _zone_offset(data, pos)
        elif d == 'Z':
            names = {'utc', 'gmt'} | {t.lower() for t in time.tzname}
            end = pos
            while end < len(data) and (data[end].isalpha()):
                end += 1
            if data[pos:end].lower() not in names:
                raise _NoMatch
            found['Z'] = data[pos:end]
            pos = end
        elif d in '%':
            if pos >= len(data) or data[pos] != '%':
                raise _NoMatch
            pos += 1
        elif d in 'nt':
            while pos < len(data) and data[pos].isspace():
                pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    return found, pos


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2:
        return 29 if _is_leap(year) else 28
    return 31 if month in (1, 3, 5, 7, 8, 10, 12) else 30


def _ordinal(year, month, day):
    days = sum(_days_in_month(year, m) for m in range(1, month))
    return _days_before_year(year) + days + day


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return (9-tuple, fraction, gmtoff, zone) for data_string parsed by format."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            raise TypeError("strptime() argument {} must be str, not {}".format(index, type(arg)))
    try:
        found, end = _parse(data_string, format)
    except _NoMatch:
        raise ValueError("time data %r does not match format %r" % (data_string, format)) from None
    if end != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[end:])
    year = found.get('Y')
    if year is None and 'y' in found:
        year = found['y'] + (1900 if found['y'] >= 69 else 2000)
    month = found.get('m', found['b'] + 1 if 'b' in found else None)
    day = found.get('d')
    hour = found.get('H', 0)
    if 'I' in found:
        hour = found['I'] % 12
        if found.get('p') == 'pm':
            hour += 12
    julian = found.get('j')
    leap_default = False
    if year is None:
        # 1900 is not a leap year: Feb 29 is checked against 1904 and shown as 1900.
        leap_default = month == 2 and day == 29
        year = 1904 if leap_default else 1900
    if julian is not None and month is None and day is None:
        ordinal = _days_before_year(year) + julian
        month = 1
        while julian > _days_in_month(year, month):
            julian -= _days_in_month(year, month)
            month += 1
        day = julian
    month = month or 1
    day = day or 1
    if day > _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    ordinal = _ordinal(year, month, day)
    if 'j' not in found:
        julian = ordinal - _days_before_year(year)
    else:
        julian = found['j']
    if 'a' in found:
        weekday = found['a']
    elif 'w' in found:
        weekday = (found['w'] - 1) % 7
    elif 'u' in found:
        weekday = found['u'] - 1
    else:
        weekday = (ordinal - 1) % 7   # day 1 (0001-01-01) was a Monday
    if leap_default:
        year = 1900
    tz = -1
    zone = found.get('Z')
    if zone is not None:
        low = zone.lower()
        if low in ('utc', 'gmt'):
            tz = 0
        elif time.daylight and low == time.tzname[1].lower():
            tz = 1
        elif low == time.tzname[0].lower():
            tz = 0
    fields = (year, month, day, hour, found.get('M', 0), found.get('S', 0), weekday, julian, tz)
    return fields, found.get('f', 0), found.get('z'), zone


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Return a time.struct_time for data_string parsed according to format."""
    fields, _, gmtoff, zone = _strptime(data_string, format)
    return time.struct_time(fields + (zone, gmtoff))
