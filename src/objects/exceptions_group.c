/* exceptions_group.c - BaseExceptionGroup and ExceptionGroup (PEP 654): construction
 * with its checks, message/exceptions, str, derive, split and subgroup.
 *
 * Invariants: msg is a str and excs a non-empty tuple of exception instances once
 * __new__ returns; both are owned. ExceptionGroup has the bases (BaseExceptionGroup,
 * Exception), set by GlExcGroup_Init before it is readied, so its MRO is CPython's:
 * ExceptionGroup, BaseExceptionGroup, Exception, BaseException, object.
 *
 * CPython behaviour matched (Objects/exceptions.c, 3.11): BaseExceptionGroup(msg,
 * excs) returns an ExceptionGroup when every nested exception is an Exception;
 * ExceptionGroup refuses BaseExceptions ("Cannot nest BaseExceptions in an
 * ExceptionGroup"); args keep the sequence as given while .exceptions is a tuple;
 * str is "msg (2 sub-exceptions)"; split/subgroup rebuild partial groups through
 * self.derive() and copy __traceback__, __context__, __cause__ and __notes__.
 */
#include "exceptions_int.h"

static GlObject *GlExcGroup_New(GlTypeObject *type, GlObject *args, GlObject *kwds);

/* ---- construction ---- */

/* Checks the arguments of BaseExceptionGroup.__new__; on success *msg is borrowed and
 * *excs a new tuple. 0 / -1. */
static int
excgroup_parse(GlObject *args, GlObject **msg, GlObject **excs)
{
    Gl_ssize_t n = args == NULL ? 0 : GlTuple_GET_SIZE(args);
    if (n != 2) {
        GlErr_Format(GlExc_TypeError,
                     "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zd given)", n);
        return -1;
    }
    *msg = GlTuple_GET_ITEM(args, 0);
    GlObject *seq = GlTuple_GET_ITEM(args, 1);
    if (!GlStr_Check(*msg)) {
        GlErr_Format(GlExc_TypeError,
                     "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                     GlObject_TypeName(*msg));
        return -1;
    }
    if (!GlSequence_Check(seq)) {
        GlErr_SetString(GlExc_TypeError, "second argument (exceptions) must be a sequence");
        return -1;
    }
    *excs = GlSequence_Tuple(seq);   // may run Python code
    if (*excs == NULL) {
        return -1;
    }
    if (GlTuple_GET_SIZE(*excs) == 0) {
        Gl_CLEAR(*excs);
        GlErr_SetString(GlExc_ValueError,
                        "second argument (exceptions) must be a non-empty sequence");
        return -1;
    }
    return 0;
}

/* 1 when some item of excs is not an Exception, 0 if none is, -1 on error (ValueError
 * for an item that is no exception at all). */
static int
excgroup_nests_base(GlObject *excs)
{
    int nested_base = 0;
    for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(excs); i++) {
        GlObject *e = GlTuple_GET_ITEM(excs, i);
        if (!GlExceptionInstance_Check(e)) {
            GlErr_Format(GlExc_ValueError,
                         "Item %zd of second argument (exceptions) is not an exception", i);
            return -1;
        }
        int r = GlObject_IsInstance(e, GlExc_Exception);
        if (r < 0) {
            return -1;
        }
        nested_base |= r == 0;
    }
    return nested_base;
}

static GlObject *
GlExcGroup_New(GlTypeObject *type, GlObject *args, GlObject *kwds) GL_NEWREF
{
    GlObject *msg, *excs;
    if (excgroup_parse(args, &msg, &excs) < 0) {
        return NULL;
    }
    int nested_base = excgroup_nests_base(excs);
    if (nested_base < 0) {
        goto error;
    }
    GlTypeObject *cls = type;
    if (cls == &GlExceptionGroup_Type) {
        if (nested_base) {
            GlErr_SetString(GlExc_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
            goto error;
        }
    } else if (cls == &GlBaseExceptionGroup_Type) {
        if (!nested_base) {
            cls = &GlExceptionGroup_Type;   // all are Exceptions: wrap in an ExceptionGroup
        }
    } else if (nested_base) {
        int sub = GlObject_IsSubclass((GlObject *)cls, GlExc_Exception);
        if (sub < 0) {
            goto error;
        }
        if (sub) {
            GlErr_Format(GlExc_TypeError, "Cannot nest BaseExceptions in '%s'", cls->tp_name);
            goto error;
        }
    }
    GlBaseExceptionGroupObject *self =
        (GlBaseExceptionGroupObject *)GlExcBase_New(cls, args, kwds);
    if (self == NULL) {
        goto error;
    }
    self->msg = Gl_NewRef(msg);
    self->excs = excs;
    return (GlObject *)self;
error:
    Gl_DECREF(excs);
    return NULL;
}

/* ---- slots ---- */

static int
BaseExceptionGroup_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    return GlExcBase_Init(op, args, kwds);   // refuses keywords, sets args
}

static int
BaseExceptionGroup_clear(GlObject *op)
{
    GlBaseExceptionGroupObject *self = (GlBaseExceptionGroupObject *)op;
    Gl_CLEAR(self->msg);
    Gl_CLEAR(self->excs);
    return GlExcBase_Clear(op);
}

static void
BaseExceptionGroup_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    BaseExceptionGroup_clear(op);
    Gl_TYPE(op)->tp_free(op);
}

static int
BaseExceptionGroup_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlBaseExceptionGroupObject *self = (GlBaseExceptionGroupObject *)op;
    Gl_VISIT(self->msg);
    Gl_VISIT(self->excs);
    return GlExcBase_Traverse(op, visit, arg);
}

static GlObject *
BaseExceptionGroup_str(GlObject *op)
{
    GlBaseExceptionGroupObject *self = (GlBaseExceptionGroupObject *)op;
    Gl_ssize_t n = self->excs ? GlTuple_GET_SIZE(self->excs) : 0;
    return GlStr_FromFormat("%S (%zd sub-exception%s)", self->msg ? self->msg : Gl_None, n,
                            n > 1 ? "s" : "");
}

/* ---- derive, split, subgroup ---- */

static GlObject *
BaseExceptionGroup_derive(GlObject *op, GlObject *excs)
{
    GlBaseExceptionGroupObject *self = (GlBaseExceptionGroupObject *)op;
    GlObject *args = GlTuple_Pack(2, self->msg ? self->msg : Gl_None, excs);
    if (args == NULL) {
        return NULL;
    }
    GlObject *eg = GlObject_Call(GlExc_BaseExceptionGroup, args, NULL);
    Gl_DECREF(args);
    return eg;
}

enum { MATCH_BY_TYPE, MATCH_PREDICATE, MATCH_LEAF_IDS };

static int
excgroup_matcher_kind(GlObject *value)
{
    if (GlCallable_Check(value) && !GlType_Check(value)) {
        return MATCH_PREDICATE;
    }
    if (GlExceptionClass_Check(value)) {
        return MATCH_BY_TYPE;
    }
    if (GlTuple_CheckExact(value)) {
        Gl_ssize_t i = 0;
        while (i < GlTuple_GET_SIZE(value) && GlExceptionClass_Check(GlTuple_GET_ITEM(value, i))) {
            i++;
        }
        if (i == GlTuple_GET_SIZE(value)) {
            return MATCH_BY_TYPE;
        }
    }
    GlErr_SetString(GlExc_TypeError,
                    "expected a function, exception type or tuple of exception types");
    return -1;
}

/* 1 / 0 / -1. Runs Python code for a predicate. */
static int
excgroup_matches(GlObject *exc, int kind, GlObject *value)
{
    if (kind == MATCH_BY_TYPE) {
        return GlErr_GivenExceptionMatches(exc, value);
    }
    if (kind == MATCH_LEAF_IDS) {   // value: a set of id()s of leaf exceptions
        GlObject *id = GlInt_FromSize_t((size_t)(uintptr_t)exc);
        int r = id ? GlSet_Contains(value, id) : -1;
        Gl_XDECREF(id);
        return r;
    }
    GlObject *r = GlObject_CallOneArg(value, exc);
    if (r == NULL) {
        return -1;
    }
    int t = GlObject_IsTrue(r);
    Gl_DECREF(r);
    return t;
}

/* orig.derive(excs) with orig's traceback, context, cause and a copy of its notes, or
 * NULL without error (*out stays NULL) when excs is empty. 0 / -1. */
static int
excgroup_subset(GlObject *orig, GlObject *excs, GlObject **out)
{
    *out = NULL;
    if (GlList_GET_SIZE(excs) == 0) {
        return 0;
    }
    GlObject *name = GlStr_InternFromString("derive");
    GlObject *eg = name ? GlObject_CallMethod(orig, name, &excs, 1) : NULL;
    Gl_XDECREF(name);
    if (eg == NULL) {
        return -1;
    }
    if (!GlObject_TypeCheck(eg, &GlBaseExceptionGroup_Type)) {
        GlErr_SetString(GlExc_TypeError, "derive must return an instance of BaseExceptionGroup");
        goto error;
    }
    GlObject *tb = GlException_GetTraceback(orig);
    if (tb != NULL && GlException_SetTraceback(eg, tb) < 0) {
        goto error;
    }
    GlObject *ctx = GlException_GetContext(orig), *cause = GlException_GetCause(orig);
    GlException_SetContext(eg, ctx ? Gl_NewRef(ctx) : Gl_NewRef(Gl_None));
    GlException_SetCause(eg, cause ? Gl_NewRef(cause) : Gl_NewRef(Gl_None));
    /* CPython sets the cause through PyException_SetCause, which always turns on
     * __suppress_context__: the parts never print their context. */
    ((GlBaseExceptionObject *)eg)->suppress_context = 1;
    GlObject *notes;
    if (GlObject_LookupAttr(orig, GL_ID(__notes__), &notes) < 0) {
        goto error;
    }
    if (notes != NULL) {
        if (GlSequence_Check(notes)) {
            GlObject *copy = GlSequence_List(notes);   // the parts get their own lists
            int rc = copy ? GlObject_SetAttr(eg, GL_ID(__notes__), copy) : -1;
            Gl_XDECREF(copy);
            if (rc < 0) {
                Gl_DECREF(notes);
                goto error;
            }
        }
        Gl_DECREF(notes);
    }
    *out = eg;
    return 0;
error:
    Gl_DECREF(eg);
    return -1;
}

/* Splits exc into *match and (when rest is not NULL) *rest, each a new reference or
 * NULL for "nothing". Recursive over nested groups. 0 / -1. */
static int
excgroup_split(GlObject *exc, int kind, GlObject *value, GlObject **match, GlObject **rest)
{
    *match = NULL;
    if (rest != NULL) {
        *rest = NULL;
    }
    int m = excgroup_matches(exc, kind, value);
    if (m < 0) {
        return -1;
    }
    if (m) {
        *match = Gl_NewRef(exc);
        return 0;
    }
    if (!GlObject_TypeCheck(exc, &GlBaseExceptionGroup_Type)) {
        if (rest != NULL) {
            *rest = Gl_NewRef(exc);
        }
        return 0;
    }
    GlObject *excs = Gl_NewRef(((GlBaseExceptionGroupObject *)exc)->excs);
    GlObject *mlist = GlList_New(0), *rlist = rest ? GlList_New(0) : NULL;
    int rc = -1;
    if (mlist == NULL || (rest != NULL && rlist == NULL)) {
        goto done;
    }
    for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(excs); i++) {
        GlObject *sm, *sr = NULL;
        if (Gl_EnterRecursiveCall(" in exceptiongroup_split_recursive") < 0) {
            goto done;
        }
        int r = excgroup_split(GlTuple_GET_ITEM(excs, i), kind, value, &sm, rest ? &sr : NULL);
        Gl_LeaveRecursiveCall();
        if (r < 0) {
            goto done;
        }
        int bad = (sm != NULL && GlList_Append(mlist, sm) < 0)
                  || (sr != NULL && GlList_Append(rlist, sr) < 0);
        Gl_XDECREF(sm);
        Gl_XDECREF(sr);
        if (bad) {
            goto done;
        }
    }
    if (excgroup_subset(exc, mlist, match) < 0) {
        goto done;
    }
    if (rest != NULL && excgroup_subset(exc, rlist, rest) < 0) {
        Gl_CLEAR(*match);
        goto done;
    }
    rc = 0;
done:
    Gl_DECREF(excs);
    Gl_XDECREF(mlist);
    Gl_XDECREF(rlist);
    return rc;
}

static GlObject *
BaseExceptionGroup_split(GlObject *self, GlObject *value)
{
    int kind = excgroup_matcher_kind(value);
    GlObject *match, *rest;
    if (kind < 0 || excgroup_split(self, kind, value, &match, &rest) < 0) {
        return NULL;
    }
    GlObject *r = GlTuple_Pack(2, match ? match : Gl_None, rest ? rest : Gl_None);
    Gl_XDECREF(match);
    Gl_XDECREF(rest);
    return r;
}

/* ---- except* (the VM's CHECK_EG_MATCH and PREP_RERAISE_STAR) ---- */

/* Splits the exception being handled by an `except* type` clause. A match that is
 * not a group is wrapped as ExceptionGroup("", (exc,)). *match
 * and *rest are new references, Gl_None for "nothing". 0 / -1. */
int
GlExcGroup_MatchStar(GlObject *exc, GlObject *type, GlObject **match, GlObject **rest)
{
    *match = *rest = NULL;
    if (GlErr_GivenExceptionMatches(type, GlExc_BaseExceptionGroup)) {
        GlErr_SetString(GlExc_TypeError,
                        "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    if (!GlObject_TypeCheck(exc, &GlBaseExceptionGroup_Type)) {
        if (!GlErr_GivenExceptionMatches(exc, type)) {
            *match = Gl_NewRef(Gl_None);
            *rest = Gl_NewRef(exc);
            return 0;
        }
        GlObject *excs = GlTuple_Pack(1, exc);
        GlObject *msg = GlStr_FromString("");
        GlObject *args = excs && msg ? GlTuple_Pack(2, msg, excs) : NULL;
        Gl_XDECREF(excs);
        Gl_XDECREF(msg);
        GlObject *eg = args ? GlObject_Call(GlExc_BaseExceptionGroup, args, NULL) : NULL;
        Gl_XDECREF(args);
        if (eg == NULL) {
            return -1;
        }
        *match = eg;   // 3.11 leaves the wrapper's __traceback__ None
        *rest = Gl_NewRef(Gl_None);
        return 0;
    }
    GlObject *m, *r;
    if (excgroup_split(exc, MATCH_BY_TYPE, type, &m, &r) < 0) {
        return -1;
    }
    *match = m ? m : Gl_NewRef(Gl_None);
    *rest = r ? r : Gl_NewRef(Gl_None);
    return 0;
}

/* Adds the id()s of the leaf exceptions of exc to the set ids. 0 / -1. */
static int
collect_leaf_ids(GlObject *exc, GlObject *ids)
{
    if (!GlObject_TypeCheck(exc, &GlBaseExceptionGroup_Type)) {
        GlObject *id = GlInt_FromSize_t((size_t)(uintptr_t)exc);
        int r = id ? GlSet_Add(ids, id) : -1;
        Gl_XDECREF(id);
        return r;
    }
    GlObject *excs = ((GlBaseExceptionGroupObject *)exc)->excs;
    for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(excs); i++) {
        if (Gl_EnterRecursiveCall(" in collect_exception_group_leaf_ids") < 0) {
            return -1;
        }
        int r = collect_leaf_ids(GlTuple_GET_ITEM(excs, i), ids);
        Gl_LeaveRecursiveCall();
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* An exception that came out of orig by split() (or a bare `raise`) shares orig's
 * traceback, context, cause and notes. */
static int
same_metadata(GlObject *e, GlObject *orig)
{
    GlBaseExceptionObject *a = (GlBaseExceptionObject *)e, *b = (GlBaseExceptionObject *)orig;
    return a->notes == b->notes && a->traceback == b->traceback && a->context == b->context &&
           a->cause == b->cause;
}

/* After the except* clauses ran: what to raise, from orig (the exception that entered
 * the try) and excs (what each clause raised, then the unhandled rest; Nones skipped).
 * Re-raised parts keep orig's nesting; new exceptions join them in a new group.
 * New reference, Gl_None when nothing is left to raise. */
GlObject *
GlExcGroup_PrepReraiseStar(GlObject *orig, GlObject *excs)
{
    Gl_ssize_t n = GlList_GET_SIZE(excs);
    if (!GlObject_TypeCheck(orig, &GlBaseExceptionGroup_Type)) {
        /* A naked exception was wrapped: only one clause ran, so at most one result. */
        for (Gl_ssize_t i = 0; i < n; i++) {
            if (GlList_GET_ITEM(excs, i) != Gl_None) {
                return Gl_NewRef(GlList_GET_ITEM(excs, i));
            }
        }
        return Gl_NewRef(Gl_None);
    }
    GlObject *raised = GlList_New(0), *ids = GlSet_New(NULL), *result = NULL;
    GlObject *reraised = NULL;
    int any_reraised = 0;
    if (raised == NULL || ids == NULL) {
        goto done;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *e = GlList_GET_ITEM(excs, i);
        if (e == Gl_None) {
            continue;
        }
        if (same_metadata(e, orig)) {
            any_reraised = 1;
            if (collect_leaf_ids(e, ids) < 0) {
                goto done;
            }
        } else if (GlList_Append(raised, e) < 0) {
            goto done;
        }
    }
    if (any_reraised && excgroup_split(orig, MATCH_LEAF_IDS, ids, &reraised, NULL) < 0) {
        goto done;
    }
    if (GlList_GET_SIZE(raised) == 0) {
        result = reraised ? Gl_NewRef(reraised) : Gl_NewRef(Gl_None);
        goto done;
    }
    if (reraised != NULL && GlList_Append(raised, reraised) < 0) {
        goto done;
    }
    if (GlList_GET_SIZE(raised) == 1) {
        result = Gl_NewRef(GlList_GET_ITEM(raised, 0));
        goto done;
    }
    GlObject *msg = GlStr_FromString("");
    GlObject *args = msg ? GlTuple_Pack(2, msg, raised) : NULL;
    Gl_XDECREF(msg);
    result = args ? GlObject_Call(GlExc_BaseExceptionGroup, args, NULL) : NULL;
    Gl_XDECREF(args);
done:
    Gl_XDECREF(raised);
    Gl_XDECREF(ids);
    Gl_XDECREF(reraised);
    return result;
}

static GlObject *
BaseExceptionGroup_subgroup(GlObject *self, GlObject *value)
{
    int kind = excgroup_matcher_kind(value);
    GlObject *match;
    if (kind < 0 || excgroup_split(self, kind, value, &match, NULL) < 0) {
        return NULL;
    }
    return match ? match : Gl_NewRef(Gl_None);
}

static GlObject *
BaseExceptionGroup_class_getitem(GlObject *cls, GlObject *item)
{
    return GlGenericAlias_New(cls, item);
}

static GlMethodDef BaseExceptionGroup_methods[] = {
    {"__class_getitem__", GL_FN(BaseExceptionGroup_class_getitem), GL_METH_O | GL_METH_CLASS,
     "See PEP 585"},
    {"derive", GL_FN(BaseExceptionGroup_derive), GL_METH_O, NULL},
    {"split", GL_FN(BaseExceptionGroup_split), GL_METH_O, NULL},
    {"subgroup", GL_FN(BaseExceptionGroup_subgroup), GL_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef BaseExceptionGroup_members[] = {
    {"message", GL_T_OBJECT, offsetof(GlBaseExceptionGroupObject, msg), GL_READONLY,
     "exception message"},
    {"exceptions", GL_T_OBJECT, offsetof(GlBaseExceptionGroupObject, excs), GL_READONLY,
     "nested exceptions"},
    {NULL, 0, 0, 0, NULL},
};

GL_COMPLEX_EXC(BaseExceptionGroup, BaseException, GlBaseExceptionGroupObject,
               BaseExceptionGroup, GlExcGroup_New, BaseExceptionGroup_methods,
               BaseExceptionGroup_members, NULL, BaseExceptionGroup_str,
               "A combination of multiple unrelated exceptions.")

/* The layout and slots are BaseExceptionGroup's; the bases are added at start-up. */
GlTypeObject GlExceptionGroup_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "ExceptionGroup",
    .tp_basicsize = sizeof(GlBaseExceptionGroupObject),
    .tp_dealloc = BaseExceptionGroup_dealloc,
    .tp_str = BaseExceptionGroup_str,
    .tp_flags = GL_EXC_FLAGS,
    .tp_traverse = BaseExceptionGroup_traverse,
    .tp_clear = BaseExceptionGroup_clear,
    .tp_base = &GlBaseExceptionGroup_Type,
    .tp_dictoffset = offsetof(GlBaseExceptionGroupObject, dict),
    .tp_init = BaseExceptionGroup_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = GlExcGroup_New,
    .tp_free = GlObject_GC_Del,
};

GlObject *GlExc_BaseExceptionGroup = (GlObject *)&GlBaseExceptionGroup_Type;
GlObject *GlExc_ExceptionGroup = (GlObject *)&GlExceptionGroup_Type;

int
GlExcGroup_Init(void)
{
    if (GlExceptionGroup_Type.tp_flags & GL_TPFLAGS_READY) {
        return 0;
    }
    if (GlType_Ready(&GlBaseExceptionGroup_Type) < 0) {
        return -1;
    }
    GlExceptionGroup_Type.tp_bases = GlTuple_Pack(2, GlExc_BaseExceptionGroup,
                                                  GlExc_Exception);
    if (GlExceptionGroup_Type.tp_bases == NULL) {
        return -1;
    }
    return GlType_Ready(&GlExceptionGroup_Type);
}
