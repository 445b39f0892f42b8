""" Python 'raw-unicode-escape' Codec (Glass: the C codec 'raw-unicode-escape' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('raw-unicode-escape', __name__, 'raw-unicode-escape'))
del _ccodec
