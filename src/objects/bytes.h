/* bytes.h - bytes (immutable) and bytearray (mutable).
 * Invariants: bytes data is inline and NUL-terminated (ob_size excludes the NUL);
 * hash -1 until computed; b"" and single-byte bytes are singletons. A bytearray
 * owns a heap buffer of `alloc` >= ob_size + 1 bytes, NUL-terminated. */
#ifndef GLASS_OBJECTS_BYTES_H
#define GLASS_OBJECTS_BYTES_H

#include "../core/object.h"

typedef struct GlBytesObject {
    GlVarObject ob_base;
    Gl_hash_t hash;
    char ob_sval[1];          // ob_size bytes + NUL
} GlBytesObject;

typedef struct GlByteArrayObject {
    GlVarObject ob_base;
    Gl_ssize_t alloc;         // bytes allocated in ob_bytes
    char *ob_bytes;           // owned buffer
    Gl_ssize_t exports;       // live memoryviews on ob_bytes; resizing refused while > 0
} GlByteArrayObject;

extern GlTypeObject GlBytes_Type;
extern GlTypeObject GlByteArray_Type;
extern GlTypeObject GlBytesIter_Type;      // bytes_iterator
extern GlTypeObject GlByteArrayIter_Type;  // bytearray_iterator

static inline int GlBytes_Check(GlObject *o) { return GlType_HasFeature(o->ob_type, GL_TPFLAGS_BYTES_SUBCLASS); }
static inline int GlBytes_CheckExact(GlObject *o) { return o->ob_type == &GlBytes_Type; }
static inline char *GlBytes_AS_STRING(GlObject *o) { return ((GlBytesObject *)o)->ob_sval; }
static inline int GlByteArray_Check(GlObject *o) { return GlObject_TypeCheck(o, &GlByteArray_Type); }

/* New bytes copying len bytes of s (s may be NULL: uninitialised data). */
GlObject *GlBytes_FromStringAndSize(const char *s, Gl_ssize_t len) GL_NEWREF;
GlObject *GlBytes_FromString(const char *s) GL_NEWREF;
/* bytes(x) for any object (int size, iterable of ints, buffer, str needs encoding). */
GlObject *GlBytes_FromObject(GlObject *x) GL_NEWREF;
/* CPython's PyObject_Bytes: __bytes__, else bytes, bytearray or an iterable of ints (not an
   int, not a str: "cannot convert 'T' object to bytes"). New reference; runs Python code. */
GlObject *GlObject_Bytes(GlObject *x) GL_NEWREF;
/* The bytes bytearray(x) starts from (no __bytes__, int is a size, messages name
   bytearray). New reference; runs Python code. */
GlObject *GlByteArray_SourceBytes(GlObject *x) GL_NEWREF;
GlObject *GlBytes_Repr(GlObject *b) GL_NEWREF;
GlObject *GlByteArray_FromStringAndSize(const char *s, Gl_ssize_t len) GL_NEWREF;
/* If o exports a buffer (bytes, bytearray, memoryview, array...) set *data and *len
 * (borrowed: valid while o is alive and not resized) and return 0; else TypeError. */
int GlBytes_AsBuffer(GlObject *o, const char **data, Gl_ssize_t *len);

/* ---- memoryview (memoryview.c) ---- */
extern GlTypeObject GlMemoryView_Type;
extern GlTypeObject GlMemoryViewIter_Type;  // memory_iterator
static inline int GlMemoryView_Check(GlObject *o) { return o->ob_type == &GlMemoryView_Type; }
/* Borrowed pointer to the bytes of a C-contiguous memoryview: 0, or -1 with ValueError
   (released) or BufferError (not C-contiguous). Valid while the view is unreleased. */
int GlMemoryView_AsContiguous(GlObject *mv, const char **data, Gl_ssize_t *len);
/* mv.tobytes(): the viewed bytes in logical order. New reference; no Python code. */
GlObject *GlMemoryView_ToBytes(GlObject *mv) GL_NEWREF;

#endif /* GLASS_OBJECTS_BYTES_H */
