""" Python 'utf-32-be' Codec (Glass: the C codec 'utf-32-be' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('utf-32-be', __name__, 'utf-32-be'))
del _ccodec
