/* gc.h - the GC header and the collector's interface to the rest of Glass.
 *
 * A collectable object (its type has GL_TPFLAGS_HAVE_GC) is allocated with a
 * GlGCHead just before it, 16 bytes as in CPython: two links of a doubly linked
 * generation list, with flag bits in the low bits of gc_prev. Only gc.c reads them.
 * Invariants: an object is in at most one list; GlObject_GC_UnTrack is idempotent;
 * an object is tracked only once every field that tp_traverse visits is valid.
 */
#ifndef GLASS_CORE_GC_H
#define GLASS_CORE_GC_H

#include "object.h"

typedef struct GlGCHead {
    uintptr_t gc_next;   // next in the generation list (0 when untracked)
    uintptr_t gc_prev;   // previous in the list; low 2 bits: flags (see gc.c)
} GlGCHead;

#define GL_AS_GC(op) ((GlGCHead *)(op) - 1)
#define GL_FROM_GC(g) ((GlObject *)((GlGCHead *)(g) + 1))

/* Allocates an untracked GC object of `type` with room for nitems (new reference,
 * refcount 1, fields zeroed, ob_size = nitems when tp_itemsize != 0; a heap type is
 * INCREF'd: its instances own a reference to it, released by subtype_dealloc). Counts toward generation 0; may start a collection,
 * so it can run Python code (finalizers, weakref callbacks). NULL + MemoryError on failure. */
GlObject *GlObject_GC_New(GlTypeObject *type, Gl_ssize_t nitems) GL_NEWREF;
/* Resizes a GC var-object's block (untracked objects only). Returns the new address. */
GlObject *GlObject_GC_Resize(GlObject *op, Gl_ssize_t nitems) GL_NEWREF;
/* Frees the block of a GC object (tp_free of GC types). */
void GlObject_GC_Del(void *op);
void GlObject_GC_Track(void *op);
void GlObject_GC_UnTrack(void *op);
int GlObject_GC_IsTracked(GlObject *op);
int GlObject_GC_IsFinalized(GlObject *op);
void GlObject_GC_SetFinalized(GlObject *op);

/* Allocates a non-GC object (new reference, fields zeroed); NULL + MemoryError. */
GlObject *GlObject_New(GlTypeObject *type, Gl_ssize_t nitems) GL_NEWREF;
/* Frees the block of a non-GC object (tp_free of such types). */
void GlObject_Free(void *op);

/* Runs a collection of generations 0..generation (gc.collect): the "start"/"stop"
 * gc.callbacks included. Returns the number of unreachable objects found (0 when a
 * collection is already running), or -1 with ValueError("invalid generation").
 * Runs Python code (callbacks, finalizers, weakref callbacks). */
Gl_ssize_t GlGC_Collect(int generation);
/* A full collection without gc.callbacks (interpreter exit). Runs Python code. */
Gl_ssize_t GlGC_CollectNoFail(void);
/* Creates gc.garbage and gc.callbacks (call once the list type is ready; the
 * collector works before, without them). */
void GlGC_Init(void);
/* 1 if op has a GC header: its type has GL_TPFLAGS_HAVE_GC and it is not a static
 * type object (CPython's _PyObject_IS_GC). */
int GlObject_IsGC(GlObject *op);
/* Number of objects in a generation list. */
Gl_ssize_t GlGC_ListSize(GlGCHead *list);
/* gc.freeze(): every tracked object moves to the permanent generation, counts 0.
 * gc.unfreeze(): the permanent generation moves back into generation 2. */
void GlGC_Freeze(void);
void GlGC_Unfreeze(void);

/* PEP 442 from a dealloc: for a type with tp_finalize, its tp_dealloc (subtype_dealloc
 * for classes with __del__) calls this first, with the refcount at 0 and the object
 * tracked. Runs tp_finalize once (the FINALIZED bit; PYTHON CODE). Returns 0 when the
 * object may be destroyed, -1 when the finalizer resurrected it (refcount > 0 again:
 * stop deallocating). */
int GlObject_CallFinalizerFromDealloc(GlObject *self);
/* Runs tp_finalize once unless already finalized (PYTHON CODE). */
void GlObject_CallFinalizer(GlObject *self);

/* Collector state, exposed for the gc module. */
typedef struct GlGCGeneration {
    GlGCHead head;        // list head (sentinel)
    int threshold;
    int count;
} GlGCGeneration;

typedef struct GlGCState {
    GlGCGeneration generations[3];
    GlGCHead permanent;           // frozen objects
    int enabled;
    int collecting;
    int debug;
    Gl_ssize_t long_lived_total;
    Gl_ssize_t long_lived_pending;
    Gl_ssize_t stats_collections[3];
    Gl_ssize_t stats_collected[3];
    Gl_ssize_t stats_uncollectable[3];
    GlObject *garbage;            // list: gc.garbage
    GlObject *callbacks;          // list: gc.callbacks
} GlGCState;

extern GlGCState gl_gc;

#endif /* GLASS_CORE_GC_H */
