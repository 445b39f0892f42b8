"""json.scanner - the JSON scanner factory: make_scanner(decoder) returns
scan_once(string, idx) -> (value, end), raising StopIteration(idx) where no value
starts.

Implements: make_scanner (the C one when _json is available), c_make_scanner,
py_make_scanner and NUMBER_RE (the JSON number syntax).  The scanner itself lives
in json.decoder (pure Python) and _json (C).
"""

import re

from .decoder import c_make_scanner, make_scanner, py_make_scanner

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))
