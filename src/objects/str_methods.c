/* str_methods.c - the methods of str: search, split/join, strip, replace, case
 * conversion (full Unicode mappings with Greek final sigma), padding, predicates,
 * translate/maketrans, and the method table used by GlStr_Type.
 *
 * Invariants: every method returns a new exact str (or another new object) and
 * never mutates self; results equal to self are returned as self only when self is
 * an exact str (CPython's unicode_result_unchanged). Messages are CPython 3.11's.
 */
#include "str_internal.h"

/* ---- Unicode helpers ----------------------------------------------------------- */

int
GlUnicode_ToCase(uint32_t ch, int which, uint32_t *out)
{
    const GlUnicodeRecord *r = GlUnicode_Record(ch);
    if (!(r->flags & GL_UC_EXTENDED)) {
        int32_t d = which == 0 ? r->lower : which == 1 ? r->upper : which == 2 ? r->title
                                                                          : r->lower;
        out[0] = (uint32_t)((int32_t)ch + d);
        return 1;
    }
    int32_t off = which == 0 ? r->lower : which == 1 ? r->upper : which == 2 ? r->title : r->fold;
    int n = (int)gl_unicode_ext[off];
    for (int i = 0; i < n; i++) {
        out[i] = gl_unicode_ext[off + 1 + i];
    }
    return n;
}

int GlUnicode_IsSpace(uint32_t ch) { return GlUnicode_Has(ch, GL_UC_SPACE); }
int GlUnicode_IsAlpha(uint32_t ch) { return GlUnicode_Has(ch, GL_UC_ALPHA); }
int GlUnicode_IsPrintable(uint32_t ch) { return GlUnicode_Has(ch, GL_UC_PRINTABLE); }
int GlUnicode_IsXidStart(uint32_t ch) { return GlUnicode_Has(ch, GL_UC_XID_START); }
int GlUnicode_IsXidContinue(uint32_t ch) { return GlUnicode_Has(ch, GL_UC_XID_CONTINUE); }
int GlUnicode_ToDecimal(uint32_t ch) { return GlUnicode_Record(ch)->decimal; }
int GlUnicode_ToDigit(uint32_t ch) { return GlUnicode_Record(ch)->digit; }

static inline int
is_space(uint32_t c)
{
    if (c < 128) {
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    }
    return GlUnicode_Has(c, GL_UC_SPACE);
}

/* ---- argument helpers ----------------------------------------------------------- */

void
GlSlice_AdjustBounds(Gl_ssize_t *start, Gl_ssize_t *end, Gl_ssize_t len)
{
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) {
            *end = 0;
        }
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) {
            *start = 0;
        }
    }
}

static int
slice_index(GlObject *o, Gl_ssize_t *out)
{
    if (o == Gl_None) {
        return 0;
    }
    if (!GlIndex_Check(o)) {
        GlErr_SetString(GlExc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    Gl_ssize_t v = GlNumber_AsSsize_t(o, NULL);
    if (v == -1 && GlErr_Occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

int
GlStr_ParseStartEnd(GlObject *const *args, Gl_ssize_t nargs, Gl_ssize_t first,
                    Gl_ssize_t *start, Gl_ssize_t *end)
{
    *start = 0;
    *end = GL_SSIZE_T_MAX;
    if (nargs > first && slice_index(args[first], start) < 0) {
        return -1;
    }
    if (nargs > first + 1 && slice_index(args[first + 1], end) < 0) {
        return -1;
    }
    return 0;
}

const char *
GlStr_ArgAsCString(GlObject *o, const char *fname, const char *argname)
{
    if (!GlStr_Check(o)) {
        GlErr_Format(GlExc_TypeError, "%s() argument '%s' must be str, not %s", fname, argname,
                     GlObject_TypeName(o));
        return NULL;
    }
    return GlStr_AsUTF8(o);
}

static int
need_str(GlObject *o, const char *fname, int pos)
{
    if (GlStr_Check(o)) {
        return 0;
    }
    if (pos == 0) {
        // Argument Clinic leaves the number out when the method takes one argument
        GlErr_Format(GlExc_TypeError, "%s() argument must be str, not %s", fname,
                     GlObject_TypeName(o));
        return -1;
    }
    GlErr_Format(GlExc_TypeError, "%s() argument %d must be str, not %s", fname, pos,
                 GlObject_TypeName(o));
    return -1;
}

static GlObject *
unchanged(GlObject *self) GL_NEWREF
{
    if (GlStr_CheckExact(self)) {
        return Gl_NewRef(self);
    }
    return GlStr_FromKindAndData(GlStr_KIND(self), GlStr_DATA(self), Gl_SIZE(self));
}

/* ---- join and split ------------------------------------------------------------- */

GlObject *
GlStr_Join(GlObject *sep, GlObject *iterable) GL_NEWREF
{
    GlObject *seq = GlSequence_Fast(iterable, "can only join an iterable");
    if (seq == NULL) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(seq);
    GlObject **items = GlList_Check(seq) ? ((GlListObject *)seq)->ob_item : GlTuple_ITEMS(seq);
    GlObject *r = NULL;
    if (n == 1 && GlStr_CheckExact(items[0])) {
        r = Gl_NewRef(items[0]);
        Gl_DECREF(seq);
        return r;
    }
    Gl_ssize_t seplen = Gl_SIZE(sep), total = 0;
    uint32_t maxc = n > 1 ? GlStr_MaxChar(sep, 0, seplen) : 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *it = items[i];
        if (!GlStr_Check(it)) {
            GlErr_Format(GlExc_TypeError, "sequence item %zd: expected str instance, %s found",
                         i, GlObject_TypeName(it));
            goto done;
        }
        Gl_ssize_t l = Gl_SIZE(it);
        if (l > GL_SSIZE_T_MAX / 2 - total - seplen) {
            GlErr_SetString(GlExc_OverflowError, "join() result is too long for a Python string");
            goto done;
        }
        total += l + (i > 0 ? seplen : 0);
        uint32_t m = GlStr_MaxChar(it, 0, l);
        maxc = m > maxc ? m : maxc;
    }
    r = GlStr_New(total, maxc);
    if (r == NULL || total == 0) {
        goto done;
    }
    int k = GlStr_KIND(r);
    void *d = GlStr_DATA(r);
    Gl_ssize_t pos = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (i > 0 && seplen > 0) {
            GlStr_CopyChars(d, k, pos, GlStr_DATA(sep), GlStr_KIND(sep), 0, seplen);
            pos += seplen;
        }
        Gl_ssize_t l = Gl_SIZE(items[i]);
        GlStr_CopyChars(d, k, pos, GlStr_DATA(items[i]), GlStr_KIND(items[i]), 0, l);
        pos += l;
    }
done:
    Gl_DECREF(seq);
    return r;
}

static int
append_sub(GlObject *list, GlObject *s, Gl_ssize_t a, Gl_ssize_t b)
{
    GlObject *t = GlStr_Substring(s, a, b);
    if (t == NULL) {
        return -1;
    }
    int rc = GlList_Append(list, t);
    Gl_DECREF(t);
    return rc;
}

static GlObject *
split_whitespace(GlObject *s, Gl_ssize_t maxsplit, int reverse) GL_NEWREF
{
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(s);
    int k = GlStr_KIND(s);
    const void *d = GlStr_DATA(s);
    if (!reverse) {
        Gl_ssize_t i = 0;
        while (1) {
            while (i < n && is_space(GlStr_READ(k, d, i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (maxsplit == 0) {
                // the rest, with trailing whitespace kept (CPython)
                if (i == 0 && GlStr_CheckExact(s)) {
                    if (GlList_Append(list, s) < 0) {
                        goto error;
                    }
                } else if (append_sub(list, s, i, n) < 0) {
                    goto error;
                }
                break;
            }
            Gl_ssize_t j = i;
            while (j < n && !is_space(GlStr_READ(k, d, j))) {
                j++;
            }
            if (i == 0 && j == n && GlStr_CheckExact(s)) {
                if (GlList_Append(list, s) < 0) {
                    goto error;
                }
            } else if (append_sub(list, s, i, j) < 0) {
                goto error;
            }
            maxsplit--;
            i = j;
        }
        return list;
    }
    Gl_ssize_t i = n - 1;
    while (1) {
        while (i >= 0 && is_space(GlStr_READ(k, d, i))) {
            i--;
        }
        if (i < 0) {
            break;
        }
        if (maxsplit == 0) {
            if (append_sub(list, s, 0, i + 1) < 0) {
                goto error;
            }
            break;
        }
        Gl_ssize_t j = i;
        while (j >= 0 && !is_space(GlStr_READ(k, d, j))) {
            j--;
        }
        if (append_sub(list, s, j + 1, i + 1) < 0) {
            goto error;
        }
        maxsplit--;
        i = j;
    }
    if (GlList_Reverse(list) < 0) {
        goto error;
    }
    return list;
error:
    Gl_DECREF(list);
    return NULL;
}

static GlObject *
split_sep(GlObject *s, GlObject *sep, Gl_ssize_t maxsplit, int reverse) GL_NEWREF
{
    Gl_ssize_t n = Gl_SIZE(s), m = Gl_SIZE(sep);
    if (m == 0) {
        return GlErr_SetString(GlExc_ValueError, "empty separator");
    }
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return NULL;
    }
    if (!reverse) {
        Gl_ssize_t i = 0;
        while (maxsplit != 0) {
            Gl_ssize_t j = GlStr_FindSub(s, sep, i, n, 1);
            if (j < 0) {
                break;
            }
            if (append_sub(list, s, i, j) < 0) {
                goto error;
            }
            i = j + m;
            maxsplit--;
        }
        if (i == 0 && GlStr_CheckExact(s)) {
            if (GlList_Append(list, s) < 0) {
                goto error;
            }
        } else if (append_sub(list, s, i, n) < 0) {
            goto error;
        }
        return list;
    }
    Gl_ssize_t j = n;
    while (maxsplit != 0) {
        Gl_ssize_t i = GlStr_FindSub(s, sep, 0, j, -1);
        if (i < 0) {
            break;
        }
        if (append_sub(list, s, i + m, j) < 0) {
            goto error;
        }
        j = i;
        maxsplit--;
    }
    if (append_sub(list, s, 0, j) < 0 || GlList_Reverse(list) < 0) {
        goto error;
    }
    return list;
error:
    Gl_DECREF(list);
    return NULL;
}

GlObject *
GlStr_Split(GlObject *s, GlObject *sep, Gl_ssize_t maxsplit) GL_NEWREF
{
    if (maxsplit < 0) {
        maxsplit = GL_SSIZE_T_MAX;
    }
    if (sep == NULL || sep == Gl_None) {
        return split_whitespace(s, maxsplit, 0);
    }
    return split_sep(s, sep, maxsplit, 0);
}

static const char *const split_kw[] = {"sep", "maxsplit", NULL};

static GlObject *
do_split(const char *name, GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
         GlObject *kwnames, int reverse)
{
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector(name, args, nargs, kwnames, split_kw, 2, 0, a) < 0) {
        return NULL;
    }
    Gl_ssize_t maxsplit = -1;
    if (a[1] != NULL) {
        if (!GlIndex_Check(a[1])) {
            return GlErr_Format(GlExc_TypeError,
                                "'%s' object cannot be interpreted as an integer",
                                GlObject_TypeName(a[1]));
        }
        maxsplit = GlNumber_AsSsize_t(a[1], GlExc_OverflowError);
        if (maxsplit == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    if (maxsplit < 0) {
        maxsplit = GL_SSIZE_T_MAX;
    }
    if (a[0] == NULL || a[0] == Gl_None) {
        return split_whitespace(self, maxsplit, reverse);
    }
    if (!GlStr_Check(a[0])) {
        return GlErr_Format(GlExc_TypeError, "must be str or None, not %s",
                            GlObject_TypeName(a[0]));
    }
    return split_sep(self, a[0], maxsplit, reverse);
}

static GlObject *
str_split(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return do_split("split", self, args, nargs, kwnames, 0);
}

static GlObject *
str_rsplit(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return do_split("rsplit", self, args, nargs, kwnames, 1);
}

static const char *const splitlines_kw[] = {"keepends", NULL};

static GlObject *
str_splitlines(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("splitlines", args, nargs, kwnames, splitlines_kw, 1, 0, a) < 0) {
        return NULL;
    }
    int keep = 0;
    if (a[0] != NULL && (keep = GlObject_IsTrue(a[0])) < 0) {
        return NULL;
    }
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(self), i = 0;
    int k = GlStr_KIND(self);
    const void *d = GlStr_DATA(self);
    while (i < n) {
        Gl_ssize_t j = i;
        while (j < n && !GlUnicode_IsLinebreak(GlStr_READ(k, d, j))) {
            j++;
        }
        Gl_ssize_t eol = j;
        if (j < n) {
            if (GlStr_READ(k, d, j) == '\r' && j + 1 < n && GlStr_READ(k, d, j + 1) == '\n') {
                j += 2;
            } else {
                j++;
            }
            if (keep) {
                eol = j;
            }
        }
        if (append_sub(list, self, i, eol) < 0) {
            Gl_DECREF(list);
            return NULL;
        }
        i = j;
    }
    return list;
}

static GlObject *
str_join(GlObject *self, GlObject *iterable)
{
    return GlStr_Join(self, iterable);
}

/* ---- strip -------------------------------------------------------------------- */

static GlObject *
do_strip(const char *name, GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
         int left, int right)
{
    if (GlArg_CheckPositional(name, nargs, 0, 1) < 0) {
        return NULL;
    }
    GlObject *chars = nargs > 0 ? args[0] : Gl_None;
    if (chars != Gl_None && !GlStr_Check(chars)) {
        return GlErr_Format(GlExc_TypeError, "%s arg must be None or str", name);
    }
    Gl_ssize_t n = Gl_SIZE(self), i = 0, j = n;
    int k = GlStr_KIND(self);
    const void *d = GlStr_DATA(self);
    if (chars == Gl_None) {
        if (left) {
            while (i < j && is_space(GlStr_READ(k, d, i))) {
                i++;
            }
        }
        if (right) {
            while (j > i && is_space(GlStr_READ(k, d, j - 1))) {
                j--;
            }
        }
    } else {
        Gl_ssize_t cn = Gl_SIZE(chars);
        int ck = GlStr_KIND(chars);
        const void *cd = GlStr_DATA(chars);
#define IN_CHARS(c, res)                                   \
        do {                                               \
            res = 0;                                       \
            for (Gl_ssize_t q = 0; q < cn; q++) {          \
                if (GlStr_READ(ck, cd, q) == (c)) {        \
                    res = 1;                               \
                    break;                                 \
                }                                          \
            }                                              \
        } while (0)
        int in;
        if (left) {
            while (i < j) {
                IN_CHARS(GlStr_READ(k, d, i), in);
                if (!in) {
                    break;
                }
                i++;
            }
        }
        if (right) {
            while (j > i) {
                IN_CHARS(GlStr_READ(k, d, j - 1), in);
                if (!in) {
                    break;
                }
                j--;
            }
        }
#undef IN_CHARS
    }
    if (i == 0 && j == n) {
        return unchanged(self);
    }
    return GlStr_Substring(self, i, j);
}

static GlObject *
str_strip(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return do_strip("strip", self, args, nargs, 1, 1);
}

static GlObject *
str_lstrip(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return do_strip("lstrip", self, args, nargs, 1, 0);
}

static GlObject *
str_rstrip(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return do_strip("rstrip", self, args, nargs, 0, 1);
}

/* ---- search --------------------------------------------------------------------- */

int
GlStr_CheckFindsArity(const char *name, Gl_ssize_t nargs)
{
    if (nargs < 1) {
        GlErr_Format(GlExc_TypeError, "%s() takes at least 1 argument (%zd given)", name, nargs);
        return -1;
    }
    if (nargs > 3) {
        GlErr_Format(GlExc_TypeError, "%s() takes at most 3 arguments (%zd given)", name, nargs);
        return -1;
    }
    return 0;
}

static int
parse_sub_args(const char *name, GlObject *const *args, Gl_ssize_t nargs, GlObject *self,
               Gl_ssize_t *start, Gl_ssize_t *end)
{
    if (GlStr_CheckFindsArity(name, nargs) < 0) {
        return -1;
    }
    if (!GlStr_Check(args[0])) {
        GlErr_Format(GlExc_TypeError, "must be str, not %s", GlObject_TypeName(args[0]));
        return -1;
    }
    if (GlStr_ParseStartEnd(args, nargs, 1, start, end) < 0) {
        return -1;
    }
    GlSlice_AdjustBounds(start, end, Gl_SIZE(self));
    return 0;
}

static GlObject *
do_find(const char *name, GlObject *self, GlObject *const *args, Gl_ssize_t nargs, int dir,
        int raise)
{
    Gl_ssize_t start, end;
    if (parse_sub_args(name, args, nargs, self, &start, &end) < 0) {
        return NULL;
    }
    Gl_ssize_t r = GlStr_FindSub(self, args[0], start, end, dir);
    if (r < 0 && raise) {
        return GlErr_SetString(GlExc_ValueError, "substring not found");
    }
    return GlInt_FromSsize_t(r);
}

static GlObject *
str_find(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return do_find("find", self, args, nargs, 1, 0);
}

static GlObject *
str_rfind(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return do_find("rfind", self, args, nargs, -1, 0);
}

static GlObject *
str_index(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return do_find("index", self, args, nargs, 1, 1);
}

static GlObject *
str_rindex(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return do_find("rindex", self, args, nargs, -1, 1);
}

static Gl_ssize_t
count_sub(GlObject *s, GlObject *sub, Gl_ssize_t start, Gl_ssize_t end, Gl_ssize_t max)
{
    Gl_ssize_t m = Gl_SIZE(sub), c = 0;
    if (end - start < m) {
        return 0;
    }
    if (m == 0) {
        Gl_ssize_t r = end - start + 1;
        return r < max ? r : max;
    }
    while (c < max) {
        Gl_ssize_t j = GlStr_FindSub(s, sub, start, end, 1);
        if (j < 0) {
            break;
        }
        c++;
        start = j + m;
    }
    return c;
}

static GlObject *
str_count(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    Gl_ssize_t start, end;
    if (parse_sub_args("count", args, nargs, self, &start, &end) < 0) {
        return NULL;
    }
    if (start > Gl_SIZE(self)) {
        return GlInt_FromSsize_t(0);
    }
    return GlInt_FromSsize_t(count_sub(self, args[0], start, end, GL_SSIZE_T_MAX));
}

static int
match_at(GlObject *self, GlObject *sub, Gl_ssize_t start, Gl_ssize_t end, int suffix)
{
    Gl_ssize_t m = Gl_SIZE(sub);
    if (start > Gl_SIZE(self)) {
        return 0;
    }
    if (end - start < m) {
        return 0;
    }
    Gl_ssize_t at = suffix ? end - m : start;
    int k = GlStr_KIND(self), sk = GlStr_KIND(sub);
    const void *d = GlStr_DATA(self), *sd = GlStr_DATA(sub);
    if (k == sk) {
        return memcmp((const char *)d + at * k, sd, (size_t)m * k) == 0;
    }
    for (Gl_ssize_t i = 0; i < m; i++) {
        if (GlStr_READ(k, d, at + i) != GlStr_READ(sk, sd, i)) {
            return 0;
        }
    }
    return 1;
}

static GlObject *
do_startswith(const char *name, GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
              int suffix)
{
    if (GlStr_CheckFindsArity(name, nargs) < 0) {
        return NULL;
    }
    Gl_ssize_t start, end;
    if (GlStr_ParseStartEnd(args, nargs, 1, &start, &end) < 0) {
        return NULL;
    }
    GlSlice_AdjustBounds(&start, &end, Gl_SIZE(self));
    GlObject *x = args[0];
    if (GlTuple_Check(x)) {
        for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(x); i++) {
            GlObject *it = GlTuple_GET_ITEM(x, i);
            if (!GlStr_Check(it)) {
                return GlErr_Format(GlExc_TypeError,
                                    "tuple for %s must only contain str, not %s", name,
                                    GlObject_TypeName(it));
            }
            if (match_at(self, it, start, end, suffix)) {
                Gl_RETURN_TRUE;
            }
        }
        Gl_RETURN_FALSE;
    }
    if (!GlStr_Check(x)) {
        return GlErr_Format(GlExc_TypeError,
                            "%s first arg must be str or a tuple of str, not %s", name,
                            GlObject_TypeName(x));
    }
    return GlBool_FromLong(match_at(self, x, start, end, suffix));
}

static GlObject *
str_startswith(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return do_startswith("startswith", self, args, nargs, 0);
}

static GlObject *
str_endswith(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return do_startswith("endswith", self, args, nargs, 1);
}

static GlObject *
do_partition(GlObject *self, GlObject *sep, int reverse)
{
    if (!GlStr_Check(sep)) {
        return GlErr_Format(GlExc_TypeError, "must be str, not %s", GlObject_TypeName(sep));
    }
    if (Gl_SIZE(sep) == 0) {
        return GlErr_SetString(GlExc_ValueError, "empty separator");
    }
    Gl_ssize_t n = Gl_SIZE(self);
    Gl_ssize_t i = GlStr_FindSub(self, sep, 0, n, reverse ? -1 : 1);
    GlObject *a, *b, *c;
    // CPython's stringlib partition hands back self and sep themselves, subclasses included
    if (i < 0) {
        GlObject *whole = Gl_NewRef(self);
        GlObject *empty = GlStr_New(0, 0);
        if (whole == NULL || empty == NULL) {
            Gl_XDECREF(whole);
            Gl_XDECREF(empty);
            return NULL;
        }
        a = reverse ? Gl_NewRef(empty) : whole;
        b = Gl_NewRef(empty);
        c = reverse ? whole : Gl_NewRef(empty);
        Gl_DECREF(empty);
    } else {
        a = GlStr_Substring(self, 0, i);
        b = Gl_NewRef(sep);
        c = GlStr_Substring(self, i + Gl_SIZE(sep), n);
        if (a == NULL || b == NULL || c == NULL) {
            Gl_XDECREF(a);
            Gl_XDECREF(b);
            Gl_XDECREF(c);
            return NULL;
        }
    }
    GlObject *items[3] = {a, b, c};
    return GlTuple_FromArraySteal(items, 3);
}

static GlObject *
str_partition(GlObject *self, GlObject *sep)
{
    return do_partition(self, sep, 0);
}

static GlObject *
str_rpartition(GlObject *self, GlObject *sep)
{
    return do_partition(self, sep, 1);
}

/* ---- replace ------------------------------------------------------------------- */

static GlObject *
str_replace(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("replace", nargs, 2, 3) < 0) {
        return NULL;
    }
    GlObject *old = args[0], *new = args[1];
    if (need_str(old, "replace", 1) < 0 || need_str(new, "replace", 2) < 0) {
        return NULL;
    }
    Gl_ssize_t maxcount = -1;
    if (nargs > 2) {
        if (!GlIndex_Check(args[2])) {
            return GlErr_Format(GlExc_TypeError,
                                "'%s' object cannot be interpreted as an integer",
                                GlObject_TypeName(args[2]));
        }
        maxcount = GlNumber_AsSsize_t(args[2], GlExc_OverflowError);
        if (maxcount == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    if (maxcount < 0) {
        maxcount = GL_SSIZE_T_MAX;
    }
    Gl_ssize_t n = Gl_SIZE(self), on = Gl_SIZE(old);
    Gl_ssize_t cnt = count_sub(self, old, 0, n, maxcount);
    if (cnt == 0) {
        return unchanged(self);
    }
    GlStrBuf b;
    GlStrBuf_Init(&b);
    uint32_t m = GlStr_MaxChar(self, 0, n), mn = GlStr_MaxChar(new, 0, Gl_SIZE(new));
    if (GlStrBuf_Reserve(&b, n + cnt * (Gl_SIZE(new) - on), m > mn ? m : mn) < 0) {
        return NULL;
    }
    Gl_ssize_t i = 0;
    if (on == 0) {
        for (Gl_ssize_t c = 0; c < cnt; c++) {
            if (GlStrBuf_AppendStr(&b, new) < 0 || (i < n && GlStrBuf_AppendSub(&b, self, i, i + 1) < 0)) {
                goto error;
            }
            i++;
        }
        if (i < n && GlStrBuf_AppendSub(&b, self, i, n) < 0) {
            goto error;
        }
        return GlStrBuf_Finish(&b);
    }
    for (Gl_ssize_t c = 0; c < cnt; c++) {
        Gl_ssize_t j = GlStr_FindSub(self, old, i, n, 1);
        if (GlStrBuf_AppendSub(&b, self, i, j) < 0 || GlStrBuf_AppendStr(&b, new) < 0) {
            goto error;
        }
        i = j + on;
    }
    if (GlStrBuf_AppendSub(&b, self, i, n) < 0) {
        goto error;
    }
    return GlStrBuf_Finish(&b);
error:
    GlStrBuf_Clear(&b);
    return NULL;
}

static GlObject *
str_removeprefix(GlObject *self, GlObject *p)
{
    if (need_str(p, "removeprefix", 0) < 0) {
        return NULL;
    }
    if (match_at(self, p, 0, Gl_SIZE(self), 0)) {
        return GlStr_Substring(self, Gl_SIZE(p), Gl_SIZE(self));
    }
    return unchanged(self);
}

static GlObject *
str_removesuffix(GlObject *self, GlObject *p)
{
    if (need_str(p, "removesuffix", 0) < 0) {
        return NULL;
    }
    if (Gl_SIZE(p) > 0 && match_at(self, p, 0, Gl_SIZE(self), 1)) {
        return GlStr_Substring(self, 0, Gl_SIZE(self) - Gl_SIZE(p));
    }
    return unchanged(self);
}

/* ---- case conversion ------------------------------------------------------------- */

/* Greek capital sigma lowers to final sigma at the end of a cased word (CPython's
 * handle_capital_sigma). */
static uint32_t
lower_sigma(int k, const void *d, Gl_ssize_t n, Gl_ssize_t i)
{
    Gl_ssize_t j = i - 1;
    while (j >= 0 && GlUnicode_Has(GlStr_READ(k, d, j), GL_UC_CASE_IGNORABLE)) {
        j--;
    }
    int final = j >= 0 && GlUnicode_Has(GlStr_READ(k, d, j), GL_UC_CASED);
    if (final) {
        j = i + 1;
        while (j < n && GlUnicode_Has(GlStr_READ(k, d, j), GL_UC_CASE_IGNORABLE)) {
            j++;
        }
        final = j == n || !GlUnicode_Has(GlStr_READ(k, d, j), GL_UC_CASED);
    }
    return final ? 0x3C2 : 0x3C3;
}

static int
append_case(GlStrBuf *b, int k, const void *d, Gl_ssize_t n, Gl_ssize_t i, int which)
{
    uint32_t c = GlStr_READ(k, d, i);
    if (c < 128) {
        if (which == 1 || which == 2) {
            c = (c >= 'a' && c <= 'z') ? c - 32 : c;
        } else {
            c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        }
        return GlStrBuf_AppendChar(b, c);
    }
    if (c == 0x3A3 && which == 0) {
        return GlStrBuf_AppendChar(b, lower_sigma(k, d, n, i));
    }
    uint32_t out[3];
    int m = GlUnicode_ToCase(c, which, out);
    for (int q = 0; q < m; q++) {
        if (GlStrBuf_AppendChar(b, out[q]) < 0) {
            return -1;
        }
    }
    return 0;
}

enum { CASE_LOWER, CASE_UPPER, CASE_TITLE, CASE_FOLD, CASE_SWAP, CASE_CAP, CASE_TITLEWORDS };

static GlObject *
do_case(GlObject *self, int mode)
{
    Gl_ssize_t n = Gl_SIZE(self);
    int k = GlStr_KIND(self);
    const void *d = GlStr_DATA(self);
    if (((GlStrObject *)self)->ascii && (mode == CASE_LOWER || mode == CASE_UPPER
                                        || mode == CASE_FOLD)) {
        GlObject *r = GlStr_New(n, 127);
        if (r == NULL) {
            return NULL;
        }
        const uint8_t *s = d;
        uint8_t *o = GlStr_DATA(r);
        for (Gl_ssize_t i = 0; i < n; i++) {
            uint8_t c = s[i];
            if (mode == CASE_UPPER) {
                o[i] = (c >= 'a' && c <= 'z') ? c - 32 : c;
            } else {
                o[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
            }
        }
        return r;
    }
    GlStrBuf b;
    GlStrBuf_Init(&b);
    if (GlStrBuf_Reserve(&b, n, GlStr_MaxChar(self, 0, n)) < 0) {
        return NULL;
    }
    int prev_cased = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ(k, d, i);
        int which;
        switch (mode) {
        case CASE_SWAP:
            which = GlUnicode_Has(c, GL_UC_UPPER) ? 0 : GlUnicode_Has(c, GL_UC_LOWER) ? 1 : -1;
            break;
        case CASE_CAP:
            which = i == 0 ? 2 : 0;
            break;
        case CASE_TITLEWORDS:
            which = prev_cased ? 0 : 2;
            prev_cased = GlUnicode_Has(c, GL_UC_CASED);
            break;
        default:
            which = mode;
        }
        int rc = which < 0 ? GlStrBuf_AppendChar(&b, c) : append_case(&b, k, d, n, i, which);
        if (rc < 0) {
            GlStrBuf_Clear(&b);
            return NULL;
        }
    }
    return GlStrBuf_Finish(&b);
}

static GlObject *str_lower(GlObject *s, GlObject *u) { return do_case(s, CASE_LOWER); }
static GlObject *str_upper(GlObject *s, GlObject *u) { return do_case(s, CASE_UPPER); }
static GlObject *str_casefold(GlObject *s, GlObject *u) { return do_case(s, CASE_FOLD); }
static GlObject *str_swapcase(GlObject *s, GlObject *u) { return do_case(s, CASE_SWAP); }
static GlObject *str_capitalize(GlObject *s, GlObject *u) { return do_case(s, CASE_CAP); }
static GlObject *str_title(GlObject *s, GlObject *u) { return do_case(s, CASE_TITLEWORDS); }

/* ---- predicates ------------------------------------------------------------------ */

static GlObject *
all_flag(GlObject *self, unsigned flag, int empty)
{
    Gl_ssize_t n = Gl_SIZE(self);
    if (n == 0) {
        return GlBool_FromLong(empty);
    }
    int k = GlStr_KIND(self);
    const void *d = GlStr_DATA(self);
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (!GlUnicode_Has(GlStr_READ(k, d, i), flag)) {
            Gl_RETURN_FALSE;
        }
    }
    Gl_RETURN_TRUE;
}

static GlObject *str_isalpha(GlObject *s, GlObject *u) { return all_flag(s, GL_UC_ALPHA, 0); }
static GlObject *str_isdecimal(GlObject *s, GlObject *u) { return all_flag(s, GL_UC_DECIMAL, 0); }
static GlObject *str_isdigit(GlObject *s, GlObject *u) { return all_flag(s, GL_UC_DIGIT, 0); }
static GlObject *str_isnumeric(GlObject *s, GlObject *u) { return all_flag(s, GL_UC_NUMERIC, 0); }
static GlObject *str_isspace(GlObject *s, GlObject *u) { return all_flag(s, GL_UC_SPACE, 0); }
static GlObject *str_isprintable(GlObject *s, GlObject *u) { return all_flag(s, GL_UC_PRINTABLE, 1); }

static GlObject *
str_isalnum(GlObject *self, GlObject *unused)
{
    Gl_ssize_t n = Gl_SIZE(self);
    if (n == 0) {
        Gl_RETURN_FALSE;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        unsigned f = GlUnicode_Record(GlStr_READ_CHAR(self, i))->flags;
        if (!(f & (GL_UC_ALPHA | GL_UC_DECIMAL | GL_UC_DIGIT | GL_UC_NUMERIC))) {
            Gl_RETURN_FALSE;
        }
    }
    Gl_RETURN_TRUE;
}

static GlObject *
str_isascii(GlObject *self, GlObject *unused)
{
    return GlBool_FromLong(((GlStrObject *)self)->ascii);
}

static GlObject *
str_islower(GlObject *self, GlObject *unused)
{
    int cased = 0;
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self); i++) {
        unsigned f = GlUnicode_Record(GlStr_READ_CHAR(self, i))->flags;
        if (f & (GL_UC_UPPER | GL_UC_TITLE)) {
            Gl_RETURN_FALSE;
        }
        cased |= (f & GL_UC_LOWER) != 0;
    }
    return GlBool_FromLong(cased);
}

static GlObject *
str_isupper(GlObject *self, GlObject *unused)
{
    int cased = 0;
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self); i++) {
        unsigned f = GlUnicode_Record(GlStr_READ_CHAR(self, i))->flags;
        if (f & (GL_UC_LOWER | GL_UC_TITLE)) {
            Gl_RETURN_FALSE;
        }
        cased |= (f & GL_UC_UPPER) != 0;
    }
    return GlBool_FromLong(cased);
}

static GlObject *
str_istitle(GlObject *self, GlObject *unused)
{
    int cased = 0, prev = 0;
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self); i++) {
        unsigned f = GlUnicode_Record(GlStr_READ_CHAR(self, i))->flags;
        if (f & (GL_UC_UPPER | GL_UC_TITLE)) {
            if (prev) {
                Gl_RETURN_FALSE;
            }
            prev = cased = 1;
        } else if (f & GL_UC_LOWER) {
            if (!prev) {
                Gl_RETURN_FALSE;
            }
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return GlBool_FromLong(cased);
}

int
GlStr_IsIdentifier(GlObject *s)
{
    Gl_ssize_t n = Gl_SIZE(s);
    if (n == 0) {
        return 0;
    }
    int k = GlStr_KIND(s);
    const void *d = GlStr_DATA(s);
    if (!GlUnicode_Has(GlStr_READ(k, d, 0), GL_UC_XID_START)) {
        return 0;
    }
    for (Gl_ssize_t i = 1; i < n; i++) {
        if (!GlUnicode_Has(GlStr_READ(k, d, i), GL_UC_XID_CONTINUE)) {
            return 0;
        }
    }
    return 1;
}

static GlObject *
str_isidentifier(GlObject *self, GlObject *unused)
{
    return GlBool_FromLong(GlStr_IsIdentifier(self));
}

/* ---- padding --------------------------------------------------------------------- */

static GlObject *
pad(GlObject *self, Gl_ssize_t left, Gl_ssize_t right, uint32_t fill)
{
    if (left < 0) {
        left = 0;
    }
    if (right < 0) {
        right = 0;
    }
    if (left == 0 && right == 0) {
        return unchanged(self);
    }
    GlStrBuf b;
    GlStrBuf_Init(&b);
    if (GlStrBuf_Fill(&b, fill, left) < 0 || GlStrBuf_AppendStr(&b, self) < 0
        || GlStrBuf_Fill(&b, fill, right) < 0) {
        GlStrBuf_Clear(&b);
        return NULL;
    }
    return GlStrBuf_Finish(&b);
}

static int
parse_width_fill(const char *name, GlObject *const *args, Gl_ssize_t nargs, Gl_ssize_t *width,
                 uint32_t *fill)
{
    if (GlArg_CheckPositional(name, nargs, 1, 2) < 0) {
        return -1;
    }
    if (!GlIndex_Check(args[0])) {
        GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                     GlObject_TypeName(args[0]));
        return -1;
    }
    *width = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
    if (*width == -1 && GlErr_Occurred()) {
        return -1;
    }
    *fill = ' ';
    if (nargs > 1) {
        GlObject *f = args[1];
        if (!GlStr_Check(f)) {
            GlErr_Format(GlExc_TypeError, "%s() argument 2 must be str, not %s", name,
                         GlObject_TypeName(f));
            return -1;
        }
        if (Gl_SIZE(f) != 1) {
            GlErr_SetString(GlExc_TypeError,
                            "The fill character must be exactly one character long");
            return -1;
        }
        *fill = GlStr_READ_CHAR(f, 0);
    }
    return 0;
}

static GlObject *
str_center(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    Gl_ssize_t w;
    uint32_t f;
    if (parse_width_fill("center", args, nargs, &w, &f) < 0) {
        return NULL;
    }
    Gl_ssize_t marg = w - Gl_SIZE(self);
    if (marg <= 0) {
        return unchanged(self);
    }
    Gl_ssize_t left = marg / 2 + (marg & w & 1);
    return pad(self, left, marg - left, f);
}

static GlObject *
str_ljust(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    Gl_ssize_t w;
    uint32_t f;
    if (parse_width_fill("ljust", args, nargs, &w, &f) < 0) {
        return NULL;
    }
    return pad(self, 0, w - Gl_SIZE(self), f);
}

static GlObject *
str_rjust(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    Gl_ssize_t w;
    uint32_t f;
    if (parse_width_fill("rjust", args, nargs, &w, &f) < 0) {
        return NULL;
    }
    return pad(self, w - Gl_SIZE(self), 0, f);
}

static GlObject *
str_zfill(GlObject *self, GlObject *arg)
{
    if (!GlIndex_Check(arg)) {
        return GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            GlObject_TypeName(arg));
    }
    Gl_ssize_t w = GlNumber_AsSsize_t(arg, GlExc_OverflowError);
    if (w == -1 && GlErr_Occurred()) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(self);
    if (w <= n) {
        return unchanged(self);
    }
    GlObject *r = pad(self, w - n, 0, '0');
    if (r == NULL) {
        return NULL;
    }
    Gl_ssize_t fillc = w - n;
    uint32_t c0 = n > 0 ? GlStr_READ_CHAR(self, 0) : 0;
    if (c0 == '+' || c0 == '-') {
        int k = GlStr_KIND(r);
        void *d = GlStr_DATA(r);
        // move the sign to the front: r[0] = sign, r[fill] = '0'
        if (k == 1) {
            ((uint8_t *)d)[0] = (uint8_t)c0;
            ((uint8_t *)d)[fillc] = '0';
        } else if (k == 2) {
            ((uint16_t *)d)[0] = (uint16_t)c0;
            ((uint16_t *)d)[fillc] = '0';
        } else {
            ((uint32_t *)d)[0] = c0;
            ((uint32_t *)d)[fillc] = '0';
        }
    }
    return r;
}

static const char *const expandtabs_kw[] = {"tabsize", NULL};

static GlObject *
str_expandtabs(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("expandtabs", args, nargs, kwnames, expandtabs_kw, 1, 0, a) < 0) {
        return NULL;
    }
    Gl_ssize_t tab = 8;
    if (a[0] != NULL) {
        if (!GlInt_Check(a[0])) {
            return GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                                GlObject_TypeName(a[0]));
        }
        tab = GlNumber_AsSsize_t(a[0], GlExc_OverflowError);
        if (tab == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    Gl_ssize_t n = Gl_SIZE(self), col = 0;
    GlStrBuf b;
    GlStrBuf_Init(&b);
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ_CHAR(self, i);
        int rc;
        if (c == '\t') {
            Gl_ssize_t sp = tab > 0 ? tab - col % tab : 0;
            rc = GlStrBuf_Fill(&b, ' ', sp);
            col += sp;
        } else {
            rc = GlStrBuf_AppendChar(&b, c);
            col = (c == '\n' || c == '\r') ? 0 : col + 1;
        }
        if (rc < 0) {
            GlStrBuf_Clear(&b);
            return NULL;
        }
    }
    return GlStrBuf_Finish(&b);
}

/* ---- translate / maketrans ------------------------------------------------------ */

static GlObject *
str_translate(GlObject *self, GlObject *table)
{
    Gl_ssize_t n = Gl_SIZE(self);
    GlStrBuf b;
    GlStrBuf_Init(&b);
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ_CHAR(self, i);
        GlObject *key = GlInt_FromInt64(c);
        if (key == NULL) {
            goto error;
        }
        GlObject *v = GlObject_GetItem(table, key);   // may run Python code
        Gl_DECREF(key);
        if (v == NULL) {
            if (!GlErr_ExceptionMatches(GlExc_LookupError)) {
                goto error;
            }
            GlErr_Clear();
            if (GlStrBuf_AppendChar(&b, c) < 0) {
                goto error;
            }
            continue;
        }
        int rc = 0;
        if (v == Gl_None) {
            rc = 0;
        } else if (GlInt_Check(v)) {
            int ovf;
            int64_t x = GlInt_AsInt64AndOverflow(v, &ovf);
            if (ovf || x < 0 || x > 0x10FFFF) {
                GlErr_SetString(GlExc_ValueError, "character mapping must be in range(0x110000)");
                rc = -1;
            } else {
                rc = GlStrBuf_AppendChar(&b, (uint32_t)x);
            }
        } else if (GlStr_Check(v)) {
            rc = GlStrBuf_AppendStr(&b, v);
        } else {
            GlErr_SetString(GlExc_TypeError, "character mapping must return integer, None or str");
            rc = -1;
        }
        Gl_DECREF(v);
        if (rc < 0) {
            goto error;
        }
    }
    return GlStrBuf_Finish(&b);
error:
    GlStrBuf_Clear(&b);
    return NULL;
}

static int
maketrans_set(GlObject *d, uint32_t k, GlObject *v)
{
    GlObject *key = GlInt_FromInt64(k);
    if (key == NULL) {
        return -1;
    }
    int rc = GlDict_SetItem(d, key, v);
    Gl_DECREF(key);
    return rc;
}

static GlObject *
str_maketrans(GlObject *unused, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("maketrans", nargs, 1, 3) < 0) {
        return NULL;
    }
    GlObject *d = GlDict_New();
    if (d == NULL) {
        return NULL;
    }
    GlObject *x = args[0];
    if (nargs == 1) {
        if (!GlDict_Check(x)) {
            GlErr_SetString(GlExc_TypeError,
                            "if you give only one argument to maketrans it must be a dict");
            goto error;
        }
        Gl_ssize_t pos = 0;
        GlObject *k, *v;
        while (GlDict_Next(x, &pos, &k, &v)) {
            if (GlStr_Check(k)) {
                if (Gl_SIZE(k) != 1) {
                    GlErr_SetString(GlExc_ValueError,
                                    "string keys in translate table must be of length 1");
                    goto error;
                }
                if (maketrans_set(d, GlStr_READ_CHAR(k, 0), v) < 0) {
                    goto error;
                }
            } else if (GlInt_Check(k)) {
                if (GlDict_SetItem(d, k, v) < 0) {
                    goto error;
                }
            } else {
                GlErr_SetString(GlExc_TypeError,
                                "keys in translate table must be strings or integers");
                goto error;
            }
        }
        return d;
    }
    /* Argument Clinic converts y and z to str first; x is checked by the body. */
    GlObject *y = args[1];
    for (Gl_ssize_t i = 1; i < nargs; i++) {
        if (!GlStr_Check(args[i])) {
            GlErr_Format(GlExc_TypeError, "maketrans() argument %zd must be str, not %s",
                         i + 1, GlObject_TypeName(args[i]));
            goto error;
        }
    }
    if (!GlStr_Check(x)) {
        GlErr_SetString(GlExc_TypeError,
                        "first maketrans argument must be a string if there is a second argument");
        goto error;
    }
    if (Gl_SIZE(x) != Gl_SIZE(y)) {
        GlErr_SetString(GlExc_ValueError,
                        "the first two maketrans arguments must have equal length");
        goto error;
    }
    for (Gl_ssize_t i = 0; i < Gl_SIZE(x); i++) {
        GlObject *v = GlInt_FromInt64(GlStr_READ_CHAR(y, i));
        if (v == NULL) {
            goto error;
        }
        int rc = maketrans_set(d, GlStr_READ_CHAR(x, i), v);
        Gl_DECREF(v);
        if (rc < 0) {
            goto error;
        }
    }
    if (nargs == 3) {
        GlObject *z = args[2];
        for (Gl_ssize_t i = 0; i < Gl_SIZE(z); i++) {
            if (maketrans_set(d, GlStr_READ_CHAR(z, i), Gl_None) < 0) {
                goto error;
            }
        }
    }
    return d;
error:
    Gl_DECREF(d);
    return NULL;
}

/* ---- misc ------------------------------------------------------------------------ */

static GlObject *
str_sizeof(GlObject *self, GlObject *unused)
{
    GlStrObject *u = (GlStrObject *)self;
    Gl_ssize_t n = Gl_SIZE(self);
    Gl_ssize_t size = u->ascii ? 48 + n + 1 : 72 + (n + 1) * u->kind;
    if (!u->ascii && u->utf8 != NULL) {
        size += u->utf8_length + 1;
    }
    return GlInt_FromSsize_t(size);
}

static GlObject *
str_getnewargs(GlObject *self, GlObject *unused)
{
    GlObject *c = GlStr_FromKindAndData(GlStr_KIND(self), GlStr_DATA(self), Gl_SIZE(self));
    if (c == NULL) {
        return NULL;
    }
    return GlTuple_FromArraySteal(&c, 1);
}

#define FAST (GL_METH_FASTCALL)
#define FASTKW (GL_METH_FASTCALL | GL_METH_KEYWORDS)

GlMethodDef gl_str_methods[] = {
    {"encode", GL_FN(GlStr_MethEncode), FASTKW,
     "Encode the string using the codec registered for encoding."},
    {"replace", GL_FN(str_replace), FAST,
     "Return a copy with all occurrences of substring old replaced by new."},
    {"split", GL_FN(str_split), FASTKW,
     "Return a list of the substrings in the string, using sep as the separator string."},
    {"rsplit", GL_FN(str_rsplit), FASTKW,
     "Return a list of the substrings in the string, using sep as the separator and "
     "splitting from the end."},
    {"join", GL_FN(str_join), GL_METH_O, "Concatenate any number of strings."},
    {"capitalize", GL_FN(str_capitalize), GL_METH_NOARGS,
     "Return a capitalized version of the string."},
    {"casefold", GL_FN(str_casefold), GL_METH_NOARGS,
     "Return a version of the string suitable for caseless comparisons."},
    {"title", GL_FN(str_title), GL_METH_NOARGS,
     "Return a version of the string where each word is titlecased."},
    {"center", GL_FN(str_center), FAST, "Return a centered string of length width."},
    {"count", GL_FN(str_count), FAST,
     "Return the number of non-overlapping occurrences of substring sub in S[start:end]."},
    {"expandtabs", GL_FN(str_expandtabs), FASTKW,
     "Return a copy where all tab characters are expanded using spaces."},
    {"find", GL_FN(str_find), FAST,
     "Return the lowest index in S where substring sub is found, or -1 if it is not."},
    {"partition", GL_FN(str_partition), GL_METH_O,
     "Partition the string into three parts using the given separator."},
    {"index", GL_FN(str_index), FAST,
     "Return the lowest index in S where substring sub is found; raise ValueError if not."},
    {"ljust", GL_FN(str_ljust), FAST, "Return a left-justified string of length width."},
    {"lower", GL_FN(str_lower), GL_METH_NOARGS,
     "Return a copy of the string converted to lowercase."},
    {"lstrip", GL_FN(str_lstrip), FAST,
     "Return a copy of the string with leading whitespace removed."},
    {"rfind", GL_FN(str_rfind), FAST,
     "Return the highest index in S where substring sub is found, or -1 if it is not."},
    {"rindex", GL_FN(str_rindex), FAST,
     "Return the highest index in S where substring sub is found; raise ValueError if not."},
    {"rjust", GL_FN(str_rjust), FAST, "Return a right-justified string of length width."},
    {"rstrip", GL_FN(str_rstrip), FAST,
     "Return a copy of the string with trailing whitespace removed."},
    {"rpartition", GL_FN(str_rpartition), GL_METH_O,
     "Partition the string into three parts using the given separator, searching from the end."},
    {"splitlines", GL_FN(str_splitlines), FASTKW,
     "Return a list of the lines in the string, breaking at line boundaries."},
    {"strip", GL_FN(str_strip), FAST,
     "Return a copy of the string with leading and trailing whitespace removed."},
    {"swapcase", GL_FN(str_swapcase), GL_METH_NOARGS,
     "Convert uppercase characters to lowercase and lowercase characters to uppercase."},
    {"translate", GL_FN(str_translate), GL_METH_O,
     "Replace each character in the string using the given translation table."},
    {"upper", GL_FN(str_upper), GL_METH_NOARGS,
     "Return a copy of the string converted to uppercase."},
    {"startswith", GL_FN(str_startswith), FAST,
     "Return True if S starts with the specified prefix, False otherwise."},
    {"endswith", GL_FN(str_endswith), FAST,
     "Return True if S ends with the specified suffix, False otherwise."},
    {"removeprefix", GL_FN(str_removeprefix), GL_METH_O,
     "Return a str with the given prefix string removed if present."},
    {"removesuffix", GL_FN(str_removesuffix), GL_METH_O,
     "Return a str with the given suffix string removed if present."},
    {"isascii", GL_FN(str_isascii), GL_METH_NOARGS,
     "Return True if all characters in the string are ASCII, False otherwise."},
    {"islower", GL_FN(str_islower), GL_METH_NOARGS,
     "Return True if the string is a lowercase string, False otherwise."},
    {"isupper", GL_FN(str_isupper), GL_METH_NOARGS,
     "Return True if the string is an uppercase string, False otherwise."},
    {"istitle", GL_FN(str_istitle), GL_METH_NOARGS,
     "Return True if the string is a title-cased string, False otherwise."},
    {"isspace", GL_FN(str_isspace), GL_METH_NOARGS,
     "Return True if the string is a whitespace string, False otherwise."},
    {"isdecimal", GL_FN(str_isdecimal), GL_METH_NOARGS,
     "Return True if the string is a decimal string, False otherwise."},
    {"isdigit", GL_FN(str_isdigit), GL_METH_NOARGS,
     "Return True if the string is a digit string, False otherwise."},
    {"isnumeric", GL_FN(str_isnumeric), GL_METH_NOARGS,
     "Return True if the string is a numeric string, False otherwise."},
    {"isalpha", GL_FN(str_isalpha), GL_METH_NOARGS,
     "Return True if the string is an alphabetic string, False otherwise."},
    {"isalnum", GL_FN(str_isalnum), GL_METH_NOARGS,
     "Return True if the string is an alpha-numeric string, False otherwise."},
    {"isidentifier", GL_FN(str_isidentifier), GL_METH_NOARGS,
     "Return True if the string is a valid Python identifier, False otherwise."},
    {"isprintable", GL_FN(str_isprintable), GL_METH_NOARGS,
     "Return True if the string is printable, False otherwise."},
    {"zfill", GL_FN(str_zfill), GL_METH_O,
     "Pad a numeric string with zeros on the left, to fill a field of the given width."},
    {"format", GL_FN(GlStr_MethFormat), FASTKW,
     "Return a formatted version of the string, using substitutions from args and kwargs."},
    {"format_map", GL_FN(GlStr_MethFormatMap), GL_METH_O,
     "Return a formatted version of the string, using substitutions from mapping."},
    {"__format__", GL_FN(GlStr_MethFormatSpec), GL_METH_O,
     "Return a formatted version of the string as described by format_spec."},
    {"maketrans", GL_FN(str_maketrans), FAST | GL_METH_STATIC,
     "Return a translation table usable for str.translate()."},
    {"__sizeof__", GL_FN(str_sizeof), GL_METH_NOARGS,
     "Return the size of the string in memory, in bytes."},
    {"__getnewargs__", GL_FN(str_getnewargs), GL_METH_NOARGS,
     "Return the arguments that recreate the string when unpickling."},
    {NULL, NULL, 0, NULL},
};
