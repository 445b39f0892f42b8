/* _jsonmodule.c - the `_json` accelerator used by lib/json: scanning a JSON string
 * literal and escaping a str for JSON output, the two loops that dominate json's
 * time when written in Python.
 *
 * Invariants: results are new str objects built from code points (narrowed to the
 * smallest kind); errors are raised as json.decoder.JSONDecodeError(msg, doc, pos)
 * with the messages and positions of lib/json/decoder.py (CPython's). Runs no
 * Python code except to import json.decoder when an error is raised.
 */
#include "modules.h"
#include "../vm/vm.h"

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

typedef struct Buf {
    uint32_t *data;
    Gl_ssize_t len, cap;
} Buf;

static int
buf_put(Buf *b, uint32_t ch)
{
    if (b->len == b->cap) {
        Gl_ssize_t nc = b->cap ? b->cap * 2 : 64;
        uint32_t *nd = GlMem_Resize(b->data, uint32_t, nc);
        if (nd == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        b->data = nd;
        b->cap = nc;
    }
    b->data[b->len++] = ch;
    return 0;
}

static int
hex4(GlObject *s, Gl_ssize_t i, Gl_ssize_t n, uint32_t *out)
{
    if (i + 4 > n) {
        return -1;
    }
    uint32_t v = 0;
    for (int k = 0; k < 4; k++) {
        uint32_t c = GlStr_READ_CHAR(s, i + k);
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

/* scanstring(s, end, strict=True) -> (str, end): s[end-1] is the opening quote. */
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
    Gl_ssize_t n = GlStr_GET_LENGTH(s), begin = i - 1;
    if (i < 0 || i > n) {
        return GlErr_SetString(GlExc_ValueError, "end is out of bounds");
    }
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    Buf b = {NULL, 0, 0};
    GlObject *res = NULL;
    for (;;) {
        Gl_ssize_t j = i;
        for (; j < n; j++) {
            uint32_t c = GlStr_READ(kind, data, j);
            if (c == '"' || c == '\\') {
                break;
            }
            if (c < ' ' && strict) {
                decode_error("Invalid control character at", s, j);
                goto done;
            }
            if (buf_put(&b, c) < 0) {
                goto done;
            }
        }
        if (j >= n) {
            decode_error("Unterminated string starting at", s, begin);
            goto done;
        }
        if (GlStr_READ(kind, data, j) == '"') {
            GlObject *str = GlStr_FromKindAndData(4, b.data, b.len);
            if (str != NULL) {
                GlObject *pos = GlInt_FromSsize_t(j + 1);
                res = pos ? GlTuple_Pack(2, str, pos) : NULL;
                Gl_XDECREF(pos);
                Gl_DECREF(str);
            }
            goto done;
        }
        j++;   // past the backslash
        if (j >= n) {
            decode_error("Unterminated string starting at", s, begin);
            goto done;
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
            if (hex4(s, j + 1, n, &code) < 0) {
                decode_error("Invalid \\uXXXX escape", s, j);
                goto done;
            }
            i = j + 5;
            if (code >= 0xd800 && code <= 0xdbff && i + 1 < n
                && GlStr_READ(kind, data, i) == '\\' && GlStr_READ(kind, data, i + 1) == 'u') {
                uint32_t low;
                if (hex4(s, i + 2, n, &low) < 0) {
                    decode_error("Invalid \\uXXXX escape", s, i + 1);
                    goto done;
                }
                if (low >= 0xdc00 && low <= 0xdfff) {
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00));
                    i += 6;
                }
            }
            if (buf_put(&b, code) < 0) {
                goto done;
            }
            continue;
        }
        default:
            decode_error("Invalid \\escape", s, j - 1);
            goto done;
        }
        if (buf_put(&b, out) < 0) {
            goto done;
        }
        i = j + 1;
    }
done:
    GlMem_Free(b.data);
    return res;
}

static int
put_u_escape(Buf *b, uint32_t c)
{
    static const char hexd[] = "0123456789abcdef";
    if (c >= 0x10000) {
        uint32_t v = c - 0x10000;
        if (put_u_escape(b, 0xd800 | (v >> 10)) < 0) {
            return -1;
        }
        return put_u_escape(b, 0xdc00 | (v & 0x3ff));
    }
    if (buf_put(b, '\\') < 0 || buf_put(b, 'u') < 0) {
        return -1;
    }
    for (int shift = 12; shift >= 0; shift -= 4) {
        if (buf_put(b, (uint32_t)hexd[(c >> shift) & 0xf]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* The JSON form of str s (with quotes); ascii_only escapes everything past '~'. */
static GlObject *
encode(GlObject *s, int ascii_only)
{
    if (!GlStr_Check(s)) {
        return GlErr_Format(GlExc_TypeError, "first argument must be a string, not %.80s",
                            Gl_TYPE(s)->tp_name);
    }
    Gl_ssize_t n = GlStr_GET_LENGTH(s);
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    Buf b = {NULL, 0, 0};
    GlObject *res = NULL;
    if (buf_put(&b, '"') < 0) {
        goto done;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ(kind, data, i);
        int r;
        switch (c) {
        case '"': r = buf_put(&b, '\\') || buf_put(&b, '"'); break;
        case '\\': r = buf_put(&b, '\\') || buf_put(&b, '\\'); break;
        case '\n': r = buf_put(&b, '\\') || buf_put(&b, 'n'); break;
        case '\r': r = buf_put(&b, '\\') || buf_put(&b, 'r'); break;
        case '\t': r = buf_put(&b, '\\') || buf_put(&b, 't'); break;
        case '\b': r = buf_put(&b, '\\') || buf_put(&b, 'b'); break;
        case '\f': r = buf_put(&b, '\\') || buf_put(&b, 'f'); break;
        default:
            if (c < ' ' || (ascii_only && c > '~')) {
                r = put_u_escape(&b, c);
            } else {
                r = buf_put(&b, c);
            }
        }
        if (r) {
            goto done;
        }
    }
    if (buf_put(&b, '"') < 0) {
        goto done;
    }
    res = GlStr_FromKindAndData(4, b.data, b.len);
done:
    GlMem_Free(b.data);
    return res;
}

static GlObject *
json_encode_basestring(GlObject *self, GlObject *s)
{
    return encode(s, 0);
}

static GlObject *
json_encode_basestring_ascii(GlObject *self, GlObject *s)
{
    return encode(s, 1);
}

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

GlObject *
GlInit_json(void)
{
    GlObject *m = GlModule_NewFromString("_json");
    if (m == NULL) {
        return NULL;
    }
    if (GlModule_AddFunctions(m, json_methods) < 0) {
        Gl_DECREF(m);
        return NULL;
    }
    GlObject *doc = GlStr_FromString("json speedups: string scanning and escaping in C.");
    if (doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0) {
        Gl_XDECREF(doc);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(doc);
    return m;
}
