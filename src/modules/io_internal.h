/* io_internal.h - the layouts of the io file objects, shared by fileobject.c (FileIO
 * and the Buffered types), textio.c (TextIOWrapper) and iomodule.c (open, StringIO,
 * BytesIO). Nothing outside src/modules/ includes it.
 *
 * Invariants:
 * - GlFileIOObject.fd is -1 exactly when the file is closed.
 * - A GlBufferedObject is in one of two states: reading (wlen == 0, unread bytes are
 *   buf[pos..end)) or writing (pos == end == 0, pending bytes are buf[0..wlen)).
 *   The raw file's offset is where buf[end] (reading) or buf[0] (writing) belongs.
 * - Every Buffered object that can write is on the `gl_io_writers` list while it is
 *   open, so GlIO_FlushAll can flush it at exit without running Python code.
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

typedef struct GlBufferedObject {
    GlObject ob_base;
    GlFileIOObject *raw;       // owned, NULL once detached
    char *buf;                 // owned, bufsize bytes
    Gl_ssize_t bufsize;
    Gl_ssize_t pos, end;       // reading state: unread data is buf[pos..end)
    Gl_ssize_t wlen;           // writing state: pending data is buf[0..wlen)
    char readable, writable;   // what the type allows (Reader / Writer / Random)
    struct GlBufferedObject *wnext, *wprev;  // on gl_io_writers while open & writable
} GlBufferedObject;

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
/* Buffered object of `type` over raw (new reference taken). */
GlObject *GlBuffered_New(GlTypeObject *type, GlObject *raw, Gl_ssize_t bufsize) GL_NEWREF;
/* Text wrapper over buffer. encoding/errors/newline may be NULL (defaults). */
GlObject *GlTextIO_New(GlObject *buffer, const char *encoding, const char *errors,
                       GlObject *newline, int line_buffering, int write_through) GL_NEWREF;

/* C-level buffered operations (no Python code). All return -1 + exception on error. */
int GlBuffered_FlushWrites(GlBufferedObject *b);
int GlBuffered_Write(GlBufferedObject *b, const char *data, Gl_ssize_t n);
/* Read up to n bytes into dst (short only at EOF). Returns the count. */
Gl_ssize_t GlBuffered_ReadInto(GlBufferedObject *b, char *dst, Gl_ssize_t n);
/* Read whatever one raw read gives (at most n bytes; 0 at EOF) into dst. */
Gl_ssize_t GlBuffered_ReadSome(GlBufferedObject *b, char *dst, Gl_ssize_t n);
/* Current logical position. */
int64_t GlBuffered_Tell(GlBufferedObject *b);
int64_t GlBuffered_Seek(GlBufferedObject *b, int64_t off, int whence);
/* 1 if closed (or detached). */
int GlBuffered_IsClosed(GlBufferedObject *b);

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
