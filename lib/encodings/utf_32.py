""" Python 'utf-32' Codec (Glass: the C codec 'utf-32' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('utf-32', __name__, 'utf-32'))
del _ccodec
