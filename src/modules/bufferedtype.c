/* bufferedtype.c - the types io.BufferedReader, io.BufferedWriter and io.BufferedRandom:
 * construction (__init__ over any raw object with the RawIOBase methods), the Python
 * methods with CPython's argument and state checks, close / detach, the attributes
 * forwarded to the raw stream, repr, GC and finalization. The buffering itself is
 * in bufferedio.c.
 *
 * Invariants (layout in io_internal.h):
 * - ok is set only by a successful __init__ and cleared by detach(); every method but
 *   repr checks it first ("I/O operation on uninitialized object" / "raw stream has
 *   been detached"), as CPython's CHECK_INITIALIZED.
 * - An initialized writable object is on gl_io_writers until close(), detach() or
 *   deallocation.
 * - close() frees the buffer; IS_CLOSED is then true whatever the raw stream says.
 * - Finalization (PEP 442, also from dealloc) calls close() when `closed` is false and
 *   ignores its errors, as CPython's iobase_finalize outside development mode.
 * The three types share one layout; each has CPython's method table, and the methods
 * CPython inherits from BufferedIOBase / IOBase (read on a writer, write on a reader,
 * readable / writable) answer as those do.
 */
#include "io_internal.h"

#define BUF(o) ((GlBufferedObject *)(o))

#define CHECK_INIT(b)                              \
    do {                                           \
        if (GlBuffered_CheckInit(b) < 0) {         \
            return NULL;                           \
        }                                          \
    } while (0)

#define CHECK_CLOSED(b, msg)                       \
    do {                                           \
        if (GlBuffered_CheckClosed(b, msg) < 0) {  \
            return NULL;                           \
        }                                          \
    } while (0)

/* raw.<which>() for the plain delegations. New reference. PYTHON CODE. */
static GlObject *
raw_method(GlBufferedObject *b, int which)
{
    return GlObject_CallMethodObjArgs(b->raw, GlBuffered_Name(which), NULL);
}

/* ============================== construction ================================== */

/* raw.<which>() must return True, else UnsupportedOperation(msg). 0 / -1. */
static int
check_capability(GlObject *raw, int which, const char *msg)
{
    GlObject *r = GlObject_CallMethodObjArgs(raw, GlBuffered_Name(which), NULL);  // PYTHON CODE
    if (r == NULL) {
        return -1;
    }
    Gl_DECREF(r);
    if (r != Gl_True) {
        GlIO_ErrUnsupported(msg);
        return -1;
    }
    return 0;
}

/* CPython's __init__ of the three types (also used by open()). 0 / -1. */
static int
buffered_init_impl(GlBufferedObject *b, GlObject *raw, Gl_ssize_t bufsize)
{
    GlTypeObject *tp = Gl_TYPE((GlObject *)b);
    int readable = !GlType_IsSubtype(tp, &GlBufferedWriter_Type);
    int writable = !GlType_IsSubtype(tp, &GlBufferedReader_Type);
    b->ok = 0;
    b->detached = 0;
    GlBuffered_WritersUnlink(b);
    if (readable && writable &&
        check_capability(raw, GL_RAW_SEEKABLE, "File or stream is not seekable.") < 0) {
        return -1;
    }
    if (readable &&
        check_capability(raw, GL_RAW_READABLE, "File or stream is not readable.") < 0) {
        return -1;
    }
    if (writable &&
        check_capability(raw, GL_RAW_WRITABLE, "File or stream is not writable.") < 0) {
        return -1;
    }
    Gl_XSETREF(b->raw, Gl_NewRef(raw));
    b->buffer_size = bufsize;
    b->readable = (char)readable;
    b->writable = (char)writable;
    if (bufsize <= 0) {
        GlErr_SetString(GlExc_ValueError, "buffer size must be strictly positive");
        return -1;
    }
    GlMem_Free(b->buffer);
    b->buffer = GlMem_Malloc((size_t)bufsize);
    if (b->buffer == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    Gl_ssize_t n;
    for (n = bufsize - 1; n & 1; n >>= 1) {
    }
    b->buffer_mask = n == 0 ? bufsize - 1 : 0;
    b->abs_pos = -1;
    if (GlBuffered_RawTell(b) == -1) {   // PYTHON CODE
        GlErr_Clear();
    }
    b->read_end = -1;
    b->write_pos = 0;
    b->write_end = -1;
    b->pos = 0;
    b->raw_pos = -1;
    b->ok = 1;
    if (writable) {
        GlBuffered_WritersLink(b);
    }
    return 0;
}

GlObject *
GlBuffered_New(GlTypeObject *type, GlObject *raw, Gl_ssize_t bufsize)
{
    GlObject *b = type->tp_alloc(type, 0);
    if (b == NULL) {
        return NULL;
    }
    if (buffered_init_impl(BUF(b), raw, bufsize) < 0) {
        Gl_DECREF(b);
        return NULL;
    }
    return b;
}

static int
buffered_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    static const char *const kwlist[] = {"raw", "buffer_size", NULL};
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseTupleDict(GlType_ShortName(Gl_TYPE(self)), args, kwds, kwlist, 2, 1, a) < 0) {
        return -1;
    }
    Gl_ssize_t bufsize = GL_IO_DEFAULT_BUFFER_SIZE;
    if (a[1] != NULL) {
        bufsize = GlNumber_AsSsize_t(a[1], GlExc_OverflowError);
        if (bufsize == -1 && GlErr_Occurred()) {
            return -1;
        }
    }
    return buffered_init_impl(BUF(self), a[0], bufsize);
}

/* ============================== lifetime ====================================== */

/* iobase_finalize: close() an object that is not closed yet, ignoring errors. */
static void
buffered_finalize(GlObject *self)
{
    GlObject *exc = GlErr_GetRaisedException();
    GlObject *c = NULL;
    int closed = -1;
    if (GlObject_LookupAttr(self, GlBuffered_Name(GL_RAW_CLOSED), &c) > 0) {   // PYTHON CODE
        closed = GlObject_IsTrue(c);
        Gl_DECREF(c);
    }
    GlErr_Clear();
    if (closed == 0) {
        GlObject *r = GlObject_CallMethodObjArgs(self, GL_ID(close), NULL);   // PYTHON CODE
        if (r == NULL) {
            GlErr_Clear();
        }
        Gl_XDECREF(r);
    }
    GlErr_SetRaisedException(exc);
}

static int
buffered_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(BUF(self)->raw);
    Gl_VISIT(BUF(self)->dict);
    return 0;
}

static int
buffered_clear(GlObject *self)
{
    GlBufferedObject *b = BUF(self);
    b->ok = 0;
    GlBuffered_WritersUnlink(b);
    Gl_CLEAR(b->raw);
    Gl_CLEAR(b->dict);
    return 0;
}

static void
buffered_dealloc(GlObject *self)
{
    GlBufferedObject *b = BUF(self);
    /* Tracked while the finalizer runs (a subclass's dealloc untracked it first). */
    GlObject_GC_Track(self);
    if (GlObject_CallFinalizerFromDealloc(self) < 0) {   // PYTHON CODE
        return;   // resurrected
    }
    GlObject_GC_UnTrack(self);
    b->ok = 0;
    GlBuffered_WritersUnlink(b);
    if (b->weakreflist != NULL) {
        GlObject_ClearWeakRefs(self);
    }
    Gl_CLEAR(b->raw);
    GlMem_Free(b->buffer);
    b->buffer = NULL;
    Gl_CLEAR(b->dict);
    Gl_TYPE(self)->tp_free(self);
}

/* ============================== reading methods =============================== */

/* read(size=-1): to EOF, or up to size bytes; None when the raw stream would block.
 * New reference. */
static GlObject *
buffered_read(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = BUF(self);
    Gl_ssize_t n;
    if (GlArg_CheckPositional("read", nargs, 0, 1) < 0 || GlIO_SizeArg(args, nargs, &n) < 0) {
        return NULL;
    }
    CHECK_INIT(b);
    if (n < -1) {
        return GlErr_SetString(GlExc_ValueError, "read length must be non-negative or -1");
    }
    CHECK_CLOSED(b, "read of closed file");
    if (n == -1) {
        return GlBuffered_ReadAll(b);
    }
    return GlBuffered_ReadGeneric(b, n);
}

/* read1(size=-1): buffered bytes, else at most one raw read. New reference. */
static GlObject *
buffered_read1(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = BUF(self);
    Gl_ssize_t n;
    if (GlArg_CheckPositional("read1", nargs, 0, 1) < 0 || GlIO_SizeArg(args, nargs, &n) < 0) {
        return NULL;
    }
    CHECK_INIT(b);
    if (n < 0) {
        n = b->buffer_size;
    }
    CHECK_CLOSED(b, "read of closed file");
    GlObject *res = GlBytes_FromStringAndSize(NULL, n);
    if (res == NULL || n == 0) {
        return res;
    }
    Gl_ssize_t r = GlBuffered_ReadSome(b, GlBytes_AS_STRING(res), n);
    if (r < 0) {
        Gl_DECREF(res);
        return NULL;
    }
    if (r != n) {
        Gl_SETREF(res, GlBytes_FromStringAndSize(GlBytes_AS_STRING(res), r));
    }
    return res;
}

/* peek(size=0): the read-ahead bytes without moving. New reference. */
static GlObject *
buffered_peek(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = BUF(self);
    Gl_ssize_t size;   // accepted and ignored, as CPython
    if (GlArg_CheckPositional("peek", nargs, 0, 1) < 0 || GlIO_SizeArg(args, nargs, &size) < 0) {
        return NULL;
    }
    CHECK_INIT(b);
    CHECK_CLOSED(b, "peek of closed file");
    return GlBuffered_Peek(b);
}

/* readinto / readinto1 into a writable buffer: the count, or None. New reference. */
static GlObject *
readinto_common(GlObject *self, GlObject *arg, int readinto1)
{
    GlBufferedObject *b = BUF(self);
    GlBuffer view;   // held while reading: the exporter cannot resize
    if (GlObject_GetBuffer(arg, &view, GL_BUF_WRITABLE) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError,
                            "%s() argument must be read-write bytes-like object, not %.200s",
                            readinto1 ? "readinto1" : "readinto", GlObject_TypeName(arg));
    }
    GlObject *res = NULL;
    if (GlBuffered_CheckInit(b) == 0 && GlBuffered_CheckClosed(b, "readinto of closed file") == 0) {
        res = GlBuffered_ReadIntoGeneric(b, view.buf, view.len, readinto1);
    }
    GlBuffer_Release(&view);
    return res;
}

/* readinto(buffer). New reference. */
static GlObject *
buffered_readinto(GlObject *self, GlObject *arg)
{
    return readinto_common(self, arg, 0);
}

/* readinto1(buffer): at most one raw read. New reference. */
static GlObject *
buffered_readinto1(GlObject *self, GlObject *arg)
{
    return readinto_common(self, arg, 1);
}

/* readline(size=-1). New reference. */
static GlObject *
buffered_readline(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = BUF(self);
    Gl_ssize_t limit;
    if (GlArg_CheckPositional("readline", nargs, 0, 1) < 0 ||
        GlIO_SizeArg(args, nargs, &limit) < 0) {
        return NULL;
    }
    CHECK_INIT(b);
    CHECK_CLOSED(b, "readline of closed file");
    return GlBuffered_ReadLine(b, limit);
}

/* tp_iternext: the next line, NULL without exception at EOF. New reference. */
static GlObject *
buffered_iternext(GlObject *self)
{
    GlBufferedObject *b = BUF(self);
    GlObject *line;
    CHECK_INIT(b);
    GlTypeObject *tp = Gl_TYPE(self);
    if (tp == &GlBufferedReader_Type || tp == &GlBufferedRandom_Type) {
        CHECK_CLOSED(b, "readline of closed file");
        line = GlBuffered_ReadLine(b, -1);
    } else {
        line = GlObject_CallMethodObjArgs(self, GL_ID(readline), NULL);   // PYTHON CODE
        if (line != NULL && !GlBytes_Check(line)) {
            GlErr_Format(GlExc_OSError, "readline() should have returned a bytes object, "
                         "not '%.200s'", GlObject_TypeName(line));
            Gl_CLEAR(line);
        }
    }
    if (line != NULL && Gl_SIZE(line) == 0) {
        Gl_CLEAR(line);   // EOF (or would block)
    }
    return line;
}

/* ============================== writing methods =============================== */

/* write(b): the count buffered or written. New reference. */
static GlObject *
buffered_write(GlObject *self, GlObject *data)
{
    GlBufferedObject *b = BUF(self);
    GlBuffer view;   // held during the write: the raw stream may run Python code
    if (GlObject_GetBuffer(data, &view, GL_BUF_SIMPLE) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%.100s'",
                            GlObject_TypeName(data));
    }
    GlObject *res = NULL;
    if (GlBuffered_CheckInit(b) == 0) {
        int c = GlBuffered_IsClosed(b);
        if (c > 0) {
            GlErr_SetString(GlExc_ValueError, "write to closed file");
        } else if (c == 0) {
            Gl_ssize_t n = GlBuffered_Write(b, view.buf, view.len);
            res = n < 0 ? NULL : GlInt_FromSsize_t(n);
        }
    }
    GlBuffer_Release(&view);
    return res;
}

/* flush() of BufferedWriter / BufferedRandom. */
static GlObject *
buffered_flush(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = BUF(self);
    CHECK_INIT(b);
    CHECK_CLOSED(b, "flush of closed file");
    if (GlBuffered_FlushAndRewind(b) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

/* flush() of BufferedReader: raw.flush(). */
static GlObject *
buffered_simple_flush(GlObject *self, GlObject *unused)
{
    CHECK_INIT(BUF(self));
    return raw_method(BUF(self), GL_RAW_FLUSH);
}

/* ============================== positioning =================================== */

/* seek(target, whence=0): the new position. New reference. */
static GlObject *
buffered_seek(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = BUF(self);
    if (GlArg_CheckPositional("seek", nargs, 1, 2) < 0) {
        return NULL;
    }
    int whence = 0;
    if (nargs > 1) {
        if (GlFloat_Check(args[1])) {
            return GlErr_SetString(GlExc_TypeError, "integer argument expected, got float");
        }
        long w = GlInt_AsLong(args[1]);
        if (w == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (w < INT_MIN || w > INT_MAX) {
            return GlErr_SetString(GlExc_OverflowError,
                                   "signed integer is greater than maximum");
        }
        whence = (int)w;
    }
    CHECK_INIT(b);
    /* SEEK_DATA (3) and SEEK_HOLE (4) go to the raw stream. */
    if (whence < 0 || whence > 4) {
        return GlErr_Format(GlExc_ValueError, "whence value %d unsupported", whence);
    }
    CHECK_CLOSED(b, "seek of closed file");
    GlFileIOObject *f = GlBuffered_FileIO(b);
    int seekable;
    if (f != NULL) {
        seekable = f->fd >= 0 && GlFileIO_IsSeekable(f);
    } else {
        GlObject *r = raw_method(b, GL_RAW_SEEKABLE);
        if (r == NULL) {
            return NULL;
        }
        Gl_DECREF(r);
        seekable = r == Gl_True;
    }
    if (!seekable) {
        return GlIO_ErrUnsupported("File or stream is not seekable.");
    }
    Gl_ssize_t target = GlNumber_AsSsize_t(args[0], GlExc_ValueError);
    if (target == -1 && GlErr_Occurred()) {
        return NULL;
    }
    int64_t r = GlBuffered_Seek(b, target, whence);
    return r < 0 ? NULL : GlInt_FromInt64(r);
}

/* tell(): the logical position. New reference. */
static GlObject *
buffered_tell(GlObject *self, GlObject *unused)
{
    CHECK_INIT(BUF(self));
    int64_t r = GlBuffered_Tell(BUF(self));
    return r < 0 ? NULL : GlInt_FromInt64(r);
}

/* truncate(pos=None): flush, then raw.truncate(pos)'s result. New reference. */
static GlObject *
buffered_truncate(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlBufferedObject *b = BUF(self);
    if (GlArg_CheckPositional("truncate", nargs, 0, 1) < 0) {
        return NULL;
    }
    GlObject *pos = nargs > 0 ? args[0] : Gl_None;
    CHECK_INIT(b);
    CHECK_CLOSED(b, "truncate of closed file");
    if (!b->writable) {
        return GlIO_ErrUnsupported("truncate");
    }
    if (GlBuffered_FlushAndRewind(b) < 0) {
        return NULL;
    }
    GlObject *res = GlObject_CallMethodObjArgs(b->raw, GlBuffered_Name(GL_RAW_TRUNCATE), pos,
                                               NULL);   // PYTHON CODE
    if (res != NULL && GlBuffered_RawTell(b) == -1) {   // reset the cached position
        GlErr_Clear();
    }
    return res;
}

/* ============================== close / detach ================================ */

/* close(): flush through self.flush(), then raw.close(); a close error gets the flush
 * error as __context__. New reference (None). */
static GlObject *
buffered_close(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = BUF(self);
    CHECK_INIT(b);
    /* buffered_closed(): the raw stream's own state, not IS_CLOSED. */
    GlFileIOObject *f = GlBuffered_FileIO(b);
    int closed;
    if (f != NULL) {
        closed = f->fd < 0;
    } else {
        GlObject *c = GlObject_GetAttr(b->raw, GlBuffered_Name(GL_RAW_CLOSED));  // PYTHON CODE
        if (c == NULL) {
            return NULL;
        }
        closed = GlObject_IsTrue(c);
        Gl_DECREF(c);
        if (closed < 0) {
            return NULL;
        }
    }
    if (closed) {
        Gl_RETURN_NONE;
    }
    GlObject *exc = NULL;
    GlObject *res = GlObject_CallMethodObjArgs(self, GL_ID(flush), NULL);   // PYTHON CODE
    if (res == NULL) {
        exc = GlErr_GetRaisedException();
    }
    Gl_XDECREF(res);
    if (b->raw == NULL) {
        /* flush() detached the raw stream. */
        res = GlErr_SetString(GlExc_ValueError, "raw stream has been detached");
    } else {
        res = raw_method(b, GL_RAW_CLOSE);   // PYTHON CODE
    }
    GlBuffered_WritersUnlink(b);
    GlMem_Free(b->buffer);
    b->buffer = NULL;
    b->write_end = -1;
    b->read_end = 0;
    b->pos = 0;
    if (exc != NULL) {
        if (res == NULL) {
            /* The close error takes the flush error as its context. */
            GlObject *now = GlErr_GetRaisedException();
            GlException_SetContext(now, exc);
            GlErr_SetRaisedException(now);
        } else {
            Gl_DECREF(res);
            res = NULL;
            GlErr_SetRaisedException(exc);
        }
    }
    return res;
}

/* detach(): flush, then hand over the raw stream. New reference. */
static GlObject *
buffered_detach(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = BUF(self);
    CHECK_INIT(b);
    GlObject *res = GlObject_CallMethodObjArgs(self, GL_ID(flush), NULL);   // PYTHON CODE
    if (res == NULL) {
        return NULL;
    }
    Gl_DECREF(res);
    GlObject *raw = b->raw;
    b->raw = NULL;
    b->detached = 1;
    b->ok = 0;
    GlBuffered_WritersUnlink(b);
    return raw != NULL ? raw : Gl_NewRef(Gl_None);
}

/* ============================== delegations =================================== */

/* Methods returning raw.<which>() (new reference). */
#define DELEGATE(fname, which)                              \
    static GlObject *                                       \
    fname(GlObject *self, GlObject *unused)                 \
    {                                                       \
        CHECK_INIT(BUF(self));                              \
        return raw_method(BUF(self), which);                \
    }

DELEGATE(buffered_seekable, GL_RAW_SEEKABLE)
DELEGATE(buffered_readable, GL_RAW_READABLE)
DELEGATE(buffered_writable, GL_RAW_WRITABLE)
DELEGATE(buffered_fileno, GL_RAW_FILENO)
DELEGATE(buffered_isatty, GL_RAW_ISATTY)

/* What BufferedIOBase / IOBase answer for the methods a type lacks. */
static GlObject *
unsupported_read(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return GlIO_ErrUnsupported("read");
}

/* BufferedIOBase.readinto on a writer: UnsupportedOperation. Returns NULL. */
static GlObject *
unsupported_read_o(GlObject *self, GlObject *arg)
{
    return GlIO_ErrUnsupported("read");
}

/* BufferedIOBase.read1 on a writer: UnsupportedOperation. Returns NULL. */
static GlObject *
unsupported_read1(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return GlIO_ErrUnsupported("read1");
}

/* BufferedIOBase.readinto1 on a writer: UnsupportedOperation. Returns NULL. */
static GlObject *
unsupported_read1_o(GlObject *self, GlObject *arg)
{
    return GlIO_ErrUnsupported("read1");
}

/* BufferedIOBase.write on a reader: UnsupportedOperation. Returns NULL. */
static GlObject *
unsupported_write(GlObject *self, GlObject *arg)
{
    return GlIO_ErrUnsupported("write");
}

/* IOBase.readable / writable: False. New reference. */
static GlObject *
answer_false(GlObject *self, GlObject *unused)
{
    Gl_RETURN_FALSE;
}

/* __sizeof__(): the object plus its buffer. New reference. */
static GlObject *
buffered_sizeof(GlObject *self, GlObject *unused)
{
    GlBufferedObject *b = BUF(self);
    Gl_ssize_t n = Gl_TYPE(self)->tp_basicsize + (b->buffer != NULL ? b->buffer_size : 0);
    return GlInt_FromSsize_t(n);
}

/* ============================== attributes ==================================== */

/* closed: raw.closed. New reference. */
static GlObject *
buffered_get_closed(GlObject *self, void *c)
{
    CHECK_INIT(BUF(self));
    return GlObject_GetAttr(BUF(self)->raw, GlBuffered_Name(GL_RAW_CLOSED));   // PYTHON CODE
}

/* name: raw.name. New reference. */
static GlObject *
buffered_get_name(GlObject *self, void *c)
{
    CHECK_INIT(BUF(self));
    return GlObject_GetAttr(BUF(self)->raw, GlBuffered_Name(GL_RAW_NAME));   // PYTHON CODE
}

/* mode: raw.mode. New reference. */
static GlObject *
buffered_get_mode(GlObject *self, void *c)
{
    CHECK_INIT(BUF(self));
    return GlObject_GetAttr(BUF(self)->raw, GlBuffered_Name(GL_RAW_MODE));   // PYTHON CODE
}

/* The instance __dict__, made on first use. New reference. */
static GlObject *
buffered_get_dict(GlObject *self, void *c)
{
    GlBufferedObject *b = BUF(self);
    if (b->dict == NULL && (b->dict = GlDict_New()) == NULL) {
        return NULL;
    }
    return Gl_NewRef(b->dict);
}

/* <type name=...> when the raw stream has a name, else <type>. New reference. */
static GlObject *
buffered_repr(GlObject *self)
{
    GlObject *name = NULL;
    if (GlObject_LookupAttr(self, GlBuffered_Name(GL_RAW_NAME), &name) < 0) {  // PYTHON CODE
        if (!GlErr_ExceptionMatches(GlExc_ValueError)) {
            return NULL;
        }
        GlErr_Clear();   // detached or uninitialized
    }
    const char *tn = Gl_TYPE(self)->tp_name;
    if (name == NULL) {
        return GlStr_FromFormat("<%s>", tn);
    }
    GlObject *res = NULL;
    int status = Gl_ReprEnter(self);
    if (status == 0) {
        res = GlStr_FromFormat("<%s name=%R>", tn, name);   // PYTHON CODE
        Gl_ReprLeave(self);
    } else if (status > 0) {
        GlErr_Format(GlExc_RuntimeError, "reentrant call inside %s.__repr__", tn);
    }
    Gl_DECREF(name);
    return res;
}

/* ============================== tables ======================================== */

#define COMMON_METHODS                                                              \
    {"close", GL_FN(buffered_close), GL_METH_NOARGS, NULL},                        \
    {"detach", GL_FN(buffered_detach), GL_METH_NOARGS, NULL},                      \
    {"seekable", GL_FN(buffered_seekable), GL_METH_NOARGS, NULL},                  \
    {"fileno", GL_FN(buffered_fileno), GL_METH_NOARGS, NULL},                      \
    {"isatty", GL_FN(buffered_isatty), GL_METH_NOARGS, NULL},                      \
    {"seek", GL_FN(buffered_seek), GL_METH_FASTCALL, NULL},                        \
    {"tell", GL_FN(buffered_tell), GL_METH_NOARGS, NULL},                          \
    {"truncate", GL_FN(buffered_truncate), GL_METH_FASTCALL, NULL},                \
    {"__sizeof__", GL_FN(buffered_sizeof), GL_METH_NOARGS, NULL},                  \
    {"readlines", GL_FN(GlIO_ReadLines), GL_METH_FASTCALL, NULL},                  \
    {"writelines", GL_FN(GlIO_WriteLines), GL_METH_O, NULL},                       \
    {"__enter__", GL_FN(GlIO_Enter), GL_METH_NOARGS, NULL},                        \
    {"__exit__", GL_FN(GlIO_Exit), GL_METH_FASTCALL, NULL}

#define READ_METHODS                                                                \
    {"read", GL_FN(buffered_read), GL_METH_FASTCALL, NULL},                        \
    {"read1", GL_FN(buffered_read1), GL_METH_FASTCALL, NULL},                      \
    {"peek", GL_FN(buffered_peek), GL_METH_FASTCALL, NULL},                        \
    {"readinto", GL_FN(buffered_readinto), GL_METH_O, NULL},                       \
    {"readinto1", GL_FN(buffered_readinto1), GL_METH_O, NULL},                     \
    {"readline", GL_FN(buffered_readline), GL_METH_FASTCALL, NULL},                \
    {"readable", GL_FN(buffered_readable), GL_METH_NOARGS, NULL}

static GlMethodDef reader_methods[] = {
    COMMON_METHODS,
    READ_METHODS,
    {"flush", GL_FN(buffered_simple_flush), GL_METH_NOARGS, NULL},
    {"write", GL_FN(unsupported_write), GL_METH_O, NULL},
    {"writable", GL_FN(answer_false), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMethodDef writer_methods[] = {
    COMMON_METHODS,
    {"write", GL_FN(buffered_write), GL_METH_O, NULL},
    {"flush", GL_FN(buffered_flush), GL_METH_NOARGS, NULL},
    {"writable", GL_FN(buffered_writable), GL_METH_NOARGS, NULL},
    {"read", GL_FN(unsupported_read), GL_METH_FASTCALL, NULL},
    {"read1", GL_FN(unsupported_read1), GL_METH_FASTCALL, NULL},
    {"readinto", GL_FN(unsupported_read_o), GL_METH_O, NULL},
    {"readinto1", GL_FN(unsupported_read1_o), GL_METH_O, NULL},
    {"readline", GL_FN(unsupported_read), GL_METH_FASTCALL, NULL},
    {"readable", GL_FN(answer_false), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMethodDef random_methods[] = {
    COMMON_METHODS,
    READ_METHODS,
    {"write", GL_FN(buffered_write), GL_METH_O, NULL},
    {"flush", GL_FN(buffered_flush), GL_METH_NOARGS, NULL},
    {"writable", GL_FN(buffered_writable), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef buffered_members[] = {
    {"raw", GL_T_OBJECT, offsetof(GlBufferedObject, raw), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static GlGetSetDef buffered_getset[] = {
    {"closed", buffered_get_closed, NULL, NULL, NULL},
    {"name", buffered_get_name, NULL, NULL, NULL},
    {"mode", buffered_get_mode, NULL, NULL, NULL},
    {"__dict__", buffered_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define GL_BUFFERED_TYPE(cname, pyname, methods)                                    \
    GlTypeObject cname = {                                                          \
        .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),                          \
        .tp_name = pyname,                                                          \
        .tp_basicsize = sizeof(GlBufferedObject),                                   \
        .tp_dealloc = buffered_dealloc,                                             \
        .tp_repr = buffered_repr,                                                   \
        .tp_getattro = GlObject_GenericGetAttr,                                     \
        .tp_setattro = GlObject_GenericSetAttr,                                     \
        .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,  \
        .tp_traverse = buffered_traverse,                                           \
        .tp_clear = buffered_clear,                                                 \
        .tp_weaklistoffset = offsetof(GlBufferedObject, weakreflist),               \
        .tp_iter = GlIO_IterSelf,                                                   \
        .tp_iternext = buffered_iternext,                                           \
        .tp_methods = methods,                                                      \
        .tp_members = buffered_members,                                             \
        .tp_getset = buffered_getset,                                               \
        .tp_dictoffset = offsetof(GlBufferedObject, dict),                          \
        .tp_init = buffered_init,                                                   \
        .tp_alloc = GlType_GenericAlloc,                                            \
        .tp_new = GlType_GenericNew,                                                \
        .tp_free = GlObject_GC_Del,                                                 \
        .tp_finalize = buffered_finalize,                                           \
    }

GL_BUFFERED_TYPE(GlBufferedReader_Type, "_io.BufferedReader", reader_methods);
GL_BUFFERED_TYPE(GlBufferedWriter_Type, "_io.BufferedWriter", writer_methods);
GL_BUFFERED_TYPE(GlBufferedRandom_Type, "_io.BufferedRandom", random_methods);
