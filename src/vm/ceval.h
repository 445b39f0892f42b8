/* ceval.h - VM-internal interfaces between the eval loop, calls and generators. */
#ifndef GLASS_VM_CEVAL_H
#define GLASS_VM_CEVAL_H

#include "frame.h"

/* Turn parameter slots that are cells into cells; copy the closure into the free
 * variable slots. 0 / -1. */
int GlEval_InitCellsAndFrees(GlFrame *f, GlFunctionObject *func);

/* Inline cache entry (one per CACHE word; index = the CACHE word's argument). */
typedef struct GlCacheEntry {
    uint64_t version1;       // LOAD_GLOBAL: globals keys dk_uid; attrs: type version tag
    uint64_t version2;       // LOAD_GLOBAL: globals dk_nentries; slots: member offset
    GlObject *value;         // borrowed: cached value / descriptor
    int32_t index;           // attrs: the kind of access cached; LOAD_GLOBAL: builtins hint
    int32_t pad_;
    Gl_ssize_t index2;       // attrs: instance dict entry hint; LOAD_GLOBAL: globals hint
} GlCacheEntry;

/* The generator that owns frame f (frame stored inside it). */
static inline GlGenObject *
GlGen_FromFrame(GlFrame *f)
{
    return (GlGenObject *)((char *)f - offsetof(GlGenObject, gi_frame_data));
}

/* ---- inline caches for attribute access ---- */

#define ATTR_KIND_NONE 0
#define ATTR_KIND_INSTANCE 1   // generic getattr, no data descriptor; value: class attr or NULL
#define ATTR_KIND_METHOD 2     // LOAD_METHOD: value is the method found on the type
#define ATTR_KIND_STORE 3      // generic setattr into the instance dict
#define ATTR_KIND_SLOT 4       // __slots__ member at offset version2 (load)
#define ATTR_KIND_SLOT_STORE 5 // __slots__ member at offset version2 (store)
#define ATTR_KIND_PROPERTY 6   // a property found on the type: value is it (load)

/* The instance dict slot of o for types with a positive tp_dictoffset, else NULL. */
static inline GlObject **
fast_dictptr(GlObject *o, GlTypeObject *tp)
{
    Gl_ssize_t off = tp->tp_dictoffset;
    return off > 0 ? (GlObject **)((char *)o + off) : NULL;
}

static inline int
type_cacheable(GlTypeObject *tp)
{
    return (tp->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG) && tp->tp_version_tag != 0;
}

/* ---- evalops.c: the loop's out-of-line operations (all can run Python code) ---- */

/* NameError "name 'x' is not defined" with its .name set. No return value. */
void GlEvalOp_SetNameError(GlObject *name);
/* UnboundLocalError for local slot `slot` of co. */
void GlEvalOp_UnboundLocalError(GlCodeObject *co, int slot);
/* NameError / UnboundLocalError for an empty cell or free variable slot. */
void GlEvalOp_UnboundDerefError(GlCodeObject *co, int slot);
/* The exception-table entry covering instruction i, or NULL (borrowed). */
GlExcTableEntry *GlEvalOp_FindHandler(GlCodeObject *co, int i) GL_BORROWED;
/* `raise exc from cause` (exc NULL: bare raise). -1 with the exception set;
 * 1 for a bare re-raise (the caller adds no traceback entry). */
int GlEvalOp_DoRaise(GlObject *exc, GlObject *cause);
/* 0, or -1 with TypeError when `except X` names a non-exception. */
int GlEvalOp_CheckExceptTypeValid(GlObject *right);
/* MATCH_CLASS: a new tuple of the nargs positional then the keyword attributes of
   subject when it is an instance of type; NULL with an exception on error, NULL without
   one when the match fails. kwargs is a tuple of str. */
GlObject *GlEvalOp_MatchClass(GlObject *subject, GlObject *type, Gl_ssize_t nargs,
                              GlObject *kwargs) GL_NEWREF;
/* MATCH_KEYS: a new tuple of map's values for keys (a tuple), or a new reference to None
   when a key is missing; NULL with an exception (duplicate key: ValueError). */
GlObject *GlEvalOp_MatchKeys(GlObject *map, GlObject *keys) GL_NEWREF;
/* Unpack v into before + [list] + after values written downward from top
 * (after == -1: exactly `before` values). 0 / -1 with CPython's messages. */
int GlEvalOp_UnpackIterable(GlObject *v, int before, int after, GlObject **top);
/* `from module import name` (submodule fallback, ImportError text). New reference. */
GlObject *GlEvalOp_ImportFrom(GlObject *v, GlObject *name) GL_NEWREF;
/* `from module import *` into locals (__all__, else public names). 0 / -1. */
int GlEvalOp_ImportAllFrom(GlObject *locals, GlObject *v);
/* f-string field: conversion (1 s, 2 r, 3 a) then format(spec). New reference. */
GlObject *GlEvalOp_FormatValue(GlObject *value, int which, GlObject *spec) GL_NEWREF;
/* Concatenation of n str objects (borrowed items). New reference. */
GlObject *GlEvalOp_BuildString(GlObject **items, Gl_ssize_t n) GL_NEWREF;
/* "module.qualname()" for call error messages. New reference. */
GlObject *GlEvalOp_FuncStr(GlObject *func) GL_NEWREF;
/* Merge update into the keyword dict of a call (duplicate-key errors). 0 / -1. */
int GlEvalOp_DictMergeForCall(GlObject *func, GlObject *dict, GlObject *update);
/* func(*args, **kwargs) for CALL_FUNCTION_EX. New reference. */
GlObject *GlEvalOp_CallFunctionEx(GlObject *func, GlObject *args, GlObject *kwargs) GL_NEWREF;
/* A special method looked up on the type and bound to mgr; NULL without an
 * exception when the type lacks it. New reference. */
GlObject *GlEvalOp_WithLookup(GlObject *mgr, GlObject *name) GL_NEWREF;
/* Globals, then builtins (NameError); fills the cache entry c. New reference. */
GlObject *GlEvalOp_LoadGlobal(GlObject *globals, GlObject *builtins, GlObject *name, GlCacheEntry *c) GL_NEWREF;
/* Create __annotations__ in a module/class namespace if missing. 0 / -1. */
int GlEvalOp_SetupAnnotations(GlObject *locals);
/* sys.displayhook(v) for the REPL. 0 / -1. */
int GlEvalOp_PrintExpr(GlObject *v);

/* ---- async opcodes (asyncgen.c); all run Python code ---- */
/* GET_AWAITABLE: the iterator driving `await o`; where 1/2 word errors for __aenter__ /
   __aexit__ results. New reference. */
GlObject *GlEvalOp_GetAwaitable(GlObject *o, int where) GL_NEWREF;
/* GET_AITER: o.__aiter__(), checked to have __anext__. New reference. */
GlObject *GlEvalOp_GetAIter(GlObject *o) GL_NEWREF;
/* GET_ANEXT: the awaitable iterator of aiter.__anext__(). New reference. */
GlObject *GlEvalOp_GetANext(GlObject *aiter) GL_NEWREF;
/* BEFORE_ASYNC_WITH: *exit = bound mgr.__aexit__, *res = mgr.__aenter__() (new
   references, both NULL on error). 0 / -1. */
int GlEvalOp_BeforeAsyncWith(GlObject *mgr, GlObject **exit, GlObject **res);
/* ASYNC_GEN_WRAP: mark v as yielded by an async generator's `yield`. New reference. */
GlObject *GlAsyncGen_Wrap(GlObject *v) GL_NEWREF;
/* After a slow LOAD_ATTR: remember in c how to repeat it (or nothing). */
void GlEvalOp_SpecializeLoadAttr(GlCacheEntry *c, GlObject *owner, GlObject *name);
/* After a slow LOAD_METHOD that found meth on the type: cache it. */
void GlEvalOp_SpecializeLoadMethod(GlCacheEntry *c, GlObject *owner, GlObject *name, GlObject *meth);
/* After a slow STORE_ATTR: cache the instance dict or slot store. */
void GlEvalOp_SpecializeStoreAttr(GlCacheEntry *c, GlObject *owner, GlObject *name);

/* IMPORT_NAME: builtins.__import__(name, globals, locals, fromlist, level), through the
 * import system directly unless __import__ was replaced. New reference. */
GlObject *GlEvalOp_ImportName(GlFrame *frame, GlObject *name, GlObject *fromlist,
                              GlObject *level) GL_NEWREF;

#endif /* GLASS_VM_CEVAL_H */
