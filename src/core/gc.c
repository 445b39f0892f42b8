/* gc.c - the GC header, object allocation, deferred deallocation and the cyclic
 * collector (CPython 3.11's gcmodule.c algorithm).
 *
 * The GC header (GlGCHead, 16 bytes) sits just before every object of a type with
 * GL_TPFLAGS_HAVE_GC. Outside a collection:
 *   gc_next  next object of the generation list, 0 when untracked
 *   gc_prev  previous object | FINALIZED (bit 0); bit 1 (COLLECTING) is clear
 * Static type objects have GL_TPFLAGS_HAVE_GC (through type's flags) but no header:
 * gc_is_gc() excludes type objects without GL_TPFLAGS_HEAPTYPE (CPython's tp_is_gc).
 * Every other object of a GC type must come from GlObject_GC_New.
 *
 * Phases of one collection of generation N (gc_collect_main), in order:
 *  0. Counts: count[N+1] += 1, counts 0..N = 0; lists 0..N-1 merged into list N
 *     ("young"); `old` is list N+1 (or young itself for N = 2).
 *  1. update_refs: gc_prev holds (refcount << 2) | COLLECTING | FINALIZED.
 *     subtract_refs: tp_traverse of each young object decrements the copy of every
 *     young object it references. Left > 0: referenced from outside young.
 *     move_unreachable: objects reachable from those are kept (gc_prev becomes a
 *     pointer again, COLLECTING cleared); the rest move to `unreachable`, whose
 *     gc_next links carry NEXT_MASK_UNREACHABLE (bit 0) until cleared.
 *     Kept exact tuples of atoms are untracked in the same walk (CPython: a
 *     separate pass, same order), which also counts the survivors.
 *  2. untrack_dicts for N = 2; young merged into old; long_lived_pending /
 *     long_lived_total updated from the survivor count; DEBUG_COLLECTABLE lines.
 *  3. handle_weakrefs: every weakref to a garbage object is cleared; callbacks run
 *     (PYTHON CODE) only for weakrefs that are not garbage themselves.
 *  4. finalize_garbage: tp_finalize (PYTHON CODE: __del__) once per object, marked
 *     FINALIZED.
 *  5. handle_resurrected_objects: phase 1 again on the garbage; what a finalizer
 *     made reachable moves to old, uncounted.
 *  6. delete_garbage: tp_clear of each remaining object (may run PYTHON CODE through
 *     deallocations), or append to gc.garbage under DEBUG_SAVEALL.
 *  7. DEBUG_STATS done line; full collections clear the free lists; stats; the
 *     caller runs the "stop" gc.callbacks (PYTHON CODE).
 *
 * Deferred deallocation (GlObject_Dealloc): past GL_DEALLOC_MAX_DEPTH nested
 * deallocations of GC objects, an object whose count reached 0 is untracked and
 * chained through its gc_prev (flags kept in the low bits, gc_next stays 0); the
 * outermost GlObject_Dealloc destroys the chain, so a million-node list chain is
 * freed with bounded C stack.
 *
 * Conventions for other files: a heap type's instances own a reference to their
 * type (GlObject_GC_New / GlObject_New INCREF it; subtype_dealloc releases it after
 * tp_free). Types with tp_finalize call GlObject_CallFinalizerFromDealloc from their
 * dealloc (subtype_dealloc does, as in CPython); GlObject_Dealloc itself does not.
 */
#include <time.h>
#include <stdio.h>
#include "../objects/allobjects.h"
#include "../modules/modules.h"

#define NUM_GENERATIONS 3
#define PREV_MASK_FINALIZED ((uintptr_t)1)
#define PREV_MASK_COLLECTING ((uintptr_t)2)
#define PREV_SHIFT 2
#define PREV_MASK_PTR (~(uintptr_t)3)
#define NEXT_MASK_UNREACHABLE ((uintptr_t)1)

#define DEBUG_STATS (1 << 0)
#define DEBUG_COLLECTABLE (1 << 1)
#define DEBUG_UNCOLLECTABLE (1 << 2)
#define DEBUG_SAVEALL (1 << 5)

#define GL_DEALLOC_MAX_DEPTH 100

#define GEN_HEAD(n) (&gl_gc.generations[n].head)
#define GEN_INIT(n, t) { { (uintptr_t)GEN_HEAD(n), (uintptr_t)GEN_HEAD(n) }, (t), 0 }

GlGCState gl_gc = {
    .generations = { GEN_INIT(0, 700), GEN_INIT(1, 10), GEN_INIT(2, 10) },
    .permanent = { (uintptr_t)&gl_gc.permanent, (uintptr_t)&gl_gc.permanent },
    .enabled = 1,
};

/* ---- header helpers ---- */

static inline GlGCHead *
gc_next(GlGCHead *g)
{
    return (GlGCHead *)g->gc_next;
}

static inline GlGCHead *
gc_prev(GlGCHead *g)
{
    return (GlGCHead *)(g->gc_prev & PREV_MASK_PTR);
}

static inline void
gc_set_prev(GlGCHead *g, GlGCHead *p)
{
    g->gc_prev = (g->gc_prev & ~PREV_MASK_PTR) | (uintptr_t)p;
}

static inline int
gc_is_collecting(GlGCHead *g)
{
    return (g->gc_prev & PREV_MASK_COLLECTING) != 0;
}

static inline void
gc_clear_collecting(GlGCHead *g)
{
    g->gc_prev &= ~PREV_MASK_COLLECTING;
}

static inline Gl_ssize_t
gc_get_refs(GlGCHead *g)
{
    return (Gl_ssize_t)(g->gc_prev >> PREV_SHIFT);
}

static inline void
gc_set_refs(GlGCHead *g, Gl_ssize_t refs)
{
    g->gc_prev = (g->gc_prev & ~(~(uintptr_t)0 << PREV_SHIFT)) | ((uintptr_t)refs << PREV_SHIFT);
}

static inline void
gc_reset_refs(GlGCHead *g, Gl_ssize_t refs)
{
    g->gc_prev = (g->gc_prev & PREV_MASK_FINALIZED) | PREV_MASK_COLLECTING
                 | ((uintptr_t)refs << PREV_SHIFT);
}

static inline void
gc_decref(GlGCHead *g)
{
    g->gc_prev -= (uintptr_t)1 << PREV_SHIFT;
}

/* 1 if op has a GC header: a GC type, except static type objects. */
static inline int
gc_is_gc(GlObject *op)
{
    GlTypeObject *tp = Gl_TYPE(op);
    if (!GlType_IS_GC(tp)) {
        return 0;
    }
    if (GlType_HasFeature(tp, GL_TPFLAGS_TYPE_SUBCLASS)) {
        return GlType_HasFeature((GlTypeObject *)op, GL_TPFLAGS_HEAPTYPE);
    }
    return 1;
}

int
GlObject_IsGC(GlObject *op)
{
    return gc_is_gc(op);
}

/* ---- lists ---- */

static inline void
gc_list_init(GlGCHead *list)
{
    list->gc_prev = (uintptr_t)list;
    list->gc_next = (uintptr_t)list;
}

static inline int
gc_list_is_empty(GlGCHead *list)
{
    return list->gc_next == (uintptr_t)list;
}

static inline void
gc_list_append(GlGCHead *node, GlGCHead *list)
{
    GlGCHead *last = (GlGCHead *)list->gc_prev;
    gc_set_prev(node, last);
    last->gc_next = (uintptr_t)node;
    node->gc_next = (uintptr_t)list;
    list->gc_prev = (uintptr_t)node;
}

static inline void
gc_list_remove(GlGCHead *node)
{
    GlGCHead *prev = gc_prev(node);
    GlGCHead *next = gc_next(node);
    prev->gc_next = (uintptr_t)next;
    gc_set_prev(next, prev);
    node->gc_next = 0;
}

static void
gc_list_move(GlGCHead *node, GlGCHead *list)
{
    GlGCHead *from_prev = gc_prev(node);
    GlGCHead *from_next = gc_next(node);
    from_prev->gc_next = (uintptr_t)from_next;
    gc_set_prev(from_next, from_prev);
    GlGCHead *to_prev = (GlGCHead *)list->gc_prev;
    gc_set_prev(node, to_prev);
    to_prev->gc_next = (uintptr_t)node;
    node->gc_next = (uintptr_t)list;
    list->gc_prev = (uintptr_t)node;
}

/* Append all of from to the end of to; from becomes empty. */
static void
gc_list_merge(GlGCHead *from, GlGCHead *to)
{
    if (!gc_list_is_empty(from)) {
        GlGCHead *to_tail = (GlGCHead *)to->gc_prev;
        GlGCHead *from_head = gc_next(from);
        GlGCHead *from_tail = (GlGCHead *)from->gc_prev;
        to_tail->gc_next = (uintptr_t)from_head;
        gc_set_prev(from_head, to_tail);
        from_tail->gc_next = (uintptr_t)to;
        to->gc_prev = (uintptr_t)from_tail;
    }
    gc_list_init(from);
}

Gl_ssize_t
GlGC_ListSize(GlGCHead *list)
{
    Gl_ssize_t n = 0;
    for (GlGCHead *g = gc_next(list); g != list; g = gc_next(g)) {
        n++;
    }
    return n;
}

/* ---- allocation and tracking ---- */

static Gl_ssize_t gc_collect_generations(void);

GlObject *
GlObject_GC_New(GlTypeObject *type, Gl_ssize_t nitems) GL_NEWREF
{
    size_t size = (size_t)type->tp_basicsize;
    if (nitems > 0) {
        if ((size_t)nitems > ((size_t)GL_SSIZE_T_MAX - size) / ((size_t)type->tp_itemsize + 1)) {
            return GlErr_NoMemory();
        }
        size += (size_t)nitems * (size_t)type->tp_itemsize;
    }
    size = (size + 7) & ~(size_t)7;
    GlGCHead *g = GlMem_Calloc(1, sizeof(GlGCHead) + size);
    if (g == NULL) {
        return GlErr_NoMemory();
    }
    GlObject *op = GL_FROM_GC(g);
    op->ob_refcnt = 1;
    GL_REF_INC();
    op->ob_type = type;
    if (type->tp_itemsize != 0) {
        Gl_SET_SIZE(op, nitems);
    }
    if (type->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        Gl_INCREF(type);
    }
    GlGCGeneration *g0 = &gl_gc.generations[0];
    g0->count++;
    if (GL_UNLIKELY(g0->count > g0->threshold) && g0->threshold && gl_gc.enabled
        && !gl_gc.collecting && gl_tstate.curexc == NULL) {
        /* The new object is not tracked yet: the collector does not see it. */
        gl_gc.collecting = 1;
        gc_collect_generations();   // PYTHON CODE
        gl_gc.collecting = 0;
    }
    return op;
}

GlObject *
GlObject_GC_Resize(GlObject *op, Gl_ssize_t nitems) GL_NEWREF
{
    GlTypeObject *type = Gl_TYPE(op);
    size_t size = (size_t)type->tp_basicsize;
    if (nitems > 0) {
        if ((size_t)nitems > ((size_t)GL_SSIZE_T_MAX - size) / ((size_t)type->tp_itemsize + 1)) {
            return GlErr_NoMemory();
        }
        size += (size_t)nitems * (size_t)type->tp_itemsize;
    }
    size = (size + 7) & ~(size_t)7;
    GlGCHead *g = GlMem_Realloc(GL_AS_GC(op), sizeof(GlGCHead) + size);
    if (g == NULL) {
        return GlErr_NoMemory();
    }
    op = GL_FROM_GC(g);
    Gl_SET_SIZE(op, nitems);
    return op;
}

void
GlObject_GC_Del(void *op)
{
    GlGCHead *g = GL_AS_GC(op);
    if (g->gc_next != 0) {
        gc_list_remove(g);
    }
    if (gl_gc.generations[0].count > 0) {
        gl_gc.generations[0].count--;
    }
    GlMem_Free(g);
}

void
GlObject_GC_Track(void *op)
{
    GlGCHead *g = GL_AS_GC(op);
    if (g->gc_next != 0) {
        return;
    }
    gc_list_append(g, GEN_HEAD(0));
}

void
GlObject_GC_UnTrack(void *op)
{
    GlGCHead *g = GL_AS_GC(op);
    if (g->gc_next != 0) {
        gc_list_remove(g);
        g->gc_prev &= PREV_MASK_FINALIZED;
    }
}

int
GlObject_GC_IsTracked(GlObject *op)
{
    return gc_is_gc(op) && GL_AS_GC(op)->gc_next != 0;
}

int
GlObject_GC_IsFinalized(GlObject *op)
{
    return gc_is_gc(op) && (GL_AS_GC(op)->gc_prev & PREV_MASK_FINALIZED) != 0;
}

void
GlObject_GC_SetFinalized(GlObject *op)
{
    if (gc_is_gc(op)) {
        GL_AS_GC(op)->gc_prev |= PREV_MASK_FINALIZED;
    }
}

GlObject *
GlObject_New(GlTypeObject *type, Gl_ssize_t nitems) GL_NEWREF
{
    size_t size = (size_t)type->tp_basicsize;
    if (nitems > 0) {
        if ((size_t)nitems > ((size_t)GL_SSIZE_T_MAX - size) / ((size_t)type->tp_itemsize + 1)) {
            return GlErr_NoMemory();
        }
        size += (size_t)nitems * (size_t)type->tp_itemsize;
    }
    GlObject *op = GlMem_Calloc(1, size);
    if (op == NULL) {
        return GlErr_NoMemory();
    }
    op->ob_refcnt = 1;
    GL_REF_INC();
    op->ob_type = type;
    if (type->tp_itemsize != 0) {
        Gl_SET_SIZE(op, nitems);
    }
    if (type->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        Gl_INCREF(type);
    }
    return op;
}

void
GlObject_Free(void *op)
{
    GlMem_Free(op);
}

/* ---- finalizers ---- */

void
GlObject_CallFinalizer(GlObject *self)
{
    GlTypeObject *tp = Gl_TYPE(self);
    if (tp->tp_finalize == NULL) {
        return;
    }
    int isgc = gc_is_gc(self);
    if (isgc && (GL_AS_GC(self)->gc_prev & PREV_MASK_FINALIZED)) {
        return;
    }
    tp->tp_finalize(self);   // PYTHON CODE
    if (isgc) {
        GL_AS_GC(self)->gc_prev |= PREV_MASK_FINALIZED;
    }
}

int
GlObject_CallFinalizerFromDealloc(GlObject *self)
{
    /* Temporarily resurrect the object. */
    self->ob_refcnt = 1;
    GlObject_CallFinalizer(self);   // PYTHON CODE
    /* Undo the resurrection without going through Gl_DECREF (no recursion). */
    if (--self->ob_refcnt == 0) {
        return 0;
    }
    return -1;   // resurrected: the caller stops deallocating
}

/* ---- deferred deallocation ---- */

static int dealloc_depth;
static GlObject *dealloc_deferred;   // chained through gc_prev

static void
destroy_deferred(void)
{
    while (dealloc_deferred != NULL) {
        GlObject *op = dealloc_deferred;
        GlGCHead *g = GL_AS_GC(op);
        dealloc_deferred = (GlObject *)(g->gc_prev & PREV_MASK_PTR);
        g->gc_prev &= PREV_MASK_FINALIZED;
        dealloc_depth++;
        Gl_TYPE(op)->tp_dealloc(op);
        dealloc_depth--;
    }
}

void
GlObject_Dealloc(GlObject *op)
{
    GlTypeObject *tp = Gl_TYPE(op);
    if (!GlType_IS_GC(tp)) {
        tp->tp_dealloc(op);
        return;
    }
    if (dealloc_depth >= GL_DEALLOC_MAX_DEPTH && gc_is_gc(op)) {
        GlGCHead *g = GL_AS_GC(op);
        if (g->gc_next != 0) {
            gc_list_remove(g);
        }
        g->gc_prev = (g->gc_prev & PREV_MASK_FINALIZED) | (uintptr_t)dealloc_deferred;
        dealloc_deferred = op;
        return;
    }
    dealloc_depth++;
    tp->tp_dealloc(op);
    dealloc_depth--;
    if (dealloc_depth == 0 && dealloc_deferred != NULL) {
        destroy_deferred();
    }
}

/* ---- the collector ---- */

static void
update_refs(GlGCHead *containers)
{
    for (GlGCHead *g = gc_next(containers); g != containers; g = gc_next(g)) {
        gc_reset_refs(g, Gl_REFCNT(GL_FROM_GC(g)));
    }
}

static int
visit_decref(GlObject *op, void *parent)
{
    (void)parent;
    if (gc_is_gc(op)) {
        GlGCHead *g = GL_AS_GC(op);
        if (gc_is_collecting(g)) {
            gc_decref(g);
        }
    }
    return 0;
}

static void
subtract_refs(GlGCHead *containers)
{
    for (GlGCHead *g = gc_next(containers); g != containers; g = gc_next(g)) {
        GlObject *op = GL_FROM_GC(g);
        traverseproc traverse = Gl_TYPE(op)->tp_traverse;
        if (traverse != NULL) {
            (void)traverse(op, visit_decref, op);
        }
    }
}

static int
visit_reachable(GlObject *op, void *arg)
{
    GlGCHead *reachable = arg;
    if (!gc_is_gc(op)) {
        return 0;
    }
    GlGCHead *g = GL_AS_GC(op);
    Gl_ssize_t refs = gc_get_refs(g);
    if (!gc_is_collecting(g)) {
        return 0;   // another generation, or already scanned
    }
    if (g->gc_next & NEXT_MASK_UNREACHABLE) {
        /* Tentatively unreachable, but reachable after all: back to young. */
        GlGCHead *prev = gc_prev(g);
        GlGCHead *next = (GlGCHead *)(g->gc_next & ~NEXT_MASK_UNREACHABLE);
        prev->gc_next = g->gc_next;   // keeps the flag
        gc_set_prev(next, prev);
        gc_list_append(g, reachable);
        gc_set_refs(g, 1);
    }
    else if (refs == 0) {
        gc_set_refs(g, 1);   // not scanned yet: mark reachable
    }
    return 0;
}

/* Moves what stays unreachable from young to unreachable. With untrack_tuples, also
 * untracks each kept exact tuple whose items cannot be in a cycle (CPython does this
 * in a later pass over young, in the same order; done here while the object is in
 * cache). Returns the number of objects left in young. */
static Gl_ssize_t
move_unreachable(GlGCHead *young, GlGCHead *unreachable, int untrack_tuples)
{
    GlGCHead *prev = young;
    GlGCHead *g = gc_next(young);
    Gl_ssize_t kept = 0;
    while (g != young) {
        if (gc_get_refs(g)) {
            GlObject *op = GL_FROM_GC(g);
            traverseproc traverse = Gl_TYPE(op)->tp_traverse;
            if (traverse != NULL) {
                (void)traverse(op, visit_reachable, young);
            }
            if (untrack_tuples && GlTuple_CheckExact(op) && GlTuple_CanUntrack(op)) {
                /* Unlink g (its gc_prev still holds refs; the next object's prev is
                 * set when it is reached). When g was the last object, young's prev
                 * is fixed after the loop. */
                prev->gc_next = g->gc_next;
                g->gc_next = 0;
                g->gc_prev &= PREV_MASK_FINALIZED;
            }
            else {
                gc_set_prev(g, prev);
                gc_clear_collecting(g);
                prev = g;
                kept++;
            }
        }
        else {
            prev->gc_next = g->gc_next;
            GlGCHead *last = (GlGCHead *)unreachable->gc_prev;
            last->gc_next = NEXT_MASK_UNREACHABLE | (uintptr_t)g;
            gc_set_prev(g, last);
            g->gc_next = NEXT_MASK_UNREACHABLE | (uintptr_t)unreachable;
            unreachable->gc_prev = (uintptr_t)g;
        }
        g = (GlGCHead *)prev->gc_next;
    }
    young->gc_prev = (uintptr_t)prev;
    unreachable->gc_next &= ~NEXT_MASK_UNREACHABLE;
    return kept;
}

static void
clear_unreachable_mask(GlGCHead *unreachable)
{
    GlGCHead *next;
    for (GlGCHead *g = gc_next(unreachable); g != unreachable; g = next) {
        g->gc_next &= ~NEXT_MASK_UNREACHABLE;
        next = gc_next(g);
    }
}

/* Phase 1; returns the number of objects left in base. */
static Gl_ssize_t
deduce_unreachable(GlGCHead *base, GlGCHead *unreachable, int untrack_tuples)
{
    update_refs(base);
    subtract_refs(base);
    gc_list_init(unreachable);
    return move_unreachable(base, unreachable, untrack_tuples);
}

/* Returns the number of dicts untracked. */
static Gl_ssize_t
untrack_dicts(GlGCHead *head)
{
    Gl_ssize_t n = 0;
    GlGCHead *next;
    for (GlGCHead *g = gc_next(head); g != head; g = next) {
        GlObject *op = GL_FROM_GC(g);
        next = gc_next(g);
        if (GlDict_CheckExact(op)) {
            GlDict_MaybeUntrack(op);
            n += g->gc_next == 0;
        }
    }
    return n;
}

static inline int
type_supports_weakrefs(GlTypeObject *tp)
{
    return tp->tp_weaklistoffset > 0;
}

/* Phase 3. Returns the number of weakref objects (outside the garbage) freed by
 * running their callbacks. PYTHON CODE (callbacks). */
static Gl_ssize_t
handle_weakrefs(GlGCHead *unreachable, GlGCHead *old)
{
    GlGCHead wrcb_to_call;
    gc_list_init(&wrcb_to_call);
    GlGCHead *next;
    for (GlGCHead *g = gc_next(unreachable); g != unreachable; g = next) {
        GlObject *op = GL_FROM_GC(g);
        next = gc_next(g);
        if (GlWeakref_Check(op)) {
            /* A weakref inside the garbage is cleared silently. */
            GlWeakref_ClearRef((GlWeakReference *)op);
        }
        if (!type_supports_weakrefs(Gl_TYPE(op))) {
            continue;
        }
        GlWeakReference **wrlist = GlObject_GET_WEAKREFS_LISTPTR(op);
        for (GlWeakReference *wr = *wrlist; wr != NULL; wr = *wrlist) {
            GlWeakref_ClearRef(wr);   // unlinks wr: *wrlist changes
            if (wr->wr_callback == NULL) {
                continue;
            }
            GlGCHead *wrg = GL_AS_GC(wr);
            if (gc_is_collecting(wrg) || wrg->gc_next == 0) {
                continue;   // the weakref is garbage too (or not tracked)
            }
            Gl_INCREF(wr);
            gc_list_move(wrg, &wrcb_to_call);
        }
    }
    Gl_ssize_t num_freed = 0;
    while (!gc_list_is_empty(&wrcb_to_call)) {
        GlGCHead *g = gc_next(&wrcb_to_call);
        GlWeakReference *wr = (GlWeakReference *)GL_FROM_GC(g);
        GlObject *callback = wr->wr_callback;
        GlObject *temp = GlObject_CallOneArg(callback, (GlObject *)wr);   // PYTHON CODE
        if (temp == NULL) {
            GlErr_WriteUnraisable(callback);
        }
        else {
            Gl_DECREF(temp);
        }
        Gl_DECREF(wr);
        if (wrcb_to_call.gc_next == (uintptr_t)g) {
            gc_list_move(g, old);   // still alive
        }
        else {
            num_freed++;
        }
    }
    return num_freed;
}

/* Phase 4. PYTHON CODE (__del__). */
static void
finalize_garbage(GlGCHead *collectable)
{
    GlGCHead seen;
    gc_list_init(&seen);
    while (!gc_list_is_empty(collectable)) {
        GlGCHead *g = gc_next(collectable);
        GlObject *op = GL_FROM_GC(g);
        gc_list_move(g, &seen);
        destructor finalize = Gl_TYPE(op)->tp_finalize;
        if (!(g->gc_prev & PREV_MASK_FINALIZED) && finalize != NULL) {
            g->gc_prev |= PREV_MASK_FINALIZED;
            Gl_INCREF(op);
            finalize(op);
            if (gl_tstate.curexc != NULL) {
                GlErr_WriteUnraisable(op);
            }
            Gl_DECREF(op);
        }
    }
    gc_list_merge(&seen, collectable);
}

/* Phase 5. */
static void
handle_resurrected_objects(GlGCHead *unreachable, GlGCHead *still_unreachable,
                           GlGCHead *old)
{
    for (GlGCHead *g = gc_next(unreachable); g != unreachable; g = gc_next(g)) {
        gc_clear_collecting(g);
    }
    (void)deduce_unreachable(unreachable, still_unreachable, 0);
    clear_unreachable_mask(still_unreachable);
    gc_list_merge(unreachable, old);
}

/* Phase 6. PYTHON CODE (deallocations). */
static void
delete_garbage(GlGCHead *collectable, GlGCHead *old)
{
    while (!gc_list_is_empty(collectable)) {
        GlGCHead *g = gc_next(collectable);
        GlObject *op = GL_FROM_GC(g);
        if (gl_gc.debug & DEBUG_SAVEALL) {
            if (gl_gc.garbage == NULL) {
                gl_gc.garbage = GlList_New(0);
            }
            if (gl_gc.garbage == NULL || GlList_Append(gl_gc.garbage, op) < 0) {
                GlErr_Clear();
            }
        }
        else {
            inquiry clear = Gl_TYPE(op)->tp_clear;
            if (clear != NULL) {
                Gl_INCREF(op);
                (void)clear(op);
                if (gl_tstate.curexc != NULL) {
                    GlErr_WriteUnraisableMsg("Exception ignored in tp_clear of",
                                             (GlObject *)Gl_TYPE(op));
                }
                Gl_DECREF(op);
            }
        }
        if (gc_next(collectable) == g) {
            /* Still alive: it may die later. */
            gc_clear_collecting(g);
            gc_list_move(g, old);
        }
    }
}

static double
gc_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void
gc_write_stderr(const char *text)
{
    GlSys_WriteStderr(text);
}

static void
debug_cycle(const char *msg, GlObject *op)
{
    char buf[256];
    snprintf(buf, sizeof buf, "gc: %s <%s %p>\n", msg, Gl_TYPE(op)->tp_name, (void *)op);
    gc_write_stderr(buf);
}

static void
clear_freelists(void)
{
    GlList_ClearFreeList();
    GlDict_ClearFreeList();
    GlTuple_ClearFreeLists();
}

/* One collection of generations 0..generation; *collected / *uncollectable set. */
static Gl_ssize_t
gc_collect_main(int generation, Gl_ssize_t *n_collected, Gl_ssize_t *n_uncollectable)
{
    Gl_ssize_t m = 0;   // unreachable objects collected
    Gl_ssize_t n = 0;   // uncollectable (always 0: no legacy tp_del)
    double t1 = 0;
    if (gl_gc.debug & DEBUG_STATS) {
        char buf[256];
        snprintf(buf, sizeof buf,
                 "gc: collecting generation %d...\n"
                 "gc: objects in each generation: %zd %zd %zd\n"
                 "gc: objects in permanent generation: %zd\n",
                 generation, GlGC_ListSize(GEN_HEAD(0)), GlGC_ListSize(GEN_HEAD(1)),
                 GlGC_ListSize(GEN_HEAD(2)), GlGC_ListSize(&gl_gc.permanent));
        gc_write_stderr(buf);
        t1 = gc_now();
    }
    if (generation + 1 < NUM_GENERATIONS) {
        gl_gc.generations[generation + 1].count += 1;
    }
    for (int i = 0; i <= generation; i++) {
        gl_gc.generations[i].count = 0;
    }
    for (int i = 0; i < generation; i++) {
        gc_list_merge(GEN_HEAD(i), GEN_HEAD(generation));
    }
    GlGCHead *young = GEN_HEAD(generation);
    GlGCHead *old = generation < NUM_GENERATIONS - 1 ? GEN_HEAD(generation + 1) : young;

    GlGCHead unreachable;
    Gl_ssize_t survivors = deduce_unreachable(young, &unreachable, 1);
    if (young != old) {
        if (generation == NUM_GENERATIONS - 2) {
            gl_gc.long_lived_pending += survivors;
        }
        gc_list_merge(young, old);
    }
    else {
        survivors -= untrack_dicts(young);
        gl_gc.long_lived_pending = 0;
        gl_gc.long_lived_total = survivors;
    }
    clear_unreachable_mask(&unreachable);
    if (gl_gc.debug & DEBUG_COLLECTABLE) {
        for (GlGCHead *g = gc_next(&unreachable); g != &unreachable; g = gc_next(g)) {
            debug_cycle("collectable", GL_FROM_GC(g));
        }
    }

    m += handle_weakrefs(&unreachable, old);
    finalize_garbage(&unreachable);
    GlGCHead final_unreachable;
    handle_resurrected_objects(&unreachable, &final_unreachable, old);
    m += GlGC_ListSize(&final_unreachable);
    delete_garbage(&final_unreachable, old);

    if (gl_gc.debug & DEBUG_STATS) {
        char buf[160];
        snprintf(buf, sizeof buf, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n",
                 n + m, n, gc_now() - t1);
        gc_write_stderr(buf);
    }
    if (generation == NUM_GENERATIONS - 1) {
        clear_freelists();
    }
    if (gl_tstate.curexc != NULL) {
        GlErr_WriteUnraisableMsg("Exception ignored in garbage collection", NULL);
    }
    *n_collected = m;
    *n_uncollectable = n;
    gl_gc.stats_collections[generation]++;
    gl_gc.stats_collected[generation] += m;
    gl_gc.stats_uncollectable[generation] += n;
    return n + m;
}

/* Call every gc.callbacks entry with (phase, info). PYTHON CODE. */
static void
invoke_gc_callback(const char *phase, int generation, Gl_ssize_t collected,
                   Gl_ssize_t uncollectable)
{
    if (gl_gc.callbacks == NULL || GlList_GET_SIZE(gl_gc.callbacks) == 0) {
        return;
    }
    GlObject *info = GlDict_New();
    GlObject *ph = GlStr_FromString(phase);
    GlObject *v1 = GlInt_FromLong(generation);
    GlObject *v2 = GlInt_FromSsize_t(collected);
    GlObject *v3 = GlInt_FromSsize_t(uncollectable);
    if (info == NULL || ph == NULL || v1 == NULL || v2 == NULL || v3 == NULL
        || GlDict_SetItemString(info, "generation", v1) < 0
        || GlDict_SetItemString(info, "collected", v2) < 0
        || GlDict_SetItemString(info, "uncollectable", v3) < 0) {
        GlErr_WriteUnraisable(NULL);
        goto done;
    }
    for (Gl_ssize_t i = 0; i < GlList_GET_SIZE(gl_gc.callbacks); i++) {
        GlObject *cb = Gl_NewRef(GlList_GET_ITEM(gl_gc.callbacks, i));
        GlObject *r = GlObject_CallFunctionObjArgs(cb, ph, info, NULL);
        if (r == NULL) {
            GlErr_WriteUnraisable(cb);
        }
        else {
            Gl_DECREF(r);
        }
        Gl_DECREF(cb);
    }
done:
    Gl_XDECREF(info);
    Gl_XDECREF(ph);
    Gl_XDECREF(v1);
    Gl_XDECREF(v2);
    Gl_XDECREF(v3);
}

static Gl_ssize_t
gc_collect_with_callback(int generation)
{
    Gl_ssize_t collected = 0, uncollectable = 0;
    invoke_gc_callback("start", generation, 0, 0);
    Gl_ssize_t result = gc_collect_main(generation, &collected, &uncollectable);
    invoke_gc_callback("stop", generation, collected, uncollectable);
    return result;
}

static Gl_ssize_t
gc_collect_generations(void)
{
    for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
        if (gl_gc.generations[i].count > gl_gc.generations[i].threshold) {
            if (i == NUM_GENERATIONS - 1
                && gl_gc.long_lived_pending < gl_gc.long_lived_total / 4) {
                continue;
            }
            return gc_collect_with_callback(i);
        }
    }
    return 0;
}

Gl_ssize_t
GlGC_Collect(int generation)
{
    if (generation < 0 || generation >= NUM_GENERATIONS) {
        GlErr_SetString(GlExc_ValueError, "invalid generation");
        return -1;
    }
    if (gl_gc.collecting) {
        return 0;   // already collecting: do nothing
    }
    gl_gc.collecting = 1;
    Gl_ssize_t n = gc_collect_with_callback(generation);
    gl_gc.collecting = 0;
    return n;
}

Gl_ssize_t
GlGC_CollectNoFail(void)
{
    if (gl_gc.collecting) {
        return 0;
    }
    gl_gc.collecting = 1;
    Gl_ssize_t collected, uncollectable;
    Gl_ssize_t n = gc_collect_main(NUM_GENERATIONS - 1, &collected, &uncollectable);
    gl_gc.collecting = 0;
    return n;
}

void
GlGC_Init(void)
{
    if (gl_gc.garbage == NULL) {
        gl_gc.garbage = GlList_New(0);
    }
    if (gl_gc.callbacks == NULL) {
        gl_gc.callbacks = GlList_New(0);
    }
    GlErr_Clear();
}

void
GlGC_Freeze(void)
{
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        gc_list_merge(GEN_HEAD(i), &gl_gc.permanent);
        gl_gc.generations[i].count = 0;
    }
}

void
GlGC_Unfreeze(void)
{
    gc_list_merge(&gl_gc.permanent, GEN_HEAD(NUM_GENERATIONS - 1));
}
