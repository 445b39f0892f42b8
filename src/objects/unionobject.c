/* unionobject.c - types.UnionType, the result of `int | str` (PEP 604), and the
 * nb_or slot of `type` that builds it.
 *
 * Invariants: args is a tuple (owned) of at least two distinct members, each a
 * type, None's type written as NoneType, or another accepted annotation object;
 * nested unions are flattened. isinstance/issubclass accept a union like a tuple.
 */
#include "allobjects.h"

typedef struct {
    GlObject ob_base;
    GlObject *args;      // tuple, owned
} UnionObject;

GlTypeObject GlUnion_Type;

static int
union_arg_ok(GlObject *o)
{
    return o == Gl_None || GlType_Check(o) || Gl_IS_TYPE(o, &GlUnion_Type) ||
           GlObject_TypeCheck(o, &GlGenericAlias_Type);
}

/* Append o's members (flattening unions, None -> NoneType) without duplicates. */
static int
union_add(GlObject *list, GlObject *o)
{
    if (Gl_IS_TYPE(o, &GlUnion_Type)) {
        GlObject *args = ((UnionObject *)o)->args;
        for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(args); i++) {
            if (union_add(list, GlTuple_GET_ITEM(args, i)) < 0) {
                return -1;
            }
        }
        return 0;
    }
    if (o == Gl_None) {
        o = (GlObject *)&GlNone_Type;
    }
    for (Gl_ssize_t i = 0; i < GlList_GET_SIZE(list); i++) {
        GlObject *item = GlList_GET_ITEM(list, i);
        if (item == o) {
            return 0;
        }
        /* Equal generic aliases (list[int] twice) count once, as in CPython. */
        if (GlObject_TypeCheck(o, &GlGenericAlias_Type) &&
            GlObject_TypeCheck(item, &GlGenericAlias_Type)) {
            int eq = GlObject_RichCompareBool(item, o, Gl_EQ);
            if (eq != 0) {
                return eq < 0 ? -1 : 0;
            }
        }
    }
    return GlList_Append(list, o);
}

static GlObject *
union_or(GlObject *a, GlObject *b)
{
    if (!union_arg_ok(a) || !union_arg_ok(b)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return NULL;
    }
    if (union_add(list, a) < 0 || union_add(list, b) < 0) {
        Gl_DECREF(list);
        return NULL;
    }
    if (GlList_GET_SIZE(list) == 1) {
        GlObject *only = Gl_NewRef(GlList_GET_ITEM(list, 0));
        Gl_DECREF(list);
        return only;
    }
    UnionObject *u = (UnionObject *)GlObject_GC_New(&GlUnion_Type, 0);
    if (u == NULL) {
        Gl_DECREF(list);
        return NULL;
    }
    u->args = GlList_AsTuple(list);
    Gl_DECREF(list);
    if (u->args == NULL) {
        Gl_DECREF(u);
        return NULL;
    }
    GlObject_GC_Track(u);
    return (GlObject *)u;
}

/* nb_or of `type` (type.__or__ / type.__ror__). */
GlObject *GlType_Or(GlObject *a, GlObject *b);
GlObject *
GlType_Or(GlObject *a, GlObject *b)
{
    return union_or(a, b);
}

static void
union_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    Gl_XDECREF(((UnionObject *)self)->args);
    GlObject_GC_Del(self);
}

static int
union_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((UnionObject *)self)->args);
    return 0;
}

static GlObject *
union_repr(GlObject *self)
{
    GlObject *args = ((UnionObject *)self)->args;
    GlObject *parts = GlList_New(0), *sep = NULL, *res = NULL;
    if (parts == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(args); i++) {
        GlObject *a = GlTuple_GET_ITEM(args, i), *r;
        if (a == (GlObject *)&GlNone_Type) {
            r = GlStr_FromString("None");
        } else if (GlType_Check(a)) {
            GlObject *mod = GlObject_GetAttr(a, GL_ID(__module__));
            GlObject *qn = mod == NULL ? NULL : GlType_GetQualName((GlTypeObject *)a);
            if (qn == NULL) {
                r = NULL;
            } else if (GlStr_Check(mod) && !GlStr_EqualToASCII(mod, "builtins")) {
                r = GlStr_FromFormat("%U.%U", mod, qn);
            } else {
                r = Gl_NewRef(qn);
            }
            Gl_XDECREF(mod);
            Gl_XDECREF(qn);
        } else {
            r = GlObject_Repr(a);
        }
        if (r == NULL || GlList_Append(parts, r) < 0) {
            Gl_XDECREF(r);
            goto done;
        }
        Gl_DECREF(r);
    }
    sep = GlStr_FromString(" | ");
    if (sep != NULL) {
        res = GlStr_Join(sep, parts);
    }
done:
    Gl_XDECREF(sep);
    Gl_DECREF(parts);
    return res;
}

static GlObject *
union_richcompare(GlObject *a, GlObject *b, int op)
{
    if (!Gl_IS_TYPE(b, &GlUnion_Type) || (op != Gl_EQ && op != Gl_NE)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlObject *sa = GlFrozenSet_New(((UnionObject *)a)->args);
    GlObject *sb = sa == NULL ? NULL : GlFrozenSet_New(((UnionObject *)b)->args);
    GlObject *res = sb == NULL ? NULL : GlObject_RichCompare(sa, sb, op);
    Gl_XDECREF(sa);
    Gl_XDECREF(sb);
    return res;
}

static Gl_hash_t
union_hash(GlObject *self)
{
    GlObject *s = GlFrozenSet_New(((UnionObject *)self)->args);
    if (s == NULL) {
        return -1;
    }
    Gl_hash_t h = GlObject_Hash(s);
    Gl_DECREF(s);
    return h;
}

static GlObject *
union_instancecheck(GlObject *self, GlObject *inst)
{
    int r = GlObject_IsInstance(inst, ((UnionObject *)self)->args);
    return r < 0 ? NULL : GlBool_FromLong(r);
}

static GlObject *
union_subclasscheck(GlObject *self, GlObject *cls)
{
    if (!GlType_Check(cls)) {
        return GlErr_SetString(GlExc_TypeError, "issubclass() arg 1 must be a class");
    }
    int r = GlObject_IsSubclass(cls, ((UnionObject *)self)->args);
    return r < 0 ? NULL : GlBool_FromLong(r);
}

static GlObject *
union_get_args(GlObject *self, void *c)
{
    return Gl_NewRef(((UnionObject *)self)->args);
}

static GlNumberMethods union_as_number = {
    .nb_or = union_or,
};

static GlMethodDef union_methods[] = {
    {"__instancecheck__", GL_FN(union_instancecheck), GL_METH_O, NULL},
    {"__subclasscheck__", GL_FN(union_subclasscheck), GL_METH_O, NULL},
    {NULL, NULL, 0, NULL}
};

static GlGetSetDef union_getset[] = {
    {"__args__", union_get_args, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlTypeObject GlUnion_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "types.UnionType",
    .tp_basicsize = sizeof(UnionObject),
    .tp_dealloc = union_dealloc,
    .tp_repr = union_repr,
    .tp_as_number = &union_as_number,
    .tp_hash = union_hash,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .tp_traverse = union_traverse,
    .tp_richcompare = union_richcompare,
    .tp_methods = union_methods,
    .tp_getset = union_getset,
};
