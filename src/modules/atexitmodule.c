/* atexitmodule.c - the `atexit` module: functions registered to run when the
 * interpreter exits (Gl_Finalize calls atexit._run_exitfuncs once the module has
 * been imported).
 *
 * Invariants:
 * - atexit_callbacks is a list owned by this file for the whole run; each entry is a
 *   3-tuple (func, args tuple, kwargs dict or None), or None where unregister()
 *   removed one: as CPython, removal leaves the slot, so _ncallbacks() still counts it
 *   until _clear() or _run_exitfuncs() empties the list.
 * - _run_exitfuncs calls the entries from the last registered to the first, reading
 *   the list afresh at each step (a callback may register or unregister others);
 *   an exception is printed as "Exception ignored in atexit callback: <repr of func>"
 *   and its traceback, and the remaining callbacks still run. The list is emptied
 *   afterwards, so handlers run once.
 *
 * Left out: nothing of the documented API (register, unregister, and the private
 * _run_exitfuncs, _clear, _ncallbacks).
 */
#include "modules.h"

static GlObject *atexit_callbacks;   // list of (func, args, kwargs) or None; owned

static GlObject *
atexit_register(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    if (nargs < 1) {
        return GlErr_Format(GlExc_TypeError, "register() takes at least 1 argument (%zd given)",
                            nargs);
    }
    GlObject *func = args[0];
    if (!GlCallable_Check(func)) {
        return GlErr_SetString(GlExc_TypeError, "the first argument must be callable");
    }
    GlObject *pos = GlTuple_New(nargs - 1);
    if (pos == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 1; i < nargs; i++) {
        GlTuple_SET_ITEM(pos, i - 1, Gl_NewRef(args[i]));
    }
    GlObject *kw = Gl_None;
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        kw = GlStack_AsDict(args + nargs, kwnames);
        if (kw == NULL) {
            Gl_DECREF(pos);
            return NULL;
        }
    } else {
        Gl_INCREF(kw);
    }
    GlObject *entry = GlTuple_Pack(3, func, pos, kw);
    Gl_DECREF(pos);
    Gl_DECREF(kw);
    if (entry == NULL || GlList_Append(atexit_callbacks, entry) < 0) {
        Gl_XDECREF(entry);
        return NULL;
    }
    Gl_DECREF(entry);
    return Gl_NewRef(func);
}

static GlObject *
atexit_unregister(GlObject *m, GlObject *func)
{
    for (Gl_ssize_t i = 0; i < GlList_GET_SIZE(atexit_callbacks); i++) {
        GlObject *entry = GlList_GET_ITEM(atexit_callbacks, i);
        if (entry == Gl_None) {
            continue;
        }
        Gl_INCREF(entry);
        int eq = GlObject_RichCompareBool(GlTuple_GET_ITEM(entry, 0), func, Gl_EQ);  // PYTHON CODE
        Gl_DECREF(entry);
        if (eq < 0) {
            return NULL;
        }
        if (eq && i < GlList_GET_SIZE(atexit_callbacks)) {
            GlObject *old = GlList_GET_ITEM(atexit_callbacks, i);
            GlList_GET_ITEM(atexit_callbacks, i) = Gl_NewRef(Gl_None);
            Gl_DECREF(old);   // PYTHON CODE (a __del__ may run)
        }
    }
    Gl_RETURN_NONE;
}

/* Empty the list (its entries are released after it no longer holds them). 0 / -1. */
static int
atexit_clear_list(void)
{
    GlObject *fresh = GlList_New(0);
    if (fresh == NULL) {
        return -1;
    }
    GlObject *old = atexit_callbacks;
    atexit_callbacks = fresh;
    Gl_DECREF(old);   // PYTHON CODE (releasing callbacks may run __del__)
    return 0;
}

static GlObject *
atexit_run_exitfuncs(GlObject *m, GlObject *unused)
{
    for (Gl_ssize_t i = GlList_GET_SIZE(atexit_callbacks) - 1; i >= 0; i--) {
        if (i >= GlList_GET_SIZE(atexit_callbacks)) {
            continue;   // a callback cleared the list
        }
        GlObject *entry = Gl_NewRef(GlList_GET_ITEM(atexit_callbacks, i));
        if (entry == Gl_None) {
            Gl_DECREF(entry);
            continue;
        }
        GlObject *func = GlTuple_GET_ITEM(entry, 0);
        GlObject *kw = GlTuple_GET_ITEM(entry, 2);
        GlObject *r = GlObject_Call(func, GlTuple_GET_ITEM(entry, 1),
                                    kw == Gl_None ? NULL : kw);   // PYTHON CODE
        if (r == NULL) {
            GlErr_WriteUnraisableMsg("Exception ignored in atexit callback", func);
        }
        Gl_XDECREF(r);
        Gl_DECREF(entry);
    }
    if (atexit_clear_list() < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
atexit_clear(GlObject *m, GlObject *unused)
{
    if (atexit_clear_list() < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
atexit_ncallbacks(GlObject *m, GlObject *unused)
{
    return GlInt_FromSsize_t(GlList_GET_SIZE(atexit_callbacks));
}

static GlMethodDef atexit_methods[] = {
    {"register", GL_FN(atexit_register), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "register(func, *args, **kwargs) -> func\n\n"
     "Register a function to be executed upon normal program termination\n\n"
     "    func - function to be called at exit\n"
     "    args - optional arguments to pass to func\n"
     "    kwargs - optional keyword arguments to pass to func\n\n"
     "    func is returned to facilitate usage as a decorator."},
    {"unregister", GL_FN(atexit_unregister), GL_METH_O,
     "unregister(func) -> None\n\n"
     "Unregister an exit function which was previously registered using\n"
     "atexit.register\n\n"
     "    func - function to be unregistered"},
    {"_run_exitfuncs", GL_FN(atexit_run_exitfuncs), GL_METH_NOARGS,
     "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\n"
     "If a callback raises an exception, it is logged with sys.unraisablehook."},
    {"_clear", GL_FN(atexit_clear), GL_METH_NOARGS,
     "_clear() -> None\n\nClear the list of previously registered exit functions."},
    {"_ncallbacks", GL_FN(atexit_ncallbacks), GL_METH_NOARGS,
     "_ncallbacks() -> int\n\nReturn the number of registered exit functions."},
    {NULL, NULL, 0, NULL},
};

GlObject *
GlInit_atexit(void) GL_NEWREF
{
    if (atexit_callbacks == NULL) {
        atexit_callbacks = GlList_New(0);
        if (atexit_callbacks == NULL) {
            return NULL;
        }
    }
    GlObject *m = GlModule_NewFromString("atexit");
    GlObject *doc = GlStr_FromString(
        "allow programmer to define multiple exit functions to be executed\n"
        "upon normal program termination.\n\n"
        "Two public functions, register and unregister, are defined.\n");
    if (m == NULL || doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0
        || GlModule_AddFunctions(m, atexit_methods) < 0) {
        Gl_XDECREF(m);
        Gl_XDECREF(doc);
        return NULL;
    }
    Gl_DECREF(doc);
    return m;
}
