"""Shared body of the encodings modules of the non-text codecs (hex_codec,
base64_codec, rot_13): the classes around a pair of stateless functions, with
_is_text_encoding False as CPython's.

Not a codec itself: its name normalizes to 'bytescodec', which no alias points to.
"""

import codecs


def namespace(name, module, encode, decode):
    """The globals of the encodings module `module` for the codec `name`."""

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return decode(input, self.errors)[0]

    class StreamWriter(Codec, codecs.StreamWriter):
        charbuffertype = bytes

    class StreamReader(Codec, codecs.StreamReader):
        charbuffertype = bytes

    classes = (Codec, IncrementalEncoder, IncrementalDecoder, StreamWriter, StreamReader)
    for cls in classes:
        cls.__module__ = module
        cls.__qualname__ = cls.__name__

    def getregentry():
        return codecs.CodecInfo(
            name=name, encode=encode, decode=decode,
            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
            streamwriter=StreamWriter, streamreader=StreamReader,
            _is_text_encoding=False)

    ns = {cls.__name__: cls for cls in classes}
    ns['getregentry'] = getregentry
    return ns
