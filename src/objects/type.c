/* type.c - the `type` type: readying static types (dict filling, MRO, slot
 * inheritance), the method cache, attribute access on classes, calling classes,
 * and the attributes of type objects (__name__, __mro__, __dict__...).
 * Class creation (type(name, bases, dict)), instance layout and the C3 MRO are in
 * typenew.c; the dunder slot machinery in typeslots.c; super in super.c.
 *
 * Invariants:
 * - A type is READY once tp_dict, tp_bases and tp_mro are set and its slots are
 *   inherited; GlType_Ready readies bases first.
 * - The method cache holds (version tag, name, borrowed value) triples; an entry is
 *   valid only while the type's VALID_VERSION_TAG flag is set. Every change to a
 *   type's dict or bases goes through GlType_Modified, which clears the flag on the
 *   type and (through tp_subclasses) on every subclass. A type with a valid tag has
 *   bases whose tags are valid too.
 * - tp_subclasses is NULL or a dict {id(subclass): weakref(subclass)}; a heap type
 *   removes itself from its bases' dicts when it dies.
 * - Static type objects are never deallocated and are not GC-allocated.
 */
#include "allobjects.h"
#include "../vm/vm.h"

int GlObject_RealIsInstance(GlObject *inst, GlObject *cls);
int GlObject_RealIsSubclass(GlObject *derived, GlObject *cls);
int GlType_MergeClassDict(GlObject *dict, GlObject *aclass);
/* typenew.c */
GlObject *GlType_MroInternal(GlTypeObject *type);
GlObject *GlType_MroImplementation(GlTypeObject *type);
GlTypeObject *GlType_BestBase(GlObject *bases);
void GlType_HeapDealloc(GlTypeObject *type);

/* ------------------------------------------------------------ method cache */

#define MCACHE_SIZE_EXP 12
#define MCACHE_SIZE (1u << MCACHE_SIZE_EXP)

typedef struct {
    unsigned int version;
    GlObject *name;      // strong reference (so a dead name's address can't alias)
    GlObject *value;     // borrowed: valid while the version tag is
} MCacheEntry;

static MCacheEntry method_cache[MCACHE_SIZE];
static unsigned int next_version_tag = 1;

static inline unsigned int
mcache_hash(unsigned int version, GlObject *name)
{
    return (version ^ (unsigned int)((uintptr_t)name >> 4)) & (MCACHE_SIZE - 1);
}

static int
assign_version_tag(GlTypeObject *type)
{
    if (type->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG) {
        return 1;
    }
    if (!(type->tp_flags & GL_TPFLAGS_READY)) {
        return 0;
    }
    if (next_version_tag == 0) {   // wrapped around: stop caching
        return 0;
    }
    GlObject *bases = type->tp_bases;
    for (Gl_ssize_t i = 0; bases != NULL && i < GlTuple_GET_SIZE(bases); i++) {
        if (!assign_version_tag((GlTypeObject *)GlTuple_GET_ITEM(bases, i))) {
            return 0;
        }
    }
    type->tp_version_tag = next_version_tag++;
    type->tp_flags |= GL_TPFLAGS_VALID_VERSION_TAG;
    return 1;
}

static GlObject *
find_name_in_mro(GlTypeObject *type, GlObject *name)
{
    GlObject *mro = type->tp_mro;
    if (mro == NULL) {
        if (!(type->tp_flags & GL_TPFLAGS_READYING)) {
            if (GlType_Ready(type) < 0) {
                GlErr_Clear();
                return NULL;
            }
            mro = type->tp_mro;
        }
        if (mro == NULL) {
            /* Being readied: look at the type's own dict and its tp_base chain. */
            for (GlTypeObject *t = type; t != NULL; t = t->tp_base) {
                if (t->tp_dict != NULL) {
                    GlObject *r = GlDict_GetItemWithError(t->tp_dict, name);
                    if (r != NULL) {
                        return r;
                    }
                    GlErr_Clear();
                }
            }
            return NULL;
        }
    }
    Gl_ssize_t n = GlTuple_GET_SIZE(mro);
    Gl_hash_t hash = -1;
    if (GlStr_CheckExact(name)) {
        hash = ((GlStrObject *)name)->hash;
        if (hash == -1) {
            hash = GlStr_Hash(name);
        }
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlTypeObject *base = (GlTypeObject *)GlTuple_GET_ITEM(mro, i);
        GlObject *dict = base->tp_dict;
        if (dict == NULL) {
            continue;
        }
        GlObject *r = hash != -1 ? GlDict_GetItemKnownHash(dict, name, hash)
                                 : GlDict_GetItemWithError(dict, name);
        if (r != NULL) {
            return r;
        }
        if (GlErr_Occurred()) {
            GlErr_Clear();
            return NULL;
        }
    }
    return NULL;
}

GlObject *
GlType_Lookup(GlTypeObject *type, GlObject *name)
{
    if ((type->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG) && GlStr_CheckExact(name) &&
        ((GlStrObject *)name)->interned) {
        MCacheEntry *e = &method_cache[mcache_hash(type->tp_version_tag, name)];
        if (e->version == type->tp_version_tag && e->name == name) {
            return e->value;
        }
    }
    GlObject *res = find_name_in_mro(type, name);
    if (GlStr_CheckExact(name) && ((GlStrObject *)name)->interned && assign_version_tag(type)) {
        MCacheEntry *e = &method_cache[mcache_hash(type->tp_version_tag, name)];
        e->version = type->tp_version_tag;
        e->value = res;
        if (e->name != name) {
            Gl_XSETREF(e->name, Gl_NewRef(name));
        }
    }
    return res;
}

void
GlType_Modified(GlTypeObject *type)
{
    if (!(type->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG)) {
        return;
    }
    GlObject *subs = type->tp_subclasses;
    if (subs != NULL) {
        Gl_ssize_t pos = 0;
        GlObject *key, *ref;
        while (GlDict_Next(subs, &pos, &key, &ref)) {
            GlObject *sub = GlWeakref_GetObject(ref);
            if (sub != Gl_None) {
                GlType_Modified((GlTypeObject *)sub);
            }
        }
    }
    type->tp_flags &= ~GL_TPFLAGS_VALID_VERSION_TAG;
    type->tp_version_tag = 0;
}

int
GlType_SetMatchArgs(GlTypeObject *type, int n)
{
    int count = 0;
    while (type->tp_members != NULL && type->tp_members[count].name != NULL &&
           (n < 0 || count < n)) {
        count++;
    }
    GlObject *names = GlTuple_New(count);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < count; i++) {
        GlObject *s = GlStr_FromString(type->tp_members[i].name);
        if (s == NULL) {
            Gl_DECREF(names);
            return -1;
        }
        GlTuple_SET_ITEM(names, i, s);
    }
    int r = GlDict_SetItemString(type->tp_dict, "__match_args__", names);
    Gl_DECREF(names);
    GlType_Modified(type);
    return r;
}

/* ------------------------------------------------------------- subtyping */

int
GlType_IsSubtype(GlTypeObject *a, GlTypeObject *b)
{
    if (a == b) {
        return 1;
    }
    GlObject *mro = a->tp_mro;
    if (mro != NULL) {
        Gl_ssize_t n = GlTuple_GET_SIZE(mro);
        GlObject **items = GlTuple_ITEMS(mro);
        for (Gl_ssize_t i = 1; i < n; i++) {
            if (items[i] == (GlObject *)b) {
                return 1;
            }
        }
        return 0;
    }
    do {
        if (a == b) {
            return 1;
        }
        a = a->tp_base;
    } while (a != NULL);
    return b == &GlBaseObject_Type;
}

/* ----------------------------------------------------------- allocation */

GlObject *
GlType_GenericAlloc(GlTypeObject *type, Gl_ssize_t nitems)
{
    Gl_ssize_t alloc_items = nitems;
    if (type->tp_itemsize != 0) {
        /* One spare item as CPython, plus room for a trailing dict pointer of
         * variable-size subtypes (negative tp_dictoffset). */
        alloc_items = nitems + 1 + (Gl_ssize_t)((2 * sizeof(void *) + type->tp_itemsize - 1) /
                                                type->tp_itemsize);
    }
    GlObject *obj;
    if (GlType_IS_GC(type)) {
        obj = GlObject_GC_New(type, alloc_items);
    } else {
        obj = GlObject_New(type, alloc_items);
    }
    if (obj == NULL) {
        return NULL;
    }
    if (type->tp_itemsize != 0) {
        Gl_SET_SIZE(obj, nitems);
    }
    /* The allocators set ob_type and take the reference to a heap type. */
    if (GlType_IS_GC(type)) {
        GlObject_GC_Track(obj);
    }
    return obj;
}

GlObject *
GlType_GenericNew(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    return type->tp_alloc(type, 0);
}

/* ------------------------------------------------------------ readying */

static int
add_methods(GlTypeObject *type, GlMethodDef *meth)
{
    GlObject *dict = type->tp_dict;
    for (; meth != NULL && meth->ml_name != NULL; meth++) {
        GlObject *descr;
        GlObject *name = GlStr_InternFromString(meth->ml_name);
        if (name == NULL) {
            return -1;
        }
        if (!(meth->ml_flags & GL_METH_COEXIST)) {
            int r = GlDict_Contains(dict, name);
            if (r != 0) {
                Gl_DECREF(name);
                if (r < 0) {
                    return -1;
                }
                continue;
            }
        }
        if (meth->ml_flags & GL_METH_CLASS) {
            descr = GlDescr_NewClassMethod(type, meth);
        } else if (meth->ml_flags & GL_METH_STATIC) {
            GlObject *cfunc = GlCFunction_New(meth, (GlObject *)type, NULL);
            if (cfunc == NULL) {
                Gl_DECREF(name);
                return -1;
            }
            descr = GlStaticMethod_New(cfunc);
            Gl_DECREF(cfunc);
        } else {
            descr = GlDescr_NewMethod(type, meth);
        }
        if (descr == NULL) {
            Gl_DECREF(name);
            return -1;
        }
        int r = GlDict_SetItem(dict, name, descr);
        Gl_DECREF(descr);
        Gl_DECREF(name);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static int
add_members(GlTypeObject *type, GlMemberDef *memb)
{
    for (; memb != NULL && memb->name != NULL; memb++) {
        GlObject *descr = GlDescr_NewMember(type, memb);
        if (descr == NULL) {
            return -1;
        }
        GlObject *name = ((GlDescrObject *)descr)->d_name;
        int r = GlDict_SetDefault(type->tp_dict, name, descr) == NULL ? -1 : 0;
        Gl_DECREF(descr);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static int
add_getset(GlTypeObject *type, GlGetSetDef *gsp)
{
    for (; gsp != NULL && gsp->name != NULL; gsp++) {
        GlObject *descr = GlDescr_NewGetSet(type, gsp);
        if (descr == NULL) {
            return -1;
        }
        GlObject *name = ((GlDescrObject *)descr)->d_name;
        int r = GlDict_SetDefault(type->tp_dict, name, descr) == NULL ? -1 : 0;
        Gl_DECREF(descr);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* `int.__new__`: a built-in bound to the type that checks the subtype. */
static GlObject *
tp_new_wrapper(GlObject *self, GlObject *args, GlObject *kwds)
{
    GlTypeObject *type = (GlTypeObject *)self;
    Gl_ssize_t n = GlTuple_GET_SIZE(args);
    if (n < 1) {
        return GlErr_Format(GlExc_TypeError, "%s.__new__(): not enough arguments",
                            type->tp_name);
    }
    GlObject *arg0 = GlTuple_GET_ITEM(args, 0);
    if (!GlType_Check(arg0)) {
        return GlErr_Format(GlExc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                            type->tp_name, Gl_TYPE(arg0)->tp_name);
    }
    GlTypeObject *subtype = (GlTypeObject *)arg0;
    if (!GlType_IsSubtype(subtype, type)) {
        return GlErr_Format(GlExc_TypeError, "%s.__new__(%s): %s is not a subtype of %s",
                            type->tp_name, subtype->tp_name, subtype->tp_name, type->tp_name);
    }
    /* The most derived base that is not a heap type whose __new__ is Python code
     * must use this tp_new (CPython's safety check). */
    GlTypeObject *staticbase = subtype;
    while (staticbase != NULL && staticbase->tp_new == GlType_SlotTpNew) {
        staticbase = staticbase->tp_base;
    }
    if (staticbase != NULL && staticbase->tp_new != type->tp_new) {
        return GlErr_Format(GlExc_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                            type->tp_name, subtype->tp_name, staticbase->tp_name);
    }
    GlObject *rest = GlTuple_GetSlice(args, 1, n);
    if (rest == NULL) {
        return NULL;
    }
    GlObject *res = type->tp_new(subtype, rest, kwds);
    Gl_DECREF(rest);
    return res;
}

static GlMethodDef tp_new_methoddef = {
    "__new__", GL_FN(tp_new_wrapper), GL_METH_VARARGS | GL_METH_KEYWORDS,
    "Create and return a new object.  See help(type) for accurate signature."
};

int
GlType_IsTpNewWrapper(GlObject *o)
{
    return GlCFunction_Check(o) && ((GlCFunctionObject *)o)->m_ml == &tp_new_methoddef;
}

static int
add_tp_new_wrapper(GlTypeObject *type)
{
    int r = GlDict_Contains(type->tp_dict, GL_ID(__new__));
    if (r != 0) {
        return r < 0 ? -1 : 0;
    }
    GlObject *func = GlCFunction_New(&tp_new_methoddef, (GlObject *)type, NULL);
    if (func == NULL) {
        return -1;
    }
    r = GlDict_SetItem(type->tp_dict, GL_ID(__new__), func);
    Gl_DECREF(func);
    return r;
}

static int
fill_dict(GlTypeObject *type, int is_heap)
{
    if (!is_heap) {
        if (type->tp_new != NULL && add_tp_new_wrapper(type) < 0) {
            return -1;
        }
        if (GlType_AddOperators(type) < 0 || add_methods(type, type->tp_methods) < 0) {
            return -1;
        }
    }
    if (add_members(type, type->tp_members) < 0 || add_getset(type, type->tp_getset) < 0) {
        return -1;
    }
    int r = GlDict_Contains(type->tp_dict, GL_ID(__doc__));
    if (r < 0) {
        return -1;
    }
    if (r == 0) {
        GlObject *doc;
        if (type->tp_doc != NULL && !is_heap) {
            doc = GlStr_FromString(type->tp_doc);
            if (doc == NULL) {
                return -1;
            }
        } else {
            doc = Gl_NewRef(Gl_None);
        }
        r = GlDict_SetItem(type->tp_dict, GL_ID(__doc__), doc);
        Gl_DECREF(doc);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

static void
inherit_special(GlTypeObject *type, GlTypeObject *base)
{
    if (!(type->tp_flags & GL_TPFLAGS_HAVE_GC) && (base->tp_flags & GL_TPFLAGS_HAVE_GC) &&
        type->tp_traverse == NULL && type->tp_clear == NULL) {
        type->tp_flags |= GL_TPFLAGS_HAVE_GC;
        type->tp_traverse = base->tp_traverse;
        type->tp_clear = base->tp_clear;
    }
    if (type->tp_basicsize == 0) {
        type->tp_basicsize = base->tp_basicsize;
    }
    if (type->tp_itemsize == 0) {
        type->tp_itemsize = base->tp_itemsize;
    }
    if (type->tp_weaklistoffset == 0) {
        type->tp_weaklistoffset = base->tp_weaklistoffset;
    }
    if (type->tp_dictoffset == 0) {
        type->tp_dictoffset = base->tp_dictoffset;
    }
    type->tp_flags |= base->tp_flags & (GL_TPFLAGS_LONG_SUBCLASS | GL_TPFLAGS_LIST_SUBCLASS |
                                        GL_TPFLAGS_TUPLE_SUBCLASS | GL_TPFLAGS_BYTES_SUBCLASS |
                                        GL_TPFLAGS_UNICODE_SUBCLASS | GL_TPFLAGS_DICT_SUBCLASS |
                                        GL_TPFLAGS_BASE_EXC_SUBCLASS | GL_TPFLAGS_TYPE_SUBCLASS |
                                        GL_TPFLAGS_INLINE_DICT | GL_TPFLAGS_MATCH_SELF);
}

#define COPYSLOT(tbl, f)                            \
    do {                                            \
        if ((tbl)->f == NULL) {                     \
            (tbl)->f = (btbl)->f;                   \
        }                                           \
    } while (0)

static void
inherit_number(GlNumberMethods *tbl, GlNumberMethods *btbl)
{
    COPYSLOT(tbl, nb_add); COPYSLOT(tbl, nb_subtract); COPYSLOT(tbl, nb_multiply);
    COPYSLOT(tbl, nb_remainder); COPYSLOT(tbl, nb_divmod); COPYSLOT(tbl, nb_power);
    COPYSLOT(tbl, nb_negative); COPYSLOT(tbl, nb_positive); COPYSLOT(tbl, nb_absolute);
    COPYSLOT(tbl, nb_bool); COPYSLOT(tbl, nb_invert); COPYSLOT(tbl, nb_lshift);
    COPYSLOT(tbl, nb_rshift); COPYSLOT(tbl, nb_and); COPYSLOT(tbl, nb_xor);
    COPYSLOT(tbl, nb_or); COPYSLOT(tbl, nb_int); COPYSLOT(tbl, nb_float);
    COPYSLOT(tbl, nb_inplace_add); COPYSLOT(tbl, nb_inplace_subtract);
    COPYSLOT(tbl, nb_inplace_multiply); COPYSLOT(tbl, nb_inplace_remainder);
    COPYSLOT(tbl, nb_inplace_power); COPYSLOT(tbl, nb_inplace_lshift);
    COPYSLOT(tbl, nb_inplace_rshift); COPYSLOT(tbl, nb_inplace_and);
    COPYSLOT(tbl, nb_inplace_xor); COPYSLOT(tbl, nb_inplace_or);
    COPYSLOT(tbl, nb_floor_divide); COPYSLOT(tbl, nb_true_divide);
    COPYSLOT(tbl, nb_inplace_floor_divide); COPYSLOT(tbl, nb_inplace_true_divide);
    COPYSLOT(tbl, nb_index); COPYSLOT(tbl, nb_matrix_multiply);
    COPYSLOT(tbl, nb_inplace_matrix_multiply);
}

static void
inherit_sequence(GlSequenceMethods *tbl, GlSequenceMethods *btbl)
{
    COPYSLOT(tbl, sq_length); COPYSLOT(tbl, sq_concat); COPYSLOT(tbl, sq_repeat);
    COPYSLOT(tbl, sq_item); COPYSLOT(tbl, sq_ass_item); COPYSLOT(tbl, sq_contains);
    COPYSLOT(tbl, sq_inplace_concat); COPYSLOT(tbl, sq_inplace_repeat);
}

static void
inherit_mapping(GlMappingMethods *tbl, GlMappingMethods *btbl)
{
    COPYSLOT(tbl, mp_length); COPYSLOT(tbl, mp_subscript); COPYSLOT(tbl, mp_ass_subscript);
}

static int
overrides_hash(GlTypeObject *type)
{
    GlObject *dict = type->tp_dict;
    if (GlDict_GetItemWithError(dict, GL_ID(__eq__)) != NULL ||
        GlDict_GetItemWithError(dict, GL_ID(__hash__)) != NULL) {
        return 1;
    }
    GlErr_Clear();
    return 0;
}

static void
inherit_slots(GlTypeObject *type, GlTypeObject *base)
{
    if (base->tp_as_number != NULL) {
        if (type->tp_as_number == NULL) {
            type->tp_as_number = base->tp_as_number;
        } else if (type->tp_as_number != base->tp_as_number) {
            GlNumberMethods *btbl = base->tp_as_number;
            inherit_number(type->tp_as_number, btbl);
        }
    }
    if (base->tp_as_sequence != NULL) {
        if (type->tp_as_sequence == NULL) {
            type->tp_as_sequence = base->tp_as_sequence;
        } else if (type->tp_as_sequence != base->tp_as_sequence) {
            GlSequenceMethods *btbl = base->tp_as_sequence;
            inherit_sequence(type->tp_as_sequence, btbl);
        }
    }
    if (base->tp_as_mapping != NULL) {
        if (type->tp_as_mapping == NULL) {
            type->tp_as_mapping = base->tp_as_mapping;
        } else if (type->tp_as_mapping != base->tp_as_mapping) {
            GlMappingMethods *btbl = base->tp_as_mapping;
            inherit_mapping(type->tp_as_mapping, btbl);
        }
    }
    if (type->tp_as_buffer == NULL) {
        type->tp_as_buffer = base->tp_as_buffer;
    }
    GlTypeObject *btbl = base;
    COPYSLOT(type, tp_dealloc);
    if (type->tp_getattro == NULL) {
        type->tp_getattro = base->tp_getattro;
    }
    if (type->tp_setattro == NULL) {
        type->tp_setattro = base->tp_setattro;
    }
    COPYSLOT(type, tp_repr);
    if (type->tp_call == NULL && (base->tp_flags & GL_TPFLAGS_HAVE_VECTORCALL) &&
        !(type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        type->tp_flags |= GL_TPFLAGS_HAVE_VECTORCALL;
    }
    if (type->tp_call == NULL && type->tp_vectorcall_offset == 0) {
        type->tp_vectorcall_offset = base->tp_vectorcall_offset;
    }
    COPYSLOT(type, tp_call);
    COPYSLOT(type, tp_str);
    if (type->tp_richcompare == NULL && type->tp_hash == NULL) {
        int r = (type->tp_flags & GL_TPFLAGS_HEAPTYPE) ? overrides_hash(type) : 0;
        if (!r) {
            type->tp_richcompare = base->tp_richcompare;
            type->tp_hash = base->tp_hash;
        }
    }
    COPYSLOT(type, tp_iter);
    COPYSLOT(type, tp_iternext);
    COPYSLOT(type, tp_descr_get);
    if ((base->tp_flags & GL_TPFLAGS_METHOD_DESCRIPTOR) && type->tp_descr_get == base->tp_descr_get &&
        !(type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        type->tp_flags |= GL_TPFLAGS_METHOD_DESCRIPTOR;
    }
    COPYSLOT(type, tp_descr_set);
    COPYSLOT(type, tp_init);
    COPYSLOT(type, tp_alloc);
    COPYSLOT(type, tp_finalize);
    if ((type->tp_flags & GL_TPFLAGS_HAVE_GC) == (base->tp_flags & GL_TPFLAGS_HAVE_GC)) {
        COPYSLOT(type, tp_free);
    } else if ((type->tp_flags & GL_TPFLAGS_HAVE_GC) && type->tp_free == NULL &&
               base->tp_free == GlObject_Free) {
        type->tp_free = GlObject_GC_Del;
    }
}

static int
add_subclass(GlTypeObject *base, GlTypeObject *type)
{
    if (base->tp_subclasses == NULL) {
        base->tp_subclasses = GlDict_New();
        if (base->tp_subclasses == NULL) {
            return -1;
        }
    }
    GlObject *key = GlInt_FromSize_t((size_t)(uintptr_t)type);
    if (key == NULL) {
        return -1;
    }
    GlObject *ref = GlWeakref_NewRef((GlObject *)type, NULL);
    if (ref == NULL) {
        Gl_DECREF(key);
        return -1;
    }
    int r = GlDict_SetItem(base->tp_subclasses, key, ref);
    Gl_DECREF(ref);
    Gl_DECREF(key);
    return r;
}

void GlType_RemoveSubclass(GlTypeObject *base, GlTypeObject *type);
void
GlType_RemoveSubclass(GlTypeObject *base, GlTypeObject *type)
{
    if (base->tp_subclasses == NULL) {
        return;
    }
    GlObject *exc = GlErr_GetRaisedException();
    GlObject *key = GlInt_FromSize_t((size_t)(uintptr_t)type);
    if (key != NULL) {
        if (GlDict_DelItem(base->tp_subclasses, key) < 0) {
            GlErr_Clear();
        }
        Gl_DECREF(key);
    } else {
        GlErr_Clear();
    }
    if (GlDict_GET_SIZE(base->tp_subclasses) == 0) {
        Gl_CLEAR(base->tp_subclasses);   // recreated on the next subclass
    }
    GlErr_SetRaisedException(exc);
}

/* Also used for heap types by typenew.c (after their dict is complete). */
int
GlType_Ready(GlTypeObject *type)
{
    if (type->tp_flags & (GL_TPFLAGS_READY | GL_TPFLAGS_READYING)) {
        return 0;
    }
    type->tp_flags |= GL_TPFLAGS_READYING;
    int is_heap = (type->tp_flags & GL_TPFLAGS_HEAPTYPE) != 0;
    GlTypeObject *base = type->tp_base;
    if (base == NULL && type != &GlBaseObject_Type) {
        base = type->tp_base = &GlBaseObject_Type;
        if (is_heap) {
            Gl_INCREF(base);
        }
    }
    if (base != NULL && !(base->tp_flags & GL_TPFLAGS_READY) && GlType_Ready(base) < 0) {
        goto error;
    }
    if (type->ob_base.ob_base.ob_type == NULL && base != NULL) {
        type->ob_base.ob_base.ob_type = base->ob_base.ob_base.ob_type;
    }
    if (type->tp_bases == NULL) {
        type->tp_bases = base == NULL ? GlTuple_New(0) : GlTuple_Pack(1, (GlObject *)base);
        if (type->tp_bases == NULL) {
            goto error;
        }
    }
    for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(type->tp_bases); i++) {
        GlTypeObject *b = (GlTypeObject *)GlTuple_GET_ITEM(type->tp_bases, i);
        if (!(b->tp_flags & GL_TPFLAGS_READY) && GlType_Ready(b) < 0) {
            goto error;
        }
    }
    if (type->tp_dict == NULL) {
        type->tp_dict = GlDict_New();
        if (type->tp_dict == NULL) {
            goto error;
        }
    }
    if (fill_dict(type, is_heap) < 0) {
        goto error;
    }
    if (type->tp_mro == NULL) {
        type->tp_mro = GlType_MroInternal(type);
        if (type->tp_mro == NULL) {
            goto error;
        }
    }
    /* Inheritance. */
    if (base != NULL) {
        inherit_special(type, base);
        if (!is_heap && type->tp_new == NULL && base != &GlBaseObject_Type) {
            type->tp_new = base->tp_new;
        }
    }
    for (Gl_ssize_t i = 1; i < GlTuple_GET_SIZE(type->tp_mro); i++) {
        GlObject *b = GlTuple_GET_ITEM(type->tp_mro, i);
        if (GlType_Check(b)) {
            inherit_slots(type, (GlTypeObject *)b);
            // CPython's inherit_patma_flags: the first flagged class in the MRO wins
            if ((type->tp_flags & (GL_TPFLAGS_SEQUENCE | GL_TPFLAGS_MAPPING)) == 0) {
                type->tp_flags |= ((GlTypeObject *)b)->tp_flags &
                                  (GL_TPFLAGS_SEQUENCE | GL_TPFLAGS_MAPPING);
            }
        }
    }
    if (type->tp_alloc == NULL) {
        type->tp_alloc = GlType_GenericAlloc;
    }
    if (type->tp_free == NULL) {
        type->tp_free = GlType_IS_GC(type) ? GlObject_GC_Del : GlObject_Free;
    }
    if (type->tp_hash == NULL) {
        int r = GlDict_Contains(type->tp_dict, GL_ID(__hash__));
        if (r < 0) {
            goto error;
        }
        if (r == 0) {
            if (GlDict_SetItem(type->tp_dict, GL_ID(__hash__), Gl_None) < 0) {
                goto error;
            }
            type->tp_hash = GlObject_HashNotImplemented;
        }
    }
    for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(type->tp_bases); i++) {
        GlObject *b = GlTuple_GET_ITEM(type->tp_bases, i);
        if (GlType_Check(b) && add_subclass((GlTypeObject *)b, type) < 0) {
            goto error;
        }
    }
    type->tp_flags = (type->tp_flags & ~GL_TPFLAGS_READYING) | GL_TPFLAGS_READY;
    return 0;
error:
    type->tp_flags &= ~GL_TPFLAGS_READYING;
    return -1;
}

/* -------------------------------------------------------- start-up table */

extern GlTypeObject *gl_static_types[];

#define MAX_REGISTERED 64
static GlTypeObject *registered[MAX_REGISTERED];
static int nregistered;

void
GlType_Register(GlTypeObject *type)
{
    if (nregistered < MAX_REGISTERED) {
        registered[nregistered++] = type;
    } else {
        Gl_FatalError("GlType_Register: too many registered types");
    }
}

int
GlType_InitAll(void)
{
    if (GlType_InitSlotdefs() < 0) {
        return -1;
    }
    // pattern matching flags of the built-in types, as CPython sets them statically
    GlTypeObject *match_self[] = {&GlBool_Type, &GlByteArray_Type, &GlBytes_Type, &GlDict_Type,
                                  &GlFloat_Type, &GlFrozenSet_Type, &GlInt_Type, &GlList_Type,
                                  &GlSet_Type, &GlStr_Type, &GlTuple_Type};
    for (size_t i = 0; i < sizeof(match_self) / sizeof(match_self[0]); i++) {
        match_self[i]->tp_flags |= GL_TPFLAGS_MATCH_SELF;
    }
    GlList_Type.tp_flags |= GL_TPFLAGS_SEQUENCE;
    GlTuple_Type.tp_flags |= GL_TPFLAGS_SEQUENCE;
    GlRange_Type.tp_flags |= GL_TPFLAGS_SEQUENCE;
    GlMemoryView_Type.tp_flags |= GL_TPFLAGS_SEQUENCE;
    GlDict_Type.tp_flags |= GL_TPFLAGS_MAPPING;
    GlDictProxy_Type.tp_flags |= GL_TPFLAGS_MAPPING;
    for (GlTypeObject **tp = gl_static_types; *tp != NULL; tp++) {
        if (GlType_Ready(*tp) < 0) {
            return -1;
        }
    }
    for (int i = 0; i < nregistered; i++) {
        if (GlType_Ready(registered[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ============================================================ type object */

const char *
GlType_ShortName(GlTypeObject *type)
{
    if (type->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        return type->tp_name;
    }
    const char *dot = strrchr(type->tp_name, '.');
    return dot != NULL ? dot + 1 : type->tp_name;
}

GlObject *
GlType_GetName(GlTypeObject *type)
{
    if (type->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        return Gl_NewRef(((GlHeapTypeObject *)type)->ht_name);
    }
    return GlStr_FromString(GlType_ShortName(type));
}

GlObject *
GlType_GetQualName(GlTypeObject *type)
{
    if (type->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        return Gl_NewRef(((GlHeapTypeObject *)type)->ht_qualname);
    }
    return GlStr_FromString(GlType_ShortName(type));
}

static GlObject *
type_module(GlTypeObject *type)
{
    if (type->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        GlObject *mod = GlDict_GetItemWithError(type->tp_dict, GL_ID(__module__));
        if (mod == NULL) {
            if (!GlErr_Occurred()) {
                GlErr_Format(GlExc_AttributeError, "__module__");
            }
            return NULL;
        }
        return Gl_NewRef(mod);
    }
    const char *dot = strrchr(type->tp_name, '.');
    if (dot != NULL) {
        GlObject *mod = GlStr_FromStringAndSize(type->tp_name, dot - type->tp_name);
        GlStr_InternInPlace(&mod);   // one object per name, as CPython's
        return mod;
    }
    return GlStr_InternFromString("builtins");
}

static GlObject *
type_repr(GlObject *self)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (type->tp_name == NULL) {
        return GlStr_FromFormat("<class at %p>", (void *)type);
    }
    GlObject *mod = type_module(type);
    if (mod == NULL) {
        GlErr_Clear();
    } else if (!GlStr_Check(mod)) {
        Gl_CLEAR(mod);
    }
    GlObject *name = GlType_GetQualName(type);
    if (name == NULL) {
        Gl_XDECREF(mod);
        return NULL;
    }
    GlObject *res;
    if (mod != NULL && !GlStr_EqualToASCII(mod, "builtins")) {
        res = GlStr_FromFormat("<class '%U.%U'>", mod, name);
    } else {
        res = GlStr_FromFormat("<class '%s'>", type->tp_name);
    }
    Gl_XDECREF(mod);
    Gl_DECREF(name);
    return res;
}

static void
type_dealloc(GlObject *self)
{
    GlType_HeapDealloc((GlTypeObject *)self);
}

/* type.__call__: tp_new, then tp_init when the result is an instance of the type. */
static GlObject *
type_call(GlObject *self, GlObject *args, GlObject *kwds)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (type == &GlType_Type && GlTuple_GET_SIZE(args) == 1 &&
        (kwds == NULL || GlDict_GET_SIZE(kwds) == 0)) {
        return Gl_NewRef(Gl_TYPE(GlTuple_GET_ITEM(args, 0)));
    }
    if (type->tp_new == NULL) {
        return GlErr_Format(GlExc_TypeError, "cannot create '%s' instances", type->tp_name);
    }
    GlObject *obj = type->tp_new(type, args, kwds);
    if (obj == NULL) {
        return NULL;
    }
    if (!GlObject_TypeCheck(obj, type)) {
        return obj;
    }
    type = Gl_TYPE(obj);
    if (type->tp_init != NULL) {
        int r = type->tp_init(obj, args, kwds);   // Python code may run
        if (r < 0) {
            Gl_DECREF(obj);
            return NULL;
        }
    }
    return obj;
}

/* Calling a class: fast path that avoids the argument tuple when __new__ is
 * object's and __init__ is Python code (the common case for user classes). */
static GlObject *
type_vectorcall_instance(GlObject *callable, GlObject *const *args, size_t nargsf,
                         GlObject *kwnames)
{
    GlTypeObject *type = (GlTypeObject *)callable;
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (type->tp_new == GlBaseObject_New && type->tp_init == GlBaseObject_Init && nargs == 0
        && (kwnames == NULL || GlTuple_GET_SIZE(kwnames) == 0)
        && !(type->tp_flags & GL_TPFLAGS_IS_ABSTRACT)) {
        return type->tp_alloc(type, 0);   // C(): neither __new__ nor __init__ to run
    }
    if (type->tp_new != GlBaseObject_New || type->tp_init != GlType_SlotTpInit ||
        (type->tp_flags & GL_TPFLAGS_IS_ABSTRACT)) {
        return GlType_CallVector(callable, args, nargs, kwnames);
    }
    GlObject *obj = type->tp_alloc(type, 0);
    if (obj == NULL) {
        return NULL;
    }
    GlObject *init = GlType_Lookup(type, GL_ID(__init__));
    if (init == NULL) {
        return obj;
    }
    Gl_INCREF(init);
    GlObject *res;
    Gl_ssize_t nkw = kwnames != NULL ? GlTuple_GET_SIZE(kwnames) : 0;
    GlObject *small[8];
    GlObject **stack = small;
    if (nargs + nkw + 1 > 8) {
        stack = GlMem_New(GlObject *, nargs + nkw + 1);
        if (stack == NULL) {
            Gl_DECREF(init);
            Gl_DECREF(obj);
            return GlErr_NoMemory();
        }
    }
    stack[0] = obj;
    for (Gl_ssize_t i = 0; i < nargs + nkw; i++) {
        stack[i + 1] = args[i];
    }
    if (GlType_HasFeature(Gl_TYPE(init), GL_TPFLAGS_METHOD_DESCRIPTOR)) {
        res = GlObject_Vectorcall(init, stack, (size_t)(nargs + 1), kwnames);
    } else {
        GlObject *bound = init;
        descrgetfunc f = Gl_TYPE(init)->tp_descr_get;
        if (f != NULL) {
            bound = f(init, obj, (GlObject *)type);
        } else {
            Gl_INCREF(bound);
        }
        res = bound == NULL ? NULL
                            : GlObject_Vectorcall(bound, stack + 1, (size_t)nargs, kwnames);
        Gl_XDECREF(bound);
    }
    if (stack != small) {
        GlMem_Free(stack);
    }
    Gl_DECREF(init);
    if (res == NULL) {
        Gl_DECREF(obj);
        return NULL;
    }
    if (res != Gl_None) {
        GlErr_Format(GlExc_TypeError, "__init__() should return None, not '%.200s'",
                     Gl_TYPE(res)->tp_name);
        Gl_DECREF(res);
        Gl_DECREF(obj);
        return NULL;
    }
    Gl_DECREF(res);
    return obj;
}

vectorcallfunc gl_heaptype_vectorcall = type_vectorcall_instance;

/* type(x) / type(name, bases, dict) called on `type` itself. */
static GlObject *
type_vectorcall(GlObject *callable, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (nargs == 1 && callable == (GlObject *)&GlType_Type &&
        (kwnames == NULL || GlTuple_GET_SIZE(kwnames) == 0)) {
        return Gl_NewRef(Gl_TYPE(args[0]));
    }
    return GlType_CallVector(callable, args, nargs, kwnames);
}

static GlObject *
type_new(GlTypeObject *metatype, GlObject *args, GlObject *kwds)
{
    Gl_ssize_t nargs = GlTuple_GET_SIZE(args);
    if (metatype == &GlType_Type && nargs == 1 && (kwds == NULL || GlDict_GET_SIZE(kwds) == 0)) {
        return Gl_NewRef(Gl_TYPE(GlTuple_GET_ITEM(args, 0)));
    }
    if (nargs != 3) {
        if (nargs == 1 || metatype == &GlType_Type) {
            return GlErr_SetString(GlExc_TypeError, "type() takes 1 or 3 arguments");
        }
        return GlErr_Format(GlExc_TypeError, "type.__new__() takes exactly 3 arguments (%zd given)",
                            nargs);
    }
    GlObject *name = GlTuple_GET_ITEM(args, 0), *bases = GlTuple_GET_ITEM(args, 1);
    GlObject *dict = GlTuple_GET_ITEM(args, 2);
    if (!GlStr_Check(name)) {
        return GlErr_Format(GlExc_TypeError, "type.__new__() argument 1 must be str, not %s",
                            Gl_TYPE(name)->tp_name);
    }
    if (!GlTuple_Check(bases)) {
        return GlErr_Format(GlExc_TypeError, "type.__new__() argument 2 must be tuple, not %s",
                            Gl_TYPE(bases)->tp_name);
    }
    if (!GlDict_Check(dict)) {
        return GlErr_Format(GlExc_TypeError, "type.__new__() argument 3 must be dict, not %s",
                            Gl_TYPE(dict)->tp_name);
    }
    return GlType_New(metatype, name, bases, dict, kwds);
}

static int
type_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    Gl_ssize_t nargs = GlTuple_GET_SIZE(args);
    if (nargs == 1 && kwds != NULL && GlDict_GET_SIZE(kwds) != 0) {
        GlErr_SetString(GlExc_TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        GlErr_SetString(GlExc_TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

/* Attribute lookup on a class: meta data descriptors, then the class's own MRO
 * (binding descriptors with instance NULL), then meta attributes. */
static GlObject *
type_getattro(GlObject *self, GlObject *name)
{
    GlTypeObject *type = (GlTypeObject *)self, *metatype = Gl_TYPE(self);
    if (!GlStr_Check(name)) {
        return GlErr_Format(GlExc_TypeError, "attribute name must be string, not '%.200s'",
                            Gl_TYPE(name)->tp_name);
    }
    if (type->tp_dict == NULL && GlType_Ready(type) < 0) {
        return NULL;
    }
    GlObject *meta_attribute = GlType_Lookup(metatype, name);
    descrgetfunc meta_get = NULL;
    if (meta_attribute != NULL) {
        Gl_INCREF(meta_attribute);
        meta_get = Gl_TYPE(meta_attribute)->tp_descr_get;
        if (meta_get != NULL && Gl_TYPE(meta_attribute)->tp_descr_set != NULL) {
            GlObject *res = meta_get(meta_attribute, self, (GlObject *)metatype);
            Gl_DECREF(meta_attribute);
            return res;
        }
    }
    GlObject *attribute = GlType_Lookup(type, name);
    if (attribute != NULL) {
        Gl_INCREF(attribute);
        descrgetfunc local_get = Gl_TYPE(attribute)->tp_descr_get;
        Gl_XDECREF(meta_attribute);
        if (local_get != NULL) {
            GlObject *res = local_get(attribute, NULL, self);
            Gl_DECREF(attribute);
            return res;
        }
        return attribute;
    }
    if (meta_get != NULL) {
        GlObject *res = meta_get(meta_attribute, self, (GlObject *)metatype);
        Gl_DECREF(meta_attribute);
        return res;
    }
    if (meta_attribute != NULL) {
        return meta_attribute;
    }
    GlErr_Format(GlExc_AttributeError, "type object '%.50s' has no attribute '%U'",
                 type->tp_name, name);
    GlObject *exc = GlErr_GetRaisedException();
    if (exc != NULL && GlObject_TypeCheck(exc, (GlTypeObject *)GlExc_AttributeError)) {
        GlAttributeErrorObject *ae = (GlAttributeErrorObject *)exc;
        Gl_XSETREF(ae->name, Gl_NewRef(name));
        Gl_XSETREF(ae->obj, Gl_NewRef(self));
    }
    GlErr_SetRaisedException(exc);
    return NULL;
}

static int
is_dunder(GlObject *name)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(name);
    return n > 4 && GlStr_READ_CHAR(name, 0) == '_' && GlStr_READ_CHAR(name, 1) == '_' &&
           GlStr_READ_CHAR(name, n - 1) == '_' && GlStr_READ_CHAR(name, n - 2) == '_';
}

static int
type_setattro(GlObject *self, GlObject *name, GlObject *value)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (!GlStr_Check(name)) {
        GlErr_Format(GlExc_TypeError, "attribute name must be string, not '%.200s'",
                     Gl_TYPE(name)->tp_name);
        return -1;
    }
    if (!(type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        GlErr_Format(GlExc_TypeError, "cannot set %R attribute of immutable type '%s'",
                     name, type->tp_name);
        return -1;
    }
    Gl_INCREF(name);
    GlStr_InternInPlace(&name);
    int r;
    GlObject *descr = GlType_Lookup(Gl_TYPE(self), name);
    if (descr != NULL && Gl_TYPE(descr)->tp_descr_set != NULL) {
        Gl_INCREF(descr);
        r = Gl_TYPE(descr)->tp_descr_set(descr, self, value);
        Gl_DECREF(descr);
    } else if (value != NULL) {
        r = GlDict_SetItem(type->tp_dict, name, value);
    } else {
        r = GlDict_DelItem(type->tp_dict, name);
        if (r < 0 && GlErr_ExceptionMatches(GlExc_KeyError)) {
            GlErr_Clear();
            GlErr_Format(GlExc_AttributeError, "type object '%.50s' has no attribute '%U'",
                         type->tp_name, name);
        }
    }
    if (r == 0) {
        GlType_Modified(type);
        if (is_dunder(name)) {
            r = GlType_UpdateSlot(type, name);
        }
    }
    Gl_DECREF(name);
    return r;
}

static int
type_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (!(type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        return 0;
    }
    Gl_VISIT(type->tp_dict);
    Gl_VISIT(type->tp_mro);
    Gl_VISIT(type->tp_bases);
    Gl_VISIT(type->tp_base);
    Gl_VISIT(((GlHeapTypeObject *)type)->ht_module);
    /* The metatype is not visited here: when it is a heap type, subtype_traverse
     * (the metatype's tp_traverse) already visits it once. */
    return 0;
}

static int
type_clear(GlObject *self)
{
    GlTypeObject *type = (GlTypeObject *)self;
    GlType_Modified(type);
    if (type->tp_dict != NULL) {
        GlDict_Clear(type->tp_dict);
    }
    Gl_CLEAR(((GlHeapTypeObject *)type)->ht_module);
    Gl_CLEAR(type->tp_mro);
    return 0;
}

/* ---------------------------------------------------- type attributes */

static GlObject *
type_get_name(GlObject *self, void *c)
{
    return GlType_GetName((GlTypeObject *)self);
}

static int
check_set_special(GlTypeObject *type, GlObject *value, const char *name)
{
    if (!(type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        GlErr_Format(GlExc_TypeError, "cannot set '%s' attribute of immutable type '%s'",
                     name, type->tp_name);
        return -1;
    }
    if (value == NULL) {
        GlErr_Format(GlExc_TypeError, "cannot delete '%s' attribute of immutable type '%s'",
                     name, type->tp_name);
        return -1;
    }
    return 0;
}

static int
type_set_name(GlObject *self, GlObject *value, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (check_set_special(type, value, "__name__") < 0) {
        return -1;
    }
    if (!GlStr_Check(value)) {
        GlErr_Format(GlExc_TypeError, "can only assign string to %s.__name__, not '%s'",
                     type->tp_name, Gl_TYPE(value)->tp_name);
        return -1;
    }
    Gl_ssize_t len;
    const char *utf8 = GlStr_AsUTF8AndSize(value, &len);
    if (utf8 == NULL) {
        return -1;
    }
    if ((Gl_ssize_t)strlen(utf8) != len) {
        GlErr_SetString(GlExc_ValueError, "type name must not contain null characters");
        return -1;
    }
    type->tp_name = utf8;
    Gl_SETREF(((GlHeapTypeObject *)type)->ht_name, Gl_NewRef(value));
    Gl_CLEAR(((GlHeapTypeObject *)type)->ht_tpname);   // messages use the new name
    return 0;
}

static GlObject *
type_get_qualname(GlObject *self, void *c)
{
    return GlType_GetQualName((GlTypeObject *)self);
}

static int
type_set_qualname(GlObject *self, GlObject *value, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (check_set_special(type, value, "__qualname__") < 0) {
        return -1;
    }
    if (!GlStr_Check(value)) {
        GlErr_Format(GlExc_TypeError, "can only assign string to %s.__qualname__, not '%s'",
                     type->tp_name, Gl_TYPE(value)->tp_name);
        return -1;
    }
    Gl_SETREF(((GlHeapTypeObject *)type)->ht_qualname, Gl_NewRef(value));
    return 0;
}

static GlObject *
type_get_module(GlObject *self, void *c)
{
    return type_module((GlTypeObject *)self);
}

static int
type_set_module(GlObject *self, GlObject *value, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (check_set_special(type, value, "__module__") < 0) {
        return -1;
    }
    GlType_Modified(type);
    return GlDict_SetItem(type->tp_dict, GL_ID(__module__), value);
}

static GlObject *
type_get_bases(GlObject *self, void *c)
{
    return Gl_NewRef(((GlTypeObject *)self)->tp_bases);
}

int GlType_CompatibleForAssignment(GlTypeObject *oldto, GlTypeObject *newto, const char *attr);
void GlType_FixVectorcall(GlTypeObject *type);

/* Recomputes the MRO of type and of every subclass, recording (type, old mro) pairs
 * in undo so that a failure can be rolled back. Can run Python code (mro()). */
static int
mro_hierarchy(GlTypeObject *type, GlObject *undo, int depth)
{
    if (depth > 1000) {
        GlErr_SetString(GlExc_RecursionError, "maximum recursion depth exceeded");
        return -1;
    }
    GlObject *mro = GlType_MroInternal(type);   // Python code may run
    if (mro == NULL) {
        return -1;
    }
    GlObject *pair = GlTuple_Pack(2, (GlObject *)type, type->tp_mro);
    if (pair == NULL || GlList_Append(undo, pair) < 0) {
        Gl_XDECREF(pair);
        Gl_DECREF(mro);
        return -1;
    }
    Gl_DECREF(pair);
    Gl_SETREF(type->tp_mro, mro);
    if (type->tp_subclasses == NULL) {
        return 0;
    }
    GlObject *subs = GlDict_Values(type->tp_subclasses);   // a snapshot: mro() may mutate
    if (subs == NULL) {
        return -1;
    }
    for (Gl_ssize_t i = 0; i < GlList_GET_SIZE(subs); i++) {
        GlObject *sub = GlWeakref_GetObject(GlList_GET_ITEM(subs, i));
        if (sub != Gl_None && mro_hierarchy((GlTypeObject *)sub, undo, depth + 1) < 0) {
            Gl_DECREF(subs);
            return -1;
        }
    }
    Gl_DECREF(subs);
    return 0;
}

/* Re-derives the C-level slots of type and its subclasses from their new MROs. */
static int
fixup_slots_rec(GlTypeObject *type, int depth)
{
    if ((type->tp_flags & GL_TPFLAGS_HEAPTYPE) && GlType_FixupSlots(type) < 0) {
        return -1;
    }
    GlType_FixVectorcall(type);
    if (type->tp_subclasses == NULL || depth > 1000) {
        return 0;
    }
    Gl_ssize_t pos = 0;
    GlObject *key, *ref;
    while (GlDict_Next(type->tp_subclasses, &pos, &key, &ref)) {
        GlObject *sub = GlWeakref_GetObject(ref);
        if (sub != Gl_None && fixup_slots_rec((GlTypeObject *)sub, depth + 1) < 0) {
            return -1;
        }
    }
    return 0;
}

/* Checks of CPython's type_set_bases, in its order; 0 = acceptable. */
static int
check_new_bases(GlTypeObject *type, GlObject *value)
{
    if (check_set_special(type, value, "__bases__") < 0) {
        return -1;
    }
    if (!GlTuple_Check(value)) {
        GlErr_Format(GlExc_TypeError, "can only assign tuple to %s.__bases__, not %s",
                     type->tp_name, Gl_TYPE(value)->tp_name);
        return -1;
    }
    if (GlTuple_GET_SIZE(value) == 0) {
        GlErr_Format(GlExc_TypeError, "can only assign non-empty tuple to %s.__bases__, not ()",
                     type->tp_name);
        return -1;
    }
    for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(value); i++) {
        GlObject *ob = GlTuple_GET_ITEM(value, i);
        if (!GlType_Check(ob)) {
            GlErr_Format(GlExc_TypeError, "%s.__bases__ must be tuple of classes, not '%s'",
                         type->tp_name, Gl_TYPE(ob)->tp_name);
            return -1;
        }
        GlTypeObject *b = (GlTypeObject *)ob;
        int cycle = GlType_IsSubtype(b, type);
        for (GlTypeObject *t = b; !cycle && t != NULL; t = t->tp_base) {
            cycle = t == type;
        }
        if (cycle) {
            GlErr_SetString(GlExc_TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    return 0;
}

/* cls.__bases__ = (...): CPython's type_set_bases. The new best base must have the
 * old one's layout; the MROs of the class and its subclasses are recomputed (rolled
 * back on failure), the subclass lists, version tags and C slots updated. */
static int
type_set_bases(GlObject *self, GlObject *value, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (check_new_bases(type, value) < 0) {
        return -1;
    }
    GlTypeObject *new_base = GlType_BestBase(value);
    if (new_base == NULL ||
        !GlType_CompatibleForAssignment(type->tp_base, new_base, "__bases__")) {
        return -1;
    }
    GlObject *undo = GlList_New(0);
    if (undo == NULL) {
        return -1;
    }
    GlType_Modified(type);
    GlObject *old_bases = type->tp_bases;
    GlTypeObject *old_base = type->tp_base;
    type->tp_bases = Gl_NewRef(value);
    type->tp_base = (GlTypeObject *)Gl_NewRef((GlObject *)new_base);
    if (mro_hierarchy(type, undo, 0) < 0) {
        /* Restore every MRO changed so far, newest first, then the bases. */
        for (Gl_ssize_t i = GlList_GET_SIZE(undo) - 1; i >= 0; i--) {
            GlObject *pair = GlList_GET_ITEM(undo, i);
            GlTypeObject *t = (GlTypeObject *)GlTuple_GET_ITEM(pair, 0);
            Gl_SETREF(t->tp_mro, Gl_NewRef(GlTuple_GET_ITEM(pair, 1)));
        }
        Gl_DECREF(undo);
        Gl_SETREF(type->tp_bases, old_bases);
        Gl_SETREF(type->tp_base, old_base);
        GlType_Modified(type);
        return -1;
    }
    Gl_DECREF(undo);
    int r = 0;
    if (type->tp_bases == value) {   // not replaced again by a reentrant mro()
        for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(old_bases); i++) {
            GlType_RemoveSubclass((GlTypeObject *)GlTuple_GET_ITEM(old_bases, i), type);
        }
        for (Gl_ssize_t i = 0; r == 0 && i < GlTuple_GET_SIZE(value); i++) {
            r = add_subclass((GlTypeObject *)GlTuple_GET_ITEM(value, i), type);
        }
    }
    GlType_Modified(type);
    if (r == 0) {
        r = fixup_slots_rec(type, 0);
    }
    Gl_DECREF(old_bases);
    Gl_DECREF(old_base);
    return r;
}

static GlObject *
type_get_base(GlObject *self, void *c)
{
    GlTypeObject *base = ((GlTypeObject *)self)->tp_base;
    return Gl_NewRef(base != NULL ? (GlObject *)base : Gl_None);
}

static GlObject *
type_get_mro(GlObject *self, void *c)
{
    GlObject *mro = ((GlTypeObject *)self)->tp_mro;
    return Gl_NewRef(mro != NULL ? mro : Gl_None);
}

GlObject *
GlType_GetDictProxy(GlTypeObject *type)
{
    if (type->tp_dict == NULL) {
        Gl_RETURN_NONE;
    }
    return GlDictProxy_New(type->tp_dict);
}

static GlObject *
type_get_dict(GlObject *self, void *c)
{
    return GlType_GetDictProxy((GlTypeObject *)self);
}

static GlObject *
type_get_doc(GlObject *self, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (!(type->tp_flags & GL_TPFLAGS_HEAPTYPE) && type->tp_doc != NULL) {
        return GlStr_FromString(type->tp_doc);
    }
    GlObject *res = GlDict_GetItemWithError(type->tp_dict, GL_ID(__doc__));
    if (res == NULL) {
        if (GlErr_Occurred()) {
            return NULL;
        }
        Gl_RETURN_NONE;
    }
    descrgetfunc f = Gl_TYPE(res)->tp_descr_get;
    if (f != NULL) {
        return f(res, NULL, self);
    }
    return Gl_NewRef(res);
}

static int
type_set_doc(GlObject *self, GlObject *value, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (check_set_special(type, value, "__doc__") < 0) {
        return -1;
    }
    GlType_Modified(type);
    return GlDict_SetItem(type->tp_dict, GL_ID(__doc__), value);
}

static GlObject *
type_get_abstractmethods(GlObject *self, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    GlObject *res = NULL;
    if (type != &GlType_Type) {
        res = GlDict_GetItemWithError(type->tp_dict, GL_ID(__abstractmethods__));
    }
    if (res == NULL) {
        if (!GlErr_Occurred()) {   // CPython: the bare name as the message
            GlErr_SetObject(GlExc_AttributeError, GL_ID(__abstractmethods__));
        }
        return NULL;
    }
    return Gl_NewRef(res);
}

static int
type_set_abstractmethods(GlObject *self, GlObject *value, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    int abstract = 0, r;
    if (value != NULL) {
        abstract = GlObject_IsTrue(value);
        if (abstract < 0) {
            return -1;
        }
        r = GlDict_SetItem(type->tp_dict, GL_ID(__abstractmethods__), value);
    } else {
        r = GlDict_DelItem(type->tp_dict, GL_ID(__abstractmethods__));
        if (r < 0 && GlErr_ExceptionMatches(GlExc_KeyError)) {
            GlErr_Clear();
            GlErr_NoAttribute(self, GL_ID(__abstractmethods__));
            return -1;
        }
    }
    if (r < 0) {
        return -1;
    }
    GlType_Modified(type);
    if (abstract) {
        type->tp_flags |= GL_TPFLAGS_IS_ABSTRACT;
    } else {
        type->tp_flags &= ~GL_TPFLAGS_IS_ABSTRACT;
    }
    return 0;
}

static GlObject *
type_get_annotations(GlObject *self, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (!(type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        return GlErr_Format(GlExc_AttributeError, "type object '%s' has no attribute '__annotations__'",
                            type->tp_name);
    }
    GlObject *ann = GlDict_GetItemWithError(type->tp_dict, GL_ID(__annotations__));
    if (ann != NULL) {
        descrgetfunc f = Gl_TYPE(ann)->tp_descr_get;
        if (f != NULL) {
            return f(ann, NULL, self);
        }
        return Gl_NewRef(ann);
    }
    if (GlErr_Occurred()) {
        return NULL;
    }
    ann = GlDict_New();
    if (ann == NULL) {
        return NULL;
    }
    if (GlDict_SetItem(type->tp_dict, GL_ID(__annotations__), ann) < 0) {
        Gl_DECREF(ann);
        return NULL;
    }
    GlType_Modified(type);
    return ann;
}

static int
type_set_annotations(GlObject *self, GlObject *value, void *c)
{
    GlTypeObject *type = (GlTypeObject *)self;
    if (!(type->tp_flags & GL_TPFLAGS_HEAPTYPE)) {
        GlErr_Format(GlExc_TypeError, "cannot set '__annotations__' attribute of immutable type '%s'",
                     type->tp_name);
        return -1;
    }
    int r;
    if (value != NULL) {
        r = GlDict_SetItem(type->tp_dict, GL_ID(__annotations__), value);
    } else {
        r = GlDict_DelItem(type->tp_dict, GL_ID(__annotations__));
        if (r < 0 && GlErr_ExceptionMatches(GlExc_KeyError)) {
            GlErr_Clear();
            GlErr_SetString(GlExc_AttributeError, "__annotations__");
        }
    }
    GlType_Modified(type);
    return r;
}

static GlObject *
type_mro_method(GlObject *self, GlObject *unused)
{
    GlObject *seq = GlType_MroImplementation((GlTypeObject *)self);
    if (seq == NULL) {
        return NULL;
    }
    GlObject *list = GlSequence_List(seq);
    Gl_DECREF(seq);
    return list;
}

static GlObject *
type___subclasses__(GlObject *self, GlObject *unused)
{
    GlTypeObject *type = (GlTypeObject *)self;
    GlObject *list = GlList_New(0);
    if (list == NULL || type->tp_subclasses == NULL) {
        return list;
    }
    Gl_ssize_t pos = 0;
    GlObject *key, *ref;
    while (GlDict_Next(type->tp_subclasses, &pos, &key, &ref)) {
        GlObject *sub = GlWeakref_GetObject(ref);
        if (sub != Gl_None && GlList_Append(list, sub) < 0) {
            Gl_DECREF(list);
            return NULL;
        }
    }
    return list;
}

static GlObject *
type___instancecheck__(GlObject *self, GlObject *inst)
{
    int r = GlObject_RealIsInstance(inst, self);
    if (r < 0) {
        return NULL;
    }
    return GlBool_FromLong(r);
}

static GlObject *
type___subclasscheck__(GlObject *self, GlObject *sub)
{
    int r = GlObject_RealIsSubclass(sub, self);
    if (r < 0) {
        return NULL;
    }
    return GlBool_FromLong(r);
}

static GlObject *
type___dir__(GlObject *self, GlObject *unused)
{
    GlObject *dict = GlDict_New();
    if (dict == NULL) {
        return NULL;
    }
    GlObject *res = NULL;
    if (GlType_MergeClassDict(dict, self) == 0) {
        res = GlDict_Keys(dict);
    }
    Gl_DECREF(dict);
    return res;
}

static GlObject *
type___sizeof__(GlObject *self, GlObject *unused)
{
    GlTypeObject *type = (GlTypeObject *)self;
    Gl_ssize_t size = sizeof(GlTypeObject);
    if (type->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        size = sizeof(GlHeapTypeObject);
        GlObject *slots = ((GlHeapTypeObject *)type)->ht_slots;
        if (slots != NULL) {
            size += (GlTuple_GET_SIZE(slots) + 1) * (Gl_ssize_t)sizeof(GlMemberDef);
        }
    }
    return GlInt_FromSsize_t(size);
}

static GlObject *
type___prepare__(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return GlDict_New();
}

static GlMethodDef type_methods[] = {
    {"mro", GL_FN(type_mro_method), GL_METH_NOARGS, "Return a type's method resolution order."},
    {"__subclasses__", GL_FN(type___subclasses__), GL_METH_NOARGS,
     "Return a list of immediate subclasses."},
    {"__prepare__", GL_FN(type___prepare__), GL_METH_FASTCALL | GL_METH_KEYWORDS | GL_METH_CLASS,
     "__prepare__() -> dict\nused to create the namespace for the class statement"},
    {"__instancecheck__", GL_FN(type___instancecheck__), GL_METH_O,
     "Check if an object is an instance."},
    {"__subclasscheck__", GL_FN(type___subclasscheck__), GL_METH_O,
     "Check if a class is a subclass."},
    {"__dir__", GL_FN(type___dir__), GL_METH_NOARGS, "Specialized __dir__ implementation for types."},
    {"__sizeof__", GL_FN(type___sizeof__), GL_METH_NOARGS,
     "Return memory consumption of the type object."},
    {NULL, NULL, 0, NULL}
};

static GlMemberDef type_members[] = {
    {"__basicsize__", GL_T_SSIZET, offsetof(GlTypeObject, tp_basicsize), GL_READONLY, NULL},
    {"__itemsize__", GL_T_SSIZET, offsetof(GlTypeObject, tp_itemsize), GL_READONLY, NULL},
    {"__weakrefoffset__", GL_T_SSIZET, offsetof(GlTypeObject, tp_weaklistoffset), GL_READONLY, NULL},
    {"__dictoffset__", GL_T_SSIZET, offsetof(GlTypeObject, tp_dictoffset), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL}
};

static GlObject *
type_get_flags(GlObject *self, void *c)
{
    return GlInt_FromSize_t(((GlTypeObject *)self)->tp_flags);
}

static GlGetSetDef type_getsets[] = {
    {"__flags__", type_get_flags, NULL, NULL, NULL},
    {"__base__", type_get_base, NULL, NULL, NULL},
    {"__mro__", type_get_mro, NULL, NULL, NULL},
    {"__name__", type_get_name, type_set_name, NULL, NULL},
    {"__qualname__", type_get_qualname, type_set_qualname, NULL, NULL},
    {"__bases__", type_get_bases, type_set_bases, NULL, NULL},
    {"__module__", type_get_module, type_set_module, NULL, NULL},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods, NULL, NULL},
    {"__dict__", type_get_dict, NULL, NULL, NULL},
    {"__doc__", type_get_doc, type_set_doc, NULL, NULL},
    {"__annotations__", type_get_annotations, type_set_annotations, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlObject *GlType_Or(GlObject *a, GlObject *b);   // unionobject.c

static GlNumberMethods type_as_number = {
    .nb_or = GlType_Or,
};

GlTypeObject GlType_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "type",
    .tp_basicsize = sizeof(GlHeapTypeObject),
    .tp_itemsize = sizeof(GlMemberDef),
    .tp_dealloc = type_dealloc,
    .tp_repr = type_repr,
    .tp_as_number = &type_as_number,
    .tp_call = type_call,
    .tp_getattro = type_getattro,
    .tp_setattro = type_setattro,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE |
                GL_TPFLAGS_TYPE_SUBCLASS | GL_TPFLAGS_HAVE_VECTORCALL,
    .tp_doc = "type(object) -> the object's type\n"
              "type(name, bases, dict, **kwds) -> a new type",
    .tp_traverse = type_traverse,
    .tp_clear = type_clear,
    .tp_weaklistoffset = offsetof(GlTypeObject, tp_weaklist),
    .tp_methods = type_methods,
    .tp_members = type_members,
    .tp_getset = type_getsets,
    .tp_base = &GlBaseObject_Type,
    .tp_dictoffset = offsetof(GlTypeObject, tp_dict),
    .tp_init = type_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = type_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = type_vectorcall,
    .tp_vectorcall_offset = offsetof(GlTypeObject, tp_vectorcall),
};
