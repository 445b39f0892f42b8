/* structmodule.c - the `_struct` module: conversion between Python values and C structs
 * packed as bytes (lib/struct.py re-exports it as `struct`).
 *
 * Implements pack, unpack, calcsize, pack_into, unpack_from, iter_unpack, the Struct
 * type, struct.error and _clearcache. Formats: an optional byte-order prefix (@ native
 * order, sizes and alignment; = native order, standard sizes; < little; > and ! big)
 * then codes x c b B ? h H i I l L q Q n N e f d s p P with optional repeat counts
 * (whitespace between items is ignored; n, N and P exist only in native mode).
 *
 * Invariants:
 * - A Struct's items array describes the parsed format: each entry is one code with its
 *   offset, size and count (s/p: one item of `count` bytes; x: `count` pad bytes; others
 *   `count` consecutive values); size is the total; nvalues the number of Python values.
 * - Native mode is x86-64/LP64: native order is little-endian, sizes as C's, each item
 *   aligned to its size; no padding is added at the end (as CPython).
 * - Packing writes every byte of the item's area (pad bytes and unused s/p room are 0).
 *
 * CPython behaviour matched: struct.error messages word for word ("bad char in struct
 * format", "unpack requires a buffer of 4 bytes", "argument out of range", "byte format
 * requires -128 <= number <= 127", "pack expected 2 items for packing (got 1)"...), the
 * rounding of the half-precision 'e' format, the 255-byte limit of 'p'.
 */
#include "modules.h"
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>

typedef struct StructItem {
    char code;              // the format character
    Gl_ssize_t offset;      // byte offset of the first value
    Gl_ssize_t size;        // bytes per value (s/p: the whole field)
    Gl_ssize_t count;       // repeat count (s/p: 1 value; x: pad bytes)
} StructItem;

typedef struct GlStructObject {
    GlObject ob_base;
    GlObject *format;       // the format as str (owned)
    StructItem *items;      // parsed codes (malloc'd, nitems entries)
    Gl_ssize_t nitems;
    Gl_ssize_t size;        // calcsize(format)
    Gl_ssize_t nvalues;     // values packed / unpacked
    int little;             // 1: little-endian
    int native;             // 1: '@' mode (native sizes, alignment)
} GlStructObject;

typedef struct GlStructIterObject {
    GlObject ob_base;
    GlStructObject *st;     // the Struct (owned)
    GlObject *buf;          // the bytes being unpacked (owned copy)
    Gl_ssize_t pos;         // offset of the next record
} GlStructIterObject;

extern GlTypeObject GlStruct_Type, GlStructIter_Type;

static inline Gl_ssize_t GlBytes_GET_SIZE(GlObject *o) { return Gl_SIZE(o); }
static inline Gl_ssize_t GlByteArray_GET_SIZE(GlObject *o) { return Gl_SIZE(o); }

static GlObject *struct_error;   // struct.error (created once, owned by the module too)
static GlObject *struct_cache;   // dict: format -> Struct

static GlObject *
struct_raise(const char *fmt, ...)
{
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    return GlErr_SetString(struct_error, buf);
}

/* Size of code c in native (@) or standard mode; 0 for an unknown code. */
static Gl_ssize_t
code_size(char c, int native)
{
    switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
        return 1;
    case 'h': case 'H': case 'e':
        return 2;
    case 'i': case 'I': case 'f':
        return 4;
    case 'l': case 'L':
        return native ? (Gl_ssize_t)sizeof(long) : 4;
    case 'q': case 'Q': case 'd':
        return 8;
    case 'n': case 'N':
        return native ? (Gl_ssize_t)sizeof(size_t) : 0;
    case 'P':
        return native ? (Gl_ssize_t)sizeof(void *) : 0;
    default:
        return 0;
    }
}

/* Parse fmt (UTF-8/ASCII text) into st. 0 / -1 with struct.error. */
static int
struct_parse(GlStructObject *st, const char *fmt, Gl_ssize_t len)
{
    Gl_ssize_t i = 0;
    st->native = 1;
    st->little = 1;
    if (len > 0 && strchr("@=<>!", fmt[0]) != NULL) {
        st->native = fmt[0] == '@';
        st->little = fmt[0] == '<' || fmt[0] == '=' || fmt[0] == '@';
        i = 1;
    }
    st->items = malloc(sizeof(StructItem) * (size_t)(len + 1));
    if (st->items == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    Gl_ssize_t off = 0;
    while (i < len) {
        char c = fmt[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
            i++;
            continue;
        }
        Gl_ssize_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < len && fmt[i] >= '0' && fmt[i] <= '9') {
                if (count > (GL_SSIZE_T_MAX - 9) / 10) {
                    struct_raise("total struct size too long");
                    return -1;
                }
                count = count * 10 + (fmt[i] - '0');
                i++;
            }
            if (i >= len) {
                struct_raise("repeat count given without format specifier");
                return -1;
            }
            c = fmt[i];
        }
        Gl_ssize_t size = code_size(c, st->native);
        if (size == 0) {
            struct_raise("bad char in struct format");
            return -1;
        }
        i++;
        // as CPython, a zero count still aligns (struct.calcsize("@i0q") == 8)
        if (st->native && c != 's' && c != 'p' && c != 'x' && size > 1) {
            off = (off + size - 1) / size * size;
        }
        StructItem *it = &st->items[st->nitems++];
        it->code = c;
        it->offset = off;
        it->count = count;
        if (c == 's' || c == 'p') {
            it->size = count;
            off += count;
            st->nvalues += 1;
        } else if (c == 'x') {
            it->size = 1;
            off += count;
        } else {
            it->size = size;
            off += size * count;
            st->nvalues += count;
        }
    }
    st->size = off;
    return 0;
}

/* ---- integers and floats ---- */

static void
put_uint(unsigned char *p, uint64_t v, Gl_ssize_t size, int little)
{
    for (Gl_ssize_t k = 0; k < size; k++) {
        p[little ? k : size - 1 - k] = (unsigned char)(v & 0xff);
        v >>= 8;
    }
}

static uint64_t
get_uint(const unsigned char *p, Gl_ssize_t size, int little)
{
    uint64_t v = 0;
    for (Gl_ssize_t k = 0; k < size; k++) {
        v = (v << 8) | p[little ? size - 1 - k : k];
    }
    return v;
}

/* Whether z fits in int64_t (is_unsigned 0) or uint64_t (1). */
static int
mpz_fits64(mpz_srcptr z, int is_unsigned)
{
    if (is_unsigned) {
        return mpz_sgn(z) >= 0 && mpz_sizeinbase(z, 2) <= 64;
    }
    return mpz_sizeinbase(z, 2) <= 63
           || (mpz_sgn(z) < 0 && mpz_sizeinbase(z, 2) == 64 && mpz_scan1(z, 0) == 63);
}

/* The value of an integer argument as a 64-bit pattern for code c (size bytes).
 * CPython's messages depend on the byte order's table: the value is first converted
 * to a C long or unsigned long ("argument out of range"; big-endian 8-byte codes say
 * "int too large to convert"), then range-checked: b B h H name their C type ("byte
 * format requires ...") except h H in big-endian mode, other codes say "'i' format
 * requires ...". B and H convert through a signed long except H in big-endian mode.
 * 0 / -1. Runs Python (__index__). */
static int
pack_int(GlObject *v, char c, Gl_ssize_t size, int big, uint64_t *out)
{
    int is_unsigned = strchr("BHILQNP", c) != NULL;
    GlObject *n = GlNumber_Index(v);   // PYTHON CODE (__index__)
    if (n == NULL) {
        if (GlErr_ExceptionMatches(GlExc_TypeError)) {
            GlErr_Clear();
            struct_raise("required argument is not an integer");
        }
        return -1;
    }
    mpz_t z;
    mpz_init(z);
    GlInt_AsMpz(n, z);
    Gl_DECREF(n);
    int bits = (int)size * 8;
    int named = strchr("bBhH", c) != NULL && !(big && (c == 'h' || c == 'H'));
    int conv_unsigned = strchr("ILQNP", c) != NULL || (big && c == 'H');
    int fits = mpz_fits64(z, conv_unsigned);
    if (c == 'P') {   // a pointer: any value that fits in 64 bits, signed or not
        fits = mpz_fits64(z, 0) || mpz_fits64(z, 1);
    }
    if (!fits) {
        mpz_clear(z);
        struct_raise((big && size == 8) || c == 'P' ? "int too large to convert"
                                                    : "argument out of range");
        return -1;
    }
    int ok = 1;
    if (bits < 64) {
        mpz_t lim;
        mpz_init(lim);
        if (is_unsigned) {
            mpz_ui_pow_ui(lim, 2, (unsigned long)bits);
            ok = mpz_sgn(z) >= 0 && mpz_cmp(z, lim) < 0;
        } else {
            mpz_ui_pow_ui(lim, 2, (unsigned long)bits - 1);
            ok = mpz_cmp(z, lim) < 0;
            mpz_neg(lim, lim);
            ok = ok && mpz_cmp(z, lim) >= 0;
        }
        mpz_clear(lim);
    }
    if (!ok) {
        mpz_clear(z);
        long long lo = is_unsigned ? 0 : -(1LL << (bits - 1));
        long long hi = is_unsigned ? (1LL << bits) - 1 : (1LL << (bits - 1)) - 1;
        if (named) {
            static const char *const names[] = {"byte", "ubyte", "short", "ushort"};
            const char *nm = names[strchr("bBhH", c) - "bBhH"];
            struct_raise("%s format requires %lld <= number <= %lld", nm, lo, hi);
        } else {
            struct_raise("'%c' format requires %lld <= number <= %lld", c, lo, hi);
        }
        return -1;
    }
    mpz_fdiv_r_2exp(z, z, 64);
    *out = (uint64_t)mpz_get_ui(z);
    mpz_clear(z);
    return 0;
}

static int
pack_half(double x, unsigned char *p, int little)
{
    unsigned int sign = signbit(x) ? 1 : 0;
    unsigned int bits;
    if (isnan(x)) {
        bits = 0x7e00 | (sign << 15);
    } else if (isinf(x)) {
        bits = 0x7c00 | (sign << 15);
    } else if (x == 0.0) {
        bits = sign << 15;
    } else {
        int e;
        double f = frexp(fabs(x), &e);   // |x| = f * 2**e, 0.5 <= f < 1
        f *= 2.0;
        e--;                              // 1 <= f < 2
        if (e >= 16) {
            goto overflow;
        }
        if (e < -25) {                    // rounds to zero
            f = 0.0;
            e = 0;
        } else if (e < -14) {             // subnormal: no implicit bit
            f = ldexp(f, 14 + e);
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        unsigned int mant = (unsigned int)f;
        double rest = f - mant;
        if (rest > 0.5 || (rest == 0.5 && (mant & 1))) {   // round half to even
            mant++;
            if (mant == 1024) {
                mant = 0;
                e++;
                if (e == 31) {
                    goto overflow;
                }
            }
        }
        bits = mant | ((unsigned int)e << 10) | (sign << 15);
    }
    put_uint(p, bits, 2, little);
    return 0;
overflow:
    GlErr_SetString(GlExc_OverflowError, "float too large to pack with e format");
    return -1;
}

static double
unpack_half(const unsigned char *p, int little)
{
    unsigned int bits = (unsigned int)get_uint(p, 2, little);
    int sign = bits >> 15;
    int e = (bits >> 10) & 0x1f;
    unsigned int f = bits & 0x3ff;
    double x;
    if (e == 0x1f) {
        x = f == 0 ? INFINITY : NAN;
    } else if (e == 0) {
        x = ldexp((double)f, -24);
    } else {
        x = ldexp((double)(f + 1024), e - 25);
    }
    return sign ? -x : x;
}

/* Pack one value of item it at p. 0 / -1. Runs Python (__index__, __float__, bool). */
static int
pack_value(GlStructObject *st, const StructItem *it, GlObject *v, unsigned char *p)
{
    char c = it->code;
    switch (c) {
    case 'c':
        if (!GlBytes_Check(v) || GlBytes_GET_SIZE(v) != 1) {
            struct_raise("char format requires a bytes object of length 1");
            return -1;
        }
        p[0] = (unsigned char)GlBytes_AS_STRING(v)[0];
        return 0;
    case '?': {
        int t = GlObject_IsTrue(v);   // PYTHON CODE
        if (t < 0) {
            return -1;
        }
        p[0] = (unsigned char)t;
        return 0;
    }
    case 's':
    case 'p': {
        const char *data;
        Gl_ssize_t n;
        if ((!GlBytes_Check(v) && !GlByteArray_Check(v)) || GlBytes_AsBuffer(v, &data, &n) < 0) {
            GlErr_Clear();
            struct_raise("argument for '%c' must be a bytes object", c);
            return -1;
        }
        memset(p, 0, (size_t)it->size);
        if (c == 's') {
            memcpy(p, data, (size_t)(n < it->size ? n : it->size));
        } else if (it->size > 0) {
            Gl_ssize_t room = it->size - 1;
            if (n > room) {
                n = room;
            }
            memcpy(p + 1, data, (size_t)n);
            p[0] = (unsigned char)(n > 255 ? 255 : n);
        }
        return 0;
    }
    case 'e':
    case 'f':
    case 'd': {
        double x = GlFloat_Check(v) ? GlFloat_AS_DOUBLE(v) : GlFloat_AsDouble(v);
        if (x == -1.0 && GlErr_Occurred()) {
            if (GlErr_ExceptionMatches(GlExc_TypeError)
                || GlErr_ExceptionMatches(GlExc_OverflowError)) {
                GlErr_Clear();
                struct_raise("required argument is not a float");
            }
            return -1;
        }
        if (c == 'e') {
            return pack_half(x, p, st->little);
        }
        if (c == 'f') {
            /* Casting a double beyond float's range is undefined in C: values from
             * FLT_MAX + half an ulp (2**103) up round to infinity. */
            float y;
            if (isfinite(x) && fabs(x) >= (double)FLT_MAX + ldexp(1.0, 103)) {
                y = x > 0 ? INFINITY : -INFINITY;
            } else {
                y = (float)x;
            }
            if (isinf(y) && !isinf(x) && !st->native) {   // native mode: a plain C cast
                GlErr_SetString(GlExc_OverflowError, "float too large to pack with f format");
                return -1;
            }
            uint32_t u;
            memcpy(&u, &y, 4);
            put_uint(p, u, 4, st->little);
            return 0;
        }
        uint64_t u;
        memcpy(&u, &x, 8);
        put_uint(p, u, 8, st->little);
        return 0;
    }
    default: {
        uint64_t u;
        if (pack_int(v, c, it->size, !st->little && !st->native, &u) < 0) {
            return -1;
        }
        put_uint(p, u, it->size, st->little);
        return 0;
    }
    }
}

/* Unpack one value of item it from p. New reference. */
static GlObject *
unpack_value(GlStructObject *st, const StructItem *it, const unsigned char *p) GL_NEWREF
{
    char c = it->code;
    switch (c) {
    case 'c':
        return GlBytes_FromStringAndSize((const char *)p, 1);
    case '?':
        return GlBool_FromLong(p[0] != 0);
    case 's':
        return GlBytes_FromStringAndSize((const char *)p, it->size);
    case 'p': {
        Gl_ssize_t n = it->size > 0 ? p[0] : 0;
        if (n > it->size - 1) {
            n = it->size > 0 ? it->size - 1 : 0;
        }
        return GlBytes_FromStringAndSize((const char *)p + 1, n);
    }
    case 'e':
        return GlFloat_FromDouble(unpack_half(p, st->little));
    case 'f': {
        uint32_t u = (uint32_t)get_uint(p, 4, st->little);
        float y;
        memcpy(&y, &u, 4);
        return GlFloat_FromDouble(y);
    }
    case 'd': {
        uint64_t u = get_uint(p, 8, st->little);
        double x;
        memcpy(&x, &u, 8);
        return GlFloat_FromDouble(x);
    }
    default: {
        uint64_t u = get_uint(p, it->size, st->little);
        if (strchr("BHILQNP", c) != NULL) {
            return GlInt_FromUInt64(u);
        }
        int bits = (int)it->size * 8;
        if (bits < 64 && (u >> (bits - 1)) & 1) {
            u |= ~(uint64_t)0 << bits;   // sign-extend
        }
        return GlInt_FromInt64((int64_t)u);
    }
    }
}

/* Pack args[0..nvalues) into buf (st->size bytes). 0 / -1. */
static int
struct_pack_to(GlStructObject *st, GlObject *const *args, unsigned char *buf)
{
    memset(buf, 0, (size_t)st->size);
    Gl_ssize_t k = 0;
    for (Gl_ssize_t i = 0; i < st->nitems; i++) {
        const StructItem *it = &st->items[i];
        if (it->code == 'x') {
            continue;
        }
        Gl_ssize_t reps = (it->code == 's' || it->code == 'p') ? 1 : it->count;
        for (Gl_ssize_t r = 0; r < reps; r++) {
            if (pack_value(st, it, args[k++], buf + it->offset + r * it->size) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

/* A tuple of the values in buf (st->size bytes). New reference. */
static GlObject *
struct_unpack_from_buf(GlStructObject *st, const unsigned char *buf) GL_NEWREF
{
    GlObject *t = GlTuple_New(st->nvalues);
    if (t == NULL) {
        return NULL;
    }
    Gl_ssize_t k = 0;
    for (Gl_ssize_t i = 0; i < st->nitems; i++) {
        const StructItem *it = &st->items[i];
        if (it->code == 'x') {
            continue;
        }
        Gl_ssize_t reps = (it->code == 's' || it->code == 'p') ? 1 : it->count;
        for (Gl_ssize_t r = 0; r < reps; r++) {
            GlObject *v = unpack_value(st, it, buf + it->offset + r * it->size);
            if (v == NULL) {
                Gl_DECREF(t);
                return NULL;
            }
            GlTuple_SET_ITEM(t, k++, v);
        }
    }
    return t;
}

/* ---- the Struct type ---- */

static GlObject *
struct_create(GlTypeObject *type, GlObject *format) GL_NEWREF
{
    GlObject *text;
    if (GlStr_Check(format)) {
        text = Gl_NewRef(format);
    } else if (GlBytes_Check(format)) {
        text = GlStr_FromStringAndSize(GlBytes_AS_STRING(format), GlBytes_GET_SIZE(format));
        if (text == NULL) {
            return NULL;
        }
    } else {
        return GlErr_Format(GlExc_TypeError,
                            "Struct() argument 1 must be a str or bytes object, not %s",
                            Gl_TYPE(format)->tp_name);
    }
    GlStructObject *st = (GlStructObject *)type->tp_alloc(type, 0);
    if (st == NULL) {
        Gl_DECREF(text);
        return NULL;
    }
    st->format = text;
    Gl_ssize_t len;
    const char *s = GlStr_AsUTF8AndSize(text, &len);
    if (s == NULL || struct_parse(st, s, len) < 0) {
        Gl_DECREF(st);
        return NULL;
    }
    return (GlObject *)st;
}

static GlObject *
struct_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlObject *format = NULL;
    if (args != NULL && GlTuple_GET_SIZE(args) == 1 && (kwds == NULL || GlDict_Size(kwds) == 0)) {
        format = GlTuple_GET_ITEM(args, 0);
    } else if ((args == NULL || GlTuple_GET_SIZE(args) == 0) && kwds != NULL
               && GlDict_Size(kwds) == 1) {
        format = GlDict_GetItemString(kwds, "format");
    }
    if (format == NULL) {
        return GlErr_SetString(GlExc_TypeError, "Struct() missing required argument 'format' "
                                                "(pos 1)");
    }
    return struct_create(type, format);
}

static void
struct_dealloc(GlObject *self)
{
    GlStructObject *st = (GlStructObject *)self;
    Gl_CLEAR(st->format);
    free(st->items);
    Gl_TYPE(self)->tp_free(self);
}

/* The Struct for a format, from the cache or made and cached. New reference. */
static GlStructObject *
struct_get(GlObject *format) GL_NEWREF
{
    GlObject *st = GlDict_GetItemWithError(struct_cache, format);
    if (st != NULL) {
        return (GlStructObject *)Gl_NewRef(st);
    }
    if (GlErr_Occurred()) {
        return NULL;
    }
    st = struct_create(&GlStruct_Type, format);
    if (st == NULL) {
        return NULL;
    }
    if (GlDict_Size(struct_cache) >= 100) {
        GlDict_Clear(struct_cache);
    }
    if (GlDict_SetItem(struct_cache, format, st) < 0) {
        Gl_DECREF(st);
        return NULL;
    }
    return (GlStructObject *)st;
}

static GlObject *
st_pack(GlStructObject *st, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF
{
    if (nargs != st->nvalues) {
        return struct_raise("pack expected %zd items for packing (got %zd)", st->nvalues, nargs);
    }
    GlObject *b = GlBytes_FromStringAndSize(NULL, st->size);
    if (b == NULL) {
        return NULL;
    }
    if (struct_pack_to(st, args, (unsigned char *)GlBytes_AS_STRING(b)) < 0) {
        Gl_DECREF(b);
        return NULL;
    }
    return b;
}

static GlObject *
st_pack_into(GlStructObject *st, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF
{
    if (nargs < 2) {
        if (nargs == 0) {
            return GlErr_SetString(GlExc_TypeError, "pack_into expected buffer argument");
        }
        return GlErr_SetString(GlExc_TypeError, "pack_into expected offset argument");
    }
    if (nargs - 2 != st->nvalues) {
        return struct_raise("pack_into expected %zd items for packing (got %zd)", st->nvalues,
                            nargs - 2);
    }
    GlBuffer view;
    if (GlObject_GetBuffer(args[0], &view, GL_BUF_WRITABLE) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError,
                            "argument must be read-write bytes-like object, not %s",
                            Gl_TYPE(args[0])->tp_name);
    }
    GlBuffer_Release(&view);
    GlObject *on = GlNumber_Index(args[1]);
    if (on == NULL) {
        return NULL;
    }
    Gl_ssize_t off = GlInt_AsSsize_t(on);
    Gl_DECREF(on);
    if (off == -1 && GlErr_Occurred()) {
        return NULL;
    }
    unsigned char *tmp = malloc((size_t)st->size + 1);
    if (tmp == NULL) {
        return GlErr_NoMemory();
    }
    if (struct_pack_to(st, args + 2, tmp) < 0) {   // PYTHON CODE: re-read the buffer after
        free(tmp);
        return NULL;
    }
    if (GlObject_GetBuffer(args[0], &view, GL_BUF_WRITABLE) < 0) {
        free(tmp);
        return NULL;
    }
    Gl_ssize_t blen = view.len;
    if (off < 0) {
        if (off + st->size > 0) {
            free(tmp);
            GlBuffer_Release(&view);
            return struct_raise("no space to pack %zd bytes at offset %zd", st->size, off);
        }
        if (off + blen < 0) {
            free(tmp);
            GlBuffer_Release(&view);
            return struct_raise("offset %zd out of range for %zd-byte buffer", off, blen);
        }
        off += blen;
    }
    if (blen - off < st->size) {
        free(tmp);
        GlBuffer_Release(&view);
        return struct_raise("pack_into requires a buffer of at least %zd bytes for packing %zd "
                            "bytes at offset %zd (actual buffer size is %zd)",
                            st->size + off, st->size, off, blen);
    }
    memcpy((char *)view.buf + off, tmp, (size_t)st->size);
    free(tmp);
    GlBuffer_Release(&view);
    Gl_RETURN_NONE;
}

static int
get_buffer(GlObject *o, const char **data, Gl_ssize_t *len)
{
    return GlBytes_AsBuffer(o, data, len);   // any buffer exporter
}

static GlObject *
st_unpack(GlStructObject *st, GlObject *buffer) GL_NEWREF
{
    const char *data;
    Gl_ssize_t len;
    if (get_buffer(buffer, &data, &len) < 0) {
        return NULL;
    }
    if (len != st->size) {
        return struct_raise("unpack requires a buffer of %zd bytes", st->size);
    }
    return struct_unpack_from_buf(st, (const unsigned char *)data);
}

static GlObject *
st_unpack_from(GlStructObject *st, GlObject *buffer, GlObject *offset) GL_NEWREF
{
    const char *data;
    Gl_ssize_t len;
    if (get_buffer(buffer, &data, &len) < 0) {
        return NULL;
    }
    Gl_ssize_t off = 0;
    if (offset != NULL) {
        GlObject *on = GlNumber_Index(offset);
        if (on == NULL) {
            return NULL;
        }
        off = GlInt_AsSsize_t(on);
        Gl_DECREF(on);
        if (off == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    if (off < 0) {
        if (off + len < 0) {
            return struct_raise("offset %zd out of range for %zd-byte buffer", off, len);
        }
        if (off + st->size > 0) {
            return struct_raise("not enough data to unpack %zd bytes at offset %zd", st->size,
                                off);
        }
        off += len;
    }
    if (len - off < st->size) {
        return struct_raise("unpack_from requires a buffer of at least %zd bytes for "
                            "unpacking %zd bytes at offset %zd (actual buffer size is %zd)",
                            st->size + off, st->size, off, len);
    }
    return struct_unpack_from_buf(st, (const unsigned char *)data + off);
}

static GlObject *
st_iter_unpack(GlStructObject *st, GlObject *buffer) GL_NEWREF
{
    const char *data;
    Gl_ssize_t len;
    if (get_buffer(buffer, &data, &len) < 0) {
        return NULL;
    }
    if (st->size == 0) {
        return struct_raise("cannot iteratively unpack with a struct of length 0");
    }
    if (len % st->size != 0) {
        return struct_raise("iterative unpacking requires a buffer of a multiple of %zd bytes",
                            st->size);
    }
    GlStructIterObject *it = (GlStructIterObject *)GlType_GenericAlloc(&GlStructIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->st = (GlStructObject *)Gl_NewRef((GlObject *)st);
    it->buf = GlBytes_FromStringAndSize(data, len);
    if (it->buf == NULL) {
        Gl_DECREF(it);
        return NULL;
    }
    return (GlObject *)it;
}

/* Struct methods (self is the Struct). */

static GlObject *
structobj_pack(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return st_pack((GlStructObject *)self, args, nargs);
}

static GlObject *
structobj_pack_into(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return st_pack_into((GlStructObject *)self, args, nargs);
}

static GlObject *
structobj_unpack(GlObject *self, GlObject *buffer)
{
    return st_unpack((GlStructObject *)self, buffer);
}

static GlObject *
structobj_unpack_from(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                      GlObject *kwnames)
{
    static const char *const kwlist[] = {"buffer", "offset", NULL};
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("unpack_from", args, nargs, kwnames, kwlist, 2, 1, a) < 0) {
        return NULL;
    }
    return st_unpack_from((GlStructObject *)self, a[0], a[1]);
}

static GlObject *
structobj_iter_unpack(GlObject *self, GlObject *buffer)
{
    return st_iter_unpack((GlStructObject *)self, buffer);
}

static GlObject *
structobj_sizeof(GlObject *self, GlObject *unused)
{
    GlStructObject *st = (GlStructObject *)self;
    return GlInt_FromSsize_t((Gl_ssize_t)sizeof(GlStructObject)
                             + st->nitems * (Gl_ssize_t)sizeof(StructItem));
}

static GlObject *
structobj_get_format(GlObject *self, void *closure)
{
    return Gl_NewRef(((GlStructObject *)self)->format);
}

static GlObject *
structobj_get_size(GlObject *self, void *closure)
{
    return GlInt_FromSsize_t(((GlStructObject *)self)->size);
}

static GlMethodDef structobj_methods[] = {
    {"pack", GL_FN(structobj_pack), GL_METH_FASTCALL,
     "S.pack(v1, v2, ...) -> bytes\n\nReturn a bytes object containing values v1, v2, ... "
     "packed according to the format string S.format."},
    {"pack_into", GL_FN(structobj_pack_into), GL_METH_FASTCALL,
     "S.pack_into(buffer, offset, v1, v2, ...)\n\nPack the values into the writable "
     "buffer starting at offset."},
    {"unpack", GL_FN(structobj_unpack), GL_METH_O,
     "Return a tuple containing values unpacked according to the format string."},
    {"unpack_from", GL_FN(structobj_unpack_from), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Return a tuple containing values unpacked from buffer, starting at offset."},
    {"iter_unpack", GL_FN(structobj_iter_unpack), GL_METH_O,
     "Return an iterator yielding tuples unpacked from the buffer."},
    {"__sizeof__", GL_FN(structobj_sizeof), GL_METH_NOARGS, "S.__sizeof__() -> size of S"},
    {NULL, NULL, 0, NULL},
};

static GlGetSetDef structobj_getset[] = {
    {"format", structobj_get_format, NULL, "struct format string", NULL},
    {"size", structobj_get_size, NULL, "struct size in bytes", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlStruct_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_struct.Struct",
    .tp_basicsize = sizeof(GlStructObject),
    .tp_dealloc = struct_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE,
    .tp_doc = "Struct(format)\n\nCreate a compiled struct object.",
    .tp_methods = structobj_methods,
    .tp_getset = structobj_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = struct_new,
    .tp_free = GlObject_Free,
};

/* ---- the unpack iterator ---- */

static void
structiter_dealloc(GlObject *self)
{
    GlStructIterObject *it = (GlStructIterObject *)self;
    Gl_CLEAR(it->st);
    Gl_CLEAR(it->buf);
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
structiter_next(GlObject *self)
{
    GlStructIterObject *it = (GlStructIterObject *)self;
    if (it->buf == NULL || it->pos >= GlBytes_GET_SIZE(it->buf)) {
        Gl_CLEAR(it->buf);
        return NULL;
    }
    GlObject *r = struct_unpack_from_buf(
        it->st, (const unsigned char *)GlBytes_AS_STRING(it->buf) + it->pos);
    it->pos += it->st->size;
    return r;
}

static GlObject *
structiter_length_hint(GlObject *self, GlObject *unused)
{
    GlStructIterObject *it = (GlStructIterObject *)self;
    Gl_ssize_t n = it->buf == NULL ? 0 : (GlBytes_GET_SIZE(it->buf) - it->pos) / it->st->size;
    return GlInt_FromSsize_t(n);
}

static GlMethodDef structiter_methods[] = {
    {"__length_hint__", GL_FN(structiter_length_hint), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlStructIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_struct.unpack_iterator",
    .tp_basicsize = sizeof(GlStructIterObject),
    .tp_dealloc = structiter_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_iter = GlIter_Self,
    .tp_iternext = structiter_next,
    .tp_methods = structiter_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_free = GlObject_Free,
};

/* ---- module functions ---- */

static GlObject *
mod_pack(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs == 0) {
        return GlErr_SetString(GlExc_TypeError, "pack expected at least 1 argument, got 0");
    }
    GlStructObject *st = struct_get(args[0]);
    if (st == NULL) {
        return NULL;
    }
    GlObject *r = st_pack(st, args + 1, nargs - 1);
    Gl_DECREF(st);
    return r;
}

static GlObject *
mod_pack_into(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs == 0) {
        return GlErr_SetString(GlExc_TypeError, "pack_into expected at least 1 argument, got 0");
    }
    GlStructObject *st = struct_get(args[0]);
    if (st == NULL) {
        return NULL;
    }
    GlObject *r = st_pack_into(st, args + 1, nargs - 1);
    Gl_DECREF(st);
    return r;
}

static GlObject *
mod_unpack(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("unpack", nargs, 2, 2) < 0) {
        return NULL;
    }
    GlStructObject *st = struct_get(args[0]);
    if (st == NULL) {
        return NULL;
    }
    GlObject *r = st_unpack(st, args[1]);
    Gl_DECREF(st);
    return r;
}

static GlObject *
mod_unpack_from(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"", "buffer", "offset", NULL};
    GlObject *a[3] = {NULL, NULL, NULL};
    if (GlArg_ParseVector("unpack_from", args, nargs, kwnames, kwlist, 3, 2, a) < 0) {
        return NULL;
    }
    GlStructObject *st = struct_get(a[0]);
    if (st == NULL) {
        return NULL;
    }
    GlObject *r = st_unpack_from(st, a[1], a[2]);
    Gl_DECREF(st);
    return r;
}

static GlObject *
mod_iter_unpack(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("iter_unpack", nargs, 2, 2) < 0) {
        return NULL;
    }
    GlStructObject *st = struct_get(args[0]);
    if (st == NULL) {
        return NULL;
    }
    GlObject *r = st_iter_unpack(st, args[1]);
    Gl_DECREF(st);
    return r;
}

static GlObject *
mod_calcsize(GlObject *m, GlObject *format)
{
    GlStructObject *st = struct_get(format);
    if (st == NULL) {
        return NULL;
    }
    GlObject *r = GlInt_FromSsize_t(st->size);
    Gl_DECREF(st);
    return r;
}

static GlObject *
mod_clearcache(GlObject *m, GlObject *unused)
{
    GlDict_Clear(struct_cache);
    Gl_RETURN_NONE;
}

static GlMethodDef struct_methods[] = {
    {"pack", GL_FN(mod_pack), GL_METH_FASTCALL,
     "pack(format, v1, v2, ...) -> bytes\n\nReturn a bytes object containing the values "
     "v1, v2, ... packed according to the format string."},
    {"pack_into", GL_FN(mod_pack_into), GL_METH_FASTCALL,
     "pack_into(format, buffer, offset, v1, v2, ...)\n\nPack the values according to the "
     "format string and write them into the writable buffer starting at offset."},
    {"unpack", GL_FN(mod_unpack), GL_METH_FASTCALL,
     "Return a tuple containing values unpacked according to the format string.\n\n"
     "The buffer's size in bytes must be calcsize(format)."},
    {"unpack_from", GL_FN(mod_unpack_from), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Return a tuple containing values unpacked according to the format string.\n\n"
     "The buffer's size, minus offset, must be at least calcsize(format)."},
    {"iter_unpack", GL_FN(mod_iter_unpack), GL_METH_FASTCALL,
     "Return an iterator yielding tuples unpacked from the buffer according to the format."},
    {"calcsize", GL_FN(mod_calcsize), GL_METH_O,
     "Return size in bytes of the struct described by the format string."},
    {"_clearcache", GL_FN(mod_clearcache), GL_METH_NOARGS, "Clear the internal cache."},
    {NULL, NULL, 0, NULL},
};

/* struct.error: class error(Exception) with __module__ 'struct'. New reference. */
static GlObject *
struct_make_error(void) GL_NEWREF
{
    GlObject *name = GlStr_FromString("error");
    GlObject *bases = GlTuple_Pack(1, GlExc_Exception);
    GlObject *ns = GlDict_New();
    GlObject *mod = GlStr_FromString("struct");
    GlObject *r = NULL;
    if (name != NULL && bases != NULL && ns != NULL && mod != NULL
        && GlDict_SetItemString(ns, "__module__", mod) == 0) {
        r = GlObject_CallFunctionObjArgs((GlObject *)&GlType_Type, name, bases, ns, NULL);
    }
    Gl_XDECREF(name);
    Gl_XDECREF(bases);
    Gl_XDECREF(ns);
    Gl_XDECREF(mod);
    return r;
}

GlObject *
GlInit_struct(void) GL_NEWREF
{
    if ((GlStruct_Type.tp_dict == NULL && GlType_Ready(&GlStruct_Type) < 0)
        || (GlStructIter_Type.tp_dict == NULL && GlType_Ready(&GlStructIter_Type) < 0)) {
        return NULL;
    }
    if (struct_error == NULL && (struct_error = struct_make_error()) == NULL) {
        return NULL;
    }
    if (struct_cache == NULL && (struct_cache = GlDict_New()) == NULL) {
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("_struct");
    if (m == NULL) {
        return NULL;
    }
    GlObject *doc = GlStr_FromString(
        "Functions to convert between Python values and C structs.\n"
        "Python bytes objects are used to hold the data representing the C struct.\n");
    if (doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0
        || GlModule_AddFunctions(m, struct_methods) < 0
        || GlModule_AddObject(m, "Struct", (GlObject *)&GlStruct_Type) < 0
        || GlModule_AddObject(m, "error", struct_error) < 0) {
        Gl_XDECREF(doc);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(doc);
    return m;
}
