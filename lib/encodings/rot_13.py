"""Python 'rot_13' Codec - the Caesar cipher by 13 on ASCII letters, str to str
(Glass)."""

from encodings import _bytescodec

_lower = 'abcdefghijklmnopqrstuvwxyz'
_upper = _lower.upper()
rot13_map = str.maketrans(_lower + _upper,
                          _lower[13:] + _lower[:13] + _upper[13:] + _upper[:13])


def rot13(infile, outfile):
    outfile.write(str.translate(infile.read(), rot13_map))


def _rot13(input, errors='strict'):
    return (str.translate(input, rot13_map), len(input))


globals().update(_bytescodec.namespace('rot-13', __name__, _rot13, _rot13))
del _bytescodec, _lower, _upper
