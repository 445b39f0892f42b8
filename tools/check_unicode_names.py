#!/usr/bin/env python3.11
"""Check Glass's "\\N{NAME}" escapes against CPython 3.11, name by name.

Run (from the repository root, after `make`):
    /usr/bin/python3.11 tools/check_unicode_names.py [GLASS_BINARY] [--quick]

Candidates: the name of every named code point (0..0x10FFFF), the same in lower case,
every name alias (in upper and lower case), every named sequence (rejected by "\\N{}"),
plus hand-picked near misses (wrong case for the Hangul and CJK UNIFIED families,
non-canonical hex widths, stray spaces). For each, python3.11 evaluates the literal
'"\\N{candidate}"' here and Glass evaluates it too (in chunks, one Glass process per
chunk): the resulting code point, or the SyntaxError message, must agree. --quick
checks every 37th code point only. Exit status 0 when everything agrees.
"""
import ctypes
import os
import subprocess
import sys
import tempfile
import unicodedata

CHUNK = 4000

GLASS_PROGRAM = r'''
import sys
names = %r
for n in names:
    try:
        v = eval('"\\N{' + n + '}"')
        print(",".join([str(ord(c)) for c in v]))
    except SyntaxError as e:
        print("E " + e.msg)
'''


def reference(name):
    try:
        v = eval('"\\N{' + name + '}"')
    except SyntaxError as e:
        return "E " + e.msg
    return ",".join(str(ord(c)) for c in v)


def aliases_and_sequences():
    getp = ctypes.pythonapi.PyCapsule_GetPointer
    getp.restype = ctypes.c_void_p
    getp.argtypes = [ctypes.py_object, ctypes.c_char_p]
    api = getp(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    proto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                             ctypes.c_int)
    getname = proto(ctypes.c_void_p.from_address(api).value)
    buf = ctypes.create_string_buffer(256)
    out = []
    for cp in range(0xF0000, 0xF1000):
        if getname(cp, buf, 256, 1):
            out.append(buf.value.decode("ascii"))
    return out


def candidates(step):
    names = []
    for cp in range(0, 0x110000, step):
        n = unicodedata.name(chr(cp), None)
        if n is not None:
            names += [n, n.lower()]
    for a in aliases_and_sequences():
        names += [a, a.lower()]
    names += [
        "hangul syllable GAG", "HANGUL SYLLABLE gag", "Hangul Syllable GA",
        "HANGUL SYLLABLE ", "HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE YAEGG",
        "cjk unified ideograph-4E00", "CJK UNIFIED IDEOGRAPH-4e00",
        "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-004E00",
        "CJK UNIFIED IDEOGRAPH-4E0", "CJK UNIFIED IDEOGRAPH-A000",
        "CJK UNIFIED IDEOGRAPH-2A6DF", "CJK UNIFIED IDEOGRAPH-2A6E0",
        "CJK COMPATIBILITY IDEOGRAPH-0F900", "CJK COMPATIBILITY IDEOGRAPH-F900",
        "cjk compatibility ideograph-fa6e", "CJK COMPATIBILITY IDEOGRAPH-FA6D",
        "TANGUT IDEOGRAPH-17000", "NUSHU CHARACTER-01B170", "nushu character-1b2fb",
        "KHITAN SMALL SCRIPT CHARACTER-18CD5", "KHITAN SMALL SCRIPT CHARACTER-18CD6",
        "LATIN SMALL LETTER A ", " LATIN SMALL LETTER A", "LATIN  SMALL LETTER A",
        "LATIN SMALL LETTER", "LATIN", "X", "NO SUCH NAME", "A" * 200,
        "LATIN SMALL LETTER A\tB",
    ]
    return names


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    glass = args[0] if args else "build/glass"
    names = candidates(37 if "--quick" in sys.argv else 1)
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "chunk.py")
        for start in range(0, len(names), CHUNK):
            chunk = names[start:start + CHUNK]
            with open(path, "w", encoding="utf-8") as f:
                f.write(GLASS_PROGRAM % (chunk,))
            run = subprocess.run([glass, path], capture_output=True, text=True,
                                 encoding="utf-8")
            got = run.stdout.splitlines()
            if run.returncode != 0 or len(got) != len(chunk):
                print("chunk %d: glass failed (status %d): %s"
                      % (start, run.returncode, run.stderr.strip()[-300:]))
                failures += len(chunk)
                continue
            for name, g in zip(chunk, got):
                want = reference(name)
                if g != want:
                    failures += 1
                    if failures <= 30:
                        print("%r: python3.11 %s, glass %s" % (name, want, g))
    print("%d names checked, %d differ" % (len(names), failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
