""" Python 'iso8859-15' Codec (Glass: the C codec 'iso8859-15' of str.encode / bytes.decode)."""

from encodings import _ccodec

globals().update(_ccodec.namespace('iso8859-15', __name__, 'iso8859-15'))
decoding_table, encoding_table = _ccodec.charmap_tables('iso8859-15')
del _ccodec
