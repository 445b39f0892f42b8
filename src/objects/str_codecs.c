/* str_codecs.c - the built-in codecs of str.encode / bytes.decode: utf-8, ascii,
 * latin-1, utf-16 and utf-32 (with -le/-be variants), utf-8-sig, unicode_escape,
 * raw_unicode_escape and the single-byte charmaps of str_charmaps.h (cp1252,
 * iso8859-15, cp437, iso8859-2, mac-roman, cp850), and the error handlers
 * strict, ignore, replace, backslashreplace, xmlcharrefreplace and namereplace (encode only),
 * surrogateescape and surrogatepass.
 *
 * Invariants: encoders write into a growable byte buffer (ByteBuf) that is always
 * released; errors raise UnicodeEncodeError/UnicodeDecodeError built with CPython's
 * arguments (encoding, object, start, end, reason) so the exception's str() is
 * CPython's; runs of consecutive unencodable characters are reported as one range
 * as CPython does; the UTF-8 decoder reports maximal invalid subparts.
 */
#include "str_internal.h"
#include "unicodenames.h"
#include "../vm/vm.h"

enum { C_UTF8, C_ASCII, C_LATIN1, C_UTF16, C_UTF16LE, C_UTF16BE, C_UTF32, C_UTF32LE,
       C_UTF32BE, C_UTF8SIG, C_UESC, C_RAWUESC, C_CHARMAP0, C_UNKNOWN = C_CHARMAP0 + 6 };
static const char *const codec_names[] = {"utf-8", "ascii", "latin-1", "utf-16", "utf-16-le",
                                          "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                                          "utf-8", "unicodeescape", "rawunicodeescape"};

#include "str_charmaps.h"

#define IS_WIDE(codec) ((codec) >= C_UTF16 && (codec) <= C_UTF32BE)
#define IS_CHARMAP(codec) ((codec) >= C_CHARMAP0 && (codec) < C_UNKNOWN)

/* The byte charmap codec `codec` encodes c as, or -1 when c maps to <undefined>. */
static int
charmap_byte(int codec, uint32_t c)
{
    if (c < 128) {
        return (int)c;
    }
    const uint16_t *t = charmap_tables[codec - C_CHARMAP0];
    for (int i = 0; i < 128; i++) {
        if (t[i] == c) {
            return 128 + i;
        }
    }
    return -1;
}

static int
codec_lookup(const char *enc)
{
    char n[32];
    size_t i = 0;
    for (; enc[i] && i < sizeof(n) - 1; i++) {
        char c = enc[i];
        n[i] = (c >= 'A' && c <= 'Z') ? c + 32 : (c == '_' || c == ' ') ? '-' : c;
    }
    n[i] = 0;
    if (enc[i]) {
        return C_UNKNOWN;
    }
    static const struct { const char *name; int codec; } table[] = {
        {"utf-8", C_UTF8}, {"utf8", C_UTF8}, {"u8", C_UTF8}, {"utf", C_UTF8},
        {"cp65001", C_UTF8}, {"ascii", C_ASCII}, {"us-ascii", C_ASCII}, {"646", C_ASCII},
        {"latin-1", C_LATIN1}, {"latin1", C_LATIN1}, {"iso-8859-1", C_LATIN1},
        {"iso8859-1", C_LATIN1}, {"8859", C_LATIN1}, {"cp819", C_LATIN1}, {"l1", C_LATIN1},
        {"latin", C_LATIN1}, {"iso-ir-100", C_LATIN1}, {"utf-16", C_UTF16}, {"utf16", C_UTF16},
        {"utf-16-le", C_UTF16LE}, {"utf-16le", C_UTF16LE}, {"utf-16-be", C_UTF16BE},
        {"utf-16be", C_UTF16BE}, {"utf-32", C_UTF32}, {"utf32", C_UTF32},
        {"utf-32-le", C_UTF32LE}, {"utf-32le", C_UTF32LE}, {"utf-32-be", C_UTF32BE},
        {"utf-32be", C_UTF32BE}, {"utf-8-sig", C_UTF8SIG},
        {"unicode-escape", C_UESC}, {"raw-unicode-escape", C_RAWUESC}, {"u16", C_UTF16},
        {"u32", C_UTF32}, {"us", C_ASCII}, {"iso8859", C_LATIN1}, {"iso-8859-1-1987", C_LATIN1},
        {"ibm819", C_LATIN1}, {"csisolatin1", C_LATIN1}, {"cp367", C_ASCII},
        {"csascii", C_ASCII}, {"ibm367", C_ASCII}, {"iso646-us", C_ASCII},
        {"iso-ir-6", C_ASCII}, {"utf-16le", C_UTF16LE}, {"utf-16be", C_UTF16BE},
        GL_CHARMAP_ALIASES
    };
    for (size_t j = 0; j < sizeof(table) / sizeof(table[0]); j++) {
        if (strcmp(n, table[j].name) == 0) {
            return table[j].codec;
        }
    }
    return C_UNKNOWN;
}

/* codecs.lookup(enc).name of a C codec, or NULL: a static string (no reference). */
const char *
GlStr_CodecCanonicalName(const char *enc)
{
    static const char *const canon[] = {"utf-8", "ascii", "iso8859-1", "utf-16", "utf-16-le",
                                        "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
                                        "utf-8-sig", "unicode-escape", "raw-unicode-escape"};
    int codec = codec_lookup(enc);
    if (codec == C_UNKNOWN) {
        return NULL;
    }
    return IS_CHARMAP(codec) ? charmap_names[codec - C_CHARMAP0] : canon[codec];
}

static GlObject *codec_error_registry;   // dict name -> handler; owned for the whole run

/* The registry dict, created at first use (NULL + MemoryError). Borrowed reference. */
GlObject *
GlCodec_ErrorRegistry(void) GL_BORROWED
{
    if (codec_error_registry == NULL) {
        codec_error_registry = GlDict_New();
    }
    return codec_error_registry;
}

void
GlCodec_ClearErrorRegistry(void)
{
    Gl_CLEAR(codec_error_registry);   // PYTHON CODE (a handler's __del__)
}

enum { E_STRICT, E_IGNORE, E_REPLACE, E_BACKSLASH, E_XMLREF, E_SURROGATEESCAPE,
       E_SURROGATEPASS, E_NAMEREPLACE, E_UNKNOWN };

static int
errors_lookup(const char *e)
{
    static const char *const names[] = {"strict", "ignore", "replace", "backslashreplace",
                                        "xmlcharrefreplace", "surrogateescape",
                                        "surrogatepass", "namereplace"};
    if (e == NULL) {
        return E_STRICT;
    }
    for (int i = 0; i < E_UNKNOWN; i++) {
        if (strcmp(e, names[i]) == 0) {
            return i;
        }
    }
    return E_UNKNOWN;
}

static GlObject *
unknown_handler(const char *errors)
{
    return GlErr_Format(GlExc_LookupError, "unknown error handler name '%s'", errors);
}

/* ---- byte buffer ----------------------------------------------------------------- */

typedef struct ByteBuf {
    char *p;
    Gl_ssize_t n, cap;
    char small[512];
} ByteBuf;

static void
bb_init(ByteBuf *b)
{
    b->p = b->small;
    b->n = 0;
    b->cap = sizeof(b->small);
}

static void
bb_free(ByteBuf *b)
{
    if (b->p != b->small) {
        GlMem_Free(b->p);
    }
}

static int
bb_grow(ByteBuf *b, Gl_ssize_t extra)
{
    if (b->n + extra <= b->cap) {
        return 0;
    }
    Gl_ssize_t cap = (b->n + extra) * 3 / 2 + 16;
    char *np = GlMem_Malloc((size_t)cap);
    if (np == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    memcpy(np, b->p, (size_t)b->n);
    bb_free(b);
    b->p = np;
    b->cap = cap;
    return 0;
}

static inline int
bb_put(ByteBuf *b, const char *s, Gl_ssize_t n)
{
    if (bb_grow(b, n) < 0) {
        return -1;
    }
    memcpy(b->p + b->n, s, (size_t)n);
    b->n += n;
    return 0;
}

static GlObject *
bb_finish(ByteBuf *b) GL_NEWREF
{
    GlObject *r = GlBytes_FromStringAndSize(b->p, b->n);
    bb_free(b);
    return r;
}

/* ---- exceptions ----------------------------------------------------------------- */

static void
raise_unicode_error(GlObject *type, const char *enc, GlObject *obj, Gl_ssize_t start,
                    Gl_ssize_t end, const char *reason)
{
    GlObject *e = GlStr_FromString(enc);
    GlObject *a = GlInt_FromSsize_t(start);
    GlObject *b = GlInt_FromSsize_t(end);
    GlObject *r = GlStr_FromString(reason);
    if (e && a && b && r) {
        GlObject *exc = GlObject_CallFunctionObjArgs(type, e, obj, a, b, r, NULL);
        if (exc != NULL) {
            GlErr_SetObject(type, exc);
            Gl_DECREF(exc);
        }
    }
    Gl_XDECREF(e);
    Gl_XDECREF(a);
    Gl_XDECREF(b);
    Gl_XDECREF(r);
}

static void
raise_decode_error(const char *enc, const char *s, Gl_ssize_t len, Gl_ssize_t start,
                   Gl_ssize_t end, const char *reason)
{
    GlObject *obj = GlBytes_FromStringAndSize(s, len);
    if (obj != NULL) {
        raise_unicode_error(GlExc_UnicodeDecodeError, enc, obj, start, end, reason);
        Gl_DECREF(obj);
    }
}

/* Call the handler registered under `errors` (LookupError when there is none) with a
 * new UnicodeDecodeError (decoding) or UnicodeEncodeError for obj[start:end]. 0 with
 * *rep (new reference: str, or for encoding str/bytes) and *newpos (checked against
 * len), or -1. */
static int
call_handler(int decoding, const char *errors, const char *enc, GlObject *obj,
             Gl_ssize_t len, Gl_ssize_t start, Gl_ssize_t end, const char *reason,
             GlObject **rep, Gl_ssize_t *newpos)
{
    GlObject *reg = GlCodec_ErrorRegistry();
    if (reg == NULL) {
        return -1;
    }
    GlObject *h = GlDict_GetItemString(reg, errors);
    if (h == NULL) {
        unknown_handler(errors);
        return -1;
    }
    Gl_INCREF(h);
    GlObject *type = decoding ? GlExc_UnicodeDecodeError : GlExc_UnicodeEncodeError;
    GlObject *e = GlStr_FromString(enc);
    GlObject *a = GlInt_FromSsize_t(start);
    GlObject *b = GlInt_FromSsize_t(end);
    GlObject *r = GlStr_FromString(reason);
    GlObject *exc = NULL, *res = NULL;
    if (e && a && b && r) {
        exc = GlObject_CallFunctionObjArgs(type, e, obj, a, b, r, NULL);
    }
    Gl_XDECREF(e);
    Gl_XDECREF(a);
    Gl_XDECREF(b);
    Gl_XDECREF(r);
    if (exc != NULL) {
        res = GlObject_CallFunctionObjArgs(h, exc, NULL);   // PYTHON CODE
        Gl_DECREF(exc);
    }
    Gl_DECREF(h);
    if (res == NULL) {
        return -1;
    }
    if (!GlTuple_Check(res) || GlTuple_GET_SIZE(res) != 2
        || !(GlStr_Check(GlTuple_GET_ITEM(res, 0))
             || (!decoding && GlBytes_Check(GlTuple_GET_ITEM(res, 0))))
        || !GlInt_Check(GlTuple_GET_ITEM(res, 1))) {
        GlErr_SetString(GlExc_TypeError, decoding
                        ? "decoding error handler must return (str, int) tuple"
                        : "encoding error handler must return (str/bytes, int) tuple");
        Gl_DECREF(res);
        return -1;
    }
    Gl_ssize_t pos = GlInt_AsSsize_t(GlTuple_GET_ITEM(res, 1));
    if (pos == -1 && GlErr_Occurred()) {
        Gl_DECREF(res);
        return -1;
    }
    if (pos < 0) {
        pos += len;
    }
    if (pos < 0 || pos > len) {
        GlErr_Format(GlExc_IndexError, "position %zd from error handler out of bounds", pos);
        Gl_DECREF(res);
        return -1;
    }
    *rep = Gl_NewRef(GlTuple_GET_ITEM(res, 0));
    *newpos = pos;
    Gl_DECREF(res);
    return 0;
}

/* ---- encoding ------------------------------------------------------------------- */

static int
put_unit(ByteBuf *b, int codec, uint32_t c)
{
    char t[4];
    switch (codec) {
    case C_UTF8:
        if (c < 0x80) {
            t[0] = (char)c;
            return bb_put(b, t, 1);
        }
        if (c < 0x800) {
            t[0] = (char)(0xC0 | (c >> 6));
            t[1] = (char)(0x80 | (c & 0x3F));
            return bb_put(b, t, 2);
        }
        if (c < 0x10000) {
            t[0] = (char)(0xE0 | (c >> 12));
            t[1] = (char)(0x80 | ((c >> 6) & 0x3F));
            t[2] = (char)(0x80 | (c & 0x3F));
            return bb_put(b, t, 3);
        }
        t[0] = (char)(0xF0 | (c >> 18));
        t[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        t[3] = (char)(0x80 | (c & 0x3F));
        return bb_put(b, t, 4);
    case C_ASCII:
    case C_LATIN1:
        t[0] = (char)c;
        return bb_put(b, t, 1);
    case C_CHARMAP0: case C_CHARMAP0 + 1: case C_CHARMAP0 + 2: case C_CHARMAP0 + 3:
    case C_CHARMAP0 + 4: case C_CHARMAP0 + 5:
        t[0] = (char)charmap_byte(codec, c);
        return bb_put(b, t, 1);
    case C_UTF16LE:
    case C_UTF16BE:
        if (c >= 0x10000) {
            c -= 0x10000;
            if (put_unit(b, codec, 0xD800 | (c >> 10)) < 0) {
                return -1;
            }
            c = 0xDC00 | (c & 0x3FF);
        }
        if (codec == C_UTF16LE) {
            t[0] = (char)(c & 0xFF);
            t[1] = (char)(c >> 8);
        } else {
            t[0] = (char)(c >> 8);
            t[1] = (char)(c & 0xFF);
        }
        return bb_put(b, t, 2);
    default:   // UTF-32
        for (int i = 0; i < 4; i++) {
            t[codec == C_UTF32LE ? i : 3 - i] = (char)((c >> (8 * i)) & 0xFF);
        }
        return bb_put(b, t, 4);
    }
}

static int
encodable(int codec, uint32_t c, int surrogatepass)
{
    if (codec == C_ASCII) {
        return c < 128;
    }
    if (codec == C_LATIN1) {
        return c < 256;
    }
    if (IS_CHARMAP(codec)) {
        return charmap_byte(codec, c) >= 0;
    }
    return surrogatepass || c < 0xD800 || c > 0xDFFF;
}

/* unicode_escape (raw=0) or raw_unicode_escape (raw=1) encoding of str s; never fails
 * but for memory. New reference. */
static GlObject *
encode_escape(GlObject *s, int raw) GL_NEWREF
{
    Gl_ssize_t n = Gl_SIZE(s);
    int k = ((GlStrObject *)s)->kind;
    const void *d = GlStr_DATA(s);
    ByteBuf b;
    bb_init(&b);
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ(k, d, i);
        char t[12];
        int tn;
        if (raw ? c < 0x100 : (c >= 0x20 && c < 0x7F && c != '\\')) {
            t[0] = (char)c;
            tn = 1;
        } else if (c == '\\') {
            tn = snprintf(t, sizeof(t), "\\\\");
        } else if (c == '\t') {
            tn = snprintf(t, sizeof(t), "\\t");
        } else if (c == '\n') {
            tn = snprintf(t, sizeof(t), "\\n");
        } else if (c == '\r') {
            tn = snprintf(t, sizeof(t), "\\r");
        } else if (c < 0x100) {
            tn = snprintf(t, sizeof(t), "\\x%02x", (unsigned)c);
        } else if (c < 0x10000) {
            tn = snprintf(t, sizeof(t), "\\u%04x", (unsigned)c);
        } else {
            tn = snprintf(t, sizeof(t), "\\U%08x", (unsigned)c);
        }
        if (bb_put(&b, t, tn) < 0) {
            bb_free(&b);
            return NULL;
        }
    }
    return bb_finish(&b);
}

/* CPython's codecs outside the built-in fast paths (charmaps, utf-8-sig, the escape
 * codecs) run through the codec registry, which rewraps a plain TypeError/LookupError
 * as "<encoding|decoding> with '<name>' codec failed (<Type>: <msg>)". Always NULL. */
static GlObject *
wrap_codec_error(int codec, const char *what, const char *encoding)
{
    if (codec < C_UTF8SIG || codec == C_UNKNOWN) {
        return NULL;
    }
    GlObject *exc = GlErr_GetRaisedException();
    GlObject *type = (GlObject *)Gl_TYPE(exc);
    if (type != GlExc_TypeError && type != GlExc_LookupError) {
        GlErr_SetRaisedException(exc);
        return NULL;
    }
    GlObject *msg = GlObject_Str(exc);
    if (msg != NULL) {
        GlErr_Format(type, "%s with '%s' codec failed (%s: %U)", what, encoding,
                     ((GlTypeObject *)type)->tp_name, msg);
        Gl_DECREF(msg);
    }
    Gl_DECREF(exc);
    return NULL;
}

/* str.encode / bytes.decode for a name the C codecs do not know: lib/codecs.py's
 * _text_encode / _text_decode (fn) look it up in the codec registry (the search
 * functions, then the encodings package) as CPython does. Runs Python code.
 * New reference. */
static GlObject *
registry_codec(const char *fn, GlObject *obj, const char *encoding, const char *errors)
{
    GlObject *mod = GlImport_ImportModule("codecs");
    if (mod == NULL) {
        return NULL;
    }
    GlObject *f = GlObject_GetAttrString(mod, fn);
    Gl_DECREF(mod);
    GlObject *enc = GlStr_FromString(encoding);
    GlObject *err = GlStr_FromString(errors != NULL ? errors : "strict");
    GlObject *r = NULL;
    if (f != NULL && enc != NULL && err != NULL) {
        r = GlObject_CallFunctionObjArgs(f, obj, enc, err, NULL);   // runs Python code
    }
    Gl_XDECREF(f);
    Gl_XDECREF(enc);
    Gl_XDECREF(err);
    return r;
}

static GlObject *encode_impl(GlObject *s, const char *encoding, const char *errors, int *codecp);

GlObject *
GlStr_Encode(GlObject *s, const char *encoding, const char *errors) GL_NEWREF
{
    if (encoding != NULL && codec_lookup(encoding) == C_UNKNOWN) {
        return registry_codec("_text_encode", s, encoding, errors);
    }
    int codec = C_UNKNOWN;
    GlObject *r = encode_impl(s, encoding, errors, &codec);
    return r != NULL ? r : wrap_codec_error(codec, "encoding", encoding);
}

/* GlStr_Encode without the registry's error rewrapping; sets *codecp. New reference. */
static GlObject *
encode_impl(GlObject *s, const char *encoding, const char *errors, int *codecp) GL_NEWREF
{
    int codec = codec_lookup(encoding ? encoding : "utf-8");
    *codecp = codec;
    if (codec == C_UNKNOWN) {
        return GlErr_Format(GlExc_LookupError, "unknown encoding: %s", encoding);
    }
    Gl_ssize_t n = Gl_SIZE(s);
    GlStrObject *u = (GlStrObject *)s;
    if (u->ascii && (codec == C_UTF8 || codec == C_ASCII || codec == C_LATIN1)) {
        return GlBytes_FromStringAndSize(GlStr_DATA(s), n);
    }
    if (codec == C_UTF8 && u->utf8 != NULL) {
        return GlBytes_FromStringAndSize(u->utf8, u->utf8_length);
    }
    if (codec == C_LATIN1 && u->kind == 1) {
        return GlBytes_FromStringAndSize(GlStr_DATA(s), n);
    }
    int eh = errors_lookup(errors);
    int k = u->kind;
    const void *d = GlStr_DATA(s);
    ByteBuf b;
    bb_init(&b);
    if (codec == C_UTF16) {
        if (put_unit(&b, C_UTF16LE, 0xFEFF) < 0) {
            goto error;
        }
        codec = C_UTF16LE;
    } else if (codec == C_UTF32) {
        if (put_unit(&b, C_UTF32LE, 0xFEFF) < 0) {
            goto error;
        }
        codec = C_UTF32LE;
    } else if (codec == C_UTF8SIG) {
        if (bb_put(&b, "\xEF\xBB\xBF", 3) < 0) {
            goto error;
        }
        codec = C_UTF8;
    } else if (codec == C_UESC || codec == C_RAWUESC) {
        bb_free(&b);
        return encode_escape(s, codec == C_RAWUESC);
    }
    const char *ename = IS_CHARMAP(codec) ? "charmap" : codec_names[codec];
    int passable = eh == E_SURROGATEPASS && codec != C_ASCII && codec != C_LATIN1
                   && !IS_CHARMAP(codec);
    for (Gl_ssize_t i = 0; i < n;) {
        uint32_t c = GlStr_READ(k, d, i);
        if (encodable(codec, c, passable)) {
            if (put_unit(&b, codec, c) < 0) {
                goto error;
            }
            i++;
            continue;
        }
        Gl_ssize_t j = i + 1;
        while (j < n && !encodable(codec, GlStr_READ(k, d, j), 0)) {
            j++;
        }
        const char *reason = codec == C_ASCII ? "ordinal not in range(128)"
                             : codec == C_LATIN1 ? "ordinal not in range(256)"
                             : IS_CHARMAP(codec) ? "character maps to <undefined>"
                             : "surrogates not allowed";
        switch (eh) {
        case E_UNKNOWN: {
            GlObject *r = NULL;
            Gl_ssize_t newpos;
            if (call_handler(0, errors, ename, s, n, i, j, reason, &r, &newpos) < 0) {
                goto error;
            }
            if (GlBytes_Check(r)) {
                j = newpos;
                int rc = bb_put(&b, GlBytes_AS_STRING(r), Gl_SIZE(r));
                Gl_DECREF(r);
                if (rc < 0) {
                    goto error;
                }
                break;
            }
            // a str replacement must encode as is: ASCII, or for the one-byte codecs
            // characters of the codec's own range
            int k2 = ((GlStrObject *)r)->kind;
            const void *d2 = GlStr_DATA(r);
            for (Gl_ssize_t q = 0; q < Gl_SIZE(r); q++) {
                uint32_t x = GlStr_READ(k2, d2, q);
                int ok = x < 128 || ((codec == C_LATIN1 || IS_CHARMAP(codec))
                                     && encodable(codec, x, 0));
                if (!ok) {
                    Gl_DECREF(r);
                    raise_unicode_error(GlExc_UnicodeEncodeError, ename, s, i, j, reason);
                    goto error;
                }
                if (put_unit(&b, codec, x) < 0) {
                    Gl_DECREF(r);
                    goto error;
                }
            }
            Gl_DECREF(r);
            j = newpos;
            break;
        }
        case E_IGNORE:
            break;
        case E_REPLACE:
            for (Gl_ssize_t q = i; q < j; q++) {
                if (put_unit(&b, codec, '?') < 0) {
                    goto error;
                }
            }
            break;
        case E_BACKSLASH:
        case E_XMLREF:
        case E_NAMEREPLACE:
            for (Gl_ssize_t q = i; q < j; q++) {
                uint32_t x = GlStr_READ(k, d, q);
                char t[GL_UNICODE_NAME_MAXLEN + 8], name[GL_UNICODE_NAME_MAXLEN + 1];
                int tn;
                if (eh == E_XMLREF) {
                    tn = snprintf(t, sizeof(t), "&#%u;", (unsigned)x);
                } else if (eh == E_NAMEREPLACE && GlUnicode_GetName(x, name, sizeof(name))) {
                    tn = snprintf(t, sizeof(t), "\\N{%s}", name);
                } else if (x < 0x100) {
                    tn = snprintf(t, sizeof(t), "\\x%02x", (unsigned)x);
                } else if (x < 0x10000) {
                    tn = snprintf(t, sizeof(t), "\\u%04x", (unsigned)x);
                } else {
                    tn = snprintf(t, sizeof(t), "\\U%08x", (unsigned)x);
                }
                for (int z = 0; z < tn; z++) {
                    if (put_unit(&b, codec, (unsigned char)t[z]) < 0) {
                        goto error;
                    }
                }
            }
            break;
        case E_SURROGATEESCAPE:
            // utf-8/ascii/latin-1 handle the escapes inline and report the rest of the
            // run; the other codecs call the handler, which rejects the whole run
            if (codec != C_UTF8 && codec != C_ASCII && codec != C_LATIN1) {
                for (Gl_ssize_t q = i; q < j; q++) {
                    uint32_t x = GlStr_READ(k, d, q);
                    if (x < 0xDC80 || x > 0xDCFF || IS_WIDE(codec)) {
                        raise_unicode_error(GlExc_UnicodeEncodeError, ename, s, i, j, reason);
                        goto error;
                    }
                }
            }
            for (Gl_ssize_t q = i; q < j; q++) {
                uint32_t x = GlStr_READ(k, d, q);
                if (x < 0xDC80 || x > 0xDCFF) {
                    raise_unicode_error(GlExc_UnicodeEncodeError, ename, s, q, j, reason);
                    goto error;
                }
                char byte = (char)(x - 0xDC00);
                if (bb_put(&b, &byte, 1) < 0) {
                    goto error;
                }
            }
            break;
        default:
            raise_unicode_error(GlExc_UnicodeEncodeError, ename, s, i, j, reason);
            goto error;
        }
        i = j;
    }
    return bb_finish(&b);
error:
    bb_free(&b);
    return NULL;
}

/* ---- decoding ---------------------------------------------------------------------- */

static int call_handler(int decoding, const char *errors, const char *enc, GlObject *obj,
                        Gl_ssize_t len, Gl_ssize_t start, Gl_ssize_t end, const char *reason,
                        GlObject **rep, Gl_ssize_t *newpos);

/* Handle undecodable bytes s[start:end]: 0 with *at set to where decoding resumes (end,
 * or where a registered handler says), or -1. */
static int
decode_error(GlStrBuf *out, int eh, const char *errors, const char *enc, const char *s,
             Gl_ssize_t len, Gl_ssize_t start, Gl_ssize_t end, const char *reason,
             Gl_ssize_t *at)
{
    *at = end;
    if (eh == E_UNKNOWN) {
        GlObject *obj = GlBytes_FromStringAndSize(s, len);
        if (obj == NULL) {
            return -1;
        }
        GlObject *r = NULL;
        int rc = call_handler(1, errors, enc, obj, len, start, end, reason, &r, at);
        Gl_DECREF(obj);
        if (rc < 0) {
            return -1;
        }
        rc = GlStrBuf_AppendStr(out, r);
        Gl_DECREF(r);
        return rc;
    }
    switch (eh) {
    case E_IGNORE:
        return 0;
    case E_REPLACE:
        return GlStrBuf_AppendChar(out, 0xFFFD);
    case E_BACKSLASH:
        for (Gl_ssize_t i = start; i < end; i++) {
            char t[8];
            int tn = snprintf(t, sizeof(t), "\\x%02x", (unsigned char)s[i]);
            if (GlStrBuf_AppendASCII(out, t, tn) < 0) {
                return -1;
            }
        }
        return 0;
    case E_SURROGATEESCAPE:
        for (Gl_ssize_t i = start; i < end; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c < 128) {
                raise_decode_error(enc, s, len, i, i + 1, reason);
                return -1;
            }
            if (GlStrBuf_AppendChar(out, 0xDC00 + c) < 0) {
                return -1;
            }
        }
        return 0;
    case E_XMLREF:
    case E_NAMEREPLACE:
        // encode-only handlers: CPython's callbacks reject the decode error's type
        GlErr_SetString(GlExc_TypeError,
                        "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    default:
        raise_decode_error(enc, s, len, start, end, reason);
        return -1;
    }
}

static GlObject *
decode_utf8(const char *s, Gl_ssize_t len, int eh, const char *errors) GL_NEWREF
{
    const unsigned char *p = (const unsigned char *)s;
    GlStrBuf out;
    GlStrBuf_Init(&out);
    if (GlStrBuf_Reserve(&out, len, 127) < 0) {
        return NULL;
    }
    Gl_ssize_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        if (c < 0x80) {
            Gl_ssize_t j = i + 1;
            while (j < len && p[j] < 0x80) {
                j++;
            }
            if (GlStrBuf_AppendASCII(&out, s + i, j - i) < 0) {
                goto error;
            }
            i = j;
            continue;
        }
        int need;
        unsigned lo = 0x80, hi = 0xBF;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            cp = c & 0x0F;
            if (c == 0xE0) {
                lo = 0xA0;
            } else if (c == 0xED && eh != E_SURROGATEPASS) {
                hi = 0x9F;
            }
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            cp = c & 0x07;
            if (c == 0xF0) {
                lo = 0x90;
            } else if (c == 0xF4) {
                hi = 0x8F;
            }
        } else {
            if (decode_error(&out, eh, errors, "utf-8", s, len, i, i + 1,
                             "invalid start byte", &i) < 0) {
                goto error;
            }
            continue;
        }
        Gl_ssize_t j = i + 1;
        int got = 0;
        while (got < need && j < len) {
            unsigned cc = p[j];
            if (cc < (got == 0 ? lo : 0x80) || cc > (got == 0 ? hi : 0xBF)) {
                break;
            }
            cp = (cp << 6) | (cc & 0x3F);
            j++;
            got++;
        }
        if (got < need) {
            const char *reason = j >= len ? "unexpected end of data" : "invalid continuation byte";
            if (decode_error(&out, eh, errors, "utf-8", s, len, i, j, reason, &i) < 0) {
                goto error;
            }
            continue;
        }
        if (GlStrBuf_AppendChar(&out, cp) < 0) {
            goto error;
        }
        i = j;
    }
    return GlStrBuf_Finish(&out);
error:
    GlStrBuf_Clear(&out);
    return NULL;
}

GlObject *
GlStr_DecodeUTF8(const char *s, Gl_ssize_t len, const char *errors) GL_NEWREF
{
    return decode_utf8(s, len, errors_lookup(errors), errors);
}

static GlObject *
decode_wide(const char *s, Gl_ssize_t len, int codec, int eh, const char *errors) GL_NEWREF
{
    const unsigned char *p = (const unsigned char *)s;
    int unit = codec >= C_UTF32 ? 4 : 2;
    Gl_ssize_t i = 0;
    if (codec == C_UTF16 || codec == C_UTF32) {
        codec = codec == C_UTF16 ? C_UTF16LE : C_UTF32LE;
        if (len >= unit && p[0] == 0xFF && p[1] == 0xFE && (unit == 2 || (p[2] == 0 && p[3] == 0))) {
            i = unit;
        } else if (len >= unit && ((unit == 2 && p[0] == 0xFE && p[1] == 0xFF)
                                   || (unit == 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE
                                       && p[3] == 0xFF))) {
            i = unit;
            codec = codec == C_UTF16LE ? C_UTF16BE : C_UTF32BE;
        }
    }
    const char *ename = codec_names[codec];
    int le = codec == C_UTF16LE || codec == C_UTF32LE;
    GlStrBuf out;
    GlStrBuf_Init(&out);
    while (i < len) {
        if (len - i < unit) {
            if (decode_error(&out, eh, errors, ename, s, len, i, len, "truncated data", &i) < 0) {
                goto error;
            }
            continue;
        }
        uint32_t c = 0;
        for (int q = 0; q < unit; q++) {
            c |= (uint32_t)p[i + (le ? q : unit - 1 - q)] << (8 * q);
        }
        if (unit == 4) {
            if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF && eh != E_SURROGATEPASS)) {
                const char *reason = c > 0x10FFFF ? "code point not in range(0x110000)"
                                                  : "code point in surrogate code point range(0xd800, 0xe000)";
                if (decode_error(&out, eh, errors, ename, s, len, i, i + 4, reason, &i) < 0) {
                    goto error;
                }
                continue;
            }
            i += 4;
        } else if (c >= 0xD800 && c <= 0xDBFF && eh != E_SURROGATEPASS) {
            if (len - i < 4) {
                if (decode_error(&out, eh, errors, ename, s, len, i, len,
                                 "unexpected end of data", &i) < 0) {
                    goto error;
                }
                continue;
            }
            uint32_t c2 = le ? (p[i + 2] | (uint32_t)p[i + 3] << 8)
                             : (p[i + 3] | (uint32_t)p[i + 2] << 8);
            if (c2 < 0xDC00 || c2 > 0xDFFF) {
                if (decode_error(&out, eh, errors, ename, s, len, i, i + 2,
                                 "illegal UTF-16 surrogate", &i) < 0) {
                    goto error;
                }
                continue;
            }
            c = 0x10000 + ((c - 0xD800) << 10) + (c2 - 0xDC00);
            i += 4;
        } else if (c >= 0xDC00 && c <= 0xDFFF && eh != E_SURROGATEPASS) {
            if (decode_error(&out, eh, errors, ename, s, len, i, i + 2, "illegal encoding",
                             &i) < 0) {
                goto error;
            }
            continue;
        } else {
            i += 2;
        }
        if (GlStrBuf_AppendChar(&out, c) < 0) {
            goto error;
        }
    }
    return GlStrBuf_Finish(&out);
error:
    GlStrBuf_Clear(&out);
    return NULL;
}

/* Decode bytes s[:len] with the single-byte charmap codec `codec`. New reference. */
static GlObject *
decode_charmap(const char *s, Gl_ssize_t len, int codec, int eh, const char *errors) GL_NEWREF
{
    const uint16_t *t = charmap_tables[codec - C_CHARMAP0];
    GlStrBuf out;
    GlStrBuf_Init(&out);
    for (Gl_ssize_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        uint32_t u = c < 128 ? c : t[c - 128];
        int rc = u != 0xFFFE ? GlStrBuf_AppendChar(&out, u)
                             : decode_error(&out, eh, errors, "charmap", s, len, i, i + 1,
                                            "character maps to <undefined>", &i);
        i += u != 0xFFFE;
        if (rc < 0) {
            GlStrBuf_Clear(&out);
            return NULL;
        }
    }
    return GlStrBuf_Finish(&out);
}

static int
hexval(unsigned char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
         : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decode bytes s[:len] as unicode_escape (raw=0) or raw_unicode_escape (raw=1), with
 * CPython 3.11's error ranges and messages. New reference. */
static GlObject *
decode_escape(const char *s, Gl_ssize_t len, int raw, int eh, const char *errors) GL_NEWREF
{
    const unsigned char *p = (const unsigned char *)s;
    const char *ename = raw ? "rawunicodeescape" : "unicodeescape";
    GlStrBuf out;
    GlStrBuf_Init(&out);
    Gl_ssize_t i = 0;
    while (i < len) {
        unsigned char c = p[i];
        if (c != '\\') {
            if (GlStrBuf_AppendChar(&out, c) < 0) {
                goto error;
            }
            i++;
            continue;
        }
        Gl_ssize_t start = i++;
        const char *msg = NULL;
        if (i >= len) {
            if (raw) {
                if (GlStrBuf_AppendChar(&out, '\\') < 0) {
                    goto error;
                }
                break;
            }
            msg = "\\ at end of string";
            goto fail;
        }
        c = p[i++];
        int count = 0;
        uint32_t ch = 0;
        if (c == 'u') {
            count = 4;
            msg = "truncated \\uXXXX escape";
        } else if (c == 'U') {
            count = 8;
            msg = "truncated \\UXXXXXXXX escape";
        } else if (raw) {
            if (GlStrBuf_AppendChar(&out, '\\') < 0 || GlStrBuf_AppendChar(&out, c) < 0) {
                goto error;
            }
            continue;
        } else if (c == 'x') {
            count = 2;
            msg = "truncated \\xXX escape";
        } else {
            const char *simple = "n\nt\tr\rb\bf\fv\va\a\\\\'\'\"\"";
            const char *hit = NULL;
            for (const char *q = simple; *q; q += 2) {
                if ((unsigned char)*q == c) {
                    hit = q;
                    break;
                }
            }
            if (hit != NULL) {
                ch = (unsigned char)hit[1];
            } else if (c == '\n') {
                continue;
            } else if (c >= '0' && c <= '7') {
                ch = c - '0';
                for (int q = 0; q < 2 && i < len && p[i] >= '0' && p[i] <= '7'; q++) {
                    ch = ch * 8 + (p[i++] - '0');
                }
            } else if (c == 'N') {
                msg = "malformed \\N character escape";
                if (i < len && p[i] == '{') {
                    Gl_ssize_t nstart = ++i;
                    while (i < len && p[i] != '}') {
                        i++;
                    }
                    if (i >= len) {
                        goto fail;
                    }
                    if (i > nstart) {
                        i++;
                        if (GlUnicode_LookupName(s + nstart, (size_t)(i - 1 - nstart), &ch)) {
                            if (GlStrBuf_AppendChar(&out, ch) < 0) {
                                goto error;
                            }
                            continue;
                        }
                        msg = "unknown Unicode character name";
                    }
                }
                goto fail;
            } else {
                // unknown escape: kept as is (CPython also warns DeprecationWarning)
                if (GlStrBuf_AppendChar(&out, '\\') < 0 || GlStrBuf_AppendChar(&out, c) < 0) {
                    goto error;
                }
                continue;
            }
            if (GlStrBuf_AppendChar(&out, ch) < 0) {
                goto error;
            }
            continue;
        }
        for (; count; i++, count--) {
            int h = i < len ? hexval(p[i]) : -1;
            if (h < 0) {
                goto fail;
            }
            ch = (ch << 4) | (uint32_t)h;
        }
        if (ch > 0x10FFFF) {
            msg = raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character";
            goto fail;
        }
        if (GlStrBuf_AppendChar(&out, ch) < 0) {
            goto error;
        }
        continue;
    fail:
        if (decode_error(&out, eh, errors, ename, s, len, start, i, msg, &i) < 0) {
            goto error;
        }
    }
    return GlStrBuf_Finish(&out);
error:
    GlStrBuf_Clear(&out);
    return NULL;
}

static GlObject *decode_impl(const char *s, Gl_ssize_t len, int codec, const char *encoding,
                             const char *errors);

GlObject *
GlStr_Decode(const char *s, Gl_ssize_t len, const char *encoding, const char *errors) GL_NEWREF
{
    int codec = codec_lookup(encoding ? encoding : "utf-8");
    if (codec == C_UNKNOWN) {
        GlObject *b = GlBytes_FromStringAndSize(s, len);
        if (b == NULL) {
            return NULL;
        }
        GlObject *r = registry_codec("_text_decode", b, encoding, errors);
        Gl_DECREF(b);
        return r;
    }
    GlObject *r = decode_impl(s, len, codec, encoding, errors);
    return r != NULL ? r : wrap_codec_error(codec, "decoding", encoding);
}

/* GlStr_Decode without the registry's error rewrapping. New reference. */
static GlObject *
decode_impl(const char *s, Gl_ssize_t len, int codec, const char *encoding,
            const char *errors) GL_NEWREF
{
    int eh = errors_lookup(errors);
    switch (codec) {
    case C_UTF8:
        return decode_utf8(s, len, eh, errors);
    case C_LATIN1:
        return GlStr_FromKindAndData(1, s, len);
    case C_ASCII: {
        GlStrBuf out;
        GlStrBuf_Init(&out);
        for (Gl_ssize_t i = 0; i < len;) {
            unsigned char c = (unsigned char)s[i];
            int rc = c < 128 ? GlStrBuf_AppendChar(&out, c)
                             : decode_error(&out, eh, errors, "ascii", s, len, i, i + 1,
                                            "ordinal not in range(128)", &i);
            i += c < 128;
            if (rc < 0) {
                GlStrBuf_Clear(&out);
                return NULL;
            }
        }
        return GlStrBuf_Finish(&out);
    }
    case C_UNKNOWN:
        return GlErr_Format(GlExc_LookupError, "unknown encoding: %s", encoding);
    case C_UTF8SIG:
        if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
            s += 3;
            len -= 3;
        }
        return decode_utf8(s, len, eh, errors);
    case C_UESC:
    case C_RAWUESC:
        return decode_escape(s, len, codec == C_RAWUESC, eh, errors);
    default:
        if (IS_CHARMAP(codec)) {
            return decode_charmap(s, len, codec, eh, errors);
        }
        return decode_wide(s, len, codec, eh, errors);
    }
}

static const char *const encode_kw[] = {"encoding", "errors", NULL};

GlObject *
GlStr_MethEncode(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                 GlObject *kwnames) GL_NEWREF
{
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("encode", args, nargs, kwnames, encode_kw, 2, 0, a) < 0) {
        return NULL;
    }
    const char *enc = "utf-8", *err = "strict";
    if (a[0] != NULL && (enc = GlStr_ArgAsCString(a[0], "encode", "encoding")) == NULL) {
        return NULL;
    }
    if (a[1] != NULL && (err = GlStr_ArgAsCString(a[1], "encode", "errors")) == NULL) {
        return NULL;
    }
    return GlStr_Encode(self, enc, err);
}
