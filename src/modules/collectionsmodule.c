/* collectionsmodule.c - the `_collections` module: `_tuplegetter`, the descriptor that
 * namedtuple classes use for their fields (lib/collections falls back to a property
 * without it, as CPython's does).
 *
 *   _tuplegetter(index, doc): obj.field is obj[index] for tuple instances; the class
 *   attribute is the descriptor itself; assignment and deletion raise AttributeError
 *   "can't set attribute" / "can't delete attribute"; repr
 *   "_tuplegetter(0, 'Alias for field number 0')"; pickles as (type, (index, doc)).
 *
 * CPython behaviour matched: the messages of _collections._tuplegetter, including
 * "descriptor for index '0' for tuple subclasses doesn't apply to 'int' object".
 * Left out: deque, defaultdict and OrderedDict live in lib/collections (Python).
 */
#include "modules.h"

typedef struct {
    GlObject ob_base;
    Gl_ssize_t index;
    GlObject *doc;   // owned, may be None
} GlTupleGetterObject;

static GlTypeObject GlTupleGetter_Type;

/* _tuplegetter(index, doc). New reference. */
static GlObject *
tuplegetter_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (kwds != NULL && GlDict_GET_SIZE(kwds) > 0) {
        return GlErr_SetString(GlExc_TypeError, "_tuplegetter() takes no keyword arguments");
    }
    if (GlTuple_GET_SIZE(args) != 2) {
        return GlErr_Format(GlExc_TypeError, "_tuplegetter expected 2 arguments, got %zd",
                            GlTuple_GET_SIZE(args));
    }
    Gl_ssize_t index = GlNumber_AsSsize_t(GlTuple_GET_ITEM(args, 0), GlExc_IndexError);
    if (index == -1 && GlErr_Occurred()) {
        return NULL;
    }
    GlTupleGetterObject *self = (GlTupleGetterObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->index = index;
    self->doc = Gl_NewRef(GlTuple_GET_ITEM(args, 1));
    return (GlObject *)self;
}

static void
tuplegetter_dealloc(GlObject *op)
{
    GlTypeObject *tp = Gl_TYPE(op);
    GlObject_GC_UnTrack(op);
    Gl_CLEAR(((GlTupleGetterObject *)op)->doc);
    tp->tp_free(op);
}

static int
tuplegetter_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((GlTupleGetterObject *)op)->doc);
    return 0;
}

static int
tuplegetter_clear(GlObject *op)
{
    Gl_CLEAR(((GlTupleGetterObject *)op)->doc);
    return 0;
}

/* obj[index] for a tuple, the descriptor itself for the class. New reference. */
static GlObject *
tuplegetter_get(GlObject *op, GlObject *obj, GlObject *type)
{
    GlTupleGetterObject *self = (GlTupleGetterObject *)op;
    if (obj == NULL || obj == Gl_None) {
        return Gl_NewRef(op);
    }
    if (!GlTuple_Check(obj)) {
        return GlErr_Format(GlExc_TypeError, "descriptor for index '%zd' for tuple subclasses "
                            "doesn't apply to '%s' object", self->index, Gl_TYPE(obj)->tp_name);
    }
    if (self->index < 0 || self->index >= GlTuple_GET_SIZE(obj)) {
        return GlErr_SetString(GlExc_IndexError, "tuple index out of range");
    }
    return Gl_NewRef(GlTuple_GET_ITEM(obj, self->index));
}

static int
tuplegetter_set(GlObject *op, GlObject *obj, GlObject *value)
{
    GlErr_SetString(GlExc_AttributeError,
                    value == NULL ? "can't delete attribute" : "can't set attribute");
    return -1;
}

/* "_tuplegetter(0, 'doc')". New reference. */
static GlObject *
tuplegetter_repr(GlObject *op)
{
    GlTupleGetterObject *self = (GlTupleGetterObject *)op;
    const char *name = Gl_TYPE(op)->tp_name, *dot = strrchr(name, '.');
    return GlStr_FromFormat("%s(%zd, %R)", dot != NULL ? dot + 1 : name, self->index, self->doc);
}

/* (type, (index, doc)). New reference. */
static GlObject *
tuplegetter_reduce(GlObject *op, GlObject *unused)
{
    GlTupleGetterObject *self = (GlTupleGetterObject *)op;
    GlObject *index = GlInt_FromSsize_t(self->index);
    GlObject *args = index != NULL ? GlTuple_Pack(2, index, self->doc) : NULL;
    GlObject *res = args != NULL ? GlTuple_Pack(2, (GlObject *)Gl_TYPE(op), args) : NULL;
    Gl_XDECREF(index);
    Gl_XDECREF(args);
    return res;
}

static GlMemberDef tuplegetter_members[] = {
    {"__doc__", GL_T_OBJECT, offsetof(GlTupleGetterObject, doc), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static GlMethodDef tuplegetter_methods[] = {
    {"__reduce__", GL_FN(tuplegetter_reduce), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlTypeObject GlTupleGetter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_collections._tuplegetter",
    .tp_basicsize = sizeof(GlTupleGetterObject),
    .tp_dealloc = tuplegetter_dealloc,
    .tp_repr = tuplegetter_repr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_traverse = tuplegetter_traverse,
    .tp_clear = tuplegetter_clear,
    .tp_methods = tuplegetter_methods,
    .tp_members = tuplegetter_members,
    .tp_descr_get = tuplegetter_get,
    .tp_descr_set = tuplegetter_set,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = tuplegetter_new,
    .tp_free = GlObject_GC_Del,
};

/* The _collections module. New reference. */
GlObject *
GlInit__collections(void) GL_NEWREF
{
    if (GlTupleGetter_Type.tp_dict == NULL && GlType_Ready(&GlTupleGetter_Type) < 0) {
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("_collections");
    if (m == NULL) {
        return NULL;
    }
    if (GlModule_AddObject(m, "_tuplegetter", (GlObject *)&GlTupleGetter_Type) < 0) {
        Gl_DECREF(m);
        return NULL;
    }
    return m;
}
