""" Python 'utf-16' Codec (Glass: the C codec 'utf-16' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('utf-16', __name__, 'utf-16'))
del _ccodec
