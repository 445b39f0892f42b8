/* descrtypes.c - descriptor types Python code creates: property, staticmethod,
 * classmethod, and mappingproxy (the read-only view that is a class's __dict__).
 *
 * Invariants:
 * - A property owns prop_get/prop_set/prop_del/prop_doc/prop_name (each NULL or a
 *   strong reference); getter_doc is 1 when prop_doc was taken from fget.__doc__.
 * - staticmethod and classmethod share GlStaticMethodObject: sm_callable is set once
 *   initialised (NULL only between tp_alloc and __init__); sm_dict is the instance
 *   dict holding __wrapped__, __name__, __doc__... (CPython 3.10+).
 * - A mappingproxy owns its mapping and never mutates it.
 * Messages follow CPython 3.11 ("property 'x' of 'C' object has no setter").
 */
#include "allobjects.h"

/* ============================================================ property */

static void
property_dealloc(GlObject *self)
{
    GlPropertyObject *p = (GlPropertyObject *)self;
    GlObject_GC_UnTrack(self);
    Gl_XDECREF(p->prop_get);
    Gl_XDECREF(p->prop_set);
    Gl_XDECREF(p->prop_del);
    Gl_XDECREF(p->prop_doc);
    Gl_XDECREF(p->prop_name);
    Gl_TYPE(self)->tp_free(self);
}

static int
property_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlPropertyObject *p = (GlPropertyObject *)self;
    Gl_VISIT(p->prop_get);
    Gl_VISIT(p->prop_set);
    Gl_VISIT(p->prop_del);
    Gl_VISIT(p->prop_doc);
    Gl_VISIT(p->prop_name);
    return 0;
}

static int
property_clear(GlObject *self)
{
    GlPropertyObject *p = (GlPropertyObject *)self;
    Gl_CLEAR(p->prop_get);
    Gl_CLEAR(p->prop_set);
    Gl_CLEAR(p->prop_del);
    Gl_CLEAR(p->prop_doc);
    Gl_CLEAR(p->prop_name);
    return 0;
}

static GlObject *
property_error(GlPropertyObject *p, GlObject *obj, const char *what)
{
    GlObject *qualname = GlType_GetQualName(Gl_TYPE(obj));
    if (qualname == NULL) {
        return NULL;
    }
    if (p->prop_name != NULL) {
        GlErr_Format(GlExc_AttributeError, "property %R of %R object has no %s", p->prop_name,
                     qualname, what);
    } else {
        GlErr_Format(GlExc_AttributeError, "property of %R object has no %s", qualname, what);
    }
    Gl_DECREF(qualname);
    return NULL;
}

static GlObject *
property_descr_get(GlObject *self, GlObject *obj, GlObject *type)
{
    GlPropertyObject *p = (GlPropertyObject *)self;
    if (obj == NULL || obj == Gl_None) {
        return Gl_NewRef(self);
    }
    if (p->prop_get == NULL) {
        return property_error(p, obj, "getter");
    }
    return GlObject_CallOneArg(p->prop_get, obj);
}

static int
property_descr_set(GlObject *self, GlObject *obj, GlObject *value)
{
    GlPropertyObject *p = (GlPropertyObject *)self;
    GlObject *func = value == NULL ? p->prop_del : p->prop_set, *res;
    if (func == NULL) {
        property_error(p, obj, value == NULL ? "deleter" : "setter");
        return -1;
    }
    if (value == NULL) {
        res = GlObject_CallOneArg(func, obj);
    } else {
        GlObject *args[2] = {obj, value};
        res = GlObject_Vectorcall(func, args, 2, NULL);
    }
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

static int
property_set_all(GlPropertyObject *p, GlObject *fget, GlObject *fset, GlObject *fdel,
                 GlObject *doc)
{
    if (fget == Gl_None) {
        fget = NULL;
    }
    if (fset == Gl_None) {
        fset = NULL;
    }
    if (fdel == Gl_None) {
        fdel = NULL;
    }
    Gl_XSETREF(p->prop_get, Gl_XNewRef(fget));
    Gl_XSETREF(p->prop_set, Gl_XNewRef(fset));
    Gl_XSETREF(p->prop_del, Gl_XNewRef(fdel));
    Gl_XSETREF(p->prop_doc, NULL);
    p->getter_doc = 0;
    GlObject *prop_doc = NULL;
    if ((doc == NULL || doc == Gl_None) && fget != NULL) {
        if (GlObject_LookupAttr(fget, GL_ID(__doc__), &prop_doc) < 0) {
            return -1;
        }
        if (prop_doc != NULL) {
            p->getter_doc = 1;
        }
    } else if (doc != NULL) {
        prop_doc = Gl_NewRef(doc);
    }
    if (prop_doc == Gl_None) {
        Gl_CLEAR(prop_doc);
    }
    p->prop_doc = prop_doc;
    return 0;
}

static int
property_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    static const char *const kwlist[] = {"fget", "fset", "fdel", "doc", NULL};
    GlObject *out[4] = {NULL, NULL, NULL, NULL};
    int r = GlArg_ParseTupleDict("property", args, kwds, kwlist, 4, 0, out);
    if (r < 0) {
        return -1;
    }
    return property_set_all((GlPropertyObject *)self, out[0], out[1], out[2], out[3]);
}

/* A new property of the same type with one function replaced. */
static GlObject *
property_copy(GlObject *old, GlObject *get, GlObject *set, GlObject *del)
{
    GlPropertyObject *p = (GlPropertyObject *)old;
    GlObject *doc;
    if (get == NULL) {
        get = p->prop_get ? p->prop_get : Gl_None;
    }
    if (set == NULL) {
        set = p->prop_set ? p->prop_set : Gl_None;
    }
    if (del == NULL) {
        del = p->prop_del ? p->prop_del : Gl_None;
    }
    if (p->getter_doc && get != Gl_None) {
        doc = Gl_None;   // make the new property recompute it from the new getter
    } else {
        doc = p->prop_doc ? p->prop_doc : Gl_None;
    }
    GlObject *args[4] = {get, set, del, doc};
    GlObject *new = GlObject_Vectorcall((GlObject *)Gl_TYPE(old), args, 4, NULL);
    if (new == NULL) {
        return NULL;
    }
    if (GlObject_TypeCheck(new, &GlProperty_Type)) {
        Gl_XSETREF(((GlPropertyObject *)new)->prop_name, Gl_XNewRef(p->prop_name));
    }
    return new;
}

static GlObject *
property_getter(GlObject *self, GlObject *f)
{
    return property_copy(self, f, NULL, NULL);
}

static GlObject *
property_setter(GlObject *self, GlObject *f)
{
    return property_copy(self, NULL, f, NULL);
}

static GlObject *
property_deleter(GlObject *self, GlObject *f)
{
    return property_copy(self, NULL, NULL, f);
}

static GlObject *
property_set_name(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs != 2) {
        return GlErr_Format(GlExc_TypeError, "__set_name__() takes 2 positional arguments but "
                                             "%zd were given", nargs);
    }
    Gl_XSETREF(((GlPropertyObject *)self)->prop_name, Gl_NewRef(args[1]));
    Gl_RETURN_NONE;
}

static int
is_abstract(GlObject *f)
{
    if (f == NULL) {
        return 0;
    }
    GlObject *v;
    GlObject *name = GlStr_InternFromString("__isabstractmethod__");
    if (name == NULL) {
        return -1;
    }
    int r = GlObject_LookupAttr(f, name, &v);
    Gl_DECREF(name);
    if (r <= 0) {
        return r;
    }
    r = GlObject_IsTrue(v);
    Gl_DECREF(v);
    return r;
}

static GlObject *
property_get_isabstract(GlObject *self, void *c)
{
    GlPropertyObject *p = (GlPropertyObject *)self;
    GlObject *fs[3] = {p->prop_get, p->prop_set, p->prop_del};
    for (int i = 0; i < 3; i++) {
        int r = is_abstract(fs[i]);
        if (r < 0) {
            return NULL;
        }
        if (r) {
            Gl_RETURN_TRUE;
        }
    }
    Gl_RETURN_FALSE;
}

static GlMethodDef property_methods[] = {
    {"getter", GL_FN(property_getter), GL_METH_O, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", GL_FN(property_setter), GL_METH_O, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", GL_FN(property_deleter), GL_METH_O, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", GL_FN(property_set_name), GL_METH_FASTCALL, "Method to set name of a property."},
    {NULL, NULL, 0, NULL}
};

static GlMemberDef property_members[] = {
    {"fget", GL_T_OBJECT, offsetof(GlPropertyObject, prop_get), GL_READONLY, NULL},
    {"fset", GL_T_OBJECT, offsetof(GlPropertyObject, prop_set), GL_READONLY, NULL},
    {"fdel", GL_T_OBJECT, offsetof(GlPropertyObject, prop_del), GL_READONLY, NULL},
    {"__doc__", GL_T_OBJECT, offsetof(GlPropertyObject, prop_doc), 0, NULL},
    {NULL, 0, 0, 0, NULL}
};

static GlGetSetDef property_getset[] = {
    {"__isabstractmethod__", property_get_isabstract, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlTypeObject GlProperty_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "property",
    .tp_basicsize = sizeof(GlPropertyObject),
    .tp_dealloc = property_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_doc = "Property attribute.",
    .tp_traverse = property_traverse,
    .tp_clear = property_clear,
    .tp_methods = property_methods,
    .tp_members = property_members,
    .tp_getset = property_getset,
    .tp_descr_get = property_descr_get,
    .tp_descr_set = property_descr_set,
    .tp_init = property_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = GlType_GenericNew,
    .tp_free = GlObject_GC_Del,
};

/* ============================================ staticmethod / classmethod */

static void
sm_dealloc(GlObject *self)
{
    GlStaticMethodObject *sm = (GlStaticMethodObject *)self;
    GlObject_GC_UnTrack(self);
    Gl_XDECREF(sm->sm_callable);
    Gl_XDECREF(sm->sm_dict);
    Gl_TYPE(self)->tp_free(self);
}

static int
sm_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlStaticMethodObject *sm = (GlStaticMethodObject *)self;
    Gl_VISIT(sm->sm_callable);
    Gl_VISIT(sm->sm_dict);
    return 0;
}

static int
sm_clear(GlObject *self)
{
    GlStaticMethodObject *sm = (GlStaticMethodObject *)self;
    Gl_CLEAR(sm->sm_callable);
    Gl_CLEAR(sm->sm_dict);
    return 0;
}

/* functools.wraps-like copy of __module__, __name__, __qualname__, __doc__ and
 * __annotations__ into the wrapper's dict (CPython 3.10+); __wrapped__ is a member. */
static int
sm_wraps(GlStaticMethodObject *sm, GlObject *wrapped)
{
    if (sm->sm_dict == NULL) {
        sm->sm_dict = GlDict_New();
        if (sm->sm_dict == NULL) {
            return -1;
        }
    }
    GlObject *names[5] = {GL_ID(__module__), GL_ID(__name__), GL_ID(__qualname__),
                          GL_ID(__doc__), GL_ID(__annotations__)};
    for (int i = 0; i < 5; i++) {
        GlObject *v;
        int r = GlObject_LookupAttr(wrapped, names[i], &v);
        if (r < 0) {
            return -1;
        }
        if (r > 0) {
            r = GlDict_SetItem(sm->sm_dict, names[i], v);
            Gl_DECREF(v);
            if (r < 0) {
                return -1;
            }
        }
    }
    (void)wrapped;   // __wrapped__ is a member reading the callable
    return 0;
}

static int
sm_init_common(GlObject *self, GlObject *args, GlObject *kwds, const char *name)
{
    if (kwds != NULL && GlDict_GET_SIZE(kwds) > 0) {
        GlErr_Format(GlExc_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    Gl_ssize_t n = GlTuple_GET_SIZE(args);
    if (n != 1) {
        GlErr_Format(GlExc_TypeError, "%s expected 1 argument, got %zd", name, n);
        return -1;
    }
    GlStaticMethodObject *sm = (GlStaticMethodObject *)self;
    GlObject *callable = GlTuple_GET_ITEM(args, 0);
    Gl_XSETREF(sm->sm_callable, Gl_NewRef(callable));
    return sm_wraps(sm, callable);
}

static int
sm_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    return sm_init_common(self, args, kwds, "staticmethod");
}

static int
cm_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    return sm_init_common(self, args, kwds, "classmethod");
}

static GlObject *
sm_descr_get(GlObject *self, GlObject *obj, GlObject *type)
{
    GlStaticMethodObject *sm = (GlStaticMethodObject *)self;
    if (sm->sm_callable == NULL) {
        return GlErr_SetString(GlExc_RuntimeError, "uninitialized staticmethod object");
    }
    return Gl_NewRef(sm->sm_callable);
}

static GlObject *
sm_call(GlObject *self, GlObject *args, GlObject *kwds)
{
    GlStaticMethodObject *sm = (GlStaticMethodObject *)self;
    if (sm->sm_callable == NULL) {
        return GlErr_SetString(GlExc_RuntimeError, "uninitialized staticmethod object");
    }
    return GlObject_Call(sm->sm_callable, args, kwds);
}

static GlObject *
sm_repr_common(GlObject *self, const char *kind)
{
    GlStaticMethodObject *sm = (GlStaticMethodObject *)self;
    if (sm->sm_callable == NULL) {
        return GlStr_FromFormat("<%s(NULL)>", kind);
    }
    return GlStr_FromFormat("<%s(%R)>", kind, sm->sm_callable);
}

static GlObject *
sm_repr(GlObject *self)
{
    return sm_repr_common(self, "staticmethod");
}

static GlObject *
cm_repr(GlObject *self)
{
    return sm_repr_common(self, "classmethod");
}

static GlObject *
cm_descr_get(GlObject *self, GlObject *obj, GlObject *type)
{
    GlStaticMethodObject *cm = (GlStaticMethodObject *)self;
    if (cm->sm_callable == NULL) {
        return GlErr_SetString(GlExc_RuntimeError, "uninitialized classmethod object");
    }
    if (type == NULL) {
        type = (GlObject *)Gl_TYPE(obj);
    }
    descrgetfunc f = Gl_TYPE(cm->sm_callable)->tp_descr_get;
    if (f != NULL && !GlFunction_Check(cm->sm_callable)) {
        return f(cm->sm_callable, type, type);
    }
    return GlMethod_New(cm->sm_callable, type);
}

static GlObject *
sm_get_isabstract(GlObject *self, void *c)
{
    int r = is_abstract(((GlStaticMethodObject *)self)->sm_callable);
    if (r < 0) {
        return NULL;
    }
    return GlBool_FromLong(r);
}

static GlObject *
sm_get_dict(GlObject *self, void *c)
{
    GlStaticMethodObject *sm = (GlStaticMethodObject *)self;
    if (sm->sm_dict == NULL && (sm->sm_dict = GlDict_New()) == NULL) {
        return NULL;
    }
    return Gl_NewRef(sm->sm_dict);
}

static GlMemberDef sm_members[] = {
    {"__func__", GL_T_OBJECT, offsetof(GlStaticMethodObject, sm_callable), GL_READONLY, NULL},
    {"__wrapped__", GL_T_OBJECT, offsetof(GlStaticMethodObject, sm_callable), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static GlGetSetDef sm_getset[] = {
    {"__isabstractmethod__", sm_get_isabstract, NULL, NULL, NULL},
    {"__dict__", sm_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlTypeObject GlStaticMethod_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "staticmethod",
    .tp_basicsize = sizeof(GlStaticMethodObject),
    .tp_dealloc = sm_dealloc,
    .tp_repr = sm_repr,
    .tp_call = sm_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_doc = "staticmethod(function) -> method\n\nConvert a function to be a static method.",
    .tp_traverse = sm_traverse,
    .tp_clear = sm_clear,
    .tp_members = sm_members,
    .tp_getset = sm_getset,
    .tp_descr_get = sm_descr_get,
    .tp_dictoffset = offsetof(GlStaticMethodObject, sm_dict),
    .tp_init = sm_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = GlType_GenericNew,
    .tp_free = GlObject_GC_Del,
};

GlTypeObject GlClassMethod_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "classmethod",
    .tp_basicsize = sizeof(GlStaticMethodObject),
    .tp_dealloc = sm_dealloc,
    .tp_repr = cm_repr,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_doc = "classmethod(function) -> method\n\nConvert a function to be a class method.",
    .tp_traverse = sm_traverse,
    .tp_clear = sm_clear,
    .tp_members = sm_members,
    .tp_getset = sm_getset,
    .tp_descr_get = cm_descr_get,
    .tp_dictoffset = offsetof(GlStaticMethodObject, sm_dict),
    .tp_init = cm_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = GlType_GenericNew,
    .tp_free = GlObject_GC_Del,
};

static GlObject *
sm_new_of(GlTypeObject *type, GlObject *callable)
{
    GlStaticMethodObject *sm = (GlStaticMethodObject *)GlType_GenericAlloc(type, 0);
    if (sm == NULL) {
        return NULL;
    }
    sm->sm_callable = Gl_NewRef(callable);
    if (sm_wraps(sm, callable) < 0) {
        Gl_DECREF(sm);
        return NULL;
    }
    return (GlObject *)sm;
}

GlObject *
GlStaticMethod_New(GlObject *callable)
{
    return sm_new_of(&GlStaticMethod_Type, callable);
}

GlObject *
GlClassMethod_New(GlObject *callable)
{
    return sm_new_of(&GlClassMethod_Type, callable);
}

GlObject *
GlStaticMethod_Callable(GlObject *sm)
{
    return ((GlStaticMethodObject *)sm)->sm_callable;
}

/* ========================================================= mappingproxy */

typedef struct {
    GlObject ob_base;
    GlObject *mapping;
} MappingProxyObject;

static void
mp_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    Gl_XDECREF(((MappingProxyObject *)self)->mapping);
    GlObject_GC_Del(self);
}

static int
mp_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((MappingProxyObject *)self)->mapping);
    return 0;
}

static Gl_ssize_t
mp_len(GlObject *self)
{
    return GlObject_Size(((MappingProxyObject *)self)->mapping);
}

static GlObject *
mp_getitem(GlObject *self, GlObject *key)
{
    return GlObject_GetItem(((MappingProxyObject *)self)->mapping, key);
}

static int
mp_contains(GlObject *self, GlObject *key)
{
    GlObject *m = ((MappingProxyObject *)self)->mapping;
    if (GlDict_CheckExact(m)) {
        return GlDict_Contains(m, key);
    }
    return GlSequence_Contains(m, key);
}

static GlObject *
mp_iter(GlObject *self)
{
    return GlObject_GetIter(((MappingProxyObject *)self)->mapping);
}

static GlObject *
mp_repr(GlObject *self)
{
    return GlStr_FromFormat("mappingproxy(%R)", ((MappingProxyObject *)self)->mapping);
}

static GlObject *
mp_str(GlObject *self)
{
    return GlObject_Str(((MappingProxyObject *)self)->mapping);
}

static GlObject *
mp_richcompare(GlObject *self, GlObject *other, int op)
{
    return GlObject_RichCompare(((MappingProxyObject *)self)->mapping, other, op);
}

static GlObject *
mp_forward(GlObject *self, GlObject *name, GlObject *const *args, Gl_ssize_t nargs)
{
    return GlObject_CallMethod(((MappingProxyObject *)self)->mapping, name, args, nargs);
}

static GlObject *
mp_keys(GlObject *self, GlObject *unused)
{
    return mp_forward(self, GL_ID(keys), NULL, 0);
}

static GlObject *
mp_values(GlObject *self, GlObject *unused)
{
    return mp_forward(self, GL_ID(values), NULL, 0);
}

static GlObject *
mp_items(GlObject *self, GlObject *unused)
{
    return mp_forward(self, GL_ID(items), NULL, 0);
}

static GlObject *
mp_copy(GlObject *self, GlObject *unused)
{
    return mp_forward(self, GL_ID(copy), NULL, 0);
}

static GlObject *
mp_get(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    return mp_forward(self, GL_ID(get), args, nargs);
}

static GlObject *
mp_reversed(GlObject *self, GlObject *unused)
{
    return mp_forward(self, GL_ID(__reversed__), NULL, 0);
}

static GlObject *
mp_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    static const char *const kwlist[] = {"mapping", NULL};
    GlObject *out[1] = {NULL};
    GlObject *kwnames = NULL;
    GlObject *stack[2];
    Gl_ssize_t nargs = GlTuple_GET_SIZE(args);
    if (nargs > 1 || (kwds != NULL && GlDict_GET_SIZE(kwds) > 1) ||
        nargs + (kwds != NULL ? GlDict_GET_SIZE(kwds) : 0) > 1) {
        return GlErr_Format(GlExc_TypeError, "mappingproxy() takes at most 1 argument (%zd given)",
                            nargs + (kwds != NULL ? GlDict_GET_SIZE(kwds) : 0));
    }
    if (nargs == 1) {
        stack[0] = GlTuple_GET_ITEM(args, 0);
    } else if (kwds != NULL && GlDict_GET_SIZE(kwds) == 1) {
        Gl_ssize_t pos = 0;
        GlObject *k, *v;
        GlDict_Next(kwds, &pos, &k, &v);
        kwnames = GlTuple_Pack(1, k);
        if (kwnames == NULL) {
            return NULL;
        }
        stack[0] = v;
    }
    int r = GlArg_ParseVector("mappingproxy", stack, nargs, kwnames, kwlist, 1, 1, out);
    Gl_XDECREF(kwnames);
    if (r < 0) {
        return NULL;
    }
    GlObject *mapping = out[0];
    if (!GlMapping_Check(mapping) || GlList_Check(mapping) || GlTuple_Check(mapping)) {
        return GlErr_Format(GlExc_TypeError, "mappingproxy() argument must be a mapping, not %s",
                            Gl_TYPE(mapping)->tp_name);
    }
    return GlDictProxy_New(mapping);
}

/* proxy | other: the union of the underlying mappings (a new dict for dicts). */
static GlObject *
mp_or(GlObject *left, GlObject *right)
{
    if (GlObject_TypeCheck(left, &GlDictProxy_Type)) {
        left = ((MappingProxyObject *)left)->mapping;
    }
    if (GlObject_TypeCheck(right, &GlDictProxy_Type)) {
        right = ((MappingProxyObject *)right)->mapping;
    }
    return GlNumber_Or(left, right);
}

static GlObject *
mp_ior(GlObject *self, GlObject *other)
{
    return GlErr_Format(GlExc_TypeError, "'|=' is not supported by %s; use '|' instead",
                        Gl_TYPE(self)->tp_name);
}

static GlNumberMethods mp_as_number = {
    .nb_or = mp_or,
    .nb_inplace_or = mp_ior,
};

static GlMappingMethods mp_as_mapping = {
    .mp_length = mp_len,
    .mp_subscript = mp_getitem,
};

static GlSequenceMethods mp_as_sequence = {
    .sq_contains = mp_contains,
};

static GlMethodDef mp_methods[] = {
    {"get", GL_FN(mp_get), GL_METH_FASTCALL, NULL},
    {"keys", GL_FN(mp_keys), GL_METH_NOARGS, NULL},
    {"values", GL_FN(mp_values), GL_METH_NOARGS, NULL},
    {"items", GL_FN(mp_items), GL_METH_NOARGS, NULL},
    {"copy", GL_FN(mp_copy), GL_METH_NOARGS, NULL},
    {"__reversed__", GL_FN(mp_reversed), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

GlTypeObject GlDictProxy_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "mappingproxy",
    .tp_basicsize = sizeof(MappingProxyObject),
    .tp_dealloc = mp_dealloc,
    .tp_repr = mp_repr,
    .tp_as_number = &mp_as_number,
    .tp_as_sequence = &mp_as_sequence,
    .tp_as_mapping = &mp_as_mapping,
    .tp_str = mp_str,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_traverse = mp_traverse,
    .tp_richcompare = mp_richcompare,
    .tp_iter = mp_iter,
    .tp_methods = mp_methods,
    .tp_new = mp_new,
};

GlObject *
GlDictProxy_New(GlObject *mapping)
{
    MappingProxyObject *pp = (MappingProxyObject *)GlObject_GC_New(&GlDictProxy_Type, 0);
    if (pp == NULL) {
        return NULL;
    }
    pp->mapping = Gl_NewRef(mapping);
    GlObject_GC_Track(pp);
    return (GlObject *)pp;
}
