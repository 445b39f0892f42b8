""" Python 'utf-8' Codec (Glass: the C codec 'utf-8' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('utf-8', __name__, 'utf-8'))
del _ccodec
