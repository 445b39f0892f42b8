/* structseq.h - struct sequences: named-field tuples defined in C (sys.version_info,
 * sys.flags, os.stat_result, time.struct_time...), as CPython's PyStructSequence.
 *
 * A struct sequence type is a static tuple subclass. Each instance holds n_fields items:
 * the first n_visible are the tuple's items (ob_size is n_visible), the rest are stored
 * past them and reachable only by attribute. Named fields are tp_members at
 * GL_STRUCTSEQ_OFFSET(item index); the repr pairs the i-th member's name with item i
 * for i < n_visible (CPython's rule, which shows os.stat_result's integer times under
 * the names st_atime...). The field counts are registered once per type
 * (GlStructSeq_Register), which also adds n_fields / n_sequence_fields /
 * n_unnamed_fields to the type's dict.
 */
#ifndef GLASS_OBJECTS_STRUCTSEQ_H
#define GLASS_OBJECTS_STRUCTSEQ_H

#include "../core/object.h"
#include "tuple.h"

#define GL_STRUCTSEQ_OFFSET(i) \
    ((Gl_ssize_t)(offsetof(GlTupleObject, ob_item) + (size_t)(i) * sizeof(GlObject *)))

void GlStructSeq_Dealloc(GlObject *self);
int GlStructSeq_Traverse(GlObject *self, visitproc visit, void *arg);
/* "name(field=value, ...)". New reference. */
GlObject *GlStructSeq_Repr(GlObject *self) GL_NEWREF;
/* type(sequence, dict=None): n_visible..n_fields items, the missing ones taken from dict
 * by name or None; CPython's messages. New reference. */
GlObject *GlStructSeq_New(GlTypeObject *type, GlObject *args, GlObject *kwds) GL_NEWREF;
/* tp_new of the types Python code may not instantiate ("cannot create 'X' instances"):
 * always NULL with TypeError. */
GlObject *GlStructSeq_NoNew(GlTypeObject *type, GlObject *args, GlObject *kwds);
extern GlMethodDef gl_structseq_methods[];   // __reduce__

/* Record the field counts of a readied struct sequence type and add n_fields,
 * n_sequence_fields and n_unnamed_fields to its dict (idempotent). 0 / -1. */
int GlStructSeq_Register(GlTypeObject *type, int n_visible, int n_fields);
/* A new instance from items[0..n_fields) (stolen; a NULL item fails the call and
 * releases the others). New reference. */
GlObject *GlStructSeq_FromItems(GlTypeObject *type, GlObject **items) GL_NEWREF;

/* A static struct sequence type's initializer. */
#define GL_STRUCTSEQ_TYPE_INIT(pyname, doc, members, newfunc)                          \
    {                                                                                  \
        .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),                             \
        .tp_name = pyname,                                                             \
        .tp_basicsize = offsetof(GlTupleObject, ob_item),                              \
        .tp_itemsize = sizeof(GlObject *),                                             \
        .tp_dealloc = GlStructSeq_Dealloc,                                             \
        .tp_repr = GlStructSeq_Repr,                                                   \
        .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_TUPLE_SUBCLASS, \
        .tp_doc = doc,                                                                 \
        .tp_traverse = GlStructSeq_Traverse,                                           \
        .tp_methods = gl_structseq_methods,                                            \
        .tp_members = members,                                                         \
        .tp_base = &GlTuple_Type,                                                      \
        .tp_alloc = GlType_GenericAlloc,                                               \
        .tp_new = newfunc,                                                             \
        .tp_free = GlObject_GC_Del,                                                    \
    }

#endif /* GLASS_OBJECTS_STRUCTSEQ_H */
