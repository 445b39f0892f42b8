/* vm.h - what the rest of the runtime asks of the virtual machine: compiling source,
 * running code objects, the current frame's namespaces, imports, and running
 * programs (used by builtins, sys, the command line and the REPL). */
#ifndef GLASS_VM_VM_H
#define GLASS_VM_VM_H

#include "../core/object.h"

/* compile() modes. */
#define GL_MODE_EXEC 0
#define GL_MODE_EVAL 1
#define GL_MODE_SINGLE 2   // REPL: expression statements print through sys.displayhook
#define GL_MODE_IGNORE_COOKIE 16   // flag: the text came from a str (PyCF_IGNORE_COOKIE)
#define GL_MODE_ALLOW_INCOMPLETE 32   // flag: source ending too early raises SyntaxError
                                      // "incomplete input" (PyCF_ALLOW_INCOMPLETE_INPUT)
#define GL_MODE_NO_DEDENT 64   // flag with the above, 'single': a compound statement not
                               // ended by a newline is incomplete (PyCF_DONT_IMPLY_DEDENT)

/* Compile source text (UTF-8) to a code object. NULL + SyntaxError/IndentationError
 * (with filename, lineno, offset, text...) on bad source. New reference. */
GlObject *GlCompile_String(const char *src, Gl_ssize_t len, GlObject *filename, int mode) GL_NEWREF;
/* The front and back halves of GlCompile_String, for the ast module. GlCompile_Parse:
 * the AST of src (living in arena) or NULL with SyntaxError etc. raised (borrowed from
 * the arena). GlCompile_Mod: the code object of mod (new reference) or NULL; src may be
 * NULL (error messages then show no source line). */
struct GlArena;
struct GlAstMod;
struct GlAstMod *GlCompile_Parse(struct GlArena *arena, const char *src, Gl_ssize_t len,
                                 GlObject *filename, int mode);
GlObject *GlCompile_Mod(struct GlArena *arena, struct GlAstMod *mod, const char *src,
                        Gl_ssize_t len, GlObject *filename, int mode) GL_NEWREF;
/* 1 if src is an incomplete interactive statement (the REPL then reads more). */
int GlCompile_IsIncomplete(const char *src, Gl_ssize_t len);

/* Run a code object with the given namespaces (locals may be NULL = globals).
 * globals gets __builtins__ if missing. New reference (the result; None for exec). */
GlObject *GlEval_Code(GlObject *code, GlObject *globals, GlObject *locals) GL_NEWREF;
/* Run func's code with `locals` as its namespace (class bodies: __build_class__). */
GlObject *GlEval_FunctionWithLocals(GlObject *func, GlObject *locals) GL_NEWREF;
/* Namespaces of the innermost running Python frame; borrowed; NULL when no frame. */
GlObject *GlEval_GetGlobals(void) GL_BORROWED;
GlObject *GlEval_GetBuiltins(void) GL_BORROWED;
/* builtins[name] as the current frame sees it (CPython's _PyEval_GetBuiltin, used by the
 * iterators' __reduce__): AttributeError(name) when missing. New reference. */
GlObject *GlEval_GetBuiltin(GlObject *name) GL_NEWREF;
/* locals() of the current frame: the namespace dict for module/class frames, a
 * fresh snapshot dict for function frames. New reference. */
GlObject *GlEval_GetLocals(void) GL_NEWREF;
/* For zero-argument super(): the enclosing class (from the __class__ cell) and the
 * first argument of the current function. 0 / -1 with RuntimeError as CPython
 * ("super(): no arguments", "super(): __class__ cell not found"). New references. */
int GlEval_GetSuperArgs(GlTypeObject **type, GlObject **obj);
/* Line number the current frame is executing, or -1. */
int GlEval_CurrentLine(void);

/* import name (dotted), as `__import__(name, globals, locals, fromlist, level)`. */
GlObject *GlImport_ImportModuleLevelObject(GlObject *name, GlObject *globals, GlObject *locals,
                                           GlObject *fromlist, int level) GL_NEWREF;
/* import a module by absolute dotted name, returning the leaf module. */
GlObject *GlImport_ImportModule(const char *name) GL_NEWREF;

/* aiter(o): o.__aiter__(), checked to be an async iterator. New reference; runs Python. */
GlObject *GlAsync_AIter(GlObject *o) GL_NEWREF;
/* anext(aiter[, default]): the awaitable of aiter.__anext__(); with default_value
   (non-NULL) an awaitable giving it on StopAsyncIteration. New reference; runs Python. */
GlObject *GlAsync_ANext(GlObject *aiter, GlObject *default_value) GL_NEWREF;
/* Module from sys.modules or NULL (borrowed, no exception). */
GlObject *GlImport_GetModule(GlObject *name) GL_BORROWED;
/* 1 while the body of module `name` is running. */
int GlImport_IsInitializing(GlObject *name);
/* Set module.__spec__ (a namespace with ModuleSpec's fields). 0 / -1. */
int GlImport_SetSpec(GlObject *m, GlObject *name, const char *origin, GlObject *search);
/* Register a built-in (C) module initialiser: GlInit_<name> returns a new module. */
typedef GlObject *(*GlModuleInitFunc)(void);
typedef struct GlBuiltinModule {
    const char *name;
    GlModuleInitFunc init;
} GlBuiltinModule;
/* Table of built-in C modules (modules/config.c), terminated by {NULL, NULL}. */
extern const GlBuiltinModule gl_builtin_modules[];

/* Interpreter life cycle (vm/pylifecycle.c). argv as given after the options. */
int Gl_Initialize(int argc, char **argv);
/* Run atexit handlers, flush stdout/stderr, finalize modules. Returns 0 or 120 if
 * flushing failed. */
int Gl_Finalize(void);
/* Run a script file as __main__; returns the process exit status (prints uncaught
 * exceptions, handles SystemExit). */
int GlRun_File(const char *path);
/* Run source as __main__ (-c). Returns the exit status. */
int GlRun_Command(const char *src);
/* Run a module as __main__ (-m). */
int GlRun_Module(const char *name);
/* Interactive loop (stdin); returns the exit status. */
int GlRun_Repl(void);
/* Exit status for an uncaught SystemExit pending exception (prints its message),
 * clearing it; returns -1 if the pending exception is not SystemExit. */
int GlRun_HandleSystemExit(void);

#endif /* GLASS_VM_VM_H */
