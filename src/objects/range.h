/* range.h - range, slice, and the generic iterators (sequence iterator, callable
 * iterator, enumerate, zip, map, filter, reversed).
 * Invariants: range fields are ints (owned); len is cached; slice fields are owned
 * (None when absent). */
#ifndef GLASS_OBJECTS_RANGE_H
#define GLASS_OBJECTS_RANGE_H

#include "../core/object.h"

typedef struct GlRangeObject {
    GlObject ob_base;
    GlObject *start, *stop, *step, *length;   // ints, owned
} GlRangeObject;

/* range_iterator: values start + i*step for index <= i < len (the VM's FOR_ITER
 * special-cases this type; all fields fit a machine word). */
typedef struct GlRangeIterObject {
    GlObject ob_base;
    Gl_ssize_t index;          // next index
    Gl_ssize_t start;          // first value
    Gl_ssize_t step;           // never 0
    Gl_ssize_t len;            // number of values
} GlRangeIterObject;

typedef struct GlSliceObject {
    GlObject ob_base;
    GlObject *start, *stop, *step;            // owned, None when absent
} GlSliceObject;

extern GlTypeObject GlRange_Type, GlRangeIter_Type, GlLongRangeIter_Type;
extern GlTypeObject GlSlice_Type;
extern GlTypeObject GlSeqIter_Type, GlCallIter_Type;
extern GlTypeObject GlEnum_Type, GlZip_Type, GlMap_Type, GlFilter_Type, GlReversed_Type;

static inline int GlSlice_Check(GlObject *o) { return o->ob_type == &GlSlice_Type; }
static inline int GlRange_Check(GlObject *o) { return o->ob_type == &GlRange_Type; }

/* New slice; NULL arguments become None. New reference. */
GlObject *GlSlice_New(GlObject *start, GlObject *stop, GlObject *step) GL_NEWREF;
/* Resolve a slice against a length: fills start/stop/step and returns the slice
 * length, or -1 with an exception ("slice step cannot be zero", index errors). */
Gl_ssize_t GlSlice_GetIndicesEx(GlObject *slice, Gl_ssize_t length, Gl_ssize_t *start,
                                Gl_ssize_t *stop, Gl_ssize_t *step);
/* Iterator over obj using __getitem__(0, 1, ...) until IndexError. */
GlObject *GlSeqIter_New(GlObject *seq) GL_NEWREF;
/* The reduction CPython 3.11's index-based iterators return: (builtins[name], (seq,),
 * index) while seq is not NULL; once exhausted (seq NULL), (builtins.iter, (empty,)),
 * empty being taken over by the call (NULL: the empty tuple; it is released in every
 * case). AttributeError when the builtin is missing. New reference. */
GlObject *GlIter_ReduceIndex(GlObject *name, GlObject *seq, Gl_ssize_t index,
                             GlObject *empty GL_STEALS) GL_NEWREF;
/* The index such an iterator's __setstate__(state) asks for, as PyLong_AsSsize_t: an
 * int ("an integer is required"), OverflowError past Gl_ssize_t. 0, or -1 with an
 * exception. */
int GlIter_StateIndex(GlObject *state, Gl_ssize_t *index);
/* __reduce__ of an iterator that CPython reduces to iter(list(rest)) (dict and set
 * iterators): copy is a fresh iterator at the same position, consumed here and
 * released. (builtins.iter, (list,)): new reference, or NULL with an exception. */
GlObject *GlIter_ReduceAsList(GlObject *copy GL_STEALS) GL_NEWREF;
/* __setstate__(state) of a forward index iterator over seq (NULL once exhausted: the
 * state is checked, nothing changes): *index = state clipped to 0 .. len(seq).
 * Returns None (new reference) or NULL with an exception. */
GlObject *GlIter_SetStateClipped(GlObject *seq, GlObject *state, Gl_ssize_t *index) GL_NEWREF;
/* iter(callable, sentinel). */
GlObject *GlCallIter_New(GlObject *callable, GlObject *sentinel) GL_NEWREF;
/* range(n) for small ranges used internally. */
GlObject *GlRange_New(Gl_ssize_t start, Gl_ssize_t stop, Gl_ssize_t step) GL_NEWREF;

/* A range_iterator over start, start+step, ... (len values). New reference. */
GlObject *GlRangeIter_New(Gl_ssize_t start, Gl_ssize_t step, Gl_ssize_t len) GL_NEWREF;
/* slice.indices-style resolution with arbitrary ints: new references in *start,
 * *stop, *step (ints). 0 / -1. */
int GlSlice_GetLongIndices(GlObject *slice, GlObject *length, GlObject **start,
                           GlObject **stop, GlObject **step);

#endif /* GLASS_OBJECTS_RANGE_H */
