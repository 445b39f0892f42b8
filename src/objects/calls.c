/* calls.c - calling any object from C (vectorcall dispatch, tp_call fallback) and
 * the argument-parsing helpers of built-in functions (CPython's argument clinic
 * messages).
 *
 * Invariants:
 * - GlObject_Vectorcall uses the callee's vectorcall function when its type has
 *   GL_TPFLAGS_HAVE_VECTORCALL and the pointer at tp_vectorcall_offset is set;
 *   otherwise it packs (tuple, dict) for tp_call under the recursion guard.
 * - Keyword arguments travel as values after the positionals plus a tuple of
 *   names (kwnames); NULL or () means none. No call path mallocs for fewer than
 *   8 arguments.
 */
#include <stdarg.h>
#include "allobjects.h"

static GlObject *
not_callable(GlObject *callable)
{
    return GlErr_Format(GlExc_TypeError, "'%.200s' object is not callable",
                        Gl_TYPE(callable)->tp_name);
}

static inline vectorcallfunc
get_vectorcall(GlObject *callable)
{
    GlTypeObject *tp = Gl_TYPE(callable);
    if (!(tp->tp_flags & GL_TPFLAGS_HAVE_VECTORCALL) || tp->tp_vectorcall_offset <= 0) {
        return NULL;
    }
    return *(vectorcallfunc *)((char *)callable + tp->tp_vectorcall_offset);
}

GlObject *
GlStack_AsDict(GlObject *const *values, GlObject *kwnames)
{
    if (kwnames == NULL) {
        return NULL;
    }
    Gl_ssize_t n = GlTuple_GET_SIZE(kwnames);
    GlObject *dict = GlDict_NewPresized(n);
    if (dict == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (GlDict_SetItem(dict, GlTuple_GET_ITEM(kwnames, i), values[i]) < 0) {
            Gl_DECREF(dict);
            return NULL;
        }
    }
    return dict;
}

static GlObject *
call_tp_call(GlObject *callable, ternaryfunc call, GlObject *const *args, Gl_ssize_t nargs,
             GlObject *kwnames)
{
    GlObject *tuple = GlTuple_FromArray(args, nargs);
    if (tuple == NULL) {
        return NULL;
    }
    GlObject *kwargs = NULL;
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        kwargs = GlStack_AsDict(args + nargs, kwnames);
        if (kwargs == NULL) {
            Gl_DECREF(tuple);
            return NULL;
        }
    }
    GlObject *res = NULL;
    if (Gl_EnterRecursiveCall(" while calling a Python object") == 0) {
        res = call(callable, tuple, kwargs);
        Gl_LeaveRecursiveCall();
    }
    Gl_DECREF(tuple);
    Gl_XDECREF(kwargs);
    if (res == NULL && !GlErr_Occurred()) {
        GlErr_Format(GlExc_SystemError, "%R returned NULL without setting an exception",
                     callable);
    }
    return res;
}

GlObject *
GlObject_Vectorcall(GlObject *callable, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    vectorcallfunc func = get_vectorcall(callable);
    if (func != NULL) {
        return func(callable, args, nargsf, kwnames);
    }
    ternaryfunc call = Gl_TYPE(callable)->tp_call;
    if (call == NULL) {
        return not_callable(callable);
    }
    return call_tp_call(callable, call, args, GlVectorcall_NARGS(nargsf), kwnames);
}

GlObject *
GlVectorcall_Call(GlObject *callable, GlObject *tuple, GlObject *kwargs)
{
    vectorcallfunc func = get_vectorcall(callable);
    if (func == NULL) {
        return GlErr_Format(GlExc_TypeError, "'%.200s' object does not support vectorcall",
                            Gl_TYPE(callable)->tp_name);
    }
    Gl_ssize_t nargs = tuple != NULL ? GlTuple_GET_SIZE(tuple) : 0;
    GlObject *const *items = tuple != NULL ? GlTuple_ITEMS(tuple) : NULL;
    Gl_ssize_t nk = kwargs != NULL ? GlDict_GET_SIZE(kwargs) : 0;
    if (nk == 0) {
        return func(callable, items, (size_t)nargs, NULL);
    }
    GlObject *small[8];
    GlObject **stack = small;
    if (nargs + nk > 8) {
        stack = GlMem_New(GlObject *, nargs + nk);
        if (stack == NULL) {
            return GlErr_NoMemory();
        }
    }
    GlObject *kwnames = GlTuple_New(nk);
    GlObject *res = NULL;
    if (kwnames == NULL) {
        goto done;
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stack[i] = items[i];
    }
    Gl_ssize_t pos = 0, i = 0;
    GlObject *k, *v;
    while (GlDict_Next(kwargs, &pos, &k, &v)) {
        if (!GlStr_Check(k)) {
            GlErr_SetString(GlExc_TypeError, "keywords must be strings");
            goto done;
        }
        GlTuple_SET_ITEM(kwnames, i, Gl_NewRef(k));
        /* The dict holds the values while the call runs: kwargs is the caller's. */
        stack[nargs + i] = v;
        i++;
    }
    /* Keep the values alive even if the callee mutates kwargs. */
    for (Gl_ssize_t j = 0; j < nk; j++) {
        Gl_INCREF(stack[nargs + j]);
    }
    res = func(callable, stack, (size_t)nargs, kwnames);
    for (Gl_ssize_t j = 0; j < nk; j++) {
        Gl_DECREF(stack[nargs + j]);
    }
done:
    Gl_XDECREF(kwnames);
    if (stack != small) {
        GlMem_Free(stack);
    }
    return res;
}

GlObject *
GlObject_Call(GlObject *callable, GlObject *args, GlObject *kwargs)
{
    if (get_vectorcall(callable) != NULL) {
        return GlVectorcall_Call(callable, args, kwargs);
    }
    ternaryfunc call = Gl_TYPE(callable)->tp_call;
    if (call == NULL) {
        return not_callable(callable);
    }
    GlObject *empty = NULL;
    if (args == NULL) {
        empty = GlTuple_New(0);
        if (empty == NULL) {
            return NULL;
        }
        args = empty;
    }
    GlObject *res = NULL;
    if (Gl_EnterRecursiveCall(" while calling a Python object") == 0) {
        res = call(callable, args, kwargs);
        Gl_LeaveRecursiveCall();
    }
    Gl_XDECREF(empty);
    if (res == NULL && !GlErr_Occurred()) {
        GlErr_Format(GlExc_SystemError, "%R returned NULL without setting an exception",
                     callable);
    }
    return res;
}

GlObject *
GlObject_CallNoArgs(GlObject *callable)
{
    return GlObject_Vectorcall(callable, NULL, 0, NULL);
}

GlObject *
GlObject_CallOneArg(GlObject *callable, GlObject *arg)
{
    GlObject *args[2] = {NULL, arg};
    return GlObject_Vectorcall(callable, args + 1, 1 | GL_VECTORCALL_ARGUMENTS_OFFSET, NULL);
}

/* Collect a NULL-terminated va_list into stack (after `first` reserved slots). */
static GlObject **
collect_varargs(va_list va, GlObject **small, Gl_ssize_t nsmall, Gl_ssize_t first,
                Gl_ssize_t *nargs)
{
    va_list countva;
    va_copy(countva, va);
    Gl_ssize_t n = 0;
    while (va_arg(countva, GlObject *) != NULL) {
        n++;
    }
    va_end(countva);
    GlObject **stack = small;
    if (first + n > nsmall) {
        stack = GlMem_New(GlObject *, first + n);
        if (stack == NULL) {
            GlErr_NoMemory();
            return NULL;
        }
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        stack[first + i] = va_arg(va, GlObject *);
    }
    *nargs = n;
    return stack;
}

GlObject *
GlObject_CallFunctionObjArgs(GlObject *callable, ...)
{
    GlObject *small[8];
    Gl_ssize_t nargs;
    va_list va;
    va_start(va, callable);
    GlObject **stack = collect_varargs(va, small, 8, 0, &nargs);
    va_end(va);
    if (stack == NULL) {
        return NULL;
    }
    GlObject *res = GlObject_Vectorcall(callable, stack, (size_t)nargs, NULL);
    if (stack != small) {
        GlMem_Free(stack);
    }
    return res;
}

/* obj.name(*args) where stack[1..nargs] hold args and stack[0] is free for obj. */
static GlObject *
call_method_stack(GlObject *obj, GlObject *name, GlObject **stack, Gl_ssize_t nargs)
{
    GlObject *meth;
    int unbound = GlObject_GetMethod(obj, name, &meth);
    if (unbound < 0) {
        return NULL;
    }
    GlObject *res;
    if (unbound) {
        stack[0] = obj;
        res = GlObject_Vectorcall(meth, stack, (size_t)(nargs + 1), NULL);
    } else {
        res = GlObject_Vectorcall(meth, stack + 1, (size_t)nargs | GL_VECTORCALL_ARGUMENTS_OFFSET,
                                  NULL);
    }
    Gl_DECREF(meth);
    return res;
}

GlObject *
GlObject_CallMethodObjArgs(GlObject *o, GlObject *name, ...)
{
    GlObject *small[8];
    Gl_ssize_t nargs;
    va_list va;
    va_start(va, name);
    GlObject **stack = collect_varargs(va, small, 8, 1, &nargs);
    va_end(va);
    if (stack == NULL) {
        return NULL;
    }
    GlObject *res = call_method_stack(o, name, stack, nargs);
    if (stack != small) {
        GlMem_Free(stack);
    }
    return res;
}

GlObject *
GlObject_CallMethod(GlObject *o, GlObject *name, GlObject *const *args, Gl_ssize_t nargs)
{
    GlObject *small[8];
    GlObject **stack = small;
    if (nargs + 1 > 8) {
        stack = GlMem_New(GlObject *, nargs + 1);
        if (stack == NULL) {
            return GlErr_NoMemory();
        }
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stack[i + 1] = args[i];
    }
    GlObject *res = call_method_stack(o, name, stack, nargs);
    if (stack != small) {
        GlMem_Free(stack);
    }
    return res;
}

GlObject *
GlObject_CallSpecial(GlObject *o, GlObject *name, GlObject *const *args, Gl_ssize_t nargs,
                     int *found)
{
    return GlType_CallDunder(o, name, args, nargs, found);
}

/* ===================================================== argument parsing */

int
GlArg_CheckPositional(const char *fname, Gl_ssize_t nargs, Gl_ssize_t min, Gl_ssize_t max)
{
    if (nargs < min) {
        if (fname != NULL) {
            GlErr_Format(GlExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", fname,
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        } else {
            GlErr_Format(GlExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    if (nargs > max) {
        if (fname != NULL) {
            GlErr_Format(GlExc_TypeError, "%.200s expected %s%zd argument%s, got %zd", fname,
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        } else {
            GlErr_Format(GlExc_TypeError, "unpacked tuple should have %s%zd element%s, but has %zd",
                         min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    return 0;
}

int
GlArg_NoKwnames(const char *fname, GlObject *kwnames)
{
    if (kwnames == NULL || GlTuple_GET_SIZE(kwnames) == 0) {
        return 0;
    }
    GlErr_Format(GlExc_TypeError, "%.200s() takes no keyword arguments", fname);
    return -1;
}

int
GlArg_NoKeywords(const char *fname, GlObject *kwargs)
{
    if (kwargs == NULL || (GlDict_Check(kwargs) && GlDict_GET_SIZE(kwargs) == 0)) {
        return 0;
    }
    GlErr_Format(GlExc_TypeError, "%.200s() takes no keyword arguments", fname);
    return -1;
}

static GlObject *
find_keyword(GlObject *kwnames, GlObject *const *kwstack, const char *key)
{
    Gl_ssize_t n = GlTuple_GET_SIZE(kwnames);
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (GlStr_EqualToASCII(GlTuple_GET_ITEM(kwnames, i), key)) {
            return kwstack[i];
        }
    }
    return NULL;
}

int
GlArg_ParseVector(const char *fname, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames,
                  const char *const *kwlist, int maxpos, int required, GlObject **out)
{
    int maxargs = 0, posonly = 0;
    while (kwlist[maxargs] != NULL) {
        if (kwlist[maxargs][0] == '\0' && posonly == maxargs) {
            posonly++;
        }
        maxargs++;
    }
    Gl_ssize_t nkw = kwnames != NULL ? GlTuple_GET_SIZE(kwnames) : 0;
    GlObject *const *kwstack = args + nargs;
    int minpos = required < maxpos ? required : maxpos;
    if (nargs + nkw > maxargs) {
        GlErr_Format(GlExc_TypeError, "%.200s() takes at most %d %sargument%s (%zd given)", fname,
                     maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    if (nargs > maxpos) {
        if (maxpos == 0) {
            GlErr_Format(GlExc_TypeError, "%.200s() takes no positional arguments", fname);
        } else {
            GlErr_Format(GlExc_TypeError, "%.200s() takes %s %d positional argument%s (%zd given)",
                         fname, minpos < maxpos ? "at most" : "exactly", maxpos,
                         maxpos == 1 ? "" : "s", nargs);
        }
        return -1;
    }
    for (int i = 0; i < maxargs; i++) {
        out[i] = NULL;
        if (i < nargs) {
            out[i] = args[i];
            continue;
        }
        if (nkw > 0 && i >= posonly) {
            out[i] = find_keyword(kwnames, kwstack, kwlist[i]);
        }
        if (out[i] == NULL && i < required) {
            if (i < posonly) {
                GlErr_Format(GlExc_TypeError, "%.200s() takes %s %d positional argument%s (%zd given)",
                             fname, minpos < maxpos ? "at least" : "exactly",
                             minpos < posonly ? minpos : posonly,
                             (minpos < posonly ? minpos : posonly) == 1 ? "" : "s", nargs);
            } else {
                GlErr_Format(GlExc_TypeError, "%.200s() missing required argument '%s' (pos %d)",
                             fname, kwlist[i], i + 1);
            }
            return -1;
        }
    }
    if (nkw > 0) {
        /* Arguments given both by position and by name; then unknown names. */
        for (int i = posonly; i < nargs; i++) {
            if (find_keyword(kwnames, kwstack, kwlist[i]) != NULL) {
                GlErr_Format(GlExc_TypeError,
                             "argument for %.200s() given by name ('%s') and position (%d)", fname,
                             kwlist[i], i + 1);
                return -1;
            }
        }
        for (Gl_ssize_t k = 0; k < nkw; k++) {
            GlObject *key = GlTuple_GET_ITEM(kwnames, k);
            int known = 0;
            for (int i = posonly; i < maxargs; i++) {
                if (GlStr_EqualToASCII(key, kwlist[i])) {
                    known = 1;
                    break;
                }
            }
            if (!known) {
                GlErr_Format(GlExc_TypeError, "'%U' is an invalid keyword argument for %.200s()",
                             key, fname);
                return -1;
            }
        }
    }
    return 0;
}

int
GlArg_ParseTupleDict(const char *fname, GlObject *args, GlObject *kwds,
                     const char *const *kwlist, int maxpos, int required, GlObject **out)
{
    int maxargs = 0;
    while (kwlist[maxargs] != NULL) {
        maxargs++;
    }
    Gl_ssize_t nargs = GlTuple_GET_SIZE(args);
    Gl_ssize_t nkw = kwds != NULL ? GlDict_GET_SIZE(kwds) : 0;
    if (nargs + nkw > maxargs) {
        GlErr_Format(GlExc_TypeError, "%.200s() takes at most %d argument%s (%zd given)", fname,
                     maxargs, maxargs == 1 ? "" : "s", nargs + nkw);
        return -1;
    }
    GlObject *stack[16];
    GlObject *kwnames = NULL;
    if (maxargs > 16) {
        GlErr_SetString(GlExc_SystemError, "GlArg_ParseTupleDict: too many parameters");
        return -1;
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stack[i] = GlTuple_GET_ITEM(args, i);
    }
    if (nkw > 0) {
        kwnames = GlTuple_New(nkw);
        if (kwnames == NULL) {
            return -1;
        }
        Gl_ssize_t pos = 0, i = 0;
        GlObject *k, *v;
        while (GlDict_Next(kwds, &pos, &k, &v)) {
            GlTuple_SET_ITEM(kwnames, i, Gl_NewRef(k));
            stack[nargs + i] = v;
            i++;
        }
    }
    int r = GlArg_ParseVector(fname, stack, nargs, kwnames, kwlist, maxpos, required, out);
    Gl_XDECREF(kwnames);
    return r;
}

GlObject *
GlType_CallVector(GlObject *type, GlObject *const *args, Gl_ssize_t nargs,
                  GlObject *kwnames) GL_NEWREF
{
    GlObject *tuple = GlTuple_FromArray(args, nargs);
    if (tuple == NULL) {
        return NULL;
    }
    int haskw = kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0;
    GlObject *kw = haskw ? GlStack_AsDict(args + nargs, kwnames) : NULL;
    if (haskw && kw == NULL) {
        Gl_DECREF(tuple);
        return NULL;
    }
    GlObject *r = GlType_Type.tp_call(type, tuple, kw);
    Gl_DECREF(tuple);
    Gl_XDECREF(kw);
    return r;
}
