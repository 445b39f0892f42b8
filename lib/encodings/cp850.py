""" Python 'cp850' Codec (Glass: the C codec 'cp850' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('cp850', __name__, 'cp850'))
decoding_table, encoding_table = _ccodec.charmap_tables('cp850')
del _ccodec
