/* instvalues.h - attribute values kept inline for instances of plain classes,
 * without a per-instance dict (CPython 3.11's "managed dict" with shared keys).
 *
 * A class flagged GL_TPFLAGS_INLINE_DICT owns one GlSharedKeys: the attribute names its
 * instances have stored, in first-seen order, append-only, at most
 * GL_SHARED_KEYS_MAX. The instance's dict slot (at tp_dictoffset) holds one of:
 *   - NULL: no attribute stored yet;
 *   - a tagged GlInstValues pointer (low bit 1): values[i] is the value of the
 *     class's key i (NULL if unset) and order[] lists the set keys in insertion order;
 *   - a real dict (the dict was "materialized": __dict__ was asked for, a key did not
 *     fit the shared keys, or the instance changed class).
 * A key index never changes for the life of the class, so inline caches keyed by the
 * type version may remember it. GlObject_GetDictPtr materializes; code that must not
 * (attribute access, traverse, clear, dealloc) reads the slot raw with these helpers.
 */
#ifndef GLASS_OBJECTS_INSTVALUES_H
#define GLASS_OBJECTS_INSTVALUES_H

#include "../core/object.h"

#define GL_SHARED_KEYS_MAX 30

typedef struct GlSharedKeys {
    Gl_ssize_t nkeys;
    GlObject *names[GL_SHARED_KEYS_MAX];   // owned, interned exact str
} GlSharedKeys;

typedef struct GlInstValues {
    uint8_t capacity;      // value slots allocated
    uint8_t nused;         // keys set (entries of order[])
    uint8_t pad[6];
    GlObject *values[];    // capacity slots, owned; then uint8_t order[capacity]
} GlInstValues;

static inline int
GlInstValues_Tagged(GlObject *slotval)
{
    return ((uintptr_t)slotval & 1) != 0;
}

static inline GlInstValues *
GlInstValues_Untag(GlObject *slotval)
{
    return (GlInstValues *)((uintptr_t)slotval & ~(uintptr_t)1);
}

/* The shared keys of a GL_TPFLAGS_INLINE_DICT class, or NULL before its first store
 * (borrowed). */
static inline GlSharedKeys *
GlSharedKeys_Of(GlTypeObject *tp)
{
    return (GlSharedKeys *)((GlHeapTypeObject *)tp)->ht_cached_keys;
}

/* Index of `name` (a str) in keys, or -1. Never fails. */
Gl_ssize_t GlSharedKeys_Find(GlSharedKeys *keys, GlObject *name);
/* Free the shared keys of a class being destroyed. */
void GlSharedKeys_Free(GlTypeObject *tp);

/* The value of `name` in the tagged values `slotval` of an instance of tp: borrowed,
 * NULL when unset (no exception). *hint caches the key index between calls, or
 * -2 - nkeys when the name was not among the keys while there were nkeys of them
 * (keys are only appended: it is still absent while nkeys is unchanged; this makes
 * the "not shadowed by the instance" check of a method call one compare). */
static inline GlObject *
GlInstValues_Get(GlTypeObject *tp, GlObject *slotval, GlObject *name, Gl_ssize_t *hint)
{
    GlSharedKeys *keys = GlSharedKeys_Of(tp);
    GlInstValues *v = GlInstValues_Untag(slotval);
    Gl_ssize_t i = *hint;
    if (i < 0 || i >= keys->nkeys || keys->names[i] != name) {
        if (i == -2 - keys->nkeys) {
            return NULL;
        }
        i = GlSharedKeys_Find(keys, name);
        if (i < 0) {
            *hint = -2 - keys->nkeys;
            return NULL;
        }
        *hint = i;
    }
    return i < v->capacity ? v->values[i] : NULL;
}

/* obj.name = value (value NULL: del obj.name) where *slot, the dict slot of obj, is
 * NULL or tagged values. Falls back to materializing a dict when the name does not fit
 * the shared keys. Returns 0 done, 1 when deleting a missing name (no exception set),
 * -1 on error. *hint as for GlInstValues_Get (may be a dummy). */
int GlInstValues_Store(GlObject *obj, GlObject **slot, GlObject *name, GlObject *value,
                       Gl_ssize_t *hint);
/* Replace the tagged values at *slot (an instance of tp) by an equal dict in the same
 * insertion order, untracked as an inline dict. Returns the dict (borrowed, owned by
 * the slot) or NULL with MemoryError (the values are then left in place). */
GlObject *GlInstValues_Materialize(GlTypeObject *tp, GlObject **slot) GL_BORROWED;
/* Visit each value (in key order, as CPython 3.11's instance traversal). */
int GlInstValues_Traverse(GlObject *slotval, visitproc visit, void *arg);
/* Empty the slot, then release the values (may run Python code through __del__). */
void GlInstValues_Clear(GlObject **slot);

#endif /* GLASS_OBJECTS_INSTVALUES_H */
