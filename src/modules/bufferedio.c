/* bufferedio.c - io.BufferedReader, io.BufferedWriter and io.BufferedRandom: one
 * layout and one method table over a FileIO (the type only decides which directions
 * are allowed), plus GlIO_FlushAll.
 *
 * Invariants (layout in io_internal.h):
 * - A Buffered object is either reading (buf[pos..end) unread, wlen == 0) or writing
 *   (buf[0..wlen) pending, pos == end == 0); switching direction flushes the pending
 *   writes or seeks the raw file back over the unread bytes.
 * - Open writable Buffered objects are linked on gl_io_writers (for GlIO_FlushAll).
 * - Dealloc of an unclosed object closes it (CPython's IOBase finalizer), flushing
 *   pending data; errors there are reported as unraisable.
 * Messages as CPython 3.11 ("read", "write", "raw stream has been detached").
 */
#include <unistd.h>
#include "io_internal.h"

GlBufferedObject *gl_io_writers;

/* ============================== Buffered ====================================== */

static void
writers_link(GlBufferedObject *b)
{
    b->wprev = NULL;
    b->wnext = gl_io_writers;
    if (gl_io_writers != NULL) {
        gl_io_writers->wprev = b;
    }
    gl_io_writers = b;
}

static void
writers_unlink(GlBufferedObject *b)
{
    if (b->wprev != NULL) {
        b->wprev->wnext = b->wnext;
    } else if (gl_io_writers == b) {
        gl_io_writers = b->wnext;
    }
    if (b->wnext != NULL) {
        b->wnext->wprev = b->wprev;
    }
    b->wnext = b->wprev = NULL;
}

int
GlBuffered_IsClosed(GlBufferedObject *b)
{
    return b->raw == NULL || b->raw->fd < 0;
}

static int
buffered_init(GlBufferedObject *b, GlObject *raw, Gl_ssize_t bufsize)
{
    if (!GlObject_TypeCheck(raw, &GlFileIO_Type)) {
        GlErr_Format(GlExc_TypeError, "%s() argument 'raw' must be _io.FileIO, not %.200s",
                     GlType_ShortName(Gl_TYPE((GlObject *)b)), GlObject_TypeName(raw));
        return -1;
    }
    if (bufsize <= 0) {
        GlErr_SetString(GlExc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    b->buf = GlMem_Malloc((size_t)bufsize);
    if (b->buf == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    b->bufsize = bufsize;
    b->raw = (GlFileIOObject *)Gl_NewRef(raw);
    GlTypeObject *tp = Gl_TYPE((GlObject *)b);
    b->readable = !GlType_IsSubtype(tp, &GlBufferedWriter_Type);
    b->writable = !GlType_IsSubtype(tp, &GlBufferedReader_Type);
    if (b->writable) {
        writers_link(b);
    }
    return 0;
}

GlObject *
GlBuffered_New(GlTypeObject *type, GlObject *raw, Gl_ssize_t bufsize)
{
    GlBufferedObject *b = (GlBufferedObject *)type->tp_alloc(type, 0);
    if (b == NULL) {
        return NULL;
    }
    if (buffered_init(b, raw, bufsize) < 0) {
        Gl_DECREF(b);
        return NULL;
    }
    return (GlObject *)b;
}

int
GlBuffered_FlushWrites(GlBufferedObject *b)
{
    if (b->wlen == 0) {
        return 0;
    }
    Gl_ssize_t n = b->wlen;
    b->wlen = 0;
    if (GlBuffered_IsClosed(b)) {
        GlIO_ErrClosed();
        return -1;
    }
    return GlIO_FdWriteAll(b->raw->fd, b->buf, n);
}

/* Leave the reading state: seek the raw file back over the unread bytes. */
static int
buffered_drop_read(GlBufferedObject *b)
{
    Gl_ssize_t unread = b->end - b->pos;
    b->pos = b->end = 0;
    if (unread > 0 && GlFileIO_IsSeekable(b->raw)) {
        return GlIO_FdSeek(b->raw->fd, -unread, SEEK_CUR) < 0 ? -1 : 0;
    }
    return 0;
}

int
GlBuffered_Write(GlBufferedObject *b, const char *data, Gl_ssize_t n)
{
    if (b->end > 0 && buffered_drop_read(b) < 0) {
        return -1;
    }
    if (b->wlen + n > b->bufsize) {
        if (GlBuffered_FlushWrites(b) < 0) {
            return -1;
        }
        if (n >= b->bufsize) {
            return GlIO_FdWriteAll(b->raw->fd, data, n);
        }
    }
    memcpy(b->buf + b->wlen, data, (size_t)n);
    b->wlen += n;
    return 0;
}

/* Fill the read buffer when empty. Returns the bytes available (0 at EOF). */
static Gl_ssize_t
buffered_fill(GlBufferedObject *b)
{
    if (b->pos < b->end) {
        return b->end - b->pos;
    }
    if (b->wlen > 0 && GlBuffered_FlushWrites(b) < 0) {
        return -1;
    }
    b->pos = b->end = 0;
    Gl_ssize_t r = GlIO_FdRead(b->raw->fd, b->buf, b->bufsize);
    if (r < 0) {
        return -1;
    }
    b->end = r;
    return r;
}

Gl_ssize_t
GlBuffered_ReadSome(GlBufferedObject *b, char *dst, Gl_ssize_t n)
{
    if (b->pos == b->end) {
        if (b->wlen > 0 && GlBuffered_FlushWrites(b) < 0) {
            return -1;
        }
        if (n >= b->bufsize) {
            return GlIO_FdRead(b->raw->fd, dst, n);
        }
        if (buffered_fill(b) < 0) {
            return -1;
        }
    }
    Gl_ssize_t k = b->end - b->pos < n ? b->end - b->pos : n;
    memcpy(dst, b->buf + b->pos, (size_t)k);
    b->pos += k;
    return k;
}

Gl_ssize_t
GlBuffered_ReadInto(GlBufferedObject *b, char *dst, Gl_ssize_t n)
{
    Gl_ssize_t got = 0;
    while (got < n) {
        Gl_ssize_t r = GlBuffered_ReadSome(b, dst + got, n - got);
        if (r < 0) {
            return -1;
        }
        if (r == 0) {
            break;
        }
        got += r;
    }
    return got;
}

int64_t
GlBuffered_Tell(GlBufferedObject *b)
{
    int64_t r = GlIO_FdSeek(b->raw->fd, 0, SEEK_CUR);
    if (r < 0) {
        return -1;
    }
    r = r - (b->end - b->pos) + b->wlen;
    return r < 0 ? 0 : r;
}

int64_t
GlBuffered_Seek(GlBufferedObject *b, int64_t off, int whence)
{
    if (GlBuffered_FlushWrites(b) < 0) {
        return -1;
    }
    if (whence == SEEK_CUR) {
        off -= b->end - b->pos;
    }
    b->pos = b->end = 0;
    return GlIO_FdSeek(b->raw->fd, off, whence);
}

/* Close: flush, then close raw; the flush error (if any) wins. 0 / -1. */
static int
buffered_close_impl(GlBufferedObject *b)
{
    if (GlBuffered_IsClosed(b)) {
        return 0;
    }
    int r = GlBuffered_FlushWrites(b);
    GlObject *exc = r < 0 ? GlErr_GetRaisedException() : NULL;
    writers_unlink(b);
    b->pos = b->end = 0;
    int r2 = GlFileIO_CloseFd(b->raw);
    if (exc != NULL) {
        if (r2 < 0) {
            GlErr_Clear();
        }
        GlErr_SetRaisedException(exc);
        return -1;
    }
    return r2;
}

static void
buffered_dealloc(GlObject *self)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    if (b->raw != NULL && buffered_close_impl(b) < 0) {
        GlErr_WriteUnraisable(self);
    }
    writers_unlink(b);
    GlMem_Free(b->buf);
    b->buf = NULL;
    Gl_CLEAR(b->raw);
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
buffered_repr(GlObject *self)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    const char *tn = Gl_TYPE(self)->tp_name;
    if (b->raw == NULL || b->raw->name == NULL) {
        return GlStr_FromFormat("<%s>", tn);
    }
    return GlStr_FromFormat("<%s name=%R>", tn, b->raw->name);
}

static GlObject *
buffered_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    Gl_ssize_t nargs = args != NULL ? GlTuple_GET_SIZE(args) : 0;
    GlObject *raw = nargs > 0 ? GlTuple_GET_ITEM(args, 0) : NULL;
    GlObject *size = nargs > 1 ? GlTuple_GET_ITEM(args, 1) : NULL;
    if (kwds != NULL) {
        GlObject *v = GlDict_GetItemString(kwds, "raw");
        raw = v != NULL ? v : raw;
        v = GlDict_GetItemString(kwds, "buffer_size");
        size = v != NULL ? v : size;
    }
    if (raw == NULL) {
        return GlErr_Format(GlExc_TypeError, "%s() missing required argument 'raw' (pos 1)",
                            GlType_ShortName(type));
    }
    Gl_ssize_t bufsize = GL_IO_DEFAULT_BUFFER_SIZE;
    if (size != NULL) {
        bufsize = GlNumber_AsSsize_t(size, GlExc_OverflowError);
        if (bufsize == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    return GlBuffered_New(type, raw, bufsize);
}

#define BUFFERED_CHECK(b)                                    \
    do {                                                     \
        if ((b)->raw == NULL) {                              \
            return GlErr_SetString(GlExc_ValueError, "raw stream has been detached"); \
        }                                                    \
        if ((b)->raw->fd < 0) {                              \
            return GlIO_ErrClosed();                         \
        }                                                    \
    } while (0)

static GlObject *
buffered_read(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    Gl_ssize_t size;
    if (GlArg_CheckPositional("read", nargs, 0, 1) < 0 || GlIO_SizeArg(args, nargs, &size) < 0) {
        return NULL;
    }
    BUFFERED_CHECK(b);
    if (!b->readable) {
        return GlIO_ErrUnsupported("read");
    }
    if (size < -1) {
        return GlErr_SetString(GlExc_ValueError, "read length must be non-negative or -1");
    }
    if (GlBuffered_FlushWrites(b) < 0) {
        return NULL;
    }
    if (size < 0) {
        GlObject *r = GlIO_FdReadAll(b->raw->fd, b->buf + b->pos, b->end - b->pos);
        if (r != NULL) {
            b->pos = b->end = 0;
        }
        return r;
    }
    GlObject *res = GlBytes_FromStringAndSize(NULL, size);
    if (res == NULL) {
        return NULL;
    }
    Gl_ssize_t n = GlBuffered_ReadInto(b, GlBytes_AS_STRING(res), size);
    if (n < 0) {
        Gl_DECREF(res);
        return NULL;
    }
    if (n != size) {
        Gl_SETREF(res, GlBytes_FromStringAndSize(GlBytes_AS_STRING(res), n));
    }
    return res;
}

static GlObject *
buffered_read1(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    Gl_ssize_t size;
    if (GlArg_CheckPositional("read1", nargs, 0, 1) < 0 || GlIO_SizeArg(args, nargs, &size) < 0) {
        return NULL;
    }
    BUFFERED_CHECK(b);
    if (!b->readable) {
        return GlIO_ErrUnsupported("read");
    }
    if (size < 0) {
        size = b->bufsize;
    }
    GlObject *res = GlBytes_FromStringAndSize(NULL, size);
    if (res == NULL) {
        return NULL;
    }
    Gl_ssize_t n = size == 0 ? 0 : GlBuffered_ReadSome(b, GlBytes_AS_STRING(res), size);
    if (n < 0) {
        Gl_DECREF(res);
        return NULL;
    }
    if (n != size) {
        Gl_SETREF(res, GlBytes_FromStringAndSize(GlBytes_AS_STRING(res), n));
    }
    return res;
}

static GlObject *
buffered_peek(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    if (!b->readable) {
        return GlIO_ErrUnsupported("peek");
    }
    Gl_ssize_t n = buffered_fill(b);
    if (n < 0) {
        return NULL;
    }
    return GlBytes_FromStringAndSize(b->buf + b->pos, n);
}

static GlObject *
buffered_readinto(GlObject *self, GlObject *buf)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    GlBuffer view;   // held while reading: the exporter cannot resize
    if (GlObject_GetBuffer(buf, &view, GL_BUF_WRITABLE) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError,
                            "readinto() argument must be read-write bytes-like object, not %.200s",
                            GlObject_TypeName(buf));
    }
    Gl_ssize_t n = GlBuffered_ReadInto(b, view.buf, view.len);
    GlBuffer_Release(&view);
    return n < 0 ? NULL : GlInt_FromSsize_t(n);
}

/* readline(limit) on the buffered layer. New bytes. */
static GlObject *
buffered_readline_impl(GlBufferedObject *b, Gl_ssize_t limit)
{
    char *acc = NULL;
    Gl_ssize_t alen = 0, acap = 0;
    for (;;) {
        Gl_ssize_t avail = buffered_fill(b);
        if (avail < 0) {
            GlMem_Free(acc);
            return NULL;
        }
        if (avail == 0) {
            break;
        }
        Gl_ssize_t want = avail;
        if (limit >= 0 && want > limit - alen) {
            want = limit - alen;
        }
        char *start = b->buf + b->pos;
        char *nl = memchr(start, '\n', (size_t)want);
        Gl_ssize_t take = nl != NULL ? (nl - start) + 1 : want;
        if (acc == NULL && (nl != NULL || take == limit)) {
            b->pos += take;   // common case: the line is inside the buffer
            return GlBytes_FromStringAndSize(start, take);
        }
        if (alen + take > acap) {
            acap = (alen + take) * 2;
            char *na = GlMem_Realloc(acc, (size_t)acap);
            if (na == NULL) {
                GlMem_Free(acc);
                return GlErr_NoMemory();
            }
            acc = na;
        }
        memcpy(acc + alen, start, (size_t)take);
        alen += take;
        b->pos += take;
        if (nl != NULL || (limit >= 0 && alen >= limit)) {
            break;
        }
    }
    GlObject *res = GlBytes_FromStringAndSize(acc, alen);
    GlMem_Free(acc);
    return res;
}

static GlObject *
buffered_readline(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    Gl_ssize_t limit;
    if (GlArg_CheckPositional("readline", nargs, 0, 1) < 0 ||
        GlIO_SizeArg(args, nargs, &limit) < 0) {
        return NULL;
    }
    BUFFERED_CHECK(b);
    if (!b->readable) {
        return GlIO_ErrUnsupported("read");
    }
    return buffered_readline_impl(b, limit);
}

static GlObject *
buffered_iternext(GlObject *self)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    if (!b->readable) {
        return GlIO_ErrUnsupported("read");
    }
    GlObject *line = buffered_readline_impl(b, -1);
    if (line != NULL && Gl_SIZE(line) == 0) {
        Gl_CLEAR(line);
    }
    return line;
}

static GlObject *
buffered_write(GlObject *self, GlObject *data)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    const char *s;
    Gl_ssize_t n;
    if (GlBytes_AsBuffer(data, &s, &n) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%.100s'",
                            GlObject_TypeName(data));
    }
    BUFFERED_CHECK(b);
    if (!b->writable) {
        return GlIO_ErrUnsupported("write");
    }
    if (GlBuffered_Write(b, s, n) < 0) {
        return NULL;
    }
    return GlInt_FromSsize_t(n);
}

static GlObject *
buffered_flush(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    if (GlBuffered_FlushWrites(b) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
buffered_seek(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    int64_t off;
    int whence;
    if (GlIO_SeekArgs(args, nargs, &off, &whence) < 0) {
        return NULL;
    }
    BUFFERED_CHECK(b);
    int64_t r = GlBuffered_Seek(b, off, whence);
    return r < 0 ? NULL : GlInt_FromInt64(r);
}

static GlObject *
buffered_tell(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    int64_t r = GlBuffered_Tell(b);
    return r < 0 ? NULL : GlInt_FromInt64(r);
}

static GlObject *
buffered_truncate(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    if (!b->writable) {
        return GlIO_ErrUnsupported("truncate");
    }
    int64_t cur = GlBuffered_Tell(b);
    if (cur < 0 || GlBuffered_Seek(b, cur, SEEK_SET) < 0) {
        return NULL;
    }
    return GlIO_FdTruncate(b->raw->fd, args, nargs, cur);
}

static GlObject *
buffered_close(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    if (b->raw == NULL) {
        return GlErr_SetString(GlExc_ValueError, "raw stream has been detached");
    }
    if (buffered_close_impl(b) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
buffered_detach(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    if (GlBuffered_FlushWrites(b) < 0 || buffered_drop_read(b) < 0) {
        return NULL;
    }
    writers_unlink(b);
    GlObject *raw = (GlObject *)b->raw;
    b->raw = NULL;
    return raw;
}

/* Delegations to the raw file. */
static GlObject *
buffered_fileno(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    if (b->raw != NULL && b->raw->fd < 0) {
        /* FileIO.fileno's message: no period. */
        return GlErr_SetString(GlExc_ValueError, "I/O operation on closed file");
    }
    BUFFERED_CHECK(b);
    return GlInt_FromLong(b->raw->fd);
}

static GlObject *
buffered_isatty(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    return GlBool_FromLong(isatty(b->raw->fd));
}

static GlObject *
buffered_readable(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    return GlBool_FromLong(b->readable && b->raw->readable);
}

static GlObject *
buffered_writable(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    return GlBool_FromLong(b->writable && b->raw->writable);
}

static GlObject *
buffered_seekable(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    BUFFERED_CHECK(b);
    return GlBool_FromLong(GlFileIO_IsSeekable(b->raw));
}

static GlObject *
buffered_get_closed(GlObject *self, void *c)
{
    return GlBool_FromLong(GlBuffered_IsClosed((GlBufferedObject *)self));
}

static GlObject *
buffered_get_raw(GlObject *self, void *c)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    if (b->raw == NULL) {
        return GlErr_SetString(GlExc_ValueError, "raw stream has been detached");
    }
    return Gl_NewRef(b->raw);
}

static GlObject *
buffered_get_name(GlObject *self, void *c)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    if (b->raw == NULL) {
        return GlErr_SetString(GlExc_ValueError, "raw stream has been detached");
    }
    return GlFileIO_GetName((GlObject *)b->raw, NULL);
}

static GlObject *
buffered_get_mode(GlObject *self, void *c)
{
    GlBufferedObject *b = (GlBufferedObject *)self;
    if (b->raw == NULL) {
        return GlErr_SetString(GlExc_ValueError, "raw stream has been detached");
    }
    return GlFileIO_GetMode((GlObject *)b->raw, NULL);
}

static GlMethodDef buffered_methods[] = {
    {"read", GL_FN(buffered_read), GL_METH_FASTCALL, NULL},
    {"read1", GL_FN(buffered_read1), GL_METH_FASTCALL, NULL},
    {"peek", GL_FN(buffered_peek), GL_METH_FASTCALL, NULL},
    {"readinto", GL_FN(buffered_readinto), GL_METH_O, NULL},
    {"readline", GL_FN(buffered_readline), GL_METH_FASTCALL, NULL},
    {"readlines", GL_FN(GlIO_ReadLines), GL_METH_FASTCALL, NULL},
    {"write", GL_FN(buffered_write), GL_METH_O, NULL},
    {"writelines", GL_FN(GlIO_WriteLines), GL_METH_O, NULL},
    {"flush", GL_FN(buffered_flush), GL_METH_NOARGS, NULL},
    {"seek", GL_FN(buffered_seek), GL_METH_FASTCALL, NULL},
    {"tell", GL_FN(buffered_tell), GL_METH_NOARGS, NULL},
    {"truncate", GL_FN(buffered_truncate), GL_METH_FASTCALL, NULL},
    {"close", GL_FN(buffered_close), GL_METH_NOARGS, NULL},
    {"detach", GL_FN(buffered_detach), GL_METH_NOARGS, NULL},
    {"fileno", GL_FN(buffered_fileno), GL_METH_NOARGS, NULL},
    {"isatty", GL_FN(buffered_isatty), GL_METH_NOARGS, NULL},
    {"readable", GL_FN(buffered_readable), GL_METH_NOARGS, NULL},
    {"writable", GL_FN(buffered_writable), GL_METH_NOARGS, NULL},
    {"seekable", GL_FN(buffered_seekable), GL_METH_NOARGS, NULL},
    {"__enter__", GL_FN(GlIO_Enter), GL_METH_NOARGS, NULL},
    {"__exit__", GL_FN(GlIO_Exit), GL_METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static GlGetSetDef buffered_getset[] = {
    {"closed", buffered_get_closed, NULL, NULL, NULL},
    {"raw", buffered_get_raw, NULL, NULL, NULL},
    {"name", buffered_get_name, NULL, NULL, NULL},
    {"mode", buffered_get_mode, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define GL_BUFFERED_TYPE(cname, pyname)                          \
    GlTypeObject cname = {                                       \
        .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),       \
        .tp_name = pyname,                                       \
        .tp_basicsize = sizeof(GlBufferedObject),                \
        .tp_dealloc = buffered_dealloc,                          \
        .tp_repr = buffered_repr,                                \
        .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE,    \
        .tp_iter = GlIO_IterSelf,                                 \
        .tp_iternext = buffered_iternext,                        \
        .tp_methods = buffered_methods,                          \
        .tp_getset = buffered_getset,                            \
        .tp_alloc = GlType_GenericAlloc,                         \
        .tp_new = buffered_new,                                  \
        .tp_free = GlObject_Free,                                \
    }

GL_BUFFERED_TYPE(GlBufferedReader_Type, "_io.BufferedReader");
GL_BUFFERED_TYPE(GlBufferedWriter_Type, "_io.BufferedWriter");
GL_BUFFERED_TYPE(GlBufferedRandom_Type, "_io.BufferedRandom");

void
GlIO_FlushAll(void)
{
    for (GlBufferedObject *b = gl_io_writers; b != NULL; b = b->wnext) {
        if (b->wlen > 0 && !GlBuffered_IsClosed(b) && GlBuffered_FlushWrites(b) < 0) {
            GlErr_Clear();
        }
    }
}

