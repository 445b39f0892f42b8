/* memoryio.c - io.StringIO and io.BytesIO: in-memory streams.
 *
 * Invariants:
 * - StringIO holds code points in an owned UCS-4 array buf[0..len) (cap >= len);
 *   BytesIO holds bytes in an owned char array. 0 <= pos; pos may exceed len (a
 *   write there pads with zeros, as CPython).
 * - `closed` set means buf was released; every operation then raises ValueError
 *   "I/O operation on closed file." (StringIO.getvalue too).
 * - While a BytesIO.getbuffer() view lives (exports > 0) the buffer is neither
 *   written, resized, reset nor freed: BufferError, as CPython.
 * Messages as CPython 3.11: "initial_value must be str or None, not int",
 * "string argument expected, got 'int'", "Negative seek position -1".
 */
#include "io_internal.h"

typedef struct GlMemIOObject {
    GlObject ob_base;
    void *buf;                 // owned: uint32_t[] (StringIO) or char[] (BytesIO)
    Gl_ssize_t len, cap, pos;  // in units (code points or bytes)
    char closed;
    // StringIO's newline= (as CPython's stringio.c):
    char readuniversal;        // None or "": lines end at "\r", "\n" or "\r\n"
    char readtranslate;        // None: "\r\n"/"\r" -> "\n" on write
    char seennl;               // universal modes: the endings written (GL_SEEN_*)
    char readnl_len;           // "\n", "\r" or "\r\n": the line ending read (0: none)
    char writenl_len;          // "\r" or "\r\n": what a written "\n" becomes (0: kept)
    uint32_t readnl[2];
    uint32_t writenl[2];
    GlObject *dict;            // the instance __dict__ (owned, made on first use) or NULL
    Gl_ssize_t exports;        // BytesIO: live getbuffer() views; >0 forbids resizing
} GlMemIOObject;


static inline int
mem_is_str(GlMemIOObject *m)
{
    return GlObject_TypeCheck((GlObject *)m, &GlStringIO_Type);
}

static inline size_t
mem_unit(GlMemIOObject *m)
{
    return mem_is_str(m) ? sizeof(uint32_t) : 1;
}

/* Make room for `need` units. 0 / -1. */
static int
mem_reserve(GlMemIOObject *m, Gl_ssize_t need)
{
    if (need <= m->cap) {
        return 0;
    }
    Gl_ssize_t ncap = m->cap * 2 > need ? m->cap * 2 : need + 16;
    void *nb = GlMem_Realloc(m->buf, (size_t)ncap * mem_unit(m));
    if (nb == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    m->buf = nb;
    m->cap = ncap;
    return 0;
}

/* StringIO's message has no final period, BytesIO's has one (as CPython). */
static GlObject *
mem_err_closed(GlMemIOObject *m)
{
    if (mem_is_str(m)) {
        return GlErr_SetString(GlExc_ValueError, "I/O operation on closed file");
    }
    return GlIO_ErrClosed();
}

/* BufferError when a getbuffer() view exists (writes could move the buffer). */
static int
mem_check_exports(GlMemIOObject *m)
{
    if (m->exports > 0) {
        GlErr_SetString(GlExc_BufferError, "Existing exports of data: object cannot be re-sized");
        return -1;
    }
    return 0;
}

#define MEM_CHECK(m)                      \
    do {                                  \
        if ((m)->closed) {                \
            return mem_err_closed(m);     \
        }                                 \
    } while (0)

/* Write n units of data at pos (padding with zeros past len). 0 / -1. */
static int
mem_write_units(GlMemIOObject *m, const void *data, Gl_ssize_t n)
{
    Gl_ssize_t end = m->pos + n;
    if (mem_reserve(m, end) < 0) {
        return -1;
    }
    size_t u = mem_unit(m);
    if (m->pos > m->len) {
        memset((char *)m->buf + (size_t)m->len * u, 0, (size_t)(m->pos - m->len) * u);
    }
    memcpy((char *)m->buf + (size_t)m->pos * u, data, (size_t)n * u);
    m->pos = end;
    if (end > m->len) {
        m->len = end;
    }
    return 0;
}

/* Write the code points of str s at pos, straight into the buffer, with the
 * newline= translation of CPython: universal modes note the endings seen (each
 * write is final: a trailing "\r" is a CR) and newline=None makes them "\n";
 * newline="\r" / "\r\n" turn each "\n" into that. 0 / -1. */
static int
stringio_write_str(GlMemIOObject *m, GlObject *s)
{
    Gl_ssize_t n = GlStr_GET_LENGTH(s);
    if (n == 0) {
        return 0;
    }
    Gl_ssize_t room = m->writenl_len == 2 ? 2 * n : n;
    if (room < n || mem_reserve(m, m->pos + room) < 0) {
        if (room < n) {
            GlErr_NoMemory();
        }
        return -1;
    }
    uint32_t *dst = m->buf;
    if (m->pos > m->len) {
        memset(dst + m->len, 0, (size_t)(m->pos - m->len) * sizeof(uint32_t));
    }
    int kind = GlStr_KIND(s);
    const void *data = GlStr_DATA(s);
    Gl_ssize_t o = m->pos;
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ(kind, data, i);
        if (m->readuniversal && (c == '\r' || c == '\n')) {
            if (c == '\n') {
                m->seennl |= GL_SEEN_LF;
            } else if (i + 1 < n && GlStr_READ(kind, data, i + 1) == '\n') {
                m->seennl |= GL_SEEN_CRLF;
                if (!m->readtranslate) {
                    dst[o++] = '\r';   // else "\r\n" -> "\n"
                }
                i++;
                c = '\n';
            } else {
                m->seennl |= GL_SEEN_CR;
                if (m->readtranslate) {
                    c = '\n';
                }
            }
        } else if (c == '\n' && m->writenl_len > 0) {
            dst[o++] = m->writenl[0];
            if (m->writenl_len == 2) {
                dst[o++] = m->writenl[1];
            }
            continue;
        }
        dst[o++] = c;
    }
    m->pos = o;
    if (o > m->len) {
        m->len = o;
    }
    return 0;
}

/* The units [start, end) as a str or bytes. New reference. */
static GlObject *
mem_slice(GlMemIOObject *m, Gl_ssize_t start, Gl_ssize_t end)
{
    if (end > m->len) {
        end = m->len;
    }
    if (start >= end) {
        return mem_is_str(m) ? GlStr_FromString("") : GlBytes_FromStringAndSize("", 0);
    }
    if (mem_is_str(m)) {
        return GlStr_FromKindAndData(4, (uint32_t *)m->buf + start, end - start);
    }
    return GlBytes_FromStringAndSize((char *)m->buf + start, end - start);
}

/* Offset just after the next '\n' from pos (or len), capped by limit units. */
static Gl_ssize_t
mem_line_end(GlMemIOObject *m, Gl_ssize_t limit)
{
    Gl_ssize_t end = m->len;
    if (limit >= 0 && m->pos + limit < end) {
        end = m->pos + limit;
    }
    if (mem_is_str(m)) {
        // As CPython's _PyIO_find_line_ending over [pos, end).
        const uint32_t *b = m->buf;
        if (m->readuniversal && !m->readtranslate) {
            for (Gl_ssize_t i = m->pos; i < end; i++) {
                if (b[i] == '\n') {
                    return i + 1;
                }
                if (b[i] == '\r') {
                    return i + 1 < end && b[i + 1] == '\n' ? i + 2 : i + 1;
                }
            }
            return end;
        }
        uint32_t nl0 = m->readnl_len > 0 ? m->readnl[0] : '\n';
        for (Gl_ssize_t i = m->pos; i < end; i++) {
            if (b[i] == nl0) {
                if (m->readnl_len < 2) {
                    return i + 1;
                }
                if (i + 1 < end && b[i + 1] == m->readnl[1]) {
                    return i + 2;
                }
            }
        }
        return end;
    }
    if (m->pos >= end) {
        return end;
    }
    const char *p = memchr((char *)m->buf + m->pos, '\n', (size_t)(end - m->pos));
    return p != NULL ? (p - (char *)m->buf) + 1 : end;
}

/* ---- methods -------------------------------------------------------------------- */

static GlObject *
mem_read(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    Gl_ssize_t size;
    if (GlArg_CheckPositional("read", nargs, 0, 1) < 0 || GlIO_SizeArg(args, nargs, &size) < 0) {
        return NULL;
    }
    MEM_CHECK(m);
    Gl_ssize_t start = m->pos;
    Gl_ssize_t end = size < 0 || size > m->len - start ? m->len : start + size;
    GlObject *r = mem_slice(m, start, end);
    if (r != NULL && end > m->pos) {
        m->pos = end;
    }
    return r;
}

/* BytesIO.readinto(buffer): copy up to len(buffer) bytes. New reference (int). */
static GlObject *
bytesio_readinto(GlObject *self, GlObject *arg)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    GlBuffer view;
    if (GlObject_GetBuffer(arg, &view, GL_BUF_WRITABLE) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError,
                            "readinto() argument must be read-write bytes-like object, not %.200s",
                            GlObject_TypeName(arg));
    }
    if (m->closed) {
        GlBuffer_Release(&view);
        return GlIO_ErrClosed();
    }
    Gl_ssize_t n = m->len - m->pos;
    n = n < 0 ? 0 : n > view.len ? view.len : n;
    memcpy(view.buf, (char *)m->buf + m->pos, (size_t)n);
    m->pos += n;
    GlBuffer_Release(&view);
    return GlInt_FromSsize_t(n);
}

/* IOBase.fileno: these streams have none. */
static GlObject *
mem_fileno(GlObject *self, GlObject *unused)
{
    return GlIO_ErrUnsupported("fileno");
}

static GlObject *
mem_readline(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    Gl_ssize_t limit;
    if (GlArg_CheckPositional("readline", nargs, 0, 1) < 0 ||
        GlIO_SizeArg(args, nargs, &limit) < 0) {
        return NULL;
    }
    MEM_CHECK(m);
    Gl_ssize_t end = mem_line_end(m, limit);
    GlObject *r = mem_slice(m, m->pos, end);
    if (r != NULL && end > m->pos) {
        m->pos = end;
    }
    return r;
}

static GlObject *
mem_iternext(GlObject *self)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    MEM_CHECK(m);
    if (m->pos >= m->len) {
        return NULL;
    }
    Gl_ssize_t end = mem_line_end(m, -1);
    GlObject *r = mem_slice(m, m->pos, end);
    if (r != NULL) {
        m->pos = end;
    }
    return r;
}

static GlObject *
mem_iter(GlObject *self)
{
    MEM_CHECK((GlMemIOObject *)self);
    return Gl_NewRef(self);
}

static GlObject *
mem_write(GlObject *self, GlObject *data)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    if (mem_is_str(m)) {
        if (!GlStr_Check(data)) {
            return GlErr_Format(GlExc_TypeError, "string argument expected, got '%s'",
                                GlObject_TypeName(data));
        }
        MEM_CHECK(m);
        if (stringio_write_str(m, data) < 0) {
            return NULL;
        }
        return GlInt_FromSsize_t(GlStr_GET_LENGTH(data));
    }
    const char *s;
    Gl_ssize_t n;
    if (GlBytes_AsBuffer(data, &s, &n) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%.100s'",
                            GlObject_TypeName(data));
    }
    MEM_CHECK(m);
    if (mem_check_exports(m) < 0) {
        return NULL;
    }
    if (n > 0 && mem_write_units(m, s, n) < 0) {
        return NULL;
    }
    return GlInt_FromSsize_t(n);
}

static GlObject *
mem_getvalue(GlObject *self, GlObject *unused)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    MEM_CHECK(m);
    return mem_slice(m, 0, m->len);
}

static GlObject *
mem_seek(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    int64_t off;
    int whence;
    if (GlIO_SeekArgs(args, nargs, &off, &whence) < 0) {
        return NULL;
    }
    MEM_CHECK(m);
    if (mem_is_str(m)) {
        if (whence == 0 && off < 0) {
            return GlErr_Format(GlExc_ValueError, "Negative seek position %lld", (long long)off);
        }
        if (whence != 0 && off != 0) {
            return GlErr_SetString(GlExc_OSError, whence == 1
                                   ? "Can't do nonzero cur-relative seeks"
                                   : "Can't do nonzero end-relative seeks");
        }
        m->pos = whence == 0 ? (Gl_ssize_t)off : whence == 1 ? m->pos : m->len;
    } else {
        int64_t base = whence == 0 ? 0 : whence == 1 ? m->pos : m->len;
        if (whence == 0 && off < 0) {
            return GlErr_Format(GlExc_ValueError, "negative seek value %lld", (long long)off);
        }
        m->pos = base + off < 0 ? 0 : (Gl_ssize_t)(base + off);
    }
    return GlInt_FromSsize_t(m->pos);
}

static GlObject *
mem_tell(GlObject *self, GlObject *unused)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    MEM_CHECK(m);
    return GlInt_FromSsize_t(m->pos);
}

static GlObject *
mem_truncate(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    MEM_CHECK(m);
    if (mem_check_exports(m) < 0) {
        return NULL;
    }
    Gl_ssize_t size = m->pos;
    if (nargs > 0 && args[0] != Gl_None) {
        size = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
        if (size == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (size < 0) {
            return GlErr_Format(GlExc_ValueError, "Negative size value %zd", size);
        }
    }
    if (size < m->len) {
        m->len = size;
    }
    return GlInt_FromSsize_t(size);
}

static GlObject *
mem_close(GlObject *self, GlObject *unused)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    if (mem_check_exports(m) < 0) {
        return NULL;
    }
    m->closed = 1;
    GlMem_Free(m->buf);
    m->buf = NULL;
    m->len = m->cap = 0;
    Gl_RETURN_NONE;
}

static GlObject *
mem_true(GlObject *self, GlObject *unused)
{
    MEM_CHECK((GlMemIOObject *)self);
    Gl_RETURN_TRUE;
}

static GlObject *
mem_false(GlObject *self, GlObject *unused)
{
    MEM_CHECK((GlMemIOObject *)self);
    Gl_RETURN_FALSE;
}

static GlObject *
mem_flush(GlObject *self, GlObject *unused)
{
    MEM_CHECK((GlMemIOObject *)self);
    Gl_RETURN_NONE;
}

static GlObject *
mem_get_closed(GlObject *self, void *c)
{
    return GlBool_FromLong(((GlMemIOObject *)self)->closed);
}

/* None (StringIO.encoding, .errors). New reference. */
static GlObject *
mem_get_none(GlObject *self, void *c)
{
    Gl_RETURN_NONE;
}

/* StringIO.newlines: None, or the endings seen in universal modes (a str or a tuple,
 * in CPython's order). New reference. */
static GlObject *
mem_get_newlines(GlObject *self, void *c)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    if (!mem_is_str(m) || !m->readuniversal) {
        Gl_RETURN_NONE;
    }
    return GlIO_SeenNewlines(m->seennl);
}

static GlObject *
mem_get_false(GlObject *self, void *c)
{
    Gl_RETURN_FALSE;
}

/* ---- construction ---------------------------------------------------------------- */

static void
mem_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    Gl_CLEAR(((GlMemIOObject *)self)->dict);
    GlMem_Free(((GlMemIOObject *)self)->buf);
    Gl_TYPE(self)->tp_free(self);
}

static int
mem_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((GlMemIOObject *)self)->dict);
    return 0;
}

static int
mem_clear(GlObject *self)
{
    Gl_CLEAR(((GlMemIOObject *)self)->dict);
    return 0;
}

static GlObject *
mem_repr(GlObject *self)
{
    return GlStr_FromFormat("<%s object at %p>", Gl_TYPE(self)->tp_name, (void *)self);
}

/* StringIO.__init__(initial_value='', newline='\n'): (re)sets the buffer, the
 * position and the newline mode. 0 / -1. */
static int
stringio_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    Gl_ssize_t nargs = args != NULL ? GlTuple_GET_SIZE(args) : 0;
    GlObject *init = nargs > 0 ? GlTuple_GET_ITEM(args, 0) : NULL;
    GlObject *newline = nargs > 1 ? GlTuple_GET_ITEM(args, 1) : NULL;
    if (nargs > 2) {
        GlErr_Format(GlExc_TypeError, "StringIO() takes at most 2 arguments (%zd given)",
                     nargs);
        return -1;
    }
    if (kwds != NULL) {
        GlObject *v = GlDict_GetItemString(kwds, "initial_value");
        init = v != NULL ? v : init;
        v = GlDict_GetItemString(kwds, "newline");
        newline = v != NULL ? v : newline;
    }
    if (init != NULL && init != Gl_None && !GlStr_Check(init)) {
        GlErr_Format(GlExc_TypeError, "initial_value must be str or None, not %.200s",
                     GlObject_TypeName(init));
        return -1;
    }
    if (newline != NULL && newline != Gl_None && !GlStr_Check(newline)) {
        GlErr_Format(GlExc_TypeError, "newline must be str or None, not %.200s",
                     GlObject_TypeName(newline));
        return -1;
    }
    Gl_ssize_t nl = 1;              // the default newline='\n'
    uint32_t c0 = '\n', c1 = 0;
    if (newline != NULL && newline != Gl_None) {
        nl = GlStr_GET_LENGTH(newline);
        c0 = nl > 0 ? GlStr_READ_CHAR(newline, 0) : 0;
        c1 = nl > 1 ? GlStr_READ_CHAR(newline, 1) : 0;
        if (!(nl == 0 || (nl == 1 && (c0 == '\n' || c0 == '\r'))
              || (nl == 2 && c0 == '\r' && c1 == '\n'))) {
            GlErr_Format(GlExc_ValueError, "illegal newline value: %R", newline);
            return -1;
        }
    }
    int is_none = newline == Gl_None;
    m->readnl_len = is_none ? 0 : (char)nl;
    m->readnl[0] = c0;
    m->readnl[1] = c1;
    m->writenl_len = !is_none && c0 == '\r' ? (char)nl : 0;
    m->writenl[0] = c0;
    m->writenl[1] = c1;
    m->readuniversal = is_none || nl == 0;
    m->readtranslate = is_none;
    m->seennl = 0;
    m->closed = 0;
    m->len = m->pos = 0;
    if (init != NULL && init != Gl_None && GlStr_GET_LENGTH(init) > 0) {
        if (stringio_write_str(m, init) < 0) {
            return -1;
        }
        m->pos = 0;
    }
    return 0;
}

/* StringIO.__new__: an empty stream (newline='\n'); __init__ fills it. New
 * reference. */
static GlObject *
stringio_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlMemIOObject *m = (GlMemIOObject *)type->tp_alloc(type, 0);
    if (m == NULL) {
        return NULL;
    }
    m->readnl_len = 1;
    m->readnl[0] = '\n';
    return (GlObject *)m;
}

static GlObject *
bytesio_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    return type->tp_alloc(type, 0);
}

/* BytesIO.__init__(initial_bytes=b''): (re)sets the content, position 0. */
static int
bytesio_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    Gl_ssize_t nargs = args != NULL ? GlTuple_GET_SIZE(args) : 0;
    GlObject *init = nargs > 0 ? GlTuple_GET_ITEM(args, 0) : NULL;
    if (nargs > 1) {
        GlErr_Format(GlExc_TypeError, "BytesIO() takes at most 1 argument (%zd given)", nargs);
        return -1;
    }
    if (kwds != NULL) {
        GlObject *v = GlDict_GetItemString(kwds, "initial_bytes");
        init = v != NULL ? v : init;
    }
    const char *s = NULL;
    Gl_ssize_t n = 0;
    if (init != NULL && init != Gl_None && GlBytes_AsBuffer(init, &s, &n) < 0) {
        GlErr_Clear();
        GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%.100s'",
                     GlObject_TypeName(init));
        return -1;
    }
    m->len = m->pos = 0;   // reset first, as CPython, even when exports refuse the rest
    if (mem_check_exports(m) < 0) {
        return -1;
    }
    if (n > 0 && mem_write_units(m, s, n) < 0) {
        return -1;
    }
    m->pos = 0;
    return 0;
}

/* ---- BytesIO.getbuffer(): a memoryview over the live buffer ---- */

/* The exporter behind the view (CPython's _io._BytesIOBuffer): it keeps the BytesIO
 * alive and counts as one export while the view holds it. */
typedef struct {
    GlObject ob_base;
    GlMemIOObject *source;   // owned
} BytesIOBufferObject;

static void
bytesio_buffer_dealloc(GlObject *self)
{
    Gl_DECREF(((BytesIOBufferObject *)self)->source);
    Gl_TYPE(self)->tp_free(self);
}

static int
bytesio_buffer_get(GlObject *self, GlBuffer *view, int flags)
{
    GlMemIOObject *m = ((BytesIOBufferObject *)self)->source;
    static char empty[1];
    if (GlBuffer_FillInfo(view, self, m->buf != NULL ? m->buf : empty, m->len, 0, flags, "B",
                          1) < 0) {
        return -1;
    }
    m->exports++;
    return 0;
}

static void
bytesio_buffer_release(GlObject *self, GlBuffer *view)
{
    ((BytesIOBufferObject *)self)->source->exports--;
}

static GlBufferProcs bytesio_buffer_procs = {bytesio_buffer_get, bytesio_buffer_release};

GlTypeObject GlBytesIOBuffer_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_io._BytesIOBuffer",
    .tp_basicsize = sizeof(BytesIOBufferObject),
    .tp_dealloc = bytesio_buffer_dealloc,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_as_buffer = &bytesio_buffer_procs,
    .tp_free = GlObject_Free,
};

/* BytesIO.getbuffer(): a read-write memoryview of the content. New reference. */
static GlObject *
bytesio_getbuffer(GlObject *self, GlObject *unused)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    MEM_CHECK(m);
    BytesIOBufferObject *b = (BytesIOBufferObject *)GlObject_New(&GlBytesIOBuffer_Type, 0);
    if (b == NULL) {
        return NULL;
    }
    b->source = (GlMemIOObject *)Gl_NewRef(self);
    GlObject *view = GlObject_CallOneArg((GlObject *)&GlMemoryView_Type, (GlObject *)b);
    Gl_DECREF(b);
    return view;
}

/* The instance __dict__, made on first use. Borrowed; NULL with an exception. */
static GlObject *
mem_dict(GlObject *self)
{
    GlObject **dp = GlObject_GetDictPtr(self);
    if (dp == NULL) {
        GlErr_SetString(GlExc_SystemError, "StringIO/BytesIO without a __dict__");
        return NULL;
    }
    if (*dp == NULL && (*dp = GlDict_New()) == NULL) {
        return NULL;
    }
    return *dp;
}

/* __dict__ getter. New reference. */
static GlObject *
mem_get_dict(GlObject *self, void *c)
{
    return Gl_XNewRef(mem_dict(self));
}

/* A copy of the instance __dict__ when it has been made, else None (as CPython).
 * New reference. */
static GlObject *
mem_state_dict(GlObject *self)
{
    GlObject **dp = GlObject_GetDictPtr(self);
    if (dp == NULL || *dp == NULL) {
        Gl_RETURN_NONE;
    }
    return GlDict_Copy(*dp);
}

/* Add the items of the state's dict d (None: nothing) to the instance __dict__.
 * 0 / -1. */
static int
mem_state_set_dict(GlObject *self, GlObject *d, int str)
{
    if (d == Gl_None) {
        return 0;
    }
    if (!GlDict_Check(d)) {
        GlErr_Format(GlExc_TypeError, "%s item of state should be a dict, got a %.200s",
                     str ? "fourth" : "third", GlObject_TypeName(d));
        return -1;
    }
    GlObject *own = mem_dict(self);
    return own != NULL ? GlDict_Update(own, d) : -1;
}

/* The position item of a state tuple. 0 / -1. */
static int
mem_state_pos(GlObject *item, Gl_ssize_t *pos, int str)
{
    if (!GlInt_Check(item)) {
        GlErr_Format(GlExc_TypeError, str ? "third item of state must be an integer, got %.200s"
                                          : "second item of state must be an integer, not %.200s",
                     GlObject_TypeName(item));
        return -1;
    }
    *pos = GlNumber_AsSsize_t(item, GlExc_OverflowError);
    if (*pos == -1 && GlErr_Occurred()) {
        return -1;
    }
    if (*pos < 0) {
        GlErr_SetString(GlExc_ValueError, "position value cannot be negative");
        return -1;
    }
    return 0;
}

/* StringIO: (value, newline, pos, dict); BytesIO: (value, pos, dict). New reference. */
static GlObject *
mem_getstate(GlObject *self, GlObject *unused)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    MEM_CHECK(m);
    GlObject *value = mem_slice(m, 0, m->len);
    GlObject *pos = GlInt_FromSsize_t(m->pos);
    GlObject *dict = mem_state_dict(self);
    GlObject *nl = NULL;
    if (mem_is_str(m)) {
        nl = m->readtranslate ? Gl_NewRef(Gl_None)
                              : GlStr_FromKindAndData(4, m->readnl, m->readnl_len);
    }
    GlObject *r = NULL;
    if (value != NULL && pos != NULL && dict != NULL && (nl != NULL || !mem_is_str(m))) {
        r = nl != NULL ? GlTuple_Pack(4, value, nl, pos, dict)
                       : GlTuple_Pack(3, value, pos, dict);
    }
    Gl_XDECREF(value);
    Gl_XDECREF(pos);
    Gl_XDECREF(dict);
    Gl_XDECREF(nl);
    return r;
}

static int stringio_init(GlObject *self, GlObject *args, GlObject *kwds);

/* __setstate__(state) of both: the value is taken as is (no newline translation). */
static GlObject *
mem_setstate(GlObject *self, GlObject *state)
{
    GlMemIOObject *m = (GlMemIOObject *)self;
    int str = mem_is_str(m);
    Gl_ssize_t n = str ? 4 : 3;
    if (!GlTuple_Check(state) || GlTuple_GET_SIZE(state) < n) {
        return GlErr_Format(GlExc_TypeError, "%.200s.__setstate__ argument should be "
                            "%zd-tuple, got %.200s", Gl_TYPE(self)->tp_name, n,
                            GlObject_TypeName(state));
    }
    MEM_CHECK(m);
    if (mem_check_exports(m) < 0) {
        return NULL;
    }
    GlObject *value = GlTuple_GET_ITEM(state, 0);
    Gl_ssize_t pos;
    if (str) {
        GlObject *args = GlTuple_Pack(2, value, GlTuple_GET_ITEM(state, 1));
        int r = args != NULL ? stringio_init(self, args, NULL) : -1;
        Gl_XDECREF(args);
        if (r < 0) {
            return NULL;
        }
        m->len = m->pos = 0;
        Gl_ssize_t len = value != Gl_None ? GlStr_GET_LENGTH(value) : 0;
        if (mem_reserve(m, len) < 0) {
            return NULL;
        }
        for (Gl_ssize_t i = 0; i < len; i++) {
            ((uint32_t *)m->buf)[i] = GlStr_READ_CHAR(value, i);
        }
        m->len = len;
    } else {
        const char *data;
        Gl_ssize_t len;
        if (GlBytes_AsBuffer(value, &data, &len) < 0) {
            GlErr_Clear();
            return GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not "
                                "'%.100s'", GlObject_TypeName(value));
        }
        m->len = m->pos = 0;
        if (len > 0 && mem_write_units(m, data, len) < 0) {
            return NULL;
        }
    }
    if (mem_state_pos(GlTuple_GET_ITEM(state, n - 2), &pos, str) < 0
        || mem_state_set_dict(self, GlTuple_GET_ITEM(state, n - 1), str) < 0) {
        return NULL;
    }
    m->pos = pos;
    Gl_RETURN_NONE;
}

#define MEM_METHODS \
    {"__getstate__", GL_FN(mem_getstate), GL_METH_NOARGS, NULL}, \
    {"__setstate__", GL_FN(mem_setstate), GL_METH_O, NULL}, \
    {"read", GL_FN(mem_read), GL_METH_FASTCALL, NULL}, \
    {"read1", GL_FN(mem_read), GL_METH_FASTCALL, NULL}, \
    {"readline", GL_FN(mem_readline), GL_METH_FASTCALL, NULL}, \
    {"readlines", GL_FN(GlIO_ReadLines), GL_METH_FASTCALL, NULL}, \
    {"write", GL_FN(mem_write), GL_METH_O, NULL}, \
    {"writelines", GL_FN(GlIO_WriteLines), GL_METH_O, NULL}, \
    {"getvalue", GL_FN(mem_getvalue), GL_METH_NOARGS, NULL}, \
    {"seek", GL_FN(mem_seek), GL_METH_FASTCALL, NULL}, \
    {"tell", GL_FN(mem_tell), GL_METH_NOARGS, NULL}, \
    {"truncate", GL_FN(mem_truncate), GL_METH_FASTCALL, NULL}, \
    {"close", GL_FN(mem_close), GL_METH_NOARGS, NULL}, \
    {"flush", GL_FN(mem_flush), GL_METH_NOARGS, NULL}, \
    {"readable", GL_FN(mem_true), GL_METH_NOARGS, NULL}, \
    {"writable", GL_FN(mem_true), GL_METH_NOARGS, NULL}, \
    {"seekable", GL_FN(mem_true), GL_METH_NOARGS, NULL}, \
    {"isatty", GL_FN(mem_false), GL_METH_NOARGS, NULL}, \
    {"fileno", GL_FN(mem_fileno), GL_METH_NOARGS, NULL}, \
    {"__enter__", GL_FN(GlIO_Enter), GL_METH_NOARGS, NULL}, \
    {"__exit__", GL_FN(GlIO_Exit), GL_METH_FASTCALL, NULL}

static GlMethodDef mem_methods[] = {
    MEM_METHODS,
    {NULL, NULL, 0, NULL},
};

/* BytesIO adds readinto to the shared methods. */
static GlMethodDef bytesio_methods[] = {
    MEM_METHODS,
    {"readinto", GL_FN(bytesio_readinto), GL_METH_O, NULL},
    {"getbuffer", GL_FN(bytesio_getbuffer), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlGetSetDef mem_getset[] = {
    {"closed", mem_get_closed, NULL, NULL, NULL},
    {"__dict__", mem_get_dict, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GlGetSetDef stringio_getset[] = {
    {"closed", mem_get_closed, NULL, NULL, NULL},
    {"__dict__", mem_get_dict, NULL, NULL, NULL},
    {"newlines", mem_get_newlines, NULL, NULL, NULL},
    {"line_buffering", mem_get_false, NULL, NULL, NULL},
    {"encoding", mem_get_none, NULL, NULL, NULL},
    {"errors", mem_get_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlStringIO_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_io.StringIO",
    .tp_basicsize = sizeof(GlMemIOObject),
    .tp_dealloc = mem_dealloc,
    .tp_repr = mem_repr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_traverse = mem_traverse,
    .tp_clear = mem_clear,
    .tp_dictoffset = offsetof(GlMemIOObject, dict),
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_doc = "Text I/O implementation using an in-memory buffer.",
    .tp_iter = mem_iter,
    .tp_iternext = mem_iternext,
    .tp_methods = mem_methods,
    .tp_getset = stringio_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_init = stringio_init,
    .tp_new = stringio_new,
    .tp_free = GlObject_GC_Del,
};

GlTypeObject GlBytesIO_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_io.BytesIO",
    .tp_basicsize = sizeof(GlMemIOObject),
    .tp_dealloc = mem_dealloc,
    .tp_repr = mem_repr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_traverse = mem_traverse,
    .tp_clear = mem_clear,
    .tp_dictoffset = offsetof(GlMemIOObject, dict),
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .tp_iter = mem_iter,
    .tp_iternext = mem_iternext,
    .tp_methods = bytesio_methods,
    .tp_getset = mem_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_init = bytesio_init,
    .tp_new = bytesio_new,
    .tp_free = GlObject_GC_Del,
};
