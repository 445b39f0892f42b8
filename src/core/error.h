/* error.h - the pending exception and the functions that raise, test and clear it.
 *
 * Invariants: at most one exception is being raised at a time (gl_tstate.curexc,
 * an exception *instance*, normalised at once). A function that fails returns NULL
 * or -1 with curexc set; one that succeeds leaves curexc as it found it.
 * The exception types are static type objects declared in objects/exceptions.h.
 */
#ifndef GLASS_CORE_ERROR_H
#define GLASS_CORE_ERROR_H

#include <stdarg.h>
#include "object.h"
#include "state.h"

/* Raise type(value) or, when value is already an instance of type, value itself.
 * value may be NULL (no arguments) or a tuple of arguments. Always returns NULL. */
GlObject *GlErr_SetObject(GlObject *type, GlObject *value);
/* Raise type(msg). Always returns NULL, so `return GlErr_SetString(...)` works. */
GlObject *GlErr_SetString(GlObject *type, const char *msg);
/* Raise type(GlStr_FromFormat(fmt, ...)); see GlStr_FromFormatV for the codes
 * (%s %d %i %u %ld %lu %zd %zu %x %c %p %R %S %U %.Ns). Always returns NULL. */
GlObject *GlErr_Format(GlObject *type, const char *fmt, ...);
GlObject *GlErr_FormatV(GlObject *type, const char *fmt, va_list va);
/* Raise type with no arguments. Returns NULL. */
GlObject *GlErr_SetNone(GlObject *type);
/* MemoryError (a preallocated instance when allocation itself fails). Returns NULL. */
GlObject *GlErr_NoMemory(void);
/* SystemError("bad internal call") with file:line. Returns NULL. */
GlObject *GlErr_BadInternalCallAt(const char *file, int line);
#define GlErr_BadInternalCall() GlErr_BadInternalCallAt(__FILE__, __LINE__)
/* OSError subclass from errno (FileNotFoundError for ENOENT...), with filename if
 * not NULL. Returns NULL. */
GlObject *GlErr_SetFromErrnoWithFilename(GlObject *type, const char *filename);
GlObject *GlErr_SetFromErrno(GlObject *type);
/* KeyError(key): key is wrapped in a 1-tuple so that a tuple key is not taken as
 * the argument list. Returns NULL. */
GlObject *GlErr_SetKeyError(GlObject *key);
GlObject *GlErr_SetFromErrnoWithFilenameObject(GlObject *type, GlObject *filename);

/* The type of the pending exception (borrowed), or NULL when none is pending. */
GlObject *GlErr_Occurred(void) GL_BORROWED;
/* 1 if the pending exception is an instance of exc (a type or a tuple of types). */
int GlErr_ExceptionMatches(GlObject *exc);
/* 1 if the exception class or instance `given` matches exc (class or tuple). */
int GlErr_GivenExceptionMatches(GlObject *given, GlObject *exc);
void GlErr_Clear(void);
/* Takes the pending exception (new reference; NULL if none) and clears it. */
GlObject *GlErr_GetRaisedException(void) GL_NEWREF;
/* Makes exc (stolen; may be NULL) the pending exception. */
void GlErr_SetRaisedException(GlObject *exc GL_STEALS);

/* Print "Exception ignored in: <repr of obj>" and the pending exception's traceback
 * to stderr, then clear it (errors inside __del__, weakref callbacks, atexit). */
void GlErr_WriteUnraisable(GlObject *obj);
/* Same with a custom first line: "<msg>: <repr of obj>". */
void GlErr_WriteUnraisableMsg(const char *msg, GlObject *obj);
/* Print the pending exception with its traceback (sys.excepthook-like) and clear it. */
void GlErr_Print(void);
/* Print exc (an exception instance) with its chain and traceback to sys.stderr
 * (C stderr before sys exists), as CPython's default excepthook. Runs Python code
 * (str(), __module__...); leaves the pending exception as it found it. */
void GlErr_Display(GlObject *exc);

/* Set __context__ of the exception about to be raised to the handled one. */
void GlErr_ChainWithHandled(GlObject *exc);

/* Abort on a broken internal invariant. */
GL_NORETURN void Gl_FatalError(const char *msg);

/* C-stack guard: 0 when there is room, -1 with RecursionError(msg-suffix) when the
 * C stack is nearly exhausted or the depth limit is passed. Pair with
 * Gl_LeaveRecursiveCall. `where` is appended: " while calling a Python object". */
int Gl_EnterRecursiveCallSlow(const char *where);   // depth already counted

static inline int
Gl_EnterRecursiveCall(const char *where)
{
    char here;
    int depth = ++gl_tstate.recursion_depth;
    if (GL_LIKELY(depth <= gl_tstate.recursion_limit
                  && (uintptr_t)&here >= (uintptr_t)gl_tstate.stack_limit)) {
        return 0;
    }
    return Gl_EnterRecursiveCallSlow(where);
}

static inline void
Gl_LeaveRecursiveCall(void)
{
    gl_tstate.recursion_depth--;
}

#endif /* GLASS_CORE_ERROR_H */
