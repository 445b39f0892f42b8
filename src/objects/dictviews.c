/* dictviews.c - the dict views dict_keys, dict_values, dict_items.
 *
 * Invariants: a view owns a reference to its dict and reflects it live; keys and
 * items views are set-like (comparisons with sets and other views, & | - ^ giving a
 * set, isdisjoint) and unhashable; values views compare by identity only.
 * CPython behaviour matched: repr "dict_keys(['a'])" ("..." when recursive),
 * `(k, v) in d.items()` compares the stored value with ==, the set operations accept
 * any iterable on the other side.
 */
#include "allobjects.h"

GlObject *
GlDictView_New(GlObject *dict, GlTypeObject *type) GL_NEWREF
{
    if (dict == NULL || !GlDict_Check(dict)) {
        return GlErr_BadInternalCall();
    }
    GlDictViewObject *dv = (GlDictViewObject *)GlObject_GC_New(type, 0);
    if (dv == NULL) {
        return NULL;
    }
    dv->dv_dict = Gl_NewRef(dict);
    GlObject_GC_Track(dv);
    return (GlObject *)dv;
}

static void
dictview_dealloc(GlObject *self)
{
    GlDictViewObject *dv = (GlDictViewObject *)self;
    GlObject_GC_UnTrack(dv);
    Gl_XDECREF(dv->dv_dict);
    GlObject_GC_Del(dv);
}

static int
dictview_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((GlDictViewObject *)self)->dv_dict);
    return 0;
}

static Gl_ssize_t
dictview_len(GlObject *self)
{
    return GlDict_GET_SIZE(((GlDictViewObject *)self)->dv_dict);
}

static GlObject *
dictview_repr(GlObject *self)
{
    int rc = Gl_ReprEnter(self);
    if (rc != 0) {
        return rc > 0 ? GlStr_FromString("...") : NULL;
    }
    GlObject *result = NULL;
    GlObject *seq = GlSequence_List(self);
    if (seq != NULL) {
        result = GlStr_FromFormat("%s(%R)", Gl_TYPE(self)->tp_name, seq);
        Gl_DECREF(seq);
    }
    Gl_ReprLeave(self);
    return result;
}

static GlObject *
dictkeys_iter(GlObject *self)
{
    return GlDictIter_New(((GlDictViewObject *)self)->dv_dict, &GlDictIterKey_Type);
}

static GlObject *
dictvalues_iter(GlObject *self)
{
    return GlDictIter_New(((GlDictViewObject *)self)->dv_dict, &GlDictIterValue_Type);
}

static GlObject *
dictitems_iter(GlObject *self)
{
    return GlDictIter_New(((GlDictViewObject *)self)->dv_dict, &GlDictIterItem_Type);
}

static GlObject *
dictkeys_reversed(GlObject *self, GlObject *unused)
{
    return GlDictIter_New(((GlDictViewObject *)self)->dv_dict, &GlDictRevIterKey_Type);
}

static GlObject *
dictvalues_reversed(GlObject *self, GlObject *unused)
{
    return GlDictIter_New(((GlDictViewObject *)self)->dv_dict, &GlDictRevIterValue_Type);
}

static GlObject *
dictitems_reversed(GlObject *self, GlObject *unused)
{
    return GlDictIter_New(((GlDictViewObject *)self)->dv_dict, &GlDictRevIterItem_Type);
}

static int
dictkeys_contains(GlObject *self, GlObject *obj)
{
    return GlDict_Contains(((GlDictViewObject *)self)->dv_dict, obj);
}

static int
dictitems_contains(GlObject *self, GlObject *obj)
{
    if (!GlTuple_Check(obj) || Gl_SIZE(obj) != 2) {
        return 0;
    }
    GlObject *key = GlTuple_GET_ITEM(obj, 0), *value = GlTuple_GET_ITEM(obj, 1);
    GlObject *found = GlDict_GetItemWithError(((GlDictViewObject *)self)->dv_dict, key);
    if (found == NULL) {
        return GlErr_Occurred() ? -1 : 0;
    }
    Gl_INCREF(found);
    int result = GlObject_RichCompareBool(found, value, Gl_EQ);   // may run Python
    Gl_DECREF(found);
    return result;
}

/* 1 if every item of self is in other, 0 if not, -1 on error. */
static int
all_contained_in(GlObject *self, GlObject *other)
{
    GlObject *iter = GlObject_GetIter(self);
    if (iter == NULL) {
        return -1;
    }
    int ok = 1;
    for (;;) {
        GlObject *next = GlIter_Next(iter);
        if (next == NULL) {
            if (GlErr_Occurred()) {
                ok = -1;
            }
            break;
        }
        ok = GlSequence_Contains(other, next);
        Gl_DECREF(next);
        if (ok <= 0) {
            break;
        }
    }
    Gl_DECREF(iter);
    return ok;
}

static GlObject *
dictview_richcompare(GlObject *self, GlObject *other, int op)
{
    if (!GlAnySet_Check(other) && !GlDictViewSet_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    Gl_ssize_t len_self = GlObject_Size(self);
    if (len_self < 0) {
        return NULL;
    }
    Gl_ssize_t len_other = GlObject_Size(other);
    if (len_other < 0) {
        return NULL;
    }
    int ok = 0;
    switch (op) {
    case Gl_NE:
    case Gl_EQ:
        if (len_self == len_other) {
            ok = all_contained_in(self, other);
        }
        if (op == Gl_NE && ok >= 0) {
            ok = !ok;
        }
        break;
    case Gl_LT:
        if (len_self < len_other) {
            ok = all_contained_in(self, other);
        }
        break;
    case Gl_LE:
        if (len_self <= len_other) {
            ok = all_contained_in(self, other);
        }
        break;
    case Gl_GT:
        if (len_self > len_other) {
            ok = all_contained_in(other, self);
        }
        break;
    case Gl_GE:
        if (len_self >= len_other) {
            ok = all_contained_in(other, self);
        }
        break;
    }
    if (ok < 0) {
        return NULL;
    }
    return GlBool_FromLong(ok);
}

/* ---- set operations ---- */

static GlObject *
dictviews_to_set(GlObject *self)
{
    GlObject *left = self;
    if (GlDictKeys_Check(self)) {
        left = ((GlDictViewObject *)self)->dv_dict;   // set(dict) iterates the keys fast
    }
    return GlSet_New(left);
}

static GlObject *
dictviews_sub(GlObject *self, GlObject *other)
{
    GlObject *result = dictviews_to_set(self);
    if (result == NULL) {
        return NULL;
    }
    if (GlSet_DifferenceUpdate(result, other) < 0) {
        Gl_DECREF(result);
        return NULL;
    }
    return result;
}

static GlObject *
dictviews_or(GlObject *self, GlObject *other)
{
    GlObject *result = dictviews_to_set(self);
    if (result == NULL) {
        return NULL;
    }
    if (GlSet_Update(result, other) < 0) {
        Gl_DECREF(result);
        return NULL;
    }
    return result;
}

static GlObject *
dictviews_xor(GlObject *self, GlObject *other)
{
    GlObject *result = dictviews_to_set(self);
    if (result == NULL) {
        return NULL;
    }
    if (GlSet_SymmetricDifferenceUpdate(result, other) < 0) {
        Gl_DECREF(result);
        return NULL;
    }
    return result;
}

static GlObject *
dictviews_and(GlObject *self, GlObject *other)
{
    /* `a & b` may arrive with the view on the right. */
    if (!GlDictViewSet_Check(self)) {
        GlObject *tmp = other;
        other = self;
        self = tmp;
    }
    Gl_ssize_t len_self = dictview_len(self);
    if (GlSet_Check(other) && Gl_TYPE(other) == &GlSet_Type) {
        Gl_ssize_t len_other = GlSet_Size(other);
        if (len_self <= len_other) {
            return GlSet_Intersection(other, self);
        }
    }
    if (GlDictViewSet_Check(other) && dictview_len(other) > len_self) {
        GlObject *tmp = other;
        other = self;
        self = tmp;
    }
    GlObject *result = GlSet_New(NULL);
    if (result == NULL) {
        return NULL;
    }
    GlObject *it = GlObject_GetIter(other);
    if (it == NULL) {
        Gl_DECREF(result);
        return NULL;
    }
    int (*contains)(GlObject *, GlObject *) =
        GlDictKeys_Check(self) ? dictkeys_contains : dictitems_contains;
    GlObject *key;
    while ((key = GlIter_Next(it)) != NULL) {
        int rv = contains(self, key);
        if (rv > 0) {
            rv = GlSet_Add(result, key);
        }
        Gl_DECREF(key);
        if (rv < 0) {
            goto error;
        }
    }
    Gl_DECREF(it);
    if (GlErr_Occurred()) {
        Gl_DECREF(result);
        return NULL;
    }
    return result;
error:
    Gl_DECREF(it);
    Gl_DECREF(result);
    return NULL;
}

static GlObject *
dictviews_isdisjoint(GlObject *self, GlObject *other)
{
    if (self == other) {
        return GlBool_FromLong(dictview_len(self) == 0);
    }
    if (GlAnySet_Check(other) || GlDictViewSet_Check(other)) {
        Gl_ssize_t len_self = dictview_len(self);
        Gl_ssize_t len_other = GlObject_Size(other);
        if (len_other < 0) {
            return NULL;
        }
        if (len_other > len_self) {
            GlObject *tmp = other;
            other = self;
            self = tmp;
        }
    }
    GlObject *it = GlObject_GetIter(other);
    if (it == NULL) {
        return NULL;
    }
    GlObject *item;
    while ((item = GlIter_Next(it)) != NULL) {
        int contains = GlSequence_Contains(self, item);
        Gl_DECREF(item);
        if (contains != 0) {
            Gl_DECREF(it);
            if (contains < 0) {
                return NULL;
            }
            Gl_RETURN_FALSE;
        }
    }
    Gl_DECREF(it);
    if (GlErr_Occurred()) {
        return NULL;
    }
    Gl_RETURN_TRUE;
}

static GlObject *
dictview_mapping(GlObject *self, void *closure)
{
    return GlDictProxy_New(((GlDictViewObject *)self)->dv_dict);
}

static GlGetSetDef dictview_getset[] = {
    {"mapping", dictview_mapping, NULL, "dictionary that this view refers to", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GlNumberMethods dictviews_as_number = {
    .nb_subtract = dictviews_sub,
    .nb_and = dictviews_and,
    .nb_xor = dictviews_xor,
    .nb_or = dictviews_or,
};

static GlSequenceMethods dictkeys_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictkeys_contains,
};

static GlSequenceMethods dictitems_as_sequence = {
    .sq_length = dictview_len,
    .sq_contains = dictitems_contains,
};

static GlSequenceMethods dictvalues_as_sequence = {
    .sq_length = dictview_len,
};

static GlMethodDef dictkeys_methods[] = {
    {"isdisjoint", GL_FN(dictviews_isdisjoint), GL_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", GL_FN(dictkeys_reversed), GL_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static GlMethodDef dictitems_methods[] = {
    {"isdisjoint", GL_FN(dictviews_isdisjoint), GL_METH_O,
     "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", GL_FN(dictitems_reversed), GL_METH_NOARGS,
     "Return a reverse iterator over the dict items."},
    {NULL, NULL, 0, NULL},
};

static GlMethodDef dictvalues_methods[] = {
    {"__reversed__", GL_FN(dictvalues_reversed), GL_METH_NOARGS,
     "Return a reverse iterator over the dict values."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlDictKeys_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "dict_keys",
    .tp_basicsize = sizeof(GlDictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictkeys_as_sequence,
    .tp_hash = GlObject_HashNotImplemented,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictkeys_iter,
    .tp_methods = dictkeys_methods,
    .tp_getset = dictview_getset,
    .tp_free = GlObject_GC_Del,
};

GlTypeObject GlDictItems_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "dict_items",
    .tp_basicsize = sizeof(GlDictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_number = &dictviews_as_number,
    .tp_as_sequence = &dictitems_as_sequence,
    .tp_hash = GlObject_HashNotImplemented,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_richcompare = dictview_richcompare,
    .tp_iter = dictitems_iter,
    .tp_methods = dictitems_methods,
    .tp_getset = dictview_getset,
    .tp_free = GlObject_GC_Del,
};

GlTypeObject GlDictValues_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "dict_values",
    .tp_basicsize = sizeof(GlDictViewObject),
    .tp_dealloc = dictview_dealloc,
    .tp_repr = dictview_repr,
    .tp_as_sequence = &dictvalues_as_sequence,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = dictview_traverse,
    .tp_iter = dictvalues_iter,
    .tp_methods = dictvalues_methods,
    .tp_getset = dictview_getset,
    .tp_free = GlObject_GC_Del,
};
