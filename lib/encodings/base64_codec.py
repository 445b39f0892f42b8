"""Python 'base64_codec' Codec - base64 content transfer encoding (Glass)."""

import base64
from encodings import _bytescodec


def base64_encode(input, errors='strict'):
    assert errors == 'strict'
    return (base64.encodebytes(input), len(input))


def base64_decode(input, errors='strict'):
    assert errors == 'strict'
    return (base64.decodebytes(input), len(input))


globals().update(_bytescodec.namespace('base64', __name__, base64_encode, base64_decode))
del _bytescodec
