/* _abcflagsmodule.c - _abcflags, the part of CPython's C `_abc` accelerator that lib/abc.py
 * cannot express in Python: the collection flags that pattern matching reads.
 *
 * A class body setting `__abc_tpflags__` (collections.abc.Sequence and Mapping do) gets
 * GL_TPFLAGS_SEQUENCE / GL_TPFLAGS_MAPPING when ABCMeta creates it; registering a class
 * with an ABC carrying one of these flags sets it on the class and its subclasses, as
 * CPython's _abc._abc_register (built-in immutable types keep their own flags).
 *
 * Invariant: only the two collection flag bits are ever changed here.
 */
#include "modules.h"

#define COLLECTION_FLAGS (GL_TPFLAGS_SEQUENCE | GL_TPFLAGS_MAPPING)

/* init(cls): apply and remove cls.__dict__['__abc_tpflags__']. Returns None (new ref). */
static GlObject *
abcflags_init(GlObject *m, GlObject *cls)
{
    if (!GlType_Check(cls)) {
        Gl_RETURN_NONE;
    }
    GlTypeObject *tp = (GlTypeObject *)cls;
    GlObject *key = GlStr_FromString("__abc_tpflags__");
    if (key == NULL) {
        return NULL;
    }
    GlObject *v = tp->tp_dict == NULL ? NULL : GlDict_GetItemWithError(tp->tp_dict, key);
    if (v == NULL) {
        Gl_DECREF(key);
        if (GlErr_Occurred()) {
            return NULL;
        }
        Gl_RETURN_NONE;
    }
    if (GlInt_Check(v)) {
        long flags = GlInt_AsLong(v);
        if (flags == -1 && GlErr_Occurred()) {
            Gl_DECREF(key);
            return NULL;
        }
        tp->tp_flags &= ~COLLECTION_FLAGS;
        tp->tp_flags |= (unsigned long)flags & COLLECTION_FLAGS;
    }
    int r = GlDict_DelItem(tp->tp_dict, key);
    Gl_DECREF(key);
    if (r < 0) {
        return NULL;
    }
    GlType_Modified(tp);
    Gl_RETURN_NONE;
}

static void
set_collection_flag_recursive(GlTypeObject *child, unsigned long flag)
{
    if ((child->tp_flags & GL_TPFLAGS_IMMUTABLETYPE) ||
        !(child->tp_flags & GL_TPFLAGS_HEAPTYPE) ||
        (child->tp_flags & COLLECTION_FLAGS) == flag) {
        return;
    }
    child->tp_flags &= ~COLLECTION_FLAGS;
    child->tp_flags |= flag;
    GlObject *subs = child->tp_subclasses;
    if (subs != NULL) {
        Gl_ssize_t pos = 0;
        GlObject *key, *ref;
        while (GlDict_Next(subs, &pos, &key, &ref)) {
            GlObject *sub = GlWeakref_GetObject(ref);
            if (sub != Gl_None) {
                set_collection_flag_recursive((GlTypeObject *)sub, flag);
            }
        }
    }
}

/* register(abc, subclass): give subclass abc's collection flag. Returns None (new ref). */
static GlObject *
abcflags_register(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs != 2) {
        return GlErr_Format(GlExc_TypeError, "register expected 2 arguments, got %zd", nargs);
    }
    if (GlType_Check(args[0]) && GlType_Check(args[1])) {
        unsigned long flag = ((GlTypeObject *)args[0])->tp_flags & COLLECTION_FLAGS;
        if (flag) {
            set_collection_flag_recursive((GlTypeObject *)args[1], flag);
        }
    }
    Gl_RETURN_NONE;
}

static GlMethodDef abcflags_methods[] = {
    {"init", GL_FN(abcflags_init), GL_METH_O,
     "init(cls)\n\nApply and remove cls.__abc_tpflags__ (the pattern-matching flags)."},
    {"register", GL_FN(abcflags_register), GL_METH_FASTCALL,
     "register(abc, subclass)\n\nGive subclass (and its subclasses) abc's sequence or\n"
     "mapping flag."},
    {NULL, NULL, 0, NULL},
};

GlObject *
GlInit__abcflags(void) GL_NEWREF
{
    GlObject *m = GlModule_NewFromString("_abcflags");
    if (m == NULL || GlModule_AddFunctions(m, abcflags_methods) < 0) {
        Gl_XDECREF(m);
        return NULL;
    }
    return m;
}
