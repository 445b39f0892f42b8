/* range.c - the range type and its two iterators (machine-word and arbitrary ints).
 *
 * Invariants:
 * - start, stop, step and length are owned exact ints; step != 0; length >= 0 and
 *   equals len(range(start, stop, step)).
 * - range is immutable and not a GC container (gc.is_tracked(range(3)) is False).
 * - GlRangeIter_Type (struct in range.h) is used whenever start, step and len fit a
 *   Gl_ssize_t: the VM's FOR_ITER special-cases it; GlLongRangeIter_Type otherwise.
 * CPython behaviour matched: messages of rangeobject.c ("range() arg 3 must not be
 * zero", "range object index out of range", "%R is not in range"), repr
 * "range(0, 5)" / "range(0, 5, 2)", equality by the sequence of values, hash of
 * (len, start, step) with Nones as CPython.
 * Pickling: both iterators reduce as in CPython 3.11 to (iter, (range(start, start +
 * len * step, step),), index) and take the index back with __setstate__ (clipped).
 */
#include "allobjects.h"
#include "../vm/vm.h"

typedef struct {
    GlObject ob_base;
    GlObject *start, *step, *len;   // ints (owned)
    GlObject *index;                // next index (owned; an int unless __setstate__ stored
                                    // another number, which CPython 3.11 allows too)
} LongRangeIterObject;

/* ---- arithmetic helpers on ints ---- */

/* Borrowed reference to the cached int 1. */
static inline GlObject *
int_one(void)
{
    return (GlObject *)&gl_small_ints[1 - GL_SMALL_INT_MIN];
}

static int
int_sign(GlObject *o)
{
    return GlInt_Sign(o);
}

/* len(range(start, stop, step)) as an int. */
static GlObject *
compute_range_length(GlObject *start, GlObject *stop, GlObject *step)
{
    if (GlInt_IS_SMALL(start) && GlInt_IS_SMALL(stop) && GlInt_IS_SMALL(step)) {
        int64_t lo = ((GlIntObject *)start)->small, hi = ((GlIntObject *)stop)->small;
        int64_t st = ((GlIntObject *)step)->small;
        uint64_t n = 0;
        if (st > 0 && lo < hi) {
            n = ((uint64_t)hi - (uint64_t)lo - 1) / (uint64_t)st + 1;
        }
        else if (st < 0 && lo > hi) {
            n = ((uint64_t)lo - (uint64_t)hi - 1) / (0 - (uint64_t)st) + 1;
        }
        return GlInt_FromUInt64(n);
    }
    /* General case with ints of any size. */
    GlObject *lo, *hi, *stp;
    int cmp;
    if (int_sign(step) > 0) {
        lo = start;
        hi = stop;
        stp = Gl_NewRef(step);
    }
    else {
        lo = stop;
        hi = start;
        stp = GlNumber_Negative(step);
        if (stp == NULL) {
            return NULL;
        }
    }
    cmp = GlInt_Compare(lo, hi);
    if (cmp >= 0) {
        Gl_DECREF(stp);
        return GlInt_FromLong(0);
    }
    GlObject *diff = NULL, *tmp = NULL, *result = NULL, *one = GlInt_FromLong(1);
    if (one == NULL) {
        goto done;
    }
    diff = GlNumber_Subtract(hi, lo);
    if (diff == NULL) {
        goto done;
    }
    tmp = GlNumber_Subtract(diff, one);
    if (tmp == NULL) {
        goto done;
    }
    Gl_SETREF(diff, GlNumber_FloorDivide(tmp, stp));
    if (diff == NULL) {
        goto done;
    }
    result = GlNumber_Add(diff, one);
done:
    Gl_XDECREF(one);
    Gl_XDECREF(diff);
    Gl_XDECREF(tmp);
    Gl_DECREF(stp);
    return result;
}

static GlObject *
make_range_object(GlTypeObject *type, GlObject *start, GlObject *stop, GlObject *step)
{
    /* Steals start, stop, step. */
    GlObject *length = compute_range_length(start, stop, step);
    if (length == NULL) {
        goto fail;
    }
    GlRangeObject *obj = (GlRangeObject *)GlObject_New(type, 0);
    if (obj == NULL) {
        Gl_DECREF(length);
        goto fail;
    }
    obj->start = start;
    obj->stop = stop;
    obj->step = step;
    obj->length = length;
    return (GlObject *)obj;
fail:
    Gl_DECREF(start);
    Gl_DECREF(stop);
    Gl_DECREF(step);
    return NULL;
}

GlObject *
GlRange_New(Gl_ssize_t start, Gl_ssize_t stop, Gl_ssize_t step) GL_NEWREF
{
    if (step == 0) {
        return GlErr_SetString(GlExc_ValueError, "range() arg 3 must not be zero");
    }
    GlObject *a = GlInt_FromSsize_t(start), *b = GlInt_FromSsize_t(stop);
    GlObject *c = GlInt_FromSsize_t(step);
    if (a == NULL || b == NULL || c == NULL) {
        Gl_XDECREF(a);
        Gl_XDECREF(b);
        Gl_XDECREF(c);
        return NULL;
    }
    return make_range_object(&GlRange_Type, a, b, c);
}

static GlObject *
range_from_array(GlTypeObject *type, GlObject *const *args, Gl_ssize_t num_args)
{
    GlObject *start = NULL, *stop = NULL, *step = NULL;
    switch (num_args) {
    case 3:
        step = GlNumber_Index(args[2]);
        if (step == NULL) {
            return NULL;
        }
        if (int_sign(step) == 0) {
            Gl_DECREF(step);
            return GlErr_SetString(GlExc_ValueError, "range() arg 3 must not be zero");
        }
        /* fall through */
    case 2:
        start = GlNumber_Index(args[0]);
        if (start == NULL) {
            Gl_XDECREF(step);
            return NULL;
        }
        stop = GlNumber_Index(args[1]);
        if (stop == NULL) {
            Gl_DECREF(start);
            Gl_XDECREF(step);
            return NULL;
        }
        break;
    case 1:
        stop = GlNumber_Index(args[0]);
        if (stop == NULL) {
            return NULL;
        }
        start = GlInt_FromLong(0);
        break;
    case 0:
        return GlErr_SetString(GlExc_TypeError, "range expected at least 1 argument, got 0");
    default:
        return GlErr_Format(GlExc_TypeError, "range expected at most 3 arguments, got %zd",
                            num_args);
    }
    if (step == NULL) {
        step = GlInt_FromLong(1);
    }
    return make_range_object(type, start, stop, step);
}

static GlObject *
range_new(GlTypeObject *type, GlObject *args, GlObject *kw)
{
    if (GlArg_NoKeywords("range", kw) < 0) {
        return NULL;
    }
    return range_from_array(type, GlTuple_ITEMS(args), Gl_SIZE(args));
}

static GlObject *
range_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("range", kwnames) < 0) {
        return NULL;
    }
    return range_from_array((GlTypeObject *)type, args, GlVectorcall_NARGS(nargsf));
}

static void
range_dealloc(GlObject *self)
{
    GlRangeObject *r = (GlRangeObject *)self;
    Gl_DECREF(r->start);
    Gl_DECREF(r->stop);
    Gl_DECREF(r->step);
    Gl_DECREF(r->length);
    GlObject_Free(r);
}

static Gl_ssize_t
range_length(GlObject *self)
{
    return GlInt_AsSsize_t(((GlRangeObject *)self)->length);
}

/* start + i * step for an int i. New reference. */
static GlObject *
compute_item(GlRangeObject *r, GlObject *i)
{
    if (GlInt_IS_SMALL(i) && GlInt_IS_SMALL(r->step) && GlInt_IS_SMALL(r->start)) {
        int64_t a = ((GlIntObject *)i)->small, b = ((GlIntObject *)r->step)->small;
        int64_t s = ((GlIntObject *)r->start)->small;
        const int64_t lim = (int64_t)1 << 31;
        if (a >= -lim && a < lim && b >= -lim && b < lim) {
            int64_t p = a * b;   // |p| <= 2**62: no overflow
            if ((p >= 0 && s <= INT64_MAX - p) || (p < 0 && s >= INT64_MIN - p)) {
                return GlInt_FromInt64(s + p);
            }
        }
    }
    GlObject *incr = GlNumber_Multiply(i, r->step);
    if (incr == NULL) {
        return NULL;
    }
    GlObject *result = GlNumber_Add(r->start, incr);
    Gl_DECREF(incr);
    return result;
}

static GlObject *
compute_range_item(GlRangeObject *r, GlObject *arg)
{
    GlObject *i;
    int sign = int_sign(arg);
    if (sign < 0) {
        i = GlNumber_Add(r->length, arg);
        if (i == NULL) {
            return NULL;
        }
    }
    else {
        i = Gl_NewRef(arg);
    }
    if (int_sign(i) < 0 || GlInt_Compare(i, r->length) >= 0) {
        Gl_DECREF(i);
        return GlErr_SetString(GlExc_IndexError, "range object index out of range");
    }
    GlObject *result = compute_item(r, i);
    Gl_DECREF(i);
    return result;
}

static GlObject *
range_item(GlObject *self, Gl_ssize_t i)
{
    GlObject *arg = GlInt_FromSsize_t(i);
    if (arg == NULL) {
        return NULL;
    }
    GlObject *res = compute_range_item((GlRangeObject *)self, arg);
    Gl_DECREF(arg);
    return res;
}

static GlObject *
range_slice(GlRangeObject *r, GlObject *slice)
{
    GlObject *start, *stop, *step;
    if (GlSlice_GetLongIndices(slice, r->length, &start, &stop, &step) < 0) {
        return NULL;
    }
    GlObject *nstep = GlNumber_Multiply(r->step, step);
    GlObject *nstart = nstep ? compute_item(r, start) : NULL;
    GlObject *nstop = nstart ? compute_item(r, stop) : NULL;
    Gl_DECREF(start);
    Gl_DECREF(stop);
    Gl_DECREF(step);
    if (nstop == NULL) {
        Gl_XDECREF(nstart);
        Gl_XDECREF(nstep);
        return NULL;
    }
    return make_range_object(Gl_TYPE((GlObject *)r), nstart, nstop, nstep);
}

static GlObject *
range_subscript(GlObject *self, GlObject *item)
{
    GlRangeObject *r = (GlRangeObject *)self;
    if (GlIndex_Check(item)) {
        GlObject *i = GlNumber_Index(item);
        if (i == NULL) {
            return NULL;
        }
        GlObject *res = compute_range_item(r, i);
        Gl_DECREF(i);
        return res;
    }
    if (GlSlice_Check(item)) {
        return range_slice(r, item);
    }
    return GlErr_Format(GlExc_TypeError, "range indices must be integers or slices, not %.200s",
                        Gl_TYPE(item)->tp_name);
}

/* 1/0/-1: ob (an int) is one of the range's values. */
static int
range_contains_long(GlRangeObject *r, GlObject *ob)
{
    int cmp1, cmp2;
    if (int_sign(r->step) > 0) {
        cmp1 = GlInt_Compare(r->start, ob) <= 0;
        cmp2 = GlInt_Compare(ob, r->stop) < 0;
    }
    else {
        cmp1 = GlInt_Compare(ob, r->start) <= 0;
        cmp2 = GlInt_Compare(r->stop, ob) < 0;
    }
    if (!cmp1 || !cmp2) {
        return 0;
    }
    GlObject *tmp1 = GlNumber_Subtract(ob, r->start);
    if (tmp1 == NULL) {
        return -1;
    }
    GlObject *tmp2 = GlNumber_Remainder(tmp1, r->step);
    Gl_DECREF(tmp1);
    if (tmp2 == NULL) {
        return -1;
    }
    int result = int_sign(tmp2) == 0;
    Gl_DECREF(tmp2);
    return result;
}

static int
range_contains(GlObject *self, GlObject *ob)
{
    GlRangeObject *r = (GlRangeObject *)self;
    if (GlInt_CheckExact(ob) || GlBool_Check(ob)) {
        return range_contains_long(r, ob);
    }
    /* Generic search by iteration (identity or ==). */
    GlObject *it = GlObject_GetIter(self);
    if (it == NULL) {
        return -1;
    }
    GlObject *item;
    int result = 0;
    while ((item = GlIter_Next(it)) != NULL) {
        int cmp = GlObject_RichCompareBool(item, ob, Gl_EQ);
        Gl_DECREF(item);
        if (cmp != 0) {
            result = cmp;
            break;
        }
    }
    Gl_DECREF(it);
    if (result == 0 && GlErr_Occurred()) {
        return -1;
    }
    return result;
}

/* 1 equal, 0 not, -1 error (CPython's range_equals). */
static int
range_equals(GlRangeObject *r0, GlRangeObject *r1)
{
    if (r0 == r1) {
        return 1;
    }
    int cmp = GlObject_RichCompareBool(r0->length, r1->length, Gl_EQ);
    if (cmp != 1) {
        return cmp;
    }
    if (int_sign(r0->length) == 0) {
        return 1;
    }
    cmp = GlObject_RichCompareBool(r0->start, r1->start, Gl_EQ);
    if (cmp != 1) {
        return cmp;
    }
    if (GlInt_Compare(r0->length, int_one()) == 0) {
        return 1;
    }
    return GlObject_RichCompareBool(r0->step, r1->step, Gl_EQ);
}

static GlObject *
range_richcompare(GlObject *self, GlObject *other, int op)
{
    if (!GlRange_Check(other) || (op != Gl_EQ && op != Gl_NE)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    int result = range_equals((GlRangeObject *)self, (GlRangeObject *)other);
    if (result == -1) {
        return NULL;
    }
    if (op == Gl_NE) {
        result = !result;
    }
    return GlBool_FromLong(result);
}

static Gl_hash_t
range_hash(GlObject *self)
{
    GlRangeObject *r = (GlRangeObject *)self;
    GlObject *t = GlTuple_New(3);
    if (t == NULL) {
        return -1;
    }
    GlTuple_SET_ITEM(t, 0, Gl_NewRef(r->length));
    int cmp_result = int_sign(r->length);
    if (cmp_result == 0) {
        GlTuple_SET_ITEM(t, 1, Gl_NewRef(Gl_None));
        GlTuple_SET_ITEM(t, 2, Gl_NewRef(Gl_None));
    }
    else {
        GlTuple_SET_ITEM(t, 1, Gl_NewRef(r->start));
        if (GlInt_Compare(r->length, int_one()) == 0) {
            GlTuple_SET_ITEM(t, 2, Gl_NewRef(Gl_None));
        }
        else {
            GlTuple_SET_ITEM(t, 2, Gl_NewRef(r->step));
        }
    }
    Gl_hash_t result = GlObject_Hash(t);
    Gl_DECREF(t);
    return result;
}

static GlObject *
range_repr(GlObject *self)
{
    GlRangeObject *r = (GlRangeObject *)self;
    if (GlInt_IS_SMALL(r->step) && ((GlIntObject *)r->step)->small == 1) {
        return GlStr_FromFormat("range(%R, %R)", r->start, r->stop);
    }
    return GlStr_FromFormat("range(%R, %R, %R)", r->start, r->stop, r->step);
}

static int
range_bool(GlObject *self)
{
    return int_sign(((GlRangeObject *)self)->length) != 0;
}

/* ---- methods ---- */

static GlObject *
range_count(GlObject *self, GlObject *ob)
{
    GlRangeObject *r = (GlRangeObject *)self;
    if (GlInt_CheckExact(ob) || GlBool_Check(ob)) {
        int result = range_contains_long(r, ob);
        if (result == -1) {
            return NULL;
        }
        return GlInt_FromLong(result);
    }
    Gl_ssize_t count = GlSequence_Count(self, ob);
    if (count == -1) {
        return NULL;
    }
    return GlInt_FromSsize_t(count);
}

static GlObject *
range_index(GlObject *self, GlObject *ob)
{
    GlRangeObject *r = (GlRangeObject *)self;
    if (!GlInt_CheckExact(ob) && !GlBool_Check(ob)) {
        Gl_ssize_t index = GlSequence_Index(self, ob);
        if (index == -1) {
            return NULL;
        }
        return GlInt_FromSsize_t(index);
    }
    int contains = range_contains_long(r, ob);
    if (contains == -1) {
        return NULL;
    }
    if (contains) {
        GlObject *idx = GlNumber_Subtract(ob, r->start);
        if (idx == NULL) {
            return NULL;
        }
        if (GlInt_IS_SMALL(r->step) && ((GlIntObject *)r->step)->small == 1) {
            return idx;
        }
        GlObject *res = GlNumber_FloorDivide(idx, r->step);
        Gl_DECREF(idx);
        return res;
    }
    return GlErr_Format(GlExc_ValueError, "%R is not in range", ob);
}

static GlObject *range_iter(GlObject *seq);
static GlObject *range_reverse(GlObject *seq, GlObject *unused);

/* range.__reduce__: (range, (start, stop, step)), so copy and pickle rebuild it. */
static GlObject *
range_reduce(GlObject *self, GlObject *unused)
{
    GlRangeObject *r = (GlRangeObject *)self;
    GlObject *args = GlTuple_Pack(3, r->start, r->stop, r->step);
    if (args == NULL) {
        return NULL;
    }
    GlObject *res = GlTuple_Pack(2, (GlObject *)Gl_TYPE(self), args);
    Gl_DECREF(args);
    return res;
}

static GlMethodDef range_methods[] = {
    {"__reversed__", GL_FN(range_reverse), GL_METH_NOARGS, NULL},
    {"__reduce__", GL_FN(range_reduce), GL_METH_NOARGS, NULL},
    {"count", GL_FN(range_count), GL_METH_O, NULL},
    {"index", GL_FN(range_index), GL_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef range_members[] = {
    {"start", GL_T_OBJECT, offsetof(GlRangeObject, start), GL_READONLY, NULL},
    {"stop", GL_T_OBJECT, offsetof(GlRangeObject, stop), GL_READONLY, NULL},
    {"step", GL_T_OBJECT, offsetof(GlRangeObject, step), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static GlNumberMethods range_as_number = {
    .nb_bool = range_bool,
};

static GlSequenceMethods range_as_sequence = {
    .sq_length = range_length,
    .sq_item = range_item,
    .sq_contains = range_contains,
};

static GlMappingMethods range_as_mapping = {
    .mp_length = range_length,
    .mp_subscript = range_subscript,
};

GlTypeObject GlRange_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "range",
    .tp_basicsize = sizeof(GlRangeObject),
    .tp_dealloc = range_dealloc,
    .tp_repr = range_repr,
    .tp_as_number = &range_as_number,
    .tp_as_sequence = &range_as_sequence,
    .tp_as_mapping = &range_as_mapping,
    .tp_hash = range_hash,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object",
    .tp_richcompare = range_richcompare,
    .tp_iter = range_iter,
    .tp_methods = range_methods,
    .tp_members = range_members,
    .tp_new = range_new,
    .tp_free = GlObject_Free,
    .tp_vectorcall = range_vectorcall,
};

/* ---- the machine-word iterator ---- */

static GlObject *
rangeiter_next(GlObject *self)
{
    GlRangeIterObject *r = (GlRangeIterObject *)self;
    if (r->index < r->len) {
        /* Unsigned arithmetic: the result fits (it lies between start and stop). */
        return GlInt_FromSsize_t((Gl_ssize_t)((size_t)r->start
                                              + (size_t)(r->index++) * (size_t)r->step));
    }
    return NULL;
}

static GlObject *
rangeiter_len(GlObject *self, GlObject *unused)
{
    GlRangeIterObject *r = (GlRangeIterObject *)self;
    return GlInt_FromSsize_t(r->len - r->index);
}

static void
rangeiter_dealloc(GlObject *self)
{
    GlObject_Free(self);
}

/* The reduction of both iterators: (iter, (range(start, start + len * step, step),),
 * index), computed on ints (CPython 3.11 computes stop in a C long). The arguments are
 * borrowed. New reference. */
static GlObject *
rangeiter_reduce_common(GlObject *start, GlObject *step, GlObject *len, GlObject *index)
{
    GlObject *iter = NULL, *product = NULL, *stop = NULL, *range = NULL, *args = NULL;
    GlObject *res = NULL;
    iter = GlEval_GetBuiltin(GL_ID(iter));
    product = iter != NULL ? GlNumber_Multiply(len, step) : NULL;
    stop = product != NULL ? GlNumber_Add(start, product) : NULL;
    if (stop != NULL) {
        range = make_range_object(&GlRange_Type, Gl_NewRef(start), stop, Gl_NewRef(step));
        stop = NULL;   // taken over by make_range_object
    }
    args = range != NULL ? GlTuple_Pack(1, range) : NULL;
    res = args != NULL ? GlTuple_Pack(3, iter, args, index) : NULL;
    Gl_XDECREF(iter);
    Gl_XDECREF(product);
    Gl_XDECREF(range);
    Gl_XDECREF(args);
    return res;
}

/* __reduce__ of range_iterator (see rangeiter_reduce_common). New reference. */
static GlObject *
rangeiter_reduce(GlObject *self, GlObject *unused)
{
    GlRangeIterObject *r = (GlRangeIterObject *)self;
    GlObject *start = GlInt_FromSsize_t(r->start), *step = GlInt_FromSsize_t(r->step);
    GlObject *len = GlInt_FromSsize_t(r->len), *index = GlInt_FromSsize_t(r->index);
    GlObject *res = NULL;
    if (start != NULL && step != NULL && len != NULL && index != NULL) {
        res = rangeiter_reduce_common(start, step, len, index);
    }
    Gl_XDECREF(start);
    Gl_XDECREF(step);
    Gl_XDECREF(len);
    Gl_XDECREF(index);
    return res;
}

/* __setstate__(index) of range_iterator: any __index__ object fitting a C long
 * (PyLong_AsLong's messages), silently clipped to 0 .. len. */
static GlObject *
rangeiter_setstate(GlObject *self, GlObject *state)
{
    GlRangeIterObject *r = (GlRangeIterObject *)self;
    GlObject *v = GlNumber_Index(state);   // may run Python (__index__)
    if (v == NULL) {
        return NULL;
    }
    int overflow = 0;
    int64_t index = GlInt_AsInt64AndOverflow(v, &overflow);
    Gl_DECREF(v);
    if (overflow) {
        return GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C long");
    }
    if (index < 0) {
        index = 0;
    }
    else if (index > r->len) {
        index = r->len;   // exhausted
    }
    r->index = (Gl_ssize_t)index;
    Gl_RETURN_NONE;
}

static GlMethodDef rangeiter_methods[] = {
    {"__length_hint__", GL_FN(rangeiter_len), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(rangeiter_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", GL_FN(rangeiter_setstate), GL_METH_O,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlRangeIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "range_iterator",
    .tp_basicsize = sizeof(GlRangeIterObject),
    .tp_dealloc = rangeiter_dealloc,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_iter = GlIter_Self,
    .tp_iternext = rangeiter_next,
    .tp_methods = rangeiter_methods,
    .tp_free = GlObject_Free,
};

GlObject *
GlRangeIter_New(Gl_ssize_t start, Gl_ssize_t step, Gl_ssize_t len) GL_NEWREF
{
    GlRangeIterObject *it = (GlRangeIterObject *)GlObject_New(&GlRangeIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->start = start;
    it->step = step;
    it->len = len;
    return (GlObject *)it;
}

/* ---- the arbitrary-int iterator ---- */

static void
longrangeiter_dealloc(GlObject *self)
{
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    Gl_XDECREF(r->index);
    Gl_XDECREF(r->start);
    Gl_XDECREF(r->step);
    Gl_XDECREF(r->len);
    GlObject_Free(r);
}

static GlObject *
longrangeiter_next(GlObject *self)
{
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    if (GlObject_RichCompareBool(r->index, r->len, Gl_LT) != 1) {
        return NULL;
    }
    GlObject *one = GlInt_FromLong(1);
    if (one == NULL) {
        return NULL;
    }
    GlObject *new_index = GlNumber_Add(r->index, one);
    Gl_DECREF(one);
    if (new_index == NULL) {
        return NULL;
    }
    GlObject *product = GlNumber_Multiply(r->index, r->step);
    if (product == NULL) {
        Gl_DECREF(new_index);
        return NULL;
    }
    GlObject *result = GlNumber_Add(r->start, product);
    Gl_DECREF(product);
    if (result != NULL) {
        Gl_SETREF(r->index, new_index);
    }
    else {
        Gl_DECREF(new_index);
    }
    return result;
}

static GlObject *
longrangeiter_len(GlObject *self, GlObject *unused)
{
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    return GlNumber_Subtract(r->len, r->index);
}

/* __reduce__ of longrange_iterator (see rangeiter_reduce_common). New reference. */
static GlObject *
longrangeiter_reduce(GlObject *self, GlObject *unused)
{
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    return rangeiter_reduce_common(r->start, r->step, r->len, r->index);
}

/* __setstate__(index) of longrange_iterator, as CPython 3.11: below 0 becomes 0, above
 * len becomes len, anything else comparable is stored as given. May run Python. */
static GlObject *
longrangeiter_setstate(GlObject *self, GlObject *state)
{
    LongRangeIterObject *r = (LongRangeIterObject *)self;
    GlObject *zero = GlInt_FromLong(0);
    if (zero == NULL) {
        return NULL;
    }
    GlObject *value = state;
    int cmp = GlObject_RichCompareBool(state, zero, Gl_LT);
    if (cmp > 0) {
        value = zero;
    }
    else if (cmp == 0) {
        cmp = GlObject_RichCompareBool(r->len, state, Gl_LT);
        if (cmp > 0) {
            value = r->len;
        }
    }
    if (cmp >= 0) {
        Gl_SETREF(r->index, Gl_NewRef(value));
    }
    Gl_DECREF(zero);
    if (cmp < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlMethodDef longrangeiter_methods[] = {
    {"__length_hint__", GL_FN(longrangeiter_len), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(longrangeiter_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", GL_FN(longrangeiter_setstate), GL_METH_O,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlLongRangeIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "longrange_iterator",
    .tp_basicsize = sizeof(LongRangeIterObject),
    .tp_dealloc = longrangeiter_dealloc,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_iter = GlIter_Self,
    .tp_iternext = longrangeiter_next,
    .tp_methods = longrangeiter_methods,
    .tp_free = GlObject_Free,
};

static GlObject *
make_longrangeiter(GlObject *start, GlObject *step, GlObject *len)
{
    /* Steals the three ints. */
    LongRangeIterObject *it = (LongRangeIterObject *)GlObject_New(&GlLongRangeIter_Type, 0);
    GlObject *zero = GlInt_FromLong(0);
    if (it == NULL || zero == NULL) {
        Gl_XDECREF(it);
        Gl_XDECREF(zero);
        Gl_DECREF(start);
        Gl_DECREF(step);
        Gl_DECREF(len);
        return NULL;
    }
    it->start = start;
    it->step = step;
    it->len = len;
    it->index = zero;
    return (GlObject *)it;
}

/* The three fields as Gl_ssize_t when all fit. */
static int
range_fits(GlRangeObject *r, Gl_ssize_t *start, Gl_ssize_t *step, Gl_ssize_t *len)
{
    int o1 = 0, o2 = 0, o3 = 0;
    *start = (Gl_ssize_t)GlInt_AsInt64AndOverflow(r->start, &o1);
    *step = (Gl_ssize_t)GlInt_AsInt64AndOverflow(r->step, &o2);
    *len = (Gl_ssize_t)GlInt_AsInt64AndOverflow(r->length, &o3);
    /* stop must fit too, so that the last value computed does. */
    int o4 = 0;
    (void)GlInt_AsInt64AndOverflow(r->stop, &o4);
    return !(o1 || o2 || o3 || o4);
}

static GlObject *
range_iter(GlObject *seq)
{
    GlRangeObject *r = (GlRangeObject *)seq;
    Gl_ssize_t start, step, len;
    if (range_fits(r, &start, &step, &len)) {
        return GlRangeIter_New(start, step, len);
    }
    return make_longrangeiter(Gl_NewRef(r->start), Gl_NewRef(r->step), Gl_NewRef(r->length));
}

static GlObject *
range_reverse(GlObject *seq, GlObject *unused)
{
    GlRangeObject *range = (GlRangeObject *)seq;
    Gl_ssize_t start, step, len;
    if (range_fits(range, &start, &step, &len) && step != GL_SSIZE_T_MIN) {
        Gl_ssize_t last = len > 0
            ? (Gl_ssize_t)((size_t)start + (size_t)(len - 1) * (size_t)step) : start;
        return GlRangeIter_New(last, -step, len);
    }
    /* Slow path: start = start + (len - 1) * step; step = -step. */
    GlObject *one = GlInt_FromLong(1), *lenm1 = NULL, *nstart = NULL, *nstep = NULL;
    if (one == NULL) {
        return NULL;
    }
    lenm1 = GlNumber_Subtract(range->length, one);
    Gl_DECREF(one);
    if (lenm1 == NULL) {
        return NULL;
    }
    nstart = compute_item(range, lenm1);
    Gl_DECREF(lenm1);
    if (nstart == NULL) {
        return NULL;
    }
    nstep = GlNumber_Negative(range->step);
    if (nstep == NULL) {
        Gl_DECREF(nstart);
        return NULL;
    }
    return make_longrangeiter(nstart, nstep, Gl_NewRef(range->length));
}
