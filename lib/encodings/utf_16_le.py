""" Python 'utf-16-le' Codec (Glass: the C codec 'utf-16-le' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('utf-16-le', __name__, 'utf-16-le'))
del _ccodec
