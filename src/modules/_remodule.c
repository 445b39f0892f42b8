/* _remodule.c - the `_re` module: the PCRE2 matching engine under lib/re.py.
 *
 * lib/re.py translates Python's pattern syntax to PCRE2's, parses replacement templates
 * and builds the Pattern and Match objects; this file only compiles and runs patterns:
 *
 *   _re.compile(pattern, options) -> Code, or (message, byte offset) on a syntax error
 *       pattern is a str (compiled as UTF-8) or bytes; options are PCRE2 option bits.
 *   _re.Subject(string) -> the subject prepared once for many matches: the UTF-8 text
 *       of a str (surrogates encoded as 3-byte sequences, which PCRE2_MATCH_INVALID_UTF
 *       treats as non-matching) with the byte offset of every character, or the bytes
 *       of a bytes-like object.
 *   Code.exec(subject, pos, endpos, mode, notempty_atstart) -> None, or a tuple of
 *       2 * (groups + 1) character offsets (-1 for a group that did not take part).
 *       mode 0 searches, 1 anchors at pos (match), 2 also anchors at endpos (fullmatch);
 *       endpos acts as the end of the subject, as CPython's endpos does.
 *   Code.groups, Code.groupindex (dict name -> number).
 *
 * Invariants:
 * - A Code owns its pcre2_code and a match-data block sized for it; both live until
 *   the Code dies. No Python code runs while PCRE2 matches.
 * - A Subject's text is valid UTF-8 (valid_utf) unless the str held surrogates. Valid
 *   text is matched with PCRE2_NO_UTF_CHECK (otherwise PCRE2 scans the whole subject on
 *   every call, making finditer quadratic); text with surrogates is matched by a second
 *   compilation with PCRE2_MATCH_INVALID_UTF (slower), in which surrogates match nothing.
 * - A Subject's offsets array has nchars + 1 entries, strictly increasing, offsets[0] = 0
 *   and offsets[nchars] = nbytes; it is NULL when characters and bytes coincide (bytes
 *   subjects and ASCII strings). Its text is a private copy (NUL-terminated).
 */
#include "modules.h"
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

typedef struct GlReCodeObject {
    GlObject ob_base;
    pcre2_code *code;            // the compiled pattern (owned)
    pcre2_code *code_invalid;    // the same with PCRE2_MATCH_INVALID_UTF, made on first use
    pcre2_match_data *mdata;     // ovector storage for exec (owned)
    uint32_t ngroups;            // capture count
    uint32_t options;            // the compile options
    char *source;                // the pattern as compiled (owned, for code_invalid)
    Gl_ssize_t source_len;
} GlReCodeObject;

typedef struct GlReSubjectObject {
    GlObject ob_base;
    char *text;                  // UTF-8 or raw bytes (owned, malloc'd)
    Gl_ssize_t nbytes;           // length of text
    Gl_ssize_t nchars;           // length in characters (== nbytes for bytes subjects)
    Gl_ssize_t *offsets;         // byte offset of each character, or NULL (identity)
    int valid_utf;               // 1: text is valid UTF-8 (a str without surrogates)
} GlReSubjectObject;

extern GlTypeObject GlReCode_Type, GlReSubject_Type;

/* Append the UTF-8 form of code point c (surrogates included) to buf; returns bytes. */
static int
re_put_utf8(unsigned char *buf, uint32_t c)
{
    if (c < 0x80) {
        buf[0] = (unsigned char)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (unsigned char)(0xc0 | (c >> 6));
        buf[1] = (unsigned char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        buf[0] = (unsigned char)(0xe0 | (c >> 12));
        buf[1] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
        buf[2] = (unsigned char)(0x80 | (c & 0x3f));
        return 3;
    }
    buf[0] = (unsigned char)(0xf0 | (c >> 18));
    buf[1] = (unsigned char)(0x80 | ((c >> 12) & 0x3f));
    buf[2] = (unsigned char)(0x80 | ((c >> 6) & 0x3f));
    buf[3] = (unsigned char)(0x80 | (c & 0x3f));
    return 4;
}

/* Encode str s into a new malloc'd buffer; *offsets (malloc'd, nchars + 1 entries) is
 * set unless the string is ASCII (then NULL); *valid is 1 unless s holds surrogates.
 * 0 / -1 with MemoryError. */
static int
re_encode_str(GlObject *s, char **text, Gl_ssize_t *nbytes, Gl_ssize_t **offsets, int *valid)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(s);
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    int ascii = 1;
    for (Gl_ssize_t i = 0; i < n && ascii; i++) {
        ascii = GlStr_READ(kind, data, i) < 0x80;
    }
    unsigned char *buf = malloc((size_t)(ascii ? n : 4 * n) + 1);
    Gl_ssize_t *offs = ascii ? NULL : malloc(sizeof(Gl_ssize_t) * (size_t)(n + 1));
    if (buf == NULL || (!ascii && offs == NULL)) {
        free(buf);
        free(offs);
        GlErr_NoMemory();
        return -1;
    }
    Gl_ssize_t pos = 0;
    *valid = 1;
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (offs != NULL) {
            offs[i] = pos;
        }
        uint32_t c = GlStr_READ(kind, data, i);
        if (c >= 0xd800 && c <= 0xdfff) {
            *valid = 0;
        }
        pos += re_put_utf8(buf + pos, c);
    }
    if (offs != NULL) {
        offs[n] = pos;
    }
    buf[pos] = '\0';
    *text = (char *)buf;
    *nbytes = pos;
    *offsets = offs;
    return 0;
}

/* pcre2_compile with LF as the only newline (Python's). NULL on error (*err set; err 0
 * means out of memory). */
static pcre2_code *
re_compile_pattern(const char *data, Gl_ssize_t len, uint32_t opts, int *err,
                   PCRE2_SIZE *erroff)
{
    *err = 0;
    pcre2_compile_context *cc = pcre2_compile_context_create(NULL);
    if (cc == NULL) {
        return NULL;
    }
    pcre2_set_newline(cc, PCRE2_NEWLINE_LF);
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)data, (PCRE2_SIZE)len, opts, err, erroff, cc);
    pcre2_compile_context_free(cc);
    return code;
}

/* ---- Subject ---- */

static GlObject *
subject_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (args == NULL || GlTuple_GET_SIZE(args) != 1) {
        return GlErr_SetString(GlExc_TypeError, "Subject() takes exactly one argument");
    }
    GlObject *s = GlTuple_GET_ITEM(args, 0);
    GlReSubjectObject *sub = (GlReSubjectObject *)type->tp_alloc(type, 0);
    if (sub == NULL) {
        return NULL;
    }
    if (GlStr_Check(s)) {
        if (re_encode_str(s, &sub->text, &sub->nbytes, &sub->offsets, &sub->valid_utf) < 0) {
            Gl_DECREF(sub);
            return NULL;
        }
        sub->nchars = GlStr_GET_LENGTH(s);
        return (GlObject *)sub;
    }
    const char *data;
    Gl_ssize_t len;
    if (GlBytes_AsBuffer(s, &data, &len) < 0) {
        Gl_DECREF(sub);
        return NULL;
    }
    sub->text = malloc((size_t)len + 1);
    if (sub->text == NULL) {
        Gl_DECREF(sub);
        return GlErr_NoMemory();
    }
    memcpy(sub->text, data, (size_t)len);
    sub->text[len] = '\0';
    sub->nbytes = sub->nchars = len;
    return (GlObject *)sub;
}

static void
subject_dealloc(GlObject *self)
{
    GlReSubjectObject *sub = (GlReSubjectObject *)self;
    free(sub->text);
    free(sub->offsets);
    Gl_TYPE(self)->tp_free(self);
}

static Gl_ssize_t
subject_char_to_byte(GlReSubjectObject *sub, Gl_ssize_t i)
{
    return sub->offsets == NULL ? i : sub->offsets[i];
}

/* The character index of byte offset b (a character boundary, or rounded down). */
static Gl_ssize_t
subject_byte_to_char(GlReSubjectObject *sub, Gl_ssize_t b)
{
    if (sub->offsets == NULL) {
        return b;
    }
    Gl_ssize_t lo = 0, hi = sub->nchars;
    while (lo < hi) {
        Gl_ssize_t mid = lo + (hi - lo + 1) / 2;
        if (sub->offsets[mid] <= b) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    return lo;
}

static GlObject *
subject_len(GlObject *self, void *closure)
{
    return GlInt_FromSsize_t(((GlReSubjectObject *)self)->nchars);
}

static GlGetSetDef subject_getset[] = {
    {"length", subject_len, NULL, "the subject's length in characters", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlReSubject_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_re.Subject",
    .tp_basicsize = sizeof(GlReSubjectObject),
    .tp_dealloc = subject_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_doc = "Subject(string): a string prepared for matching.",
    .tp_getset = subject_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = subject_new,
    .tp_free = GlObject_Free,
};

/* ---- Code ---- */

static void
code_dealloc(GlObject *self)
{
    GlReCodeObject *c = (GlReCodeObject *)self;
    if (c->mdata != NULL) {
        pcre2_match_data_free(c->mdata);
    }
    if (c->code != NULL) {
        pcre2_code_free(c->code);
    }
    if (c->code_invalid != NULL) {
        pcre2_code_free(c->code_invalid);
    }
    free(c->source);
    Gl_TYPE(self)->tp_free(self);
}

/* exec(subject, pos, endpos, mode, notempty_atstart): see the file comment. */
static GlObject *
code_exec(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlReCodeObject *c = (GlReCodeObject *)self;
    if (GlArg_CheckPositional("exec", nargs, 5, 5) < 0) {
        return NULL;
    }
    if (!GlObject_TypeCheck(args[0], &GlReSubject_Type)) {
        return GlErr_SetString(GlExc_TypeError, "exec() needs a Subject");
    }
    GlReSubjectObject *sub = (GlReSubjectObject *)args[0];
    Gl_ssize_t pos = GlInt_AsSsize_t(args[1]);
    Gl_ssize_t endpos = GlInt_AsSsize_t(args[2]);
    long mode = GlInt_AsLong(args[3]);
    int notempty = GlObject_IsTrue(args[4]);
    if (GlErr_Occurred()) {
        return NULL;
    }
    if (pos < 0 || endpos > sub->nchars || pos > endpos) {
        Gl_RETURN_NONE;
    }
    uint32_t opts = 0;
    if (mode >= 1) {
        opts |= PCRE2_ANCHORED;
    }
    if (mode == 2) {
        opts |= PCRE2_ENDANCHORED;
    }
    if (notempty) {
        opts |= PCRE2_NOTEMPTY_ATSTART;
    }
    pcre2_code *code = c->code;
    if (sub->valid_utf) {
        opts |= PCRE2_NO_UTF_CHECK;   // else PCRE2 re-checks the whole subject every call
    } else if (c->options & PCRE2_UTF) {
        if (c->code_invalid == NULL) {
            int err;
            PCRE2_SIZE erroff;
            c->code_invalid = re_compile_pattern(c->source, c->source_len,
                                                 c->options | PCRE2_MATCH_INVALID_UTF, &err,
                                                 &erroff);
            if (c->code_invalid == NULL) {
                return GlErr_NoMemory();
            }
        }
        code = c->code_invalid;
    }
    Gl_ssize_t bstart = subject_char_to_byte(sub, pos);
    Gl_ssize_t bend = subject_char_to_byte(sub, endpos);
    int rc = pcre2_match(code, (PCRE2_SPTR)sub->text, (PCRE2_SIZE)bend, (PCRE2_SIZE)bstart,
                         opts, c->mdata, NULL);
    if (rc == PCRE2_ERROR_NOMATCH) {
        Gl_RETURN_NONE;
    }
    if (rc < 0) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(rc, msg, sizeof(msg));
        return GlErr_Format(GlExc_RuntimeError, "regular expression engine: %s", (char *)msg);
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->mdata);
    Gl_ssize_t n = 2 * ((Gl_ssize_t)c->ngroups + 1);
    GlObject *t = GlTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        Gl_ssize_t v = -1;
        if (i / 2 < rc && ov[i] != PCRE2_UNSET) {
            v = subject_byte_to_char(sub, (Gl_ssize_t)ov[i]);
        }
        GlObject *o = GlInt_FromSsize_t(v);
        if (o == NULL) {
            Gl_DECREF(t);
            return NULL;
        }
        GlTuple_SET_ITEM(t, i, o);
    }
    return t;
}

static GlObject *
code_groups(GlObject *self, void *closure)
{
    return GlInt_FromLong((long)((GlReCodeObject *)self)->ngroups);
}

static GlObject *
code_groupindex(GlObject *self, void *closure)
{
    GlReCodeObject *c = (GlReCodeObject *)self;
    uint32_t count = 0, entry = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMETABLE, &table);
    GlObject *d = GlDict_New();
    for (uint32_t i = 0; d != NULL && i < count; i++) {
        PCRE2_SPTR e = table + (size_t)i * entry;
        GlObject *k = GlStr_FromString((const char *)e + 2);
        GlObject *v = GlInt_FromLong((e[0] << 8) | e[1]);
        if (k == NULL || v == NULL || GlDict_SetItem(d, k, v) < 0) {
            Gl_CLEAR(d);
        }
        Gl_XDECREF(k);
        Gl_XDECREF(v);
    }
    return d;
}

static GlMethodDef code_methods[] = {
    {"exec", GL_FN(code_exec), GL_METH_FASTCALL,
     "exec(subject, pos, endpos, mode, notempty_atstart) -> offsets tuple or None."},
    {NULL, NULL, 0, NULL},
};

static GlGetSetDef code_getset[] = {
    {"groups", code_groups, NULL, "number of capturing groups", NULL},
    {"groupindex", code_groupindex, NULL, "dict of group names to numbers", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlReCode_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_re.Code",
    .tp_basicsize = sizeof(GlReCodeObject),
    .tp_dealloc = code_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_doc = "A compiled PCRE2 pattern.",
    .tp_methods = code_methods,
    .tp_getset = code_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_free = GlObject_Free,
};

/* compile(pattern, options): a Code, or (message, offset in code units) on error. */
static GlObject *
re_compile(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("compile", nargs, 2, 2) < 0) {
        return NULL;
    }
    long opts = GlInt_AsLong(args[1]);
    if (opts == -1 && GlErr_Occurred()) {
        return NULL;
    }
    char *text = NULL;
    Gl_ssize_t len = 0, *offs = NULL;
    const char *data;
    int valid;
    if (GlStr_Check(args[0])) {
        if (re_encode_str(args[0], &text, &len, &offs, &valid) < 0) {
            return NULL;
        }
        free(offs);
        data = text;
    } else if (GlBytes_AsBuffer(args[0], &data, &len) < 0) {
        return NULL;
    }
    int err = 0;
    PCRE2_SIZE erroff = 0;
    pcre2_code *code = re_compile_pattern(data, len, (uint32_t)opts, &err, &erroff);
    if (code == NULL) {
        free(text);
        if (err == 0) {
            return GlErr_NoMemory();
        }
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(err, msg, sizeof(msg));
        GlObject *a = GlStr_FromString((char *)msg);
        GlObject *b = GlInt_FromLong(err);
        GlObject *o = GlInt_FromSize_t(erroff);
        GlObject *r = a != NULL && b != NULL && o != NULL ? GlTuple_Pack(3, a, b, o) : NULL;
        Gl_XDECREF(a);
        Gl_XDECREF(b);
        Gl_XDECREF(o);
        return r;
    }
    GlReCodeObject *c = (GlReCodeObject *)GlType_GenericAlloc(&GlReCode_Type, 0);
    if (c == NULL) {
        free(text);
        pcre2_code_free(code);
        return NULL;
    }
    c->code = code;
    c->options = (uint32_t)opts;
    c->source_len = len;
    c->source = text != NULL ? text : malloc((size_t)len + 1);
    if (c->source == NULL) {
        Gl_DECREF(c);
        return GlErr_NoMemory();
    }
    if (text == NULL) {
        memcpy(c->source, data, (size_t)len);
    }
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &c->ngroups);
    c->mdata = pcre2_match_data_create_from_pattern(code, NULL);
    if (c->mdata == NULL) {
        Gl_DECREF(c);
        return GlErr_NoMemory();
    }
    return (GlObject *)c;
}

static GlMethodDef re_methods[] = {
    {"compile", GL_FN(re_compile), GL_METH_FASTCALL,
     "compile(pattern, options) -> Code, or (message, code, offset) on a syntax error."},
    {NULL, NULL, 0, NULL},
};

GlObject *
GlInit_re(void) GL_NEWREF
{
    if ((GlReCode_Type.tp_dict == NULL && GlType_Ready(&GlReCode_Type) < 0)
        || (GlReSubject_Type.tp_dict == NULL && GlType_Ready(&GlReSubject_Type) < 0)) {
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("_re");
    if (m == NULL) {
        return NULL;
    }
    GlObject *doc = GlStr_FromString("PCRE2-based regular expression engine used by re.");
    if (doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0
        || GlModule_AddFunctions(m, re_methods) < 0
        || GlModule_AddObject(m, "Code", (GlObject *)&GlReCode_Type) < 0
        || GlModule_AddObject(m, "Subject", (GlObject *)&GlReSubject_Type) < 0
        || GlModule_AddIntConstant(m, "CASELESS", PCRE2_CASELESS) < 0
        || GlModule_AddIntConstant(m, "MULTILINE", PCRE2_MULTILINE) < 0
        || GlModule_AddIntConstant(m, "DOTALL", PCRE2_DOTALL) < 0
        || GlModule_AddIntConstant(m, "EXTENDED", PCRE2_EXTENDED) < 0
        || GlModule_AddIntConstant(m, "UTF", PCRE2_UTF) < 0
        || GlModule_AddIntConstant(m, "ALT_CIRCUMFLEX", PCRE2_ALT_CIRCUMFLEX) < 0
        || GlModule_AddIntConstant(m, "UCP", PCRE2_UCP) < 0
        || GlModule_AddIntConstant(m, "MATCH_INVALID_UTF", PCRE2_MATCH_INVALID_UTF) < 0) {
        Gl_XDECREF(doc);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(doc);
    return m;
}
