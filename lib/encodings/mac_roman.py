""" Python 'mac-roman' Codec (Glass: the C codec 'mac-roman' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('mac-roman', __name__, 'mac-roman'))
decoding_table, encoding_table = _ccodec.charmap_tables('mac-roman')
del _ccodec
