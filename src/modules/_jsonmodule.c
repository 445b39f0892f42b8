/* _jsonmodule.c - the `_json` accelerator used by lib/json: the whole scanner
 * (make_scanner: values, objects, arrays, numbers, constants and string literals) and
 * the whole encoder (make_encoder: dict/list/tuple/str/int/float/bool/None with
 * indent, sort_keys, separators, skipkeys, allow_nan, the default hook and cycle
 * checks), plus scanstring and the two string escapers.
 *
 * Invariants: results are new str objects narrowed to the smallest kind; errors are
 * raised as json.decoder.JSONDecodeError(msg, doc, pos) with the messages and
 * positions of CPython's _json; "no value here" is StopIteration(idx) as in
 * CPython's scanner. Python code runs only through the user hooks (object_hook,
 * parse_*, default, a non-builtin string encoder, dict subclasses' items()) and to
 * import json.decoder when an error is raised. Encoder output is built in one
 * growable buffer (Writer) whose kind widens (1 -> 2 -> 4) as wider chars arrive.
 */
#include "modules.h"
#include "../vm/vm.h"
#include "ucswriter.h"
#include <math.h>

/* Raise JSONDecodeError(msg, s, pos). Always returns NULL. */
static GlObject *
decode_error(const char *msg, GlObject *s, Gl_ssize_t pos)
{
    GlObject *mod = GlImport_ImportModule("json.decoder");
    if (mod == NULL) {
        return NULL;
    }
    GlObject *cls = GlObject_GetAttrString(mod, "JSONDecodeError");
    Gl_DECREF(mod);
    if (cls == NULL) {
        return NULL;
    }
    GlObject *m = GlStr_FromString(msg), *p = GlInt_FromSsize_t(pos);
    GlObject *exc = (m && p) ? GlObject_CallFunctionObjArgs(cls, m, s, p, NULL) : NULL;
    Gl_XDECREF(m);
    Gl_XDECREF(p);
    if (exc != NULL) {
        GlErr_SetObject(cls, exc);
        Gl_DECREF(exc);
    }
    Gl_DECREF(cls);
    return NULL;
}

/* Raise StopIteration(idx) (the scanner's "no JSON value starts here"). Returns NULL. */
static GlObject *
stop_iteration(Gl_ssize_t idx)
{
    GlObject *v = GlInt_FromSsize_t(idx);
    if (v == NULL) {
        return NULL;
    }
    GlObject *exc = GlObject_CallOneArg(GlExc_StopIteration, v);
    Gl_DECREF(v);
    if (exc != NULL) {
        GlErr_SetObject(GlExc_StopIteration, exc);
        Gl_DECREF(exc);
    }
    return NULL;
}

/* ---- string escaping (encoder) ---- */

static int
w_u_escape(Writer *w, uint32_t c)
{
    static const char hexd[] = "0123456789abcdef";
    if (c >= 0x10000) {
        uint32_t v = c - 0x10000;
        if (w_u_escape(w, 0xd800 | (v >> 10)) < 0) {
            return -1;
        }
        return w_u_escape(w, 0xdc00 | (v & 0x3ff));
    }
    char b[6] = {'\\', 'u', hexd[(c >> 12) & 0xf], hexd[(c >> 8) & 0xf], hexd[(c >> 4) & 0xf],
                 hexd[c & 0xf]};
    return w_ascii(w, b, 6);
}

/* Append the JSON form of str s (with quotes); ascii_only escapes everything past
 * '~'. 0 / -1. */
static int
w_escape(Writer *w, GlObject *s, int ascii_only)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(s);
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    if (w_ascii(w, "\"", 1) < 0) {
        return -1;
    }
    Gl_ssize_t run = 0;   // start of the pending run of unescaped characters
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ(kind, data, i);
        if (c >= ' ' && c != '"' && c != '\\' && (!ascii_only || c <= '~')) {
            continue;
        }
        if (w_range(w, kind, data, run, i) < 0) {
            return -1;
        }
        run = i + 1;
        const char *e = NULL;
        switch (c) {
        case '"': e = "\\\""; break;
        case '\\': e = "\\\\"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        case '\t': e = "\\t"; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        default: break;
        }
        if ((e != NULL ? w_ascii(w, e, 2) : w_u_escape(w, c)) < 0) {
            return -1;
        }
    }
    if (w_range(w, kind, data, run, n) < 0) {
        return -1;
    }
    return w_ascii(w, "\"", 1);
}

/* The JSON form of str s (with quotes). New reference. */
static GlObject *
encode(GlObject *s, int ascii_only)
{
    if (!GlStr_Check(s)) {
        return GlErr_Format(GlExc_TypeError, "first argument must be a string, not %.80s",
                            Gl_TYPE(s)->tp_name);
    }
    Writer w;
    w_init(&w);
    if (w_escape(&w, s, ascii_only) < 0) {
        w_free(&w);
        return NULL;
    }
    return w_finish(&w);
}

/* encode_basestring(s): new reference. */
static GlObject *
json_encode_basestring(GlObject *self, GlObject *s)
{
    return encode(s, 0);
}

/* encode_basestring_ascii(s): new reference. */
static GlObject *
json_encode_basestring_ascii(GlObject *self, GlObject *s)
{
    return encode(s, 1);
}

/* ---- scanner ---- */

static int
hex4(int kind, const void *data, Gl_ssize_t i, Gl_ssize_t n, uint32_t *out)
{
    if (i + 4 > n) {
        return -1;
    }
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        uint32_t c = GlStr_READ(kind, data, i + k);
        v <<= 4;
        if (c >= '0' && c <= '9') {
            v |= c - '0';
        } else if (c >= 'a' && c <= 'f') {
            v |= c - 'a' + 10;
        } else if (c >= 'A' && c <= 'F') {
            v |= c - 'A' + 10;
        } else {
            return -1;
        }
    }
    *out = v;
    return 0;
}

/* The string literal whose opening quote is s[end - 1]; *next is set past the
 * closing quote. New reference, or NULL with JSONDecodeError. */
static GlObject *
scanstring_unicode(GlObject *s, Gl_ssize_t end, int strict, Gl_ssize_t *next)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(s), begin = end - 1, i = end;
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    if (end < 0 || end > n) {
        return GlErr_SetString(GlExc_ValueError, "end is out of bounds");
    }
    // Fast path: no escapes before the closing quote.
    Gl_ssize_t j = i;
    if (kind == 1) {
        const uint8_t *d = data;
        while (j < n && d[j] != '"' && d[j] != '\\' && d[j] >= ' ') {
            j++;
        }
    } else {
        for (; j < n; j++) {
            uint32_t c = GlStr_READ(kind, data, j);
            if (c == '"' || c == '\\' || c < ' ') {
                break;
            }
        }
    }
    if (j < n && GlStr_READ(kind, data, j) == '"') {
        *next = j + 1;
        return GlStr_Substring(s, i, j);
    }
    Writer w;
    w_init(&w);
    for (;;) {
        for (; j < n; j++) {
            uint32_t c = GlStr_READ(kind, data, j);
            if (c == '"' || c == '\\') {
                break;
            }
            if (c < ' ' && strict) {
                decode_error("Invalid control character at", s, j);
                goto fail;
            }
        }
        if (j >= n) {
            decode_error("Unterminated string starting at", s, begin);
            goto fail;
        }
        if (w_range(&w, kind, data, i, j) < 0) {
            goto fail;
        }
        if (GlStr_READ(kind, data, j) == '"') {
            *next = j + 1;
            return w_finish(&w);
        }
        j++;   // past the backslash
        if (j >= n) {
            decode_error("Unterminated string starting at", s, begin);
            goto fail;
        }
        uint32_t e = GlStr_READ(kind, data, j), out;
        switch (e) {
        case '"': out = '"'; break;
        case '\\': out = '\\'; break;
        case '/': out = '/'; break;
        case 'b': out = '\b'; break;
        case 'f': out = '\f'; break;
        case 'n': out = '\n'; break;
        case 'r': out = '\r'; break;
        case 't': out = '\t'; break;
        case 'u': {
            uint32_t code;
            if (hex4(kind, data, j + 1, n, &code) < 0) {
                decode_error("Invalid \\uXXXX escape", s, j);
                goto fail;
            }
            i = j + 5;
            if (code >= 0xd800 && code <= 0xdbff && i + 1 < n
                && GlStr_READ(kind, data, i) == '\\' && GlStr_READ(kind, data, i + 1) == 'u') {
                uint32_t low;
                if (hex4(kind, data, i + 2, n, &low) < 0) {
                    decode_error("Invalid \\uXXXX escape", s, i + 1);
                    goto fail;
                }
                if (low >= 0xdc00 && low <= 0xdfff) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                    i += 6;
                }
            }
            if (w_put(&w, code) < 0) {
                goto fail;
            }
            j = i;
            continue;
        }
        default:
            decode_error("Invalid \\escape", s, j - 1);
            goto fail;
        }
        if (w_put(&w, out) < 0) {
            goto fail;
        }
        i = j = j + 1;
    }
fail:
    w_free(&w);
    return NULL;
}

/* scanstring(s, end, strict=True) -> (str, end): s[end-1] is the opening quote.
 * New reference. */
static GlObject *
json_scanstring(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("scanstring", nargs, 2, 3) < 0) {
        return NULL;
    }
    GlObject *s = args[0];
    if (!GlStr_Check(s)) {
        return GlErr_Format(GlExc_TypeError, "first argument must be a string, not %.80s",
                            Gl_TYPE(s)->tp_name);
    }
    Gl_ssize_t i = GlNumber_AsSsize_t(args[1], GlExc_OverflowError);
    if (i == -1 && GlErr_Occurred()) {
        return NULL;
    }
    int strict = nargs > 2 ? GlObject_IsTrue(args[2]) : 1;
    if (strict < 0) {
        return NULL;
    }
    Gl_ssize_t next;
    GlObject *str = scanstring_unicode(s, i, strict, &next);
    if (str == NULL) {
        return NULL;
    }
    GlObject *pos = GlInt_FromSsize_t(next);
    GlObject *res = pos ? GlTuple_Pack(2, str, pos) : NULL;
    Gl_XDECREF(pos);
    Gl_DECREF(str);
    return res;
}

typedef struct ScannerObject {
    GlObject ob_base;
    int strict;
    GlObject *object_hook, *object_pairs_hook, *parse_float, *parse_int, *parse_constant;
    GlObject *memo;     // key memo of the current call (a dict), cleared after it
} ScannerObject;

static GlObject *scan_once(ScannerObject *sc, GlObject *s, Gl_ssize_t idx, Gl_ssize_t *next);

static inline Gl_ssize_t
skip_ws(int kind, const void *data, Gl_ssize_t i, Gl_ssize_t n)
{
    while (i < n) {
        uint32_t c = GlStr_READ(kind, data, i);
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
            break;
        }
        i++;
    }
    return i;
}

/* The object whose '{' is s[idx - 1]. New reference. */
static GlObject *
parse_object(ScannerObject *sc, GlObject *s, Gl_ssize_t idx, Gl_ssize_t *next)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(s);
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    int pairs = sc->object_pairs_hook != Gl_None;
    GlObject *rval = pairs ? GlList_New(0) : GlDict_New();
    GlObject *key = NULL, *val = NULL;
    if (rval == NULL) {
        return NULL;
    }
    idx = skip_ws(kind, data, idx, n);
    if (idx >= n || GlStr_READ(kind, data, idx) != '}') {
        for (;;) {
            Gl_ssize_t nx;
            if (idx >= n || GlStr_READ(kind, data, idx) != '"') {
                decode_error("Expecting property name enclosed in double quotes", s, idx);
                goto fail;
            }
            key = scanstring_unicode(s, idx + 1, sc->strict, &nx);
            if (key == NULL) {
                goto fail;
            }
            GlObject *memokey = GlDict_SetDefault(sc->memo, key, key);
            if (memokey == NULL) {
                goto fail;
            }
            Gl_SETREF(key, Gl_NewRef(memokey));
            idx = skip_ws(kind, data, nx, n);
            if (idx >= n || GlStr_READ(kind, data, idx) != ':') {
                decode_error("Expecting ':' delimiter", s, idx);
                goto fail;
            }
            idx = skip_ws(kind, data, idx + 1, n);
            val = scan_once(sc, s, idx, &nx);
            if (val == NULL) {
                goto fail;
            }
            if (pairs) {
                GlObject *item = GlTuple_Pack(2, key, val);
                if (item == NULL || GlList_Append(rval, item) < 0) {
                    Gl_XDECREF(item);
                    goto fail;
                }
                Gl_DECREF(item);
            } else if (GlDict_SetItem(rval, key, val) < 0) {
                goto fail;
            }
            Gl_CLEAR(key);
            Gl_CLEAR(val);
            idx = skip_ws(kind, data, nx, n);
            if (idx < n && GlStr_READ(kind, data, idx) == '}') {
                break;
            }
            if (idx >= n || GlStr_READ(kind, data, idx) != ',') {
                decode_error("Expecting ',' delimiter", s, idx);
                goto fail;
            }
            idx = skip_ws(kind, data, idx + 1, n);
        }
    }
    *next = idx + 1;
    if (pairs) {
        GlObject *r = GlObject_CallOneArg(sc->object_pairs_hook, rval);
        Gl_DECREF(rval);
        return r;
    }
    if (sc->object_hook != Gl_None) {
        GlObject *r = GlObject_CallOneArg(sc->object_hook, rval);
        Gl_DECREF(rval);
        return r;
    }
    return rval;
fail:
    Gl_XDECREF(key);
    Gl_XDECREF(val);
    Gl_DECREF(rval);
    return NULL;
}

/* The array whose '[' is s[idx - 1]. New reference. */
static GlObject *
parse_array(ScannerObject *sc, GlObject *s, Gl_ssize_t idx, Gl_ssize_t *next)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(s);
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    GlObject *rval = GlList_New(0);
    if (rval == NULL) {
        return NULL;
    }
    idx = skip_ws(kind, data, idx, n);
    if (idx >= n || GlStr_READ(kind, data, idx) != ']') {
        for (;;) {
            Gl_ssize_t nx;
            GlObject *val = scan_once(sc, s, idx, &nx);
            if (val == NULL) {
                goto fail;
            }
            int r = GlList_Append(rval, val);
            Gl_DECREF(val);
            if (r < 0) {
                goto fail;
            }
            idx = skip_ws(kind, data, nx, n);
            if (idx < n && GlStr_READ(kind, data, idx) == ']') {
                break;
            }
            if (idx >= n || GlStr_READ(kind, data, idx) != ',') {
                decode_error("Expecting ',' delimiter", s, idx);
                goto fail;
            }
            idx = skip_ws(kind, data, idx + 1, n);
        }
    }
    *next = idx + 1;
    return rval;
fail:
    Gl_DECREF(rval);
    return NULL;
}

/* parse_constant(name) for NaN / Infinity / -Infinity. New reference. */
static GlObject *
parse_constant(ScannerObject *sc, const char *name, Gl_ssize_t idx, Gl_ssize_t *next)
{
    GlObject *str = GlStr_FromString(name);
    if (str == NULL) {
        return NULL;
    }
    GlObject *r = GlObject_CallOneArg(sc->parse_constant, str);
    Gl_DECREF(str);
    *next = idx + (Gl_ssize_t)strlen(name);
    return r;
}

static inline int
is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

/* The number starting at s[start], or StopIteration(start). New reference. */
static GlObject *
match_number(ScannerObject *sc, GlObject *s, Gl_ssize_t start, Gl_ssize_t *next)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(s), idx = start;
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    int is_float = 0;
    if (GlStr_READ(kind, data, idx) == '-') {
        idx++;
        if (idx >= n) {
            return stop_iteration(start);
        }
    }
    uint32_t c = GlStr_READ(kind, data, idx);
    if (c >= '1' && c <= '9') {
        idx++;
        while (idx < n && is_digit(GlStr_READ(kind, data, idx))) {
            idx++;
        }
    } else if (c == '0') {
        idx++;
    } else {
        return stop_iteration(start);
    }
    if (idx + 1 < n && GlStr_READ(kind, data, idx) == '.'
        && is_digit(GlStr_READ(kind, data, idx + 1))) {
        is_float = 1;
        idx += 2;
        while (idx < n && is_digit(GlStr_READ(kind, data, idx))) {
            idx++;
        }
    }
    if (idx + 1 < n && (GlStr_READ(kind, data, idx) == 'e' || GlStr_READ(kind, data, idx) == 'E')) {
        Gl_ssize_t e_start = idx;
        idx++;
        if (idx + 1 < n && (GlStr_READ(kind, data, idx) == '-' || GlStr_READ(kind, data, idx) == '+')) {
            idx++;
        }
        while (idx < n && is_digit(GlStr_READ(kind, data, idx))) {
            idx++;
        }
        if (is_digit(GlStr_READ(kind, data, idx - 1))) {
            is_float = 1;
        } else {
            idx = e_start;
        }
    }
    *next = idx;
    Gl_ssize_t len = idx - start;
    GlObject *custom = is_float ? sc->parse_float : sc->parse_int;
    if (custom == (is_float ? (GlObject *)&GlFloat_Type : (GlObject *)&GlInt_Type)) {
        char small[64];
        char *buf = len < (Gl_ssize_t)sizeof(small) ? small : GlMem_Malloc((size_t)len + 1);
        if (buf == NULL) {
            return GlErr_NoMemory();
        }
        for (Gl_ssize_t k = 0; k < len; k++) {
            buf[k] = (char)GlStr_READ(kind, data, start + k);   // all ASCII here
        }
        buf[len] = '\0';
        GlObject *r;
        if (!is_float && len <= 18) {
            int neg = buf[0] == '-';
            int64_t v = 0;
            for (Gl_ssize_t k = neg; k < len; k++) {
                v = v * 10 + (buf[k] - '0');
            }
            r = GlInt_FromInt64(neg ? -v : v);
        } else if (is_float) {
            double d;
            if (GlFloat_ParseText(buf, len, &d) == 0) {
                r = GlFloat_FromDouble(d);
            } else {
                GlObject *t = GlStr_FromStringAndSize(buf, len);
                r = t != NULL ? GlFloat_FromString(t) : NULL;
                Gl_XDECREF(t);
            }
        } else {
            r = GlInt_FromString(buf, len, 10);
        }
        if (buf != small) {
            GlMem_Free(buf);
        }
        return r;
    }
    GlObject *text = GlStr_Substring(s, start, idx);
    if (text == NULL) {
        return NULL;
    }
    GlObject *r = GlObject_CallOneArg(custom, text);
    Gl_DECREF(text);
    return r;
}

static int
match_word(int kind, const void *data, Gl_ssize_t idx, Gl_ssize_t n, const char *w)
{
    Gl_ssize_t len = (Gl_ssize_t)strlen(w);
    if (idx + len > n) {
        return 0;
    }
    for (Gl_ssize_t k = 0; k < len; k++) {
        if (GlStr_READ(kind, data, idx + k) != (unsigned char)w[k]) {
            return 0;
        }
    }
    return 1;
}

/* The value starting exactly at s[idx], or StopIteration(idx). New reference. */
static GlObject *
scan_once(ScannerObject *sc, GlObject *s, Gl_ssize_t idx, Gl_ssize_t *next)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(s);
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    GlObject *r;
    if (idx < 0) {
        return GlErr_SetString(GlExc_ValueError, "idx cannot be negative");
    }
    if (idx >= n) {
        return stop_iteration(idx);
    }
    switch (GlStr_READ(kind, data, idx)) {
    case '"':
        return scanstring_unicode(s, idx + 1, sc->strict, next);
    case '{':
        if (Gl_EnterRecursiveCall(" while decoding a JSON object from a unicode string")) {
            return NULL;
        }
        r = parse_object(sc, s, idx + 1, next);
        Gl_LeaveRecursiveCall();
        return r;
    case '[':
        if (Gl_EnterRecursiveCall(" while decoding a JSON array from a unicode string")) {
            return NULL;
        }
        r = parse_array(sc, s, idx + 1, next);
        Gl_LeaveRecursiveCall();
        return r;
    case 'n':
        if (match_word(kind, data, idx, n, "null")) {
            *next = idx + 4;
            Gl_RETURN_NONE;
        }
        break;
    case 't':
        if (match_word(kind, data, idx, n, "true")) {
            *next = idx + 4;
            Gl_RETURN_TRUE;
        }
        break;
    case 'f':
        if (match_word(kind, data, idx, n, "false")) {
            *next = idx + 5;
            Gl_RETURN_FALSE;
        }
        break;
    case 'N':
        if (match_word(kind, data, idx, n, "NaN")) {
            return parse_constant(sc, "NaN", idx, next);
        }
        break;
    case 'I':
        if (match_word(kind, data, idx, n, "Infinity")) {
            return parse_constant(sc, "Infinity", idx, next);
        }
        break;
    case '-':
        if (match_word(kind, data, idx, n, "-Infinity")) {
            return parse_constant(sc, "-Infinity", idx, next);
        }
        break;
    default:
        break;
    }
    return match_number(sc, s, idx, next);
}

/* scanner(string, idx) -> (value, end). New reference. */
static GlObject *
scanner_call(GlObject *self, GlObject *args, GlObject *kwargs)
{
    ScannerObject *sc = (ScannerObject *)self;
    if (GlArg_NoKeywords("scan_once", kwargs) < 0) {
        return NULL;
    }
    if (GlTuple_GET_SIZE(args) != 2) {
        return GlErr_Format(GlExc_TypeError, "scan_once() takes exactly 2 arguments (%zd given)",
                            GlTuple_GET_SIZE(args));
    }
    GlObject *s = GlTuple_GET_ITEM(args, 0);
    if (!GlStr_Check(s)) {
        return GlErr_Format(GlExc_TypeError, "first argument must be a string, not %.80s",
                            Gl_TYPE(s)->tp_name);
    }
    Gl_ssize_t idx = GlNumber_AsSsize_t(GlTuple_GET_ITEM(args, 1), GlExc_OverflowError);
    if (idx == -1 && GlErr_Occurred()) {
        return NULL;
    }
    Gl_ssize_t next = 0;
    GlObject *v = scan_once(sc, s, idx, &next);
    GlObject *memo = sc->memo;
    if (memo != NULL && GlDict_Size(memo) > 0) {
        sc->memo = GlDict_New();   // a fresh memo: the old one may be huge
        Gl_DECREF(memo);
        if (sc->memo == NULL) {
            Gl_XDECREF(v);
            return NULL;
        }
    }
    if (v == NULL) {
        return NULL;
    }
    GlObject *pos = GlInt_FromSsize_t(next);
    GlObject *res = pos ? GlTuple_Pack(2, v, pos) : NULL;
    Gl_XDECREF(pos);
    Gl_DECREF(v);
    return res;
}

/* make_scanner(context): reads strict, object_hook, object_pairs_hook, parse_float,
 * parse_int and parse_constant from the context (a JSONDecoder). New reference. */
static GlObject *
scanner_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (GlArg_NoKeywords("make_scanner", kwds) < 0) {
        return NULL;
    }
    if (args == NULL || GlTuple_GET_SIZE(args) != 1) {
        return GlErr_SetString(GlExc_TypeError, "make_scanner() takes exactly one argument");
    }
    GlObject *ctx = GlTuple_GET_ITEM(args, 0);
    ScannerObject *sc = (ScannerObject *)type->tp_alloc(type, 0);
    if (sc == NULL) {
        return NULL;
    }
    GlObject *strict = GlObject_GetAttrString(ctx, "strict");
    if (strict == NULL) {
        goto fail;
    }
    sc->strict = GlObject_IsTrue(strict);
    Gl_DECREF(strict);
    if (sc->strict < 0
        || (sc->object_hook = GlObject_GetAttrString(ctx, "object_hook")) == NULL
        || (sc->object_pairs_hook = GlObject_GetAttrString(ctx, "object_pairs_hook")) == NULL
        || (sc->parse_float = GlObject_GetAttrString(ctx, "parse_float")) == NULL
        || (sc->parse_int = GlObject_GetAttrString(ctx, "parse_int")) == NULL
        || (sc->parse_constant = GlObject_GetAttrString(ctx, "parse_constant")) == NULL
        || (sc->memo = GlDict_New()) == NULL) {
        goto fail;
    }
    return (GlObject *)sc;
fail:
    Gl_DECREF(sc);
    return NULL;
}

static int
scanner_traverse(GlObject *self, visitproc visit, void *arg)
{
    ScannerObject *sc = (ScannerObject *)self;
    Gl_VISIT(sc->object_hook);
    Gl_VISIT(sc->object_pairs_hook);
    Gl_VISIT(sc->parse_float);
    Gl_VISIT(sc->parse_int);
    Gl_VISIT(sc->parse_constant);
    Gl_VISIT(sc->memo);
    return 0;
}

static int
scanner_clear(GlObject *self)
{
    ScannerObject *sc = (ScannerObject *)self;
    Gl_CLEAR(sc->object_hook);
    Gl_CLEAR(sc->object_pairs_hook);
    Gl_CLEAR(sc->parse_float);
    Gl_CLEAR(sc->parse_int);
    Gl_CLEAR(sc->parse_constant);
    Gl_CLEAR(sc->memo);
    return 0;
}

static void
scanner_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    scanner_clear(self);
    Gl_TYPE(self)->tp_free(self);
}

static GlTypeObject Scanner_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_json.Scanner",
    .tp_basicsize = sizeof(ScannerObject),
    .tp_dealloc = scanner_dealloc,
    .tp_call = scanner_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_doc = "JSON scanner object",
    .tp_traverse = scanner_traverse,
    .tp_clear = scanner_clear,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = scanner_new,
    .tp_free = GlObject_GC_Del,
};

/* ---- encoder ---- */

static GlObject *fast_ascii_fn;     // _json.encode_basestring_ascii (module lifetime)
static GlObject *fast_unicode_fn;   // _json.encode_basestring

typedef struct EncoderObject {
    GlObject ob_base;
    GlObject *markers;          // dict of id -> object, or None
    GlObject *defaultfn;
    GlObject *encoder;          // the string escaper
    GlObject *indent;           // str or None
    GlObject *key_separator, *item_separator;
    int sort_keys, skipkeys, allow_nan;
    int fast_encode;            // 0: call encoder, 1: ASCII escaper, 2: Unicode escaper
} EncoderObject;

static int encode_obj(EncoderObject *e, Writer *w, GlObject *obj, Gl_ssize_t level);

static int
encode_string(EncoderObject *e, Writer *w, GlObject *s)
{
    if (e->fast_encode) {
        return w_escape(w, s, e->fast_encode == 1);
    }
    GlObject *r = GlObject_CallOneArg(e->encoder, s);
    if (r == NULL) {
        return -1;
    }
    if (!GlStr_Check(r)) {
        GlErr_Format(GlExc_TypeError, "encoder() must return a string, not %.80s",
                     Gl_TYPE(r)->tp_name);
        Gl_DECREF(r);
        return -1;
    }
    int rc = w_str(w, r);
    Gl_DECREF(r);
    return rc;
}

static int
encode_float(EncoderObject *e, Writer *w, GlObject *obj)
{
    double x = GlFloat_AS_DOUBLE(obj);
    if (!isfinite(x)) {
        if (!e->allow_nan) {
            GlErr_SetString(GlExc_ValueError, "Out of range float values are not JSON compliant");
            return -1;
        }
        const char *t = isnan(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
        return w_ascii(w, t, (Gl_ssize_t)strlen(t));
    }
    char buf[64];
    GlFloat_ReprBufEx(x, buf, sizeof(buf), 1);
    return w_ascii(w, buf, (Gl_ssize_t)strlen(buf));
}

static int
encode_int(Writer *w, GlObject *obj)
{
    GlIntObject *v = (GlIntObject *)obj;
    if (v->big == NULL) {
        char buf[32];
        int n = snprintf(buf, sizeof(buf), "%lld", (long long)v->small);
        return w_ascii(w, buf, n);
    }
    GlObject *r = GlInt_Repr(obj);
    if (r == NULL) {
        return -1;
    }
    int rc = w_str(w, r);
    Gl_DECREF(r);
    return rc;
}

/* '\n' + indent * level, when indenting. */
static int
write_newline_indent(EncoderObject *e, Writer *w, Gl_ssize_t level)
{
    if (w_ascii(w, "\n", 1) < 0) {
        return -1;
    }
    for (Gl_ssize_t i = 0; i < level; i++) {
        if (w_str(w, e->indent) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
write_item_separator(EncoderObject *e, Writer *w, Gl_ssize_t level)
{
    if (w_str(w, e->item_separator) < 0) {
        return -1;
    }
    return e->indent != Gl_None ? write_newline_indent(e, w, level) : 0;
}

/* Enter obj in the markers (ValueError on a cycle). *ident gets a new reference to
 * the key, or NULL when not checking. 0 / -1. */
static int
mark_enter(EncoderObject *e, GlObject *obj, GlObject **ident)
{
    *ident = NULL;
    if (e->markers == Gl_None) {
        return 0;
    }
    GlObject *id = GlInt_FromSize_t((size_t)(uintptr_t)obj);
    if (id == NULL) {
        return -1;
    }
    int has = GlDict_Contains(e->markers, id);
    if (has != 0) {
        if (has > 0) {
            GlErr_SetString(GlExc_ValueError, "Circular reference detected");
        }
        Gl_DECREF(id);
        return -1;
    }
    if (GlDict_SetItem(e->markers, id, obj) < 0) {
        Gl_DECREF(id);
        return -1;
    }
    *ident = id;
    return 0;
}

static int
mark_leave(EncoderObject *e, GlObject *ident)
{
    if (ident == NULL) {
        return 0;
    }
    int rc = GlDict_DelItem(e->markers, ident);
    Gl_DECREF(ident);
    return rc;
}

static int
encode_list(EncoderObject *e, Writer *w, GlObject *seq, Gl_ssize_t level)
{
    int is_list = GlList_Check(seq);
    Gl_ssize_t n = is_list ? GlList_GET_SIZE(seq) : GlTuple_GET_SIZE(seq);
    if (n == 0) {
        return w_ascii(w, "[]", 2);
    }
    GlObject *ident;
    if (mark_enter(e, seq, &ident) < 0) {
        return -1;
    }
    int indented = e->indent != Gl_None;
    if (w_ascii(w, "[", 1) < 0 || (indented && write_newline_indent(e, w, level + 1) < 0)) {
        goto fail;
    }
    for (Gl_ssize_t i = 0; i < (is_list ? GlList_GET_SIZE(seq) : n); i++) {
        GlObject *v = is_list ? GlList_GET_ITEM(seq, i) : GlTuple_GET_ITEM(seq, i);
        if (i > 0 && write_item_separator(e, w, level + 1) < 0) {
            goto fail;
        }
        Gl_INCREF(v);
        int rc = encode_obj(e, w, v, level + 1);
        Gl_DECREF(v);
        if (rc < 0) {
            goto fail;
        }
    }
    if ((indented && write_newline_indent(e, w, level) < 0) || w_ascii(w, "]", 1) < 0) {
        goto fail;
    }
    return mark_leave(e, ident);
fail:
    Gl_XDECREF(ident);
    return -1;
}

/* The JSON text of a dict key (str keys as they are), NULL with no exception when the
 * key is skipped (skipkeys). New reference. */
static GlObject *
key_string(EncoderObject *e, GlObject *key, int *skip)
{
    *skip = 0;
    if (GlStr_Check(key)) {
        return Gl_NewRef(key);
    }
    if (GlFloat_Check(key)) {
        Writer w;
        w_init(&w);
        if (encode_float(e, &w, key) < 0) {
            w_free(&w);
            return NULL;
        }
        return w_finish(&w);
    }
    if (key == Gl_True || key == Gl_False || key == Gl_None) {
        return GlStr_FromString(key == Gl_True ? "true" : key == Gl_False ? "false" : "null");
    }
    if (GlInt_Check(key)) {
        return GlInt_Repr(key);
    }
    if (e->skipkeys) {
        *skip = 1;
        return NULL;
    }
    return GlErr_Format(GlExc_TypeError, "keys must be str, int, float, bool or None, not %.100s",
                        GlType_ShortName(Gl_TYPE(key)));
}

static int
encode_dict(EncoderObject *e, Writer *w, GlObject *d, Gl_ssize_t level)
{
    if (GlDict_Size(d) == 0) {
        return w_ascii(w, "{}", 2);
    }
    GlObject *ident, *keys = NULL, *values = NULL, *items = NULL;
    if (mark_enter(e, d, &ident) < 0) {
        return -1;
    }
    int indented = e->indent != Gl_None;
    if (w_ascii(w, "{", 1) < 0 || (indented && write_newline_indent(e, w, level + 1) < 0)) {
        goto fail;
    }
    if (GlDict_CheckExact(d) && !e->sort_keys) {
        keys = GlDict_Keys(d);
        values = keys != NULL ? GlDict_Values(d) : NULL;
        if (values == NULL) {
            goto fail;
        }
    } else {
        if (GlDict_CheckExact(d)) {
            items = GlDict_Items(d);
        } else {
            GlObject *it = GlObject_CallMethodObjArgs(d, GL_ID(items), NULL);
            items = it != NULL ? GlSequence_List(it) : NULL;
            Gl_XDECREF(it);
        }
        if (items == NULL || (e->sort_keys && GlList_Sort(items, NULL, 0) < 0)) {
            goto fail;
        }
    }
    Gl_ssize_t n = items != NULL ? GlList_GET_SIZE(items) : GlList_GET_SIZE(keys);
    int first = 1;
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *key, *value;
        if (items != NULL) {
            GlObject *item = GlList_GET_ITEM(items, i);
            if (!GlTuple_Check(item) || GlTuple_GET_SIZE(item) != 2) {
                GlErr_SetString(GlExc_ValueError, "items must return 2-tuples");
                goto fail;
            }
            key = GlTuple_GET_ITEM(item, 0);
            value = GlTuple_GET_ITEM(item, 1);
        } else {
            key = GlList_GET_ITEM(keys, i);
            value = GlList_GET_ITEM(values, i);
        }
        int skip;
        GlObject *kstr = key_string(e, key, &skip);
        if (kstr == NULL) {
            if (skip) {
                continue;
            }
            goto fail;
        }
        if (!first && write_item_separator(e, w, level + 1) < 0) {
            Gl_DECREF(kstr);
            goto fail;
        }
        first = 0;
        int rc = encode_string(e, w, kstr);
        Gl_DECREF(kstr);
        if (rc < 0 || w_str(w, e->key_separator) < 0 || encode_obj(e, w, value, level + 1) < 0) {
            goto fail;
        }
    }
    Gl_CLEAR(keys);
    Gl_CLEAR(values);
    Gl_CLEAR(items);
    if ((indented && write_newline_indent(e, w, level) < 0) || w_ascii(w, "}", 1) < 0) {
        goto fail;
    }
    return mark_leave(e, ident);
fail:
    Gl_XDECREF(keys);
    Gl_XDECREF(values);
    Gl_XDECREF(items);
    Gl_XDECREF(ident);
    return -1;
}

static int
encode_obj(EncoderObject *e, Writer *w, GlObject *obj, Gl_ssize_t level)
{
    if (obj == Gl_None) {
        return w_ascii(w, "null", 4);
    }
    if (obj == Gl_True) {
        return w_ascii(w, "true", 4);
    }
    if (obj == Gl_False) {
        return w_ascii(w, "false", 5);
    }
    if (GlStr_Check(obj)) {
        return encode_string(e, w, obj);
    }
    if (GlInt_Check(obj)) {
        return encode_int(w, obj);
    }
    if (GlFloat_Check(obj)) {
        return encode_float(e, w, obj);
    }
    int rc;
    if (GlList_Check(obj) || GlTuple_Check(obj)) {
        if (Gl_EnterRecursiveCall(" while encoding a JSON object")) {
            return -1;
        }
        rc = encode_list(e, w, obj, level);
        Gl_LeaveRecursiveCall();
        return rc;
    }
    if (GlDict_Check(obj)) {
        if (Gl_EnterRecursiveCall(" while encoding a JSON object")) {
            return -1;
        }
        rc = encode_dict(e, w, obj, level);
        Gl_LeaveRecursiveCall();
        return rc;
    }
    GlObject *ident;
    if (mark_enter(e, obj, &ident) < 0) {
        return -1;
    }
    GlObject *newobj = GlObject_CallOneArg(e->defaultfn, obj);
    if (newobj == NULL) {
        Gl_XDECREF(ident);
        return -1;
    }
    if (Gl_EnterRecursiveCall(" while encoding a JSON object")) {
        Gl_DECREF(newobj);
        Gl_XDECREF(ident);
        return -1;
    }
    rc = encode_obj(e, w, newobj, level);
    Gl_LeaveRecursiveCall();
    Gl_DECREF(newobj);
    if (rc < 0) {
        Gl_XDECREF(ident);
        return -1;
    }
    return mark_leave(e, ident);
}

/* encoder(obj, _current_indent_level) -> (text,): a 1-tuple holding the whole JSON
 * text. New reference. */
static GlObject *
encoder_call(GlObject *self, GlObject *args, GlObject *kwargs)
{
    EncoderObject *e = (EncoderObject *)self;
    if (GlArg_NoKeywords("_iterencode", kwargs) < 0) {
        return NULL;
    }
    if (GlTuple_GET_SIZE(args) != 2) {
        return GlErr_Format(GlExc_TypeError, "_iterencode() takes exactly 2 arguments (%zd given)",
                            GlTuple_GET_SIZE(args));
    }
    Gl_ssize_t level = GlNumber_AsSsize_t(GlTuple_GET_ITEM(args, 1), GlExc_OverflowError);
    if (level == -1 && GlErr_Occurred()) {
        return NULL;
    }
    Writer w;
    w_init(&w);
    if (encode_obj(e, &w, GlTuple_GET_ITEM(args, 0), level) < 0) {
        w_free(&w);
        return NULL;
    }
    GlObject *text = w_finish(&w);
    if (text == NULL) {
        return NULL;
    }
    GlObject *r = GlTuple_Pack(1, text);
    Gl_DECREF(text);
    return r;
}

/* make_encoder(markers, default, encoder, indent, key_separator, item_separator,
 * sort_keys, skipkeys, allow_nan). New reference. */
static GlObject *
encoder_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (GlArg_NoKeywords("make_encoder", kwds) < 0) {
        return NULL;
    }
    if (args == NULL || GlTuple_GET_SIZE(args) != 9) {
        return GlErr_Format(GlExc_TypeError, "make_encoder() takes exactly 9 arguments (%zd given)",
                            args == NULL ? (Gl_ssize_t)0 : GlTuple_GET_SIZE(args));
    }
    GlObject *const *a = &GlTuple_GET_ITEM(args, 0);
    if (a[0] != Gl_None && !GlDict_Check(a[0])) {
        return GlErr_Format(GlExc_TypeError, "make_encoder() argument 1 must be dict or None, not %.200s",
                            Gl_TYPE(a[0])->tp_name);
    }
    if (a[3] != Gl_None && !GlStr_Check(a[3])) {
        return GlErr_Format(GlExc_TypeError, "make_encoder() argument 4 must be str or None, not %.200s",
                            Gl_TYPE(a[3])->tp_name);
    }
    for (int k = 4; k <= 5; k++) {
        if (!GlStr_Check(a[k])) {
            return GlErr_Format(GlExc_TypeError, "make_encoder() argument %d must be str, not %.200s",
                                k + 1, Gl_TYPE(a[k])->tp_name);
        }
    }
    int flags[3];
    for (int k = 0; k < 3; k++) {
        flags[k] = GlObject_IsTrue(a[6 + k]);
        if (flags[k] < 0) {
            return NULL;
        }
    }
    EncoderObject *e = (EncoderObject *)type->tp_alloc(type, 0);
    if (e == NULL) {
        return NULL;
    }
    e->markers = Gl_NewRef(a[0]);
    e->defaultfn = Gl_NewRef(a[1]);
    e->encoder = Gl_NewRef(a[2]);
    e->indent = Gl_NewRef(a[3]);
    e->key_separator = Gl_NewRef(a[4]);
    e->item_separator = Gl_NewRef(a[5]);
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    e->fast_encode = a[2] == fast_ascii_fn ? 1 : a[2] == fast_unicode_fn ? 2 : 0;
    return (GlObject *)e;
}

static int
encoder_traverse(GlObject *self, visitproc visit, void *arg)
{
    EncoderObject *e = (EncoderObject *)self;
    Gl_VISIT(e->markers);
    Gl_VISIT(e->defaultfn);
    Gl_VISIT(e->encoder);
    Gl_VISIT(e->indent);
    Gl_VISIT(e->key_separator);
    Gl_VISIT(e->item_separator);
    return 0;
}

static int
encoder_clear(GlObject *self)
{
    EncoderObject *e = (EncoderObject *)self;
    Gl_CLEAR(e->markers);
    Gl_CLEAR(e->defaultfn);
    Gl_CLEAR(e->encoder);
    Gl_CLEAR(e->indent);
    Gl_CLEAR(e->key_separator);
    Gl_CLEAR(e->item_separator);
    return 0;
}

static void
encoder_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    encoder_clear(self);
    Gl_TYPE(self)->tp_free(self);
}

static GlTypeObject Encoder_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_json.Encoder",
    .tp_basicsize = sizeof(EncoderObject),
    .tp_dealloc = encoder_dealloc,
    .tp_call = encoder_call,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC,
    .tp_doc = "Encoder(markers, default, encoder, indent, key_separator, item_separator, "
              "sort_keys, skipkeys, allow_nan)",
    .tp_traverse = encoder_traverse,
    .tp_clear = encoder_clear,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = encoder_new,
    .tp_free = GlObject_GC_Del,
};

static GlMethodDef json_methods[] = {
    {"scanstring", GL_FN(json_scanstring), GL_METH_FASTCALL,
     "scanstring(string, end, strict=True) -> (string, end)\n\n"
     "Scan the string literal that starts at end - 1 (the opening quote)."},
    {"encode_basestring", GL_FN(json_encode_basestring), GL_METH_O,
     "Return a JSON representation of a Python string."},
    {"encode_basestring_ascii", GL_FN(json_encode_basestring_ascii), GL_METH_O,
     "Return an ASCII-only JSON representation of a Python string."},
    {NULL, NULL, 0, NULL},
};

/* The _json module. New reference. */
GlObject *
GlInit_json(void)
{
    if ((Scanner_Type.tp_dict == NULL && GlType_Ready(&Scanner_Type) < 0)
        || (Encoder_Type.tp_dict == NULL && GlType_Ready(&Encoder_Type) < 0)) {
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("_json");
    if (m == NULL) {
        return NULL;
    }
    if (GlModule_AddFunctions(m, json_methods) < 0
        || GlModule_AddObject(m, "make_scanner", (GlObject *)&Scanner_Type) < 0
        || GlModule_AddObject(m, "make_encoder", (GlObject *)&Encoder_Type) < 0) {
        Gl_DECREF(m);
        return NULL;
    }
    if (fast_ascii_fn == NULL) {
        fast_ascii_fn = GlObject_GetAttrString(m, "encode_basestring_ascii");
        fast_unicode_fn = GlObject_GetAttrString(m, "encode_basestring");
        if (fast_ascii_fn == NULL || fast_unicode_fn == NULL) {
            Gl_DECREF(m);
            return NULL;
        }
    }
    GlObject *doc = GlStr_FromString("json speedups: the scanner and the encoder in C.");
    if (doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0) {
        Gl_XDECREF(doc);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(doc);
    return m;
}
