"""tomllib - parse TOML 1.0.0 documents (Glass's own implementation).

Implements: loads(s, /, *, parse_float=float), load(fp, /, *, parse_float=float) and
TOMLDecodeError, with CPython 3.11's results and error messages.  Values map to
dict, list, str, int, float, bool and datetime's datetime/date/time.
"""

__all__ = ("loads", "load", "TOMLDecodeError")

from ._parser import TOMLDecodeError, load, loads

# CPython shows the error class as living in the package itself.
TOMLDecodeError.__module__ = __name__
