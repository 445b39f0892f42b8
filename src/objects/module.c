/* module.c - module objects.
 *
 * Invariants: md_dict is a dict owned by the module for its whole life (it is not
 * cleared when the module dies, as in CPython >= 3.4, except at interpreter exit);
 * attribute lookup is the generic one, then the module's own __getattr__, then
 * AttributeError "module 'm' has no attribute 'x'".
 */
#include "allobjects.h"
#include <stddef.h>

int
GlModule_Check(GlObject *o)
{
    return GlObject_TypeCheck(o, &GlModule_Type);
}

static int
module_init_dict(GlObject *dict, GlObject *name, GlObject *doc)
{
    if (GlDict_SetItem(dict, GL_ID(__name__), name) < 0
        || GlDict_SetItem(dict, GL_ID(__doc__), doc) < 0
        || GlDict_SetItem(dict, GL_ID(__package__), Gl_None) < 0
        || GlDict_SetItem(dict, GL_ID(__loader__), Gl_None) < 0
        || GlDict_SetItem(dict, GL_ID(__spec__), Gl_None) < 0) {
        return -1;
    }
    return 0;
}

GlObject *
GlModule_New(GlObject *name)
{
    GlModuleObject *m = (GlModuleObject *)GlObject_GC_New(&GlModule_Type, 0);
    if (m == NULL) {
        return NULL;
    }
    m->md_dict = GlDict_New();
    if (m->md_dict == NULL || module_init_dict(m->md_dict, name, Gl_None) < 0) {
        Gl_DECREF(m);
        return NULL;
    }
    GlObject_GC_Track(m);
    return (GlObject *)m;
}

GlObject *
GlModule_NewFromString(const char *name)
{
    GlObject *n = GlStr_FromString(name);
    if (n == NULL) {
        return NULL;
    }
    GlObject *m = GlModule_New(n);
    Gl_DECREF(n);
    return m;
}

GlObject *
GlModule_GetDict(GlObject *m)
{
    return ((GlModuleObject *)m)->md_dict;
}

int
GlModule_AddFunctions(GlObject *m, GlMethodDef *defs)
{
    GlObject *name = GlDict_GetItemWithError(GlModule_GetDict(m), GL_ID(__name__));
    for (GlMethodDef *d = defs; d->ml_name != NULL; d++) {
        GlObject *f = GlCFunction_New(d, m, name);
        if (f == NULL) {
            return -1;
        }
        int r = GlDict_SetItemString(GlModule_GetDict(m), d->ml_name, f);
        Gl_DECREF(f);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

int
GlModule_AddObject(GlObject *m, const char *name, GlObject *value)
{
    return GlDict_SetItemString(GlModule_GetDict(m), name, value);
}

int
GlModule_AddIntConstant(GlObject *m, const char *name, long v)
{
    GlObject *o = GlInt_FromLong(v);
    if (o == NULL) {
        return -1;
    }
    int r = GlModule_AddObject(m, name, o);
    Gl_DECREF(o);
    return r;
}

GlObject *
GlModule_GetNameObject(GlObject *m)
{
    GlObject *d = ((GlModuleObject *)m)->md_dict;
    GlObject *name = d ? GlDict_GetItemWithError(d, GL_ID(__name__)) : NULL;
    if (name == NULL || !GlStr_Check(name)) {
        if (!GlErr_Occurred()) {
            GlErr_SetString(GlExc_SystemError, "nameless module");
        }
        return NULL;
    }
    return Gl_NewRef(name);
}

static void
module_dealloc(GlObject *op)
{
    GlModuleObject *m = (GlModuleObject *)op;
    GlObject_GC_UnTrack(op);
    if (m->md_weaklist != NULL) {
        GlObject_ClearWeakRefs(op);
    }
    Gl_CLEAR(m->md_dict);
    GlObject_GC_Del(op);
}

static int
module_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((GlModuleObject *)op)->md_dict);
    return 0;
}

static int
module_clear(GlObject *op)
{
    Gl_CLEAR(((GlModuleObject *)op)->md_dict);
    return 0;
}

static GlObject *
module_repr(GlObject *op)
{
    GlObject *d = ((GlModuleObject *)op)->md_dict;
    GlObject *name = d ? GlDict_GetItemWithError(d, GL_ID(__name__)) : NULL;
    GlObject *file = d ? GlDict_GetItemWithError(d, GL_ID(__file__)) : NULL;
    if (GlErr_Occurred()) {
        return NULL;
    }
    if (name == NULL) {
        return GlStr_FromString("<module '?'>");
    }
    if (file != NULL && GlStr_Check(file)) {
        return GlStr_FromFormat("<module %R from %R>", name, file);
    }
    GlObject *spec = d ? GlDict_GetItemWithError(d, GL_ID(__spec__)) : NULL;
    GlObject *origin = NULL;
    if (spec != NULL && spec != Gl_None && GlObject_LookupAttr(spec, GL_ID(origin), &origin) < 0) {
        return NULL;
    }
    int builtin = origin != NULL && GlStr_Check(origin) && GlStr_EqualToASCII(origin, "built-in");
    Gl_XDECREF(origin);
    if (builtin) {
        return GlStr_FromFormat("<module %R (built-in)>", name);
    }
    return GlStr_FromFormat("<module %R>", name);
}

static GlObject *
module_getattro(GlObject *op, GlObject *name)
{
    GlObject *res = GlObject_GenericGetAttrWithDict(op, name, NULL, 1);
    if (res != NULL || GlErr_Occurred()) {
        return res;
    }
    GlObject *d = ((GlModuleObject *)op)->md_dict;
    if (d != NULL) {
        GlObject *getattr = GlDict_GetItemWithError(d, GL_ID(__getattr__));
        if (getattr != NULL) {
            return GlObject_CallOneArg(getattr, name);
        }
        if (GlErr_Occurred()) {
            return NULL;
        }
        GlObject *mname = GlDict_GetItemWithError(d, GL_ID(__name__));
        if (mname != NULL && GlStr_Check(mname)) {
            return GlErr_Format(GlExc_AttributeError, "module '%U' has no attribute '%U'",
                                mname, name);
        }
    }
    return GlErr_Format(GlExc_AttributeError, "module has no attribute '%U'", name);
}

static int
module_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    GlObject *name = NULL, *doc = Gl_None;
    Gl_ssize_t n = args ? GlTuple_GET_SIZE(args) : 0;
    if (n < 1 || n > 2 || (kwds != NULL && GlDict_GET_SIZE(kwds) > 0)) {
        GlErr_Format(GlExc_TypeError, "module() takes 1 or 2 positional arguments");
        return -1;
    }
    name = GlTuple_GET_ITEM(args, 0);
    if (n == 2) {
        doc = GlTuple_GET_ITEM(args, 1);
    }
    if (!GlStr_Check(name)) {
        GlErr_Format(GlExc_TypeError, "module.__init__() argument 'name' must be str, not %s",
                     Gl_TYPE(name)->tp_name);
        return -1;
    }
    GlModuleObject *m = (GlModuleObject *)op;
    if (m->md_dict == NULL && (m->md_dict = GlDict_New()) == NULL) {
        return -1;
    }
    return module_init_dict(m->md_dict, name, doc);
}

static GlObject *
module_dir(GlObject *self, GlObject *unused)
{
    GlObject *d = ((GlModuleObject *)self)->md_dict;
    if (d == NULL) {
        return GlList_New(0);
    }
    GlObject *dirfunc = GlDict_GetItemWithError(d, GL_ID(__dir__));
    if (dirfunc != NULL) {
        return GlObject_CallNoArgs(dirfunc);
    }
    GlObject *keys = GlDict_Keys(d);
    if (keys != NULL && GlList_Sort(keys, NULL, 0) < 0) {
        Gl_CLEAR(keys);
    }
    return keys;
}

static GlMethodDef module_methods[] = {
    {"__dir__", GL_FN(module_dir), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef module_members[] = {
    {"__dict__", GL_T_OBJECT, offsetof(GlModuleObject, md_dict), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

GlTypeObject GlModule_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "module",
    .tp_basicsize = sizeof(GlModuleObject),
    .tp_dealloc = module_dealloc,
    .tp_repr = module_repr,
    .tp_getattro = module_getattro,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_traverse = module_traverse,
    .tp_clear = module_clear,
    .tp_weaklistoffset = offsetof(GlModuleObject, md_weaklist),
    .tp_methods = module_methods,
    .tp_members = module_members,
    .tp_dictoffset = offsetof(GlModuleObject, md_dict),
    .tp_init = module_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = GlType_GenericNew,
    .tp_free = GlObject_GC_Del,
};
