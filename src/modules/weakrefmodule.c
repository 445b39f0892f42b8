/* weakrefmodule.c - the `_weakref` module that lib/weakref.py builds on: ref,
 * proxy, the three weakref types, getweakrefcount, getweakrefs and
 * _remove_dead_weakref (used by WeakValueDictionary's callbacks).
 *
 * Invariants: no state of its own; everything lives in objects/weakref.c.
 * CPython behaviour matched (Modules/_weakref.c): getweakrefs lists the refs in the
 * referent's list order; _remove_dead_weakref ignores a missing key and raises
 * TypeError("not a weakref") for a non-weakref value.
 */
#include "modules.h"

static GlObject *
weakref_getweakrefcount(GlObject *m, GlObject *obj)
{
    return GlInt_FromSsize_t(GlWeakref_GetWeakrefCount(obj));
}

static GlObject *
weakref_getweakrefs(GlObject *m, GlObject *obj)
{
    GlObject *result = GlList_New(0);
    if (result == NULL || Gl_TYPE(obj)->tp_weaklistoffset <= 0) {
        return result;
    }
    for (GlWeakReference *r = *GlObject_GET_WEAKREFS_LISTPTR(obj); r != NULL; r = r->wr_next) {
        if (GlList_Append(result, (GlObject *)r) < 0) {
            Gl_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static GlObject *
weakref_proxy(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("proxy", nargs, 1, 2) < 0) {
        return NULL;
    }
    return GlWeakref_NewProxy(args[0], nargs == 2 ? args[1] : NULL);
}

static GlObject *
weakref_remove_dead_weakref(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("_remove_dead_weakref", nargs, 2, 2) < 0) {
        return NULL;
    }
    GlObject *dct = args[0], *key = args[1];
    if (!GlDict_Check(dct)) {
        return GlErr_Format(GlExc_TypeError, "_remove_dead_weakref() argument 1 must be dict, not %s",
                            Gl_TYPE(dct)->tp_name);
    }
    GlObject *value = GlDict_GetItemWithError(dct, key);
    if (value == NULL) {
        if (GlErr_Occurred()) {
            return NULL;
        }
        Gl_RETURN_NONE;   // already gone
    }
    if (!GlWeakref_Check(value)) {
        return GlErr_SetString(GlExc_TypeError, "not a weakref");
    }
    if (GlWeakref_GetObject(value) == Gl_None && GlDict_DelItem(dct, key) < 0) {
        if (!GlErr_ExceptionMatches(GlExc_KeyError)) {
            return NULL;
        }
        GlErr_Clear();
    }
    Gl_RETURN_NONE;
}

static GlMethodDef weakref_functions[] = {
    {"getweakrefcount", GL_FN(weakref_getweakrefcount), GL_METH_O,
     "Return the number of weak references to 'object'."},
    {"getweakrefs", GL_FN(weakref_getweakrefs), GL_METH_O,
     "Return a list of all weak reference objects pointing to 'object'."},
    {"proxy", GL_FN(weakref_proxy), GL_METH_FASTCALL,
     "Create a proxy object that weakly references 'object'."},
    {"_remove_dead_weakref", GL_FN(weakref_remove_dead_weakref), GL_METH_FASTCALL,
     "Atomically remove key from dict if it points to a dead weakref."},
    {NULL, NULL, 0, NULL},
};

GlObject *
GlInit_weakref(void) GL_NEWREF
{
    GlObject *m = GlModule_NewFromString("_weakref");
    if (m == NULL) {
        return NULL;
    }
    GlObject *doc = GlStr_FromString("Weak-reference support module.");
    int bad = doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0;
    Gl_XDECREF(doc);
    if (bad || GlModule_AddFunctions(m, weakref_functions) < 0
        || GlModule_AddObject(m, "ref", (GlObject *)&GlWeakRef_Type) < 0
        || GlModule_AddObject(m, "ReferenceType", (GlObject *)&GlWeakRef_Type) < 0
        || GlModule_AddObject(m, "ProxyType", (GlObject *)&GlWeakProxy_Type) < 0
        || GlModule_AddObject(m, "CallableProxyType", (GlObject *)&GlWeakCallableProxy_Type) < 0) {
        Gl_DECREF(m);
        return NULL;
    }
    return m;
}
