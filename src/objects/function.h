/* function.h - code objects, Python functions, cells, bound methods, generators,
 * frame objects, tracebacks and modules: the objects the VM runs and creates.
 * Invariants (per struct below): every GlObject * field is owned unless marked
 * borrowed; a code object is immutable once made. */
#ifndef GLASS_OBJECTS_FUNCTION_H
#define GLASS_OBJECTS_FUNCTION_H

#include "../core/object.h"

/* co_flags, CPython's values. */
#define GL_CO_OPTIMIZED 0x0001
#define GL_CO_NEWLOCALS 0x0002
#define GL_CO_VARARGS 0x0004
#define GL_CO_VARKEYWORDS 0x0008
#define GL_CO_NESTED 0x0010
#define GL_CO_GENERATOR 0x0020
#define GL_CO_NOFREE 0x0040
#define GL_CO_COROUTINE 0x0080
#define GL_CO_ITERABLE_COROUTINE 0x0100
#define GL_CO_ASYNC_GENERATOR 0x0200
// code whose call makes a generator, coroutine or async generator instead of running
#define GL_CO_GENLIKE (GL_CO_GENERATOR | GL_CO_COROUTINE | GL_CO_ASYNC_GENERATOR)
#define GL_CO_HAS_DOCSTRING 0x4000000   // Glass: co_consts[0] is the docstring

/* Kinds of the localsplus slots. */
#define GL_CO_FAST_LOCAL 0x20
#define GL_CO_FAST_CELL 0x40
#define GL_CO_FAST_FREE 0x80

typedef struct GlCodePos {      // source span of one instruction
    int lineno, end_lineno;     // -1 when none
    int col, end_col;           // 0-based UTF-8 byte columns, -1 when none
} GlCodePos;

typedef struct GlExcTableEntry {   // zero-cost exception handling
    int start, end;             // instruction range [start, end)
    int target;                 // handler instruction
    int depth;                  // value stack depth to unwind to
    int lasti;                  // push the offset of the raising instruction too
} GlExcTableEntry;

typedef struct GlCodeObject {
    GlObject ob_base;
    int co_argcount, co_posonlyargcount, co_kwonlyargcount;
    int co_flags;
    int co_nlocalsplus;          // locals + cells + frees
    int co_nlocals;              // plain locals (params first)
    int co_ncellvars, co_nfreevars;
    int co_stacksize;            // value stack slots needed
    int co_firstlineno;
    uint32_t *co_instrs;         // owned: opcode (8 bits) | arg (24 bits); caches follow some
    int co_ninstrs;
    GlCodePos *co_positions;     // owned: one per instruction
    GlExcTableEntry *co_exctable;// owned
    int co_nexctable;
    GlObject *co_consts;         // tuple
    GlObject *co_names;          // tuple of str
    GlObject *co_localsplusnames;// tuple of str
    uint8_t *co_localspluskinds; // owned: GL_CO_FAST_* per slot
    int *co_cell2arg;            // owned or NULL: for cells that are also args, the arg index
    GlObject *co_filename, *co_name, *co_qualname;
    GlObject *co_weakreflist;
    int co_ncaches;              // inline cache entries (CACHE words index them)
    void *co_caches;             // owned: VM-private cache entries (vm/ceval.c)
} GlCodeObject;

typedef struct GlFunctionObject {
    GlObject ob_base;
    GlObject *func_code;         // code object
    GlObject *func_globals;      // dict
    GlObject *func_builtins;     // dict
    GlObject *func_name, *func_qualname;
    GlObject *func_defaults;     // tuple or NULL
    GlObject *func_kwdefaults;   // dict or NULL
    GlObject *func_closure;      // tuple of cells or NULL
    GlObject *func_doc;          // or NULL (None)
    GlObject *func_dict;         // or NULL
    GlObject *func_module;       // __module__
    GlObject *func_annotations;  // dict or NULL
    GlObject *func_weakreflist;
    vectorcallfunc vectorcall;
    uint32_t func_version;       // changes when the code or defaults change (call caches)
} GlFunctionObject;

typedef struct GlCellObject {
    GlObject ob_base;
    GlObject *ob_ref;            // NULL when empty
} GlCellObject;

typedef struct GlMethodObject {   // bound method
    GlObject ob_base;
    GlObject *im_func;
    GlObject *im_self;
    GlObject *im_weakreflist;
    vectorcallfunc vectorcall;
} GlMethodObject;

typedef struct GlModuleObject {
    GlObject ob_base;
    GlObject *md_dict;           // the module namespace
    GlObject *md_weaklist;
    void *md_state;              // C module state or NULL
} GlModuleObject;

extern GlTypeObject GlCode_Type, GlFunction_Type, GlCell_Type, GlMethod_Type,
    GlModule_Type, GlGen_Type, GlFrame_Type, GlTraceBack_Type;
/* coroutines and async generators (vm/genobject.c, vm/asyncgen.c) */
extern GlTypeObject GlCoro_Type, GlCoroWrapper_Type, GlAsyncGen_Type, GlAsyncGenASend_Type,
    GlAsyncGenAThrow_Type, GlAsyncGenWrappedValue_Type, GlAnextAwaitable_Type;

static inline int GlFunction_Check(GlObject *o) { return o->ob_type == &GlFunction_Type; }
static inline int GlCode_Check(GlObject *o) { return o->ob_type == &GlCode_Type; }
static inline int GlMethod_Check(GlObject *o) { return o->ob_type == &GlMethod_Type; }
static inline int GlCell_Check(GlObject *o) { return o->ob_type == &GlCell_Type; }
int GlModule_Check(GlObject *o);

/* New function from a code object and globals (qualname from the code). */
GlObject *GlFunction_New(GlObject *code, GlObject *globals) GL_NEWREF;
GlObject *GlCell_New(GlObject *value) GL_NEWREF;            // value may be NULL
/* Bound method func bound to self. */
GlObject *GlMethod_New(GlObject *func, GlObject *self) GL_NEWREF;
/* New empty module named name (its dict gets __name__, __doc__ None, __package__,
 * __loader__, __spec__ None). */
GlObject *GlModule_New(GlObject *name) GL_NEWREF;
GlObject *GlModule_NewFromString(const char *name) GL_NEWREF;
GlObject *GlModule_GetDict(GlObject *m) GL_BORROWED;
/* Add methods to a module's dict as built-in functions bound to the module. 0/-1. */
int GlModule_AddFunctions(GlObject *m, GlMethodDef *defs);
/* m.name = value (new reference taken). 0 / -1. */
int GlModule_AddObject(GlObject *m, const char *name, GlObject *value);
int GlModule_AddIntConstant(GlObject *m, const char *name, long v);
/* Module name (borrowed str) or NULL + exception. */
GlObject *GlModule_GetNameObject(GlObject *m) GL_NEWREF;

#endif /* GLASS_OBJECTS_FUNCTION_H */
