""" Python 'unicode-escape' Codec (Glass: the C codec 'unicode-escape' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('unicode-escape', __name__, 'unicode-escape'))
del _ccodec
