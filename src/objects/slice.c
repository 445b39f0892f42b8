/* slice.c - the slice type and the index resolution every sequence uses.
 *
 * Invariants: start, stop and step are owned (None when absent); slices are
 * immutable, unhashable (3.11) GC containers, tracked from creation as in CPython.
 * CPython behaviour matched: PySlice_Unpack + PySlice_AdjustIndices clamping,
 * "slice step cannot be zero", "slice indices must be integers or None or have an
 * __index__ method", slice.indices() with arbitrary ints, repr "slice(1, 2, None)",
 * comparisons as (start, stop, step) tuples.
 */
#include "allobjects.h"

GlObject *
GlSlice_New(GlObject *start, GlObject *stop, GlObject *step) GL_NEWREF
{
    GlSliceObject *obj = (GlSliceObject *)GlObject_GC_New(&GlSlice_Type, 0);
    if (obj == NULL) {
        return NULL;
    }
    obj->start = Gl_NewRef(start ? start : Gl_None);
    obj->stop = Gl_NewRef(stop ? stop : Gl_None);
    obj->step = Gl_NewRef(step ? step : Gl_None);
    GlObject_GC_Track(obj);
    return (GlObject *)obj;
}

/* _PyEval_SliceIndex: v (not None) as a clamped Gl_ssize_t. 0 / -1. */
static int
slice_index(GlObject *v, Gl_ssize_t *pi)
{
    if (GlInt_CheckExact(v) && GlInt_IS_SMALL(v)) {
        int64_t x = ((GlIntObject *)v)->small;
        *pi = (Gl_ssize_t)x;
        return 0;
    }
    if (!GlIndex_Check(v)) {
        GlErr_SetString(GlExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Gl_ssize_t x = GlNumber_AsSsize_t(v, NULL);
    if (x == -1 && GlErr_Occurred()) {
        return -1;
    }
    *pi = x;
    return 0;
}

static int
slice_unpack(GlObject *op, Gl_ssize_t *start, Gl_ssize_t *stop, Gl_ssize_t *step)
{
    GlSliceObject *r = (GlSliceObject *)op;
    if (r->step == Gl_None) {
        *step = 1;
    }
    else {
        if (slice_index(r->step, step) < 0) {
            return -1;
        }
        if (*step == 0) {
            GlErr_SetString(GlExc_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -GL_SSIZE_T_MAX) {
            *step = -GL_SSIZE_T_MAX;   // so that -step cannot overflow
        }
    }
    if (r->start == Gl_None) {
        *start = *step < 0 ? GL_SSIZE_T_MAX : 0;
    }
    else if (slice_index(r->start, start) < 0) {
        return -1;
    }
    if (r->stop == Gl_None) {
        *stop = *step < 0 ? GL_SSIZE_T_MIN : GL_SSIZE_T_MAX;
    }
    else if (slice_index(r->stop, stop) < 0) {
        return -1;
    }
    return 0;
}

static Gl_ssize_t
slice_adjust_indices(Gl_ssize_t length, Gl_ssize_t *start, Gl_ssize_t *stop, Gl_ssize_t step)
{
    if (*start < 0) {
        *start += length;
        if (*start < 0) {
            *start = (step < 0) ? -1 : 0;
        }
    }
    else if (*start >= length) {
        *start = (step < 0) ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) {
            *stop = (step < 0) ? -1 : 0;
        }
    }
    else if (*stop >= length) {
        *stop = (step < 0) ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) {
            return (*start - *stop - 1) / (-step) + 1;
        }
    }
    else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

Gl_ssize_t
GlSlice_GetIndicesEx(GlObject *slice, Gl_ssize_t length, Gl_ssize_t *start, Gl_ssize_t *stop,
                     Gl_ssize_t *step)
{
    if (slice_unpack(slice, start, stop, step) < 0) {
        return -1;
    }
    return slice_adjust_indices(length, start, stop, *step);
}

/* evaluate_slice_index: an exact int from v via __index__. */
static GlObject *
evaluate_slice_index(GlObject *v)
{
    if (GlIndex_Check(v)) {
        return GlNumber_Index(v);
    }
    return GlErr_SetString(GlExc_TypeError,
                           "slice indices must be integers or None or have an __index__ method");
}

/* Clamp an index object for GetLongIndices. Steals idx; returns a new reference. */
static GlObject *
clamp_long_index(GlObject *idx, GlObject *length, GlObject *lower, GlObject *upper)
{
    if (GlInt_Sign(idx) < 0) {
        GlObject *tmp = GlNumber_Add(idx, length);
        Gl_DECREF(idx);
        if (tmp == NULL) {
            return NULL;
        }
        idx = tmp;
        int cmp = GlObject_RichCompareBool(idx, lower, Gl_LT);
        if (cmp < 0) {
            Gl_DECREF(idx);
            return NULL;
        }
        if (cmp) {
            Gl_SETREF(idx, Gl_NewRef(lower));
        }
    }
    else {
        int cmp = GlObject_RichCompareBool(idx, upper, Gl_GT);
        if (cmp < 0) {
            Gl_DECREF(idx);
            return NULL;
        }
        if (cmp) {
            Gl_SETREF(idx, Gl_NewRef(upper));
        }
    }
    return idx;
}

int
GlSlice_GetLongIndices(GlObject *op, GlObject *length, GlObject **start_ptr,
                       GlObject **stop_ptr, GlObject **step_ptr)
{
    GlSliceObject *self = (GlSliceObject *)op;
    GlObject *start = NULL, *stop = NULL, *step = NULL, *upper = NULL, *lower = NULL;
    int step_is_negative;
    if (self->step == Gl_None) {
        step = GlInt_FromLong(1);
        step_is_negative = 0;
    }
    else {
        step = evaluate_slice_index(self->step);
        if (step == NULL) {
            goto error;
        }
        int sign = GlInt_Sign(step);
        if (sign == 0) {
            GlErr_SetString(GlExc_ValueError, "slice step cannot be zero");
            goto error;
        }
        step_is_negative = sign < 0;
    }
    if (step_is_negative) {
        lower = GlInt_FromLong(-1);
        if (lower == NULL) {
            goto error;
        }
        upper = GlNumber_Add(length, lower);
        if (upper == NULL) {
            goto error;
        }
    }
    else {
        lower = GlInt_FromLong(0);
        upper = Gl_NewRef(length);
    }
    if (self->start == Gl_None) {
        start = Gl_NewRef(step_is_negative ? upper : lower);
    }
    else {
        start = evaluate_slice_index(self->start);
        if (start == NULL || (start = clamp_long_index(start, length, lower, upper)) == NULL) {
            goto error;
        }
    }
    if (self->stop == Gl_None) {
        stop = Gl_NewRef(step_is_negative ? lower : upper);
    }
    else {
        stop = evaluate_slice_index(self->stop);
        if (stop == NULL || (stop = clamp_long_index(stop, length, lower, upper)) == NULL) {
            goto error;
        }
    }
    Gl_DECREF(upper);
    Gl_DECREF(lower);
    *start_ptr = start;
    *stop_ptr = stop;
    *step_ptr = step;
    return 0;
error:
    *start_ptr = *stop_ptr = *step_ptr = NULL;
    Gl_XDECREF(start);
    Gl_XDECREF(stop);
    Gl_XDECREF(step);
    Gl_XDECREF(upper);
    Gl_XDECREF(lower);
    return -1;
}

/* ---- slots ---- */

static GlObject *
slice_from_array(GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs == 0) {
        return GlErr_SetString(GlExc_TypeError, "slice expected at least 1 argument, got 0");
    }
    if (nargs > 3) {
        return GlErr_Format(GlExc_TypeError, "slice expected at most 3 arguments, got %zd",
                            nargs);
    }
    if (nargs == 1) {
        return GlSlice_New(NULL, args[0], NULL);
    }
    return GlSlice_New(args[0], args[1], nargs > 2 ? args[2] : NULL);
}

static GlObject *
slice_new(GlTypeObject *type, GlObject *args, GlObject *kw)
{
    if (GlArg_NoKeywords("slice", kw) < 0) {
        return NULL;
    }
    return slice_from_array(GlTuple_ITEMS(args), Gl_SIZE(args));
}

static GlObject *
slice_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("slice", kwnames) < 0) {
        return NULL;
    }
    return slice_from_array(args, GlVectorcall_NARGS(nargsf));
}

static void
slice_dealloc(GlObject *self)
{
    GlSliceObject *r = (GlSliceObject *)self;
    GlObject_GC_UnTrack(r);
    Gl_DECREF(r->step);
    Gl_DECREF(r->start);
    Gl_DECREF(r->stop);
    GlObject_GC_Del(r);
}

static GlObject *
slice_repr(GlObject *self)
{
    GlSliceObject *r = (GlSliceObject *)self;
    return GlStr_FromFormat("slice(%R, %R, %R)", r->start, r->stop, r->step);
}

static int
slice_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlSliceObject *v = (GlSliceObject *)self;
    Gl_VISIT(v->start);
    Gl_VISIT(v->stop);
    Gl_VISIT(v->step);
    return 0;
}

static GlObject *
slice_richcompare(GlObject *v, GlObject *w, int op)
{
    if (!GlSlice_Check(v) || !GlSlice_Check(w)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    if (v == w) {
        switch (op) {
        case Gl_EQ:
        case Gl_LE:
        case Gl_GE:
            Gl_RETURN_TRUE;
        case Gl_NE:
        case Gl_LT:
        case Gl_GT:
            Gl_RETURN_FALSE;
        }
    }
    GlSliceObject *a = (GlSliceObject *)v, *b = (GlSliceObject *)w;
    GlObject *t1 = GlTuple_Pack(3, a->start, a->stop, a->step);
    if (t1 == NULL) {
        return NULL;
    }
    GlObject *t2 = GlTuple_Pack(3, b->start, b->stop, b->step);
    if (t2 == NULL) {
        Gl_DECREF(t1);
        return NULL;
    }
    GlObject *res = GlObject_RichCompare(t1, t2, op);
    Gl_DECREF(t1);
    Gl_DECREF(t2);
    return res;
}

static GlObject *
slice_indices(GlObject *self, GlObject *len)
{
    GlObject *length = GlNumber_Index(len);
    if (length == NULL) {
        return NULL;
    }
    if (GlInt_Sign(length) < 0) {
        Gl_DECREF(length);
        return GlErr_SetString(GlExc_ValueError, "length should not be negative");
    }
    GlObject *start, *stop, *step;
    int error = GlSlice_GetLongIndices(self, length, &start, &stop, &step);
    Gl_DECREF(length);
    if (error == -1) {
        return NULL;
    }
    GlObject *res = GlTuple_Pack(3, start, stop, step);
    Gl_DECREF(start);
    Gl_DECREF(stop);
    Gl_DECREF(step);
    return res;
}

/* slice.__reduce__: (slice, (start, stop, step)). */
static GlObject *
slice_reduce(GlObject *self, GlObject *unused)
{
    GlSliceObject *s = (GlSliceObject *)self;
    GlObject *args = GlTuple_Pack(3, s->start, s->stop, s->step);
    if (args == NULL) {
        return NULL;
    }
    GlObject *r = GlTuple_Pack(2, (GlObject *)Gl_TYPE(self), args);
    Gl_DECREF(args);
    return r;
}

static GlMethodDef slice_methods[] = {
    {"indices", GL_FN(slice_indices), GL_METH_O, NULL},
    {"__reduce__", GL_FN(slice_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef slice_members[] = {
    {"start", GL_T_OBJECT, offsetof(GlSliceObject, start), GL_READONLY, NULL},
    {"stop", GL_T_OBJECT, offsetof(GlSliceObject, stop), GL_READONLY, NULL},
    {"step", GL_T_OBJECT, offsetof(GlSliceObject, step), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

GlTypeObject GlSlice_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "slice",
    .tp_basicsize = sizeof(GlSliceObject),
    .tp_dealloc = slice_dealloc,
    .tp_repr = slice_repr,
    .tp_hash = GlObject_HashNotImplemented,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_doc = "slice(stop)\nslice(start, stop[, step])",
    .tp_traverse = slice_traverse,
    .tp_richcompare = slice_richcompare,
    .tp_methods = slice_methods,
    .tp_members = slice_members,
    .tp_new = slice_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = slice_vectorcall,
};
