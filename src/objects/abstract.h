/* abstract.h - the generic operations on any object (CPython's abstract object
 * layer): attributes, calls, numbers, sequences, mappings, iteration, comparison.
 * All return new references (or -1/0/1 ints) and raise CPython's exact messages.
 * All of them can run Python code (dunder methods). */
#ifndef GLASS_OBJECTS_ABSTRACT_H
#define GLASS_OBJECTS_ABSTRACT_H

#include "../core/object.h"

/* ---- object protocol (object.c) ---- */
GlObject *GlObject_Repr(GlObject *o) GL_NEWREF;     // always a str (checks __repr__ result)
GlObject *GlObject_Str(GlObject *o) GL_NEWREF;
GlObject *GlObject_ASCII(GlObject *o) GL_NEWREF;
Gl_hash_t GlObject_Hash(GlObject *o);                // -1 + TypeError "unhashable type: 'list'"
Gl_hash_t GlObject_HashNotImplemented(GlObject *o);
/* Rich comparison: a new reference (may be any object). */
GlObject *GlObject_RichCompare(GlObject *a, GlObject *b, int op) GL_NEWREF;
/* Rich comparison as a truth value: 1, 0, -1. Identity implies equality for Gl_EQ/NE. */
int GlObject_RichCompareBool(GlObject *a, GlObject *b, int op);
int GlObject_IsTrue(GlObject *o);                    // 1, 0, -1
int GlObject_Not(GlObject *o);
GlObject *GlObject_GetAttr(GlObject *o, GlObject *name) GL_NEWREF;
GlObject *GlObject_GetAttrString(GlObject *o, const char *name) GL_NEWREF;
/* 1 found (*result new ref), 0 not found (no exception: AttributeError swallowed),
 * -1 error. */
int GlObject_LookupAttr(GlObject *o, GlObject *name, GlObject **result);
int GlObject_SetAttr(GlObject *o, GlObject *name, GlObject *value);  // value NULL: delete
int GlObject_SetAttrString(GlObject *o, const char *name, GlObject *value);
int GlObject_DelAttr(GlObject *o, GlObject *name);
int GlObject_HasAttr(GlObject *o, GlObject *name);   // 1/0, errors cleared
/* object.__getattribute__ / __setattr__ semantics (descriptors, instance dict). */
GlObject *GlObject_GenericGetAttr(GlObject *o, GlObject *name) GL_NEWREF;
int GlObject_GenericSetAttr(GlObject *o, GlObject *name, GlObject *value);
/* Generic getattr that returns NULL without an exception when the attribute is
 * missing and suppress is set. */
GlObject *GlObject_GenericGetAttrWithDict(GlObject *o, GlObject *name, GlObject *dict,
                                          int suppress) GL_NEWREF;
/* obj.__getstate__() (the default: None or the __dict__ copy, plus the slots).
 * New reference. */
GlObject *GlObject_GetState(GlObject *obj) GL_NEWREF;
/* Address of the instance dict pointer, or NULL if the type has none. Inline values
 * (instvalues.h) are first turned into a dict; NULL with MemoryError if that fails. */
GlObject **GlObject_GetDictPtr(GlObject *o);
/* Address of the instance dict slot as stored: NULL, a dict, or tagged inline values
 * (instvalues.h). NULL if the type has none. */
GlObject **GlObject_GetDictSlot(GlObject *o);
/* For method calls: if name resolves to a plain function/method descriptor on the
 * type (and not shadowed by the instance dict), *method = that (new ref) and
 * returns 1 (call it with o prepended); else *method = the bound attribute (new
 * ref) and returns 0; -1 on error. */
int GlObject_GetMethod(GlObject *o, GlObject *name, GlObject **method);
GlObject *GlObject_Dir(GlObject *o) GL_NEWREF;      // dir(o): sorted list
GlObject *GlObject_Format(GlObject *o, GlObject *spec) GL_NEWREF;  // format(o, spec)
int GlObject_IsInstance(GlObject *inst, GlObject *cls);  // 1/0/-1, __instancecheck__
int GlObject_IsSubclass(GlObject *derived, GlObject *cls);
GlObject *GlObject_Type(GlObject *o) GL_NEWREF;
Gl_ssize_t GlObject_Size(GlObject *o);               // len(); -1 + TypeError
/* len() via __length_hint__ fallbacks; default if unknown. */
Gl_ssize_t GlObject_LengthHint(GlObject *o, Gl_ssize_t dflt);
GlObject *GlObject_GetItem(GlObject *o, GlObject *key) GL_NEWREF;
int GlObject_SetItem(GlObject *o, GlObject *key, GlObject *value);
int GlObject_DelItem(GlObject *o, GlObject *key);
/* 1 if callable. */
int GlCallable_Check(GlObject *o);
/* Text of the type name for messages: borrowed C string. */
const char *GlObject_TypeName(GlObject *o);

/* ---- calls (call.c in vm/ or objects/abstract.c) ---- */
/* Vectorcall any object. nargsf may include GL_VECTORCALL_ARGUMENTS_OFFSET. */
GlObject *GlObject_Vectorcall(GlObject *callable, GlObject *const *args, size_t nargsf,
                              GlObject *kwnames) GL_NEWREF;
/* callable(*args, **kwargs); args a tuple (may be NULL = ()), kwargs a dict or NULL. */
GlObject *GlObject_Call(GlObject *callable, GlObject *args, GlObject *kwargs) GL_NEWREF;
GlObject *GlObject_CallNoArgs(GlObject *callable) GL_NEWREF;
GlObject *GlObject_CallOneArg(GlObject *callable, GlObject *arg) GL_NEWREF;
/* Call with a NULL-terminated list of arguments. */
GlObject *GlObject_CallFunctionObjArgs(GlObject *callable, ...) GL_NEWREF;
/* o.name(args...) with a NULL-terminated list. */
GlObject *GlObject_CallMethodObjArgs(GlObject *o, GlObject *name, ...) GL_NEWREF;
/* o.name(args[0..nargs)). */
GlObject *GlObject_CallMethod(GlObject *o, GlObject *name, GlObject *const *args,
                              Gl_ssize_t nargs) GL_NEWREF;
/* Look `name` up on type(o) (not the instance) and call it bound to o; *found=0 and
 * NULL without exception when the type has no such attribute. */
GlObject *GlObject_CallSpecial(GlObject *o, GlObject *name, GlObject *const *args,
                               Gl_ssize_t nargs, int *found) GL_NEWREF;
/* Convert vectorcall arguments to (tuple, dict) for tp_call style callees. */
GlObject *GlVectorcall_Call(GlObject *callable, GlObject *tuple, GlObject *kwargs) GL_NEWREF;
/* Build the kwargs dict from vectorcall args + kwnames (NULL if kwnames is NULL). */
GlObject *GlStack_AsDict(GlObject *const *values, GlObject *kwnames) GL_NEWREF;
/* type(*args, **kw) through the generic type call (tp_new then tp_init) from vectorcall
 * arguments: the fallback of the types' own tp_vectorcall for subclasses and
 * keywords. New reference. */
GlObject *GlType_CallVector(GlObject *type, GlObject *const *args, Gl_ssize_t nargs,
                            GlObject *kwnames) GL_NEWREF;

/* ---- numbers ---- */
GlObject *GlNumber_Add(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_Subtract(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_Multiply(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_MatrixMultiply(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_TrueDivide(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_FloorDivide(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_Remainder(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_Divmod(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_Power(GlObject *a, GlObject *b, GlObject *mod) GL_NEWREF;  // mod: None for 2-arg
GlObject *GlNumber_Lshift(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_Rshift(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_And(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_Or(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_Xor(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceAdd(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceSubtract(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceMultiply(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceMatrixMultiply(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceTrueDivide(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceFloorDivide(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceRemainder(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlacePower(GlObject *a, GlObject *b, GlObject *mod) GL_NEWREF;
GlObject *GlNumber_InPlaceLshift(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceRshift(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceAnd(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceOr(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_InPlaceXor(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlNumber_Negative(GlObject *o) GL_NEWREF;
GlObject *GlNumber_Positive(GlObject *o) GL_NEWREF;
GlObject *GlNumber_Invert(GlObject *o) GL_NEWREF;
GlObject *GlNumber_Absolute(GlObject *o) GL_NEWREF;
GlObject *GlNumber_Index(GlObject *o) GL_NEWREF;     // __index__ -> exact int
/* o as Gl_ssize_t via __index__; exc = NULL clamps, else raises exc (e.g. IndexError
 * "cannot fit 'int' into an index-sized integer"). */
Gl_ssize_t GlNumber_AsSsize_t(GlObject *o, GlObject *exc);
GlObject *GlNumber_Long(GlObject *o) GL_NEWREF;      // int(o)
GlObject *GlNumber_Float(GlObject *o) GL_NEWREF;     // float(o)
int GlIndex_Check(GlObject *o);
/* Binary operator by its BINARY_OP oparg (GL_NB_ADD...), see below. */
GlObject *GlNumber_BinaryOp(GlObject *a, GlObject *b, int op) GL_NEWREF;

/* BINARY_OP operator numbering (CPython 3.11's NB_* values). */
enum {
    GL_NB_ADD = 0, GL_NB_AND = 1, GL_NB_FLOOR_DIVIDE = 2, GL_NB_LSHIFT = 3,
    GL_NB_MATRIX_MULTIPLY = 4, GL_NB_MULTIPLY = 5, GL_NB_REMAINDER = 6, GL_NB_OR = 7,
    GL_NB_POWER = 8, GL_NB_RSHIFT = 9, GL_NB_SUBTRACT = 10, GL_NB_TRUE_DIVIDE = 11,
    GL_NB_XOR = 12, GL_NB_INPLACE_ADD = 13, GL_NB_INPLACE_AND = 14,
    GL_NB_INPLACE_FLOOR_DIVIDE = 15, GL_NB_INPLACE_LSHIFT = 16,
    GL_NB_INPLACE_MATRIX_MULTIPLY = 17, GL_NB_INPLACE_MULTIPLY = 18,
    GL_NB_INPLACE_REMAINDER = 19, GL_NB_INPLACE_OR = 20, GL_NB_INPLACE_POWER = 21,
    GL_NB_INPLACE_RSHIFT = 22, GL_NB_INPLACE_SUBTRACT = 23,
    GL_NB_INPLACE_TRUE_DIVIDE = 24, GL_NB_INPLACE_XOR = 25
};

/* ---- sequences and iteration ---- */
GlObject *GlObject_GetIter(GlObject *o) GL_NEWREF;   // iter(o); TypeError "'int' object is not iterable"
/* Next item (new ref) or NULL: exhausted when no exception is set. */
GlObject *GlIter_Next(GlObject *it) GL_NEWREF;
int GlIter_Check(GlObject *o);
int GlSequence_Check(GlObject *o);
Gl_ssize_t GlSequence_Size(GlObject *o);
GlObject *GlSequence_GetItem(GlObject *o, Gl_ssize_t i) GL_NEWREF;
int GlSequence_Contains(GlObject *seq, GlObject *item); // `in`: 1/0/-1
Gl_ssize_t GlSequence_Index(GlObject *seq, GlObject *item);
Gl_ssize_t GlSequence_Count(GlObject *seq, GlObject *item);
/* list or tuple as-is (new ref) or a new list from the iterable; TypeError(msg). */
GlObject *GlSequence_Fast(GlObject *o, const char *msg) GL_NEWREF;
int GlMapping_Check(GlObject *o);
GlObject *GlMapping_Keys(GlObject *o) GL_NEWREF;
GlObject *GlMapping_Items(GlObject *o) GL_NEWREF;

/* ---- argument parsing for built-in functions ---- */
/* Checks nargs within [min, max] with CPython's messages
 * ("%s expected at least %d argument(s), got %zd" etc.). 0 / -1. */
int GlArg_CheckPositional(const char *fname, Gl_ssize_t nargs, Gl_ssize_t min, Gl_ssize_t max);
/* TypeError "%s() takes no keyword arguments" when kwnames is non-empty. 0 / -1. */
int GlArg_NoKwnames(const char *fname, GlObject *kwnames);
int GlArg_NoKeywords(const char *fname, GlObject *kwargs);
/* Vectorcall argument binder: kwlist is a NULL-terminated list of parameter names
 * (positional-or-keyword first; "" for positional-only names); the first `maxpos`
 * may be given positionally; the first `required` must be given. out[] receives
 * borrowed references or NULL for omitted ones. Messages as CPython's argument
 * clinic ("%s() missing required argument '%s' (pos %d)", "%s() takes at most %d
 * arguments (%zd given)", "%s() got an unexpected keyword argument '%U'"). 0 / -1. */
int GlArg_ParseVector(const char *fname, GlObject *const *args, Gl_ssize_t nargs,
                      GlObject *kwnames, const char *const *kwlist, int maxpos,
                      int required, GlObject **out);
/* The same for a tp_new / tp_init (args tuple, kwds dict or NULL); at most 16
 * parameters. 0 / -1. */
int GlArg_ParseTupleDict(const char *fname, GlObject *args, GlObject *kwds,
                         const char *const *kwlist, int maxpos, int required, GlObject **out);

/* ---- the buffer protocol (GlBuffer, GlBufferProcs in core/object.h) ---- */
/* 1 when o's type exports buffers (bytes, bytearray, memoryview, array...), else 0. */
int GlObject_CheckBuffer(GlObject *o);
/* Fill view from o (flags GL_BUF_SIMPLE or GL_BUF_WRITABLE): 0, or -1 with TypeError
   "a bytes-like object is required, not 'T'" / BufferError / ValueError (released view).
   On success view->obj is a new reference; pair with GlBuffer_Release. */
int GlObject_GetBuffer(GlObject *o, GlBuffer *view, int flags);
/* Undo GlObject_GetBuffer: bf_releasebuffer, then drop view->obj (may run Python code). */
void GlBuffer_Release(GlBuffer *view);
/* Helper for exporters: a 1-D view of len bytes at buf with format/itemsize; takes a new
   reference to obj. BufferError "Object is not writable." when flags asks for a writable
   view of read-only data. 0 / -1. */
int GlBuffer_FillInfo(GlBuffer *view, GlObject *obj, void *buf, Gl_ssize_t len, int readonly,
                      int flags, const char *format, Gl_ssize_t itemsize);

#endif /* GLASS_OBJECTS_ABSTRACT_H */
