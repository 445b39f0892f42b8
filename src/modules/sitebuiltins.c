/* sitebuiltins.c - the builtins CPython's site module adds: help, exit and quit,
 * copyright, credits and license (the types of its _sitebuiltins module), and
 * breakpoint with sys.breakpointhook.
 *
 * Invariants:
 * - help is a _sitebuiltins._Helper: its repr is CPython's hint; calling it imports
 *   lib/pydoc.py and forwards to pydoc.help.
 * - exit and quit are _sitebuiltins.Quitter objects (attributes name and eof): the
 *   repr says how to leave, the call closes sys.stdin (errors ignored) and raises
 *   SystemExit(code) (code None when not given, as CPython).
 * - copyright, credits and license are _sitebuiltins._Printer objects whose repr is
 *   their text (license: a hint, the text when called). The texts are Glass's own.
 * - sys.breakpointhook follows CPython: $PYTHONBREAKPOINT "0" disables it, empty or
 *   unset means "pdb.set_trace"; a hook that cannot be imported gives a
 *   RuntimeWarning and None. Glass has no pdb, so by default breakpoint() warns and
 *   goes on.
 * Ownership: every function returning an object returns a new reference or NULL
 * with an exception set.
 */
#include <stdlib.h>
#include <string.h>
#include "modules.h"
#include "../vm/vm.h"

/* ---- help ---- */

static void
plain_dealloc(GlObject *self)
{
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
helper_repr(GlObject *self) GL_NEWREF
{
    (void)self;
    return GlStr_FromString("Type help() for interactive help, or help(object) for help about "
                            "object.");
}

static GlObject *
helper_call(GlObject *self, GlObject *args, GlObject *kwargs) GL_NEWREF
{
    (void)self;
    GlObject *pydoc = GlImport_ImportModule("pydoc");   // may run Python code
    if (pydoc == NULL) {
        return NULL;
    }
    GlObject *fn = GlObject_GetAttrString(pydoc, "help");
    Gl_DECREF(pydoc);
    if (fn == NULL) {
        return NULL;
    }
    GlObject *res = GlObject_Call(fn, args, kwargs);   // runs Python code
    Gl_DECREF(fn);
    return res;
}

static GlTypeObject GlHelper_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_sitebuiltins._Helper",
    .tp_basicsize = sizeof(GlObject),
    .tp_dealloc = plain_dealloc,
    .tp_repr = helper_repr,
    .tp_call = helper_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_doc = "Define the builtin 'help'.\n\nThis is a wrapper around pydoc.help that provides "
              "a helpful message\nwhen 'help' is typed at the Python interactive prompt.",
    .tp_free = GlObject_Free,
};

/* ---- exit and quit ---- */

typedef struct {
    GlObject ob_base;
    GlObject *name;   // "exit" or "quit" (owned)
    GlObject *eof;    // "Ctrl-D (i.e. EOF)" (owned)
} QuitterObject;

static void
quitter_dealloc(GlObject *self)
{
    QuitterObject *q = (QuitterObject *)self;
    Gl_XDECREF(q->name);
    Gl_XDECREF(q->eof);
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
quitter_repr(GlObject *self) GL_NEWREF
{
    QuitterObject *q = (QuitterObject *)self;
    return GlStr_FromFormat("Use %S() or %S to exit", q->name, q->eof);
}

static GlObject *
quitter_call(GlObject *self, GlObject *args, GlObject *kwargs) GL_NEWREF
{
    (void)self;
    static const char *const kwlist[] = {"code", NULL};
    GlObject *a[1] = {NULL};
    if (GlArg_ParseTupleDict("__call__", args, kwargs, kwlist, 1, 0, a) < 0) {
        return NULL;
    }
    GlObject *fin = GlSys_GetObject("stdin");
    if (fin != NULL && fin != Gl_None) {
        GlObject *r = GlObject_CallMethodObjArgs(fin, GL_ID(close), NULL);   // Python code
        if (r == NULL) {
            GlErr_Clear();
        }
        Gl_XDECREF(r);
    }
    GlObject *exc = GlObject_CallOneArg(GlExc_SystemExit, a[0] != NULL ? a[0] : Gl_None);
    if (exc != NULL) {
        GlErr_SetRaisedException(exc);
    }
    return NULL;
}

static GlMemberDef quitter_members[] = {
    {"name", GL_T_OBJECT, offsetof(QuitterObject, name), 0, NULL},
    {"eof", GL_T_OBJECT, offsetof(QuitterObject, eof), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static GlTypeObject GlQuitter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_sitebuiltins.Quitter",
    .tp_basicsize = sizeof(QuitterObject),
    .tp_dealloc = quitter_dealloc,
    .tp_repr = quitter_repr,
    .tp_call = quitter_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_members = quitter_members,
    .tp_free = GlObject_Free,
};

/* ---- copyright, credits, license ---- */

typedef struct {
    GlObject ob_base;
    GlObject *name;   // "license" (owned)
    GlObject *text;   // the whole text (owned)
    int short_repr;   // 1: the repr is the text itself
} PrinterObject;

static void
printer_dealloc(GlObject *self)
{
    PrinterObject *p = (PrinterObject *)self;
    Gl_XDECREF(p->name);
    Gl_XDECREF(p->text);
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
printer_repr(GlObject *self) GL_NEWREF
{
    PrinterObject *p = (PrinterObject *)self;
    if (p->short_repr) {
        return Gl_NewRef(p->text);
    }
    return GlStr_FromFormat("Type %S() to see the full %S text", p->name, p->name);
}

static GlObject *
printer_call(GlObject *self, GlObject *args, GlObject *kwargs) GL_NEWREF
{
    if (GlTuple_GET_SIZE(args) != 0 || (kwargs != NULL && GlDict_GET_SIZE(kwargs) != 0)) {
        return GlErr_Format(GlExc_TypeError, "__call__() takes 1 positional argument but %zd "
                            "were given", GlTuple_GET_SIZE(args) + 1);
    }
    GlObject *out = GlSys_GetObject("stdout");
    if (out == NULL || out == Gl_None) {
        Gl_RETURN_NONE;
    }
    GlObject *line = GlStr_FromFormat("%S\n", ((PrinterObject *)self)->text);
    if (line == NULL) {
        return NULL;
    }
    GlObject *r = GlObject_CallMethodObjArgs(out, GL_ID(write), line, NULL);   // Python code
    Gl_DECREF(line);
    if (r == NULL) {
        return NULL;
    }
    Gl_DECREF(r);
    Gl_RETURN_NONE;
}

static GlTypeObject GlPrinter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_sitebuiltins._Printer",
    .tp_basicsize = sizeof(PrinterObject),
    .tp_dealloc = printer_dealloc,
    .tp_repr = printer_repr,
    .tp_call = printer_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_doc = "interactive prompt objects for printing the license text, a list of\n"
              "    contributors and the copyright notice.",
    .tp_free = GlObject_Free,
};

static const char copyright_text[] =
    "Copyright (c) 2026 the Glass authors.\n"
    "All Rights Reserved.\n"
    "\n"
    "Glass follows the semantics of Python, which is\n"
    "Copyright (c) 2001-2023 Python Software Foundation.\n"
    "All Rights Reserved.";

static const char credits_text[] =
    "    Glass is built on the documented behaviour of CPython; thanks to its\n"
    "    developers, and to the authors of GMP, PCRE2, zlib and libedit.";

static const char license_text[] =
    "Glass is distributed with its source code; see the README.md of its\n"
    "repository for the terms. Python's own license and history:\n"
    "https://docs.python.org/3/license.html";

/* ---- breakpoint ---- */

/* sys.breakpointhook(*args, **kws). */
static GlObject *
sys_breakpointhook(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                   GlObject *kwnames) GL_NEWREF
{
    (void)self;
    const char *env = getenv("PYTHONBREAKPOINT");
    if (env != NULL && strcmp(env, "0") == 0) {
        Gl_RETURN_NONE;
    }
    const char *hookname = env == NULL || env[0] == '\0' ? "pdb.set_trace" : env;
    const char *dot = strrchr(hookname, '.');
    GlObject *modname = dot != NULL ? GlStr_FromStringAndSize(hookname, dot - hookname)
                                    : GlStr_FromString("builtins");
    if (modname == NULL) {
        return NULL;
    }
    GlObject *hook = NULL;
    GlObject *mod = GlImport_ImportModuleLevelObject(modname, NULL, NULL, NULL, 0);
    Gl_DECREF(modname);
    if (mod != NULL) {
        hook = GlObject_GetAttrString(mod, dot != NULL ? dot + 1 : hookname);
        Gl_DECREF(mod);
    }
    if (hook == NULL) {
        if (!GlErr_ExceptionMatches(GlExc_ImportError)
            && !GlErr_ExceptionMatches(GlExc_AttributeError)) {
            return NULL;
        }
        GlErr_Clear();
        GlObject *warnings = GlImport_ImportModule("warnings");
        if (warnings == NULL) {
            return NULL;
        }
        GlObject *msg = GlStr_FromFormat("Ignoring unimportable $PYTHONBREAKPOINT: \"%s\"",
                                         hookname);
        GlObject *warn = GlObject_GetAttrString(warnings, "warn");
        Gl_DECREF(warnings);
        GlObject *r = msg == NULL || warn == NULL ? NULL
            : GlObject_CallFunctionObjArgs(warn, msg, GlExc_RuntimeWarning, NULL);
        Gl_XDECREF(msg);
        Gl_XDECREF(warn);
        if (r == NULL) {
            return NULL;
        }
        Gl_DECREF(r);
        Gl_RETURN_NONE;
    }
    GlObject *res = GlObject_Vectorcall(hook, args, (size_t)nargs, kwnames);   // Python code
    Gl_DECREF(hook);
    return res;
}

GlMethodDef gl_sys_breakpointhook_def = {
    "breakpointhook", GL_FN(sys_breakpointhook), GL_METH_FASTCALL | GL_METH_KEYWORDS,
    "breakpointhook(*args, **kws)\n\nThis hook function is called by built-in breakpoint().",
};

/* builtins.breakpoint(*args, **kws): calls sys.breakpointhook. */
static GlObject *
builtin_breakpoint(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                   GlObject *kwnames) GL_NEWREF
{
    (void)self;
    GlObject *hook = GlSys_GetObject("breakpointhook");
    if (hook == NULL) {
        return GlErr_SetString(GlExc_RuntimeError, "lost sys.breakpointhook");
    }
    Gl_INCREF(hook);
    GlObject *res = GlObject_Vectorcall(hook, args, (size_t)nargs, kwnames);   // Python code
    Gl_DECREF(hook);
    return res;
}

static GlMethodDef breakpoint_def = {
    "breakpoint", GL_FN(builtin_breakpoint), GL_METH_FASTCALL | GL_METH_KEYWORDS,
    "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).",
};

/* ---- installation ---- */

static int
add_quitter(GlObject *m, const char *name)
{
    QuitterObject *q = (QuitterObject *)GlObject_New(&GlQuitter_Type, 0);
    if (q == NULL) {
        return -1;
    }
    q->name = GlStr_FromString(name);
    q->eof = GlStr_FromString("Ctrl-D (i.e. EOF)");
    int r = q->name == NULL || q->eof == NULL ? -1 : GlModule_AddObject(m, name, (GlObject *)q);
    Gl_DECREF(q);
    return r;
}

static int
add_printer(GlObject *m, const char *name, const char *text, int short_repr)
{
    PrinterObject *p = (PrinterObject *)GlObject_New(&GlPrinter_Type, 0);
    if (p == NULL) {
        return -1;
    }
    p->name = GlStr_FromString(name);
    p->text = GlStr_FromString(text);
    p->short_repr = short_repr;
    int r = p->name == NULL || p->text == NULL ? -1 : GlModule_AddObject(m, name, (GlObject *)p);
    Gl_DECREF(p);
    return r;
}

int
GlSiteBuiltins_Add(GlObject *m)
{
    GlTypeObject *types[] = {&GlHelper_Type, &GlQuitter_Type, &GlPrinter_Type};
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++) {
        if (types[i]->tp_dict == NULL && GlType_Ready(types[i]) < 0) {
            return -1;
        }
    }
    GlObject *helper = GlObject_New(&GlHelper_Type, 0);
    if (helper == NULL) {
        return -1;
    }
    int r = GlModule_AddObject(m, "help", helper);
    Gl_DECREF(helper);
    GlObject *bp = r < 0 ? NULL : GlCFunction_New(&breakpoint_def, NULL, NULL);
    r = bp == NULL ? -1 : GlModule_AddObject(m, "breakpoint", bp);
    Gl_XDECREF(bp);
    if (r < 0 || add_quitter(m, "exit") < 0 || add_quitter(m, "quit") < 0
        || add_printer(m, "copyright", copyright_text, 1) < 0
        || add_printer(m, "credits", credits_text, 1) < 0
        || add_printer(m, "license", license_text, 0) < 0) {
        return -1;
    }
    return 0;
}
