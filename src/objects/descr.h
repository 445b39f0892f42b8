/* descr.h - descriptors: method descriptors of built-in types, member and getset
 * descriptors, slot wrappers, built-in functions/methods, property, staticmethod,
 * classmethod, mappingproxy.
 * Invariants: every descriptor owns a reference to the type it belongs to (d_type)
 * and its name (an interned str). */
#ifndef GLASS_OBJECTS_DESCR_H
#define GLASS_OBJECTS_DESCR_H

#include "../core/object.h"

typedef struct GlDescrObject {
    GlObject ob_base;
    GlTypeObject *d_type;      // owner type (strong)
    GlObject *d_name;          // str (strong)
    GlObject *d_qualname;      // lazily computed, or NULL
} GlDescrObject;

typedef struct GlMethodDescrObject {
    GlDescrObject d_common;
    GlMethodDef *d_method;
    vectorcallfunc vectorcall;
} GlMethodDescrObject;

typedef struct GlMemberDescrObject {
    GlDescrObject d_common;
    GlMemberDef *d_member;
} GlMemberDescrObject;

typedef struct GlGetSetDescrObject {
    GlDescrObject d_common;
    GlGetSetDef *d_getset;
} GlGetSetDescrObject;

/* A slot wrapper (`int.__add__`): calls a C slot through a wrapper function. */
typedef GlObject *(*wrapperfunc)(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                                 void *wrapped);
/* Wrappers flagged GL_WRAPPER_KEYWORDS (__init__, __call__) take keyword names too:
 * the function pointer is then a wrapperfunc_kwds. */
typedef GlObject *(*wrapperfunc_kwds)(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                                      void *wrapped, GlObject *kwnames);
#define GL_WRAPPER_KEYWORDS 1
typedef struct GlWrapperBase {
    const char *name;          // "__add__"
    Gl_ssize_t offset;         // offsetof the slot in GlHeapTypeObject
    void *function;            // slot_* used by heap types
    wrapperfunc wrapper;       // calls the C slot with Python arguments
    const char *doc;
    int flags;
    GlObject *name_strobj;     // interned name, filled at start-up
} GlWrapperBase;

typedef struct GlWrapperDescrObject {
    GlDescrObject d_common;
    GlWrapperBase *d_base;
    void *d_wrapped;           // the C slot function
} GlWrapperDescrObject;

/* method-wrapper: a slot wrapper bound to an instance (`(1).__add__`). */
typedef struct GlMethodWrapperObject {
    GlObject ob_base;
    GlWrapperDescrObject *descr;   // owned
    GlObject *self;                // owned
} GlMethodWrapperObject;

/* builtin_function_or_method: a GlMethodDef bound to m_self (a module or NULL for
 * functions, an instance for bound built-in methods). */
typedef struct GlCFunctionObject {
    GlObject ob_base;
    GlMethodDef *m_ml;
    GlObject *m_self;          // owned or NULL
    GlObject *m_module;        // __module__ (owned) or NULL
    GlObject *m_weakreflist;
    vectorcallfunc vectorcall;
} GlCFunctionObject;

typedef struct GlPropertyObject {
    GlObject ob_base;
    GlObject *prop_get, *prop_set, *prop_del, *prop_doc, *prop_name;  // owned or NULL
    int getter_doc;
} GlPropertyObject;

typedef struct GlStaticMethodObject {  // staticmethod and classmethod share it
    GlObject ob_base;
    GlObject *sm_callable;
    GlObject *sm_dict;
} GlStaticMethodObject;

extern GlTypeObject GlMethodDescr_Type, GlClassMethodDescr_Type, GlMemberDescr_Type,
    GlGetSetDescr_Type, GlWrapperDescr_Type, GlMethodWrapper_Type, GlCFunction_Type,
    GlProperty_Type, GlStaticMethod_Type, GlClassMethod_Type, GlDictProxy_Type;

GlObject *GlDescr_NewMethod(GlTypeObject *type, GlMethodDef *m) GL_NEWREF;
GlObject *GlDescr_NewClassMethod(GlTypeObject *type, GlMethodDef *m) GL_NEWREF;
GlObject *GlDescr_NewMember(GlTypeObject *type, GlMemberDef *m) GL_NEWREF;
GlObject *GlDescr_NewGetSet(GlTypeObject *type, GlGetSetDef *g) GL_NEWREF;
GlObject *GlDescr_NewWrapper(GlTypeObject *type, GlWrapperBase *b, void *wrapped) GL_NEWREF;
/* A built-in function (self NULL) or bound built-in method. module may be NULL. */
GlObject *GlCFunction_New(GlMethodDef *ml, GlObject *self, GlObject *module) GL_NEWREF;
/* Call the method descriptor on args[0], an instance of exactly its owner type (not
 * checked), with args[1..total) positionally: the eval loop's call of list.append,
 * str.join... without the descriptor check and vectorcall layer. New reference, or
 * NULL with an exception. */
GlObject *GlMethodDescr_CallExact(GlObject *descr, GlObject *const *args,
                                  Gl_ssize_t total) GL_NEWREF;
/* mappingproxy(mapping). */
GlObject *GlDictProxy_New(GlObject *mapping) GL_NEWREF;
GlObject *GlStaticMethod_New(GlObject *callable) GL_NEWREF;
GlObject *GlClassMethod_New(GlObject *callable) GL_NEWREF;
static inline int GlCFunction_Check(GlObject *o) { return o->ob_type == &GlCFunction_Type; }
static inline int GlProperty_Check(GlObject *o) { return GlObject_TypeCheck(o, &GlProperty_Type); }
/* The C slot function behind a wrapper descriptor. */
static inline void *GlWrapperDescr_Wrapped(GlObject *d) { return ((GlWrapperDescrObject *)d)->d_wrapped; }
/* The callable wrapped by a staticmethod/classmethod (borrowed). */
GlObject *GlStaticMethod_Callable(GlObject *sm) GL_BORROWED;

/* 1 if the descriptor defines __set__ or __delete__ (a data descriptor). */
static inline int
GlDescr_IsData(GlObject *d)
{
    return d->ob_type->tp_descr_set != NULL;
}

#endif /* GLASS_OBJECTS_DESCR_H */
