/* bufferedio.c - the buffering algorithm of io.BufferedReader, BufferedWriter and
 * BufferedRandom (the types themselves are in bufferedtype.c), the raw-stream calls
 * it makes, and GlIO_FlushAll.
 *
 * Invariants (layout in io_internal.h):
 * - The state is CPython 3.11's: read-ahead data is buffer[pos..read_end) when
 *   read_end != -1; pending writes are buffer[write_pos..write_end) when
 *   write_end != -1; raw_pos is where the raw stream stands in the buffer (-1
 *   unknown); abs_pos caches the raw stream position (-1 unknown).
 * - The raw stream is reached only through raw_read / raw_write / raw_seek / raw_tell:
 *   for an exact FileIO they use its fd (no Python code); for anything else they call
 *   readinto / write / seek / tell on the object (PYTHON CODE), so the raw object sees
 *   the same calls, with the same sizes, as under CPython.
 * - readinto() and write() of a Python raw object get a memoryview of a temporary
 *   bytearray / bytes, never of the internal buffer, so a view the raw object keeps
 *   cannot outlive or alias the buffer (CPython passes a view of the buffer itself).
 * Messages as CPython 3.11: "raw readinto() returned invalid length %zd (should have
 * been between 0 and %zd)", "raw write() returned invalid length ...", "Raw stream
 * returned invalid position %lld", "write could not complete without blocking".
 */
#include <errno.h>
#include <unistd.h>
#include "io_internal.h"

GlBufferedObject *gl_io_writers;

/* ============================== helpers ======================================= */

void
GlBuffered_WritersLink(GlBufferedObject *b)
{
    b->wprev = NULL;
    b->wnext = gl_io_writers;
    if (gl_io_writers != NULL) {
        gl_io_writers->wprev = b;
    }
    gl_io_writers = b;
}

void
GlBuffered_WritersUnlink(GlBufferedObject *b)
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

GlObject *
GlBuffered_Name(int which)
{
    static const char *const names[GL_RAW_NNAMES] = {
        "readinto", "write", "seek", "tell", "closed", "readall", "read", "readable",
        "writable", "seekable", "truncate", "flush", "close", "name", "mode", "fileno",
        "isatty", "readline",
    };
    static GlObject *objs[GL_RAW_NNAMES];
    if (objs[which] == NULL) {
        objs[which] = GlStr_InternFromString(names[which]);   // kept for the run
    }
    return objs[which];
}

static inline int
valid_read(GlBufferedObject *b)
{
    return b->readable && b->read_end != -1;
}

static inline int
valid_write(GlBufferedObject *b)
{
    return b->writable && b->write_end != -1;
}

static inline void
adjust_position(GlBufferedObject *b, int64_t newpos)
{
    b->pos = newpos;
    if (valid_read(b) && b->read_end < b->pos) {
        b->read_end = b->pos;
    }
}

/* How far the raw stream is ahead of the logical position. */
static inline int64_t
raw_offset(GlBufferedObject *b)
{
    return (valid_read(b) || valid_write(b)) && b->raw_pos >= 0 ? b->raw_pos - b->pos : 0;
}

/* size rounded down to a whole number of buffers. */
static inline Gl_ssize_t
minus_last_block(GlBufferedObject *b, Gl_ssize_t size)
{
    return b->buffer_mask ? (size & ~b->buffer_mask) : b->buffer_size * (size / b->buffer_size);
}

static inline void
reader_reset_buf(GlBufferedObject *b)
{
    b->read_end = -1;
}

static inline void
writer_reset_buf(GlBufferedObject *b)
{
    b->write_pos = 0;
    b->write_end = -1;
}

int
GlBuffered_CheckInit(GlBufferedObject *b)
{
    if (b->ok) {
        return 0;
    }
    GlErr_SetString(GlExc_ValueError, b->detached ? "raw stream has been detached"
                                                  : "I/O operation on uninitialized object");
    return -1;
}

int
GlBuffered_IsClosed(GlBufferedObject *b)
{
    if (b->buffer == NULL || b->raw == NULL) {
        return 1;
    }
    GlFileIOObject *f = GlBuffered_FileIO(b);
    if (f != NULL) {
        return f->fd < 0;
    }
    GlObject *c = GlObject_GetAttr(b->raw, GlBuffered_Name(GL_RAW_CLOSED));   // PYTHON CODE
    if (c == NULL) {
        return -1;
    }
    int r = GlObject_IsTrue(c);
    Gl_DECREF(c);
    return r;
}

int
GlBuffered_CheckClosed(GlBufferedObject *b, const char *msg)
{
    int c = GlBuffered_IsClosed(b);
    if (c < 0) {
        return -1;
    }
    if (c && GlBuffered_ReadAhead(b) == 0) {
        GlErr_SetString(GlExc_ValueError, msg);
        return -1;
    }
    return 0;
}

/* raw.method(args...) retried while it fails with InterruptedError (CPython's
 * _PyIO_trap_eintr). New reference. PYTHON CODE. */
static GlObject *
raw_call_eintr(GlBufferedObject *b, int which, GlObject *arg)
{
    for (;;) {
        GlObject *r = GlObject_CallMethodObjArgs(b->raw, GlBuffered_Name(which), arg, NULL);
        if (r != NULL || !GlErr_ExceptionMatches(GlExc_InterruptedError)) {
            return r;
        }
        GlErr_Clear();
    }
}

/* A memoryview of obj (bytes or bytearray). New reference. */
static GlObject *
memview_of(GlObject *obj)
{
    return GlObject_CallOneArg((GlObject *)&GlMemoryView_Type, obj);
}

/* ValueError as FileIO words it (no period). Returns NULL. */
static GlObject *
closed_fileio_error(void)
{
    /* FileIO's own message (no period). */
    return GlErr_SetString(GlExc_ValueError, "I/O operation on closed file");
}

/* The bytes objects of `list` joined. New reference. */
static GlObject *
bytes_join(GlObject *list)
{
    Gl_ssize_t total = 0, n = GlList_GET_SIZE(list);
    for (Gl_ssize_t i = 0; i < n; i++) {
        total += Gl_SIZE(GlList_GET_ITEM(list, i));
    }
    GlObject *res = GlBytes_FromStringAndSize(NULL, total);
    if (res == NULL) {
        return NULL;
    }
    char *p = GlBytes_AS_STRING(res);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *item = GlList_GET_ITEM(list, i);
        memcpy(p, GlBytes_AS_STRING(item), (size_t)Gl_SIZE(item));
        p += Gl_SIZE(item);
    }
    return res;
}

/* ============================== raw calls ====================================== */

/* One raw readinto() into start[0..len): the count, -2 when the raw stream would
 * block (returned None), -1 with an exception. */
static Gl_ssize_t
raw_read(GlBufferedObject *b, char *start, Gl_ssize_t len)
{
    Gl_ssize_t n;
    GlFileIOObject *f = GlBuffered_FileIO(b);
    if (f != NULL) {
        if (f->fd < 0) {
            closed_fileio_error();
            return -1;
        }
        for (;;) {
            ssize_t r = read(f->fd, start, (size_t)len);
            if (r >= 0) {
                n = r;
                break;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                return -2;
            }
            if (errno != EINTR) {
                GlErr_SetFromErrno(GlExc_OSError);
                return -1;
            }
        }
    } else {
        GlObject *ba = GlByteArray_FromStringAndSize(NULL, len);
        if (ba == NULL) {
            return -1;
        }
        if (len > 0) {
            memset(((GlByteArrayObject *)ba)->ob_bytes, 0, (size_t)len);
        }
        GlObject *mv = memview_of(ba);
        GlObject *res = mv != NULL ? raw_call_eintr(b, GL_RAW_READINTO, mv) : NULL;  // PYTHON CODE
        Gl_XDECREF(mv);
        if (res == NULL) {
            Gl_DECREF(ba);
            return -1;
        }
        if (res == Gl_None) {
            Gl_DECREF(res);
            Gl_DECREF(ba);
            return -2;
        }
        n = GlNumber_AsSsize_t(res, GlExc_ValueError);
        Gl_DECREF(res);
        if (n == -1 && GlErr_Occurred()) {
            /* CPython: OSError("raw readinto() failed") from the conversion error. */
            GlObject *cause = GlErr_GetRaisedException();
            GlErr_SetString(GlExc_OSError, "raw readinto() failed");
            GlObject *exc = GlErr_GetRaisedException();
            GlException_SetCause(exc, Gl_NewRef(cause));
            GlException_SetContext(exc, cause);
            GlErr_SetRaisedException(exc);
            Gl_DECREF(ba);
            return -1;
        }
        if (n >= 0 && n <= len) {
            /* The raw object may have resized its view's bytearray: copy what is there. */
            Gl_ssize_t have = Gl_SIZE(ba) < n ? Gl_SIZE(ba) : n;
            memcpy(start, ((GlByteArrayObject *)ba)->ob_bytes, (size_t)have);
        }
        Gl_DECREF(ba);
    }
    if (n < 0 || n > len) {
        GlErr_Format(GlExc_OSError, "raw readinto() returned invalid length %zd "
                     "(should have been between 0 and %zd)", n, len);
        return -1;
    }
    if (n > 0 && b->abs_pos != -1) {
        b->abs_pos += n;
    }
    return n;
}

/* The errno of the last raw write that would block, for BlockingIOError. */
static int blocked_errno;

/* One raw write() of start[0..len): the count, -2 when it would block, -1 error. */
static Gl_ssize_t
raw_write(GlBufferedObject *b, const char *start, Gl_ssize_t len)
{
    Gl_ssize_t n;
    GlFileIOObject *f = GlBuffered_FileIO(b);
    if (f != NULL) {
        if (f->fd < 0) {
            closed_fileio_error();
            return -1;
        }
        if (!f->writable) {
            GlIO_ErrUnsupported("File not open for writing");
            return -1;
        }
        for (;;) {
            ssize_t r = write(f->fd, start, (size_t)len);
            if (r >= 0) {
                n = r;
                break;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                blocked_errno = errno;
                return -2;
            }
            if (errno != EINTR) {
                GlErr_SetFromErrno(GlExc_OSError);
                return -1;
            }
        }
    } else {
        GlObject *data = GlBytes_FromStringAndSize(start, len);
        GlObject *mv = data != NULL ? memview_of(data) : NULL;
        Gl_XDECREF(data);
        errno = 0;
        GlObject *res = mv != NULL ? raw_call_eintr(b, GL_RAW_WRITE, mv) : NULL;  // PYTHON CODE
        int errnum = errno;
        Gl_XDECREF(mv);
        if (res == NULL) {
            return -1;
        }
        if (res == Gl_None) {
            Gl_DECREF(res);
            blocked_errno = errnum;
            return -2;
        }
        n = GlNumber_AsSsize_t(res, GlExc_ValueError);
        Gl_DECREF(res);
        if (n == -1 && GlErr_Occurred()) {
            GlErr_Clear();   // CPython replaces the conversion error below
        }
    }
    if (n < 0 || n > len) {
        GlErr_Format(GlExc_OSError, "raw write() returned invalid length %zd "
                     "(should have been between 0 and %zd)", n, len);
        return -1;
    }
    if (n > 0 && b->abs_pos != -1) {
        b->abs_pos += n;
    }
    return n;
}

/* A position returned by raw.tell() / raw.seek(): >= 0, or -1 with an exception. */
static int64_t
raw_position(GlObject *res)
{
    if (res == NULL) {
        return -1;
    }
    Gl_ssize_t n = GlNumber_AsSsize_t(res, GlExc_ValueError);
    Gl_DECREF(res);
    if (n < 0) {
        if (!GlErr_Occurred()) {
            GlErr_Format(GlExc_OSError, "Raw stream returned invalid position %lld",
                         (long long)n);
        }
        return -1;
    }
    return n;
}

int64_t
GlBuffered_RawTell(GlBufferedObject *b)
{
    int64_t n;
    GlFileIOObject *f = GlBuffered_FileIO(b);
    if (f != NULL) {
        if (f->fd < 0) {
            closed_fileio_error();
            return -1;
        }
        n = GlIO_FdSeek(f->fd, 0, SEEK_CUR);
    } else {
        n = raw_position(GlObject_CallMethodObjArgs(b->raw, GlBuffered_Name(GL_RAW_TELL),
                                                    NULL));   // PYTHON CODE
    }
    if (n < 0) {
        return -1;
    }
    b->abs_pos = n;
    return n;
}

static int64_t
raw_seek(GlBufferedObject *b, int64_t target, int whence)
{
    int64_t n;
    GlFileIOObject *f = GlBuffered_FileIO(b);
    if (f != NULL) {
        if (f->fd < 0) {
            closed_fileio_error();
            return -1;
        }
        n = GlIO_FdSeek(f->fd, target, whence);
    } else {
        GlObject *t = GlInt_FromInt64(target);
        GlObject *w = t != NULL ? GlInt_FromLong(whence) : NULL;
        GlObject *res = w != NULL ? GlObject_CallMethodObjArgs(
            b->raw, GlBuffered_Name(GL_RAW_SEEK), t, w, NULL) : NULL;   // PYTHON CODE
        Gl_XDECREF(t);
        Gl_XDECREF(w);
        n = raw_position(res);
    }
    if (n < 0) {
        return -1;
    }
    b->abs_pos = n;
    return n;
}

static inline int64_t
raw_tell_cached(GlBufferedObject *b)
{
    return b->abs_pos != -1 ? b->abs_pos : GlBuffered_RawTell(b);
}

/* raise BlockingIOError(errno, "write could not complete without blocking", written) */
static void
set_blocking_error(Gl_ssize_t written)
{
    GlObject *e = GlInt_FromLong(blocked_errno);
    GlObject *m = GlStr_FromString("write could not complete without blocking");
    GlObject *w = GlInt_FromSsize_t(written);
    GlObject *exc = e != NULL && m != NULL && w != NULL
        ? GlObject_CallFunctionObjArgs(GlExc_BlockingIOError, e, m, w, NULL) : NULL;
    Gl_XDECREF(e);
    Gl_XDECREF(m);
    Gl_XDECREF(w);
    if (exc != NULL) {
        GlErr_SetObject(GlExc_BlockingIOError, exc);
        Gl_DECREF(exc);
    }
}

/* ============================== reading ======================================= */

/* Fill the buffer after the valid read data: the count, 0 at EOF, -2, -1. */
static Gl_ssize_t
reader_fill_buffer(GlBufferedObject *b)
{
    int64_t start = valid_read(b) ? b->read_end : 0;
    Gl_ssize_t n = raw_read(b, b->buffer + start, (Gl_ssize_t)(b->buffer_size - start));
    if (n <= 0) {
        return n;
    }
    b->read_end = start + n;
    b->raw_pos = start + n;
    return n;
}

/* n bytes from the read-ahead when it holds them, else None. New reference. */
static GlObject *
reader_read_fast(GlBufferedObject *b, Gl_ssize_t n)
{
    if (n <= GlBuffered_ReadAhead(b)) {
        GlObject *res = GlBytes_FromStringAndSize(b->buffer + b->pos, n);
        if (res != NULL) {
            b->pos += n;
        }
        return res;
    }
    Gl_RETURN_NONE;
}

int
GlBuffered_FlushWrites(GlBufferedObject *b)
{
    if (!valid_write(b) || b->write_pos == b->write_end || b->buffer == NULL) {
        goto end;
    }
    int64_t rewind = raw_offset(b) + (b->pos - b->write_pos);
    if (rewind != 0) {
        if (raw_seek(b, -rewind, SEEK_CUR) < 0) {
            return -1;
        }
        b->raw_pos -= rewind;
    }
    while (b->write_pos < b->write_end) {
        Gl_ssize_t n = raw_write(b, b->buffer + b->write_pos,
                                 (Gl_ssize_t)(b->write_end - b->write_pos));
        if (n == -1) {
            return -1;
        }
        if (n == -2) {
            set_blocking_error(0);
            return -1;
        }
        b->write_pos += n;
        b->raw_pos = b->write_pos;
    }
end:
    /* VALID_WRITE_BUFFER is false afterwards, so RAW_OFFSET is 0 when the read buffer
     * is invalid too (bpo-32228). */
    writer_reset_buf(b);
    return 0;
}

int
GlBuffered_FlushAndRewind(GlBufferedObject *b)
{
    if (GlBuffered_FlushWrites(b) < 0) {
        return -1;
    }
    if (b->readable) {
        /* Rewind the raw stream to the logical position. */
        int64_t n = raw_seek(b, -raw_offset(b), SEEK_CUR);
        reader_reset_buf(b);
        if (n == -1) {
            return -1;
        }
    }
    return 0;
}

GlObject *
GlBuffered_ReadAll(GlBufferedObject *b)
{
    GlObject *data = NULL, *res = NULL, *chunks = NULL, *readall = NULL;
    Gl_ssize_t current = GlBuffered_ReadAhead(b);
    if (current > 0) {
        data = GlBytes_FromStringAndSize(b->buffer + b->pos, current);
        if (data == NULL) {
            return NULL;
        }
        b->pos += current;
    }
    if (b->writable && GlBuffered_FlushAndRewind(b) < 0) {
        goto done;
    }
    reader_reset_buf(b);
    GlFileIOObject *f = GlBuffered_FileIO(b);
    if (f != NULL) {
        if (f->fd < 0) {
            closed_fileio_error();
            goto done;
        }
        res = GlIO_FdReadAll(f->fd, data != NULL ? GlBytes_AS_STRING(data) : NULL, current);
        b->abs_pos = -1;
        goto done;
    }
    if (GlObject_LookupAttr(b->raw, GlBuffered_Name(GL_RAW_READALL), &readall) < 0) {
        goto done;
    }
    if (readall != NULL) {
        GlObject *tmp = GlObject_CallNoArgs(readall);   // PYTHON CODE
        if (tmp == NULL) {
            goto done;
        }
        if (tmp != Gl_None && !GlBytes_Check(tmp)) {
            Gl_DECREF(tmp);
            GlErr_SetString(GlExc_TypeError, "readall() should return bytes");
            goto done;
        }
        if (current == 0) {
            res = tmp;
        } else if (tmp == Gl_None) {
            res = Gl_NewRef(data);
            Gl_DECREF(tmp);
        } else {
            GlObject *pair = GlList_New(0);
            if (pair != NULL && GlList_Append(pair, data) == 0 && GlList_Append(pair, tmp) == 0) {
                res = bytes_join(pair);
            }
            Gl_XDECREF(pair);
            Gl_DECREF(tmp);
        }
        goto done;
    }
    chunks = GlList_New(0);
    if (chunks == NULL) {
        goto done;
    }
    for (;;) {
        if (data != NULL) {
            if (GlList_Append(chunks, data) < 0) {
                goto done;
            }
            Gl_CLEAR(data);
        }
        // PYTHON CODE
        data = GlObject_CallMethodObjArgs(b->raw, GlBuffered_Name(GL_RAW_READ), NULL);
        if (data == NULL) {
            goto done;
        }
        if (data != Gl_None && !GlBytes_Check(data)) {
            GlErr_SetString(GlExc_TypeError, "read() should return bytes");
            goto done;
        }
        if (data == Gl_None || Gl_SIZE(data) == 0) {
            if (current == 0) {
                res = Gl_NewRef(data);
            } else {
                res = bytes_join(chunks);
            }
            goto done;
        }
        current += Gl_SIZE(data);
        if (b->abs_pos != -1) {
            b->abs_pos += Gl_SIZE(data);
        }
    }
done:
    Gl_XDECREF(data);
    Gl_XDECREF(chunks);
    Gl_XDECREF(readall);
    return res;
}

/* Shrink bytes `res` to `written`, or None when nothing was read and the raw stream
 * would block (r == -2). Steals res; new reference. */
static GlObject *
read_result(GlObject *res, Gl_ssize_t written, Gl_ssize_t r)
{
    if (r == 0 || written > 0) {
        GlObject *out = GlBytes_FromStringAndSize(GlBytes_AS_STRING(res), written);
        Gl_DECREF(res);
        return out;
    }
    Gl_DECREF(res);
    Gl_RETURN_NONE;
}

GlObject *
GlBuffered_ReadGeneric(GlBufferedObject *b, Gl_ssize_t n)
{
    Gl_ssize_t current = GlBuffered_ReadAhead(b);
    if (n <= current) {
        return reader_read_fast(b, n);
    }
    GlObject *res = GlBytes_FromStringAndSize(NULL, n);
    if (res == NULL) {
        return NULL;
    }
    char *out = GlBytes_AS_STRING(res);
    Gl_ssize_t remaining = n, written = 0;
    if (current > 0) {
        memcpy(out, b->buffer + b->pos, (size_t)current);
        remaining -= current;
        written += current;
        b->pos += current;
    }
    if (b->writable && GlBuffered_FlushAndRewind(b) < 0) {
        goto error;
    }
    reader_reset_buf(b);
    while (remaining > 0) {
        /* Read whole blocks straight into the result, the last partial one below. */
        Gl_ssize_t r = minus_last_block(b, remaining);
        if (r == 0) {
            break;
        }
        r = raw_read(b, out + written, r);
        if (r == -1) {
            goto error;
        }
        if (r == 0 || r == -2) {
            return read_result(res, written, r);
        }
        remaining -= r;
        written += r;
    }
    b->pos = 0;
    b->raw_pos = 0;
    b->read_end = 0;
    /* Once the read is satisfied no further raw read is issued (it could block). */
    while (remaining > 0 && b->read_end < b->buffer_size) {
        Gl_ssize_t r = reader_fill_buffer(b);
        if (r == -1) {
            goto error;
        }
        if (r == 0 || r == -2) {
            return read_result(res, written, r);
        }
        Gl_ssize_t take = remaining > r ? r : remaining;
        memcpy(out + written, b->buffer + b->pos, (size_t)take);
        written += take;
        b->pos += take;
        remaining -= take;
    }
    return res;
error:
    Gl_DECREF(res);
    return NULL;
}

GlObject *
GlBuffered_Peek(GlBufferedObject *b)
{
    if (b->writable && GlBuffered_FlushAndRewind(b) < 0) {
        return NULL;
    }
    /* Return what is buffered, or a full buffer: neither the position nor the block
     * alignment may change. */
    Gl_ssize_t have = GlBuffered_ReadAhead(b);
    if (have > 0) {
        return GlBytes_FromStringAndSize(b->buffer + b->pos, have);
    }
    reader_reset_buf(b);
    Gl_ssize_t r = reader_fill_buffer(b);
    if (r == -1) {
        return NULL;
    }
    if (r == -2) {
        r = 0;
    }
    b->pos = 0;
    return GlBytes_FromStringAndSize(b->buffer, r);
}

Gl_ssize_t
GlBuffered_ReadSome(GlBufferedObject *b, char *dst, Gl_ssize_t n)
{
    if (n == 0) {
        return 0;
    }
    Gl_ssize_t have = GlBuffered_ReadAhead(b);
    if (have > 0) {
        Gl_ssize_t k = have < n ? have : n;
        memcpy(dst, b->buffer + b->pos, (size_t)k);
        b->pos += k;
        return k;
    }
    /* CPython 3.11.2 does not flush pending writes here (a BufferedRandom bug fixed
     * in later releases); neither do we, so the raw stream sees the same calls. */
    reader_reset_buf(b);
    Gl_ssize_t r = raw_read(b, dst, n);
    return r == -2 ? 0 : r;
}

GlObject *
GlBuffered_ReadIntoGeneric(GlBufferedObject *b, char *dst, Gl_ssize_t len, int readinto1)
{
    Gl_ssize_t n = GlBuffered_ReadAhead(b), written = 0, remaining;
    if (n > 0) {
        if (n >= len) {
            memcpy(dst, b->buffer + b->pos, (size_t)len);
            b->pos += len;
            return GlInt_FromSsize_t(len);
        }
        memcpy(dst, b->buffer + b->pos, (size_t)n);
        b->pos += n;
        written = n;
    }
    if (b->writable && GlBuffered_FlushAndRewind(b) < 0) {
        return NULL;
    }
    reader_reset_buf(b);
    b->pos = 0;
    for (remaining = len - written; remaining > 0; written += n, remaining -= n) {
        if (remaining > b->buffer_size) {
            /* More than a buffer: straight into the caller's memory. */
            n = raw_read(b, dst + written, remaining);
        } else if (!(readinto1 && written)) {
            /* readinto1 does not refill once it has data. */
            n = reader_fill_buffer(b);
            if (n > 0) {
                if (n > remaining) {
                    n = remaining;
                }
                memcpy(dst + written, b->buffer + b->pos, (size_t)n);
                b->pos += n;
                continue;
            }
        } else {
            n = 0;
        }
        if (n == 0 || (n == -2 && written > 0)) {
            break;
        }
        if (n < 0) {
            if (n == -2) {
                Gl_RETURN_NONE;
            }
            return NULL;
        }
        if (readinto1) {   // at most one raw read
            written += n;
            break;
        }
    }
    return GlInt_FromSsize_t(written);
}

GlObject *
GlBuffered_ReadLine(GlBufferedObject *b, Gl_ssize_t limit)
{
    GlObject *res = NULL, *chunks = NULL;
    /* First look for a line inside the buffer. */
    Gl_ssize_t n = GlBuffered_ReadAhead(b);
    if (limit >= 0 && n > limit) {
        n = limit;
    }
    const char *start = b->buffer + b->pos;
    const char *s = n > 0 ? memchr(start, '\n', (size_t)n) : NULL;
    if (s != NULL) {
        res = GlBytes_FromStringAndSize(start, s - start + 1);
        if (res != NULL) {
            b->pos += s - start + 1;
        }
        return res;
    }
    if (n == limit) {
        res = GlBytes_FromStringAndSize(start, n);
        if (res != NULL) {
            b->pos += n;
        }
        return res;
    }
    /* Then read more from the raw stream. */
    chunks = GlList_New(0);
    if (chunks == NULL) {
        return NULL;
    }
    if (n > 0) {
        res = GlBytes_FromStringAndSize(start, n);
        if (res == NULL || GlList_Append(chunks, res) < 0) {
            goto error;
        }
        Gl_CLEAR(res);
        b->pos += n;
        if (limit >= 0) {
            limit -= n;
        }
    }
    if (b->writable && GlBuffered_FlushAndRewind(b) < 0) {
        goto error;
    }
    for (;;) {
        reader_reset_buf(b);
        n = reader_fill_buffer(b);
        if (n == -1) {
            goto error;
        }
        if (n <= 0) {
            break;
        }
        if (limit >= 0 && n > limit) {
            n = limit;
        }
        start = b->buffer;
        s = memchr(start, '\n', (size_t)n);
        if (s != NULL) {
            res = GlBytes_FromStringAndSize(start, s - start + 1);
            if (res == NULL) {
                goto error;
            }
            b->pos = s - start + 1;
            break;
        }
        res = GlBytes_FromStringAndSize(start, n);
        if (res == NULL) {
            goto error;
        }
        if (n == limit) {
            b->pos = n;
            break;
        }
        if (GlList_Append(chunks, res) < 0) {
            goto error;
        }
        Gl_CLEAR(res);
        if (limit >= 0) {
            limit -= n;
        }
    }
    if (res != NULL && GlList_Append(chunks, res) < 0) {
        goto error;
    }
    Gl_XSETREF(res, bytes_join(chunks));
    Gl_DECREF(chunks);
    return res;
error:
    Gl_XDECREF(res);
    Gl_DECREF(chunks);
    return NULL;
}

/* ============================== writing ======================================= */

Gl_ssize_t
GlBuffered_Write(GlBufferedObject *b, const char *data, Gl_ssize_t len)
{
    Gl_ssize_t written, avail, remaining;
    /* Fast path: the data fits in the buffer. */
    if (!valid_read(b) && !valid_write(b)) {
        b->pos = 0;
        b->raw_pos = 0;
    }
    avail = (Gl_ssize_t)(b->buffer_size - b->pos);
    if (len <= avail) {
        memcpy(b->buffer + b->pos, data, (size_t)len);
        if (!valid_write(b) || b->write_pos > b->pos) {
            b->write_pos = b->pos;
        }
        adjust_position(b, b->pos + len);
        if (b->pos > b->write_end) {
            b->write_end = b->pos;
        }
        return len;
    }
    /* First write out the current buffer. */
    if (GlBuffered_FlushWrites(b) < 0) {
        if (!GlErr_ExceptionMatches(GlExc_BlockingIOError)) {
            return -1;
        }
        if (b->readable) {
            reader_reset_buf(b);
        }
        /* Make room by shifting the pending bytes to the start. */
        memmove(b->buffer, b->buffer + b->write_pos, (size_t)(b->write_end - b->write_pos));
        b->write_end -= b->write_pos;
        b->raw_pos -= b->write_pos;
        b->pos -= b->write_pos;
        b->write_pos = 0;
        avail = (Gl_ssize_t)(b->buffer_size - b->write_end);
        if (len <= avail) {
            GlErr_Clear();   // everything can be buffered
            memcpy(b->buffer + b->write_end, data, (size_t)len);
            b->write_end += len;
            b->pos += len;
            return len;
        }
        /* Buffer as much as possible and report how much. */
        GlErr_Clear();
        memcpy(b->buffer + b->write_end, data, (size_t)avail);
        b->write_end += avail;
        b->pos += avail;
        set_blocking_error(avail);
        return -1;
    }
    /* Move the raw stream back to the logical position when a read buffer left it
     * ahead (bpo-6629). */
    int64_t offset = raw_offset(b);
    if (offset != 0) {
        if (raw_seek(b, -offset, SEEK_CUR) < 0) {
            return -1;
        }
        b->raw_pos -= offset;
    }
    /* Then write the data itself; the buffer is empty now. */
    remaining = len;
    written = 0;
    while (remaining > b->buffer_size) {
        Gl_ssize_t n = raw_write(b, data + written, len - written);
        if (n == -1) {
            return -1;
        }
        if (n == -2) {
            /* Non-blocking raw: buffer as much as possible. */
            if (remaining > b->buffer_size) {
                memcpy(b->buffer, data + written, (size_t)b->buffer_size);
                b->raw_pos = 0;
                adjust_position(b, b->buffer_size);
                b->write_end = b->buffer_size;
                written += b->buffer_size;
                set_blocking_error(written);
                return -1;
            }
            break;
        }
        written += n;
        remaining -= n;
    }
    if (b->readable) {
        reader_reset_buf(b);
    }
    if (remaining > 0) {
        memcpy(b->buffer, data + written, (size_t)remaining);
        written += remaining;
    }
    b->write_pos = 0;
    b->write_end = remaining;
    adjust_position(b, remaining);
    b->raw_pos = 0;
    return written;
}

/* ============================== positioning =================================== */

int64_t
GlBuffered_Tell(GlBufferedObject *b)
{
    int64_t pos = GlBuffered_RawTell(b);
    if (pos == -1) {
        return -1;
    }
    pos -= raw_offset(b);
    return pos < 0 ? 0 : pos;   // GH-95782
}

int64_t
GlBuffered_Seek(GlBufferedObject *b, int64_t target, int whence)
{
    if ((whence == 0 || whence == 1) && b->readable) {
        /* Inside the current buffer: just move. */
        int64_t current = raw_tell_cached(b);
        if (current == -1) {
            return -1;
        }
        Gl_ssize_t avail = GlBuffered_ReadAhead(b);
        if (avail > 0) {
            int64_t offset = whence == 0 ? target - (current - raw_offset(b)) : target;
            if (offset >= -b->pos && offset <= avail) {
                b->pos += offset;
                return current - avail + offset;
            }
        }
    }
    if (b->writable && GlBuffered_FlushWrites(b) < 0) {
        return -1;
    }
    if (whence == 1) {
        target -= raw_offset(b);
    }
    int64_t n = raw_seek(b, target, whence);
    if (n == -1) {
        return -1;
    }
    b->raw_pos = -1;
    if (b->readable) {
        reader_reset_buf(b);
    }
    return n;
}

/* ============================== exit ========================================== */

void
GlIO_FlushAll(void)
{
    /* Only the writers over a FileIO: flushing the others would run Python code. */
    for (GlBufferedObject *b = gl_io_writers; b != NULL; b = b->wnext) {
        GlFileIOObject *f = GlBuffered_FileIO(b);
        if (f != NULL && f->fd >= 0 && b->buffer != NULL && GlBuffered_FlushWrites(b) < 0) {
            GlErr_Clear();
        }
    }
}
