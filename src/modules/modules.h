/* modules.h - the built-in C modules (builtins, sys, io, gc, _weakref...), the
 * helpers they share with the VM and the command line, and the REPL line reader.
 *
 * Invariants:
 * - Each GlInit_<name> returns a new module object (new reference) or NULL with an
 *   exception; config.c lists them in gl_builtin_modules.
 * - GlInit_builtins must run after GlType_InitAll; GlInit_sys after GlInit_builtins
 *   (it creates sys.modules and sets gl_tstate.interp_modules / gl_tstate.sysdict,
 *   and the standard streams, which need the io types).
 * - The standard streams are the io file objects of sysmodule.c; Gl_Finalize flushes
 *   them through GlSys_FlushStdFiles.
 */
#ifndef GLASS_MODULES_MODULES_H
#define GLASS_MODULES_MODULES_H

#include "../objects/allobjects.h"

/* ---- module initialisers (new references) ---- */
GlObject *GlInit_builtins(void) GL_NEWREF;   // builtinsmodule.c
GlObject *GlInit_sys(void) GL_NEWREF;        // sysmodule.c
GlObject *GlInit_io(void) GL_NEWREF;         // iomodule.c (also registered as _io)
GlObject *GlInit_gc(void) GL_NEWREF;         // gcmodule.c (core engineer)
GlObject *GlInit_weakref(void) GL_NEWREF;    // _weakref (core engineer)
GlObject *GlInit_json(void) GL_NEWREF;       // _json (_jsonmodule.c)
GlObject *GlInit_math(void) GL_NEWREF;       // mathmodule.c
GlObject *GlInit_time(void) GL_NEWREF;       // timemodule.c
GlObject *GlInit_errno(void) GL_NEWREF;      // errnomodule.c
GlObject *GlInit_atexit(void) GL_NEWREF;     // atexitmodule.c
GlObject *GlInit_posix(void) GL_NEWREF;      // posixmodule.c
GlObject *GlInit__collections(void) GL_NEWREF;   // collectionsmodule.c (_tuplegetter)
GlObject *GlInit__tbinfo(void) GL_NEWREF;    // _tbinfomodule.c (traceback carets)
GlObject *GlInit__abcflags(void) GL_NEWREF;  // _abcflagsmodule.c (pattern-matching flags)
GlObject *GlInit_random(void) GL_NEWREF;     // randommodule.c (_random)
GlObject *GlInit_struct(void) GL_NEWREF;     // structmodule.c (_struct)
GlObject *GlInit_re(void) GL_NEWREF;         // _remodule.c (_re, PCRE2)
GlObject *GlInit__ast(void) GL_NEWREF;       // _astmodule.c (_ast)

/* ---- _ast (_astmodule.c) ---- */
/* The ast.Module / ast.Expression / ast.Interactive tree of src for GL_MODE_* mode,
 * built from the classes of lib/_ast_nodes.py. NULL + SyntaxError etc. New reference. */
GlObject *GlAst_FromSource(const char *src, Gl_ssize_t len, GlObject *filename,
                           int mode) GL_NEWREF;
/* The code object of an ast.Module / Expression / Interactive tree (compile() of a
 * tree; mode GL_MODE_*), after CPython's validity checks. New reference. */
GlObject *GlAst_Compile(GlObject *tree, GlObject *filename, int mode) GL_NEWREF;
/* 1 if o is an ast.AST instance (never imports the node classes),
 * 0 if not, -1 on error. */
int GlAst_Check(GlObject *o);
/* 'exec' / 'eval' / 'single' -> GL_MODE_*; -1 + TypeError/ValueError naming fname. */
int GlAst_ModeFromString(GlObject *mode, const char *fname);
GlObject *GlInit_cmath(void) GL_NEWREF;      // cmathmodule.c
GlObject *GlInit_unicodedata(void) GL_NEWREF; // unicodedatamodule.c
GlObject *GlInit_zlib(void) GL_NEWREF;       // zlibmodule.c (system libz)
GlObject *GlInit_array(void) GL_NEWREF;      // arraymodule.c (array)
GlObject *GlInit__codecs(void) GL_NEWREF;    // _codecsmodule.c (_codecs)
GlObject *GlInit__glasshash(void) GL_NEWREF; // _glasshashmodule.c (hashlib's engines)
GlObject *GlInit__locale(void) GL_NEWREF;    // _localemodule.c (_locale)
/* _glasshash's types (_hashlib.HASH, _hashlib.HASHXOF, _blake2.blake2b/s), readied at
 * start-up from objects/typetable.c. */
extern GlTypeObject GlHash_Type, GlHashXof_Type, GlBlake2b_Type, GlBlake2s_Type;

/* ---- command-line settings, filled by main.c before Gl_Initialize ---- */
extern int gl_orig_argc;          // the process's argc (sys.orig_argv)
extern char **gl_orig_argv;       // the process's argv (borrowed, static for the run)
extern int gl_unbuffered;         // -u: stdout/stderr write through at once
extern int gl_show_refcount;      // -X showrefcount
extern int gl_leak_check;         // -X leakcheck: compare tracked objects at exit with the start
extern int gl_interactive;        // the REPL will run (sys.ps1/ps2 are set)
extern int gl_utf8_mode;          // sys.flags.utf8_mode: the LC_CTYPE locale was C/POSIX at start

/* ---- sys (sysmodule.c) ---- */
/* sys.argv = argv[0..argc) (argc 0 gives ['']) and sys.path[0] from argv[0]: the
 * script's folder, or '' for -c / - / the REPL / -m. Idempotent: main calls it after
 * Gl_Initialize too. 0 / -1. */
int GlSys_SetArgv(int argc, char **argv);
/* sys.<name> (borrowed) or NULL without exception when missing. */
GlObject *GlSys_GetObject(const char *name) GL_BORROWED;
/* sys.<name> = v (new reference taken; v NULL deletes). 0 / -1. */
int GlSys_SetObject(const char *name, GlObject *v);
/* Flush sys.stdout and sys.stderr (Gl_Finalize, before tracebacks are printed by C
 * code...). Returns 0, or -1 if flushing failed (the error is cleared). Runs Python
 * code only when the streams were replaced by Python objects. */
int GlSys_FlushStdFiles(void);
/* Write the UTF-8 text to sys.stdout / sys.stderr (falls back to the C stream when
 * the sys attribute is missing or None). Errors are cleared. */
void GlSys_WriteStdout(const char *text);
void GlSys_WriteStderr(const char *text);
/* Where sys.displayhook prints: repr(v) + newline to sys.stdout, builtins._ = v.
 * New reference (None) or NULL. */
GlObject *GlSys_DisplayHook(GlObject *v) GL_NEWREF;

/* ---- io (iomodule.c, fileobject.c) ---- */
extern GlTypeObject GlFileIO_Type;          // _io.FileIO: raw, unbuffered fd
extern GlTypeObject GlBufferedReader_Type;  // _io.BufferedReader  (the three share
extern GlTypeObject GlBufferedWriter_Type;  // _io.BufferedWriter   one layout;
extern GlTypeObject GlBufferedRandom_Type;  // _io.BufferedRandom   bufferedtype.c)
extern GlTypeObject GlTextIOWrapper_Type;   // _io.TextIOWrapper
extern GlTypeObject GlStringIO_Type;        // _io.StringIO
extern GlTypeObject GlBytesIO_Type;         // _io.BytesIO
extern GlTypeObject GlBytesIOBuffer_Type;   // _io._BytesIOBuffer: the exporter of getbuffer()
extern GlTypeObject GlSimpleNamespace_Type; // types.SimpleNamespace (namespace.c)
/* sys's struct sequences (tuple subclasses with named read-only fields). */
extern GlTypeObject GlVersionInfo_Type, GlFlags_Type, GlFloatInfo_Type, GlIntInfo_Type,
    GlHashInfo_Type;
/* The open() built-in function's definition (builtins.open is io.open). */
extern GlMethodDef gl_io_open_def;

/* open(file, mode, buffering, encoding, errors, newline, closefd) as the builtin
 * (encoding/errors/newline may be NULL). New reference. */
GlObject *GlIO_Open(GlObject *file, const char *mode, int buffering, const char *encoding,
                    const char *errors, const char *newline, int closefd) GL_NEWREF;
/* A text stream over file descriptor fd (sys.stdin/stdout/stderr): mode "r" or "w";
 * line_buffering and write_through as TextIOWrapper's; closefd is False. New ref. */
GlObject *GlIO_TextFromFd(int fd, const char *mode, const char *name, int line_buffering,
                          int write_through) GL_NEWREF;
/* file.write(str(obj)) (raw = 1) or file.write(repr(obj)), fast for the io text
 * types. 0 / -1. Runs Python code. */
int GlFile_WriteObject(GlObject *obj, GlObject *file, int raw);
/* file.write(s) for a UTF-8 C string. 0 / -1. */
int GlFile_WriteString(const char *s, GlObject *file);
/* file.flush() (fast for the io types). 0 / -1. */
int GlFile_Flush(GlObject *file);
/* Flush every open io writer (at exit; C-level only, no Python code). */
void GlIO_FlushAll(void);
/* A new types.SimpleNamespace holding a copy of the items of kwds (a dict or NULL). */
GlObject *GlNamespace_New(GlObject *kwds) GL_NEWREF;

/* ---- math_gamma.c: CPython's Lanczos gamma and lgamma (NaN: domain, inf: pole or
 * overflow) ---- */
double GlMath_Gamma(double x);
double GlMath_LogGamma(double x);

/* ---- builtins helpers (builtinsmodule.c, builtins_more.c, sitebuiltins.c) ---- */
/* Adds help, exit, quit, copyright, credits, license and breakpoint to the builtins
 * module m (sitebuiltins.c); 0 or -1. */
int GlSiteBuiltins_Add(GlObject *m);
/* sys.breakpointhook (sitebuiltins.c). */
extern GlMethodDef gl_sys_breakpointhook_def;
/* The builtins module object (borrowed), valid after GlInit_builtins. */
GlObject *GlBuiltins_GetModule(void) GL_BORROWED;
/* Built-in functions of builtins_more.c (method-table entries of builtinsmodule.c):
 * the FASTCALL (|KEYWORDS) implementations of the builtins of the same names. */
GlObject *GlBuiltin_BuildClass(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                               GlObject *kwnames) GL_NEWREF;
GlObject *GlBuiltin_Import(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                           GlObject *kwnames) GL_NEWREF;
GlObject *GlBuiltin_Compile(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                            GlObject *kwnames) GL_NEWREF;
GlObject *GlBuiltin_Exec(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                         GlObject *kwnames) GL_NEWREF;
GlObject *GlBuiltin_Eval(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                         GlObject *kwnames) GL_NEWREF;
GlObject *GlBuiltin_Dir(GlObject *self, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF;
GlObject *GlBuiltin_Vars(GlObject *self, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF;
GlObject *GlBuiltin_Locals(GlObject *self, GlObject *unused) GL_NEWREF;
GlObject *GlBuiltin_Globals(GlObject *self, GlObject *unused) GL_NEWREF;

/* ---- REPL line reader (readline.c) ---- */
/* Read one line with prompt (line editing and ~/.glass_history when built with
 * libedit and stdin is a tty). Returns a malloc'd line without the trailing newline
 * (free() it), or NULL at end of input. Sets no exception. */
char *GlRepl_ReadLine(const char *prompt);

/* The original builtins.__import__: IMPORT_NAME calls a replacement instead. */
extern GlObject *gl_builtin_import;

#endif /* GLASS_MODULES_MODULES_H */
