""" Python 'utf-16-be' Codec (Glass: the C codec 'utf-16-be' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('utf-16-be', __name__, 'utf-16-be'))
del _ccodec
