/* tuple.c - the tuple type and its iterator.
 *
 * Invariants:
 * - items below ob_size are owned and non-NULL once Python can see the tuple; a
 *   tuple being filled (fresh from GlTuple_New) may hold NULLs, which traverse and
 *   dealloc tolerate.
 * - () is a singleton, allocated on first use and never tracked or freed.
 * - Exact tuples of sizes 1..19 are recycled through per-size free lists of at most
 *   2000 entries (CPython 3.11's PyTuple_MAXSAVESIZE / PyTuple_MAXFREELIST); a recycled
 *   block bypasses the GC allocation count, as in CPython.
 *
 * CPython behaviour matched: xxHash-based tuplehash (hash(()) == 5740354900026072187),
 * lexicographic comparison with identity-first equality, repr "(1,)" / "(...)",
 * error messages of tupleobject.c; the iterator's __reduce__ (iter, (tuple,), index)
 * and __setstate__.
 */
#include "allobjects.h"

#define TUPLE_MAXSAVESIZE 20
#define TUPLE_MAXFREELIST 2000

/* free_list[n] chains freed tuples of size n through ob_item[0]. */
static GlTupleObject *tuple_free_list[TUPLE_MAXSAVESIZE];
static int tuple_numfree[TUPLE_MAXSAVESIZE];
static GlObject *tuple_empty;   // the () singleton (owned forever)

/* ---- allocation ---- */

static GlObject *
tuple_alloc(Gl_ssize_t n)
{
    GlTupleObject *op;
    if (n < TUPLE_MAXSAVESIZE && (op = tuple_free_list[n]) != NULL) {
        tuple_free_list[n] = (GlTupleObject *)op->ob_item[0];
        tuple_numfree[n]--;
        op->ob_base.ob_base.ob_refcnt = 1;
        GL_REF_INC();
    }
    else {
        if (n > (GL_SSIZE_T_MAX - (Gl_ssize_t)sizeof(GlTupleObject)) / (Gl_ssize_t)sizeof(GlObject *)) {
            return GlErr_NoMemory();
        }
        op = (GlTupleObject *)GlObject_GC_New(&GlTuple_Type, n);
        if (op == NULL) {
            return NULL;
        }
    }
    Gl_SET_SIZE(op, n);
    for (Gl_ssize_t i = 0; i < n; i++) {
        op->ob_item[i] = NULL;
    }
    return (GlObject *)op;
}

static GlObject *
tuple_get_empty(void)
{
    if (tuple_empty == NULL) {
        tuple_empty = GlObject_GC_New(&GlTuple_Type, 0);
        if (tuple_empty == NULL) {
            return NULL;
        }
        Gl_SET_SIZE(tuple_empty, 0);
        tuple_empty->ob_refcnt += GL_STATIC_REFS;   // static in CPython (see object.h)
    }
    return Gl_NewRef(tuple_empty);
}

GlObject *
GlTuple_New(Gl_ssize_t n) GL_NEWREF
{
    if (n == 0) {
        return tuple_get_empty();
    }
    if (n < 0) {
        return GlErr_BadInternalCall();
    }
    GlObject *op = tuple_alloc(n);
    if (op != NULL) {
        GlObject_GC_Track(op);
    }
    return op;
}

GlObject *
GlTuple_FromArray(GlObject *const *items, Gl_ssize_t n) GL_NEWREF
{
    if (n == 0) {
        return tuple_get_empty();
    }
    GlObject *op = tuple_alloc(n);
    if (op == NULL) {
        return NULL;
    }
    GlObject **dst = GlTuple_ITEMS(op);
    for (Gl_ssize_t i = 0; i < n; i++) {
        dst[i] = Gl_NewRef(items[i]);
    }
    GlObject_GC_Track(op);
    return op;
}

GlObject *
GlTuple_FromArraySteal(GlObject *const *items, Gl_ssize_t n) GL_NEWREF
{
    if (n == 0) {
        return tuple_get_empty();
    }
    GlObject *op = tuple_alloc(n);
    if (op == NULL) {
        for (Gl_ssize_t i = 0; i < n; i++) {
            Gl_DECREF(items[i]);
        }
        return NULL;
    }
    memcpy(GlTuple_ITEMS(op), items, (size_t)n * sizeof(GlObject *));
    GlObject_GC_Track(op);
    return op;
}

GlObject *
GlTuple_Pack(Gl_ssize_t n, ...) GL_NEWREF
{
    if (n == 0) {
        return tuple_get_empty();
    }
    GlObject *op = tuple_alloc(n);
    if (op == NULL) {
        return NULL;
    }
    va_list va;
    va_start(va, n);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlTuple_ITEMS(op)[i] = Gl_NewRef(va_arg(va, GlObject *));
    }
    va_end(va);
    GlObject_GC_Track(op);
    return op;
}

GlObject *
GlTuple_GetSlice(GlObject *t, Gl_ssize_t lo, Gl_ssize_t hi) GL_NEWREF
{
    Gl_ssize_t n = Gl_SIZE(t);
    if (lo < 0) {
        lo = 0;
    }
    if (hi > n) {
        hi = n;
    }
    if (hi < lo) {
        hi = lo;
    }
    if (lo == 0 && hi == n && GlTuple_CheckExact(t)) {
        return Gl_NewRef(t);
    }
    return GlTuple_FromArray(GlTuple_ITEMS(t) + lo, hi - lo);
}

GlObject *
GlSequence_Tuple(GlObject *v) GL_NEWREF
{
    if (GlTuple_CheckExact(v)) {
        return Gl_NewRef(v);
    }
    if (GlList_CheckExact(v)) {
        return GlList_AsTuple(v);
    }
    GlObject *it = GlObject_GetIter(v);
    if (it == NULL) {
        return NULL;
    }
    Gl_ssize_t n = GlObject_LengthHint(v, 10);
    if (n < 0) {
        Gl_DECREF(it);
        return NULL;
    }
    /* Collect into a growable C array, then build the tuple in one go. */
    GlObject *stackbuf[16];
    GlObject **buf = stackbuf;
    Gl_ssize_t cap = 16, len = 0;
    if (n > cap) {
        buf = GlMem_New(GlObject *, n);
        if (buf == NULL) {
            Gl_DECREF(it);
            return GlErr_NoMemory();
        }
        cap = n;
    }
    iternextfunc next = Gl_TYPE(it)->tp_iternext;
    for (;;) {
        GlObject *item = next(it);   // may run Python code
        if (item == NULL) {
            if (GlErr_Occurred()) {
                if (!GlErr_ExceptionMatches(GlExc_StopIteration)) {
                    goto error;
                }
                GlErr_Clear();
            }
            break;
        }
        if (len == cap) {
            Gl_ssize_t ncap = cap + (cap >> 1) + 8;
            GlObject **nb;
            if (buf == stackbuf) {
                nb = GlMem_New(GlObject *, ncap);
                if (nb != NULL) {
                    memcpy(nb, stackbuf, sizeof(stackbuf));
                }
            }
            else {
                nb = GlMem_Resize(buf, GlObject *, ncap);
            }
            if (nb == NULL) {
                Gl_DECREF(item);
                GlErr_NoMemory();
                goto error;
            }
            buf = nb;
            cap = ncap;
        }
        buf[len++] = item;
    }
    Gl_DECREF(it);
    GlObject *res = GlTuple_FromArraySteal(buf, len);
    if (buf != stackbuf) {
        GlMem_Free(buf);
    }
    return res;
error:
    for (Gl_ssize_t i = 0; i < len; i++) {
        Gl_DECREF(buf[i]);
    }
    if (buf != stackbuf) {
        GlMem_Free(buf);
    }
    Gl_DECREF(it);
    return NULL;
}

void
GlTuple_ClearFreeLists(void)
{
    for (int n = 1; n < TUPLE_MAXSAVESIZE; n++) {
        GlTupleObject *p = tuple_free_list[n];
        tuple_free_list[n] = NULL;
        tuple_numfree[n] = 0;
        while (p != NULL) {
            GlTupleObject *q = p;
            p = (GlTupleObject *)p->ob_item[0];
            GlObject_GC_Del(q);
        }
    }
}

/* "May be tracked" as CPython's _PyObject_GC_MAY_BE_TRACKED: any GC object except
 * an untracked tuple. */
static inline int
may_be_tracked(GlObject *o)
{
    if (!GlObject_IS_GC(o)) {
        return 0;
    }
    if (GlTuple_CheckExact(o)) {
        return GlObject_GC_IsTracked(o);
    }
    return 1;
}

int
GlTuple_CanUntrack(GlObject *t)
{
    Gl_ssize_t n = Gl_SIZE(t);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *elt = GlTuple_GET_ITEM(t, i);
        if (elt == NULL || may_be_tracked(elt)) {
            return 0;
        }
    }
    return 1;
}


/* ---- slots ---- */

static void
tuple_dealloc(GlObject *self)
{
    GlTupleObject *op = (GlTupleObject *)self;
    Gl_ssize_t n = Gl_SIZE(op);
    GlObject_GC_UnTrack(op);
    for (Gl_ssize_t i = n; --i >= 0;) {
        Gl_XDECREF(op->ob_item[i]);
    }
    if (n > 0 && n < TUPLE_MAXSAVESIZE && GlTuple_CheckExact(self)
        && tuple_numfree[n] < TUPLE_MAXFREELIST) {
        op->ob_item[0] = (GlObject *)tuple_free_list[n];
        tuple_free_list[n] = op;
        tuple_numfree[n]++;
        return;
    }
    if (self == tuple_empty) {
        /* Never freed; keep the singleton alive if a stray DECREF got here. */
        self->ob_refcnt = 1;
        return;
    }
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
tuple_repr(GlObject *self)
{
    Gl_ssize_t n = Gl_SIZE(self);
    if (n == 0) {
        return GlStr_FromString("()");
    }
    int rc = Gl_ReprEnter(self);
    if (rc != 0) {
        return rc > 0 ? GlStr_FromString("(...)") : NULL;
    }
    GlObject *parts = GlList_New(0);
    GlObject *res = NULL;
    if (parts == NULL) {
        goto done;
    }
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self); i++) {
        GlObject *r = GlObject_Repr(GlTuple_GET_ITEM(self, i));   // may run Python
        if (r == NULL) {
            goto done;
        }
        int err = GlList_Append(parts, r);
        Gl_DECREF(r);
        if (err < 0) {
            goto done;
        }
    }
    res = GlRepr_JoinParts("(", parts, n == 1 ? ",)" : ")");
done:
    Gl_XDECREF(parts);
    Gl_ReprLeave(self);
    return res;
}

#define XXPRIME_1 ((Gl_uhash_t)11400714785074694791ULL)
#define XXPRIME_2 ((Gl_uhash_t)14029467366897019727ULL)
#define XXPRIME_5 ((Gl_uhash_t)2870177450012600261ULL)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

static Gl_hash_t
tuple_hash(GlObject *self)
{
    Gl_ssize_t len = Gl_SIZE(self);
    GlObject **item = GlTuple_ITEMS(self);
    Gl_uhash_t acc = XXPRIME_5;
    for (Gl_ssize_t i = 0; i < len; i++) {
        Gl_uhash_t lane = (Gl_uhash_t)GlObject_Hash(item[i]);   // may run Python
        if (lane == (Gl_uhash_t)-1) {
            return -1;
        }
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += (Gl_uhash_t)len ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (Gl_uhash_t)-1) {
        return 1546275796;
    }
    return (Gl_hash_t)acc;
}

static int
tuple_traverse(GlObject *self, visitproc visit, void *arg)
{
    for (Gl_ssize_t i = Gl_SIZE(self); --i >= 0;) {
        Gl_VISIT(GlTuple_GET_ITEM(self, i));
    }
    return 0;
}

/* Shared by tuple and list: lexicographic rich comparison of two item arrays. The
 * arrays are re-read through the containers after each comparison (which may run
 * Python code and mutate a list). */
static GlObject *
tuple_richcompare(GlObject *v, GlObject *w, int op)
{
    if (!GlTuple_Check(v) || !GlTuple_Check(w)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    Gl_ssize_t vlen = Gl_SIZE(v), wlen = Gl_SIZE(w);
    Gl_ssize_t i;
    for (i = 0; i < vlen && i < wlen; i++) {
        int k = GlObject_RichCompareBool(GlTuple_GET_ITEM(v, i), GlTuple_GET_ITEM(w, i), Gl_EQ);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= vlen || i >= wlen) {
        return GlRich_CompareSizes(vlen, wlen, op);
    }
    if (op == Gl_EQ) {
        Gl_RETURN_FALSE;
    }
    if (op == Gl_NE) {
        Gl_RETURN_TRUE;
    }
    return GlObject_RichCompare(GlTuple_GET_ITEM(v, i), GlTuple_GET_ITEM(w, i), op);
}

GlObject *
GlRich_CompareSizes(Gl_ssize_t a, Gl_ssize_t b, int op) GL_NEWREF
{
    int r;
    switch (op) {
    case Gl_LT: r = a < b; break;
    case Gl_LE: r = a <= b; break;
    case Gl_EQ: r = a == b; break;
    case Gl_NE: r = a != b; break;
    case Gl_GT: r = a > b; break;
    default: r = a >= b; break;
    }
    return GlBool_FromLong(r);
}

static GlObject *tuple_iter(GlObject *seq);

/* ---- sequence methods ---- */

static Gl_ssize_t
tuple_length(GlObject *self)
{
    return Gl_SIZE(self);
}

static int
tuple_contains(GlObject *self, GlObject *el)
{
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self); i++) {
        int cmp = GlObject_RichCompareBool(GlTuple_GET_ITEM(self, i), el, Gl_EQ);
        if (cmp != 0) {
            return cmp;
        }
    }
    return 0;
}

static GlObject *
tuple_item(GlObject *self, Gl_ssize_t i)
{
    if ((size_t)i >= (size_t)Gl_SIZE(self)) {
        return GlErr_SetString(GlExc_IndexError, "tuple index out of range");
    }
    return Gl_NewRef(GlTuple_GET_ITEM(self, i));
}

static GlObject *
tuple_concat(GlObject *a, GlObject *bb)
{
    if (!GlTuple_Check(bb)) {
        return GlErr_Format(GlExc_TypeError,
                            "can only concatenate tuple (not \"%.200s\") to tuple",
                            Gl_TYPE(bb)->tp_name);
    }
    Gl_ssize_t na = Gl_SIZE(a), nb = Gl_SIZE(bb);
    if (nb == 0 && GlTuple_CheckExact(a)) {
        return Gl_NewRef(a);
    }
    if (na == 0 && GlTuple_CheckExact(bb)) {
        return Gl_NewRef(bb);
    }
    if (na > GL_SSIZE_T_MAX - nb) {
        return GlErr_NoMemory();
    }
    GlObject *np = GlTuple_New(na + nb);
    if (np == NULL) {
        return NULL;
    }
    GlObject **dst = GlTuple_ITEMS(np);
    for (Gl_ssize_t i = 0; i < na; i++) {
        dst[i] = Gl_NewRef(GlTuple_GET_ITEM(a, i));
    }
    for (Gl_ssize_t i = 0; i < nb; i++) {
        dst[na + i] = Gl_NewRef(GlTuple_GET_ITEM(bb, i));
    }
    return np;
}

static GlObject *
tuple_repeat(GlObject *a, Gl_ssize_t n)
{
    Gl_ssize_t size = Gl_SIZE(a);
    if (size == 0 || n == 1) {
        if (GlTuple_CheckExact(a)) {
            return Gl_NewRef(a);
        }
        if (size == 0) {
            return tuple_get_empty();
        }
    }
    if (n <= 0 || size == 0) {
        return tuple_get_empty();
    }
    if (n > GL_SSIZE_T_MAX / (Gl_ssize_t)sizeof(GlObject *) / size) {
        return GlErr_NoMemory();
    }
    GlObject *np = GlTuple_New(size * n);
    if (np == NULL) {
        return NULL;
    }
    GlObject **src = GlTuple_ITEMS(a), **dst = GlTuple_ITEMS(np);
    for (Gl_ssize_t j = 0; j < n; j++) {
        for (Gl_ssize_t i = 0; i < size; i++) {
            *dst++ = Gl_NewRef(src[i]);
        }
    }
    return np;
}

static GlObject *
tuple_subscript(GlObject *self, GlObject *item)
{
    if (GlInt_CheckExact(item) && GlInt_IS_SMALL(item)) {
        int64_t i = ((GlIntObject *)item)->small;
        if (i < 0) {
            i += Gl_SIZE(self);
        }
        return tuple_item(self, (Gl_ssize_t)i);
    }
    if (GlIndex_Check(item)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(item, GlExc_IndexError);
        if (i == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += Gl_SIZE(self);
        }
        return tuple_item(self, i);
    }
    if (GlSlice_Check(item)) {
        Gl_ssize_t start, stop, step;
        Gl_ssize_t len = GlSlice_GetIndicesEx(item, Gl_SIZE(self), &start, &stop, &step);
        if (len < 0) {
            return NULL;
        }
        if (len <= 0) {
            return tuple_get_empty();
        }
        if (start == 0 && step == 1 && len == Gl_SIZE(self) && GlTuple_CheckExact(self)) {
            return Gl_NewRef(self);
        }
        GlObject *res = GlTuple_New(len);
        if (res == NULL) {
            return NULL;
        }
        for (Gl_ssize_t cur = start, i = 0; i < len; cur += step, i++) {
            GlTuple_ITEMS(res)[i] = Gl_NewRef(GlTuple_GET_ITEM(self, cur));
        }
        return res;
    }
    return GlErr_Format(GlExc_TypeError, "tuple indices must be integers or slices, not %.200s",
                        Gl_TYPE(item)->tp_name);
}

/* ---- methods ---- */

/* Shared argument parsing of index(value, start, stop) for tuple and list:
 * clamps start/stop the way CPython's _PyEval_SliceIndexNotNone does. 0 / -1. */
int
GlSeq_IndexArgs(const char *fname, GlObject *const *args, Gl_ssize_t nargs,
                Gl_ssize_t *start, Gl_ssize_t *stop)
{
    if (GlArg_CheckPositional(fname, nargs, 1, 3) < 0) {
        return -1;
    }
    *start = 0;
    *stop = GL_SSIZE_T_MAX;
    for (int k = 1; k < nargs && k < 3; k++) {
        GlObject *v = args[k];
        if (!GlIndex_Check(v)) {
            GlErr_SetString(GlExc_TypeError,
                            "slice indices must be integers or have an __index__ method");
            return -1;
        }
        Gl_ssize_t x = GlNumber_AsSsize_t(v, NULL);
        if (x == -1 && GlErr_Occurred()) {
            return -1;
        }
        if (k == 1) {
            *start = x;
        }
        else {
            *stop = x;
        }
    }
    return 0;
}

static GlObject *
tuple_index(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    Gl_ssize_t start, stop;
    if (GlSeq_IndexArgs("index", args, nargs, &start, &stop) < 0) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(self);
    if (start < 0) {
        start += n;
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += n;
    }
    else if (stop > n) {
        stop = n;
    }
    for (Gl_ssize_t i = start; i < stop; i++) {
        int cmp = GlObject_RichCompareBool(GlTuple_GET_ITEM(self, i), args[0], Gl_EQ);
        if (cmp > 0) {
            return GlInt_FromSsize_t(i);
        }
        if (cmp < 0) {
            return NULL;
        }
    }
    return GlErr_SetString(GlExc_ValueError, "tuple.index(x): x not in tuple");
}

static GlObject *
tuple_count(GlObject *self, GlObject *value)
{
    Gl_ssize_t count = 0;
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self); i++) {
        int cmp = GlObject_RichCompareBool(GlTuple_GET_ITEM(self, i), value, Gl_EQ);
        if (cmp > 0) {
            count++;
        }
        else if (cmp < 0) {
            return NULL;
        }
    }
    return GlInt_FromSsize_t(count);
}

static GlObject *
tuple_getnewargs(GlObject *self, GlObject *unused)
{
    GlObject *t = GlTuple_FromArray(GlTuple_ITEMS(self), Gl_SIZE(self));
    if (t == NULL) {
        return NULL;
    }
    GlObject *res = GlTuple_Pack(1, t);
    Gl_DECREF(t);
    return res;
}

static GlObject *
tuple_sizeof(GlObject *self, GlObject *unused)
{
    return GlInt_FromSsize_t((Gl_ssize_t)offsetof(GlTupleObject, ob_item)
                             + Gl_SIZE(self) * (Gl_ssize_t)sizeof(GlObject *));
}

/* ---- construction ---- */

static GlObject *
tuple_subtype_new(GlTypeObject *type, GlObject *iterable)
{
    GlObject *tmp = iterable == NULL ? tuple_get_empty() : GlSequence_Tuple(iterable);
    if (tmp == NULL) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(tmp);
    GlObject *newobj = type->tp_alloc(type, n);
    if (newobj == NULL) {
        Gl_DECREF(tmp);
        return NULL;
    }
    Gl_SET_SIZE(newobj, n);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlTuple_ITEMS(newobj)[i] = Gl_NewRef(GlTuple_GET_ITEM(tmp, i));
    }
    Gl_DECREF(tmp);
    return newobj;
}

static GlObject *
tuple_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if ((type == &GlTuple_Type || type->tp_init == GlTuple_Type.tp_init)
        && GlArg_NoKeywords("tuple", kwds) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = Gl_SIZE(args);
    if (GlArg_CheckPositional("tuple", nargs, 0, 1) < 0) {
        return NULL;
    }
    GlObject *iterable = nargs ? GlTuple_GET_ITEM(args, 0) : NULL;
    if (type != &GlTuple_Type) {
        return tuple_subtype_new(type, iterable);
    }
    return iterable == NULL ? tuple_get_empty() : GlSequence_Tuple(iterable);
}

static GlObject *
tuple_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("tuple", kwnames) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (GlArg_CheckPositional("tuple", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (type != (GlObject *)&GlTuple_Type) {
        return tuple_subtype_new((GlTypeObject *)type, nargs ? args[0] : NULL);
    }
    return nargs ? GlSequence_Tuple(args[0]) : tuple_get_empty();
}

static GlMethodDef tuple_methods[] = {
    {"__getnewargs__", GL_FN(tuple_getnewargs), GL_METH_NOARGS,
     "Return the arguments that recreate the tuple when unpickling."},
    {"index", GL_FN(tuple_index), GL_METH_FASTCALL, "Return first index of value."},
    {"count", GL_FN(tuple_count), GL_METH_O, "Return number of occurrences of value."},
    {"__sizeof__", GL_FN(tuple_sizeof), GL_METH_NOARGS,
     "Return the size of the tuple in memory, in bytes."},
    {NULL, NULL, 0, NULL},
};

static GlSequenceMethods tuple_as_sequence = {
    .sq_length = tuple_length,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .sq_item = tuple_item,
    .sq_contains = tuple_contains,
};

static GlMappingMethods tuple_as_mapping = {
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
};

GlTypeObject GlTuple_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "tuple",
    .tp_basicsize = offsetof(GlTupleObject, ob_item),
    .tp_itemsize = sizeof(GlObject *),
    .tp_dealloc = tuple_dealloc,
    .tp_repr = tuple_repr,
    .tp_as_sequence = &tuple_as_sequence,
    .tp_as_mapping = &tuple_as_mapping,
    .tp_hash = tuple_hash,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE | GL_TPFLAGS_TUPLE_SUBCLASS
                | GL_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Built-in immutable sequence.",
    .tp_traverse = tuple_traverse,
    .tp_richcompare = tuple_richcompare,
    .tp_iter = tuple_iter,
    .tp_methods = tuple_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = tuple_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = tuple_vectorcall,
};

/* ---- iterator ---- */

static void
tupleiter_dealloc(GlObject *self)
{
    GlTupleIterObject *it = (GlTupleIterObject *)self;
    GlObject_GC_UnTrack(it);
    Gl_XDECREF(it->it_seq);
    GlObject_GC_Del(it);
}

static int
tupleiter_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((GlTupleIterObject *)self)->it_seq);
    return 0;
}

static GlObject *
tupleiter_next(GlObject *self)
{
    GlTupleIterObject *it = (GlTupleIterObject *)self;
    GlObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->it_index < Gl_SIZE(seq)) {
        return Gl_NewRef(GlTuple_GET_ITEM(seq, it->it_index++));
    }
    it->it_seq = NULL;
    Gl_DECREF(seq);
    return NULL;
}

static GlObject *
tupleiter_len(GlObject *self, GlObject *unused)
{
    GlTupleIterObject *it = (GlTupleIterObject *)self;
    Gl_ssize_t len = 0;
    if (it->it_seq != NULL) {
        len = Gl_SIZE(it->it_seq) - it->it_index;
    }
    return GlInt_FromSsize_t(len);
}

static GlObject *
tuple_iter(GlObject *seq)
{
    GlTupleIterObject *it = (GlTupleIterObject *)GlObject_GC_New(&GlTupleIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = Gl_NewRef(seq);
    GlObject_GC_Track(it);
    return (GlObject *)it;
}

GlObject *
GlIter_Self(GlObject *self) GL_NEWREF
{
    return Gl_NewRef(self);
}

/* __reduce__: (iter, (tuple,), index), or (iter, ((),)) once exhausted. New reference. */
static GlObject *
tupleiter_reduce(GlObject *self, GlObject *unused)
{
    GlTupleIterObject *it = (GlTupleIterObject *)self;
    return GlIter_ReduceIndex(GL_ID(iter), it->it_seq, it->it_index, NULL);
}

/* __setstate__(index): clipped to 0 .. len(tuple). */
static GlObject *
tupleiter_setstate(GlObject *self, GlObject *state)
{
    GlTupleIterObject *it = (GlTupleIterObject *)self;
    return GlIter_SetStateClipped(it->it_seq, state, &it->it_index);
}

static GlMethodDef tupleiter_methods[] = {
    {"__length_hint__", GL_FN(tupleiter_len), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(tupleiter_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", GL_FN(tupleiter_setstate), GL_METH_O,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlTupleIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "tuple_iterator",
    .tp_basicsize = sizeof(GlTupleIterObject),
    .tp_dealloc = tupleiter_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = tupleiter_traverse,
    .tp_iter = GlIter_Self,
    .tp_iternext = tupleiter_next,
    .tp_methods = tupleiter_methods,
    .tp_free = GlObject_GC_Del,
};
