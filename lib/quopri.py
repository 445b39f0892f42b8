"""quopri - quoted-printable encoding and decoding (RFC 1521), over files and bytes.

encode()/decode() read a binary file object and write another; encodestring() and
decodestring() work on bytes. header=True gives the variant of RFC 1522 headers
('_' for a space). The work is done by binascii.b2a_qp/a2b_qp, as in CPython.
Glass's own implementation.
"""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b"="
MAXLINESIZE = 76
HEX = b"0123456789ABCDEF"
EMPTYSTRING = b""

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = None
    b2a_qp = None


def needsquoting(c, quotetabs, header):
    """Whether the byte c (a bytes of length 1) must be written as =XX."""
    assert isinstance(c, bytes)
    if c in b" \t":
        return quotetabs
    if c == b"_":
        return header
    return c == ESCAPE or not (b" " <= c <= b"~")


def quote(c):
    """The =XX form of the byte c (a bytes of length 1)."""
    assert isinstance(c, bytes) and len(c) == 1
    c = ord(c)
    return ESCAPE + bytes((HEX[c // 16], HEX[c % 16]))


def encode(input, output, quotetabs, header=False):
    """Read input (binary file) and write it quoted-printable to output; quotetabs
    quotes embedded spaces and tabs, header writes spaces as '_'."""
    output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))


def encodestring(s, quotetabs=False, header=False):
    """Return bytes s quoted-printable."""
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def decode(input, output, header=False):
    """Read quoted-printable input (binary file) and write it decoded to output."""
    output.write(a2b_qp(input.read(), header=header))


def decodestring(s, header=False):
    """Return quoted-printable bytes s decoded."""
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the byte c (a bytes of length 1) is a hexadecimal digit."""
    assert isinstance(c, bytes)
    return b"0" <= c <= b"9" or b"a" <= c <= b"f" or b"A" <= c <= b"F"


def unhex(s):
    """The value of the hexadecimal digits s (bytes)."""
    bits = 0
    for c in s:
        c = bytes((c,))
        if b"0" <= c <= b"9":
            base = ord("0")
        elif b"a" <= c <= b"f":
            base = ord("a") - 10
        elif b"A" <= c <= b"F":
            base = ord(b"A") - 10
        else:
            assert False, "non-hex digit " + repr(c)
        bits = bits * 16 + (ord(c) - base)
    return bits


def main():
    """Command line: quopri [-t | -d] [file ...] (-t quotes tabs, -d decodes)."""
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], "td")
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    deco = False
    tabs = False
    for o, _ in opts:
        if o == "-t":
            tabs = True
        if o == "-d":
            deco = True
    if tabs and deco:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    if not args:
        args = ["-"]
    sts = 0
    for file in args:
        if file == "-":
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(file, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (file, msg))
                sts = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if file != "-":
                fp.close()
    if sts:
        sys.exit(sts)


if __name__ == "__main__":
    main()
