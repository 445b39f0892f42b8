/* iterobject.c - the generic iterators: the sequence iterator (__getitem__
 * protocol), the callable iterator (iter(f, sentinel)), enumerate, zip, map,
 * filter and reversed.
 *
 * Invariants: every iterator owns what it references and drops it (field NULL) once
 * exhausted, so an exhausted iterator stays exhausted; all are GC containers,
 * tracked from creation. enumerate and zip reuse their result tuple when nobody
 * else holds it (refcount 1), as CPython does.
 * CPython behaviour matched: constructor arguments and messages of bltinmodule.c,
 * enumobject.c and iterobject.c ("zip() argument 2 is shorter than argument 1",
 * "'int' object is not reversible", "map() must have at least two arguments.").
 * Pickling: each reduces as in CPython 3.11: the index-based ones to
 * (builtins.iter, (seq,), index) plus __setstate__(index), exhausted ones to
 * (builtins.iter, ((),)); enumerate/zip/map/filter/reversed to (type(self), args).
 * GlIter_ReduceIndex and GlIter_StateIndex are shared with the container iterators.
 */
#include "allobjects.h"
#include "../vm/vm.h"

/* ---- shared helpers ---- */

/* Clear a pending StopIteration (iternext slots may raise it). 0, or -1 when
 * another exception is pending. */
static int
clear_stop_iteration(void)
{
    if (GlErr_Occurred()) {
        if (!GlErr_ExceptionMatches(GlExc_StopIteration)) {
            return -1;
        }
        GlErr_Clear();
    }
    return 0;
}

GlObject *
GlIter_ReduceIndex(GlObject *name, GlObject *seq, Gl_ssize_t index, GlObject *empty) GL_NEWREF
{
    GlObject *func = NULL, *args = NULL, *idx = NULL, *res = NULL;
    Gl_XINCREF(seq);   // the builtins lookup may run Python (a key's __eq__)
    func = GlEval_GetBuiltin(seq != NULL ? name : GL_ID(iter));
    if (func == NULL) {
        goto done;
    }
    if (seq != NULL) {
        args = GlTuple_Pack(1, seq);
        idx = args != NULL ? GlInt_FromSsize_t(index) : NULL;
        res = idx != NULL ? GlTuple_Pack(3, func, args, idx) : NULL;
        goto done;
    }
    if (empty == NULL) {
        empty = GlTuple_New(0);
        if (empty == NULL) {
            goto done;
        }
    }
    args = GlTuple_Pack(1, empty);
    res = args != NULL ? GlTuple_Pack(2, func, args) : NULL;
done:
    Gl_XDECREF(seq);
    Gl_XDECREF(empty);
    Gl_XDECREF(func);
    Gl_XDECREF(args);
    Gl_XDECREF(idx);
    return res;
}

int
GlIter_StateIndex(GlObject *state, Gl_ssize_t *index)
{
    if (!GlInt_Check(state)) {
        GlErr_SetString(GlExc_TypeError, "an integer is required");
        return -1;
    }
    *index = GlInt_AsSsize_t(state);
    return (*index == -1 && GlErr_Occurred()) ? -1 : 0;
}

GlObject *
GlIter_ReduceAsList(GlObject *copy) GL_NEWREF
{
    GlObject *list = GlSequence_List(copy);
    Gl_DECREF(copy);
    if (list == NULL) {
        return NULL;
    }
    return GlIter_ReduceIndex(GL_ID(iter), NULL, 0, list);   // takes list
}

GlObject *
GlIter_SetStateClipped(GlObject *seq, GlObject *state, Gl_ssize_t *index) GL_NEWREF
{
    Gl_ssize_t i;
    if (GlIter_StateIndex(state, &i) < 0) {
        return NULL;
    }
    if (seq != NULL) {
        *index = i < 0 ? 0 : i > Gl_SIZE(seq) ? Gl_SIZE(seq) : i;   // past the end: exhausted
    }
    Gl_RETURN_NONE;
}

/* dealloc of each iterator: untrack, release the fields with its own clear. */
#define ITER_DEALLOC(name, clearfn)        \
    static void                            \
    name(GlObject *self)                   \
    {                                      \
        GlObject_GC_UnTrack(self);         \
        clearfn(self);                     \
        Gl_TYPE(self)->tp_free(self);      \
    }

/* ===================== sequence iterator ===================== */

typedef struct {
    GlObject ob_base;
    Gl_ssize_t it_index;
    GlObject *it_seq;   // NULL once exhausted
} SeqIterObject;

GlObject *
GlSeqIter_New(GlObject *seq) GL_NEWREF
{
    SeqIterObject *it = (SeqIterObject *)GlObject_GC_New(&GlSeqIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = Gl_NewRef(seq);
    GlObject_GC_Track(it);
    return (GlObject *)it;
}

static int
seqiter_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((SeqIterObject *)self)->it_seq);
    return 0;
}

static int
seqiter_clear(GlObject *self)
{
    Gl_CLEAR(((SeqIterObject *)self)->it_seq);
    return 0;
}

static GlObject *
seqiter_next(GlObject *self)
{
    SeqIterObject *it = (SeqIterObject *)self;
    GlObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->it_index == GL_SSIZE_T_MAX) {
        return GlErr_SetString(GlExc_OverflowError, "iter index too large");
    }
    GlObject *result = GlSequence_GetItem(seq, it->it_index);   // may run Python
    if (result != NULL) {
        it->it_index++;
        return result;
    }
    if (GlErr_ExceptionMatches(GlExc_IndexError) || GlErr_ExceptionMatches(GlExc_StopIteration)) {
        GlErr_Clear();
        it->it_seq = NULL;
        Gl_DECREF(seq);
    }
    return NULL;
}

static GlObject *
seqiter_len(GlObject *self, GlObject *unused)
{
    SeqIterObject *it = (SeqIterObject *)self;
    if (it->it_seq != NULL) {
        GlTypeObject *t = Gl_TYPE(it->it_seq);
        int haslen = (t->tp_as_sequence && t->tp_as_sequence->sq_length)
                     || (t->tp_as_mapping && t->tp_as_mapping->mp_length);
        if (!haslen) {
            Gl_RETURN_NOTIMPLEMENTED;
        }
        Gl_ssize_t seqsize = GlSequence_Size(it->it_seq);
        if (seqsize == -1) {
            return NULL;
        }
        Gl_ssize_t len = seqsize - it->it_index;
        if (len >= 0) {
            return GlInt_FromSsize_t(len);
        }
    }
    return GlInt_FromLong(0);
}

/* __reduce__: (iter, (seq,), index), or (iter, ((),)) once exhausted. New reference. */
static GlObject *
seqiter_reduce(GlObject *self, GlObject *unused)
{
    SeqIterObject *it = (SeqIterObject *)self;
    return GlIter_ReduceIndex(GL_ID(iter), it->it_seq, it->it_index, NULL);
}

/* __setstate__(index): negative indexes become 0; no upper bound (the length is unknown). */
static GlObject *
seqiter_setstate(GlObject *self, GlObject *state)
{
    SeqIterObject *it = (SeqIterObject *)self;
    Gl_ssize_t index;
    if (GlIter_StateIndex(state, &index) < 0) {
        return NULL;
    }
    if (it->it_seq != NULL) {
        it->it_index = index < 0 ? 0 : index;
    }
    Gl_RETURN_NONE;
}

static GlMethodDef seqiter_methods[] = {
    {"__length_hint__", GL_FN(seqiter_len), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(seqiter_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", GL_FN(seqiter_setstate), GL_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

ITER_DEALLOC(seqiter_dealloc, seqiter_clear)

GlTypeObject GlSeqIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "iterator",
    .tp_basicsize = sizeof(SeqIterObject),
    .tp_dealloc = seqiter_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = seqiter_traverse,
    .tp_clear = seqiter_clear,
    .tp_iter = GlIter_Self,
    .tp_iternext = seqiter_next,
    .tp_methods = seqiter_methods,
    .tp_free = GlObject_GC_Del,
};

/* ===================== callable iterator ===================== */

typedef struct {
    GlObject ob_base;
    GlObject *it_callable;   // NULL once exhausted
    GlObject *it_sentinel;   // NULL once exhausted
} CallIterObject;

GlObject *
GlCallIter_New(GlObject *callable, GlObject *sentinel) GL_NEWREF
{
    CallIterObject *it = (CallIterObject *)GlObject_GC_New(&GlCallIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->it_callable = Gl_NewRef(callable);
    it->it_sentinel = Gl_NewRef(sentinel);
    GlObject_GC_Track(it);
    return (GlObject *)it;
}

static int
calliter_traverse(GlObject *self, visitproc visit, void *arg)
{
    CallIterObject *it = (CallIterObject *)self;
    Gl_VISIT(it->it_callable);
    Gl_VISIT(it->it_sentinel);
    return 0;
}

static int
calliter_clear(GlObject *self)
{
    CallIterObject *it = (CallIterObject *)self;
    Gl_CLEAR(it->it_callable);
    Gl_CLEAR(it->it_sentinel);
    return 0;
}

static GlObject *
calliter_next(GlObject *self)
{
    CallIterObject *it = (CallIterObject *)self;
    if (it->it_callable == NULL) {
        return NULL;
    }
    GlObject *result = GlObject_CallNoArgs(it->it_callable);   // may run Python
    if (result != NULL && it->it_sentinel != NULL) {
        int ok = GlObject_RichCompareBool(it->it_sentinel, result, Gl_EQ);
        if (ok == 0) {
            return result;   // common case: not the sentinel
        }
        if (ok > 0) {
            calliter_clear(self);
        }
    }
    else if (GlErr_ExceptionMatches(GlExc_StopIteration)) {
        GlErr_Clear();
        calliter_clear(self);
    }
    Gl_XDECREF(result);
    return NULL;
}

/* __reduce__: (iter, (callable, sentinel)), or (iter, ((),)) once exhausted. New reference. */
static GlObject *
calliter_reduce(GlObject *self, GlObject *unused)
{
    CallIterObject *it = (CallIterObject *)self;
    GlObject *iter = GlEval_GetBuiltin(GL_ID(iter));   // may run Python: read fields after
    if (iter == NULL) {
        return NULL;
    }
    GlObject *args = NULL, *res = NULL;
    if (it->it_callable != NULL && it->it_sentinel != NULL) {
        args = GlTuple_Pack(2, it->it_callable, it->it_sentinel);
    }
    else {
        GlObject *empty = GlTuple_New(0);
        args = empty != NULL ? GlTuple_Pack(1, empty) : NULL;
        Gl_XDECREF(empty);
    }
    res = args != NULL ? GlTuple_Pack(2, iter, args) : NULL;
    Gl_XDECREF(args);
    Gl_DECREF(iter);
    return res;
}

static GlMethodDef calliter_methods[] = {
    {"__reduce__", GL_FN(calliter_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

ITER_DEALLOC(calliter_dealloc, calliter_clear)

GlTypeObject GlCallIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(CallIterObject),
    .tp_dealloc = calliter_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = calliter_traverse,
    .tp_clear = calliter_clear,
    .tp_iter = GlIter_Self,
    .tp_iternext = calliter_next,
    .tp_methods = calliter_methods,
    .tp_free = GlObject_GC_Del,
};

/* ===================== enumerate ===================== */

typedef struct {
    GlObject ob_base;
    Gl_ssize_t en_index;      // next index while it fits
    GlObject *en_sit;         // the underlying iterator
    GlObject *en_result;      // reusable (index, item) tuple
    GlObject *en_longindex;   // next index as an int once past GL_SSIZE_T_MAX, or NULL
} EnumObject;

static GlObject *
enum_new_impl(GlTypeObject *type, GlObject *iterable, GlObject *start)
{
    EnumObject *en = (EnumObject *)type->tp_alloc(type, 0);
    if (en == NULL) {
        return NULL;
    }
    if (start != NULL) {
        start = GlNumber_Index(start);
        if (start == NULL) {
            Gl_DECREF(en);
            return NULL;
        }
        int overflow = 0;
        int64_t v = GlInt_AsInt64AndOverflow(start, &overflow);
        if (!overflow && v != INT64_MAX) {
            en->en_index = (Gl_ssize_t)v;
            en->en_longindex = NULL;
            Gl_DECREF(start);
        }
        else {
            en->en_index = GL_SSIZE_T_MAX;
            en->en_longindex = start;
        }
    }
    else {
        en->en_index = 0;
        en->en_longindex = NULL;
    }
    en->en_sit = GlObject_GetIter(iterable);
    if (en->en_sit == NULL) {
        Gl_DECREF(en);
        return NULL;
    }
    en->en_result = GlTuple_Pack(2, Gl_None, Gl_None);
    if (en->en_result == NULL) {
        Gl_DECREF(en);
        return NULL;
    }
    return (GlObject *)en;
}

static const char *const enum_kwlist[] = {"iterable", "start", NULL};

/* Argument Clinic's message (enumerate.__new__, subclasses) when `iterable` is given
 * neither way. */
static int
enum_check_iterable(Gl_ssize_t nargs, GlObject *kwnames)
{
    if (nargs > 0) {
        return 0;
    }
    for (Gl_ssize_t i = 0; kwnames != NULL && i < Gl_SIZE(kwnames); i++) {
        GlObject *k = GlTuple_GET_ITEM(kwnames, i);
        if (GlStr_Check(k) && GlStr_EqualToASCII(k, "iterable")) {
            return 0;
        }
    }
    GlErr_SetString(GlExc_TypeError,
                    "enumerate() missing required argument 'iterable' (pos 1)");
    return -1;
}

/* 1 when kwnames[i] is `name`; else 0 with CPython's "invalid keyword" TypeError. */
static int
enum_keyword_is(GlObject *kwnames, Gl_ssize_t i, const char *name)
{
    GlObject *k = GlTuple_GET_ITEM(kwnames, i);
    if (GlStr_Check(k) && GlStr_EqualToASCII(k, name)) {
        return 1;
    }
    GlErr_Format(GlExc_TypeError, "'%S' is an invalid keyword argument for enumerate()", k);
    return 0;
}

static GlObject *
enum_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlObject *out[2] = {NULL, NULL};
    Gl_ssize_t nargs = Gl_SIZE(args);
    GlObject *stackargs[4];
    Gl_ssize_t nkw = kwds ? GlDict_GET_SIZE(kwds) : 0;
    if (nargs + nkw > 2) {
        return GlErr_Format(GlExc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                            nargs + nkw);
    }
    /* Re-pack (args, kwds) as vectorcall arguments. */
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stackargs[i] = GlTuple_GET_ITEM(args, i);
    }
    GlObject *kwnames = NULL;
    if (nkw) {
        kwnames = GlTuple_New(nkw);
        if (kwnames == NULL) {
            return NULL;
        }
        Gl_ssize_t pos = 0, j = 0;
        GlObject *k, *v;
        while (GlDict_Next(kwds, &pos, &k, &v)) {
            GlTuple_SET_ITEM(kwnames, j, Gl_NewRef(k));
            stackargs[nargs + j] = v;
            j++;
        }
    }
    int r = enum_check_iterable(nargs, kwnames);
    if (r == 0) {
        r = GlArg_ParseVector("enumerate", stackargs, nargs, kwnames, enum_kwlist, 2, 1, out);
    }
    Gl_XDECREF(kwnames);
    if (r < 0) {
        return NULL;
    }
    return enum_new_impl(type, out[0], out[1]);
}

/* enumerate(iterable, start=0) taken apart by hand, in the order (and with the messages)
 * of CPython 3.11's enum_vectorcall. */
static GlObject *
enum_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    GlTypeObject *tp = (GlTypeObject *)type;
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    Gl_ssize_t nkw = kwnames != NULL ? GlTuple_GET_SIZE(kwnames) : 0;
    if (nargs + nkw == 2) {
        if (nkw == 1) {
            if (!enum_keyword_is(kwnames, 0, "start")) {
                return NULL;
            }
        } else if (nkw == 2) {
            GlObject *k0 = GlTuple_GET_ITEM(kwnames, 0);
            if (GlStr_Check(k0) && GlStr_EqualToASCII(k0, "start")) {
                if (!enum_keyword_is(kwnames, 1, "iterable")) {
                    return NULL;
                }
                return enum_new_impl(tp, args[1], args[0]);
            }
            if (!enum_keyword_is(kwnames, 0, "iterable")
                || !enum_keyword_is(kwnames, 1, "start")) {
                return NULL;
            }
        }
        return enum_new_impl(tp, args[0], args[1]);
    }
    if (nargs + nkw == 1) {
        if (nkw == 1 && !enum_keyword_is(kwnames, 0, "iterable")) {
            return NULL;
        }
        return enum_new_impl(tp, args[0], NULL);
    }
    if (nargs == 0) {
        return GlErr_SetString(GlExc_TypeError,
                               "enumerate() missing required argument 'iterable'");
    }
    return GlErr_Format(GlExc_TypeError, "enumerate() takes at most 2 arguments (%zd given)",
                        nargs + nkw);
}

static int
enum_traverse(GlObject *self, visitproc visit, void *arg)
{
    EnumObject *en = (EnumObject *)self;
    Gl_VISIT(en->en_sit);
    Gl_VISIT(en->en_result);
    Gl_VISIT(en->en_longindex);
    return 0;
}

static int
enum_clear(GlObject *self)
{
    EnumObject *en = (EnumObject *)self;
    Gl_CLEAR(en->en_sit);
    Gl_CLEAR(en->en_result);
    Gl_CLEAR(en->en_longindex);
    return 0;
}

/* Fill the reusable result tuple when possible; steals index and item. */
static GlObject *
reuse_pair(GlObject **resultp, GlObject *a, GlObject *b)
{
    GlObject *result = *resultp;
    if (result != NULL && result->ob_refcnt == 1) {
        Gl_INCREF(result);
        GlObject *old_a = GlTuple_GET_ITEM(result, 0), *old_b = GlTuple_GET_ITEM(result, 1);
        GlTuple_SET_ITEM(result, 0, a);
        GlTuple_SET_ITEM(result, 1, b);
        Gl_DECREF(old_a);
        Gl_DECREF(old_b);
        /* The collector may have untracked it (all atoms): track it again. */
        if (!GlObject_GC_IsTracked(result)) {
            GlObject_GC_Track(result);
        }
        return result;
    }
    result = GlTuple_New(2);
    if (result == NULL) {
        Gl_DECREF(a);
        Gl_DECREF(b);
        return NULL;
    }
    GlTuple_SET_ITEM(result, 0, a);
    GlTuple_SET_ITEM(result, 1, b);
    return result;
}

static GlObject *
enum_next_long(EnumObject *en, GlObject *next_item)
{
    if (en->en_longindex == NULL) {
        en->en_longindex = GlInt_FromSsize_t(GL_SSIZE_T_MAX);
        if (en->en_longindex == NULL) {
            Gl_DECREF(next_item);
            return NULL;
        }
    }
    GlObject *next_index = en->en_longindex;
    GlObject *one = GlInt_FromLong(1);
    GlObject *stepped_up = one ? GlNumber_Add(next_index, one) : NULL;
    Gl_XDECREF(one);
    if (stepped_up == NULL) {
        Gl_DECREF(next_item);
        return NULL;
    }
    en->en_longindex = stepped_up;
    return reuse_pair(&en->en_result, next_index, next_item);   // the old index moves in
}

static GlObject *
enum_next(GlObject *self)
{
    EnumObject *en = (EnumObject *)self;
    GlObject *it = en->en_sit;
    if (it == NULL) {
        return NULL;
    }
    GlObject *next_item = Gl_TYPE(it)->tp_iternext(it);   // may run Python
    if (next_item == NULL) {
        return NULL;
    }
    if (en->en_index == GL_SSIZE_T_MAX) {
        return enum_next_long(en, next_item);
    }
    GlObject *next_index = GlInt_FromSsize_t(en->en_index);
    if (next_index == NULL) {
        Gl_DECREF(next_item);
        return NULL;
    }
    en->en_index++;
    return reuse_pair(&en->en_result, next_index, next_item);
}

/* __reduce__: (type(self), (iterator, next index)). New reference. */
static GlObject *
enum_reduce(GlObject *self, GlObject *unused)
{
    EnumObject *en = (EnumObject *)self;
    GlObject *index = en->en_longindex != NULL ? Gl_NewRef(en->en_longindex)
                                               : GlInt_FromSsize_t(en->en_index);
    if (index == NULL) {
        return NULL;
    }
    GlObject *args = GlTuple_Pack(2, en->en_sit, index);
    Gl_DECREF(index);
    if (args == NULL) {
        return NULL;
    }
    GlObject *res = GlTuple_Pack(2, (GlObject *)Gl_TYPE(self), args);
    Gl_DECREF(args);
    return res;
}

static GlMethodDef enum_methods[] = {
    {"__reduce__", GL_FN(enum_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

ITER_DEALLOC(enum_dealloc, enum_clear)

GlTypeObject GlEnum_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "enumerate",
    .tp_basicsize = sizeof(EnumObject),
    .tp_dealloc = enum_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_doc = "Return an enumerate object.",
    .tp_traverse = enum_traverse,
    .tp_clear = enum_clear,
    .tp_iter = GlIter_Self,
    .tp_iternext = enum_next,
    .tp_methods = enum_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = enum_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = enum_vectorcall,
};

/* ===================== zip ===================== */

typedef struct {
    GlObject ob_base;
    Gl_ssize_t tuplesize;
    GlObject *ittuple;   // tuple of iterators
    GlObject *result;    // reusable result tuple
    int strict;
} ZipObject;

static GlObject *
zip_new_impl(GlTypeObject *type, GlObject *const *args, Gl_ssize_t tuplesize, int strict)
{
    GlObject *ittuple = GlTuple_New(tuplesize);
    if (ittuple == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < tuplesize; ++i) {
        GlObject *it = GlObject_GetIter(args[i]);
        if (it == NULL) {
            Gl_DECREF(ittuple);
            return NULL;
        }
        GlTuple_SET_ITEM(ittuple, i, it);
    }
    GlObject *result = GlTuple_New(tuplesize);
    if (result == NULL) {
        Gl_DECREF(ittuple);
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < tuplesize; i++) {
        GlTuple_SET_ITEM(result, i, Gl_NewRef(Gl_None));
    }
    ZipObject *lz = (ZipObject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Gl_DECREF(ittuple);
        Gl_DECREF(result);
        return NULL;
    }
    lz->ittuple = ittuple;
    lz->tuplesize = tuplesize;
    lz->result = result;
    lz->strict = strict;
    return (GlObject *)lz;
}

/* Reads zip()'s keyword-only `strict` from (names, values). 0/1, or -1. */
static int
zip_parse_strict(GlObject *const *names, GlObject *const *values, Gl_ssize_t n)
{
    int strict = 0;
    if (n > 1) {
        // PyArg_ParseTupleAndKeywords("|$p:zip") counts before it checks names
        GlErr_Format(GlExc_TypeError, "zip() takes at most 1 keyword argument (%zd given)", n);
        return -1;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (!GlStr_Check(names[i]) || !GlStr_EqualToASCII(names[i], "strict")) {
            GlErr_Format(GlExc_TypeError, "'%S' is an invalid keyword argument for zip()",
                         names[i]);
            return -1;
        }
        strict = GlObject_IsTrue(values[i]);
        if (strict < 0) {
            return -1;
        }
    }
    return strict;
}

static GlObject *
zip_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    int strict = 0;
    if (kwds != NULL && GlDict_GET_SIZE(kwds) > 0) {
        Gl_ssize_t pos = 0;
        GlObject *k, *v;
        while (GlDict_Next(kwds, &pos, &k, &v)) {
            strict = zip_parse_strict(&k, &v, 1);
            if (strict < 0) {
                return NULL;
            }
        }
    }
    return zip_new_impl(type, GlTuple_ITEMS(args), Gl_SIZE(args), strict);
}

static GlObject *
zip_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    int strict = 0;
    if (kwnames != NULL && Gl_SIZE(kwnames) > 0) {
        strict = zip_parse_strict(GlTuple_ITEMS(kwnames), args + nargs, Gl_SIZE(kwnames));
        if (strict < 0) {
            return NULL;
        }
    }
    return zip_new_impl((GlTypeObject *)type, args, nargs, strict);
}

static int
zip_traverse(GlObject *self, visitproc visit, void *arg)
{
    ZipObject *lz = (ZipObject *)self;
    Gl_VISIT(lz->ittuple);
    Gl_VISIT(lz->result);
    return 0;
}

static int
zip_clear(GlObject *self)
{
    ZipObject *lz = (ZipObject *)self;
    Gl_CLEAR(lz->ittuple);
    Gl_CLEAR(lz->result);
    return 0;
}

/* strict=True: the iterator i ran out; decide whether the lengths differed. */
static GlObject *
zip_check_strict(ZipObject *lz, Gl_ssize_t i)
{
    if (clear_stop_iteration() < 0) {
        return NULL;
    }
    if (i) {
        const char *plural = i == 1 ? " " : "s 1-";
        return GlErr_Format(GlExc_ValueError, "zip() argument %zd is shorter than argument%s%zd",
                            i + 1, plural, i);
    }
    for (i = 1; i < lz->tuplesize; i++) {
        GlObject *it = GlTuple_GET_ITEM(lz->ittuple, i);
        GlObject *item = Gl_TYPE(it)->tp_iternext(it);
        if (item) {
            Gl_DECREF(item);
            const char *plural = i == 1 ? " " : "s 1-";
            return GlErr_Format(GlExc_ValueError,
                                "zip() argument %zd is longer than argument%s%zd", i + 1, plural, i);
        }
        if (clear_stop_iteration() < 0) {
            return NULL;
        }
    }
    return NULL;   // all exhausted together
}

static GlObject *
zip_next(GlObject *self)
{
    ZipObject *lz = (ZipObject *)self;
    Gl_ssize_t tuplesize = lz->tuplesize;
    GlObject *result = lz->result;
    if (tuplesize == 0 || lz->ittuple == NULL) {
        return NULL;
    }
    if (result->ob_refcnt == 1) {
        Gl_INCREF(result);
        for (Gl_ssize_t i = 0; i < tuplesize; i++) {
            GlObject *it = GlTuple_GET_ITEM(lz->ittuple, i);
            GlObject *item = Gl_TYPE(it)->tp_iternext(it);   // may run Python
            if (item == NULL) {
                Gl_DECREF(result);
                return lz->strict ? zip_check_strict(lz, i) : NULL;
            }
            GlObject *olditem = GlTuple_GET_ITEM(result, i);
            GlTuple_SET_ITEM(result, i, item);
            Gl_DECREF(olditem);
        }
        if (!GlObject_GC_IsTracked(result)) {
            GlObject_GC_Track(result);
        }
        return result;
    }
    result = GlTuple_New(tuplesize);
    if (result == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < tuplesize; i++) {
        GlObject *it = GlTuple_GET_ITEM(lz->ittuple, i);
        GlObject *item = Gl_TYPE(it)->tp_iternext(it);
        if (item == NULL) {
            Gl_DECREF(result);
            return lz->strict ? zip_check_strict(lz, i) : NULL;
        }
        GlTuple_SET_ITEM(result, i, item);
    }
    return result;
}

ITER_DEALLOC(zip_dealloc, zip_clear)

/* __reduce__: (type(self), iterators) plus True as the state when strict. New reference. */
static GlObject *
zip_reduce(GlObject *self, GlObject *unused)
{
    ZipObject *lz = (ZipObject *)self;
    if (lz->strict) {
        return GlTuple_Pack(3, (GlObject *)Gl_TYPE(self), lz->ittuple, Gl_True);
    }
    return GlTuple_Pack(2, (GlObject *)Gl_TYPE(self), lz->ittuple);
}

/* __setstate__(strict): the truth of the state. May run Python (__bool__). */
static GlObject *
zip_setstate(GlObject *self, GlObject *state)
{
    int strict = GlObject_IsTrue(state);
    if (strict < 0) {
        return NULL;
    }
    ((ZipObject *)self)->strict = strict;
    Gl_RETURN_NONE;
}

static GlMethodDef zip_methods[] = {
    {"__reduce__", GL_FN(zip_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", GL_FN(zip_setstate), GL_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlZip_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "zip",
    .tp_doc = "Yield tuples of items from each iterable until an input is exhausted.",
    .tp_basicsize = sizeof(ZipObject),
    .tp_dealloc = zip_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_traverse = zip_traverse,
    .tp_clear = zip_clear,
    .tp_iter = GlIter_Self,
    .tp_iternext = zip_next,
    .tp_methods = zip_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = zip_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = zip_vectorcall,
};

/* ===================== map ===================== */

typedef struct {
    GlObject ob_base;
    GlObject *iters;   // tuple of iterators
    GlObject *func;
} MapObject;

static GlObject *
map_new_impl(GlTypeObject *type, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs < 2) {
        return GlErr_SetString(GlExc_TypeError, "map() must have at least two arguments.");
    }
    GlObject *iters = GlTuple_New(nargs - 1);
    if (iters == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 1; i < nargs; i++) {
        GlObject *it = GlObject_GetIter(args[i]);
        if (it == NULL) {
            Gl_DECREF(iters);
            return NULL;
        }
        GlTuple_SET_ITEM(iters, i - 1, it);
    }
    MapObject *lz = (MapObject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Gl_DECREF(iters);
        return NULL;
    }
    lz->iters = iters;
    lz->func = Gl_NewRef(args[0]);
    return (GlObject *)lz;
}

static GlObject *
map_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if ((type == &GlMap_Type || type->tp_init == GlMap_Type.tp_init)
        && GlArg_NoKeywords("map", kwds) < 0) {
        return NULL;
    }
    return map_new_impl(type, GlTuple_ITEMS(args), Gl_SIZE(args));
}

static GlObject *
map_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("map", kwnames) < 0) {
        return NULL;
    }
    return map_new_impl((GlTypeObject *)type, args, GlVectorcall_NARGS(nargsf));
}

static int
map_traverse(GlObject *self, visitproc visit, void *arg)
{
    MapObject *lz = (MapObject *)self;
    Gl_VISIT(lz->iters);
    Gl_VISIT(lz->func);
    return 0;
}

static int
map_clear(GlObject *self)
{
    MapObject *lz = (MapObject *)self;
    Gl_CLEAR(lz->iters);
    Gl_CLEAR(lz->func);
    return 0;
}

static GlObject *
map_next(GlObject *self)
{
    MapObject *lz = (MapObject *)self;
    if (lz->iters == NULL) {
        return NULL;
    }
    GlObject *small_stack[5];
    GlObject **stack;
    Gl_ssize_t niters = Gl_SIZE(lz->iters);
    if (niters <= 5) {
        stack = small_stack;
    }
    else {
        stack = GlMem_New(GlObject *, niters);
        if (stack == NULL) {
            return GlErr_NoMemory();
        }
    }
    Gl_ssize_t nargs = 0;
    GlObject *result = NULL;
    for (Gl_ssize_t i = 0; i < niters; i++) {
        GlObject *it = GlTuple_GET_ITEM(lz->iters, i);
        GlObject *val = Gl_TYPE(it)->tp_iternext(it);   // may run Python
        if (val == NULL) {
            goto exit;
        }
        stack[i] = val;
        nargs++;
    }
    result = GlObject_Vectorcall(lz->func, stack, (size_t)nargs, NULL);
exit:
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        Gl_DECREF(stack[i]);
    }
    if (stack != small_stack) {
        GlMem_Free(stack);
    }
    return result;
}

ITER_DEALLOC(map_dealloc, map_clear)

/* __reduce__: (type(self), (func, *iterators)). New reference. */
static GlObject *
map_reduce(GlObject *self, GlObject *unused)
{
    MapObject *lz = (MapObject *)self;
    Gl_ssize_t n = GlTuple_GET_SIZE(lz->iters);
    GlObject *args = GlTuple_New(n + 1);
    if (args == NULL) {
        return NULL;
    }
    GlTuple_SET_ITEM(args, 0, Gl_NewRef(lz->func));
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlTuple_SET_ITEM(args, i + 1, Gl_NewRef(GlTuple_GET_ITEM(lz->iters, i)));
    }
    GlObject *res = GlTuple_Pack(2, (GlObject *)Gl_TYPE(self), args);
    Gl_DECREF(args);
    return res;
}

static GlMethodDef map_methods[] = {
    {"__reduce__", GL_FN(map_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlMap_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "map",
    .tp_doc = "Make an iterator that computes the function using arguments from each "
              "of the iterables.",
    .tp_basicsize = sizeof(MapObject),
    .tp_dealloc = map_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_traverse = map_traverse,
    .tp_clear = map_clear,
    .tp_iter = GlIter_Self,
    .tp_iternext = map_next,
    .tp_methods = map_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = map_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = map_vectorcall,
};

/* ===================== filter ===================== */

typedef struct {
    GlObject ob_base;
    GlObject *func;   // None (or bool) for truth testing
    GlObject *it;
} FilterObject;

static GlObject *
filter_new_impl(GlTypeObject *type, GlObject *func, GlObject *seq)
{
    GlObject *it = GlObject_GetIter(seq);
    if (it == NULL) {
        return NULL;
    }
    FilterObject *lz = (FilterObject *)type->tp_alloc(type, 0);
    if (lz == NULL) {
        Gl_DECREF(it);
        return NULL;
    }
    lz->func = Gl_NewRef(func);
    lz->it = it;
    return (GlObject *)lz;
}

static GlObject *
filter_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if ((type == &GlFilter_Type || type->tp_init == GlFilter_Type.tp_init)
        && GlArg_NoKeywords("filter", kwds) < 0) {
        return NULL;
    }
    if (GlArg_CheckPositional("filter", Gl_SIZE(args), 2, 2) < 0) {
        return NULL;
    }
    return filter_new_impl(type, GlTuple_GET_ITEM(args, 0), GlTuple_GET_ITEM(args, 1));
}

static GlObject *
filter_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("filter", kwnames) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (GlArg_CheckPositional("filter", nargs, 2, 2) < 0) {
        return NULL;
    }
    return filter_new_impl((GlTypeObject *)type, args[0], args[1]);
}

static int
filter_traverse(GlObject *self, visitproc visit, void *arg)
{
    FilterObject *lz = (FilterObject *)self;
    Gl_VISIT(lz->it);
    Gl_VISIT(lz->func);
    return 0;
}

static int
filter_clear(GlObject *self)
{
    FilterObject *lz = (FilterObject *)self;
    Gl_CLEAR(lz->it);
    Gl_CLEAR(lz->func);
    return 0;
}

static GlObject *
filter_next(GlObject *self)
{
    FilterObject *lz = (FilterObject *)self;
    GlObject *it = lz->it;
    if (it == NULL) {
        return NULL;
    }
    iternextfunc iternext = Gl_TYPE(it)->tp_iternext;
    int checktrue = lz->func == Gl_None || lz->func == (GlObject *)&GlBool_Type;
    for (;;) {
        GlObject *item = iternext(it);   // may run Python
        if (item == NULL) {
            return NULL;
        }
        int ok;
        if (checktrue) {
            ok = GlObject_IsTrue(item);
        }
        else {
            GlObject *good = GlObject_CallOneArg(lz->func, item);
            if (good == NULL) {
                Gl_DECREF(item);
                return NULL;
            }
            ok = GlObject_IsTrue(good);
            Gl_DECREF(good);
        }
        if (ok > 0) {
            return item;
        }
        Gl_DECREF(item);
        if (ok < 0) {
            return NULL;
        }
    }
}

ITER_DEALLOC(filter_dealloc, filter_clear)

/* __reduce__: (type(self), (func, iterator)). New reference. */
static GlObject *
filter_reduce(GlObject *self, GlObject *unused)
{
    FilterObject *lz = (FilterObject *)self;
    GlObject *args = GlTuple_Pack(2, lz->func, lz->it);
    if (args == NULL) {
        return NULL;
    }
    GlObject *res = GlTuple_Pack(2, (GlObject *)Gl_TYPE(self), args);
    Gl_DECREF(args);
    return res;
}

static GlMethodDef filter_methods[] = {
    {"__reduce__", GL_FN(filter_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlFilter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "filter",
    .tp_doc = "Return an iterator yielding those items of iterable for which "
              "function(item) is true.",
    .tp_basicsize = sizeof(FilterObject),
    .tp_dealloc = filter_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_traverse = filter_traverse,
    .tp_clear = filter_clear,
    .tp_iter = GlIter_Self,
    .tp_iternext = filter_next,
    .tp_methods = filter_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = filter_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = filter_vectorcall,
};

/* ===================== reversed ===================== */

typedef struct {
    GlObject ob_base;
    Gl_ssize_t index;   // next index, -1 once exhausted
    GlObject *seq;      // NULL once exhausted
} ReversedObject;

static GlObject *
reversed_new_impl(GlTypeObject *type, GlObject *seq)
{
    GlObject *meth = GlType_Lookup(Gl_TYPE(seq), GL_ID(__reversed__));
    if (meth == Gl_None) {
        return GlErr_Format(GlExc_TypeError, "'%.200s' object is not reversible",
                            Gl_TYPE(seq)->tp_name);
    }
    if (meth != NULL) {
        int found = 0;
        GlObject *res = GlObject_CallSpecial(seq, GL_ID(__reversed__), NULL, 0, &found);
        if (found || res != NULL || GlErr_Occurred()) {
            return res;
        }
    }
    if (!GlSequence_Check(seq)) {
        return GlErr_Format(GlExc_TypeError, "'%.200s' object is not reversible",
                            Gl_TYPE(seq)->tp_name);
    }
    Gl_ssize_t n = GlSequence_Size(seq);
    if (n == -1) {
        return NULL;
    }
    ReversedObject *ro = (ReversedObject *)type->tp_alloc(type, 0);
    if (ro == NULL) {
        return NULL;
    }
    ro->index = n - 1;
    ro->seq = Gl_NewRef(seq);
    return (GlObject *)ro;
}

static GlObject *
reversed_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if ((type == &GlReversed_Type || type->tp_init == GlReversed_Type.tp_init)
        && GlArg_NoKeywords("reversed", kwds) < 0) {
        return NULL;
    }
    if (GlArg_CheckPositional("reversed", Gl_SIZE(args), 1, 1) < 0) {
        return NULL;
    }
    return reversed_new_impl(type, GlTuple_GET_ITEM(args, 0));
}

static GlObject *
reversed_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("reversed", kwnames) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (GlArg_CheckPositional("reversed", nargs, 1, 1) < 0) {
        return NULL;
    }
    return reversed_new_impl((GlTypeObject *)type, args[0]);
}

static int
reversed_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((ReversedObject *)self)->seq);
    return 0;
}

static int
reversed_clear(GlObject *self)
{
    Gl_CLEAR(((ReversedObject *)self)->seq);
    return 0;
}

static GlObject *
reversed_next(GlObject *self)
{
    ReversedObject *ro = (ReversedObject *)self;
    Gl_ssize_t index = ro->index;
    if (index >= 0) {
        GlObject *item = GlSequence_GetItem(ro->seq, index);   // may run Python
        if (item != NULL) {
            ro->index--;
            return item;
        }
        if (GlErr_ExceptionMatches(GlExc_IndexError)
            || GlErr_ExceptionMatches(GlExc_StopIteration)) {
            GlErr_Clear();
        }
    }
    ro->index = -1;
    Gl_CLEAR(ro->seq);
    return NULL;
}

static GlObject *
reversed_len(GlObject *self, GlObject *unused)
{
    ReversedObject *ro = (ReversedObject *)self;
    if (ro->seq == NULL) {
        return GlInt_FromLong(0);
    }
    Gl_ssize_t seqsize = GlSequence_Size(ro->seq);
    if (seqsize == -1) {
        return NULL;
    }
    Gl_ssize_t position = ro->index + 1;
    return GlInt_FromSsize_t(seqsize < position ? 0 : position);
}

/* __reduce__: (type(self), (seq,), index), or (type(self), ((),)) once exhausted.
 * New reference. */
static GlObject *
reversed_reduce(GlObject *self, GlObject *unused)
{
    ReversedObject *ro = (ReversedObject *)self;
    GlObject *args = NULL, *idx = NULL, *res = NULL;
    if (ro->seq != NULL) {
        args = GlTuple_Pack(1, ro->seq);
        idx = args != NULL ? GlInt_FromSsize_t(ro->index) : NULL;
        res = idx != NULL ? GlTuple_Pack(3, (GlObject *)Gl_TYPE(self), args, idx) : NULL;
    }
    else {
        GlObject *empty = GlTuple_New(0);
        args = empty != NULL ? GlTuple_Pack(1, empty) : NULL;
        Gl_XDECREF(empty);
        res = args != NULL ? GlTuple_Pack(2, (GlObject *)Gl_TYPE(self), args) : NULL;
    }
    Gl_XDECREF(args);
    Gl_XDECREF(idx);
    return res;
}

/* __setstate__(index): clipped to -1 .. len(seq) - 1. */
static GlObject *
reversed_setstate(GlObject *self, GlObject *state)
{
    ReversedObject *ro = (ReversedObject *)self;
    Gl_ssize_t index;
    if (GlIter_StateIndex(state, &index) < 0) {
        return NULL;
    }
    if (ro->seq != NULL) {
        Gl_ssize_t n = GlSequence_Size(ro->seq);   // may run Python
        if (n < 0) {
            return NULL;
        }
        if (index < -1) {
            index = -1;
        }
        else if (index > n - 1) {
            index = n - 1;
        }
        ro->index = index;
    }
    Gl_RETURN_NONE;
}

static GlMethodDef reversed_methods[] = {
    {"__length_hint__", GL_FN(reversed_len), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(reversed_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", GL_FN(reversed_setstate), GL_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

ITER_DEALLOC(reversed_dealloc, reversed_clear)

GlTypeObject GlReversed_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "reversed",
    .tp_doc = "Return a reverse iterator over the values of the given sequence.",
    .tp_basicsize = sizeof(ReversedObject),
    .tp_dealloc = reversed_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_traverse = reversed_traverse,
    .tp_clear = reversed_clear,
    .tp_iter = GlIter_Self,
    .tp_iternext = reversed_next,
    .tp_methods = reversed_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = reversed_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = reversed_vectorcall,
};
