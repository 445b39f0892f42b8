""" Python 'utf-8-sig' Codec (Glass: the C codec 'utf-8-sig' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('utf-8-sig', __name__, 'utf-8-sig'))
del _ccodec
