/* structseq.c - struct sequences (see structseq.h): generic dealloc, traverse, repr,
 * constructor and __reduce__ shared by sys, os and time.
 *
 * Invariant: an instance of a registered type holds exactly n_fields items (all
 * non-NULL once built); for an unregistered type (never expected) n_fields is taken to
 * be ob_size. A Python subclass of a struct sequence type finds the counts through its
 * static base.
 * CPython behaviour matched: structseq_new's messages ("constructor requires a
 * sequence", "%s() takes an at least %d-sequence (%d-sequence given)", "takes a dict as
 * second arg, if any") and __reduce__ = (type, (visible items, {hidden named fields})).
 */
#include "allobjects.h"
#include "structseq.h"

#define MAX_TYPES 16

static struct {
    GlTypeObject *type;
    int n_visible, n_fields;
} registry[MAX_TYPES];
static int nregistered;

/* The registry entry of type or of its nearest registered base, or -1. */
static int
find_type(GlTypeObject *type)
{
    for (GlTypeObject *t = type; t != NULL; t = t->tp_base) {
        for (int i = 0; i < nregistered; i++) {
            if (registry[i].type == t) {
                return i;
            }
        }
    }
    return -1;
}

static Gl_ssize_t
n_fields_of(GlObject *self)
{
    int i = find_type(Gl_TYPE(self));
    return i >= 0 ? registry[i].n_fields : Gl_SIZE(self);
}

int
GlStructSeq_Register(GlTypeObject *type, int n_visible, int n_fields)
{
    if (find_type(type) >= 0 && registry[find_type(type)].type == type) {
        return 0;
    }
    if (nregistered == MAX_TYPES) {
        GlErr_SetString(GlExc_SystemError, "too many struct sequence types");
        return -1;
    }
    if (type->tp_dict == NULL && GlType_Ready(type) < 0) {
        return -1;
    }
    int named = 0;
    for (GlMemberDef *m = type->tp_members; m != NULL && m->name != NULL; m++) {
        named++;
    }
    const struct {
        const char *name;
        long v;
    } counts[] = {{"n_fields", n_fields}, {"n_sequence_fields", n_visible},
                  {"n_unnamed_fields", n_fields - named}};
    for (int i = 0; i < 3; i++) {
        GlObject *o = GlInt_FromLong(counts[i].v);
        int rc = o != NULL ? GlDict_SetItemString(type->tp_dict, counts[i].name, o) : -1;
        Gl_XDECREF(o);
        if (rc < 0) {
            return -1;
        }
    }
    registry[nregistered].type = type;
    registry[nregistered].n_visible = n_visible;
    registry[nregistered].n_fields = n_fields;
    nregistered++;
    return 0;
}

GlObject *
GlStructSeq_FromItems(GlTypeObject *type, GlObject **items) GL_NEWREF
{
    int r = find_type(type);
    int n = r >= 0 ? registry[r].n_fields : 0, visible = r >= 0 ? registry[r].n_visible : 0;
    GlObject *o = NULL;
    for (int i = 0; i < n; i++) {
        if (items[i] == NULL) {
            goto fail;
        }
    }
    if (r < 0) {
        GlErr_Format(GlExc_SystemError, "%s is not a registered struct sequence", type->tp_name);
        return NULL;
    }
    o = type->tp_alloc(type, n);
    if (o == NULL) {
        goto fail;
    }
    for (int i = 0; i < n; i++) {
        ((GlTupleObject *)o)->ob_item[i] = items[i];
    }
    Gl_SET_SIZE(o, visible);
    return o;
fail:
    for (int i = 0; i < n; i++) {
        Gl_XDECREF(items[i]);
    }
    return NULL;
}

void
GlStructSeq_Dealloc(GlObject *self)
{
    GlTypeObject *tp = Gl_TYPE(self);
    GlObject_GC_UnTrack(self);
    Gl_ssize_t n = n_fields_of(self);
    for (Gl_ssize_t i = 0; i < n; i++) {
        Gl_CLEAR(((GlTupleObject *)self)->ob_item[i]);
    }
    tp->tp_free(self);   // a Python subclass's subtype_dealloc releases its type
}

int
GlStructSeq_Traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_ssize_t n = n_fields_of(self);
    for (Gl_ssize_t i = 0; i < n; i++) {
        Gl_VISIT(((GlTupleObject *)self)->ob_item[i]);
    }
    return 0;
}

GlObject *
GlStructSeq_Repr(GlObject *self) GL_NEWREF
{
    GlTypeObject *tp = Gl_TYPE(self);
    int r = find_type(tp);
    GlMemberDef *members = r >= 0 ? registry[r].type->tp_members : tp->tp_members;
    GlObject *parts = GlList_New(0);
    if (parts == NULL) {
        return NULL;
    }
    GlObject *res = NULL;
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self) && members[i].name != NULL; i++) {
        GlObject *s = GlStr_FromFormat("%s=%R", members[i].name, GlTuple_GET_ITEM(self, i));
        if (s == NULL || GlList_Append(parts, s) < 0) {
            Gl_XDECREF(s);
            goto done;
        }
        Gl_DECREF(s);
    }
    GlObject *sep = GlStr_FromString(", ");
    GlObject *joined = sep != NULL ? GlStr_Join(sep, parts) : NULL;
    Gl_XDECREF(sep);
    if (joined != NULL) {
        res = GlStr_FromFormat("%s(%U)", tp->tp_name, joined);
        Gl_DECREF(joined);
    }
done:
    Gl_DECREF(parts);
    return res;
}

/* The member naming item index i, or NULL. */
static const char *
field_name(GlTypeObject *type, Gl_ssize_t i)
{
    for (GlMemberDef *m = type->tp_members; m != NULL && m->name != NULL; m++) {
        if (m->offset == GL_STRUCTSEQ_OFFSET(i)) {
            return m->name;
        }
    }
    return NULL;
}

GlObject *
GlStructSeq_New(GlTypeObject *type, GlObject *args, GlObject *kwds) GL_NEWREF
{
    static const char *const kwlist[] = {"sequence", "dict", NULL};
    GlObject *a[2];
    if (GlArg_ParseTupleDict("structseq", args, kwds, kwlist, 2, 1, a) < 0) {
        return NULL;
    }
    int r = find_type(type);
    if (r < 0) {
        return GlErr_Format(GlExc_SystemError, "%s is not a registered struct sequence",
                            type->tp_name);
    }
    GlTypeObject *base = registry[r].type;
    int visible = registry[r].n_visible, n = registry[r].n_fields;
    GlObject *seq = GlSequence_Fast(a[0], "constructor requires a sequence");
    if (seq == NULL) {
        return NULL;
    }
    GlObject *dict = a[1];
    if (dict == Gl_None) {
        dict = NULL;
    }
    if (dict != NULL && !GlDict_Check(dict)) {
        Gl_DECREF(seq);
        return GlErr_Format(GlExc_TypeError, "%.500s() takes a dict as second arg, if any",
                            base->tp_name);
    }
    Gl_ssize_t len = Gl_SIZE(seq);
    if (len < visible || len > n) {
        Gl_DECREF(seq);
        if (visible == n) {
            return GlErr_Format(GlExc_TypeError, "%.500s() takes a %d-sequence (%zd-sequence given)",
                                base->tp_name, visible, len);
        }
        return GlErr_Format(GlExc_TypeError, "%.500s() takes an %s %d-sequence (%zd-sequence given)",
                            base->tp_name, len < visible ? "at least" : "at most",
                            len < visible ? visible : n, len);
    }
    GlObject *items[64];
    if (n > 64) {
        Gl_DECREF(seq);
        return GlErr_SetString(GlExc_SystemError, "struct sequence too long");
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *v = NULL;
        if (i < len) {
            v = GlList_Check(seq) ? GlList_GET_ITEM(seq, i) : GlTuple_GET_ITEM(seq, i);
        } else if (dict != NULL) {
            const char *name = field_name(base, i);
            v = name != NULL ? GlDict_GetItemString(dict, name) : NULL;
        }
        items[i] = Gl_NewRef(v != NULL ? v : Gl_None);
    }
    Gl_DECREF(seq);
    return GlStructSeq_FromItems(type, items);
}

GlObject *
GlStructSeq_NoNew(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    return GlErr_Format(GlExc_TypeError, "cannot create '%s' instances", type->tp_name);
}

/* __reduce__: (type, (visible items, {named hidden field: value})). New reference. */
static GlObject *
structseq_reduce(GlObject *self, GlObject *unused)
{
    int r = find_type(Gl_TYPE(self));
    Gl_ssize_t visible = Gl_SIZE(self), n = n_fields_of(self);
    GlTypeObject *base = r >= 0 ? registry[r].type : Gl_TYPE(self);
    GlObject *tup = GlTuple_FromArray(((GlTupleObject *)self)->ob_item, visible);
    GlObject *dict = GlDict_New();
    GlObject *res = NULL;
    if (tup == NULL || dict == NULL) {
        goto done;
    }
    for (Gl_ssize_t i = visible; i < n; i++) {
        const char *name = field_name(base, i);
        if (name != NULL && GlDict_SetItemString(dict, name, ((GlTupleObject *)self)->ob_item[i]) < 0) {
            goto done;
        }
    }
    GlObject *args = GlTuple_Pack(2, tup, dict);
    if (args != NULL) {
        res = GlTuple_Pack(2, (GlObject *)Gl_TYPE(self), args);
        Gl_DECREF(args);
    }
done:
    Gl_XDECREF(tup);
    Gl_XDECREF(dict);
    return res;
}

GlMethodDef gl_structseq_methods[] = {
    {"__reduce__", GL_FN(structseq_reduce), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};
