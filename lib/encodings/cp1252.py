""" Python 'cp1252' Codec (Glass: the C codec 'cp1252' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('cp1252', __name__, 'cp1252'))
decoding_table, encoding_table = _ccodec.charmap_tables('cp1252')
del _ccodec
