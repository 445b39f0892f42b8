""" Python 'cp437' Codec (Glass: the C codec 'cp437' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('cp437', __name__, 'cp437'))
decoding_table, encoding_table = _ccodec.charmap_tables('cp437')
del _ccodec
