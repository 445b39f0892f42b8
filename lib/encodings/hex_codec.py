"""Python 'hex_codec' Codec - 2-digit hex content transfer encoding (Glass)."""

import binascii
from encodings import _bytescodec


def hex_encode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.b2a_hex(input), len(input))


def hex_decode(input, errors='strict'):
    assert errors == 'strict'
    return (binascii.a2b_hex(input), len(input))


globals().update(_bytescodec.namespace('hex', __name__, hex_encode, hex_decode))
del _bytescodec
