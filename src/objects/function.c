/* function.c - Python functions, cells and bound methods.
 *
 * Invariants: a function owns its code, globals, builtins, name, qualname and module;
 * defaults is NULL or a tuple, kwdefaults NULL or a dict, closure NULL or a tuple of
 * cells with one cell per free variable of the code. A bound method owns im_func and
 * im_self (never NULL). Defaults are evaluated once, at `def` time (MODEL.md).
 * Calling a function goes through GlFunction_Vectorcall (vm/ceval.c), which binds the
 * arguments straight into a new frame without building a tuple.
 */
#include "allobjects.h"
#include "../vm/frame.h"
#include <stddef.h>

/* ---- function ---- */

GlObject *
GlFunction_New(GlObject *code, GlObject *globals)
{
    GlCodeObject *co = (GlCodeObject *)code;
    GlFunctionObject *f = (GlFunctionObject *)GlObject_GC_New(&GlFunction_Type, 0);
    if (f == NULL) {
        return NULL;
    }
    f->func_code = Gl_NewRef(code);
    f->func_globals = Gl_NewRef(globals);
    f->func_name = Gl_NewRef(co->co_name);
    f->func_qualname = Gl_NewRef(co->co_qualname);
    GlObject *builtins = GlDict_GetItemWithError(globals, GL_ID(__builtins__));
    if (builtins != NULL && GlModule_Check(builtins)) {
        builtins = GlModule_GetDict(builtins);
    }
    if (builtins == NULL || !GlDict_Check(builtins)) {
        builtins = gl_tstate.builtins;
    }
    f->func_builtins = Gl_NewRef(builtins);
    GlObject *doc = Gl_None;
    if (GlTuple_GET_SIZE(co->co_consts) > 0) {
        GlObject *c0 = GlTuple_GET_ITEM(co->co_consts, 0);
        if (GlStr_Check(c0) && (co->co_flags & GL_CO_HAS_DOCSTRING)) {
            doc = c0;
        }
    }
    f->func_doc = Gl_NewRef(doc);
    GlObject *module = GlDict_GetItemWithError(globals, GL_ID(__name__));
    f->func_module = Gl_XNewRef(module);
    f->vectorcall = GlFunction_Vectorcall;
    GlObject_GC_Track(f);
    return (GlObject *)f;
}

static int
func_clear(GlObject *op)
{
    GlFunctionObject *f = (GlFunctionObject *)op;
    Gl_CLEAR(f->func_globals);
    Gl_CLEAR(f->func_builtins);
    Gl_CLEAR(f->func_module);
    Gl_CLEAR(f->func_defaults);
    Gl_CLEAR(f->func_kwdefaults);
    Gl_CLEAR(f->func_doc);
    Gl_CLEAR(f->func_dict);
    Gl_CLEAR(f->func_closure);
    Gl_CLEAR(f->func_annotations);
    return 0;
}

static void
func_dealloc(GlObject *op)
{
    GlFunctionObject *f = (GlFunctionObject *)op;
    GlObject_GC_UnTrack(op);
    if (f->func_weakreflist != NULL) {
        GlObject_ClearWeakRefs(op);
    }
    func_clear(op);
    Gl_CLEAR(f->func_code);
    Gl_CLEAR(f->func_name);
    Gl_CLEAR(f->func_qualname);
    GlObject_GC_Del(op);
}

static int
func_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlFunctionObject *f = (GlFunctionObject *)op;
    Gl_VISIT(f->func_code);
    Gl_VISIT(f->func_globals);
    Gl_VISIT(f->func_builtins);
    Gl_VISIT(f->func_module);
    Gl_VISIT(f->func_defaults);
    Gl_VISIT(f->func_kwdefaults);
    Gl_VISIT(f->func_doc);
    Gl_VISIT(f->func_name);
    Gl_VISIT(f->func_qualname);
    Gl_VISIT(f->func_dict);
    Gl_VISIT(f->func_closure);
    Gl_VISIT(f->func_annotations);
    return 0;
}

static GlObject *
func_repr(GlObject *op)
{
    return GlStr_FromFormat("<function %U at %p>", ((GlFunctionObject *)op)->func_qualname, op);
}

static GlObject *
func_descr_get(GlObject *func, GlObject *obj, GlObject *type)
{
    if (obj == NULL || obj == Gl_None) {
        return Gl_NewRef(func);
    }
    return GlMethod_New(func, obj);
}

static GlObject *
func_get_code(GlObject *op, void *closure)
{
    return Gl_NewRef(((GlFunctionObject *)op)->func_code);
}

static int
func_set_code(GlObject *op, GlObject *value, void *closure)
{
    if (value == NULL || !GlCode_Check(value)) {
        GlErr_SetString(GlExc_TypeError, "__code__ must be set to a code object");
        return -1;
    }
    Gl_SETREF(((GlFunctionObject *)op)->func_code, Gl_NewRef(value));
    return 0;
}

static GlObject *
func_get_defaults(GlObject *op, void *closure)
{
    GlObject *d = ((GlFunctionObject *)op)->func_defaults;
    return Gl_NewRef(d ? d : Gl_None);
}

static int
func_set_defaults(GlObject *op, GlObject *value, void *closure)
{
    if (value == Gl_None) {
        value = NULL;
    }
    if (value != NULL && !GlTuple_Check(value)) {
        GlErr_SetString(GlExc_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    Gl_XSETREF(((GlFunctionObject *)op)->func_defaults, Gl_XNewRef(value));
    return 0;
}

static GlObject *
func_get_kwdefaults(GlObject *op, void *closure)
{
    GlObject *d = ((GlFunctionObject *)op)->func_kwdefaults;
    return Gl_NewRef(d ? d : Gl_None);
}

static int
func_set_kwdefaults(GlObject *op, GlObject *value, void *closure)
{
    if (value == Gl_None) {
        value = NULL;
    }
    if (value != NULL && !GlDict_Check(value)) {
        GlErr_SetString(GlExc_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    Gl_XSETREF(((GlFunctionObject *)op)->func_kwdefaults, Gl_XNewRef(value));
    return 0;
}

static GlObject *
func_get_name(GlObject *op, void *closure)
{
    return Gl_NewRef(((GlFunctionObject *)op)->func_name);
}

static int
func_set_name(GlObject *op, GlObject *value, void *closure)
{
    if (value == NULL || !GlStr_Check(value)) {
        GlErr_SetString(GlExc_TypeError, "__name__ must be set to a string object");
        return -1;
    }
    Gl_SETREF(((GlFunctionObject *)op)->func_name, Gl_NewRef(value));
    return 0;
}

static GlObject *
func_get_qualname(GlObject *op, void *closure)
{
    return Gl_NewRef(((GlFunctionObject *)op)->func_qualname);
}

static int
func_set_qualname(GlObject *op, GlObject *value, void *closure)
{
    if (value == NULL || !GlStr_Check(value)) {
        GlErr_SetString(GlExc_TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    Gl_SETREF(((GlFunctionObject *)op)->func_qualname, Gl_NewRef(value));
    return 0;
}

static GlObject *
func_get_annotations(GlObject *op, void *closure)
{
    GlFunctionObject *f = (GlFunctionObject *)op;
    if (f->func_annotations == NULL) {
        f->func_annotations = GlDict_New();
        if (f->func_annotations == NULL) {
            return NULL;
        }
    } else if (GlTuple_Check(f->func_annotations)) {
        /* Stored by MAKE_FUNCTION as a flat tuple (name, value, name, value...). */
        GlObject *t = f->func_annotations;
        GlObject *d = GlDict_New();
        if (d == NULL) {
            return NULL;
        }
        for (Gl_ssize_t i = 0; i + 1 < GlTuple_GET_SIZE(t); i += 2) {
            if (GlDict_SetItem(d, GlTuple_GET_ITEM(t, i), GlTuple_GET_ITEM(t, i + 1)) < 0) {
                Gl_DECREF(d);
                return NULL;
            }
        }
        Gl_SETREF(f->func_annotations, d);
    }
    return Gl_NewRef(f->func_annotations);
}

static int
func_set_annotations(GlObject *op, GlObject *value, void *closure)
{
    if (value == Gl_None) {
        value = NULL;
    }
    if (value != NULL && !GlDict_Check(value)) {
        GlErr_SetString(GlExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    Gl_XSETREF(((GlFunctionObject *)op)->func_annotations, Gl_XNewRef(value));
    return 0;
}

static GlObject *
func_get_dict(GlObject *op, void *closure)
{
    GlFunctionObject *f = (GlFunctionObject *)op;
    if (f->func_dict == NULL && (f->func_dict = GlDict_New()) == NULL) {
        return NULL;
    }
    return Gl_NewRef(f->func_dict);
}

static int
func_set_dict(GlObject *op, GlObject *value, void *closure)
{
    if (value == NULL || !GlDict_Check(value)) {
        GlErr_SetString(GlExc_TypeError, "__dict__ must be set to a dictionary");
        return -1;
    }
    Gl_XSETREF(((GlFunctionObject *)op)->func_dict, Gl_NewRef(value));
    return 0;
}

static GlObject *
func_get_closure(GlObject *op, void *closure)
{
    GlObject *c = ((GlFunctionObject *)op)->func_closure;
    return Gl_NewRef(c ? c : Gl_None);
}

static GlGetSetDef func_getset[] = {
    {"__code__", func_get_code, func_set_code, NULL, NULL},
    {"__defaults__", func_get_defaults, func_set_defaults, NULL, NULL},
    {"__kwdefaults__", func_get_kwdefaults, func_set_kwdefaults, NULL, NULL},
    {"__annotations__", func_get_annotations, func_set_annotations, NULL, NULL},
    {"__dict__", func_get_dict, func_set_dict, NULL, NULL},
    {"__name__", func_get_name, func_set_name, NULL, NULL},
    {"__qualname__", func_get_qualname, func_set_qualname, NULL, NULL},
    {"__closure__", func_get_closure, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define FN_OFF(f) offsetof(GlFunctionObject, f)
static GlMemberDef func_members[] = {
    {"__globals__", GL_T_OBJECT, FN_OFF(func_globals), GL_READONLY, NULL},
    {"__builtins__", GL_T_OBJECT, FN_OFF(func_builtins), GL_READONLY, NULL},
    {"__doc__", GL_T_OBJECT, FN_OFF(func_doc), 0, NULL},
    {"__module__", GL_T_OBJECT, FN_OFF(func_module), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

/* function(code, globals, name=None, argdefs=None, closure=None): types.FunctionType.
 * New reference. */
static GlObject *
func_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    static const char *const kwlist[] = {"code", "globals", "name", "argdefs", "closure", NULL};
    GlObject *a[5];
    if (GlArg_ParseTupleDict("function", args, kwds, kwlist, 5, 2, a) < 0) {
        return NULL;
    }
    GlObject *code = a[0], *globals = a[1], *name = a[2], *defaults = a[3], *closure = a[4];
    if (!GlCode_Check(code)) {
        return GlErr_Format(GlExc_TypeError, "function() argument 'code' must be code, not %.200s",
                            Gl_TYPE(code)->tp_name);
    }
    if (!GlDict_Check(globals)) {
        return GlErr_Format(GlExc_TypeError, "function() argument 'globals' must be dict, not %.200s",
                            Gl_TYPE(globals)->tp_name);
    }
    if (name != NULL && name != Gl_None && !GlStr_Check(name)) {
        return GlErr_SetString(GlExc_TypeError, "arg 3 (name) must be None or string");
    }
    if (defaults != NULL && defaults != Gl_None && !GlTuple_Check(defaults)) {
        return GlErr_SetString(GlExc_TypeError, "arg 4 (defaults) must be None or tuple");
    }
    GlCodeObject *co = (GlCodeObject *)code;
    Gl_ssize_t nclosure = 0;
    if (closure != NULL && closure != Gl_None) {
        if (!GlTuple_Check(closure)) {
            return GlErr_SetString(GlExc_TypeError, "arg 5 (closure) must be None or tuple");
        }
        nclosure = GlTuple_GET_SIZE(closure);
    }
    if (co->co_nfreevars > 0 && (closure == NULL || closure == Gl_None)) {
        return GlErr_SetString(GlExc_TypeError, "arg 5 (closure) must be tuple");
    }
    if (nclosure != co->co_nfreevars) {
        return GlErr_Format(GlExc_ValueError, "%U requires closure of length %d, not %zd",
                            co->co_name, co->co_nfreevars, nclosure);
    }
    for (Gl_ssize_t i = 0; i < nclosure; i++) {
        GlObject *cell = GlTuple_GET_ITEM(closure, i);
        if (!GlCell_Check(cell)) {
            return GlErr_Format(GlExc_TypeError, "arg 5 (closure) expected cell, found %s",
                                Gl_TYPE(cell)->tp_name);
        }
    }
    GlFunctionObject *f = (GlFunctionObject *)GlFunction_New(code, globals);
    if (f == NULL) {
        return NULL;
    }
    if (name != NULL && name != Gl_None) {
        Gl_SETREF(f->func_name, Gl_NewRef(name));
    }
    if (defaults != NULL && defaults != Gl_None) {
        f->func_defaults = Gl_NewRef(defaults);
    }
    if (nclosure > 0) {
        f->func_closure = Gl_NewRef(closure);
    }
    return (GlObject *)f;
}

static GlObject *
func_call(GlObject *func, GlObject *args, GlObject *kwargs)
{
    return GlVectorcall_Call(func, args, kwargs);
}

GlTypeObject GlFunction_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "function",
    .tp_basicsize = sizeof(GlFunctionObject),
    .tp_dealloc = func_dealloc,
    .tp_repr = func_repr,
    .tp_call = func_call,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_HAVE_VECTORCALL | GL_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = func_traverse,
    .tp_clear = func_clear,
    .tp_weaklistoffset = offsetof(GlFunctionObject, func_weakreflist),
    .tp_members = func_members,
    .tp_getset = func_getset,
    .tp_descr_get = func_descr_get,
    .tp_dictoffset = offsetof(GlFunctionObject, func_dict),
    .tp_vectorcall_offset = offsetof(GlFunctionObject, vectorcall),
    .tp_new = func_new,
};

/* ---- cell ---- */

GlObject *
GlCell_New(GlObject *value)
{
    GlCellObject *c = (GlCellObject *)GlObject_GC_New(&GlCell_Type, 0);
    if (c == NULL) {
        return NULL;
    }
    c->ob_ref = Gl_XNewRef(value);
    GlObject_GC_Track(c);
    return (GlObject *)c;
}

static void
cell_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    Gl_XDECREF(((GlCellObject *)op)->ob_ref);
    GlObject_GC_Del(op);
}

static int
cell_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((GlCellObject *)op)->ob_ref);
    return 0;
}

static int
cell_clear(GlObject *op)
{
    Gl_CLEAR(((GlCellObject *)op)->ob_ref);
    return 0;
}

static GlObject *
cell_repr(GlObject *op)
{
    GlObject *ref = ((GlCellObject *)op)->ob_ref;
    if (ref == NULL) {
        return GlStr_FromFormat("<cell at %p: empty>", op);
    }
    return GlStr_FromFormat("<cell at %p: %s object at %p>", op, Gl_TYPE(ref)->tp_name, ref);
}

static GlObject *
cell_get_contents(GlObject *op, void *closure)
{
    GlObject *ref = ((GlCellObject *)op)->ob_ref;
    if (ref == NULL) {
        return GlErr_SetString(GlExc_ValueError, "Cell is empty");
    }
    return Gl_NewRef(ref);
}

static int
cell_set_contents(GlObject *op, GlObject *value, void *closure)
{
    Gl_XSETREF(((GlCellObject *)op)->ob_ref, Gl_XNewRef(value));
    return 0;
}

static GlObject *
cell_richcompare(GlObject *a, GlObject *b, int op)
{
    if (!GlCell_Check(a) || !GlCell_Check(b)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlObject *x = ((GlCellObject *)a)->ob_ref, *y = ((GlCellObject *)b)->ob_ref;
    if (x != NULL && y != NULL) {
        return GlObject_RichCompare(x, y, op);
    }
    int c = (y == NULL) - (x == NULL);  // empty cells sort first
    int r = 0;
    switch (op) {
    case Gl_EQ: r = c == 0; break;
    case Gl_NE: r = c != 0; break;
    case Gl_LT: r = c < 0; break;
    case Gl_LE: r = c <= 0; break;
    case Gl_GT: r = c > 0; break;
    case Gl_GE: r = c >= 0; break;
    }
    return GlBool_FromLong(r);
}

static GlGetSetDef cell_getset[] = {
    {"cell_contents", cell_get_contents, cell_set_contents, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlCell_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "cell",
    .tp_basicsize = sizeof(GlCellObject),
    .tp_dealloc = cell_dealloc,
    .tp_repr = cell_repr,
    .tp_hash = GlObject_HashNotImplemented,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = cell_traverse,
    .tp_clear = cell_clear,
    .tp_richcompare = cell_richcompare,
    .tp_getset = cell_getset,
};

/* ---- bound method ---- */

static GlMethodObject *method_free_list;
static int method_free_count;

GL_PLAIN_LOOPS static GlObject *
method_vectorcall(GlObject *op, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    GlMethodObject *m = (GlMethodObject *)op;
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    Gl_ssize_t total = nargs + (kwnames ? GlTuple_GET_SIZE(kwnames) : 0);
    if (nargsf & GL_VECTORCALL_ARGUMENTS_OFFSET) {
        /* The caller lets us use args[-1]: no copy. */
        GlObject **newargs = (GlObject **)args - 1;
        GlObject *saved = newargs[0];
        newargs[0] = m->im_self;
        GlObject *res = GlObject_Vectorcall(m->im_func, newargs, (size_t)(nargs + 1), kwnames);
        newargs[0] = saved;
        return res;
    }
    GlObject *small[8];
    GlObject **newargs = small;
    if (total + 1 > 8) {
        newargs = GlMem_New(GlObject *, total + 1);
        if (newargs == NULL) {
            return GlErr_NoMemory();
        }
    }
    newargs[0] = m->im_self;
    for (Gl_ssize_t i = 0; i < total; i++) {
        newargs[i + 1] = args[i];
    }
    GlObject *res = GlObject_Vectorcall(m->im_func, newargs, (size_t)(nargs + 1), kwnames);
    if (newargs != small) {
        GlMem_Free(newargs);
    }
    return res;
}

GlObject *
GlMethod_New(GlObject *func, GlObject *self)
{
    GlMethodObject *m = method_free_list;
    if (m != NULL) {
        method_free_list = (GlMethodObject *)m->im_self;
        method_free_count--;
        m->ob_base.ob_refcnt = 1;
        m->ob_base.ob_type = &GlMethod_Type;
    } else {
        m = (GlMethodObject *)GlObject_GC_New(&GlMethod_Type, 0);
        if (m == NULL) {
            return NULL;
        }
    }
    m->im_func = Gl_NewRef(func);
    m->im_self = Gl_NewRef(self);
    m->im_weakreflist = NULL;
    m->vectorcall = method_vectorcall;
    GlObject_GC_Track(m);
    return (GlObject *)m;
}

static void
method_dealloc(GlObject *op)
{
    GlMethodObject *m = (GlMethodObject *)op;
    GlObject_GC_UnTrack(op);
    if (m->im_weakreflist != NULL) {
        GlObject_ClearWeakRefs(op);
    }
    Gl_CLEAR(m->im_func);
    Gl_CLEAR(m->im_self);
    if (method_free_count < 256) {
        m->im_self = (GlObject *)method_free_list;
        method_free_list = m;
        method_free_count++;
        return;
    }
    GlObject_GC_Del(op);
}

static int
method_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((GlMethodObject *)op)->im_func);
    Gl_VISIT(((GlMethodObject *)op)->im_self);
    return 0;
}

static GlObject *
method_repr(GlObject *op)
{
    GlMethodObject *m = (GlMethodObject *)op;
    GlObject *name = NULL;
    if (GlObject_LookupAttr(m->im_func, GL_ID(__qualname__), &name) == 0) {
        GlObject_LookupAttr(m->im_func, GL_ID(__name__), &name);
    }
    if (GlErr_Occurred()) {
        Gl_XDECREF(name);
        return NULL;
    }
    GlObject *selfrepr = GlObject_Repr(m->im_self);
    if (selfrepr == NULL) {
        Gl_XDECREF(name);
        return NULL;
    }
    GlObject *res = GlStr_FromFormat("<bound method %S of %U>", name ? name : Gl_None, selfrepr);
    Gl_XDECREF(name);
    Gl_DECREF(selfrepr);
    return res;
}

static GlObject *
method_richcompare(GlObject *a, GlObject *b, int op)
{
    if ((op != Gl_EQ && op != Gl_NE) || !GlMethod_Check(a) || !GlMethod_Check(b)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlMethodObject *x = (GlMethodObject *)a, *y = (GlMethodObject *)b;
    int eq = GlObject_RichCompareBool(x->im_func, y->im_func, Gl_EQ);
    if (eq < 0) {
        return NULL;
    }
    eq = eq && x->im_self == y->im_self;
    return GlBool_FromLong(op == Gl_EQ ? eq : !eq);
}

static Gl_hash_t
method_hash(GlObject *op)
{
    GlMethodObject *m = (GlMethodObject *)op;
    Gl_hash_t a = (Gl_hash_t)((uintptr_t)m->im_self >> 4);
    Gl_hash_t b = GlObject_Hash(m->im_func);
    if (b == -1) {
        return -1;
    }
    Gl_hash_t h = a ^ b;
    return h == -1 ? -2 : h;
}

static GlObject *
method_getattro(GlObject *op, GlObject *name)
{
    /* Attributes of the method type first (__func__, __self__), then the function's. */
    GlTypeObject *tp = Gl_TYPE(op);
    GlObject *descr = GlType_Lookup(tp, name);
    if (descr != NULL) {
        descrgetfunc f = Gl_TYPE(descr)->tp_descr_get;
        if (f != NULL) {
            return f(descr, op, (GlObject *)tp);
        }
        return Gl_NewRef(descr);
    }
    return GlObject_GetAttr(((GlMethodObject *)op)->im_func, name);
}

static GlObject *
method_call(GlObject *op, GlObject *args, GlObject *kwargs)
{
    return GlVectorcall_Call(op, args, kwargs);
}

static GlObject *
method_get_doc(GlObject *op, void *closure)
{
    return GlObject_GetAttr(((GlMethodObject *)op)->im_func, GL_ID(__doc__));
}

static GlGetSetDef method_getset[] = {
    {"__doc__", method_get_doc, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* method(function, instance), as types.MethodType. */
static GlObject *
method_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (kwds != NULL && GlDict_GET_SIZE(kwds) > 0) {
        return GlErr_SetString(GlExc_TypeError, "method() takes no keyword arguments");
    }
    if (GlTuple_GET_SIZE(args) != 2) {
        return GlErr_Format(GlExc_TypeError, "method expected 2 arguments, got %zd",
                            GlTuple_GET_SIZE(args));
    }
    GlObject *func = GlTuple_GET_ITEM(args, 0), *self = GlTuple_GET_ITEM(args, 1);
    if (!GlCallable_Check(func)) {
        return GlErr_SetString(GlExc_TypeError, "first argument must be callable");
    }
    if (self == Gl_None) {
        return GlErr_SetString(GlExc_TypeError, "instance must not be None");
    }
    return GlMethod_New(func, self);
}

#define M_OFF(f) offsetof(GlMethodObject, f)
static GlMemberDef method_members[] = {
    {"__func__", GL_T_OBJECT, M_OFF(im_func), GL_READONLY, NULL},
    {"__self__", GL_T_OBJECT, M_OFF(im_self), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

GlTypeObject GlMethod_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "method",
    .tp_basicsize = sizeof(GlMethodObject),
    .tp_dealloc = method_dealloc,
    .tp_repr = method_repr,
    .tp_hash = method_hash,
    .tp_call = method_call,
    .tp_getattro = method_getattro,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_HAVE_VECTORCALL,
    .tp_traverse = method_traverse,
    .tp_richcompare = method_richcompare,
    .tp_weaklistoffset = offsetof(GlMethodObject, im_weakreflist),
    .tp_members = method_members,
    .tp_getset = method_getset,
    .tp_new = method_new,
    .tp_vectorcall_offset = offsetof(GlMethodObject, vectorcall),
};
