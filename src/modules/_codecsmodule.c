/* _codecsmodule.c - the `_codecs` module under lib/codecs.py: the canonical names of
 * the C codecs of str_codecs.c, and the error-handler registry that str.encode /
 * bytes.decode consult for handler names they do not know themselves.
 *
 * Invariants:
 * - The registry dict belongs to str_codecs.c (GlCodec_ErrorRegistry); this module
 *   only reads and writes it. lib/codecs.py registers Python versions of the built-in
 *   handlers (strict, ignore, ...) so lookup_error() finds them; the C codecs keep
 *   handling those names inline and call only the other registered handlers.
 */
#include "modules.h"
#include "../objects/str_internal.h"

/* lookup_name(encoding) -> the canonical name (str), or LookupError. New reference. */
static GlObject *
codecs_lookup_name(GlObject *m, GlObject *enc)
{
    if (!GlStr_Check(enc)) {
        return GlErr_Format(GlExc_TypeError, "lookup() argument must be str, not %s",
                            Gl_TYPE(enc)->tp_name);
    }
    const char *s = GlStr_AsUTF8(enc);
    if (s == NULL) {
        return NULL;
    }
    const char *name = GlStr_CodecCanonicalName(s);
    if (name == NULL) {
        return GlErr_Format(GlExc_LookupError, "unknown encoding: %s", s);
    }
    return GlStr_FromString(name);
}

/* register_error(name, handler) -> None. New reference (None). */
static GlObject *
codecs_register_error(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs != 2) {
        return GlErr_Format(GlExc_TypeError, "register_error expected 2 arguments, got %zd",
                            nargs);
    }
    if (!GlStr_Check(args[0])) {
        return GlErr_Format(GlExc_TypeError,
                            "register_error() argument 1 must be str, not %s",
                            Gl_TYPE(args[0])->tp_name);
    }
    if (!GlCallable_Check(args[1])) {
        return GlErr_SetString(GlExc_TypeError, "handler must be callable");
    }
    GlObject *reg = GlCodec_ErrorRegistry();
    if (reg == NULL || GlDict_SetItem(reg, args[0], args[1]) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

/* lookup_error(name) -> the handler, or LookupError. New reference. */
static GlObject *
codecs_lookup_error(GlObject *m, GlObject *name)
{
    if (!GlStr_Check(name)) {
        return GlErr_Format(GlExc_TypeError, "lookup_error() argument must be str, not %s",
                            Gl_TYPE(name)->tp_name);
    }
    GlObject *reg = GlCodec_ErrorRegistry();
    if (reg == NULL) {
        return NULL;
    }
    GlObject *h = GlDict_GetItemWithError(reg, name);
    if (h == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_Format(GlExc_LookupError, "unknown error handler name '%U'", name);
        }
        return NULL;
    }
    return Gl_NewRef(h);
}

static const char *const codec_kw[] = {"obj", "encoding", "errors", NULL};

/* Parse (obj, encoding='utf-8', errors='strict') for encode/decode. 0 or -1. */
static int
codec_args(const char *fname, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames,
           GlObject **obj, const char **enc, const char **err)
{
    GlObject *a[3] = {NULL, NULL, NULL};
    if (GlArg_ParseVector(fname, args, nargs, kwnames, codec_kw, 3, 1, a) < 0) {
        return -1;
    }
    *obj = a[0];
    *enc = "utf-8";
    *err = "strict";
    if (a[1] != NULL && (*enc = GlStr_ArgAsCString(a[1], fname, "encoding")) == NULL) {
        return -1;
    }
    if (a[2] != NULL && (*err = GlStr_ArgAsCString(a[2], fname, "errors")) == NULL) {
        return -1;
    }
    return 0;
}

/* encode(obj, encoding='utf-8', errors='strict'): str -> bytes with the C codecs (the
 * name protocol 0-2 pickles of bytes call). New reference. */
static GlObject *
codecs_encode(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    GlObject *obj;
    const char *enc, *err;
    if (codec_args("encode", args, nargs, kwnames, &obj, &enc, &err) < 0) {
        return NULL;
    }
    if (!GlStr_Check(obj)) {
        return GlErr_Format(GlExc_TypeError, "encode() argument 'obj' must be str, not %s"
                            " (Glass's _codecs.encode handles text codecs only)",
                            Gl_TYPE(obj)->tp_name);
    }
    return GlStr_Encode(obj, enc, err);
}

/* decode(obj, encoding='utf-8', errors='strict'): bytes-like -> str. New reference. */
static GlObject *
codecs_decode(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    GlObject *obj;
    const char *enc, *err;
    if (codec_args("decode", args, nargs, kwnames, &obj, &enc, &err) < 0) {
        return NULL;
    }
    GlBuffer view;
    if (GlObject_GetBuffer(obj, &view, GL_BUF_SIMPLE) < 0) {
        return NULL;
    }
    GlObject *r = GlStr_Decode(view.buf, view.len, enc, err);
    GlBuffer_Release(&view);
    return r;
}

static GlMethodDef codecs_methods[] = {
    {"encode", GL_FN(codecs_encode), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "encode(obj, encoding='utf-8', errors='strict')"},
    {"decode", GL_FN(codecs_decode), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "decode(obj, encoding='utf-8', errors='strict')"},
    {"lookup_name", GL_FN(codecs_lookup_name), GL_METH_O,
     "lookup_name(encoding) -> canonical codec name"},
    {"register_error", GL_FN(codecs_register_error), GL_METH_FASTCALL,
     "register_error(name, handler) -> None"},
    {"lookup_error", GL_FN(codecs_lookup_error), GL_METH_O,
     "lookup_error(name) -> handler"},
    {NULL, NULL, 0, NULL},
};

/* The _codecs module object. New reference (NULL + exception on failure). */
GlObject *
GlInit__codecs(void) GL_NEWREF
{
    GlObject *m = GlModule_NewFromString("_codecs");
    if (m == NULL || GlModule_AddFunctions(m, codecs_methods) < 0) {
        Gl_XDECREF(m);
        return NULL;
    }
    return m;
}
