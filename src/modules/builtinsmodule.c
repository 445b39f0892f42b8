/* builtinsmodule.c - the builtins module: the simple built-in functions (print, len,
 * isinstance, min/max, sum, ...), the bindings of the built-in types, constants and
 * exceptions, and GlInit_builtins. The functions that reach into the VM (exec, eval,
 * compile, __build_class__, __import__, dir, vars, locals, globals) live in
 * builtins_more.c.
 *
 * Invariants:
 * - Signatures, keyword names and error messages are CPython 3.11's, word for word.
 * - print(), len() and isinstance() have fast paths for the exact built-in types and
 *   for writing to the io text stream (no method call per item).
 * - `builtins_module` is owned for the whole run once GlInit_builtins succeeded.
 */
#include "modules.h"
#include "../vm/vm.h"

static GlObject *builtins_module;

static const char builtins_doc[] =
    "Built-in functions, exceptions, and other objects.\n\n"
    "Noteworthy: None is the `nil' object; Ellipsis represents `...' in slices.";

/* ---- small helpers ---------------------------------------------------------- */

/* 1 if keyword name k equals the ASCII name (interned pointer first). */
static inline int
kw_is(GlObject *k, GlObject *interned, const char *name)
{
    return k == interned || GlStr_EqualToASCII(k, name);
}

/* TypeError "'x' is an invalid keyword argument for f()". Returns NULL. */
static GlObject *
bad_keyword(GlObject *k, const char *fname)
{
    return GlErr_Format(GlExc_TypeError, "'%U' is an invalid keyword argument for %s()", k,
                        fname);
}

/* Checks that an attribute name is a str (getattr/setattr/...). 0 / -1. */
static int
check_attr_name(GlObject *name)
{
    if (!GlStr_Check(name)) {
        GlErr_Format(GlExc_TypeError, "attribute name must be string, not '%.200s'",
                     GlObject_TypeName(name));
        return -1;
    }
    return 0;
}

/* ---- print --------------------------------------------------------------------- */

static GlObject *
builtin_print(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    GlObject *sep = NULL, *end = NULL, *file = NULL, *flush = NULL;
    if (kwnames != NULL) {
        Gl_ssize_t nk = GlTuple_GET_SIZE(kwnames);
        for (Gl_ssize_t i = 0; i < nk; i++) {
            GlObject *k = GlTuple_GET_ITEM(kwnames, i);
            GlObject *v = args[nargs + i];
            if (kw_is(k, GL_ID(sep), "sep")) {
                sep = v;
            } else if (kw_is(k, GL_ID(end), "end")) {
                end = v;
            } else if (kw_is(k, GL_ID(file), "file")) {
                file = v;
            } else if (kw_is(k, GL_ID(flush), "flush")) {
                flush = v;
            } else {
                return bad_keyword(k, "print");
            }
        }
    }
    if (file == NULL || file == Gl_None) {
        file = GlSys_GetObject("stdout");
        if (file == NULL) {
            return GlErr_SetString(GlExc_RuntimeError, "lost sys.stdout");
        }
        if (file == Gl_None) {
            Gl_RETURN_NONE;
        }
    }
    if (sep == Gl_None) {
        sep = NULL;
    } else if (sep != NULL && !GlStr_Check(sep)) {
        return GlErr_Format(GlExc_TypeError, "sep must be None or a string, not %.200s",
                            GlObject_TypeName(sep));
    }
    if (end == Gl_None) {
        end = NULL;
    } else if (end != NULL && !GlStr_Check(end)) {
        return GlErr_Format(GlExc_TypeError, "end must be None or a string, not %.200s",
                            GlObject_TypeName(end));
    }
    /* Writing can run Python code that rebinds sys.stdout: hold the file. */
    Gl_INCREF(file);
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        if (i > 0) {
            int r = sep == NULL ? GlFile_WriteString(" ", file) : GlFile_WriteObject(sep, file, 1);
            if (r < 0) {
                goto error;
            }
        }
        if (GlFile_WriteObject(args[i], file, 1) < 0) {
            goto error;
        }
    }
    if ((end == NULL ? GlFile_WriteString("\n", file) : GlFile_WriteObject(end, file, 1)) < 0) {
        goto error;
    }
    if (flush != NULL) {
        int t = GlObject_IsTrue(flush);
        if (t < 0 || (t && GlFile_Flush(file) < 0)) {
            goto error;
        }
    }
    Gl_DECREF(file);
    Gl_RETURN_NONE;
error:
    Gl_DECREF(file);
    return NULL;
}

/* ---- one-argument functions ---------------------------------------------------- */

static GlObject *
builtin_len(GlObject *self, GlObject *o)
{
    GlTypeObject *tp = Gl_TYPE(o);
    Gl_ssize_t n;
    if (tp == &GlList_Type || tp == &GlTuple_Type || tp == &GlStr_Type) {
        n = Gl_SIZE(o);
    } else if (tp == &GlDict_Type) {
        n = GlDict_GET_SIZE(o);
    } else {
        n = GlObject_Size(o);
        if (n < 0) {
            return NULL;
        }
    }
    return GlInt_FromSsize_t(n);
}

static GlObject *
builtin_repr(GlObject *self, GlObject *o)
{
    return GlObject_Repr(o);
}

static GlObject *
builtin_ascii(GlObject *self, GlObject *o)
{
    return GlObject_ASCII(o);
}

static GlObject *
builtin_abs(GlObject *self, GlObject *o)
{
    return GlNumber_Absolute(o);
}

static GlObject *
builtin_callable(GlObject *self, GlObject *o)
{
    return GlBool_FromLong(GlCallable_Check(o));
}

static GlObject *
builtin_hash(GlObject *self, GlObject *o)
{
    Gl_hash_t h = GlObject_Hash(o);
    if (h == -1) {
        return NULL;
    }
    return GlInt_FromSsize_t(h);
}

static GlObject *
builtin_id(GlObject *self, GlObject *o)
{
    return GlInt_FromSize_t((size_t)(uintptr_t)o);
}

/* all() / any(): stop at the first item whose truth is `stop_on`. */
static GlObject *
all_any(GlObject *iterable, int stop_on)
{
    GlObject *it = GlObject_GetIter(iterable);
    if (it == NULL) {
        return NULL;
    }
    iternextfunc next = Gl_TYPE(it)->tp_iternext;
    for (;;) {
        GlObject *item = next(it);
        if (item == NULL) {
            break;
        }
        int t = GlObject_IsTrue(item);
        Gl_DECREF(item);
        if (t < 0) {
            Gl_DECREF(it);
            return NULL;
        }
        if (t == stop_on) {
            Gl_DECREF(it);
            return GlBool_FromLong(stop_on);
        }
    }
    Gl_DECREF(it);
    if (GlErr_Occurred()) {
        if (!GlErr_ExceptionMatches(GlExc_StopIteration)) {
            return NULL;
        }
        GlErr_Clear();
    }
    return GlBool_FromLong(!stop_on);
}

static GlObject *
builtin_all(GlObject *self, GlObject *o)
{
    return all_any(o, 0);
}

static GlObject *
builtin_any(GlObject *self, GlObject *o)
{
    return all_any(o, 1);
}

static GlObject *
int_format_base(GlObject *o, int base)
{
    GlObject *i = GlNumber_Index(o);
    if (i == NULL) {
        return NULL;
    }
    GlObject *r = GlInt_Format(i, base, 1);
    Gl_DECREF(i);
    return r;
}

static GlObject *
builtin_bin(GlObject *self, GlObject *o)
{
    return int_format_base(o, 2);
}

static GlObject *
builtin_oct(GlObject *self, GlObject *o)
{
    return int_format_base(o, 8);
}

static GlObject *
builtin_hex(GlObject *self, GlObject *o)
{
    return int_format_base(o, 16);
}

/* Argument clinic's C int converter: TypeError for non-integers, OverflowError
 * "Python int too large to convert to C int". 0 / -1. */
static int
arg_as_c_int(GlObject *o, int *out)
{
    if (GlFloat_Check(o) || !GlIndex_Check(o)) {
        GlErr_Format(GlExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     GlObject_TypeName(o));
        return -1;
    }
    GlObject *i = GlNumber_Index(o);
    if (i == NULL) {
        return -1;
    }
    int overflow = 0;
    int64_t v = GlInt_AsInt64AndOverflow(i, &overflow);
    Gl_DECREF(i);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
        GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

static GlObject *
builtin_chr(GlObject *self, GlObject *o)
{
    int v;
    if (arg_as_c_int(o, &v) < 0) {
        return NULL;
    }
    if (v < 0 || v > 0x10FFFF) {
        return GlErr_SetString(GlExc_ValueError, "chr() arg not in range(0x110000)");
    }
    return GlStr_FromOrdinal((uint32_t)v);
}

static GlObject *
builtin_ord(GlObject *self, GlObject *c)
{
    Gl_ssize_t size;
    if (GlStr_Check(c)) {
        size = GlStr_GET_LENGTH(c);
        if (size == 1) {
            return GlInt_FromLong((long)GlStr_READ_CHAR(c, 0));
        }
    } else if (GlBytes_Check(c)) {
        size = Gl_SIZE(c);
        if (size == 1) {
            return GlInt_FromLong((unsigned char)GlBytes_AS_STRING(c)[0]);
        }
    } else if (GlByteArray_Check(c)) {
        size = Gl_SIZE(c);
        if (size == 1) {
            return GlInt_FromLong((unsigned char)((GlByteArrayObject *)c)->ob_bytes[0]);
        }
    } else {
        return GlErr_Format(GlExc_TypeError,
                            "ord() expected string of length 1, but %.200s found",
                            GlObject_TypeName(c));
    }
    return GlErr_Format(GlExc_TypeError,
                        "ord() expected a character, but string of length %zd found", size);
}

/* ---- attribute functions --------------------------------------------------------- */

static GlObject *
builtin_getattr(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("getattr", nargs, 2, 3) < 0) {
        return NULL;
    }
    GlObject *o = args[0], *name = args[1];
    if (check_attr_name(name) < 0) {
        return NULL;
    }
    if (nargs == 2) {
        return GlObject_GetAttr(o, name);
    }
    GlObject *result;
    int r = GlObject_LookupAttr(o, name, &result);
    if (r < 0) {
        return NULL;
    }
    return r ? result : Gl_NewRef(args[2]);
}

static GlObject *
builtin_hasattr(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("hasattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0) {
        return NULL;
    }
    GlObject *result;
    int r = GlObject_LookupAttr(args[0], args[1], &result);
    if (r < 0) {
        return NULL;
    }
    Gl_XDECREF(result);
    return GlBool_FromLong(r);
}

static GlObject *
builtin_setattr(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("setattr", nargs, 3, 3) < 0 || check_attr_name(args[1]) < 0) {
        return NULL;
    }
    if (GlObject_SetAttr(args[0], args[1], args[2]) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
builtin_delattr(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("delattr", nargs, 2, 2) < 0 || check_attr_name(args[1]) < 0) {
        return NULL;
    }
    if (GlObject_SetAttr(args[0], args[1], NULL) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

/* ---- type tests ---------------------------------------------------------------- */

static GlObject *
builtin_isinstance(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("isinstance", nargs, 2, 2) < 0) {
        return NULL;
    }
    if ((GlObject *)Gl_TYPE(args[0]) == args[1]) {
        Gl_RETURN_TRUE;
    }
    int r = GlObject_IsInstance(args[0], args[1]);
    if (r < 0) {
        return NULL;
    }
    return GlBool_FromLong(r);
}

static GlObject *
builtin_issubclass(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("issubclass", nargs, 2, 2) < 0) {
        return NULL;
    }
    int r = GlObject_IsSubclass(args[0], args[1]);
    if (r < 0) {
        return NULL;
    }
    return GlBool_FromLong(r);
}

/* ---- iteration ------------------------------------------------------------------- */

static GlObject *
builtin_iter(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("iter", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return GlObject_GetIter(args[0]);
    }
    if (!GlCallable_Check(args[0])) {
        return GlErr_SetString(GlExc_TypeError, "iter(v, w): v must be callable");
    }
    return GlCallIter_New(args[0], args[1]);
}

static GlObject *
builtin_next(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("next", nargs, 1, 2) < 0) {
        return NULL;
    }
    GlObject *it = args[0];
    if (!GlIter_Check(it)) {
        return GlErr_Format(GlExc_TypeError, "'%.200s' object is not an iterator",
                            GlObject_TypeName(it));
    }
    GlObject *res = Gl_TYPE(it)->tp_iternext(it);
    if (res != NULL) {
        return res;
    }
    if (nargs > 1) {
        if (GlErr_Occurred()) {
            if (!GlErr_ExceptionMatches(GlExc_StopIteration)) {
                return NULL;
            }
            GlErr_Clear();
        }
        return Gl_NewRef(args[1]);
    }
    if (!GlErr_Occurred()) {
        GlErr_SetNone(GlExc_StopIteration);
    }
    return NULL;
}

static GlObject *
builtin_aiter(GlObject *self, GlObject *o)
{
    return GlAsync_AIter(o);
}

static GlObject *
builtin_anext(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("anext", nargs, 1, 2) < 0) {
        return NULL;
    }
    return GlAsync_ANext(args[0], nargs > 1 ? args[1] : NULL);
}

/* ---- numbers ----------------------------------------------------------------------- */

static GlObject *
builtin_divmod(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("divmod", nargs, 2, 2) < 0) {
        return NULL;
    }
    return GlNumber_Divmod(args[0], args[1]);
}

static GlObject *
builtin_pow(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"base", "exp", "mod", NULL};
    GlObject *a[3] = {NULL, NULL, NULL};
    if (GlArg_ParseVector("pow", args, nargs, kwnames, kwlist, 3, 2, a) < 0) {
        return NULL;
    }
    return GlNumber_Power(a[0], a[1], a[2] != NULL ? a[2] : Gl_None);
}

static GlObject *
builtin_round(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"number", "ndigits", NULL};
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("round", args, nargs, kwnames, kwlist, 2, 1, a) < 0) {
        return NULL;
    }
    GlObject *number = a[0], *ndigits = a[1];
    int found = 0;
    GlObject *res;
    if (ndigits == NULL || ndigits == Gl_None) {
        res = GlObject_CallSpecial(number, GL_ID(__round__), NULL, 0, &found);
    } else {
        res = GlObject_CallSpecial(number, GL_ID(__round__), &ndigits, 1, &found);
    }
    if (res == NULL && !found && !GlErr_Occurred()) {
        return GlErr_Format(GlExc_TypeError, "type %.100s doesn't define __round__ method",
                            Gl_TYPE(number)->tp_name);
    }
    return res;
}

static GlObject *
builtin_format(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("format", nargs, 1, 2) < 0) {
        return NULL;
    }
    GlObject *spec = nargs > 1 ? args[1] : NULL;
    if (spec != NULL && !GlStr_Check(spec)) {
        return GlErr_Format(GlExc_TypeError, "format() argument 2 must be str, not %.200s",
                            GlObject_TypeName(spec));
    }
    if (spec == NULL) {
        spec = GlStr_FromString("");
        if (spec == NULL) {
            return NULL;
        }
        GlObject *r = GlObject_Format(args[0], spec);
        Gl_DECREF(spec);
        return r;
    }
    return GlObject_Format(args[0], spec);
}

/* sum() with CPython's fast paths: machine ints while they do not overflow, then
 * doubles while the items are floats (or ints that fit a C long), then generic +. */
static GlObject *
sum_generic(GlObject *result GL_STEALS, GlObject *it, GlObject *item GL_STEALS)
{
    for (;;) {
        if (item == NULL) {
            item = GlIter_Next(it);
            if (item == NULL) {
                if (GlErr_Occurred()) {
                    Gl_DECREF(result);
                    return NULL;
                }
                return result;
            }
        }
        GlObject *t = GlNumber_Add(result, item);
        Gl_DECREF(result);
        Gl_DECREF(item);
        item = NULL;
        if (t == NULL) {
            return NULL;
        }
        result = t;
    }
}

static GlObject *
sum_float(double f, GlObject *it)
{
    for (;;) {
        GlObject *item = GlIter_Next(it);
        if (item == NULL) {
            return GlErr_Occurred() ? NULL : GlFloat_FromDouble(f);
        }
        if (GlFloat_CheckExact(item)) {
            f += GlFloat_AS_DOUBLE(item);
            Gl_DECREF(item);
            continue;
        }
        if (GlInt_CheckExact(item) && GlInt_IS_SMALL(item)) {
            f += (double)((GlIntObject *)item)->small;
            Gl_DECREF(item);
            continue;
        }
        GlObject *result = GlFloat_FromDouble(f);
        if (result == NULL) {
            Gl_DECREF(item);
            return NULL;
        }
        return sum_generic(result, it, item);
    }
}

static GlObject *
sum_iter(GlObject *result GL_STEALS, GlObject *it)
{
    if (GlInt_CheckExact(result) && GlInt_IS_SMALL(result)) {
        int64_t acc = ((GlIntObject *)result)->small;
        Gl_DECREF(result);
        for (;;) {
            GlObject *item = GlIter_Next(it);
            if (item == NULL) {
                return GlErr_Occurred() ? NULL : GlInt_FromInt64(acc);
            }
            if ((GlInt_CheckExact(item) || GlBool_Check(item)) && GlInt_IS_SMALL(item)) {
                int64_t x;
                if (!__builtin_add_overflow(acc, ((GlIntObject *)item)->small, &x)) {
                    acc = x;
                    Gl_DECREF(item);
                    continue;
                }
            }
            result = GlInt_FromInt64(acc);
            if (result == NULL) {
                Gl_DECREF(item);
                return NULL;
            }
            GlObject *t = GlNumber_Add(result, item);
            Gl_DECREF(result);
            Gl_DECREF(item);
            if (t == NULL) {
                return NULL;
            }
            result = t;
            break;
        }
    }
    if (GlFloat_CheckExact(result)) {
        double f = GlFloat_AS_DOUBLE(result);
        Gl_DECREF(result);
        return sum_float(f, it);
    }
    return sum_generic(result, it, NULL);
}

static GlObject *
builtin_sum(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    if (nargs < 1) {
        return GlErr_Format(GlExc_TypeError,
                            "sum() takes at least 1 positional argument (%zd given)", nargs);
    }
    static const char *const kwlist[] = {"", "start", NULL};
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("sum", args, nargs, kwnames, kwlist, 2, 1, a) < 0) {
        return NULL;
    }
    GlObject *start = a[1];
    if (start != NULL) {
        if (GlStr_Check(start)) {
            return GlErr_SetString(GlExc_TypeError,
                                   "sum() can't sum strings [use ''.join(seq) instead]");
        }
        if (GlBytes_Check(start)) {
            return GlErr_SetString(GlExc_TypeError,
                                   "sum() can't sum bytes [use b''.join(seq) instead]");
        }
        if (GlByteArray_Check(start)) {
            return GlErr_SetString(GlExc_TypeError,
                                   "sum() can't sum bytearray [use b''.join(seq) instead]");
        }
    }
    GlObject *it = GlObject_GetIter(a[0]);
    if (it == NULL) {
        return NULL;
    }
    GlObject *result = start != NULL ? Gl_NewRef(start) : GlInt_FromLong(0);
    GlObject *r = result != NULL ? sum_iter(result, it) : NULL;
    Gl_DECREF(it);
    return r;
}

/* ---- min / max ------------------------------------------------------------------- */

/* Takes the candidate item and its key value (both stolen); keeps the best. */
static int
min_max_step(GlObject *item, GlObject *val, GlObject **bestitem, GlObject **bestval, int op)
{
    if (*bestval == NULL) {
        *bestitem = item;
        *bestval = val;
        return 0;
    }
    int cmp = GlObject_RichCompareBool(val, *bestval, op);
    if (cmp < 0) {
        Gl_DECREF(item);
        Gl_DECREF(val);
        return -1;
    }
    if (cmp > 0) {
        Gl_SETREF(*bestitem, item);
        Gl_SETREF(*bestval, val);
    } else {
        Gl_DECREF(item);
        Gl_DECREF(val);
    }
    return 0;
}

static GlObject *
min_max(GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames, int op)
{
    const char *name = op == Gl_LT ? "min" : "max";
    GlObject *key = NULL, *dflt = NULL;
    if (kwnames != NULL) {
        for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(kwnames); i++) {
            GlObject *k = GlTuple_GET_ITEM(kwnames, i);
            if (kw_is(k, GL_ID(key), "key")) {
                key = args[nargs + i];
            } else if (kw_is(k, GL_ID(default), "default")) {
                dflt = args[nargs + i];
            } else {
                return bad_keyword(k, name);
            }
        }
    }
    if (nargs == 0) {
        return GlErr_Format(GlExc_TypeError, "%s expected at least 1 argument, got 0", name);
    }
    int positional = nargs > 1;
    if (positional && dflt != NULL) {
        return GlErr_Format(GlExc_TypeError,
                            "Cannot specify a default for %s() with multiple positional "
                            "arguments", name);
    }
    if (key == Gl_None) {
        key = NULL;
    }
    GlObject *it = NULL;
    if (!positional) {
        it = GlObject_GetIter(args[0]);
        if (it == NULL) {
            return NULL;
        }
    }
    GlObject *bestitem = NULL, *bestval = NULL;
    for (Gl_ssize_t i = 0;; i++) {
        GlObject *item;
        if (positional) {
            if (i >= nargs) {
                break;
            }
            item = Gl_NewRef(args[i]);
        } else {
            item = GlIter_Next(it);
            if (item == NULL) {
                if (GlErr_Occurred()) {
                    goto error;
                }
                break;
            }
        }
        GlObject *val;
        if (key != NULL) {
            val = GlObject_CallOneArg(key, item);
            if (val == NULL) {
                Gl_DECREF(item);
                goto error;
            }
        } else {
            val = Gl_NewRef(item);
        }
        if (min_max_step(item, val, &bestitem, &bestval, op) < 0) {
            goto error;
        }
    }
    Gl_XDECREF(it);
    Gl_XDECREF(bestval);
    if (bestitem == NULL) {
        if (dflt != NULL) {
            return Gl_NewRef(dflt);
        }
        return GlErr_Format(GlExc_ValueError, "%s() arg is an empty sequence", name);
    }
    return bestitem;
error:
    Gl_XDECREF(it);
    Gl_XDECREF(bestitem);
    Gl_XDECREF(bestval);
    return NULL;
}

static GlObject *
builtin_min(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return min_max(args, nargs, kwnames, Gl_LT);
}

static GlObject *
builtin_max(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return min_max(args, nargs, kwnames, Gl_GT);
}

/* ---- sorted / input ---------------------------------------------------------------- */

static GlObject *
builtin_sorted(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    if (nargs != 1) {
        return GlErr_Format(GlExc_TypeError, "sorted expected 1 argument, got %zd", nargs);
    }
    // like CPython: the list first, then list.sort's own argument checks
    GlObject *list = GlSequence_List(args[0]);
    if (list == NULL) {
        return NULL;
    }
    GlObject *key = NULL;
    int reverse = 0;
    for (Gl_ssize_t i = 0; kwnames != NULL && i < GlTuple_GET_SIZE(kwnames); i++) {
        GlObject *k = GlTuple_GET_ITEM(kwnames, i);
        GlObject *v = args[nargs + i];
        if (kw_is(k, GL_ID(key), "key")) {
            key = v == Gl_None ? NULL : v;
        } else if (kw_is(k, GL_ID(reverse), "reverse")) {
            reverse = GlList_SortReverseArg(v);
            if (reverse < 0) {
                Gl_DECREF(list);
                return NULL;
            }
        } else {
            Gl_DECREF(list);
            return bad_keyword(k, "sort");
        }
    }
    if (GlList_Sort(list, key, reverse) < 0) {
        Gl_DECREF(list);
        return NULL;
    }
    return list;
}

static GlObject *
builtin_input(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("input", nargs, 0, 1) < 0) {
        return NULL;
    }
    GlObject *fin = GlSys_GetObject("stdin");
    GlObject *fout = GlSys_GetObject("stdout");
    GlObject *ferr = GlSys_GetObject("stderr");
    if (fin == NULL || fin == Gl_None) {
        return GlErr_SetString(GlExc_RuntimeError, "input(): lost sys.stdin");
    }
    if (fout == NULL || fout == Gl_None) {
        return GlErr_SetString(GlExc_RuntimeError, "input(): lost sys.stdout");
    }
    if (ferr != NULL && ferr != Gl_None && GlFile_Flush(ferr) < 0) {
        GlErr_Clear();
    }
    Gl_INCREF(fin);
    Gl_INCREF(fout);
    GlObject *line = NULL;
    if (nargs == 1 && GlFile_WriteObject(args[0], fout, 1) < 0) {
        goto done;
    }
    if (GlFile_Flush(fout) < 0) {
        GlErr_Clear();
    }
    line = GlObject_CallMethodObjArgs(fin, GL_ID(readline), NULL);
    if (line == NULL) {
        goto done;
    }
    if (!GlStr_Check(line)) {
        Gl_CLEAR(line);
        GlErr_SetString(GlExc_TypeError, "object.readline() returned non-string");
        goto done;
    }
    Gl_ssize_t n = GlStr_GET_LENGTH(line);
    if (n == 0) {
        Gl_CLEAR(line);
        GlErr_SetString(GlExc_EOFError, "EOF when reading a line");
        goto done;
    }
    if (GlStr_READ_CHAR(line, n - 1) == '\n') {
        Gl_SETREF(line, GlStr_Substring(line, 0, n - 1));
    }
done:
    Gl_DECREF(fin);
    Gl_DECREF(fout);
    return line;
}

/* exit()/quit(): what site.py's Quitter does when called. */
#define FASTKW (GL_METH_FASTCALL | GL_METH_KEYWORDS)

static GlMethodDef builtin_methods[] = {
    {"__build_class__", GL_FN(GlBuiltin_BuildClass), FASTKW,
     "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class"},
    {"__import__", GL_FN(GlBuiltin_Import), FASTKW,
     "Import a module."},
    {"abs", GL_FN(builtin_abs), GL_METH_O, "Return the absolute value of the argument."},
    {"all", GL_FN(builtin_all), GL_METH_O,
     "Return True if bool(x) is True for all values x in the iterable."},
    {"any", GL_FN(builtin_any), GL_METH_O,
     "Return True if bool(x) is True for any x in the iterable."},
    {"ascii", GL_FN(builtin_ascii), GL_METH_O, "Return an ASCII-only representation of an object."},
    {"bin", GL_FN(builtin_bin), GL_METH_O, "Return the binary representation of an integer."},
    {"callable", GL_FN(builtin_callable), GL_METH_O, "Return whether the object is callable."},
    {"chr", GL_FN(builtin_chr), GL_METH_O,
     "Return a Unicode string of one character with ordinal i."},
    {"compile", GL_FN(GlBuiltin_Compile), FASTKW, "Compile source into a code object."},
    {"delattr", GL_FN(builtin_delattr), GL_METH_FASTCALL,
     "Deletes the named attribute from the given object."},
    {"dir", GL_FN(GlBuiltin_Dir), GL_METH_FASTCALL,
     "Return an alphabetized list of names in the current scope or of the object's attributes."},
    {"divmod", GL_FN(builtin_divmod), GL_METH_FASTCALL, "Return the tuple (x//y, x%y)."},
    {"eval", GL_FN(GlBuiltin_Eval), FASTKW,
     "Evaluate the given source in the context of globals and locals."},
    {"exec", GL_FN(GlBuiltin_Exec), FASTKW,
     "Execute the given source in the context of globals and locals."},
    {"format", GL_FN(builtin_format), GL_METH_FASTCALL, "Return value.__format__(format_spec)"},
    {"getattr", GL_FN(builtin_getattr), GL_METH_FASTCALL, "Get a named attribute from an object."},
    {"globals", GL_FN(GlBuiltin_Globals), GL_METH_NOARGS,
     "Return the dictionary containing the current scope's global variables."},
    {"hasattr", GL_FN(builtin_hasattr), GL_METH_FASTCALL,
     "Return whether the object has an attribute with the given name."},
    {"hash", GL_FN(builtin_hash), GL_METH_O, "Return the hash value for the given object."},
    {"hex", GL_FN(builtin_hex), GL_METH_O, "Return the hexadecimal representation of an integer."},
    {"id", GL_FN(builtin_id), GL_METH_O, "Return the identity of an object."},
    {"input", GL_FN(builtin_input), GL_METH_FASTCALL, "Read a string from standard input."},
    {"isinstance", GL_FN(builtin_isinstance), GL_METH_FASTCALL,
     "Return whether an object is an instance of a class or of a subclass thereof."},
    {"issubclass", GL_FN(builtin_issubclass), GL_METH_FASTCALL,
     "Return whether 'cls' is derived from another class or is the same class."},
    {"iter", GL_FN(builtin_iter), GL_METH_FASTCALL, "Get an iterator from an object."},
    {"aiter", GL_FN(builtin_aiter), GL_METH_O, "Return an AsyncIterator for an AsyncIterable object."},
    {"anext", GL_FN(builtin_anext), GL_METH_FASTCALL,
     "Return the next item from the async iterator."},
    {"len", GL_FN(builtin_len), GL_METH_O, "Return the number of items in a container."},
    {"locals", GL_FN(GlBuiltin_Locals), GL_METH_NOARGS,
     "Return a dictionary containing the current scope's local variables."},
    {"max", GL_FN(builtin_max), FASTKW,
     "With a single iterable argument, return its biggest item."},
    {"min", GL_FN(builtin_min), FASTKW,
     "With a single iterable argument, return its smallest item."},
    {"next", GL_FN(builtin_next), GL_METH_FASTCALL, "Return the next item from the iterator."},
    {"oct", GL_FN(builtin_oct), GL_METH_O, "Return the octal representation of an integer."},
    {"ord", GL_FN(builtin_ord), GL_METH_O,
     "Return the Unicode code point for a one-character string."},
    {"pow", GL_FN(builtin_pow), FASTKW,
     "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"},
    {"print", GL_FN(builtin_print), FASTKW,
     "Prints the values to a stream, or to sys.stdout by default."},
    {"repr", GL_FN(builtin_repr), GL_METH_O,
     "Return the canonical string representation of the object."},
    {"round", GL_FN(builtin_round), FASTKW,
     "Round a number to a given precision in decimal digits."},
    {"setattr", GL_FN(builtin_setattr), GL_METH_FASTCALL,
     "Sets the named attribute on the given object to the specified value."},
    {"sorted", GL_FN(builtin_sorted), FASTKW,
     "Return a new list containing all items from the iterable in ascending order."},
    {"sum", GL_FN(builtin_sum), FASTKW,
     "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"},
    {"vars", GL_FN(GlBuiltin_Vars), GL_METH_FASTCALL,
     "Return the __dict__ of the object, or locals() without an argument."},
    {NULL, NULL, 0, NULL},
};

GlObject *
GlBuiltins_GetModule(void)
{
    return builtins_module;
}

static int
add_types(GlObject *m)
{
    static const struct { const char *name; GlTypeObject *type; } types[] = {
        {"object", &GlBaseObject_Type}, {"type", &GlType_Type}, {"int", &GlInt_Type},
        {"bool", &GlBool_Type}, {"float", &GlFloat_Type}, {"complex", &GlComplex_Type},
        {"str", &GlStr_Type}, {"bytes", &GlBytes_Type}, {"bytearray", &GlByteArray_Type},
        {"memoryview", &GlMemoryView_Type},
        {"tuple", &GlTuple_Type}, {"list", &GlList_Type}, {"dict", &GlDict_Type},
        {"set", &GlSet_Type}, {"frozenset", &GlFrozenSet_Type}, {"range", &GlRange_Type},
        {"slice", &GlSlice_Type}, {"enumerate", &GlEnum_Type}, {"zip", &GlZip_Type},
        {"map", &GlMap_Type}, {"filter", &GlFilter_Type}, {"reversed", &GlReversed_Type},
        {"property", &GlProperty_Type}, {"staticmethod", &GlStaticMethod_Type},
        {"classmethod", &GlClassMethod_Type}, {"super", &GlSuper_Type},
    };
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (GlModule_AddObject(m, types[i].name, (GlObject *)types[i].type) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
add_exceptions(GlObject *m)
{
#define GL_ADD_EXC(name) \
    if (GlModule_AddObject(m, #name, GlExc_##name) < 0) { \
        return -1; \
    }
    GL_EXC_LIST(GL_ADD_EXC)
#undef GL_ADD_EXC
    if (GlModule_AddObject(m, "BaseExceptionGroup", GlExc_BaseExceptionGroup) < 0 ||
        GlModule_AddObject(m, "ExceptionGroup", GlExc_ExceptionGroup) < 0 ||
        GlModule_AddObject(m, "EnvironmentError", GlExc_OSError) < 0 ||
        GlModule_AddObject(m, "IOError", GlExc_OSError) < 0) {
        return -1;
    }
    return 0;
}

/* Binds the module docstring; 0 or -1. */
static int
add_doc(GlObject *m)
{
    GlObject *doc = GlStr_FromString(builtins_doc);
    int r = doc == NULL ? -1 : GlModule_AddObject(m, "__doc__", doc);
    Gl_XDECREF(doc);
    return r;
}

/* The original builtins.__import__ (owned, for the lifetime of the process). */
GlObject *gl_builtin_import;

GlObject *
GlInit_builtins(void)
{
    if (builtins_module != NULL) {
        return Gl_NewRef(builtins_module);
    }
    GlObject *m = GlModule_NewFromString("builtins");
    if (m == NULL) {
        return NULL;
    }
    if (GlModule_AddFunctions(m, builtin_methods) < 0 || add_types(m) < 0 ||
        add_exceptions(m) < 0 || add_doc(m) < 0 || GlSiteBuiltins_Add(m) < 0) {
        goto error;
    }
    GlObject *open = GlCFunction_New(&gl_io_open_def, NULL, NULL);
    if (open == NULL) {
        goto error;
    }
    int r = GlModule_AddObject(m, "open", open);
    Gl_DECREF(open);
    if (r < 0 || GlModule_AddObject(m, "None", Gl_None) < 0 ||
        GlModule_AddObject(m, "Ellipsis", Gl_Ellipsis) < 0 ||
        GlModule_AddObject(m, "NotImplemented", Gl_NotImplemented) < 0 ||
        GlModule_AddObject(m, "True", Gl_True) < 0 ||
        GlModule_AddObject(m, "False", Gl_False) < 0 ||
        GlModule_AddObject(m, "__debug__", Gl_True) < 0) {
        goto error;
    }
    gl_builtin_import = GlDict_GetItemString(GlModule_GetDict(m), "__import__");
    Gl_XINCREF(gl_builtin_import);
    builtins_module = Gl_NewRef(m);
    return m;
error:
    Gl_DECREF(m);
    return NULL;
}
