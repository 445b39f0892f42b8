/* evalops.c - the out-of-line work of the evaluation loop (ceval.c): raising and
 * matching exceptions, unpacking, imports, formatting, call helpers, namespace
 * operations, the specialisation of the attribute inline caches, and the namespaces
 * of the running frame.
 *
 * Invariants: every function here follows the runtime's convention (new references,
 * NULL or -1 with an exception set); none of them touches the value stack: the loop
 * passes operands in and pushes results itself. All of them can run Python code.
 */
#include "frame.h"
#include "vm.h"
#include "ceval.h"
#include "../compiler/opcodes.h"
#include "../modules/modules.h"

/* ---- errors and exceptions ---- */

static GlObject *
format_exc_name_error(GlObject *name)
{
    return GlErr_Format(GlExc_NameError, "name '%U' is not defined", name);
}

void
GlEvalOp_SetNameError(GlObject *name)
{
    format_exc_name_error(name);
    GlObject *exc = gl_tstate.curexc;
    if (exc != NULL && GlObject_TypeCheck(exc, (GlTypeObject *)GlExc_NameError)) {
        GlObject_SetAttr(exc, GL_ID(name), name);
        if (GlErr_Occurred() && gl_tstate.curexc != exc) {
            /* setting the attribute failed: keep the original error */
        }
    }
}

void
GlEvalOp_UnboundLocalError(GlCodeObject *co, int slot)
{
    GlObject *name = GlTuple_GET_ITEM(co->co_localsplusnames, slot);
    GlErr_Format(GlExc_UnboundLocalError,
                 "cannot access local variable '%U' where it is not associated with a value",
                 name);
}

void
GlEvalOp_UnboundDerefError(GlCodeObject *co, int slot)
{
    GlObject *name = GlTuple_GET_ITEM(co->co_localsplusnames, slot);
    if (co->co_localspluskinds[slot] & GL_CO_FAST_FREE) {
        GlErr_Format(GlExc_NameError,
                     "cannot access free variable '%U' where it is not associated with a "
                     "value in enclosing scope", name);
    } else {
        GlErr_Format(GlExc_UnboundLocalError,
                     "cannot access local variable '%U' where it is not associated with a value",
                     name);
    }
}

/* Find the handler for instruction index i; NULL if none. */
GlExcTableEntry *
GlEvalOp_FindHandler(GlCodeObject *co, int i)
{
    /* Entries are sorted by start and disjoint: binary search. */
    int lo = 0, hi = co->co_nexctable - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        GlExcTableEntry *e = &co->co_exctable[mid];
        if (i < e->start) {
            hi = mid - 1;
        } else if (i >= e->end) {
            lo = mid + 1;
        } else {
            return e;
        }
    }
    return NULL;
}

/* raise exc [from cause]. Sets the pending exception; returns -1 always. */
int
GlEvalOp_DoRaise(GlObject *exc, GlObject *cause)
{
    GlObject *type = NULL, *value = NULL;
    if (exc == NULL) {
        /* Bare raise: re-raise the handled exception. */
        GlObject *handled = NULL;
        for (GlErrStackItem *it = gl_tstate.exc_info; it != NULL; it = it->previous_item) {
            if (it->exc_value != NULL && it->exc_value != Gl_None) {
                handled = it->exc_value;
                break;
            }
        }
        if (handled == NULL) {
            GlErr_SetString(GlExc_RuntimeError, "No active exception to reraise");
            return -1;
        }
        GlErr_SetRaisedException(Gl_NewRef(handled));
        return 1;   // re-raise: no new traceback entry from this raise
    }
    if (GlExceptionClass_Check(exc)) {
        type = exc;
        value = GlObject_CallNoArgs(exc);
        if (value == NULL) {
            return -1;
        }
        if (!GlExceptionInstance_Check(value)) {
            GlErr_Format(GlExc_TypeError,
                         "calling %R should have returned an instance of BaseException, not %s",
                         type, Gl_TYPE(value)->tp_name);
            Gl_DECREF(value);
            return -1;
        }
    } else if (GlExceptionInstance_Check(exc)) {
        value = Gl_NewRef(exc);
    } else {
        GlErr_SetString(GlExc_TypeError, "exceptions must derive from BaseException");
        return -1;
    }
    if (cause != NULL) {
        GlObject *fixed;
        if (GlExceptionClass_Check(cause)) {
            fixed = GlObject_CallNoArgs(cause);
            if (fixed == NULL) {
                Gl_DECREF(value);
                return -1;
            }
        } else if (GlExceptionInstance_Check(cause)) {
            fixed = Gl_NewRef(cause);
        } else if (cause == Gl_None) {
            fixed = NULL;
        } else {
            Gl_DECREF(value);
            GlErr_SetString(GlExc_TypeError,
                            "exception causes must derive from BaseException");
            return -1;
        }
        GlException_SetCause(value, fixed);   // also sets __suppress_context__
    }
    GlErr_SetObject((GlObject *)Gl_TYPE(value), value);
    Gl_DECREF(value);
    return -1;
}

int
GlEvalOp_CheckExceptTypeValid(GlObject *right)
{
    if (GlTuple_Check(right)) {
        for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(right); i++) {
            if (!GlExceptionClass_Check(GlTuple_GET_ITEM(right, i))) {
                goto bad;
            }
        }
        return 0;
    }
    if (GlExceptionClass_Check(right)) {
        return 0;
    }
bad:
    GlErr_SetString(GlExc_TypeError,
                    "catching classes that do not inherit from BaseException is not allowed");
    return -1;
}

int
GlEvalOp_UnpackIterable(GlObject *v, int before, int after, GlObject **top)
{
    /* Writes before + (list) + after items downward from top (top[-1] is first). */
    GlObject *it = GlObject_GetIter(v);
    if (it == NULL) {
        if (GlErr_ExceptionMatches(GlExc_TypeError) && Gl_TYPE(v)->tp_iter == NULL
            && !GlSequence_Check(v)) {
            GlErr_Clear();
            GlErr_Format(GlExc_TypeError, "cannot unpack non-iterable %s object",
                         Gl_TYPE(v)->tp_name);
        }
        return -1;
    }
    int i = 0;
    for (; i < before; i++) {
        GlObject *w = GlIter_Next(it);
        if (w == NULL) {
            if (!GlErr_Occurred()) {
                if (after == -1) {
                    GlErr_Format(GlExc_ValueError,
                                 "not enough values to unpack (expected %d, got %d)", before, i);
                } else {
                    GlErr_Format(GlExc_ValueError,
                                 "not enough values to unpack (expected at least %d, got %d)",
                                 before + after, i);
                }
            }
            goto error;
        }
        *--top = w;
    }
    if (after == -1) {
        GlObject *w = GlIter_Next(it);
        if (w == NULL) {
            if (GlErr_Occurred()) {
                goto error;
            }
            Gl_DECREF(it);
            return 0;
        }
        Gl_DECREF(w);
        GlErr_Format(GlExc_ValueError, "too many values to unpack (expected %d)", before);
        goto error;
    }
    GlObject *l = GlSequence_List(it);
    if (l == NULL) {
        goto error;
    }
    *--top = l;
    i++;
    Gl_ssize_t ll = GlList_GET_SIZE(l);
    if (ll < after) {
        GlErr_Format(GlExc_ValueError,
                     "not enough values to unpack (expected at least %d, got %zd)",
                     before + after, before + ll);
        goto error;
    }
    for (int j = after; j > 0; j--, i++) {
        *--top = GlList_GET_ITEM(l, ll - j);
    }
    Gl_SET_SIZE(l, ll - after);
    Gl_DECREF(it);
    return 0;
error:
    for (; i > 0; i--, top++) {
        Gl_DECREF(*top);
    }
    Gl_DECREF(it);
    return -1;
}

GlObject *
GlEvalOp_ImportFrom(GlObject *v, GlObject *name)
{
    GlObject *x = NULL;
    if (GlObject_LookupAttr(v, name, &x) != 0) {
        return x;
    }
    /* Fall back to sys.modules["pkg.name"] (circular imports of submodules). */
    GlObject *pkgname = NULL;
    if (GlObject_LookupAttr(v, GL_ID(__name__), &pkgname) < 0) {
        return NULL;
    }
    if (pkgname != NULL && GlStr_Check(pkgname)) {
        GlObject *full = GlStr_FromFormat("%U.%U", pkgname, name);
        if (full != NULL) {
            x = GlImport_GetModule(full);
            Gl_DECREF(full);
            if (x != NULL) {
                Gl_DECREF(pkgname);
                return Gl_NewRef(x);
            }
        }
    }
    GlObject *file = NULL;
    GlObject_LookupAttr(v, GL_ID(__file__), &file);
    if (GlErr_Occurred()) {
        GlErr_Clear();
    }
    GlObject *msg;
    if (pkgname == NULL || !GlStr_Check(pkgname)) {
        msg = GlStr_FromFormat("cannot import name '%U' from '<unknown module name>' "
                               "(unknown location)", name);
    } else if (GlImport_IsInitializing(pkgname)) {
        msg = GlStr_FromFormat("cannot import name '%U' from partially initialized module '%U' "
                               "(most likely due to a circular import) (%S)", name, pkgname,
                               file ? file : Gl_None);
    } else if (file != NULL && GlStr_Check(file)) {
        msg = GlStr_FromFormat("cannot import name '%U' from '%U' (%U)", name, pkgname, file);
    } else {
        msg = GlStr_FromFormat("cannot import name '%U' from '%U' (unknown location)", name,
                               pkgname);
    }
    if (msg != NULL) {
        GlObject *args = GlTuple_Pack(1, msg);
        GlObject *kw = GlDict_New();
        if (args != NULL && kw != NULL
            && GlDict_SetItem(kw, GL_ID(name), pkgname ? pkgname : Gl_None) == 0
            && GlDict_SetItem(kw, GL_ID(path), file ? file : Gl_None) == 0) {
            GlObject *exc = GlObject_Call(GlExc_ImportError, args, kw);
            if (exc != NULL) {
                GlErr_SetObject(GlExc_ImportError, exc);
                Gl_DECREF(exc);
            }
        }
        Gl_XDECREF(args);
        Gl_XDECREF(kw);
        Gl_DECREF(msg);
    }
    Gl_XDECREF(file);
    Gl_XDECREF(pkgname);
    return NULL;
}

int
GlEvalOp_ImportAllFrom(GlObject *locals, GlObject *v)
{
    GlObject *all = NULL;
    int skip_leading_underscores = 0;
    if (GlObject_LookupAttr(v, GL_ID(__all__), &all) < 0) {
        return -1;
    }
    if (all == NULL) {
        GlObject *dict = NULL;
        if (GlObject_LookupAttr(v, GL_ID(__dict__), &dict) < 0) {
            return -1;
        }
        if (dict == NULL) {
            GlErr_SetString(GlExc_ImportError, "from-import-* object has no __dict__ and no __all__");
            return -1;
        }
        all = GlMapping_Keys(dict);
        Gl_DECREF(dict);
        if (all == NULL) {
            return -1;
        }
        skip_leading_underscores = 1;
    }
    GlObject *seq = GlSequence_Fast(all, "__all__ must be a sequence");
    Gl_DECREF(all);
    if (seq == NULL) {
        return -1;
    }
    int err = 0;
    Gl_ssize_t n = GlList_Check(seq) ? GlList_GET_SIZE(seq) : GlTuple_GET_SIZE(seq);
    for (Gl_ssize_t i = 0; i < n && err == 0; i++) {
        GlObject *name = GlList_Check(seq) ? GlList_GET_ITEM(seq, i) : GlTuple_GET_ITEM(seq, i);
        Gl_INCREF(name);
        if (!GlStr_Check(name)) {
            GlErr_Format(GlExc_TypeError, "Item in %s.__all__ must be str, not %s",
                         skip_leading_underscores ? "module" : "module", Gl_TYPE(name)->tp_name);
            err = -1;
        } else if (skip_leading_underscores && GlStr_GET_LENGTH(name) > 0
                   && GlStr_READ_CHAR(name, 0) == '_') {
            /* skipped */
        } else {
            GlObject *value = GlObject_GetAttr(v, name);
            if (value == NULL) {
                err = -1;
            } else {
                err = GlDict_CheckExact(locals) ? GlDict_SetItem(locals, name, value)
                                                : GlObject_SetItem(locals, name, value);
                Gl_DECREF(value);
            }
        }
        Gl_DECREF(name);
    }
    Gl_DECREF(seq);
    return err;
}

GlObject *
GlEvalOp_FormatValue(GlObject *value, int which, GlObject *spec)
{
    GlObject *conv = NULL;
    switch (which) {
    case 1: conv = GlObject_Str(value); break;
    case 2: conv = GlObject_Repr(value); break;
    case 3: conv = GlObject_ASCII(value); break;
    default: conv = Gl_NewRef(value); break;
    }
    if (conv == NULL) {
        return NULL;
    }
    if (spec == NULL && GlStr_CheckExact(conv)) {
        return conv;
    }
    GlObject *res = GlObject_Format(conv, spec);
    Gl_DECREF(conv);
    return res;
}

GlObject *
GlEvalOp_BuildString(GlObject **items, Gl_ssize_t n)
{
    GlObject *empty = GlStr_FromString("");
    if (empty == NULL) {
        return NULL;
    }
    GlObject *t = GlTuple_FromArray(items, n);
    if (t == NULL) {
        Gl_DECREF(empty);
        return NULL;
    }
    GlObject *res = GlStr_Join(empty, t);
    Gl_DECREF(empty);
    Gl_DECREF(t);
    return res;
}

/* "module.qualname" of a function for call error messages (CPython's
 * _PyObject_FunctionStr): just the qualname for builtins. New reference. */
GlObject *
GlEvalOp_FuncStr(GlObject *func)
{
    GlObject *qualname = NULL, *module = NULL;
    if (GlObject_LookupAttr(func, GL_ID(__qualname__), &qualname) <= 0) {
        GlErr_Clear();
        return GlObject_Str(func);
    }
    if (GlObject_LookupAttr(func, GL_ID(__module__), &module) < 0) {
        GlErr_Clear();
    }
    GlObject *res;
    if (module != NULL && GlStr_Check(module) && !GlStr_EqualToASCII(module, "builtins")) {
        res = GlStr_FromFormat("%U.%U()", module, qualname);
    } else {
        res = GlStr_FromFormat("%S()", qualname);
    }
    Gl_XDECREF(module);
    Gl_DECREF(qualname);
    return res;
}

int
GlEvalOp_DictMergeForCall(GlObject *func, GlObject *dict, GlObject *update)
{
    if (GlDict_Check(update) && Gl_TYPE(update)->tp_iter == GlDict_Type.tp_iter) {
        Gl_ssize_t pos = 0;
        GlObject *k, *v;
        while (GlDict_Next(update, &pos, &k, &v)) {
            if (!GlStr_Check(k)) {
                GlErr_Format(GlExc_TypeError, "keywords must be strings");
                return -1;
            }
            int r = GlDict_Contains(dict, k);
            if (r < 0) {
                return -1;
            }
            if (r) {
                GlObject *fname = GlEvalOp_FuncStr(func);
                if (fname != NULL) {
                    GlErr_Format(GlExc_TypeError,
                                 "%U got multiple values for keyword argument '%U'", fname, k);
                    Gl_DECREF(fname);
                }
                return -1;
            }
            if (GlDict_SetItem(dict, k, v) < 0) {
                return -1;
            }
        }
        return 0;
    }
    GlObject *keys = NULL;
    if (GlObject_LookupAttr(update, GL_ID(keys), &keys) < 0) {
        return -1;
    }
    if (keys == NULL) {
        GlObject *fname = GlEvalOp_FuncStr(func);
        if (fname != NULL) {
            GlErr_Format(GlExc_TypeError, "%U argument after ** must be a mapping, not %s",
                         fname, Gl_TYPE(update)->tp_name);
            Gl_DECREF(fname);
        }
        return -1;
    }
    Gl_DECREF(keys);
    GlObject *tmp = GlDict_New();
    if (tmp == NULL) {
        return -1;
    }
    int r = GlDict_Merge(tmp, update, 1);
    if (r == 0) {
        r = GlEvalOp_DictMergeForCall(func, dict, tmp);
    }
    Gl_DECREF(tmp);
    return r;
}

GlObject *
GlEvalOp_CallFunctionEx(GlObject *func, GlObject *args, GlObject *kwargs)
{
    if (!GlTuple_CheckExact(args)) {
        if (Gl_TYPE(args)->tp_iter == NULL && !GlSequence_Check(args)) {
            GlObject *fname = GlEvalOp_FuncStr(func);
            if (fname != NULL) {
                GlErr_Format(GlExc_TypeError, "%U argument after * must be an iterable, not %s",
                             fname, Gl_TYPE(args)->tp_name);
                Gl_DECREF(fname);
            }
            return NULL;
        }
        GlObject *t = GlSequence_Tuple(args);
        if (t == NULL) {
            return NULL;
        }
        GlObject *res = GlObject_Call(func, t, kwargs);
        Gl_DECREF(t);
        return res;
    }
    return GlObject_Call(func, args, kwargs);
}

GlObject *
GlEvalOp_WithLookup(GlObject *mgr, GlObject *name)
{
    GlObject *attr = GlType_Lookup(Gl_TYPE(mgr), name);
    if (attr == NULL) {
        return NULL;
    }
    descrgetfunc get = Gl_TYPE(attr)->tp_descr_get;
    if (get != NULL) {
        return get(attr, mgr, (GlObject *)Gl_TYPE(mgr));
    }
    return Gl_NewRef(attr);
}

/* LOAD_GLOBAL slow path: globals, then builtins; NameError when missing. */
GlObject *
GlEvalOp_LoadGlobal(GlObject *globals, GlObject *builtins, GlObject *name, GlCacheEntry *c)
{
    /* Fills the cache of LOAD_GLOBAL (see ceval.c): the entry number of the name in
     * the globals, or -1 and the globals' key state plus the builtins entry number. */
    Gl_ssize_t bhint = c != NULL ? c->index : -1;
    GlObject *v = c != NULL && GlDict_CheckExact(globals)
                      ? GlDict_GetItemHinted(globals, name, &c->index2)
                      : GlDict_GetItemWithError(globals, name);
    if (v == NULL) {
        if (GlErr_Occurred()) {
            return NULL;
        }
        if (GlDict_CheckExact(builtins)) {
            v = c != NULL ? GlDict_GetItemHinted(builtins, name, &bhint)
                          : GlDict_GetItemWithError(builtins, name);
            if (c != NULL && v != NULL && GlDict_CheckExact(globals)) {
                GlDictKeys *gk = ((GlDictObject *)globals)->ma_keys;
                c->index = (int32_t)bhint;
                c->index2 = -1;
                c->version1 = gk->dk_uid;
                c->version2 = (uint64_t)gk->dk_nentries;
            }
            if (v == NULL) {
                if (!GlErr_Occurred()) {
                    GlEvalOp_SetNameError(name);
                }
                return NULL;
            }
        } else {
            v = GlObject_GetItem(builtins, name);
            if (v == NULL) {
                if (GlErr_ExceptionMatches(GlExc_KeyError)) {
                    GlErr_Clear();
                    GlEvalOp_SetNameError(name);
                }
                return NULL;
            }
            return v;
        }
    }
    return Gl_NewRef(v);
}

int
GlEvalOp_SetupAnnotations(GlObject *locals)
{
    if (locals == NULL) {
        GlErr_SetString(GlExc_SystemError, "no locals found when setting up annotations");
        return -1;
    }
    if (GlDict_CheckExact(locals)) {
        GlObject *ann = GlDict_GetItemWithError(locals, GL_ID(__annotations__));
        if (ann != NULL) {
            return 0;
        }
        if (GlErr_Occurred()) {
            return -1;
        }
        ann = GlDict_New();
        if (ann == NULL) {
            return -1;
        }
        int r = GlDict_SetItem(locals, GL_ID(__annotations__), ann);
        Gl_DECREF(ann);
        return r;
    }
    GlObject *ann = GlObject_GetItem(locals, GL_ID(__annotations__));
    if (ann != NULL) {
        Gl_DECREF(ann);
        return 0;
    }
    if (!GlErr_ExceptionMatches(GlExc_KeyError)) {
        return -1;
    }
    GlErr_Clear();
    ann = GlDict_New();
    if (ann == NULL) {
        return -1;
    }
    int r = GlObject_SetItem(locals, GL_ID(__annotations__), ann);
    Gl_DECREF(ann);
    return r;
}

int
GlEvalOp_PrintExpr(GlObject *v)
{
    GlObject *hook = GlDict_GetItemString(gl_tstate.sysdict, "displayhook");
    if (hook == NULL) {
        GlErr_SetString(GlExc_RuntimeError, "lost sys.displayhook");
        return -1;
    }
    GlObject *res = GlObject_CallOneArg(hook, v);
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

/* ---- attribute caches ---- */

/* A __slots__ member descriptor (GL_T_OBJECT_EX) of tp: its offset, or -1. */
static Gl_ssize_t
slot_offset(GlObject *descr)
{
    if (descr == NULL || Gl_TYPE(descr) != &GlMemberDescr_Type) {
        return -1;
    }
    GlMemberDef *m = ((GlMemberDescrObject *)descr)->d_member;
    if (m->type != GL_T_OBJECT_EX || (m->flags & GL_READONLY)) {
        return -1;
    }
    return m->offset;
}

/* After a successful slow-path load, remember how to repeat it. */
void
GlEvalOp_SpecializeLoadAttr(GlCacheEntry *c, GlObject *owner, GlObject *name)
{
    GlTypeObject *tp = Gl_TYPE(owner);
    c->index = ATTR_KIND_NONE;
    if (tp->tp_getattro != GlObject_GenericGetAttr || tp->tp_dictoffset < 0) {
        return;
    }
    GlObject *descr = GlType_Lookup(tp, name);
    if (!type_cacheable(tp)) {
        return;
    }
    Gl_ssize_t off = slot_offset(descr);
    if (off > 0 && GlObject_TypeCheck(owner, ((GlDescrObject *)descr)->d_type)) {
        c->version1 = tp->tp_version_tag;
        c->version2 = (uint64_t)off;
        c->index = ATTR_KIND_SLOT;
        return;
    }
    if (descr != NULL && Gl_TYPE(descr) == &GlProperty_Type) {
        /* A data descriptor wins over the instance dict: call its getter directly. */
        c->version1 = tp->tp_version_tag;
        c->value = descr;
        c->index = ATTR_KIND_PROPERTY;
        return;
    }
    if (descr != NULL && GlDescr_IsData(descr)) {
        return;
    }
    c->version1 = tp->tp_version_tag;
    c->value = descr;
    c->index2 = -1;   // the key hint belonged to the previous type
    c->index = ATTR_KIND_INSTANCE;
}

void
GlEvalOp_SpecializeLoadMethod(GlCacheEntry *c, GlObject *owner, GlObject *name, GlObject *meth)
{
    GlTypeObject *tp = Gl_TYPE(owner);
    c->index = ATTR_KIND_NONE;
    if (tp->tp_getattro != GlObject_GenericGetAttr || tp->tp_dictoffset < 0) {
        return;
    }
    GlObject *descr = GlType_Lookup(tp, name);
    if (descr != meth || !type_cacheable(tp)) {
        return;
    }
    c->version1 = tp->tp_version_tag;
    c->value = descr;
    c->index2 = -1;   // the key hint belonged to the previous type
    c->index = ATTR_KIND_METHOD;
}

void
GlEvalOp_SpecializeStoreAttr(GlCacheEntry *c, GlObject *owner, GlObject *name)
{
    GlTypeObject *tp = Gl_TYPE(owner);
    c->index = ATTR_KIND_NONE;
    if (tp->tp_setattro != GlObject_GenericSetAttr) {
        return;
    }
    GlObject *descr = GlType_Lookup(tp, name);
    if (!type_cacheable(tp)) {
        return;
    }
    Gl_ssize_t off = slot_offset(descr);
    if (off > 0 && GlObject_TypeCheck(owner, ((GlDescrObject *)descr)->d_type)) {
        c->version1 = tp->tp_version_tag;
        c->version2 = (uint64_t)off;
        c->index = ATTR_KIND_SLOT_STORE;
        return;
    }
    if (tp->tp_dictoffset <= 0 || (descr != NULL && GlDescr_IsData(descr))) {
        return;
    }
    c->version1 = tp->tp_version_tag;
    c->index2 = -1;   // the key hint belonged to the previous type
    c->index = ATTR_KIND_STORE;
}

/* ---- namespaces of the running frame ---- */

GlObject *
GlEval_GetGlobals(void)
{
    return gl_tstate.frame ? gl_tstate.frame->globals : NULL;
}

GlObject *
GlEval_GetBuiltins(void)
{
    return gl_tstate.frame ? gl_tstate.frame->builtins : gl_tstate.builtins;
}

GlObject *
GlEval_GetBuiltin(GlObject *name) GL_NEWREF
{
    GlObject *attr = GlDict_GetItemWithError(GlEval_GetBuiltins(), name);   // borrowed
    if (attr != NULL) {
        return Gl_NewRef(attr);
    }
    if (!GlErr_Occurred()) {
        GlErr_SetObject(GlExc_AttributeError, name);
    }
    return NULL;
}

GlObject *
GlEval_GetLocals(void)
{
    GlFrame *f = gl_tstate.frame;
    if (f == NULL) {
        return GlErr_SetString(GlExc_SystemError, "frame does not exist");
    }
    return GlFrame_LocalsDict(f);
}

int
GlEval_CurrentLine(void)
{
    return gl_tstate.frame ? GlFrame_GetLine(gl_tstate.frame) : -1;
}

int
GlEval_GetSuperArgs(GlTypeObject **type, GlObject **obj)
{
    GlFrame *f = gl_tstate.frame;
    if (f == NULL) {
        GlErr_SetString(GlExc_RuntimeError, "super(): no current frame");
        return -1;
    }
    GlCodeObject *co = f->code;
    if (co->co_argcount == 0) {
        GlErr_SetString(GlExc_RuntimeError, "super(): no arguments");
        return -1;
    }
    GlObject *first = f->localsplus[0];
    if (first != NULL && (co->co_localspluskinds[0] & GL_CO_FAST_CELL) && GlCell_Check(first)) {
        first = ((GlCellObject *)first)->ob_ref;
    }
    if (first == NULL) {
        GlErr_SetString(GlExc_RuntimeError, "super(): arg[0] deleted");
        return -1;
    }
    int base = co->co_nlocalsplus - co->co_nfreevars;
    for (int i = base; i < co->co_nlocalsplus; i++) {
        GlObject *name = GlTuple_GET_ITEM(co->co_localsplusnames, i);
        if (GlStr_EqualToASCII(name, "__class__")) {
            GlObject *cell = f->localsplus[i];
            GlObject *cls = cell ? ((GlCellObject *)cell)->ob_ref : NULL;
            if (cls == NULL) {
                GlErr_SetString(GlExc_RuntimeError, "super(): empty __class__ cell");
                return -1;
            }
            if (!GlType_Check(cls)) {
                GlErr_Format(GlExc_RuntimeError, "super(): __class__ is not a type (%s)",
                             Gl_TYPE(cls)->tp_name);
                return -1;
            }
            *type = (GlTypeObject *)Gl_NewRef(cls);
            *obj = Gl_NewRef(first);
            return 0;
        }
    }
    GlErr_SetString(GlExc_RuntimeError, "super(): __class__ cell not found");
    return -1;
}

/* ---- pattern matching (match statement) ---- */

/* CPython's match_class_attr: getattr(subject, name), NULL without exception when the
   attribute is missing, TypeError when name was already matched. New reference. */
static GlObject *
match_class_attr(GlObject *subject, GlObject *type, GlObject *name, GlObject *seen)
{
    int r = GlSet_Contains(seen, name);
    if (r != 0 || GlSet_Add(seen, name) < 0) {
        if (r > 0) {
            GlErr_Format(GlExc_TypeError, "%s() got multiple sub-patterns for attribute %R",
                         ((GlTypeObject *)type)->tp_name, name);
        }
        return NULL;
    }
    GlObject *attr = GlObject_GetAttr(subject, name);
    if (attr == NULL && GlErr_ExceptionMatches(GlExc_AttributeError)) {
        GlErr_Clear();
    }
    return attr;
}

GlObject *
GlEvalOp_MatchClass(GlObject *subject, GlObject *type, Gl_ssize_t nargs, GlObject *kwargs)
{
    if (!GlType_Check(type)) {
        return GlErr_Format(GlExc_TypeError, "called match pattern must be a type");
    }
    int r = GlObject_IsInstance(subject, type);
    if (r <= 0) {
        return NULL;
    }
    GlTypeObject *tp = (GlTypeObject *)type;
    GlObject *seen = NULL, *attrs = NULL, *match_args = NULL, *result = NULL;
    if ((seen = GlSet_New(NULL)) == NULL || (attrs = GlList_New(0)) == NULL) {
        goto done;
    }
    if (nargs) {
        int match_self = 0;
        match_args = GlObject_GetAttrString(type, "__match_args__");
        if (match_args != NULL) {
            if (!GlTuple_CheckExact(match_args)) {
                GlErr_Format(GlExc_TypeError, "%s.__match_args__ must be a tuple (got %s)",
                             tp->tp_name, Gl_TYPE(match_args)->tp_name);
                goto done;
            }
        } else if (GlErr_ExceptionMatches(GlExc_AttributeError)) {
            GlErr_Clear();
            if ((match_args = GlTuple_New(0)) == NULL) {
                goto done;
            }
            match_self = (tp->tp_flags & GL_TPFLAGS_MATCH_SELF) != 0;
        } else {
            goto done;
        }
        Gl_ssize_t allowed = match_self ? 1 : GlTuple_GET_SIZE(match_args);
        if (allowed < nargs) {
            GlErr_Format(GlExc_TypeError, "%s() accepts %zd positional sub-pattern%s "
                         "(%zd given)", tp->tp_name, allowed, allowed == 1 ? "" : "s",
                         nargs);
            goto done;
        }
        if (match_self) {
            if (GlList_Append(attrs, subject) < 0) {
                goto done;
            }
        } else {
            for (Gl_ssize_t i = 0; i < nargs; i++) {
                GlObject *name = GlTuple_GET_ITEM(match_args, i);
                if (!GlStr_CheckExact(name)) {
                    GlErr_Format(GlExc_TypeError, "__match_args__ elements must be strings "
                                 "(got %s)", Gl_TYPE(name)->tp_name);
                    goto done;
                }
                GlObject *attr = match_class_attr(subject, type, name, seen);
                if (attr == NULL) {
                    goto done;
                }
                r = GlList_Append(attrs, attr);
                Gl_DECREF(attr);
                if (r < 0) {
                    goto done;
                }
            }
        }
    }
    for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(kwargs); i++) {
        GlObject *attr = match_class_attr(subject, type, GlTuple_GET_ITEM(kwargs, i), seen);
        if (attr == NULL) {
            goto done;
        }
        r = GlList_Append(attrs, attr);
        Gl_DECREF(attr);
        if (r < 0) {
            goto done;
        }
    }
    result = GlList_AsTuple(attrs);
done:
    Gl_XDECREF(match_args);
    Gl_XDECREF(seen);
    Gl_XDECREF(attrs);
    return result;
}

GlObject *
GlEvalOp_MatchKeys(GlObject *map, GlObject *keys)
{
    Gl_ssize_t nkeys = GlTuple_GET_SIZE(keys);
    if (nkeys == 0) {
        return GlTuple_New(0);
    }
    GlObject *get = NULL, *seen = NULL, *dummy = NULL, *values = NULL;
    // map.get(key, dummy): atomic lookup that never triggers __missing__
    if ((get = GlObject_GetAttr(map, GL_ID(get))) == NULL || (seen = GlSet_New(NULL)) == NULL ||
        (dummy = GlObject_CallNoArgs((GlObject *)&GlBaseObject_Type)) == NULL ||
        (values = GlTuple_New(nkeys)) == NULL) {
        goto fail;
    }
    for (Gl_ssize_t i = 0; i < nkeys; i++) {
        GlObject *key = GlTuple_GET_ITEM(keys, i);
        int r = GlSet_Contains(seen, key);
        if (r != 0 || GlSet_Add(seen, key) < 0) {
            if (r > 0) {
                GlErr_Format(GlExc_ValueError, "mapping pattern checks duplicate key (%R)", key);
            }
            goto fail;
        }
        GlObject *args[2] = {key, dummy};
        GlObject *value = GlObject_Vectorcall(get, args, 2, NULL);
        if (value == NULL) {
            goto fail;
        }
        if (value == dummy) {
            Gl_DECREF(value);
            Gl_SETREF(values, Gl_NewRef(Gl_None));
            break;
        }
        GlTuple_SET_ITEM(values, i, value);
    }
    Gl_DECREF(get);
    Gl_DECREF(seen);
    Gl_DECREF(dummy);
    return values;
fail:
    Gl_XDECREF(get);
    Gl_XDECREF(seen);
    Gl_XDECREF(dummy);
    Gl_XDECREF(values);
    return NULL;
}

GlObject *
GlEvalOp_ImportName(GlFrame *frame, GlObject *name, GlObject *fromlist, GlObject *level)
{
    GlObject *locals = frame->locals ? frame->locals : Gl_None;
    GlObject *import = GlDict_CheckExact(frame->builtins)
                           ? GlDict_GetItemWithError(frame->builtins, GL_ID(__import__))
                           : NULL;
    if (import == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_SetString(GlExc_ImportError, "__import__ not found");
        }
        return NULL;
    }
    if (import == gl_builtin_import) {
        int lv = (int)GlInt_AsSsize_t(level);
        if (lv == -1 && GlErr_Occurred()) {
            return NULL;
        }
        return GlImport_ImportModuleLevelObject(name, frame->globals, locals, fromlist, lv);
    }
    /* A replaced builtins.__import__ is called as CPython calls it. */
    GlObject *args[5] = {name, frame->globals, locals, fromlist, level};
    Gl_INCREF(import);
    GlObject *res = GlObject_Vectorcall(import, args, 5, NULL);
    Gl_DECREF(import);
    return res;
}
