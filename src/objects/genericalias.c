/* genericalias.c - types.GenericAlias, what `list[int]` evaluates to, and the
 * __class_getitem__ of the built-in generic classes (PEP 585).
 *
 * Invariants: origin and args are owned; args is always a tuple (a single argument
 * is wrapped); parameters is a lazily computed tuple (empty: type variables do not
 * exist in Glass yet). Attribute lookup falls through to the origin except for the
 * alias's own attributes, as CPython; calling the alias calls the origin.
 */
#include "allobjects.h"

typedef struct GlGenericAliasObject {
    GlObject ob_base;
    GlObject *origin;      // the class subscripted
    GlObject *args;        // tuple
    GlObject *parameters;  // tuple or NULL
    Gl_hash_t hash;
} GlGenericAliasObject;

GlTypeObject GlGenericAlias_Type;

/* New reference to origin[args]. */
GlObject *
GlGenericAlias_New(GlObject *origin, GlObject *args)
{
    GlGenericAliasObject *ga = (GlGenericAliasObject *)GlObject_GC_New(&GlGenericAlias_Type, 0);
    if (ga == NULL) {
        return NULL;
    }
    ga->origin = Gl_NewRef(origin);
    ga->args = GlTuple_Check(args) ? Gl_NewRef(args) : GlTuple_Pack(1, args);
    ga->hash = -1;
    if (ga->args == NULL) {
        Gl_DECREF(ga);
        return NULL;
    }
    GlObject_GC_Track(ga);
    return (GlObject *)ga;
}

static void
ga_dealloc(GlObject *op)
{
    GlGenericAliasObject *ga = (GlGenericAliasObject *)op;
    GlObject_GC_UnTrack(op);
    Gl_XDECREF(ga->origin);
    Gl_XDECREF(ga->args);
    Gl_XDECREF(ga->parameters);
    GlObject_GC_Del(op);
}

static int
ga_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlGenericAliasObject *ga = (GlGenericAliasObject *)op;
    Gl_VISIT(ga->origin);
    Gl_VISIT(ga->args);
    Gl_VISIT(ga->parameters);
    return 0;
}

/* repr of one argument as CPython's ga_repr_item: types by qualified name. */
static GlObject *
ga_repr_item(GlObject *p)
{
    if (p == Gl_Ellipsis) {
        return GlStr_FromString("...");
    }
    if (Gl_TYPE(p) == &GlGenericAlias_Type) {
        return GlObject_Repr(p);
    }
    GlObject *qualname = NULL, *module = NULL;
    GlObject *origin_name = GlStr_InternFromString("__origin__");
    if (origin_name == NULL) {
        return NULL;
    }
    int has_origin = GlObject_LookupAttr(p, origin_name, &qualname);
    Gl_DECREF(origin_name);
    if (has_origin < 0) {
        return NULL;
    }
    if (qualname != NULL) {
        /* Looks like a GenericAlias of some other kind: use its repr. */
        Gl_DECREF(qualname);
        return GlObject_Repr(p);
    }
    if (GlObject_LookupAttr(p, GL_ID(__qualname__), &qualname) < 0) {
        return NULL;
    }
    if (qualname == NULL) {
        return GlObject_Repr(p);
    }
    if (GlObject_LookupAttr(p, GL_ID(__module__), &module) < 0) {
        Gl_DECREF(qualname);
        return NULL;
    }
    GlObject *r;
    if (module == NULL || module == Gl_None) {
        r = GlObject_Repr(p);
    } else if (GlStr_Check(module) && GlStr_EqualToASCII(module, "builtins")) {
        r = GlObject_Str(qualname);
    } else {
        r = GlStr_FromFormat("%S.%S", module, qualname);
    }
    Gl_XDECREF(module);
    Gl_DECREF(qualname);
    return r;
}

static GlObject *
ga_repr(GlObject *op)
{
    GlGenericAliasObject *ga = (GlGenericAliasObject *)op;
    GlObject *head = ga_repr_item(ga->origin);
    if (head == NULL) {
        return NULL;
    }
    GlObject *parts = GlList_New(0);
    if (parts == NULL) {
        Gl_DECREF(head);
        return NULL;
    }
    Gl_ssize_t n = GlTuple_GET_SIZE(ga->args);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *item = GlTuple_GET_ITEM(ga->args, i);
        GlObject *r = GlTuple_Check(item) && GlTuple_GET_SIZE(item) == 0
                          ? GlStr_FromString("()") : ga_repr_item(item);
        if (r == NULL || GlList_Append(parts, r) < 0) {
            Gl_XDECREF(r);
            Gl_DECREF(parts);
            Gl_DECREF(head);
            return NULL;
        }
        Gl_DECREF(r);
    }
    if (n == 0) {
        GlObject *r = GlStr_FromString("()");
        if (r == NULL || GlList_Append(parts, r) < 0) {
            Gl_XDECREF(r);
            Gl_DECREF(parts);
            Gl_DECREF(head);
            return NULL;
        }
        Gl_DECREF(r);
    }
    GlObject *sep = GlStr_FromString(", ");
    GlObject *joined = sep ? GlStr_Join(sep, parts) : NULL;
    Gl_XDECREF(sep);
    Gl_DECREF(parts);
    GlObject *res = joined ? GlStr_FromFormat("%U[%U]", head, joined) : NULL;
    Gl_XDECREF(joined);
    Gl_DECREF(head);
    return res;
}

static Gl_hash_t
ga_hash(GlObject *op)
{
    GlGenericAliasObject *ga = (GlGenericAliasObject *)op;
    Gl_hash_t h0 = GlObject_Hash(ga->origin);
    if (h0 == -1) {
        return -1;
    }
    Gl_hash_t h1 = GlObject_Hash(ga->args);
    if (h1 == -1) {
        return -1;
    }
    Gl_hash_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

static GlObject *
ga_richcompare(GlObject *a, GlObject *b, int op)
{
    if (Gl_TYPE(b) != &GlGenericAlias_Type || (op != Gl_EQ && op != Gl_NE)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlGenericAliasObject *x = (GlGenericAliasObject *)a, *y = (GlGenericAliasObject *)b;
    int eq = GlObject_RichCompareBool(x->origin, y->origin, Gl_EQ);
    if (eq < 0) {
        return NULL;
    }
    if (eq) {
        eq = GlObject_RichCompareBool(x->args, y->args, Gl_EQ);
        if (eq < 0) {
            return NULL;
        }
    }
    return GlBool_FromLong(op == Gl_EQ ? eq : !eq);
}

static GlObject *
ga_call(GlObject *op, GlObject *args, GlObject *kwds)
{
    GlGenericAliasObject *ga = (GlGenericAliasObject *)op;
    GlObject *obj = GlObject_Call(ga->origin, args, kwds);
    if (obj == NULL) {
        return NULL;
    }
    /* Record where the instance came from, when the instance allows it. */
    GlObject *name = GlStr_InternFromString("__orig_class__");
    if (name != NULL && GlObject_SetAttr(obj, name, op) < 0) {
        if (!GlErr_ExceptionMatches(GlExc_AttributeError) && !GlErr_ExceptionMatches(GlExc_TypeError)) {
            Gl_DECREF(obj);
            return NULL;
        }
        GlErr_Clear();
    }
    return obj;
}

static const char *const ga_own_attrs[] = {
    "__origin__", "__args__", "__parameters__", "__mro_entries__", "__reduce_ex__",
    "__reduce__", "__copy__", "__deepcopy__", "__unpacked__", "__typing_unpacked_tuple_args__",
    "__class__", "__repr__", "__eq__", "__hash__", "__call__", "__getattribute__", NULL
};

static GlObject *
ga_getattro(GlObject *op, GlObject *name)
{
    GlGenericAliasObject *ga = (GlGenericAliasObject *)op;
    if (GlStr_Check(name)) {
        for (const char *const *p = ga_own_attrs; *p != NULL; p++) {
            if (GlStr_EqualToASCII(name, *p)) {
                return GlObject_GenericGetAttr(op, name);
            }
        }
        if (GlStr_GET_LENGTH(name) < 2 || GlStr_READ_CHAR(name, 0) != '_'
            || GlStr_READ_CHAR(name, 1) != '_') {
            return GlObject_GetAttr(ga->origin, name);
        }
    }
    GlObject *r = GlObject_GenericGetAttr(op, name);
    if (r == NULL && GlErr_ExceptionMatches(GlExc_AttributeError)) {
        GlErr_Clear();
        return GlObject_GetAttr(ga->origin, name);
    }
    return r;
}

static GlObject *
ga_get_parameters(GlObject *op, void *closure)
{
    GlGenericAliasObject *ga = (GlGenericAliasObject *)op;
    if (ga->parameters == NULL && (ga->parameters = GlTuple_New(0)) == NULL) {
        return NULL;
    }
    return Gl_NewRef(ga->parameters);
}

static GlObject *
ga_mro_entries(GlObject *op, GlObject *bases)
{
    return GlTuple_Pack(1, ((GlGenericAliasObject *)op)->origin);
}

static GlObject *
ga_instancecheck(GlObject *op, GlObject *inst)
{
    return GlErr_SetString(GlExc_TypeError,
                           "isinstance() argument 2 cannot be a parameterized generic");
}

static GlObject *
ga_subclasscheck(GlObject *op, GlObject *inst)
{
    return GlErr_SetString(GlExc_TypeError,
                           "issubclass() argument 2 cannot be a parameterized generic");
}

static GlMethodDef ga_methods[] = {
    {"__mro_entries__", GL_FN(ga_mro_entries), GL_METH_O, NULL},
    {"__instancecheck__", GL_FN(ga_instancecheck), GL_METH_O, NULL},
    {"__subclasscheck__", GL_FN(ga_subclasscheck), GL_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef ga_members[] = {
    {"__origin__", GL_T_OBJECT, offsetof(GlGenericAliasObject, origin), GL_READONLY, NULL},
    {"__args__", GL_T_OBJECT, offsetof(GlGenericAliasObject, args), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static GlGetSetDef ga_getset[] = {
    {"__parameters__", ga_get_parameters, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GlObject *
ga_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if ((kwds != NULL && GlDict_GET_SIZE(kwds) > 0) || GlTuple_GET_SIZE(args) != 2) {
        return GlErr_SetString(GlExc_TypeError, "GenericAlias expected 2 arguments");
    }
    return GlGenericAlias_New(GlTuple_GET_ITEM(args, 0), GlTuple_GET_ITEM(args, 1));
}

GlObject *GlType_Or(GlObject *a, GlObject *b);

static GlNumberMethods ga_as_number = {
    .nb_or = GlType_Or,   // list[int] | None is a types.UnionType
};

GlTypeObject GlGenericAlias_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "types.GenericAlias",
    .tp_basicsize = sizeof(GlGenericAliasObject),
    .tp_dealloc = ga_dealloc,
    .tp_repr = ga_repr,
    .tp_as_number = &ga_as_number,
    .tp_hash = ga_hash,
    .tp_call = ga_call,
    .tp_getattro = ga_getattro,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_traverse = ga_traverse,
    .tp_richcompare = ga_richcompare,
    .tp_methods = ga_methods,
    .tp_members = ga_members,
    .tp_getset = ga_getset,
    .tp_new = ga_new,
    .tp_free = GlObject_GC_Del,
};

/* cls.__class_getitem__(item) for the built-in generic classes. */
static GlObject *
builtin_class_getitem(GlObject *cls, GlObject *item)
{
    return GlGenericAlias_New(cls, item);
}

static GlMethodDef class_getitem_def = {
    "__class_getitem__", GL_FN(builtin_class_getitem), GL_METH_O | GL_METH_CLASS,
    "See PEP 585"
};

int
GlGenericAlias_InstallBuiltins(void)
{
    GlTypeObject *types[] = {
        &GlList_Type, &GlDict_Type, &GlTuple_Type, &GlSet_Type, &GlFrozenSet_Type,
        &GlEnum_Type, &GlDictKeys_Type, &GlDictValues_Type, &GlDictItems_Type,
        NULL
    };
    for (int i = 0; types[i] != NULL; i++) {
        GlObject *d = GlDescr_NewClassMethod(types[i], &class_getitem_def);
        if (d == NULL) {
            return -1;
        }
        int r = GlDict_SetItemString(types[i]->tp_dict, "__class_getitem__", d);
        Gl_DECREF(d);
        if (r < 0) {
            return -1;
        }
        GlType_Modified(types[i]);
    }
    return 0;
}
