/* instvalues.c - inline attribute values of plain instances, sharing one key table per
 * class (see instvalues.h for the layout and invariants).
 *
 * Why: a per-instance dict costs a dict object and a key table (about 200 bytes for two
 * attributes); values indexed by the class's shared keys cost 8 bytes per attribute
 * plus one byte of insertion order. The dict is built only when a program asks for
 * `__dict__` (vars(), copy, pickling) or stores a name that does not fit.
 * Ownership: the class owns its keys (freed with the class); the instance owns its
 * values block and every value in it.
 */
#include "allobjects.h"
#include "instvalues.h"

static inline uint8_t *
iv_order(GlInstValues *v)
{
    return (uint8_t *)(v->values + v->capacity);
}

static inline size_t
iv_bytes(Gl_ssize_t capacity)
{
    size_t n = sizeof(GlInstValues) + (size_t)capacity * (sizeof(GlObject *) + 1);
    return (n + 7) & ~(size_t)7;
}

static inline GlObject *
iv_tag(GlInstValues *v)
{
    return (GlObject *)((uintptr_t)v | 1);
}

Gl_ssize_t
GlSharedKeys_Find(GlSharedKeys *keys, GlObject *name)
{
    if (keys == NULL) {
        return -1;
    }
    Gl_ssize_t n = keys->nkeys;
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (keys->names[i] == name) {
            return i;
        }
    }
    /* Names are interned, but a name built at run time (setattr(o, 'a' + 'b')) may be
     * an equal, distinct object. */
    if (!GlStr_CheckExact(name) || ((GlStrObject *)name)->interned) {
        return -1;   // the keys are interned: an equal interned name is the same object
    }
    Gl_hash_t h = GlStr_Hash(name);
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (GlStr_Hash(keys->names[i]) == h && GlStr_Equal(keys->names[i], name)) {
            return i;
        }
    }
    return -1;
}

void
GlSharedKeys_Free(GlTypeObject *tp)
{
    GlHeapTypeObject *et = (GlHeapTypeObject *)tp;
    GlSharedKeys *keys = et->ht_cached_keys;
    if (keys == NULL) {
        return;
    }
    et->ht_cached_keys = NULL;
    for (Gl_ssize_t i = 0; i < keys->nkeys; i++) {
        Gl_DECREF(keys->names[i]);
    }
    GlMem_Free(keys);
}

/* Index of name in tp's keys, adding it when there is room: -1 when it does not fit
 * (keys full, or not an exact str), -2 on MemoryError. */
static Gl_ssize_t
keys_find_or_add(GlTypeObject *tp, GlObject *name)
{
    GlHeapTypeObject *et = (GlHeapTypeObject *)tp;
    GlSharedKeys *keys = et->ht_cached_keys;
    Gl_ssize_t i = GlSharedKeys_Find(keys, name);
    if (i >= 0) {
        return i;
    }
    if (!GlStr_CheckExact(name)) {
        return -1;
    }
    if (keys == NULL) {
        keys = GlMem_Malloc(sizeof(GlSharedKeys));
        if (keys == NULL) {
            GlErr_NoMemory();
            return -2;
        }
        keys->nkeys = 0;
        et->ht_cached_keys = keys;
    }
    if (keys->nkeys >= GL_SHARED_KEYS_MAX) {
        return -1;
    }
    Gl_INCREF(name);
    GlStr_InternInPlace(&name);
    keys->names[keys->nkeys] = name;
    return keys->nkeys++;
}

/* A values block of `capacity` slots for slot *slot, grown from its current block
 * (or new); NULL with MemoryError. */
static GlInstValues *
iv_grow(GlObject **slot, Gl_ssize_t capacity)
{
    GlInstValues *old = *slot ? GlInstValues_Untag(*slot) : NULL;
    Gl_ssize_t oldcap = old ? old->capacity : 0;
    GlInstValues *v = GlMem_Realloc(old, iv_bytes(capacity));
    if (v == NULL) {
        GlErr_NoMemory();
        return NULL;
    }
    if (old == NULL) {
        v->nused = 0;
        memset(v->pad, 0, sizeof(v->pad));
    }
    /* The order bytes follow the values: move them past the new slots. */
    memmove((uint8_t *)(v->values + capacity), (uint8_t *)(v->values + oldcap), v->nused);
    for (Gl_ssize_t i = oldcap; i < capacity; i++) {
        v->values[i] = NULL;
    }
    v->capacity = (uint8_t)capacity;
    *slot = iv_tag(v);
    return v;
}

GlObject *
GlInstValues_Materialize(GlTypeObject *tp, GlObject **slot)
{
    GlInstValues *v = GlInstValues_Untag(*slot);
    GlSharedKeys *keys = GlSharedKeys_Of(tp);
    GlObject *dict = GlDict_NewPresized(v->nused);
    if (dict == NULL) {
        return NULL;
    }
    uint8_t *order = iv_order(v);
    for (int j = 0; j < v->nused; j++) {
        int i = order[j];
        if (GlDict_SetItem(dict, keys->names[i], v->values[i]) < 0) {   // str keys: no Python code
            Gl_DECREF(dict);
            return NULL;
        }
    }
    /* The dict now holds the references; drop the block's. */
    *slot = dict;
    for (int i = 0; i < v->capacity; i++) {
        Gl_XDECREF(v->values[i]);   // never the last reference: the dict has one
    }
    GlMem_Free(v);
    if (GlObject_GC_IsTracked(dict)) {
        GlObject_GC_UnTrack(dict);   // an inline dict: traversed through its instance
    }
    return dict;
}

/* Remove key index i from the insertion order of v. */
static void
iv_order_remove(GlInstValues *v, int i)
{
    uint8_t *order = iv_order(v);
    for (int j = 0; j < v->nused; j++) {
        if (order[j] == i) {
            memmove(order + j, order + j + 1, (size_t)(v->nused - j - 1));
            v->nused--;
            return;
        }
    }
}

int
GlInstValues_Store(GlObject *obj, GlObject **slot, GlObject *name, GlObject *value,
                   Gl_ssize_t *hint)
{
    GlTypeObject *tp = Gl_TYPE(obj);
    GlSharedKeys *keys = GlSharedKeys_Of(tp);
    Gl_ssize_t i = *hint;
    if (keys == NULL || i < 0 || i >= keys->nkeys || keys->names[i] != name) {
        if (value == NULL) {
            i = GlSharedKeys_Find(keys, name);
            if (i < 0 && *slot != NULL && !GlStr_CheckExact(name)) {
                goto use_dict;   // a str subclass name: let the dict compare it
            }
            if (i < 0) {
                return 1;
            }
        } else {
            i = keys_find_or_add(tp, name);
            if (i == -2) {
                return -1;
            }
            if (i < 0) {
                goto use_dict;
            }
        }
        *hint = i;
    }
    GlInstValues *v = *slot ? GlInstValues_Untag(*slot) : NULL;
    if (value == NULL) {
        if (v == NULL || i >= v->capacity || v->values[i] == NULL) {
            return 1;
        }
        GlObject *old = v->values[i];
        v->values[i] = NULL;
        iv_order_remove(v, (int)i);
        Gl_DECREF(old);   // may run Python code
        return 0;
    }
    if (v == NULL || i >= v->capacity) {
        keys = GlSharedKeys_Of(tp);
        Gl_ssize_t cap = keys->nkeys > i ? keys->nkeys : i + 1;
        v = iv_grow(slot, cap);
        if (v == NULL) {
            return -1;
        }
    }
    GlObject *old = v->values[i];
    v->values[i] = Gl_NewRef(value);
    if (old == NULL) {
        iv_order(v)[v->nused++] = (uint8_t)i;
    } else {
        Gl_DECREF(old);   // may run Python code
    }
    return 0;

use_dict: ;
    GlObject *dict;
    if (*slot == NULL) {
        dict = GlDict_New();
        if (dict == NULL) {
            return -1;
        }
        *slot = dict;
    } else {
        dict = GlInstValues_Materialize(tp, slot);
        if (dict == NULL) {
            return -1;
        }
    }
    Gl_INCREF(dict);
    int r;
    if (value != NULL) {
        r = GlDict_SetItem(dict, name, value);
        if (r == 0 && Gl_REFCNT(dict) == 2 && GlObject_GC_IsTracked(dict)) {
            GlObject_GC_UnTrack(dict);   // still owned by the instance alone
        }
    } else {
        r = GlDict_DelItem(dict, name);
        if (r < 0 && GlErr_ExceptionMatches(GlExc_KeyError)) {
            GlErr_Clear();
            r = 1;
        }
    }
    Gl_DECREF(dict);
    return r;
}

int
GlInstValues_Traverse(GlObject *slotval, visitproc visit, void *arg)
{
    GlInstValues *v = GlInstValues_Untag(slotval);
    for (int i = 0; i < v->capacity; i++) {
        Gl_VISIT(v->values[i]);
    }
    return 0;
}

void
GlInstValues_Clear(GlObject **slot)
{
    GlInstValues *v = GlInstValues_Untag(*slot);
    *slot = NULL;
    for (int i = 0; i < v->capacity; i++) {
        GlObject *o = v->values[i];
        v->values[i] = NULL;
        Gl_XDECREF(o);   // may run Python code, which sees the slot empty
    }
    GlMem_Free(v);
}
