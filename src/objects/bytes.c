/* bytes.c - the bytes type, and the methods bytes shares with bytearray (each
 * GlBytesMeth_* works on either: it reads self's data through bx_data and builds
 * results of self's own kind through GlBytes_NewLike).
 *
 * Invariants:
 * - An exact bytes is one block: header, ob_size bytes, then a NUL; hash -1 until
 *   computed (same SipHash as str: hash(b"a") == hash("a")). Subclass instances come
 *   from tp_alloc with tp_itemsize 1.
 * - b"" and the 256 one-byte bytes are static singletons, never freed.
 * - Methods never mutate self; a bytearray argument's buffer is not resized while a
 *   method reads it except where Python code may run (then sizes are re-read).
 * - The bytes and bytearray iterators share one layout and their __reduce__
 *   ((iter, (seq,), index) as CPython 3.11) and __setstate__.
 */
#include "str_internal.h"

#include <ctype.h>

/* ---- allocation ----------------------------------------------------------------- */

typedef struct BytesStatic {
    GlBytesObject head;
    char pad[7];
} BytesStatic;

static BytesStatic bytes_empty;
static BytesStatic bytes_chars[256];
static int bytes_ready;

static void
bytes_singletons(void)
{
    if (bytes_ready) {
        return;
    }
    bytes_ready = 1;
    for (int i = -1; i < 256; i++) {
        BytesStatic *b = i < 0 ? &bytes_empty : &bytes_chars[i];
        b->head.ob_base.ob_base.ob_refcnt = GL_STATIC_REFS;
        b->head.ob_base.ob_base.ob_type = &GlBytes_Type;
        b->head.ob_base.ob_size = i < 0 ? 0 : 1;
        b->head.hash = -1;
        b->head.ob_sval[0] = (char)(i < 0 ? 0 : i);
        b->pad[0] = 0;
    }
}

static inline const char *
bx_ptr(GlObject *o)
{
    if (GlBytes_Check(o)) {
        return GlBytes_AS_STRING(o);
    }
    const char *p = ((GlByteArrayObject *)o)->ob_bytes;
    return p != NULL ? p : "";
}

static inline void
bx_data(GlObject *o, const char **d, Gl_ssize_t *n)
{
    *d = bx_ptr(o);
    *n = Gl_SIZE(o);
}

GlObject *
GlBytes_FromStringAndSize(const char *s, Gl_ssize_t len) GL_NEWREF
{
    if (len < 0) {
        return GlErr_SetString(GlExc_SystemError,
                               "Negative size passed to GlBytes_FromStringAndSize");
    }
    if (len <= 1 && s != NULL) {
        bytes_singletons();
        return Gl_NewRef(len == 0 ? (GlObject *)&bytes_empty
                                  : (GlObject *)&bytes_chars[(unsigned char)s[0]]);
    }
    if (len == 0) {
        bytes_singletons();
        return Gl_NewRef((GlObject *)&bytes_empty);
    }
    if ((size_t)len > (size_t)GL_SSIZE_T_MAX - sizeof(GlBytesObject)) {
        return GlErr_NoMemory();
    }
    GlBytesObject *b = GlMem_Malloc(offsetof(GlBytesObject, ob_sval) + (size_t)len + 1);
    if (b == NULL) {
        return GlErr_NoMemory();
    }
    b->ob_base.ob_base.ob_refcnt = 1;
    b->ob_base.ob_base.ob_type = &GlBytes_Type;
    b->ob_base.ob_size = len;
    b->hash = -1;
    if (s != NULL) {
        memcpy(b->ob_sval, s, (size_t)len);
    }
    b->ob_sval[len] = 0;
    return (GlObject *)b;
}

GlObject *
GlBytes_FromString(const char *s) GL_NEWREF
{
    return GlBytes_FromStringAndSize(s, (Gl_ssize_t)strlen(s));
}

GlObject *
GlBytes_NewLike(GlObject *like, const char *s, Gl_ssize_t n) GL_NEWREF
{
    if (GlByteArray_Check(like)) {
        return GlByteArray_FromStringAndSize(s, n);
    }
    return GlBytes_FromStringAndSize(s, n);
}

/* self when it is an exact bytes (immutable), else a copy of self's kind. */
static GlObject *
bx_unchanged(GlObject *self) GL_NEWREF
{
    if (GlBytes_CheckExact(self)) {
        return Gl_NewRef(self);
    }
    return GlBytes_NewLike(self, bx_ptr(self), Gl_SIZE(self));
}

int
GlBytes_AsBuffer(GlObject *o, const char **data, Gl_ssize_t *len)
{
    if (GlBytes_Check(o) || GlByteArray_Check(o)) {
        bx_data(o, data, len);
        return 0;
    }
    if (GlMemoryView_Check(o)) {
        return GlMemoryView_AsContiguous(o, data, len);
    }
    // any other exporter (array): the pointer stays valid while o is not resized
    GlBuffer v;
    if (GlObject_GetBuffer(o, &v, GL_BUF_SIMPLE) < 0) {
        return -1;
    }
    *data = v.buf != NULL ? v.buf : "";
    *len = v.len;
    GlBuffer_Release(&v);
    return 0;
}

int
GlBytes_GetBuffer(GlObject *o, const char **data, Gl_ssize_t *len)
{
    return GlBytes_AsBuffer(o, data, len);
}

/* ---- construction from objects -------------------------------------------------- */

int
GlBytes_FromIterableRaw(GlObject *x, char **out, Gl_ssize_t *n, int for_bytearray)
{
    GlObject *it = GlObject_GetIter(x);
    if (it == NULL) {
        return -1;
    }
    Gl_ssize_t cap = 16, len = 0;
    char *buf = GlMem_Malloc((size_t)cap);
    if (buf == NULL) {
        Gl_DECREF(it);
        GlErr_NoMemory();
        return -1;
    }
    GlObject *item;
    while ((item = GlIter_Next(it)) != NULL) {   // may run Python code
        Gl_ssize_t v;
        if (!GlIndex_Check(item)) {
            GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                         GlObject_TypeName(item));
            v = -2;
        } else {
            v = GlNumber_AsSsize_t(item, NULL);
            if (v == -1 && GlErr_Occurred()) {
                v = -2;
            } else if (v < 0 || v > 255) {
                // CPython's bytearray paths say "byte", bytes_new says "bytes"
                GlErr_SetString(GlExc_ValueError, for_bytearray
                                ? "byte must be in range(0, 256)"
                                : "bytes must be in range(0, 256)");
                v = -2;
            }
        }
        Gl_DECREF(item);
        if (v == -2) {
            goto error;
        }
        if (len == cap) {
            cap *= 2;
            char *nb = GlMem_Realloc(buf, (size_t)cap);
            if (nb == NULL) {
                GlErr_NoMemory();
                goto error;
            }
            buf = nb;
        }
        buf[len++] = (char)v;
    }
    if (GlErr_Occurred()) {
        goto error;
    }
    Gl_DECREF(it);
    *out = buf;
    *n = len;
    return 0;
error:
    Gl_DECREF(it);
    GlMem_Free(buf);
    return -1;
}

/* How bytes_from_object was reached: each has CPython's own order and messages. */
enum {
    FROM_BYTES_NEW,      // bytes(x): __bytes__, str refused, int is a size, then iterable
    FROM_OBJECT_BYTES,   // PyObject_Bytes: __bytes__, then buffer or iterable (no int, no str)
    FROM_BYTEARRAY,      // bytearray(x): no __bytes__, int is a size, then iterable
};

/* Calls x.__bytes__ if its type has one: new reference, NULL with an error, or NULL with
   *found == 0 and no error when there is none. Runs Python code. */
static GlObject *
bytes_call_dunder(GlObject *x, int *found) GL_NEWREF
{
    GlObject *r = GlObject_CallSpecial(x, GL_ID(__bytes__), NULL, 0, found);
    if (*found && r != NULL && !GlBytes_Check(r)) {
        GlErr_Format(GlExc_TypeError, "__bytes__ returned non-bytes (type %s)",
                     GlObject_TypeName(r));
        Gl_DECREF(r);
        return NULL;
    }
    return r;
}

static GlObject *
bytes_from_object(GlObject *x, int how) GL_NEWREF
{
    const char *target = how == FROM_BYTEARRAY ? "bytearray" : "bytes";
    if (GlBytes_CheckExact(x)) {
        return Gl_NewRef(x);
    }
    if (how != FROM_BYTEARRAY) {
        int found = 0;
        GlObject *r = bytes_call_dunder(x, &found);
        if (found || GlErr_Occurred()) {
            return r;
        }
    }
    if (GlBytes_Check(x) || GlByteArray_Check(x)) {
        return GlBytes_FromStringAndSize(bx_ptr(x), Gl_SIZE(x));
    }
    if (GlMemoryView_Check(x)) {
        return GlMemoryView_ToBytes(x);
    }
    if (GlObject_CheckBuffer(x)) {
        GlBuffer v;
        if (GlObject_GetBuffer(x, &v, GL_BUF_SIMPLE) < 0) {
            return NULL;
        }
        GlObject *r = GlBytes_FromStringAndSize(v.buf, v.len);
        GlBuffer_Release(&v);
        return r;
    }
    if (GlStr_Check(x)) {
        if (how == FROM_OBJECT_BYTES) {
            return GlErr_SetString(GlExc_TypeError, "cannot convert 'str' object to bytes");
        }
        return GlErr_SetString(GlExc_TypeError, "string argument without an encoding");
    }
    if (how != FROM_OBJECT_BYTES && GlIndex_Check(x)) {
        Gl_ssize_t n = GlNumber_AsSsize_t(x, GlExc_OverflowError);
        if (n == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (n < 0) {
            return GlErr_SetString(GlExc_ValueError, "negative count");
        }
        GlObject *r = GlBytes_FromStringAndSize(NULL, n);
        if (r != NULL) {
            memset(GlBytes_AS_STRING(r), 0, (size_t)n);
        }
        return r;
    }
    if (Gl_TYPE(x)->tp_iter == NULL && !GlSequence_Check(x)) {
        return GlErr_Format(GlExc_TypeError, "cannot convert '%s' object to %s",
                            GlObject_TypeName(x), target);
    }
    char *buf;
    Gl_ssize_t n;
    if (GlBytes_FromIterableRaw(x, &buf, &n, how == FROM_BYTEARRAY) < 0) {
        return NULL;
    }
    GlObject *r = GlBytes_FromStringAndSize(buf, n);
    GlMem_Free(buf);
    return r;
}

GlObject *
GlBytes_FromObject(GlObject *x) GL_NEWREF
{
    return bytes_from_object(x, FROM_BYTES_NEW);
}

GlObject *
GlObject_Bytes(GlObject *x) GL_NEWREF
{
    return bytes_from_object(x, FROM_OBJECT_BYTES);
}

GlObject *
GlByteArray_SourceBytes(GlObject *x) GL_NEWREF
{
    return bytes_from_object(x, FROM_BYTEARRAY);
}

/* ---- repr ---------------------------------------------------------------------------- */

GlObject *
GlBytes_ReprData(const char *s, Gl_ssize_t n, const char *prefix, const char *suffix,
                 int escape_single) GL_NEWREF
{
    int sq = memchr(s, '\'', (size_t)n) != NULL, dq = memchr(s, '"', (size_t)n) != NULL;
    char quote = (sq && !dq) ? '"' : '\'';
    size_t pl = strlen(prefix), sl = strlen(suffix);
    char *buf = GlMem_Malloc(pl + sl + 3 + (size_t)n * 4 + 1);
    if (buf == NULL) {
        return GlErr_NoMemory();
    }
    size_t k = 0;
    memcpy(buf, prefix, pl);
    k = pl;
    buf[k++] = 'b';
    buf[k++] = quote;
    for (Gl_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == quote || c == '\\' || (escape_single && c == '\'')) {
            buf[k++] = '\\';
            buf[k++] = (char)c;
        } else if (c == '\t') {
            buf[k++] = '\\';
            buf[k++] = 't';
        } else if (c == '\n') {
            buf[k++] = '\\';
            buf[k++] = 'n';
        } else if (c == '\r') {
            buf[k++] = '\\';
            buf[k++] = 'r';
        } else if (c < ' ' || c >= 0x7f) {
            buf[k++] = '\\';
            buf[k++] = 'x';
            buf[k++] = "0123456789abcdef"[c >> 4];
            buf[k++] = "0123456789abcdef"[c & 15];
        } else {
            buf[k++] = (char)c;
        }
    }
    buf[k++] = quote;
    memcpy(buf + k, suffix, sl);
    k += sl;
    GlObject *r = GlStr_FromStringAndSize(buf, (Gl_ssize_t)k);
    GlMem_Free(buf);
    return r;
}

GlObject *
GlBytes_Repr(GlObject *b) GL_NEWREF
{
    return GlBytes_ReprData(bx_ptr(b), Gl_SIZE(b), "", "", 0);
}

/* ---- comparison and search helpers ----------------------------------------------- */

GlObject *
GlBytes_RichCompareRaw(const char *a, Gl_ssize_t na, const char *b, Gl_ssize_t nb,
                       int op) GL_NEWREF
{
    int c;
    if ((op == Gl_EQ || op == Gl_NE) && na != nb) {
        c = 1;
    } else {
        Gl_ssize_t n = na < nb ? na : nb;
        c = memcmp(a, b, (size_t)n);
        if (c == 0) {
            c = na < nb ? -1 : na > nb ? 1 : 0;
        }
    }
    int r;
    switch (op) {
    case Gl_EQ: r = c == 0; break;
    case Gl_NE: r = c != 0; break;
    case Gl_LT: r = c < 0; break;
    case Gl_LE: r = c <= 0; break;
    case Gl_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return Gl_NewRef(r ? Gl_True : Gl_False);
}

Gl_ssize_t
GlBytes_FindRaw(const char *hay, Gl_ssize_t n, const char *needle, Gl_ssize_t m, int direction)
{
    if (m > n) {
        return -1;
    }
    if (m == 0) {
        return direction > 0 ? 0 : n;
    }
    if (direction > 0) {
        const char *p = m == 1 ? memchr(hay, needle[0], (size_t)n)
                               : memmem(hay, (size_t)n, needle, (size_t)m);
        return p == NULL ? -1 : p - hay;
    }
    for (Gl_ssize_t i = n - m; i >= 0; i--) {
        if (hay[i] == needle[0] && memcmp(hay + i, needle, (size_t)m) == 0) {
            return i;
        }
    }
    return -1;
}

static int
byte_value(GlObject *o, char *out)
{
    Gl_ssize_t v = GlNumber_AsSsize_t(o, NULL);
    if (v == -1 && GlErr_Occurred()) {
        return -1;
    }
    if (v < 0 || v > 255) {
        GlErr_SetString(GlExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (char)v;
    return 0;
}

int
GlBytes_ContainsRaw(const char *s, Gl_ssize_t n, GlObject *arg)
{
    if (GlIndex_Check(arg)) {
        char c;
        if (byte_value(arg, &c) < 0) {
            return -1;
        }
        return memchr(s, c, (size_t)n) != NULL;
    }
    const char *d;
    Gl_ssize_t m;
    if (GlBytes_AsBuffer(arg, &d, &m) < 0) {
        return -1;
    }
    return GlBytes_FindRaw(s, n, d, m, 1) >= 0;
}

/* A sub argument (bytes-like or int) as data; `one` holds the byte for ints. */
static int
sub_arg(GlObject *o, const char **d, Gl_ssize_t *m, char *one)
{
    if (GlIndex_Check(o)) {
        if (byte_value(o, one) < 0) {
            return -1;
        }
        *d = one;
        *m = 1;
        return 0;
    }
    if (GlBytes_Check(o) || GlByteArray_Check(o)) {
        bx_data(o, d, m);
        return 0;
    }
    if (GlObject_CheckBuffer(o)) {
        return GlBytes_AsBuffer(o, d, m);
    }
    GlErr_Format(GlExc_TypeError, "argument should be integer or bytes-like object, not '%s'",
                 GlObject_TypeName(o));
    return -1;
}

/* ---- shared methods: search ----------------------------------------------------- */

static GlObject *
bx_find(const char *name, GlObject *self, GlObject *const *args, Gl_ssize_t nargs, int dir,
        int raise)
{
    if (GlStr_CheckFindsArity(name, nargs) < 0) {
        return NULL;
    }
    const char *d, *sd;
    Gl_ssize_t n, m, start, end;
    char one;
    if (sub_arg(args[0], &sd, &m, &one) < 0
        || GlStr_ParseStartEnd(args, nargs, 1, &start, &end) < 0) {
        return NULL;
    }
    bx_data(self, &d, &n);
    GlSlice_AdjustBounds(&start, &end, n);
    Gl_ssize_t r = -1;
    if (end - start >= m) {
        r = GlBytes_FindRaw(d + start, end - start, sd, m, dir);
        if (r >= 0) {
            r += start;
        }
    }
    if (r < 0 && raise) {
        return GlErr_SetString(GlExc_ValueError, "subsection not found");
    }
    return GlInt_FromSsize_t(r);
}

#define BX_ARGS GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames

GlObject *GlBytesMeth_find(BX_ARGS) { return bx_find("find", self, args, nargs, 1, 0); }
GlObject *GlBytesMeth_rfind(BX_ARGS) { return bx_find("rfind", self, args, nargs, -1, 0); }
GlObject *GlBytesMeth_index(BX_ARGS) { return bx_find("index", self, args, nargs, 1, 1); }
GlObject *GlBytesMeth_rindex(BX_ARGS) { return bx_find("rindex", self, args, nargs, -1, 1); }

static Gl_ssize_t
count_raw(const char *d, Gl_ssize_t n, const char *sd, Gl_ssize_t m, Gl_ssize_t max)
{
    if (m == 0) {
        return n + 1 < max ? n + 1 : max;
    }
    Gl_ssize_t c = 0, i = 0;
    while (c < max) {
        Gl_ssize_t j = GlBytes_FindRaw(d + i, n - i, sd, m, 1);
        if (j < 0) {
            break;
        }
        c++;
        i += j + m;
    }
    return c;
}

GlObject *
GlBytesMeth_count(BX_ARGS)
{
    if (GlStr_CheckFindsArity("count", nargs) < 0) {
        return NULL;
    }
    const char *d, *sd;
    Gl_ssize_t n, m, start, end;
    char one;
    if (sub_arg(args[0], &sd, &m, &one) < 0
        || GlStr_ParseStartEnd(args, nargs, 1, &start, &end) < 0) {
        return NULL;
    }
    bx_data(self, &d, &n);
    GlSlice_AdjustBounds(&start, &end, n);
    if (start > n || end - start < m) {
        return GlInt_FromSsize_t(0);
    }
    return GlInt_FromSsize_t(count_raw(d + start, end - start, sd, m, GL_SSIZE_T_MAX));
}

static GlObject *
bx_startswith(const char *name, GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
              int suffix)
{
    if (GlStr_CheckFindsArity(name, nargs) < 0) {
        return NULL;
    }
    Gl_ssize_t start, end, n;
    const char *d;
    if (GlStr_ParseStartEnd(args, nargs, 1, &start, &end) < 0) {
        return NULL;
    }
    bx_data(self, &d, &n);
    GlSlice_AdjustBounds(&start, &end, n);
    GlObject *x = args[0];
    Gl_ssize_t cnt = GlTuple_Check(x) ? GlTuple_GET_SIZE(x) : 1;
    for (Gl_ssize_t i = 0; i < cnt; i++) {
        GlObject *it = GlTuple_Check(x) ? GlTuple_GET_ITEM(x, i) : x;
        const char *pd;
        Gl_ssize_t pm;
        if (!GlObject_CheckBuffer(it)) {
            if (GlTuple_Check(x)) {
                return GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%s'",
                                    GlObject_TypeName(it));
            }
            return GlErr_Format(GlExc_TypeError,
                                "%s first arg must be bytes or a tuple of bytes, not %s", name,
                                GlObject_TypeName(it));
        }
        if (GlBytes_AsBuffer(it, &pd, &pm) < 0) {
            return NULL;
        }
        if (start <= n && end - start >= pm
            && memcmp(d + (suffix ? end - pm : start), pd, (size_t)pm) == 0) {
            Gl_RETURN_TRUE;
        }
    }
    Gl_RETURN_FALSE;
}

GlObject *GlBytesMeth_startswith(BX_ARGS) { return bx_startswith("startswith", self, args, nargs, 0); }
GlObject *GlBytesMeth_endswith(BX_ARGS) { return bx_startswith("endswith", self, args, nargs, 1); }

/* ---- shared methods: split / join / strip ------------------------------------------- */

static inline int
bspace(unsigned char c)
{
    return c == ' ' || (c >= 9 && c <= 13);
}

static int
list_add(GlObject *list, GlObject *self, const char *s, Gl_ssize_t n)
{
    GlObject *t = GlBytes_NewLike(self, s, n);
    if (t == NULL) {
        return -1;
    }
    int rc = GlList_Append(list, t);
    Gl_DECREF(t);
    return rc;
}

static const char *const split_kw[] = {"sep", "maxsplit", NULL};

static GlObject *
bx_split(const char *name, GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
         GlObject *kwnames, int rev)
{
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector(name, args, nargs, kwnames, split_kw, 2, 0, a) < 0) {
        return NULL;
    }
    Gl_ssize_t maxsplit = -1;
    if (a[1] != NULL) {
        maxsplit = GlNumber_AsSsize_t(a[1], GlExc_OverflowError);
        if (maxsplit == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    if (maxsplit < 0) {
        maxsplit = GL_SSIZE_T_MAX;
    }
    const char *sd = NULL, *d;
    Gl_ssize_t m = 0, n;
    if (a[0] != NULL && a[0] != Gl_None) {
        if (GlBytes_AsBuffer(a[0], &sd, &m) < 0) {
            return NULL;
        }
        if (m == 0) {
            return GlErr_SetString(GlExc_ValueError, "empty separator");
        }
    }
    bx_data(self, &d, &n);
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return NULL;
    }
    if (sd == NULL) {
        if (!rev) {
            Gl_ssize_t i = 0;
            while (1) {
                while (i < n && bspace((unsigned char)d[i])) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                Gl_ssize_t j = i;
                if (maxsplit-- == 0) {
                    j = n;
                } else {
                    while (j < n && !bspace((unsigned char)d[j])) {
                        j++;
                    }
                }
                if (list_add(list, self, d + i, j - i) < 0) {
                    goto error;
                }
                i = j;
            }
        } else {
            Gl_ssize_t i = n;
            while (1) {
                while (i > 0 && bspace((unsigned char)d[i - 1])) {
                    i--;
                }
                if (i <= 0) {
                    break;
                }
                Gl_ssize_t j = i;
                if (maxsplit-- == 0) {
                    j = 0;
                } else {
                    while (j > 0 && !bspace((unsigned char)d[j - 1])) {
                        j--;
                    }
                }
                if (list_add(list, self, d + j, i - j) < 0) {
                    goto error;
                }
                i = j;
            }
            if (GlList_Reverse(list) < 0) {
                goto error;
            }
        }
        return list;
    }
    if (!rev) {
        Gl_ssize_t i = 0;
        while (maxsplit-- > 0) {
            Gl_ssize_t j = GlBytes_FindRaw(d + i, n - i, sd, m, 1);
            if (j < 0) {
                break;
            }
            if (list_add(list, self, d + i, j) < 0) {
                goto error;
            }
            i += j + m;
        }
        if (list_add(list, self, d + i, n - i) < 0) {
            goto error;
        }
    } else {
        Gl_ssize_t j = n;
        while (maxsplit-- > 0) {
            Gl_ssize_t i = GlBytes_FindRaw(d, j, sd, m, -1);
            if (i < 0) {
                break;
            }
            if (list_add(list, self, d + i + m, j - i - m) < 0) {
                goto error;
            }
            j = i;
        }
        if (list_add(list, self, d, j) < 0 || GlList_Reverse(list) < 0) {
            goto error;
        }
    }
    return list;
error:
    Gl_DECREF(list);
    return NULL;
}

GlObject *GlBytesMeth_split(BX_ARGS) { return bx_split("split", self, args, nargs, kwnames, 0); }
GlObject *GlBytesMeth_rsplit(BX_ARGS) { return bx_split("rsplit", self, args, nargs, kwnames, 1); }

static const char *const splitlines_kw[] = {"keepends", NULL};

GlObject *
GlBytesMeth_splitlines(BX_ARGS)
{
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("splitlines", args, nargs, kwnames, splitlines_kw, 1, 0, a) < 0) {
        return NULL;
    }
    int keep = a[0] != NULL ? GlObject_IsTrue(a[0]) : 0;
    if (keep < 0) {
        return NULL;
    }
    const char *d;
    Gl_ssize_t n, i = 0;
    bx_data(self, &d, &n);
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return NULL;
    }
    while (i < n) {
        Gl_ssize_t j = i;
        while (j < n && d[j] != '\n' && d[j] != '\r') {
            j++;
        }
        Gl_ssize_t eol = j;
        if (j < n) {
            j += (d[j] == '\r' && j + 1 < n && d[j + 1] == '\n') ? 2 : 1;
            if (keep) {
                eol = j;
            }
        }
        if (list_add(list, self, d + i, eol - i) < 0) {
            Gl_DECREF(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

GlObject *
GlBytesMeth_join(BX_ARGS)
{
    if (GlArg_CheckPositional("join", nargs, 1, 1) < 0) {
        return NULL;
    }
    GlObject *seq = GlSequence_Fast(args[0], "can only join an iterable");
    if (seq == NULL) {
        return NULL;
    }
    Gl_ssize_t cnt = Gl_SIZE(seq), total = 0, seplen = Gl_SIZE(self);
    GlObject **items = GlList_Check(seq) ? ((GlListObject *)seq)->ob_item : GlTuple_ITEMS(seq);
    GlObject *r = NULL;
    for (Gl_ssize_t i = 0; i < cnt; i++) {
        const char *d;
        Gl_ssize_t n;
        if (!GlObject_CheckBuffer(items[i])) {
            GlErr_Format(GlExc_TypeError,
                         "sequence item %zd: expected a bytes-like object, %s found", i,
                         GlObject_TypeName(items[i]));
            goto done;
        }
        if (GlBytes_AsBuffer(items[i], &d, &n) < 0) {   // memoryview: released, strided
            goto done;
        }
        total += n + (i > 0 ? seplen : 0);
    }
    r = GlBytes_NewLike(self, NULL, total);
    if (r == NULL) {
        goto done;
    }
    char *out = (char *)bx_ptr(r);
    Gl_ssize_t pos = 0;
    for (Gl_ssize_t i = 0; i < cnt; i++) {
        const char *d;
        Gl_ssize_t n;
        GlBytes_AsBuffer(items[i], &d, &n);   // checked above; no Python code since
        if (i > 0) {
            memcpy(out + pos, bx_ptr(self), (size_t)seplen);
            pos += seplen;
        }
        if (n > 0) {
            memcpy(out + pos, d, (size_t)n);
        }
        pos += n;
    }
done:
    Gl_DECREF(seq);
    return r;
}

static GlObject *
bx_strip(const char *name, GlObject *self, GlObject *const *args, Gl_ssize_t nargs, int left,
         int right)
{
    if (GlArg_CheckPositional(name, nargs, 0, 1) < 0) {
        return NULL;
    }
    const char *d, *cd = NULL;
    Gl_ssize_t n, cn = 0;
    if (nargs > 0 && args[0] != Gl_None && GlBytes_AsBuffer(args[0], &cd, &cn) < 0) {
        return NULL;
    }
    bx_data(self, &d, &n);
    Gl_ssize_t i = 0, j = n;
#define IS_STRIP(c) (cd == NULL ? bspace((unsigned char)(c)) : memchr(cd, (c), (size_t)cn) != NULL)
    if (left) {
        while (i < j && IS_STRIP(d[i])) {
            i++;
        }
    }
    if (right) {
        while (j > i && IS_STRIP(d[j - 1])) {
            j--;
        }
    }
#undef IS_STRIP
    if (i == 0 && j == n) {
        return bx_unchanged(self);
    }
    return GlBytes_NewLike(self, d + i, j - i);
}

GlObject *GlBytesMeth_strip(BX_ARGS) { return bx_strip("strip", self, args, nargs, 1, 1); }
GlObject *GlBytesMeth_lstrip(BX_ARGS) { return bx_strip("lstrip", self, args, nargs, 1, 0); }
GlObject *GlBytesMeth_rstrip(BX_ARGS) { return bx_strip("rstrip", self, args, nargs, 0, 1); }

GlObject *
GlBytesMeth_replace(BX_ARGS)
{
    if (GlArg_CheckPositional("replace", nargs, 2, 3) < 0) {
        return NULL;
    }
    const char *d, *od, *nd;
    Gl_ssize_t n, on, nn, maxc = -1;
    if (GlBytes_AsBuffer(args[0], &od, &on) < 0 || GlBytes_AsBuffer(args[1], &nd, &nn) < 0) {
        return NULL;
    }
    if (nargs > 2) {
        maxc = GlNumber_AsSsize_t(args[2], GlExc_OverflowError);
        if (maxc == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    if (maxc < 0) {
        maxc = GL_SSIZE_T_MAX;
    }
    bx_data(self, &d, &n);
    Gl_ssize_t cnt = count_raw(d, n, od, on, maxc);
    if (cnt == 0) {
        return bx_unchanged(self);
    }
    GlObject *r = GlBytes_NewLike(self, NULL, n + cnt * (nn - on));
    if (r == NULL) {
        return NULL;
    }
    char *out = (char *)bx_ptr(r);
    Gl_ssize_t i = 0, k = 0;
    for (Gl_ssize_t c = 0; c < cnt; c++) {
        Gl_ssize_t j;
        if (on == 0) {
            j = i;
        } else {
            j = i + GlBytes_FindRaw(d + i, n - i, od, on, 1);
        }
        memcpy(out + k, d + i, (size_t)(j - i));
        k += j - i;
        memcpy(out + k, nd, (size_t)nn);
        k += nn;
        i = j + on;
        if (on == 0 && i < n) {
            out[k++] = d[i++];
        }
    }
    memcpy(out + k, d + i, (size_t)(n - i));
    return r;
}

static GlObject *
bx_partition(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, int rev)
{
    if (GlArg_CheckPositional(rev ? "rpartition" : "partition", nargs, 1, 1) < 0) {
        return NULL;
    }
    const char *d, *sd;
    Gl_ssize_t n, m;
    if (GlBytes_AsBuffer(args[0], &sd, &m) < 0) {
        return NULL;
    }
    if (m == 0) {
        return GlErr_SetString(GlExc_ValueError, "empty separator");
    }
    bx_data(self, &d, &n);
    Gl_ssize_t i = GlBytes_FindRaw(d, n, sd, m, rev ? -1 : 1);
    GlObject *items[3];
    /* Like CPython's stringlib partition: bytes hands back self and the separator object
       themselves (whatever their types); bytearray always makes new bytearrays. */
    int mutable = GlByteArray_Check(self);
    if (i < 0) {
        GlObject *whole = mutable ? bx_unchanged(self) : Gl_NewRef(self);
        items[0] = rev ? GlBytes_NewLike(self, "", 0) : whole;
        items[1] = GlBytes_NewLike(self, "", 0);
        items[2] = rev ? whole : GlBytes_NewLike(self, "", 0);
    } else {
        items[0] = GlBytes_NewLike(self, d, i);
        items[1] = mutable ? GlBytes_NewLike(self, sd, m) : Gl_NewRef(args[0]);
        items[2] = GlBytes_NewLike(self, d + i + m, n - i - m);
    }
    if (!items[0] || !items[1] || !items[2]) {
        for (int q = 0; q < 3; q++) {
            Gl_XDECREF(items[q]);
        }
        return NULL;
    }
    return GlTuple_FromArraySteal(items, 3);
}

GlObject *GlBytesMeth_partition(BX_ARGS) { return bx_partition(self, args, nargs, 0); }
GlObject *GlBytesMeth_rpartition(BX_ARGS) { return bx_partition(self, args, nargs, 1); }

static GlObject *
bx_affix(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, int suffix)
{
    if (GlArg_CheckPositional(suffix ? "removesuffix" : "removeprefix", nargs, 1, 1) < 0) {
        return NULL;
    }
    const char *d, *pd;
    Gl_ssize_t n, m;
    if (GlBytes_AsBuffer(args[0], &pd, &m) < 0) {
        return NULL;
    }
    bx_data(self, &d, &n);
    if (m > 0 && m <= n && memcmp(suffix ? d + n - m : d, pd, (size_t)m) == 0) {
        return GlBytes_NewLike(self, suffix ? d : d + m, n - m);
    }
    return bx_unchanged(self);
}

GlObject *GlBytesMeth_removeprefix(BX_ARGS) { return bx_affix(self, args, nargs, 0); }
GlObject *GlBytesMeth_removesuffix(BX_ARGS) { return bx_affix(self, args, nargs, 1); }

/* ---- shared methods: case, predicates, padding ---------------------------------- */

static GlObject *
bx_case(GlObject *self, int mode)
{
    const char *d;
    Gl_ssize_t n;
    bx_data(self, &d, &n);
    GlObject *r = GlBytes_NewLike(self, NULL, n);   // fresh block (not a singleton)
    if (r == NULL) {
        return NULL;
    }
    char *o = (char *)bx_ptr(r);
    if (n > 0) {
        memcpy(o, d, (size_t)n);
    }
    int prev = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)o[i];
        int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        int to_upper = mode == 0 ? 1 : mode == 1 ? 0 : mode == 2 ? lo
                     : mode == 3 ? (i == 0) : !prev;   // 3 capitalize, 4 title
        if (mode == 2) {
            to_upper = lo;
        }
        if (to_upper && lo) {
            o[i] = (char)(c - 32);
        } else if (!to_upper && up) {
            o[i] = (char)(c + 32);
        }
        prev = up || lo;
    }
    return r;
}

GlObject *GlBytesMeth_upper(BX_ARGS) { return bx_case(self, 0); }
GlObject *GlBytesMeth_lower(BX_ARGS) { return bx_case(self, 1); }
GlObject *GlBytesMeth_swapcase(BX_ARGS) { return bx_case(self, 2); }
GlObject *GlBytesMeth_capitalize(BX_ARGS) { return bx_case(self, 3); }
GlObject *GlBytesMeth_title(BX_ARGS) { return bx_case(self, 4); }

static GlObject *
bx_all(GlObject *self, int what)
{
    const char *d;
    Gl_ssize_t n;
    bx_data(self, &d, &n);
    if (n == 0) {
        return GlBool_FromLong(what == 6);   // isascii of b"" is True
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        int ok;
        switch (what) {
        case 0: ok = c >= '0' && c <= '9'; break;
        case 1: ok = (c | 32) >= 'a' && (c | 32) <= 'z'; break;
        case 2: ok = (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z'); break;
        case 3: ok = bspace(c); break;
        default: ok = c < 128; break;
        }
        if (!ok) {
            Gl_RETURN_FALSE;
        }
    }
    Gl_RETURN_TRUE;
}

GlObject *GlBytesMeth_isdigit(BX_ARGS) { return bx_all(self, 0); }
GlObject *GlBytesMeth_isalpha(BX_ARGS) { return bx_all(self, 1); }
GlObject *GlBytesMeth_isalnum(BX_ARGS) { return bx_all(self, 2); }
GlObject *GlBytesMeth_isspace(BX_ARGS) { return bx_all(self, 3); }
GlObject *GlBytesMeth_isascii(BX_ARGS) { return bx_all(self, 6); }

static GlObject *
bx_cased(GlObject *self, int what)
{
    const char *d;
    Gl_ssize_t n;
    bx_data(self, &d, &n);
    int cased = 0, prev = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)d[i];
        int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        if (what == 0) {        // isupper
            if (lo) {
                Gl_RETURN_FALSE;
            }
            cased |= up;
        } else if (what == 1) { // islower
            if (up) {
                Gl_RETURN_FALSE;
            }
            cased |= lo;
        } else {                // istitle
            if (up) {
                if (prev) {
                    Gl_RETURN_FALSE;
                }
                prev = cased = 1;
            } else if (lo) {
                if (!prev) {
                    Gl_RETURN_FALSE;
                }
                prev = cased = 1;
            } else {
                prev = 0;
            }
        }
    }
    return GlBool_FromLong(cased);
}

GlObject *GlBytesMeth_isupper(BX_ARGS) { return bx_cased(self, 0); }
GlObject *GlBytesMeth_islower(BX_ARGS) { return bx_cased(self, 1); }
GlObject *GlBytesMeth_istitle(BX_ARGS) { return bx_cased(self, 2); }

static GlObject *
bx_pad(const char *name, GlObject *self, GlObject *const *args, Gl_ssize_t nargs, int mode)
{
    if (GlArg_CheckPositional(name, nargs, 1, 2) < 0) {
        return NULL;
    }
    Gl_ssize_t w = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
    if (w == -1 && GlErr_Occurred()) {
        return NULL;
    }
    char fill = ' ';
    if (nargs > 1) {
        if ((!GlBytes_Check(args[1]) && !GlByteArray_Check(args[1])) || Gl_SIZE(args[1]) != 1) {
            return GlErr_Format(GlExc_TypeError,
                                "%s() argument 2 must be a byte string of length 1, not %s",
                                name, GlObject_TypeName(args[1]));
        }
        fill = bx_ptr(args[1])[0];
    }
    const char *d;
    Gl_ssize_t n;
    bx_data(self, &d, &n);
    if (w <= n) {
        return bx_unchanged(self);
    }
    Gl_ssize_t marg = w - n, left;
    left = mode == 0 ? 0 : mode == 1 ? marg : marg / 2 + (marg & w & 1);
    GlObject *r = GlBytes_NewLike(self, NULL, w);
    if (r == NULL) {
        return NULL;
    }
    char *o = (char *)bx_ptr(r);
    memset(o, fill, (size_t)w);
    memcpy(o + left, d, (size_t)n);
    return r;
}

GlObject *GlBytesMeth_ljust(BX_ARGS) { return bx_pad("ljust", self, args, nargs, 0); }
GlObject *GlBytesMeth_rjust(BX_ARGS) { return bx_pad("rjust", self, args, nargs, 1); }
GlObject *GlBytesMeth_center(BX_ARGS) { return bx_pad("center", self, args, nargs, 2); }

GlObject *
GlBytesMeth_zfill(BX_ARGS)
{
    if (GlArg_CheckPositional("zfill", nargs, 1, 1) < 0) {
        return NULL;
    }
    Gl_ssize_t w = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
    if (w == -1 && GlErr_Occurred()) {
        return NULL;
    }
    const char *d;
    Gl_ssize_t n;
    bx_data(self, &d, &n);
    if (w <= n) {
        return bx_unchanged(self);
    }
    GlObject *r = GlBytes_NewLike(self, NULL, w);
    if (r == NULL) {
        return NULL;
    }
    char *o = (char *)bx_ptr(r);
    memset(o, '0', (size_t)(w - n));
    memcpy(o + w - n, d, (size_t)n);
    if (n > 0 && (d[0] == '+' || d[0] == '-')) {
        o[0] = d[0];
        o[w - n] = '0';
    }
    return r;
}

static const char *const expandtabs_kw[] = {"tabsize", NULL};

GlObject *
GlBytesMeth_expandtabs(BX_ARGS)
{
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("expandtabs", args, nargs, kwnames, expandtabs_kw, 1, 0, a) < 0) {
        return NULL;
    }
    Gl_ssize_t tab = 8;
    if (a[0] != NULL && (tab = GlNumber_AsSsize_t(a[0], GlExc_OverflowError)) == -1
        && GlErr_Occurred()) {
        return NULL;
    }
    const char *d;
    Gl_ssize_t n, size = 0, col = 0;
    bx_data(self, &d, &n);
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            Gl_ssize_t sp = tab > 0 ? tab - col % tab : 0;
            size += sp;
            col += sp;
        } else {
            size++;
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    GlObject *r = GlBytes_NewLike(self, NULL, size);
    if (r == NULL) {
        return NULL;
    }
    char *o = (char *)bx_ptr(r);
    col = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (d[i] == '\t') {
            Gl_ssize_t sp = tab > 0 ? tab - col % tab : 0;
            memset(o, ' ', (size_t)sp);
            o += sp;
            col += sp;
        } else {
            *o++ = d[i];
            col = (d[i] == '\n' || d[i] == '\r') ? 0 : col + 1;
        }
    }
    return r;
}

/* ---- shared methods: codecs, hex, translate ----------------------------------------- */

static const char *const decode_kw[] = {"encoding", "errors", NULL};

GlObject *
GlBytesMeth_decode(BX_ARGS)
{
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("decode", args, nargs, kwnames, decode_kw, 2, 0, a) < 0) {
        return NULL;
    }
    const char *enc = "utf-8", *err = "strict";
    if (a[0] != NULL && (enc = GlStr_ArgAsCString(a[0], "decode", "encoding")) == NULL) {
        return NULL;
    }
    if (a[1] != NULL && (err = GlStr_ArgAsCString(a[1], "decode", "errors")) == NULL) {
        return NULL;
    }
    return GlStr_Decode(bx_ptr(self), Gl_SIZE(self), enc, err);
}

static const char *const hex_kw[] = {"sep", "bytes_per_sep", NULL};

GlObject *
GlBytesMeth_hex(BX_ARGS)
{
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("hex", args, nargs, kwnames, hex_kw, 2, 0, a) < 0) {
        return NULL;
    }
    char sep = 0;
    Gl_ssize_t per = 1;
    if (a[0] != NULL) {
        // CPython's _Py_strhex_impl: the length first, then the type, then ASCII
        Gl_ssize_t sn = GlObject_Size(a[0]);
        if (sn < 0) {
            return NULL;
        }
        if (sn != 1) {
            return GlErr_SetString(GlExc_ValueError, "sep must be length 1.");
        }
        uint32_t ch;
        if (GlStr_Check(a[0])) {
            ch = GlStr_READ_CHAR(a[0], 0);
        } else if (GlBytes_Check(a[0])) {
            ch = (unsigned char)GlBytes_AS_STRING(a[0])[0];
        } else {
            return GlErr_SetString(GlExc_TypeError, "sep must be str or bytes.");
        }
        if (ch > 127) {
            return GlErr_SetString(GlExc_ValueError, "sep must be ASCII.");
        }
        sep = (char)ch;
        if (a[1] != NULL && (per = GlNumber_AsSsize_t(a[1], GlExc_OverflowError)) == -1
            && GlErr_Occurred()) {
            return NULL;
        }
    }
    const unsigned char *d = (const unsigned char *)bx_ptr(self);
    Gl_ssize_t n = Gl_SIZE(self);
    Gl_ssize_t absper = per < 0 ? -per : per;
    Gl_ssize_t nsep = (sep && absper > 0 && n > 0) ? (n - 1) / absper : 0;
    char *buf = GlMem_Malloc((size_t)(n * 2 + nsep + 1));
    if (buf == NULL) {
        return GlErr_NoMemory();
    }
    Gl_ssize_t k = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (nsep && i > 0) {
            // per > 0: separators counted from the right; per < 0: from the left
            Gl_ssize_t pos = per > 0 ? n - i : i;
            if (pos % absper == 0) {
                buf[k++] = sep;
            }
        }
        buf[k++] = "0123456789abcdef"[d[i] >> 4];
        buf[k++] = "0123456789abcdef"[d[i] & 15];
    }
    GlObject *r = GlStr_FromStringAndSize(buf, k);
    GlMem_Free(buf);
    return r;
}

GlObject *
GlBytes_FromHexMeth(GlObject *cls, GlObject *arg) GL_NEWREF
{
    if (!GlStr_Check(arg)) {
        return GlErr_Format(GlExc_TypeError, "fromhex() argument must be str, not %s",
                            GlObject_TypeName(arg));
    }
    Gl_ssize_t n = Gl_SIZE(arg), k = 0;
    char *buf = GlMem_Malloc((size_t)n / 2 + 1);
    if (buf == NULL) {
        return GlErr_NoMemory();
    }
    for (Gl_ssize_t i = 0; i < n;) {
        uint32_t c = GlStr_READ_CHAR(arg, i);
        if (c == ' ' || (c >= 9 && c <= 13)) {
            i++;
            continue;
        }
        int hi = c < 128 && isxdigit((int)c) ? (c <= '9' ? (int)c - '0' : ((int)c | 32) - 'a' + 10) : -1;
        uint32_t c2 = i + 1 < n ? GlStr_READ_CHAR(arg, i + 1) : 0;
        int lo = c2 < 128 && c2 && isxdigit((int)c2) ? (c2 <= '9' ? (int)c2 - '0' : ((int)c2 | 32) - 'a' + 10) : -1;
        if (hi < 0 || lo < 0) {
            GlMem_Free(buf);
            return GlErr_Format(GlExc_ValueError,
                                "non-hexadecimal number found in fromhex() arg at position %zd",
                                hi < 0 ? i : i + 1);
        }
        buf[k++] = (char)(hi * 16 + lo);
        i += 2;
    }
    GlObject *r = cls == (GlObject *)&GlByteArray_Type ? GlByteArray_FromStringAndSize(buf, k)
                                                     : GlBytes_FromStringAndSize(buf, k);
    GlMem_Free(buf);
    if (r != NULL && cls != (GlObject *)&GlBytes_Type && cls != (GlObject *)&GlByteArray_Type) {
        Gl_SETREF(r, GlObject_CallOneArg(cls, r));
    }
    return r;
}

static const char *const translate_kw[] = {"", "delete", NULL};

GlObject *
GlBytesMeth_translate(BX_ARGS)
{
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("translate", args, nargs, kwnames, translate_kw, 2, 1, a) < 0) {
        return NULL;
    }
    const char *td = NULL, *dd = "", *d;
    Gl_ssize_t tn = 0, dn = 0, n;
    if (a[0] != Gl_None) {
        if (GlBytes_AsBuffer(a[0], &td, &tn) < 0) {
            return NULL;
        }
        if (tn != 256) {
            return GlErr_SetString(GlExc_ValueError,
                                   "translation table must be 256 characters long");
        }
    }
    if (a[1] != NULL && GlBytes_AsBuffer(a[1], &dd, &dn) < 0) {
        return NULL;
    }
    bx_data(self, &d, &n);
    char *buf = GlMem_Malloc((size_t)n + 1);
    if (buf == NULL) {
        return GlErr_NoMemory();
    }
    Gl_ssize_t k = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (dn > 0 && memchr(dd, d[i], (size_t)dn) != NULL) {
            continue;
        }
        buf[k++] = td ? td[(unsigned char)d[i]] : d[i];
    }
    GlObject *r = GlBytes_NewLike(self, buf, k);
    GlMem_Free(buf);
    return r;
}

GlObject *
GlBytes_MakeTrans(GlObject *cls, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF
{
    if (GlArg_CheckPositional("maketrans", nargs, 2, 2) < 0) {
        return NULL;
    }
    const char *fd, *td;
    Gl_ssize_t fn, tn;
    if (GlBytes_AsBuffer(args[0], &fd, &fn) < 0 || GlBytes_AsBuffer(args[1], &td, &tn) < 0) {
        return NULL;
    }
    if (fn != tn) {
        return GlErr_SetString(GlExc_ValueError, "maketrans arguments must have same length");
    }
    char table[256];
    for (int i = 0; i < 256; i++) {
        table[i] = (char)i;
    }
    for (Gl_ssize_t i = 0; i < fn; i++) {
        table[(unsigned char)fd[i]] = td[i];
    }
    return GlBytes_FromStringAndSize(table, 256);
}

/* ---- % formatting (bytes) ------------------------------------------------------------ */

static int
bmod_append(char **buf, Gl_ssize_t *n, Gl_ssize_t *cap, const char *s, Gl_ssize_t m)
{
    if (*n + m > *cap) {
        Gl_ssize_t nc = (*n + m) * 2 + 16;
        char *nb = GlMem_Realloc(*buf, (size_t)nc);
        if (nb == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        *buf = nb;
        *cap = nc;
    }
    memcpy(*buf + *n, s, (size_t)m);
    *n += m;
    return 0;
}

/* The next positional argument of a %-format (new reference), as CPython's getnextarg:
 * a non-tuple argument is used once, as itself. */
static GlObject *
bmod_next_arg(GlObject *args, Gl_ssize_t *argidx, Gl_ssize_t arglen) GL_NEWREF
{
    if (*argidx < arglen) {
        (*argidx)++;
        return arglen < 0 ? Gl_NewRef(args) : Gl_NewRef(GlTuple_GET_ITEM(args, *argidx - 1));
    }
    return GlErr_SetString(GlExc_TypeError, "not enough arguments for format string");
}

/* Copies the flags/width/precision f[0:len] into spec (after its leading '%'), replacing
 * each '*' by the int taken from the arguments as CPython does. 0 or -1. */
static int
bmod_build_spec(char *spec, size_t cap, const char *f, Gl_ssize_t len, GlObject *args,
                Gl_ssize_t *argidx, Gl_ssize_t arglen)
{
    size_t k = 1;
    spec[0] = '%';
    for (Gl_ssize_t j = 0; j < len; j++) {
        char piece[32];
        if (f[j] != '*') {
            piece[0] = f[j];
            piece[1] = 0;
        } else {
            GlObject *w = bmod_next_arg(args, argidx, arglen);
            if (w == NULL) {
                return -1;
            }
            if (!GlInt_Check(w)) {
                Gl_DECREF(w);
                GlErr_SetString(GlExc_TypeError, "* wants int");
                return -1;
            }
            Gl_ssize_t x = GlInt_AsSsize_t(w);
            Gl_DECREF(w);
            if (x == -1 && GlErr_Occurred()) {
                return -1;
            }
            if (j > 0 && f[j - 1] == '.' && x < 0) {
                x = 0;   // a negative '*' precision counts as 0
            }
            snprintf(piece, sizeof(piece), "%zd", x);
        }
        size_t pl = strlen(piece);
        if (k + pl + 2 >= cap) {
            GlErr_SetString(GlExc_ValueError, "format specifier too long");
            return -1;
        }
        memcpy(spec + k, piece, pl);
        k += pl;
    }
    spec[k] = 0;
    return 0;
}

/* Each conversion is rendered as str by the str engine (numbers, %r/%a) or taken
 * from a bytes-like argument (%s/%b/%c), then padded. */
GlObject *
GlBytes_Mod(GlObject *fmt, GlObject *args) GL_NEWREF
{
    const char *f;
    Gl_ssize_t fn;
    bx_data(fmt, &f, &fn);
    Gl_ssize_t arglen = -1, argidx = -2;
    int is_tuple = GlTuple_Check(args);
    if (is_tuple) {
        arglen = GlTuple_GET_SIZE(args);
        argidx = 0;
    }
    int is_map = !is_tuple && !GlBytes_Check(args) && !GlByteArray_Check(args)
                 && Gl_TYPE(args)->tp_as_mapping && Gl_TYPE(args)->tp_as_mapping->mp_subscript;
    char *buf = NULL;
    Gl_ssize_t n = 0, cap = 0;
    for (Gl_ssize_t i = 0; i < fn;) {
        if (f[i] != '%') {
            Gl_ssize_t j = i;
            while (j < fn && f[j] != '%') {
                j++;
            }
            if (bmod_append(&buf, &n, &cap, f + i, j - i) < 0) {
                goto error;
            }
            i = j;
            continue;
        }
        Gl_ssize_t st = i++;
        GlObject *keyed = NULL;
        if (i < fn && f[i] == '(') {
            if (!is_map) {
                GlErr_SetString(GlExc_TypeError, "format requires a mapping");
                goto error;
            }
            Gl_ssize_t ks = ++i;
            while (i < fn && f[i] != ')') {
                i++;
            }
            GlObject *key = GlBytes_FromStringAndSize(f + ks, i - ks);
            i++;
            if (key == NULL) {
                goto error;
            }
            keyed = GlObject_GetItem(args, key);
            Gl_DECREF(key);
            if (keyed == NULL) {
                goto error;
            }
            arglen = -1;
            argidx = -2;
        }
        Gl_ssize_t specstart = i;
        while (i < fn && strchr("-+ #0123456789.*hlL", f[i]) && f[i]) {
            i++;
        }
        if (i >= fn) {
            Gl_XDECREF(keyed);
            GlErr_SetString(GlExc_ValueError, "incomplete format");
            goto error;
        }
        char conv = f[i++];
        if (conv == '%') {
            Gl_XDECREF(keyed);
            if (bmod_append(&buf, &n, &cap, "%", 1) < 0) {
                goto error;
            }
            continue;
        }
        char spec[128];
        if (bmod_build_spec(spec, sizeof(spec) - 2, f + specstart, i - 1 - specstart, args,
                            &argidx, arglen) < 0) {
            Gl_XDECREF(keyed);
            goto error;
        }
        GlObject *v = keyed;
        if (v == NULL && (v = bmod_next_arg(args, &argidx, arglen)) == NULL) {
            goto error;
        }
        GlObject *piece = NULL;
        if (conv == 's' || conv == 'b' || conv == 'c') {
            const char *d;
            Gl_ssize_t dn;
            char one;
            if (conv == 'c') {
                if (GlIndex_Check(v)) {
                    GlObject *iv = GlNumber_Index(v);
                    int ovf = 0;
                    int64_t x = iv ? GlInt_AsInt64AndOverflow(iv, &ovf) : -1;
                    Gl_XDECREF(iv);
                    if (iv != NULL && (ovf || x < 0 || x > 255)) {
                        GlErr_SetString(GlExc_OverflowError, "%c arg not in range(256)");
                        iv = NULL;
                    }
                    if (iv == NULL) {
                        Gl_DECREF(v);
                        goto error;
                    }
                    one = (char)x;
                    d = &one;
                    dn = 1;
                } else if ((GlBytes_Check(v) || GlByteArray_Check(v)) && Gl_SIZE(v) == 1) {
                    bx_data(v, &d, &dn);
                } else {
                    Gl_DECREF(v);
                    GlErr_SetString(GlExc_TypeError,
                                    "%c requires an integer in range(256) or a single byte");
                    goto error;
                }
            } else if (GlBytes_Check(v) || GlByteArray_Check(v)) {
                bx_data(v, &d, &dn);
            } else if (GlObject_CheckBuffer(v)) {
                // memoryview, array: the data stays valid while v is held
                if (GlBytes_AsBuffer(v, &d, &dn) < 0) {
                    Gl_DECREF(v);
                    goto error;
                }
            } else {
                GlObject *bv = NULL;
                int found = 0;
                bv = GlObject_CallSpecial(v, GL_ID(__bytes__), NULL, 0, &found);
                if (!found) {
                    if (!GlErr_Occurred()) {
                        GlErr_Format(GlExc_TypeError,
                                     "%%b requires a bytes-like object, or an object that "
                                     "implements __bytes__, not '%s'", GlObject_TypeName(v));
                    }
                    Gl_DECREF(v);
                    goto error;
                }
                Gl_DECREF(v);
                if (bv == NULL) {
                    goto error;
                }
                v = bv;
                bx_data(v, &d, &dn);
            }
            // pad through a latin-1 str so the str engine handles width/precision/-
            GlObject *s = GlStr_FromKindAndData(1, d, dn);
            Gl_DECREF(v);
            if (s == NULL) {
                goto error;
            }
            v = s;
            conv = 's';
        } else if (conv == 'r') {
            conv = 'a';
        }
        // format v with the str engine using the same spec
        size_t sl = strlen(spec);
        spec[sl] = conv;
        spec[sl + 1] = 0;
        GlObject *sf = GlStr_FromString(spec);
        GlObject *tup = sf ? GlTuple_Pack(1, v) : NULL;
        Gl_DECREF(v);
        if (tup == NULL) {
            Gl_XDECREF(sf);
            goto error;
        }
        piece = GlStr_Mod(sf, tup);
        Gl_DECREF(sf);
        Gl_DECREF(tup);
        if (piece == NULL) {
            goto error;
        }
        GlObject *enc = GlStr_Encode(piece, "latin-1", "strict");
        Gl_DECREF(piece);
        if (enc == NULL) {
            goto error;
        }
        int rc = bmod_append(&buf, &n, &cap, GlBytes_AS_STRING(enc), Gl_SIZE(enc));
        Gl_DECREF(enc);
        if (rc < 0) {
            goto error;
        }
        (void)st;
    }
    if (argidx < arglen && !is_map) {
        GlErr_SetString(GlExc_TypeError, "not all arguments converted during bytes formatting");
        goto error;
    }
    GlObject *r = GlBytes_NewLike(fmt, buf ? buf : "", n);
    GlMem_Free(buf);
    return r;
error:
    GlMem_Free(buf);
    return NULL;
}

/* ---- slots -------------------------------------------------------------------------- */

static void
bytes_dealloc(GlObject *op)
{
    if ((BytesStatic *)op == &bytes_empty
        || ((BytesStatic *)op >= bytes_chars && (BytesStatic *)op < bytes_chars + 256)) {
        op->ob_refcnt = 1;   // singleton: never freed
        return;
    }
    if (GlBytes_CheckExact(op)) {
        GlMem_Free(op);
    } else {
        Gl_TYPE(op)->tp_free(op);
    }
}

static GlObject *
bytes_repr(GlObject *op)
{
    return GlBytes_Repr(op);
}

static Gl_hash_t
bytes_hash(GlObject *op)
{
    GlBytesObject *b = (GlBytesObject *)op;
    if (b->hash == -1) {
        b->hash = GlHash_Bytes(b->ob_sval, Gl_SIZE(op));
    }
    return b->hash;
}

static GlObject *
bytes_richcompare(GlObject *a, GlObject *b, int op)
{
    if (!(GlBytes_Check(a) || GlByteArray_Check(a)) || !(GlBytes_Check(b) || GlByteArray_Check(b))) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    if (a == b && (op == Gl_EQ || op == Gl_NE)) {
        return GlBool_FromLong(op == Gl_EQ);
    }
    return GlBytes_RichCompareRaw(bx_ptr(a), Gl_SIZE(a), bx_ptr(b), Gl_SIZE(b), op);
}

static Gl_ssize_t
bytes_length(GlObject *op)
{
    return Gl_SIZE(op);
}

static GlObject *
bytes_concat(GlObject *a, GlObject *b)
{
    const char *bd;
    Gl_ssize_t bn;
    if (!GlObject_CheckBuffer(b)) {
        return GlErr_Format(GlExc_TypeError, "can't concat %s to %s", GlObject_TypeName(b),
                            GlObject_TypeName(a));
    }
    if (GlBytes_AsBuffer(b, &bd, &bn) < 0) {
        return NULL;
    }
    Gl_ssize_t an = Gl_SIZE(a);
    if (bn == 0 && GlBytes_CheckExact(a)) {
        return Gl_NewRef(a);
    }
    if (an == 0 && GlBytes_CheckExact(b)) {
        return Gl_NewRef(b);
    }
    GlObject *r = GlBytes_FromStringAndSize(NULL, an + bn);
    if (r != NULL) {
        memcpy(GlBytes_AS_STRING(r), GlBytes_AS_STRING(a), (size_t)an);
        memcpy(GlBytes_AS_STRING(r) + an, bd, (size_t)bn);
    }
    return r;
}

static GlObject *
bytes_repeat(GlObject *a, Gl_ssize_t count)
{
    Gl_ssize_t n = Gl_SIZE(a);
    if (count < 0) {
        count = 0;
    }
    if (count == 1 && GlBytes_CheckExact(a)) {
        return Gl_NewRef(a);
    }
    if (n > 0 && count > GL_SSIZE_T_MAX / n) {
        return GlErr_SetString(GlExc_OverflowError, "repeated bytes are too long");
    }
    GlObject *r = GlBytes_FromStringAndSize(NULL, n * count);
    if (r == NULL) {
        return NULL;
    }
    char *o = GlBytes_AS_STRING(r);
    if (n == 1) {
        memset(o, GlBytes_AS_STRING(a)[0], (size_t)count);
    } else {
        for (Gl_ssize_t i = 0; i < count; i++) {
            memcpy(o + i * n, GlBytes_AS_STRING(a), (size_t)n);
        }
    }
    return r;
}

static GlObject *
bytes_item(GlObject *a, Gl_ssize_t i)
{
    if (i < 0 || i >= Gl_SIZE(a)) {
        return GlErr_SetString(GlExc_IndexError, "index out of range");
    }
    return GlInt_FromInt64((unsigned char)GlBytes_AS_STRING(a)[i]);
}

static int
bytes_contains(GlObject *self, GlObject *arg)
{
    return GlBytes_ContainsRaw(GlBytes_AS_STRING(self), Gl_SIZE(self), arg);
}

static GlObject *
bytes_subscript(GlObject *self, GlObject *key)
{
    Gl_ssize_t n = Gl_SIZE(self);
    const char *d = GlBytes_AS_STRING(self);
    if (GlIndex_Check(key)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(key, GlExc_IndexError);
        if (i == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += n;
        }
        return bytes_item(self, i);
    }
    if (GlSlice_Check(key)) {
        Gl_ssize_t start, stop, step;
        Gl_ssize_t len = GlSlice_GetIndicesEx(key, n, &start, &stop, &step);
        if (len < 0) {
            return NULL;
        }
        if (step == 1) {
            if (len == n && GlBytes_CheckExact(self)) {
                return Gl_NewRef(self);
            }
            return GlBytes_FromStringAndSize(d + start, len);
        }
        GlObject *r = GlBytes_FromStringAndSize(NULL, len);
        if (r == NULL) {
            return NULL;
        }
        char *o = GlBytes_AS_STRING(r);
        for (Gl_ssize_t i = 0, j = start; i < len; i++, j += step) {
            o[i] = d[j];
        }
        if (len == 1) {
            Gl_SETREF(r, GlBytes_FromStringAndSize(o, 1));
        }
        return r;
    }
    return GlErr_Format(GlExc_TypeError, "byte indices must be integers or slices, not %s",
                        GlObject_TypeName(key));
}

static GlObject *
bytes_mod(GlObject *a, GlObject *b)
{
    if (!GlBytes_Check(a)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    return GlBytes_Mod(a, b);
}

static const char *const bytes_kwlist[] = {"source", "encoding", "errors", NULL};

static GlObject *
bytes_from_args(GlObject *x, GlObject *enc, GlObject *errs) GL_NEWREF
{
    if (x == NULL) {
        if (enc != NULL || errs != NULL) {
            return GlErr_SetString(GlExc_TypeError, enc ? "encoding without a string argument"
                                                        : "errors without a string argument");
        }
        return GlBytes_FromStringAndSize("", 0);
    }
    if (enc != NULL) {
        if (!GlStr_Check(x)) {
            return GlErr_SetString(GlExc_TypeError, "encoding without a string argument");
        }
        const char *e, *r = "strict";
        if ((e = GlStr_ArgAsCString(enc, "bytes", "encoding")) == NULL) {
            return NULL;
        }
        if (errs && (r = GlStr_ArgAsCString(errs, "bytes", "errors")) == NULL) {
            return NULL;
        }
        return GlStr_Encode(x, e, r);
    }
    if (errs != NULL) {
        return GlErr_SetString(GlExc_TypeError, GlStr_Check(x)
                               ? "string argument without an encoding"
                               : "errors without a string argument");
    }
    return GlBytes_FromObject(x);
}

static GlObject *
bytes_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    GlObject *a[3] = {NULL, NULL, NULL};
    if (GlArg_ParseVector("bytes", args, GlVectorcall_NARGS(nargsf), kwnames, bytes_kwlist, 3,
                          0, a) < 0) {
        return NULL;
    }
    return bytes_from_args(a[0], a[1], a[2]);
}

static GlObject *
bytes_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlObject *stack[8], *kwnames = NULL;
    Gl_ssize_t nargs = args ? GlTuple_GET_SIZE(args) : 0;
    Gl_ssize_t nkw = kwds ? GlDict_GET_SIZE(kwds) : 0;
    if (nargs + nkw > 3) {
        return GlErr_Format(GlExc_TypeError, "bytes() takes at most 3 arguments (%zd given)",
                            nargs + nkw);
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stack[i] = GlTuple_GET_ITEM(args, i);
    }
    if (nkw > 0) {
        if ((kwnames = GlTuple_New(nkw)) == NULL) {
            return NULL;
        }
        Gl_ssize_t pos = 0, j = 0;
        GlObject *k, *v;
        while (GlDict_Next(kwds, &pos, &k, &v)) {
            GlTuple_SET_ITEM(kwnames, j, Gl_NewRef(k));
            stack[nargs + j++] = v;
        }
    }
    GlObject *a[3] = {NULL, NULL, NULL};
    int rc = GlArg_ParseVector("bytes", stack, nargs, kwnames, bytes_kwlist, 3, 0, a);
    Gl_XDECREF(kwnames);
    if (rc < 0) {
        return NULL;
    }
    GlObject *r = bytes_from_args(a[0], a[1], a[2]);
    if (r == NULL || type == &GlBytes_Type) {
        return r;
    }
    Gl_ssize_t n = Gl_SIZE(r);
    GlObject *sub = type->tp_alloc(type, n);
    if (sub != NULL) {
        Gl_SET_SIZE(sub, n);
        ((GlBytesObject *)sub)->hash = -1;
        memcpy(GlBytes_AS_STRING(sub), GlBytes_AS_STRING(r), (size_t)n + 1);
    }
    Gl_DECREF(r);
    return sub;
}

/* ---- bytes-only methods --------------------------------------------------------------- */

static GlObject *
bytes_sizeof(GlObject *self, GlObject *unused)
{
    return GlInt_FromSsize_t(33 + Gl_SIZE(self));
}

static GlObject *
bytes_getnewargs(GlObject *self, GlObject *unused)
{
    GlObject *c = GlBytes_FromStringAndSize(GlBytes_AS_STRING(self), Gl_SIZE(self));
    return c ? GlTuple_FromArraySteal(&c, 1) : NULL;
}

static GlObject *
bytes_bytes(GlObject *self, GlObject *unused)
{
    if (GlBytes_CheckExact(self)) {
        return Gl_NewRef(self);
    }
    return GlBytes_FromStringAndSize(GlBytes_AS_STRING(self), Gl_SIZE(self));
}

static GlMethodDef bytes_methods[] = {
    GL_BYTES_SHARED_METHODS(GL_BYTES_ROW)
    {"fromhex", GL_FN(GlBytes_FromHexMeth), GL_METH_O | GL_METH_CLASS,
     "Create an object of this type from a string of hexadecimal numbers."},
    {"maketrans", GL_FN(GlBytes_MakeTrans), GL_METH_FASTCALL | GL_METH_STATIC,
     "Return a translation table usable for the bytes or bytearray translate method."},
    {"__sizeof__", GL_FN(bytes_sizeof), GL_METH_NOARGS,
     "Return the size of the object in memory, in bytes."},
    {"__getnewargs__", GL_FN(bytes_getnewargs), GL_METH_NOARGS,
     "Return the arguments that recreate the bytes when unpickling."},
    {"__bytes__", GL_FN(bytes_bytes), GL_METH_NOARGS, "Convert this value to exact type bytes."},
    {NULL, NULL, 0, NULL},
};

static GlNumberMethods bytes_as_number = {
    .nb_remainder = bytes_mod,
};

static GlSequenceMethods bytes_as_sequence = {
    .sq_length = bytes_length,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .sq_item = bytes_item,
    .sq_contains = bytes_contains,
};

static GlMappingMethods bytes_as_mapping = {
    .mp_length = bytes_length,
    .mp_subscript = bytes_subscript,
};

/* ---- iterator ------------------------------------------------------------------------ */

typedef struct GlBytesIterObject {
    GlObject ob_base;
    Gl_ssize_t index;
    GlObject *seq;     // bytes or bytearray, NULL when exhausted
} GlBytesIterObject;

static GlObject *
bytes_iter(GlObject *self)
{
    return GlBytes_IterNew(self);
}

static void
bytesiter_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    Gl_XDECREF(((GlBytesIterObject *)op)->seq);
    GlObject_GC_Del(op);
}

static int
bytesiter_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((GlBytesIterObject *)op)->seq);
    return 0;
}

static GlObject *
bytesiter_next(GlObject *op)
{
    GlBytesIterObject *it = (GlBytesIterObject *)op;
    GlObject *s = it->seq;
    if (s == NULL) {
        return NULL;
    }
    if (it->index < Gl_SIZE(s)) {
        return GlInt_FromInt64((unsigned char)bx_ptr(s)[it->index++]);
    }
    it->seq = NULL;
    Gl_DECREF(s);
    return NULL;
}

static GlObject *
bytesiter_length_hint(GlObject *op, GlObject *unused)
{
    GlBytesIterObject *it = (GlBytesIterObject *)op;
    Gl_ssize_t n = it->seq ? Gl_SIZE(it->seq) - it->index : 0;
    return GlInt_FromSsize_t(n < 0 ? 0 : n);
}

static GlObject *
bytesiter_self(GlObject *op)
{
    return Gl_NewRef(op);
}

/* __reduce__ of both iterators: (iter, (seq,), index), or (iter, ((),)) once exhausted.
 * New reference. */
static GlObject *
bytesiter_reduce(GlObject *op, GlObject *unused)
{
    GlBytesIterObject *it = (GlBytesIterObject *)op;
    return GlIter_ReduceIndex(GL_ID(iter), it->seq, it->index, NULL);
}

/* __setstate__(index): clipped to 0 .. len(seq). */
static GlObject *
bytesiter_setstate(GlObject *op, GlObject *state)
{
    GlBytesIterObject *it = (GlBytesIterObject *)op;
    return GlIter_SetStateClipped(it->seq, state, &it->index);
}

static GlMethodDef bytesiter_methods[] = {
    {"__length_hint__", GL_FN(bytesiter_length_hint), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(bytesiter_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", GL_FN(bytesiter_setstate), GL_METH_O,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlBytesIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "bytes_iterator",
    .tp_basicsize = sizeof(GlBytesIterObject),
    .tp_dealloc = bytesiter_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = bytesiter_traverse,
    .tp_iter = bytesiter_self,
    .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
};

GlTypeObject GlByteArrayIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "bytearray_iterator",
    .tp_basicsize = sizeof(GlBytesIterObject),
    .tp_dealloc = bytesiter_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = bytesiter_traverse,
    .tp_iter = bytesiter_self,
    .tp_iternext = bytesiter_next,
    .tp_methods = bytesiter_methods,
};

GlObject *
GlBytes_IterNew(GlObject *seq) GL_NEWREF
{
    GlTypeObject *t = GlBytes_Check(seq) ? &GlBytesIter_Type : &GlByteArrayIter_Type;
    GlBytesIterObject *it = (GlBytesIterObject *)GlObject_GC_New(t, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = Gl_NewRef(seq);
    GlObject_GC_Track(it);
    return (GlObject *)it;
}

/* bf_getbuffer of bytes: read-only, format 'B'. */
static int
bytes_getbuffer(GlObject *op, GlBuffer *view, int flags)
{
    return GlBuffer_FillInfo(view, op, GlBytes_AS_STRING(op), Gl_SIZE(op), 1, flags, "B", 1);
}

static GlBufferProcs bytes_as_buffer = {bytes_getbuffer, NULL};

GlTypeObject GlBytes_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "bytes",
    .tp_basicsize = offsetof(GlBytesObject, ob_sval) + 1,
    .tp_itemsize = 1,
    .tp_dealloc = bytes_dealloc,
    .tp_repr = bytes_repr,
    .tp_as_number = &bytes_as_number,
    .tp_as_sequence = &bytes_as_sequence,
    .tp_as_mapping = &bytes_as_mapping,
    .tp_as_buffer = &bytes_as_buffer,
    .tp_hash = bytes_hash,
    .tp_str = bytes_repr,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_BASETYPE | GL_TPFLAGS_BYTES_SUBCLASS,
    .tp_doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
              "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\n"
              "bytes(int) -> bytes object of size given by the parameter initialized with null bytes\n"
              "bytes() -> empty bytes object",
    .tp_richcompare = bytes_richcompare,
    .tp_iter = bytes_iter,
    .tp_methods = bytes_methods,
    .tp_new = bytes_new,
    .tp_free = GlObject_Free,
    .tp_vectorcall = bytes_vectorcall,
};
