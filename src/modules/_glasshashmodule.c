/* _glasshashmodule.c - the `_glasshash` module that lib/hashlib.py and lib/hmac.py build
 * on: hash objects over the engines of hash_md.c, hash_sha3.c and hash_blake2.c, the
 * named constructors, new(), pbkdf2_hmac() and a one-shot hmac_digest().
 *
 * Types (named as CPython 3.11 prints them, so type(h), repr(h) and error messages
 * match):
 * - `_hashlib.HASH`: md5, sha1, sha224, sha256, sha384, sha512, sha3_*; not
 *   instantiable from Python; repr "<sha256 _hashlib.HASH object @ 0x...>".
 * - `_hashlib.HASHXOF` (a HASH subclass): shake_128, shake_256, whose digest() and
 *   hexdigest() take the output length.
 * - `_blake2.blake2b`, `_blake2.blake2s`: constructed by calling the type with every
 *   RFC 7693 parameter; class constants SALT_SIZE, PERSON_SIZE, MAX_KEY_SIZE,
 *   MAX_DIGEST_SIZE.
 *
 * Invariants:
 * - A GlHashObject's `st` is a live engine state for `algo`: digest() finalizes a copy,
 *   so update() may follow digest(). The object holds no Python references (no GC).
 * - Data arguments go through the buffer protocol; a str raises "Strings must be
 *   encoded before hashing", a non-exporter "object supporting the buffer API required"
 *   (CPython's messages). No Python code runs while an engine reads a buffer.
 * - The named constructors are called openssl_<name> and take `string`, as CPython
 *   3.11's OpenSSL-backed ones (the names show in its error messages).
 * - Name lookup: md5, sha1 and sha2 names in any letter case (as OpenSSL allows), the
 *   SHA-3 and SHAKE names exactly; blake2 is reached through its types.
 */
#include <limits.h>
#include <string.h>
#include <strings.h>
#include "modules.h"
#include "hash_internal.h"

typedef struct GlHashObject {
    GlObject ob_base;
    const GlHashAlgo *algo;   // the engine; never NULL once constructed
    int digest_size;          // digest() length: algo's, or the blake2 digest_size; 0 for XOF
    GlHashState st;           // engine state (plain data)
} GlHashObject;

static const GlHashAlgo *const hash_algos[] = {
    &gl_hash_md5, &gl_hash_sha1, &gl_hash_sha224, &gl_hash_sha256, &gl_hash_sha384,
    &gl_hash_sha512, &gl_hash_sha3_224, &gl_hash_sha3_256, &gl_hash_sha3_384,
    &gl_hash_sha3_512, &gl_hash_shake_128, &gl_hash_shake_256, &gl_hash_blake2b,
    &gl_hash_blake2s, NULL,
};

/* ============================== helpers ========================================= */

/* The engine called `name` (see the file comment for letter case); with_blake2 also
 * finds blake2b / blake2s (default parameters). NULL when unknown, no exception. */
static const GlHashAlgo *
hash_find(const char *name, int with_blake2)
{
    for (int i = 0; hash_algos[i] != NULL; i++) {
        const GlHashAlgo *a = hash_algos[i];
        int md = strncmp(a->name, "sha3_", 5) != 0 && strncmp(a->name, "shake", 5) != 0
                 && strncmp(a->name, "blake2", 6) != 0;
        if (md ? strcasecmp(a->name, name) == 0 : strcmp(a->name, name) == 0) {
            if (strncmp(a->name, "blake2", 6) == 0 && !with_blake2) {
                return NULL;
            }
            return a;
        }
    }
    return NULL;
}

/* Like hash_find for a str object; ValueError "unsupported hash type X" when unknown.
 * NULL + exception. */
static const GlHashAlgo *
hash_find_obj(GlObject *name, int with_blake2)
{
    const char *s = GlStr_AsUTF8(name);
    if (s == NULL) {
        return NULL;
    }
    const GlHashAlgo *a = strlen(s) == (size_t)GlStr_GET_LENGTH(name) ? hash_find(s, with_blake2)
                                                                       : NULL;
    if (a == NULL) {
        GlErr_Format(GlExc_ValueError, "unsupported hash type %U", name);
    }
    return a;
}

/* Export a data argument as hashlib does (str and non-buffers refused with CPython's
 * messages). 0 / -1; on success release the view with GlBuffer_Release. */
static int
hash_get_buffer(GlObject *o, GlBuffer *view)
{
    if (GlStr_Check(o)) {
        GlErr_SetString(GlExc_TypeError, "Strings must be encoded before hashing");
        return -1;
    }
    if (!GlObject_CheckBuffer(o)) {
        GlErr_SetString(GlExc_TypeError, "object supporting the buffer API required");
        return -1;
    }
    return GlObject_GetBuffer(o, view, GL_BUF_SIMPLE);
}

/* Feed a data argument to h. 0 / -1. */
static int
hash_absorb(GlHashObject *h, GlObject *data)
{
    GlBuffer view;
    if (hash_get_buffer(data, &view) < 0) {
        return -1;
    }
    h->algo->update(&h->st, (const uint8_t *)view.buf, (size_t)view.len);
    GlBuffer_Release(&view);
    return 0;
}

/* A new, initialised hash object of `type` for algo. New reference. */
static GlObject *
hash_new_object(GlTypeObject *type, const GlHashAlgo *algo) GL_NEWREF
{
    GlHashObject *h = (GlHashObject *)type->tp_alloc(type, 0);
    if (h == NULL) {
        return NULL;
    }
    h->algo = algo;
    h->digest_size = algo->digest_size;
    algo->init(&h->st);
    return (GlObject *)h;
}

/* HASH or HASHXOF for algo, fed with data (may be NULL). New reference. */
static GlObject *
hash_make(const GlHashAlgo *algo, GlObject *data) GL_NEWREF
{
    GlObject *h = hash_new_object(algo->digest_size == 0 ? &GlHashXof_Type : &GlHash_Type,
                                  algo);
    if (h != NULL && data != NULL && hash_absorb((GlHashObject *)h, data) < 0) {
        Gl_DECREF(h);
        return NULL;
    }
    return h;
}

/* n bytes as lower-case hex. New reference. */
static GlObject *
hash_hex(const uint8_t *p, size_t n) GL_NEWREF
{
    static const char digits[] = "0123456789abcdef";
    char *s = malloc(2 * n + 1);
    if (s == NULL) {
        return GlErr_NoMemory();
    }
    for (size_t i = 0; i < n; i++) {
        s[2 * i] = digits[p[i] >> 4];
        s[2 * i + 1] = digits[p[i] & 15];
    }
    GlObject *r = GlStr_FromStringAndSize(s, (Gl_ssize_t)(2 * n));
    free(s);
    return r;
}

/* The digest of a copy of h's state into out (outlen bytes; the digest size unless XOF). */
static void
hash_finish_copy(GlHashObject *h, uint8_t *out, size_t outlen)
{
    GlHashState tmp = h->st;
    h->algo->final(&tmp, out, outlen);
}

/* ============================ HASH / HASHXOF ==================================== */

static void
hash_dealloc(GlObject *self)
{
    Gl_TYPE(self)->tp_free(self);
}

/* "<sha256 _hashlib.HASH object @ 0x...>". New reference. */
static GlObject *
hash_repr(GlObject *self) GL_NEWREF
{
    return GlStr_FromFormat("<%s %s object @ %p>", ((GlHashObject *)self)->algo->name,
                            Gl_TYPE(self)->tp_name, (void *)self);
}

/* update(data). New reference (None). */
static GlObject *
hash_update(GlObject *self, GlObject *data) GL_NEWREF
{
    if (hash_absorb((GlHashObject *)self, data) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

/* digest(): bytes. New reference. */
static GlObject *
hash_digest(GlObject *self, GlObject *unused) GL_NEWREF
{
    GlHashObject *h = (GlHashObject *)self;
    uint8_t out[64];
    hash_finish_copy(h, out, (size_t)h->digest_size);
    return GlBytes_FromStringAndSize((const char *)out, h->digest_size);
}

/* hexdigest(): str. New reference. */
static GlObject *
hash_hexdigest(GlObject *self, GlObject *unused) GL_NEWREF
{
    GlHashObject *h = (GlHashObject *)self;
    uint8_t out[64];
    hash_finish_copy(h, out, (size_t)h->digest_size);
    return hash_hex(out, (size_t)h->digest_size);
}

/* copy(): an independent object of the same type and state. New reference. */
static GlObject *
hash_copy(GlObject *self, GlObject *unused) GL_NEWREF
{
    GlHashObject *h = (GlHashObject *)self;
    GlHashObject *c = (GlHashObject *)Gl_TYPE(self)->tp_alloc(Gl_TYPE(self), 0);
    if (c == NULL) {
        return NULL;
    }
    c->algo = h->algo;
    c->digest_size = h->digest_size;
    c->st = h->st;
    return (GlObject *)c;
}

/* name. New reference. */
static GlObject *
hash_get_name(GlObject *self, void *closure) GL_NEWREF
{
    return GlStr_FromString(((GlHashObject *)self)->algo->name);
}

/* digest_size. New reference. */
static GlObject *
hash_get_digest_size(GlObject *self, void *closure) GL_NEWREF
{
    return GlInt_FromLong(((GlHashObject *)self)->digest_size);
}

/* block_size. New reference. */
static GlObject *
hash_get_block_size(GlObject *self, void *closure) GL_NEWREF
{
    return GlInt_FromLong(((GlHashObject *)self)->algo->block_size);
}

/* The `length` argument of a XOF's digest / hexdigest. 0 / -1. Runs Python
 * (__index__). The limit is CPython's built-in _sha3 module's. */
static int
xof_length(const char *fname, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames,
           size_t *out)
{
    static const char *const kwlist[] = {"length", NULL};
    GlObject *a[1];
    if (GlArg_ParseVector(fname, args, nargs, kwnames, kwlist, 1, 1, a) < 0) {
        return -1;
    }
    GlObject *n = GlNumber_Index(a[0]);   // PYTHON CODE (__index__)
    if (n == NULL) {
        return -1;
    }
    int sign = GlInt_Sign(n);
    int ovf = 0;
    int64_t v = GlInt_AsInt64AndOverflow(n, &ovf);
    Gl_DECREF(n);
    if (sign < 0) {
        GlErr_SetString(GlExc_ValueError, "value must be positive");
        return -1;
    }
    if (ovf || v >= ((int64_t)1 << 29)) {
        GlErr_SetString(GlExc_ValueError, "length is too large");
        return -1;
    }
    *out = (size_t)v;
    return 0;
}

/* HASHXOF.digest(length): bytes. New reference. */
static GlObject *
xof_digest(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames) GL_NEWREF
{
    size_t n;
    if (xof_length("digest", args, nargs, kwnames, &n) < 0) {
        return NULL;
    }
    GlObject *r = GlBytes_FromStringAndSize(NULL, (Gl_ssize_t)n);
    if (r != NULL && n > 0) {
        hash_finish_copy((GlHashObject *)self, (uint8_t *)GlBytes_AS_STRING(r), n);
    }
    return r;
}

/* HASHXOF.hexdigest(length): str. New reference. */
static GlObject *
xof_hexdigest(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
              GlObject *kwnames) GL_NEWREF
{
    size_t n;
    if (xof_length("hexdigest", args, nargs, kwnames, &n) < 0) {
        return NULL;
    }
    uint8_t *out = malloc(n > 0 ? n : 1);
    if (out == NULL) {
        return GlErr_NoMemory();
    }
    if (n > 0) {
        hash_finish_copy((GlHashObject *)self, out, n);
    }
    GlObject *r = hash_hex(out, n);
    free(out);
    return r;
}

static GlMethodDef hash_methods[] = {
    {"update", GL_FN(hash_update), GL_METH_O, "Update this hash object's state with the "
     "provided string."},
    {"digest", GL_FN(hash_digest), GL_METH_NOARGS, "Return the digest value as a bytes object."},
    {"hexdigest", GL_FN(hash_hexdigest), GL_METH_NOARGS,
     "Return the digest value as a string of hexadecimal digits."},
    {"copy", GL_FN(hash_copy), GL_METH_NOARGS, "Return a copy of the hash object."},
    {NULL, NULL, 0, NULL},
};

static GlMethodDef xof_methods[] = {
    {"digest", GL_FN(xof_digest), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Return the digest value as a bytes object."},
    {"hexdigest", GL_FN(xof_hexdigest), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Return the digest value as a string of hexadecimal digits."},
    {NULL, NULL, 0, NULL},
};

static GlGetSetDef hash_getset[] = {
    {"name", hash_get_name, NULL, NULL, NULL},
    {"digest_size", hash_get_digest_size, NULL, NULL, NULL},
    {"block_size", hash_get_block_size, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlHash_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_hashlib.HASH",
    .tp_basicsize = sizeof(GlHashObject),
    .tp_dealloc = hash_dealloc,
    .tp_repr = hash_repr,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_doc = "A hash is an object used to calculate a checksum of a string of information.",
    .tp_methods = hash_methods,
    .tp_getset = hash_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_free = GlObject_Free,
};

GlTypeObject GlHashXof_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_hashlib.HASHXOF",
    .tp_basicsize = sizeof(GlHashObject),
    .tp_dealloc = hash_dealloc,
    .tp_repr = hash_repr,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_doc = "A hash is an object used to calculate a checksum of a string of information.",
    .tp_methods = xof_methods,
    .tp_base = &GlHash_Type,
    .tp_alloc = GlType_GenericAlloc,
    .tp_free = GlObject_Free,
};

/* =============================== blake2 ========================================= */

/* An int argument through __index__ into *out (CPython's 'i' converter). 0 / -1. */
static int
b2_int(GlObject *o, int *out)
{
    GlObject *n = GlNumber_Index(o);   // PYTHON CODE (__index__)
    if (n == NULL) {
        return -1;
    }
    int ovf = 0;
    int64_t v = GlInt_AsInt64AndOverflow(n, &ovf);
    Gl_DECREF(n);
    if (ovf || v > INT_MAX || v < INT_MIN) {
        GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* A non-negative int argument as uint64 (CPython's unsigned long / unsigned long long
 * converters: "value must be positive", then ovf_msg past 64 bits). 0 / -1. */
static int
b2_uint64(GlObject *o, uint64_t *out, const char *ovf_msg)
{
    GlObject *n = GlNumber_Index(o);   // PYTHON CODE (__index__)
    if (n == NULL) {
        return -1;
    }
    int rc = 0;
    if (GlInt_Sign(n) < 0) {
        GlErr_SetString(GlExc_ValueError, "value must be positive");
        rc = -1;
    } else {
        GlIntView tmp;
        mpz_srcptr z = GlInt_View(n, &tmp);
        if (mpz_sizeinbase(z, 2) > 64) {
            GlErr_SetString(GlExc_OverflowError, ovf_msg);
            rc = -1;
        } else {
            *out = (uint64_t)mpz_get_ui(z);
        }
    }
    Gl_DECREF(n);
    return rc;
}

/* Borrow a bytes-like parameter (key, salt, person) into view; absent: empty. 0 / -1. */
static int
b2_bytes(GlObject *o, GlBuffer *view, const uint8_t **p, size_t *len)
{
    *p = (const uint8_t *)"";
    *len = 0;
    if (o == NULL) {
        return 0;
    }
    if (GlObject_GetBuffer(o, view, GL_BUF_SIMPLE) < 0) {
        return -1;
    }
    if (view->len > 0) {   // an empty buffer's pointer may be NULL: keep ""
        *p = (const uint8_t *)view->buf;
        *len = (size_t)view->len;
    }
    return 0;
}

/* Convert the arguments of blake2b()/blake2s() (a[] in kwlist order) into p, holding
 * buffer views in views[3] (released by the caller, even on failure: view.obj NULL
 * means unused). `big` selects blake2b's limits. 0 / -1 with CPython's messages.
 * Runs Python (__index__, __bool__). */
static int
b2_params(GlObject **a, int big, GlBlake2Params *p, GlBuffer views[3])
{
    int maxd = big ? 64 : 32, saltmax = big ? 16 : 8;
    uint64_t leaf = 0, offset = 0;
    *p = (GlBlake2Params){.digest_size = maxd, .fanout = 1, .depth = 1};
    // the conversions, in parameter order, as argument clinic does them
    if ((a[1] != NULL && b2_int(a[1], &p->digest_size) < 0)
        || b2_bytes(a[2], &views[0], &p->key, &p->key_len) < 0
        || b2_bytes(a[3], &views[1], &p->salt, &p->salt_len) < 0
        || b2_bytes(a[4], &views[2], &p->person, &p->person_len) < 0
        || (a[5] != NULL && b2_int(a[5], &p->fanout) < 0)
        || (a[6] != NULL && b2_int(a[6], &p->depth) < 0)
        || (a[7] != NULL && b2_uint64(a[7], &leaf,
                                      "Python int too large to convert to C unsigned long") < 0)
        || (a[8] != NULL && b2_uint64(a[8], &offset, "int too big to convert") < 0)
        || (a[9] != NULL && b2_int(a[9], &p->node_depth) < 0)
        || (a[10] != NULL && b2_int(a[10], &p->inner_size) < 0)
        || (a[11] != NULL && (p->last_node = GlObject_IsTrue(a[11])) < 0)   // PYTHON CODE
        || (a[12] != NULL && GlObject_IsTrue(a[12]) < 0)) {   // usedforsecurity, unused
        return -1;
    }
    // then the range checks, in CPython's order
    const char *msg = NULL;
    GlObject *exc = GlExc_ValueError;
    if (p->digest_size <= 0 || p->digest_size > maxd) {
        GlErr_Format(GlExc_ValueError, "digest_size must be between 1 and %d bytes", maxd);
        return -1;
    }
    if (p->salt_len > (size_t)saltmax) {
        GlErr_Format(GlExc_ValueError, "maximum salt length is %d bytes", saltmax);
        return -1;
    }
    if (p->person_len > (size_t)saltmax) {
        GlErr_Format(GlExc_ValueError, "maximum person length is %d bytes", saltmax);
        return -1;
    }
    if (p->fanout < 0 || p->fanout > 255) {
        msg = "fanout must be between 0 and 255";
    } else if (p->depth <= 0 || p->depth > 255) {
        msg = "depth must be between 1 and 255";
    } else if (leaf > 0xffffffffULL) {
        msg = "leaf_size is too large";
        exc = GlExc_OverflowError;
    } else if (!big && offset > 0xffffffffffffULL) {
        msg = "node_offset is too large";
        exc = GlExc_OverflowError;
    } else if (p->node_depth < 0 || p->node_depth > 255) {
        msg = "node_depth must be between 0 and 255";
    }
    if (msg != NULL) {
        GlErr_SetString(exc, msg);
        return -1;
    }
    if (p->inner_size < 0 || p->inner_size > maxd) {
        GlErr_Format(GlExc_ValueError, "inner_size must be between 0 and is %d", maxd);
        return -1;
    }
    if (p->key_len > (size_t)maxd) {
        GlErr_Format(GlExc_ValueError, "maximum key length is %d bytes", maxd);
        return -1;
    }
    p->leaf_size = (uint32_t)leaf;
    p->node_offset = offset;
    return 0;
}

/* blake2b(data=b'', /, *, digest_size, key, salt, person, fanout, depth, leaf_size,
 * node_offset, node_depth, inner_size, last_node, usedforsecurity) and blake2s(...).
 * New reference. */
static GlObject *
blake2_new(GlTypeObject *type, GlObject *args, GlObject *kwds) GL_NEWREF
{
    static const char *const kwlist[] = {
        "", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size",
        "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity", NULL};
    int big = GlType_IsSubtype(type, &GlBlake2b_Type);
    const char *fname = big ? "blake2b" : "blake2s";
    GlObject *a[13];
    if (GlArg_ParseTupleDict(fname, args, kwds, kwlist, 1, 0, a) < 0) {
        return NULL;
    }
    GlBuffer views[3];
    for (int i = 0; i < 3; i++) {
        views[i].obj = NULL;
    }
    GlBlake2Params p;
    GlHashObject *h = NULL;
    if (b2_params(a, big, &p, views) < 0) {
        goto error;
    }
    h = (GlHashObject *)type->tp_alloc(type, 0);
    if (h == NULL) {
        goto error;
    }
    h->algo = big ? &gl_hash_blake2b : &gl_hash_blake2s;
    h->digest_size = p.digest_size;
    if (big) {
        GlBlake2b_InitParams(&h->st.b2b, &p);
    } else {
        GlBlake2s_InitParams(&h->st.b2s, &p);
    }
    if (a[0] != NULL && hash_absorb(h, a[0]) < 0) {
        goto error;
    }
    for (int i = 0; i < 3; i++) {
        if (views[i].obj != NULL) {
            GlBuffer_Release(&views[i]);
        }
    }
    return (GlObject *)h;
error:
    for (int i = 0; i < 3; i++) {
        if (views[i].obj != NULL) {
            GlBuffer_Release(&views[i]);
        }
    }
    Gl_XDECREF(h);
    return NULL;
}

#define BLAKE2_TYPE(var, tpname, doc)                                             \
    GlTypeObject var = {                                                          \
        .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),                        \
        .tp_name = tpname,                                                        \
        .tp_basicsize = sizeof(GlHashObject),                                     \
        .tp_dealloc = hash_dealloc,                                               \
        .tp_getattro = GlObject_GenericGetAttr,                                   \
        .tp_flags = GL_TPFLAGS_DEFAULT,                                           \
        .tp_doc = doc,                                                            \
        .tp_methods = hash_methods,                                               \
        .tp_getset = hash_getset,                                                 \
        .tp_alloc = GlType_GenericAlloc,                                          \
        .tp_new = blake2_new,                                                     \
        .tp_free = GlObject_Free,                                                 \
    }

BLAKE2_TYPE(GlBlake2b_Type, "_blake2.blake2b", "Return a new BLAKE2b hash object.");
BLAKE2_TYPE(GlBlake2s_Type, "_blake2.blake2s", "Return a new BLAKE2s hash object.");

/* ======================= new() and the named constructors ====================== */

/* new(name, string=b'', *, usedforsecurity=True). New reference. */
static GlObject *
hashmod_new(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames) GL_NEWREF
{
    static const char *const kwlist[] = {"name", "string", "usedforsecurity", NULL};
    GlObject *a[3];
    if (GlArg_ParseVector("new", args, nargs, kwnames, kwlist, 2, 1, a) < 0) {
        return NULL;
    }
    Gl_ssize_t n = 0;
    const char *s = GlStr_Check(a[0]) ? GlStr_AsUTF8AndSize(a[0], &n) : NULL;
    if (s == NULL || strlen(s) != (size_t)n) {   // not a str, or one with a NUL in it
        GlErr_Clear();
        return GlErr_SetString(GlExc_TypeError, "name must be a string");
    }
    if (a[2] != NULL && GlObject_IsTrue(a[2]) < 0) {   // PYTHON CODE (__bool__)
        return NULL;
    }
    const GlHashAlgo *algo = hash_find_obj(a[0], 0);
    return algo == NULL ? NULL : hash_make(algo, a[1]);
}

/* The body of openssl_<name>(string=b'', *, usedforsecurity=True). New reference. */
static GlObject *
hashmod_construct(const GlHashAlgo *algo, const char *fname, GlObject *const *args,
                  Gl_ssize_t nargs, GlObject *kwnames) GL_NEWREF
{
    static const char *const kwlist[] = {"string", "usedforsecurity", NULL};
    GlObject *a[2];
    if (GlArg_ParseVector(fname, args, nargs, kwnames, kwlist, 1, 0, a) < 0) {
        return NULL;
    }
    if (a[1] != NULL && GlObject_IsTrue(a[1]) < 0) {   // PYTHON CODE (__bool__)
        return NULL;
    }
    return hash_make(algo, a[0]);
}

#define HASH_CONSTRUCTOR(alg)                                                            \
    /* openssl_##alg(string=b'', *, usedforsecurity=True). New reference. */             \
    static GlObject *hashmod_##alg(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, \
                                   GlObject *kwnames) GL_NEWREF                          \
    {                                                                                    \
        return hashmod_construct(&gl_hash_##alg, "openssl_" #alg, args, nargs, kwnames); \
    }

HASH_CONSTRUCTOR(md5)
HASH_CONSTRUCTOR(sha1)
HASH_CONSTRUCTOR(sha224)
HASH_CONSTRUCTOR(sha256)
HASH_CONSTRUCTOR(sha384)
HASH_CONSTRUCTOR(sha512)
HASH_CONSTRUCTOR(sha3_224)
HASH_CONSTRUCTOR(sha3_256)
HASH_CONSTRUCTOR(sha3_384)
HASH_CONSTRUCTOR(sha3_512)
HASH_CONSTRUCTOR(shake_128)
HASH_CONSTRUCTOR(shake_256)

/* ============================ HMAC and PBKDF2 =================================== */

/* The inner and outer states of HMAC (RFC 2104) under key for algo. */
typedef struct {
    const GlHashAlgo *algo;
    GlHashState inner, outer;
} HmacKey;

static void
hmac_setup(HmacKey *hk, const GlHashAlgo *algo, const uint8_t *key, size_t keylen)
{
    uint8_t block[200] = {0};   // the largest block size is SHA3-224's rate, 144
    size_t bs = (size_t)algo->block_size;
    hk->algo = algo;
    if (keylen > bs) {
        GlHashState st;
        algo->init(&st);
        algo->update(&st, key, keylen);
        algo->final(&st, block, (size_t)algo->digest_size);
    } else if (keylen > 0) {
        memcpy(block, key, keylen);
    }
    for (size_t i = 0; i < bs; i++) {
        block[i] ^= 0x36;
    }
    algo->init(&hk->inner);
    algo->update(&hk->inner, block, bs);
    for (size_t i = 0; i < bs; i++) {
        block[i] ^= 0x36 ^ 0x5c;
    }
    algo->init(&hk->outer);
    algo->update(&hk->outer, block, bs);
}

/* HMAC of (a || b) into out (digest_size bytes). */
static void
hmac_run(const HmacKey *hk, const uint8_t *a, size_t alen, const uint8_t *b, size_t blen,
         uint8_t *out)
{
    size_t ds = (size_t)hk->algo->digest_size;
    GlHashState st = hk->inner;
    hk->algo->update(&st, a, alen);
    hk->algo->update(&st, b, blen);
    uint8_t ih[64];
    hk->algo->final(&st, ih, ds);
    st = hk->outer;
    hk->algo->update(&st, ih, ds);
    hk->algo->final(&st, out, ds);
}

/* An algorithm name argument that must be a str (CPython's message names the function
 * and the parameter). NULL + exception. */
static const GlHashAlgo *
hash_name_arg(GlObject *name, const char *fname, const char *param)
{
    if (!GlStr_Check(name)) {
        GlErr_Format(GlExc_TypeError, "%s() argument '%s' must be str, not %.100s", fname,
                     param, GlObject_TypeName(name));
        return NULL;
    }
    const GlHashAlgo *algo = hash_find_obj(name, 1);
    if (algo != NULL && algo->digest_size == 0) {   // no HMAC over an XOF
        GlErr_Format(GlExc_ValueError, "unsupported hash type %U", name);
        return NULL;
    }
    return algo;
}

/* hmac_digest(key, msg, digest): HMAC in one call; digest names the algorithm.
 * New reference. */
static GlObject *
hashmod_hmac_digest(GlObject *m, GlObject *const *args, Gl_ssize_t nargs,
                    GlObject *kwnames) GL_NEWREF
{
    static const char *const kwlist[] = {"key", "msg", "digest", NULL};
    GlObject *a[3];
    GlBuffer key = {.obj = NULL}, msg = {.obj = NULL};
    GlObject *r = NULL;
    if (GlArg_ParseVector("hmac_digest", args, nargs, kwnames, kwlist, 3, 3, a) < 0
        || GlObject_GetBuffer(a[0], &key, GL_BUF_SIMPLE) < 0
        || GlObject_GetBuffer(a[1], &msg, GL_BUF_SIMPLE) < 0) {
        goto done;
    }
    const GlHashAlgo *algo = hash_name_arg(a[2], "hmac_digest", "digest");
    if (algo == NULL) {
        goto done;
    }
    HmacKey hk;
    uint8_t out[64];
    hmac_setup(&hk, algo, key.buf, (size_t)key.len);
    hmac_run(&hk, msg.buf, (size_t)msg.len, NULL, 0, out);
    r = GlBytes_FromStringAndSize((const char *)out, algo->digest_size);
done:
    if (key.obj != NULL) {
        GlBuffer_Release(&key);
    }
    if (msg.obj != NULL) {
        GlBuffer_Release(&msg);
    }
    return r;
}

/* The PBKDF2 (RFC 8018 section 5.2) output of dklen bytes into dk. */
static void
pbkdf2_run(const HmacKey *hk, const uint8_t *salt, size_t saltlen, long iterations,
           uint8_t *dk, size_t dklen)
{
    size_t hlen = (size_t)hk->algo->digest_size;
    for (uint32_t block = 1; dklen > 0; block++) {
        uint8_t idx[4] = {(uint8_t)(block >> 24), (uint8_t)(block >> 16), (uint8_t)(block >> 8),
                          (uint8_t)block};
        uint8_t u[64], t[64];
        hmac_run(hk, salt, saltlen, idx, 4, u);
        memcpy(t, u, hlen);
        for (long i = 1; i < iterations; i++) {
            hmac_run(hk, u, hlen, NULL, 0, u);
            for (size_t j = 0; j < hlen; j++) {
                t[j] ^= u[j];
            }
        }
        size_t n = dklen < hlen ? dklen : hlen;
        memcpy(dk, t, n);
        dk += n;
        dklen -= n;
    }
}

/* A long argument through __index__ (CPython's 'l' converter). 0 / -1. */
static int
hash_long_arg(GlObject *o, long *out)
{
    GlObject *n = GlNumber_Index(o);   // PYTHON CODE (__index__)
    if (n == NULL) {
        return -1;
    }
    int ovf = 0;
    int64_t v = GlInt_AsInt64AndOverflow(n, &ovf);
    Gl_DECREF(n);
    if (ovf) {
        GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = (long)v;
    return 0;
}

/* pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None). New reference. */
static GlObject *
hashmod_pbkdf2_hmac(GlObject *m, GlObject *const *args, Gl_ssize_t nargs,
                    GlObject *kwnames) GL_NEWREF
{
    static const char *const kwlist[] = {"hash_name", "password", "salt", "iterations",
                                         "dklen", NULL};
    GlObject *a[5];
    GlBuffer pw = {.obj = NULL}, salt = {.obj = NULL};
    GlObject *r = NULL;
    long iterations, dklen;
    if (GlArg_ParseVector("pbkdf2_hmac", args, nargs, kwnames, kwlist, 5, 4, a) < 0) {
        return NULL;
    }
    if (!GlStr_Check(a[0])) {
        return GlErr_Format(GlExc_TypeError, "pbkdf2_hmac() argument 'hash_name' must be str, "
                            "not %.100s", GlObject_TypeName(a[0]));
    }
    if (GlObject_GetBuffer(a[1], &pw, GL_BUF_SIMPLE) < 0
        || GlObject_GetBuffer(a[2], &salt, GL_BUF_SIMPLE) < 0
        || hash_long_arg(a[3], &iterations) < 0) {
        goto done;
    }
    const GlHashAlgo *algo = hash_name_arg(a[0], "pbkdf2_hmac", "hash_name");
    if (algo == NULL) {
        goto done;
    }
    if (iterations < 1) {
        GlErr_SetString(GlExc_ValueError, "iteration value must be greater than 0.");
        goto done;
    }
    if (iterations > INT_MAX) {
        GlErr_SetString(GlExc_OverflowError, "iteration value is too great.");
        goto done;
    }
    dklen = algo->digest_size;
    if (a[4] != NULL && a[4] != Gl_None && hash_long_arg(a[4], &dklen) < 0) {
        goto done;
    }
    if (dklen < 1) {
        GlErr_SetString(GlExc_ValueError, "key length must be greater than 0.");
        goto done;
    }
    if (dklen > INT_MAX) {
        GlErr_SetString(GlExc_OverflowError, "key length is too great.");
        goto done;
    }
    r = GlBytes_FromStringAndSize(NULL, dklen);
    if (r != NULL) {
        HmacKey hk;
        hmac_setup(&hk, algo, pw.buf, (size_t)pw.len);
        pbkdf2_run(&hk, salt.buf, (size_t)salt.len, iterations, (uint8_t *)GlBytes_AS_STRING(r),
                   (size_t)dklen);
    }
done:
    if (pw.obj != NULL) {
        GlBuffer_Release(&pw);
    }
    if (salt.obj != NULL) {
        GlBuffer_Release(&salt);
    }
    return r;
}

/* ================================ the module ==================================== */

#define CONSTRUCTOR_DEF(alg)                                                         \
    {"openssl_" #alg, GL_FN(hashmod_##alg), GL_METH_FASTCALL | GL_METH_KEYWORDS,     \
     "Returns a " #alg " hash object; optionally initialized with a string"}

static GlMethodDef hashmod_methods[] = {
    {"new", GL_FN(hashmod_new), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Return a new hash object using the named algorithm."},
    CONSTRUCTOR_DEF(md5),
    CONSTRUCTOR_DEF(sha1),
    CONSTRUCTOR_DEF(sha224),
    CONSTRUCTOR_DEF(sha256),
    CONSTRUCTOR_DEF(sha384),
    CONSTRUCTOR_DEF(sha512),
    CONSTRUCTOR_DEF(sha3_224),
    CONSTRUCTOR_DEF(sha3_256),
    CONSTRUCTOR_DEF(sha3_384),
    CONSTRUCTOR_DEF(sha3_512),
    CONSTRUCTOR_DEF(shake_128),
    CONSTRUCTOR_DEF(shake_256),
    {"pbkdf2_hmac", GL_FN(hashmod_pbkdf2_hmac), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as "
     "pseudorandom function."},
    {"hmac_digest", GL_FN(hashmod_hmac_digest), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Single-shot HMAC."},
    {NULL, NULL, 0, NULL},
};

/* Ready a blake2 type (normally done at start-up) and set its size constants
 * (again: setting them is idempotent). 0 / -1. */
static int
blake2_ready(GlTypeObject *t, long salt, long key_digest)
{
    if (t->tp_dict == NULL && GlType_Ready(t) < 0) {
        return -1;
    }
    static const char *const names[] = {"SALT_SIZE", "PERSON_SIZE", "MAX_KEY_SIZE",
                                        "MAX_DIGEST_SIZE"};
    for (int i = 0; i < 4; i++) {
        GlObject *v = GlInt_FromLong(i < 2 ? salt : key_digest);
        int rc = v != NULL ? GlDict_SetItemString(t->tp_dict, names[i], v) : -1;
        Gl_XDECREF(v);
        if (rc < 0) {
            return -1;
        }
    }
    return 0;
}

GlObject *
GlInit__glasshash(void) GL_NEWREF
{
    if ((GlHash_Type.tp_dict == NULL && GlType_Ready(&GlHash_Type) < 0)
        || (GlHashXof_Type.tp_dict == NULL && GlType_Ready(&GlHashXof_Type) < 0)
        || blake2_ready(&GlBlake2b_Type, 16, 64) < 0 || blake2_ready(&GlBlake2s_Type, 8, 32) < 0) {
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("_glasshash");
    if (m == NULL) {
        return NULL;
    }
    if (GlModule_AddFunctions(m, hashmod_methods) < 0
        || GlModule_AddObject(m, "HASH", (GlObject *)&GlHash_Type) < 0
        || GlModule_AddObject(m, "HASHXOF", (GlObject *)&GlHashXof_Type) < 0
        || GlModule_AddObject(m, "blake2b", (GlObject *)&GlBlake2b_Type) < 0
        || GlModule_AddObject(m, "blake2s", (GlObject *)&GlBlake2s_Type) < 0) {
        Gl_DECREF(m);
        return NULL;
    }
    return m;
}
