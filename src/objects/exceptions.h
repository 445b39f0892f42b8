/* exceptions.h - the built-in exception hierarchy of Python 3.11.
 * Invariants: args is always a tuple (owned); traceback/context/cause are NULL or
 * owned (NULL reads as None); every exception type is a static type whose
 * GlExc_<Name> pointer is valid after GlExc_Init. */
#ifndef GLASS_OBJECTS_EXCEPTIONS_H
#define GLASS_OBJECTS_EXCEPTIONS_H

#include "../core/object.h"

#define GL_BASE_EXCEPTION_HEAD          \
    GlObject ob_base;                   \
    GlObject *dict;      /* __dict__ */ \
    GlObject *args;      /* tuple */    \
    GlObject *notes;     /* __notes__ */\
    GlObject *traceback;                \
    GlObject *context;                  \
    GlObject *cause;                    \
    char suppress_context;

typedef struct GlBaseExceptionObject {
    GL_BASE_EXCEPTION_HEAD
} GlBaseExceptionObject;

typedef struct GlSyntaxErrorObject {
    GL_BASE_EXCEPTION_HEAD
    GlObject *msg, *filename, *lineno, *offset, *end_lineno, *end_offset, *text;
    GlObject *print_file_and_line;
} GlSyntaxErrorObject;

typedef struct GlStopIterationObject {
    GL_BASE_EXCEPTION_HEAD
    GlObject *value;
} GlStopIterationObject;

typedef struct GlSystemExitObject {
    GL_BASE_EXCEPTION_HEAD
    GlObject *code;
} GlSystemExitObject;

typedef struct GlImportErrorObject {
    GL_BASE_EXCEPTION_HEAD
    GlObject *msg, *name, *path;
} GlImportErrorObject;

typedef struct GlOSErrorObject {
    GL_BASE_EXCEPTION_HEAD
    GlObject *myerrno, *strerror, *filename, *filename2;
    Gl_ssize_t written;   // BlockingIOError's characters_written; -1 when unset
} GlOSErrorObject;

typedef struct GlAttributeErrorObject {
    GL_BASE_EXCEPTION_HEAD
    GlObject *obj, *name;
} GlAttributeErrorObject;

typedef struct GlNameErrorObject {
    GL_BASE_EXCEPTION_HEAD
    GlObject *name;
} GlNameErrorObject;

typedef struct GlUnicodeErrorObject {
    GL_BASE_EXCEPTION_HEAD
    GlObject *encoding, *object, *reason;
    Gl_ssize_t start, end;
} GlUnicodeErrorObject;

typedef struct GlBaseExceptionGroupObject {
    GL_BASE_EXCEPTION_HEAD
    GlObject *msg;    // str: .message
    GlObject *excs;   // non-empty tuple of exception instances: .exceptions
} GlBaseExceptionGroupObject;

#define GL_EXC_LIST(X) \
    X(BaseException) X(Exception) X(TypeError) X(StopAsyncIteration) X(StopIteration) \
    X(GeneratorExit) X(SystemExit) X(KeyboardInterrupt) X(ImportError) \
    X(ModuleNotFoundError) X(OSError) X(EOFError) X(RuntimeError) X(RecursionError) \
    X(NotImplementedError) X(NameError) X(UnboundLocalError) X(AttributeError) \
    X(SyntaxError) X(IndentationError) X(TabError) X(LookupError) X(IndexError) \
    X(KeyError) X(ValueError) X(UnicodeError) X(UnicodeEncodeError) \
    X(UnicodeDecodeError) X(UnicodeTranslateError) X(AssertionError) \
    X(ArithmeticError) X(FloatingPointError) X(OverflowError) X(ZeroDivisionError) \
    X(SystemError) X(ReferenceError) X(MemoryError) X(BufferError) \
    X(ConnectionError) X(BlockingIOError) X(BrokenPipeError) X(ChildProcessError) \
    X(ConnectionAbortedError) X(ConnectionRefusedError) X(ConnectionResetError) \
    X(FileExistsError) X(FileNotFoundError) X(IsADirectoryError) \
    X(NotADirectoryError) X(InterruptedError) X(PermissionError) \
    X(ProcessLookupError) X(TimeoutError) X(Warning) X(UserWarning) \
    X(DeprecationWarning) X(PendingDeprecationWarning) X(SyntaxWarning) \
    X(RuntimeWarning) X(FutureWarning) X(ImportWarning) X(UnicodeWarning) \
    X(BytesWarning) X(ResourceWarning) X(EncodingWarning)

#define GL_EXC_DECL(name) extern GlObject *GlExc_##name;
GL_EXC_LIST(GL_EXC_DECL)
#undef GL_EXC_DECL

/* The static type objects themselves: GlExc_X == (GlObject *)&GlX_Type. Listed in
 * typetable.c in GL_EXC_LIST order (each base before its subclasses). */
#define GL_EXC_TYPE_DECL(name) extern GlTypeObject Gl##name##_Type;
GL_EXC_LIST(GL_EXC_TYPE_DECL)
#undef GL_EXC_TYPE_DECL

static inline int GlExceptionInstance_Check(GlObject *o) { return GlType_HasFeature(o->ob_type, GL_TPFLAGS_BASE_EXC_SUBCLASS); }
static inline int GlExceptionClass_Check(GlObject *o) { return GlType_Check(o) && GlType_HasFeature((GlTypeObject *)o, GL_TPFLAGS_BASE_EXC_SUBCLASS); }

/* Accessors: borrowed (NULL when unset). Setters take new references. */
GlObject *GlException_GetTraceback(GlObject *exc) GL_BORROWED;
int GlException_SetTraceback(GlObject *exc, GlObject *tb);
GlObject *GlException_GetContext(GlObject *exc) GL_BORROWED;
void GlException_SetContext(GlObject *exc, GlObject *ctx GL_STEALS);
GlObject *GlException_GetCause(GlObject *exc) GL_BORROWED;
void GlException_SetCause(GlObject *exc, GlObject *cause GL_STEALS);
GlObject *GlException_GetArgs(GlObject *exc) GL_BORROWED;
/* StopIteration(value) raised with value as its single argument. Returns NULL. */
GlObject *GlErr_SetStopIterationValue(GlObject *value);
/* Build a SyntaxError/IndentationError/TabError instance: type(msg, (filename,
 * lineno, offset, text, end_lineno, end_offset)); filename/text NULL give None, a
 * negative offset/end_lineno/end_offset gives None. New reference. */
GlObject *GlErr_NewSyntaxError(GlObject *type, const char *msg, const char *filename,
                               int lineno, int offset, int end_lineno, int end_offset,
                               const char *text) GL_NEWREF;
/* UnicodeDecodeError(encoding, object[0:length] as bytes, start, end, reason) and
 * UnicodeEncodeError(encoding, object (a str), start, end, reason) instances for the
 * codecs (raise with GlErr_SetObject(Gl_TYPE(exc), exc)). New references. */
GlObject *GlUnicodeDecodeError_Create(const char *encoding, const char *object,
                                      Gl_ssize_t length, Gl_ssize_t start, Gl_ssize_t end,
                                      const char *reason) GL_NEWREF;
GlObject *GlUnicodeEncodeError_Create(const char *encoding, GlObject *object,
                                      Gl_ssize_t start, Gl_ssize_t end,
                                      const char *reason) GL_NEWREF;
/* BaseExceptionGroup and ExceptionGroup (exceptions_group.c): kept out of GL_EXC_LIST
 * because ExceptionGroup has two bases, given to it by GlExcGroup_Init. */
extern GlObject *GlExc_BaseExceptionGroup;
extern GlObject *GlExc_ExceptionGroup;
extern GlTypeObject GlBaseExceptionGroup_Type;
extern GlTypeObject GlExceptionGroup_Type;
/* Readies both group types, ExceptionGroup with bases (BaseExceptionGroup, Exception).
 * Called by GlExc_Init. 0 / -1. */
int GlExcGroup_Init(void);
/* except*: split the handled exception for one clause (new refs, Gl_None for none;
 * 0 / -1), and compute what to re-raise after the clauses (new ref, Gl_None). */
int GlExcGroup_MatchStar(GlObject *exc, GlObject *type, GlObject **match, GlObject **rest);
GlObject *GlExcGroup_PrepReraiseStar(GlObject *orig, GlObject *excs);
/* After the types are ready: readies the exception groups and preallocates the
 * MemoryError instance. 0 / -1. */
int GlExc_Init(void);

#endif /* GLASS_OBJECTS_EXCEPTIONS_H */
