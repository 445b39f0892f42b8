/* descr.c - descriptors of built-in types: method descriptors (`list.append`),
 * class-method descriptors (`dict.fromkeys`), member descriptors (fields at fixed
 * offsets, __slots__), getset descriptors, slot wrappers (`int.__add__`) and
 * method-wrappers (`(1).__add__`), and builtin_function_or_method (GlCFunction).
 *
 * Invariants:
 * - Every descriptor owns its d_type and d_name (an interned str); d_qualname is
 *   computed on first use.
 * - A GlCFunction owns m_self (NULL for plain functions) and m_module; its
 *   vectorcall dispatches on m_ml->ml_flags without building tuples except for
 *   GL_METH_VARARGS functions.
 * - Messages are CPython's: "descriptor 'append' for 'list' objects doesn't apply to
 *   a 'int' object", "list.append() takes exactly one argument (0 given)".
 */
#include "allobjects.h"
#include "../vm/vm.h"

/* ----------------------------------------------------- calling GlMethodDefs */

/* Name for messages: "T.name" when a type name is given, else "name". */
static GlObject *
funcname(const char *tpname, const char *name)
{
    if (tpname != NULL) {
        return GlStr_FromFormat("%s.%s", tpname, name);
    }
    return GlStr_FromString(name);
}

static GlObject *
err_takes(const char *tpname, const char *name, const char *fmt, Gl_ssize_t n)
{
    GlObject *fn = funcname(tpname, name);
    if (fn == NULL) {
        return NULL;
    }
    GlErr_Format(GlExc_TypeError, fmt, fn, n);
    Gl_DECREF(fn);
    return NULL;
}

/* METH_O and METH_NOARGS calls are guarded against runaway recursion, as CPython's
 * cfunction_vectorcall_O/NOARGS are (this decides which message a deep recursion
 * through a builtin gets). */
static inline GlObject *
call_checked(GlCFunction meth, GlObject *self, GlObject *arg)
{
    if (Gl_EnterRecursiveCall(" while calling a Python object")) {
        return NULL;
    }
    GlObject *res = meth(self, arg);
    Gl_LeaveRecursiveCall();
    return res;
}

static GlObject *
cfunc_dispatch(GlMethodDef *ml, GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
               GlObject *kwnames, const char *tpname)
{
    int flags = ml->ml_flags & ~(GL_METH_CLASS | GL_METH_STATIC | GL_METH_COEXIST);
    int has_kw = kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0;
    if (has_kw && !(flags & GL_METH_KEYWORDS)) {
        return err_takes(tpname, ml->ml_name, "%U() takes no keyword arguments", 0);
    }
    switch (flags) {
    case GL_METH_NOARGS:
        if (nargs != 0) {
            return err_takes(tpname, ml->ml_name, "%U() takes no arguments (%zd given)", nargs);
        }
        return call_checked(ml->ml_meth, self, NULL);
    case GL_METH_O:
        if (nargs != 1) {
            return err_takes(tpname, ml->ml_name,
                             "%U() takes exactly one argument (%zd given)", nargs);
        }
        return call_checked(ml->ml_meth, self, args[0]);
    case GL_METH_FASTCALL:
        return ((GlCFunctionFast)(void (*)(void))ml->ml_meth)(self, args, nargs);
    case GL_METH_FASTCALL | GL_METH_KEYWORDS:
        return ((GlCFunctionFastKw)(void (*)(void))ml->ml_meth)(self, args, nargs,
                                                                  has_kw ? kwnames : NULL);
    case GL_METH_VARARGS:
    case GL_METH_VARARGS | GL_METH_KEYWORDS: {
        GlObject *tuple = GlTuple_FromArray(args, nargs), *kwds = NULL, *res;
        if (tuple == NULL) {
            return NULL;
        }
        if (has_kw) {
            kwds = GlStack_AsDict(args + nargs, kwnames);
            if (kwds == NULL) {
                Gl_DECREF(tuple);
                return NULL;
            }
        }
        if (flags & GL_METH_KEYWORDS) {
            res = ((GlCFunctionKw)(void (*)(void))ml->ml_meth)(self, tuple, kwds);
        } else {
            res = ml->ml_meth(self, tuple);
        }
        Gl_DECREF(tuple);
        Gl_XDECREF(kwds);
        return res;
    }
    default:
        return GlErr_Format(GlExc_SystemError, "%s() method: bad call flags", ml->ml_name);
    }
}

/* ------------------------------------------------------------ common */

static GlDescrObject *
descr_new(GlTypeObject *descrtype, GlTypeObject *type, const char *name)
{
    GlDescrObject *descr = (GlDescrObject *)GlObject_GC_New(descrtype, 0);
    if (descr == NULL) {
        return NULL;
    }
    descr->d_type = (GlTypeObject *)Gl_NewRef(type);
    descr->d_name = GlStr_InternFromString(name);
    if (descr->d_name == NULL) {
        Gl_DECREF(descr);
        return NULL;
    }
    GlObject_GC_Track(descr);
    return descr;
}

static void
descr_dealloc(GlObject *self)
{
    GlDescrObject *d = (GlDescrObject *)self;
    GlObject_GC_UnTrack(self);
    Gl_XDECREF(d->d_type);
    Gl_XDECREF(d->d_name);
    Gl_XDECREF(d->d_qualname);
    GlObject_GC_Del(self);
}

static int
descr_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((GlDescrObject *)self)->d_type);
    return 0;
}

static const char *
descr_tpname(GlDescrObject *d)
{
    return d->d_type->tp_name;   // CPython: PyDescr_TYPE(descr)->tp_name
}

/* 1: obj NULL (return the descriptor); 0: ok; -1: TypeError. */
static int
descr_check(GlDescrObject *d, GlObject *obj)
{
    if (obj == NULL) {
        return 1;
    }
    if (!GlObject_TypeCheck(obj, d->d_type)) {
        GlErr_Format(GlExc_TypeError,
                     "descriptor '%U' for '%.100s' objects doesn't apply to a '%.100s' object",
                     d->d_name, descr_tpname(d), Gl_TYPE(obj)->tp_name);
        return -1;
    }
    return 0;
}

static GlObject *
descr_get_name(GlObject *self, void *c)
{
    return Gl_NewRef(((GlDescrObject *)self)->d_name);
}

static GlObject *
descr_get_qualname(GlObject *self, void *c)
{
    GlDescrObject *d = (GlDescrObject *)self;
    if (d->d_qualname == NULL) {
        GlObject *tq = GlType_GetQualName(d->d_type);
        if (tq == NULL) {
            return NULL;
        }
        d->d_qualname = GlStr_FromFormat("%U.%U", tq, d->d_name);
        Gl_DECREF(tq);
        if (d->d_qualname == NULL) {
            return NULL;
        }
    }
    return Gl_NewRef(d->d_qualname);
}

static GlObject *
descr_get_objclass(GlObject *self, void *c)
{
    return Gl_NewRef(((GlDescrObject *)self)->d_type);
}

static GlObject *
doc_from_cstr(const char *doc)
{
    if (doc == NULL) {
        Gl_RETURN_NONE;
    }
    return GlStr_FromString(doc);
}

static GlObject *
descr_repr_fmt(GlObject *self, const char *kind)
{
    GlDescrObject *d = (GlDescrObject *)self;
    return GlStr_FromFormat("<%s '%U' of '%s' objects>", kind, d->d_name, descr_tpname(d));
}

/* ==================================================== method descriptor */

GlObject *
GlMethodDescr_CallExact(GlObject *descr, GlObject *const *args, Gl_ssize_t total) GL_NEWREF
{
    GlMethodDescrObject *d = (GlMethodDescrObject *)descr;
    return cfunc_dispatch(d->d_method, args[0], args + 1, total - 1, NULL,
                          GlType_ShortName(d->d_common.d_type));   // as method_vectorcall
}

static GlObject *
method_vectorcall(GlObject *callable, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    GlMethodDescrObject *d = (GlMethodDescrObject *)callable;
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (nargs < 1) {
        return GlErr_Format(GlExc_TypeError, "unbound method %s.%U() needs an argument",
                            GlType_ShortName(d->d_common.d_type), d->d_common.d_name);
    }
    if (descr_check(&d->d_common, args[0]) < 0) {
        return NULL;
    }
    /* Messages name the method by its qualified name, "HASH.update()" for the static
     * type "_hashlib.HASH", as CPython's _PyObject_FunctionStr does. */
    return cfunc_dispatch(d->d_method, args[0], args + 1, nargs - 1, kwnames,
                          GlType_ShortName(d->d_common.d_type));
}

static GlObject *
method_get(GlObject *self, GlObject *obj, GlObject *type)
{
    GlMethodDescrObject *d = (GlMethodDescrObject *)self;
    int r = descr_check(&d->d_common, obj);
    if (r != 0) {
        return r > 0 ? Gl_NewRef(self) : NULL;
    }
    return GlCFunction_New(d->d_method, obj, NULL);
}

static GlObject *
method_repr(GlObject *self)
{
    return descr_repr_fmt(self, "method");
}

static GlObject *
method_get_doc(GlObject *self, void *c)
{
    return doc_from_cstr(((GlMethodDescrObject *)self)->d_method->ml_doc);
}

static GlGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static GlObject *
method_call(GlObject *self, GlObject *args, GlObject *kwds)
{
    return GlVectorcall_Call(self, args, kwds);
}

GlTypeObject GlMethodDescr_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "method_descriptor",
    .tp_basicsize = sizeof(GlMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_repr,
    .tp_call = method_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_HAVE_VECTORCALL |
                GL_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_getset = method_getset,
    .tp_descr_get = method_get,
    .tp_vectorcall_offset = offsetof(GlMethodDescrObject, vectorcall),
};

GlObject *
GlDescr_NewMethod(GlTypeObject *type, GlMethodDef *m)
{
    GlMethodDescrObject *d =
        (GlMethodDescrObject *)descr_new(&GlMethodDescr_Type, type, m->ml_name);
    if (d != NULL) {
        d->d_method = m;
        d->vectorcall = method_vectorcall;
    }
    return (GlObject *)d;
}

/* ================================================ classmethod descriptor */

static GlObject *
classmethod_get(GlObject *self, GlObject *obj, GlObject *type)
{
    GlMethodDescrObject *d = (GlMethodDescrObject *)self;
    if (type == NULL) {
        if (obj != NULL) {
            type = (GlObject *)Gl_TYPE(obj);
        } else {
            return GlErr_Format(GlExc_TypeError,
                                "descriptor '%U' for type '%.100s' needs either an object or a type",
                                d->d_common.d_name, descr_tpname(&d->d_common));
        }
    }
    if (!GlType_Check(type)) {
        return GlErr_Format(GlExc_TypeError,
                            "descriptor '%U' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                            d->d_common.d_name, descr_tpname(&d->d_common), Gl_TYPE(type)->tp_name);
    }
    if (!GlType_IsSubtype((GlTypeObject *)type, d->d_common.d_type)) {
        return GlErr_Format(GlExc_TypeError,
                            "descriptor '%U' requires a subtype of '%.100s' but received '%.100s'",
                            d->d_common.d_name, descr_tpname(&d->d_common),
                            ((GlTypeObject *)type)->tp_name);
    }
    return GlCFunction_New(d->d_method, type, NULL);
}

static GlObject *
classmethoddescr_vectorcall(GlObject *callable, GlObject *const *args, size_t nargsf,
                            GlObject *kwnames)
{
    GlMethodDescrObject *d = (GlMethodDescrObject *)callable;
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (nargs < 1) {
        return GlErr_Format(GlExc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                            d->d_common.d_name, descr_tpname(&d->d_common));
    }
    GlObject *bound = classmethod_get(callable, NULL, args[0]);
    if (bound == NULL) {
        return NULL;
    }
    GlObject *res = GlObject_Vectorcall(bound, args + 1, (size_t)(nargs - 1), kwnames);
    Gl_DECREF(bound);
    return res;
}

GlTypeObject GlClassMethodDescr_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "classmethod_descriptor",
    .tp_basicsize = sizeof(GlMethodDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = method_repr,
    .tp_call = method_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = descr_traverse,
    .tp_getset = method_getset,
    .tp_descr_get = classmethod_get,
    .tp_vectorcall_offset = offsetof(GlMethodDescrObject, vectorcall),
};

GlObject *
GlDescr_NewClassMethod(GlTypeObject *type, GlMethodDef *m)
{
    GlMethodDescrObject *d =
        (GlMethodDescrObject *)descr_new(&GlClassMethodDescr_Type, type, m->ml_name);
    if (d != NULL) {
        d->d_method = m;
        d->vectorcall = classmethoddescr_vectorcall;
    }
    return (GlObject *)d;
}

/* ==================================================== member descriptor */

static GlObject *
member_get(GlObject *self, GlObject *obj, GlObject *type)
{
    GlMemberDescrObject *d = (GlMemberDescrObject *)self;
    int r = descr_check(&d->d_common, obj);
    if (r != 0) {
        return r > 0 ? Gl_NewRef(self) : NULL;
    }
    GlMemberDef *m = d->d_member;
    char *addr = (char *)obj + m->offset;
    switch (m->type) {
    case GL_T_OBJECT: {
        GlObject *v = *(GlObject **)addr;
        return Gl_NewRef(v != NULL ? v : Gl_None);
    }
    case GL_T_OBJECT_EX: {
        GlObject *v = *(GlObject **)addr;
        if (v == NULL) {
            GlObject *name = d->d_common.d_name;
            return GlErr_NoAttribute(obj, name);
        }
        return Gl_NewRef(v);
    }
    case GL_T_INT:
        return GlInt_FromLong(*(int *)addr);
    case GL_T_SSIZET:
        return GlInt_FromSsize_t(*(Gl_ssize_t *)addr);
    case GL_T_BOOL:
        return GlBool_FromLong(*(char *)addr);
    case GL_T_DOUBLE:
        return GlFloat_FromDouble(*(double *)addr);
    default:
        return GlErr_SetString(GlExc_SystemError, "bad memberdescr type");
    }
}

static int
member_set(GlObject *self, GlObject *obj, GlObject *value)
{
    GlMemberDescrObject *d = (GlMemberDescrObject *)self;
    if (descr_check(&d->d_common, obj) < 0) {
        return -1;
    }
    GlMemberDef *m = d->d_member;
    char *addr = (char *)obj + m->offset;
    if (m->flags & GL_READONLY) {
        GlErr_SetString(GlExc_AttributeError, "readonly attribute");
        return -1;
    }
    if (value == NULL && m->type != GL_T_OBJECT && m->type != GL_T_OBJECT_EX) {
        GlErr_SetString(GlExc_TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    switch (m->type) {
    case GL_T_OBJECT_EX:
        if (value == NULL && *(GlObject **)addr == NULL) {
            GlErr_SetObject(GlExc_AttributeError, d->d_common.d_name);
            return -1;
        }
        /* fall through */
    case GL_T_OBJECT: {
        GlObject *old = *(GlObject **)addr;
        *(GlObject **)addr = Gl_XNewRef(value);
        Gl_XDECREF(old);
        return 0;
    }
    case GL_T_INT: case GL_T_SSIZET: {
        if (!GlInt_Check(value)) {
            GlErr_SetString(GlExc_TypeError, "attribute value type must be int");
            return -1;
        }
        Gl_ssize_t v = GlInt_AsSsize_t(value);
        if (v == -1 && GlErr_Occurred()) {
            return -1;
        }
        if (m->type == GL_T_INT) {
            *(int *)addr = (int)v;
        } else {
            *(Gl_ssize_t *)addr = v;
        }
        return 0;
    }
    case GL_T_BOOL:
        if (!GlBool_Check(value)) {
            GlErr_SetString(GlExc_TypeError, "attribute value type must be bool");
            return -1;
        }
        *(char *)addr = value == Gl_True;
        return 0;
    case GL_T_DOUBLE: {
        double v = GlFloat_AsDouble(value);
        if (v == -1.0 && GlErr_Occurred()) {
            return -1;
        }
        *(double *)addr = v;
        return 0;
    }
    default:
        GlErr_SetString(GlExc_SystemError, "bad memberdescr type");
        return -1;
    }
}

static GlObject *
member_repr(GlObject *self)
{
    return descr_repr_fmt(self, "member");
}

static GlObject *
member_get_doc(GlObject *self, void *c)
{
    return doc_from_cstr(((GlMemberDescrObject *)self)->d_member->doc);
}

static GlGetSetDef member_getset[] = {
    {"__doc__", member_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlTypeObject GlMemberDescr_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "member_descriptor",
    .tp_basicsize = sizeof(GlMemberDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = member_repr,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = member_getset,
    .tp_descr_get = member_get,
    .tp_descr_set = member_set,
};

GlObject *
GlDescr_NewMember(GlTypeObject *type, GlMemberDef *m)
{
    GlMemberDescrObject *d =
        (GlMemberDescrObject *)descr_new(&GlMemberDescr_Type, type, m->name);
    if (d != NULL) {
        d->d_member = m;
    }
    return (GlObject *)d;
}

/* ==================================================== getset descriptor */

static GlObject *
getset_get(GlObject *self, GlObject *obj, GlObject *type)
{
    GlGetSetDescrObject *d = (GlGetSetDescrObject *)self;
    int r = descr_check(&d->d_common, obj);
    if (r != 0) {
        return r > 0 ? Gl_NewRef(self) : NULL;
    }
    if (d->d_getset->get != NULL) {
        return d->d_getset->get(obj, d->d_getset->closure);
    }
    return GlErr_Format(GlExc_AttributeError, "attribute '%U' of '%.100s' objects is not readable",
                        d->d_common.d_name, descr_tpname(&d->d_common));
}

static int
getset_set(GlObject *self, GlObject *obj, GlObject *value)
{
    GlGetSetDescrObject *d = (GlGetSetDescrObject *)self;
    if (descr_check(&d->d_common, obj) < 0) {
        return -1;
    }
    if (d->d_getset->set != NULL) {
        return d->d_getset->set(obj, value, d->d_getset->closure);
    }
    GlErr_Format(GlExc_AttributeError, "attribute '%U' of '%.100s' objects is not writable",
                 d->d_common.d_name, descr_tpname(&d->d_common));
    return -1;
}

static GlObject *
getset_repr(GlObject *self)
{
    return descr_repr_fmt(self, "attribute");
}

static GlObject *
getset_get_doc(GlObject *self, void *c)
{
    return doc_from_cstr(((GlGetSetDescrObject *)self)->d_getset->doc);
}

static GlGetSetDef getset_getset[] = {
    {"__doc__", getset_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlTypeObject GlGetSetDescr_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "getset_descriptor",
    .tp_basicsize = sizeof(GlGetSetDescrObject),
    .tp_dealloc = descr_dealloc,
    .tp_repr = getset_repr,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_traverse = descr_traverse,
    .tp_getset = getset_getset,
    .tp_descr_get = getset_get,
    .tp_descr_set = getset_set,
};

GlObject *
GlDescr_NewGetSet(GlTypeObject *type, GlGetSetDef *g)
{
    GlGetSetDescrObject *d =
        (GlGetSetDescrObject *)descr_new(&GlGetSetDescr_Type, type, g->name);
    if (d != NULL) {
        d->d_getset = g;
    }
    return (GlObject *)d;
}

/* ===================================================== slot wrappers */

static GlObject *
wrapper_call_raw(GlWrapperDescrObject *d, GlObject *self, GlObject *const *args,
                 Gl_ssize_t nargs, GlObject *kwnames)
{
    GlWrapperBase *b = d->d_base;
    if (b->flags & GL_WRAPPER_KEYWORDS) {
        return ((wrapperfunc_kwds)(void (*)(void))b->wrapper)(self, args, nargs, d->d_wrapped,
                                                               kwnames);
    }
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        return GlErr_Format(GlExc_TypeError, "wrapper %s() takes no keyword arguments", b->name);
    }
    return b->wrapper(self, args, nargs, d->d_wrapped);
}

static GlObject *
wrapperdescr_vectorcall(GlObject *callable, GlObject *const *args, size_t nargsf,
                        GlObject *kwnames)
{
    GlWrapperDescrObject *d = (GlWrapperDescrObject *)callable;
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (nargs < 1) {
        return GlErr_Format(GlExc_TypeError, "descriptor '%U' of '%.100s' object needs an argument",
                            d->d_common.d_name, descr_tpname(&d->d_common));
    }
    GlObject *self = args[0];
    if (!GlObject_TypeCheck(self, d->d_common.d_type)) {
        return GlErr_Format(GlExc_TypeError,
                            "descriptor '%U' requires a '%.100s' object but received a '%.100s'",
                            d->d_common.d_name, descr_tpname(&d->d_common), Gl_TYPE(self)->tp_name);
    }
    return wrapper_call_raw(d, self, args + 1, nargs - 1, kwnames);
}

static GlObject *
wrapperdescr_call(GlObject *self, GlObject *args, GlObject *kwds)
{
    return GlVectorcall_Call(self, args, kwds);
}

static GlObject *
wrapperdescr_get(GlObject *self, GlObject *obj, GlObject *type)
{
    GlWrapperDescrObject *d = (GlWrapperDescrObject *)self;
    int r = descr_check(&d->d_common, obj);
    if (r != 0) {
        return r > 0 ? Gl_NewRef(self) : NULL;
    }
    GlMethodWrapperObject *w = (GlMethodWrapperObject *)GlObject_GC_New(&GlMethodWrapper_Type, 0);
    if (w == NULL) {
        return NULL;
    }
    w->descr = (GlWrapperDescrObject *)Gl_NewRef(self);
    w->self = Gl_NewRef(obj);
    GlObject_GC_Track(w);
    return (GlObject *)w;
}

static GlObject *
wrapperdescr_repr(GlObject *self)
{
    return descr_repr_fmt(self, "slot wrapper");
}

static GlObject *
wrapperdescr_get_doc(GlObject *self, void *c)
{
    return doc_from_cstr(((GlWrapperDescrObject *)self)->d_base->doc);
}

static GlGetSetDef wrapperdescr_getset[] = {
    {"__doc__", wrapperdescr_get_doc, NULL, NULL, NULL},
    {"__qualname__", descr_get_qualname, NULL, NULL, NULL},
    {"__name__", descr_get_name, NULL, NULL, NULL},
    {"__objclass__", descr_get_objclass, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

typedef struct {
    GlWrapperDescrObject base;
    vectorcallfunc vectorcall;
} WrapperDescrVC;

GlTypeObject GlWrapperDescr_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "wrapper_descriptor",
    .tp_basicsize = sizeof(WrapperDescrVC),
    .tp_dealloc = descr_dealloc,
    .tp_repr = wrapperdescr_repr,
    .tp_call = wrapperdescr_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_HAVE_VECTORCALL |
                GL_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = descr_traverse,
    .tp_getset = wrapperdescr_getset,
    .tp_descr_get = wrapperdescr_get,
    .tp_vectorcall_offset = offsetof(WrapperDescrVC, vectorcall),
};

GlObject *
GlDescr_NewWrapper(GlTypeObject *type, GlWrapperBase *b, void *wrapped)
{
    WrapperDescrVC *d = (WrapperDescrVC *)descr_new(&GlWrapperDescr_Type, type, b->name);
    if (d != NULL) {
        d->base.d_base = b;
        d->base.d_wrapped = wrapped;
        d->vectorcall = wrapperdescr_vectorcall;
    }
    return (GlObject *)d;
}

/* ===================================================== method-wrapper */

static void
mw_dealloc(GlObject *self)
{
    GlMethodWrapperObject *w = (GlMethodWrapperObject *)self;
    GlObject_GC_UnTrack(self);
    Gl_XDECREF(w->descr);
    Gl_XDECREF(w->self);
    GlObject_GC_Del(self);
}

static int
mw_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlMethodWrapperObject *w = (GlMethodWrapperObject *)self;
    Gl_VISIT(w->descr);
    Gl_VISIT(w->self);
    return 0;
}

static GlObject *
mw_repr(GlObject *self)
{
    GlMethodWrapperObject *w = (GlMethodWrapperObject *)self;
    return GlStr_FromFormat("<method-wrapper '%s' of %s object at %p>", w->descr->d_base->name,
                            Gl_TYPE(w->self)->tp_name, (void *)w->self);
}

static GlObject *
mw_call(GlObject *self, GlObject *args, GlObject *kwds)
{
    GlMethodWrapperObject *w = (GlMethodWrapperObject *)self;
    Gl_ssize_t n = GlTuple_GET_SIZE(args);
    GlObject *kwnames = NULL;
    GlObject **stack = GlTuple_ITEMS(args);
    GlObject *res;
    if (kwds != NULL && GlDict_GET_SIZE(kwds) > 0) {
        Gl_ssize_t nk = GlDict_GET_SIZE(kwds), pos = 0, i = 0;
        GlObject **all = GlMem_New(GlObject *, n + nk);
        kwnames = GlTuple_New(nk);
        if (all == NULL || kwnames == NULL) {
            GlMem_Free(all);
            Gl_XDECREF(kwnames);
            return GlErr_NoMemory();
        }
        for (Gl_ssize_t j = 0; j < n; j++) {
            all[j] = stack[j];
        }
        GlObject *k, *v;
        while (GlDict_Next(kwds, &pos, &k, &v)) {
            GlTuple_SET_ITEM(kwnames, i, Gl_NewRef(k));
            all[n + i] = v;
            i++;
        }
        res = wrapper_call_raw(w->descr, w->self, all, n, kwnames);
        GlMem_Free(all);
        Gl_DECREF(kwnames);
        return res;
    }
    return wrapper_call_raw(w->descr, w->self, stack, n, NULL);
}

static GlObject *
mw_get_self(GlObject *self, void *c)
{
    return Gl_NewRef(((GlMethodWrapperObject *)self)->self);
}

static GlObject *
mw_get_name(GlObject *self, void *c)
{
    return Gl_NewRef(((GlMethodWrapperObject *)self)->descr->d_common.d_name);
}

static GlObject *
mw_get_qualname(GlObject *self, void *c)
{
    return descr_get_qualname((GlObject *)((GlMethodWrapperObject *)self)->descr, NULL);
}

static GlObject *
mw_get_objclass(GlObject *self, void *c)
{
    return Gl_NewRef(((GlMethodWrapperObject *)self)->descr->d_common.d_type);
}

static GlObject *
mw_get_doc(GlObject *self, void *c)
{
    return doc_from_cstr(((GlMethodWrapperObject *)self)->descr->d_base->doc);
}

static GlObject *
mw_richcompare(GlObject *a, GlObject *b, int op)
{
    if ((op != Gl_EQ && op != Gl_NE) || !Gl_IS_TYPE(b, &GlMethodWrapper_Type)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlMethodWrapperObject *wa = (GlMethodWrapperObject *)a, *wb = (GlMethodWrapperObject *)b;
    int eq = wa->descr == wb->descr && wa->self == wb->self;
    return GlBool_FromLong(op == Gl_EQ ? eq : !eq);
}

static Gl_hash_t
mw_hash(GlObject *self)
{
    GlMethodWrapperObject *w = (GlMethodWrapperObject *)self;
    Gl_hash_t h = GlObject_HashPointer(w->self) ^ GlObject_HashPointer(w->descr);
    return h == -1 ? -2 : h;
}

static GlGetSetDef mw_getset[] = {
    {"__self__", mw_get_self, NULL, NULL, NULL},
    {"__name__", mw_get_name, NULL, NULL, NULL},
    {"__qualname__", mw_get_qualname, NULL, NULL, NULL},
    {"__objclass__", mw_get_objclass, NULL, NULL, NULL},
    {"__doc__", mw_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlTypeObject GlMethodWrapper_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "method-wrapper",
    .tp_basicsize = sizeof(GlMethodWrapperObject),
    .tp_dealloc = mw_dealloc,
    .tp_repr = mw_repr,
    .tp_hash = mw_hash,
    .tp_call = mw_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_traverse = mw_traverse,
    .tp_richcompare = mw_richcompare,
    .tp_getset = mw_getset,
};

/* ==================================================== builtin functions */

static const char *
cfunc_tpname(GlCFunctionObject *f)
{
    GlObject *self = f->m_self;
    if (self == NULL) {
        return NULL;
    }
    if (GlModule_Check(self)) {
        /* "gc.enable() takes no arguments", but "len() ..." for builtins. */
        GlObject *mod = f->m_module;
        const char *name = mod != NULL && GlStr_Check(mod) ? GlStr_AsUTF8(mod) : NULL;
        return name != NULL && strcmp(name, "builtins") != 0 ? name : NULL;
    }
    if (GlType_Check(self)) {
        return GlType_ShortName((GlTypeObject *)self);
    }
    return GlType_ShortName(Gl_TYPE(self));
}

static GlObject *
cfunction_vectorcall(GlObject *callable, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    GlCFunctionObject *f = (GlCFunctionObject *)callable;
    GlMethodDef *ml = f->m_ml;
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    /* Fast paths for the two most common kinds. */
    if (ml->ml_flags == GL_METH_O && nargs == 1 &&
        (kwnames == NULL || GlTuple_GET_SIZE(kwnames) == 0)) {
        return call_checked(ml->ml_meth, f->m_self, args[0]);
    }
    if (ml->ml_flags == GL_METH_FASTCALL && (kwnames == NULL || GlTuple_GET_SIZE(kwnames) == 0)) {
        return ((GlCFunctionFast)(void (*)(void))ml->ml_meth)(f->m_self, args, nargs);
    }
    return cfunc_dispatch(ml, f->m_self, args, nargs, kwnames, cfunc_tpname(f));
}

GlObject *
GlCFunction_New(GlMethodDef *ml, GlObject *self, GlObject *module)
{
    GlCFunctionObject *f = (GlCFunctionObject *)GlObject_GC_New(&GlCFunction_Type, 0);
    if (f == NULL) {
        return NULL;
    }
    f->m_ml = ml;
    f->m_self = Gl_XNewRef(self);
    f->m_module = Gl_XNewRef(module);
    f->m_weakreflist = NULL;
    f->vectorcall = cfunction_vectorcall;
    GlObject_GC_Track(f);
    return (GlObject *)f;
}

static void
cfunction_dealloc(GlObject *self)
{
    GlCFunctionObject *f = (GlCFunctionObject *)self;
    GlObject_GC_UnTrack(self);
    if (f->m_weakreflist != NULL) {
        GlObject_ClearWeakRefs(self);
    }
    Gl_XDECREF(f->m_self);
    Gl_XDECREF(f->m_module);
    GlObject_GC_Del(self);
}

static int
cfunction_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlCFunctionObject *f = (GlCFunctionObject *)self;
    Gl_VISIT(f->m_self);
    Gl_VISIT(f->m_module);
    return 0;
}

static GlObject *
cfunction_repr(GlObject *self)
{
    GlCFunctionObject *f = (GlCFunctionObject *)self;
    if (f->m_self == NULL || GlModule_Check(f->m_self)) {
        return GlStr_FromFormat("<built-in function %s>", f->m_ml->ml_name);
    }
    return GlStr_FromFormat("<built-in method %s of %s object at %p>", f->m_ml->ml_name,
                            Gl_TYPE(f->m_self)->tp_name, (void *)f->m_self);
}

static GlObject *
cfunction_call(GlObject *self, GlObject *args, GlObject *kwds)
{
    return GlVectorcall_Call(self, args, kwds);
}

static GlObject *
cfunction_richcompare(GlObject *a, GlObject *b, int op)
{
    if ((op != Gl_EQ && op != Gl_NE) || !GlCFunction_Check(a) || !GlCFunction_Check(b)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlCFunctionObject *fa = (GlCFunctionObject *)a, *fb = (GlCFunctionObject *)b;
    int eq = fa->m_self == fb->m_self && fa->m_ml->ml_meth == fb->m_ml->ml_meth;
    return GlBool_FromLong(op == Gl_EQ ? eq : !eq);
}

static Gl_hash_t
cfunction_hash(GlObject *self)
{
    GlCFunctionObject *f = (GlCFunctionObject *)self;
    Gl_hash_t x = f->m_self != NULL ? GlObject_HashPointer(f->m_self) : 0;
    Gl_hash_t y = GlObject_HashPointer((void *)(uintptr_t)f->m_ml->ml_meth);
    x ^= y;
    return x == -1 ? -2 : x;
}

static GlObject *
cfunction_get_name(GlObject *self, void *c)
{
    return GlStr_FromString(((GlCFunctionObject *)self)->m_ml->ml_name);
}

static GlObject *
cfunction_get_qualname(GlObject *self, void *c)
{
    GlCFunctionObject *f = (GlCFunctionObject *)self;
    if (f->m_self == NULL || GlModule_Check(f->m_self)) {
        return GlStr_FromString(f->m_ml->ml_name);
    }
    GlTypeObject *t = GlType_Check(f->m_self) ? (GlTypeObject *)f->m_self : Gl_TYPE(f->m_self);
    GlObject *tq = GlType_GetQualName(t);
    if (tq == NULL) {
        return NULL;
    }
    GlObject *res = GlStr_FromFormat("%U.%s", tq, f->m_ml->ml_name);
    Gl_DECREF(tq);
    return res;
}

static GlObject *
cfunction_get_self(GlObject *self, void *c)
{
    GlObject *s = ((GlCFunctionObject *)self)->m_self;
    return Gl_NewRef(s != NULL ? s : Gl_None);
}

static GlObject *
cfunction_get_doc(GlObject *self, void *c)
{
    return doc_from_cstr(((GlCFunctionObject *)self)->m_ml->ml_doc);
}

static GlObject *
cfunction_reduce(GlObject *self, GlObject *unused)
{
    GlCFunctionObject *f = (GlCFunctionObject *)self;
    if (f->m_self == NULL || GlModule_Check(f->m_self)) {
        return GlStr_FromString(f->m_ml->ml_name);
    }
    GlObject *builtins = GlImport_ImportModule("builtins");
    if (builtins == NULL) {
        return NULL;
    }
    GlObject *getattr = GlObject_GetAttrString(builtins, "getattr");
    Gl_DECREF(builtins);
    if (getattr == NULL) {
        return NULL;
    }
    GlObject *res = NULL;
    GlObject *name = GlStr_FromString(f->m_ml->ml_name);
    if (name != NULL) {
        GlObject *args = GlTuple_Pack(2, f->m_self, name);
        if (args != NULL) {
            res = GlTuple_Pack(2, getattr, args);
            Gl_DECREF(args);
        }
        Gl_DECREF(name);
    }
    Gl_DECREF(getattr);
    return res;
}

static GlMemberDef cfunction_members[] = {
    {"__module__", GL_T_OBJECT, offsetof(GlCFunctionObject, m_module), 0, NULL},
    {NULL, 0, 0, 0, NULL}
};

static GlGetSetDef cfunction_getset[] = {
    {"__doc__", cfunction_get_doc, NULL, NULL, NULL},
    {"__name__", cfunction_get_name, NULL, NULL, NULL},
    {"__qualname__", cfunction_get_qualname, NULL, NULL, NULL},
    {"__self__", cfunction_get_self, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static GlMethodDef cfunction_methods[] = {
    {"__reduce__", GL_FN(cfunction_reduce), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

GlTypeObject GlCFunction_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "builtin_function_or_method",
    .tp_basicsize = sizeof(GlCFunctionObject),
    .tp_dealloc = cfunction_dealloc,
    .tp_repr = cfunction_repr,
    .tp_hash = cfunction_hash,
    .tp_call = cfunction_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = cfunction_traverse,
    .tp_richcompare = cfunction_richcompare,
    .tp_weaklistoffset = offsetof(GlCFunctionObject, m_weakreflist),
    .tp_methods = cfunction_methods,
    .tp_members = cfunction_members,
    .tp_getset = cfunction_getset,
    .tp_vectorcall_offset = offsetof(GlCFunctionObject, vectorcall),
};
