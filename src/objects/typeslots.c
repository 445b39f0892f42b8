/* typeslots.c - the dunder <-> C slot machinery: the slot definition table, the
 * wrapper functions behind slot wrappers (`int.__add__`), the slot_* functions that
 * heap types put in their C slots to call dunders written in Python, and the fixup
 * that chooses, for each slot of a heap type, the C function inherited through a
 * wrapper descriptor or the generic slot_* function (CPython's update_one_slot).
 *
 * Invariants:
 * - Slot definitions sharing a slot (same offset) are adjacent in gl_slotdefs.
 * - A heap type's slot is non-NULL exactly when a dunder mapping to it is found on
 *   its MRO (or a C slot of a static base is inherited through its wrapper).
 * - Binary operator slots follow CPython's SLOT1BINFULL: the reflected method of a
 *   right operand whose type is a subclass that overrides it is tried first.
 */
#include "allobjects.h"

#define HT_OFF(f) ((Gl_ssize_t)offsetof(GlHeapTypeObject, f))
#define NB_OFF(f) ((Gl_ssize_t)offsetof(GlNumberMethods, f))

/* ------------------------------------------------------------ helpers */

/* type(self).name bound for a call: *unbound = 1 means call with self first. New
 * reference, or NULL without exception when absent. */
static GlObject *
lookup_maybe_method(GlObject *self, GlObject *name, int *unbound)
{
    GlObject *res = GlType_Lookup(Gl_TYPE(self), name);
    if (res == NULL) {
        return NULL;
    }
    if (GlType_HasFeature(Gl_TYPE(res), GL_TPFLAGS_METHOD_DESCRIPTOR)) {
        *unbound = 1;
        return Gl_NewRef(res);
    }
    *unbound = 0;
    descrgetfunc f = Gl_TYPE(res)->tp_descr_get;
    if (f == NULL) {
        return Gl_NewRef(res);
    }
    return f(res, self, (GlObject *)Gl_TYPE(self));
}

static GlObject *
call_unbound(int unbound, GlObject *func, GlObject *const *args, Gl_ssize_t nargs)
{
    if (unbound) {
        return GlObject_Vectorcall(func, args, (size_t)nargs, NULL);
    }
    return GlObject_Vectorcall(func, args + 1, (size_t)(nargs - 1), NULL);
}

/* Call type(args[0]).name(*args); AttributeError(name) when missing. */
static GlObject *
vectorcall_method(GlObject *name, GlObject *const *args, Gl_ssize_t nargs)
{
    int unbound;
    GlObject *func = lookup_maybe_method(args[0], name, &unbound);
    if (func == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_SetObject(GlExc_AttributeError, name);
        }
        return NULL;
    }
    GlObject *res = call_unbound(unbound, func, args, nargs);
    Gl_DECREF(func);
    return res;
}

/* Same, NotImplemented when missing. */
static GlObject *
vectorcall_maybe(GlObject *name, GlObject *const *args, Gl_ssize_t nargs)
{
    int unbound;
    GlObject *func = lookup_maybe_method(args[0], name, &unbound);
    if (func == NULL) {
        if (!GlErr_Occurred()) {
            Gl_RETURN_NOTIMPLEMENTED;
        }
        return NULL;
    }
    GlObject *res = call_unbound(unbound, func, args, nargs);
    Gl_DECREF(func);
    return res;
}

GlObject *
GlType_CallDunder(GlObject *self, GlObject *name, GlObject *const *args, Gl_ssize_t nargs,
                  int *found)
{
    int unbound;
    GlObject *func = lookup_maybe_method(self, name, &unbound);
    if (func == NULL) {
        *found = GlErr_Occurred() ? 1 : 0;
        return NULL;
    }
    *found = 1;
    GlObject *small[6];
    GlObject **stack = small;
    if (nargs + 1 > 6) {
        stack = GlMem_New(GlObject *, nargs + 1);
        if (stack == NULL) {
            Gl_DECREF(func);
            return GlErr_NoMemory();
        }
    }
    stack[0] = self;
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stack[i + 1] = args[i];
    }
    GlObject *res = call_unbound(unbound, func, stack, nargs + 1);
    if (stack != small) {
        GlMem_Free(stack);
    }
    Gl_DECREF(func);
    return res;
}

GlObject *
GlObject_NextNotImplemented(GlObject *self)
{
    return GlErr_Format(GlExc_TypeError, "'%.200s' object is not iterable",
                        Gl_TYPE(self)->tp_name);
}

/* ==================================================== wrapper functions */

static int
check_num_args(Gl_ssize_t nargs, Gl_ssize_t n)
{
    if (nargs == n) {
        return 1;
    }
    GlErr_Format(GlExc_TypeError, "expected %zd argument%s, got %zd", n, n == 1 ? "" : "s",
                 nargs);
    return 0;
}

static int
check_range_args(Gl_ssize_t nargs, Gl_ssize_t lo, Gl_ssize_t hi)
{
    if (nargs < lo) {
        GlErr_Format(GlExc_TypeError, "expected at least %zd argument%s, got %zd", lo,
                     lo == 1 ? "" : "s", nargs);
        return 0;
    }
    if (nargs > hi) {
        GlErr_Format(GlExc_TypeError, "expected at most %zd argument%s, got %zd", hi,
                     hi == 1 ? "" : "s", nargs);
        return 0;
    }
    return 1;
}

static GlObject *
wrap_binaryfunc(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    return ((binaryfunc)wrapped)(self, args[0]);
}

static GlObject *
wrap_binaryfunc_l(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    return ((binaryfunc)wrapped)(self, args[0]);
}

static GlObject *
wrap_binaryfunc_r(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    return ((binaryfunc)wrapped)(args[0], self);
}

static GlObject *
wrap_ternaryfunc(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_range_args(nargs, 1, 2)) {
        return NULL;
    }
    return ((ternaryfunc)wrapped)(self, args[0], nargs > 1 ? args[1] : Gl_None);
}

static GlObject *
wrap_ternaryfunc_r(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_range_args(nargs, 1, 2)) {
        return NULL;
    }
    return ((ternaryfunc)wrapped)(args[0], self, nargs > 1 ? args[1] : Gl_None);
}

static GlObject *
wrap_unaryfunc(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    return ((unaryfunc)wrapped)(self);
}

static GlObject *
wrap_inquirypred(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    int r = ((inquiry)wrapped)(self);
    if (r < 0) {
        return NULL;
    }
    return GlBool_FromLong(r);
}

static GlObject *
wrap_lenfunc(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    Gl_ssize_t n = ((lenfunc)wrapped)(self);
    if (n < 0 && GlErr_Occurred()) {
        return NULL;
    }
    return GlInt_FromSsize_t(n);
}

static GlObject *
wrap_indexargfunc(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    Gl_ssize_t i = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
    if (i == -1 && GlErr_Occurred()) {
        return NULL;
    }
    return ((ssizeargfunc)wrapped)(self, i);
}

static Gl_ssize_t
getindex(GlObject *self, GlObject *arg)
{
    Gl_ssize_t i = GlNumber_AsSsize_t(arg, GlExc_OverflowError);
    if (i == -1 && GlErr_Occurred()) {
        return -1;
    }
    if (i < 0) {
        GlSequenceMethods *sq = Gl_TYPE(self)->tp_as_sequence;
        if (sq != NULL && sq->sq_length != NULL) {
            Gl_ssize_t n = sq->sq_length(self);
            if (n < 0) {
                return -1;
            }
            i += n;
        }
    }
    return i;
}

static GlObject *
wrap_sq_item(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    Gl_ssize_t i = getindex(self, args[0]);
    if (i == -1 && GlErr_Occurred()) {
        return NULL;
    }
    return ((ssizeargfunc)wrapped)(self, i);
}

static GlObject *
wrap_sq_setitem(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 2)) {
        return NULL;
    }
    Gl_ssize_t i = getindex(self, args[0]);
    if (i == -1 && GlErr_Occurred()) {
        return NULL;
    }
    if (((ssizeobjargproc)wrapped)(self, i, args[1]) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
wrap_sq_delitem(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    Gl_ssize_t i = getindex(self, args[0]);
    if (i == -1 && GlErr_Occurred()) {
        return NULL;
    }
    if (((ssizeobjargproc)wrapped)(self, i, NULL) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
wrap_objobjproc(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    int r = ((objobjproc)wrapped)(self, args[0]);
    if (r < 0) {
        return NULL;
    }
    return GlBool_FromLong(r);
}

static GlObject *
wrap_objobjargproc(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 2)) {
        return NULL;
    }
    if (((objobjargproc)wrapped)(self, args[0], args[1]) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
wrap_delitem(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    if (((objobjargproc)wrapped)(self, args[0], NULL) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static int slot_tp_setattro(GlObject *self, GlObject *name, GlObject *value);

/* CPython's hackcheck: object.__setattr__(type_obj, ...) and the like must not jump
 * over a C-level tp_setattro override (type's, for instance). 1 = fine, 0 = raised. */
static int
hackcheck(GlObject *self, setattrofunc func, const char *what)
{
    GlTypeObject *type = Gl_TYPE(self);
    GlObject *mro = type->tp_mro;
    if (mro == NULL) {
        return 1;
    }
    GlTypeObject *defining = type;
    for (Gl_ssize_t i = GlTuple_GET_SIZE(mro) - 1; i >= 0; i--) {
        GlTypeObject *base = (GlTypeObject *)GlTuple_GET_ITEM(mro, i);
        if (base->tp_setattro != slot_tp_setattro && base->tp_setattro == type->tp_setattro) {
            defining = base;
            break;
        }
    }
    for (GlTypeObject *base = defining; base != NULL; base = base->tp_base) {
        if (base->tp_setattro == func) {
            break;
        }
        if (base->tp_setattro != slot_tp_setattro) {
            GlErr_Format(GlExc_TypeError, "can't apply this %s to %s object", what,
                         type->tp_name);
            return 0;
        }
    }
    return 1;
}

static GlObject *
wrap_setattr(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 2)) {
        return NULL;
    }
    if (!hackcheck(self, (setattrofunc)wrapped, "__setattr__")) {
        return NULL;
    }
    if (((setattrofunc)wrapped)(self, args[0], args[1]) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
wrap_delattr(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    if (!hackcheck(self, (setattrofunc)wrapped, "__delattr__")) {
        return NULL;
    }
    if (((setattrofunc)wrapped)(self, args[0], NULL) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
wrap_hashfunc(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    Gl_hash_t h = ((hashfunc)wrapped)(self);
    if (h == -1 && GlErr_Occurred()) {
        return NULL;
    }
    return GlInt_FromSsize_t(h);
}

static GlObject *
wrap_call(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped,
          GlObject *kwnames)
{
    GlObject *tuple = GlTuple_FromArray(args, nargs), *kwds = NULL;
    if (tuple == NULL) {
        return NULL;
    }
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        kwds = GlStack_AsDict(args + nargs, kwnames);
        if (kwds == NULL) {
            Gl_DECREF(tuple);
            return NULL;
        }
    }
    GlObject *res = ((ternaryfunc)wrapped)(self, tuple, kwds);
    Gl_DECREF(tuple);
    Gl_XDECREF(kwds);
    return res;
}

static GlObject *
wrap_init(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped,
          GlObject *kwnames)
{
    GlObject *tuple = GlTuple_FromArray(args, nargs), *kwds = NULL;
    if (tuple == NULL) {
        return NULL;
    }
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        kwds = GlStack_AsDict(args + nargs, kwnames);
        if (kwds == NULL) {
            Gl_DECREF(tuple);
            return NULL;
        }
    }
    int r = ((initproc)wrapped)(self, tuple, kwds);
    Gl_DECREF(tuple);
    Gl_XDECREF(kwds);
    if (r < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
wrap_del(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    ((destructor)wrapped)(self);
    if (GlErr_Occurred()) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

#define RICHCMP_WRAPPER(NAME, OP)                                                     \
    static GlObject *richcmp_##NAME(GlObject *self, GlObject *const *args,            \
                                    Gl_ssize_t nargs, void *wrapped)                  \
    {                                                                                 \
        if (!check_num_args(nargs, 1)) {                                              \
            return NULL;                                                              \
        }                                                                             \
        return ((richcmpfunc)wrapped)(self, args[0], OP);                             \
    }

RICHCMP_WRAPPER(lt, Gl_LT)
RICHCMP_WRAPPER(le, Gl_LE)
RICHCMP_WRAPPER(eq, Gl_EQ)
RICHCMP_WRAPPER(ne, Gl_NE)
RICHCMP_WRAPPER(gt, Gl_GT)
RICHCMP_WRAPPER(ge, Gl_GE)

static GlObject *
wrap_next(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 0)) {
        return NULL;
    }
    GlObject *res = ((iternextfunc)wrapped)(self);
    if (res == NULL && !GlErr_Occurred()) {
        GlErr_SetNone(GlExc_StopIteration);
    }
    return res;
}

static GlObject *
wrap_descr_get(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_range_args(nargs, 1, 2)) {
        return NULL;
    }
    GlObject *obj = args[0], *type = nargs > 1 ? args[1] : NULL;
    if (obj == Gl_None) {
        obj = NULL;
    }
    if (type == Gl_None) {
        type = NULL;
    }
    if (type == NULL && obj == NULL) {
        return GlErr_SetString(GlExc_TypeError, "__get__(None, None) is invalid");
    }
    return ((descrgetfunc)wrapped)(self, obj, type);
}

static GlObject *
wrap_descr_set(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 2)) {
        return NULL;
    }
    if (((descrsetfunc)wrapped)(self, args[0], args[1]) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
wrap_descr_delete(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_num_args(nargs, 1)) {
        return NULL;
    }
    if (((descrsetfunc)wrapped)(self, args[0], NULL) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

/* =========================================================== slot_* */

static GlObject *
slot_tp_repr(GlObject *self)
{
    return vectorcall_method(GL_ID(__repr__), &self, 1);
}

static GlObject *
slot_tp_str(GlObject *self)
{
    return vectorcall_method(GL_ID(__str__), &self, 1);
}

static Gl_hash_t
slot_tp_hash(GlObject *self)
{
    int unbound;
    GlObject *func = lookup_maybe_method(self, GL_ID(__hash__), &unbound);
    if (func == Gl_None) {
        Gl_CLEAR(func);
    }
    if (func == NULL) {
        if (GlErr_Occurred()) {
            return -1;
        }
        return GlObject_HashNotImplemented(self);
    }
    GlObject *res = call_unbound(unbound, func, &self, 1);
    Gl_DECREF(func);
    if (res == NULL) {
        return -1;
    }
    if (!GlInt_Check(res)) {
        GlErr_SetString(GlExc_TypeError, "__hash__ method should return an integer");
        Gl_DECREF(res);
        return -1;
    }
    int overflow;
    int64_t v = GlInt_AsInt64AndOverflow(res, &overflow);
    Gl_hash_t h;
    if (overflow) {
        h = GlInt_Hash(res);
    } else {
        h = (Gl_hash_t)v;
    }
    Gl_DECREF(res);
    if (h == -1) {
        h = -2;
    }
    return h;
}

static GlObject *
slot_tp_call(GlObject *self, GlObject *args, GlObject *kwds)
{
    int unbound;
    GlObject *meth = lookup_maybe_method(self, GL_ID(__call__), &unbound);
    if (meth == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_SetObject(GlExc_AttributeError, GL_ID(__call__));
        }
        return NULL;
    }
    if (Gl_EnterRecursiveCall(" while calling a Python object")) {
        Gl_DECREF(meth);
        return NULL;
    }
    GlObject *res;
    if (unbound) {
        Gl_ssize_t n = GlTuple_GET_SIZE(args);
        GlObject *newargs = GlTuple_New(n + 1);
        if (newargs == NULL) {
            res = NULL;
        } else {
            GlTuple_SET_ITEM(newargs, 0, Gl_NewRef(self));
            for (Gl_ssize_t i = 0; i < n; i++) {
                GlTuple_SET_ITEM(newargs, i + 1, Gl_NewRef(GlTuple_GET_ITEM(args, i)));
            }
            res = GlObject_Call(meth, newargs, kwds);
            Gl_DECREF(newargs);
        }
    } else {
        res = GlObject_Call(meth, args, kwds);
    }
    Gl_LeaveRecursiveCall();
    Gl_DECREF(meth);
    return res;
}

static GlObject *
slot_tp_getattro(GlObject *self, GlObject *name)
{
    GlObject *stack[2] = {self, name};
    return vectorcall_method(GL_ID(__getattribute__), stack, 2);
}

static GlObject *
call_attribute(GlObject *self, GlObject *attr, GlObject *name)
{
    GlObject *res;
    descrgetfunc f = Gl_TYPE(attr)->tp_descr_get;
    if (f != NULL) {
        attr = f(attr, self, (GlObject *)Gl_TYPE(self));
        if (attr == NULL) {
            return NULL;
        }
    } else {
        Gl_INCREF(attr);
    }
    res = GlObject_CallOneArg(attr, name);
    Gl_DECREF(attr);
    return res;
}

GlObject *
GlType_SlotGetattrHook(GlObject *self, GlObject *name)
{
    GlTypeObject *tp = Gl_TYPE(self);
    GlObject *getattr = GlType_Lookup(tp, GL_ID(__getattr__));
    if (getattr == NULL) {
        /* No __getattr__ hook: use a simpler dispatcher. */
        tp->tp_getattro = slot_tp_getattro;
        return slot_tp_getattro(self, name);
    }
    Gl_INCREF(getattr);
    GlObject *getattribute = GlType_Lookup(tp, GL_ID(__getattribute__));
    GlObject *res;
    if (getattribute == NULL ||
        (Gl_IS_TYPE(getattribute, &GlWrapperDescr_Type) &&
         GlWrapperDescr_Wrapped(getattribute) == (void *)GlObject_GenericGetAttr)) {
        res = GlObject_GenericGetAttrWithDict(self, name, NULL, 1);
    } else {
        Gl_INCREF(getattribute);
        res = call_attribute(self, getattribute, name);
        Gl_DECREF(getattribute);
    }
    if (res == NULL && (!GlErr_Occurred() || GlErr_ExceptionMatches(GlExc_AttributeError))) {
        GlErr_Clear();
        res = call_attribute(self, getattr, name);
    }
    Gl_DECREF(getattr);
    return res;
}

static int
slot_tp_setattro(GlObject *self, GlObject *name, GlObject *value)
{
    GlObject *stack[3] = {self, name, value}, *res;
    if (value == NULL) {
        res = vectorcall_method(GL_ID(__delattr__), stack, 2);
    } else {
        res = vectorcall_method(GL_ID(__setattr__), stack, 3);
    }
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

static GlObject *
slot_tp_richcompare(GlObject *self, GlObject *other, int op)
{
    static GlObject **names[6] = {&GL_ID(__lt__), &GL_ID(__le__), &GL_ID(__eq__),
                                   &GL_ID(__ne__), &GL_ID(__gt__), &GL_ID(__ge__)};
    int unbound;
    GlObject *func = lookup_maybe_method(self, *names[op], &unbound);
    if (func == NULL) {
        if (GlErr_Occurred()) {
            return NULL;
        }
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlObject *stack[2] = {self, other};
    GlObject *res = call_unbound(unbound, func, stack, 2);
    Gl_DECREF(func);
    return res;
}

static GlObject *
slot_tp_iter(GlObject *self)
{
    int unbound;
    GlObject *func = lookup_maybe_method(self, GL_ID(__iter__), &unbound);
    if (func == Gl_None) {
        Gl_DECREF(func);
        return GlErr_Format(GlExc_TypeError, "'%.200s' object is not iterable",
                            Gl_TYPE(self)->tp_name);
    }
    if (func != NULL) {
        GlObject *res = call_unbound(unbound, func, &self, 1);
        Gl_DECREF(func);
        return res;
    }
    if (GlErr_Occurred()) {
        return NULL;
    }
    if (GlType_Lookup(Gl_TYPE(self), GL_ID(__getitem__)) == NULL) {
        return GlErr_Format(GlExc_TypeError, "'%.200s' object is not iterable",
                            Gl_TYPE(self)->tp_name);
    }
    return GlSeqIter_New(self);
}

static GlObject *
slot_tp_iternext(GlObject *self)
{
    return vectorcall_method(GL_ID(__next__), &self, 1);
}

static GlObject *
slot_tp_descr_get(GlObject *self, GlObject *obj, GlObject *type)
{
    GlObject *get = GlType_Lookup(Gl_TYPE(self), GL_ID(__get__));
    if (get == NULL) {
        return Gl_NewRef(self);
    }
    if (obj == NULL) {
        obj = Gl_None;
    }
    if (type == NULL) {
        type = Gl_None;
    }
    Gl_INCREF(get);
    GlObject *stack[3] = {self, obj, type};
    GlObject *res = GlObject_Vectorcall(get, stack, 3, NULL);
    Gl_DECREF(get);
    return res;
}

static int
slot_tp_descr_set(GlObject *self, GlObject *target, GlObject *value)
{
    GlObject *stack[3] = {self, target, value}, *res;
    if (value == NULL) {
        res = vectorcall_method(GL_ID(__delete__), stack, 2);
    } else {
        res = vectorcall_method(GL_ID(__set__), stack, 3);
    }
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

int
GlType_SlotTpInit(GlObject *self, GlObject *args, GlObject *kwds)
{
    int unbound;
    GlObject *meth = lookup_maybe_method(self, GL_ID(__init__), &unbound);
    if (meth == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_SetObject(GlExc_AttributeError, GL_ID(__init__));
        }
        return -1;
    }
    GlObject *res;
    if (unbound) {
        Gl_ssize_t n = GlTuple_GET_SIZE(args);
        GlObject *newargs = GlTuple_New(n + 1);
        if (newargs == NULL) {
            Gl_DECREF(meth);
            return -1;
        }
        GlTuple_SET_ITEM(newargs, 0, Gl_NewRef(self));
        for (Gl_ssize_t i = 0; i < n; i++) {
            GlTuple_SET_ITEM(newargs, i + 1, Gl_NewRef(GlTuple_GET_ITEM(args, i)));
        }
        res = GlObject_Call(meth, newargs, kwds);
        Gl_DECREF(newargs);
    } else {
        res = GlObject_Call(meth, args, kwds);
    }
    Gl_DECREF(meth);
    if (res == NULL) {
        return -1;
    }
    if (res != Gl_None) {
        GlErr_Format(GlExc_TypeError, "__init__() should return None, not '%.200s'",
                     Gl_TYPE(res)->tp_name);
        Gl_DECREF(res);
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

GlObject *
GlType_SlotTpNew(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlObject *func = GlObject_GetAttr((GlObject *)type, GL_ID(__new__));
    if (func == NULL) {
        return NULL;
    }
    Gl_ssize_t n = GlTuple_GET_SIZE(args);
    GlObject *newargs = GlTuple_New(n + 1);
    if (newargs == NULL) {
        Gl_DECREF(func);
        return NULL;
    }
    GlTuple_SET_ITEM(newargs, 0, Gl_NewRef(type));
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlTuple_SET_ITEM(newargs, i + 1, Gl_NewRef(GlTuple_GET_ITEM(args, i)));
    }
    GlObject *res = GlObject_Call(func, newargs, kwds);
    Gl_DECREF(newargs);
    Gl_DECREF(func);
    return res;
}

static void
slot_tp_finalize(GlObject *self)
{
    GlObject *exc = GlErr_GetRaisedException();
    int unbound;
    GlObject *del = lookup_maybe_method(self, GL_ID(__del__), &unbound);
    if (del != NULL) {
        GlObject *res = call_unbound(unbound, del, &self, 1);
        if (res == NULL) {
            GlObject *raw = GlType_Lookup(Gl_TYPE(self), GL_ID(__del__));
            GlErr_WriteUnraisable(raw != NULL ? raw : del);
        } else {
            Gl_DECREF(res);
        }
        Gl_DECREF(del);
    } else {
        GlErr_Clear();
    }
    GlErr_SetRaisedException(exc);
}

static Gl_ssize_t
slot_sq_length(GlObject *self)
{
    GlObject *res = vectorcall_method(GL_ID(__len__), &self, 1);
    if (res == NULL) {
        return -1;
    }
    GlObject *idx = GlNumber_Index(res);
    Gl_DECREF(res);
    if (idx == NULL) {
        return -1;
    }
    if (GlInt_Sign(idx) < 0) {
        Gl_DECREF(idx);
        GlErr_SetString(GlExc_ValueError, "__len__() should return >= 0");
        return -1;
    }
    Gl_ssize_t len = GlNumber_AsSsize_t(idx, GlExc_OverflowError);
    Gl_DECREF(idx);
    return len;
}

static GlObject *
slot_sq_item(GlObject *self, Gl_ssize_t i)
{
    GlObject *ival = GlInt_FromSsize_t(i);
    if (ival == NULL) {
        return NULL;
    }
    GlObject *stack[2] = {self, ival};
    GlObject *res = vectorcall_method(GL_ID(__getitem__), stack, 2);
    Gl_DECREF(ival);
    return res;
}

static int
slot_sq_ass_item(GlObject *self, Gl_ssize_t i, GlObject *value)
{
    GlObject *ival = GlInt_FromSsize_t(i);
    if (ival == NULL) {
        return -1;
    }
    GlObject *stack[3] = {self, ival, value}, *res;
    if (value == NULL) {
        res = vectorcall_method(GL_ID(__delitem__), stack, 2);
    } else {
        res = vectorcall_method(GL_ID(__setitem__), stack, 3);
    }
    Gl_DECREF(ival);
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

int GlSequence_IterContains(GlObject *seq, GlObject *obj);

static int
slot_sq_contains(GlObject *self, GlObject *value)
{
    int unbound;
    GlObject *func = lookup_maybe_method(self, GL_ID(__contains__), &unbound);
    if (func == Gl_None) {
        Gl_DECREF(func);
        GlErr_Format(GlExc_TypeError, "'%.200s' object is not a container",
                     Gl_TYPE(self)->tp_name);
        return -1;
    }
    if (func != NULL) {
        GlObject *stack[2] = {self, value};
        GlObject *res = call_unbound(unbound, func, stack, 2);
        Gl_DECREF(func);
        if (res == NULL) {
            return -1;
        }
        int r = GlObject_IsTrue(res);
        Gl_DECREF(res);
        return r;
    }
    if (GlErr_Occurred()) {
        return -1;
    }
    return GlSequence_IterContains(self, value);
}

static GlObject *
slot_mp_subscript(GlObject *self, GlObject *key)
{
    GlObject *stack[2] = {self, key};
    return vectorcall_method(GL_ID(__getitem__), stack, 2);
}

static int
slot_mp_ass_subscript(GlObject *self, GlObject *key, GlObject *value)
{
    GlObject *stack[3] = {self, key, value}, *res;
    if (value == NULL) {
        res = vectorcall_method(GL_ID(__delitem__), stack, 2);
    } else {
        res = vectorcall_method(GL_ID(__setitem__), stack, 3);
    }
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

/* ---- number slots ---- */

static inline binaryfunc
nb_slot(GlTypeObject *tp, Gl_ssize_t off)
{
    GlNumberMethods *nb = tp->tp_as_number;
    return nb == NULL ? NULL : *(binaryfunc *)((char *)nb + off);
}

static int
method_is_overloaded(GlTypeObject *left, GlTypeObject *right, GlObject *name)
{
    GlObject *b = GlType_Lookup(right, name);
    if (b == NULL) {
        return 0;
    }
    GlObject *a = GlType_Lookup(left, name);
    return a == NULL || a != b;
}

/* CPython's SLOT1BINFULL. */
static GlObject *
slot_binary(GlObject *self, GlObject *other, Gl_ssize_t off, binaryfunc testfunc,
            GlObject *opname, GlObject *ropname)
{
    GlObject *stack[2];
    GlTypeObject *st = Gl_TYPE(self), *ot = Gl_TYPE(other);
    int do_other = st != ot && nb_slot(ot, off) == testfunc;
    if (nb_slot(st, off) == testfunc) {
        GlObject *r;
        if (do_other && GlType_IsSubtype(ot, st)) {
            if (method_is_overloaded(st, ot, ropname)) {
                stack[0] = other;
                stack[1] = self;
                r = vectorcall_maybe(ropname, stack, 2);
                if (r != Gl_NotImplemented) {
                    return r;
                }
                Gl_DECREF(r);
                do_other = 0;
            }
        }
        stack[0] = self;
        stack[1] = other;
        r = vectorcall_maybe(opname, stack, 2);
        if (r != Gl_NotImplemented || ot == st) {
            return r;
        }
        Gl_DECREF(r);
    }
    if (do_other) {
        stack[0] = other;
        stack[1] = self;
        return vectorcall_maybe(ropname, stack, 2);
    }
    Gl_RETURN_NOTIMPLEMENTED;
}

#define SLOT_BIN(FN, SLOTNAME, OP, ROP)                                               \
    static GlObject *FN(GlObject *self, GlObject *other)                              \
    {                                                                                 \
        return slot_binary(self, other, NB_OFF(SLOTNAME), FN, GL_ID(OP), GL_ID(ROP)); \
    }

SLOT_BIN(slot_nb_add, nb_add, __add__, __radd__)
SLOT_BIN(slot_nb_subtract, nb_subtract, __sub__, __rsub__)
SLOT_BIN(slot_nb_multiply, nb_multiply, __mul__, __rmul__)
SLOT_BIN(slot_nb_matrix_multiply, nb_matrix_multiply, __matmul__, __rmatmul__)
SLOT_BIN(slot_nb_remainder, nb_remainder, __mod__, __rmod__)
SLOT_BIN(slot_nb_divmod, nb_divmod, __divmod__, __rdivmod__)
SLOT_BIN(slot_nb_lshift, nb_lshift, __lshift__, __rlshift__)
SLOT_BIN(slot_nb_rshift, nb_rshift, __rshift__, __rrshift__)
SLOT_BIN(slot_nb_and, nb_and, __and__, __rand__)
SLOT_BIN(slot_nb_xor, nb_xor, __xor__, __rxor__)
SLOT_BIN(slot_nb_or, nb_or, __or__, __ror__)
SLOT_BIN(slot_nb_floor_divide, nb_floor_divide, __floordiv__, __rfloordiv__)
SLOT_BIN(slot_nb_true_divide, nb_true_divide, __truediv__, __rtruediv__)

static GlObject *slot_nb_power(GlObject *self, GlObject *other, GlObject *modulus);

static GlObject *
slot_nb_power_binary(GlObject *self, GlObject *other)
{
    GlObject *stack[2];
    GlTypeObject *st = Gl_TYPE(self), *ot = Gl_TYPE(other);
    int do_other = st != ot && ot->tp_as_number != NULL &&
                   ot->tp_as_number->nb_power == slot_nb_power;
    if (st->tp_as_number != NULL && st->tp_as_number->nb_power == slot_nb_power) {
        GlObject *r;
        if (do_other && GlType_IsSubtype(ot, st) && method_is_overloaded(st, ot, GL_ID(__rpow__))) {
            stack[0] = other;
            stack[1] = self;
            r = vectorcall_maybe(GL_ID(__rpow__), stack, 2);
            if (r != Gl_NotImplemented) {
                return r;
            }
            Gl_DECREF(r);
            do_other = 0;
        }
        stack[0] = self;
        stack[1] = other;
        r = vectorcall_maybe(GL_ID(__pow__), stack, 2);
        if (r != Gl_NotImplemented || ot == st) {
            return r;
        }
        Gl_DECREF(r);
    }
    if (do_other) {
        stack[0] = other;
        stack[1] = self;
        return vectorcall_maybe(GL_ID(__rpow__), stack, 2);
    }
    Gl_RETURN_NOTIMPLEMENTED;
}

static GlObject *
slot_nb_power(GlObject *self, GlObject *other, GlObject *modulus)
{
    if (modulus == Gl_None) {
        return slot_nb_power_binary(self, other);
    }
    /* Three-arg power doesn't use __rpow__. */
    if (Gl_TYPE(self)->tp_as_number != NULL &&
        Gl_TYPE(self)->tp_as_number->nb_power == slot_nb_power) {
        GlObject *stack[3] = {self, other, modulus};
        return vectorcall_method(GL_ID(__pow__), stack, 3);
    }
    Gl_RETURN_NOTIMPLEMENTED;
}

#define SLOT_UN(FN, NAME)                                      \
    static GlObject *FN(GlObject *self)                        \
    {                                                          \
        return vectorcall_method(GL_ID(NAME), &self, 1);       \
    }

SLOT_UN(slot_nb_negative, __neg__)
SLOT_UN(slot_nb_positive, __pos__)
SLOT_UN(slot_nb_absolute, __abs__)
SLOT_UN(slot_nb_invert, __invert__)
SLOT_UN(slot_nb_int, __int__)
SLOT_UN(slot_nb_float, __float__)
SLOT_UN(slot_nb_index, __index__)

static int
slot_nb_bool(GlObject *self)
{
    int unbound, using_len = 0;
    GlObject *func = lookup_maybe_method(self, GL_ID(__bool__), &unbound);
    if (func == NULL) {
        if (GlErr_Occurred()) {
            return -1;
        }
        func = lookup_maybe_method(self, GL_ID(__len__), &unbound);
        if (func == NULL) {
            return GlErr_Occurred() ? -1 : 1;
        }
        using_len = 1;
    }
    GlObject *value = call_unbound(unbound, func, &self, 1);
    Gl_DECREF(func);
    if (value == NULL) {
        return -1;
    }
    int result;
    if (using_len || GlBool_Check(value)) {
        result = GlObject_IsTrue(value);
    } else {
        GlErr_Format(GlExc_TypeError, "__bool__ should return bool, returned %s",
                     Gl_TYPE(value)->tp_name);
        result = -1;
    }
    Gl_DECREF(value);
    return result;
}

#define SLOT_IN(FN, NAME)                                      \
    static GlObject *FN(GlObject *self, GlObject *other)       \
    {                                                          \
        GlObject *stack[2] = {self, other};                    \
        return vectorcall_method(GL_ID(NAME), stack, 2);       \
    }

SLOT_IN(slot_nb_inplace_add, __iadd__)
SLOT_IN(slot_nb_inplace_subtract, __isub__)
SLOT_IN(slot_nb_inplace_multiply, __imul__)
SLOT_IN(slot_nb_inplace_matrix_multiply, __imatmul__)
SLOT_IN(slot_nb_inplace_remainder, __imod__)
SLOT_IN(slot_nb_inplace_lshift, __ilshift__)
SLOT_IN(slot_nb_inplace_rshift, __irshift__)
SLOT_IN(slot_nb_inplace_and, __iand__)
SLOT_IN(slot_nb_inplace_xor, __ixor__)
SLOT_IN(slot_nb_inplace_or, __ior__)
SLOT_IN(slot_nb_inplace_floor_divide, __ifloordiv__)
SLOT_IN(slot_nb_inplace_true_divide, __itruediv__)

static GlObject *
slot_nb_inplace_power(GlObject *self, GlObject *other, GlObject *mod)
{
    GlObject *stack[2] = {self, other};
    return vectorcall_method(GL_ID(__ipow__), stack, 2);
}

static GlObject *
wrap_inplace_power(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, void *wrapped)
{
    if (!check_range_args(nargs, 1, 2)) {
        return NULL;
    }
    return ((ternaryfunc)wrapped)(self, args[0], nargs > 1 ? args[1] : Gl_None);
}

/* =========================================================== slotdefs */

#define SD(NAME, OFF, FUNC, WRAP, DOC, FLAGS) \
    {NAME, OFF, (void *)(FUNC), (wrapperfunc)(void (*)(void))(WRAP), DOC, FLAGS, NULL}
#define TPSLOT(NAME, SLOT, FUNC, WRAP, DOC) SD(NAME, HT_OFF(ht_type.SLOT), FUNC, WRAP, DOC, 0)
#define KWSLOT(NAME, SLOT, FUNC, WRAP, DOC) \
    SD(NAME, HT_OFF(ht_type.SLOT), FUNC, WRAP, DOC, GL_WRAPPER_KEYWORDS)
#define NBSLOT(NAME, SLOT, FUNC, WRAP, DOC) SD(NAME, HT_OFF(as_number.SLOT), FUNC, WRAP, DOC, 0)
#define MPSLOT(NAME, SLOT, FUNC, WRAP, DOC) SD(NAME, HT_OFF(as_mapping.SLOT), FUNC, WRAP, DOC, 0)
#define SQSLOT(NAME, SLOT, FUNC, WRAP, DOC) SD(NAME, HT_OFF(as_sequence.SLOT), FUNC, WRAP, DOC, 0)
#define BIN(NAME, RNAME, SLOT, FUNC, OP)                                                      \
    NBSLOT(NAME, SLOT, FUNC, wrap_binaryfunc_l, "Return self" OP "value."),                   \
        NBSLOT(RNAME, SLOT, FUNC, wrap_binaryfunc_r, "Return value" OP "self.")
#define IBSLOT(NAME, SLOT, FUNC, OP) NBSLOT(NAME, SLOT, FUNC, wrap_binaryfunc, "Return self" OP "value.")

GlWrapperBase gl_slotdefs[] = {
    TPSLOT("__repr__", tp_repr, slot_tp_repr, wrap_unaryfunc, "Return repr(self)."),
    TPSLOT("__hash__", tp_hash, slot_tp_hash, wrap_hashfunc, "Return hash(self)."),
    KWSLOT("__call__", tp_call, slot_tp_call, wrap_call, "Call self as a function."),
    TPSLOT("__str__", tp_str, slot_tp_str, wrap_unaryfunc, "Return str(self)."),
    TPSLOT("__getattribute__", tp_getattro, GlType_SlotGetattrHook, wrap_binaryfunc,
           "Return getattr(self, name)."),
    TPSLOT("__getattr__", tp_getattro, GlType_SlotGetattrHook, NULL, ""),
    TPSLOT("__setattr__", tp_setattro, slot_tp_setattro, wrap_setattr,
           "Implement setattr(self, name, value)."),
    TPSLOT("__delattr__", tp_setattro, slot_tp_setattro, wrap_delattr,
           "Implement delattr(self, name)."),
    TPSLOT("__lt__", tp_richcompare, slot_tp_richcompare, richcmp_lt, "Return self<value."),
    TPSLOT("__le__", tp_richcompare, slot_tp_richcompare, richcmp_le, "Return self<=value."),
    TPSLOT("__eq__", tp_richcompare, slot_tp_richcompare, richcmp_eq, "Return self==value."),
    TPSLOT("__ne__", tp_richcompare, slot_tp_richcompare, richcmp_ne, "Return self!=value."),
    TPSLOT("__gt__", tp_richcompare, slot_tp_richcompare, richcmp_gt, "Return self>value."),
    TPSLOT("__ge__", tp_richcompare, slot_tp_richcompare, richcmp_ge, "Return self>=value."),
    TPSLOT("__iter__", tp_iter, slot_tp_iter, wrap_unaryfunc, "Implement iter(self)."),
    TPSLOT("__next__", tp_iternext, slot_tp_iternext, wrap_next, "Implement next(self)."),
    TPSLOT("__get__", tp_descr_get, slot_tp_descr_get, wrap_descr_get,
           "Return an attribute of instance, which is of type owner."),
    TPSLOT("__set__", tp_descr_set, slot_tp_descr_set, wrap_descr_set,
           "Set an attribute of instance to value."),
    TPSLOT("__delete__", tp_descr_set, slot_tp_descr_set, wrap_descr_delete,
           "Delete an attribute of instance."),
    KWSLOT("__init__", tp_init, GlType_SlotTpInit, wrap_init,
           "Initialize self.  See help(type(self)) for accurate signature."),
    TPSLOT("__new__", tp_new, GlType_SlotTpNew, NULL, ""),
    TPSLOT("__del__", tp_finalize, slot_tp_finalize, wrap_del,
           "Called when the instance is about to be destroyed."),
    BIN("__add__", "__radd__", nb_add, slot_nb_add, "+"),
    BIN("__sub__", "__rsub__", nb_subtract, slot_nb_subtract, "-"),
    BIN("__mul__", "__rmul__", nb_multiply, slot_nb_multiply, "*"),
    BIN("__mod__", "__rmod__", nb_remainder, slot_nb_remainder, "%"),
    NBSLOT("__divmod__", nb_divmod, slot_nb_divmod, wrap_binaryfunc_l,
           "Return divmod(self, value)."),
    NBSLOT("__rdivmod__", nb_divmod, slot_nb_divmod, wrap_binaryfunc_r,
           "Return divmod(value, self)."),
    NBSLOT("__pow__", nb_power, slot_nb_power, wrap_ternaryfunc,
           "Return pow(self, value, mod)."),
    NBSLOT("__rpow__", nb_power, slot_nb_power, wrap_ternaryfunc_r,
           "Return pow(value, self, mod)."),
    NBSLOT("__neg__", nb_negative, slot_nb_negative, wrap_unaryfunc, "-self"),
    NBSLOT("__pos__", nb_positive, slot_nb_positive, wrap_unaryfunc, "+self"),
    NBSLOT("__abs__", nb_absolute, slot_nb_absolute, wrap_unaryfunc, "abs(self)"),
    NBSLOT("__bool__", nb_bool, slot_nb_bool, wrap_inquirypred, "True if self else False"),
    NBSLOT("__invert__", nb_invert, slot_nb_invert, wrap_unaryfunc, "~self"),
    BIN("__lshift__", "__rlshift__", nb_lshift, slot_nb_lshift, "<<"),
    BIN("__rshift__", "__rrshift__", nb_rshift, slot_nb_rshift, ">>"),
    BIN("__and__", "__rand__", nb_and, slot_nb_and, "&"),
    BIN("__xor__", "__rxor__", nb_xor, slot_nb_xor, "^"),
    BIN("__or__", "__ror__", nb_or, slot_nb_or, "|"),
    NBSLOT("__int__", nb_int, slot_nb_int, wrap_unaryfunc, "int(self)"),
    NBSLOT("__float__", nb_float, slot_nb_float, wrap_unaryfunc, "float(self)"),
    IBSLOT("__iadd__", nb_inplace_add, slot_nb_inplace_add, "+="),
    IBSLOT("__isub__", nb_inplace_subtract, slot_nb_inplace_subtract, "-="),
    IBSLOT("__imul__", nb_inplace_multiply, slot_nb_inplace_multiply, "*="),
    IBSLOT("__imod__", nb_inplace_remainder, slot_nb_inplace_remainder, "%="),
    NBSLOT("__ipow__", nb_inplace_power, slot_nb_inplace_power, wrap_inplace_power,
           "Return self**=value."),
    IBSLOT("__ilshift__", nb_inplace_lshift, slot_nb_inplace_lshift, "<<="),
    IBSLOT("__irshift__", nb_inplace_rshift, slot_nb_inplace_rshift, ">>="),
    IBSLOT("__iand__", nb_inplace_and, slot_nb_inplace_and, "&="),
    IBSLOT("__ixor__", nb_inplace_xor, slot_nb_inplace_xor, "^="),
    IBSLOT("__ior__", nb_inplace_or, slot_nb_inplace_or, "|="),
    BIN("__floordiv__", "__rfloordiv__", nb_floor_divide, slot_nb_floor_divide, "//"),
    BIN("__truediv__", "__rtruediv__", nb_true_divide, slot_nb_true_divide, "/"),
    IBSLOT("__ifloordiv__", nb_inplace_floor_divide, slot_nb_inplace_floor_divide, "//="),
    IBSLOT("__itruediv__", nb_inplace_true_divide, slot_nb_inplace_true_divide, "/="),
    NBSLOT("__index__", nb_index, slot_nb_index, wrap_unaryfunc,
           "Return self converted to an integer, if self is suitable for use as an index into a list."),
    BIN("__matmul__", "__rmatmul__", nb_matrix_multiply, slot_nb_matrix_multiply, "@"),
    IBSLOT("__imatmul__", nb_inplace_matrix_multiply, slot_nb_inplace_matrix_multiply, "@="),
    MPSLOT("__len__", mp_length, slot_sq_length, wrap_lenfunc, "Return len(self)."),
    MPSLOT("__getitem__", mp_subscript, slot_mp_subscript, wrap_binaryfunc,
           "Return self[key]."),
    MPSLOT("__setitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_objobjargproc,
           "Set self[key] to value."),
    MPSLOT("__delitem__", mp_ass_subscript, slot_mp_ass_subscript, wrap_delitem,
           "Delete self[key]."),
    SQSLOT("__len__", sq_length, slot_sq_length, wrap_lenfunc, "Return len(self)."),
    SQSLOT("__add__", sq_concat, NULL, wrap_binaryfunc, "Return self+value."),
    SQSLOT("__mul__", sq_repeat, NULL, wrap_indexargfunc, "Return self*value."),
    SQSLOT("__rmul__", sq_repeat, NULL, wrap_indexargfunc, "Return value*self."),
    SQSLOT("__getitem__", sq_item, slot_sq_item, wrap_sq_item, "Return self[key]."),
    SQSLOT("__setitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_setitem,
           "Set self[key] to value."),
    SQSLOT("__delitem__", sq_ass_item, slot_sq_ass_item, wrap_sq_delitem, "Delete self[key]."),
    SQSLOT("__contains__", sq_contains, slot_sq_contains, wrap_objobjproc,
           "Return key in self."),
    SQSLOT("__iadd__", sq_inplace_concat, NULL, wrap_binaryfunc, "Implement self+=value."),
    SQSLOT("__imul__", sq_inplace_repeat, NULL, wrap_indexargfunc, "Implement self*=value."),
    {NULL, 0, NULL, NULL, NULL, 0, NULL}
};

int
GlType_InitSlotdefs(void)
{
    for (GlWrapperBase *p = gl_slotdefs; p->name != NULL; p++) {
        if (p->name_strobj != NULL) {
            continue;
        }
        p->name_strobj = GlStr_InternFromString(p->name);
        if (p->name_strobj == NULL) {
            return -1;
        }
    }
    return 0;
}

void **
GlType_SlotPtr(GlTypeObject *type, Gl_ssize_t offset)
{
    char *ptr;
    if (offset >= HT_OFF(as_sequence)) {
        ptr = (char *)type->tp_as_sequence;
        offset -= HT_OFF(as_sequence);
    } else if (offset >= HT_OFF(as_mapping)) {
        ptr = (char *)type->tp_as_mapping;
        offset -= HT_OFF(as_mapping);
    } else if (offset >= HT_OFF(as_number)) {
        ptr = (char *)type->tp_as_number;
        offset -= HT_OFF(as_number);
    } else {
        ptr = (char *)type;
    }
    if (ptr == NULL) {
        return NULL;
    }
    return (void **)(ptr + offset);
}

int
GlType_AddOperators(GlTypeObject *type)
{
    GlObject *dict = type->tp_dict;
    for (GlWrapperBase *p = gl_slotdefs; p->name != NULL; p++) {
        if (p->wrapper == NULL) {
            continue;
        }
        void **ptr = GlType_SlotPtr(type, p->offset);
        if (ptr == NULL || *ptr == NULL) {
            continue;
        }
        int r = GlDict_Contains(dict, p->name_strobj);
        if (r < 0) {
            return -1;
        }
        if (r > 0) {
            continue;
        }
        if (*ptr == (void *)GlObject_HashNotImplemented) {
            if (GlDict_SetItem(dict, p->name_strobj, Gl_None) < 0) {
                return -1;
            }
            continue;
        }
        GlObject *descr = GlDescr_NewWrapper(type, p, *ptr);
        if (descr == NULL) {
            return -1;
        }
        r = GlDict_SetItem(dict, p->name_strobj, descr);
        Gl_DECREF(descr);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* The one non-NULL slot among those named `name`, or NULL when none or several. */
static void **
resolve_slotdups(GlTypeObject *type, GlObject *name)
{
    void **res = NULL;
    for (GlWrapperBase *p = gl_slotdefs; p->name != NULL; p++) {
        if (p->name_strobj != name) {
            continue;
        }
        void **ptr = GlType_SlotPtr(type, p->offset);
        if (ptr == NULL || *ptr == NULL) {
            continue;
        }
        if (res != NULL && res != ptr) {
            return NULL;
        }
        res = ptr;
    }
    return res;
}

/* CPython's update_one_slot: p is the first definition of a group; returns the
 * first definition of the next group. */
static GlWrapperBase *
update_one_slot(GlTypeObject *type, GlWrapperBase *p)
{
    void *generic = NULL, *specific = NULL;
    int use_generic = 0;
    Gl_ssize_t offset = p->offset;
    void **ptr = GlType_SlotPtr(type, offset);
    if (ptr == NULL) {
        do {
            ++p;
        } while (p->name != NULL && p->offset == offset);
        return p;
    }
    do {
        GlObject *descr = GlType_Lookup(type, p->name_strobj);
        if (descr == NULL) {
            if (ptr == (void **)&type->tp_iternext) {
                specific = (void *)GlObject_NextNotImplemented;
            }
            continue;
        }
        if (Gl_IS_TYPE(descr, &GlWrapperDescr_Type) &&
            ((GlWrapperDescrObject *)descr)->d_base->name_strobj == p->name_strobj) {
            void **tptr = resolve_slotdups(type, p->name_strobj);
            if (tptr == NULL || tptr == ptr) {
                generic = p->function;
            }
            GlWrapperDescrObject *d = (GlWrapperDescrObject *)descr;
            if ((specific == NULL || specific == d->d_wrapped) &&
                d->d_base->wrapper == p->wrapper &&
                GlType_IsSubtype(type, d->d_common.d_type)) {
                specific = d->d_wrapped;
            } else {
                use_generic = 1;
            }
        } else if (GlType_IsTpNewWrapper(descr) && ptr == (void **)&type->tp_new) {
            specific = (void *)type->tp_new;
        } else if (descr == Gl_None && ptr == (void **)&type->tp_hash) {
            specific = (void *)GlObject_HashNotImplemented;
        } else {
            use_generic = 1;
            generic = p->function;
        }
    } while ((++p)->name != NULL && p->offset == offset);
    if (specific != NULL && !use_generic) {
        *ptr = specific;
    } else {
        *ptr = generic;
    }
    return p;
}

int
GlType_FixupSlots(GlTypeObject *type)
{
    for (GlWrapperBase *p = gl_slotdefs; p->name != NULL;) {
        p = update_one_slot(type, p);
    }
    return GlErr_Occurred() ? -1 : 0;
}

void GlType_FixVectorcall(GlTypeObject *type);

static int
update_slot_rec(GlTypeObject *type, GlObject *name, int depth)
{
    if (!(type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        return 0;
    }
    for (GlWrapperBase *p = gl_slotdefs; p->name != NULL;) {
        /* Find the group start, then update it if it contains name. */
        GlWrapperBase *start = p;
        int hit = 0;
        do {
            if (p->name_strobj == name) {
                hit = 1;
            }
        } while ((++p)->name != NULL && p->offset == start->offset);
        if (hit) {
            update_one_slot(type, start);
        }
    }
    if (name == GL_ID(__call__)) {
        GlType_FixVectorcall(type);
    }
    if (type->tp_subclasses != NULL && depth < 1000) {
        Gl_ssize_t pos = 0;
        GlObject *key, *ref;
        while (GlDict_Next(type->tp_subclasses, &pos, &key, &ref)) {
            GlObject *sub = GlWeakref_GetObject(ref);
            if (sub != Gl_None && update_slot_rec((GlTypeObject *)sub, name, depth + 1) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

int
GlType_UpdateSlot(GlTypeObject *type, GlObject *name)
{
    GlObject *interned = Gl_NewRef(name);
    GlStr_InternInPlace(&interned);
    int r = 0;
    for (GlWrapperBase *p = gl_slotdefs; p->name != NULL; p++) {
        if (p->name_strobj == interned) {
            r = update_slot_rec(type, interned, 0);
            break;
        }
    }
    Gl_DECREF(interned);
    return r;
}
