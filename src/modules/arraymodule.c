/* arraymodule.c - the array module: array.array, compact sequences of C numbers
 * (typecodes b B u h H i I l L q Q f d), a buffer exporter in the typecode's struct
 * format ('w' for 'u'), and array._array_reconstructor for pickling.
 *
 * Invariants:
 * - ob_item holds `allocated` >= Gl_SIZE items of ob_descr->itemsize bytes (NULL when
 *   allocated == 0); items are stored in native byte order.
 * - While ob_exports > 0 (live memoryviews, buffers) array_resize refuses any change of
 *   size with BufferError, so ob_item neither moves nor shrinks under an exporter.
 * - The array holds no object references: the type is not collected by the GC (heap
 *   subclasses are, for their __dict__).
 * Ownership: every function here that returns GlObject * returns a new reference (or
 * NULL with an exception); the descriptors' getitem functions too.
 * CPython behaviour matched: Modules/arraymodule.c of 3.11 (messages, growth, repr,
 * the machine formats of __reduce_ex__); as in 3.11 the class is not subscriptable (no
 * __class_getitem__).
 */
#include "modules.h"
#include "../vm/vm.h"
#include <limits.h>
#include <math.h>

struct ArrayObject;

typedef struct ArrayDescr {
    char typecode;
    int itemsize;
    GlObject *(*getitem)(struct ArrayObject *, Gl_ssize_t);   // new reference
    int (*setitem)(struct ArrayObject *, Gl_ssize_t, GlObject *);   // i < 0: check only
    const char *format;        // buffer format (static)
    int is_integer_type;
    int is_signed;
} ArrayDescr;

typedef struct ArrayObject {
    GlVarObject ob_base;       // ob_size: number of items
    char *ob_item;             // the items, owned; NULL when allocated == 0
    Gl_ssize_t allocated;      // items room in ob_item
    const ArrayDescr *ob_descr;// the typecode's descriptor (static)
    GlObject *weakreflist;     // weak references, NULL if none
    Gl_ssize_t ob_exports;     // live buffer exports; no resizing while > 0
} ArrayObject;

typedef struct {
    GlObject ob_base;
    Gl_ssize_t index;          // next item
    ArrayObject *ao;           // the array, owned; NULL once exhausted
    GlObject *(*getitem)(ArrayObject *, Gl_ssize_t);
} ArrayIterObject;

GlTypeObject GlArray_Type;
GlTypeObject GlArrayIter_Type;

#define ARR(o) ((ArrayObject *)(o))
static inline int
array_Check(GlObject *o)
{
    return GlObject_TypeCheck(o, &GlArray_Type);
}

/* ---- item conversions ------------------------------------------------------------- */

/* v as a C long through __index__ (CPython's PyArg "l"): 0 / -1. */
static int
get_long(GlObject *v, long *out)
{
    GlObject *idx = GlNumber_Index(v);   // may run Python code (__index__)
    if (idx == NULL) {
        return -1;
    }
    int ovf = 0;
    int64_t x = GlInt_AsInt64AndOverflow(idx, &ovf);
    Gl_DECREF(idx);
    if (ovf) {
        GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = (long)x;
    return 0;
}

/* Range check with the PyArg-style message "<name> is less than minimum". 0 / -1. */
static int
check_range(long x, long lo, long hi, const char *name)
{
    if (x < lo) {
        GlErr_Format(GlExc_OverflowError, "%s is less than minimum", name);
        return -1;
    }
    if (x > hi) {
        GlErr_Format(GlExc_OverflowError, "%s is greater than maximum", name);
        return -1;
    }
    return 0;
}

/* v as an unsigned 64-bit value: CPython's PyLong_AsUnsignedLong messages (`ull` 0) or
   PyLong_AsUnsignedLongLong's (`ull` 1). 0 / -1. */
static int
get_unsigned(GlObject *v, int ull, uint64_t *out)
{
    GlObject *idx = GlNumber_Index(v);
    if (idx == NULL) {
        return -1;
    }
    int rc = 0;
    if (GlInt_Sign(idx) < 0) {
        GlErr_SetString(GlExc_OverflowError, ull ? "can't convert negative int to unsigned"
                                                 : "can't convert negative value to unsigned int");
        rc = -1;
    } else {
        mpz_t z;
        mpz_init(z);
        GlInt_AsMpz(idx, z);
        if (mpz_sizeinbase(z, 2) > 64) {
            GlErr_SetString(GlExc_OverflowError, ull ? "int too big to convert"
                                                     : "Python int too large to convert to C unsigned long");
            rc = -1;
        } else {
            uint64_t lo = (uint64_t)mpz_getlimbn(z, 0);
            if (sizeof(mp_limb_t) < 8 && mpz_size(z) > 1) {
                lo |= (uint64_t)mpz_getlimbn(z, 1) << 32;
            }
            *out = lo;
        }
        mpz_clear(z);
    }
    Gl_DECREF(idx);
    return rc;
}

static int
get_double(GlObject *v, double *out)
{
    if (!GlFloat_Check(v)) {
        GlNumberMethods *nb = Gl_TYPE(v)->tp_as_number;
        if (nb == NULL || (nb->nb_float == NULL && nb->nb_index == NULL)) {
            GlErr_Format(GlExc_TypeError, "must be real number, not %s", GlObject_TypeName(v));
            return -1;
        }
    }
    double d = GlFloat_AsDouble(v);
    if (d == -1.0 && GlErr_Occurred()) {
        return -1;
    }
    *out = d;
    return 0;
}

#define ITEMS(a, T) ((T *)(a)->ob_item)

static GlObject *
b_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromLong(ITEMS(a, signed char)[i]);
}

static int
b_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    long x;
    // CPython parses 'h' first: short range, then char range
    if (get_long(v, &x) < 0 || check_range(x, SHRT_MIN, SHRT_MAX, "signed short integer") < 0
        || check_range(x, SCHAR_MIN, SCHAR_MAX, "signed char") < 0) {
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, signed char)[i] = (signed char)x;
    }
    return 0;
}

static GlObject *
BB_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromLong(ITEMS(a, unsigned char)[i]);
}

static int
BB_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    long x;
    if (get_long(v, &x) < 0 || check_range(x, 0, UCHAR_MAX, "unsigned byte integer") < 0) {
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, unsigned char)[i] = (unsigned char)x;
    }
    return 0;
}

static GlObject *
u_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlStr_FromOrdinal(ITEMS(a, uint32_t)[i]);
}

static int
u_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    if (!GlStr_Check(v) || GlStr_GET_LENGTH(v) != 1) {
        GlErr_SetString(GlExc_TypeError, "array item must be unicode character");
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, uint32_t)[i] = GlStr_READ_CHAR(v, 0);
    }
    return 0;
}

static GlObject *
h_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromLong(ITEMS(a, short)[i]);
}

static int
h_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    long x;
    if (get_long(v, &x) < 0 || check_range(x, SHRT_MIN, SHRT_MAX, "signed short integer") < 0) {
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, short)[i] = (short)x;
    }
    return 0;
}

static GlObject *
HH_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromLong(ITEMS(a, unsigned short)[i]);
}

static int
HH_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    long x;
    // CPython parses 'i' first: int range, then unsigned short range
    if (get_long(v, &x) < 0 || check_range(x, INT_MIN, INT_MAX, "signed integer") < 0
        || check_range(x, 0, USHRT_MAX, "unsigned short") < 0) {
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, unsigned short)[i] = (unsigned short)x;
    }
    return 0;
}

static GlObject *
i_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromLong(ITEMS(a, int)[i]);
}

static int
i_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    long x;
    if (get_long(v, &x) < 0 || check_range(x, INT_MIN, INT_MAX, "signed integer") < 0) {
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, int)[i] = (int)x;
    }
    return 0;
}

static GlObject *
II_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromUInt64(ITEMS(a, unsigned int)[i]);
}

static int
II_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    uint64_t x;
    if (get_unsigned(v, 0, &x) < 0) {
        return -1;
    }
    if (x > UINT_MAX) {
        GlErr_SetString(GlExc_OverflowError, "unsigned int is greater than maximum");
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, unsigned int)[i] = (unsigned int)x;
    }
    return 0;
}

static GlObject *
l_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromLong(ITEMS(a, long)[i]);
}

static int
l_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    long x;
    if (get_long(v, &x) < 0) {
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, long)[i] = x;
    }
    return 0;
}

static GlObject *
LL_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromUInt64(ITEMS(a, unsigned long)[i]);
}

static int
LL_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    uint64_t x;
    if (get_unsigned(v, 0, &x) < 0) {
        return -1;
    }
    if (x > ULONG_MAX) {
        GlErr_SetString(GlExc_OverflowError, "unsigned long is greater than maximum");
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, unsigned long)[i] = (unsigned long)x;
    }
    return 0;
}

static GlObject *
q_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromInt64(ITEMS(a, long long)[i]);
}

static int
q_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    GlObject *idx = GlNumber_Index(v);
    if (idx == NULL) {
        return -1;
    }
    int ovf = 0;
    int64_t x = GlInt_AsInt64AndOverflow(idx, &ovf);
    Gl_DECREF(idx);
    if (ovf) {
        GlErr_SetString(GlExc_OverflowError, "int too big to convert");
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, long long)[i] = x;
    }
    return 0;
}

static GlObject *
QQ_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlInt_FromUInt64(ITEMS(a, unsigned long long)[i]);
}

static int
QQ_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    uint64_t x;
    if (get_unsigned(v, 1, &x) < 0) {
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, unsigned long long)[i] = x;
    }
    return 0;
}

static GlObject *
f_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlFloat_FromDouble(ITEMS(a, float)[i]);
}

static int
f_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    double x;
    if (get_double(v, &x) < 0) {
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, float)[i] = (float)x;
    }
    return 0;
}

static GlObject *
d_getitem(ArrayObject *a, Gl_ssize_t i)
{
    return GlFloat_FromDouble(ITEMS(a, double)[i]);
}

static int
d_setitem(ArrayObject *a, Gl_ssize_t i, GlObject *v)
{
    double x;
    if (get_double(v, &x) < 0) {
        return -1;
    }
    if (i >= 0) {
        ITEMS(a, double)[i] = x;
    }
    return 0;
}

static const ArrayDescr descriptors[] = {
    {'b', 1, b_getitem, b_setitem, "b", 1, 1},
    {'B', 1, BB_getitem, BB_setitem, "B", 1, 0},
    {'u', 4, u_getitem, u_setitem, "w", 0, 0},
    {'h', sizeof(short), h_getitem, h_setitem, "h", 1, 1},
    {'H', sizeof(short), HH_getitem, HH_setitem, "H", 1, 0},
    {'i', sizeof(int), i_getitem, i_setitem, "i", 1, 1},
    {'I', sizeof(int), II_getitem, II_setitem, "I", 1, 0},
    {'l', sizeof(long), l_getitem, l_setitem, "l", 1, 1},
    {'L', sizeof(long), LL_getitem, LL_setitem, "L", 1, 0},
    {'q', sizeof(long long), q_getitem, q_setitem, "q", 1, 1},
    {'Q', sizeof(long long), QQ_getitem, QQ_setitem, "Q", 1, 0},
    {'f', sizeof(float), f_getitem, f_setitem, "f", 0, 0},
    {'d', sizeof(double), d_getitem, d_setitem, "d", 0, 0},
    {0, 0, NULL, NULL, NULL, 0, 0},
};

static const ArrayDescr *
find_descr(int c)
{
    for (const ArrayDescr *d = descriptors; d->typecode != 0; d++) {
        if (d->typecode == c) {
            return d;
        }
    }
    return NULL;
}

/* ---- storage ------------------------------------------------------------------------ */

/* Sets the size to newsize items (contents of new items undefined), with CPython's
   over-allocation. BufferError while exporting. 0 / -1. */
static int
array_resize(ArrayObject *self, Gl_ssize_t newsize)
{
    if (self->ob_exports > 0 && newsize != Gl_SIZE(self)) {
        GlErr_SetString(GlExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (self->allocated >= newsize && Gl_SIZE(self) < newsize + 16 && self->ob_item != NULL) {
        Gl_SET_SIZE(self, newsize);
        return 0;
    }
    if (newsize == 0) {
        GlMem_Free(self->ob_item);
        self->ob_item = NULL;
        Gl_SET_SIZE(self, 0);
        self->allocated = 0;
        return 0;
    }
    Gl_ssize_t alloc = (newsize >> 4) + (Gl_SIZE(self) < 8 ? 3 : 7) + newsize;
    int isz = self->ob_descr->itemsize;
    if (alloc > GL_SSIZE_T_MAX / isz) {
        GlErr_NoMemory();
        return -1;
    }
    char *items = GlMem_Realloc(self->ob_item, (size_t)(alloc * isz));
    if (items == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    self->ob_item = items;
    Gl_SET_SIZE(self, newsize);
    self->allocated = alloc;
    return 0;
}

/* A new array of `type` with size items (zeroed). New reference. */
static GlObject *
newarrayobject(GlTypeObject *type, Gl_ssize_t size, const ArrayDescr *descr) GL_NEWREF
{
    if (size < 0) {
        return GlErr_SetString(GlExc_SystemError, "bad internal call");
    }
    if (size > GL_SSIZE_T_MAX / descr->itemsize) {
        return GlErr_NoMemory();
    }
    GlObject *op = type == &GlArray_Type ? GlObject_New(type, 0) : type->tp_alloc(type, 0);
    if (op == NULL) {
        return NULL;
    }
    ArrayObject *a = ARR(op);
    a->ob_descr = descr;
    a->allocated = size;
    a->weakreflist = NULL;
    a->ob_exports = 0;
    Gl_SET_SIZE(a, size);
    a->ob_item = NULL;
    if (size > 0) {
        a->ob_item = GlMem_Malloc((size_t)(size * descr->itemsize));
        if (a->ob_item == NULL) {
            Gl_DECREF(op);
            return GlErr_NoMemory();
        }
        memset(a->ob_item, 0, (size_t)(size * descr->itemsize));
    }
    return op;
}

/* A new exact array of the same typecode holding items [lo, hi). New reference. */
static GlObject *
array_slice(ArrayObject *a, Gl_ssize_t lo, Gl_ssize_t hi) GL_NEWREF
{
    if (lo < 0) {
        lo = 0;
    } else if (lo > Gl_SIZE(a)) {
        lo = Gl_SIZE(a);
    }
    if (hi < lo) {
        hi = lo;
    } else if (hi > Gl_SIZE(a)) {
        hi = Gl_SIZE(a);
    }
    GlObject *np = newarrayobject(&GlArray_Type, hi - lo, a->ob_descr);
    if (np != NULL && hi > lo) {
        int isz = a->ob_descr->itemsize;
        memcpy(ARR(np)->ob_item, a->ob_item + lo * isz, (size_t)((hi - lo) * isz));
    }
    return np;
}

/* Inserts v before index `where` (clamped). 0 / -1. */
static int
ins1(ArrayObject *self, Gl_ssize_t where, GlObject *v)
{
    Gl_ssize_t n = Gl_SIZE(self);
    if (self->ob_descr->setitem(self, -1, v) < 0) {   // validate before resizing
        return -1;
    }
    if (array_resize(self, n + 1) < 0) {
        return -1;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    int isz = self->ob_descr->itemsize;
    if (where != n) {
        memmove(self->ob_item + (where + 1) * isz, self->ob_item + where * isz,
                (size_t)((n - where) * isz));
    }
    return self->ob_descr->setitem(self, where, v);
}

/* Replaces items [ilow, ihigh) by the items of v (an array of the same kind, or NULL to
   delete). 0 / -1. */
static int
array_ass_slice(ArrayObject *a, Gl_ssize_t ilow, Gl_ssize_t ihigh, GlObject *v)
{
    GlObject *copy = NULL;
    char *src = NULL;
    Gl_ssize_t n = 0;
    int isz = a->ob_descr->itemsize;
    if (v != NULL) {
        if (!array_Check(v)) {
            GlErr_Format(GlExc_TypeError, "can only assign array (not \"%.200s\") to array slice",
                         Gl_TYPE(v)->tp_name);
            return -1;
        }
        if (ARR(v)->ob_descr != a->ob_descr) {
            GlErr_SetString(GlExc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        if ((GlObject *)a == v) {
            copy = array_slice(a, 0, Gl_SIZE(a));
            if (copy == NULL) {
                return -1;
            }
            v = copy;
        }
        n = Gl_SIZE(v);
        src = ARR(v)->ob_item;
    }
    Gl_ssize_t size = Gl_SIZE(a);
    if (ilow < 0) {
        ilow = 0;
    } else if (ilow > size) {
        ilow = size;
    }
    if (ihigh < 0) {
        ihigh = 0;
    }
    if (ihigh < ilow) {
        ihigh = ilow;
    } else if (ihigh > size) {
        ihigh = size;
    }
    Gl_ssize_t d = n - (ihigh - ilow);
    if (d != 0 && a->ob_exports > 0) {
        Gl_XDECREF(copy);
        GlErr_SetString(GlExc_BufferError, "cannot resize an array that is exporting buffers");
        return -1;
    }
    if (d < 0) {
        memmove(a->ob_item + (ihigh + d) * isz, a->ob_item + ihigh * isz,
                (size_t)((size - ihigh) * isz));
        if (array_resize(a, size + d) < 0) {
            Gl_XDECREF(copy);
            return -1;
        }
    } else if (d > 0) {
        if (array_resize(a, size + d) < 0) {
            Gl_XDECREF(copy);
            return -1;
        }
        memmove(a->ob_item + (ihigh + d) * isz, a->ob_item + ihigh * isz,
                (size_t)((size - ihigh) * isz));
    }
    if (n > 0) {
        memcpy(a->ob_item + ilow * isz, src, (size_t)(n * isz));
    }
    Gl_XDECREF(copy);
    return 0;
}

/* Appends the items of any iterable. 0 / -1. */
static int
array_iter_extend(ArrayObject *self, GlObject *bb)
{
    GlObject *it = GlObject_GetIter(bb);
    if (it == NULL) {
        return -1;
    }
    GlObject *v;
    while ((v = GlIter_Next(it)) != NULL) {
        if (ins1(self, Gl_SIZE(self), v) < 0) {
            Gl_DECREF(v);
            Gl_DECREF(it);
            return -1;
        }
        Gl_DECREF(v);
    }
    Gl_DECREF(it);
    return GlErr_Occurred() ? -1 : 0;
}

static int
array_do_extend(ArrayObject *self, GlObject *bb)
{
    if (!array_Check(bb)) {
        return array_iter_extend(self, bb);
    }
    ArrayObject *b = ARR(bb);
    if (self->ob_descr != b->ob_descr) {
        GlErr_SetString(GlExc_TypeError, "can only extend with array of same kind");
        return -1;
    }
    Gl_ssize_t oldsize = Gl_SIZE(self), bbsize = Gl_SIZE(b);
    if (oldsize > GL_SSIZE_T_MAX - bbsize) {
        GlErr_NoMemory();
        return -1;
    }
    if (array_resize(self, oldsize + bbsize) < 0) {
        return -1;
    }
    if (bbsize > 0) {
        int isz = self->ob_descr->itemsize;
        memcpy(self->ob_item + oldsize * isz, b->ob_item, (size_t)(bbsize * isz));
    }
    return 0;
}

/* Appends raw bytes (a multiple of the item size checked here). 0 / -1. */
static int
frombytes_raw(ArrayObject *self, const char *data, Gl_ssize_t len)
{
    int isz = self->ob_descr->itemsize;
    if (len % isz != 0) {
        GlErr_SetString(GlExc_ValueError, "bytes length not a multiple of item size");
        return -1;
    }
    Gl_ssize_t n = len / isz, old = Gl_SIZE(self);
    if (n > 0) {
        if (n > GL_SSIZE_T_MAX - old) {
            GlErr_NoMemory();
            return -1;
        }
        if (array_resize(self, old + n) < 0) {
            return -1;
        }
        memcpy(self->ob_item + old * isz, data, (size_t)len);
    }
    return 0;
}

/* Appends the code points of str s. 0 / -1. */
static int
fromunicode_raw(ArrayObject *self, GlObject *s)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(s), old = Gl_SIZE(self);
    if (n > 0) {
        if (array_resize(self, old + n) < 0) {
            return -1;
        }
        for (Gl_ssize_t i = 0; i < n; i++) {
            ITEMS(self, uint32_t)[old + i] = GlStr_READ_CHAR(s, i);
        }
    }
    return 0;
}

/* ---- construction ------------------------------------------------------------------- */

/* The array for typecode c from initial (NULL for none). New reference. */
static GlObject *
array_make(GlTypeObject *type, int c, GlObject *initial) GL_NEWREF
{
    if (initial != NULL && GlStr_Check(initial) && c != 'u') {
        return GlErr_Format(GlExc_TypeError, "cannot use a str to initialize an array with "
                            "typecode '%c'", c);
    }
    if (initial != NULL && array_Check(initial) && c != 'u'
        && ARR(initial)->ob_descr->typecode == 'u') {
        return GlErr_Format(GlExc_TypeError, "cannot use a unicode array to initialize an "
                            "array with typecode '%c'", c);
    }
    const ArrayDescr *descr = find_descr(c);
    if (descr == NULL) {
        return GlErr_SetString(GlExc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, "
                               "l, L, q, Q, f or d)");
    }
    GlObject *it = NULL;
    if (!(initial == NULL || GlList_Check(initial) || GlByteArray_Check(initial)
          || GlBytes_Check(initial) || GlTuple_Check(initial)
          || (c == 'u' && GlStr_Check(initial))
          || (array_Check(initial) && c == ARR(initial)->ob_descr->typecode))) {
        it = GlObject_GetIter(initial);
        if (it == NULL) {
            return NULL;
        }
        initial = NULL;   // the iterator is used instead
    }
    Gl_ssize_t len = 0;
    if (initial != NULL && (GlList_Check(initial) || GlTuple_Check(initial))) {
        len = Gl_SIZE(initial);
    }
    GlObject *a = newarrayobject(type, len, descr);
    if (a == NULL) {
        Gl_XDECREF(it);
        return NULL;
    }
    if (len > 0) {
        for (Gl_ssize_t i = 0; i < len; i++) {
            // the list may change while items convert (__index__): re-read it
            if (i >= Gl_SIZE(initial)) {
                break;
            }
            GlObject *v = Gl_NewRef(GlList_Check(initial) ? GlList_GET_ITEM(initial, i)
                                                          : GlTuple_GET_ITEM(initial, i));
            int rc = descr->setitem(ARR(a), i, v);
            Gl_DECREF(v);
            if (rc < 0) {
                Gl_DECREF(a);
                return NULL;
            }
        }
    } else if (initial != NULL && (GlBytes_Check(initial) || GlByteArray_Check(initial))) {
        const char *d;
        Gl_ssize_t n;
        if (GlBytes_AsBuffer(initial, &d, &n) < 0 || frombytes_raw(ARR(a), d, n) < 0) {
            Gl_DECREF(a);
            return NULL;
        }
    } else if (initial != NULL && GlStr_Check(initial)) {
        if (fromunicode_raw(ARR(a), initial) < 0) {
            Gl_DECREF(a);
            return NULL;
        }
    } else if (initial != NULL && array_Check(initial)) {
        if (array_do_extend(ARR(a), initial) < 0) {
            Gl_DECREF(a);
            return NULL;
        }
    }
    if (it != NULL) {
        int rc = array_iter_extend(ARR(a), it);
        Gl_DECREF(it);
        if (rc < 0) {
            Gl_DECREF(a);
            return NULL;
        }
    }
    return a;
}

/* The typecode argument as a character, with PyArg "C"'s message. -1 on error. */
static int
typecode_arg(GlObject *o)
{
    if (!GlStr_Check(o) || GlStr_GET_LENGTH(o) != 1) {
        GlErr_Format(GlExc_TypeError, "array() argument 1 must be a unicode character, not %s",
                     GlObject_TypeName(o));
        return -1;
    }
    return (int)GlStr_READ_CHAR(o, 0);
}

static GlObject *
array_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (type == &GlArray_Type && kwds != NULL && GlDict_Size(kwds) > 0) {
        return GlErr_SetString(GlExc_TypeError, "array.array() takes no keyword arguments");
    }
    Gl_ssize_t nargs = GlTuple_GET_SIZE(args);
    if (nargs < 1) {
        return GlErr_Format(GlExc_TypeError, "array() takes at least 1 argument (%zd given)",
                            nargs);
    }
    if (nargs > 2) {
        return GlErr_Format(GlExc_TypeError, "array() takes at most 2 arguments (%zd given)",
                            nargs);
    }
    int c = typecode_arg(GlTuple_GET_ITEM(args, 0));
    if (c < 0) {
        return NULL;
    }
    return array_make(type, c, nargs == 2 ? GlTuple_GET_ITEM(args, 1) : NULL);
}

/* ---- slots -------------------------------------------------------------------------- */

static void
array_dealloc(GlObject *op)
{
    ArrayObject *a = ARR(op);
    if (a->weakreflist != NULL) {
        GlObject_ClearWeakRefs(op);
    }
    GlMem_Free(a->ob_item);
    a->ob_item = NULL;
    Gl_TYPE(op)->tp_free(op);
}

static GlObject *array_tolist(GlObject *op, GlObject *unused);
static GlObject *array_tounicode(GlObject *op, GlObject *unused);

static GlObject *
array_repr(GlObject *op)
{
    ArrayObject *a = ARR(op);
    const char *name = Gl_TYPE(op)->tp_name;
    const char *dot = strrchr(name, '.');
    name = dot != NULL ? dot + 1 : name;   // _PyType_Name
    char tc = a->ob_descr->typecode;
    if (Gl_SIZE(a) == 0) {
        return GlStr_FromFormat("%s('%c')", name, tc);
    }
    GlObject *v = tc == 'u' ? array_tounicode(op, NULL) : array_tolist(op, NULL);
    if (v == NULL) {
        return NULL;
    }
    GlObject *s = GlStr_FromFormat("%s('%c', %R)", name, tc, v);
    Gl_DECREF(v);
    return s;
}

static Gl_ssize_t
array_length(GlObject *op)
{
    return Gl_SIZE(op);
}

static GlObject *
array_item(GlObject *op, Gl_ssize_t i)
{
    if (i < 0 || i >= Gl_SIZE(op)) {
        return GlErr_SetString(GlExc_IndexError, "array index out of range");
    }
    return ARR(op)->ob_descr->getitem(ARR(op), i);
}

static GlObject *
array_concat(GlObject *op, GlObject *bb)
{
    ArrayObject *a = ARR(op);
    if (!array_Check(bb)) {
        return GlErr_Format(GlExc_TypeError, "can only append array (not \"%.200s\") to array",
                            Gl_TYPE(bb)->tp_name);
    }
    ArrayObject *b = ARR(bb);
    if (a->ob_descr != b->ob_descr) {
        return GlErr_SetString(GlExc_TypeError, "bad argument type for built-in operation");
    }
    if (Gl_SIZE(a) > GL_SSIZE_T_MAX - Gl_SIZE(b)) {
        return GlErr_NoMemory();
    }
    GlObject *np = newarrayobject(&GlArray_Type, Gl_SIZE(a) + Gl_SIZE(b), a->ob_descr);
    if (np == NULL) {
        return NULL;
    }
    int isz = a->ob_descr->itemsize;
    if (Gl_SIZE(a) > 0) {
        memcpy(ARR(np)->ob_item, a->ob_item, (size_t)(Gl_SIZE(a) * isz));
    }
    if (Gl_SIZE(b) > 0) {
        memcpy(ARR(np)->ob_item + Gl_SIZE(a) * isz, b->ob_item, (size_t)(Gl_SIZE(b) * isz));
    }
    return np;
}

static GlObject *
array_repeat(GlObject *op, Gl_ssize_t n)
{
    ArrayObject *a = ARR(op);
    if (n < 0) {
        n = 0;
    }
    Gl_ssize_t size = Gl_SIZE(a);
    if (size != 0 && n > GL_SSIZE_T_MAX / size) {
        return GlErr_NoMemory();
    }
    GlObject *np = newarrayobject(&GlArray_Type, size * n, a->ob_descr);
    if (np == NULL) {
        return NULL;
    }
    size_t chunk = (size_t)(size * a->ob_descr->itemsize);
    for (Gl_ssize_t i = 0; i < n && chunk > 0; i++) {
        memcpy(ARR(np)->ob_item + i * chunk, a->ob_item, chunk);
    }
    return np;
}

static int
array_ass_item(GlObject *op, Gl_ssize_t i, GlObject *v)
{
    ArrayObject *a = ARR(op);
    if (i < 0 || i >= Gl_SIZE(a)) {
        GlErr_SetString(GlExc_IndexError, "array assignment index out of range");
        return -1;
    }
    if (v == NULL) {
        return array_ass_slice(a, i, i + 1, NULL);
    }
    return a->ob_descr->setitem(a, i, v);
}

static int
array_contains(GlObject *op, GlObject *v)
{
    for (Gl_ssize_t i = 0; i < Gl_SIZE(op); i++) {
        GlObject *x = array_item(op, i);
        if (x == NULL) {
            return -1;
        }
        int cmp = GlObject_RichCompareBool(x, v, Gl_EQ);
        Gl_DECREF(x);
        if (cmp != 0) {
            return cmp;
        }
    }
    return 0;
}

static GlObject *
array_inplace_concat(GlObject *op, GlObject *bb)
{
    if (!array_Check(bb)) {
        return GlErr_Format(GlExc_TypeError, "can only extend array with array (not \"%.200s\")",
                            Gl_TYPE(bb)->tp_name);
    }
    if (array_do_extend(ARR(op), bb) < 0) {
        return NULL;
    }
    return Gl_NewRef(op);
}

static GlObject *
array_inplace_repeat(GlObject *op, Gl_ssize_t n)
{
    ArrayObject *a = ARR(op);
    Gl_ssize_t size = Gl_SIZE(a);
    if (size > 0) {
        if (n < 0) {
            n = 0;
        }
        if (n > 0 && size > GL_SSIZE_T_MAX / n) {
            return GlErr_NoMemory();
        }
        if (array_resize(a, n * size) < 0) {
            return NULL;
        }
        size_t chunk = (size_t)(size * a->ob_descr->itemsize);
        for (Gl_ssize_t i = 1; i < n; i++) {
            memcpy(a->ob_item + i * chunk, a->ob_item, chunk);
        }
    }
    return Gl_NewRef(op);
}

static GlObject *
array_subscript(GlObject *op, GlObject *item)
{
    ArrayObject *a = ARR(op);
    if (GlIndex_Check(item)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(item, GlExc_IndexError);
        if (i == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += Gl_SIZE(a);
        }
        return array_item(op, i);
    }
    if (!GlSlice_Check(item)) {
        return GlErr_SetString(GlExc_TypeError, "array indices must be integers");
    }
    Gl_ssize_t start, stop, step;
    Gl_ssize_t len = GlSlice_GetIndicesEx(item, Gl_SIZE(a), &start, &stop, &step);
    if (len < 0) {
        return NULL;
    }
    if (step == 1) {
        return array_slice(a, start, stop);
    }
    GlObject *np = newarrayobject(&GlArray_Type, len, a->ob_descr);
    if (np == NULL) {
        return NULL;
    }
    int isz = a->ob_descr->itemsize;
    for (Gl_ssize_t cur = start, i = 0; i < len; cur += step, i++) {
        memcpy(ARR(np)->ob_item + i * isz, a->ob_item + cur * isz, (size_t)isz);
    }
    return np;
}

static int
array_ass_subscript(GlObject *op, GlObject *item, GlObject *value)
{
    ArrayObject *self = ARR(op);
    if (GlIndex_Check(item)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(item, GlExc_IndexError);
        if (i == -1 && GlErr_Occurred()) {
            return -1;
        }
        if (i < 0) {
            i += Gl_SIZE(self);
        }
        return array_ass_item(op, i, value);
    }
    if (!GlSlice_Check(item)) {
        GlErr_SetString(GlExc_TypeError, "array indices must be integers");
        return -1;
    }
    Gl_ssize_t start, stop, step;
    Gl_ssize_t slicelen = GlSlice_GetIndicesEx(item, Gl_SIZE(self), &start, &stop, &step);
    if (slicelen < 0) {
        return -1;
    }
    if (step == 1) {
        if (stop < start) {
            stop = start;
        }
        return array_ass_slice(self, start, stop, value);
    }
    GlObject *copy = NULL;
    Gl_ssize_t needed = 0;
    if (value != NULL) {
        if (!array_Check(value)) {
            GlErr_Format(GlExc_TypeError, "can only assign array (not \"%.200s\") to array slice",
                         Gl_TYPE(value)->tp_name);
            return -1;
        }
        if (ARR(value)->ob_descr != self->ob_descr) {
            GlErr_SetString(GlExc_TypeError, "bad argument type for built-in operation");
            return -1;
        }
        needed = Gl_SIZE(value);
        if (value == op) {
            copy = array_slice(self, 0, Gl_SIZE(self));
            if (copy == NULL) {
                return -1;
            }
            value = copy;
        }
    }
    int isz = self->ob_descr->itemsize;
    if (value == NULL) {
        // delete an extended slice: normalise to a positive step and compact
        if (slicelen <= 0) {
            return 0;
        }
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelen - 1) - 1;
            step = -step;
        }
        Gl_ssize_t cur, i;
        for (cur = start, i = 0; i < slicelen; cur += step, i++) {
            Gl_ssize_t lim = step - 1;
            if (cur + step >= Gl_SIZE(self)) {
                lim = Gl_SIZE(self) - cur - 1;
            }
            memmove(self->ob_item + (cur - i) * isz, self->ob_item + (cur + 1) * isz,
                    (size_t)(lim * isz));
        }
        cur = start + slicelen * step;
        if (cur < Gl_SIZE(self)) {
            memmove(self->ob_item + (cur - slicelen) * isz, self->ob_item + cur * isz,
                    (size_t)((Gl_SIZE(self) - cur) * isz));
        }
        return array_resize(self, Gl_SIZE(self) - slicelen);
    }
    if (needed != slicelen) {
        Gl_XDECREF(copy);
        GlErr_Format(GlExc_ValueError, "attempt to assign array of size %zd to extended slice "
                     "of size %zd", needed, slicelen);
        return -1;
    }
    for (Gl_ssize_t cur = start, i = 0; i < slicelen; cur += step, i++) {
        memcpy(self->ob_item + cur * isz, ARR(value)->ob_item + i * isz, (size_t)isz);
    }
    Gl_XDECREF(copy);
    return 0;
}

static GlObject *
array_richcompare(GlObject *v, GlObject *w, int op)
{
    if (!array_Check(v) || !array_Check(w)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    ArrayObject *va = ARR(v), *wa = ARR(w);
    if (Gl_SIZE(va) != Gl_SIZE(wa) && (op == Gl_EQ || op == Gl_NE)) {
        return GlBool_FromLong(op == Gl_NE);
    }
    // the first index where the items differ
    GlObject *vi = NULL, *wi = NULL;
    Gl_ssize_t i;
    int k = 1;
    for (i = 0; i < Gl_SIZE(va) && i < Gl_SIZE(wa); i++) {
        vi = va->ob_descr->getitem(va, i);
        wi = wa->ob_descr->getitem(wa, i);
        if (vi == NULL || wi == NULL) {
            Gl_XDECREF(vi);
            Gl_XDECREF(wi);
            return NULL;
        }
        k = GlObject_RichCompareBool(vi, wi, Gl_EQ);
        if (k == 0) {
            break;   // keep vi and wi
        }
        Gl_DECREF(vi);
        Gl_DECREF(wi);
        vi = wi = NULL;
        if (k < 0) {
            return NULL;
        }
    }
    if (k) {
        // no differing item: compare the sizes
        Gl_ssize_t vs = Gl_SIZE(va), ws = Gl_SIZE(wa);
        int cmp;
        switch (op) {
        case Gl_LT: cmp = vs < ws; break;
        case Gl_LE: cmp = vs <= ws; break;
        case Gl_EQ: cmp = vs == ws; break;
        case Gl_NE: cmp = vs != ws; break;
        case Gl_GT: cmp = vs > ws; break;
        default: cmp = vs >= ws; break;
        }
        return GlBool_FromLong(cmp);
    }
    GlObject *res;
    if (op == Gl_EQ) {
        res = Gl_NewRef(Gl_False);
    } else if (op == Gl_NE) {
        res = Gl_NewRef(Gl_True);
    } else {
        res = GlObject_RichCompare(vi, wi, op);
    }
    Gl_DECREF(vi);
    Gl_DECREF(wi);
    return res;
}

/* ---- the buffer protocol ------------------------------------------------------------ */

static int
array_getbuffer(GlObject *op, GlBuffer *view, int flags)
{
    ArrayObject *a = ARR(op);
    static char empty[8];
    char *buf = a->ob_item != NULL ? a->ob_item : empty;
    if (GlBuffer_FillInfo(view, op, buf, Gl_SIZE(a) * a->ob_descr->itemsize, 0, flags,
                          a->ob_descr->format, a->ob_descr->itemsize) < 0) {
        return -1;
    }
    a->ob_exports++;
    return 0;
}

static void
array_releasebuffer(GlObject *op, GlBuffer *view)
{
    ARR(op)->ob_exports--;
}

/* ---- methods ------------------------------------------------------------------------ */

static GlObject *
array_append(GlObject *op, GlObject *v)
{
    if (ins1(ARR(op), Gl_SIZE(op), v) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
array_extend(GlObject *op, GlObject *bb)
{
    if (array_do_extend(ARR(op), bb) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
array_insert(GlObject *op, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    Gl_ssize_t i = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
    if (i == -1 && GlErr_Occurred()) {
        return NULL;
    }
    if (ins1(ARR(op), i, args[1]) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
array_pop(GlObject *op, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    Gl_ssize_t i = -1;
    if (nargs == 1) {
        i = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
        if (i == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    ArrayObject *a = ARR(op);
    if (Gl_SIZE(a) == 0) {
        return GlErr_SetString(GlExc_IndexError, "pop from empty array");
    }
    if (i < 0) {
        i += Gl_SIZE(a);
    }
    if (i < 0 || i >= Gl_SIZE(a)) {
        return GlErr_SetString(GlExc_IndexError, "pop index out of range");
    }
    GlObject *v = a->ob_descr->getitem(a, i);
    if (v == NULL) {
        return NULL;
    }
    if (array_ass_slice(a, i, i + 1, NULL) < 0) {
        Gl_DECREF(v);
        return NULL;
    }
    return v;
}

/* The first index in [start, stop) whose item equals v: >= 0, -1 when absent, -2 on
   error. */
static Gl_ssize_t
array_find(GlObject *op, GlObject *v, Gl_ssize_t start, Gl_ssize_t stop)
{
    for (Gl_ssize_t i = start; i < stop && i < Gl_SIZE(op); i++) {
        GlObject *x = array_item(op, i);
        if (x == NULL) {
            return -2;
        }
        int cmp = GlObject_RichCompareBool(x, v, Gl_EQ);
        Gl_DECREF(x);
        if (cmp > 0) {
            return i;
        }
        if (cmp < 0) {
            return -2;
        }
    }
    return -1;
}

static GlObject *
array_remove(GlObject *op, GlObject *v)
{
    Gl_ssize_t i = array_find(op, v, 0, GL_SSIZE_T_MAX);
    if (i == -2) {
        return NULL;
    }
    if (i == -1) {
        return GlErr_SetString(GlExc_ValueError, "array.remove(x): x not in array");
    }
    if (array_ass_slice(ARR(op), i, i + 1, NULL) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

/* A start/stop argument of index() clamped as CPython's _PyEval_SliceIndexNotNone. */
static int
slice_index(GlObject *o, Gl_ssize_t *out)
{
    if (!GlIndex_Check(o)) {
        GlErr_SetString(GlExc_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    Gl_ssize_t x = GlNumber_AsSsize_t(o, NULL);
    if (x == -1 && GlErr_Occurred()) {
        return -1;
    }
    *out = x;
    return 0;
}

static GlObject *
array_index(GlObject *op, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("index", nargs, 1, 3) < 0) {
        return NULL;
    }
    Gl_ssize_t start = 0, stop = GL_SSIZE_T_MAX, n = Gl_SIZE(op);
    if (nargs > 1 && slice_index(args[1], &start) < 0) {
        return NULL;
    }
    if (nargs > 2 && slice_index(args[2], &stop) < 0) {
        return NULL;
    }
    if (start < 0) {
        start += n;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += n;
    }
    Gl_ssize_t i = array_find(op, args[0], start, stop);
    if (i == -2) {
        return NULL;
    }
    if (i == -1) {
        return GlErr_SetString(GlExc_ValueError, "array.index(x): x not in array");
    }
    return GlInt_FromSsize_t(i);
}

static GlObject *
array_count(GlObject *op, GlObject *v)
{
    Gl_ssize_t count = 0;
    for (Gl_ssize_t i = 0; i < Gl_SIZE(op); i++) {
        GlObject *x = array_item(op, i);
        if (x == NULL) {
            return NULL;
        }
        int cmp = GlObject_RichCompareBool(x, v, Gl_EQ);
        Gl_DECREF(x);
        if (cmp < 0) {
            return NULL;
        }
        count += cmp;
    }
    return GlInt_FromSsize_t(count);
}

static GlObject *
array_reverse(GlObject *op, GlObject *unused)
{
    ArrayObject *a = ARR(op);
    int isz = a->ob_descr->itemsize;
    char tmp[16];
    for (Gl_ssize_t lo = 0, hi = Gl_SIZE(a) - 1; lo < hi; lo++, hi--) {
        memcpy(tmp, a->ob_item + lo * isz, (size_t)isz);
        memcpy(a->ob_item + lo * isz, a->ob_item + hi * isz, (size_t)isz);
        memcpy(a->ob_item + hi * isz, tmp, (size_t)isz);
    }
    Gl_RETURN_NONE;
}

static GlObject *
array_byteswap(GlObject *op, GlObject *unused)
{
    ArrayObject *a = ARR(op);
    int isz = a->ob_descr->itemsize;
    if (isz != 1 && isz != 2 && isz != 4 && isz != 8) {
        return GlErr_SetString(GlExc_RuntimeError, "don't know how to byteswap this array type");
    }
    for (Gl_ssize_t i = 0; i < Gl_SIZE(a); i++) {
        char *p = a->ob_item + i * isz;
        for (int j = 0; j < isz / 2; j++) {
            char t = p[j];
            p[j] = p[isz - 1 - j];
            p[isz - 1 - j] = t;
        }
    }
    Gl_RETURN_NONE;
}

static GlObject *
array_buffer_info(GlObject *op, GlObject *unused)
{
    GlObject *addr = GlInt_FromUInt64((uint64_t)(uintptr_t)ARR(op)->ob_item);
    GlObject *len = addr ? GlInt_FromSsize_t(Gl_SIZE(op)) : NULL;
    GlObject *t = len ? GlTuple_New(2) : NULL;
    if (t == NULL) {
        Gl_XDECREF(addr);
        Gl_XDECREF(len);
        return NULL;
    }
    GlTuple_SET_ITEM(t, 0, addr);
    GlTuple_SET_ITEM(t, 1, len);
    return t;
}

static GlObject *
array_tobytes(GlObject *op, GlObject *unused)
{
    ArrayObject *a = ARR(op);
    return GlBytes_FromStringAndSize(a->ob_item, Gl_SIZE(a) * a->ob_descr->itemsize);
}

static GlObject *
array_frombytes(GlObject *op, GlObject *arg)
{
    GlBuffer v;
    if (GlObject_GetBuffer(arg, &v, GL_BUF_SIMPLE) < 0) {
        return NULL;
    }
    if (v.itemsize != 1) {
        GlBuffer_Release(&v);
        return GlErr_SetString(GlExc_TypeError, "a bytes-like object is required");
    }
    // the export is held while appending: frombytes(self) fails to resize, as in CPython
    int rc = frombytes_raw(ARR(op), v.buf, v.len);
    GlBuffer_Release(&v);
    if (rc < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
array_tolist(GlObject *op, GlObject *unused)
{
    ArrayObject *a = ARR(op);
    GlObject *list = GlList_New(Gl_SIZE(a));
    if (list == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < Gl_SIZE(a); i++) {
        GlObject *v = a->ob_descr->getitem(a, i);
        if (v == NULL) {
            Gl_DECREF(list);
            return NULL;
        }
        GlList_SET_ITEM(list, i, v);
    }
    return list;
}

static GlObject *
array_fromlist(GlObject *op, GlObject *list)
{
    ArrayObject *a = ARR(op);
    if (!GlList_Check(list)) {
        return GlErr_SetString(GlExc_TypeError, "arg must be list");
    }
    Gl_ssize_t n = GlList_GET_SIZE(list);
    if (n > 0) {
        Gl_ssize_t old = Gl_SIZE(a);
        if (array_resize(a, old + n) < 0) {
            return NULL;
        }
        for (Gl_ssize_t i = 0; i < n; i++) {
            if (i >= GlList_GET_SIZE(list)) {
                break;
            }
            GlObject *v = Gl_NewRef(GlList_GET_ITEM(list, i));
            int rc = a->ob_descr->setitem(a, old + i, v);
            Gl_DECREF(v);
            if (rc < 0) {
                // roll back, as CPython
                if (Gl_SIZE(a) == old + n) {
                    array_resize(a, old);
                }
                return NULL;
            }
        }
    }
    Gl_RETURN_NONE;
}

static GlObject *
array_tounicode(GlObject *op, GlObject *unused)
{
    ArrayObject *a = ARR(op);
    if (a->ob_descr->typecode != 'u') {
        return GlErr_SetString(GlExc_ValueError,
                               "tounicode() may only be called on unicode type arrays");
    }
    for (Gl_ssize_t i = 0; i < Gl_SIZE(a); i++) {
        if (ITEMS(a, uint32_t)[i] > 0x10FFFF) {
            return GlErr_Format(GlExc_ValueError, "character U+%x is not in range "
                                "[U+0000; U+10ffff]", ITEMS(a, uint32_t)[i]);
        }
    }
    return GlStr_FromKindAndData(4, a->ob_item != NULL ? a->ob_item : (char *)"", Gl_SIZE(a));
}

static GlObject *
array_fromunicode(GlObject *op, GlObject *s)
{
    if (!GlStr_Check(s)) {
        return GlErr_Format(GlExc_TypeError, "fromunicode() argument must be str, not %s",
                            GlObject_TypeName(s));
    }
    if (ARR(op)->ob_descr->typecode != 'u') {
        return GlErr_SetString(GlExc_ValueError,
                               "fromunicode() may only be called on unicode type arrays");
    }
    if (fromunicode_raw(ARR(op), s) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

#define BLOCKSIZE (64 * 1024)

static GlObject *
array_tofile(GlObject *op, GlObject *f)
{
    ArrayObject *a = ARR(op);
    Gl_ssize_t nbytes = Gl_SIZE(a) * a->ob_descr->itemsize;
    Gl_ssize_t nblocks = (nbytes + BLOCKSIZE - 1) / BLOCKSIZE;
    for (Gl_ssize_t i = 0; i < nblocks; i++) {
        Gl_ssize_t size = BLOCKSIZE;
        if (i * BLOCKSIZE + size > nbytes) {
            size = nbytes - i * BLOCKSIZE;
        }
        GlObject *bytes = GlBytes_FromStringAndSize(a->ob_item + i * BLOCKSIZE, size);
        if (bytes == NULL) {
            return NULL;
        }
        GlObject *res = GlObject_CallMethodObjArgs(f, GL_ID(write), bytes, NULL);
        Gl_DECREF(bytes);
        if (res == NULL) {
            return NULL;
        }
        Gl_DECREF(res);
    }
    Gl_RETURN_NONE;
}

static GlObject *
array_fromfile(GlObject *op, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("fromfile", nargs, 2, 2) < 0) {
        return NULL;
    }
    Gl_ssize_t n = GlNumber_AsSsize_t(args[1], GlExc_OverflowError);
    if (n == -1 && GlErr_Occurred()) {
        return NULL;
    }
    if (n < 0) {
        return GlErr_SetString(GlExc_ValueError, "negative count");
    }
    int isz = ARR(op)->ob_descr->itemsize;
    if (n > GL_SSIZE_T_MAX / isz) {
        return GlErr_NoMemory();
    }
    Gl_ssize_t nbytes = n * isz;
    GlObject *cnt = GlInt_FromSsize_t(nbytes);
    if (cnt == NULL) {
        return NULL;
    }
    GlObject *b = GlObject_CallMethodObjArgs(args[0], GL_ID(read), cnt, NULL);
    Gl_DECREF(cnt);
    if (b == NULL) {
        return NULL;
    }
    if (!GlBytes_Check(b)) {
        Gl_DECREF(b);
        return GlErr_SetString(GlExc_TypeError, "read() didn't return bytes");
    }
    int not_enough = Gl_SIZE(b) != nbytes;
    GlObject *res = array_frombytes(op, b);
    Gl_DECREF(b);
    if (res == NULL) {
        return NULL;
    }
    if (not_enough) {
        Gl_DECREF(res);
        return GlErr_SetString(GlExc_EOFError, "read() didn't return enough bytes");
    }
    return res;
}

static GlObject *
array_copy(GlObject *op, GlObject *unused)
{
    return array_slice(ARR(op), 0, Gl_SIZE(op));
}

static GlObject *
array_deepcopy(GlObject *op, GlObject *memo)
{
    return array_slice(ARR(op), 0, Gl_SIZE(op));
}

static GlObject *
array_sizeof(GlObject *op, GlObject *unused)
{
    return GlInt_FromSsize_t(Gl_TYPE(op)->tp_basicsize
                             + ARR(op)->allocated * ARR(op)->ob_descr->itemsize);
}

/* CPython's machine format codes (enum machine_format_code). */
enum {
    UNSIGNED_INT8 = 0, SIGNED_INT8 = 1, UNSIGNED_INT16_LE = 2, UNSIGNED_INT16_BE = 3,
    SIGNED_INT16_LE = 4, SIGNED_INT16_BE = 5, UNSIGNED_INT32_LE = 6, UNSIGNED_INT32_BE = 7,
    SIGNED_INT32_LE = 8, SIGNED_INT32_BE = 9, UNSIGNED_INT64_LE = 10, UNSIGNED_INT64_BE = 11,
    SIGNED_INT64_LE = 12, SIGNED_INT64_BE = 13, IEEE_754_FLOAT_LE = 14, IEEE_754_FLOAT_BE = 15,
    IEEE_754_DOUBLE_LE = 16, IEEE_754_DOUBLE_BE = 17, UTF16_LE = 18, UTF16_BE = 19,
    UTF32_LE = 20, UTF32_BE = 21, MACHINE_FORMAT_MAX = 21,
};

static int
is_big_endian(void)
{
    const uint16_t one = 1;
    return *(const uint8_t *)&one == 0;
}

/* The machine format code of a descriptor on this machine. */
static int
typecode_to_mformat(const ArrayDescr *d)
{
    int be = is_big_endian();
    switch (d->typecode) {
    case 'b': return SIGNED_INT8;
    case 'B': return UNSIGNED_INT8;
    case 'u': return UTF32_LE + be;
    case 'f': return IEEE_754_FLOAT_LE + be;
    case 'd': return IEEE_754_DOUBLE_LE + be;
    default: break;
    }
    int base;
    switch (d->itemsize) {
    case 2: base = d->is_signed ? SIGNED_INT16_LE : UNSIGNED_INT16_LE; break;
    case 4: base = d->is_signed ? SIGNED_INT32_LE : UNSIGNED_INT32_LE; break;
    default: base = d->is_signed ? SIGNED_INT64_LE : UNSIGNED_INT64_LE; break;
    }
    return base + be;
}

static GlObject *
array_reduce_ex(GlObject *op, GlObject *protocol_obj)
{
    ArrayObject *a = ARR(op);
    long protocol;
    if (!GlInt_Check(protocol_obj)) {
        return GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            GlObject_TypeName(protocol_obj));
    }
    if (get_long(protocol_obj, &protocol) < 0) {
        return NULL;
    }
    GlObject *dict = NULL, *mod = NULL, *recon = NULL, *items = NULL, *res = NULL;
    if (GlObject_LookupAttr(op, GL_ID(__dict__), &dict) < 0) {
        return NULL;
    }
    if (dict == NULL) {
        dict = Gl_NewRef(Gl_None);
    }
    char tc[2] = {a->ob_descr->typecode, 0};
    GlObject *tcs = GlStr_FromString(tc);
    if (tcs == NULL) {
        goto done;
    }
    if (protocol < 3) {
        items = array_tolist(op, NULL);
        if (items != NULL) {
            GlObject *args = GlTuple_Pack(2, tcs, items);
            if (args != NULL) {
                res = GlTuple_Pack(3, (GlObject *)Gl_TYPE(op), args, dict);
                Gl_DECREF(args);
            }
        }
        goto done;
    }
    mod = GlImport_ImportModule("array");
    recon = mod ? GlObject_GetAttrString(mod, "_array_reconstructor") : NULL;
    items = recon ? array_tobytes(op, NULL) : NULL;
    if (items != NULL) {
        GlObject *code = GlInt_FromLong(typecode_to_mformat(a->ob_descr));
        GlObject *args = code ? GlTuple_Pack(4, (GlObject *)Gl_TYPE(op), tcs, code, items) : NULL;
        Gl_XDECREF(code);
        if (args != NULL) {
            res = GlTuple_Pack(3, recon, args, dict);
            Gl_DECREF(args);
        }
    }
done:
    Gl_XDECREF(tcs);
    Gl_XDECREF(items);
    Gl_XDECREF(recon);
    Gl_XDECREF(mod);
    Gl_DECREF(dict);
    return res;
}

static GlObject *
array_get_typecode(GlObject *op, void *closure)
{
    char tc[2] = {ARR(op)->ob_descr->typecode, 0};
    return GlStr_FromString(tc);
}

static GlObject *
array_get_itemsize(GlObject *op, void *closure)
{
    return GlInt_FromLong(ARR(op)->ob_descr->itemsize);
}

static GlGetSetDef array_getset[] = {
    {"typecode", array_get_typecode, NULL, "the typecode character used to create the array",
     NULL},
    {"itemsize", array_get_itemsize, NULL, "the size, in bytes, of one array item", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GlMethodDef array_methods[] = {
    {"append", GL_FN(array_append), GL_METH_O, "Append new value v to the end of the array."},
    {"buffer_info", GL_FN(array_buffer_info), GL_METH_NOARGS,
     "Return a tuple (address, length) giving the current memory address and the length "
     "in items of the buffer used to hold array's contents."},
    {"byteswap", GL_FN(array_byteswap), GL_METH_NOARGS,
     "Byteswap all items of the array."},
    {"__copy__", GL_FN(array_copy), GL_METH_NOARGS, "Return a copy of the array."},
    {"count", GL_FN(array_count), GL_METH_O, "Return number of occurrences of v in the array."},
    {"__deepcopy__", GL_FN(array_deepcopy), GL_METH_O, "Return a copy of the array."},
    {"extend", GL_FN(array_extend), GL_METH_O,
     "Append items to the end of the array."},
    {"frombytes", GL_FN(array_frombytes), GL_METH_O,
     "Appends items from the string, interpreting it as an array of machine values, as if "
     "it had been read from a file using the fromfile() method."},
    {"fromfile", GL_FN(array_fromfile), GL_METH_FASTCALL,
     "Read n objects from the file object f and append them to the end of the array."},
    {"fromlist", GL_FN(array_fromlist), GL_METH_O, "Append items to array from list."},
    {"fromunicode", GL_FN(array_fromunicode), GL_METH_O,
     "Extends this array with data from the unicode string ustr."},
    {"index", GL_FN(array_index), GL_METH_FASTCALL,
     "Return index of first occurrence of v in the array."},
    {"insert", GL_FN(array_insert), GL_METH_FASTCALL,
     "Insert a new item v into the array before position i."},
    {"pop", GL_FN(array_pop), GL_METH_FASTCALL,
     "Return the i-th element and delete it from the array."},
    {"__reduce_ex__", GL_FN(array_reduce_ex), GL_METH_O, "Return state information for pickling."},
    {"remove", GL_FN(array_remove), GL_METH_O, "Remove the first occurrence of v in the array."},
    {"reverse", GL_FN(array_reverse), GL_METH_NOARGS,
     "Reverse the order of the items in the array."},
    {"tofile", GL_FN(array_tofile), GL_METH_O, "Write all items (as machine values) to the file object f."},
    {"tolist", GL_FN(array_tolist), GL_METH_NOARGS,
     "Convert array to an ordinary list with the same items."},
    {"tobytes", GL_FN(array_tobytes), GL_METH_NOARGS,
     "Convert the array to an array of machine values and return the bytes representation."},
    {"tounicode", GL_FN(array_tounicode), GL_METH_NOARGS,
     "Extends this array with data from the unicode string ustr."},
    {"__sizeof__", GL_FN(array_sizeof), GL_METH_NOARGS,
     "Size of the array in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static GlSequenceMethods array_as_sequence = {
    .sq_length = array_length,
    .sq_concat = array_concat,
    .sq_repeat = array_repeat,
    .sq_item = array_item,
    .sq_ass_item = array_ass_item,
    .sq_contains = array_contains,
    .sq_inplace_concat = array_inplace_concat,
    .sq_inplace_repeat = array_inplace_repeat,
};

static GlMappingMethods array_as_mapping = {
    .mp_length = array_length,
    .mp_subscript = array_subscript,
    .mp_ass_subscript = array_ass_subscript,
};

static GlBufferProcs array_as_buffer = {array_getbuffer, array_releasebuffer};

static GlObject *array_iter(GlObject *op);

GlTypeObject GlArray_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "array.array",
    .tp_basicsize = sizeof(ArrayObject),
    .tp_dealloc = array_dealloc,
    .tp_repr = array_repr,
    .tp_as_sequence = &array_as_sequence,
    .tp_as_mapping = &array_as_mapping,
    .tp_as_buffer = &array_as_buffer,
    .tp_hash = GlObject_HashNotImplemented,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE | GL_TPFLAGS_SEQUENCE,
    .tp_doc = "array(typecode [, initializer]) -> array\n\n"
              "Return a new array whose items are restricted by typecode, and\n"
              "initialized from the optional initializer value, which must be a list,\n"
              "string or iterable over elements of the appropriate type.\n\n"
              "Arrays represent basic values and behave very much like lists, except\n"
              "the type of objects stored in them is constrained. The type is specified\n"
              "at object creation time by using a type code, which is a single character.",
    .tp_richcompare = array_richcompare,
    .tp_weaklistoffset = offsetof(ArrayObject, weakreflist),
    .tp_iter = array_iter,
    .tp_methods = array_methods,
    .tp_getset = array_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = array_new,
    .tp_free = GlObject_Free,
};

/* ---- the iterator ------------------------------------------------------------------- */

static GlObject *
array_iter(GlObject *op)
{
    ArrayIterObject *it = (ArrayIterObject *)GlObject_GC_New(&GlArrayIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->ao = (ArrayObject *)Gl_NewRef(op);
    it->index = 0;
    it->getitem = ARR(op)->ob_descr->getitem;
    GlObject_GC_Track(it);
    return (GlObject *)it;
}

static void
arrayiter_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    Gl_XDECREF(((ArrayIterObject *)op)->ao);
    GlObject_GC_Del(op);
}

static int
arrayiter_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((ArrayIterObject *)op)->ao);
    return 0;
}

static GlObject *
arrayiter_next(GlObject *op)
{
    ArrayIterObject *it = (ArrayIterObject *)op;
    ArrayObject *ao = it->ao;
    if (ao == NULL) {
        return NULL;
    }
    if (it->index < Gl_SIZE(ao)) {
        return it->getitem(ao, it->index++);
    }
    it->ao = NULL;
    Gl_DECREF(ao);
    return NULL;
}

/* __reduce__: (iter, (array,), index), or (iter, ((),)) once exhausted. New reference. */
static GlObject *
arrayiter_reduce(GlObject *op, GlObject *unused)
{
    ArrayIterObject *it = (ArrayIterObject *)op;
    GlObject *iterf = GlDict_GetItemString(GlEval_GetBuiltins(), "iter");   // borrowed
    if (iterf == NULL) {
        return GlErr_SetString(GlExc_RuntimeError, "lost builtins.iter");
    }
    GlObject *res = NULL, *inner = NULL, *idx = NULL;
    if (it->ao == NULL) {
        GlObject *empty = GlTuple_New(0);
        inner = empty ? GlTuple_Pack(1, empty) : NULL;
        Gl_XDECREF(empty);
        res = inner ? GlTuple_Pack(2, iterf, inner) : NULL;
    } else {
        inner = GlTuple_Pack(1, (GlObject *)it->ao);
        idx = inner ? GlInt_FromSsize_t(it->index) : NULL;
        res = idx ? GlTuple_Pack(3, iterf, inner, idx) : NULL;
    }
    Gl_XDECREF(inner);
    Gl_XDECREF(idx);
    return res;
}

static GlObject *
arrayiter_setstate(GlObject *op, GlObject *state)
{
    ArrayIterObject *it = (ArrayIterObject *)op;
    Gl_ssize_t index = GlNumber_AsSsize_t(state, NULL);
    if (index == -1 && GlErr_Occurred()) {
        return NULL;
    }
    if (it->ao != NULL) {
        if (index < 0) {
            index = 0;
        } else if (index > Gl_SIZE(it->ao)) {
            index = Gl_SIZE(it->ao);
        }
        it->index = index;
    }
    Gl_RETURN_NONE;
}

static GlMethodDef arrayiter_methods[] = {
    {"__reduce__", GL_FN(arrayiter_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", GL_FN(arrayiter_setstate), GL_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlArrayIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "array.arrayiterator",
    .tp_basicsize = sizeof(ArrayIterObject),
    .tp_dealloc = arrayiter_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_traverse = arrayiter_traverse,
    .tp_iter = GlIter_Self,
    .tp_iternext = arrayiter_next,
    .tp_methods = arrayiter_methods,
};

/* ---- _array_reconstructor ----------------------------------------------------------- */

/* Reads one item of machine format `code` at p as a Python object. New reference. */
static GlObject *
mformat_item(int code, const unsigned char *p) GL_NEWREF
{
    int be = code & 1;
    int size;
    switch (code) {
    case UNSIGNED_INT8: return GlInt_FromLong(p[0]);
    case SIGNED_INT8: return GlInt_FromLong((signed char)p[0]);
    case IEEE_754_FLOAT_LE: case IEEE_754_FLOAT_BE: {
        uint32_t u = 0;
        for (int i = 0; i < 4; i++) {
            u |= (uint32_t)p[be ? 3 - i : i] << (8 * i);
        }
        float f;
        memcpy(&f, &u, 4);
        return GlFloat_FromDouble(f);
    }
    case IEEE_754_DOUBLE_LE: case IEEE_754_DOUBLE_BE: {
        uint64_t u = 0;
        for (int i = 0; i < 8; i++) {
            u |= (uint64_t)p[be ? 7 - i : i] << (8 * i);
        }
        double d;
        memcpy(&d, &u, 8);
        return GlFloat_FromDouble(d);
    }
    case UTF16_LE: case UTF16_BE:
        size = 2;
        break;
    case UTF32_LE: case UTF32_BE:
        size = 4;
        break;
    default:
        size = code <= SIGNED_INT16_BE ? 2 : code <= SIGNED_INT32_BE ? 4 : 8;
        break;
    }
    uint64_t u = 0;
    for (int i = 0; i < size; i++) {
        u |= (uint64_t)p[be ? size - 1 - i : i] << (8 * i);
    }
    if (code >= UTF16_LE) {
        return GlStr_FromOrdinal((uint32_t)u);
    }
    int is_signed = (code >= SIGNED_INT16_LE && code <= SIGNED_INT16_BE)
                    || (code >= SIGNED_INT32_LE && code <= SIGNED_INT32_BE)
                    || code >= SIGNED_INT64_LE;
    if (is_signed) {
        int shift = 64 - 8 * size;
        int64_t s = (int64_t)(u << shift) >> shift;
        return GlInt_FromInt64(s);
    }
    return GlInt_FromUInt64(u);
}

static GlObject *
array_reconstructor(GlObject *module, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("_array_reconstructor", nargs, 4, 4) < 0) {
        return NULL;
    }
    GlObject *type = args[0], *items = args[3];
    if (!GlType_Check(type)) {
        return GlErr_Format(GlExc_TypeError, "first argument must be a type object, not %s",
                            GlObject_TypeName(type));
    }
    if (!GlType_IsSubtype((GlTypeObject *)type, &GlArray_Type)) {
        return GlErr_Format(GlExc_TypeError, "%s is not a subtype of array.array",
                            ((GlTypeObject *)type)->tp_name);
    }
    int c = typecode_arg(args[1]);
    if (c < 0) {
        return NULL;
    }
    const ArrayDescr *descr = find_descr(c);
    if (descr == NULL) {
        return GlErr_SetString(GlExc_ValueError, "second argument must be a valid type code");
    }
    long code;
    if (get_long(args[2], &code) < 0) {
        return NULL;
    }
    if (code < 0 || code > MACHINE_FORMAT_MAX) {
        return GlErr_SetString(GlExc_ValueError,
                               "third argument must be a valid machine format code.");
    }
    if (!GlBytes_Check(items)) {
        return GlErr_Format(GlExc_TypeError, "fourth argument should be bytes, not %s",
                            GlObject_TypeName(items));
    }
    if (code == typecode_to_mformat(descr)) {
        GlObject *a = newarrayobject((GlTypeObject *)type, 0, descr);
        if (a != NULL && frombytes_raw(ARR(a), GlBytes_AS_STRING(items), Gl_SIZE(items)) < 0) {
            Gl_CLEAR(a);
        }
        return a;
    }
    // another machine's format: decode the items and build from a list (or str)
    static const int sizes[] = {1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 2, 2, 4, 4};
    int size = sizes[code];
    Gl_ssize_t n = Gl_SIZE(items) / size;
    if (Gl_SIZE(items) % size != 0) {
        return GlErr_SetString(GlExc_ValueError, "string length not a multiple of item size");
    }
    GlObject *list = GlList_New(n);
    if (list == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *v = mformat_item((int)code,
                                   (const unsigned char *)GlBytes_AS_STRING(items) + i * size);
        if (v == NULL) {
            Gl_DECREF(list);
            return NULL;
        }
        GlList_SET_ITEM(list, i, v);
    }
    GlObject *init = list;
    if (code >= UTF16_LE) {
        // the decoded characters joined into a str
        uint32_t *cps = GlMem_Malloc((size_t)(n + 1) * 4);
        if (cps == NULL) {
            Gl_DECREF(list);
            return GlErr_NoMemory();
        }
        for (Gl_ssize_t i = 0; i < n; i++) {
            cps[i] = GlStr_READ_CHAR(GlList_GET_ITEM(list, i), 0);
        }
        init = GlStr_FromKindAndData(4, cps, n);
        GlMem_Free(cps);
        Gl_DECREF(list);
        if (init == NULL) {
            return NULL;
        }
    }
    GlObject *a = array_make((GlTypeObject *)type, c, init);
    Gl_DECREF(init);
    return a;
}

static GlMethodDef array_module_methods[] = {
    {"_array_reconstructor", GL_FN(array_reconstructor), GL_METH_FASTCALL,
     "Internal. Used for pickling support."},
    {NULL, NULL, 0, NULL},
};

/* Registers the type with collections.abc.MutableSequence (as CPython's array_modexec).
   0 / -1. */
static int
register_mutable_sequence(void)
{
    GlObject *abc = GlImport_ImportModule("_collections_abc");
    if (abc == NULL) {
        return -1;
    }
    GlObject *ms = GlObject_GetAttrString(abc, "MutableSequence");
    Gl_DECREF(abc);
    if (ms == NULL) {
        return -1;
    }
    GlObject *reg = GlObject_GetAttrString(ms, "register");
    Gl_DECREF(ms);
    GlObject *res = reg ? GlObject_CallOneArg(reg, (GlObject *)&GlArray_Type) : NULL;
    Gl_XDECREF(reg);
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

GlObject *
GlInit_array(void) GL_NEWREF
{
    if (GlArray_Type.tp_dict == NULL && GlType_Ready(&GlArray_Type) < 0) {
        return NULL;
    }
    if (GlArrayIter_Type.tp_dict == NULL && GlType_Ready(&GlArrayIter_Type) < 0) {
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("array");
    if (m == NULL) {
        return NULL;
    }
    GlObject *doc = GlStr_FromString(
        "This module defines an object type which can efficiently represent\n"
        "an array of basic values: characters, integers, floating point\n"
        "numbers.  Arrays are sequence types and behave very much like lists,\n"
        "except that the type of objects stored in them is constrained.\n");
    GlObject *codes = doc ? GlStr_FromString("bBuhHiIlLqQfd") : NULL;
    if (codes == NULL || GlModule_AddObject(m, "__doc__", doc) < 0
        || GlModule_AddObject(m, "typecodes", codes) < 0
        || GlModule_AddObject(m, "array", (GlObject *)&GlArray_Type) < 0
        || GlModule_AddObject(m, "ArrayType", (GlObject *)&GlArray_Type) < 0
        || GlModule_AddFunctions(m, array_module_methods) < 0
        || register_mutable_sequence() < 0) {
        Gl_XDECREF(doc);
        Gl_XDECREF(codes);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(doc);
    Gl_DECREF(codes);
    return m;
}
