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
 *   Code.findall(string, pos, endpos) -> list (as Pattern.findall)
 *   Code.split(string, maxsplit) -> list (maxsplit 0: no limit, < 0: no split)
 *   Code.subn(string, repl, count, match_cls, pattern) -> (new string, n): repl is a
 *       parsed template (list of literal pieces and group numbers) or a callable
 *       given match_cls instances; count 0: all, < 0: none.
 *   Code.iter(string, pos, endpos, match_cls, pattern) -> iterator of match_cls
 *       instances (finditer).
 *   These take the string itself: Pattern._subject's type checks and CPython's pos/
 *   endpos conversion and clamping happen here; findall/split/subn search an exact
 *   str (copy of a str subclass) or bytes (copy of another bytes-like object).
 *   Code.search(string, pos, endpos, mode, match_cls, pattern) -> a match_cls
 *       instance or None, from the string itself, with Pattern._subject's type checks
 *       and CPython's pos/endpos handling (Pattern.search/match/fullmatch).
 *   Match: the C base of re.Match (re, string, pos, endpos, _regs; group, groups,
 *       groupdict, start, end, span, m[g]); lib/re.py subclasses it for the rest.
 *       Instances are made only here (no tp_new: "cannot create" as CPython).
 *   Code.groups, Code.groupindex (dict name -> number).
 *
 * Invariants:
 * - A Code owns its pcre2_code and a match-data block sized for it; both live until
 *   the Code dies. No Python code runs while PCRE2 matches.
 * - A Subject's text is valid UTF-8 (valid_utf) unless the str held surrogates. Valid
 *   text is matched with PCRE2_NO_UTF_CHECK (otherwise PCRE2 scans the whole subject on
 *   every call, making finditer quadratic); text with surrogates is matched by a second
 *   compilation with PCRE2_MATCH_INVALID_UTF (slower), in which surrogates match nothing.
 * - A Subject made from an ASCII str or an exact bytes object borrows that object's data
 *   (owner holds a reference; both are immutable); other subjects own a private copy.
 * - Patterns are JIT-compiled (pcre2_jit_compile) when PCRE2 supports it; searches
 *   call pcre2_jit_match directly, anchored matches (options the JIT lacks at match
 *   time) go through pcre2_match, and a match that overflows the JIT stack is rerun
 *   by the interpreter (PCRE2_NO_JIT), whose frames live on the heap.
 * - findall, split, subn and iter loop over matches in C with the advancing rule of
 *   CPython 3.7+ (after an empty match the next one must not be empty at the same
 *   place: PCRE2_NOTEMPTY_ATSTART); the ovector is read out right after each match,
 *   before any Python code (a repl function, Match()) can reuse the match data.
 * - A Subject's offsets array has nchars + 1 entries, strictly increasing, offsets[0] = 0
 *   and offsets[nchars] = nbytes; it is NULL when characters and bytes coincide (bytes
 *   subjects and ASCII strings). Its text is a private copy (NUL-terminated).
 */
#include "modules.h"
#include "ucswriter.h"
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

typedef struct GlReCodeObject {
    GlObject ob_base;
    pcre2_code *code;            // the compiled pattern (owned)
    pcre2_code *code_invalid;    // the same with PCRE2_MATCH_INVALID_UTF, made on first use
    int jit, jit_invalid;        // code / code_invalid has JIT code
    pcre2_match_data *mdata;     // ovector storage for exec (owned)
    uint32_t ngroups;            // capture count
    uint32_t options;            // the compile options
    char *source;                // the pattern as compiled (owned, for code_invalid)
    Gl_ssize_t source_len;
} GlReCodeObject;

typedef struct GlReSubjectObject {
    GlObject ob_base;
    char *text;                  // UTF-8 or raw bytes (malloc'd, or owner's data)
    GlObject *owner;             // the ASCII str / exact bytes whose data text is, or NULL
    Gl_ssize_t nbytes;           // length of text
    Gl_ssize_t nchars;           // length in characters (== nbytes for bytes subjects)
    Gl_ssize_t *offsets;         // byte offset of each character, or NULL (identity)
    int valid_utf;               // 1: text is valid UTF-8 (a str without surrogates)
    Gl_ssize_t hint;             // the character index of the last byte_to_char answer
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

/* 1 when this PCRE2 has a JIT compiler (asked once). */
static int
re_jit_available(void)
{
    static int avail = -1;
    if (avail < 0) {
        uint32_t j = 0;
        avail = pcre2_config(PCRE2_CONFIG_JIT, &j) >= 0 && j;
    }
    return avail;
}

/* 1 when the JIT compiled code (PCRE2_JIT_COMPLETE). */
static int
re_has_jit(pcre2_code *code)
{
    size_t size = 0;
    return pcre2_pattern_info(code, PCRE2_INFO_JITSIZE, &size) == 0 && size > 0;
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
    if (code != NULL && re_jit_available()) {
        (void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);   // on failure: interpreter
    }
    return code;
}

/* ---- Subject ---- */

/* Subject(string): the subject prepared for matching. New reference. */
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
    if ((GlStr_Check(s) && ((GlStrObject *)s)->ascii) || GlBytes_CheckExact(s)) {
        // Immutable and already in the form PCRE2 reads: borrow the data.
        sub->owner = Gl_NewRef(s);
        sub->text = GlStr_Check(s) ? (char *)GlStr_DATA(s) : GlBytes_AS_STRING(s);
        sub->nbytes = sub->nchars = Gl_SIZE(s);
        sub->valid_utf = 1;
        return (GlObject *)sub;
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
    if (sub->owner != NULL) {
        Gl_DECREF(sub->owner);
    } else {
        free(sub->text);
    }
    free(sub->offsets);
    Gl_TYPE(self)->tp_free(self);
}

static Gl_ssize_t
subject_char_to_byte(GlReSubjectObject *sub, Gl_ssize_t i)
{
    return sub->offsets == NULL ? i : sub->offsets[i];
}

/* The character index of byte offset b (a character boundary, or rounded down).
 * Match loops ask for nearby, mostly increasing offsets: a short walk from the
 * previous answer (hint) serves those; anything else is a binary search. */
static Gl_ssize_t
subject_byte_to_char(GlReSubjectObject *sub, Gl_ssize_t b)
{
    if (sub->offsets == NULL) {
        return b;
    }
    Gl_ssize_t c = sub->hint;
    if (sub->offsets[c] <= b && b - sub->offsets[c] < 256) {
        while (c < sub->nchars && sub->offsets[c + 1] <= b) {
            c++;
        }
        sub->hint = c;
        return c;
    }
    if (sub->offsets[c] > b && sub->offsets[c] - b < 256) {
        while (sub->offsets[c] > b) {
            c--;
        }
        sub->hint = c;
        return c;
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
    sub->hint = lo;
    return lo;
}

/* Subject.length: the length in characters. New reference. */
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

/* Run the pattern once on sub between byte offsets bstart and bend with the extra
 * match options opts. 1 on a match (the ovector is in c->mdata), 0 on no match, -1
 * with an exception. Runs no Python code. */
static int
code_match(GlReCodeObject *c, GlReSubjectObject *sub, Gl_ssize_t bstart, Gl_ssize_t bend,
           uint32_t opts)
{
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
                GlErr_NoMemory();
                return -1;
            }
            c->jit_invalid = re_has_jit(c->code_invalid);
        }
        code = c->code_invalid;
    }
    int jit = code == c->code ? c->jit : c->jit_invalid;
    int rc;
    if (jit && !(opts & (PCRE2_ANCHORED | PCRE2_ENDANCHORED))) {
        // The JIT entry point without pcre2_match's per-call checks.
        rc = pcre2_jit_match(code, (PCRE2_SPTR)sub->text, (PCRE2_SIZE)bend, (PCRE2_SIZE)bstart,
                             opts & ~PCRE2_NO_UTF_CHECK, c->mdata, NULL);
    } else {
        rc = pcre2_match(code, (PCRE2_SPTR)sub->text, (PCRE2_SIZE)bend, (PCRE2_SIZE)bstart,
                         opts, c->mdata, NULL);
    }
    if (rc == PCRE2_ERROR_JIT_STACKLIMIT) {
        // Deep backtracking: the interpreter keeps its frames on the heap.
        rc = pcre2_match(code, (PCRE2_SPTR)sub->text, (PCRE2_SIZE)bend, (PCRE2_SIZE)bstart,
                         opts | PCRE2_NO_JIT, c->mdata, NULL);
    }
    if (rc == PCRE2_ERROR_NOMATCH) {
        return 0;
    }
    if (rc < 0) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(rc, msg, sizeof(msg));
        GlErr_Format(GlExc_RuntimeError, "regular expression engine: %s", (char *)msg);
        return -1;
    }
    return 1;
}

/* The regs tuple (character offsets, -1 for groups that did not take part) of the
 * match now in c->mdata. New reference. */
static GlObject *
code_regs(GlReCodeObject *c, GlReSubjectObject *sub)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->mdata);
    uint32_t ovn = pcre2_get_ovector_count(c->mdata);
    Gl_ssize_t n = 2 * ((Gl_ssize_t)c->ngroups + 1);
    GlObject *t = GlTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        Gl_ssize_t v = -1;
        if (i / 2 < (Gl_ssize_t)ovn && ov[i] != PCRE2_UNSET) {
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

/* exec(subject, pos, endpos, mode, notempty_atstart): see the file comment. New
 * reference (a regs tuple, or None). */
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
    int rc = code_match(c, sub, subject_char_to_byte(sub, pos), subject_char_to_byte(sub, endpos),
                        opts);
    if (rc <= 0) {
        return rc < 0 ? NULL : Gl_NewRef(Gl_None);
    }
    return code_regs(c, sub);
}

/* The state of a loop over the matches of a search (byte offsets). */
typedef struct ReIter {
    Gl_ssize_t pos, endpos;     // next search start, end of the searched range
    int notempty;               // the previous match was empty at pos
    int done;
    Gl_ssize_t start, end;      // byte span of the current match
} ReIter;

/* Advance to the next match: 1 (span in it->start/end, groups in c->mdata), 0 when
 * there are no more, -1 with an exception. */
static int
re_iter_next(GlReCodeObject *c, GlReSubjectObject *sub, ReIter *it)
{
    if (it->done || it->pos > it->endpos) {
        it->done = 1;
        return 0;
    }
    int rc = code_match(c, sub, it->pos, it->endpos, it->notempty ? PCRE2_NOTEMPTY_ATSTART : 0);
    if (rc <= 0) {
        it->done = 1;
        return rc;
    }
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->mdata);
    it->start = (Gl_ssize_t)ov[0];
    it->end = (Gl_ssize_t)ov[1];
    it->notempty = it->start == it->end;
    it->pos = it->end;
    return 1;
}

/* string[a:b] for byte offsets of the subject: a str slice (by characters) or bytes.
 * New reference. */
static GlObject *
re_slice(GlReSubjectObject *sub, GlObject *string, Gl_ssize_t a, Gl_ssize_t b)
{
    if (GlStr_Check(string)) {
        Gl_ssize_t ca = subject_byte_to_char(sub, a);   // in this order: the hint moves forward
        return GlStr_Substring(string, ca, subject_byte_to_char(sub, b));
    }
    return GlBytes_FromStringAndSize(sub->text + a, b - a);
}

/* Group k of the match in c->mdata as a slice, or a new reference to dflt. */
static GlObject *
re_group(GlReCodeObject *c, GlReSubjectObject *sub, GlObject *string, uint32_t k, GlObject *dflt)
{
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->mdata);
    if (k >= pcre2_get_ovector_count(c->mdata) || ov[2 * k] == PCRE2_UNSET) {
        return Gl_NewRef(dflt);
    }
    return re_slice(sub, string, (Gl_ssize_t)ov[2 * k], (Gl_ssize_t)ov[2 * k + 1]);
}

/* The Subject for string after Pattern._subject's checks: a str pattern (compiled
 * with PCRE2_UTF) takes str, a bytes pattern any buffer (bytes, memoryview, array);
 * TypeError otherwise (CPython's messages). New reference. */
static GlObject *
code_subject_for(GlReCodeObject *c, GlObject *string)
{
    int str_pat = (c->options & PCRE2_UTF) != 0;
    int bytes_like = GlObject_CheckBuffer(string);   // bytes, bytearray, memoryview, array
    if (str_pat ? !GlStr_Check(string) : !bytes_like) {
        if (str_pat && bytes_like) {
            return GlErr_SetString(GlExc_TypeError,
                                   "cannot use a string pattern on a bytes-like object");
        }
        if (!str_pat && GlStr_Check(string)) {
            return GlErr_SetString(GlExc_TypeError,
                                   "cannot use a bytes pattern on a string-like object");
        }
        return GlErr_Format(GlExc_TypeError, "expected string or bytes-like object, got '%.200s'",
                            GlType_ShortName(Gl_TYPE(string)));
    }
    GlObject *args = GlTuple_Pack(1, string);
    if (args == NULL) {
        return NULL;
    }
    GlObject *sub = subject_new(&GlReSubject_Type, args, NULL);
    Gl_DECREF(args);
    return sub;
}

/* The value of an index argument (pos/endpos) as CPython's argument parsing reads a
 * Py_ssize_t: TypeError for non-integers, OverflowError past the range. 0 / -1. */
static int
re_index_arg(GlObject *o, Gl_ssize_t *out)
{
    GlObject *v = GlNumber_Index(o);
    if (v == NULL) {
        return -1;
    }
    int ovf = 0;
    int64_t x = GlInt_AsInt64AndOverflow(v, &ovf);
    Gl_DECREF(v);
    if (ovf) {
        GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    *out = (Gl_ssize_t)x;
    return 0;
}

/* For findall, split and subn: the Subject for string (new reference) after the type
 * checks, and in *exact a new reference to the exact str or bytes searched: string
 * itself, an exact copy of a str subclass, or the bytes of another bytes-like object
 * (the pieces CPython returns are of those types). NULL with an exception. */
static GlObject *
code_prepare(GlReCodeObject *c, GlObject *string, GlObject **exact)
{
    *exact = NULL;
    GlObject *sub = code_subject_for(c, string);
    if (sub == NULL) {
        return NULL;
    }
    if (GlStr_CheckExact(string) || GlBytes_CheckExact(string)) {
        *exact = Gl_NewRef(string);
    } else if (GlStr_Check(string)) {
        *exact = GlStr_Substring(string, 0, GlStr_GET_LENGTH(string));
    } else {
        GlReSubjectObject *so = (GlReSubjectObject *)sub;
        *exact = GlBytes_FromStringAndSize(so->text, so->nbytes);
    }
    if (*exact == NULL) {
        Gl_DECREF(sub);
        return NULL;
    }
    return sub;
}

/* The matches (or groups) of the pattern in sub[pos:endpos] (character offsets,
 * clamped); string is the exact str or bytes of sub. New reference. */
static GlObject *
findall_impl(GlReCodeObject *c, GlReSubjectObject *sub, GlObject *string, Gl_ssize_t pos,
             Gl_ssize_t endpos)
{
    GlObject *result = GlList_New(0);
    if (result == NULL || pos > endpos) {
        return result;
    }
    GlObject *empty = GlStr_Check(string) ? GlStr_FromString("") : GlBytes_FromStringAndSize("", 0);
    if (empty == NULL) {
        Gl_DECREF(result);
        return NULL;
    }
    ReIter it = {subject_char_to_byte(sub, pos), subject_char_to_byte(sub, endpos), 0, 0, 0, 0};
    uint32_t g = c->ngroups;
    int rc;
    while ((rc = re_iter_next(c, sub, &it)) > 0) {
        GlObject *item;
        if (g == 0) {
            item = re_slice(sub, string, it.start, it.end);
        } else if (g == 1) {
            item = re_group(c, sub, string, 1, empty);
        } else {
            item = GlTuple_New(g);
            for (uint32_t k = 1; item != NULL && k <= g; k++) {
                GlObject *v = re_group(c, sub, string, k, empty);
                if (v == NULL) {
                    Gl_CLEAR(item);
                    break;
                }
                GlTuple_SET_ITEM(item, k - 1, v);
            }
        }
        if (item == NULL || GlList_Append(result, item) < 0) {
            Gl_XDECREF(item);
            rc = -1;
            break;
        }
        Gl_DECREF(item);
    }
    Gl_DECREF(empty);
    if (rc < 0) {
        Gl_DECREF(result);
        return NULL;
    }
    return result;
}

/* findall(string, pos, endpos) -> list (Pattern.findall). New reference. */
static GlObject *
code_findall(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlReCodeObject *c = (GlReCodeObject *)self;
    Gl_ssize_t pos, endpos;
    if (GlArg_CheckPositional("findall", nargs, 3, 3) < 0 || re_index_arg(args[1], &pos) < 0
        || re_index_arg(args[2], &endpos) < 0) {
        return NULL;
    }
    GlObject *exact;
    GlObject *sub = code_prepare(c, args[0], &exact);
    if (sub == NULL) {
        return NULL;
    }
    Gl_ssize_t n = ((GlReSubjectObject *)sub)->nchars;
    pos = pos < 0 ? 0 : pos > n ? n : pos;
    endpos = endpos > n ? n : endpos < 0 ? 0 : endpos;
    GlObject *r = findall_impl(c, (GlReSubjectObject *)sub, exact, pos, endpos);
    Gl_DECREF(exact);
    Gl_DECREF(sub);
    return r;
}

/* The pieces of string split by the matches in sub, with the groups (maxsplit 0: no
 * limit; < 0: no split). New reference. */
static GlObject *
split_impl(GlReCodeObject *c, GlReSubjectObject *sub, GlObject *string, Gl_ssize_t maxsplit)
{
    GlObject *result = GlList_New(0);
    if (result == NULL) {
        return NULL;
    }
    ReIter it = {0, sub->nbytes, 0, 0, 0, 0};
    Gl_ssize_t last = 0, n = 0;
    int rc;
    while ((maxsplit == 0 || n < maxsplit) && (rc = re_iter_next(c, sub, &it)) != 0) {
        if (rc < 0) {
            goto fail;
        }
        GlObject *piece = re_slice(sub, string, last, it.start);
        if (piece == NULL || GlList_Append(result, piece) < 0) {
            Gl_XDECREF(piece);
            goto fail;
        }
        Gl_DECREF(piece);
        for (uint32_t k = 1; k <= c->ngroups; k++) {
            GlObject *v = re_group(c, sub, string, k, Gl_None);
            if (v == NULL || GlList_Append(result, v) < 0) {
                Gl_XDECREF(v);
                goto fail;
            }
            Gl_DECREF(v);
        }
        last = it.end;
        n++;
    }
    GlObject *tail = re_slice(sub, string, last, sub->nbytes);
    if (tail == NULL || GlList_Append(result, tail) < 0) {
        Gl_XDECREF(tail);
        goto fail;
    }
    Gl_DECREF(tail);
    return result;
fail:
    Gl_DECREF(result);
    return NULL;
}

/* split(string, maxsplit) -> list (Pattern.split; maxsplit < 0: no split). New
 * reference. */
static GlObject *
code_split(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlReCodeObject *c = (GlReCodeObject *)self;
    Gl_ssize_t maxsplit;
    if (GlArg_CheckPositional("split", nargs, 2, 2) < 0 || re_index_arg(args[1], &maxsplit) < 0) {
        return NULL;
    }
    GlObject *exact;
    GlObject *sub = code_prepare(c, args[0], &exact);
    if (sub == NULL) {
        return NULL;
    }
    GlObject *r = split_impl(c, (GlReSubjectObject *)sub, exact, maxsplit);
    Gl_DECREF(exact);
    Gl_DECREF(sub);
    return r;
}

/* Append bytes-like or str piece p to w (str mode: is_str). TypeError as
 * ''.join / b''.join when it has the wrong type (index: its place in the list of
 * pieces CPython would join). 0 / -1. */
static int
re_put_piece(Writer *w, GlObject *p, int is_str, Gl_ssize_t index)
{
    if (is_str) {
        if (!GlStr_Check(p)) {
            GlErr_Format(GlExc_TypeError, "sequence item %zd: expected str instance, %.80s found",
                         index, GlType_ShortName(Gl_TYPE(p)));
            return -1;
        }
        return w_str(w, p);
    }
    const char *data;
    Gl_ssize_t len;
    if (GlStr_Check(p) || GlBytes_AsBuffer(p, &data, &len) < 0) {
        GlErr_Clear();
        GlErr_Format(GlExc_TypeError,
                     "sequence item %zd: expected a bytes-like object, %.80s found", index,
                     GlType_ShortName(Gl_TYPE(p)));
        return -1;
    }
    return w_range(w, 1, data, 0, len);
}

/* ---- Match: the C base of re.Match ---- */

typedef struct GlReMatchObject {
    GlObject ob_base;
    GlObject *re;         // the Pattern
    GlObject *string;     // the subject as given
    GlObject *regs;       // tuple of 2 * (groups + 1) character offsets (-1: unset)
    GlObject *pos, *endpos;
} GlReMatchObject;

static GlTypeObject GlReMatch_Type;

/* A new match_cls instance (a subclass of _re.Match) for the match in c->mdata.
 * New reference. */
static GlObject *
re_make_match(GlReCodeObject *c, GlReSubjectObject *sub, GlObject *match_cls, GlObject *pattern,
              GlObject *string, GlObject *pos, GlObject *endpos)
{
    if (!GlType_Check(match_cls) || !GlType_IsSubtype((GlTypeObject *)match_cls, &GlReMatch_Type)) {
        return GlErr_SetString(GlExc_TypeError, "match class must be a subclass of _re.Match");
    }
    GlObject *regs = code_regs(c, sub);
    if (regs == NULL) {
        return NULL;
    }
    GlTypeObject *t = (GlTypeObject *)match_cls;
    GlReMatchObject *m = (GlReMatchObject *)t->tp_alloc(t, 0);
    if (m == NULL) {
        Gl_DECREF(regs);
        return NULL;
    }
    m->re = Gl_NewRef(pattern);
    m->string = Gl_NewRef(string);
    m->regs = regs;
    m->pos = Gl_NewRef(pos);
    m->endpos = Gl_NewRef(endpos);
    return (GlObject *)m;
}

static Gl_ssize_t
match_ngroups(GlReMatchObject *m)
{
    return GlTuple_GET_SIZE(m->regs) / 2 - 1;
}

static Gl_ssize_t
match_reg(GlReMatchObject *m, Gl_ssize_t i)
{
    return ((GlIntObject *)GlTuple_GET_ITEM(m->regs, i))->small;
}

/* The group number for g (int, index-able or group name); -1 with IndexError "no
 * such group", or with the error raised by g.__index__. */
static Gl_ssize_t
match_index(GlReMatchObject *m, GlObject *g)
{
    Gl_ssize_t k = -1;
    if (GlInt_Check(g)) {
        int ovf = 0;
        int64_t v = GlInt_AsInt64AndOverflow(g, &ovf);
        k = ovf ? -1 : (Gl_ssize_t)v;
    } else if (GlStr_Check(g) || GlBytes_Check(g)) {
        GlObject *gi = GlObject_GetAttrString(m->re, "groupindex");
        if (gi == NULL) {
            return -1;
        }
        GlObject *v = GlDict_Check(gi) ? GlDict_GetItemWithError(gi, g) : NULL;
        if (v != NULL && GlInt_Check(v)) {
            k = GlInt_AsSsize_t(v);
        }
        Gl_DECREF(gi);
        GlErr_Clear();
    } else if (GlIndex_Check(g)) {
        GlObject *v = GlNumber_Index(g);
        if (v == NULL) {
            return -1;   // the error of __index__, as CPython
        }
        int ovf = 0;
        int64_t x = GlInt_AsInt64AndOverflow(v, &ovf);
        k = ovf ? -1 : (Gl_ssize_t)x;
        Gl_DECREF(v);
    }
    if (k < 0 || k > match_ngroups(m)) {
        GlErr_SetString(GlExc_IndexError, "no such group");
        return -1;
    }
    return k;
}

/* Group k's text (string[start:end] as str or bytes, as CPython: bytes also for
 * bytearray/memoryview subjects), or a new reference to dflt when it did not take
 * part. New reference. */
static GlObject *
match_get(GlReMatchObject *m, Gl_ssize_t k, GlObject *dflt)
{
    Gl_ssize_t a = match_reg(m, 2 * k), b = match_reg(m, 2 * k + 1);
    if (a < 0) {
        return Gl_NewRef(dflt);
    }
    GlObject *s = m->string;
    if (GlStr_Check(s)) {
        return GlStr_Substring(s, a, b);   // an exact str, also for subclasses
    }
    const char *data;
    Gl_ssize_t len;
    if (GlBytes_AsBuffer(s, &data, &len) < 0) {   // bytes-like: the group is bytes
        return NULL;
    }
    if (b > len) {
        b = len;
    }
    return GlBytes_FromStringAndSize(data + (a < b ? a : b), a < b ? b - a : 0);
}

/* group(*args): one group's text, or a tuple of them. New reference. */
static GlObject *
match_group(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlReMatchObject *m = (GlReMatchObject *)self;
    if (nargs == 0) {
        return match_get(m, 0, Gl_None);
    }
    if (nargs == 1) {
        Gl_ssize_t k = match_index(m, args[0]);
        return k < 0 ? NULL : match_get(m, k, Gl_None);
    }
    GlObject *t = GlTuple_New(nargs);
    if (t == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        Gl_ssize_t k = match_index(m, args[i]);
        GlObject *v = k < 0 ? NULL : match_get(m, k, Gl_None);
        if (v == NULL) {
            Gl_DECREF(t);
            return NULL;
        }
        GlTuple_SET_ITEM(t, i, v);
    }
    return t;
}

/* m[g]. New reference. */
static GlObject *
match_subscript(GlObject *self, GlObject *g)
{
    GlReMatchObject *m = (GlReMatchObject *)self;
    Gl_ssize_t k = match_index(m, g);
    return k < 0 ? NULL : match_get(m, k, Gl_None);
}

/* groups(default=None): tuple of groups 1..n. New reference. */
static GlObject *
match_groups(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"default", NULL};
    GlObject *dflt = NULL;
    if (GlArg_ParseVector("groups", args, nargs, kwnames, kwlist, 1, 0, &dflt) < 0) {
        return NULL;
    }
    GlReMatchObject *m = (GlReMatchObject *)self;
    Gl_ssize_t n = match_ngroups(m);
    GlObject *t = GlTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (Gl_ssize_t k = 1; k <= n; k++) {
        GlObject *v = match_get(m, k, dflt != NULL ? dflt : Gl_None);
        if (v == NULL) {
            Gl_DECREF(t);
            return NULL;
        }
        GlTuple_SET_ITEM(t, k - 1, v);
    }
    return t;
}

/* groupdict(default=None): dict of the named groups. New reference. */
static GlObject *
match_groupdict(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"default", NULL};
    GlObject *dflt = NULL;
    if (GlArg_ParseVector("groupdict", args, nargs, kwnames, kwlist, 1, 0, &dflt) < 0) {
        return NULL;
    }
    GlReMatchObject *m = (GlReMatchObject *)self;
    GlObject *gi = GlObject_GetAttrString(m->re, "groupindex");
    if (gi == NULL) {
        return NULL;
    }
    GlObject *d = GlDict_Check(gi) ? GlDict_New() : NULL;
    if (d == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_SetString(GlExc_TypeError, "groupindex must be a dict");
        }
        Gl_DECREF(gi);
        return NULL;
    }
    Gl_ssize_t it = 0;
    GlObject *name, *idx;
    while (GlDict_Next(gi, &it, &name, &idx)) {
        Gl_ssize_t k = GlInt_Check(idx) ? GlInt_AsSsize_t(idx) : -1;
        if (k < 0 || k > match_ngroups(m)) {
            GlErr_Clear();
            continue;
        }
        GlObject *v = match_get(m, k, dflt != NULL ? dflt : Gl_None);
        if (v == NULL || GlDict_SetItem(d, name, v) < 0) {
            Gl_XDECREF(v);
            Gl_DECREF(d);
            Gl_DECREF(gi);
            return NULL;
        }
        Gl_DECREF(v);
    }
    Gl_DECREF(gi);
    return d;
}

/* The group number of the optional argument of start/end/span; -1 with an error. */
static Gl_ssize_t
match_opt_index(GlReMatchObject *m, const char *name, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional(name, nargs, 0, 1) < 0) {
        return -1;
    }
    return nargs == 0 ? 0 : match_index(m, args[0]);
}

/* start(group=0). New reference. */
static GlObject *
match_start(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlReMatchObject *m = (GlReMatchObject *)self;
    Gl_ssize_t k = match_opt_index(m, "start", args, nargs);
    return k < 0 ? NULL : Gl_NewRef(GlTuple_GET_ITEM(m->regs, 2 * k));
}

/* end(group=0). New reference. */
static GlObject *
match_end(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlReMatchObject *m = (GlReMatchObject *)self;
    Gl_ssize_t k = match_opt_index(m, "end", args, nargs);
    return k < 0 ? NULL : Gl_NewRef(GlTuple_GET_ITEM(m->regs, 2 * k + 1));
}

/* span(group=0) -> (start, end). New reference. */
static GlObject *
match_span(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlReMatchObject *m = (GlReMatchObject *)self;
    Gl_ssize_t k = match_opt_index(m, "span", args, nargs);
    return k < 0 ? NULL
                 : GlTuple_Pack(2, GlTuple_GET_ITEM(m->regs, 2 * k),
                                GlTuple_GET_ITEM(m->regs, 2 * k + 1));
}

static int
match_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlReMatchObject *m = (GlReMatchObject *)self;
    Gl_VISIT(m->re);
    Gl_VISIT(m->string);
    Gl_VISIT(m->regs);
    Gl_VISIT(m->pos);
    Gl_VISIT(m->endpos);
    return 0;
}

static int
match_clear(GlObject *self)
{
    GlReMatchObject *m = (GlReMatchObject *)self;
    Gl_CLEAR(m->re);
    Gl_CLEAR(m->string);
    Gl_CLEAR(m->regs);
    Gl_CLEAR(m->pos);
    Gl_CLEAR(m->endpos);
    return 0;
}

static void
match_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    match_clear(self);
    Gl_TYPE(self)->tp_free(self);
}

static GlMethodDef match_methods[] = {
    {"group", GL_FN(match_group), GL_METH_FASTCALL,
     "group([group1, ...]) -> str or tuple.\n    Return subgroup(s) of the match by indices or names.\n    For 0 returns the entire match."},
    {"groups", GL_FN(match_groups), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Return a tuple containing all the subgroups of the match, from 1.\n\n  default\n    Is used for groups that did not participate in the match."},
    {"groupdict", GL_FN(match_groupdict), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name.\n\n  default\n    Is used for groups that did not participate in the match."},
    {"start", GL_FN(match_start), GL_METH_FASTCALL,
     "Return index of the start of the substring matched by group."},
    {"end", GL_FN(match_end), GL_METH_FASTCALL,
     "Return index of the end of the substring matched by group."},
    {"span", GL_FN(match_span), GL_METH_FASTCALL,
     "For match object m, return the 2-tuple (m.start(group), m.end(group))."},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef match_members[] = {
    {"re", GL_T_OBJECT, offsetof(GlReMatchObject, re), GL_READONLY,
     "The regular expression object."},
    {"string", GL_T_OBJECT, offsetof(GlReMatchObject, string), GL_READONLY,
     "The string passed to match() or search()."},
    {"pos", GL_T_OBJECT, offsetof(GlReMatchObject, pos), GL_READONLY,
     "The index into the string at which the RE engine started looking for a match."},
    {"endpos", GL_T_OBJECT, offsetof(GlReMatchObject, endpos), GL_READONLY,
     "The index into the string beyond which the RE engine will not go."},
    {"_regs", GL_T_OBJECT, offsetof(GlReMatchObject, regs), GL_READONLY,
     "The flat tuple of group offsets."},
    {NULL, 0, 0, 0, NULL},
};

static GlMappingMethods match_as_mapping = {
    .mp_subscript = match_subscript,
};

static GlTypeObject GlReMatch_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_re.Match",
    .tp_basicsize = sizeof(GlReMatchObject),
    .tp_dealloc = match_dealloc,
    .tp_as_mapping = &match_as_mapping,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_doc = "The result of re.match() and re.search().",
    .tp_traverse = match_traverse,
    .tp_clear = match_clear,
    .tp_methods = match_methods,
    .tp_members = match_members,
    .tp_alloc = GlType_GenericAlloc,
    .tp_free = GlObject_GC_Del,
};

/* (new string, n) for string (the exact str or bytes of sub) with at most count
 * (0: all; < 0: none) matches replaced by repl: a parsed template (list) or a
 * callable given match_cls instances whose .string is orig (the caller's object).
 * New reference. */
static GlObject *
subn_impl(GlReCodeObject *c, GlReSubjectObject *sub, GlObject *string, GlObject *orig,
          GlObject *repl, Gl_ssize_t count, GlObject *match_cls, GlObject *pattern)
{
    int is_str = GlStr_Check(string);
    int is_template = GlList_CheckExact(repl);
    GlObject *zero = NULL, *len = NULL;
    if (!is_template) {
        zero = GlInt_FromSsize_t(0);
        len = GlInt_FromSsize_t(sub->nchars);
        if (zero == NULL || len == NULL) {
            goto fail;
        }
    }
    Writer w;
    w_init(&w);
    ReIter it = {0, sub->nbytes, 0, 0, 0, 0};
    Gl_ssize_t last = 0, n = 0, pieces = 0;
    int rc;
    while ((count == 0 || n < count) && (rc = re_iter_next(c, sub, &it)) != 0) {
        if (rc < 0) {
            goto fail_w;
        }
        Gl_ssize_t mstart = it.start, mend = it.end;
        if (mstart > last) {
            pieces++;
        }
        if (is_str) {
            Gl_ssize_t a = subject_byte_to_char(sub, last), b = subject_byte_to_char(sub, mstart);
            if (w_range(&w, GlStr_KIND(string), GlStr_DATA(string), a, b) < 0) {
                goto fail_w;
            }
        } else if (w_range(&w, 1, sub->text, last, mstart) < 0) {
            goto fail_w;
        }
        if (is_template) {
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(c->mdata);
            uint32_t ovn = pcre2_get_ovector_count(c->mdata);
            for (Gl_ssize_t i = 0; i < GlList_GET_SIZE(repl); i++) {
                GlObject *p = GlList_GET_ITEM(repl, i);
                if (GlInt_CheckExact(p)) {
                    Gl_ssize_t k = GlInt_AsSsize_t(p);
                    if (k < 0 || k >= (Gl_ssize_t)ovn || ov[2 * k] == PCRE2_UNSET) {
                        continue;
                    }
                    Gl_ssize_t a = (Gl_ssize_t)ov[2 * k], b = (Gl_ssize_t)ov[2 * k + 1];
                    int r2;
                    if (is_str) {
                        Gl_ssize_t ca = subject_byte_to_char(sub, a);
                        r2 = w_range(&w, GlStr_KIND(string), GlStr_DATA(string), ca,
                                     subject_byte_to_char(sub, b));
                    } else {
                        r2 = w_range(&w, 1, sub->text, a, b);
                    }
                    if (r2 < 0) {
                        goto fail_w;
                    }
                } else if (re_put_piece(&w, p, is_str, pieces) < 0) {
                    goto fail_w;
                }
            }
            pieces++;
        } else {
            GlObject *m = re_make_match(c, sub, match_cls, pattern, orig, zero, len);
            GlObject *item = m != NULL ? GlObject_CallOneArg(repl, m) : NULL;
            Gl_XDECREF(m);
            if (item == NULL) {
                goto fail_w;
            }
            if (item != Gl_None) {
                int r2 = re_put_piece(&w, item, is_str, pieces);
                pieces++;
                if (r2 < 0) {
                    Gl_DECREF(item);
                    goto fail_w;
                }
            }
            Gl_DECREF(item);
        }
        last = mend;
        n++;
    }
    GlObject *text;
    if (is_str) {
        Gl_ssize_t a = subject_byte_to_char(sub, last);
        if (w_range(&w, GlStr_KIND(string), GlStr_DATA(string), a, sub->nchars) < 0) {
            goto fail_w;
        }
        text = w_finish(&w);
    } else {
        if (w_range(&w, 1, sub->text, last, sub->nbytes) < 0) {
            goto fail_w;
        }
        text = GlBytes_FromStringAndSize(w.data != NULL ? w.data : "", w.len);
        w_free(&w);
    }
    Gl_XDECREF(zero);
    Gl_XDECREF(len);
    if (text == NULL) {
        return NULL;
    }
    GlObject *nobj = GlInt_FromSsize_t(n);
    GlObject *res = nobj != NULL ? GlTuple_Pack(2, text, nobj) : NULL;
    Gl_XDECREF(nobj);
    Gl_DECREF(text);
    return res;
fail_w:
    w_free(&w);
fail:
    Gl_XDECREF(zero);
    Gl_XDECREF(len);
    return NULL;
}

/* search(string, pos, endpos, mode, match_cls, pattern): Pattern.search (mode 0),
 * match (1) and fullmatch (2) in one call: type checks, clamping, the match. A new
 * match_cls instance, or None. New reference. */
static GlObject *
code_search(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlReCodeObject *c = (GlReCodeObject *)self;
    if (GlArg_CheckPositional("search", nargs, 6, 6) < 0) {
        return NULL;
    }
    long mode = GlInt_AsLong(args[3]);
    if (mode == -1 && GlErr_Occurred()) {
        return NULL;
    }
    Gl_ssize_t pos, endpos;
    if (re_index_arg(args[1], &pos) < 0 || re_index_arg(args[2], &endpos) < 0) {
        return NULL;
    }
    GlObject *subobj = code_subject_for(c, args[0]);
    if (subobj == NULL) {
        return NULL;
    }
    GlReSubjectObject *sub = (GlReSubjectObject *)subobj;
    GlObject *res = NULL, *posobj = NULL, *endobj = NULL;
    Gl_ssize_t n = sub->nchars;
    pos = pos < 0 ? 0 : pos > n ? n : pos;
    endpos = endpos > n ? n : endpos < 0 ? 0 : endpos;
    if (pos > endpos) {
        res = Gl_NewRef(Gl_None);
        goto done;
    }
    uint32_t opts = mode >= 1 ? PCRE2_ANCHORED : 0;
    if (mode == 2) {
        opts |= PCRE2_ENDANCHORED;
    }
    int rc = code_match(c, sub, subject_char_to_byte(sub, pos), subject_char_to_byte(sub, endpos),
                        opts);
    if (rc <= 0) {
        res = rc < 0 ? NULL : Gl_NewRef(Gl_None);
        goto done;
    }
    posobj = GlInt_FromSsize_t(pos);
    endobj = GlInt_FromSsize_t(endpos);
    if (posobj != NULL && endobj != NULL) {
        res = re_make_match(c, sub, args[4], args[5], args[0], posobj, endobj);
    }
done:
    Gl_XDECREF(posobj);
    Gl_XDECREF(endobj);
    Gl_DECREF(subobj);
    return res;
}

/* subn(string, repl, count, match_cls, pattern) -> (new string, n) (Pattern.subn;
 * count < 0: no replacement). New reference. */
static GlObject *
code_subn(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlReCodeObject *c = (GlReCodeObject *)self;
    Gl_ssize_t count;
    if (GlArg_CheckPositional("subn", nargs, 5, 5) < 0 || re_index_arg(args[2], &count) < 0) {
        return NULL;
    }
    GlObject *exact;
    GlObject *sub = code_prepare(c, args[0], &exact);
    if (sub == NULL) {
        return NULL;
    }
    GlObject *r = subn_impl(c, (GlReSubjectObject *)sub, exact, args[0], args[1], count, args[3],
                            args[4]);
    Gl_DECREF(exact);
    Gl_DECREF(sub);
    return r;
}

/* ---- Iter: finditer's iterator of Match objects ---- */

typedef struct GlReIterObject {
    GlObject ob_base;
    GlObject *code, *subject, *match_cls, *pattern, *string, *pos, *endpos;
    ReIter st;
} GlReIterObject;

static GlTypeObject GlReIter_Type;

/* iter(string, pos, endpos, match_cls, pattern): finditer's iterator. New reference. */
static GlObject *
code_iter(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    Gl_ssize_t pos, endpos;
    if (GlArg_CheckPositional("iter", nargs, 5, 5) < 0 || re_index_arg(args[1], &pos) < 0
        || re_index_arg(args[2], &endpos) < 0) {
        return NULL;
    }
    GlObject *subobj = code_subject_for((GlReCodeObject *)self, args[0]);
    if (subobj == NULL) {
        return NULL;
    }
    GlReSubjectObject *sub = (GlReSubjectObject *)subobj;
    Gl_ssize_t n = sub->nchars;
    pos = pos < 0 ? 0 : pos > n ? n : pos;
    endpos = endpos > n ? n : endpos < 0 ? 0 : endpos;
    GlReIterObject *it = (GlReIterObject *)GlType_GenericAlloc(&GlReIter_Type, 0);
    if (it == NULL) {
        Gl_DECREF(subobj);
        return NULL;
    }
    it->code = Gl_NewRef(self);
    it->subject = subobj;
    it->pos = GlInt_FromSsize_t(pos);
    it->endpos = GlInt_FromSsize_t(endpos);
    it->match_cls = Gl_NewRef(args[3]);
    it->pattern = Gl_NewRef(args[4]);
    it->string = Gl_NewRef(args[0]);
    if (it->pos == NULL || it->endpos == NULL) {
        Gl_DECREF(it);
        return NULL;
    }
    if (pos > endpos) {
        it->st.done = 1;
    } else {
        it->st.pos = subject_char_to_byte(sub, pos);
        it->st.endpos = subject_char_to_byte(sub, endpos);
    }
    return (GlObject *)it;
}

/* The next Match (new reference), or NULL: exhausted (no exception) or an error. */
static GlObject *
reiter_next(GlObject *self)
{
    GlReIterObject *it = (GlReIterObject *)self;
    if (it->code == NULL) {
        return NULL;
    }
    GlReCodeObject *c = (GlReCodeObject *)it->code;
    GlReSubjectObject *sub = (GlReSubjectObject *)it->subject;
    int rc = re_iter_next(c, sub, &it->st);
    if (rc <= 0) {
        return NULL;
    }
    return re_make_match(c, sub, it->match_cls, it->pattern, it->string, it->pos, it->endpos);
}

static int
reiter_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlReIterObject *it = (GlReIterObject *)self;
    Gl_VISIT(it->code);
    Gl_VISIT(it->subject);
    Gl_VISIT(it->match_cls);
    Gl_VISIT(it->pattern);
    Gl_VISIT(it->string);
    Gl_VISIT(it->pos);
    Gl_VISIT(it->endpos);
    return 0;
}

static int
reiter_clear(GlObject *self)
{
    GlReIterObject *it = (GlReIterObject *)self;
    Gl_CLEAR(it->code);
    Gl_CLEAR(it->subject);
    Gl_CLEAR(it->match_cls);
    Gl_CLEAR(it->pattern);
    Gl_CLEAR(it->string);
    Gl_CLEAR(it->pos);
    Gl_CLEAR(it->endpos);
    return 0;
}

static void
reiter_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    reiter_clear(self);
    Gl_TYPE(self)->tp_free(self);
}

static GlTypeObject GlReIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "callable_iterator",
    .tp_basicsize = sizeof(GlReIterObject),
    .tp_dealloc = reiter_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_doc = "Iterator over the Match objects of finditer.",
    .tp_traverse = reiter_traverse,
    .tp_clear = reiter_clear,
    .tp_iter = GlIter_Self,
    .tp_iternext = reiter_next,
    .tp_alloc = GlType_GenericAlloc,
    .tp_free = GlObject_GC_Del,
};

/* Code.groups: the capture count. New reference. */
static GlObject *
code_groups(GlObject *self, void *closure)
{
    return GlInt_FromLong((long)((GlReCodeObject *)self)->ngroups);
}

/* Code.groupindex: a new dict of group names to numbers. New reference. */
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
    {"search", GL_FN(code_search), GL_METH_FASTCALL,
     "search(string, pos, endpos, mode, match_cls, pattern) -> Match or None."},
    {"findall", GL_FN(code_findall), GL_METH_FASTCALL,
     "findall(string, pos, endpos) -> list of matches (or groups)."},
    {"split", GL_FN(code_split), GL_METH_FASTCALL,
     "split(string, maxsplit) -> list of pieces and groups."},
    {"subn", GL_FN(code_subn), GL_METH_FASTCALL,
     "subn(string, repl, count, match_cls, pattern) -> (new string, count)."},
    {"iter", GL_FN(code_iter), GL_METH_FASTCALL,
     "iter(string, pos, endpos, match_cls, pattern) -> iterator of Match."},
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

/* compile(pattern, options): a Code, or (message, PCRE2 error number, offset in code
 * units) on a syntax error. New reference. */
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
    c->jit = re_has_jit(code);
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

/* The _re module. New reference. */
GlObject *
GlInit_re(void) GL_NEWREF
{
    if ((GlReCode_Type.tp_dict == NULL && GlType_Ready(&GlReCode_Type) < 0)
        || (GlReIter_Type.tp_dict == NULL && GlType_Ready(&GlReIter_Type) < 0)
        || (GlReMatch_Type.tp_dict == NULL && GlType_Ready(&GlReMatch_Type) < 0)
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
        || GlModule_AddObject(m, "Match", (GlObject *)&GlReMatch_Type) < 0
        || GlModule_AddIntConstant(m, "CASELESS", PCRE2_CASELESS) < 0
        || GlModule_AddIntConstant(m, "MULTILINE", PCRE2_MULTILINE) < 0
        || GlModule_AddIntConstant(m, "DOTALL", PCRE2_DOTALL) < 0
        || GlModule_AddIntConstant(m, "EXTENDED", PCRE2_EXTENDED) < 0
        || GlModule_AddIntConstant(m, "UTF", PCRE2_UTF) < 0
        || GlModule_AddIntConstant(m, "ALT_CIRCUMFLEX", PCRE2_ALT_CIRCUMFLEX) < 0
        || GlModule_AddIntConstant(m, "UCP", PCRE2_UCP) < 0
        || GlModule_AddIntConstant(m, "NO_START_OPTIMIZE", PCRE2_NO_START_OPTIMIZE) < 0
        || GlModule_AddIntConstant(m, "MATCH_INVALID_UTF", PCRE2_MATCH_INVALID_UTF) < 0) {
        Gl_XDECREF(doc);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(doc);
    return m;
}
