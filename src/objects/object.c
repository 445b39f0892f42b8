/* object.c - the `object` type, None / NotImplemented / Ellipsis, and the generic
 * object protocol: repr/str/hash, rich comparison, truth, attribute access with the
 * descriptor protocol, isinstance/issubclass, dir, format, len and subscription.
 *
 * Invariants:
 * - Generic attribute lookup order is CPython's: data descriptor found on the type's
 *   MRO, then the instance __dict__, then a non-data descriptor or plain class
 *   attribute, else AttributeError "'C' object has no attribute 'x'" (with .name and
 *   .obj set for the "Did you mean" suggestions).
 * - GlObject_LookupAttr never creates an AttributeError on the generic path.
 * - Instance dicts of heap types flagged GL_TPFLAGS_INLINE_DICT stay untracked while
 *   the instance is their only owner (see type.h); the __dict__ getter tracks them
 *   when they escape.
 * - Rich comparison tries the reflected operation of a right operand whose type is a
 *   proper subclass of the left one first, as CPython's do_richcompare.
 */
#include "allobjects.h"
#include "../vm/vm.h"

static const char *const opstrings[] = {"<", "<=", "==", "!=", ">", ">="};
static const int swapped_op[] = {Gl_GT, Gl_GE, Gl_EQ, Gl_NE, Gl_LT, Gl_LE};

/* ------------------------------------------------------------------ helpers */

const char *
GlObject_TypeName(GlObject *o)
{
    return Gl_TYPE(o)->tp_name;
}

Gl_hash_t
GlObject_HashPointer(void *p)
{
    size_t y = (size_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    Gl_hash_t x = (Gl_hash_t)y;
    return x == -1 ? -2 : x;
}

GlObject *
GlErr_NoAttribute(GlObject *obj, GlObject *name)
{
    GlErr_Format(GlExc_AttributeError, "'%.50s' object has no attribute '%U'",
                 Gl_TYPE(obj)->tp_name, name);
    GlObject *exc = GlErr_GetRaisedException();
    if (exc != NULL && GlObject_TypeCheck(exc, (GlTypeObject *)GlExc_AttributeError)) {
        GlAttributeErrorObject *ae = (GlAttributeErrorObject *)exc;
        Gl_XSETREF(ae->name, Gl_NewRef(name));
        Gl_XSETREF(ae->obj, Gl_NewRef(obj));
    }
    GlErr_SetRaisedException(exc);
    return NULL;
}

/* ------------------------------------------------------------ repr / str */

GlObject *
GlObject_Repr(GlObject *o)
{
    GlTypeObject *tp = Gl_TYPE(o);
    if (tp->tp_repr == NULL) {
        return GlStr_FromFormat("<%s object at %p>", tp->tp_name, (void *)o);
    }
    if (Gl_EnterRecursiveCall(" while getting the repr of an object")) {
        return NULL;
    }
    GlObject *res = tp->tp_repr(o);
    Gl_LeaveRecursiveCall();
    if (res == NULL) {
        return NULL;
    }
    if (!GlStr_Check(res)) {
        GlErr_Format(GlExc_TypeError, "__repr__ returned non-string (type %.200s)",
                     Gl_TYPE(res)->tp_name);
        Gl_DECREF(res);
        return NULL;
    }
    return res;
}

GlObject *
GlObject_Str(GlObject *o)
{
    if (GlStr_CheckExact(o)) {
        return Gl_NewRef(o);
    }
    GlTypeObject *tp = Gl_TYPE(o);
    if (tp->tp_str == NULL) {
        return GlObject_Repr(o);
    }
    if (Gl_EnterRecursiveCall(" while getting the str of an object")) {
        return NULL;
    }
    GlObject *res = tp->tp_str(o);
    Gl_LeaveRecursiveCall();
    if (res == NULL) {
        return NULL;
    }
    if (!GlStr_Check(res)) {
        GlErr_Format(GlExc_TypeError, "__str__ returned non-string (type %.200s)",
                     Gl_TYPE(res)->tp_name);
        Gl_DECREF(res);
        return NULL;
    }
    return res;
}

GlObject *
GlObject_ASCII(GlObject *o)
{
    GlObject *repr = GlObject_Repr(o);
    if (repr == NULL) {
        return NULL;
    }
    if (((GlStrObject *)repr)->ascii) {
        return repr;
    }
    /* Escape every non-ASCII code point as \xhh, \uhhhh or \Uhhhhhhhh. */
    Gl_ssize_t n = GlStr_GET_LENGTH(repr);
    size_t cap = (size_t)n * 10 + 1;
    char *buf = GlMem_Malloc(cap);
    if (buf == NULL) {
        Gl_DECREF(repr);
        return GlErr_NoMemory();
    }
    size_t j = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t ch = GlStr_READ_CHAR(repr, i);
        if (ch < 128) {
            buf[j++] = (char)ch;
        } else if (ch < 256) {
            j += (size_t)sprintf(buf + j, "\\x%02x", ch);
        } else if (ch < 65536) {
            j += (size_t)sprintf(buf + j, "\\u%04x", ch);
        } else {
            j += (size_t)sprintf(buf + j, "\\U%08x", ch);
        }
    }
    Gl_DECREF(repr);
    GlObject *res = GlStr_FromStringAndSize(buf, (Gl_ssize_t)j);
    GlMem_Free(buf);
    return res;
}

/* ------------------------------------------------------------------ hash */

Gl_hash_t
GlObject_HashNotImplemented(GlObject *o)
{
    GlErr_Format(GlExc_TypeError, "unhashable type: '%.200s'", Gl_TYPE(o)->tp_name);
    return -1;
}

Gl_hash_t
GlObject_Hash(GlObject *o)
{
    GlTypeObject *tp = Gl_TYPE(o);
    if (tp->tp_hash != NULL) {
        return tp->tp_hash(o);
    }
    if (tp->tp_dict == NULL) {
        if (GlType_Ready(tp) < 0) {
            return -1;
        }
        if (tp->tp_hash != NULL) {
            return tp->tp_hash(o);
        }
    }
    return GlObject_HashNotImplemented(o);
}

/* ------------------------------------------------------------ comparison */

static GlObject *
do_richcompare(GlObject *v, GlObject *w, int op)
{
    GlObject *res;
    int checked_reverse_op = 0;
    GlTypeObject *vt = Gl_TYPE(v), *wt = Gl_TYPE(w);

    if (vt != wt && wt->tp_richcompare != NULL && GlType_IsSubtype(wt, vt)) {
        checked_reverse_op = 1;
        res = wt->tp_richcompare(w, v, swapped_op[op]);   // Python code may run
        if (res != Gl_NotImplemented) {
            return res;
        }
        Gl_DECREF(res);
    }
    if (vt->tp_richcompare != NULL) {
        res = vt->tp_richcompare(v, w, op);
        if (res != Gl_NotImplemented) {
            return res;
        }
        Gl_DECREF(res);
    }
    if (!checked_reverse_op && wt->tp_richcompare != NULL) {
        res = wt->tp_richcompare(w, v, swapped_op[op]);
        if (res != Gl_NotImplemented) {
            return res;
        }
        Gl_DECREF(res);
    }
    switch (op) {
    case Gl_EQ:
        return GlBool_FromLong(v == w);
    case Gl_NE:
        return GlBool_FromLong(v != w);
    default:
        return GlErr_Format(GlExc_TypeError,
                            "'%s' not supported between instances of '%.100s' and '%.100s'",
                            opstrings[op], vt->tp_name, wt->tp_name);
    }
}

GlObject *
GlObject_RichCompare(GlObject *v, GlObject *w, int op)
{
    if (Gl_EnterRecursiveCall(" in comparison")) {
        return NULL;
    }
    GlObject *res = do_richcompare(v, w, op);
    Gl_LeaveRecursiveCall();
    return res;
}

int
GlObject_RichCompareBool(GlObject *v, GlObject *w, int op)
{
    if (v == w) {
        if (op == Gl_EQ) {
            return 1;
        }
        if (op == Gl_NE) {
            return 0;
        }
    }
    GlObject *res = GlObject_RichCompare(v, w, op);
    if (res == NULL) {
        return -1;
    }
    int ok;
    if (res == Gl_True) {
        ok = 1;
    } else if (res == Gl_False) {
        ok = 0;
    } else {
        ok = GlObject_IsTrue(res);
    }
    Gl_DECREF(res);
    return ok;
}

/* --------------------------------------------------------------- truth */

int
GlObject_IsTrue(GlObject *o)
{
    if (o == Gl_True) {
        return 1;
    }
    if (o == Gl_False || o == Gl_None) {
        return 0;
    }
    GlTypeObject *tp = Gl_TYPE(o);
    Gl_ssize_t res;
    if (tp->tp_as_number != NULL && tp->tp_as_number->nb_bool != NULL) {
        res = tp->tp_as_number->nb_bool(o);
    } else if (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_length != NULL) {
        res = tp->tp_as_mapping->mp_length(o);
    } else if (tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_length != NULL) {
        res = tp->tp_as_sequence->sq_length(o);
    } else {
        return 1;
    }
    return res > 0 ? 1 : (int)res;
}

int
GlObject_Not(GlObject *o)
{
    int r = GlObject_IsTrue(o);
    return r < 0 ? r : !r;
}

/* ------------------------------------------------------------ attributes */

GlObject **
GlObject_GetDictPtr(GlObject *o)
{
    GlObject **slot = GlObject_GetDictSlot(o);
    if (slot != NULL && GlInstValues_Tagged(*slot) &&
        GlInstValues_Materialize(Gl_TYPE(o), slot) == NULL) {
        return NULL;
    }
    return slot;
}

GlObject **
GlObject_GetDictSlot(GlObject *o)
{
    GlTypeObject *tp = Gl_TYPE(o);
    Gl_ssize_t off = tp->tp_dictoffset;
    if (off == 0) {
        return NULL;
    }
    if (off < 0) {
        Gl_ssize_t n = Gl_SIZE(o);
        if (n < 0) {
            n = -n;
        }
        size_t size = (size_t)(tp->tp_basicsize + n * tp->tp_itemsize);
        size = (size + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
        off += (Gl_ssize_t)size;
    }
    return (GlObject **)((char *)o + off);
}

GlObject *
GlObject_GetOrCreateDict(GlObject *obj)
{
    GlObject **dictptr = GlObject_GetDictPtr(obj);
    if (dictptr == NULL) {
        return GlErr_SetString(GlExc_AttributeError,
                               "This object has no __dict__");
    }
    if (*dictptr == NULL) {
        *dictptr = GlDict_New();
        if (*dictptr == NULL) {
            return NULL;
        }
    }
    return Gl_NewRef(*dictptr);
}

GlObject *
GlObject_GenericGetAttrWithDict(GlObject *obj, GlObject *name, GlObject *dict, int suppress)
{
    GlTypeObject *tp = Gl_TYPE(obj);
    GlObject *res = NULL;
    if (!GlStr_Check(name)) {
        return GlErr_Format(GlExc_TypeError, "attribute name must be string, not '%.200s'",
                            Gl_TYPE(name)->tp_name);
    }
    if (tp->tp_dict == NULL && GlType_Ready(tp) < 0) {
        return NULL;
    }
    GlObject *descr = GlType_Lookup(tp, name);
    descrgetfunc f = NULL;
    if (descr != NULL) {
        Gl_INCREF(descr);
        f = Gl_TYPE(descr)->tp_descr_get;
        if (f != NULL && Gl_TYPE(descr)->tp_descr_set != NULL) {
            res = f(descr, obj, (GlObject *)tp);   // Python code may run
            if (res == NULL && suppress && GlErr_ExceptionMatches(GlExc_AttributeError)) {
                GlErr_Clear();
            }
            goto done;
        }
    }
    if (dict == NULL) {
        GlObject **dictptr = GlObject_GetDictSlot(obj);
        if (dictptr != NULL) {
            dict = *dictptr;
            if (dict != NULL && GlInstValues_Tagged(dict)) {
                Gl_ssize_t hint = -1;
                res = GlInstValues_Get(tp, dict, name, &hint);
                if (res != NULL) {
                    Gl_INCREF(res);
                    goto done;
                }
                dict = NULL;
            }
        }
    }
    if (dict != NULL) {
        Gl_INCREF(dict);
        res = GlDict_GetItemWithError(dict, name);
        if (res != NULL) {
            Gl_INCREF(res);
            Gl_DECREF(dict);
            goto done;
        }
        Gl_DECREF(dict);
        if (GlErr_Occurred()) {
            goto done;
        }
    }
    if (f != NULL) {
        res = f(descr, obj, (GlObject *)tp);
        if (res == NULL && suppress && GlErr_ExceptionMatches(GlExc_AttributeError)) {
            GlErr_Clear();
        }
        goto done;
    }
    if (descr != NULL) {
        res = descr;
        descr = NULL;
        goto done;
    }
    if (!suppress) {
        GlErr_NoAttribute(obj, name);
    }
done:
    Gl_XDECREF(descr);
    return res;
}

GlObject *
GlObject_GenericGetAttr(GlObject *o, GlObject *name)
{
    return GlObject_GenericGetAttrWithDict(o, name, NULL, 0);
}

/* After storing into an inline instance dict, keep it untracked while the instance
 * is its only owner (its contents are then traversed through the instance). */
static inline void
inline_dict_untrack(GlTypeObject *tp, GlObject *dict)
{
    if ((tp->tp_flags & GL_TPFLAGS_INLINE_DICT) && Gl_REFCNT(dict) == 1 &&
        GlObject_GC_IsTracked(dict)) {
        GlObject_GC_UnTrack(dict);
    }
}

int
GlObject_GenericSetAttr(GlObject *obj, GlObject *name, GlObject *value)
{
    GlTypeObject *tp = Gl_TYPE(obj);
    int res = -1;
    if (!GlStr_Check(name)) {
        GlErr_Format(GlExc_TypeError, "attribute name must be string, not '%.200s'",
                     Gl_TYPE(name)->tp_name);
        return -1;
    }
    if (tp->tp_dict == NULL && GlType_Ready(tp) < 0) {
        return -1;
    }
    GlObject *descr = GlType_Lookup(tp, name);
    if (descr != NULL) {
        Gl_INCREF(descr);
        descrsetfunc f = Gl_TYPE(descr)->tp_descr_set;
        if (f != NULL) {
            res = f(descr, obj, value);   // Python code may run
            goto done;
        }
    }
    GlObject **dictptr = GlObject_GetDictSlot(obj);
    if (dictptr == NULL) {
        if (descr == NULL) {
            GlErr_NoAttribute(obj, name);
        } else {
            GlErr_Format(GlExc_AttributeError, "'%.50s' object attribute '%U' is read-only",
                         tp->tp_name, name);
        }
        goto done;
    }
    GlObject *dict = *dictptr;
    if ((dict == NULL && (tp->tp_flags & GL_TPFLAGS_INLINE_DICT)) ||
        (dict != NULL && GlInstValues_Tagged(dict))) {
        Gl_ssize_t hint = -1;
        res = GlInstValues_Store(obj, dictptr, name, value, &hint);
        if (res == 1) {
            GlErr_NoAttribute(obj, name);
            res = -1;
        }
        goto done;
    }
    if (value != NULL) {
        if (dict == NULL) {
            dict = GlDict_New();
            if (dict == NULL) {
                goto done;
            }
            *dictptr = dict;
        }
        Gl_INCREF(dict);
        res = GlDict_SetItem(dict, name, value);
        Gl_DECREF(dict);
        if (res == 0) {
            inline_dict_untrack(tp, dict);
        }
    } else {
        if (dict == NULL) {
            GlErr_NoAttribute(obj, name);
            goto done;
        }
        Gl_INCREF(dict);
        res = GlDict_DelItem(dict, name);
        Gl_DECREF(dict);
        if (res < 0 && GlErr_ExceptionMatches(GlExc_KeyError)) {
            GlErr_Clear();
            GlErr_NoAttribute(obj, name);
        }
    }
done:
    Gl_XDECREF(descr);
    return res;
}

GlObject *
GlObject_GetAttr(GlObject *o, GlObject *name)
{
    GlTypeObject *tp = Gl_TYPE(o);
    if (!GlStr_Check(name)) {
        return GlErr_Format(GlExc_TypeError, "attribute name must be string, not '%.200s'",
                            Gl_TYPE(name)->tp_name);
    }
    if (tp->tp_getattro != NULL) {
        return tp->tp_getattro(o, name);
    }
    return GlErr_NoAttribute(o, name);
}

GlObject *
GlObject_GetAttrString(GlObject *o, const char *name)
{
    GlObject *s = GlStr_InternFromString(name);
    if (s == NULL) {
        return NULL;
    }
    GlObject *res = GlObject_GetAttr(o, s);
    Gl_DECREF(s);
    return res;
}

int
GlObject_LookupAttr(GlObject *o, GlObject *name, GlObject **result)
{
    GlTypeObject *tp = Gl_TYPE(o);
    if (!GlStr_Check(name)) {
        *result = NULL;
        GlErr_Format(GlExc_TypeError, "attribute name must be string, not '%.200s'",
                     Gl_TYPE(name)->tp_name);
        return -1;
    }
    if (tp->tp_getattro == GlObject_GenericGetAttr) {
        *result = GlObject_GenericGetAttrWithDict(o, name, NULL, 1);
        if (*result != NULL) {
            return 1;
        }
        return GlErr_Occurred() ? -1 : 0;
    }
    if (tp->tp_getattro == NULL) {
        *result = NULL;
        return 0;
    }
    *result = tp->tp_getattro(o, name);
    if (*result != NULL) {
        return 1;
    }
    if (!GlErr_ExceptionMatches(GlExc_AttributeError)) {
        return -1;
    }
    GlErr_Clear();
    return 0;
}

int
GlObject_HasAttr(GlObject *o, GlObject *name)
{
    GlObject *res;
    int r = GlObject_LookupAttr(o, name, &res);
    if (r < 0) {
        GlErr_Clear();
        return 0;
    }
    Gl_XDECREF(res);
    return r;
}

int
GlObject_SetAttr(GlObject *o, GlObject *name, GlObject *value)
{
    GlTypeObject *tp = Gl_TYPE(o);
    if (!GlStr_Check(name)) {
        GlErr_Format(GlExc_TypeError, "attribute name must be string, not '%.200s'",
                     Gl_TYPE(name)->tp_name);
        return -1;
    }
    if (tp->tp_setattro != NULL) {
        Gl_INCREF(name);
        GlStr_InternInPlace(&name);
        int r = tp->tp_setattro(o, name, value);
        Gl_DECREF(name);
        return r;
    }
    int has_get = tp->tp_getattro != NULL;
    if (value == NULL) {
        GlErr_Format(GlExc_TypeError, "'%.100s' object has %s attributes (del .%U)",
                     tp->tp_name, has_get ? "only read-only" : "no", name);
    } else {
        GlErr_Format(GlExc_TypeError, "'%.100s' object has %s attributes (assign to .%U)",
                     tp->tp_name, has_get ? "only read-only" : "no", name);
    }
    return -1;
}

int
GlObject_SetAttrString(GlObject *o, const char *name, GlObject *value)
{
    GlObject *s = GlStr_InternFromString(name);
    if (s == NULL) {
        return -1;
    }
    int r = GlObject_SetAttr(o, s, value);
    Gl_DECREF(s);
    return r;
}

int
GlObject_DelAttr(GlObject *o, GlObject *name)
{
    return GlObject_SetAttr(o, name, NULL);
}

int
GlObject_GetMethod(GlObject *obj, GlObject *name, GlObject **method)
{
    GlTypeObject *tp = Gl_TYPE(obj);
    *method = NULL;
    if (tp->tp_getattro != GlObject_GenericGetAttr || !GlStr_Check(name)) {
        *method = GlObject_GetAttr(obj, name);
        return *method == NULL ? -1 : 0;
    }
    if (tp->tp_dict == NULL && GlType_Ready(tp) < 0) {
        return -1;
    }
    GlObject *descr = GlType_Lookup(tp, name);
    descrgetfunc f = NULL;
    int meth_found = 0;
    if (descr != NULL) {
        Gl_INCREF(descr);
        if (GlType_HasFeature(Gl_TYPE(descr), GL_TPFLAGS_METHOD_DESCRIPTOR)) {
            meth_found = 1;
        } else {
            f = Gl_TYPE(descr)->tp_descr_get;
            if (f != NULL && Gl_TYPE(descr)->tp_descr_set != NULL) {
                *method = f(descr, obj, (GlObject *)tp);
                Gl_DECREF(descr);
                return *method == NULL ? -1 : 0;
            }
        }
    }
    GlObject **dictptr = GlObject_GetDictSlot(obj);
    if (dictptr != NULL && *dictptr != NULL && GlInstValues_Tagged(*dictptr)) {
        Gl_ssize_t hint = -1;
        GlObject *attr = GlInstValues_Get(tp, *dictptr, name, &hint);
        if (attr != NULL) {
            *method = Gl_NewRef(attr);
            Gl_XDECREF(descr);
            return 0;
        }
    } else if (dictptr != NULL && *dictptr != NULL) {
        GlObject *dict = *dictptr;
        Gl_INCREF(dict);
        GlObject *attr = GlDict_GetItemWithError(dict, name);
        if (attr != NULL) {
            *method = Gl_NewRef(attr);
            Gl_DECREF(dict);
            Gl_XDECREF(descr);
            return 0;
        }
        Gl_DECREF(dict);
        if (GlErr_Occurred()) {
            Gl_XDECREF(descr);
            return -1;
        }
    }
    if (meth_found) {
        *method = descr;
        return 1;
    }
    if (f != NULL) {
        *method = f(descr, obj, (GlObject *)tp);
        Gl_DECREF(descr);
        return *method == NULL ? -1 : 0;
    }
    if (descr != NULL) {
        *method = descr;
        return 0;
    }
    GlErr_NoAttribute(obj, name);
    return -1;
}

/* ------------------------------------------------------------ dir/format */

GlObject *
GlObject_Dir(GlObject *o)
{
    int found;
    GlObject *res = GlType_CallDunder(o, GL_ID(__dir__), NULL, 0, &found);
    if (res == NULL) {
        if (!found && !GlErr_Occurred()) {
            GlErr_SetString(GlExc_TypeError, "object does not provide __dir__");
        }
        return NULL;
    }
    GlObject *list = GlSequence_List(res);
    Gl_DECREF(res);
    if (list == NULL) {
        return NULL;
    }
    if (GlList_Sort(list, NULL, 0) < 0) {
        Gl_DECREF(list);
        return NULL;
    }
    return list;
}

GlObject *
GlObject_Format(GlObject *o, GlObject *spec)
{
    GlObject *empty = NULL;
    if (spec != NULL && !GlStr_Check(spec)) {
        return GlErr_Format(GlExc_SystemError, "Format specifier must be a string, not %.200s",
                            Gl_TYPE(spec)->tp_name);
    }
    if (spec == NULL || GlStr_GET_LENGTH(spec) == 0) {
        if (GlStr_CheckExact(o)) {
            return Gl_NewRef(o);
        }
        if (GlInt_CheckExact(o)) {
            return GlObject_Str(o);
        }
    }
    if (spec == NULL) {
        empty = GlStr_FromStringAndSize("", 0);
        if (empty == NULL) {
            return NULL;
        }
        spec = empty;
    }
    int found;
    GlObject *res = GlType_CallDunder(o, GL_ID(__format__), &spec, 1, &found);
    Gl_XDECREF(empty);
    if (res == NULL) {
        if (!found && !GlErr_Occurred()) {
            GlErr_Format(GlExc_TypeError, "Type %.100s doesn't define __format__",
                         Gl_TYPE(o)->tp_name);
        }
        return NULL;
    }
    if (!GlStr_Check(res)) {
        GlErr_Format(GlExc_TypeError, "__format__ must return a str, not %.200s",
                     Gl_TYPE(res)->tp_name);
        Gl_DECREF(res);
        return NULL;
    }
    return res;
}

/* ----------------------------------------------- isinstance/issubclass */

/* cls.__bases__ if it is a tuple (new ref), else NULL (no exception unless a real
 * error occurred). */
static GlObject *
abstract_get_bases(GlObject *cls)
{
    GlObject *bases;
    if (GlObject_LookupAttr(cls, GL_ID(__bases__), &bases) <= 0) {
        return NULL;
    }
    if (!GlTuple_Check(bases)) {
        Gl_DECREF(bases);
        return NULL;
    }
    return bases;
}

static int
abstract_issubclass(GlObject *derived, GlObject *cls)
{
    GlObject *held = NULL;   // keeps the __bases__ tuple `derived` came from alive
    int r = 0;
    for (;;) {
        if (derived == cls) {
            r = 1;
            break;
        }
        GlObject *bases = abstract_get_bases(derived);
        if (bases == NULL) {
            r = GlErr_Occurred() ? -1 : 0;
            break;
        }
        Gl_ssize_t n = GlTuple_GET_SIZE(bases);
        if (n == 1) {
            derived = GlTuple_GET_ITEM(bases, 0);
            Gl_XSETREF(held, bases);
            continue;
        }
        for (Gl_ssize_t i = 0; i < n && r == 0; i++) {
            r = abstract_issubclass(GlTuple_GET_ITEM(bases, i), cls);
        }
        Gl_DECREF(bases);
        break;
    }
    Gl_XDECREF(held);
    return r;
}

static int
check_class(GlObject *cls, const char *error)
{
    GlObject *bases = abstract_get_bases(cls);
    if (bases == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_SetString(GlExc_TypeError, error);
        }
        return 0;
    }
    Gl_DECREF(bases);
    return 1;
}

static int
object_isinstance(GlObject *inst, GlObject *cls)
{
    GlObject *icls;
    int retval;
    if (GlType_Check(cls)) {
        retval = GlObject_TypeCheck(inst, (GlTypeObject *)cls);
        if (retval == 0) {
            retval = GlObject_LookupAttr(inst, GL_ID(__class__), &icls);
            if (icls != NULL) {
                if (icls != (GlObject *)Gl_TYPE(inst) && GlType_Check(icls)) {
                    retval = GlType_IsSubtype((GlTypeObject *)icls, (GlTypeObject *)cls);
                } else {
                    retval = 0;
                }
                Gl_DECREF(icls);
            }
        }
    } else {
        if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) {
            return -1;
        }
        retval = GlObject_LookupAttr(inst, GL_ID(__class__), &icls);
        if (icls != NULL) {
            retval = abstract_issubclass(icls, cls);
            Gl_DECREF(icls);
        }
    }
    return retval;
}

int
GlObject_IsInstance(GlObject *inst, GlObject *cls)
{
    if ((GlObject *)Gl_TYPE(inst) == cls) {
        return 1;
    }
    if (GlType_CheckExact(cls)) {
        return object_isinstance(inst, cls);
    }
    if (GlTuple_Check(cls)) {
        if (Gl_EnterRecursiveCall(" in __instancecheck__")) {
            return -1;
        }
        int r = 0;
        for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(cls) && r == 0; i++) {
            r = GlObject_IsInstance(inst, GlTuple_GET_ITEM(cls, i));
        }
        Gl_LeaveRecursiveCall();
        return r;
    }
    int found;
    if (Gl_EnterRecursiveCall(" in __instancecheck__")) {
        return -1;
    }
    GlObject *res = GlType_CallDunder(cls, GL_ID(__instancecheck__), &inst, 1, &found);
    Gl_LeaveRecursiveCall();
    if (res != NULL) {
        int r = GlObject_IsTrue(res);
        Gl_DECREF(res);
        return r;
    }
    if (found || GlErr_Occurred()) {
        return -1;
    }
    return object_isinstance(inst, cls);
}

static int
object_issubclass(GlObject *derived, GlObject *cls)
{
    if (GlType_Check(cls) && GlType_Check(derived)) {
        return GlType_IsSubtype((GlTypeObject *)derived, (GlTypeObject *)cls);
    }
    if (!check_class(derived, "issubclass() arg 1 must be a class")) {
        return -1;
    }
    if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) {
        return -1;
    }
    return abstract_issubclass(derived, cls);
}

int
GlObject_IsSubclass(GlObject *derived, GlObject *cls)
{
    if (GlType_CheckExact(cls)) {
        if (derived == cls) {
            return 1;
        }
        return object_issubclass(derived, cls);
    }
    if (GlTuple_Check(cls)) {
        if (Gl_EnterRecursiveCall(" in __subclasscheck__")) {
            return -1;
        }
        int r = 0;
        for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(cls) && r == 0; i++) {
            r = GlObject_IsSubclass(derived, GlTuple_GET_ITEM(cls, i));
        }
        Gl_LeaveRecursiveCall();
        return r;
    }
    int found;
    if (Gl_EnterRecursiveCall(" in __subclasscheck__")) {
        return -1;
    }
    GlObject *res = GlType_CallDunder(cls, GL_ID(__subclasscheck__), &derived, 1, &found);
    Gl_LeaveRecursiveCall();
    if (res != NULL) {
        int r = GlObject_IsTrue(res);
        Gl_DECREF(res);
        return r;
    }
    if (found || GlErr_Occurred()) {
        return -1;
    }
    return object_issubclass(derived, cls);
}

/* Used by type.__instancecheck__ / __subclasscheck__ (type.c). */
int GlObject_RealIsInstance(GlObject *inst, GlObject *cls);
int GlObject_RealIsSubclass(GlObject *derived, GlObject *cls);

int
GlObject_RealIsInstance(GlObject *inst, GlObject *cls)
{
    return object_isinstance(inst, cls);
}

int
GlObject_RealIsSubclass(GlObject *derived, GlObject *cls)
{
    return object_issubclass(derived, cls);
}

GlObject *
GlObject_Type(GlObject *o)
{
    return Gl_NewRef(Gl_TYPE(o));
}

int
GlCallable_Check(GlObject *o)
{
    return o != NULL && Gl_TYPE(o)->tp_call != NULL;
}

/* ------------------------------------------------------ len / subscript */

Gl_ssize_t
GlObject_Size(GlObject *o)
{
    GlTypeObject *tp = Gl_TYPE(o);
    if (tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_length != NULL) {
        return tp->tp_as_sequence->sq_length(o);
    }
    if (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_length != NULL) {
        return tp->tp_as_mapping->mp_length(o);
    }
    GlErr_Format(GlExc_TypeError, "object of type '%.200s' has no len()", tp->tp_name);
    return -1;
}

Gl_ssize_t
GlObject_LengthHint(GlObject *o, Gl_ssize_t dflt)
{
    GlTypeObject *tp = Gl_TYPE(o);
    if ((tp->tp_as_sequence != NULL && tp->tp_as_sequence->sq_length != NULL) ||
        (tp->tp_as_mapping != NULL && tp->tp_as_mapping->mp_length != NULL)) {
        Gl_ssize_t n = GlObject_Size(o);
        if (n >= 0) {
            return n;
        }
        if (!GlErr_ExceptionMatches(GlExc_TypeError)) {
            return -1;
        }
        GlErr_Clear();
    }
    int found;
    GlObject *res = GlType_CallDunder(o, GL_ID(__length_hint__), NULL, 0, &found);
    if (res == NULL) {
        if (!found && !GlErr_Occurred()) {
            return dflt;
        }
        if (GlErr_ExceptionMatches(GlExc_TypeError)) {
            GlErr_Clear();
            return dflt;
        }
        return -1;
    }
    if (res == Gl_NotImplemented) {
        Gl_DECREF(res);
        return dflt;
    }
    if (!GlInt_Check(res)) {
        GlErr_Format(GlExc_TypeError, "__length_hint__ must be an integer, not %.100s",
                     Gl_TYPE(res)->tp_name);
        Gl_DECREF(res);
        return -1;
    }
    Gl_ssize_t n = GlInt_AsSsize_t(res);
    Gl_DECREF(res);
    if (n == -1 && GlErr_Occurred()) {
        return -1;
    }
    if (n < 0) {
        GlErr_SetString(GlExc_ValueError, "__length_hint__() should return >= 0");
        return -1;
    }
    return n;
}

static Gl_ssize_t
seq_index_of(GlObject *o, GlObject *key, GlSequenceMethods *sq)
{
    Gl_ssize_t i = GlNumber_AsSsize_t(key, GlExc_IndexError);
    if (i == -1 && GlErr_Occurred()) {
        return -1;
    }
    if (i < 0 && sq->sq_length != NULL) {
        Gl_ssize_t n = sq->sq_length(o);
        if (n < 0) {
            return -2;
        }
        i += n;
    }
    return i;
}

GlObject *
GlObject_GetItem(GlObject *o, GlObject *key)
{
    GlTypeObject *tp = Gl_TYPE(o);
    GlMappingMethods *mp = tp->tp_as_mapping;
    if (mp != NULL && mp->mp_subscript != NULL) {
        return mp->mp_subscript(o, key);
    }
    GlSequenceMethods *sq = tp->tp_as_sequence;
    if (sq != NULL && sq->sq_item != NULL) {
        if (GlIndex_Check(key)) {
            Gl_ssize_t i = seq_index_of(o, key, sq);
            if (i < 0 && GlErr_Occurred()) {
                return NULL;
            }
            return sq->sq_item(o, i);
        }
        return GlErr_Format(GlExc_TypeError, "sequence index must be integer, not '%.200s'",
                            Gl_TYPE(key)->tp_name);
    }
    if (GlType_Check(o)) {
        if (o == (GlObject *)&GlType_Type) {
            return GlGenericAlias_New(o, key);   // type[int], as CPython special-cases it
        }
        GlObject *meth;
        int r = GlObject_LookupAttr(o, GL_ID(__class_getitem__), &meth);
        if (r < 0) {
            return NULL;
        }
        if (r > 0) {
            GlObject *res = GlObject_CallOneArg(meth, key);
            Gl_DECREF(meth);
            return res;
        }
        return GlErr_Format(GlExc_TypeError, "type '%.200s' is not subscriptable",
                            ((GlTypeObject *)o)->tp_name);
    }
    return GlErr_Format(GlExc_TypeError, "'%.200s' object is not subscriptable", tp->tp_name);
}

static int
set_or_del_item(GlObject *o, GlObject *key, GlObject *value)
{
    GlTypeObject *tp = Gl_TYPE(o);
    GlMappingMethods *mp = tp->tp_as_mapping;
    if (mp != NULL && mp->mp_ass_subscript != NULL) {
        return mp->mp_ass_subscript(o, key, value);
    }
    GlSequenceMethods *sq = tp->tp_as_sequence;
    if (sq != NULL && sq->sq_ass_item != NULL) {
        if (GlIndex_Check(key)) {
            Gl_ssize_t i = seq_index_of(o, key, sq);
            if (i < 0 && GlErr_Occurred()) {
                return -1;
            }
            return sq->sq_ass_item(o, i, value);
        }
        if (sq->sq_item != NULL || mp == NULL || mp->mp_subscript == NULL) {
            GlErr_Format(GlExc_TypeError, "sequence index must be integer, not '%.200s'",
                         Gl_TYPE(key)->tp_name);
            return -1;
        }
    }
    if (value != NULL) {
        GlErr_Format(GlExc_TypeError, "'%.200s' object does not support item assignment",
                     tp->tp_name);
    } else {
        /* CPython: PySequence_DelItem's wording for an index key, PyObject_DelItem's else */
        GlErr_Format(GlExc_TypeError, sq != NULL && GlIndex_Check(key)
                     ? "'%.200s' object doesn't support item deletion"
                     : "'%.200s' object does not support item deletion", tp->tp_name);
    }
    return -1;
}

int
GlObject_SetItem(GlObject *o, GlObject *key, GlObject *value)
{
    return set_or_del_item(o, key, value);
}

int
GlObject_DelItem(GlObject *o, GlObject *key)
{
    return set_or_del_item(o, key, NULL);
}

/* ============================================================ object type */

static int
excess_args(GlObject *args, GlObject *kwds)
{
    return (args != NULL && GlTuple_GET_SIZE(args) > 0) ||
           (kwds != NULL && GlDict_Check(kwds) && GlDict_GET_SIZE(kwds) > 0);
}

int
GlBaseObject_Init(GlObject *self, GlObject *args, GlObject *kwds)
{
    GlTypeObject *type = Gl_TYPE(self);
    if (excess_args(args, kwds)) {
        if (type->tp_init != GlBaseObject_Init) {
            GlErr_SetString(GlExc_TypeError, "object.__init__() takes exactly one argument "
                                             "(the instance to initialize)");
            return -1;
        }
        if (type->tp_new == GlBaseObject_New) {
            GlErr_Format(GlExc_TypeError, "%.200s.__init__() takes exactly one argument "
                                          "(the instance to initialize)", type->tp_name);
            return -1;
        }
    }
    return 0;
}

static GlObject *
abstract_instantiation_error(GlTypeObject *type)
{
    GlObject *abstract = NULL, *sorted = NULL, *joined = NULL, *comma = NULL;
    abstract = GlObject_GetAttr((GlObject *)type, GL_ID(__abstractmethods__));
    if (abstract == NULL) {
        return NULL;
    }
    sorted = GlSequence_List(abstract);
    if (sorted == NULL || GlList_Sort(sorted, NULL, 0) < 0) {
        goto error;
    }
    comma = GlStr_FromString(", ");
    if (comma == NULL) {
        goto error;
    }
    joined = GlStr_Join(comma, sorted);
    if (joined == NULL) {
        goto error;
    }
    GlErr_Format(GlExc_TypeError,
                 "Can't instantiate abstract class %s with abstract method%s %U",
                 type->tp_name, GlList_GET_SIZE(sorted) > 1 ? "s" : "", joined);
error:
    Gl_XDECREF(abstract);
    Gl_XDECREF(sorted);
    Gl_XDECREF(comma);
    Gl_XDECREF(joined);
    return NULL;
}

GlObject *
GlBaseObject_New(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (excess_args(args, kwds)) {
        if (type->tp_new != GlBaseObject_New) {
            return GlErr_SetString(GlExc_TypeError, "object.__new__() takes exactly one "
                                                    "argument (the type to instantiate)");
        }
        if (type->tp_init == GlBaseObject_Init) {
            return GlErr_Format(GlExc_TypeError, "%.200s() takes no arguments", type->tp_name);
        }
    }
    if (type->tp_flags & GL_TPFLAGS_IS_ABSTRACT) {
        return abstract_instantiation_error(type);
    }
    return type->tp_alloc(type, 0);
}

static void
object_dealloc(GlObject *self)
{
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
object_repr(GlObject *self)
{
    GlTypeObject *type = Gl_TYPE(self);
    GlObject *mod = NULL, *name = GlType_GetQualName(type), *res;
    if (name == NULL) {
        return NULL;
    }
    if (type->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        mod = GlDict_GetItemWithError(type->tp_dict, GL_ID(__module__));
        if (mod == NULL && GlErr_Occurred()) {
            Gl_DECREF(name);
            return NULL;
        }
        if (mod != NULL && !GlStr_Check(mod)) {
            mod = NULL;
        }
    }
    if (mod != NULL && !GlStr_EqualToASCII(mod, "builtins")) {
        res = GlStr_FromFormat("<%U.%U object at %p>", mod, name, (void *)self);
    } else {
        res = GlStr_FromFormat("<%s object at %p>", type->tp_name, (void *)self);
    }
    Gl_DECREF(name);
    return res;
}

static GlObject *
object_str(GlObject *self)
{
    unaryfunc f = Gl_TYPE(self)->tp_repr;
    if (f == NULL) {
        f = object_repr;
    }
    return f(self);
}

static Gl_hash_t
object_hash(GlObject *self)
{
    return GlObject_HashPointer(self);
}

static GlObject *
object_richcompare(GlObject *self, GlObject *other, int op)
{
    switch (op) {
    case Gl_EQ:
        if (self == other) {
            Gl_RETURN_TRUE;
        }
        Gl_RETURN_NOTIMPLEMENTED;
    case Gl_NE: {
        richcmpfunc f = Gl_TYPE(self)->tp_richcompare;
        if (f == NULL) {
            Gl_RETURN_NOTIMPLEMENTED;
        }
        GlObject *res = f(self, other, Gl_EQ);
        if (res != NULL && res != Gl_NotImplemented) {
            int ok = GlObject_IsTrue(res);
            Gl_DECREF(res);
            if (ok < 0) {
                return NULL;
            }
            return GlBool_FromLong(!ok);
        }
        return res;
    }
    default:
        Gl_RETURN_NOTIMPLEMENTED;
    }
}

static GlObject *
object_get_class(GlObject *self, void *closure)
{
    return Gl_NewRef(Gl_TYPE(self));
}

static int
same_slots_added(GlTypeObject *a, GlTypeObject *b)
{
    GlTypeObject *base = a->tp_base;
    if (base != b->tp_base) {
        return 0;
    }
    GlObject *sa = ((GlHeapTypeObject *)a)->ht_slots, *sb = ((GlHeapTypeObject *)b)->ht_slots;
    if (sa == NULL && sb == NULL) {
        return 1;
    }
    if (sa == NULL || sb == NULL) {
        Gl_ssize_t n = sa != NULL ? GlTuple_GET_SIZE(sa) : GlTuple_GET_SIZE(sb);
        return n == 0;
    }
    int r = GlObject_RichCompareBool(sa, sb, Gl_EQ);
    if (r < 0) {
        GlErr_Clear();
        return 0;
    }
    return r;
}

/* 1 when instances of oldto may become instances of newto (same layout), else 0 with
 * TypeError "<attr> assignment: 'B' object layout differs from 'A'". type.c uses it
 * for __bases__ assignment too. */
int GlType_CompatibleForAssignment(GlTypeObject *oldto, GlTypeObject *newto, const char *attr);
int
GlType_CompatibleForAssignment(GlTypeObject *oldto, GlTypeObject *newto, const char *attr)
{
    GlTypeObject *newbase = newto, *oldbase = oldto;
    if (newto->tp_free != oldto->tp_free) {
        GlErr_Format(GlExc_TypeError, "%s assignment: '%s' deallocator differs from '%s'",
                     attr, newto->tp_name, oldto->tp_name);
        return 0;
    }
    while (newbase->tp_base != NULL && (newbase->tp_flags & GL_TPFLAGS_HEAPTYPE) &&
           newbase->tp_basicsize == newbase->tp_base->tp_basicsize) {
        newbase = newbase->tp_base;
    }
    while (oldbase->tp_base != NULL && (oldbase->tp_flags & GL_TPFLAGS_HEAPTYPE) &&
           oldbase->tp_basicsize == oldbase->tp_base->tp_basicsize) {
        oldbase = oldbase->tp_base;
    }
    if (newbase != oldbase && (newbase->tp_base != oldbase->tp_base ||
                               !same_slots_added(newbase, oldbase))) {
        goto differs;
    }
    if (newto->tp_dictoffset != oldto->tp_dictoffset ||
        newto->tp_weaklistoffset != oldto->tp_weaklistoffset ||
        newto->tp_basicsize != oldto->tp_basicsize) {
        goto differs;
    }
    return 1;
differs:
    GlErr_Format(GlExc_TypeError, "%s assignment: '%s' object layout differs from '%s'",
                 attr, newto->tp_name, oldto->tp_name);
    return 0;
}

static int
object_set_class(GlObject *self, GlObject *value, void *closure)
{
    if (value == NULL) {
        GlErr_SetString(GlExc_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (!GlType_Check(value)) {
        GlErr_Format(GlExc_TypeError, "__class__ must be set to a class, not '%s' object",
                     Gl_TYPE(value)->tp_name);
        return -1;
    }
    GlTypeObject *newto = (GlTypeObject *)value, *oldto = Gl_TYPE(self);
    if (!((newto->tp_flags & GL_TPFLAGS_HEAPTYPE) && (oldto->tp_flags & GL_TPFLAGS_HEAPTYPE)) &&
        !(GlType_IsSubtype(newto, &GlModule_Type) && GlType_IsSubtype(oldto, &GlModule_Type))) {
        GlErr_SetString(GlExc_TypeError, "__class__ assignment only supported for mutable "
                                         "types or ModuleType subclasses");
        return -1;
    }
    if (!GlType_CompatibleForAssignment(oldto, newto, "__class__")) {
        return -1;
    }
    /* Inline values are indexed by the old class's keys: make them a dict first. */
    if (GlObject_GetDictSlot(self) != NULL && GlObject_GetDictPtr(self) == NULL) {
        return -1;
    }
    if (newto->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        Gl_INCREF(newto);
    }
    self->ob_type = newto;
    if (oldto->tp_flags & GL_TPFLAGS_HEAPTYPE) {
        Gl_DECREF(oldto);
    }
    return 0;
}

/* merge aclass.__dict__ and those of its bases into dict (object/type __dir__). */
static int
merge_class_dict(GlObject *dict, GlObject *aclass)
{
    GlObject *classdict, *bases;
    int r = GlObject_LookupAttr(aclass, GL_ID(__dict__), &classdict);
    if (r < 0) {
        return -1;
    }
    if (r > 0) {
        int st = GlDict_Update(dict, classdict);
        Gl_DECREF(classdict);
        if (st < 0) {
            return -1;
        }
    }
    r = GlObject_LookupAttr(aclass, GL_ID(__bases__), &bases);
    if (r < 0) {
        return -1;
    }
    if (r > 0) {
        if (GlTuple_Check(bases)) {
            for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(bases); i++) {
                if (merge_class_dict(dict, GlTuple_GET_ITEM(bases, i)) < 0) {
                    Gl_DECREF(bases);
                    return -1;
                }
            }
        }
        Gl_DECREF(bases);
    }
    return 0;
}

int GlType_MergeClassDict(GlObject *dict, GlObject *aclass);
int
GlType_MergeClassDict(GlObject *dict, GlObject *aclass)
{
    return merge_class_dict(dict, aclass);
}

static GlObject *
object___dir__(GlObject *self, GlObject *unused)
{
    GlObject *dict = NULL, *itsclass = NULL, *res = NULL;
    if (GlObject_LookupAttr(self, GL_ID(__dict__), &dict) < 0) {
        return NULL;
    }
    if (dict == NULL || !GlDict_Check(dict)) {
        Gl_XDECREF(dict);
        dict = GlDict_New();
    } else {
        Gl_SETREF(dict, GlDict_Copy(dict));
    }
    if (dict == NULL) {
        return NULL;
    }
    if (GlObject_LookupAttr(self, GL_ID(__class__), &itsclass) < 0) {
        goto done;
    }
    if (itsclass != NULL && merge_class_dict(dict, itsclass) < 0) {
        goto done;
    }
    res = GlDict_Keys(dict);
done:
    Gl_XDECREF(itsclass);
    Gl_DECREF(dict);
    return res;
}

static GlObject *
object___format__(GlObject *self, GlObject *spec)
{
    if (!GlStr_Check(spec)) {
        return GlErr_Format(GlExc_TypeError, "__format__() argument must be str, not %.200s",
                            Gl_TYPE(spec)->tp_name);
    }
    if (GlStr_GET_LENGTH(spec) > 0) {
        return GlErr_Format(GlExc_TypeError, "unsupported format string passed to %.200s.__format__",
                            Gl_TYPE(self)->tp_name);
    }
    return GlObject_Str(self);
}

static GlObject *
object___sizeof__(GlObject *self, GlObject *unused)
{
    GlTypeObject *tp = Gl_TYPE(self);
    Gl_ssize_t size = tp->tp_basicsize;
    if (tp->tp_itemsize != 0) {
        Gl_ssize_t n = Gl_SIZE(self);
        size += (n < 0 ? -n : n) * tp->tp_itemsize;
    }
    if (tp->tp_flags & GL_TPFLAGS_INLINE_DICT) {
        /* CPython 3.11 keeps this dict pointer in the pre-header (counted by
         * sys.getsizeof, not by __sizeof__). */
        size -= (Gl_ssize_t)sizeof(GlObject *);
    }
    return GlInt_FromSsize_t(size);
}

static GlObject *
object___init_subclass__(GlObject *cls, GlObject *const *args, Gl_ssize_t nargs,
                         GlObject *kwnames)
{
    /* CPython's METH_NOARGS checks: keywords first, then positional arguments. */
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        return GlErr_Format(GlExc_TypeError, "%.200s.__init_subclass__() takes no keyword arguments",
                            ((GlTypeObject *)cls)->tp_name);
    }
    if (nargs > 0) {
        return GlErr_Format(GlExc_TypeError,
                            "%.200s.__init_subclass__() takes no arguments (%zd given)",
                            ((GlTypeObject *)cls)->tp_name, nargs);
    }
    Gl_RETURN_NONE;
}

static GlObject *
object___subclasshook__(GlObject *cls, GlObject *const *args, Gl_ssize_t nargs)
{
    Gl_RETURN_NOTIMPLEMENTED;
}

/* copyreg.<name> (new reference), importing copyreg. */
static GlObject *
copyreg_attr(const char *name) GL_NEWREF
{
    GlObject *copyreg = GlImport_ImportModule("copyreg");
    if (copyreg == NULL) {
        return NULL;
    }
    GlObject *r = GlObject_GetAttrString(copyreg, name);
    Gl_DECREF(copyreg);
    return r;
}

static GlObject *object_getstate(GlObject *self, int required) GL_NEWREF;

/* object.__getstate__ proper: None or a copy of the instance dict, then (state, slots)
 * when named slots hold values. With `required` (no __getnewargs__ and not a list or
 * dict), an object with C-level state beyond the dict, weakref and slots pointers
 * cannot be pickled (CPython's object_getstate_default). New reference. */
static GlObject *
object_getstate_default(GlObject *self, int required) GL_NEWREF
{
    GlTypeObject *tp = Gl_TYPE(self);
    if (required && tp->tp_itemsize != 0 && !GlStr_Check(self)) {
        return GlErr_Format(GlExc_TypeError, "cannot pickle '%.200s' object", tp->tp_name);
    }
    GlObject *state = NULL, *slots = NULL, *slotnames = NULL;
    GlObject **dictptr = GlObject_GetDictPtr(self);
    if (dictptr == NULL && GlErr_Occurred()) {
        return NULL;
    }
    if (dictptr != NULL && *dictptr != NULL && GlDict_GET_SIZE(*dictptr) > 0) {
        state = GlDict_Copy(*dictptr);
        if (state == NULL) {
            return NULL;
        }
    } else {
        state = Gl_NewRef(Gl_None);
    }
    GlObject *fn = copyreg_attr("_slotnames");
    slotnames = fn != NULL ? GlObject_CallOneArg(fn, (GlObject *)tp) : NULL;
    Gl_XDECREF(fn);
    if (slotnames == NULL) {
        goto error;
    }
    if (slotnames != Gl_None && !GlList_Check(slotnames)) {
        GlErr_SetString(GlExc_TypeError, "copyreg._slotnames didn't return a list or None");
        goto error;
    }
    Gl_ssize_t nslots = slotnames != Gl_None ? GlList_GET_SIZE(slotnames) : 0;
    if (required) {
        Gl_ssize_t basicsize = GlBaseObject_Type.tp_basicsize;
        if (tp->tp_dictoffset > 0) {
            basicsize += (Gl_ssize_t)sizeof(GlObject *);
        }
        if (tp->tp_weaklistoffset) {
            basicsize += (Gl_ssize_t)sizeof(GlObject *);
        }
        basicsize += nslots * (Gl_ssize_t)sizeof(GlObject *);
        if (tp->tp_basicsize > basicsize && !GlStr_Check(self)) {
            GlErr_Format(GlExc_TypeError, "cannot pickle '%.200s' object", tp->tp_name);
            goto error;
        }
    }
    for (Gl_ssize_t i = 0; i < nslots; i++) {
        GlObject *name = GlList_GET_ITEM(slotnames, i), *value;
        int r = GlObject_LookupAttr(self, name, &value);
        if (r < 0) {
            goto error;
        }
        if (r == 0) {
            continue;
        }
        if (slots == NULL && (slots = GlDict_New()) == NULL) {
            Gl_DECREF(value);
            goto error;
        }
        r = GlDict_SetItem(slots, name, value);
        Gl_DECREF(value);
        if (r < 0) {
            goto error;
        }
        /* The list may have been changed by the attribute lookup. */
        nslots = GlList_GET_SIZE(slotnames);
    }
    Gl_DECREF(slotnames);
    if (slots != NULL) {
        GlObject *t = GlTuple_Pack(2, state, slots);
        Gl_DECREF(state);
        Gl_DECREF(slots);
        return t;
    }
    return state;
error:
    Gl_XDECREF(state);
    Gl_XDECREF(slots);
    Gl_XDECREF(slotnames);
    return NULL;
}

GlObject *
GlObject_GetState(GlObject *obj) GL_NEWREF
{
    return object_getstate(obj, 0);
}

/* object.__getstate__(). New reference. */
static GlObject *
object___getstate__(GlObject *self, GlObject *unused)
{
    return object_getstate_default(self, 0);
}

/* self.__getstate__(), or the default with `required` when it is not overridden. */
static GlObject *
object_getstate(GlObject *self, int required) GL_NEWREF
{
    GlObject *gsname = GlStr_InternFromString("__getstate__");
    if (gsname == NULL) {
        return NULL;
    }
    GlObject *descr = GlType_Lookup(Gl_TYPE(self), gsname);
    GlObject *objdescr = GlType_Lookup(&GlBaseObject_Type, gsname);
    GlObject *state;
    if (descr != NULL && descr == objdescr) {
        GlObject **dictptr = GlObject_GetDictSlot(self);
        int shadowed = 0;
        if (dictptr != NULL && *dictptr != NULL && !GlInstValues_Tagged(*dictptr)) {
            shadowed = GlDict_GetItemWithError(*dictptr, gsname) != NULL;
        } else if (dictptr != NULL && *dictptr != NULL) {
            Gl_ssize_t hint = -1;
            shadowed = GlInstValues_Get(Gl_TYPE(self), *dictptr, gsname, &hint) != NULL;
        }
        if (!shadowed && !GlErr_Occurred()) {
            Gl_DECREF(gsname);
            return object_getstate_default(self, required);
        }
    }
    state = GlErr_Occurred() ? NULL : GlObject_CallMethod(self, gsname, NULL, 0);
    Gl_DECREF(gsname);
    return state;
}

/* self.<name>() when self has that attribute: 1 with *res (new reference), 0 when it
 * is missing, -1 on error. */
static int
call_if_present(GlObject *self, const char *name, GlObject **res)
{
    GlObject *n = GlStr_InternFromString(name), *meth = NULL;
    int r = n != NULL ? GlObject_LookupAttr(self, n, &meth) : -1;
    Gl_XDECREF(n);
    if (r <= 0) {
        return r;
    }
    *res = GlObject_CallNoArgs(meth);
    Gl_DECREF(meth);
    return *res == NULL ? -1 : 1;
}

/* The arguments for cls.__new__ from __getnewargs_ex__ or __getnewargs__: *args NULL
 * when neither exists; *kwargs NULL unless __getnewargs_ex__ (new references). 0 / -1
 * with CPython's messages. */
static int
get_new_arguments(GlObject *self, GlObject **args, GlObject **kwargs)
{
    *args = *kwargs = NULL;
    GlObject *res;
    int r = call_if_present(self, "__getnewargs_ex__", &res);
    if (r < 0) {
        return -1;
    }
    if (r > 0) {
        const char *err = NULL;
        if (!GlTuple_Check(res)) {
            GlErr_Format(GlExc_TypeError, "__getnewargs_ex__ should return a tuple, not '%.200s'",
                         Gl_TYPE(res)->tp_name);
        } else if (GlTuple_GET_SIZE(res) != 2) {
            GlErr_Format(GlExc_ValueError,
                         "__getnewargs_ex__ should return a tuple of length 2, not %zd",
                         GlTuple_GET_SIZE(res));
        } else if (!GlTuple_Check(GlTuple_GET_ITEM(res, 0))) {
            err = "first item of the tuple returned by __getnewargs_ex__ must be a tuple";
        } else if (!GlDict_Check(GlTuple_GET_ITEM(res, 1))) {
            err = "second item of the tuple returned by __getnewargs_ex__ must be a dict";
        } else {
            *args = Gl_NewRef(GlTuple_GET_ITEM(res, 0));
            *kwargs = Gl_NewRef(GlTuple_GET_ITEM(res, 1));
            Gl_DECREF(res);
            return 0;
        }
        if (err != NULL) {
            GlObject *bad = GlTuple_GET_ITEM(res, err[0] == 'f' ? 0 : 1);
            GlErr_Format(GlExc_TypeError, "%s, not '%.200s'", err, Gl_TYPE(bad)->tp_name);
        }
        Gl_DECREF(res);
        return -1;
    }
    r = call_if_present(self, "__getnewargs__", &res);
    if (r <= 0) {
        return r;
    }
    if (!GlTuple_Check(res)) {
        GlErr_Format(GlExc_TypeError, "__getnewargs__ should return a tuple, not '%.200s'",
                     Gl_TYPE(res)->tp_name);
        Gl_DECREF(res);
        return -1;
    }
    *args = res;
    return 0;
}

/* CPython's reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems,
 * dictitems), or copyreg.__newobj_ex__ with keyword arguments. New reference. */
static GlObject *
reduce_newobj(GlObject *self) GL_NEWREF
{
    GlTypeObject *tp = Gl_TYPE(self);
    if (tp->tp_new == NULL) {
        return GlErr_Format(GlExc_TypeError, "cannot pickle '%.200s' object", tp->tp_name);
    }
    GlObject *args, *kwargs;
    if (get_new_arguments(self, &args, &kwargs) < 0) {
        return NULL;
    }
    int hasargs = args != NULL;
    GlObject *newobj = NULL, *newargs = NULL, *state = NULL, *res = NULL;
    GlObject *listitems = NULL, *dictitems = NULL;
    if (kwargs == NULL || GlDict_GET_SIZE(kwargs) == 0) {
        newobj = copyreg_attr("__newobj__");
        Gl_ssize_t n = args != NULL ? GlTuple_GET_SIZE(args) : 0;
        newargs = newobj != NULL ? GlTuple_New(n + 1) : NULL;
        if (newargs != NULL) {
            GlTuple_SET_ITEM(newargs, 0, Gl_NewRef(tp));
            for (Gl_ssize_t i = 0; i < n; i++) {
                GlTuple_SET_ITEM(newargs, i + 1, Gl_NewRef(GlTuple_GET_ITEM(args, i)));
            }
        }
    } else {
        newobj = copyreg_attr("__newobj_ex__");
        newargs = newobj != NULL ? GlTuple_Pack(3, (GlObject *)tp, args, kwargs) : NULL;
    }
    if (newargs == NULL) {
        goto done;
    }
    state = object_getstate(self, !(hasargs || GlList_Check(self) || GlDict_Check(self)));
    if (state == NULL) {
        goto done;
    }
    if (GlList_Check(self)) {
        listitems = GlObject_GetIter(self);
        if (listitems == NULL) {
            goto done;
        }
    }
    if (GlDict_Check(self)) {
        GlObject *items = GlObject_CallMethod(self, GL_ID(items), NULL, 0);
        if (items == NULL) {
            goto done;
        }
        dictitems = GlObject_GetIter(items);
        Gl_DECREF(items);
        if (dictitems == NULL) {
            goto done;
        }
    }
    res = GlTuple_Pack(5, newobj, newargs, state, listitems ? listitems : Gl_None,
                       dictitems ? dictitems : Gl_None);
done:
    Gl_XDECREF(args);
    Gl_XDECREF(kwargs);
    Gl_XDECREF(newobj);
    Gl_XDECREF(newargs);
    Gl_XDECREF(state);
    Gl_XDECREF(listitems);
    Gl_XDECREF(dictitems);
    return res;
}

/* Protocol 2+: reduce_newobj; 0 and 1: copyreg._reduce_ex(self, proto). New ref. */
static GlObject *
common_reduce(GlObject *self, int proto) GL_NEWREF
{
    if (proto >= 2) {
        return reduce_newobj(self);
    }
    GlObject *fn = copyreg_attr("_reduce_ex");
    if (fn == NULL) {
        return NULL;
    }
    GlObject *p = GlInt_FromLong(proto);
    GlObject *res = p != NULL ? GlObject_CallFunctionObjArgs(fn, self, p, NULL) : NULL;
    Gl_XDECREF(p);
    Gl_DECREF(fn);
    return res;
}

/* object.__reduce_ex__(protocol): a __reduce__ overridden by the class wins. */
static GlObject *
object___reduce_ex__(GlObject *self, GlObject *protocol)
{
    long proto = GlInt_AsLong(protocol);
    if (proto == -1 && GlErr_Occurred()) {
        return NULL;
    }
    GlObject *reduce = GlType_Lookup(Gl_TYPE(self), GL_ID(__reduce__));
    GlObject *objreduce = GlType_Lookup(&GlBaseObject_Type, GL_ID(__reduce__));
    if (reduce != NULL && reduce != objreduce) {
        GlObject *meth = GlObject_GetAttr(self, GL_ID(__reduce__));
        if (meth == NULL) {
            return NULL;
        }
        GlObject *res = GlObject_CallNoArgs(meth);
        Gl_DECREF(meth);
        return res;
    }
    return common_reduce(self, (int)proto);
}

/* object.__reduce__(): protocol 0's reduction. */
static GlObject *
object___reduce__(GlObject *self, GlObject *unused)
{
    return common_reduce(self, 0);
}

static GlMethodDef object_methods[] = {
    {"__reduce_ex__", GL_FN(object___reduce_ex__), GL_METH_O, "Helper for pickle."},
    {"__reduce__", GL_FN(object___reduce__), GL_METH_NOARGS, "Helper for pickle."},
    {"__getstate__", GL_FN(object___getstate__), GL_METH_NOARGS, "Helper for pickle."},
    {"__subclasshook__", GL_FN(object___subclasshook__), GL_METH_CLASS | GL_METH_FASTCALL,
     "Abstract classes can override this to customize issubclass()."},
    {"__init_subclass__", GL_FN(object___init_subclass__),
     GL_METH_CLASS | GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "This method is called when a class is subclassed."},
    {"__format__", GL_FN(object___format__), GL_METH_O, "Default object formatter."},
    {"__sizeof__", GL_FN(object___sizeof__), GL_METH_NOARGS,
     "Size of object in memory, in bytes."},
    {"__dir__", GL_FN(object___dir__), GL_METH_NOARGS, "Default dir() implementation."},
    {NULL, NULL, 0, NULL}
};

static GlGetSetDef object_getset[] = {
    {"__class__", object_get_class, object_set_class, "the object's class", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlTypeObject GlBaseObject_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "object",
    .tp_basicsize = sizeof(GlObject),
    .tp_dealloc = object_dealloc,
    .tp_repr = object_repr,
    .tp_hash = object_hash,
    .tp_str = object_str,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE,
    .tp_doc = "The base class of the class hierarchy.\n\n"
              "When called, it accepts no arguments and returns a new featureless\n"
              "instance that has no instance attributes and cannot be given any.\n",
    .tp_richcompare = object_richcompare,
    .tp_methods = object_methods,
    .tp_getset = object_getset,
    .tp_init = GlBaseObject_Init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = GlBaseObject_New,
    .tp_free = GlObject_Free,
};

/* ====================================================== None & friends */

static GlObject *
none_repr(GlObject *self)
{
    return GlStr_FromString("None");
}

static int
none_bool(GlObject *self)
{
    return 0;
}

static void
singleton_dealloc(GlObject *self)
{
    /* The singletons are immortal; reaching 0 is a refcount bug elsewhere. */
    Gl_FatalError("deallocating a singleton (None, NotImplemented or Ellipsis)");
}

static GlObject *
none_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (excess_args(args, kwds)) {
        return GlErr_SetString(GlExc_TypeError, "NoneType takes no arguments");
    }
    Gl_RETURN_NONE;
}

static GlNumberMethods none_as_number = {
    .nb_bool = none_bool,
};

GlTypeObject GlNone_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "NoneType",
    .tp_basicsize = sizeof(GlObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = none_repr,
    .tp_as_number = &none_as_number,
    .tp_hash = object_hash,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_new = none_new,
};

GlObject gl_none_struct = GlObject_HEAD_INIT(&GlNone_Type);

static GlObject *
notimpl_repr(GlObject *self)
{
    return GlStr_FromString("NotImplemented");
}

static GlObject *
notimpl_reduce(GlObject *self, GlObject *unused)
{
    return GlStr_FromString("NotImplemented");
}

static GlObject *
notimpl_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (excess_args(args, kwds)) {
        return GlErr_SetString(GlExc_TypeError, "NotImplementedType takes no arguments");
    }
    Gl_RETURN_NOTIMPLEMENTED;
}

static int
notimpl_bool(GlObject *self)
{
    /* CPython 3.11 emits a DeprecationWarning here; Glass has no warning filter
     * that would show it by default, so it is omitted. */
    return 1;
}

static GlNumberMethods notimpl_as_number = {
    .nb_bool = notimpl_bool,
};

static GlMethodDef notimpl_methods[] = {
    {"__reduce__", GL_FN(notimpl_reduce), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

GlTypeObject GlNotImplemented_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "NotImplementedType",
    .tp_basicsize = sizeof(GlObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = notimpl_repr,
    .tp_as_number = &notimpl_as_number,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_methods = notimpl_methods,
    .tp_new = notimpl_new,
};

GlObject gl_notimplemented_struct = GlObject_HEAD_INIT(&GlNotImplemented_Type);

static GlObject *
ellipsis_repr(GlObject *self)
{
    return GlStr_FromString("Ellipsis");
}

static GlObject *
ellipsis_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (excess_args(args, kwds)) {
        return GlErr_SetString(GlExc_TypeError, "ellipsis takes no arguments");
    }
    return Gl_NewRef(Gl_Ellipsis);
}

static GlMethodDef ellipsis_methods[] = {
    {"__reduce__", GL_FN(ellipsis_repr), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

GlTypeObject GlEllipsis_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "ellipsis",
    .tp_basicsize = sizeof(GlObject),
    .tp_dealloc = singleton_dealloc,
    .tp_repr = ellipsis_repr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_methods = ellipsis_methods,
    .tp_new = ellipsis_new,
};

GlObject gl_ellipsis_struct = GlObject_HEAD_INIT(&GlEllipsis_Type);
