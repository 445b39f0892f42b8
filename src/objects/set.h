/* set.h - set and frozenset (open addressing with linear probing runs as CPython,
 * 8 inline slots for small sets so iteration order matches CPython's).
 * Invariants: `fill` counts active + dummy slots; table has mask+1 slots; keys are
 * owned; a frozenset's hash is cached (-1 until computed). */
#ifndef GLASS_OBJECTS_SET_H
#define GLASS_OBJECTS_SET_H

#include "../core/object.h"

#define GL_SET_MINSIZE 8

typedef struct GlSetEntry {
    GlObject *key;            // NULL: empty; gl_set_dummy: deleted
    Gl_hash_t hash;
} GlSetEntry;

typedef struct GlSetObject {
    GlObject ob_base;
    Gl_ssize_t fill;          // active + dummy
    Gl_ssize_t used;          // active
    Gl_ssize_t mask;          // table size - 1
    GlSetEntry *table;        // smalltable or an owned array
    Gl_hash_t hash;           // frozenset only
    Gl_ssize_t finger;        // pop() search start
    GlSetEntry smalltable[GL_SET_MINSIZE];
    GlObject *weakreflist;
} GlSetObject;

extern GlTypeObject GlSet_Type;
extern GlTypeObject GlFrozenSet_Type;
extern GlTypeObject GlSetIter_Type;

static inline int GlFrozenSet_CheckExact(GlObject *o) { return o->ob_type == &GlFrozenSet_Type; }
static inline int GlAnySet_Check(GlObject *o) { return GlObject_TypeCheck(o, &GlSet_Type) || GlObject_TypeCheck(o, &GlFrozenSet_Type); }
static inline int GlSet_Check(GlObject *o) { return GlObject_TypeCheck(o, &GlSet_Type); }
static inline int GlFrozenSet_Check(GlObject *o) { return GlObject_TypeCheck(o, &GlFrozenSet_Type); }

/* set(iterable) / frozenset(iterable); iterable may be NULL. New reference. */
GlObject *GlSet_New(GlObject *iterable) GL_NEWREF;
GlObject *GlFrozenSet_New(GlObject *iterable) GL_NEWREF;
int GlSet_Add(GlObject *set, GlObject *key);
/* 1 removed, 0 absent, -1 error. */
int GlSet_Discard(GlObject *set, GlObject *key);
int GlSet_Contains(GlObject *set, GlObject *key);
Gl_ssize_t GlSet_Size(GlObject *set);
/* Iterate: *pos from 0; returns 1 with borrowed *key (and *hash), 0 at end. */
int GlSet_Next(GlObject *set, Gl_ssize_t *pos, GlObject **key, Gl_hash_t *hash);
/* set.update(iterable). 0 / -1. */
int GlSet_Update(GlObject *set, GlObject *iterable);

/* set.clear(). 0. */
int GlSet_Clear(GlObject *set);
/* set.difference_update(other) / symmetric_difference_update(other) for one
 * iterable. 0 / -1. */
int GlSet_DifferenceUpdate(GlObject *set, GlObject *other);
int GlSet_SymmetricDifferenceUpdate(GlObject *set, GlObject *other);
/* set.intersection(other) (result of set's base type). New reference. */
GlObject *GlSet_Intersection(GlObject *set, GlObject *other) GL_NEWREF;

#endif /* GLASS_OBJECTS_SET_H */
