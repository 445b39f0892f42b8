/* tuple.h - tuple.
 * Invariants: items are owned and non-NULL once Python can see the tuple; () is a
 * singleton; small tuples (sizes 1..19) come from per-size free lists of up to 2000
 * (CPython 3.11's PyTuple_MAXSAVESIZE / PyTuple_MAXFREELIST). */
#ifndef GLASS_OBJECTS_TUPLE_H
#define GLASS_OBJECTS_TUPLE_H

#include "../core/object.h"

typedef struct GlTupleObject {
    GlVarObject ob_base;
    GlObject *ob_item[1];
} GlTupleObject;

/* The tuple iterator (the VM may special-case it in FOR_ITER). */
typedef struct GlTupleIterObject {
    GlObject ob_base;
    Gl_ssize_t it_index;       // next index to return
    GlObject *it_seq;          // the tuple (owned), NULL once exhausted
} GlTupleIterObject;

extern GlTypeObject GlTuple_Type;
extern GlTypeObject GlTupleIter_Type;

static inline int GlTuple_Check(GlObject *o) { return GlType_HasFeature(o->ob_type, GL_TPFLAGS_TUPLE_SUBCLASS); }
static inline int GlTuple_CheckExact(GlObject *o) { return o->ob_type == &GlTuple_Type; }
#define GlTuple_GET_ITEM(op, i) (((GlTupleObject *)(op))->ob_item[i])  /* borrowed */
#define GlTuple_SET_ITEM(op, i, v) (((GlTupleObject *)(op))->ob_item[i] = (v)) /* steals */
#define GlTuple_GET_SIZE(op) Gl_SIZE(op)
#define GlTuple_ITEMS(op) (((GlTupleObject *)(op))->ob_item)

/* New tuple of n NULL items, tracked by the GC; fill with GlTuple_SET_ITEM before
 * Python sees it. New reference. */
GlObject *GlTuple_New(Gl_ssize_t n) GL_NEWREF;
/* New tuple holding new references to items[0..n). */
GlObject *GlTuple_FromArray(GlObject *const *items, Gl_ssize_t n) GL_NEWREF;
/* New tuple stealing items[0..n). */
GlObject *GlTuple_FromArraySteal(GlObject *const *items, Gl_ssize_t n) GL_NEWREF;
/* GlTuple_Pack(2, a, b): new references to each. */
GlObject *GlTuple_Pack(Gl_ssize_t n, ...) GL_NEWREF;
GlObject *GlTuple_GetSlice(GlObject *t, Gl_ssize_t lo, Gl_ssize_t hi) GL_NEWREF;
/* tuple(iterable). */
GlObject *GlSequence_Tuple(GlObject *iterable) GL_NEWREF;
void GlTuple_ClearFreeLists(void);
/* 1 when no item of t can be part of a cycle: every item is atomic or an untracked
 * tuple (the collector then untracks t). */
int GlTuple_CanUntrack(GlObject *t);

/* Helpers shared by the container files (defined in tuple.c). */
/* Bool result of comparing two lengths with a rich-comparison op. New reference. */
GlObject *GlRich_CompareSizes(Gl_ssize_t a, Gl_ssize_t b, int op) GL_NEWREF;
/* Parses (value, [start, [stop]]) of list.index / tuple.index: start defaults to 0,
 * stop to GL_SSIZE_T_MAX (both unclamped, may be negative). 0 / -1. */
int GlSeq_IndexArgs(const char *fname, GlObject *const *args, Gl_ssize_t nargs,
                    Gl_ssize_t *start, Gl_ssize_t *stop);
/* tp_iter of iterators: returns self (new reference). */
GlObject *GlIter_Self(GlObject *self) GL_NEWREF;

#endif /* GLASS_OBJECTS_TUPLE_H */
