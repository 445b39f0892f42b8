/* call.c - binding call arguments to a Python function's parameters, and calling
 * Python functions from C.
 *
 * Invariants: GlEval_BindArgs fills localsplus[0..co_nlocals) with new references
 * following CPython 3.11's rules and messages (qualname-prefixed), leaving every slot
 * it did not bind NULL; on failure the slots it filled stay owned by the frame (the
 * caller clears the frame). Cells and free variables are set up by
 * GlEval_InitCellsAndFrees after binding.
 */
#include "frame.h"
#include "vm.h"
#include "ceval.h"

static GlObject *
func_qualname(GlFunctionObject *func)
{
    return func->func_qualname;
}

static void
format_missing(GlFunctionObject *func, const char *kind, GlObject **names, int n)
{
    /* "f() missing 2 required positional arguments: 'a' and 'b'" */
    GlObject *list = NULL;
    if (n == 1) {
        list = GlStr_FromFormat("'%U'", names[0]);
    } else if (n == 2) {
        list = GlStr_FromFormat("'%U' and '%U'", names[0], names[1]);
    } else {
        GlObject *acc = GlStr_FromString("");
        for (int i = 0; acc != NULL && i < n; i++) {
            GlObject *part;
            if (i == n - 1) {
                part = GlStr_FromFormat("%Uand '%U'", acc, names[i]);
            } else {
                part = GlStr_FromFormat("%U'%U', ", acc, names[i]);
            }
            Gl_SETREF(acc, part);
        }
        list = acc;
    }
    if (list == NULL) {
        return;
    }
    GlErr_Format(GlExc_TypeError, "%U() missing %d required %s argument%s: %U",
                 func_qualname(func), n, kind, n == 1 ? "" : "s", list);
    Gl_DECREF(list);
}

static int
too_many_positional(GlFunctionObject *func, GlCodeObject *co, Gl_ssize_t given,
                    GlObject **localsplus)
{
    int argcount = co->co_argcount;
    Gl_ssize_t defcount = func->func_defaults ? GlTuple_GET_SIZE(func->func_defaults) : 0;
    int kwonly_given = 0;
    for (int i = argcount; i < argcount + co->co_kwonlyargcount; i++) {
        if (localsplus[i] != NULL) {
            kwonly_given++;
        }
    }
    GlObject *sig;
    if (defcount) {
        sig = GlStr_FromFormat("from %d to %d", argcount - (int)defcount, argcount);
    } else {
        sig = GlStr_FromFormat("%d", argcount);
    }
    if (sig == NULL) {
        return -1;
    }
    int plural = defcount ? 1 : argcount != 1;
    if (kwonly_given) {
        GlErr_Format(GlExc_TypeError,
                     "%U() takes %U positional argument%s but %zd positional argument%s "
                     "(and %d keyword-only argument%s) were given",
                     func_qualname(func), sig, plural ? "s" : "", given, given == 1 ? "" : "s",
                     kwonly_given, kwonly_given == 1 ? "" : "s");
    } else {
        GlErr_Format(GlExc_TypeError, "%U() takes %U positional argument%s but %zd %s given",
                     func_qualname(func), sig, plural ? "s" : "", given,
                     given == 1 ? "was" : "were");
    }
    Gl_DECREF(sig);
    return -1;
}

/* "f() got some positional-only arguments passed as keyword arguments: 'a, b'" */
static int
posonly_passed_as_keyword(GlFunctionObject *func, GlCodeObject *co, GlObject *kwnames)
{
    GlObject *acc = NULL;
    for (int j = 0; j < co->co_posonlyargcount; j++) {
        GlObject *name = GlTuple_GET_ITEM(co->co_localsplusnames, j);
        for (Gl_ssize_t k = 0; k < GlTuple_GET_SIZE(kwnames); k++) {
            GlObject *kw = GlTuple_GET_ITEM(kwnames, k);
            if (GlStr_Check(kw) && GlStr_Equal(kw, name)) {
                GlObject *next = acc ? GlStr_FromFormat("%U, %U", acc, name) : Gl_NewRef(name);
                Gl_XSETREF(acc, next);
                if (acc == NULL) {
                    return -1;
                }
                break;
            }
        }
    }
    GlErr_Format(GlExc_TypeError,
                 "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                 func_qualname(func), acc);
    Gl_XDECREF(acc);
    return -1;
}

int
GlEval_BindArgs(GlFunctionObject *func, GlObject **localsplus, GlObject *const *args,
                Gl_ssize_t nargs, GlObject *kwnames)
{
    GlCodeObject *co = (GlCodeObject *)func->func_code;
    int argcount = co->co_argcount;
    int total_args = argcount + co->co_kwonlyargcount;
    GlObject *names = co->co_localsplusnames;
    GlObject *kwdict = NULL;
    int varargs_slot = -1, varkw_slot = -1;
    int next = total_args;
    if (co->co_flags & GL_CO_VARARGS) {
        varargs_slot = next++;
    }
    if (co->co_flags & GL_CO_VARKEYWORDS) {
        varkw_slot = next++;
        kwdict = GlDict_New();
        if (kwdict == NULL) {
            return -1;
        }
        localsplus[varkw_slot] = kwdict;
    }
    /* Positional arguments. */
    Gl_ssize_t n = nargs < argcount ? nargs : argcount;
    for (Gl_ssize_t i = 0; i < n; i++) {
        localsplus[i] = Gl_NewRef(args[i]);
    }
    if (varargs_slot >= 0) {
        GlObject *t = nargs > argcount ? GlTuple_FromArray(args + argcount, nargs - argcount)
                                       : GlTuple_New(0);
        if (t == NULL) {
            return -1;
        }
        localsplus[varargs_slot] = t;
    }
    /* Keyword arguments. */
    Gl_ssize_t nkw = kwnames ? GlTuple_GET_SIZE(kwnames) : 0;
    for (Gl_ssize_t k = 0; k < nkw; k++) {
        GlObject *kw = GlTuple_GET_ITEM(kwnames, k);
        GlObject *value = args[nargs + k];
        if (!GlStr_Check(kw)) {
            GlErr_Format(GlExc_TypeError, "%U() keywords must be strings", func_qualname(func));
            return -1;
        }
        int j;
        /* Fast path: identity with an interned parameter name. */
        for (j = co->co_posonlyargcount; j < total_args; j++) {
            if (GlTuple_GET_ITEM(names, j) == kw) {
                goto found;
            }
        }
        for (j = co->co_posonlyargcount; j < total_args; j++) {
            if (GlStr_Equal(GlTuple_GET_ITEM(names, j), kw)) {
                goto found;
            }
        }
        if (kwdict != NULL) {
            /* A positional-only name may still go to **kwargs. */
            if (GlDict_SetItem(kwdict, kw, value) < 0) {
                return -1;
            }
            continue;
        }
        for (j = 0; j < co->co_posonlyargcount; j++) {
            if (GlStr_Equal(GlTuple_GET_ITEM(names, j), kw)) {
                return posonly_passed_as_keyword(func, co, kwnames);
            }
        }
        GlErr_Format(GlExc_TypeError, "%U() got an unexpected keyword argument '%U'",
                     func_qualname(func), kw);
        return -1;
    found:
        if (localsplus[j] != NULL) {
            GlErr_Format(GlExc_TypeError, "%U() got multiple values for argument '%U'",
                         func_qualname(func), kw);
            return -1;
        }
        localsplus[j] = Gl_NewRef(value);
    }
    if (nargs > argcount && varargs_slot < 0) {
        return too_many_positional(func, co, nargs, localsplus);
    }
    /* Defaults for missing positional arguments. */
    if (nargs < argcount) {
        GlObject *defaults = func->func_defaults;
        Gl_ssize_t defcount = defaults ? GlTuple_GET_SIZE(defaults) : 0;
        int first_default = argcount - (int)defcount;
        GlObject *missing[256];
        int nmissing = 0;
        for (int i = (int)nargs; i < first_default; i++) {
            if (localsplus[i] == NULL && nmissing < 256) {
                missing[nmissing++] = GlTuple_GET_ITEM(names, i);
            }
        }
        if (nmissing) {
            format_missing(func, "positional", missing, nmissing);
            return -1;
        }
        for (int i = first_default > (int)nargs ? first_default : (int)nargs; i < argcount; i++) {
            if (localsplus[i] == NULL) {
                localsplus[i] = Gl_NewRef(GlTuple_GET_ITEM(defaults, i - first_default));
            }
        }
    }
    /* Keyword-only defaults. */
    if (co->co_kwonlyargcount > 0) {
        GlObject *missing[256];
        int nmissing = 0;
        for (int i = argcount; i < total_args; i++) {
            if (localsplus[i] != NULL) {
                continue;
            }
            GlObject *name = GlTuple_GET_ITEM(names, i);
            GlObject *def = NULL;
            if (func->func_kwdefaults != NULL) {
                def = GlDict_GetItemWithError(func->func_kwdefaults, name);
                if (def == NULL && GlErr_Occurred()) {
                    return -1;
                }
            }
            if (def != NULL) {
                localsplus[i] = Gl_NewRef(def);
            } else if (nmissing < 256) {
                missing[nmissing++] = name;
            }
        }
        if (nmissing) {
            format_missing(func, "keyword-only", missing, nmissing);
            return -1;
        }
    }
    return 0;
}

int
GlEval_InitCellsAndFrees(GlFrame *f, GlFunctionObject *func)
{
    GlCodeObject *co = f->code;
    if (co->co_ncellvars) {
        int end = co->co_nlocalsplus - co->co_nfreevars;
        for (int i = 0; i < end; i++) {
            if (co->co_localspluskinds[i] & GL_CO_FAST_CELL) {
                GlObject *cell = GlCell_New(f->localsplus[i]);
                if (cell == NULL) {
                    return -1;
                }
                Gl_XSETREF(f->localsplus[i], cell);
            }
        }
    }
    if (co->co_nfreevars) {
        GlObject *closure = func ? func->func_closure : NULL;
        int base = co->co_nlocalsplus - co->co_nfreevars;
        for (int i = 0; i < co->co_nfreevars; i++) {
            GlObject *cell = closure && i < GlTuple_GET_SIZE(closure)
                                 ? GlTuple_GET_ITEM(closure, i) : NULL;
            if (cell == NULL) {
                GlErr_SetString(GlExc_SystemError, "missing closure cell");
                return -1;
            }
            f->localsplus[base + i] = Gl_NewRef(cell);
        }
    }
    return 0;
}

GlObject *
GlFunction_Vectorcall(GlObject *callable, GlObject *const *args, size_t nargsf,
                      GlObject *kwnames)
{
    GlFunctionObject *func = (GlFunctionObject *)callable;
    GlCodeObject *co = (GlCodeObject *)func->func_code;
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    GlFrame *f = GlFrame_Push(co, callable, func->func_globals, func->func_builtins, NULL);
    if (f == NULL) {
        return NULL;
    }
    if (GlEval_BindArgs(func, f->localsplus, args, nargs, kwnames) < 0
        || GlEval_InitCellsAndFrees(f, func) < 0) {
        GlFrame_Pop(f);
        return NULL;
    }
    if (co->co_flags & GL_CO_GENLIKE) {
        return GlGen_NewFromFrame(f);   // moves the frame into the generator, pops it
    }
    GlObject *res = GlEval_EvalFrame(f);
    GlFrame_Pop(f);
    return res;
}

GlObject *
GlEval_FunctionWithLocals(GlObject *callable, GlObject *locals)
{
    GlFunctionObject *func = (GlFunctionObject *)callable;
    GlCodeObject *co = (GlCodeObject *)func->func_code;
    GlFrame *f = GlFrame_Push(co, callable, func->func_globals, func->func_builtins, locals);
    if (f == NULL) {
        return NULL;
    }
    if (GlEval_InitCellsAndFrees(f, func) < 0) {
        GlFrame_Pop(f);
        return NULL;
    }
    GlObject *res = GlEval_EvalFrame(f);
    GlFrame_Pop(f);
    return res;
}

GlObject *
GlEval_Code(GlObject *code, GlObject *globals, GlObject *locals)
{
    if (locals == NULL) {
        locals = globals;
    }
    int r = GlDict_Contains(globals, GL_ID(__builtins__));
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        GlObject *bmod = GlDict_GetItemString(gl_tstate.sysdict, "modules");
        GlObject *b = bmod ? GlDict_GetItemString(bmod, "builtins") : NULL;
        if (GlDict_SetItem(globals, GL_ID(__builtins__), b ? b : gl_tstate.builtins) < 0) {
            return NULL;
        }
    }
    GlObject *builtins = GlDict_GetItemWithError(globals, GL_ID(__builtins__));
    if (builtins != NULL && GlModule_Check(builtins)) {
        builtins = GlModule_GetDict(builtins);
    }
    if (builtins == NULL || !GlDict_Check(builtins)) {
        builtins = gl_tstate.builtins;
    }
    GlCodeObject *co = (GlCodeObject *)code;
    GlFrame *f = GlFrame_Push(co, NULL, globals, builtins, locals);
    if (f == NULL) {
        return NULL;
    }
    if (GlEval_InitCellsAndFrees(f, NULL) < 0) {
        GlFrame_Pop(f);
        return NULL;
    }
    GlObject *res = GlEval_EvalFrame(f);
    GlFrame_Pop(f);
    return res;
}
