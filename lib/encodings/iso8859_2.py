""" Python 'iso8859-2' Codec (Glass: the C codec 'iso8859-2' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('iso8859-2', __name__, 'iso8859-2'))
decoding_table, encoding_table = _ccodec.charmap_tables('iso8859-2')
del _ccodec
