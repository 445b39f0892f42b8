/* zlibmodule.c - the `zlib` module over the system libz: one-shot compress/decompress,
 * the streaming Compress and Decompress objects, crc32/adler32 and the constants.
 *
 * Invariants:
 * - Data arguments are bytes, bytearray or (C-contiguous) memoryview; no Python code
 *   runs while libz reads them, so the borrowed pointers stay valid.
 * - Output grows in a malloc'd buffer (zl_out) that is turned into bytes at the end;
 *   libz's output does not depend on how the output space is handed out, so results
 *   equal CPython's byte for byte on the same libz.
 * - A stream object's z_stream is live exactly while `initialised` is 1 (deflateEnd /
 *   inflateEnd ran otherwise); calls on an ended stream report libz's
 *   Z_STREAM_ERROR as CPython does ("Error -2 while compressing data: inconsistent
 *   stream state").
 * - Errors are zlib.error "Error <code> <while ...>: <libz message>", word for word
 *   CPython's, plus its ValueError/MemoryError cases.
 *
 * Left out: nothing of the 3.11 API; data arguments need no other buffer types
 * (array.array is pure Python in Glass).
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "modules.h"

#define ZL_DEF_BUF_SIZE (16 * 1024)
#define ZL_DEF_MEM_LEVEL 8

static GlObject *zl_error;   // zlib.error (owned, lives for the run)

typedef struct {
    GlObject ob_base;
    z_stream zst;         // libz state; valid while initialised
    int initialised;      // deflateInit/inflateInit done and not yet ended
    GlObject *unused_data;      // Decompress: bytes after the end of the stream
    GlObject *unconsumed_tail;  // Decompress: input not yet processed (max_length)
    GlObject *zdict;            // Decompress: the dictionary, or NULL
    int eof;                    // Decompress: end of the compressed stream reached
} ZlStreamObject;

extern GlTypeObject ZlCompress_Type, ZlDecompress_Type;

/* ============================== helpers ======================================== */

/* zlib.error for err with libz's message (or CPython's fallback text). NULL. */
static GlObject *
zl_raise(z_stream *zst, int err, const char *msg)
{
    const char *zmsg = NULL;
    if (err == Z_VERSION_ERROR) {
        zmsg = "library version mismatch";
    }
    if (zmsg == NULL) {
        zmsg = zst->msg;
    }
    if (zmsg == NULL) {
        switch (err) {
        case Z_BUF_ERROR: zmsg = "incomplete or truncated stream"; break;
        case Z_STREAM_ERROR: zmsg = "inconsistent stream state"; break;
        case Z_DATA_ERROR: zmsg = "invalid input data"; break;
        default: break;
        }
    }
    if (zmsg == NULL) {
        return GlErr_Format(zl_error, "Error %d %s", err, msg);
    }
    return GlErr_Format(zl_error, "Error %d %s: %.200s", err, msg, zmsg);
}

/* Borrowed bytes of a bytes-like object (0 / -1 with CPython's TypeError). */
static int
zl_buffer(GlObject *o, const char **data, Gl_ssize_t *len)
{
    if (GlObject_CheckBuffer(o)) {   // bytes, bytearray, memoryview, array...
        return GlBytes_AsBuffer(o, data, len);
    }
    GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%.100s'",
                 GlObject_TypeName(o));
    return -1;
}

/* o as a C int through __index__ (0 / -1 with exception), as the clinic int converter. */
static int
zl_int(GlObject *o, int *out)
{
    GlObject *i = GlNumber_Index(o);   // PYTHON CODE (__index__)
    if (i == NULL) {
        return -1;
    }
    long v = GlInt_AsLong(i);
    Gl_DECREF(i);
    if (v == -1 && GlErr_Occurred()) {
        return -1;
    }
    if (v > INT_MAX || v < INT_MIN) {
        GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    *out = (int)v;
    return 0;
}

/* o as a Gl_ssize_t through __index__ (0 / -1 with exception). */
static int
zl_ssize(GlObject *o, Gl_ssize_t *out)
{
    GlObject *i = GlNumber_Index(o);   // PYTHON CODE (__index__)
    if (i == NULL) {
        return -1;
    }
    Gl_ssize_t v = GlInt_AsSsize_t(i);
    Gl_DECREF(i);
    if (v == -1 && GlErr_Occurred()) {
        return -1;
    }
    *out = v;
    return 0;
}

/* A growing output buffer; `limit` caps its size (max_length), -1 for none. */
typedef struct {
    char *data;
    Gl_ssize_t len, cap, limit;
} zl_out;

/* Point zst's output at free space in o (growing it); returns the space handed out,
 * 0 when the limit is reached, -1 with MemoryError. */
static Gl_ssize_t
zl_out_arrange(zl_out *o, z_stream *zst)
{
    if (o->len == o->cap) {
        Gl_ssize_t cap = o->cap == 0 ? ZL_DEF_BUF_SIZE : o->cap * 2;
        if (o->limit >= 0 && cap > o->limit) {
            cap = o->limit;
        }
        if (cap > o->len) {
            char *p = realloc(o->data, (size_t)cap);
            if (p == NULL) {
                GlErr_NoMemory();
                return -1;
            }
            o->data = p;
            o->cap = cap;
        }
    }
    Gl_ssize_t room = o->cap - o->len;
    if (room > UINT_MAX) {
        room = UINT_MAX;
    }
    zst->next_out = (Bytef *)o->data + o->len;
    zst->avail_out = (uInt)room;
    return room;
}

/* Account for what libz wrote since zl_out_arrange handed out `room`. */
static void
zl_out_done(zl_out *o, z_stream *zst, Gl_ssize_t room)
{
    o->len += room - (Gl_ssize_t)zst->avail_out;
}

/* The output as bytes; frees the buffer. New reference. */
static GlObject *
zl_out_finish(zl_out *o) GL_NEWREF
{
    GlObject *r = GlBytes_FromStringAndSize(o->data, o->len);
    free(o->data);
    o->data = NULL;
    return r;
}

/* Hand libz the next slice of input (at most UINT_MAX bytes). */
static void
zl_in_arrange(z_stream *zst, const char **data, Gl_ssize_t *left)
{
    uInt n = *left > UINT_MAX ? UINT_MAX : (uInt)*left;
    zst->next_in = (Bytef *)*data;
    zst->avail_in = n;
    *data += n;
    *left -= n;
}

/* ============================ one-shot functions =============================== */

/* compress(data, /, level=-1, wbits=15). New reference. */
static GlObject *
zl_compress(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames) GL_NEWREF
{
    static const char *const kwlist[] = {"", "level", "wbits", NULL};
    GlObject *a[3];
    const char *data;
    Gl_ssize_t left;
    int level = Z_DEFAULT_COMPRESSION, wbits = MAX_WBITS;
    if (GlArg_ParseVector("compress", args, nargs, kwnames, kwlist, 3, 1, a) < 0
        || zl_buffer(a[0], &data, &left) < 0 || (a[1] != NULL && zl_int(a[1], &level) < 0)
        || (a[2] != NULL && zl_int(a[2], &wbits) < 0)) {
        return NULL;
    }
    z_stream zst;
    memset(&zst, 0, sizeof zst);
    int err = deflateInit2(&zst, level, Z_DEFLATED, wbits, ZL_DEF_MEM_LEVEL,
                           Z_DEFAULT_STRATEGY);
    if (err == Z_MEM_ERROR) {
        return GlErr_SetString(GlExc_MemoryError, "Out of memory while compressing data");
    }
    if (err == Z_STREAM_ERROR) {
        return GlErr_SetString(zl_error, "Bad compression level");
    }
    if (err != Z_OK) {
        deflateEnd(&zst);
        return zl_raise(&zst, err, "while compressing data");
    }
    zl_out out = {NULL, 0, 0, -1};
    do {
        zl_in_arrange(&zst, &data, &left);
        int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            Gl_ssize_t room = zl_out_arrange(&out, &zst);
            if (room < 0) {
                deflateEnd(&zst);
                free(out.data);
                return NULL;
            }
            err = deflate(&zst, flush);
            zl_out_done(&out, &zst, room);
            if (err == Z_STREAM_ERROR) {
                deflateEnd(&zst);
                free(out.data);
                return zl_raise(&zst, err, "while compressing data");
            }
        } while (zst.avail_out == 0);
    } while (err != Z_STREAM_END);
    err = deflateEnd(&zst);
    if (err != Z_OK) {
        free(out.data);
        return zl_raise(&zst, err, "while finishing compression");
    }
    return zl_out_finish(&out);
}

/* decompress(data, /, wbits=15, bufsize=16384). New reference. */
static GlObject *
zl_decompress(GlObject *m, GlObject *const *args, Gl_ssize_t nargs,
              GlObject *kwnames) GL_NEWREF
{
    static const char *const kwlist[] = {"", "wbits", "bufsize", NULL};
    GlObject *a[3];
    const char *data;
    Gl_ssize_t left, bufsize = ZL_DEF_BUF_SIZE;
    int wbits = MAX_WBITS;
    if (GlArg_ParseVector("decompress", args, nargs, kwnames, kwlist, 3, 1, a) < 0
        || zl_buffer(a[0], &data, &left) < 0 || (a[1] != NULL && zl_int(a[1], &wbits) < 0)
        || (a[2] != NULL && zl_ssize(a[2], &bufsize) < 0)) {
        return NULL;
    }
    if (bufsize < 0) {
        return GlErr_SetString(GlExc_ValueError, "bufsize must be non-negative");
    }
    z_stream zst;
    memset(&zst, 0, sizeof zst);
    int err = inflateInit2(&zst, wbits);
    if (err == Z_MEM_ERROR) {
        return GlErr_SetString(GlExc_MemoryError, "Out of memory while decompressing data");
    }
    if (err != Z_OK) {
        inflateEnd(&zst);
        return zl_raise(&zst, err, "while preparing to decompress data");
    }
    zl_out out = {NULL, 0, 0, -1};
    out.cap = bufsize == 0 ? 1 : bufsize;   // the first output chunk, as CPython
    out.data = malloc((size_t)out.cap);
    if (out.data == NULL) {
        inflateEnd(&zst);
        return GlErr_NoMemory();
    }
    do {
        zl_in_arrange(&zst, &data, &left);
        int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;   // truncated input: Z_BUF_ERROR
        do {
            Gl_ssize_t room = zl_out_arrange(&out, &zst);
            if (room < 0) {
                inflateEnd(&zst);
                free(out.data);
                return NULL;
            }
            err = inflate(&zst, flush);
            zl_out_done(&out, &zst, room);
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                inflateEnd(&zst);
                free(out.data);
                if (err == Z_MEM_ERROR) {
                    return GlErr_SetString(GlExc_MemoryError,
                                           "Out of memory while decompressing data");
                }
                return zl_raise(&zst, err, "while decompressing data");
            }
        } while (zst.avail_out == 0);
    } while (err != Z_STREAM_END && left != 0);
    if (err != Z_STREAM_END) {   // truncated input
        inflateEnd(&zst);
        free(out.data);
        return zl_raise(&zst, err, "while decompressing data");
    }
    err = inflateEnd(&zst);
    if (err != Z_OK) {
        free(out.data);
        return zl_raise(&zst, err, "while finishing decompression");
    }
    return zl_out_finish(&out);
}

/* crc32/adler32(data, value, /): the running checksum as an unsigned int. New ref. */
static GlObject *
zl_checksum(const char *fname, GlObject *const *args, Gl_ssize_t nargs, unsigned long start,
            uLong (*fn)(uLong, const Bytef *, uInt)) GL_NEWREF
{
    const char *data;
    Gl_ssize_t left;
    if (GlArg_CheckPositional(fname, nargs, 1, 2) < 0 || zl_buffer(args[0], &data, &left) < 0) {
        return NULL;
    }
    unsigned long value = start;
    if (nargs == 2) {
        GlObject *i = GlNumber_Index(args[1]);   // PYTHON CODE; the value is masked
        if (i == NULL) {
            return NULL;
        }
        GlObject *mask = GlInt_FromUInt64(0xFFFFFFFFu);
        GlObject *v = mask != NULL ? GlNumber_And(i, mask) : NULL;
        Gl_DECREF(i);
        Gl_XDECREF(mask);
        if (v == NULL) {
            return NULL;
        }
        value = (unsigned long)GlInt_AsInt64(v);
        Gl_DECREF(v);
        if (zl_buffer(args[0], &data, &left) < 0) {   // re-read after Python code ran
            return NULL;
        }
    }
    while (left > 0) {
        uInt n = left > (Gl_ssize_t)UINT_MAX ? UINT_MAX : (uInt)left;
        value = fn(value, (const Bytef *)data, n);
        data += n;
        left -= n;
    }
    return GlInt_FromUInt64(value & 0xFFFFFFFFu);
}

/* crc32(data, value=0, /). New reference. */
static GlObject *
zl_crc32(GlObject *m, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF
{
    return zl_checksum("crc32", args, nargs, 0, crc32);
}

/* adler32(data, value=1, /). New reference. */
static GlObject *
zl_adler32(GlObject *m, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF
{
    return zl_checksum("adler32", args, nargs, 1, adler32);
}

/* ============================ stream objects =================================== */

static ZlStreamObject *
zl_stream_new(GlTypeObject *type)
{
    ZlStreamObject *self = (ZlStreamObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    memset(&self->zst, 0, sizeof self->zst);
    self->unused_data = GlBytes_FromStringAndSize(NULL, 0);
    self->unconsumed_tail = GlBytes_FromStringAndSize(NULL, 0);
    if (self->unused_data == NULL || self->unconsumed_tail == NULL) {
        Gl_DECREF(self);
        return NULL;
    }
    return self;
}

static void
zl_stream_dealloc(GlObject *o)
{
    ZlStreamObject *self = (ZlStreamObject *)o;
    if (self->initialised) {
        if (Gl_TYPE(o) == &ZlCompress_Type) {
            deflateEnd(&self->zst);
        } else {
            inflateEnd(&self->zst);
        }
    }
    Gl_XDECREF(self->unused_data);
    Gl_XDECREF(self->unconsumed_tail);
    Gl_XDECREF(self->zdict);
    Gl_TYPE(o)->tp_free(o);
}

/* compressobj(level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=None). */
static GlObject *
zl_compressobj(GlObject *m, GlObject *const *args, Gl_ssize_t nargs,
               GlObject *kwnames) GL_NEWREF
{
    static const char *const kwlist[] = {"level", "method", "wbits", "memLevel", "strategy",
                                         "zdict", NULL};
    GlObject *a[6];
    int v[5] = {Z_DEFAULT_COMPRESSION, Z_DEFLATED, MAX_WBITS, ZL_DEF_MEM_LEVEL,
                Z_DEFAULT_STRATEGY};
    if (GlArg_ParseVector("compressobj", args, nargs, kwnames, kwlist, 6, 0, a) < 0) {
        return NULL;
    }
    for (int i = 0; i < 5; i++) {
        if (a[i] != NULL && zl_int(a[i], &v[i]) < 0) {
            return NULL;
        }
    }
    const char *zdict = NULL;
    Gl_ssize_t zdict_len = 0;
    if (a[5] != NULL && a[5] != Gl_None && zl_buffer(a[5], &zdict, &zdict_len) < 0) {
        return NULL;
    }
    if (zdict != NULL && zdict_len > UINT_MAX) {
        return GlErr_SetString(GlExc_OverflowError, "zdict length does not fit in an unsigned int");
    }
    ZlStreamObject *self = zl_stream_new(&ZlCompress_Type);
    if (self == NULL) {
        return NULL;
    }
    int err = deflateInit2(&self->zst, v[0], v[1], v[2], v[3], v[4]);
    switch (err) {
    case Z_OK:
        self->initialised = 1;
        if (zdict != NULL
            && deflateSetDictionary(&self->zst, (const Bytef *)zdict, (uInt)zdict_len) != Z_OK) {
            Gl_DECREF(self);
            return GlErr_SetString(GlExc_ValueError, "Invalid dictionary");
        }
        return (GlObject *)self;
    case Z_MEM_ERROR:
        Gl_DECREF(self);
        return GlErr_SetString(GlExc_MemoryError, "Can't allocate memory for compression object");
    case Z_STREAM_ERROR:
        Gl_DECREF(self);
        return GlErr_SetString(GlExc_ValueError, "Invalid initialization option");
    default:
        zl_raise(&self->zst, err, "while creating compression object");
        Gl_DECREF(self);
        return NULL;
    }
}

/* Install the Decompress object's zdict into its inflate stream. 0 / -1. */
static int
zl_set_inflate_zdict(ZlStreamObject *self)
{
    const char *data;
    Gl_ssize_t len;
    if (zl_buffer(self->zdict, &data, &len) < 0) {
        return -1;
    }
    if (len > UINT_MAX) {
        GlErr_SetString(GlExc_OverflowError, "zdict length does not fit in an unsigned int");
        return -1;
    }
    int err = inflateSetDictionary(&self->zst, (const Bytef *)data, (uInt)len);
    if (err != Z_OK) {
        zl_raise(&self->zst, err, "while setting zdict");
        return -1;
    }
    return 0;
}

/* decompressobj(wbits=15, zdict=b''). New reference. */
static GlObject *
zl_decompressobj(GlObject *m, GlObject *const *args, Gl_ssize_t nargs,
                 GlObject *kwnames) GL_NEWREF
{
    static const char *const kwlist[] = {"wbits", "zdict", NULL};
    GlObject *a[2];
    int wbits = MAX_WBITS;
    if (GlArg_ParseVector("decompressobj", args, nargs, kwnames, kwlist, 2, 0, a) < 0
        || (a[0] != NULL && zl_int(a[0], &wbits) < 0)) {
        return NULL;
    }
    if (a[1] != NULL && !GlBytes_Check(a[1]) && !GlByteArray_Check(a[1])
        && !GlMemoryView_Check(a[1])) {
        return GlErr_SetString(GlExc_TypeError,
                               "zdict argument must support the buffer protocol");
    }
    ZlStreamObject *self = zl_stream_new(&ZlDecompress_Type);
    if (self == NULL) {
        return NULL;
    }
    self->zdict = a[1] != NULL ? Gl_NewRef(a[1]) : NULL;
    int err = inflateInit2(&self->zst, wbits);
    switch (err) {
    case Z_OK:
        self->initialised = 1;
        if (self->zdict != NULL && wbits < 0 && zl_set_inflate_zdict(self) < 0) {
            Gl_DECREF(self);   // raw streams take the dictionary at once
            return NULL;
        }
        return (GlObject *)self;
    case Z_STREAM_ERROR:
        Gl_DECREF(self);
        return GlErr_SetString(GlExc_ValueError, "Invalid initialization option");
    case Z_MEM_ERROR:
        Gl_DECREF(self);
        return GlErr_SetString(GlExc_MemoryError,
                               "Can't allocate memory for decompression object");
    default:
        zl_raise(&self->zst, err, "while creating decompression object");
        Gl_DECREF(self);
        return NULL;
    }
}

/* ----------------------------- Compress methods -------------------------------- */

/* Run deflate(flush) over the input until libz leaves output space unused; err holds
 * the last result. 0 / -1 (MemoryError, or zlib.error naming `what`). */
static int
zl_deflate_loop(ZlStreamObject *self, zl_out *out, int flush, const char *what, int *err)
{
    do {
        Gl_ssize_t room = zl_out_arrange(out, &self->zst);
        if (room < 0) {
            return -1;
        }
        *err = deflate(&self->zst, flush);
        zl_out_done(out, &self->zst, room);
        if (*err == Z_STREAM_ERROR) {
            zl_raise(&self->zst, *err, what);
            return -1;
        }
    } while (self->zst.avail_out == 0);
    return 0;
}

/* Compress.compress(data, /): the compressed bytes produced so far. New reference. */
static GlObject *
zlc_compress(GlObject *o, GlObject *arg) GL_NEWREF
{
    ZlStreamObject *self = (ZlStreamObject *)o;
    const char *data;
    Gl_ssize_t left;
    if (zl_buffer(arg, &data, &left) < 0) {
        return NULL;
    }
    zl_out out = {NULL, 0, 0, -1};
    int err;
    do {
        zl_in_arrange(&self->zst, &data, &left);
        if (zl_deflate_loop(self, &out, Z_NO_FLUSH, "while compressing data", &err) < 0) {
            free(out.data);
            return NULL;
        }
    } while (left != 0);
    return zl_out_finish(&out);
}

/* Compress.flush(mode=Z_FINISH, /). New reference. */
static GlObject *
zlc_flush(GlObject *o, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF
{
    ZlStreamObject *self = (ZlStreamObject *)o;
    int mode = Z_FINISH, err;
    if (GlArg_CheckPositional("flush", nargs, 0, 1) < 0
        || (nargs == 1 && zl_int(args[0], &mode) < 0)) {
        return NULL;
    }
    if (mode == Z_NO_FLUSH) {
        return GlBytes_FromStringAndSize(NULL, 0);
    }
    zl_out out = {NULL, 0, 0, -1};
    self->zst.avail_in = 0;
    if (zl_deflate_loop(self, &out, mode, "while flushing", &err) < 0) {
        free(out.data);
        return NULL;
    }
    if (err == Z_STREAM_END && mode == Z_FINISH) {
        err = deflateEnd(&self->zst);
        self->initialised = 0;
        if (err != Z_OK) {
            free(out.data);
            return zl_raise(&self->zst, err, "while finishing compression");
        }
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        free(out.data);
        return zl_raise(&self->zst, err, "while flushing");
    }
    return zl_out_finish(&out);
}

/* Compress/Decompress.copy(): an independent copy of the stream state. New ref. */
static GlObject *
zl_stream_copy(GlObject *o, GlObject *unused) GL_NEWREF
{
    ZlStreamObject *self = (ZlStreamObject *)o;
    int compress = Gl_TYPE(o) == &ZlCompress_Type;
    if (!self->initialised) {
        return GlErr_SetString(GlExc_ValueError, "Inconsistent stream state");
    }
    ZlStreamObject *c = zl_stream_new(Gl_TYPE(o));
    if (c == NULL) {
        return NULL;
    }
    int err = compress ? deflateCopy(&c->zst, &self->zst) : inflateCopy(&c->zst, &self->zst);
    if (err != Z_OK) {
        Gl_DECREF(c);
        if (err == Z_STREAM_ERROR) {
            return GlErr_SetString(GlExc_ValueError, "Inconsistent stream state");
        }
        if (err == Z_MEM_ERROR) {
            return GlErr_SetString(GlExc_MemoryError,
                                   compress ? "Can't allocate memory for compression object"
                                            : "Can't allocate memory for decompression object");
        }
        return zl_raise(&self->zst, err, compress ? "while copying compression object"
                                                  : "while copying decompression object");
    }
    c->initialised = 1;
    Gl_SETREF(c->unused_data, Gl_NewRef(self->unused_data));
    Gl_SETREF(c->unconsumed_tail, Gl_NewRef(self->unconsumed_tail));
    c->zdict = self->zdict != NULL ? Gl_NewRef(self->zdict) : NULL;
    c->eof = self->eof;
    return (GlObject *)c;
}

/* __deepcopy__(memo): the same as copy(). New reference. */
static GlObject *
zl_stream_deepcopy(GlObject *o, GlObject *memo) GL_NEWREF
{
    return zl_stream_copy(o, NULL);
}

/* ---------------------------- Decompress methods ------------------------------- */

/* After inflating: keep input beyond the end of the stream in unused_data and input
 * not yet consumed (output limit reached) in unconsumed_tail. 0 / -1. */
static int
zl_save_unconsumed(ZlStreamObject *self, const char *rest, Gl_ssize_t rest_len, int err)
{
    // Input from libz's position to the end (CPython's left_size: after the end of the
    // stream this still counts what went to unused_data, so a non-empty unconsumed_tail
    // is replaced by that trailer, as in CPython 3.11).
    Gl_ssize_t left_size = (Gl_ssize_t)self->zst.avail_in + rest_len;
    Gl_ssize_t pending = left_size;
    const char *start = (const char *)self->zst.next_in;
    if (err == Z_STREAM_END) {
        if (pending > 0) {
            Gl_ssize_t old = ((GlVarObject *)self->unused_data)->ob_size;
            GlObject *b = GlBytes_FromStringAndSize(NULL, old + pending);
            if (b == NULL) {
                return -1;
            }
            memcpy(GlBytes_AS_STRING(b), GlBytes_AS_STRING(self->unused_data), (size_t)old);
            memcpy(GlBytes_AS_STRING(b) + old, start, (size_t)pending);
            Gl_SETREF(self->unused_data, b);
        }
        pending = 0;
    }
    if (pending > 0 || ((GlVarObject *)self->unconsumed_tail)->ob_size > 0) {
        GlObject *b = GlBytes_FromStringAndSize(start, left_size);
        if (b == NULL) {
            return -1;
        }
        Gl_SETREF(self->unconsumed_tail, b);
    }
    self->zst.avail_in = 0;
    return 0;
}

/* Inflate data with `flush` into out until the stream ends, the input is used up or
 * out reaches its limit; sets the zdict when libz asks for it. Returns libz's last
 * result, or a value below -100 with an exception set. `rest` is the input libz has
 * not been handed yet. */
static int
zl_inflate_loop(ZlStreamObject *self, zl_out *out, int flush, const char **data,
                Gl_ssize_t *left)
{
    int err = Z_OK;
    do {
        zl_in_arrange(&self->zst, data, left);
        do {
            Gl_ssize_t room = zl_out_arrange(out, &self->zst);
            if (room < 0) {
                return -1000;
            }
            if (room == 0) {
                return err;   // max_length reached
            }
            err = inflate(&self->zst, flush);
            zl_out_done(out, &self->zst, room);
            if (err != Z_OK && err != Z_BUF_ERROR && err != Z_STREAM_END) {
                if (err == Z_NEED_DICT && self->zdict != NULL) {
                    if (zl_set_inflate_zdict(self) < 0) {
                        return -1000;
                    }
                    continue;
                }
                return err;
            }
        } while (self->zst.avail_out == 0 || err == Z_NEED_DICT);
    } while (err != Z_STREAM_END && *left != 0);
    return err;
}

/* Decompress.decompress(data, /, max_length=0). New reference. */
static GlObject *
zld_decompress(GlObject *o, GlObject *const *args, Gl_ssize_t nargs,
               GlObject *kwnames) GL_NEWREF
{
    ZlStreamObject *self = (ZlStreamObject *)o;
    static const char *const kwlist[] = {"", "max_length", NULL};
    GlObject *a[2];
    const char *data;
    Gl_ssize_t left, max_length = 0;
    if (GlArg_ParseVector("decompress", args, nargs, kwnames, kwlist, 2, 1, a) < 0
        || (a[1] != NULL && zl_ssize(a[1], &max_length) < 0)
        || zl_buffer(a[0], &data, &left) < 0) {
        return NULL;
    }
    if (max_length < 0) {
        return GlErr_SetString(GlExc_ValueError, "max_length must be non-negative");
    }
    zl_out out = {NULL, 0, 0, max_length == 0 ? -1 : max_length};
    int err = zl_inflate_loop(self, &out, Z_SYNC_FLUSH, &data, &left);
    if (err < -100 || zl_save_unconsumed(self, data, left, err) < 0) {
        free(out.data);
        return NULL;
    }
    if (err == Z_STREAM_END) {
        self->eof = 1;
    } else if (err != Z_OK && err != Z_BUF_ERROR) {
        free(out.data);
        return zl_raise(&self->zst, err, "while decompressing data");
    }
    return zl_out_finish(&out);
}

/* Decompress.flush(length=16384, /): the rest of the output. New reference. */
static GlObject *
zld_flush(GlObject *o, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF
{
    ZlStreamObject *self = (ZlStreamObject *)o;
    Gl_ssize_t length = ZL_DEF_BUF_SIZE;
    if (GlArg_CheckPositional("flush", nargs, 0, 1) < 0
        || (nargs == 1 && zl_ssize(args[0], &length) < 0)) {
        return NULL;
    }
    if (length <= 0) {
        return GlErr_SetString(GlExc_ValueError, "length must be greater than zero");
    }
    GlObject *tail = Gl_NewRef(self->unconsumed_tail);   // kept alive while libz reads it
    const char *data = GlBytes_AS_STRING(tail);
    Gl_ssize_t left = ((GlVarObject *)tail)->ob_size;
    zl_out out = {NULL, 0, 0, -1};
    out.cap = length;
    out.data = malloc((size_t)length);
    if (out.data == NULL) {
        Gl_DECREF(tail);
        return GlErr_NoMemory();
    }
    int err = zl_inflate_loop(self, &out, Z_FINISH, &data, &left);
    if (err < -100 || zl_save_unconsumed(self, data, left, err) < 0) {
        Gl_DECREF(tail);
        free(out.data);
        return NULL;
    }
    Gl_DECREF(tail);
    if (err == Z_STREAM_END) {   // end of stream: release libz's memory now
        self->eof = 1;
        self->initialised = 0;
        err = inflateEnd(&self->zst);
        if (err != Z_OK) {
            free(out.data);
            return zl_raise(&self->zst, err, "while finishing decompression");
        }
    }
    return zl_out_finish(&out);
}

/* Getters of Decompress.unused_data, unconsumed_tail, eof. New references. */
static GlObject *
zld_get_unused_data(GlObject *o, void *closure) GL_NEWREF
{
    return Gl_NewRef(((ZlStreamObject *)o)->unused_data);
}

static GlObject *
zld_get_unconsumed_tail(GlObject *o, void *closure) GL_NEWREF
{
    return Gl_NewRef(((ZlStreamObject *)o)->unconsumed_tail);
}

static GlObject *
zld_get_eof(GlObject *o, void *closure) GL_NEWREF
{
    return GlBool_FromLong(((ZlStreamObject *)o)->eof);
}

static GlMethodDef zlc_methods[] = {
    {"compress", GL_FN(zlc_compress), GL_METH_O,
     "compress($self, data, /)\n--\n\nReturns a bytes object containing compressed data."},
    {"flush", GL_FN(zlc_flush), GL_METH_FASTCALL,
     "flush($self, mode=zlib.Z_FINISH, /)\n--\n\nReturn a bytes object containing any "
     "remaining compressed data."},
    {"copy", GL_FN(zl_stream_copy), GL_METH_NOARGS,
     "copy($self, /)\n--\n\nReturn a copy of the compression object."},
    {"__copy__", GL_FN(zl_stream_copy), GL_METH_NOARGS, NULL},
    {"__deepcopy__", GL_FN(zl_stream_deepcopy), GL_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMethodDef zld_methods[] = {
    {"decompress", GL_FN(zld_decompress), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "decompress($self, data, /, max_length=0)\n--\n\nReturn a bytes object containing the "
     "decompressed version of the data."},
    {"flush", GL_FN(zld_flush), GL_METH_FASTCALL,
     "flush($self, length=zlib.DEF_BUF_SIZE, /)\n--\n\nReturn a bytes object containing any "
     "remaining decompressed data."},
    {"copy", GL_FN(zl_stream_copy), GL_METH_NOARGS,
     "copy($self, /)\n--\n\nReturn a copy of the decompression object."},
    {"__copy__", GL_FN(zl_stream_copy), GL_METH_NOARGS, NULL},
    {"__deepcopy__", GL_FN(zl_stream_deepcopy), GL_METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static GlGetSetDef zld_getset[] = {
    {"unused_data", zld_get_unused_data, NULL, NULL, NULL},
    {"unconsumed_tail", zld_get_unconsumed_tail, NULL, NULL, NULL},
    {"eof", zld_get_eof, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject ZlCompress_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "zlib.Compress",
    .tp_basicsize = sizeof(ZlStreamObject),
    .tp_dealloc = zl_stream_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_methods = zlc_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_free = GlObject_Free,
};

GlTypeObject ZlDecompress_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "zlib.Decompress",
    .tp_basicsize = sizeof(ZlStreamObject),
    .tp_dealloc = zl_stream_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_methods = zld_methods,
    .tp_getset = zld_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_free = GlObject_Free,
};

/* ================================ the module =================================== */

static GlMethodDef zl_methods[] = {
    {"adler32", GL_FN(zl_adler32), GL_METH_FASTCALL,
     "adler32($module, data, value=1, /)\n--\n\nCompute an Adler-32 checksum of data."},
    {"compress", GL_FN(zl_compress), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "compress($module, data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)\n--\n\n"
     "Returns a bytes object containing compressed data."},
    {"compressobj", GL_FN(zl_compressobj), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "compressobj($module, /, level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, "
     "memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None)\n--\n\n"
     "Return a compressor object."},
    {"crc32", GL_FN(zl_crc32), GL_METH_FASTCALL,
     "crc32($module, data, value=0, /)\n--\n\nCompute a CRC-32 checksum of data."},
    {"decompress", GL_FN(zl_decompress), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "decompress($module, data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)\n--\n\n"
     "Returns a bytes object containing the uncompressed data."},
    {"decompressobj", GL_FN(zl_decompressobj), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "decompressobj($module, /, wbits=MAX_WBITS, zdict=b\'\')\n--\n\n"
     "Return a decompressor object."},
    {NULL, NULL, 0, NULL},
};

/* zlib.error: class error(Exception) with __module__ 'zlib'. New reference. */
static GlObject *
zl_make_error(void) GL_NEWREF
{
    GlObject *name = GlStr_FromString("error");
    GlObject *bases = GlTuple_Pack(1, GlExc_Exception);
    GlObject *ns = GlDict_New();
    GlObject *mod = GlStr_FromString("zlib");
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

/* m.name = v (0 / -1); v is a new reference that is released. */
static int
zl_add(GlObject *m, const char *name, GlObject *v)
{
    if (v == NULL) {
        return -1;
    }
    int rc = GlModule_AddObject(m, name, v);
    Gl_DECREF(v);
    return rc;
}

GlObject *
GlInit_zlib(void) GL_NEWREF
{
    if ((ZlCompress_Type.tp_dict == NULL && GlType_Ready(&ZlCompress_Type) < 0)
        || (ZlDecompress_Type.tp_dict == NULL && GlType_Ready(&ZlDecompress_Type) < 0)) {
        return NULL;
    }
    if (zl_error == NULL && (zl_error = zl_make_error()) == NULL) {
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("zlib");
    if (m == NULL) {
        return NULL;
    }
    static const struct {
        const char *name;
        long value;
    } ints[] = {
        {"MAX_WBITS", MAX_WBITS}, {"DEFLATED", Z_DEFLATED},
        {"DEF_MEM_LEVEL", ZL_DEF_MEM_LEVEL}, {"DEF_BUF_SIZE", ZL_DEF_BUF_SIZE},
        {"Z_NO_COMPRESSION", Z_NO_COMPRESSION}, {"Z_BEST_SPEED", Z_BEST_SPEED},
        {"Z_BEST_COMPRESSION", Z_BEST_COMPRESSION},
        {"Z_DEFAULT_COMPRESSION", Z_DEFAULT_COMPRESSION}, {"Z_FILTERED", Z_FILTERED},
        {"Z_HUFFMAN_ONLY", Z_HUFFMAN_ONLY}, {"Z_RLE", Z_RLE}, {"Z_FIXED", Z_FIXED},
        {"Z_DEFAULT_STRATEGY", Z_DEFAULT_STRATEGY}, {"Z_NO_FLUSH", Z_NO_FLUSH},
        {"Z_PARTIAL_FLUSH", Z_PARTIAL_FLUSH}, {"Z_SYNC_FLUSH", Z_SYNC_FLUSH},
        {"Z_FULL_FLUSH", Z_FULL_FLUSH}, {"Z_FINISH", Z_FINISH}, {"Z_BLOCK", Z_BLOCK},
        {"Z_TREES", Z_TREES},
    };
    int rc = zl_add(m, "__doc__", GlStr_FromString(
                 "The functions in this module allow compression and decompression using the\n"
                 "zlib library, which is based on GNU zip."))
             || GlModule_AddFunctions(m, zl_methods) < 0
             || GlModule_AddObject(m, "error", zl_error) < 0
             || zl_add(m, "ZLIB_VERSION", GlStr_FromString(ZLIB_VERSION))
             || zl_add(m, "ZLIB_RUNTIME_VERSION", GlStr_FromString(zlibVersion()));
    for (size_t i = 0; !rc && i < sizeof ints / sizeof ints[0]; i++) {
        rc = zl_add(m, ints[i].name, GlInt_FromLong(ints[i].value));
    }
    if (rc) {
        Gl_DECREF(m);
        return NULL;
    }
    return m;
}
