/* weakref.h - weak references (weakref.ref, proxies) and the weakref list each
 * weakly-referenceable object carries at tp_weaklistoffset.
 * Invariants: the list at tp_weaklistoffset is a doubly-linked list of the refs to
 * the object, the shared callback-less ref first; a ref's wr_object is borrowed and
 * set to None when the referent dies. */
#ifndef GLASS_OBJECTS_WEAKREF_H
#define GLASS_OBJECTS_WEAKREF_H

#include "../core/object.h"

typedef struct GlWeakReference {
    GlObject ob_base;
    GlObject *wr_object;        // borrowed referent, or None once dead
    GlObject *wr_callback;      // owned or NULL
    Gl_hash_t hash;             // -1 until computed
    struct GlWeakReference *wr_prev, *wr_next;
    vectorcallfunc vectorcall;
} GlWeakReference;

extern GlTypeObject GlWeakRef_Type, GlWeakProxy_Type, GlWeakCallableProxy_Type;

/* Clear every weakref to o and call their callbacks (newest first); used by
 * dealloc of weakly-referenceable types. Can run Python code. */
void GlObject_ClearWeakRefs(GlObject *o);
GlObject *GlWeakref_NewRef(GlObject *ob, GlObject *callback) GL_NEWREF;
GlObject *GlWeakref_NewProxy(GlObject *ob, GlObject *callback) GL_NEWREF;
/* Referent (borrowed) or None. */
GlObject *GlWeakref_GetObject(GlObject *ref) GL_BORROWED;
/* Clears self: unlinks it from its referent's list and sets wr_object to None,
 * keeping the callback (the collector calls it later, or never). No Python code. */
void GlWeakref_ClearRef(GlWeakReference *self);
/* Number of weakrefs to o. */
Gl_ssize_t GlWeakref_GetWeakrefCount(GlObject *o);

/* Any weakref object: ref (and subclasses), proxy, callable proxy. */
static inline int
GlWeakref_Check(GlObject *o)
{
    return GlObject_TypeCheck(o, &GlWeakRef_Type) || Gl_IS_TYPE(o, &GlWeakProxy_Type)
           || Gl_IS_TYPE(o, &GlWeakCallableProxy_Type);
}

/* Address of the weakref list head of o (its type must have tp_weaklistoffset > 0). */
static inline GlWeakReference **
GlObject_GET_WEAKREFS_LISTPTR(GlObject *o)
{
    return (GlWeakReference **)((char *)o + Gl_TYPE(o)->tp_weaklistoffset);
}

#endif /* GLASS_OBJECTS_WEAKREF_H */
