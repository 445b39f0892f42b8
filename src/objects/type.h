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

#endif /* GLASS_OBJECTS_TYPE_H */
