/* io_internal.h - the layouts of the io file objects, shared by fileobject.c (FileIO),
 * bufferedio.c / bufferedtype.c (the Buffered types), textio.c (TextIOWrapper),
 * memoryio.c (StringIO, BytesIO) and iomodule.c (open). Nothing outside src/modules/
 * includes it.
 *
 * Invariants:
 * - GlFileIOObject.fd is -1 exactly when the file is closed.
 * - A GlBufferedObject keeps CPython's buffer state (see its struct); its raw stream
 *   is any object with the RawIOBase methods, called through Python unless it is
 *   exactly a FileIO (GlBuffered_FileIO).
 * - Every Buffered object that can write is on the `gl_io_writers` list while it is
 *   open; GlIO_FlushAll flushes those over a FileIO at exit without running Python code.
 * - A TextIOWrapper's read-ahead bytes are rbuf[rpos..rend); the buffer's position is
 *   just after them.
 */
#ifndef GLASS_MODULES_IO_INTERNAL_H
#define GLASS_MODULES_IO_INTERNAL_H

#include "modules.h"

#define GL_IO_DEFAULT_BUFFER_SIZE 8192

typedef struct GlFileIOObject {
    GlObject ob_base;
    int fd;                    // -1 once closed
    char readable, writable;   // access allowed by the mode
    char appending, created;   // 'a' / 'x' modes
    char closefd;              // close fd on close()
    signed char seekable;      // -1 unknown, else 0/1
    GlObject *name;            // owned: the name given (str, bytes or int)
} GlFileIOObject;

/* The state of the Buffered types is CPython's (Modules/_io/bufferedio.c): one buffer
 * holding read-ahead data buffer[pos..read_end) and/or pending writes
 * buffer[write_pos..write_end); raw_pos is where the raw stream's position falls in
 * the buffer (-1: unknown) and abs_pos the raw position last seen (-1: unknown). */
typedef struct GlBufferedObject {
    GlObject ob_base;
    GlObject *raw;             // owned; NULL before __init__ and once detached
    char ok;                   // __init__ succeeded and not detached
    char detached;             // detach() was called
    char readable, writable;   // what the type allows (Reader / Writer / Random)
    char *buffer;              // owned, buffer_size bytes; NULL before init, once closed
    Gl_ssize_t buffer_size;
    Gl_ssize_t buffer_mask;    // buffer_size - 1 when a power of two, else 0
    int64_t abs_pos;           // raw stream position as last known, -1 unknown
    int64_t pos;               // logical position in buffer
    int64_t raw_pos;           // raw stream position in buffer, -1 unknown
    int64_t read_end;          // end of the read-ahead data, -1: no read buffer
    int64_t write_pos;         // start of the pending writes
    int64_t write_end;         // end of the pending writes, -1: no write buffer
    GlObject *dict;            // instance __dict__ (owned) or NULL
    GlObject *weakreflist;     // weak references, NULL if none
    struct GlBufferedObject *wnext, *wprev;  // on gl_io_writers while open & writable
} GlBufferedObject;

/* The raw stream when it is exactly a FileIO (the fast path: the buffered layer
 * calls the fd directly instead of the raw object's methods), else NULL. Borrowed. */
static inline GlFileIOObject *
GlBuffered_FileIO(GlBufferedObject *b)
{
    return b->raw != NULL && Gl_TYPE(b->raw) == &GlFileIO_Type ? (GlFileIOObject *)b->raw : NULL;
}

typedef struct GlTextIOObject {
    GlObject ob_base;
    GlObject *buffer;          // owned: the binary stream
    GlBufferedObject *fast;    // == buffer when it is one of our Buffered types, else NULL
    GlObject *encoding;        // owned str as given ("UTF-8" by default)
    GlObject *errors;          // owned str
    GlObject *mode;            // owned str or NULL (set by open())
    GlObject *newline;         // owned: None or the str given
    int codec;                 // GL_CODEC_*
    char readuniversal;        // newline None or '': '\r' and '\r\n' end lines
    char readtranslate;        // newline None: translate them to '\n'
    char writetranslate;       // newline not None/''/'\n': write '\n' as `writenl`
    char line_buffering, write_through;
    char detached;
    const char *writenl;       // "\r" or "\r\n" when writetranslate
    char *rbuf;                // owned read-ahead buffer (or NULL)
    Gl_ssize_t rpos, rend, rcap;
    char eof;                  // the buffer returned b"" at the last fill
    char seennl;               // readuniversal: the line endings read (GL_SEEN_*)
    char pendingcr;            // the last bytes read ended with '\r' (not noted yet)
    char sig;                  // encoding utf-8-sig: utf-8 (codec) with a BOM at the start
    char sig_read;             // sig: a BOM at the next bytes read is skipped (stream start)
    char sig_write;            // sig: the next write starts the stream with a BOM
} GlTextIOObject;

/* Line endings seen by universal-newline reading (the `newlines` attribute). */
#define GL_SEEN_LF 1
#define GL_SEEN_CR 2
#define GL_SEEN_CRLF 4

/* The `newlines` value for the GL_SEEN_* bits: None, a str or a tuple (CPython's
 * order). New reference. */
GlObject *GlIO_SeenNewlines(int seen) GL_NEWREF;

#define GL_CODEC_UTF8 0
#define GL_CODEC_LATIN1 1
#define GL_CODEC_ASCII 2
#define GL_CODEC_OTHER 3
#define GL_CODEC_CHARMAP 4   // a one-byte ASCII-compatible charmap (cp1252, ...)

extern GlBufferedObject *gl_io_writers;

/* io.UnsupportedOperation (created on first use; borrowed). NULL + exception. */
GlObject *GlIO_UnsupportedOperation(void) GL_BORROWED;
/* ValueError "I/O operation on closed file." Returns NULL. */
GlObject *GlIO_ErrClosed(void);
/* Raise io.UnsupportedOperation(msg). Returns NULL. */
GlObject *GlIO_ErrUnsupported(const char *msg);

/* New FileIO over an open fd (name owned copy taken). New reference. */
GlObject *GlFileIO_FromFd(int fd, GlObject *name, const char *mode, int closefd) GL_NEWREF;
/* Open path (str/bytes) with the raw mode ("r", "w", "a", "x", optional "+").
 * opener may be NULL. New reference. */
GlObject *GlFileIO_Open(GlObject *file, const char *mode, int closefd, GlObject *opener) GL_NEWREF;
/* Buffered object of `type` over raw (its __init__: checks raw.readable() etc., so it
 * may run Python code). New reference. */
GlObject *GlBuffered_New(GlTypeObject *type, GlObject *raw, Gl_ssize_t bufsize) GL_NEWREF;
/* Text wrapper over buffer. encoding/errors/newline may be NULL (defaults). */
GlObject *GlTextIO_New(GlObject *buffer, const char *encoding, const char *errors,
                       GlObject *newline, int line_buffering, int write_through) GL_NEWREF;

/* The buffered algorithm (bufferedio.c), as CPython's. Each returns -1 (NULL) with an
 * exception on error and runs Python code (the raw object's methods) unless the raw
 * stream is exactly a FileIO. */
int GlBuffered_FlushWrites(GlBufferedObject *b);            // pending writes to raw
int GlBuffered_FlushAndRewind(GlBufferedObject *b);         // + raw back to logical pos
/* write(data): the count taken (BlockingIOError when raw would block). */
Gl_ssize_t GlBuffered_Write(GlBufferedObject *b, const char *data, Gl_ssize_t n);
/* read1 into dst: buffered bytes if any, else one raw read (0 at EOF or would block);
 * pending writes are not flushed first (as CPython 3.11.2). */
Gl_ssize_t GlBuffered_ReadSome(GlBufferedObject *b, char *dst, Gl_ssize_t n);
/* read(n) for n >= 0: bytes, or None when the raw stream would block. New reference. */
GlObject *GlBuffered_ReadGeneric(GlBufferedObject *b, Gl_ssize_t n) GL_NEWREF;
/* read(): to EOF through raw.readall() or raw.read(). New reference (bytes or None). */
GlObject *GlBuffered_ReadAll(GlBufferedObject *b) GL_NEWREF;
/* peek(): the read-ahead bytes, filling the buffer when empty. New reference. */
GlObject *GlBuffered_Peek(GlBufferedObject *b) GL_NEWREF;
/* readinto / readinto1 over dst[0..len): the count as int, or None. New reference. */
GlObject *GlBuffered_ReadIntoGeneric(GlBufferedObject *b, char *dst, Gl_ssize_t len,
                                     int readinto1) GL_NEWREF;
/* readline(limit): bytes. New reference. */
GlObject *GlBuffered_ReadLine(GlBufferedObject *b, Gl_ssize_t limit) GL_NEWREF;
/* Logical position / seek (whence and raw.seekable() checked by the caller). */
int64_t GlBuffered_Tell(GlBufferedObject *b);
int64_t GlBuffered_Seek(GlBufferedObject *b, int64_t off, int whence);
/* Refresh abs_pos from raw.tell(): the position, or -1 with an exception. */
int64_t GlBuffered_RawTell(GlBufferedObject *b);
/* IS_CLOSED: 1 when closed or the buffer is freed, 0, -1 with an exception. */
int GlBuffered_IsClosed(GlBufferedObject *b);
/* The read-ahead byte count. */
static inline Gl_ssize_t
GlBuffered_ReadAhead(GlBufferedObject *b)
{
    return b->readable && b->read_end != -1 ? (Gl_ssize_t)(b->read_end - b->pos) : 0;
}
/* 0, or -1 with ValueError when uninitialized or detached (CHECK_INITIALIZED). */
int GlBuffered_CheckInit(GlBufferedObject *b);
/* 0, or -1 with ValueError(msg) when closed with nothing left to read (CHECK_CLOSED). */
int GlBuffered_CheckClosed(GlBufferedObject *b, const char *msg);
/* The interned name of a raw method (GL_RAW_*), borrowed; NULL + exception. */
GlObject *GlBuffered_Name(int which) GL_BORROWED;
enum { GL_RAW_READINTO, GL_RAW_WRITE, GL_RAW_SEEK, GL_RAW_TELL, GL_RAW_CLOSED, GL_RAW_READALL,
       GL_RAW_READ, GL_RAW_READABLE, GL_RAW_WRITABLE, GL_RAW_SEEKABLE, GL_RAW_TRUNCATE,
       GL_RAW_FLUSH, GL_RAW_CLOSE, GL_RAW_NAME, GL_RAW_MODE, GL_RAW_FILENO, GL_RAW_ISATTY,
       GL_RAW_READLINE, GL_RAW_NNAMES };
void GlBuffered_WritersLink(GlBufferedObject *b);
void GlBuffered_WritersUnlink(GlBufferedObject *b);

/* fd helpers (fileobject.c): -1 + OSError on failure. */
Gl_ssize_t GlIO_FdRead(int fd, char *dst, Gl_ssize_t n);
int GlIO_FdWriteAll(int fd, const char *data, Gl_ssize_t n);
int64_t GlIO_FdSeek(int fd, int64_t off, int whence);
/* The rest of fd as bytes, preceded by prefix[0..plen). New reference. */
GlObject *GlIO_FdReadAll(int fd, const char *prefix, Gl_ssize_t plen) GL_NEWREF;
/* truncate(size=None) at `cur` when size is omitted; returns the size. */
GlObject *GlIO_FdTruncate(int fd, GlObject *const *args, Gl_ssize_t nargs, int64_t cur) GL_NEWREF;
int GlFileIO_IsSeekable(GlFileIOObject *f);
/* Close the fd (when closefd) and mark closed. 0 / -1. */
int GlFileIO_CloseFd(GlFileIOObject *f);
GlObject *GlFileIO_GetName(GlObject *self, void *closure) GL_NEWREF;
GlObject *GlFileIO_GetMode(GlObject *self, void *closure) GL_NEWREF;

/* Methods shared by every io type (fileobject.c). */
GlObject *GlIO_ReadLines(GlObject *self, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF;
GlObject *GlIO_WriteLines(GlObject *self, GlObject *lines) GL_NEWREF;
GlObject *GlIO_Enter(GlObject *self, GlObject *unused) GL_NEWREF;
GlObject *GlIO_Exit(GlObject *self, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF;
/* tp_iter: self, or ValueError when closed. */
GlObject *GlIO_IterSelf(GlObject *self) GL_NEWREF;
/* seek(pos, whence=0) and read(size=-1) argument parsing. 0 / -1. */
int GlIO_SeekArgs(GlObject *const *args, Gl_ssize_t nargs, int64_t *off, int *whence);
int GlIO_SizeArg(GlObject *const *args, Gl_ssize_t nargs, Gl_ssize_t *size);

#endif /* GLASS_MODULES_IO_INTERNAL_H */
