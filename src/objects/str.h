/* str.h - str (PEP 393 layout) and the helpers every file uses to make strings.
 *
 * Invariants: ob_size is the length in code points; `kind` is 1, 2 or 4 bytes per
 * code point, the smallest that holds the largest code point (1 = Latin-1); the
 * data follows the header inline, NUL-terminated (one unit); `ascii` is 1 when every
 * code point < 128 (then the data is also valid UTF-8); hash is -1 until computed;
 * strings are immutable once visible to Python. `utf8` caches a UTF-8 copy for
 * non-ASCII strings (owned, or NULL); for ASCII strings GlStr_AsUTF8 returns data.
 * The empty string and the 256 one-character Latin-1 strings are singletons.
 */
#ifndef GLASS_OBJECTS_STR_H
#define GLASS_OBJECTS_STR_H

#include <stdarg.h>
#include "../core/object.h"

typedef struct GlStrObject {
    GlVarObject ob_base;     // ob_size: length in code points
    Gl_hash_t hash;          // cached hash, -1 if not computed
    uint8_t kind;            // 1, 2 or 4
    uint8_t ascii;           // all code points < 128
    uint8_t interned;        // in the interned table (the table does not own it)
    uint8_t pad_;
    Gl_ssize_t utf8_length;  // bytes of utf8 (valid when utf8 != NULL or ascii)
    char *utf8;              // owned UTF-8 cache for non-ASCII strings, or NULL
    /* followed by (ob_size + 1) * kind bytes of data */
} GlStrObject;

extern GlTypeObject GlStr_Type;
extern GlTypeObject GlStrIter_Type;          // str_ascii_iterator
extern GlTypeObject GlStrUnicodeIter_Type;   // str_iterator (non-ASCII text)

static inline int GlStr_Check(GlObject *o) { return GlType_HasFeature(o->ob_type, GL_TPFLAGS_UNICODE_SUBCLASS); }
static inline int GlStr_CheckExact(GlObject *o) { return o->ob_type == &GlStr_Type; }
/* The characters: right after the header for an exact str, after the fixed part of
 * the instance's type (slots, __dict__, __weakref__) for a subclass. */
static inline void *
GlStr_DATA(GlObject *o)
{
    if (GL_LIKELY(o->ob_type == &GlStr_Type)) {
        return (void *)((GlStrObject *)o + 1);
    }
    return (void *)((char *)o + o->ob_type->tp_basicsize);
}
static inline int GlStr_KIND(GlObject *o) { return ((GlStrObject *)o)->kind; }
static inline Gl_ssize_t GlStr_GET_LENGTH(GlObject *o) { return ((GlVarObject *)o)->ob_size; }
static inline uint32_t
GlStr_READ(int kind, const void *data, Gl_ssize_t i)
{
    return kind == 1 ? ((const uint8_t *)data)[i]
         : kind == 2 ? ((const uint16_t *)data)[i] : ((const uint32_t *)data)[i];
}
static inline uint32_t
GlStr_READ_CHAR(GlObject *o, Gl_ssize_t i)
{
    return GlStr_READ(GlStr_KIND(o), GlStr_DATA(o), i);
}

/* Allocates a string of `length` code points whose largest is maxchar, data
 * uninitialised (to be filled before Python sees it). New reference. */
GlObject *GlStr_New(Gl_ssize_t length, uint32_t maxchar) GL_NEWREF;
/* Decodes UTF-8 (strict: UnicodeDecodeError). New reference. */
GlObject *GlStr_FromStringAndSize(const char *s, Gl_ssize_t len) GL_NEWREF;
GlObject *GlStr_FromString(const char *s) GL_NEWREF;
/* From code points of the given kind (the result is re-narrowed). New reference. */
GlObject *GlStr_FromKindAndData(int kind, const void *data, Gl_ssize_t len) GL_NEWREF;
/* One code point; singletons for < 256. New reference. */
GlObject *GlStr_FromOrdinal(uint32_t ch) GL_NEWREF;
/* printf-like: %% %c %d %i %u %ld %li %lu %lld %zd %zu %x %p %s (UTF-8 char*)
 * %U (str object) %V? no; %S (str(obj)) %R (repr(obj)) %A (ascii(obj)); precision
 * on %s/%U/%S/%R truncates in code points ("%.200s"). New reference. */
GlObject *GlStr_FromFormat(const char *fmt, ...) GL_NEWREF;
GlObject *GlStr_FromFormatV(const char *fmt, va_list va) GL_NEWREF;
/* UTF-8 view (borrowed, lives as long as the string; NUL-terminated); NULL +
 * UnicodeEncodeError for lone surrogates. *len may be NULL. */
const char *GlStr_AsUTF8AndSize(GlObject *s, Gl_ssize_t *len);
const char *GlStr_AsUTF8(GlObject *s);
/* Interned string for a C identifier (immortal for the run). New reference. */
GlObject *GlStr_InternFromString(const char *s) GL_NEWREF;
/* Interns *p in place (replacing it by the canonical object). */
void GlStr_InternInPlace(GlObject **p);
Gl_hash_t GlStr_Hash(GlObject *s);
/* 1 if equal, 0 if not (both exact or subclass str). */
int GlStr_Equal(GlObject *a, GlObject *b);
/* 1 if s equals the ASCII C string. */
int GlStr_EqualToASCII(GlObject *s, const char *ascii);
/* -1/0/1 code-point order. */
int GlStr_Compare(GlObject *a, GlObject *b);
GlObject *GlStr_Concat(GlObject *a, GlObject *b) GL_NEWREF;
/* sep.join(iterable). */
GlObject *GlStr_Join(GlObject *sep, GlObject *iterable) GL_NEWREF;
GlObject *GlStr_Substring(GlObject *s, Gl_ssize_t start, Gl_ssize_t end) GL_NEWREF;
/* repr(s) with quotes and escapes as CPython. */
GlObject *GlStr_Repr(GlObject *s) GL_NEWREF;
/* format(s, spec) for str, and the general str.format / % engines. */
GlObject *GlStr_FormatSpec(GlObject *s, GlObject *spec) GL_NEWREF;
GlObject *GlStr_Format(GlObject *fmt, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames) GL_NEWREF;
GlObject *GlStr_Mod(GlObject *fmt, GlObject *args) GL_NEWREF;
/* Encode/decode with codec name (utf-8, ascii, latin-1) and errors
 * (strict, ignore, replace, surrogateescape, backslashreplace). */
/* The canonical codec name (as codecs.lookup(enc).name) of encoding enc, or NULL when
 * unknown. A static string (no reference). */
const char *GlStr_CodecCanonicalName(const char *enc);
/* The dict of error handlers registered by codecs.register_error (name -> callable),
 * created at first use; NULL + MemoryError if that fails. Borrowed reference. */
GlObject *GlCodec_ErrorRegistry(void) GL_BORROWED;
/* Drop the registry and every registered error handler (module finalization; may run
 * Python code; a later GlCodec_ErrorRegistry starts an empty one). */
void GlCodec_ClearErrorRegistry(void);
GlObject *GlStr_Encode(GlObject *s, const char *encoding, const char *errors) GL_NEWREF;
GlObject *GlStr_Decode(const char *s, Gl_ssize_t len, const char *encoding, const char *errors) GL_NEWREF;
/* 1 if s is a valid identifier. */
int GlStr_IsIdentifier(GlObject *s);
/* Split helpers used by the runtime. */
GlObject *GlStr_Split(GlObject *s, GlObject *sep, Gl_ssize_t maxsplit) GL_NEWREF;
/* Fast check for str in the 'contains' sense: 1/0/-1. */
int GlStr_Contains(GlObject *container, GlObject *sub);

/* Shared format-spec parsing used by int, float and str formatting. */
typedef struct GlFormatSpec {
    uint32_t fill;     // default ' '
    char align;        // '<' '>' '=' '^' or 0 for default
    char sign;         // '+' '-' ' ' or 0
    char alternate;    // '#'
    char zero;         // '0' seen
    Gl_ssize_t width;  // -1 if not given
    char thousands;    // ',' '_' or 0
    Gl_ssize_t precision; // -1 if not given
    char type;         // 0 if not given
    char no_neg_zero;  // 'z' seen (added: 3.11 negative-zero coercion)
} GlFormatSpec;
/* Parse spec (str) into *out; ValueError "Invalid format specifier" etc. 0/-1.
 * As CPython with default_align '>': a '0' without an explicit fill sets fill '0'
 * (and align '=' when no align was given); otherwise align stays 0 when not given. */
int GlFormatSpec_Parse(GlObject *spec, GlFormatSpec *out);
/* Same with the details CPython 3.11 uses: `obj` names the type in "Invalid format
 * specifier '%s' for object of type '%s'" (may be NULL), default_type is stored when
 * no type is given ('s' for str: gives "Cannot specify ',' with 's'."), and
 * default_align decides the '0' rule ('>' numbers, '<' str). 0 / -1. */
int GlFormatSpec_ParseEx(GlObject *spec, GlObject *obj, char default_type, char default_align,
                         GlFormatSpec *out);
/* Pad `body` (a str) to the spec's width/alignment (default_align when none). */
GlObject *GlFormatSpec_Pad(GlObject *body, const GlFormatSpec *f, char default_align) GL_NEWREF;

/* Static identifier strings: GL_ID(__init__) is a borrowed interned str, valid after
 * GlStr_InitIds(). The list is in ids.h. */
#define GL_ID_LIST_DECL(name) GlObject *id_##name;
typedef struct GlIds {
#define X(name) GL_ID_LIST_DECL(name)
#include "ids.h"
#undef X
} GlIds;
extern GlIds gl_ids;
#define GL_ID(name) (gl_ids.id_##name)
void GlStr_InitIds(void);
void GlStr_Init(void);

/* ---- additions by the strings engineer ---- */
/* SipHash-1-3 of raw bytes with the process key (PYTHONHASHSEED), as CPython's
 * _Py_HashBytes: 0 for empty input, never -1. Used by str and bytes. */
Gl_hash_t GlHash_Bytes(const void *data, Gl_ssize_t len);
/* 0 when PYTHONHASHSEED=0 (sys.flags.hash_randomization), else 1. */
extern int gl_hash_randomization;
/* Unicode character properties (CPython 3.11's database). */
int GlUnicode_IsSpace(uint32_t ch);
int GlUnicode_IsAlpha(uint32_t ch);
int GlUnicode_IsPrintable(uint32_t ch);
int GlUnicode_IsXidStart(uint32_t ch);
int GlUnicode_IsXidContinue(uint32_t ch);
/* Decimal digit value (0-9) of ch, or -1 (int()/float() parsing of non-ASCII digits). */
int GlUnicode_ToDecimal(uint32_t ch);
/* Digit value of ch (also superscripts), or -1. */
int GlUnicode_ToDigit(uint32_t ch);

#endif /* GLASS_OBJECTS_STR_H */
