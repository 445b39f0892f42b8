""" Python 'iso8859-1' Codec (Glass: the C codec 'latin-1' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('latin-1', __name__, 'iso8859-1'))
del _ccodec
