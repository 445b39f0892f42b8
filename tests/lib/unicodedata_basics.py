# unicodedata: properties, names, numeric values, decompositions, normalization, errors.
import unicodedata as ud

def show(f, *args):
    try:
        print(f.__name__, args, repr(f(*args)))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, repr(e))

print(ud.unidata_version)
chars = "aZ1\u00bd\u2167\u0663\u00e9\u0301\u05d0\u0628 \u3000\uff21\u4e00\u4e94\uac01" \
        "\U0001f600\U00010ffff\ud800\ue000\u2028\x00([\u00b2\u2460\u1e9b\ufb01\u212b"
for c in chars:
    print("%04X" % ord(c), ud.category(c), repr(ud.bidirectional(c)), ud.combining(c),
          ud.mirrored(c), ud.east_asian_width(c), repr(ud.decomposition(c)),
          ud.decimal(c, None), ud.digit(c, None), ud.numeric(c, None), ud.name(c, "-"))
for name in ["LATIN SMALL LETTER A", "latin small letter e with acute", "SNOWMAN",
             "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG", "LINE FEED", "BEL",
             "no such thing", "x" * 300]:
    show(ud.lookup, name)
show(ud.lookup, b"GREEK SMALL LETTER ALPHA"); show(ud.lookup, 5)
show(ud.lookup, "KEYCAP NUMBER SIGN"); show(ud.lookup, "tamil syllable yuu")
for f in (ud.decimal, ud.digit, ud.numeric):
    show(f, "x"); show(f, "x", "dflt"); show(f, "\u00b2"); show(f, "\u2155")
show(ud.name, "\x00"); show(ud.name, "ab"); show(ud.category, 3); show(ud.category, "")
show(ud.name); show(ud.decimal, "1", 2, 3)
samples = ["Caf\u00e9", "Cafe\u0301", "\u1e9b\u0323", "\ufb01ne", "\u212b\u2126",
           "\u1100\u1161\u11a8", "\uac01", "a\u0323\u0302\u0301b", "\u0301a", "x\u0f73y",
           "\u00bd \u2460 \u00b2", "\uff21\uff22\uff23", "", "abc"]
for s in samples:
    print([ascii(ud.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [ud.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
s = "plain ascii"
print(ud.normalize("NFC", s) == s, ud.normalize("NFKD", "\u00e9\u00e9") == "e\u0301e\u0301")
show(ud.normalize, "NFX", "a"); show(ud.normalize, 1, "a"); show(ud.normalize, "NFC", 1)
show(ud.is_normalized, "nfc", "a"); show(ud.normalize, "NFC")
