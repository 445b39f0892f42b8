/* typenew.c - creating classes (type(name, bases, dict) / the class statement):
 * metaclass calculation, the solid base and instance layout (__slots__, __dict__,
 * __weakref__), the C3 MRO, and the dealloc/traverse/clear of instances of classes.
 *
 * Invariants:
 * - Instance layout of a heap type: the solid base's fields, then one pointer per
 *   __slots__ name (sorted, mangled: GL_T_OBJECT_EX member descriptors), then the
 *   __dict__ pointer (tp_dictoffset) when added here, then the weakref list
 *   (tp_weaklistoffset) when added here. A variable-size base puts the dict pointer
 *   after the items (negative tp_dictoffset) and allows no slots nor weakrefs.
 * - The member table of a heap type sits right after the GlHeapTypeObject (its
 *   metatype's tp_basicsize), ob_size of the type object = number of slot members.
 * - Every heap type is GC; its instances own a reference to it, released by
 *   subtype_dealloc after the first static base's dealloc ran.
 * - MRO and error messages follow CPython 3.11 (mro_implementation, best_base).
 */
#include "allobjects.h"
#include "../vm/vm.h"

extern vectorcallfunc gl_heaptype_vectorcall;
void GlType_RemoveSubclass(GlTypeObject *base, GlTypeObject *type);
GlObject *GlType_MroInternal(GlTypeObject *type);
void GlType_HeapDealloc(GlTypeObject *type);

/* ================================================================== MRO */

/* Whether instances of t keep items right after the fixed part, so that subclasses can
 * add no fixed fields (tuple, bytes, int). str keeps its characters after the whole
 * fixed part of the instance's own type (GlStr_DATA), so its subclasses may add slots,
 * __dict__ and __weakref__ at fixed offsets, as CPython's. */
static inline int
varsize_layout(GlTypeObject *t)
{
    return t->tp_itemsize != 0 && !(t->tp_flags & GL_TPFLAGS_UNICODE_SUBCLASS);
}

static int
tail_contains(GlObject *tuple, Gl_ssize_t whence, GlObject *o)
{
    Gl_ssize_t n = GlTuple_GET_SIZE(tuple);
    for (Gl_ssize_t j = whence + 1; j < n; j++) {
        if (GlTuple_GET_ITEM(tuple, j) == o) {
            return 1;
        }
    }
    return 0;
}

static GlObject *
class_name(GlObject *cls)
{
    GlObject *name;
    if (GlObject_LookupAttr(cls, GL_ID(__name__), &name) == 0) {
        name = GlObject_Repr(cls);
    }
    return name;
}

static void
set_mro_error(GlObject **to_merge, Gl_ssize_t to_merge_size, Gl_ssize_t *remain)
{
    GlObject *set = GlDict_New(), *names = NULL, *sep = NULL, *joined = NULL;
    if (set == NULL) {
        return;
    }
    for (Gl_ssize_t i = 0; i < to_merge_size; i++) {
        GlObject *L = to_merge[i];
        if (remain[i] < GlTuple_GET_SIZE(L)) {
            if (GlDict_SetItem(set, GlTuple_GET_ITEM(L, remain[i]), Gl_None) < 0) {
                goto done;
            }
        }
    }
    names = GlList_New(0);
    if (names == NULL) {
        goto done;
    }
    Gl_ssize_t pos = 0;
    GlObject *k, *v;
    while (GlDict_Next(set, &pos, &k, &v)) {
        GlObject *name = class_name(k);
        if (name == NULL || GlList_Append(names, name) < 0) {
            Gl_XDECREF(name);
            goto done;
        }
        Gl_DECREF(name);
    }
    sep = GlStr_FromString(", ");
    if (sep == NULL) {
        goto done;
    }
    joined = GlStr_Join(sep, names);
    if (joined == NULL) {
        goto done;
    }
    GlErr_Format(GlExc_TypeError, "Cannot create a consistent method resolution\n"
                                  "order (MRO) for bases %U", joined);
done:
    Gl_XDECREF(joined);
    Gl_XDECREF(sep);
    Gl_XDECREF(names);
    Gl_DECREF(set);
}

static int
pmerge(GlObject *acc, GlObject **to_merge, Gl_ssize_t to_merge_size)
{
    Gl_ssize_t *remain = GlMem_Calloc((size_t)to_merge_size, sizeof(Gl_ssize_t));
    if (remain == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    int res = 0;
    Gl_ssize_t empty_cnt;
again:
    empty_cnt = 0;
    for (Gl_ssize_t i = 0; i < to_merge_size; i++) {
        GlObject *cur_tuple = to_merge[i];
        if (remain[i] >= GlTuple_GET_SIZE(cur_tuple)) {
            empty_cnt++;
            continue;
        }
        GlObject *candidate = GlTuple_GET_ITEM(cur_tuple, remain[i]);
        for (Gl_ssize_t j = 0; j < to_merge_size; j++) {
            if (tail_contains(to_merge[j], remain[j], candidate)) {
                goto skip;
            }
        }
        if (GlList_Append(acc, candidate) < 0) {
            res = -1;
            goto out;
        }
        for (Gl_ssize_t j = 0; j < to_merge_size; j++) {
            GlObject *jl = to_merge[j];
            if (remain[j] < GlTuple_GET_SIZE(jl) && GlTuple_GET_ITEM(jl, remain[j]) == candidate) {
                remain[j]++;
            }
        }
        goto again;
    skip:;
    }
    if (empty_cnt != to_merge_size) {
        set_mro_error(to_merge, to_merge_size, remain);
        res = -1;
    }
out:
    GlMem_Free(remain);
    return res;
}

static GlObject *
mro_implementation(GlTypeObject *type)
{
    GlObject *bases = type->tp_bases;
    Gl_ssize_t n = GlTuple_GET_SIZE(bases);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlTypeObject *base = (GlTypeObject *)GlTuple_GET_ITEM(bases, i);
        if (base->tp_mro == NULL) {
            return GlErr_Format(GlExc_TypeError, "Cannot extend an incomplete type '%.100s'",
                                base->tp_name);
        }
    }
    if (n == 1) {
        GlObject *base_mro = ((GlTypeObject *)GlTuple_GET_ITEM(bases, 0))->tp_mro;
        Gl_ssize_t k = GlTuple_GET_SIZE(base_mro);
        GlObject *result = GlTuple_New(k + 1);
        if (result == NULL) {
            return NULL;
        }
        GlTuple_SET_ITEM(result, 0, Gl_NewRef(type));
        for (Gl_ssize_t i = 0; i < k; i++) {
            GlTuple_SET_ITEM(result, i + 1, Gl_NewRef(GlTuple_GET_ITEM(base_mro, i)));
        }
        return result;
    }
    /* Duplicate bases. */
    for (Gl_ssize_t i = 0; i < n; i++) {
        for (Gl_ssize_t j = i + 1; j < n; j++) {
            if (GlTuple_GET_ITEM(bases, i) == GlTuple_GET_ITEM(bases, j)) {
                GlObject *name = class_name(GlTuple_GET_ITEM(bases, i));
                if (name != NULL) {
                    GlErr_Format(GlExc_TypeError, "duplicate base class %U", name);
                    Gl_DECREF(name);
                }
                return NULL;
            }
        }
    }
    GlObject **to_merge = GlMem_New(GlObject *, n + 1);
    if (to_merge == NULL) {
        return GlErr_NoMemory();
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        to_merge[i] = ((GlTypeObject *)GlTuple_GET_ITEM(bases, i))->tp_mro;
    }
    to_merge[n] = bases;
    GlObject *result = GlList_New(1);
    if (result == NULL) {
        GlMem_Free(to_merge);
        return NULL;
    }
    GlList_SET_ITEM(result, 0, Gl_NewRef(type));
    if (pmerge(result, to_merge, n + 1) < 0) {
        Gl_CLEAR(result);
    }
    GlMem_Free(to_merge);
    if (result == NULL) {
        return NULL;
    }
    GlObject *t = GlList_AsTuple(result);
    Gl_DECREF(result);
    return t;
}

/* type.mro() itself: the C3 linearisation, never the metaclass's override. New ref. */
GlObject *GlType_MroImplementation(GlTypeObject *type);
GlObject *
GlType_MroImplementation(GlTypeObject *type)
{
    return mro_implementation(type);
}

/* The best base of a bases tuple (the one whose layout the class extends), or NULL
 * with TypeError ("multiple bases have instance lay-out conflict"). Borrowed. */
static GlTypeObject *best_base(GlObject *bases);
GlTypeObject *GlType_BestBase(GlObject *bases);
GlTypeObject *
GlType_BestBase(GlObject *bases)
{
    return best_base(bases);
}

/* The MRO of type: type.mro() overridden by a metaclass is honoured. New ref. */
GlObject *
GlType_MroInternal(GlTypeObject *type)
{
    GlTypeObject *meta = Gl_TYPE((GlObject *)type);
    if (meta != &GlType_Type && meta != NULL && (meta->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        GlObject *mro_name = GlStr_InternFromString("mro");
        if (mro_name == NULL) {
            return NULL;
        }
        GlObject *m = GlType_Lookup(meta, mro_name);
        GlObject *base_m = GlType_Lookup(&GlType_Type, mro_name);
        if (m != NULL && m != base_m) {
            GlObject *res = GlObject_CallMethod((GlObject *)type, mro_name, NULL, 0);
            Gl_DECREF(mro_name);
            if (res == NULL) {
                return NULL;
            }
            GlObject *tuple = GlSequence_Tuple(res);
            Gl_DECREF(res);
            if (tuple == NULL) {
                return NULL;
            }
            for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(tuple); i++) {
                GlObject *cls = GlTuple_GET_ITEM(tuple, i);
                if (!GlType_Check(cls)) {
                    GlErr_Format(GlExc_TypeError, "mro() returned a non-class ('%.500s')",
                                 Gl_TYPE(cls)->tp_name);
                    Gl_DECREF(tuple);
                    return NULL;
                }
            }
            return tuple;
        }
        Gl_DECREF(mro_name);
    }
    return mro_implementation(type);
}

/* =============================================================== layout */

static int
extra_ivars(GlTypeObject *type, GlTypeObject *base)
{
    size_t t_size = (size_t)type->tp_basicsize, b_size = (size_t)base->tp_basicsize;
    if (varsize_layout(type) || varsize_layout(base)) {
        return t_size != b_size || type->tp_itemsize != base->tp_itemsize;
    }
    if (type->tp_weaklistoffset && base->tp_weaklistoffset == 0 &&
        (size_t)type->tp_weaklistoffset + sizeof(GlObject *) == t_size &&
        (type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        t_size -= sizeof(GlObject *);
    }
    if (type->tp_dictoffset && base->tp_dictoffset == 0 &&
        (size_t)type->tp_dictoffset + sizeof(GlObject *) == t_size &&
        (type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        t_size -= sizeof(GlObject *);
    }
    return t_size != b_size;
}

static GlTypeObject *
solid_base(GlTypeObject *type)
{
    GlTypeObject *base = type->tp_base != NULL ? solid_base(type->tp_base) : &GlBaseObject_Type;
    return extra_ivars(type, base) ? type : base;
}

static GlTypeObject *
best_base(GlObject *bases)
{
    GlTypeObject *base = NULL, *winner = NULL;
    Gl_ssize_t n = GlTuple_GET_SIZE(bases);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *b = GlTuple_GET_ITEM(bases, i);
        if (!GlType_Check(b)) {
            GlErr_SetString(GlExc_TypeError, "bases must be types");
            return NULL;
        }
        GlTypeObject *base_i = (GlTypeObject *)b;
        if (base_i->tp_dict == NULL && GlType_Ready(base_i) < 0) {
            return NULL;
        }
        if (!(base_i->tp_flags & GL_TPFLAGS_BASETYPE)) {
            GlErr_Format(GlExc_TypeError, "type '%.100s' is not an acceptable base type",
                         base_i->tp_name);
            return NULL;
        }
        GlTypeObject *candidate = solid_base(base_i);
        if (winner == NULL) {
            winner = candidate;
            base = base_i;
        } else if (GlType_IsSubtype(winner, candidate)) {
            ;
        } else if (GlType_IsSubtype(candidate, winner)) {
            winner = candidate;
            base = base_i;
        } else {
            GlErr_SetString(GlExc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return base;
}

GlTypeObject *
GlType_CalculateMetaclass(GlTypeObject *metatype, GlObject *bases)
{
    GlTypeObject *winner = metatype;
    Gl_ssize_t n = GlTuple_GET_SIZE(bases);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlTypeObject *tmptype = Gl_TYPE(GlTuple_GET_ITEM(bases, i));
        if (GlType_IsSubtype(winner, tmptype)) {
            continue;
        }
        if (GlType_IsSubtype(tmptype, winner)) {
            winner = tmptype;
            continue;
        }
        GlErr_SetString(GlExc_TypeError,
                        "metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases");
        return NULL;
    }
    return winner;
}

/* Private name mangling: __x in class _C_ -> _C__x. New reference. */
static GlObject *
mangle_name(GlObject *privateobj, GlObject *name)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(name);
    if (n < 2 || GlStr_READ_CHAR(name, 0) != '_' || GlStr_READ_CHAR(name, 1) != '_' ||
        (n >= 4 && GlStr_READ_CHAR(name, n - 1) == '_' && GlStr_READ_CHAR(name, n - 2) == '_')) {
        return Gl_NewRef(name);
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (GlStr_READ_CHAR(name, i) == '.') {
            return Gl_NewRef(name);
        }
    }
    Gl_ssize_t plen = GlStr_GET_LENGTH(privateobj), ipriv = 0;
    while (ipriv < plen && GlStr_READ_CHAR(privateobj, ipriv) == '_') {
        ipriv++;
    }
    if (ipriv == plen) {
        return Gl_NewRef(name);
    }
    GlObject *stripped = GlStr_Substring(privateobj, ipriv, plen);
    if (stripped == NULL) {
        return NULL;
    }
    GlObject *res = GlStr_FromFormat("_%U%U", stripped, name);
    Gl_DECREF(stripped);
    if (res != NULL) {
        GlStr_InternInPlace(&res);
    }
    return res;
}

/* ----------------------------------------------- instance dealloc & GC */

static int subtype_traverse(GlObject *self, visitproc visit, void *arg);
static int subtype_clear(GlObject *self);
static void subtype_dealloc(GlObject *self);

static GlMemberDef *
heap_members(GlTypeObject *type)
{
    return (GlMemberDef *)((char *)type + Gl_TYPE((GlObject *)type)->tp_basicsize);
}

static int
traverse_slots(GlTypeObject *type, GlObject *self, visitproc visit, void *arg)
{
    Gl_ssize_t n = Gl_SIZE(type);
    GlMemberDef *mp = heap_members(type);
    for (Gl_ssize_t i = 0; i < n; i++, mp++) {
        if (mp->type == GL_T_OBJECT_EX && !(mp->flags & GL_READONLY)) {
            GlObject *obj = *(GlObject **)((char *)self + mp->offset);
            Gl_VISIT(obj);
        }
    }
    return 0;
}

static void
clear_slots(GlTypeObject *type, GlObject *self)
{
    Gl_ssize_t n = Gl_SIZE(type);
    GlMemberDef *mp = heap_members(type);
    for (Gl_ssize_t i = 0; i < n; i++, mp++) {
        if (mp->type == GL_T_OBJECT_EX && !(mp->flags & GL_READONLY)) {
            GlObject **addr = (GlObject **)((char *)self + mp->offset);
            Gl_CLEAR(*addr);
        }
    }
}

static int
subtype_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlTypeObject *type = Gl_TYPE(self), *base = type;
    traverseproc basetraverse;
    while ((basetraverse = base->tp_traverse) == subtype_traverse) {
        if (Gl_SIZE(base)) {
            int r = traverse_slots(base, self, visit, arg);
            if (r) {
                return r;
            }
        }
        base = base->tp_base;
    }
    if (type->tp_dictoffset != base->tp_dictoffset) {
        GlObject **dictptr = GlObject_GetDictSlot(self);
        if (dictptr != NULL && *dictptr != NULL && GlInstValues_Tagged(*dictptr)) {
            int r = GlInstValues_Traverse(*dictptr, visit, arg);
            if (r) {
                return r;
            }
        } else if (dictptr != NULL && *dictptr != NULL) {
            GlObject *dict = *dictptr;
            if ((type->tp_flags & GL_TPFLAGS_INLINE_DICT) && !GlObject_GC_IsTracked(dict)) {
                /* The inline dict is part of the instance: visit its values. */
                Gl_ssize_t pos = 0;
                GlObject *k, *v;
                while (GlDict_Next(dict, &pos, &k, &v)) {
                    Gl_VISIT(k);
                    Gl_VISIT(v);
                }
            } else {
                Gl_VISIT(dict);
            }
        }
    }
    Gl_VISIT(type);
    if (basetraverse != NULL) {
        return basetraverse(self, visit, arg);
    }
    return 0;
}

static int
subtype_clear(GlObject *self)
{
    GlTypeObject *type = Gl_TYPE(self), *base = type;
    inquiry baseclear;
    while ((baseclear = base->tp_clear) == subtype_clear) {
        if (Gl_SIZE(base)) {
            clear_slots(base, self);
        }
        base = base->tp_base;
    }
    if (type->tp_dictoffset != base->tp_dictoffset) {
        GlObject **dictptr = GlObject_GetDictSlot(self);
        if (dictptr != NULL && *dictptr != NULL && GlInstValues_Tagged(*dictptr)) {
            GlInstValues_Clear(dictptr);
        } else if (dictptr != NULL && *dictptr != NULL) {
            Gl_CLEAR(*dictptr);
        }
    }
    if (baseclear != NULL) {
        return baseclear(self);
    }
    return 0;
}

static void
subtype_dealloc(GlObject *self)
{
    GlTypeObject *type = Gl_TYPE(self), *base = type;
    GlObject_GC_UnTrack(self);
    while (base->tp_dealloc == subtype_dealloc) {
        base = base->tp_base;
    }
    destructor basedealloc = base->tp_dealloc;
    if (type->tp_finalize != NULL) {
        /* Tracked while __del__ runs, so a resurrected object stays collectable. */
        GlObject_GC_Track(self);
        if (GlObject_CallFinalizerFromDealloc(self) < 0) {   // Python code runs
            return;   // resurrected
        }
        GlObject_GC_UnTrack(self);
    }
    if (type->tp_weaklistoffset && !base->tp_weaklistoffset) {
        GlObject_ClearWeakRefs(self);   // callbacks run
    }
    for (GlTypeObject *t = type; t->tp_dealloc == subtype_dealloc; t = t->tp_base) {
        if (Gl_SIZE(t)) {
            clear_slots(t, self);
        }
    }
    if (type->tp_dictoffset && !base->tp_dictoffset) {
        GlObject **dictptr = GlObject_GetDictSlot(self);
        if (dictptr != NULL && *dictptr != NULL && GlInstValues_Tagged(*dictptr)) {
            GlInstValues_Clear(dictptr);
        } else if (dictptr != NULL && *dictptr != NULL) {
            Gl_CLEAR(*dictptr);
        }
    }
    int type_needs_decref = (type->tp_flags & GL_TPFLAGS_HEAPTYPE) &&
                            !(base->tp_flags & GL_TPFLAGS_HEAPTYPE);
    basedealloc(self);
    if (type_needs_decref) {
        Gl_DECREF(type);
    }
}

/* __dict__ and __weakref__ of instances of classes that added them. */
static GlObject *
subtype_dict(GlObject *obj, void *context)
{
    GlObject **dictptr = GlObject_GetDictPtr(obj);
    if (dictptr == NULL) {
        if (GlErr_Occurred()) {
            return NULL;   // MemoryError building the dict from inline values
        }
        return GlErr_SetString(GlExc_AttributeError, "This object has no __dict__");
    }
    if (*dictptr == NULL) {
        *dictptr = GlDict_New();
        if (*dictptr == NULL) {
            return NULL;
        }
    }
    GlObject *dict = *dictptr;
    if ((Gl_TYPE(obj)->tp_flags & GL_TPFLAGS_INLINE_DICT) && !GlObject_GC_IsTracked(dict)) {
        /* The dict escapes: from now on the collector sees it as an object. */
        GlObject_GC_Track(dict);
        GlDict_MaybeUntrack(dict);
    }
    return Gl_NewRef(dict);
}

static int
subtype_setdict(GlObject *obj, GlObject *value, void *context)
{
    GlObject **dictptr = GlObject_GetDictSlot(obj);
    if (dictptr == NULL) {
        GlErr_SetString(GlExc_AttributeError, "This object has no __dict__");
        return -1;
    }
    if (value != NULL && !GlDict_Check(value)) {
        GlErr_Format(GlExc_TypeError, "__dict__ must be set to a dictionary, not a '%.200s'",
                     Gl_TYPE(value)->tp_name);
        return -1;
    }
    if (value != NULL && GlObject_IS_GC(value) && !GlObject_GC_IsTracked(value)) {
        GlObject_GC_Track(value);   // a shared dict must be visible to the collector
        GlDict_MaybeUntrack(value);
    }
    if (*dictptr != NULL && GlInstValues_Tagged(*dictptr)) {
        GlObject *tmp = Gl_XNewRef(value), *old = *dictptr;
        *dictptr = tmp;
        GlInstValues_Clear(&old);   // may run Python code
        return 0;
    }
    Gl_XSETREF(*dictptr, Gl_XNewRef(value));
    return 0;
}

static GlObject *
subtype_getweakref(GlObject *obj, void *context)
{
    GlTypeObject *tp = Gl_TYPE(obj);
    if (tp->tp_weaklistoffset == 0) {
        return GlErr_SetString(GlExc_AttributeError, "This object has no __weakref__");
    }
    GlObject *ref = *(GlObject **)((char *)obj + tp->tp_weaklistoffset);
    return Gl_NewRef(ref != NULL ? ref : Gl_None);
}

static GlGetSetDef subtype_getsets_full[] = {
    {"__dict__", subtype_dict, subtype_setdict, "dictionary for instance variables (if defined)", NULL},
    {"__weakref__", subtype_getweakref, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static GlGetSetDef subtype_getsets_dict_only[] = {
    {"__dict__", subtype_dict, subtype_setdict, "dictionary for instance variables (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

static GlGetSetDef subtype_getsets_weakref_only[] = {
    {"__weakref__", subtype_getweakref, NULL, "list of weak references to the object (if defined)", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

/* ================================================================ type_new */

typedef struct {
    GlTypeObject *metatype;
    GlObject *name, *bases, *dict, *kwds;
    GlTypeObject *base;           // best base
    GlObject *slots;              // tuple of slot names as given, or NULL
    Gl_ssize_t nslots;            // slot members (without __dict__/__weakref__)
    int add_dict, add_weak, may_add_dict, may_add_weak;
} TypeNewCtx;

static int
slots_check_and_count(TypeNewCtx *ctx)
{
    GlObject *slots = GlDict_GetItemWithError(ctx->dict, GL_ID(__slots__));
    GlTypeObject *base = ctx->base;
    /* int is variable-size in CPython (no slots, no weakrefs in its subclasses). */
    int varsize = varsize_layout(base) || (base->tp_flags & GL_TPFLAGS_LONG_SUBCLASS);
    ctx->may_add_dict = base->tp_dictoffset == 0;
    ctx->may_add_weak = base->tp_weaklistoffset == 0 && !varsize;
    if (slots == NULL) {
        if (GlErr_Occurred()) {
            return -1;
        }
        ctx->add_dict = ctx->may_add_dict;
        ctx->add_weak = ctx->may_add_weak;
        return 0;
    }
    if (GlStr_Check(slots)) {
        ctx->slots = GlTuple_Pack(1, slots);
    } else {
        ctx->slots = GlSequence_Tuple(slots);
    }
    if (ctx->slots == NULL) {
        return -1;
    }
    Gl_ssize_t n = GlTuple_GET_SIZE(ctx->slots);
    if (n > 0 && varsize) {
        GlErr_Format(GlExc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                     base->tp_name);
        return -1;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *tmp = GlTuple_GET_ITEM(ctx->slots, i);
        if (!GlStr_Check(tmp)) {
            GlErr_Format(GlExc_TypeError, "__slots__ items must be strings, not '%.200s'",
                         Gl_TYPE(tmp)->tp_name);
            return -1;
        }
        if (!GlStr_IsIdentifier(tmp)) {
            GlErr_SetString(GlExc_TypeError, "__slots__ must be identifiers");
            return -1;
        }
        if (GlStr_EqualToASCII(tmp, "__dict__")) {
            if (!ctx->may_add_dict || ctx->add_dict) {
                GlErr_SetString(GlExc_TypeError, "__dict__ slot disallowed: we already got one");
                return -1;
            }
            ctx->add_dict++;
        } else if (GlStr_EqualToASCII(tmp, "__weakref__")) {
            if (!ctx->may_add_weak || ctx->add_weak) {
                GlErr_SetString(GlExc_TypeError, "__weakref__ slot disallowed: either we already "
                                                 "got one, or __itemsize__ != 0");
                return -1;
            }
            ctx->add_weak++;
        } else {
            ctx->nslots++;
        }
    }
    /* Secondary bases may provide weakrefs or dict. */
    Gl_ssize_t nbases = GlTuple_GET_SIZE(ctx->bases);
    if (nbases > 1 && ((ctx->may_add_dict && !ctx->add_dict) ||
                       (ctx->may_add_weak && !ctx->add_weak))) {
        for (Gl_ssize_t i = 0; i < nbases; i++) {
            GlTypeObject *b = (GlTypeObject *)GlTuple_GET_ITEM(ctx->bases, i);
            if (b == base) {
                continue;
            }
            if (ctx->may_add_dict && !ctx->add_dict && b->tp_dictoffset != 0) {
                ctx->add_dict++;
            }
            if (ctx->may_add_weak && !ctx->add_weak && b->tp_weaklistoffset != 0) {
                ctx->add_weak++;
            }
        }
    }
    return 0;
}

/* The sorted, mangled slot names (without __dict__/__weakref__); checks conflicts
 * with class variables. Stores ht_slots. */
static int
slots_make_names(TypeNewCtx *ctx, GlHeapTypeObject *et)
{
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return -1;
    }
    Gl_ssize_t n = GlTuple_GET_SIZE(ctx->slots);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *slot = GlTuple_GET_ITEM(ctx->slots, i);
        if (GlStr_EqualToASCII(slot, "__dict__") || GlStr_EqualToASCII(slot, "__weakref__")) {
            continue;
        }
        GlObject *m = mangle_name(ctx->name, slot);
        if (m == NULL) {
            goto error;
        }
        int r = GlDict_Contains(ctx->dict, m);
        if (r != 0) {
            if (r > 0) {
                /* CPython allows __qualname__/__classcell__ to be both. */
                if (!GlStr_EqualToASCII(m, "__qualname__") &&
                    !GlStr_EqualToASCII(m, "__classcell__")) {
                    GlErr_Format(GlExc_ValueError, "%R in __slots__ conflicts with class variable",
                                 slot);
                    r = -1;
                } else {
                    r = 0;
                }
            }
            if (r < 0) {
                Gl_DECREF(m);
                goto error;
            }
        }
        r = GlList_Append(list, m);
        Gl_DECREF(m);
        if (r < 0) {
            goto error;
        }
    }
    if (GlList_Sort(list, NULL, 0) < 0) {
        goto error;
    }
    et->ht_slots = GlList_AsTuple(list);
    Gl_DECREF(list);
    return et->ht_slots == NULL ? -1 : 0;
error:
    Gl_DECREF(list);
    return -1;
}

static int
set_layout(TypeNewCtx *ctx, GlTypeObject *type)
{
    GlHeapTypeObject *et = (GlHeapTypeObject *)type;
    GlTypeObject *base = ctx->base;
    Gl_ssize_t slotoffset = base->tp_basicsize;
    if (et->ht_slots != NULL) {
        GlMemberDef *mp = heap_members(type);
        for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(et->ht_slots); i++, mp++) {
            const char *nm = GlStr_AsUTF8(GlTuple_GET_ITEM(et->ht_slots, i));
            if (nm == NULL) {
                return -1;
            }
            mp->name = nm;
            mp->type = GL_T_OBJECT_EX;
            mp->offset = slotoffset;
            mp->flags = 0;
            mp->doc = NULL;
            slotoffset += (Gl_ssize_t)sizeof(GlObject *);
        }
    }
    if (ctx->add_dict) {
        if (varsize_layout(base)) {
            type->tp_dictoffset = -(Gl_ssize_t)sizeof(GlObject *);
        } else {
            type->tp_dictoffset = slotoffset;
            type->tp_flags |= GL_TPFLAGS_INLINE_DICT;
        }
        slotoffset += (Gl_ssize_t)sizeof(GlObject *);
    }
    if (ctx->add_weak) {
        type->tp_weaklistoffset = slotoffset;
        slotoffset += (Gl_ssize_t)sizeof(GlObject *);
    }
    type->tp_basicsize = slotoffset;
    type->tp_itemsize = base->tp_itemsize;
    type->tp_members = heap_members(type);
    if (type->tp_weaklistoffset && type->tp_dictoffset) {
        type->tp_getset = subtype_getsets_full;
    } else if (type->tp_weaklistoffset) {
        type->tp_getset = subtype_getsets_weakref_only;
    } else if (type->tp_dictoffset) {
        type->tp_getset = subtype_getsets_dict_only;
    }
    return 0;
}

/* __module__, __qualname__, __classcell__, __new__ / __init_subclass__ /
 * __class_getitem__ wrapping, __hash__ = None for __eq__ without __hash__. */
static int
set_attrs(TypeNewCtx *ctx, GlHeapTypeObject *et)
{
    GlObject *dict = ctx->dict;
    int r = GlDict_Contains(dict, GL_ID(__module__));
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        GlObject *globals = GlEval_GetGlobals();
        if (globals != NULL) {
            GlObject *modname = GlDict_GetItemWithError(globals, GL_ID(__name__));
            if (modname != NULL) {
                if (GlDict_SetItem(dict, GL_ID(__module__), modname) < 0) {
                    return -1;
                }
            } else if (GlErr_Occurred()) {
                return -1;
            }
        }
    }
    GlObject *qualname = GlDict_GetItemWithError(dict, GL_ID(__qualname__));
    if (qualname != NULL) {
        if (!GlStr_Check(qualname)) {
            GlErr_Format(GlExc_TypeError, "type __qualname__ must be a str, not %s",
                         Gl_TYPE(qualname)->tp_name);
            return -1;
        }
        et->ht_qualname = Gl_NewRef(qualname);
        if (GlDict_DelItem(dict, GL_ID(__qualname__)) < 0) {
            return -1;
        }
    } else if (GlErr_Occurred()) {
        return -1;
    } else {
        et->ht_qualname = Gl_NewRef(et->ht_name);
    }
    /* Special-case methods wrapped implicitly. */
    GlObject *tmp = GlDict_GetItemWithError(dict, GL_ID(__new__));
    if (tmp != NULL && GlFunction_Check(tmp)) {
        GlObject *sm = GlStaticMethod_New(tmp);
        if (sm == NULL) {
            return -1;
        }
        r = GlDict_SetItem(dict, GL_ID(__new__), sm);
        Gl_DECREF(sm);
        if (r < 0) {
            return -1;
        }
    }
    GlObject *cm_names[2] = {GL_ID(__init_subclass__), GL_ID(__class_getitem__)};
    for (int i = 0; i < 2; i++) {
        tmp = GlDict_GetItemWithError(dict, cm_names[i]);
        if (tmp != NULL && GlFunction_Check(tmp)) {
            GlObject *cm = GlClassMethod_New(tmp);
            if (cm == NULL) {
                return -1;
            }
            r = GlDict_SetItem(dict, cm_names[i], cm);
            Gl_DECREF(cm);
            if (r < 0) {
                return -1;
            }
        }
    }
    if (GlErr_Occurred()) {
        return -1;
    }
    /* __eq__ without __hash__ makes instances unhashable. */
    if (GlDict_GetItemWithError(dict, GL_ID(__eq__)) != NULL &&
        GlDict_GetItemWithError(dict, GL_ID(__hash__)) == NULL) {
        if (GlErr_Occurred() || GlDict_SetItem(dict, GL_ID(__hash__), Gl_None) < 0) {
            return -1;
        }
    }
    return GlErr_Occurred() ? -1 : 0;
}

static int
set_classcell(GlTypeObject *type)
{
    GlObject *cell = GlDict_GetItemWithError(type->tp_dict, GL_ID(__classcell__));
    if (cell == NULL) {
        return GlErr_Occurred() ? -1 : 0;
    }
    if (!GlCell_Check(cell)) {
        GlErr_Format(GlExc_TypeError, "__classcell__ must be a nonlocal cell, not %.200R",
                     Gl_TYPE(cell));
        return -1;
    }
    Gl_XSETREF(((GlCellObject *)cell)->ob_ref, Gl_NewRef(type));
    return GlDict_DelItem(type->tp_dict, GL_ID(__classcell__));
}

static int
call_set_names(GlTypeObject *type)
{
    GlObject *names_to_set = GlDict_Copy(type->tp_dict);
    if (names_to_set == NULL) {
        return -1;
    }
    Gl_ssize_t pos = 0;
    GlObject *key, *value;
    while (GlDict_Next(names_to_set, &pos, &key, &value)) {
        int found;
        GlObject *args[2] = {(GlObject *)type, key};
        GlObject *res = GlType_CallDunder(value, GL_ID(__set_name__), args, 2, &found);
        if (res == NULL) {
            if (!found && !GlErr_Occurred()) {
                continue;
            }
            GlObject *cause = GlErr_GetRaisedException();
            GlErr_Format(GlExc_RuntimeError, "Error calling __set_name__ on '%.100s' instance %R "
                                             "in '%.100s'", Gl_TYPE(value)->tp_name, key,
                         type->tp_name);
            GlObject *exc = GlErr_GetRaisedException();
            if (exc != NULL && cause != NULL) {
                GlException_SetContext(exc, Gl_NewRef(cause));
                GlException_SetCause(exc, cause);
            } else {
                Gl_XDECREF(cause);
            }
            GlErr_SetRaisedException(exc);
            Gl_DECREF(names_to_set);
            return -1;
        }
        Gl_DECREF(res);
    }
    Gl_DECREF(names_to_set);
    return 0;
}

/* super(type, type).__init_subclass__(**kwds) */
static int
call_init_subclass(GlTypeObject *type, GlObject *kwds)
{
    GlObject *mro = type->tp_mro;
    GlObject *func = NULL;
    for (Gl_ssize_t i = 1; i < GlTuple_GET_SIZE(mro); i++) {
        GlTypeObject *t = (GlTypeObject *)GlTuple_GET_ITEM(mro, i);
        if (t->tp_dict == NULL) {
            continue;
        }
        GlObject *d = GlDict_GetItemWithError(t->tp_dict, GL_ID(__init_subclass__));
        if (d != NULL) {
            descrgetfunc f = Gl_TYPE(d)->tp_descr_get;
            func = f != NULL ? f(d, NULL, (GlObject *)type) : Gl_NewRef(d);
            if (func == NULL) {
                return -1;
            }
            break;
        }
        if (GlErr_Occurred()) {
            return -1;
        }
    }
    if (func == NULL) {
        return 0;
    }
    GlObject *empty = GlTuple_New(0);
    GlObject *res = empty == NULL ? NULL : GlObject_Call(func, empty, kwds);
    Gl_XDECREF(empty);
    Gl_DECREF(func);
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

static void
fix_vectorcall_flags(GlTypeObject *type)
{
    GlTypeObject *base = type->tp_base;
    if (base != NULL && type->tp_call == base->tp_call &&
        (base->tp_flags & GL_TPFLAGS_HAVE_VECTORCALL)) {
        type->tp_flags |= GL_TPFLAGS_HAVE_VECTORCALL;
        type->tp_vectorcall_offset = base->tp_vectorcall_offset;
    } else {
        /* Instances (classes of this metaclass) are called through tp_call; the VM
         * looks at tp_vectorcall_offset alone, so clear it too. */
        type->tp_flags &= ~GL_TPFLAGS_HAVE_VECTORCALL;
        type->tp_vectorcall_offset = 0;
    }
}

void GlType_FixVectorcall(GlTypeObject *type);
void
GlType_FixVectorcall(GlTypeObject *type)
{
    fix_vectorcall_flags(type);
}

GlObject *
GlType_New(GlTypeObject *metatype, GlObject *name, GlObject *bases, GlObject *orig_dict,
           GlObject *kwds)
{
    TypeNewCtx ctx = {0};
    GlTypeObject *type = NULL;
    GlTypeObject *winner = GlType_CalculateMetaclass(metatype, bases);
    if (winner == NULL) {
        return NULL;
    }
    if (winner != metatype) {
        if (winner->tp_new != GlType_Type.tp_new) {
            GlObject *args = GlTuple_Pack(3, name, bases, orig_dict);
            if (args == NULL) {
                return NULL;
            }
            GlObject *res = winner->tp_new(winner, args, kwds);
            Gl_DECREF(args);
            return res;
        }
        metatype = winner;
    }
    Gl_ssize_t len;
    const char *tp_name = GlStr_AsUTF8AndSize(name, &len);
    if (tp_name == NULL) {
        return NULL;
    }
    if ((Gl_ssize_t)strlen(tp_name) != len) {
        return GlErr_SetString(GlExc_ValueError, "type name must not contain null characters");
    }
    if (GlTuple_GET_SIZE(bases) == 0) {
        ctx.bases = GlTuple_Pack(1, (GlObject *)&GlBaseObject_Type);
    } else {
        ctx.bases = Gl_NewRef(bases);
    }
    if (ctx.bases == NULL) {
        return NULL;
    }
    ctx.metatype = metatype;
    ctx.name = name;
    ctx.kwds = kwds;
    ctx.base = best_base(ctx.bases);
    if (ctx.base == NULL) {
        goto error;
    }
    ctx.dict = GlDict_Copy(orig_dict);
    if (ctx.dict == NULL) {
        goto error;
    }
    if (slots_check_and_count(&ctx) < 0) {
        goto error;
    }
    type = (GlTypeObject *)metatype->tp_alloc(metatype, ctx.nslots);
    if (type == NULL) {
        goto error;
    }
    GlHeapTypeObject *et = (GlHeapTypeObject *)type;
    type->tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HEAPTYPE | GL_TPFLAGS_BASETYPE |
                     GL_TPFLAGS_HAVE_GC;
    type->tp_as_number = &et->as_number;
    type->tp_as_sequence = &et->as_sequence;
    type->tp_as_mapping = &et->as_mapping;
    et->ht_name = Gl_NewRef(name);
    type->tp_name = tp_name;
    type->tp_bases = ctx.bases;
    ctx.bases = NULL;
    type->tp_base = (GlTypeObject *)Gl_NewRef(ctx.base);
    type->tp_dict = ctx.dict;
    ctx.dict = NULL;
    /* A lib/ class standing in for one of CPython's C types ("datetime.date") gives
     * its dotted name in the body as __glass_tpname__: messages then name the type
     * as CPython's do ("'datetime.date' object is not subscriptable"); __name__,
     * __qualname__ and __module__ are unchanged. The key is not kept in the dict. */
    GlObject *tpname = GlDict_GetItemString(type->tp_dict, "__glass_tpname__");
    if (tpname != NULL && GlStr_CheckExact(tpname)) {
        const char *dotted = GlStr_AsUTF8(tpname);
        if (dotted == NULL) {
            goto error_type;
        }
        et->ht_tpname = Gl_NewRef(tpname);
        type->tp_name = dotted;
        if (GlDict_DelItemString(type->tp_dict, "__glass_tpname__") < 0) {
            goto error_type;
        }
    }
    ctx.dict = type->tp_dict;   // borrowed alias for the helpers
    type->tp_dealloc = subtype_dealloc;
    type->tp_traverse = subtype_traverse;
    type->tp_clear = subtype_clear;
    type->tp_alloc = GlType_GenericAlloc;
    type->tp_free = GlObject_GC_Del;
    type->tp_new = ctx.base->tp_new;
    type->tp_vectorcall = gl_heaptype_vectorcall;
    if (ctx.slots != NULL && slots_make_names(&ctx, et) < 0) {
        goto error_type;
    }
    Gl_SET_SIZE(type, ctx.nslots);
    if (set_attrs(&ctx, et) < 0) {
        goto error_type;
    }
    if (set_layout(&ctx, type) < 0) {
        goto error_type;
    }
    if (GlType_Ready(type) < 0) {
        goto error_type;
    }
    if (GlType_FixupSlots(type) < 0) {
        goto error_type;
    }
    fix_vectorcall_flags(type);
    if (set_classcell(type) < 0) {
        goto error_type;
    }
    Gl_XDECREF(ctx.slots);
    ctx.slots = NULL;
    if (call_set_names(type) < 0 || call_init_subclass(type, kwds) < 0) {
        Gl_DECREF(type);
        return NULL;
    }
    return (GlObject *)type;
error_type:
    Gl_XDECREF(ctx.slots);
    Gl_DECREF(type);
    return NULL;
error:
    Gl_XDECREF(ctx.slots);
    Gl_XDECREF(ctx.bases);
    Gl_XDECREF(ctx.dict);
    return NULL;
}

/* type_dealloc for heap types. */
void
GlType_HeapDealloc(GlTypeObject *type)
{
    GlHeapTypeObject *et = (GlHeapTypeObject *)type;
    GlObject_GC_UnTrack(type);
    if (type->tp_bases != NULL) {
        for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(type->tp_bases); i++) {
            GlObject *b = GlTuple_GET_ITEM(type->tp_bases, i);
            if (GlType_Check(b)) {
                GlType_RemoveSubclass((GlTypeObject *)b, type);
            }
        }
    }
    if (type->tp_weaklist != NULL) {
        GlObject_ClearWeakRefs((GlObject *)type);
    }
    type->tp_flags &= ~GL_TPFLAGS_VALID_VERSION_TAG;
    Gl_CLEAR(type->tp_base);
    Gl_CLEAR(type->tp_dict);
    Gl_CLEAR(type->tp_bases);
    Gl_CLEAR(type->tp_mro);
    Gl_CLEAR(type->tp_subclasses);
    Gl_CLEAR(et->ht_name);
    Gl_CLEAR(et->ht_qualname);
    Gl_CLEAR(et->ht_slots);
    Gl_CLEAR(et->ht_module);
    Gl_CLEAR(et->ht_tpname);
    GlSharedKeys_Free(type);
    Gl_TYPE((GlObject *)type)->tp_free(type);
}
