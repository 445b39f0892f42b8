/* weakref.c - weak references: weakref.ref (ReferenceType), weakref.ProxyType and
 * weakref.CallableProxyType, and GlObject_ClearWeakRefs run by dying objects.
 *
 * Invariants:
 * - The weakrefs to an object form a doubly linked list whose head is the field
 *   at tp_weaklistoffset of the object. Order: the shared callback-less exact
 *   ref (if any), then the shared callback-less proxy (if any), then every other
 *   weakref, newest first (new ones are inserted after the shared ones).
 * - wr_object is a borrowed pointer to the referent, or None once the ref is
 *   cleared; a cleared ref is in no list. wr_callback is owned or NULL.
 * - Weakref objects are GC-tracked from creation to dealloc (the collector moves
 *   those whose callbacks it must call).
 * - hash is -1 until computed; once computed it survives the referent.
 *
 * CPython behaviour matched (Objects/weakrefobject.c): sharing of callback-less
 * refs and proxies; callbacks newest first, each receiving the ref; hash and
 * equality rules; reprs "<weakref at 0x..; to 'C' at 0x.. (name)>", "<weakref at
 * 0x..; dead>", "<weakproxy at 0x.. to C at 0x..>"; ReferenceError "weakly-
 * referenced object no longer exists"; "cannot create weak reference to 'list'
 * object".
 */
#include "allobjects.h"

/* ---- list maintenance ---- */

static void
clear_weakref(GlWeakReference *self)
{
    GlObject *callback = self->wr_callback;
    if (self->wr_object != Gl_None && self->wr_object != NULL) {
        GlWeakReference **list = GlObject_GET_WEAKREFS_LISTPTR(self->wr_object);
        if (*list == self) {
            *list = self->wr_next;
        }
        self->wr_object = Gl_None;
        if (self->wr_prev != NULL) {
            self->wr_prev->wr_next = self->wr_next;
        }
        if (self->wr_next != NULL) {
            self->wr_next->wr_prev = self->wr_prev;
        }
        self->wr_prev = NULL;
        self->wr_next = NULL;
    }
    if (callback != NULL) {
        self->wr_callback = NULL;
        Gl_DECREF(callback);
    }
}

void
GlWeakref_ClearRef(GlWeakReference *self)
{
    GlObject *callback = self->wr_callback;
    self->wr_callback = NULL;
    clear_weakref(self);
    self->wr_callback = callback;
}

static inline int
is_exact_ref(GlObject *o)
{
    return Gl_IS_TYPE(o, &GlWeakRef_Type);
}

static inline int
is_proxy(GlObject *o)
{
    return Gl_IS_TYPE(o, &GlWeakProxy_Type) || Gl_IS_TYPE(o, &GlWeakCallableProxy_Type);
}

/* The shared callback-less exact ref and proxy at the head of a list, or NULL. */
static void
get_basic_refs(GlWeakReference *head, GlWeakReference **refp, GlWeakReference **proxyp)
{
    *refp = NULL;
    *proxyp = NULL;
    if (head != NULL && head->wr_callback == NULL) {
        if (is_exact_ref((GlObject *)head)) {
            *refp = head;
            head = head->wr_next;
        }
        if (head != NULL && head->wr_callback == NULL && is_proxy((GlObject *)head)) {
            *proxyp = head;
        }
    }
}

static void
insert_after(GlWeakReference *newref, GlWeakReference *prev)
{
    newref->wr_prev = prev;
    newref->wr_next = prev->wr_next;
    if (prev->wr_next != NULL) {
        prev->wr_next->wr_prev = newref;
    }
    prev->wr_next = newref;
}

static void
insert_head(GlWeakReference *newref, GlWeakReference **list)
{
    GlWeakReference *next = *list;
    newref->wr_prev = NULL;
    newref->wr_next = next;
    if (next != NULL) {
        next->wr_prev = newref;
    }
    *list = newref;
}

/* Insert a new ref with a callback (or a subclass instance / proxy) after the
 * shared ones. */
static void
insert_after_basic(GlWeakReference *self, GlWeakReference **list, int is_basic_proxy)
{
    GlWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    GlWeakReference *prev = is_basic_proxy ? ref : (proxy == NULL ? ref : proxy);
    if (prev == NULL) {
        insert_head(self, list);
    }
    else {
        insert_after(self, prev);
    }
}

static void
init_weakref(GlWeakReference *self, GlObject *ob, GlObject *callback);

static int
supports_weakrefs(GlObject *ob)
{
    if (Gl_TYPE(ob)->tp_weaklistoffset > 0) {
        return 1;
    }
    GlErr_Format(GlExc_TypeError, "cannot create weak reference to '%s' object",
                 Gl_TYPE(ob)->tp_name);
    return 0;
}

Gl_ssize_t
GlWeakref_GetWeakrefCount(GlObject *o)
{
    if (Gl_TYPE(o)->tp_weaklistoffset <= 0) {
        return 0;
    }
    Gl_ssize_t n = 0;
    for (GlWeakReference *r = *GlObject_GET_WEAKREFS_LISTPTR(o); r != NULL; r = r->wr_next) {
        n++;
    }
    return n;
}

GlObject *
GlWeakref_GetObject(GlObject *ref) GL_BORROWED
{
    GlObject *o = ((GlWeakReference *)ref)->wr_object;
    /* An object being destroyed (refcount 0, e.g. deferred) counts as dead. */
    if (o == NULL || o == Gl_None || Gl_REFCNT(o) <= 0) {
        return Gl_None;
    }
    return o;
}

/* ---- weakref.ref ---- */

static GlObject *weakref_vectorcall(GlObject *self, GlObject *const *args, size_t nargsf,
                                    GlObject *kwnames);

static void
init_weakref(GlWeakReference *self, GlObject *ob, GlObject *callback)
{
    self->hash = -1;
    self->wr_object = ob;
    self->wr_prev = NULL;
    self->wr_next = NULL;
    self->wr_callback = Gl_XNewRef(callback);
    self->vectorcall = weakref_vectorcall;
}

/* A new, tracked weakref object of `type` (not yet in any list). */
static GlWeakReference *
new_weakref(GlTypeObject *type, GlObject *ob, GlObject *callback)
{
    GlWeakReference *self = (GlWeakReference *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    init_weakref(self, ob, callback);
    GlObject_GC_Track(self);
    return self;
}

static GlObject *
weakref_new_impl(GlTypeObject *type, GlObject *ob, GlObject *callback)
{
    if (!supports_weakrefs(ob)) {
        return NULL;
    }
    if (callback == Gl_None) {
        callback = NULL;
    }
    GlWeakReference **list = GlObject_GET_WEAKREFS_LISTPTR(ob);
    GlWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && type == &GlWeakRef_Type && ref != NULL) {
        return Gl_NewRef(ref);   // share the callback-less ref
    }
    /* The allocation can run a collection that changes the list: recompute after. */
    GlWeakReference *self = new_weakref(type, ob, callback);
    if (self == NULL) {
        return NULL;
    }
    if (callback == NULL && type == &GlWeakRef_Type) {
        get_basic_refs(*list, &ref, &proxy);
        if (ref != NULL) {
            Gl_DECREF(self);
            return Gl_NewRef(ref);
        }
        insert_head(self, list);
    }
    else {
        insert_after_basic(self, list, 0);
    }
    return (GlObject *)self;
}

static int
parse_ref_args(const char *fname, GlObject *args, GlObject **ob, GlObject **callback)
{
    Gl_ssize_t n = args == NULL ? 0 : GlTuple_GET_SIZE(args);
    if (n < 1 || n > 2) {
        if (n < 1) {
            GlErr_Format(GlExc_TypeError, "%s expected at least 1 argument, got %zd", fname, n);
        }
        else {
            GlErr_Format(GlExc_TypeError, "%s expected at most 2 arguments, got %zd", fname, n);
        }
        return -1;
    }
    *ob = GlTuple_GET_ITEM(args, 0);
    *callback = n == 2 ? GlTuple_GET_ITEM(args, 1) : NULL;
    return 0;
}

static GlObject *
weakref_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlObject *ob, *callback;
    if (parse_ref_args("__new__", args, &ob, &callback) < 0) {
        return NULL;
    }
    return weakref_new_impl(type, ob, callback);
}

static int
weakref_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    if (kwds != NULL && GlDict_Check(kwds) && GlDict_GET_SIZE(kwds) != 0) {
        GlErr_SetString(GlExc_TypeError, "ref() takes no keyword arguments");
        return -1;
    }
    GlObject *ob, *callback;
    return parse_ref_args("__init__", args, &ob, &callback);
}

GlObject *
GlWeakref_NewRef(GlObject *ob, GlObject *callback) GL_NEWREF
{
    return weakref_new_impl(&GlWeakRef_Type, ob, callback);
}

static void
weakref_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    clear_weakref((GlWeakReference *)self);
    Gl_TYPE(self)->tp_free(self);
}

static int
weakref_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((GlWeakReference *)self)->wr_callback);
    return 0;
}

static int
weakref_clear(GlObject *self)
{
    clear_weakref((GlWeakReference *)self);
    return 0;
}

static GlObject *
weakref_vectorcall(GlObject *self, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("weakref", kwnames) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (nargs != 0) {
        return GlErr_Format(GlExc_TypeError, "weakref expected 0 arguments, got %zd", nargs);
    }
    return Gl_NewRef(GlWeakref_GetObject(self));
}

static GlObject *
weakref_call(GlObject *self, GlObject *args, GlObject *kwds)
{
    if (GlArg_NoKeywords("weakref", kwds) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = args == NULL ? 0 : GlTuple_GET_SIZE(args);
    if (nargs != 0) {
        return GlErr_Format(GlExc_TypeError, "weakref expected 0 arguments, got %zd", nargs);
    }
    return Gl_NewRef(GlWeakref_GetObject(self));
}

static GlObject *
weakref_repr(GlObject *op)
{
    GlObject *obj = GlWeakref_GetObject(op);
    if (obj == Gl_None) {
        return GlStr_FromFormat("<weakref at %p; dead>", (void *)op);
    }
    Gl_INCREF(obj);
    GlObject *name;
    if (GlObject_LookupAttr(obj, GL_ID(__name__), &name) < 0) {
        Gl_DECREF(obj);
        return NULL;
    }
    GlObject *repr;
    if (name == NULL || !GlStr_Check(name)) {
        repr = GlStr_FromFormat("<weakref at %p; to '%s' at %p>", (void *)op,
                                Gl_TYPE(obj)->tp_name, (void *)obj);
    }
    else {
        repr = GlStr_FromFormat("<weakref at %p; to '%s' at %p (%U)>", (void *)op,
                                Gl_TYPE(obj)->tp_name, (void *)obj, name);
    }
    Gl_DECREF(obj);
    Gl_XDECREF(name);
    return repr;
}

static Gl_hash_t
weakref_hash(GlObject *op)
{
    GlWeakReference *self = (GlWeakReference *)op;
    if (self->hash != -1) {
        return self->hash;
    }
    GlObject *obj = GlWeakref_GetObject(op);
    if (obj == Gl_None) {
        GlErr_SetString(GlExc_TypeError, "weak object has gone away");
        return -1;
    }
    Gl_INCREF(obj);
    self->hash = GlObject_Hash(obj);
    Gl_DECREF(obj);
    return self->hash;
}

static GlObject *
weakref_richcompare(GlObject *self, GlObject *other, int op)
{
    if ((op != Gl_EQ && op != Gl_NE) || !GlWeakref_Check(self) || !GlWeakref_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlObject *a = GlWeakref_GetObject(self);
    GlObject *b = GlWeakref_GetObject(other);
    if (a == Gl_None || b == Gl_None) {
        int res = self == other;
        if (op == Gl_NE) {
            res = !res;
        }
        return GlBool_FromLong(res);
    }
    Gl_INCREF(a);
    Gl_INCREF(b);
    GlObject *res = GlObject_RichCompare(a, b, op);
    Gl_DECREF(a);
    Gl_DECREF(b);
    return res;
}

static GlObject *
weakref_class_getitem(GlObject *cls, GlObject *item)
{
    /* weakref.ref[int] is a types.GenericAlias, as in CPython. */
    return GlGenericAlias_New(cls, item);
}

static GlMethodDef weakref_methods[] = {
    {"__class_getitem__", GL_FN(weakref_class_getitem), GL_METH_O | GL_METH_CLASS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef weakref_members[] = {
    {"__callback__", GL_T_OBJECT, offsetof(GlWeakReference, wr_callback), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* weakref.ref(ob, callback=None) without the argument tuple (the common call). Python
 * subclasses and keyword arguments take the generic type call. New reference. */
static GlObject *
weakref_type_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if ((GlTypeObject *)type != &GlWeakRef_Type || (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0)
        || nargs < 1 || nargs > 2) {
        return GlType_CallVector(type, args, nargs, kwnames);
    }
    return weakref_new_impl((GlTypeObject *)type, args[0], nargs == 2 ? args[1] : NULL);
}

GlTypeObject GlWeakRef_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "weakref.ReferenceType",
    .tp_basicsize = sizeof(GlWeakReference),
    .tp_dealloc = weakref_dealloc,
    .tp_vectorcall_offset = offsetof(GlWeakReference, vectorcall),
    .tp_repr = weakref_repr,
    .tp_hash = weakref_hash,
    .tp_call = weakref_call,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_HAVE_VECTORCALL
                | GL_TPFLAGS_BASETYPE,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_clear,
    .tp_richcompare = weakref_richcompare,
    .tp_methods = weakref_methods,
    .tp_members = weakref_members,
    .tp_init = weakref_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = weakref_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = weakref_type_vectorcall,
};

/* ---- proxies ---- */

/* The referent of a proxy (borrowed), or NULL + ReferenceError when it died. */
static GlObject *
proxy_referent(GlObject *proxy)
{
    GlObject *o = GlWeakref_GetObject(proxy);
    if (o == Gl_None) {
        GlErr_SetString(GlExc_ReferenceError, "weakly-referenced object no longer exists");
        return NULL;
    }
    return o;
}

/* Replace *o by its referent (a new reference in *o) when it is a proxy; else take
 * a new reference to *o. 0 / -1. */
static int
unwrap(GlObject **o)
{
    if (is_proxy(*o)) {
        GlObject *r = proxy_referent(*o);
        if (r == NULL) {
            return -1;
        }
        *o = r;
    }
    Gl_INCREF(*o);
    return 0;
}

#define UNWRAP1(o)                      \
    if (unwrap(&(o)) < 0) {             \
        return NULL;                    \
    }

#define WRAP_UNARY(method, generic)                \
    static GlObject *method(GlObject *proxy)       \
    {                                              \
        UNWRAP1(proxy);                            \
        GlObject *res = generic(proxy);            \
        Gl_DECREF(proxy);                          \
        return res;                                \
    }

#define WRAP_BINARY(method, generic)                          \
    static GlObject *method(GlObject *x, GlObject *y)         \
    {                                                         \
        UNWRAP1(x);                                           \
        if (unwrap(&y) < 0) {                                 \
            Gl_DECREF(x);                                     \
            return NULL;                                      \
        }                                                     \
        GlObject *res = generic(x, y);                        \
        Gl_DECREF(x);                                         \
        Gl_DECREF(y);                                         \
        return res;                                           \
    }

/* In-place operators rebind the proxy's holder to the result, like CPython. */
#define WRAP_TERNARY(method, generic)                                 \
    static GlObject *method(GlObject *x, GlObject *y, GlObject *z)    \
    {                                                                 \
        UNWRAP1(x);                                                   \
        if (unwrap(&y) < 0) {                                         \
            Gl_DECREF(x);                                             \
            return NULL;                                              \
        }                                                             \
        if (unwrap(&z) < 0) {                                         \
            Gl_DECREF(x);                                             \
            Gl_DECREF(y);                                             \
            return NULL;                                              \
        }                                                             \
        GlObject *res = generic(x, y, z);                             \
        Gl_DECREF(x);                                                 \
        Gl_DECREF(y);                                                 \
        Gl_DECREF(z);                                                 \
        return res;                                                   \
    }

WRAP_BINARY(proxy_add, GlNumber_Add)
WRAP_BINARY(proxy_sub, GlNumber_Subtract)
WRAP_BINARY(proxy_mul, GlNumber_Multiply)
WRAP_BINARY(proxy_floordiv, GlNumber_FloorDivide)
WRAP_BINARY(proxy_truediv, GlNumber_TrueDivide)
WRAP_BINARY(proxy_mod, GlNumber_Remainder)
WRAP_BINARY(proxy_divmod, GlNumber_Divmod)
WRAP_TERNARY(proxy_pow, GlNumber_Power)
WRAP_UNARY(proxy_neg, GlNumber_Negative)
WRAP_UNARY(proxy_pos, GlNumber_Positive)
WRAP_UNARY(proxy_abs, GlNumber_Absolute)
WRAP_UNARY(proxy_invert, GlNumber_Invert)
WRAP_BINARY(proxy_lshift, GlNumber_Lshift)
WRAP_BINARY(proxy_rshift, GlNumber_Rshift)
WRAP_BINARY(proxy_and, GlNumber_And)
WRAP_BINARY(proxy_xor, GlNumber_Xor)
WRAP_BINARY(proxy_or, GlNumber_Or)
WRAP_UNARY(proxy_int, GlNumber_Long)
WRAP_UNARY(proxy_float, GlNumber_Float)
WRAP_BINARY(proxy_iadd, GlNumber_InPlaceAdd)
WRAP_BINARY(proxy_isub, GlNumber_InPlaceSubtract)
WRAP_BINARY(proxy_imul, GlNumber_InPlaceMultiply)
WRAP_BINARY(proxy_ifloordiv, GlNumber_InPlaceFloorDivide)
WRAP_BINARY(proxy_itruediv, GlNumber_InPlaceTrueDivide)
WRAP_BINARY(proxy_imod, GlNumber_InPlaceRemainder)
WRAP_TERNARY(proxy_ipow, GlNumber_InPlacePower)
WRAP_BINARY(proxy_ilshift, GlNumber_InPlaceLshift)
WRAP_BINARY(proxy_irshift, GlNumber_InPlaceRshift)
WRAP_BINARY(proxy_iand, GlNumber_InPlaceAnd)
WRAP_BINARY(proxy_ixor, GlNumber_InPlaceXor)
WRAP_BINARY(proxy_ior, GlNumber_InPlaceOr)
WRAP_UNARY(proxy_index, GlNumber_Index)
WRAP_BINARY(proxy_matmul, GlNumber_MatrixMultiply)
WRAP_BINARY(proxy_imatmul, GlNumber_InPlaceMatrixMultiply)
WRAP_UNARY(proxy_str, GlObject_Str)
WRAP_BINARY(proxy_getattr, GlObject_GetAttr)
WRAP_BINARY(proxy_getitem, GlObject_GetItem)
WRAP_UNARY(proxy_iter, GlObject_GetIter)

static int
proxy_bool(GlObject *proxy)
{
    GlObject *o = proxy_referent(proxy);
    if (o == NULL) {
        return -1;
    }
    Gl_INCREF(o);
    int r = GlObject_IsTrue(o);
    Gl_DECREF(o);
    return r;
}

static Gl_ssize_t
proxy_length(GlObject *proxy)
{
    GlObject *o = proxy_referent(proxy);
    if (o == NULL) {
        return -1;
    }
    Gl_INCREF(o);
    Gl_ssize_t r = GlObject_Size(o);
    Gl_DECREF(o);
    return r;
}

static int
proxy_contains(GlObject *proxy, GlObject *value)
{
    GlObject *o = proxy_referent(proxy);
    if (o == NULL) {
        return -1;
    }
    Gl_INCREF(o);
    int r = GlSequence_Contains(o, value);
    Gl_DECREF(o);
    return r;
}

static int
proxy_setitem(GlObject *proxy, GlObject *key, GlObject *value)
{
    GlObject *o = proxy_referent(proxy);
    if (o == NULL) {
        return -1;
    }
    Gl_INCREF(o);
    int r = value == NULL ? GlObject_DelItem(o, key) : GlObject_SetItem(o, key, value);
    Gl_DECREF(o);
    return r;
}

static int
proxy_setattr(GlObject *proxy, GlObject *name, GlObject *value)
{
    GlObject *o = proxy_referent(proxy);
    if (o == NULL) {
        return -1;
    }
    Gl_INCREF(o);
    int r = GlObject_SetAttr(o, name, value);
    Gl_DECREF(o);
    return r;
}

static GlObject *
proxy_richcompare(GlObject *proxy, GlObject *v, int op)
{
    UNWRAP1(proxy);
    if (unwrap(&v) < 0) {
        Gl_DECREF(proxy);
        return NULL;
    }
    GlObject *res = GlObject_RichCompare(proxy, v, op);
    Gl_DECREF(proxy);
    Gl_DECREF(v);
    return res;
}

static GlObject *
proxy_iternext(GlObject *proxy)
{
    GlObject *o = proxy_referent(proxy);
    if (o == NULL) {
        return NULL;
    }
    if (!GlIter_Check(o)) {
        return GlErr_Format(GlExc_TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                            Gl_TYPE(o)->tp_name);
    }
    Gl_INCREF(o);
    GlObject *res = GlIter_Next(o);
    Gl_DECREF(o);
    return res;
}

static GlObject *
proxy_call(GlObject *proxy, GlObject *args, GlObject *kwds)
{
    GlObject *o = proxy_referent(proxy);
    if (o == NULL) {
        return NULL;
    }
    Gl_INCREF(o);
    GlObject *res = GlObject_Call(o, args, kwds);
    Gl_DECREF(o);
    return res;
}

static GlObject *
proxy_repr(GlObject *proxy)
{
    GlObject *o = GlWeakref_GetObject(proxy);
    return GlStr_FromFormat("<weakproxy at %p to %s at %p>", (void *)proxy,
                            Gl_TYPE(o)->tp_name, (void *)o);
}

static Gl_hash_t
proxy_hash(GlObject *proxy)
{
    GlErr_Format(GlExc_TypeError, "unhashable type: '%s'", Gl_TYPE(proxy)->tp_name);
    return -1;
}

static GlObject *
proxy_bytes(GlObject *proxy, GlObject *unused)
{
    GlObject *o = proxy_referent(proxy);
    if (o == NULL) {
        return NULL;
    }
    Gl_INCREF(o);
    GlObject *res = GlObject_CallMethodObjArgs(o, GL_ID(__bytes__), NULL);
    Gl_DECREF(o);
    return res;
}

static GlObject *
proxy_reversed(GlObject *proxy, GlObject *unused)
{
    GlObject *o = proxy_referent(proxy);
    if (o == NULL) {
        return NULL;
    }
    Gl_INCREF(o);
    GlObject *res = GlObject_CallMethodObjArgs(o, GL_ID(__reversed__), NULL);
    Gl_DECREF(o);
    return res;
}

static GlMethodDef proxy_methods[] = {
    {"__bytes__", GL_FN(proxy_bytes), GL_METH_NOARGS, NULL},
    {"__reversed__", GL_FN(proxy_reversed), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlNumberMethods proxy_as_number = {
    .nb_add = proxy_add,
    .nb_subtract = proxy_sub,
    .nb_multiply = proxy_mul,
    .nb_remainder = proxy_mod,
    .nb_divmod = proxy_divmod,
    .nb_power = proxy_pow,
    .nb_negative = proxy_neg,
    .nb_positive = proxy_pos,
    .nb_absolute = proxy_abs,
    .nb_bool = proxy_bool,
    .nb_invert = proxy_invert,
    .nb_lshift = proxy_lshift,
    .nb_rshift = proxy_rshift,
    .nb_and = proxy_and,
    .nb_xor = proxy_xor,
    .nb_or = proxy_or,
    .nb_int = proxy_int,
    .nb_float = proxy_float,
    .nb_inplace_add = proxy_iadd,
    .nb_inplace_subtract = proxy_isub,
    .nb_inplace_multiply = proxy_imul,
    .nb_inplace_remainder = proxy_imod,
    .nb_inplace_power = proxy_ipow,
    .nb_inplace_lshift = proxy_ilshift,
    .nb_inplace_rshift = proxy_irshift,
    .nb_inplace_and = proxy_iand,
    .nb_inplace_xor = proxy_ixor,
    .nb_inplace_or = proxy_ior,
    .nb_floor_divide = proxy_floordiv,
    .nb_true_divide = proxy_truediv,
    .nb_inplace_floor_divide = proxy_ifloordiv,
    .nb_inplace_true_divide = proxy_itruediv,
    .nb_index = proxy_index,
    .nb_matrix_multiply = proxy_matmul,
    .nb_inplace_matrix_multiply = proxy_imatmul,
};

static GlSequenceMethods proxy_as_sequence = {
    .sq_contains = proxy_contains,
};

static GlMappingMethods proxy_as_mapping = {
    .mp_length = proxy_length,
    .mp_subscript = proxy_getitem,
    .mp_ass_subscript = proxy_setitem,
};

GlTypeObject GlWeakProxy_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "weakref.ProxyType",
    .tp_basicsize = sizeof(GlWeakReference),
    .tp_dealloc = weakref_dealloc,
    .tp_repr = proxy_repr,
    .tp_as_number = &proxy_as_number,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_hash = proxy_hash,
    .tp_str = proxy_str,
    .tp_getattro = proxy_getattr,
    .tp_setattro = proxy_setattr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_clear,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_iternext = proxy_iternext,
    .tp_methods = proxy_methods,
    .tp_free = GlObject_GC_Del,
};

GlTypeObject GlWeakCallableProxy_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "weakref.CallableProxyType",
    .tp_basicsize = sizeof(GlWeakReference),
    .tp_dealloc = weakref_dealloc,
    .tp_repr = proxy_repr,
    .tp_as_number = &proxy_as_number,
    .tp_as_sequence = &proxy_as_sequence,
    .tp_as_mapping = &proxy_as_mapping,
    .tp_hash = proxy_hash,
    .tp_call = proxy_call,
    .tp_str = proxy_str,
    .tp_getattro = proxy_getattr,
    .tp_setattro = proxy_setattr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_traverse = weakref_traverse,
    .tp_clear = weakref_clear,
    .tp_richcompare = proxy_richcompare,
    .tp_iter = proxy_iter,
    .tp_iternext = proxy_iternext,
    .tp_methods = proxy_methods,
    .tp_free = GlObject_GC_Del,
};

GlObject *
GlWeakref_NewProxy(GlObject *ob, GlObject *callback) GL_NEWREF
{
    if (!supports_weakrefs(ob)) {
        return NULL;
    }
    if (callback == Gl_None) {
        callback = NULL;
    }
    GlWeakReference **list = GlObject_GET_WEAKREFS_LISTPTR(ob);
    GlWeakReference *ref, *proxy;
    get_basic_refs(*list, &ref, &proxy);
    if (callback == NULL && proxy != NULL) {
        return Gl_NewRef(proxy);
    }
    GlTypeObject *type = GlCallable_Check(ob) ? &GlWeakCallableProxy_Type : &GlWeakProxy_Type;
    GlWeakReference *self = (GlWeakReference *)GlObject_GC_New(type, 0);
    if (self == NULL) {
        return NULL;
    }
    init_weakref(self, ob, callback);
    GlObject_GC_Track(self);
    if (callback == NULL) {
        /* A collection during the allocation may have added a shared proxy. */
        get_basic_refs(*list, &ref, &proxy);
        if (proxy != NULL) {
            Gl_DECREF(self);
            return Gl_NewRef(proxy);
        }
        insert_after_basic(self, list, 1);
    }
    else {
        insert_after_basic(self, list, 0);
    }
    return (GlObject *)self;
}

/* ---- death of a referent ---- */

static void
handle_callback(GlWeakReference *ref, GlObject *callback)
{
    GlObject *res = GlObject_CallOneArg(callback, (GlObject *)ref);   // PYTHON CODE
    if (res == NULL) {
        GlErr_WriteUnraisable(callback);
    }
    else {
        Gl_DECREF(res);
    }
}

void
GlObject_ClearWeakRefs(GlObject *object)
{
    if (object == NULL || Gl_TYPE(object)->tp_weaklistoffset <= 0) {
        return;
    }
    GlWeakReference **list = GlObject_GET_WEAKREFS_LISTPTR(object);
    /* The shared callback-less ref and proxy go first, silently. */
    if (*list != NULL && (*list)->wr_callback == NULL) {
        clear_weakref(*list);
        if (*list != NULL && (*list)->wr_callback == NULL) {
            clear_weakref(*list);
        }
    }
    if (*list == NULL) {
        return;
    }
    GlObject *saved = GlErr_GetRaisedException();
    Gl_ssize_t count = 0;
    for (GlWeakReference *r = *list; r != NULL; r = r->wr_next) {
        count++;
    }
    /* Detach every ref first (list order: newest first), then call the callbacks. */
    GlObject *small[16];
    GlObject **pairs = count <= 8 ? small : GlMem_New(GlObject *, (size_t)count * 2);
    if (pairs == NULL) {
        while (*list != NULL) {
            clear_weakref(*list);
        }
        GlErr_SetRaisedException(saved);
        return;
    }
    GlWeakReference *current = *list;
    for (Gl_ssize_t i = 0; i < count; i++) {
        GlWeakReference *next = current->wr_next;
        if (Gl_REFCNT((GlObject *)current) > 0) {
            pairs[2 * i] = Gl_NewRef(current);
            pairs[2 * i + 1] = current->wr_callback;   // owned now
        }
        else {
            Gl_XDECREF(current->wr_callback);
            pairs[2 * i] = pairs[2 * i + 1] = NULL;
        }
        current->wr_callback = NULL;
        clear_weakref(current);
        current = next;
    }
    for (Gl_ssize_t i = 0; i < count; i++) {
        GlObject *callback = pairs[2 * i + 1];
        if (callback != NULL) {
            handle_callback((GlWeakReference *)pairs[2 * i], callback);
        }
    }
    for (Gl_ssize_t i = 0; i < count; i++) {
        Gl_XDECREF(pairs[2 * i]);
        Gl_XDECREF(pairs[2 * i + 1]);
    }
    if (pairs != small) {
        GlMem_Free(pairs);
    }
    GlErr_SetRaisedException(saved);
}
