/* exceptions_int.h - what exceptions.c shares with exceptions_sub.c: the slots of
 * BaseException that the other exception types reuse, and the type-definition
 * macros (CPython's SimpleExtendsException / MiddlingExtendsException /
 * ComplexExtendsException), so that each type's __dict__ holds what CPython's does.
 * Private to the two files. */
#ifndef GLASS_OBJECTS_EXCEPTIONS_INT_H
#define GLASS_OBJECTS_EXCEPTIONS_INT_H

#include "allobjects.h"

#define GL_EXC_FLAGS (GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE | GL_TPFLAGS_HAVE_GC \
                      | GL_TPFLAGS_BASE_EXC_SUBCLASS)

/* BaseException.__new__: allocates, args stored (new reference) or (). */
GlObject *GlExcBase_New(GlTypeObject *type, GlObject *args, GlObject *kwds) GL_NEWREF;
/* BaseException.__init__: no keywords ("X() takes no keyword arguments"), args set. */
int GlExcBase_Init(GlObject *self, GlObject *args, GlObject *kwds);
void GlExcBase_Dealloc(GlObject *self);
int GlExcBase_Traverse(GlObject *self, visitproc visit, void *arg);
int GlExcBase_Clear(GlObject *self);
GlObject *GlExcBase_Str(GlObject *self) GL_NEWREF;
/* Sets self.args = args (new reference taken). */
void GlExcBase_SetArgs(GlObject *self, GlObject *args);

/* A type with BaseException's layout and slots (only __init__/__new__ its own). */
#define GL_SIMPLE_EXC(NAME, BASE, DOC)                                  \
    GlTypeObject Gl##NAME##_Type = {                                    \
        .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),              \
        .tp_name = #NAME,                                               \
        .tp_basicsize = sizeof(GlBaseExceptionObject),                  \
        .tp_dealloc = GlExcBase_Dealloc,                                \
        .tp_flags = GL_EXC_FLAGS,                                       \
        .tp_doc = DOC,                                                  \
        .tp_traverse = GlExcBase_Traverse,                              \
        .tp_clear = GlExcBase_Clear,                                    \
        .tp_base = &Gl##BASE##_Type,                                    \
        .tp_dictoffset = offsetof(GlBaseExceptionObject, dict),         \
        .tp_init = GlExcBase_Init,                                      \
        .tp_alloc = GlType_GenericAlloc,                                \
        .tp_new = GlExcBase_New,                                        \
        .tp_free = GlObject_GC_Del,                                     \
    };

/* A type with its own struct, slots, tables and str. NEW may be NULL (inherited). */
#define GL_COMPLEX_EXC(NAME, BASE, STRUCT, PFX, NEW, METHODS, MEMBERS, GETSET, STR, DOC) \
    GlTypeObject Gl##NAME##_Type = {                                    \
        .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),              \
        .tp_name = #NAME,                                               \
        .tp_basicsize = sizeof(STRUCT),                                 \
        .tp_dealloc = PFX##_dealloc,                                    \
        .tp_str = STR,                                                  \
        .tp_flags = GL_EXC_FLAGS,                                       \
        .tp_doc = DOC,                                                  \
        .tp_traverse = PFX##_traverse,                                  \
        .tp_clear = PFX##_clear,                                        \
        .tp_methods = METHODS,                                          \
        .tp_members = MEMBERS,                                          \
        .tp_getset = GETSET,                                            \
        .tp_base = &Gl##BASE##_Type,                                    \
        .tp_dictoffset = offsetof(STRUCT, dict),                        \
        .tp_init = PFX##_init,                                          \
        .tp_alloc = GlType_GenericAlloc,                                \
        .tp_new = NEW,                                                  \
        .tp_free = GlObject_GC_Del,                                     \
    };

#endif /* GLASS_OBJECTS_EXCEPTIONS_INT_H */
