/* type.h - type objects: readying static types, creating classes, the MRO, lookups.
 * Invariants: after GlType_Ready, tp_mro, tp_bases, tp_dict are set and every slot
 * inherited along tp_base is filled; tp_dict holds a wrapper descriptor for each
 * C slot (__add__, __repr__...) and each tp_methods/tp_members/tp_getset entry.
 * For heap types, a C slot is set exactly when the class or a base defines the
 * dunder, and calls it through the MRO (slot_* functions in typeslots.c).
 * tp_version_tag is 0 (invalid) or a unique tag; GlType_Modified invalidates it and
 * those of all subclasses. */
#ifndef GLASS_OBJECTS_TYPE_H
#define GLASS_OBJECTS_TYPE_H

#include "../core/object.h"
#include "descr.h"

/* Fill the derived fields of a static type (idempotent). 0 / -1. */
int GlType_Ready(GlTypeObject *type);
/* Look name up along type's MRO without descriptors: borrowed, NULL if absent
 * (never raises; uses the per-type method cache). */
GlObject *GlType_Lookup(GlTypeObject *type, GlObject *name) GL_BORROWED;
/* tp_alloc of ordinary types: zeroed object (GC-tracked if the type is GC). */
GlObject *GlType_GenericAlloc(GlTypeObject *type, Gl_ssize_t nitems) GL_NEWREF;
/* tp_new of types whose instances need no arguments at allocation. */
GlObject *GlType_GenericNew(GlTypeObject *type, GlObject *args, GlObject *kwds) GL_NEWREF;
/* Invalidate lookup caches of type and its subclasses after a change. */
void GlType_Modified(GlTypeObject *type);
/* type.__match_args__ = the names of the first n entries of tp_members (all of them when
   n < 0), as CPython's struct sequences set it; the type must be ready. 0 / -1. */
int GlType_SetMatchArgs(GlTypeObject *type, int n);
/* __name__ of a type (new reference). */
GlObject *GlType_GetName(GlTypeObject *type) GL_NEWREF;
GlObject *GlType_GetQualName(GlTypeObject *type) GL_NEWREF;
/* type(name, bases, dict) with a metaclass. New reference. */
GlObject *GlType_New(GlTypeObject *metatype, GlObject *name, GlObject *bases,
                     GlObject *dict, GlObject *kwds) GL_NEWREF;
/* The most derived metaclass of metatype and the bases' types; TypeError on conflict. */
GlTypeObject *GlType_CalculateMetaclass(GlTypeObject *metatype, GlObject *bases) GL_BORROWED;
/* A short tp_name for messages ("int", "C"). Borrowed C string. */
const char *GlType_ShortName(GlTypeObject *type);
/* Ready every static type of the runtime (called once at start-up). 0 / -1. */
int GlType_InitAll(void);
/* Register a static type to be readied by GlType_InitAll (call before it). */
void GlType_Register(GlTypeObject *type);

extern GlTypeObject GlSuper_Type;
extern GlTypeObject GlGenericAlias_Type;
/* origin[args] as types.GenericAlias. New reference. */
GlObject *GlGenericAlias_New(GlObject *origin, GlObject *args) GL_NEWREF;
/* Give list, dict, tuple, set, frozenset, type... their __class_getitem__. 0 / -1. */
int GlGenericAlias_InstallBuiltins(void);
extern GlTypeObject GlUnion_Type;   // types.UnionType (int | str)

/* Set on heap types whose instance __dict__ slot was added by type.c: while only the
 * instance references that dict, it stays untracked and the instance's tp_traverse
 * visits its contents directly (CPython 3.11 keeps such attributes inline, so a
 * cycle of two instances counts 2 objects in gc.collect()). */
#define GL_TPFLAGS_INLINE_DICT (1UL << 3)

/* ---- slot machinery (typeslots.c) ---- */
/* The slot definition table (names interned by GlType_InitSlotdefs), ended by a
 * NULL name. */
extern GlWrapperBase gl_slotdefs[];
/* Intern the slot names; called by GlType_InitAll before any type is readied. */
int GlType_InitSlotdefs(void);
/* Address of the slot at `offset` (offsetof in GlHeapTypeObject) in type's tables,
 * or NULL when the type lacks that sub-table. */
void **GlType_SlotPtr(GlTypeObject *type, Gl_ssize_t offset);
/* Add a wrapper descriptor to tp_dict for each C slot the static type defines. */
int GlType_AddOperators(GlTypeObject *type);
/* Point every C slot of a heap type at its dunder (slot_* functions or the C
 * function inherited through a wrapper descriptor). 0 / -1. */
int GlType_FixupSlots(GlTypeObject *type);
/* After type.name = value: update the slots named `name` in type and subclasses. */
int GlType_UpdateSlot(GlTypeObject *type, GlObject *name);
/* Look name up on type(self) and call it bound to self with args. *found = 0 and
 * NULL (no exception) when absent. Runs Python code. New reference. */
GlObject *GlType_CallDunder(GlObject *self, GlObject *name, GlObject *const *args,
                            Gl_ssize_t nargs, int *found) GL_NEWREF;
/* tp_getattro of heap types with __getattr__ / __getattribute__. */
GlObject *GlType_SlotGetattrHook(GlObject *self, GlObject *name) GL_NEWREF;
/* tp_new of heap types defining __new__. */
GlObject *GlType_SlotTpNew(GlTypeObject *type, GlObject *args, GlObject *kwds) GL_NEWREF;
int GlType_SlotTpInit(GlObject *self, GlObject *args, GlObject *kwds);
/* tp_iternext of types whose __next__ is missing/None. */
GlObject *GlObject_NextNotImplemented(GlObject *self) GL_NEWREF;

/* ---- helpers used by the type-system files ---- */
/* (implemented in core/gc.c) PEP 442: run tp_finalize from a dealloc; returns -1 if the object was resurrected
 * (the caller must then return without freeing), 0 otherwise. Runs Python code. */
int GlObject_CallFinalizerFromDealloc(GlObject *self);
/* Call tp_finalize once (marks the object finalized for GC types). */
void GlObject_CallFinalizer(GlObject *self);
/* The tp_new wrapper method (`int.__new__`) of a type. */
int GlType_IsTpNewWrapper(GlObject *o);
/* Object's own tp_new/tp_init (object.c), for comparisons. */
GlObject *GlBaseObject_New(GlTypeObject *type, GlObject *args, GlObject *kwds) GL_NEWREF;
int GlBaseObject_Init(GlObject *self, GlObject *args, GlObject *kwds);
/* Identity hash (CPython's rotated pointer). */
Gl_hash_t GlObject_HashPointer(void *p);
/* type.__dict__ style: the mappingproxy over tp_dict. */
GlObject *GlType_GetDictProxy(GlTypeObject *type) GL_NEWREF;
/* Singleton types. */
extern GlTypeObject GlNone_Type, GlNotImplemented_Type, GlEllipsis_Type;
/* Set AttributeError "'C' object has no attribute 'x'" with .name/.obj. Returns NULL. */
GlObject *GlErr_NoAttribute(GlObject *obj, GlObject *name);
/* The instance dict for a dict pointer slot, created if missing (new ref). */
GlObject *GlObject_GetOrCreateDict(GlObject *obj) GL_NEWREF;

#endif /* GLASS_OBJECTS_TYPE_H */
