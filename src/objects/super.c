/* super.c - the `super` type: super(), super(C, obj), super(C, C2), super(C).
 *
 * Invariants: type is the class after which the MRO search starts (owned); obj the
 * bound instance or class (owned, NULL when unbound); obj_type the type whose MRO is
 * searched (owned, NULL when unbound). Attribute lookup skips to the class after
 * `type` in obj_type.__mro__ and binds descriptors to obj (or to nothing when obj is
 * obj_type itself, as CPython).
 */
#include "allobjects.h"
#include "../vm/vm.h"

typedef struct {
    GlObject ob_base;
    GlTypeObject *type;
    GlObject *obj;
    GlTypeObject *obj_type;
} SuperObject;

static void
super_dealloc(GlObject *self)
{
    SuperObject *su = (SuperObject *)self;
    GlObject_GC_UnTrack(self);
    Gl_XDECREF(su->obj);
    Gl_XDECREF(su->type);
    Gl_XDECREF(su->obj_type);
    Gl_TYPE(self)->tp_free(self);
}

static int
super_traverse(GlObject *self, visitproc visit, void *arg)
{
    SuperObject *su = (SuperObject *)self;
    Gl_VISIT(su->obj);
    Gl_VISIT(su->type);
    Gl_VISIT(su->obj_type);
    return 0;
}

static GlObject *
super_repr(GlObject *self)
{
    SuperObject *su = (SuperObject *)self;
    const char *name = su->type != NULL ? su->type->tp_name : "NULL";
    if (su->obj_type != NULL) {
        return GlStr_FromFormat("<super: <class '%s'>, <%s object>>", name, su->obj_type->tp_name);
    }
    return GlStr_FromFormat("<super: <class '%s'>, NULL>", name);
}

static GlObject *
super_getattro(GlObject *self, GlObject *name)
{
    SuperObject *su = (SuperObject *)self;
    GlTypeObject *starttype = su->obj_type;
    if (starttype == NULL || !GlStr_Check(name) || name == GL_ID(__class__) ||
        (GlStr_CheckExact(name) && !((GlStrObject *)name)->interned &&
         GlStr_EqualToASCII(name, "__class__"))) {
        return GlObject_GenericGetAttr(self, name);
    }
    GlObject *mro = starttype->tp_mro;
    if (mro == NULL) {
        return GlObject_GenericGetAttr(self, name);
    }
    Gl_INCREF(mro);
    Gl_ssize_t n = GlTuple_GET_SIZE(mro), i;
    for (i = 0; i + 1 < n; i++) {
        if ((GlObject *)su->type == GlTuple_GET_ITEM(mro, i)) {
            break;
        }
    }
    i++;
    for (; i < n; i++) {
        GlObject *dict = ((GlTypeObject *)GlTuple_GET_ITEM(mro, i))->tp_dict;
        if (dict == NULL) {
            continue;
        }
        GlObject *res = GlDict_GetItemWithError(dict, name);
        if (res != NULL) {
            Gl_INCREF(res);
            Gl_DECREF(mro);
            descrgetfunc f = Gl_TYPE(res)->tp_descr_get;
            if (f != NULL) {
                GlObject *bound = f(res, su->obj == (GlObject *)starttype ? NULL : su->obj,
                                    (GlObject *)starttype);
                Gl_DECREF(res);
                return bound;
            }
            return res;
        }
        if (GlErr_Occurred()) {
            Gl_DECREF(mro);
            return NULL;
        }
    }
    Gl_DECREF(mro);
    return GlObject_GenericGetAttr(self, name);
}

static GlTypeObject *
supercheck(GlTypeObject *type, GlObject *obj)
{
    if (GlType_Check(obj) && GlType_IsSubtype((GlTypeObject *)obj, type)) {
        return (GlTypeObject *)Gl_NewRef(obj);
    }
    if (GlType_IsSubtype(Gl_TYPE(obj), type)) {
        return (GlTypeObject *)Gl_NewRef(Gl_TYPE(obj));
    }
    GlObject *class_attr;
    if (GlObject_LookupAttr(obj, GL_ID(__class__), &class_attr) < 0) {
        return NULL;
    }
    if (class_attr != NULL && GlType_Check(class_attr) &&
        (GlTypeObject *)class_attr != Gl_TYPE(obj)) {
        if (GlType_IsSubtype((GlTypeObject *)class_attr, type)) {
            return (GlTypeObject *)class_attr;
        }
    }
    Gl_XDECREF(class_attr);
    GlErr_SetString(GlExc_TypeError,
                    "super(type, obj): obj must be an instance or subtype of type");
    return NULL;
}

static GlObject *
super_descr_get(GlObject *self, GlObject *obj, GlObject *type)
{
    SuperObject *su = (SuperObject *)self;
    if (obj == NULL || obj == Gl_None || su->obj != NULL) {
        return Gl_NewRef(self);
    }
    GlObject *args[2] = {(GlObject *)su->type, obj};
    return GlObject_Vectorcall((GlObject *)Gl_TYPE(self), args, 2, NULL);
}

/* Fill su from (type, obj); steals neither. 0 / -1. */
static int
super_init_impl(SuperObject *su, GlTypeObject *type, GlObject *obj)
{
    GlTypeObject *obj_type = NULL;
    if (obj == Gl_None) {
        obj = NULL;
    }
    if (obj != NULL) {
        obj_type = supercheck(type, obj);
        if (obj_type == NULL) {
            return -1;
        }
        Gl_INCREF(obj);
    }
    Gl_INCREF(type);
    Gl_XSETREF(su->type, type);
    Gl_XSETREF(su->obj, obj);
    Gl_XSETREF(su->obj_type, obj_type);
    return 0;
}

static int
super_init_args(SuperObject *su, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs == 0) {
        GlTypeObject *type;
        GlObject *obj;
        if (GlEval_GetSuperArgs(&type, &obj) < 0) {
            return -1;
        }
        int r = super_init_impl(su, type, obj);
        Gl_DECREF(type);
        Gl_XDECREF(obj);
        return r;
    }
    if (nargs > 2) {
        GlErr_Format(GlExc_TypeError, "super() takes at most 2 arguments (%zd given)", nargs);
        return -1;
    }
    if (!GlType_Check(args[0])) {
        GlErr_Format(GlExc_TypeError, "super() argument 1 must be a type, not %.200s",
                     Gl_TYPE(args[0])->tp_name);
        return -1;
    }
    return super_init_impl(su, (GlTypeObject *)args[0], nargs > 1 ? args[1] : NULL);
}

static int
super_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    if (kwds != NULL && GlDict_GET_SIZE(kwds) > 0) {
        GlErr_SetString(GlExc_TypeError, "super() takes no keyword arguments");
        return -1;
    }
    return super_init_args((SuperObject *)self, GlTuple_ITEMS(args), GlTuple_GET_SIZE(args));
}

static GlObject *
super_vectorcall(GlObject *callable, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    GlTypeObject *type = (GlTypeObject *)callable;
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        return GlErr_SetString(GlExc_TypeError, "super() takes no keyword arguments");
    }
    GlObject *self = type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    if (super_init_args((SuperObject *)self, args, GlVectorcall_NARGS(nargsf)) < 0) {
        Gl_DECREF(self);
        return NULL;
    }
    return self;
}

static GlMemberDef super_members[] = {
    {"__thisclass__", GL_T_OBJECT, offsetof(SuperObject, type), GL_READONLY,
     "the class invoking super()"},
    {"__self__", GL_T_OBJECT, offsetof(SuperObject, obj), GL_READONLY,
     "the instance invoking super(); may be None"},
    {"__self_class__", GL_T_OBJECT, offsetof(SuperObject, obj_type), GL_READONLY,
     "the type of the instance invoking super(); may be None"},
    {NULL, 0, 0, 0, NULL}
};

GlTypeObject GlSuper_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "super",
    .tp_basicsize = sizeof(SuperObject),
    .tp_dealloc = super_dealloc,
    .tp_repr = super_repr,
    .tp_getattro = super_getattro,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_doc = "super() -> same as super(__class__, <first argument>)\n"
              "super(type) -> unbound super object\n"
              "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
              "super(type, type2) -> bound super object; requires issubclass(type2, type)",
    .tp_traverse = super_traverse,
    .tp_members = super_members,
    .tp_descr_get = super_descr_get,
    .tp_init = super_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = GlType_GenericNew,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = super_vectorcall,
};
