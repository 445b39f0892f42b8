/* str_internal.h - helpers shared by the text and bytes files only (str.c,
 * str_methods.c, str_format.c, str_codecs.c, str_unicodedb.c, bytes.c,
 * bytearray.c): the Unicode character database, a growable string builder,
 * the byte search helpers and the method tables one file defines for another.
 *
 * Invariants:
 * - GlStrBuf holds `len` code points in a buffer of `kind` bytes each (1, 2 or 4),
 *   widened on demand; `maxchar` is the largest code point appended so far. It owns
 *   its buffer unless the buffer is `small` (then nothing to free).
 * - The Unicode records come from CPython 3.11's unicodedata (generated file), so
 *   predicates and case mappings match CPython for every code point.
 */
#ifndef GLASS_OBJECTS_STR_INTERNAL_H
#define GLASS_OBJECTS_STR_INTERNAL_H

#include "allobjects.h"

/* ---- Unicode character database (str_unicodedb.c, generated) ---- */
typedef struct GlUnicodeRecord {
    uint16_t flags;     // GL_UC_* bits
    int32_t upper;      // delta to the simple mapping, or ext[] offset if EXTENDED
    int32_t lower;
    int32_t title;
    int32_t fold;       // ext[] offset when EXTENDED (casefold), else 0 (= lower)
    int8_t decimal;     // decimal value or -1
    int8_t digit;       // digit value or -1
} GlUnicodeRecord;

#define GL_UC_ALPHA 1
#define GL_UC_DECIMAL 2
#define GL_UC_DIGIT 4
#define GL_UC_NUMERIC 8
#define GL_UC_SPACE 16
#define GL_UC_LOWER 32
#define GL_UC_UPPER 64
#define GL_UC_TITLE 128
#define GL_UC_PRINTABLE 256
#define GL_UC_CASED 512
#define GL_UC_CASE_IGNORABLE 1024
#define GL_UC_XID_START 2048
#define GL_UC_XID_CONTINUE 4096
#define GL_UC_EXTENDED 8192

extern const GlUnicodeRecord gl_unicode_records[];
extern const uint16_t gl_unicode_index1[];
extern const uint16_t gl_unicode_index2[];
extern const uint32_t gl_unicode_ext[];

static inline const GlUnicodeRecord *
GlUnicode_Record(uint32_t ch)
{
    if (ch > 0x10FFFF) {
        ch = 0x10FFFF;
    }
    return &gl_unicode_records[gl_unicode_index2[((uint32_t)gl_unicode_index1[ch >> 7] << 7)
                                                 + (ch & 127)]];
}

static inline int
GlUnicode_Has(uint32_t ch, unsigned flag)
{
    return (GlUnicode_Record(ch)->flags & flag) != 0;
}

/* Full case mapping of ch into out (up to 3 code points); returns the count.
 * which: 0 lower, 1 upper, 2 title, 3 casefold. */
int GlUnicode_ToCase(uint32_t ch, int which, uint32_t *out);

/* Line boundaries of str.splitlines (\n \r \v \f \x1c-\x1e \x85 \u2028 \u2029). */
static inline int
GlUnicode_IsLinebreak(uint32_t ch)
{
    return ch == '\n' || ch == '\r' || ch == 0x0B || ch == 0x0C || (ch >= 0x1C && ch <= 0x1E)
        || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
}

/* ---- string builder ---- */
typedef struct GlStrBuf {
    void *data;           // `kind`-byte units; `small` or an owned block
    Gl_ssize_t len;       // code points written
    Gl_ssize_t cap;       // code points that fit
    int kind;             // 1, 2 or 4
    uint32_t maxchar;     // largest code point written
    uint8_t small[256];   // inline storage for short results
} GlStrBuf;

void GlStrBuf_Init(GlStrBuf *b);
/* Each returns 0, or -1 with MemoryError. */
int GlStrBuf_Reserve(GlStrBuf *b, Gl_ssize_t extra, uint32_t maxchar);
int GlStrBuf_AppendChar(GlStrBuf *b, uint32_t ch);
int GlStrBuf_AppendASCII(GlStrBuf *b, const char *s, Gl_ssize_t n);
int GlStrBuf_AppendStr(GlStrBuf *b, GlObject *s);
int GlStrBuf_AppendSub(GlStrBuf *b, GlObject *s, Gl_ssize_t start, Gl_ssize_t end);
int GlStrBuf_AppendUTF8(GlStrBuf *b, const char *s, Gl_ssize_t n);
int GlStrBuf_Fill(GlStrBuf *b, uint32_t ch, Gl_ssize_t count);
/* Returns the built str (new reference) and releases the buffer, even on error. */
GlObject *GlStrBuf_Finish(GlStrBuf *b) GL_NEWREF;
void GlStrBuf_Clear(GlStrBuf *b);

/* ---- str internals shared between the str files ---- */
extern GlMethodDef gl_str_methods[];           // str_methods.c
/* str.__format__, str.format, str.format_map (str_format.c). */
GlObject *GlStr_MethFormatSpec(GlObject *self, GlObject *spec) GL_NEWREF;
GlObject *GlStr_MethFormat(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                           GlObject *kwnames) GL_NEWREF;
GlObject *GlStr_MethFormatMap(GlObject *self, GlObject *mapping) GL_NEWREF;
/* str.encode (str_codecs.c). */
GlObject *GlStr_MethEncode(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                           GlObject *kwnames) GL_NEWREF;
/* The smallest kind for maxchar. */
static inline int
GlStr_KindFor(uint32_t maxchar)
{
    return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4;
}
/* Largest code point of s[start:end]. */
uint32_t GlStr_MaxChar(GlObject *s, Gl_ssize_t start, Gl_ssize_t end);
/* Find sub in s[start:end] (direction 1 forward, -1 backward): index or -1. */
Gl_ssize_t GlStr_FindSub(GlObject *s, GlObject *sub, Gl_ssize_t start, Gl_ssize_t end,
                         int direction);
/* Normalise start/end as slice bounds of a sequence of length len. */
void GlSlice_AdjustBounds(Gl_ssize_t *start, Gl_ssize_t *end, Gl_ssize_t len);
/* Parse optional start/end arguments (None or index) from args[i], args[i+1]. 0/-1. */
int GlStr_ParseStartEnd(GlObject *const *args, Gl_ssize_t nargs, Gl_ssize_t first,
                        Gl_ssize_t *start, Gl_ssize_t *end);
/* Copy n code points from src (kind sk) to dst (kind dk >= needed). */
void GlStr_CopyChars(void *dst, int dk, Gl_ssize_t di, const void *src, int sk,
                     Gl_ssize_t si, Gl_ssize_t n);
/* A str whose code points were written as UCS4 (narrowed). */
GlObject *GlStr_FromUCS4(const uint32_t *u, Gl_ssize_t n) GL_NEWREF;
/* Decode UTF-8 with an error handler name ("strict"...); consumed may be NULL. */
GlObject *GlStr_DecodeUTF8(const char *s, Gl_ssize_t len, const char *errors) GL_NEWREF;
/* C-string view of an encoding/errors argument (str), or NULL + TypeError. */
const char *GlStr_ArgAsCString(GlObject *o, const char *fname, const char *argname);

/* ---- bytes internals (bytes.c) shared with bytearray.c ---- */
/* Index of needle in hay[0:n], or -1 (forward) / last index (backward). */
Gl_ssize_t GlBytes_FindRaw(const char *hay, Gl_ssize_t n, const char *needle, Gl_ssize_t m,
                           int direction);
/* Data of a bytes-like argument: bytes, bytearray (0) else -1 + TypeError with the
 * CPython message "a bytes-like object is required, not 'str'". */
int GlBytes_GetBuffer(GlObject *o, const char **data, Gl_ssize_t *len);
/* Make bytes or bytearray of the same kind as `like`. */
GlObject *GlBytes_NewLike(GlObject *like, const char *s, Gl_ssize_t n) GL_NEWREF;
/* repr body b'...' of data into a str; prefix/suffix for bytearray(...); escape_single
   escapes ' even between double quotes, as CPython's bytearray repr does. */
GlObject *GlBytes_ReprData(const char *s, Gl_ssize_t n, const char *prefix,
                           const char *suffix, int escape_single) GL_NEWREF;
/* Method implementations shared by bytes and bytearray (bytes.c): X(name, docstring). */
#define GL_BYTES_SHARED_METHODS(X)                                                                \
    X(decode, "Decode the bytes using the codec registered for encoding.")                        \
    X(hex, "Create a string of hexadecimal numbers from the bytes.")                              \
    X(join, "Concatenate any number of bytes objects, with the bytes in between.")                \
    X(split, "Return a list of the sections in the bytes, using sep as the delimiter.")           \
    X(rsplit, "Return a list of the sections in the bytes, using sep as the "                     \
      "delimiter, splitting from the end.")                                                       \
    X(strip, "Strip leading and trailing bytes contained in the argument.")                       \
    X(lstrip, "Strip leading bytes contained in the argument.")                                   \
    X(rstrip, "Strip trailing bytes contained in the argument.")                                  \
    X(replace, "Return a copy with all occurrences of substring old replaced by new.")            \
    X(find, "Return the lowest index in B where subsection sub is found, or -1 if it is not.")    \
    X(rfind, "Return the highest index in B where subsection sub is found, or -1 if it is not.")  \
    X(index, "Return the lowest index in B where subsection sub is found; raise "                 \
      "ValueError if not.")                                                                       \
    X(rindex, "Return the highest index in B where subsection sub is found; raise "               \
      "ValueError if not.")                                                                       \
    X(count, "Return the number of non-overlapping occurrences of subsection sub in "             \
      "B[start:end].")                                                                            \
    X(startswith, "Return True if B starts with the specified prefix, False otherwise.")          \
    X(endswith, "Return True if B ends with the specified suffix, False otherwise.")              \
    X(upper, "Return a copy of B with all ASCII characters converted to uppercase.")              \
    X(lower, "Return a copy of B with all ASCII characters converted to lowercase.")              \
    X(capitalize, "Return a copy of B with its first character capitalized (ASCII) and "          \
      "the rest lower-cased.")                                                                    \
    X(swapcase, "Return a copy of B with uppercase ASCII characters converted to "                \
      "lowercase and vice versa.")                                                                \
    X(title, "Return a titlecased version of B: ASCII words start with an uppercase character.")  \
    X(isdigit, "Return True if B is not empty and all its characters are digits.")                \
    X(isalpha, "Return True if B is not empty and all its characters are alphabetic.")            \
    X(isalnum, "Return True if B is not empty and all its characters are alphanumeric.")          \
    X(isspace, "Return True if B is not empty and all its characters are whitespace.")            \
    X(isupper, "Return True if B has a cased character and all its cased characters "             \
      "are uppercase.")                                                                           \
    X(islower, "Return True if B has a cased character and all its cased characters "             \
      "are lowercase.")                                                                           \
    X(istitle, "Return True if B is a titlecased string with at least one character.")            \
    X(isascii, "Return True if B is empty or all characters in B are ASCII, False otherwise.")    \
    X(partition, "Partition the bytes into three parts using the given separator.")               \
    X(rpartition, "Partition the bytes into three parts using the given separator, "              \
      "searching from the end.")                                                                  \
    X(center, "Return a centered copy of length width.")                                          \
    X(ljust, "Return a left-justified copy of length width.")                                     \
    X(rjust, "Return a right-justified copy of length width.")                                    \
    X(zfill, "Pad a numeric bytes object with zeros on the left, to fill a field of "             \
      "the given width.")                                                                         \
    X(splitlines, "Return a list of the lines in the bytes, breaking at line boundaries.")        \
    X(expandtabs, "Return a copy where all tab characters are expanded using spaces.")            \
    X(removeprefix, "Return a copy with the given prefix removed if present.")                    \
    X(removesuffix, "Return a copy with the given suffix removed if present.")                    \
    X(translate, "Return a copy with each character mapped by the given translation table.")
#define GL_BYTES_DECL(name, doc) \
    GlObject *GlBytesMeth_##name(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, \
                                 GlObject *kwnames);
GL_BYTES_SHARED_METHODS(GL_BYTES_DECL)
#undef GL_BYTES_DECL
/* Table rows for the shared methods (FASTCALL|KEYWORDS each). */
#define GL_BYTES_ROW(name, doc) \
    {#name, GL_FN(GlBytesMeth_##name), GL_METH_FASTCALL | GL_METH_KEYWORDS, doc},
/* bytes.fromhex / bytearray.fromhex as class methods. */
GlObject *GlBytes_FromHexMeth(GlObject *cls, GlObject *arg) GL_NEWREF;
GlObject *GlBytes_MakeTrans(GlObject *cls, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF;
/* Shared sequence helpers. */
int GlBytes_ContainsRaw(const char *s, Gl_ssize_t n, GlObject *arg);
GlObject *GlBytes_RichCompareRaw(const char *a, Gl_ssize_t na, const char *b,
                                 Gl_ssize_t nb, int op) GL_NEWREF;
/* %-formatting for bytes/bytearray: a new bytes. */
GlObject *GlBytes_Mod(GlObject *fmt, GlObject *args) GL_NEWREF;
/* Iterator over a bytes or bytearray (bytes_iterator / bytearray_iterator). */
GlObject *GlBytes_IterNew(GlObject *seq) GL_NEWREF;
/* Accumulate items of an iterable of ints into a malloc'd buffer; 0 / -1. for_bytearray
   picks the range message of bytearray ("byte must be ...") over that of bytes. */
int GlBytes_FromIterableRaw(GlObject *it, char **out, Gl_ssize_t *n, int for_bytearray);
/* Arity check of CPython's stringlib_parse_args_finds ("O|OO:name", used by find, count,
   index, startswith... of str, bytes and bytearray): 0, or -1 with TypeError
   "name() takes at least 1 argument (0 given)" / "at most 3 arguments (4 given)". */
int GlStr_CheckFindsArity(const char *name, Gl_ssize_t nargs);

#endif /* GLASS_OBJECTS_STR_INTERNAL_H */
