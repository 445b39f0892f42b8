""" Python 'utf-32-le' Codec (Glass: the C codec 'utf-32-le' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('utf-32-le', __name__, 'utf-32-le'))
del _ccodec
