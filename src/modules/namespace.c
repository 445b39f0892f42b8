/* namespace.c - types.SimpleNamespace: an object whose attributes live in a dict,
 * made from keyword arguments (sys.implementation is one; lib/types.py takes the
 * type from there as CPython's types.py does).
 *
 * Invariants: ns_dict is a dict owned by the object from creation on (never NULL
 * once tp_new returned); the object is a GC container (its dict can hold anything).
 * repr lists the str keys in insertion order as CPython 3.11: "namespace(a=1)",
 * the class name for subclasses, "namespace(...)" when recursive.
 */
#include "modules.h"

typedef struct GlNamespaceObject {
    GlObject ob_base;
    GlObject *ns_dict;     // the attributes (owned dict)
} GlNamespaceObject;

GlObject *
GlNamespace_New(GlObject *kwds)
{
    GlNamespaceObject *ns = (GlNamespaceObject *)GlType_GenericAlloc(&GlSimpleNamespace_Type, 0);
    if (ns == NULL) {
        return NULL;
    }
    ns->ns_dict = GlDict_New();
    if (ns->ns_dict == NULL || (kwds != NULL && GlDict_Update(ns->ns_dict, kwds) < 0)) {
        Gl_DECREF(ns);
        return NULL;
    }
    return (GlObject *)ns;
}

static GlObject *
namespace_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlNamespaceObject *ns = (GlNamespaceObject *)type->tp_alloc(type, 0);
    if (ns == NULL) {
        return NULL;
    }
    ns->ns_dict = GlDict_New();
    if (ns->ns_dict == NULL) {
        Gl_DECREF(ns);
        return NULL;
    }
    return (GlObject *)ns;
}

static int
namespace_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    if (args != NULL && GlTuple_GET_SIZE(args) != 0) {
        GlErr_Format(GlExc_TypeError, "no positional arguments expected");
        return -1;
    }
    if (kwds == NULL) {
        return 0;
    }
    Gl_ssize_t pos = 0;
    GlObject *k, *v;
    while (GlDict_Next(kwds, &pos, &k, &v)) {
        if (!GlStr_Check(k)) {
            GlErr_SetString(GlExc_TypeError, "keywords must be strings");
            return -1;
        }
    }
    return GlDict_Update(((GlNamespaceObject *)self)->ns_dict, kwds);
}

static void
namespace_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    Gl_CLEAR(((GlNamespaceObject *)self)->ns_dict);
    Gl_TYPE(self)->tp_free(self);
}

static int
namespace_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((GlNamespaceObject *)self)->ns_dict);
    return 0;
}

static int
namespace_clear(GlObject *self)
{
    Gl_CLEAR(((GlNamespaceObject *)self)->ns_dict);
    return 0;
}

static GlObject *
namespace_repr(GlObject *self)
{
    static int depth_guard;   // simple recursion mark: nested reprs of the same object
    static GlObject *active[64];
    const char *name = Gl_TYPE(self) == &GlSimpleNamespace_Type
                           ? "namespace" : GlType_ShortName(Gl_TYPE(self));
    for (int i = 0; i < depth_guard && i < 64; i++) {
        if (active[i] == self) {
            return GlStr_FromFormat("%s(...)", name);
        }
    }
    GlObject *d = ((GlNamespaceObject *)self)->ns_dict;
    GlObject *parts = GlList_New(0);
    if (parts == NULL) {
        return NULL;
    }
    if (depth_guard < 64) {
        active[depth_guard] = self;
    }
    depth_guard++;
    GlObject *items = d != NULL ? GlDict_Items(d) : GlList_New(0);
    GlObject *res = NULL;
    if (items == NULL) {
        goto done;
    }
    for (Gl_ssize_t i = 0; i < GlList_GET_SIZE(items); i++) {
        GlObject *kv = GlList_GET_ITEM(items, i);
        GlObject *k = GlTuple_GET_ITEM(kv, 0);
        if (!GlStr_Check(k)) {
            continue;
        }
        GlObject *s = GlStr_FromFormat("%U=%R", k, GlTuple_GET_ITEM(kv, 1));
        if (s == NULL || GlList_Append(parts, s) < 0) {
            Gl_XDECREF(s);
            goto done;
        }
        Gl_DECREF(s);
    }
    GlObject *sep = GlStr_FromString(", ");
    GlObject *joined = sep != NULL ? GlStr_Join(sep, parts) : NULL;
    Gl_XDECREF(sep);
    if (joined != NULL) {
        res = GlStr_FromFormat("%s(%U)", name, joined);
        Gl_DECREF(joined);
    }
done:
    depth_guard--;
    Gl_XDECREF(items);
    Gl_DECREF(parts);
    return res;
}

static GlObject *
namespace_richcompare(GlObject *a, GlObject *b, int op)
{
    if (GlObject_TypeCheck(a, &GlSimpleNamespace_Type) &&
        GlObject_TypeCheck(b, &GlSimpleNamespace_Type) && (op == Gl_EQ || op == Gl_NE)) {
        return GlObject_RichCompare(((GlNamespaceObject *)a)->ns_dict,
                                    ((GlNamespaceObject *)b)->ns_dict, op);
    }
    Gl_RETURN_NOTIMPLEMENTED;
}

static GlObject *
namespace_reduce(GlObject *self, GlObject *unused)
{
    GlObject *args = GlTuple_New(0);
    GlObject *r = args != NULL ? GlTuple_Pack(3, (GlObject *)Gl_TYPE(self), args,
                                              ((GlNamespaceObject *)self)->ns_dict) : NULL;
    Gl_XDECREF(args);
    return r;
}

static GlMethodDef namespace_methods[] = {
    {"__reduce__", GL_FN(namespace_reduce), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef namespace_members[] = {
    {"__dict__", GL_T_OBJECT, offsetof(GlNamespaceObject, ns_dict), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

GlTypeObject GlSimpleNamespace_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "types.SimpleNamespace",
    .tp_basicsize = sizeof(GlNamespaceObject),
    .tp_dealloc = namespace_dealloc,
    .tp_repr = namespace_repr,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_doc = "A simple attribute-based namespace.",
    .tp_traverse = namespace_traverse,
    .tp_clear = namespace_clear,
    .tp_richcompare = namespace_richcompare,
    .tp_methods = namespace_methods,
    .tp_members = namespace_members,
    .tp_dictoffset = offsetof(GlNamespaceObject, ns_dict),
    .tp_init = namespace_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = namespace_new,
    .tp_free = GlObject_GC_Del,
};
