/* _localemodule.c - the `_locale` module under lib/locale.py: setlocale, localeconv,
 * strcoll, strxfrm, nl_langinfo, getencoding, the gettext functions and the LC_*,
 * langinfo and CHAR_MAX constants, on the C library's <locale.h> / <langinfo.h>.
 *
 * Invariants:
 * - setlocale() changes the C library's global locale, as CPython does, so queries
 *   (setlocale(cat) / setlocale(cat, None)) report exactly what the C library holds.
 * - Glass formats and parses floats with the C library (snprintf / strtod), which
 *   follow LC_NUMERIC; CPython uses its own locale-independent code. So whenever the
 *   global LC_NUMERIC is not "C", the interpreter's thread runs on a copy of the global
 *   locale whose LC_NUMERIC is "C" (uselocale; `pinned` owns that copy). localeconv()
 *   and nl_langinfo() switch to the global locale for the duration of their C call so
 *   they see the numeric category Python selected.
 * - Strings from the C library are decoded with the locale's multibyte decoder
 *   (mbrtowc), falling back to UTF-8 with surrogateescape for undecodable bytes.
 *
 * CPython behaviour matched: Modules/_localemodule.c of 3.11 on Linux (messages,
 * the localeconv dict with grouping lists ending at 0 / CHAR_MAX, getencoding()
 * ignoring the UTF-8 mode, locale.Error with __module__ 'locale').
 */
#include <langinfo.h>
#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include "modules.h"
#include "../objects/str_internal.h"

static GlObject *locale_error;   // locale.Error; owned by the module's dict and here
static locale_t pinned;          // the thread locale (global copy, LC_NUMERIC "C") or 0

/* Make the interpreter's thread use the global locale, or a copy of it with
 * LC_NUMERIC "C" when the global numeric category is something else (see the file
 * comment). Failures keep the previous thread locale: they are out-of-memory only. */
static void
locale_pin_numeric(void)
{
    const char *num = setlocale(LC_NUMERIC, NULL);
    if (num == NULL || strcmp(num, "C") == 0 || strcmp(num, "POSIX") == 0) {
        uselocale(LC_GLOBAL_LOCALE);
        if (pinned != (locale_t)0) {
            freelocale(pinned);
            pinned = (locale_t)0;
        }
        return;
    }
    locale_t base = duplocale(LC_GLOBAL_LOCALE);
    if (base == (locale_t)0) {
        return;
    }
    locale_t t = newlocale(LC_NUMERIC_MASK, "C", base);
    if (t == (locale_t)0) {
        freelocale(base);
        return;
    }
    uselocale(t);
    if (pinned != (locale_t)0) {
        freelocale(pinned);
    }
    pinned = t;
}

/* Run the next C calls on the global locale (undo with locale_unglobal). */
static inline void
locale_global(void)
{
    if (pinned != (locale_t)0) {
        uselocale(LC_GLOBAL_LOCALE);
    }
}

static inline void
locale_unglobal(void)
{
    if (pinned != (locale_t)0) {
        uselocale(pinned);
    }
}

/* s decoded with the current LC_CTYPE's multibyte decoder (UTF-8 with surrogateescape
 * when that fails). New reference. */
static GlObject *
locale_decode(const char *s) GL_NEWREF
{
    size_t len = strlen(s);
    uint32_t stackbuf[64] = {0};
    uint32_t *out = len <= 64 ? stackbuf : malloc(len * sizeof(uint32_t));
    if (out == NULL) {
        return GlErr_NoMemory();
    }
    mbstate_t st;
    memset(&st, 0, sizeof(st));
    size_t i = 0, n = 0;
    while (i < len) {
        wchar_t wc;
        size_t k = mbrtowc(&wc, s + i, len - i, &st);
        if (k == (size_t)-1 || k == (size_t)-2 || k == 0) {
            if (out != stackbuf) {
                free(out);
            }
            return GlStr_Decode(s, (Gl_ssize_t)len, "utf-8", "surrogateescape");
        }
        out[n++] = (uint32_t)wc;
        i += k;
    }
    GlObject *r = GlStr_FromUCS4(out, (Gl_ssize_t)n);
    if (out != stackbuf) {
        free(out);
    }
    return r;
}

/* The code points of str s as a NUL-terminated wchar_t array (free() it), or NULL with
 * TypeError "<fname>() argument <argno> must be str, ..." / ValueError "embedded null
 * character" / MemoryError. argno 0 names no position (strxfrm). */
static wchar_t *
locale_wide(GlObject *s, const char *fname, int argno)
{
    if (!GlStr_Check(s)) {
        if (argno == 0) {
            GlErr_Format(GlExc_TypeError, "%s() argument must be str, not %s", fname,
                         Gl_TYPE(s)->tp_name);
        } else {
            GlErr_Format(GlExc_TypeError, "%s() argument %d must be str, not %s", fname,
                         argno, Gl_TYPE(s)->tp_name);
        }
        return NULL;
    }
    Gl_ssize_t n = GlStr_GET_LENGTH(s);
    wchar_t *w = malloc(((size_t)n + 1) * sizeof(wchar_t));
    if (w == NULL) {
        GlErr_NoMemory();
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ_CHAR(s, i);
        if (c == 0) {
            free(w);
            GlErr_SetString(GlExc_ValueError, "embedded null character");
            return NULL;
        }
        w[i] = (wchar_t)c;
    }
    w[n] = 0;
    return w;
}

/* setlocale(category, locale=None, /): the locale name after setting (or the current
 * one when locale is None). New reference. */
static GlObject *
locale_setlocale(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs < 1 || nargs > 2) {
        return GlErr_Format(GlExc_TypeError, nargs < 1
                            ? "setlocale expected at least 1 argument, got %zd"
                            : "setlocale expected at most 2 arguments, got %zd", nargs);
    }
    long category = GlInt_AsLong(args[0]);
    if (category == -1 && GlErr_Occurred()) {
        return NULL;
    }
    GlObject *loc = nargs == 2 ? args[1] : Gl_None;
    if (loc != Gl_None && !GlStr_Check(loc)) {
        return GlErr_Format(GlExc_TypeError,
                            "setlocale() argument 2 must be str or None, not %s",
                            Gl_TYPE(loc)->tp_name);
    }
    if (category < INT_MIN || category > INT_MAX) {
        category = -1;   // no such category: the C library refuses it below
    }
    if (loc == Gl_None) {
        const char *r = setlocale((int)category, NULL);
        if (r == NULL) {
            return GlErr_SetString(locale_error, "locale query failed");
        }
        return GlStr_FromString(r);
    }
    Gl_ssize_t len;
    const char *name = GlStr_AsUTF8AndSize(loc, &len);
    if (name == NULL) {
        return NULL;
    }
    if ((size_t)len != strlen(name)) {
        return GlErr_SetString(GlExc_ValueError, "embedded null character");
    }
    const char *r = setlocale((int)category, name);
    if (r == NULL) {
        return GlErr_SetString(locale_error, "unsupported locale setting");
    }
    GlObject *res = GlStr_FromString(r);   // copy before the pin can reuse r's storage
    locale_pin_numeric();
    return res;
}

/* d[key] = the decoded string s. 0 / -1. */
static int
locale_set_str(GlObject *d, const char *key, const char *s)
{
    GlObject *v = locale_decode(s);
    if (v == NULL) {
        return -1;
    }
    int r = GlDict_SetItemString(d, key, v);
    Gl_DECREF(v);
    return r;
}

/* d[key] = int c. 0 / -1. */
static int
locale_set_int(GlObject *d, const char *key, long c)
{
    GlObject *v = GlInt_FromLong(c);
    if (v == NULL) {
        return -1;
    }
    int r = GlDict_SetItemString(d, key, v);
    Gl_DECREF(v);
    return r;
}

/* d[key] = the grouping string g as CPython's list: [] when g is empty, else its
 * bytes up to and including the terminating 0 or CHAR_MAX. 0 / -1. */
static int
locale_set_grouping(GlObject *d, const char *key, const char *g)
{
    GlObject *l = GlList_New(0);
    if (l == NULL) {
        return -1;
    }
    for (size_t i = 0; g[0] != '\0'; i++) {
        unsigned char c = (unsigned char)g[i];
        GlObject *v = GlInt_FromLong(c);
        if (v == NULL || GlList_Append(l, v) < 0) {
            Gl_XDECREF(v);
            Gl_DECREF(l);
            return -1;
        }
        Gl_DECREF(v);
        if (c == CHAR_MAX || c == '\0') {
            break;
        }
    }
    int r = GlDict_SetItemString(d, key, l);
    Gl_DECREF(l);
    return r;
}

/* localeconv(): the numeric and monetary conventions of the current locale as a dict
 * with CPython's keys and order. New reference. */
static GlObject *
locale_localeconv(GlObject *m, GlObject *unused)
{
    GlObject *d = GlDict_New();
    if (d == NULL) {
        return NULL;
    }
    locale_global();
    const struct lconv *lc = localeconv();
    int ok = locale_set_str(d, "int_curr_symbol", lc->int_curr_symbol) == 0
        && locale_set_str(d, "currency_symbol", lc->currency_symbol) == 0
        && locale_set_str(d, "mon_decimal_point", lc->mon_decimal_point) == 0
        && locale_set_str(d, "mon_thousands_sep", lc->mon_thousands_sep) == 0
        && locale_set_grouping(d, "mon_grouping", lc->mon_grouping) == 0
        && locale_set_str(d, "positive_sign", lc->positive_sign) == 0
        && locale_set_str(d, "negative_sign", lc->negative_sign) == 0
        && locale_set_int(d, "int_frac_digits", lc->int_frac_digits) == 0
        && locale_set_int(d, "frac_digits", lc->frac_digits) == 0
        && locale_set_int(d, "p_cs_precedes", lc->p_cs_precedes) == 0
        && locale_set_int(d, "p_sep_by_space", lc->p_sep_by_space) == 0
        && locale_set_int(d, "n_cs_precedes", lc->n_cs_precedes) == 0
        && locale_set_int(d, "n_sep_by_space", lc->n_sep_by_space) == 0
        && locale_set_int(d, "p_sign_posn", lc->p_sign_posn) == 0
        && locale_set_int(d, "n_sign_posn", lc->n_sign_posn) == 0
        && locale_set_str(d, "decimal_point", lc->decimal_point) == 0
        && locale_set_str(d, "thousands_sep", lc->thousands_sep) == 0
        && locale_set_grouping(d, "grouping", lc->grouping) == 0;
    locale_unglobal();
    if (!ok) {
        Gl_DECREF(d);
        return NULL;
    }
    return d;
}

/* strcoll(os1, os2, /): wcscoll of the two strings. New reference. */
static GlObject *
locale_strcoll(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs != 2) {
        return GlErr_Format(GlExc_TypeError, "strcoll expected 2 arguments, got %zd", nargs);
    }
    wchar_t *a = locale_wide(args[0], "strcoll", 1);
    if (a == NULL) {
        return NULL;
    }
    wchar_t *b = locale_wide(args[1], "strcoll", 2);
    if (b == NULL) {
        free(a);
        return NULL;
    }
    int r = wcscoll(a, b);
    free(a);
    free(b);
    return GlInt_FromLong(r);
}

/* strxfrm(string, /): the wcsxfrm transform, as a str. New reference. */
static GlObject *
locale_strxfrm(GlObject *m, GlObject *s)
{
    wchar_t *w = locale_wide(s, "strxfrm", 0);
    if (w == NULL) {
        return NULL;
    }
    size_t cap = wcslen(w) + 1;
    wchar_t *out = NULL;
    for (;;) {
        wchar_t *grown = realloc(out, cap * sizeof(wchar_t));
        if (grown == NULL) {
            free(out);
            free(w);
            return GlErr_NoMemory();
        }
        out = grown;
        size_t n = wcsxfrm(out, w, cap);
        if (n < cap) {
            break;
        }
        cap = n + 1;
    }
    size_t n = wcslen(out);
    uint32_t *u = malloc((n + 1) * sizeof(uint32_t));
    GlObject *r = NULL;
    if (u == NULL) {
        GlErr_NoMemory();
    } else {
        for (size_t i = 0; i < n; i++) {
            u[i] = (uint32_t)out[i];
        }
        r = GlStr_FromUCS4(u, (Gl_ssize_t)n);
        free(u);
    }
    free(out);
    free(w);
    return r;
}

#define LI(name) {#name, name}
static const struct { const char *name; int value; } langinfo_constants[] = {
    LI(DAY_1), LI(DAY_2), LI(DAY_3), LI(DAY_4), LI(DAY_5), LI(DAY_6), LI(DAY_7),
    LI(ABDAY_1), LI(ABDAY_2), LI(ABDAY_3), LI(ABDAY_4), LI(ABDAY_5), LI(ABDAY_6),
    LI(ABDAY_7), LI(MON_1), LI(MON_2), LI(MON_3), LI(MON_4), LI(MON_5), LI(MON_6),
    LI(MON_7), LI(MON_8), LI(MON_9), LI(MON_10), LI(MON_11), LI(MON_12), LI(ABMON_1),
    LI(ABMON_2), LI(ABMON_3), LI(ABMON_4), LI(ABMON_5), LI(ABMON_6), LI(ABMON_7),
    LI(ABMON_8), LI(ABMON_9), LI(ABMON_10), LI(ABMON_11), LI(ABMON_12), LI(RADIXCHAR),
    LI(THOUSEP), LI(YESEXPR), LI(NOEXPR), LI(CRNCYSTR), LI(D_T_FMT), LI(D_FMT),
    LI(T_FMT), LI(AM_STR), LI(PM_STR), LI(CODESET), LI(T_FMT_AMPM), LI(ERA),
    LI(ERA_D_FMT), LI(ALT_DIGITS), LI(ERA_D_T_FMT), LI(ERA_T_FMT), LI(_DATE_FMT),
};
#undef LI

/* nl_langinfo(key, /): the locale's string for a langinfo constant. New reference. */
static GlObject *
locale_nl_langinfo(GlObject *m, GlObject *arg)
{
    long key = GlInt_AsLong(arg);
    if (key == -1 && GlErr_Occurred()) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof(langinfo_constants) / sizeof(langinfo_constants[0]); i++) {
        if (langinfo_constants[i].value == key) {
            locale_global();
            const char *s = nl_langinfo((nl_item)key);
            GlObject *r = locale_decode(s != NULL ? s : "");
            locale_unglobal();
            return r;
        }
    }
    return GlErr_SetString(GlExc_ValueError, "unsupported langinfo constant");
}

/* getencoding(): the locale encoding (nl_langinfo(CODESET), 'UTF-8' when empty),
 * ignoring the UTF-8 mode as CPython 3.11 does. New reference. */
static GlObject *
locale_getencoding(GlObject *m, GlObject *unused)
{
    const char *cs = nl_langinfo(CODESET);
    return GlStr_FromString(cs != NULL && cs[0] != '\0' ? cs : "UTF-8");
}

/* The UTF-8 bytes of str argument `o` (borrowed from o), or NULL + TypeError naming
 * fname and argno; None gives "" -> NULL result with *is_none set when allowed. */
static const char *
locale_cstr(GlObject *o, const char *fname, int argno, int none_ok, int *is_none)
{
    if (is_none != NULL) {
        *is_none = 0;
    }
    if (none_ok && o == Gl_None) {
        *is_none = 1;
        return NULL;
    }
    if (!GlStr_Check(o)) {
        GlErr_Format(GlExc_TypeError, "%s() argument %d must be str%s, not %s", fname,
                     argno, none_ok ? " or None" : "", Gl_TYPE(o)->tp_name);
        return NULL;
    }
    Gl_ssize_t n;
    const char *s = GlStr_AsUTF8AndSize(o, &n);
    if (s != NULL && (size_t)n != strlen(s)) {
        GlErr_SetString(GlExc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}

/* Shared argument-count check for the gettext family. 0 / -1. */
static int
locale_nargs(const char *fname, Gl_ssize_t nargs, Gl_ssize_t want)
{
    if (nargs != want) {
        GlErr_Format(GlExc_TypeError, "%s expected %zd arguments, got %zd", fname, want,
                     nargs);
        return -1;
    }
    return 0;
}

/* gettext(msg, /). New reference. */
static GlObject *
locale_gettext(GlObject *m, GlObject *arg)
{
    const char *msg = locale_cstr(arg, "gettext", 1, 0, NULL);
    return msg == NULL ? NULL : locale_decode(gettext(msg));
}

/* dgettext(domain, msg, /). New reference. */
static GlObject *
locale_dgettext(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    int none;
    if (locale_nargs("dgettext", nargs, 2) < 0) {
        return NULL;
    }
    const char *dom = locale_cstr(args[0], "dgettext", 1, 1, &none);
    if (dom == NULL && !none) {
        return NULL;
    }
    const char *msg = locale_cstr(args[1], "dgettext", 2, 0, NULL);
    return msg == NULL ? NULL : locale_decode(dgettext(dom, msg));
}

/* dcgettext(domain, msg, category, /). New reference. */
static GlObject *
locale_dcgettext(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    int none;
    if (locale_nargs("dcgettext", nargs, 3) < 0) {
        return NULL;
    }
    const char *dom = locale_cstr(args[0], "dcgettext", 1, 1, &none);
    if (dom == NULL && !none) {
        return NULL;
    }
    const char *msg = locale_cstr(args[1], "dcgettext", 2, 0, NULL);
    if (msg == NULL) {
        return NULL;
    }
    long cat = GlInt_AsLong(args[2]);
    if (cat == -1 && GlErr_Occurred()) {
        return NULL;
    }
    return locale_decode(dcgettext(dom, msg, (int)cat));
}

/* textdomain(domain, /): the current domain after setting it (None: query). New
 * reference. */
static GlObject *
locale_textdomain(GlObject *m, GlObject *arg)
{
    int none;
    const char *dom = locale_cstr(arg, "textdomain", 1, 1, &none);
    if (dom == NULL && !none) {
        return NULL;
    }
    const char *r = textdomain(dom);
    if (r == NULL) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    return locale_decode(r);
}

/* bindtextdomain(domain, dir, /): the directory bound to domain. New reference. */
static GlObject *
locale_bindtextdomain(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    int none;
    if (locale_nargs("bindtextdomain", nargs, 2) < 0) {
        return NULL;
    }
    const char *dom = locale_cstr(args[0], "bindtextdomain", 1, 0, NULL);
    if (dom == NULL) {
        return NULL;
    }
    if (dom[0] == '\0') {
        return GlErr_SetString(GlExc_ValueError, "domain must be a non-empty string");
    }
    const char *dir = locale_cstr(args[1], "bindtextdomain", 2, 1, &none);
    if (dir == NULL && !none) {
        return NULL;
    }
    const char *r = bindtextdomain(dom, dir);
    if (r == NULL) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    return locale_decode(r);
}

/* bind_textdomain_codeset(domain, codeset, /): the codeset bound to domain, or None.
 * New reference. */
static GlObject *
locale_bind_textdomain_codeset(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    int none;
    if (locale_nargs("bind_textdomain_codeset", nargs, 2) < 0) {
        return NULL;
    }
    const char *dom = locale_cstr(args[0], "bind_textdomain_codeset", 1, 0, NULL);
    if (dom == NULL) {
        return NULL;
    }
    const char *cs = locale_cstr(args[1], "bind_textdomain_codeset", 2, 1, &none);
    if (cs == NULL && !none) {
        return NULL;
    }
    const char *r = bind_textdomain_codeset(dom, cs);
    if (r == NULL) {
        Gl_RETURN_NONE;
    }
    return locale_decode(r);
}

static GlMethodDef locale_methods[] = {
    {"setlocale", GL_FN(locale_setlocale), GL_METH_FASTCALL,
     "Activates/queries locale processing."},
    {"localeconv", GL_FN(locale_localeconv), GL_METH_NOARGS,
     "Returns numeric and monetary locale-specific parameters."},
    {"strcoll", GL_FN(locale_strcoll), GL_METH_FASTCALL,
     "Compares two strings according to the locale."},
    {"strxfrm", GL_FN(locale_strxfrm), GL_METH_O,
     "Return a string that can be used as a key for locale-aware comparisons."},
    {"nl_langinfo", GL_FN(locale_nl_langinfo), GL_METH_O,
     "Return the value for the locale information associated with key."},
    {"getencoding", GL_FN(locale_getencoding), GL_METH_NOARGS,
     "Get the current locale encoding."},
    {"gettext", GL_FN(locale_gettext), GL_METH_O,
     "gettext(msg) -> string\n\nReturn translation of msg."},
    {"dgettext", GL_FN(locale_dgettext), GL_METH_FASTCALL,
     "dgettext(domain, msg) -> string\n\nReturn translation of msg in domain."},
    {"dcgettext", GL_FN(locale_dcgettext), GL_METH_FASTCALL,
     "Return translation of msg in domain and category."},
    {"textdomain", GL_FN(locale_textdomain), GL_METH_O,
     "Set the C library's textdmain to domain, returning the new domain."},
    {"bindtextdomain", GL_FN(locale_bindtextdomain), GL_METH_FASTCALL,
     "Bind the C library's domain to dir."},
    {"bind_textdomain_codeset", GL_FN(locale_bind_textdomain_codeset), GL_METH_FASTCALL,
     "Bind the C library's domain to codeset."},
    {NULL, NULL, 0, NULL},
};

/* locale.Error: class Error(Exception) with __module__ 'locale'. New reference. */
static GlObject *
locale_make_error(void) GL_NEWREF
{
    GlObject *name = GlStr_FromString("Error");
    GlObject *bases = GlTuple_Pack(1, GlExc_Exception);
    GlObject *ns = GlDict_New();
    GlObject *mod = GlStr_FromString("locale");
    GlObject *r = NULL;
    if (name != NULL && bases != NULL && ns != NULL && mod != NULL
        && GlDict_SetItemString(ns, "__module__", mod) == 0) {
        r = GlObject_CallFunctionObjArgs((GlObject *)&GlType_Type, name, bases, ns, NULL);
    }
    Gl_XDECREF(name);
    Gl_XDECREF(bases);
    Gl_XDECREF(ns);
    Gl_XDECREF(mod);
    return r;
}

/* The _locale module object. New reference (NULL + exception on failure). */
GlObject *
GlInit__locale(void) GL_NEWREF
{
    GlObject *m = GlModule_NewFromString("_locale");
    if (m == NULL || GlModule_AddFunctions(m, locale_methods) < 0) {
        goto error;
    }
    GlObject *doc = GlStr_FromString("Support for POSIX locales.");
    int rc = doc == NULL ? -1 : GlModule_AddObject(m, "__doc__", doc);
    Gl_XDECREF(doc);
    if (rc < 0) {
        goto error;
    }
    if (locale_error == NULL && (locale_error = locale_make_error()) == NULL) {
        goto error;
    }
    if (GlModule_AddObject(m, "Error", locale_error) < 0) {
        goto error;
    }
    static const struct { const char *name; int value; } lc[] = {
        {"LC_CTYPE", LC_CTYPE}, {"LC_COLLATE", LC_COLLATE}, {"LC_TIME", LC_TIME},
        {"LC_MONETARY", LC_MONETARY}, {"LC_NUMERIC", LC_NUMERIC}, {"LC_ALL", LC_ALL},
        {"LC_MESSAGES", LC_MESSAGES}, {"CHAR_MAX", CHAR_MAX},
    };
    for (size_t i = 0; i < sizeof(lc) / sizeof(lc[0]); i++) {
        if (GlModule_AddIntConstant(m, lc[i].name, lc[i].value) < 0) {
            goto error;
        }
    }
    for (size_t i = 0; i < sizeof(langinfo_constants) / sizeof(langinfo_constants[0]); i++) {
        if (GlModule_AddIntConstant(m, langinfo_constants[i].name,
                                    langinfo_constants[i].value) < 0) {
            goto error;
        }
    }
    return m;
error:
    Gl_XDECREF(m);
    return NULL;
}
