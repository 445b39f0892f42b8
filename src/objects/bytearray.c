/* bytearray.c - the mutable byte sequence: resizing buffer, item and slice
 * assignment, the list-like mutators, and the methods shared with bytes (bytes.c).
 *
 * Invariants: ob_bytes is NULL with alloc 0 (fresh empty bytearray) or an owned
 * block of `alloc` >= ob_size + 1 bytes with ob_bytes[ob_size] == 0; growth follows
 * CPython's bytearray_resize so __sizeof__ (56 + alloc) matches. Not a GC type
 * (it holds no object references). While `exports` > 0 (live memoryviews) ba_resize
 * and ba_splice refuse any change of size before touching the data, so ob_bytes never
 * moves under a view. Python code may run while converting arguments
 * (__index__, iteration): sizes are re-read after each such call.
 */
#include "str_internal.h"

static inline GlByteArrayObject *
BA(GlObject *o)
{
    return (GlByteArrayObject *)o;
}

static int
ba_resize(GlObject *self, Gl_ssize_t size)
{
    GlByteArrayObject *b = BA(self);
    Gl_ssize_t alloc = b->alloc;
    if (b->exports > 0) {
        // memoryviews hold pointers into ob_bytes: it must neither move nor change size
        if (size == Gl_SIZE(self)) {
            return 0;
        }
        GlErr_SetString(GlExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    if (size == 0 && b->ob_bytes == NULL) {
        return 0;
    }
    if (size + 1 <= alloc) {
        if (size < alloc / 2) {
            alloc = size + 1;   // major downsize: exact size
        } else {
            Gl_SET_SIZE(self, size);
            b->ob_bytes[size] = 0;
            return 0;
        }
    } else if (size <= alloc * 1.125) {
        alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
    } else {
        alloc = size + 1;
    }
    char *nb = GlMem_Realloc(b->ob_bytes, (size_t)alloc);
    if (nb == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    b->ob_bytes = nb;
    b->alloc = alloc;
    Gl_SET_SIZE(self, size);
    nb[size] = 0;
    return 0;
}

static GlObject *
ba_alloc(GlTypeObject *type) GL_NEWREF
{
    GlObject *r = type == &GlByteArray_Type ? GlObject_New(type, 0) : type->tp_alloc(type, 0);
    if (r != NULL) {
        Gl_SET_SIZE(r, 0);
        BA(r)->alloc = 0;
        BA(r)->ob_bytes = NULL;
        BA(r)->exports = 0;
    }
    return r;
}

GlObject *
GlByteArray_FromStringAndSize(const char *s, Gl_ssize_t len) GL_NEWREF
{
    GlObject *r = ba_alloc(&GlByteArray_Type);
    if (r == NULL) {
        return NULL;
    }
    if (len > 0) {
        BA(r)->ob_bytes = GlMem_Malloc((size_t)len + 1);
        if (BA(r)->ob_bytes == NULL) {
            Gl_DECREF(r);
            return GlErr_NoMemory();
        }
        BA(r)->alloc = len + 1;
        if (s != NULL) {
            memcpy(BA(r)->ob_bytes, s, (size_t)len);
        }
        BA(r)->ob_bytes[len] = 0;
        Gl_SET_SIZE(r, len);
    }
    return r;
}

static inline char *
ba_data(GlObject *o)
{
    return BA(o)->ob_bytes;
}

/* Replace self[lo:hi] by data[0:n] (data must not alias self's buffer). */
static int
ba_splice(GlObject *self, Gl_ssize_t lo, Gl_ssize_t hi, const char *data, Gl_ssize_t n)
{
    Gl_ssize_t size = Gl_SIZE(self), growth = n - (hi - lo);
    if (growth != 0 && BA(self)->exports > 0) {
        return ba_resize(self, size + growth);   // refuses before the data moves
    }
    if (growth > 0) {
        if (ba_resize(self, size + growth) < 0) {
            return -1;
        }
        memmove(ba_data(self) + hi + growth, ba_data(self) + hi, (size_t)(size - hi));
    } else if (growth < 0) {
        memmove(ba_data(self) + hi + growth, ba_data(self) + hi, (size_t)(size - hi));
        if (ba_resize(self, size + growth) < 0) {
            return -1;
        }
    }
    if (n > 0) {
        memcpy(ba_data(self) + lo, data, (size_t)n);
    }
    return 0;
}

/* Bytes of an assignment source: bytes-like or iterable of ints; owned copy. */
static int
source_bytes(GlObject *v, char **out, Gl_ssize_t *n)
{
    if (GlObject_CheckBuffer(v)) {
        const char *d;
        if (GlBytes_AsBuffer(v, &d, n) < 0) {
            return -1;
        }
        *out = GlMem_Malloc((size_t)*n + 1);
        if (*out == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        memcpy(*out, d, (size_t)*n);
        return 0;
    }
    if (GlStr_Check(v) || GlIndex_Check(v) || Gl_TYPE(v)->tp_iter == NULL) {
        if (GlStr_Check(v)) {
            GlErr_SetString(GlExc_TypeError, "can assign only bytes, buffers, or iterables of "
                            "ints in range(0, 256)");
        } else {
            GlErr_SetString(GlExc_TypeError, "can assign only bytes, buffers, or iterables of "
                            "ints in range(0, 256)");
        }
        return -1;
    }
    return GlBytes_FromIterableRaw(v, out, n, 1);
}

static int
get_byte(GlObject *v, int *out)
{
    if (!GlIndex_Check(v)) {
        GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                     GlObject_TypeName(v));
        return -1;
    }
    Gl_ssize_t x = GlNumber_AsSsize_t(v, NULL);
    if (x == -1 && GlErr_Occurred()) {
        return -1;
    }
    if (x < 0 || x > 255) {
        GlErr_SetString(GlExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    *out = (int)x;
    return 0;
}

/* ---- slots ---------------------------------------------------------------------------- */

static void
ba_dealloc(GlObject *op)
{
    GlMem_Free(BA(op)->ob_bytes);
    Gl_TYPE(op)->tp_free(op);
}

static GlObject *
ba_repr(GlObject *op)
{
    char prefix[128];
    snprintf(prefix, sizeof(prefix), "%s(", Gl_TYPE(op)->tp_name);
    const char *d;
    Gl_ssize_t n;
    GlBytes_AsBuffer(op, &d, &n);
    return GlBytes_ReprData(d, n, prefix, ")", 1);   // bytearray_repr escapes ' always
}

static GlObject *
ba_richcompare(GlObject *a, GlObject *b, int op)
{
    // CPython: bytearrays compare with anything exporting a buffer
    if (!GlObject_CheckBuffer(a) || !GlObject_CheckBuffer(b)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    const char *da, *db;
    Gl_ssize_t na, nb;
    if (GlBytes_AsBuffer(a, &da, &na) < 0 || GlBytes_AsBuffer(b, &db, &nb) < 0) {
        GlErr_Clear();
        Gl_RETURN_NOTIMPLEMENTED;
    }
    return GlBytes_RichCompareRaw(da, na, db, nb, op);
}

static Gl_ssize_t
ba_length(GlObject *op)
{
    return Gl_SIZE(op);
}

static GlObject *
ba_concat(GlObject *a, GlObject *b)
{
    const char *da, *db;
    Gl_ssize_t na, nb;
    if (!GlObject_CheckBuffer(b)) {
        return GlErr_Format(GlExc_TypeError, "can't concat %s to %s", GlObject_TypeName(b),
                            GlObject_TypeName(a));
    }
    GlBytes_AsBuffer(a, &da, &na);
    if (GlBytes_AsBuffer(b, &db, &nb) < 0) {
        return NULL;
    }
    GlObject *r = GlByteArray_FromStringAndSize(NULL, na + nb);
    if (r != NULL && na + nb > 0) {
        memcpy(ba_data(r), da, (size_t)na);
        memcpy(ba_data(r) + na, db, (size_t)nb);
    }
    return r;
}

static GlObject *
ba_iconcat(GlObject *a, GlObject *b)
{
    if (!GlObject_CheckBuffer(b)) {
        return GlErr_Format(GlExc_TypeError, "can't concat %s to %s", GlObject_TypeName(b),
                            GlObject_TypeName(a));
    }
    char *src = NULL;
    Gl_ssize_t na = Gl_SIZE(a), nb;
    // a copy first: b may be a itself or a view of a's memory
    if (source_bytes(b, &src, &nb) < 0) {
        return NULL;
    }
    if (ba_resize(a, na + nb) < 0) {
        GlMem_Free(src);
        return NULL;
    }
    if (nb > 0) {
        memcpy(ba_data(a) + na, src, (size_t)nb);
    }
    GlMem_Free(src);
    return Gl_NewRef(a);
}

static GlObject *
ba_repeat_impl(GlObject *a, Gl_ssize_t count, int inplace)
{
    Gl_ssize_t n = Gl_SIZE(a);
    if (count < 0) {
        count = 0;
    }
    if (n > 0 && count > GL_SSIZE_T_MAX / n) {
        return GlErr_NoMemory();
    }
    GlObject *r = inplace ? Gl_NewRef(a) : GlByteArray_FromStringAndSize(NULL, n * count);
    if (r == NULL) {
        return NULL;
    }
    if (inplace && ba_resize(r, n * count) < 0) {
        Gl_DECREF(r);
        return NULL;
    }
    for (Gl_ssize_t i = inplace ? 1 : 0; i < count; i++) {
        memcpy(ba_data(r) + i * n, ba_data(a), (size_t)n);
    }
    return r;
}

static GlObject *ba_repeat(GlObject *a, Gl_ssize_t c) { return ba_repeat_impl(a, c, 0); }
static GlObject *ba_irepeat(GlObject *a, Gl_ssize_t c) { return ba_repeat_impl(a, c, 1); }

static GlObject *
ba_item(GlObject *a, Gl_ssize_t i)
{
    if (i < 0 || i >= Gl_SIZE(a)) {
        return GlErr_SetString(GlExc_IndexError, "bytearray index out of range");
    }
    return GlInt_FromInt64((unsigned char)ba_data(a)[i]);
}

static int
ba_contains(GlObject *self, GlObject *arg)
{
    const char *d;
    Gl_ssize_t n;
    GlBytes_AsBuffer(self, &d, &n);
    return GlBytes_ContainsRaw(d, n, arg);
}

static GlObject *
ba_subscript(GlObject *self, GlObject *key)
{
    if (GlIndex_Check(key)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(key, GlExc_IndexError);
        if (i == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += Gl_SIZE(self);
        }
        return ba_item(self, i);
    }
    if (GlSlice_Check(key)) {
        Gl_ssize_t start, stop, step;
        Gl_ssize_t len = GlSlice_GetIndicesEx(key, Gl_SIZE(self), &start, &stop, &step);
        if (len < 0) {
            return NULL;
        }
        GlObject *r = GlByteArray_FromStringAndSize(NULL, len);
        if (r == NULL) {
            return NULL;
        }
        for (Gl_ssize_t i = 0, j = start; i < len; i++, j += step) {
            ba_data(r)[i] = ba_data(self)[j];
        }
        return r;
    }
    return GlErr_Format(GlExc_TypeError, "bytearray indices must be integers or slices, not %s",
                        GlObject_TypeName(key));
}

static int
ba_ass_item(GlObject *self, Gl_ssize_t i, GlObject *v)
{
    if (i < 0 || i >= Gl_SIZE(self)) {
        GlErr_SetString(GlExc_IndexError, "bytearray index out of range");
        return -1;
    }
    if (v == NULL) {
        return ba_splice(self, i, i + 1, NULL, 0);
    }
    int b;
    if (get_byte(v, &b) < 0) {
        return -1;
    }
    if (i >= Gl_SIZE(self)) {   // __index__ may have shrunk self
        GlErr_SetString(GlExc_IndexError, "bytearray index out of range");
        return -1;
    }
    ba_data(self)[i] = (char)b;
    return 0;
}

static int
ba_ass_subscript(GlObject *self, GlObject *key, GlObject *v)
{
    if (GlIndex_Check(key)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(key, GlExc_IndexError);
        if (i == -1 && GlErr_Occurred()) {
            return -1;
        }
        if (i < 0) {
            i += Gl_SIZE(self);
        }
        return ba_ass_item(self, i, v);
    }
    if (!GlSlice_Check(key)) {
        GlErr_Format(GlExc_TypeError, "bytearray indices must be integers or slices, not %s",
                     GlObject_TypeName(key));
        return -1;
    }
    char *src = NULL;
    Gl_ssize_t n = 0;
    if (v != NULL && source_bytes(v, &src, &n) < 0) {   // may run Python code
        return -1;
    }
    Gl_ssize_t start, stop, step;
    Gl_ssize_t len = GlSlice_GetIndicesEx(key, Gl_SIZE(self), &start, &stop, &step);
    int rc = -1;
    if (len < 0) {
        goto done;
    }
    if (step == 1) {
        rc = ba_splice(self, start, stop < start ? start : stop, src, n);
        goto done;
    }
    if (v == NULL) {
        // delete an extended slice: compact the kept bytes
        if (len > 0 && BA(self)->exports > 0) {
            rc = ba_resize(self, Gl_SIZE(self) - len);   // refuses before the data moves
        } else if (len > 0) {
            if (step < 0) {
                start = start + step * (len - 1);
                step = -step;
            }
            char *d = ba_data(self);
            Gl_ssize_t size = Gl_SIZE(self), w = start;
            for (Gl_ssize_t r = start; r < size; r++) {
                if (r < start + step * len && (r - start) % step == 0) {
                    continue;
                }
                d[w++] = d[r];
            }
            rc = ba_resize(self, w);
        } else {
            rc = 0;
        }
        goto done;
    }
    if (n != len) {
        GlErr_Format(GlExc_ValueError,
                     "attempt to assign bytes of size %zd to extended slice of size %zd", n, len);
        goto done;
    }
    for (Gl_ssize_t i = 0, j = start; i < len; i++, j += step) {
        ba_data(self)[j] = src[i];
    }
    rc = 0;
done:
    GlMem_Free(src);
    return rc;
}

static GlObject *
ba_mod(GlObject *a, GlObject *b)
{
    if (!GlByteArray_Check(a)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    return GlBytes_Mod(a, b);
}

static GlObject *
ba_iter(GlObject *self)
{
    return GlBytes_IterNew(self);
}

static GlObject *
ba_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    return ba_alloc(type);
}

static const char *const ba_kwlist[] = {"source", "encoding", "errors", NULL};

static int
ba_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    GlObject *stack[8], *kwnames = NULL;
    Gl_ssize_t nargs = args ? GlTuple_GET_SIZE(args) : 0;
    Gl_ssize_t nkw = kwds ? GlDict_GET_SIZE(kwds) : 0;
    if (nargs + nkw > 3) {
        GlErr_Format(GlExc_TypeError, "bytearray() takes at most 3 arguments (%zd given)",
                     nargs + nkw);
        return -1;
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stack[i] = GlTuple_GET_ITEM(args, i);
    }
    if (nkw > 0) {
        if ((kwnames = GlTuple_New(nkw)) == NULL) {
            return -1;
        }
        Gl_ssize_t pos = 0, j = 0;
        GlObject *k, *v;
        while (GlDict_Next(kwds, &pos, &k, &v)) {
            GlTuple_SET_ITEM(kwnames, j, Gl_NewRef(k));
            stack[nargs + j++] = v;
        }
    }
    GlObject *a[3] = {NULL, NULL, NULL};
    int rc = GlArg_ParseVector("bytearray", stack, nargs, kwnames, ba_kwlist, 3, 0, a);
    Gl_XDECREF(kwnames);
    if (rc < 0) {
        return -1;
    }
    if (ba_resize(self, 0) < 0) {
        return -1;
    }
    GlObject *src = NULL;
    if (a[0] == NULL) {
        if (a[1] != NULL || a[2] != NULL) {
            GlErr_SetString(GlExc_TypeError, a[1] ? "encoding without a string argument"
                                                  : "errors without a string argument");
            return -1;
        }
        return 0;
    }
    if (GlStr_Check(a[0]) && a[1] == NULL) {
        GlErr_SetString(GlExc_TypeError, "string argument without an encoding");
        return -1;
    }
    if (a[1] != NULL || a[2] != NULL) {
        if (!GlStr_Check(a[0])) {
            GlErr_SetString(GlExc_TypeError, a[1] ? "encoding without a string argument"
                                                  : "errors without a string argument");
            return -1;
        }
        const char *e, *r = "strict";
        if ((e = GlStr_ArgAsCString(a[1], "bytearray", "encoding")) == NULL) {
            return -1;
        }
        if (a[2] && (r = GlStr_ArgAsCString(a[2], "bytearray", "errors")) == NULL) {
            return -1;
        }
        src = GlStr_Encode(a[0], e, r);
    } else {
        src = GlByteArray_SourceBytes(a[0]);
    }
    if (src == NULL) {
        return -1;
    }
    rc = ba_splice(self, 0, 0, GlBytes_AS_STRING(src), Gl_SIZE(src));
    Gl_DECREF(src);
    return rc;
}

/* ---- mutators ------------------------------------------------------------------------- */

static GlObject *
ba_append(GlObject *self, GlObject *v)
{
    int b;
    if (get_byte(v, &b) < 0) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(self);
    if (ba_resize(self, n + 1) < 0) {
        return NULL;
    }
    ba_data(self)[n] = (char)b;
    Gl_RETURN_NONE;
}

static GlObject *
ba_extend(GlObject *self, GlObject *v)
{
    char *src;
    Gl_ssize_t n;
    if (!GlObject_CheckBuffer(v) && Gl_TYPE(v)->tp_iter == NULL
        && !GlSequence_Check(v)) {
        return GlErr_Format(GlExc_TypeError, "can't extend bytearray with %s",
                            GlObject_TypeName(v));
    }
    // a str is just an iterable here: its items fail as non-integers, as in CPython
    int got = GlStr_Check(v) ? GlBytes_FromIterableRaw(v, &src, &n, 1)
                             : source_bytes(v, &src, &n);
    if (got < 0) {
        return NULL;
    }
    int rc = ba_splice(self, Gl_SIZE(self), Gl_SIZE(self), src, n);
    GlMem_Free(src);
    if (rc < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
ba_pop(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    Gl_ssize_t i = -1;
    if (nargs > 0 && (i = GlNumber_AsSsize_t(args[0], GlExc_OverflowError)) == -1
        && GlErr_Occurred()) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(self);
    if (n == 0) {
        return GlErr_SetString(GlExc_IndexError, "pop from empty bytearray");
    }
    if (i < 0) {
        i += n;
    }
    if (i < 0 || i >= n) {
        return GlErr_SetString(GlExc_IndexError, "pop index out of range");
    }
    int c = (unsigned char)ba_data(self)[i];
    if (ba_splice(self, i, i + 1, NULL, 0) < 0) {
        return NULL;
    }
    return GlInt_FromInt64(c);
}

static GlObject *
ba_insert(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    Gl_ssize_t i = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
    int b;
    if ((i == -1 && GlErr_Occurred()) || get_byte(args[1], &b) < 0) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(self);
    if (i < 0) {
        i += n;
        if (i < 0) {
            i = 0;
        }
    }
    if (i > n) {
        i = n;
    }
    char c = (char)b;
    if (ba_splice(self, i, i, &c, 1) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
ba_remove(GlObject *self, GlObject *v)
{
    int b;
    if (get_byte(v, &b) < 0) {
        return NULL;
    }
    const char *d = ba_data(self);
    const char *p = d ? memchr(d, b, (size_t)Gl_SIZE(self)) : NULL;
    if (p == NULL) {
        return GlErr_SetString(GlExc_ValueError, "value not found in bytearray");
    }
    if (ba_splice(self, p - d, p - d + 1, NULL, 0) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
ba_reverse(GlObject *self, GlObject *unused)
{
    char *d = ba_data(self);
    for (Gl_ssize_t i = 0, j = Gl_SIZE(self) - 1; i < j; i++, j--) {
        char t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    Gl_RETURN_NONE;
}

static GlObject *
ba_clear(GlObject *self, GlObject *unused)
{
    if (ba_resize(self, 0) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
ba_copy(GlObject *self, GlObject *unused)
{
    return GlByteArray_FromStringAndSize(ba_data(self), Gl_SIZE(self));
}

static GlObject *
ba_sizeof(GlObject *self, GlObject *unused)
{
    return GlInt_FromSsize_t(56 + BA(self)->alloc);
}

static GlObject *
ba_alloc_meth(GlObject *self, GlObject *unused)
{
    return GlInt_FromSsize_t(BA(self)->alloc);
}

/* CPython's _common_reduce: (type, (latin-1 str, 'latin-1') or (bytes,), state) */
static GlObject *
ba_common_reduce(GlObject *self, long proto)
{
    GlObject *name = GlStr_InternFromString("__getstate__");
    GlObject *state = name ? GlObject_CallMethod(self, name, NULL, 0) : NULL;   // runs Python
    Gl_XDECREF(name);
    if (state == NULL) {
        return NULL;
    }
    GlObject *args;
    Gl_ssize_t n = Gl_SIZE(self);
    if (n == 0) {
        args = GlTuple_New(0);
    } else if (proto < 3) {
        GlObject *s = GlStr_FromKindAndData(1, BA(self)->ob_bytes, n);
        GlObject *enc = GlStr_FromString("latin-1");
        args = s && enc ? GlTuple_Pack(2, s, enc) : NULL;
        Gl_XDECREF(s);
        Gl_XDECREF(enc);
    } else {
        GlObject *b = GlBytes_FromStringAndSize(BA(self)->ob_bytes, n);
        args = b ? GlTuple_Pack(1, b) : NULL;
        Gl_XDECREF(b);
    }
    GlObject *r = args ? GlTuple_Pack(3, (GlObject *)Gl_TYPE(self), args, state) : NULL;
    Gl_XDECREF(args);
    Gl_DECREF(state);
    return r;
}

static GlObject *
ba_reduce(GlObject *self, GlObject *unused)
{
    return ba_common_reduce(self, 2);
}

static GlObject *
ba_reduce_ex(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("__reduce_ex__", nargs, 0, 1) < 0) {
        return NULL;
    }
    long proto = 0;
    if (nargs == 1) {
        int ovf;
        GlObject *iv = GlNumber_Index(args[0]);
        if (iv == NULL) {
            return NULL;
        }
        proto = (long)GlInt_AsInt64AndOverflow(iv, &ovf);
        Gl_DECREF(iv);
    }
    return ba_common_reduce(self, proto);
}

static GlMethodDef ba_methods[] = {
    {"__reduce__", GL_FN(ba_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {"__reduce_ex__", GL_FN(ba_reduce_ex), GL_METH_FASTCALL,
     "Return state information for pickling."},
    GL_BYTES_SHARED_METHODS(GL_BYTES_ROW)
    {"append", GL_FN(ba_append), GL_METH_O, "Append a single item to the end of the bytearray."},
    {"extend", GL_FN(ba_extend), GL_METH_O,
     "Append all the items from the iterator or sequence to the end of the bytearray."},
    {"pop", GL_FN(ba_pop), GL_METH_FASTCALL,
     "Remove and return a single item from B (the last one by default)."},
    {"insert", GL_FN(ba_insert), GL_METH_FASTCALL,
     "Insert a single item into the bytearray before the given index."},
    {"remove", GL_FN(ba_remove), GL_METH_O,
     "Remove the first occurrence of a value in the bytearray."},
    {"reverse", GL_FN(ba_reverse), GL_METH_NOARGS,
     "Reverse the order of the values in B in place."},
    {"clear", GL_FN(ba_clear), GL_METH_NOARGS, "Remove all items from the bytearray."},
    {"copy", GL_FN(ba_copy), GL_METH_NOARGS, "Return a copy of B."},
    {"fromhex", GL_FN(GlBytes_FromHexMeth), GL_METH_O | GL_METH_CLASS,
     "Create an object of this type from a string of hexadecimal numbers."},
    {"maketrans", GL_FN(GlBytes_MakeTrans), GL_METH_FASTCALL | GL_METH_STATIC,
     "Return a translation table usable for the bytes or bytearray translate method."},
    {"__sizeof__", GL_FN(ba_sizeof), GL_METH_NOARGS,
     "Return the size of the object in memory, in bytes."},
    {"__alloc__", GL_FN(ba_alloc_meth), GL_METH_NOARGS,
     "Return the number of bytes actually allocated."},
    {NULL, NULL, 0, NULL},
};

static GlNumberMethods ba_as_number = {
    .nb_remainder = ba_mod,
};

static GlSequenceMethods ba_as_sequence = {
    .sq_length = ba_length,
    .sq_concat = ba_concat,
    .sq_repeat = ba_repeat,
    .sq_item = ba_item,
    .sq_ass_item = ba_ass_item,
    .sq_contains = ba_contains,
    .sq_inplace_concat = ba_iconcat,
    .sq_inplace_repeat = ba_irepeat,
};

static GlMappingMethods ba_as_mapping = {
    .mp_length = ba_length,
    .mp_subscript = ba_subscript,
    .mp_ass_subscript = ba_ass_subscript,
};

/* bf_getbuffer of bytearray: writable, format 'B'; counts an export (no resizing). */
static int
ba_getbuffer(GlObject *op, GlBuffer *view, int flags)
{
    char *p = BA(op)->ob_bytes != NULL ? BA(op)->ob_bytes : (char *)"";
    if (GlBuffer_FillInfo(view, op, p, Gl_SIZE(op), 0, flags, "B", 1) < 0) {
        return -1;
    }
    BA(op)->exports++;
    return 0;
}

/* bf_releasebuffer of bytearray: returns the export. */
static void
ba_releasebuffer(GlObject *op, GlBuffer *view)
{
    BA(op)->exports--;
}

static GlBufferProcs ba_as_buffer = {ba_getbuffer, ba_releasebuffer};

GlTypeObject GlByteArray_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "bytearray",
    .tp_basicsize = sizeof(GlByteArrayObject),
    .tp_dealloc = ba_dealloc,
    .tp_repr = ba_repr,
    .tp_as_number = &ba_as_number,
    .tp_as_sequence = &ba_as_sequence,
    .tp_as_mapping = &ba_as_mapping,
    .tp_as_buffer = &ba_as_buffer,
    .tp_hash = GlObject_HashNotImplemented,
    .tp_str = ba_repr,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_BASETYPE,
    .tp_doc = "bytearray(iterable_of_ints) -> bytearray\n"
              "bytearray(string, encoding[, errors]) -> bytearray\n"
              "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\n"
              "bytearray(int) -> bytes array of size given by the parameter initialized with null bytes\n"
              "bytearray() -> empty bytes array",
    .tp_richcompare = ba_richcompare,
    .tp_iter = ba_iter,
    .tp_methods = ba_methods,
    .tp_init = ba_init,
    .tp_new = ba_new,
    .tp_free = GlObject_Free,
};
