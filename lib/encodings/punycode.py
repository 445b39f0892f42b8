"""Codec for the Punycode encoding of RFC 3492 (Glass's implementation).

Encoding keeps the ASCII characters in order, then a '-' and the insertions of the
other characters as generalized variable-length integers in base 36.
"""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_INITIAL_BIAS, _INITIAL_N = 72, 0x80
_DIGITS = b"abcdefghijklmnopqrstuvwxyz0123456789"


def _adapt(delta, numpoints, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // numpoints
    k = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        k += _BASE
    return k + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    return min(max(k - bias, _TMIN), _TMAX)


def _encode_varint(q, bias, out):
    k = _BASE
    while True:
        t = _threshold(k, bias)
        if q < t:
            out.append(_DIGITS[q])
            return
        out.append(_DIGITS[t + (q - t) % (_BASE - t)])
        q = (q - t) // (_BASE - t)
        k += _BASE


def punycode_encode(text):
    basic = bytes(ord(c) for c in text if ord(c) < 0x80)
    out = bytearray()
    n, delta, bias = _INITIAL_N, 0, _INITIAL_BIAS
    handled = len(basic)
    for m in sorted({ord(c) for c in text if ord(c) >= 0x80}):
        delta += (m - n) * (handled + 1)
        n = m
        for c in text:
            c = ord(c)
            if c < n:
                delta += 1
            elif c == n:
                _encode_varint(delta, bias, out)
                bias = _adapt(delta, handled + 1, handled == len(basic))
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return basic + b"-" + bytes(out) if basic else bytes(out)


def _digit_value(ch, errors):
    if 0x41 <= ch <= 0x5A:
        return ch - 0x41
    if 0x30 <= ch <= 0x39:
        return ch - 22
    if errors == "strict":
        raise UnicodeError("Invalid extended code point '%s'" % chr(ch))
    return None


def punycode_decode(text, errors):
    if isinstance(text, str):
        text = text.encode("ascii")
    if isinstance(text, memoryview):
        text = bytes(text)
    pos = text.rfind(b"-")
    if pos == -1:
        chars, extended = [], str(text, "ascii").upper().encode("ascii")
    else:
        chars = list(str(text[:pos], "ascii", errors))
        extended = str(text[pos + 1:], "ascii").upper().encode("ascii")
    n, i, bias, j = _INITIAL_N, 0, _INITIAL_BIAS, 0
    while j < len(extended):
        old_i, w, k = i, 1, _BASE
        while True:
            if j >= len(extended):
                if errors == "strict":
                    raise UnicodeError("incomplete punicode string")
                return "".join(chars)
            digit = _digit_value(extended[j], errors)
            j += 1
            if digit is None:
                return "".join(chars)
            i += digit * w
            t = _threshold(k, bias)
            if digit < t:
                break
            w *= _BASE - t
            k += _BASE
        bias = _adapt(i - old_i, len(chars) + 1, old_i == 0)
        n += i // (len(chars) + 1)
        if n > 0x10FFFF:
            if errors == "strict":
                raise UnicodeError("Invalid character U+%x" % n)
            n = ord('?')
        i %= len(chars) + 1
        chars.insert(i, chr(n))
        i += 1
    return "".join(chars)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        if errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError("Unsupported error handling " + self.errors)
        return punycode_decode(input, self.errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='punycode', encode=Codec().encode, decode=Codec().decode,
        incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter, streamreader=StreamReader)
