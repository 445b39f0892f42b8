/* textio.c - io.TextIOWrapper: text over a binary stream (UTF-8, Latin-1, ASCII or a
 * one-byte charmap such as cp1252),
 * with universal newlines on read and newline translation on write; and the
 * GlFile_* helpers print() and the runtime use to write to any file object.
 *
 * Invariants (layout in io_internal.h):
 * - Read-ahead bytes rbuf[rpos..rend) were taken from the buffer but not yet
 *   returned; tell() subtracts them and any write first seeks back over them.
 * - All supported codecs keep '\r' and '\n' as single bytes that never occur inside
 *   a multi-byte sequence, so line splitting and newline translation work on bytes.
 * - When `fast` is set the buffer is one of our Buffered objects; while it is open
 *   over an exact FileIO (text_fast) reads/writes go to it in C, otherwise through
 *   its read1()/read()/write()/flush() methods.
 * Messages as CPython 3.11: "write() argument must be str, not int",
 * "not readable", "not writable", "can't do nonzero cur-relative seeks".
 */
#include <ctype.h>
#include "io_internal.h"

/* Interned method names, made on first use and kept for the run. */
static GlObject *
io_name(const char *name)
{
    static const char *names[16];
    static GlObject *objs[16];
    for (int i = 0; i < 16; i++) {
        if (names[i] != NULL && strcmp(names[i], name) == 0) {
            return objs[i];
        }
        if (names[i] == NULL) {
            objs[i] = GlStr_InternFromString(name);
            if (objs[i] != NULL) {
                names[i] = name;
            }
            return objs[i];
        }
    }
    return GlStr_InternFromString(name);   // not reached with the names used here
}

/* The buffer when it is one of our Buffered types, initialized, open and over an exact
 * FileIO: then the C calls run no Python code. Else NULL. Borrowed. */
static inline GlBufferedObject *
text_fast(GlTextIOObject *t)
{
    GlBufferedObject *b = t->fast;
    return b != NULL && b->ok && b->buffer != NULL && GlBuffered_FileIO(b) != NULL ? b : NULL;
}

/* ---- construction ---------------------------------------------------------------- */

/* The GL_CODEC_* of encoding name enc: the codecs whose '\r' and '\n' are single bytes
 * never found inside a multi-byte sequence (utf-8, latin-1, ascii, the one-byte charmaps). */
static int
codec_of(const char *enc)
{
    const char *name = GlStr_CodecCanonicalName(enc);
    if (name == NULL) {
        return GL_CODEC_OTHER;
    }
    if (strcmp(name, "utf-8") == 0 || strcmp(name, "utf-8-sig") == 0) {
        return GL_CODEC_UTF8;
    }
    if (strcmp(name, "iso8859-1") == 0) {
        return GL_CODEC_LATIN1;
    }
    if (strcmp(name, "ascii") == 0) {
        return GL_CODEC_ASCII;
    }
    static const char *const charmaps[] = {"cp1252", "iso8859-15", "cp437", "iso8859-2",
                                           "mac-roman", "cp850"};
    for (size_t i = 0; i < sizeof(charmaps) / sizeof(charmaps[0]); i++) {
        if (strcmp(name, charmaps[i]) == 0) {
            return GL_CODEC_CHARMAP;
        }
    }
    return GL_CODEC_OTHER;
}

/* utf-8-sig is utf-8 with a byte-order mark at the start of the stream: skipped when
 * read there, written before the first text (CPython's utf_8_sig codec state). */
static void
text_set_sig(GlTextIOObject *t, const char *enc)
{
    const char *name = GlStr_CodecCanonicalName(enc);
    t->sig = name != NULL && strcmp(name, "utf-8-sig") == 0;
    t->sig_read = t->sig_write = t->sig;
    if (t->sig) {
        t->codec = GL_CODEC_UTF8;
    }
}

/* The codec name to hand to GlStr_Encode / GlStr_Decode for t (borrowed C string, or
 * NULL with an exception). */
static const char *
text_codec_name(GlTextIOObject *t)
{
    return t->codec == GL_CODEC_UTF8 ? "utf-8" : t->codec == GL_CODEC_LATIN1 ? "latin-1"
         : t->codec == GL_CODEC_ASCII ? "ascii" : GlStr_AsUTF8(t->encoding);
}

/* Apply a newline argument (NULL/None, '', '\n', '\r', '\r\n'). 0 / -1. */
static int
text_set_newline(GlTextIOObject *t, GlObject *newline)
{
    const char *nl = NULL;
    if (newline != NULL && newline != Gl_None) {
        if (!GlStr_Check(newline)) {
            GlErr_Format(GlExc_TypeError, "TextIOWrapper() argument 'newline' must be str or "
                         "None, not %.200s", GlObject_TypeName(newline));
            return -1;
        }
        nl = GlStr_AsUTF8(newline);
        if (nl == NULL) {
            return -1;
        }
        if (strcmp(nl, "") != 0 && strcmp(nl, "\n") != 0 && strcmp(nl, "\r") != 0 &&
            strcmp(nl, "\r\n") != 0) {
            GlErr_Format(GlExc_ValueError, "illegal newline value: %s", nl);
            return -1;
        }
    }
    t->readuniversal = nl == NULL || nl[0] == '\0';
    t->readtranslate = nl == NULL;
    t->writetranslate = nl != NULL && nl[0] != '\0' && strcmp(nl, "\n") != 0;
    t->writenl = t->writetranslate ? (strcmp(nl, "\r") == 0 ? "\r" : "\r\n") : NULL;
    Gl_XSETREF(t->newline, Gl_NewRef(newline != NULL ? newline : Gl_None));
    return 0;
}

static int
text_init(GlTextIOObject *t, GlObject *buffer, const char *encoding, const char *errors,
          GlObject *newline, int line_buffering, int write_through)
{
    if (encoding == NULL) {
        encoding = "UTF-8";
    }
    t->codec = codec_of(encoding);
    text_set_sig(t, encoding);
    if (t->codec == GL_CODEC_OTHER) {
        GlErr_Format(GlExc_LookupError, "unknown encoding: %s", encoding);
        return -1;
    }
    Gl_XSETREF(t->encoding, GlStr_FromString(encoding));
    Gl_XSETREF(t->errors, GlStr_FromString(errors != NULL ? errors : "strict"));
    if (t->encoding == NULL || t->errors == NULL || text_set_newline(t, newline) < 0) {
        return -1;
    }
    Gl_XSETREF(t->buffer, Gl_NewRef(buffer));
    GlTypeObject *bt = Gl_TYPE(buffer);
    t->fast = (bt == &GlBufferedReader_Type || bt == &GlBufferedWriter_Type ||
               bt == &GlBufferedRandom_Type) ? (GlBufferedObject *)buffer : NULL;
    t->line_buffering = (char)line_buffering;
    t->write_through = (char)write_through;
    if (text_fast(t) == NULL && !t->sig) {
        /* CPython asks a seekable, writable buffer for its position (to reset the
         * encoder); the buffer sees these calls. */
        int ask = 1;
        for (int i = 0; i < 2 && ask == 1; i++) {
            GlObject *r = GlObject_CallMethodObjArgs(buffer, io_name(i ? "writable" : "seekable"),
                                                     NULL);   // PYTHON CODE
            if (r == NULL) {
                return -1;
            }
            ask = GlObject_IsTrue(r);
            Gl_DECREF(r);
        }
        GlObject *pos = ask == 1 ? GlObject_CallMethodObjArgs(buffer, io_name("tell"), NULL)
                                 : NULL;   // PYTHON CODE
        if (ask < 0 || (ask == 1 && pos == NULL)) {
            return -1;
        }
        Gl_XDECREF(pos);
    }
    if (t->sig) {
        /* Opened past the start (append): no BOM is written, as CPython. */
        GlObject *pos = GlObject_CallMethodObjArgs(buffer, io_name("tell"), NULL);
        if (pos == NULL) {
            GlErr_Clear();
        } else {
            if (GlInt_Check(pos) && GlObject_IsTrue(pos) > 0) {
                t->sig_write = 0;
            }
            Gl_DECREF(pos);
        }
    }
    t->rpos = t->rend = 0;
    t->eof = 0;
    t->detached = 0;
    return 0;
}

GlObject *
GlTextIO_New(GlObject *buffer, const char *encoding, const char *errors, GlObject *newline,
             int line_buffering, int write_through)
{
    GlTextIOObject *t = (GlTextIOObject *)GlTextIOWrapper_Type.tp_alloc(&GlTextIOWrapper_Type, 0);
    if (t == NULL) {
        return NULL;
    }
    if (text_init(t, buffer, encoding, errors, newline, line_buffering, write_through) < 0) {
        Gl_DECREF(t);
        return NULL;
    }
    return (GlObject *)t;
}

/* ---- state checks ------------------------------------------------------------------ */

static int
text_is_closed(GlTextIOObject *t)
{
    if (text_fast(t) != NULL) {
        return GlBuffered_IsClosed(text_fast(t));
    }
    GlObject *c = GlObject_GetAttrString(t->buffer, "closed");
    if (c == NULL) {
        return -1;
    }
    int r = GlObject_IsTrue(c);
    Gl_DECREF(c);
    return r;
}

/* 0 when usable, -1 with ValueError when detached or closed. */
static int
text_check(GlTextIOObject *t)
{
    if (t->detached || t->buffer == NULL) {
        GlErr_SetString(GlExc_ValueError, "underlying buffer has been detached");
        return -1;
    }
    int c = text_is_closed(t);
    if (c != 0) {
        if (c > 0) {
            GlIO_ErrClosed();
        }
        return -1;
    }
    return 0;
}

static int
text_check_readable(GlTextIOObject *t)
{
    if (text_check(t) < 0) {
        return -1;
    }
    if (text_fast(t) != NULL && !(t->fast->readable && GlBuffered_FileIO(text_fast(t))->readable)) {
        GlIO_ErrUnsupported("not readable");
        return -1;
    }
    return 0;
}

static int
text_check_writable(GlTextIOObject *t)
{
    if (text_check(t) < 0) {
        return -1;
    }
    if (text_fast(t) != NULL && !(t->fast->writable && GlBuffered_FileIO(text_fast(t))->writable)) {
        GlIO_ErrUnsupported("not writable");
        return -1;
    }
    return 0;
}

/* ---- reading ---------------------------------------------------------------------- */

/* Universal modes: note the line endings of n bytes just read (n == 0: EOF), as
 * CPython's decoder does for each chunk: a final '\r' waits for the next chunk. */
static void
text_note_newlines(GlTextIOObject *t, const char *s, Gl_ssize_t n)
{
    if (!t->readuniversal) {
        return;
    }
    Gl_ssize_t i = 0;
    if (t->pendingcr) {
        t->pendingcr = 0;
        if (n > 0 && s[0] == '\n') {
            t->seennl |= GL_SEEN_CRLF;
            i = 1;
        } else {
            t->seennl |= GL_SEEN_CR;
        }
    }
    for (; i < n; i++) {
        if (s[i] == '\n') {
            t->seennl |= GL_SEEN_LF;
        } else if (s[i] == '\r') {
            if (i + 1 == n) {
                t->pendingcr = 1;
            } else if (s[i + 1] == '\n') {
                t->seennl |= GL_SEEN_CRLF;
                i++;
            } else {
                t->seennl |= GL_SEEN_CR;
            }
        }
    }
}

/* Append more bytes from the buffer to rbuf: one read1() (or read(8192)), or with
 * `all` (a buffer that is not text_fast) one read() to EOF. Returns bytes added, 0 at
 * EOF, -1. */
static Gl_ssize_t
text_fill_impl(GlTextIOObject *t, int all)
{
    if (t->rpos > 0) {
        memmove(t->rbuf, t->rbuf + t->rpos, (size_t)(t->rend - t->rpos));
        t->rend -= t->rpos;
        t->rpos = 0;
    }
    if (t->rcap - t->rend < GL_IO_DEFAULT_BUFFER_SIZE) {
        Gl_ssize_t ncap = t->rcap * 2 > t->rend + GL_IO_DEFAULT_BUFFER_SIZE
                              ? t->rcap * 2 : t->rend + GL_IO_DEFAULT_BUFFER_SIZE;
        char *nb = GlMem_Realloc(t->rbuf, (size_t)ncap);
        if (nb == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        t->rbuf = nb;
        t->rcap = ncap;
    }
    Gl_ssize_t n;
    if (text_fast(t) != NULL) {
        n = GlBuffered_ReadSome(text_fast(t), t->rbuf + t->rend, t->rcap - t->rend);
        if (n < 0) {
            return -1;
        }
    } else {
        GlObject *b;
        if (all) {
            /* read() to EOF: one buffer.read() call, as CPython. */
            b = GlObject_CallMethodObjArgs(t->buffer, GL_ID(read), NULL);   // PYTHON CODE
        } else {
            GlObject *sz = GlInt_FromSsize_t(GL_IO_DEFAULT_BUFFER_SIZE);
            if (sz == NULL) {
                return -1;
            }
            GlObject *meth = io_name(GlObject_HasAttr(t->buffer, io_name("read1")) ? "read1"
                                                                                   : "read");
            b = meth != NULL ? GlObject_CallMethodObjArgs(t->buffer, meth, sz, NULL) : NULL;
            Gl_DECREF(sz);
        }
        if (b == NULL) {
            return -1;
        }
        const char *s;
        if (GlBytes_AsBuffer(b, &s, &n) < 0) {
            Gl_DECREF(b);
            return -1;
        }
        if (n > t->rcap - t->rend) {
            char *nb = all ? GlMem_Realloc(t->rbuf, (size_t)(t->rend + n)) : NULL;
            if (nb != NULL) {
                t->rbuf = nb;
                t->rcap = t->rend + n;
            }
        }
        if (n > t->rcap - t->rend) {
            n = t->rcap - t->rend;
        }
        memcpy(t->rbuf + t->rend, s, (size_t)n);
        Gl_DECREF(b);
    }
    if (t->sig_read && n > 0) {
        /* The first bytes of the stream: drop a BOM (a split one is a rare corner). */
        t->sig_read = 0;
        t->sig_write = 0;
        if (n >= 3 && memcmp(t->rbuf + t->rend, "\xef\xbb\xbf", 3) == 0) {
            memmove(t->rbuf + t->rend, t->rbuf + t->rend + 3, (size_t)(n - 3));
            n -= 3;   // tell() still counts them: the buffer position is past them
        }
    }
    text_note_newlines(t, t->rbuf + t->rend, n);
    t->rend += n;
    t->eof = n == 0;
    return n;
}

/* Append more bytes from the buffer to rbuf (one read1()). Returns bytes added, 0 at
 * EOF, -1. */
static Gl_ssize_t
text_fill(GlTextIOObject *t)
{
    return text_fill_impl(t, 0);
}

/* Translate "\r\n" and "\r" to "\n" in place; returns the new length. */
static Gl_ssize_t
translate_newlines(char *s, Gl_ssize_t n)
{
    if (memchr(s, '\r', (size_t)n) == NULL) {
        return n;
    }
    Gl_ssize_t o = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            s[o++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n') {
                i++;
            }
        } else {
            s[o++] = s[i];
        }
    }
    return o;
}

/* Decode bytes (translated when needed). New str. */
static GlObject *
text_decode(GlTextIOObject *t, char *s, Gl_ssize_t n)
{
    if (t->readtranslate) {
        n = translate_newlines(s, n);
    }
    const char *errors = GlStr_AsUTF8(t->errors);
    if (errors == NULL) {
        return NULL;
    }
    if (t->codec == GL_CODEC_UTF8 && strcmp(errors, "strict") == 0) {
        return GlStr_FromStringAndSize(s, n);
    }
    const char *name = text_codec_name(t);
    return name == NULL ? NULL : GlStr_Decode(s, n, name, errors);
}

/* Take rbuf[rpos..rpos+n) as text. New str. */
static GlObject *
text_take(GlTextIOObject *t, Gl_ssize_t n)
{
    char *s = t->rbuf + t->rpos;
    t->rpos += n;
    return text_decode(t, s, n);
}

/* End of the first line in rbuf[rpos..rend) (offset after its terminator), or -1 when
 * the pending bytes hold no complete line yet (more data is needed). */
static Gl_ssize_t
text_find_eol(GlTextIOObject *t, Gl_ssize_t from)
{
    char *base = t->rbuf + t->rpos;
    Gl_ssize_t n = t->rend - t->rpos;
    if (t->readuniversal) {
        for (Gl_ssize_t i = from; i < n; i++) {
            if (base[i] == '\n') {
                return i + 1;
            }
            if (base[i] == '\r') {
                if (i + 1 < n) {
                    return base[i + 1] == '\n' ? i + 2 : i + 1;
                }
                return t->eof ? i + 1 : -1;   // need the next byte to decide
            }
        }
        return -1;
    }
    const char *nl = GlStr_AsUTF8(t->newline);
    if (base == NULL || n <= from) {
        return -1;
    }
    if (nl[1] == '\0') {
        char *p = memchr(base + from, nl[0], (size_t)(n - from));
        return p != NULL ? (p - base) + 1 : -1;
    }
    char *p = memmem(base + from, (size_t)(n - from), "\r\n", 2);
    return p != NULL ? (p - base) + 2 : -1;
}

/* Scan at most `limit` characters of rbuf[rpos..rpos+n): returns the bytes they
 * take; *chars gets their count and *complete whether the last one is whole (a
 * UTF-8 sequence cut by the end of the data, or a '\r' that may start "\r\n" when
 * translating, is not). */
static Gl_ssize_t
text_scan_chars(GlTextIOObject *t, Gl_ssize_t n, Gl_ssize_t limit, Gl_ssize_t *chars,
                int *complete)
{
    const unsigned char *s = (const unsigned char *)t->rbuf + t->rpos;
    Gl_ssize_t i = 0, c = 0;
    *complete = 1;
    while (i < n && c < limit) {
        unsigned char b = s[i];
        if (b == '\r' && t->readtranslate) {
            if (i + 1 < n) {
                i += s[i + 1] == '\n' ? 2 : 1;
            } else if (t->eof) {
                i++;
            } else {
                *complete = 0;
                break;
            }
            c++;
            continue;
        }
        Gl_ssize_t len = 1;
        if (t->codec == GL_CODEC_UTF8 && b >= 0xC0) {
            len = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        }
        if (i + len > n) {
            *complete = t->eof;
            i = t->eof ? n : i;
            c += t->eof;
            break;
        }
        i += len;
        c++;
    }
    *chars = c;
    return i;
}

static GlObject *
text_readline_impl(GlTextIOObject *t, Gl_ssize_t limit)
{
    Gl_ssize_t scanned = 0;
    t->eof = 0;
    for (;;) {
        Gl_ssize_t pending = t->rend - t->rpos;
        Gl_ssize_t eol = text_find_eol(t, scanned);
        Gl_ssize_t span = eol >= 0 ? eol : pending;
        if (limit >= 0) {
            Gl_ssize_t chars;
            int complete;
            Gl_ssize_t lim = text_scan_chars(t, span, limit, &chars, &complete);
            if (chars >= limit && complete) {
                return text_take(t, lim);
            }
        }
        if (eol >= 0) {
            return text_take(t, eol);
        }
        if (t->eof) {
            return text_take(t, pending);
        }
        scanned = pending > 0 && t->rbuf[t->rend - 1] == '\r' ? pending - 1 : pending;
        if (text_fill(t) < 0) {
            return NULL;
        }
    }
}

static GlObject *
text_readline(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    Gl_ssize_t limit;
    if (GlArg_CheckPositional("readline", nargs, 0, 1) < 0 ||
        GlIO_SizeArg(args, nargs, &limit) < 0 || text_check_readable(t) < 0) {
        return NULL;
    }
    if (text_fast(t) != NULL && GlBuffered_FlushWrites(text_fast(t)) < 0) {
        return NULL;
    }
    return text_readline_impl(t, limit);
}

static GlObject *
text_iternext(GlObject *self)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (text_check_readable(t) < 0) {
        return NULL;
    }
    GlObject *line = text_readline_impl(t, -1);
    if (line != NULL && GlStr_GET_LENGTH(line) == 0) {
        Gl_CLEAR(line);
    }
    return line;
}

static GlObject *
text_read(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    Gl_ssize_t size;
    if (GlArg_CheckPositional("read", nargs, 0, 1) < 0 ||
        GlIO_SizeArg(args, nargs, &size) < 0 || text_check_readable(t) < 0) {
        return NULL;
    }
    if (text_fast(t) != NULL && GlBuffered_FlushWrites(text_fast(t)) < 0) {
        return NULL;
    }
    t->eof = 0;
    if (size < 0) {
        Gl_ssize_t r;
        if (text_fast(t) == NULL) {
            r = text_fill_impl(t, 1);
            if (r > 0) {
                text_note_newlines(t, NULL, 0);   // EOF: a final '\r' is a line end
                t->eof = 1;
            }
        } else {
            do {
                r = text_fill(t);
            } while (r > 0);
        }
        return r < 0 ? NULL : text_take(t, t->rend - t->rpos);
    }
    for (;;) {
        Gl_ssize_t chars;
        int complete;
        Gl_ssize_t nb = text_scan_chars(t, t->rend - t->rpos, size, &chars, &complete);
        if ((chars >= size && complete) || t->eof) {
            return text_take(t, nb);
        }
        if (text_fill(t) < 0) {
            return NULL;
        }
    }
}

/* ---- writing ----------------------------------------------------------------------- */

/* Throw away read-ahead bytes, moving the buffer back to the logical position. */
static int
text_drop_readahead(GlTextIOObject *t)
{
    Gl_ssize_t unread = t->rend - t->rpos;
    t->rpos = t->rend = 0;
    t->eof = 0;
    if (unread == 0) {
        return 0;
    }
    if (text_fast(t) != NULL) {
        int64_t pos = GlBuffered_Tell(text_fast(t));
        return pos < 0 || GlBuffered_Seek(text_fast(t), pos - unread, 0) < 0 ? -1 : 0;
    }
    GlObject *off = GlInt_FromSsize_t(-unread);
    GlObject *one = GlInt_FromLong(1);
    GlObject *r = off != NULL && one != NULL
                      ? GlObject_CallMethodObjArgs(t->buffer, io_name("seek"),
                                                   off, one, NULL) : NULL;
    Gl_XDECREF(off);
    Gl_XDECREF(one);
    Gl_XDECREF(r);
    return r != NULL ? 0 : -1;
}

/* Send encoded bytes to the buffer, honouring newline translation and flushing. */
static int text_write_raw(GlTextIOObject *t, const char *s, Gl_ssize_t n, int has_nl);

static int
text_write_bytes(GlTextIOObject *t, const char *s, Gl_ssize_t n, int has_nl)
{
    if (t->sig_write && n > 0) {
        t->sig_write = 0;
        t->sig_read = 0;
        if (text_write_raw(t, "\xef\xbb\xbf", 3, 0) < 0) {
            return -1;
        }
    }
    return text_write_raw(t, s, n, has_nl);
}

static int
text_write_raw(GlTextIOObject *t, const char *s, Gl_ssize_t n, int has_nl)
{
    char *tmp = NULL;
    if (t->writetranslate && has_nl) {
        size_t nll = strlen(t->writenl);
        tmp = GlMem_Malloc((size_t)n * nll + 1);
        if (tmp == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        Gl_ssize_t o = 0;
        for (Gl_ssize_t i = 0; i < n; i++) {
            if (s[i] == '\n') {
                memcpy(tmp + o, t->writenl, nll);
                o += (Gl_ssize_t)nll;
            } else {
                tmp[o++] = s[i];
            }
        }
        s = tmp;
        n = o;
    }
    int r = 0;
    if (text_fast(t) != NULL) {
        r = GlBuffered_Write(text_fast(t), s, n) < 0 ? -1 : 0;
        if (r == 0 && (t->write_through || (t->line_buffering && has_nl))) {
            r = GlBuffered_FlushAndRewind(text_fast(t));
        }
    } else {
        GlObject *b = GlBytes_FromStringAndSize(s, n);
        GlObject *res = b != NULL ? GlObject_CallMethodObjArgs(t->buffer, GL_ID(write), b, NULL)
                                  : NULL;
        Gl_XDECREF(b);
        r = res != NULL ? 0 : -1;
        Gl_XDECREF(res);
        if (r == 0 && (t->write_through || (t->line_buffering && has_nl))) {
            res = GlObject_CallMethodObjArgs(t->buffer, GL_ID(flush), NULL);
            r = res != NULL ? 0 : -1;
            Gl_XDECREF(res);
        }
    }
    GlMem_Free(tmp);
    return r;
}

/* Write the str s (exact or subclass) to t. 0 / -1. */
static int
text_write_str(GlTextIOObject *t, GlObject *s)
{
    /* As CPython: pending decoded text is dropped, the buffer is not rewound (a
     * write after a read lands where the buffer's read-ahead ended). */
    t->rpos = t->rend = 0;
    Gl_ssize_t n;
    const char *data = NULL;
    GlObject *enc = NULL;
    int ascii = ((GlStrObject *)s)->ascii;
    if (ascii || t->codec == GL_CODEC_UTF8) {
        data = GlStr_AsUTF8AndSize(s, &n);
        if (data == NULL) {
            const char *errors = GlStr_AsUTF8(t->errors);
            if (errors == NULL || strcmp(errors, "strict") == 0) {
                return -1;
            }
            GlErr_Clear();
        }
    }
    if (data == NULL) {
        const char *errors = GlStr_AsUTF8(t->errors);
        if (errors == NULL) {
            return -1;
        }
        const char *name = text_codec_name(t);
        enc = name == NULL ? NULL : GlStr_Encode(s, name, errors);
        if (enc == NULL) {
            return -1;
        }
        data = GlBytes_AS_STRING(enc);
        n = Gl_SIZE(enc);
    }
    int has_nl = memchr(data, '\n', (size_t)n) != NULL ||
                 (t->line_buffering && memchr(data, '\r', (size_t)n) != NULL);
    int r = text_write_bytes(t, data, n, has_nl);
    Gl_XDECREF(enc);
    return r;
}

static GlObject *
text_write(GlObject *self, GlObject *s)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (!GlStr_Check(s)) {
        return GlErr_Format(GlExc_TypeError, "write() argument must be str, not %.100s",
                            GlObject_TypeName(s));
    }
    if (text_check_writable(t) < 0 || text_write_str(t, s) < 0) {
        return NULL;
    }
    return GlInt_FromSsize_t(GlStr_GET_LENGTH(s));
}

static int
text_flush_impl(GlTextIOObject *t)
{
    GlBufferedObject *fast = text_fast(t);
    if (fast != NULL) {
        /* A BufferedReader's flush only flushes its raw stream (nothing for a FileIO):
         * no rewind, which would fail on a pipe. Writable buffers flush and rewind. */
        return fast->writable ? GlBuffered_FlushAndRewind(fast) : 0;
    }
    GlObject *r = GlObject_CallMethodObjArgs(t->buffer, GL_ID(flush), NULL);
    Gl_XDECREF(r);
    return r != NULL ? 0 : -1;
}

static GlObject *
text_flush(GlObject *self, GlObject *unused)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (text_check(t) < 0 || text_flush_impl(t) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

/* ---- GlFile_* helpers ------------------------------------------------------------- */

/* 1 if file is a plain TextIOWrapper we can write to in C right now. */
static inline int
text_fast_writable(GlObject *file)
{
    if (Gl_TYPE(file) != &GlTextIOWrapper_Type) {
        return 0;
    }
    GlTextIOObject *t = (GlTextIOObject *)file;
    GlBufferedObject *b = text_fast(t);
    return b != NULL && !t->detached && GlBuffered_FileIO(b)->fd >= 0 && b->writable &&
           GlBuffered_FileIO(b)->writable && t->rend == t->rpos;
}

int
GlFile_WriteObject(GlObject *obj, GlObject *file, int raw)
{
    if (text_fast_writable(file)) {
        GlTextIOObject *t = (GlTextIOObject *)file;
        if (raw && GlStr_CheckExact(obj)) {
            return text_write_str(t, obj);
        }
        if (GlInt_CheckExact(obj) && GlInt_IS_SMALL(obj) && !t->writetranslate) {
            char buf[32];
            int n = snprintf(buf, sizeof(buf), "%lld", (long long)((GlIntObject *)obj)->small);
            return text_write_bytes(t, buf, n, 0);
        }
        if (GlFloat_CheckExact(obj) && !t->writetranslate) {
            char buf[64];
            GlFloat_ReprBuf(GlFloat_AS_DOUBLE(obj), buf, sizeof(buf));
            return text_write_bytes(t, buf, (Gl_ssize_t)strlen(buf), 0);
        }
        GlObject *s = raw ? GlObject_Str(obj) : GlObject_Repr(obj);
        if (s == NULL) {
            return -1;
        }
        /* str() may have run Python code that closed or replaced the file. */
        int r = text_fast_writable(file) ? text_write_str(t, s) : -2;
        if (r == -2) {
            GlObject *res = GlObject_CallMethodObjArgs(file, GL_ID(write), s, NULL);
            r = res != NULL ? 0 : -1;
            Gl_XDECREF(res);
        }
        Gl_DECREF(s);
        return r;
    }
    GlObject *s = raw ? GlObject_Str(obj) : GlObject_Repr(obj);
    if (s == NULL) {
        return -1;
    }
    GlObject *res = GlObject_CallMethodObjArgs(file, GL_ID(write), s, NULL);
    Gl_DECREF(s);
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

int
GlFile_WriteString(const char *s, GlObject *file)
{
    if (text_fast_writable(file)) {
        GlTextIOObject *t = (GlTextIOObject *)file;
        Gl_ssize_t n = (Gl_ssize_t)strlen(s);
        if (t->codec == GL_CODEC_UTF8) {
            return text_write_bytes(t, s, n, memchr(s, '\n', (size_t)n) != NULL);
        }
    }
    GlObject *str = GlStr_FromString(s);
    if (str == NULL) {
        return -1;
    }
    int r = GlFile_WriteObject(str, file, 1);
    Gl_DECREF(str);
    return r;
}

int
GlFile_Flush(GlObject *file)
{
    if (Gl_TYPE(file) == &GlTextIOWrapper_Type && text_fast((GlTextIOObject *)file) != NULL) {
        GlTextIOObject *t = (GlTextIOObject *)file;
        if (text_check(t) < 0) {
            return -1;
        }
        return GlBuffered_FlushAndRewind(text_fast(t));
    }
    GlObject *r = GlObject_CallMethodObjArgs(file, GL_ID(flush), NULL);
    Gl_XDECREF(r);
    return r != NULL ? 0 : -1;
}

/* ---- positioning ------------------------------------------------------------------ */

static int64_t
text_tell_impl(GlTextIOObject *t)
{
    if (text_flush_impl(t) < 0) {
        return -1;
    }
    int64_t pos;
    if (text_fast(t) != NULL) {
        pos = GlBuffered_Tell(text_fast(t));
    } else {
        GlObject *r = GlObject_CallMethodObjArgs(t->buffer, io_name("tell"), NULL);
        if (r == NULL) {
            return -1;
        }
        pos = GlInt_AsInt64(r);
        Gl_DECREF(r);
    }
    return pos < 0 ? pos : pos - (t->rend - t->rpos);
}

static GlObject *
text_tell(GlObject *self, GlObject *unused)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (text_check(t) < 0) {
        return NULL;
    }
    int64_t pos = text_tell_impl(t);
    return pos < 0 && GlErr_Occurred() ? NULL : GlInt_FromInt64(pos);
}

static int64_t
text_seek_buffer(GlTextIOObject *t, int64_t off, int whence)
{
    t->rpos = t->rend = 0;
    t->eof = 0;
    if (text_fast(t) != NULL) {
        return GlBuffered_Seek(text_fast(t), off, whence);
    }
    GlObject *o = GlInt_FromInt64(off), *w = GlInt_FromLong(whence);
    GlObject *r = o != NULL && w != NULL
                      ? GlObject_CallMethodObjArgs(t->buffer, io_name("seek"), o,
                                                   w, NULL) : NULL;
    Gl_XDECREF(o);
    Gl_XDECREF(w);
    if (r == NULL) {
        return -1;
    }
    int64_t pos = GlInt_AsInt64(r);
    Gl_DECREF(r);
    return pos;
}

static GlObject *
text_seek(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    int64_t off;
    int whence;
    if (GlIO_SeekArgs(args, nargs, &off, &whence) < 0 || text_check(t) < 0) {
        return NULL;
    }
    if (whence == 1 && off != 0) {
        return GlIO_ErrUnsupported("can't do nonzero cur-relative seeks");
    }
    if (whence == 2 && off != 0) {
        return GlIO_ErrUnsupported("can't do nonzero end-relative seeks");
    }
    if (whence == 0 && off < 0) {
        return GlErr_Format(GlExc_ValueError, "negative seek position %R", args[0]);
    }
    if (whence == 1) {
        int64_t pos = text_tell_impl(t);
        return pos < 0 && GlErr_Occurred() ? NULL : GlInt_FromInt64(pos);
    }
    if (text_flush_impl(t) < 0) {
        return NULL;
    }
    t->pendingcr = 0;
    if (whence == 2 || off == 0) {
        t->seennl = 0;   // CPython resets its decoder there
    }
    t->sig_read = t->sig && whence == 0 && off == 0;   // back at the start: BOM again
    t->sig_write = t->sig && whence == 0 && off == 0;
    int64_t pos = text_seek_buffer(t, off, whence);
    if (pos < 0) {
        return NULL;
    }
    return whence == 0 ? Gl_NewRef(args[0]) : GlInt_FromInt64(pos);
}

static GlObject *
text_truncate(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (text_check(t) < 0 || text_flush_impl(t) < 0) {
        return NULL;
    }
    if (t->rend > t->rpos && text_drop_readahead(t) < 0) {
        return NULL;
    }
    return GlObject_CallMethod(t->buffer, io_name("truncate"), args,
                               nargs > 1 ? 1 : nargs);
}

/* ---- close, delegation ------------------------------------------------------------ */

static int
text_close_impl(GlTextIOObject *t)
{
    if (t->detached || t->buffer == NULL) {
        return 0;
    }
    int c = text_is_closed(t);
    if (c != 0) {
        return c < 0 ? -1 : 0;
    }
    int r = text_flush_impl(t);
    GlObject *exc = r < 0 ? GlErr_GetRaisedException() : NULL;
    GlObject *res = GlObject_CallMethodObjArgs(t->buffer, GL_ID(close), NULL);
    Gl_XDECREF(res);
    if (exc != NULL) {
        if (res == NULL) {
            GlErr_Clear();
        }
        GlErr_SetRaisedException(exc);
        return -1;
    }
    return res != NULL ? 0 : -1;
}

static GlObject *
text_close(GlObject *self, GlObject *unused)
{
    if (text_close_impl((GlTextIOObject *)self) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
text_delegate(GlObject *self, const char *name)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (text_check(t) < 0) {
        return NULL;
    }
    GlObject *n = io_name(name);
    return n != NULL ? GlObject_CallMethodObjArgs(t->buffer, n, NULL) : NULL;
}

static GlObject *
text_fileno(GlObject *self, GlObject *unused)
{
    /* No closed check here: the raw file reports it (without a period). */
    GlObject *n = io_name("fileno");
    return n != NULL ? GlObject_CallMethodObjArgs(((GlTextIOObject *)self)->buffer, n, NULL)
                     : NULL;
}

static GlObject *
text_isatty(GlObject *self, GlObject *unused)
{
    return text_delegate(self, "isatty");
}

static GlObject *
text_readable(GlObject *self, GlObject *unused)
{
    return text_delegate(self, "readable");
}

static GlObject *
text_writable(GlObject *self, GlObject *unused)
{
    return text_delegate(self, "writable");
}

static GlObject *
text_seekable(GlObject *self, GlObject *unused)
{
    return text_delegate(self, "seekable");
}

static GlObject *
text_detach(GlObject *self, GlObject *unused)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (text_check(t) < 0 || text_flush_impl(t) < 0) {
        return NULL;
    }
    GlObject *b = t->buffer;
    t->buffer = NULL;
    t->fast = NULL;
    t->detached = 1;
    return b;
}

static GlObject *
text_reconfigure(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"encoding", "errors", "newline", "line_buffering",
                                         "write_through", NULL};
    GlObject *a[5] = {NULL, NULL, NULL, NULL, NULL};
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (GlArg_ParseVector("reconfigure", args, nargs, kwnames, kwlist, 0, 0, a) < 0) {
        return NULL;
    }
    if (text_check(t) < 0 || text_flush_impl(t) < 0) {
        return NULL;
    }
    if (a[0] != NULL && a[0] != Gl_None) {
        const char *enc = GlStr_Check(a[0]) ? GlStr_AsUTF8(a[0]) : NULL;
        if (enc == NULL || codec_of(enc) == GL_CODEC_OTHER) {
            return enc == NULL ? GlErr_SetString(GlExc_TypeError, "encoding must be str")
                               : GlErr_Format(GlExc_LookupError, "unknown encoding: %s", enc);
        }
        t->codec = codec_of(enc);
        text_set_sig(t, enc);
        t->sig_read = t->sig_write = 0;   // reconfigure() mid-stream: no BOM
        Gl_SETREF(t->encoding, Gl_NewRef(a[0]));
    }
    if (a[1] != NULL && a[1] != Gl_None) {
        if (!GlStr_Check(a[1])) {
            return GlErr_SetString(GlExc_TypeError, "errors must be str");
        }
        Gl_SETREF(t->errors, Gl_NewRef(a[1]));
    }
    if (a[2] != NULL && text_set_newline(t, a[2]) < 0) {
        return NULL;
    }
    for (int i = 3; i < 5; i++) {
        if (a[i] != NULL && a[i] != Gl_None) {
            int v = GlObject_IsTrue(a[i]);
            if (v < 0) {
                return NULL;
            }
            *(i == 3 ? &t->line_buffering : &t->write_through) = (char)v;
        }
    }
    Gl_RETURN_NONE;
}

/* ---- slots ------------------------------------------------------------------------- */

static void
text_dealloc(GlObject *self)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (t->buffer != NULL && !t->detached && text_close_impl(t) < 0) {
        GlErr_WriteUnraisable(self);
    }
    Gl_CLEAR(t->buffer);
    Gl_CLEAR(t->encoding);
    Gl_CLEAR(t->errors);
    Gl_CLEAR(t->mode);
    Gl_CLEAR(t->newline);
    GlMem_Free(t->rbuf);
    t->rbuf = NULL;
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
text_repr(GlObject *self)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    GlObject *name = NULL;
    if (t->buffer != NULL) {
        name = GlObject_GetAttrString(t->buffer, "name");
        if (name == NULL) {
            if (!GlErr_ExceptionMatches(GlExc_AttributeError) &&
                !GlErr_ExceptionMatches(GlExc_ValueError)) {
                return NULL;
            }
            GlErr_Clear();
        }
    }
    GlObject *parts[3] = {NULL, NULL, NULL};
    parts[0] = name != NULL ? GlStr_FromFormat(" name=%R", name) : GlStr_FromString("");
    parts[1] = t->mode != NULL ? GlStr_FromFormat(" mode=%R", t->mode) : GlStr_FromString("");
    parts[2] = t->encoding != NULL ? GlStr_FromFormat(" encoding=%R", t->encoding)
                                   : GlStr_FromString("");
    GlObject *res = NULL;
    if (parts[0] != NULL && parts[1] != NULL && parts[2] != NULL) {
        res = GlStr_FromFormat("<%s%U%U%U>", Gl_TYPE(self)->tp_name, parts[0], parts[1],
                               parts[2]);
    }
    Gl_XDECREF(name);
    for (int i = 0; i < 3; i++) {
        Gl_XDECREF(parts[i]);
    }
    return res;
}

static GlObject *
text_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    static const char *const kwlist[] = {"buffer", "encoding", "errors", "newline",
                                         "line_buffering", "write_through", NULL};
    GlObject *a[6] = {NULL, NULL, NULL, NULL, NULL, NULL};
    GlObject *kwnames = NULL, *stack[12];
    Gl_ssize_t nargs = args != NULL ? GlTuple_GET_SIZE(args) : 0, nk = 0;
    if (nargs > 6 || (kwds != NULL && GlDict_GET_SIZE(kwds) + nargs > 12)) {
        return GlErr_SetString(GlExc_TypeError, "TextIOWrapper() takes at most 6 arguments");
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stack[i] = GlTuple_GET_ITEM(args, i);
    }
    if (kwds != NULL && GlDict_GET_SIZE(kwds) > 0) {
        kwnames = GlTuple_New(GlDict_GET_SIZE(kwds));
        if (kwnames == NULL) {
            return NULL;
        }
        Gl_ssize_t pos = 0;
        GlObject *k, *v;
        while (GlDict_Next(kwds, &pos, &k, &v)) {
            GlTuple_SET_ITEM(kwnames, nk, Gl_NewRef(k));
            stack[nargs + nk++] = v;
        }
    }
    int r = GlArg_ParseVector("TextIOWrapper", stack, nargs, kwnames, kwlist, 6, 1, a);
    Gl_XDECREF(kwnames);
    if (r < 0) {
        return NULL;
    }
    const char *enc = NULL, *errors = NULL;
    if (a[1] != NULL && a[1] != Gl_None && (enc = GlStr_AsUTF8(a[1])) == NULL) {
        return NULL;
    }
    if (a[2] != NULL && a[2] != Gl_None && (errors = GlStr_AsUTF8(a[2])) == NULL) {
        return NULL;
    }
    int lb = a[4] != NULL ? GlObject_IsTrue(a[4]) : 0;
    int wt = a[5] != NULL ? GlObject_IsTrue(a[5]) : 0;
    if (lb < 0 || wt < 0) {
        return NULL;
    }
    GlTextIOObject *t = (GlTextIOObject *)type->tp_alloc(type, 0);
    if (t == NULL) {
        return NULL;
    }
    if (text_init(t, a[0], enc, errors, a[3], lb, wt) < 0) {
        Gl_DECREF(t);
        return NULL;
    }
    return (GlObject *)t;
}

/* ---- attributes -------------------------------------------------------------------- */

static GlObject *
text_get_closed(GlObject *self, void *c)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (t->buffer == NULL) {
        return GlErr_SetString(GlExc_ValueError, "underlying buffer has been detached");
    }
    int r = text_is_closed(t);
    return r < 0 ? NULL : GlBool_FromLong(r);
}

static GlObject *
text_get_name(GlObject *self, void *c)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (t->buffer == NULL) {
        return GlErr_SetString(GlExc_ValueError, "underlying buffer has been detached");
    }
    return GlObject_GetAttrString(t->buffer, "name");
}

static GlObject *
text_get_buffer(GlObject *self, void *c)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (t->buffer == NULL) {
        return GlErr_SetString(GlExc_ValueError, "underlying buffer has been detached");
    }
    return Gl_NewRef(t->buffer);
}

static GlObject *
text_get_mode(GlObject *self, void *c)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (t->mode == NULL) {
        return GlErr_SetString(GlExc_AttributeError, "mode");
    }
    return Gl_NewRef(t->mode);
}

static int
text_set_mode(GlObject *self, GlObject *v, void *c)
{
    Gl_XSETREF(((GlTextIOObject *)self)->mode, Gl_XNewRef(v));
    return 0;
}

static GlObject *
text_get_encoding(GlObject *self, void *c)
{
    return Gl_NewRef(((GlTextIOObject *)self)->encoding);
}

static GlObject *
text_get_errors(GlObject *self, void *c)
{
    return Gl_NewRef(((GlTextIOObject *)self)->errors);
}

/* A tuple of the n C strings. New reference. */
static GlObject *
str_tuple(int n, const char *a, const char *b, const char *c)
{
    const char *v[3] = {a, b, c};
    GlObject *t = GlTuple_New(n);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < n; i++) {
        GlObject *s = GlStr_FromString(v[i]);
        if (s == NULL) {
            Gl_DECREF(t);
            return NULL;
        }
        GlTuple_SET_ITEM(t, i, s);
    }
    return t;
}

GlObject *
GlIO_SeenNewlines(int seen)
{
    switch (seen) {
    case GL_SEEN_CR:
        return GlStr_FromString("\r");
    case GL_SEEN_LF:
        return GlStr_FromString("\n");
    case GL_SEEN_CRLF:
        return GlStr_FromString("\r\n");
    case GL_SEEN_CR | GL_SEEN_LF:
        return str_tuple(2, "\r", "\n", NULL);
    case GL_SEEN_CR | GL_SEEN_CRLF:
        return str_tuple(2, "\r", "\r\n", NULL);
    case GL_SEEN_LF | GL_SEEN_CRLF:
        return str_tuple(2, "\n", "\r\n", NULL);
    case GL_SEEN_CR | GL_SEEN_LF | GL_SEEN_CRLF:
        return str_tuple(3, "\r", "\n", "\r\n");
    default:
        Gl_RETURN_NONE;
    }
}

/* TextIOWrapper.newlines. New reference. */
static GlObject *
text_get_newlines(GlObject *self, void *c)
{
    GlTextIOObject *t = (GlTextIOObject *)self;
    if (!t->readuniversal) {
        Gl_RETURN_NONE;
    }
    return GlIO_SeenNewlines(t->seennl);
}

static GlObject *
text_get_line_buffering(GlObject *self, void *c)
{
    return GlBool_FromLong(((GlTextIOObject *)self)->line_buffering);
}

static GlObject *
text_get_write_through(GlObject *self, void *c)
{
    return GlBool_FromLong(((GlTextIOObject *)self)->write_through);
}

static GlMethodDef text_methods[] = {
    {"read", GL_FN(text_read), GL_METH_FASTCALL, NULL},
    {"readline", GL_FN(text_readline), GL_METH_FASTCALL, NULL},
    {"readlines", GL_FN(GlIO_ReadLines), GL_METH_FASTCALL, NULL},
    {"write", GL_FN(text_write), GL_METH_O, NULL},
    {"writelines", GL_FN(GlIO_WriteLines), GL_METH_O, NULL},
    {"flush", GL_FN(text_flush), GL_METH_NOARGS, NULL},
    {"close", GL_FN(text_close), GL_METH_NOARGS, NULL},
    {"seek", GL_FN(text_seek), GL_METH_FASTCALL, NULL},
    {"tell", GL_FN(text_tell), GL_METH_NOARGS, NULL},
    {"truncate", GL_FN(text_truncate), GL_METH_FASTCALL, NULL},
    {"fileno", GL_FN(text_fileno), GL_METH_NOARGS, NULL},
    {"isatty", GL_FN(text_isatty), GL_METH_NOARGS, NULL},
    {"readable", GL_FN(text_readable), GL_METH_NOARGS, NULL},
    {"writable", GL_FN(text_writable), GL_METH_NOARGS, NULL},
    {"seekable", GL_FN(text_seekable), GL_METH_NOARGS, NULL},
    {"detach", GL_FN(text_detach), GL_METH_NOARGS, NULL},
    {"reconfigure", GL_FN(text_reconfigure), GL_METH_FASTCALL | GL_METH_KEYWORDS, NULL},
    {"__enter__", GL_FN(GlIO_Enter), GL_METH_NOARGS, NULL},
    {"__exit__", GL_FN(GlIO_Exit), GL_METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static GlGetSetDef text_getset[] = {
    {"closed", text_get_closed, NULL, NULL, NULL},
    {"name", text_get_name, NULL, NULL, NULL},
    {"buffer", text_get_buffer, NULL, NULL, NULL},
    {"mode", text_get_mode, text_set_mode, NULL, NULL},
    {"encoding", text_get_encoding, NULL, NULL, NULL},
    {"errors", text_get_errors, NULL, NULL, NULL},
    {"newlines", text_get_newlines, NULL, NULL, NULL},
    {"line_buffering", text_get_line_buffering, NULL, NULL, NULL},
    {"write_through", text_get_write_through, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlTextIOWrapper_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_io.TextIOWrapper",
    .tp_basicsize = sizeof(GlTextIOObject),
    .tp_dealloc = text_dealloc,
    .tp_repr = text_repr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE,
    .tp_doc = "Character and line based layer over a BufferedIOBase object, buffer.",
    .tp_iter = GlIO_IterSelf,
    .tp_iternext = text_iternext,
    .tp_methods = text_methods,
    .tp_getset = text_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = text_new,
    .tp_free = GlObject_Free,
};
