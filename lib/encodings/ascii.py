""" Python 'ascii' Codec (Glass: the C codec 'ascii' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('ascii', __name__, 'ascii'))
del _ccodec
