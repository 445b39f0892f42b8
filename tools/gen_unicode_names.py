#!/usr/bin/env python3.11
"""Generate src/objects/unicodenames.c: the Unicode character name database behind
"\\N{NAME}" escapes (see src/objects/unicodenames.h for the API).

Run (from the repository root):  /usr/bin/python3.11 tools/gen_unicode_names.py
(an optional argument names another output file).

CPython 3.11's own unicodedata is the reference:
- names: unicodedata.name() for every code point;
- name aliases and named sequences: read through unicodedata's C API capsule
  (unicodedata._ucnhash_CAPI, getname with aliases enabled, on the private-use code
  points CPython stores them at), then resolved with unicodedata.lookup(); aliases map
  to one character, named sequences to several (and "\\N{}" rejects those).

Compression: names of the families CPython computes (CJK UNIFIED IDEOGRAPH-XXXX, CJK
COMPATIBILITY IDEOGRAPH-XXXX, TANGUT IDEOGRAPH-, KHITAN SMALL SCRIPT CHARACTER-, NUSHU
CHARACTER- and HANGUL SYLLABLE x from the jamo short names) are stored as code point
ranges. The other names are split into space-separated words; frequent adjacent word
pairs are merged a few rounds into phrases (byte-pair style), the end of a name being
a pseudo-word "$" so that it merges too. Every phrase gets a code by frequency: the
first FIRST_TWO codes take one byte, the others two. A name is its codes; the phrase
texts form the lexicon (last byte of each with bit 7 set). The generator decodes every
name back and checks it before writing.
"""
import collections
import ctypes
import os
import sys
import unicodedata

HEX_PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-",
                "TANGUT IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]
HANGUL_PREFIX = "HANGUL SYLLABLE "
SBASE, LCOUNT, VCOUNT, TCOUNT = 0xAC00, 19, 21, 28
END = "$"                  # pseudo-word ending every name
FIRST_TWO = 192            # codes below take one byte, the others two
LEX_BLOCK = 16             # lexicon offset kept for every LEX_BLOCK-th phrase
NAME_BLOCK = 32            # phrasebook offset kept for every NAME_BLOCK-th name
MERGE_ROUNDS = 30
MERGES_PER_ROUND = 300
NAME_MAXLEN = 127          # GL_UNICODE_NAME_MAXLEN in unicodenames.h


def hangul_jamo():
    """The L, V, T short names, read back from the syllable names themselves."""
    base = lambda cp: unicodedata.name(chr(cp))[len(HANGUL_PREFIX):]
    first_v = base(SBASE)[-1:]          # "GA" -> V0 = "A" (L0 = "G")
    lead = [base(SBASE + l * VCOUNT * TCOUNT)[:-len(first_v)] for l in range(LCOUNT)]
    l0 = lead[0]
    vowel = [base(SBASE + v * TCOUNT)[len(l0):] for v in range(VCOUNT)]
    tail = [base(SBASE + t)[len(l0) + len(vowel[0]):] for t in range(TCOUNT)]
    for s in range(LCOUNT * VCOUNT * TCOUNT):
        l, v, t = s // (VCOUNT * TCOUNT), s // TCOUNT % VCOUNT, s % TCOUNT
        assert base(SBASE + s) == lead[l] + vowel[v] + tail[t], hex(SBASE + s)
    return lead, vowel, tail


def aliases_and_sequences():
    """(aliases as (name, cp), named sequence names), via CPython's name C API."""
    getp = ctypes.pythonapi.PyCapsule_GetPointer
    getp.restype = ctypes.c_void_p
    getp.argtypes = [ctypes.py_object, ctypes.c_char_p]
    api = getp(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    proto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                             ctypes.c_int)
    getname = proto(ctypes.c_void_p.from_address(api).value)  # first member: getname
    buf = ctypes.create_string_buffer(256)
    aliases, sequences = [], []
    for cp in range(0xF0000, 0xF1000):      # CPython's private alias/sequence range
        if not getname(cp, buf, 256, 1):
            continue
        name = buf.value.decode("ascii")
        value = unicodedata.lookup(name)
        if len(value) == 1:
            aliases.append((name, ord(value)))
        else:
            sequences.append(name)
    assert aliases and sequences
    return aliases, sequences


def classify():
    """Split the named code points into algorithmic ranges and stored names."""
    lead, vowel, tail = hangul_jamo()
    ranges = []            # [first, last, prefix]
    stored = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None:
            continue
        prefix = None
        if SBASE <= cp < SBASE + LCOUNT * VCOUNT * TCOUNT:
            prefix = HANGUL_PREFIX        # checked by hangul_jamo()
        else:
            for p in HEX_PREFIXES:
                if name == p + "%04X" % cp:
                    prefix = p
        if prefix is None:
            # CPython never falls back to its hash table for these two prefixes.
            assert not name.startswith((HANGUL_PREFIX, HEX_PREFIXES[0])), name
            stored[cp] = name
        elif ranges and ranges[-1][2] == prefix and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, prefix])
    return (lead, vowel, tail), ranges, stored


def build_phrases(names):
    """Merge frequent word pairs; returns the phrase sequences of each name."""
    seqs = [tuple(n.split(" ")) + (END,) for n in names]
    for n in names:
        assert n and "  " not in n and n.strip() == n and END not in n, n
    joined = lambda a, b: a + b if b == END else a + " " + b
    for _ in range(MERGE_ROUNDS):
        pairs = collections.Counter()
        for s in seqs:
            pairs.update(zip(s, s[1:]))
        chosen, used = {}, set()
        for (a, b), count in sorted(pairs.items(), key=lambda kv: (-kv[1], kv[0])):
            if len(chosen) >= MERGES_PER_ROUND or count < 4:
                break
            if a in used or b in used or count <= len(a) + len(b) + 1:
                continue
            chosen[(a, b)] = joined(a, b)
            used.update((a, b))
        if not chosen:
            break
        new = []
        for s in seqs:
            out, i = [], 0
            while i < len(s):
                if i + 1 < len(s) and (s[i], s[i + 1]) in chosen:
                    out.append(chosen[(s[i], s[i + 1])])
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            new.append(tuple(out))
        seqs = new
    return seqs


def decode(codes, phrases):
    """The decoder of unicodenames.c, in Python (used to check the encoding)."""
    out = ""
    for k, c in enumerate(codes):
        text = phrases[c]
        if k and not text.startswith(END):
            out += " "
        out += text
    assert out.endswith(END) and out.count(END) == 1
    return out[:-1]


def encode(stored):
    cps = sorted(stored)
    names = [stored[cp] for cp in cps]
    seqs = build_phrases(names)
    freq = collections.Counter(p for s in seqs for p in s)
    phrases = sorted(freq, key=lambda p: (-freq[p], p))
    # Any order within a tier will do: sorted, neighbours share prefixes.
    phrases = sorted(phrases[:FIRST_TWO]) + sorted(phrases[FIRST_TWO:])
    code = {p: i for i, p in enumerate(phrases)}
    assert len(phrases) <= FIRST_TWO + (256 - FIRST_TWO) * 256
    book, name_offsets = bytearray(), []
    for i, (name, s) in enumerate(zip(names, seqs)):
        if i % NAME_BLOCK == 0:
            name_offsets.append(len(book))
        codes = [code[p] for p in s]
        assert decode(codes, phrases) == name
        for c in codes:
            if c < FIRST_TWO:
                book.append(c)
            else:
                book += bytes((FIRST_TWO + ((c - FIRST_TWO) >> 8), (c - FIRST_TWO) & 255))
    lexicon, lex_offsets = bytearray(), []
    final = bytearray((len(phrases) + 7) // 8)
    for i, p in enumerate(phrases):
        raw = p.encode("ascii")
        if i % LEX_BLOCK == 0:
            lex_offsets.append(len(lexicon))
        else:                 # front coding: length shared with the previous text
            prev, k = phrases[i - 1].encode("ascii"), 0
            while k < min(len(prev), len(raw)) and prev[k] == raw[k]:
                k += 1
            assert k < len(raw)
            lexicon.append(k)
            raw = raw[k:]
        lexicon += raw[:-1] + bytes((raw[-1] | 0x80,))
        if p.endswith(END):
            final[i >> 3] |= 1 << (i & 7)
    runs = []              # [first cp, count, first name index]
    for i, cp in enumerate(cps):
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, i])
    return dict(count=len(names), book=book, name_offsets=name_offsets, lexicon=lexicon,
                lex_offsets=lex_offsets, final=final, phrases=len(phrases), runs=runs,
                phrase_chars=sum(len(p) for p in phrases))


def check_escapes(aliases, sequences):
    """What "\\N{}" accepts in CPython 3.11: aliases (any case) yes, sequences no."""
    for name, cp in aliases:
        assert eval('"\\N{%s}"' % name.lower()) == chr(cp), name
    for name in sequences:
        try:
            eval('"\\N{%s}"' % name)
        except SyntaxError:
            continue
        raise AssertionError("named sequence accepted: " + name)


# ---- C output ---------------------------------------------------------------------

def c_string(data, indent="    "):
    """Bytes as concatenated C string literals (octal escapes, no trigraphs)."""
    lines, cur = [], ""
    for b in data:
        ch = chr(b)
        if 0x20 <= b < 0x7F and ch not in '"\\?':
            piece = ch
        else:
            piece = "\\%03o" % b
        if len(cur) + len(piece) > 88:
            lines.append(indent + '"' + cur + '"')
            cur = ""
        cur += piece
    lines.append(indent + '"' + cur + '"')
    return "\n".join(lines)


def c_numbers(values, indent="    ", width=96):
    lines, cur = [], indent
    for v in values:
        item = "%d," % v
        if len(cur) + len(item) + 1 > width:
            lines.append(cur.rstrip())
            cur = indent
        cur += item + " "
    lines.append(cur.rstrip())
    return "\n".join(lines)


def emit(out, jamo, ranges, enc, aliases):
    prefixes = [HANGUL_PREFIX] + HEX_PREFIXES
    longest = max([len(a) for a, _ in aliases] + [len(p) + 5 for p in prefixes])
    w = out.write
    w(HEADER.format(version=unicodedata.unidata_version))
    w("#define NAME_COUNT %d\n" % enc["count"])
    w("#define ALIAS_COUNT %d\n" % len(aliases))
    w("#define PHRASE_COUNT %d\n" % enc["phrases"])
    w("#define PHRASE_CHARS %d     // total length of the phrase texts\n"
      % enc["phrase_chars"])
    w("#define FIRST_TWO %d      // phrase codes below take one byte, others two\n"
      % FIRST_TWO)
    w("#define LEX_BLOCK %d\n#define NAME_BLOCK %d\n\n" % (LEX_BLOCK, NAME_BLOCK))
    w("// Hangul syllable short names (L, V, T), as in Unicode's Jamo.txt.\n")
    for label, table in zip("lvt", jamo):
        w("static const char *const hangul_%s[%d] = {\n" % (label, len(table)))
        items = ", ".join('"%s"' % j for j in table)
        line = "   "
        for item in items.split(", "):
            if len(line) + len(item) + 2 > 96:
                w(line + "\n")
                line = "   "
            line += " " + item + ","
        w(line + "\n};\n")
    w("\n/* Prefixes of the computed names: 0 is Hangul (syllable from the jamo names), 1\n"
      " * CJK UNIFIED IDEOGRAPH- (upper-case hex, parsed case-sensitively, as CPython),\n"
      " * the others prefix + \"%04X\" of the code point, looked up case-insensitively. */\n")
    w("static const char *const algo_prefixes[%d] = {\n" % len(prefixes))
    for p in prefixes:
        w('    "%s",\n' % p)
    w("};\n\n")
    w("// Code point ranges of computed names: {first, last, prefix}, ascending.\n")
    w("static const struct {\n    uint32_t first, last;\n    uint8_t prefix;\n}"
      " algo_ranges[%d] = {\n" % len(ranges))
    for first, last, p in ranges:
        w("    {0x%05X, 0x%05X, %d},\n" % (first, last, prefixes.index(p)))
    w("};\n\n")
    w("// Runs of consecutive stored names: {first code point, count, first name index}.\n")
    w("static const struct {\n    uint32_t first, count, index;\n} name_runs[%d] = {\n"
      % len(enc["runs"]))
    for first, count, index in enc["runs"]:
        w("    {0x%05X, %d, %d},\n" % (first, count, index))
    w("};\n\n")
    w("/* Phrase texts in code order, front-coded: except at each LEX_BLOCK-th, a text\n"
      " * starts with a byte giving how many leading bytes it shares with the previous one;\n"
      " * the rest follows, its last byte with bit 7 set. */\n")
    w("static const unsigned char lexicon[%d] =\n" % (len(enc["lexicon"]) + 1))
    w(c_string(enc["lexicon"]) + ";\n\n")
    w("// lexicon offset of phrase k * LEX_BLOCK.\n")
    w("static const uint32_t lexicon_offsets[%d] = {\n" % len(enc["lex_offsets"]))
    w(c_numbers(enc["lex_offsets"]) + "\n};\n\n")
    w("// Bit k set: phrase k ends a name (its text ends with '$').\n")
    w("static const unsigned char phrase_final[%d] = {\n" % len(enc["final"]))
    w(c_numbers(enc["final"]) + "\n};\n\n")
    w("// The stored names, in code point order, each a sequence of phrase codes.\n")
    w("static const unsigned char phrasebook[%d] =\n" % (len(enc["book"]) + 1))
    w(c_string(enc["book"]) + ";\n\n")
    w("// phrasebook offset of name k * NAME_BLOCK.\n")
    w("static const uint32_t phrasebook_offsets[%d] = {\n" % len(enc["name_offsets"]))
    w(c_numbers(enc["name_offsets"]) + "\n};\n\n")
    w("// Name aliases (NameAliases.txt), NUL-separated, and what they name.\n")
    text = b"".join(a.encode("ascii") + b"\0" for a, _ in aliases)
    w("static const char alias_names[%d] =\n" % (len(text) + 1))
    w(c_string(text) + ";\n\n")
    offs, pos = [], 0
    for a, _ in aliases:
        offs.append(pos)
        pos += len(a) + 1
    w("static const uint16_t alias_offsets[ALIAS_COUNT] = {\n")
    w(c_numbers(offs) + "\n};\n\n")
    w("static const uint32_t alias_cps[ALIAS_COUNT] = {\n")
    w(c_numbers([cp for _, cp in aliases]) + "\n};\n")
    assert longest <= NAME_MAXLEN
    w(CODE)


HEADER = """\
/* unicodenames.c - GENERATED by tools/gen_unicode_names.py from CPython 3.11's
 * unicodedata (Unicode {version}); do not edit. Regenerate with:
 *     /usr/bin/python3.11 tools/gen_unicode_names.py
 * The Unicode character name database (API and accepted names: unicodenames.h).
 *
 * Invariants:
 * - Stored names are listed in code point order; name_runs maps a code point to its
 *   index, phrasebook_offsets[i / NAME_BLOCK] is where name i / NAME_BLOCK * NAME_BLOCK
 *   starts. A name is phrase codes (one byte if below FIRST_TWO, else two) ending with
 *   the first code whose phrase_final bit is set; phrases are joined with a space,
 *   except before a phrase starting with '$', and '$' ends the name.
 * - Phrase k's text is rebuilt from lexicon_offsets[k / LEX_BLOCK], where a complete
 *   text starts, by decoding the k % LEX_BLOCK front-coded texts that follow it; a
 *   shared length never exceeds the previous text's length; each text ends at its byte
 *   with bit 7 set. Phrase texts are the words of a name joined by spaces, the last
 *   phrase of a name ending with '$' (or being "$").
 * - Names of algo_ranges (CJK ideographs, Hangul syllables, ...) are computed, never
 *   stored, and no stored name starts with "HANGUL SYLLABLE " or
 *   "CJK UNIFIED IDEOGRAPH-".
 * - name_index, built at first lookup and never changed after, is a linear-probing
 *   hash table of stored names and aliases keyed by their upper-case text.
 */
#include "unicodenames.h"

#include <stdlib.h>
#include <string.h>

"""

CODE = r"""
/* ---- decoding -------------------------------------------------------------------- */

#define ID_BITS 17          // low bits of a name_index entry: name or alias id + 1
#define ID_MASK ((1u << ID_BITS) - 1)

_Static_assert(NAME_COUNT + ALIAS_COUNT < ID_MASK, "ids must fit in ID_BITS");

// Write phrase `code`'s text into `text` (GL_UNICODE_NAME_MAXLEN + 2 bytes); its length.
static size_t
phrase_text(uint32_t code, char *text)
{
    const unsigned char *p = lexicon + lexicon_offsets[code / LEX_BLOCK];
    for (uint32_t k = code - code % LEX_BLOCK;; k++) {
        size_t n = k % LEX_BLOCK != 0 ? *p++ : 0;
        do {
            text[n++] = (char)(*p & 0x7F);
        } while (!(*p++ & 0x80));
        if (k == code) {
            return n;
        }
    }
}

static const unsigned char *
read_code(const unsigned char *p, uint32_t *code)
{
    if (p[0] < FIRST_TWO) {
        *code = p[0];
        return p + 1;
    }
    *code = FIRST_TWO + ((uint32_t)(p[0] - FIRST_TWO) << 8) + p[1];
    return p + 2;
}

static int
phrase_is_final(uint32_t code)
{
    return (phrase_final[code >> 3] >> (code & 7)) & 1;
}

/* All phrase texts decoded, for build_index (which decodes every name): phrase k is
 * the start[k + 1] - start[k] bytes at chars + start[k]. */
typedef struct PhraseTable {
    uint32_t *start;        // PHRASE_COUNT + 1 offsets into chars
    char *chars;            // PHRASE_CHARS bytes
} PhraseTable;

// Fill `t` from the lexicon; 0, or -1 (with nothing allocated) when out of memory.
static int
phrase_table_build(PhraseTable *t)
{
    t->start = malloc((PHRASE_COUNT + 1) * sizeof(uint32_t));
    t->chars = malloc(PHRASE_CHARS);
    if (t->start == NULL || t->chars == NULL) {
        free(t->start);
        free(t->chars);
        return -1;
    }
    const unsigned char *p = lexicon;
    uint32_t pos = 0;
    for (uint32_t k = 0; k < PHRASE_COUNT; k++) {
        size_t shared = k % LEX_BLOCK != 0 ? *p++ : 0;
        t->start[k] = pos;
        if (shared > 0) {
            memcpy(t->chars + pos, t->chars + t->start[k - 1], shared);
            pos += (uint32_t)shared;
        }
        do {
            t->chars[pos++] = (char)(*p & 0x7F);
        } while (!(*p++ & 0x80));
    }
    t->start[PHRASE_COUNT] = pos;
    return 0;
}

/* Decode the name at `p` into `buf` (GL_UNICODE_NAME_MAXLEN + 1 bytes), NUL-terminated;
 * sets *len and returns where the next name starts. Phrases come from `table` when it
 * is not NULL, else from the lexicon. */
static const unsigned char *
decode_name(const unsigned char *p, char *buf, size_t *len, const PhraseTable *table)
{
    size_t n = 0;
    for (;;) {
        uint32_t code;
        p = read_code(p, &code);
        char tmp[GL_UNICODE_NAME_MAXLEN + 2];
        const char *text = tmp;
        size_t m;
        if (table != NULL) {
            text = table->chars + table->start[code];
            m = table->start[code + 1] - table->start[code];
        } else {
            m = phrase_text(code, tmp);
        }
        if (n > 0 && text[0] != '$') {
            buf[n++] = ' ';
        }
        for (size_t i = 0; i < m; i++) {
            if (text[i] == '$') {
                buf[n] = '\0';
                *len = n;
                return p;
            }
            buf[n++] = text[i];
        }
    }
}

static const unsigned char *
stored_name_start(uint32_t index)
{
    const unsigned char *p = phrasebook + phrasebook_offsets[index / NAME_BLOCK];
    for (uint32_t k = index % NAME_BLOCK; k > 0; k--) {
        uint32_t code;
        do {
            p = read_code(p, &code);
        } while (!phrase_is_final(code));
    }
    return p;
}

/* ---- computed names -------------------------------------------------------------- */

static int
hex_digit(char c, int any_case)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (any_case && c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Index of the algo_ranges entry holding cp, or -1.
static int
algo_range_of(uint32_t cp)
{
    int lo = 0, hi = (int)(sizeof(algo_ranges) / sizeof(algo_ranges[0])) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < algo_ranges[mid].first) {
            hi = mid - 1;
        } else if (cp > algo_ranges[mid].last) {
            lo = mid + 1;
        } else {
            return mid;
        }
    }
    return -1;
}

/* Longest of `count` jamo names that `s` (n bytes) starts with, case-sensitively, as
 * CPython's find_syllable: sets *len (0 if none) and returns its index or -1. */
static int
find_jamo(const char *const *table, int count, const char *s, size_t n, size_t *len)
{
    int found = -1;
    size_t best = 0;
    for (int i = 0; i < count; i++) {
        size_t k = strlen(table[i]);
        if ((found >= 0 && k <= best) || k > n || memcmp(s, table[i], k) != 0) {
            continue;
        }
        best = k;
        found = i;
    }
    *len = best;
    return found;
}

static int
hangul_lookup(const char *s, size_t n, uint32_t *cp)
{
    size_t k;
    int l = find_jamo(hangul_l, 19, s, n, &k);
    s += k, n -= k;
    int v = find_jamo(hangul_v, 21, s, n, &k);
    s += k, n -= k;
    int t = find_jamo(hangul_t, 28, s, n, &k);
    if (l < 0 || v < 0 || t < 0 || k != n) {
        return 0;
    }
    *cp = 0xAC00 + ((uint32_t)l * 21 + (uint32_t)v) * 28 + (uint32_t)t;
    return 1;
}

/* `s` (n bytes) as the hex suffix of a computed name with prefix `prefix`: CJK UNIFIED
 * takes 4 or 5 upper-case digits (CPython parses them); the others must be exactly
 * the "%04X" form in either case (CPython compares them as stored names). */
static int
hex_lookup(int prefix, const char *s, size_t n, uint32_t *cp)
{
    if (n != 4 && n != 5) {
        return 0;
    }
    uint32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        int d = hex_digit(s[i], prefix != 1);
        if (d < 0) {
            return 0;
        }
        v = v * 16 + (uint32_t)d;
    }
    if (prefix != 1 && (n == 5) != (v > 0xFFFF)) {
        return 0;       // not the canonical width ("0F900")
    }
    int r = algo_range_of(v);
    if (r < 0 || algo_ranges[r].prefix != prefix) {
        return 0;
    }
    *cp = v;
    return 1;
}

static int
ascii_iprefix(const char *s, size_t n, const char *prefix, size_t k)
{
    if (n < k) {
        return 0;
    }
    for (size_t i = 0; i < k; i++) {
        char c = s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 'a' + 'A') : s[i];
        if (c != prefix[i]) {
            return 0;
        }
    }
    return 1;
}

/* Computed-name lookup: 1 found, 0 not a computed name, -1 definitely unknown (the
 * Hangul and CJK UNIFIED prefixes, which CPython never looks up further). */
static int
algo_lookup(const char *s, size_t n, uint32_t *cp)
{
    int count = (int)(sizeof(algo_prefixes) / sizeof(algo_prefixes[0]));
    for (int p = 0; p < count; p++) {
        size_t k = strlen(algo_prefixes[p]);
        if (p < 2 ? n < k || memcmp(s, algo_prefixes[p], k) != 0
                  : !ascii_iprefix(s, n, algo_prefixes[p], k)) {
            continue;
        }
        int found = p == 0 ? hangul_lookup(s + k, n - k, cp)
                           : hex_lookup(p, s + k, n - k, cp);
        if (found || p < 2) {
            return found ? 1 : -1;
        }
    }
    return 0;
}

/* ---- the lookup index ------------------------------------------------------------ */

static uint32_t *name_index = NULL;     // built once by build_index, then read-only
static uint32_t name_index_mask = 0;
static int name_index_failed = 0;       // allocation failed: scan linearly instead

static uint32_t
name_hash(const char *s, size_t n)
{
    uint32_t h = 2166136261u;           // FNV-1a over the upper-cased bytes
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z') {
            c = (unsigned char)(c - 'a' + 'A');
        }
        h = (h ^ c) * 16777619u;
    }
    return h;
}

static void
index_insert(uint32_t *table, uint32_t mask, uint32_t hash, uint32_t id)
{
    uint32_t i = hash & mask;
    while (table[i] != 0) {
        i = (i + 1) & mask;
    }
    table[i] = (hash & ~ID_MASK) | (id + 1);
}

static void
build_index(void)
{
    uint32_t size = 1;
    while (size < (NAME_COUNT + ALIAS_COUNT) / 2 * 3) {     // load factor <= 2/3
        size *= 2;
    }
    uint32_t *table = calloc(size, sizeof(uint32_t));
    if (table == NULL) {
        name_index_failed = 1;
        return;
    }
    PhraseTable phrases;    // only to go faster: without it, decode from the lexicon
    int have_phrases = phrase_table_build(&phrases) == 0;
    const unsigned char *p = phrasebook;
    char buf[GL_UNICODE_NAME_MAXLEN + 1];
    for (uint32_t i = 0; i < NAME_COUNT; i++) {
        size_t len;
        p = decode_name(p, buf, &len, have_phrases ? &phrases : NULL);
        index_insert(table, size - 1, name_hash(buf, len), i);
    }
    if (have_phrases) {
        free(phrases.start);
        free(phrases.chars);
    }
    for (uint32_t i = 0; i < ALIAS_COUNT; i++) {
        const char *a = alias_names + alias_offsets[i];
        index_insert(table, size - 1, name_hash(a, strlen(a)), NAME_COUNT + i);
    }
    name_index_mask = size - 1;
    name_index = table;
}

/* Does id (a stored name or alias) spell s (n bytes, any case)? Sets *cp if so. */
static int
id_matches(uint32_t id, const char *s, size_t n, uint32_t *cp)
{
    char buf[GL_UNICODE_NAME_MAXLEN + 1];
    const char *text = buf;
    size_t len;
    if (id < NAME_COUNT) {
        decode_name(stored_name_start(id), buf, &len, NULL);
    } else {
        text = alias_names + alias_offsets[id - NAME_COUNT];
        len = strlen(text);
    }
    if (len != n || !ascii_iprefix(s, n, text, n)) {
        return 0;
    }
    if (id >= NAME_COUNT) {
        *cp = alias_cps[id - NAME_COUNT];
        return 1;
    }
    int lo = 0, hi = (int)(sizeof(name_runs) / sizeof(name_runs[0])) - 1;
    while (lo < hi) {       // the last run whose first index is <= id
        int mid = (lo + hi + 1) / 2;
        if (name_runs[mid].index <= id) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    *cp = name_runs[lo].first + (id - name_runs[lo].index);
    return 1;
}

static int
stored_lookup(const char *s, size_t n, uint32_t *cp)
{
    if (name_index == NULL && !name_index_failed) {
        build_index();
    }
    if (name_index == NULL) {
        for (uint32_t id = 0; id < NAME_COUNT + ALIAS_COUNT; id++) {
            if (id_matches(id, s, n, cp)) {
                return 1;
            }
        }
        return 0;
    }
    uint32_t hash = name_hash(s, n);
    for (uint32_t i = hash & name_index_mask; name_index[i] != 0;
         i = (i + 1) & name_index_mask) {
        uint32_t e = name_index[i];
        if ((e & ~ID_MASK) == (hash & ~ID_MASK) && id_matches((e & ID_MASK) - 1, s, n, cp)) {
            return 1;
        }
    }
    return 0;
}

/* ---- code point to name --------------------------------------------------------- */

// Write the name of cp, in algo_ranges[r], NUL-terminated into `out`; returns its length.
static size_t
algo_name(int r, uint32_t cp, char *out)
{
    int prefix = algo_ranges[r].prefix;
    size_t k = strlen(algo_prefixes[prefix]);
    memcpy(out, algo_prefixes[prefix], k);
    if (prefix == 0) {
        uint32_t s = cp - 0xAC00;
        const char *parts[3] = {hangul_l[s / (21 * 28)], hangul_v[s / 28 % 21],
                                hangul_t[s % 28]};
        for (int i = 0; i < 3; i++) {
            size_t m = strlen(parts[i]);
            memcpy(out + k, parts[i], m);
            k += m;
        }
    } else {
        static const char digits[] = "0123456789ABCDEF";
        int width = cp > 0xFFFF ? 5 : 4;
        for (int i = width - 1; i >= 0; i--) {
            out[k + (size_t)i] = digits[(cp >> (4 * (width - 1 - i))) & 15];
        }
        k += (size_t)width;
    }
    out[k] = '\0';
    return k;
}

// The index of cp's stored name: 1 with *id set, 0 if cp has none.
static int
stored_id_of(uint32_t cp, uint32_t *id)
{
    int lo = 0, hi = (int)(sizeof(name_runs) / sizeof(name_runs[0])) - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (cp < name_runs[mid].first) {
            hi = mid - 1;
        } else if (cp >= name_runs[mid].first + name_runs[mid].count) {
            lo = mid + 1;
        } else {
            *id = name_runs[mid].index + (cp - name_runs[mid].first);
            return 1;
        }
    }
    return 0;
}

/* ---- API ------------------------------------------------------------------------- */

int
GlUnicode_LookupName(const char *name, size_t len, uint32_t *cp)
{
    if (len == 0 || len > GL_UNICODE_NAME_MAXLEN) {
        return 0;
    }
    int r = algo_lookup(name, len, cp);
    if (r != 0) {
        return r > 0;
    }
    return stored_lookup(name, len, cp);
}

int
GlUnicode_GetName(uint32_t cp, char *buf, size_t size)
{
    char tmp[GL_UNICODE_NAME_MAXLEN + 1];
    size_t len = 0;
    int r = algo_range_of(cp);
    if (r >= 0) {
        len = algo_name(r, cp, tmp);
    } else {
        uint32_t id;
        if (!stored_id_of(cp, &id)) {
            return 0;
        }
        decode_name(stored_name_start(id), tmp, &len, NULL);
    }
    if (len + 1 > size) {
        return 0;
    }
    memcpy(buf, tmp, len + 1);
    return 1;
}

int
GlUnicode_ParserNameLookup(const char *name, size_t len, unsigned *cp)
{
    uint32_t c;
    if (!GlUnicode_LookupName(name, len, &c)) {
        return -1;
    }
    *cp = c;
    return 0;
}
"""


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "src/objects/unicodenames.c")
    assert unicodedata.unidata_version == "14.0.0", unicodedata.unidata_version
    jamo, ranges, stored = classify()
    aliases, sequences = aliases_and_sequences()
    check_escapes(aliases, sequences)
    assert max(len(n) for n in stored.values()) <= NAME_MAXLEN
    enc = encode(stored)
    with open(path, "w", encoding="ascii") as out:
        emit(out, jamo, ranges, enc, aliases)
    print("%s: %d stored names, %d computed ranges, %d aliases, %d phrases, "
          "phrasebook %d bytes, lexicon %d bytes"
          % (path, enc["count"], len(ranges), len(aliases), enc["phrases"],
             len(enc["book"]), len(enc["lexicon"])), file=sys.stderr)


if __name__ == "__main__":
    main()
