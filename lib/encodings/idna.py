"""Codec for Internationalized Domain Names, IDNA 2003 (RFC 3490), Glass's version.

Each label of a name is prepared with nameprep (RFC 3491) and, unless it is ASCII,
written as 'xn--' + its Punycode. Glass has no Unicode 3.2 database nor the
stringprep tables, so nameprep here approximates RFC 3454 with the current Unicode
data: mapping B.1 is the RFC's short list, B.2 is str.casefold(), normalization is
today's NFKC, and the prohibited characters are recognized by category (non-ASCII
spaces, controls, private use, surrogates, non-characters, and the listed format
and tagging characters). ASCII names and common IDNs give CPython's results.
"""

import codecs
import re
import unicodedata

dots = re.compile("[\u002E\u3002\uFF0E\uFF61]")
ace_prefix = b"xn--"
sace_prefix = "xn--"

# RFC 3454 table B.1: characters mapped to nothing
_B1 = frozenset([0x00AD, 0x034F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C,
                 0x200D, 0x2060, 0xFEFF] + list(range(0xFE00, 0xFE10)))
# tables C.6-C.9 and the format characters of C.2.2 that no category test catches
_PROHIBITED = frozenset([0x0340, 0x0341, 0x06DD, 0x070F, 0x180E, 0x200E, 0x200F,
                         0x2028, 0x2029, 0x2060, 0x2061, 0x2062, 0x2063, 0xFEFF]
                        + list(range(0x200C, 0x2010)) + list(range(0x202A, 0x202F))
                        + list(range(0x206A, 0x2070)) + list(range(0xFFF9, 0xFFFE))
                        + list(range(0x2FF0, 0x2FFC)) + list(range(0x1D173, 0x1D17B))
                        + [0xE0001] + list(range(0xE0020, 0xE0080)))


def _prohibited(c):
    o = ord(c)
    if o in _PROHIBITED:
        return True
    cat = unicodedata.category(c)
    if cat == 'Zs' and o != 0x20:
        return True
    if cat in ('Cc', 'Co', 'Cs') and o >= 0x7F:
        return True
    return (o & 0xFFFE) == 0xFFFE or 0xFDD0 <= o <= 0xFDEF


def nameprep(label):
    # Map
    label = "".join(c.casefold() for c in label if ord(c) not in _B1)
    # Normalize
    label = unicodedata.normalize("NFKC", label)
    # Prohibit
    for c in label:
        if _prohibited(c):
            raise UnicodeError("Invalid character %r" % c)
    # Check bidi
    randal = [unicodedata.bidirectional(c) in ('R', 'AL') for c in label]
    if any(randal):
        if any(unicodedata.bidirectional(c) == 'L' for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not randal[0] or not randal[-1]:
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def _checked(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def ToASCII(label):
    try:
        return _checked(label.encode("ascii"))
    except UnicodeEncodeError:
        pass
    label = nameprep(label)
    try:
        return _checked(label.encode("ascii"))
    except UnicodeEncodeError:
        pass
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    return _checked(ace_prefix + label.encode("punycode"))


def ToUnicode(label):
    if len(label) > 1024:
        # protects the Punycode decoder from quadratic work on absurd input
        raise UnicodeError("label way too long")
    if not isinstance(label, bytes):
        try:
            label = label.encode("ascii")
        except UnicodeError:
            label = nameprep(label)
            try:
                label = label.encode("ascii")
            except UnicodeError:
                raise UnicodeError("Invalid character in IDN label")
    if not label.startswith(ace_prefix):
        return str(label, "ascii")
    result = label[len(ace_prefix):].decode("punycode")
    again = ToASCII(result)
    if str(label, "ascii").lower() != str(again, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, again)
    return result


def _check_errors(errors):
    if errors != 'strict':
        raise UnicodeError("unsupported error handling " + errors)


def _encode_labels(labels):
    return b".".join(ToASCII(label) for label in labels)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        _check_errors(errors)
        if not input:
            return b'', 0
        try:
            result = input.encode('ascii')
        except UnicodeEncodeError:
            pass
        else:
            labels = result.split(b'.')
            for label in labels[:-1]:
                _checked(label)
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return result, len(input)
        labels = dots.split(input)
        trailing = b''
        if labels and not labels[-1]:
            trailing = b'.'
            del labels[-1]
        return _encode_labels(labels) + trailing, len(input)

    def decode(self, input, errors='strict'):
        _check_errors(errors)
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input:
            try:
                return input.decode('ascii'), len(input)
            except UnicodeDecodeError:
                pass
        labels = input.split(b".")
        trailing = ''
        if labels and len(labels[-1]) == 0:
            trailing = '.'
            del labels[-1]
        return ".".join(ToUnicode(label) for label in labels) + trailing, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        # a label is encoded once the dot after it (or the end) has been seen
        _check_errors(errors)
        if not input:
            return (b'', 0)
        labels = dots.split(input)
        trailing = b''
        if labels:
            if not labels[-1]:
                trailing = b'.'
                del labels[-1]
            elif not final:
                del labels[-1]       # still incomplete
                if labels:
                    trailing = b'.'
        size = sum(len(label) for label in labels) + max(len(labels) - 1, 0)
        return (_encode_labels(labels) + trailing, size + len(trailing))


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        _check_errors(errors)
        if not input:
            return ("", 0)
        if isinstance(input, str):
            labels = dots.split(input)
        else:
            input = str(input, "ascii")
            labels = input.split(".")
        trailing = ''
        if labels:
            if not labels[-1]:
                trailing = '.'
                del labels[-1]
            elif not final:
                del labels[-1]
                if labels:
                    trailing = '.'
        size = sum(len(label) for label in labels) + max(len(labels) - 1, 0)
        result = ".".join(ToUnicode(label) for label in labels) + trailing
        return (result, size + len(trailing))


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='idna', encode=Codec().encode, decode=Codec().decode,
        incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter, streamreader=StreamReader)
