"""Shared body of the encodings modules that wrap a C codec of Glass (the codecs of
str.encode / bytes.decode): the module-level encode/decode functions, the Codec,
IncrementalEncoder, IncrementalDecoder, StreamWriter and StreamReader classes and
getregentry(), with CPython's names and the module's name as __module__.

Not a codec itself: its name normalizes to 'ccodec', which no alias points to.
"""

import codecs


def namespace(c_name, module, info_name=None):
    """The globals of the encodings module `module` wrapping the C codec `c_name`
    (its CodecInfo is named info_name, default c_name)."""
    base = codecs._make_codec(c_name)
    encode, decode = base.encode, base.decode

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    class IncrementalEncoder(base.incrementalencoder):
        pass

    class IncrementalDecoder(base.incrementaldecoder):
        pass

    class StreamWriter(Codec, base.streamwriter):
        pass

    class StreamReader(Codec, base.streamreader):
        pass

    StreamWriter.encode = staticmethod(encode)
    StreamReader.decode = staticmethod(decode)
    classes = (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader)
    for cls in classes:
        cls.__module__ = module
        cls.__qualname__ = cls.__name__

    def getregentry():
        return codecs.CodecInfo(
            name=info_name or c_name, encode=encode, decode=decode,
            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
            streamwriter=StreamWriter, streamreader=StreamReader)

    ns = {cls.__name__: cls for cls in classes}
    ns.update(encode=encode, decode=decode, getregentry=getregentry)
    return ns


def charmap_tables(c_name):
    """(decoding_table, encoding_table) of a one-byte charmap codec: the str of the 256
    characters the bytes decode to ('\\ufffe' where undefined), and a dict mapping each
    code point to its byte (CPython's encoding_table is an EncodingMap object)."""
    chars = []
    for b in range(256):
        try:
            chars.append(bytes([b]).decode(c_name))
        except UnicodeDecodeError:
            chars.append('\ufffe')
    decoding_table = ''.join(chars)
    encoding_table = {ord(c): b for b, c in enumerate(decoding_table) if c != '\ufffe'}
    return decoding_table, encoding_table
