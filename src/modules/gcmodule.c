/* gcmodule.c - the `gc` module: the Python interface to the collector in core/gc.c.
 *
 * Invariants: gc.garbage and gc.callbacks are the very lists gl_gc.garbage and
 * gl_gc.callbacks (created by GlGC_Init); the module never replaces them.
 * Functions that walk the generation lists (get_objects, get_referrers) take a
 * snapshot into a list first and run no Python code while walking.
 *
 * CPython behaviour matched (Modules/gcmodule.c, 3.11): argument forms and messages
 * ("invalid generation", "generation parameter must be less than the number of
 * available generations (3)"), get_objects() excluding its own result list,
 * get_referents() visiting only GC objects' tp_traverse, get_stats() dict keys.
 */
#include "modules.h"

#define NUM_GENERATIONS 3

static GlObject *
gc_enable(GlObject *m, GlObject *unused)
{
    gl_gc.enabled = 1;
    Gl_RETURN_NONE;
}

static GlObject *
gc_disable(GlObject *m, GlObject *unused)
{
    gl_gc.enabled = 0;
    Gl_RETURN_NONE;
}

static GlObject *
gc_isenabled(GlObject *m, GlObject *unused)
{
    return GlBool_FromLong(gl_gc.enabled);
}

static GlObject *
gc_collect(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"generation", NULL};
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("collect", args, nargs, kwnames, kwlist, 1, 0, a) < 0) {
        return NULL;
    }
    long gen = NUM_GENERATIONS - 1;
    if (a[0] != NULL) {
        if (!GlInt_Check(a[0])) {
            return GlErr_Format(GlExc_TypeError,
                                "'%s' object cannot be interpreted as an integer",
                                Gl_TYPE(a[0])->tp_name);
        }
        gen = GlInt_AsLong(a[0]);
        if (gen == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (gen < 0 || gen >= NUM_GENERATIONS) {
            return GlErr_SetString(GlExc_ValueError, "invalid generation");
        }
    }
    Gl_ssize_t n = GlGC_Collect((int)gen);   // PYTHON CODE
    if (n < 0) {
        return NULL;
    }
    return GlInt_FromSsize_t(n);
}

static GlObject *
gc_get_count(GlObject *m, GlObject *unused)
{
    GlObject *a = GlInt_FromLong(gl_gc.generations[0].count);
    GlObject *b = GlInt_FromLong(gl_gc.generations[1].count);
    GlObject *c = GlInt_FromLong(gl_gc.generations[2].count);
    GlObject *r = NULL;
    if (a != NULL && b != NULL && c != NULL) {
        r = GlTuple_Pack(3, a, b, c);
    }
    Gl_XDECREF(a);
    Gl_XDECREF(b);
    Gl_XDECREF(c);
    return r;
}

static GlObject *
gc_get_threshold(GlObject *m, GlObject *unused)
{
    GlObject *a = GlInt_FromLong(gl_gc.generations[0].threshold);
    GlObject *b = GlInt_FromLong(gl_gc.generations[1].threshold);
    GlObject *c = GlInt_FromLong(gl_gc.generations[2].threshold);
    GlObject *r = NULL;
    if (a != NULL && b != NULL && c != NULL) {
        r = GlTuple_Pack(3, a, b, c);
    }
    Gl_XDECREF(a);
    Gl_XDECREF(b);
    Gl_XDECREF(c);
    return r;
}

static GlObject *
gc_set_threshold(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs < 1) {
        return GlErr_SetString(GlExc_TypeError,
                               "set_threshold() takes at least 1 argument (0 given)");
    }
    if (nargs > 3) {
        return GlErr_Format(GlExc_TypeError,
                            "set_threshold() takes at most 3 arguments (%zd given)", nargs);
    }
    int vals[3];
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        if (!GlInt_Check(args[i])) {
            return GlErr_Format(GlExc_TypeError,
                                "'%s' object cannot be interpreted as an integer",
                                Gl_TYPE(args[i])->tp_name);
        }
        long v = GlInt_AsLong(args[i]);
        if (v == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (v > 2147483647L || v < -2147483647L - 1) {
            return GlErr_SetString(GlExc_OverflowError,
                                   v > 0 ? "signed integer is greater than maximum"
                                         : "signed integer is less than minimum");
        }
        vals[i] = (int)v;
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        gl_gc.generations[i].threshold = vals[i];
    }
    Gl_RETURN_NONE;
}

static GlObject *
gc_set_debug(GlObject *m, GlObject *flags)
{
    if (!GlInt_Check(flags)) {
        return GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            Gl_TYPE(flags)->tp_name);
    }
    long v = GlInt_AsLong(flags);
    if (v == -1 && GlErr_Occurred()) {
        return NULL;
    }
    gl_gc.debug = (int)v;
    Gl_RETURN_NONE;
}

static GlObject *
gc_get_debug(GlObject *m, GlObject *unused)
{
    return GlInt_FromLong(gl_gc.debug);
}

/* Append every object of a generation list except `skip` to result. 0 / -1. */
static int
append_objects(GlObject *result, GlGCHead *list, GlObject *skip)
{
    for (GlGCHead *g = (GlGCHead *)list->gc_next; g != list; g = (GlGCHead *)g->gc_next) {
        GlObject *op = GL_FROM_GC(g);
        if (op != skip && GlList_Append(result, op) < 0) {
            return -1;
        }
    }
    return 0;
}

static GlObject *
gc_get_objects(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"generation", NULL};
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("get_objects", args, nargs, kwnames, kwlist, 1, 0, a) < 0) {
        return NULL;
    }
    Gl_ssize_t gen = -1;   // -1, like None, means every generation (CPython's default)
    if (a[0] != NULL && a[0] != Gl_None) {
        if (!GlIndex_Check(a[0])) {
            return GlErr_Format(GlExc_TypeError, "argument should be integer or None, not '%s'",
                                Gl_TYPE(a[0])->tp_name);
        }
        gen = GlNumber_AsSsize_t(a[0], GlExc_OverflowError);
        if (gen == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (gen >= NUM_GENERATIONS) {
            return GlErr_Format(GlExc_ValueError,
                                "generation parameter must be less than the number of "
                                "available generations (%i)", NUM_GENERATIONS);
        }
        if (gen < -1) {
            return GlErr_SetString(GlExc_ValueError, "generation parameter cannot be negative");
        }
    }
    GlObject *result = GlList_New(0);
    if (result == NULL) {
        return NULL;
    }
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        if ((gen < 0 || gen == i)
            && append_objects(result, &gl_gc.generations[i].head, result) < 0) {
            Gl_DECREF(result);
            return NULL;
        }
    }
    return result;
}

typedef struct {
    GlObject *const *objs;
    Gl_ssize_t n;
    int found;
} ReferrerSearch;

static int
referrer_visit(GlObject *obj, void *arg)
{
    ReferrerSearch *s = arg;
    for (Gl_ssize_t i = 0; i < s->n; i++) {
        if (s->objs[i] == obj) {
            s->found = 1;
            return 1;   // stop traversing
        }
    }
    return 0;
}

static GlObject *
gc_get_referrers(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    GlObject *result = GlList_New(0);
    if (result == NULL) {
        return NULL;
    }
    ReferrerSearch s = {args, nargs, 0};
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GlGCHead *list = &gl_gc.generations[i].head;
        for (GlGCHead *g = (GlGCHead *)list->gc_next; g != list; g = (GlGCHead *)g->gc_next) {
            GlObject *op = GL_FROM_GC(g);
            traverseproc traverse = Gl_TYPE(op)->tp_traverse;
            if (op == result || traverse == NULL) {
                continue;
            }
            s.found = 0;
            (void)traverse(op, referrer_visit, &s);
            if (s.found && GlList_Append(result, op) < 0) {
                Gl_DECREF(result);
                return NULL;
            }
        }
    }
    return result;
}

static int
referents_visit(GlObject *obj, void *list)
{
    return GlList_Append(list, obj) < 0 ? -1 : 0;
}

static GlObject *
gc_get_referents(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    GlObject *result = GlList_New(0);
    if (result == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        GlObject *obj = args[i];
        if (!GlObject_IsGC(obj)) {
            continue;
        }
        traverseproc traverse = Gl_TYPE(obj)->tp_traverse;
        if (traverse == NULL) {
            continue;
        }
        if (traverse(obj, referents_visit, result) != 0) {
            Gl_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static GlObject *
gc_is_tracked(GlObject *m, GlObject *obj)
{
    return GlBool_FromLong(GlObject_GC_IsTracked(obj));
}

static GlObject *
gc_is_finalized(GlObject *m, GlObject *obj)
{
    return GlBool_FromLong(GlObject_GC_IsFinalized(obj));
}

static GlObject *
gc_freeze(GlObject *m, GlObject *unused)
{
    GlGC_Freeze();
    Gl_RETURN_NONE;
}

static GlObject *
gc_unfreeze(GlObject *m, GlObject *unused)
{
    GlGC_Unfreeze();
    Gl_RETURN_NONE;
}

static GlObject *
gc_get_freeze_count(GlObject *m, GlObject *unused)
{
    return GlInt_FromSsize_t(GlGC_ListSize(&gl_gc.permanent));
}

static int
set_int_item(GlObject *d, const char *key, Gl_ssize_t v)
{
    GlObject *o = GlInt_FromSsize_t(v);
    if (o == NULL) {
        return -1;
    }
    int r = GlDict_SetItemString(d, key, o);
    Gl_DECREF(o);
    return r;
}

static GlObject *
gc_get_stats(GlObject *m, GlObject *unused)
{
    GlObject *result = GlList_New(0);
    if (result == NULL) {
        return NULL;
    }
    for (int i = 0; i < NUM_GENERATIONS; i++) {
        GlObject *d = GlDict_New();
        if (d == NULL || set_int_item(d, "collections", gl_gc.stats_collections[i]) < 0
            || set_int_item(d, "collected", gl_gc.stats_collected[i]) < 0
            || set_int_item(d, "uncollectable", gl_gc.stats_uncollectable[i]) < 0
            || GlList_Append(result, d) < 0) {
            Gl_XDECREF(d);
            Gl_DECREF(result);
            return NULL;
        }
        Gl_DECREF(d);
    }
    return result;
}

static GlMethodDef gc_methods[] = {
    {"enable", GL_FN(gc_enable), GL_METH_NOARGS, "Enable automatic garbage collection."},
    {"disable", GL_FN(gc_disable), GL_METH_NOARGS, "Disable automatic garbage collection."},
    {"isenabled", GL_FN(gc_isenabled), GL_METH_NOARGS,
     "Returns true if automatic garbage collection is enabled."},
    {"collect", GL_FN(gc_collect), GL_METH_FASTCALL | GL_METH_KEYWORDS, "Run the garbage collector."},
    {"get_count", GL_FN(gc_get_count), GL_METH_NOARGS,
     "Return a three-tuple of the current collection counts."},
    {"get_threshold", GL_FN(gc_get_threshold), GL_METH_NOARGS,
     "Return the current collection thresholds."},
    {"set_threshold", GL_FN(gc_set_threshold), GL_METH_FASTCALL,
     "Set the collection thresholds (the collection frequency)."},
    {"set_debug", GL_FN(gc_set_debug), GL_METH_O, "Set the garbage collection debugging flags."},
    {"get_debug", GL_FN(gc_get_debug), GL_METH_NOARGS,
     "Get the garbage collection debugging flags."},
    {"get_objects", GL_FN(gc_get_objects), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Return a list of objects tracked by the collector (excluding the list returned)."},
    {"get_referrers", GL_FN(gc_get_referrers), GL_METH_FASTCALL,
     "Return the list of objects that directly refer to any of objs."},
    {"get_referents", GL_FN(gc_get_referents), GL_METH_FASTCALL,
     "Return the list of objects that are directly referred to by objs."},
    {"is_tracked", GL_FN(gc_is_tracked), GL_METH_O,
     "Returns true if the object is tracked by the garbage collector."},
    {"is_finalized", GL_FN(gc_is_finalized), GL_METH_O,
     "Returns true if the object has been already finalized by the GC."},
    {"freeze", GL_FN(gc_freeze), GL_METH_NOARGS,
     "Freeze all current tracked objects and ignore them for future collections."},
    {"unfreeze", GL_FN(gc_unfreeze), GL_METH_NOARGS,
     "Unfreeze all objects in the permanent generation."},
    {"get_freeze_count", GL_FN(gc_get_freeze_count), GL_METH_NOARGS,
     "Return the number of objects in the permanent generation."},
    {"get_stats", GL_FN(gc_get_stats), GL_METH_NOARGS,
     "Return a list of dictionaries containing per-generation statistics."},
    {NULL, NULL, 0, NULL},
};

static const char gc_doc[] =
    "This module provides access to the garbage collector for reference cycles.\n\n"
    "enable() -- Enable automatic garbage collection.\n"
    "disable() -- Disable automatic garbage collection.\n"
    "isenabled() -- Returns true if automatic collection is enabled.\n"
    "collect() -- Do a full collection right now.\n"
    "get_count() -- Return the current collection counts.\n"
    "get_stats() -- Return list of dictionaries containing per-generation stats.\n"
    "set_debug() -- Set debugging flags.\n"
    "get_debug() -- Get debugging flags.\n"
    "set_threshold() -- Set the collection thresholds.\n"
    "get_threshold() -- Return the current the collection thresholds.\n"
    "get_objects() -- Return a list of all objects tracked by the collector.\n"
    "is_tracked() -- Returns true if a given object is tracked.\n"
    "is_finalized() -- Returns true if a given object has been already finalized.\n"
    "get_referrers() -- Return the list of objects that refer to an object.\n"
    "get_referents() -- Return the list of objects that an object refers to.\n"
    "freeze() -- Freeze all tracked objects and ignore them for future collections.\n"
    "unfreeze() -- Unfreeze all objects in the permanent generation.\n"
    "get_freeze_count() -- Return the number of objects in the permanent generation.\n";

GlObject *
GlInit_gc(void) GL_NEWREF
{
    if (gl_gc.garbage == NULL || gl_gc.callbacks == NULL) {
        GlGC_Init();
        if (gl_gc.garbage == NULL || gl_gc.callbacks == NULL) {
            return GlErr_NoMemory();
        }
    }
    GlObject *m = GlModule_NewFromString("gc");
    if (m == NULL) {
        return NULL;
    }
    GlObject *doc = GlStr_FromString(gc_doc);
    int bad = doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0;
    Gl_XDECREF(doc);
    if (bad || GlModule_AddFunctions(m, gc_methods) < 0
        || GlModule_AddObject(m, "garbage", gl_gc.garbage) < 0
        || GlModule_AddObject(m, "callbacks", gl_gc.callbacks) < 0
        || GlModule_AddIntConstant(m, "DEBUG_STATS", 1) < 0
        || GlModule_AddIntConstant(m, "DEBUG_COLLECTABLE", 2) < 0
        || GlModule_AddIntConstant(m, "DEBUG_UNCOLLECTABLE", 4) < 0
        || GlModule_AddIntConstant(m, "DEBUG_SAVEALL", 32) < 0
        || GlModule_AddIntConstant(m, "DEBUG_LEAK", 38) < 0) {
        Gl_DECREF(m);
        return NULL;
    }
    return m;
}
