/* memoryview.c - the built-in memoryview over any buffer exporter (bytes, bytearray,
 * array.array): 1-D views with slicing (shared memory, any step), item/slice
 * assignment, cast to the native single-character struct formats, release and the
 * context-manager protocol. A C-contiguous memoryview is itself an exporter.
 *
 * Invariants:
 * - obj is the exporter (never a memoryview: views of views and slices point at the
 *   same exporter); NULL exactly when the view is released.
 * - While the view is unreleased it holds one export of obj (bf_getbuffer, returned by
 *   bf_releasebuffer in mv_drop), so a bytearray or array refuses to resize and buf
 *   stays valid.
 * - buf + i * stride for 0 <= i < len addresses item i (itemsize bytes); buf may be
 *   NULL only when len == 0. ndim is always 1.
 * Ownership: obj is a strong reference, dropped (and the export returned) by
 * release(), tp_clear and dealloc.
 * CPython behaviour matched: Objects/memoryobject.c of 3.11 for these formats and
 * messages; casts with a shape argument and the 'e' format are not supported.
 */
#include "str_internal.h"

typedef struct GlMemoryViewObject {
    GlObject ob_base;
    GlObject *obj;            // exporter (bytes/bytearray/array), owned; NULL once released
    char *buf;                // address of item 0
    Gl_ssize_t len;           // number of items (shape[0])
    Gl_ssize_t stride;        // bytes from one item to the next (may be negative)
    Gl_ssize_t itemsize;      // bytes per item, matches fmt
    char fmt;                 // native struct format character
    char at;                  // 1 when the format was given as "@<fmt>" (only in .format)
    int readonly;             // 1 for bytes exporters and toreadonly() views
    Gl_hash_t hash;           // -1 until computed
    GlObject *weakreflist;    // weak references, NULL if none
} GlMemoryViewObject;

/* A borrowed description of the data of a bytes, bytearray or memoryview. */
typedef struct {
    char *buf;
    Gl_ssize_t len, stride, itemsize;
    char fmt;
    int readonly;             // the exporter's data is read-only (filled by mv_region)
} MvRegion;

static inline GlMemoryViewObject *
MV(GlObject *o)
{
    return (GlMemoryViewObject *)o;
}

static GlObject *
mv_released_error(void)
{
    return GlErr_SetString(GlExc_ValueError,
                           "operation forbidden on released memoryview object");
}

#define MV_CHECK_RELEASED(o)                                                    \
    do {                                                                        \
        if (MV(o)->obj == NULL) {                                               \
            return mv_released_error();                                         \
        }                                                                       \
    } while (0)

static Gl_ssize_t
fmt_itemsize(char f)
{
    switch (f) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': return (Gl_ssize_t)sizeof(long);
    case 'q': case 'Q': case 'd': return 8;
    case 'n': case 'N': return (Gl_ssize_t)sizeof(size_t);
    case 'P': return (Gl_ssize_t)sizeof(void *);
    default: return 0;
    }
}

static int
fmt_is_byte(char f)
{
    return f == 'b' || f == 'B' || f == 'c';
}

static int
mv_is_contiguous(GlMemoryViewObject *m)
{
    return m->len <= 1 || m->stride == m->itemsize;
}

/* Fills r from a bytes, bytearray or memoryview: 1, 0 when o is none of them (no error),
   -1 with ValueError for a released memoryview. */
static int
mv_region(GlObject *o, MvRegion *r)
{
    if (GlMemoryView_Check(o)) {
        GlMemoryViewObject *m = MV(o);
        if (m->obj == NULL) {
            mv_released_error();
            return -1;
        }
        *r = (MvRegion){m->buf, m->len, m->stride, m->itemsize, m->fmt};
        return 1;
    }
    if (GlBytes_Check(o)) {
        *r = (MvRegion){GlBytes_AS_STRING(o), Gl_SIZE(o), 1, 1, 'B', 1};
        return 1;
    }
    if (GlByteArray_Check(o)) {
        *r = (MvRegion){((GlByteArrayObject *)o)->ob_bytes, Gl_SIZE(o), 1, 1, 'B', 0};
        return 1;
    }
    if (GlObject_CheckBuffer(o)) {
        // another exporter (array): a borrowed description, valid while o is not resized
        GlBuffer v;
        if (GlObject_GetBuffer(o, &v, GL_BUF_SIMPLE) < 0) {
            return -1;
        }
        Gl_ssize_t isz = v.itemsize > 0 ? v.itemsize : 1;
        *r = (MvRegion){v.buf, v.len / isz, isz, isz, v.format[0], v.readonly};
        GlBuffer_Release(&v);
        return 1;
    }
    return 0;
}

/* A new tracked view on exporter obj (bytes, bytearray, array: never a memoryview),
   holding one export of obj (bf_getbuffer) until released. New reference. */
static GlObject *
mv_make(GlObject *obj, const MvRegion *r, int readonly) GL_NEWREF
{
    GlBuffer export;
    if (GlObject_GetBuffer(obj, &export, GL_BUF_SIMPLE) < 0) {
        return NULL;
    }
    GlMemoryViewObject *m = (GlMemoryViewObject *)GlObject_GC_New(&GlMemoryView_Type, 0);
    if (m == NULL) {
        GlBuffer_Release(&export);
        return NULL;
    }
    m->obj = export.obj;   // the export's strong reference moves into the view
    m->buf = r->buf;
    m->len = r->len;
    m->stride = r->stride;
    m->itemsize = r->itemsize;
    m->fmt = r->fmt;
    m->readonly = readonly;
    m->at = 0;
    m->hash = -1;
    m->weakreflist = NULL;
    GlObject_GC_Track(m);
    return (GlObject *)m;
}

/* A new view on the same exporter as m, keeping m's format spelling. New reference. */
static GlObject *
mv_derive(GlMemoryViewObject *m, const MvRegion *r, int readonly) GL_NEWREF
{
    GlObject *res = mv_make(m->obj, r, readonly);
    if (res != NULL) {
        MV(res)->at = m->at;
    }
    return res;
}

/* Drops the exporter and its export; no Python code beyond the exporter's dealloc. */
static void
mv_drop(GlMemoryViewObject *m)
{
    GlObject *obj = m->obj;
    if (obj == NULL) {
        return;
    }
    m->obj = NULL;
    m->buf = NULL;
    GlBuffer export = {.buf = NULL, .obj = obj};
    GlBuffer_Release(&export);   // bf_releasebuffer, then drops obj   // may run Python code (a bytearray subclass's __del__)
}

/* Copies the items of r into out (r->len * r->itemsize bytes), in logical order. */
static void
region_copy(const MvRegion *r, char *out)
{
    if (r->len == 0) {
        return;
    }
    if (r->stride == r->itemsize) {
        memcpy(out, r->buf, (size_t)(r->len * r->itemsize));
        return;
    }
    for (Gl_ssize_t i = 0; i < r->len; i++) {
        memcpy(out + i * r->itemsize, r->buf + i * r->stride, (size_t)r->itemsize);
    }
}

/* The item at p as a Python object. New reference. */
static GlObject *
unpack_item(const char *p, char f) GL_NEWREF
{
#define LOAD(T) T v; memcpy(&v, p, sizeof(T))
    switch (f) {
    case 'B': { LOAD(unsigned char); return GlInt_FromInt64(v); }
    case 'b': { LOAD(signed char); return GlInt_FromInt64(v); }
    case 'c': return GlBytes_FromStringAndSize(p, 1);
    case '?': { LOAD(unsigned char); return GlBool_FromLong(v != 0); }
    case 'h': { LOAD(short); return GlInt_FromInt64(v); }
    case 'H': { LOAD(unsigned short); return GlInt_FromInt64(v); }
    case 'i': { LOAD(int); return GlInt_FromInt64(v); }
    case 'I': { LOAD(unsigned int); return GlInt_FromInt64(v); }
    case 'l': { LOAD(long); return GlInt_FromInt64(v); }
    case 'L': { LOAD(unsigned long); return GlInt_FromUInt64(v); }
    case 'q': { LOAD(long long); return GlInt_FromInt64(v); }
    case 'Q': { LOAD(unsigned long long); return GlInt_FromUInt64(v); }
    case 'n': { LOAD(Gl_ssize_t); return GlInt_FromInt64(v); }
    case 'N': { LOAD(size_t); return GlInt_FromUInt64(v); }
    case 'P': { LOAD(uintptr_t); return GlInt_FromUInt64(v); }
    case 'f': { LOAD(float); return GlFloat_FromDouble(v); }
    case 'd': { LOAD(double); return GlFloat_FromDouble(v); }
    default:
        return GlErr_Format(GlExc_NotImplementedError,
                            "memoryview: format %c not supported", f);
    }
#undef LOAD
}

/* CPython's fix_error_int: TypeError -> invalid type, Overflow/ValueError -> invalid value. */
static int
pack_error(char f)
{
    if (GlErr_ExceptionMatches(GlExc_TypeError)) {
        GlErr_Clear();
        GlErr_Format(GlExc_TypeError, "memoryview: invalid type for format '%c'", f);
    } else if (GlErr_ExceptionMatches(GlExc_OverflowError)
               || GlErr_ExceptionMatches(GlExc_ValueError)) {
        GlErr_Clear();
        GlErr_Format(GlExc_ValueError, "memoryview: invalid value for format '%c'", f);
    }
    return -1;
}

/* Converts an integer item for format f into *out (raw bits of the C value). */
static int
pack_integer(GlObject *item, char f, unsigned char out[8])
{
    GlObject *idx = GlNumber_Index(item);   // may run Python code (__index__)
    if (idx == NULL) {
        return pack_error(f);
    }
    int ovf = 0;
    int64_t v = GlInt_AsInt64AndOverflow(idx, &ovf);
    uint64_t u = (uint64_t)v;
    int isunsigned = f == 'B' || f == 'H' || f == 'I' || f == 'L' || f == 'Q' || f == 'N'
                     || f == 'P';
    if (ovf > 0 && isunsigned && fmt_itemsize(f) == 8) {
        // values in [2**63, 2**64) for 64-bit unsigned formats
        GlObject *lim = GlInt_FromUInt64(UINT64_MAX);
        int le = lim == NULL ? -1 : GlObject_RichCompareBool(idx, lim, Gl_LE);
        Gl_XDECREF(lim);
        if (le < 0) {
            Gl_DECREF(idx);
            return -1;
        }
        if (le) {
            lim = GlInt_FromUInt64(UINT64_MAX);
            GlObject *neg = lim == NULL ? NULL : GlNumber_Subtract(idx, lim);
            Gl_XDECREF(lim);
            // idx - (2**64 - 1) lies in [-(2**63 - 1), 0]: u = UINT64_MAX + that
            int64_t d = neg == NULL ? 0 : GlInt_AsInt64(neg);
            Gl_XDECREF(neg);
            if (neg == NULL) {
                Gl_DECREF(idx);
                return -1;
            }
            u = UINT64_MAX + (uint64_t)d;
            ovf = 0;
            v = 0;
        }
    }
    Gl_DECREF(idx);
    Gl_ssize_t size = fmt_itemsize(f);
    int bad = ovf != 0;
    if (!bad && isunsigned) {
        bad = (v < 0 && !(size == 8 && u > (uint64_t)INT64_MAX && v == 0))
              || (size < 8 && u >= ((uint64_t)1 << (size * 8)));
    } else if (!bad && size < 8) {
        int64_t lim = (int64_t)1 << (size * 8 - 1);
        bad = v < -lim || v >= lim;
    }
    if (bad) {
        GlErr_Format(GlExc_ValueError, "memoryview: invalid value for format '%c'", f);
        return -1;
    }
    // the low `size` bytes of the two's-complement value, in native order
    uint8_t b8 = (uint8_t)u;
    uint16_t b16 = (uint16_t)u;
    uint32_t b32 = (uint32_t)u;
    switch (size) {
    case 1: memcpy(out, &b8, 1); break;
    case 2: memcpy(out, &b16, 2); break;
    case 4: memcpy(out, &b32, 4); break;
    default: memcpy(out, &u, 8); break;
    }
    return 0;
}

/* Stores item at p for format f: 0, or -1 with CPython's pack_single errors.
   May run Python code (__index__, __float__, __bool__). */
static int
pack_item(char *p, GlObject *item, char f)
{
    unsigned char tmp[8];
    Gl_ssize_t size = fmt_itemsize(f);
    if (f == 'c') {
        if (!GlBytes_Check(item)) {
            GlErr_Format(GlExc_TypeError, "memoryview: invalid type for format '%c'", f);
            return -1;
        }
        if (Gl_SIZE(item) != 1) {
            GlErr_Format(GlExc_ValueError, "memoryview: invalid value for format '%c'", f);
            return -1;
        }
        tmp[0] = (unsigned char)GlBytes_AS_STRING(item)[0];
    } else if (f == '?') {
        int t = GlObject_IsTrue(item);   // may run Python code
        if (t < 0) {
            return -1;
        }
        tmp[0] = (unsigned char)t;
    } else if (f == 'f' || f == 'd') {
        double d = GlFloat_AsDouble(item);   // may run Python code
        if (d == -1.0 && GlErr_Occurred()) {
            return pack_error(f);
        }
        float fl = (float)d;
        if (f == 'f') {
            memcpy(tmp, &fl, 4);
        } else {
            memcpy(tmp, &d, 8);
        }
    } else if (pack_integer(item, f, tmp) < 0) {
        return -1;
    }
    memcpy(p, tmp, (size_t)size);
    return 0;
}

/* Resolves an index key to an item address, or NULL with IndexError/TypeError. */
static char *
mv_item_ptr(GlMemoryViewObject *m, Gl_ssize_t i)
{
    if (i < 0) {
        i += m->len;
    }
    if (i < 0 || i >= m->len) {
        GlErr_SetString(GlExc_IndexError, "index out of bounds on dimension 1");
        return NULL;
    }
    return m->buf + i * m->stride;
}

/* ---- functions other files call ------------------------------------------------------ */

int
GlMemoryView_AsContiguous(GlObject *mv, const char **data, Gl_ssize_t *len)
{
    GlMemoryViewObject *m = MV(mv);
    if (m->obj == NULL) {
        mv_released_error();
        return -1;
    }
    if (!mv_is_contiguous(m)) {
        GlErr_SetString(GlExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    *data = m->buf != NULL ? m->buf : "";
    *len = m->len * m->itemsize;
    return 0;
}

GlObject *
GlMemoryView_ToBytes(GlObject *mv) GL_NEWREF
{
    MvRegion r;
    if (mv_region(mv, &r) < 0) {
        return NULL;
    }
    GlObject *b = GlBytes_FromStringAndSize(NULL, r.len * r.itemsize);
    if (b != NULL) {
        region_copy(&r, GlBytes_AS_STRING(b));
    }
    return b;
}

/* ---- slots ----------------------------------------------------------------------------- */

static void
mv_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    if (MV(op)->weakreflist != NULL) {
        GlObject_ClearWeakRefs(op);
    }
    mv_drop(MV(op));
    GlObject_GC_Del(op);
}

static GlObject *
mv_repr(GlObject *op)
{
    char buf[64];
    snprintf(buf, sizeof(buf), MV(op)->obj == NULL ? "<released memory at %p>"
                                                   : "<memory at %p>", (void *)op);
    return GlStr_FromString(buf);
}

static Gl_hash_t
mv_hash(GlObject *op)
{
    GlMemoryViewObject *m = MV(op);
    if (m->hash != -1) {
        return m->hash;
    }
    if (m->obj == NULL) {
        mv_released_error();
        return -1;
    }
    if (!m->readonly) {
        GlErr_SetString(GlExc_ValueError, "cannot hash writable memoryview object");
        return -1;
    }
    if (!fmt_is_byte(m->fmt)) {
        GlErr_SetString(GlExc_ValueError,
                        "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        return -1;
    }
    GlObject *b = GlMemoryView_ToBytes(op);
    if (b == NULL) {
        return -1;
    }
    m->hash = GlHash_Bytes(GlBytes_AS_STRING(b), Gl_SIZE(b));
    Gl_DECREF(b);
    return m->hash;
}

static int
mv_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(MV(op)->obj);
    return 0;
}

static int
mv_clear(GlObject *op)
{
    mv_drop(MV(op));
    return 0;
}

/* Item-by-item equality of two regions: 1, 0, or -1. May run Python code (float
   and mixed-format comparisons go through objects). */
static int
region_equal(const MvRegion *a, const MvRegion *b)
{
    if (a->len != b->len) {
        return 0;
    }
    int raw = a->fmt == b->fmt && a->fmt != 'f' && a->fmt != 'd';
    for (Gl_ssize_t i = 0; i < a->len; i++) {
        const char *pa = a->buf + i * a->stride, *pb = b->buf + i * b->stride;
        if (raw) {
            if (memcmp(pa, pb, (size_t)a->itemsize) != 0) {
                return 0;
            }
            continue;
        }
        GlObject *x = unpack_item(pa, a->fmt), *y = x ? unpack_item(pb, b->fmt) : NULL;
        int eq = y == NULL ? -1 : GlObject_RichCompareBool(x, y, Gl_EQ);
        Gl_XDECREF(x);
        Gl_XDECREF(y);
        if (eq <= 0) {
            return eq;
        }
    }
    return 1;
}

static GlObject *
mv_richcompare(GlObject *v, GlObject *w, int op)
{
    if (op != Gl_EQ && op != Gl_NE) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    if ((GlMemoryView_Check(v) && MV(v)->obj == NULL)
        || (GlMemoryView_Check(w) && MV(w)->obj == NULL)) {
        return GlBool_FromLong((v == w) == (op == Gl_EQ));
    }
    MvRegion a, b;
    int fa = mv_region(v, &a), fb = fa <= 0 ? fa : mv_region(w, &b);
    if (fa < 0 || fb < 0) {
        return NULL;
    }
    if (fa == 0 || fb == 0) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    // hold both operands: comparing float items runs code that could release them
    Gl_INCREF(v);
    Gl_INCREF(w);
    int eq = region_equal(&a, &b);
    Gl_DECREF(v);
    Gl_DECREF(w);
    if (eq < 0) {
        return NULL;
    }
    return GlBool_FromLong(eq == (op == Gl_EQ));
}

static GlObject *
mv_iter(GlObject *op);

static Gl_ssize_t
mv_length(GlObject *op)
{
    if (MV(op)->obj == NULL) {
        mv_released_error();
        return -1;
    }
    return MV(op)->len;
}

static GlObject *
mv_item(GlObject *op, Gl_ssize_t i)
{
    MV_CHECK_RELEASED(op);
    GlMemoryViewObject *m = MV(op);
    if (i < 0 || i >= m->len) {
        return GlErr_SetString(GlExc_IndexError, "index out of bounds on dimension 1");
    }
    return unpack_item(m->buf + i * m->stride, m->fmt);
}

static GlObject *
mv_subscript(GlObject *op, GlObject *key)
{
    MV_CHECK_RELEASED(op);
    GlMemoryViewObject *m = MV(op);
    if (GlIndex_Check(key)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(key, GlExc_IndexError);   // may run Python code
        if (i == -1 && GlErr_Occurred()) {
            return NULL;
        }
        MV_CHECK_RELEASED(op);
        char *p = mv_item_ptr(m, i);
        return p == NULL ? NULL : unpack_item(p, m->fmt);
    }
    if (!GlSlice_Check(key)) {
        return GlErr_SetString(GlExc_TypeError, "memoryview: invalid slice key");
    }
    Gl_ssize_t start, stop, step;
    Gl_ssize_t n = GlSlice_GetIndicesEx(key, m->len, &start, &stop, &step);
    if (n < 0) {
        return NULL;
    }
    MV_CHECK_RELEASED(op);
    MvRegion r = {m->buf == NULL ? NULL : m->buf + start * m->stride, n, m->stride * step,
                  m->itemsize, m->fmt};
    if (n == 0) {
        r.buf = m->buf;
    }
    return mv_derive(m, &r, m->readonly);
}

/* m[key] = value for a slice key: value's structure must match exactly. */
static int
mv_ass_slice(GlMemoryViewObject *m, GlObject *key, GlObject *value)
{
    MvRegion src;
    int k = mv_region(value, &src);
    if (k <= 0) {
        if (k == 0) {
            GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%s'",
                         GlObject_TypeName(value));
        }
        return -1;
    }
    Gl_ssize_t start, stop, step;
    Gl_ssize_t n = GlSlice_GetIndicesEx(key, m->len, &start, &stop, &step);
    if (n < 0) {
        return -1;
    }
    if (m->obj == NULL || mv_region(value, &src) < 0) {   // re-read after __index__
        if (m->obj == NULL) {
            mv_released_error();
        }
        return -1;
    }
    if (src.fmt != m->fmt || src.len != n) {
        GlErr_SetString(GlExc_ValueError,
                        "memoryview assignment: lvalue and rvalue have different structures");
        return -1;
    }
    // copy through a temporary: source and destination may overlap
    char *tmp = GlMem_Malloc((size_t)(n * m->itemsize) + 1);
    if (tmp == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    region_copy(&src, tmp);
    for (Gl_ssize_t i = 0; i < n; i++) {
        memcpy(m->buf + (start + i * step) * m->stride, tmp + i * m->itemsize,
               (size_t)m->itemsize);
    }
    GlMem_Free(tmp);
    return 0;
}

static int
mv_ass_subscript(GlObject *op, GlObject *key, GlObject *value)
{
    GlMemoryViewObject *m = MV(op);
    if (m->obj == NULL) {
        mv_released_error();
        return -1;
    }
    if (m->readonly) {
        GlErr_SetString(GlExc_TypeError, "cannot modify read-only memory");
        return -1;
    }
    if (value == NULL) {
        GlErr_SetString(GlExc_TypeError, "cannot delete memory");
        return -1;
    }
    if (GlIndex_Check(key)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(key, GlExc_IndexError);   // may run Python code
        if (i == -1 && GlErr_Occurred()) {
            return -1;
        }
        /* Convert first (may run Python code), then locate and store. */
        unsigned char tmp[8];
        MvRegion tr = {(char *)tmp, 1, 0, m->itemsize, m->fmt};
        if (pack_item(tr.buf, value, m->fmt) < 0) {
            return -1;
        }
        if (m->obj == NULL) {
            mv_released_error();
            return -1;
        }
        char *p = mv_item_ptr(m, i);
        if (p == NULL) {
            return -1;
        }
        memcpy(p, tmp, (size_t)m->itemsize);
        return 0;
    }
    if (GlSlice_Check(key)) {
        return mv_ass_slice(m, key, value);
    }
    GlErr_SetString(GlExc_TypeError, "memoryview: invalid slice key");
    return -1;
}

static int
mv_ass_item(GlObject *op, Gl_ssize_t i, GlObject *value)
{
    GlObject *key = GlInt_FromSsize_t(i);
    if (key == NULL) {
        return -1;
    }
    int r = mv_ass_subscript(op, key, value);
    Gl_DECREF(key);
    return r;
}

static const char *const mv_kwlist[] = {"object", NULL};

static GlObject *
mv_from_object(GlObject *o) GL_NEWREF
{
    if (GlMemoryView_Check(o)) {
        GlMemoryViewObject *m = MV(o);
        MV_CHECK_RELEASED(o);
        MvRegion r = {m->buf, m->len, m->stride, m->itemsize, m->fmt};
        return mv_derive(m, &r, m->readonly);
    }
    MvRegion r;
    int found = mv_region(o, &r);
    if (found < 0) {
        return NULL;
    }
    if (found == 0) {
        return GlErr_Format(GlExc_TypeError,
                            "memoryview: a bytes-like object is required, not '%s'",
                            GlObject_TypeName(o));
    }
    return mv_make(o, &r, r.readonly);
}

static GlObject *
mv_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    (void)type;
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("memoryview", args, GlVectorcall_NARGS(nargsf), kwnames, mv_kwlist,
                          1, 1, a) < 0) {
        return NULL;
    }
    return mv_from_object(a[0]);
}

static GlObject *
mv_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlObject *vec[1] = {NULL};
    Gl_ssize_t nargs = GlTuple_GET_SIZE(args);
    if (nargs > 1) {
        return GlErr_Format(GlExc_TypeError,
                            "memoryview() takes at most 1 argument (%zd given)", nargs);
    }
    if (nargs == 1) {
        vec[0] = GlTuple_GET_ITEM(args, 0);
    }
    if (kwds != NULL && GlDict_Size(kwds) > 0) {
        GlObject *o = GlDict_GetItemString(kwds, "object");
        if (o == NULL || GlDict_Size(kwds) > 1 || nargs == 1) {
            return GlErr_SetString(GlExc_TypeError,
                                   "memoryview() got an unexpected keyword argument");
        }
        vec[0] = o;
        nargs = 1;
    }
    if (nargs == 0 || vec[0] == NULL) {
        return GlErr_SetString(GlExc_TypeError,
                               "memoryview() missing required argument 'object' (pos 1)");
    }
    return mv_from_object(vec[0]);
}

/* ---- methods --------------------------------------------------------------------------- */

static GlObject *
mv_release(GlObject *op, GlObject *unused)
{
    (void)unused;
    mv_drop(MV(op));   // may run Python code
    Gl_RETURN_NONE;
}

static GlObject *
mv_enter(GlObject *op, GlObject *unused)
{
    (void)unused;
    MV_CHECK_RELEASED(op);
    return Gl_NewRef(op);
}

static GlObject *
mv_exit(GlObject *op, GlObject *const *args, Gl_ssize_t nargs)
{
    (void)args;
    (void)nargs;
    mv_drop(MV(op));
    Gl_RETURN_NONE;
}

static const char *const tobytes_kw[] = {"order", NULL};

static GlObject *
mv_tobytes(GlObject *op, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("tobytes", args, nargs, kwnames, tobytes_kw, 1, 0, a) < 0) {
        return NULL;
    }
    MV_CHECK_RELEASED(op);
    if (a[0] != NULL && a[0] != Gl_None) {
        if (!GlStr_Check(a[0])) {
            return GlErr_Format(GlExc_TypeError,
                                "tobytes() argument 'order' must be str or None, not %s",
                                GlObject_TypeName(a[0]));
        }
        const char *s = GlStr_AsUTF8(a[0]);
        if (s == NULL) {
            return NULL;
        }
        if (strcmp(s, "C") != 0 && strcmp(s, "F") != 0 && strcmp(s, "A") != 0) {
            return GlErr_SetString(GlExc_ValueError, "order must be 'C', 'F' or 'A'");
        }
    }
    return GlMemoryView_ToBytes(op);
}

static GlObject *
mv_tolist(GlObject *op, GlObject *unused)
{
    (void)unused;
    MV_CHECK_RELEASED(op);
    GlMemoryViewObject *m = MV(op);
    GlObject *l = GlList_New(m->len);
    if (l == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < m->len; i++) {
        GlObject *x = unpack_item(m->buf + i * m->stride, m->fmt);
        if (x == NULL) {
            Gl_DECREF(l);
            return NULL;
        }
        GlList_SET_ITEM(l, i, x);
    }
    return l;
}

static GlObject *
mv_hex(GlObject *op, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    MV_CHECK_RELEASED(op);
    GlObject *b = GlMemoryView_ToBytes(op);
    if (b == NULL) {
        return NULL;
    }
    GlObject *r = GlBytesMeth_hex(b, args, nargs, kwnames);   // may run Python code (sep)
    Gl_DECREF(b);
    return r;
}

static GlObject *
mv_toreadonly(GlObject *op, GlObject *unused)
{
    (void)unused;
    MV_CHECK_RELEASED(op);
    GlMemoryViewObject *m = MV(op);
    MvRegion r = {m->buf, m->len, m->stride, m->itemsize, m->fmt};
    return mv_derive(m, &r, 1);
}

static const char *const cast_kw[] = {"format", "shape", NULL};

static GlObject *
mv_cast(GlObject *op, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("cast", args, nargs, kwnames, cast_kw, 2, 1, a) < 0) {
        return NULL;
    }
    MV_CHECK_RELEASED(op);
    if (!GlStr_Check(a[0])) {
        return GlErr_Format(GlExc_TypeError, "cast() argument 'format' must be str, not %s",
                            GlObject_TypeName(a[0]));
    }
    GlMemoryViewObject *m = MV(op);
    if (!mv_is_contiguous(m)) {
        return GlErr_SetString(GlExc_TypeError,
                               "memoryview: casts are restricted to C-contiguous views");
    }
    if (a[1] != NULL && a[1] != Gl_None) {
        return GlErr_SetString(GlExc_NotImplementedError,
                               "memoryview: cast with a shape is not supported");
    }
    const char *s = GlStr_AsUTF8(a[0]);
    if (s == NULL) {
        return NULL;
    }
    int at = s[0] == '@';
    s += at;
    Gl_ssize_t size = strlen(s) == 1 ? fmt_itemsize(s[0]) : 0;
    if (size == 0) {
        return GlErr_SetString(GlExc_ValueError,
                               "memoryview: destination format must be a native single "
                               "character format prefixed with an optional '@'");
    }
    if (!fmt_is_byte(m->fmt) && !fmt_is_byte(s[0])) {
        return GlErr_SetString(GlExc_TypeError,
                               "memoryview: cannot cast between two non-byte formats");
    }
    Gl_ssize_t nbytes = m->len * m->itemsize;
    if (nbytes % size != 0) {
        return GlErr_SetString(GlExc_TypeError,
                               "memoryview: length is not a multiple of itemsize");
    }
    MvRegion r = {m->buf, nbytes / size, size, size, s[0]};
    GlObject *res = mv_make(m->obj, &r, m->readonly);
    if (res != NULL) {
        MV(res)->at = (char)at;
    }
    return res;
}

/* ---- getters --------------------------------------------------------------------------- */

static GlObject *
mv_get_obj(GlObject *op, void *c)
{
    (void)c;
    MV_CHECK_RELEASED(op);
    return Gl_NewRef(MV(op)->obj);
}

/* The integer attributes: closure selects nbytes/readonly/itemsize/ndim. */
static GlObject *
mv_get_int(GlObject *op, void *c)
{
    MV_CHECK_RELEASED(op);
    GlMemoryViewObject *m = MV(op);
    switch ((int)(intptr_t)c) {
    case 0: return GlInt_FromSsize_t(m->len * m->itemsize);
    case 1: return GlBool_FromLong(m->readonly);
    case 2: return GlInt_FromSsize_t(m->itemsize);
    case 3: return GlInt_FromSsize_t(1);
    default: return GlBool_FromLong(mv_is_contiguous(m));   // the contiguity flags
    }
}

static GlObject *
mv_get_format(GlObject *op, void *c)
{
    (void)c;
    MV_CHECK_RELEASED(op);
    char s[3] = {'@', MV(op)->fmt, 0};
    return GlStr_FromString(MV(op)->at ? s : s + 1);
}

/* shape (closure 0), strides (1), suboffsets (2) as tuples. */
static GlObject *
mv_get_tuple(GlObject *op, void *c)
{
    MV_CHECK_RELEASED(op);
    int which = (int)(intptr_t)c;
    if (which == 2) {
        return GlTuple_New(0);
    }
    GlObject *v = GlInt_FromSsize_t(which == 0 ? MV(op)->len : MV(op)->stride);
    if (v == NULL) {
        return NULL;
    }
    GlObject *t = GlTuple_Pack(1, v);
    Gl_DECREF(v);
    return t;
}

static GlMethodDef mv_methods[] = {
    {"release", GL_FN(mv_release), GL_METH_NOARGS, NULL},
    {"tobytes", GL_FN(mv_tobytes), GL_METH_FASTCALL | GL_METH_KEYWORDS, NULL},
    {"hex", GL_FN(mv_hex), GL_METH_FASTCALL | GL_METH_KEYWORDS, NULL},
    {"tolist", GL_FN(mv_tolist), GL_METH_NOARGS, NULL},
    {"cast", GL_FN(mv_cast), GL_METH_FASTCALL | GL_METH_KEYWORDS, NULL},
    {"toreadonly", GL_FN(mv_toreadonly), GL_METH_NOARGS, NULL},
    {"__enter__", GL_FN(mv_enter), GL_METH_NOARGS, NULL},
    {"__exit__", GL_FN(mv_exit), GL_METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static GlGetSetDef mv_getset[] = {
    {"obj", mv_get_obj, NULL, NULL, NULL},
    {"nbytes", mv_get_int, NULL, NULL, (void *)0},
    {"readonly", mv_get_int, NULL, NULL, (void *)1},
    {"itemsize", mv_get_int, NULL, NULL, (void *)2},
    {"ndim", mv_get_int, NULL, NULL, (void *)3},
    {"contiguous", mv_get_int, NULL, NULL, (void *)4},
    {"c_contiguous", mv_get_int, NULL, NULL, (void *)4},
    {"f_contiguous", mv_get_int, NULL, NULL, (void *)4},
    {"format", mv_get_format, NULL, NULL, NULL},
    {"shape", mv_get_tuple, NULL, NULL, (void *)0},
    {"strides", mv_get_tuple, NULL, NULL, (void *)1},
    {"suboffsets", mv_get_tuple, NULL, NULL, (void *)2},
    {NULL, NULL, NULL, NULL, NULL},
};

static GlSequenceMethods mv_as_sequence = {
    .sq_length = mv_length,
    .sq_item = mv_item,
    .sq_ass_item = mv_ass_item,
};

static GlMappingMethods mv_as_mapping = {
    .mp_length = mv_length,
    .mp_subscript = mv_subscript,
    .mp_ass_subscript = mv_ass_subscript,
};

/* The format string of single-character format f, static storage. */
static const char *
fmt_string(char f)
{
    static const char all[] = "c\0b\0B\0?\0h\0H\0i\0I\0l\0L\0q\0Q\0n\0N\0P\0f\0d\0w\0";
    for (size_t i = 0; i < sizeof(all) - 1; i += 2) {
        if (all[i] == f) {
            return all + i;
        }
    }
    return "B";
}

/* bf_getbuffer: the viewed bytes when C-contiguous (the view itself is the exporter). */
static int
mv_getbuffer(GlObject *op, GlBuffer *view, int flags)
{
    GlMemoryViewObject *m = MV(op);
    if (m->obj == NULL) {
        mv_released_error();
        return -1;
    }
    if (!mv_is_contiguous(m)) {
        GlErr_SetString(GlExc_BufferError, "memoryview: underlying buffer is not C-contiguous");
        return -1;
    }
    return GlBuffer_FillInfo(view, op, m->buf, m->len * m->itemsize, m->readonly, flags,
                             fmt_string(m->fmt), m->itemsize);
}

static GlBufferProcs mv_as_buffer = {mv_getbuffer, NULL};

GlTypeObject GlMemoryView_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "memoryview",
    .tp_basicsize = sizeof(GlMemoryViewObject),
    .tp_dealloc = mv_dealloc,
    .tp_repr = mv_repr,
    .tp_as_sequence = &mv_as_sequence,
    .tp_as_mapping = &mv_as_mapping,
    .tp_as_buffer = &mv_as_buffer,
    .tp_hash = mv_hash,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_doc = "Create a new memoryview object which references the given object.",
    .tp_traverse = mv_traverse,
    .tp_clear = mv_clear,
    .tp_richcompare = mv_richcompare,
    .tp_weaklistoffset = offsetof(GlMemoryViewObject, weakreflist),
    .tp_iter = mv_iter,
    .tp_methods = mv_methods,
    .tp_getset = mv_getset,
    .tp_new = mv_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = mv_vectorcall,
};

/* ---- memory_iterator: holds the view; exhausted iterators drop it ----------------------- */

typedef struct {
    GlObject ob_base;
    GlObject *view;           // the memoryview, owned; NULL once exhausted
    Gl_ssize_t index;         // next item
} MvIterObject;

static GlObject *
mv_iter(GlObject *op)
{
    MV_CHECK_RELEASED(op);
    MvIterObject *it = (MvIterObject *)GlObject_GC_New(&GlMemoryViewIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->view = Gl_NewRef(op);
    it->index = 0;
    GlObject_GC_Track(it);
    return (GlObject *)it;
}

static void
mviter_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    Gl_XDECREF(((MvIterObject *)op)->view);
    GlObject_GC_Del(op);
}

static int
mviter_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((MvIterObject *)op)->view);
    return 0;
}

static GlObject *
mviter_next(GlObject *op)
{
    MvIterObject *it = (MvIterObject *)op;
    GlObject *v = it->view;
    if (v == NULL) {
        return NULL;
    }
    MV_CHECK_RELEASED(v);
    if (it->index < MV(v)->len) {
        GlMemoryViewObject *m = MV(v);
        return unpack_item(m->buf + it->index++ * m->stride, m->fmt);
    }
    it->view = NULL;
    Gl_DECREF(v);
    return NULL;
}

static GlObject *
mviter_self(GlObject *op)
{
    return Gl_NewRef(op);
}

GlTypeObject GlMemoryViewIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "memory_iterator",
    .tp_basicsize = sizeof(MvIterObject),
    .tp_dealloc = mviter_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = mviter_traverse,
    .tp_iter = mviter_self,
    .tp_iternext = mviter_next,
    .tp_free = GlObject_GC_Del,
};
