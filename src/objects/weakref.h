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

#endif /* GLASS_OBJECTS_WEAKREF_H */
