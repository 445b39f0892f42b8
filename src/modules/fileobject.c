/* fileobject.c - io.FileIO (a raw, unbuffered file descriptor), the fd helpers the
 * buffered layer uses, the io error helpers and the methods every io type shares
 * (readlines, writelines, __enter__/__exit__, __iter__).
 *
 * Invariants (see io_internal.h for the layouts):
 * - FileIO.fd == -1 exactly when closed; closefd=False files never close their fd.
 * - Dealloc of an unclosed FileIO closes its fd (CPython's IOBase finalizer); errors
 *   there are reported as unraisable.
 * Messages match CPython 3.11 ("I/O operation on closed file", "File not open for
 * reading", "a bytes-like object is required, not 'str'").
 */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "io_internal.h"

static GlObject *unsupported_operation;

/* ---- shared error helpers ---------------------------------------------------- */

GlObject *
GlIO_UnsupportedOperation(void)
{
    if (unsupported_operation == NULL) {
        GlObject *name = GlStr_FromString("UnsupportedOperation");
        GlObject *bases = GlTuple_Pack(2, GlExc_OSError, GlExc_ValueError);
        GlObject *dict = GlDict_New();
        GlObject *mod = GlStr_FromString("io");
        if (name != NULL && bases != NULL && dict != NULL && mod != NULL &&
            GlDict_SetItem(dict, GL_ID(__module__), mod) == 0) {
            unsupported_operation = GlObject_CallFunctionObjArgs((GlObject *)&GlType_Type,
                                                                 name, bases, dict, NULL);
        }
        Gl_XDECREF(name);
        Gl_XDECREF(bases);
        Gl_XDECREF(dict);
        Gl_XDECREF(mod);
    }
    return unsupported_operation;
}

GlObject *
GlIO_ErrClosed(void)
{
    return GlErr_SetString(GlExc_ValueError, "I/O operation on closed file.");
}

GlObject *
GlIO_ErrUnsupported(const char *msg)
{
    GlObject *t = GlIO_UnsupportedOperation();
    if (t != NULL) {
        GlErr_SetString(t, msg);
    }
    return NULL;
}

/* Size argument of read(): None or missing -> -1; ints; else TypeError. 0 / -1. */
int
GlIO_SizeArg(GlObject *const *args, Gl_ssize_t nargs, Gl_ssize_t *size)
{
    *size = -1;
    if (nargs == 0 || args[0] == Gl_None) {
        return 0;
    }
    if (!GlIndex_Check(args[0])) {
        GlErr_Format(GlExc_TypeError, "argument should be integer or None, not '%.200s'",
                     GlObject_TypeName(args[0]));
        return -1;
    }
    *size = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
    return (*size == -1 && GlErr_Occurred()) ? -1 : 0;
}

/* ---- raw fd helpers --------------------------------------------------------------- */

Gl_ssize_t
GlIO_FdRead(int fd, char *dst, Gl_ssize_t n)
{
    for (;;) {
        ssize_t r = read(fd, dst, (size_t)n);
        if (r >= 0) {
            return r;
        }
        if (errno != EINTR) {
            GlErr_SetFromErrnoWithFilename(GlExc_OSError, NULL);
            return -1;
        }
    }
}

int
GlIO_FdWriteAll(int fd, const char *data, Gl_ssize_t n)
{
    while (n > 0) {
        ssize_t r = write(fd, data, (size_t)n);
        if (r < 0) {
            if (errno == EINTR) {
                continue;
            }
            GlErr_SetFromErrnoWithFilename(GlExc_OSError, NULL);
            return -1;
        }
        data += r;
        n -= r;
    }
    return 0;
}

int64_t
GlIO_FdSeek(int fd, int64_t off, int whence)
{
    off_t r = lseek(fd, (off_t)off, whence);
    if (r < 0) {
        GlErr_SetFromErrnoWithFilename(GlExc_OSError, NULL);
        return -1;
    }
    return (int64_t)r;
}

/* Read the whole rest of fd, starting with `prefix` bytes. New bytes. */
GlObject *
GlIO_FdReadAll(int fd, const char *prefix, Gl_ssize_t plen)
{
    Gl_ssize_t cap = plen + GL_IO_DEFAULT_BUFFER_SIZE, len = plen;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        off_t cur = lseek(fd, 0, SEEK_CUR);
        if (cur >= 0 && st.st_size > cur) {
            cap = plen + (Gl_ssize_t)(st.st_size - cur) + 1;
        }
    }
    char *buf = GlMem_Malloc((size_t)cap);
    if (buf == NULL) {
        return GlErr_NoMemory();
    }
    if (plen > 0) {
        memcpy(buf, prefix, (size_t)plen);
    }
    for (;;) {
        if (cap - len < 1024) {
            char *nb = GlMem_Realloc(buf, (size_t)(cap * 2));
            if (nb == NULL) {
                GlMem_Free(buf);
                return GlErr_NoMemory();
            }
            buf = nb;
            cap *= 2;
        }
        Gl_ssize_t r = GlIO_FdRead(fd, buf + len, cap - len);
        if (r < 0) {
            GlMem_Free(buf);
            return NULL;
        }
        if (r == 0) {
            break;
        }
        len += r;
    }
    GlObject *res = GlBytes_FromStringAndSize(buf, len);
    GlMem_Free(buf);
    return res;
}

/* ================================ FileIO ====================================== */

static const char *
fileio_mode_string(GlFileIOObject *f)
{
    if (f->created) {
        return f->readable ? "xb+" : "xb";
    }
    if (f->appending) {
        return f->readable ? "ab+" : "ab";
    }
    if (f->readable) {
        return f->writable ? "rb+" : "rb";
    }
    return "wb";
}

/* Parse a raw mode ("r", "wb", "a+"...) into the flags of f and open(2) flags. */
static int
fileio_parse_mode(GlFileIOObject *f, const char *mode, int *flags)
{
    int rwa = 0, plus = 0;
    *flags = 0;
    for (const char *s = mode; *s; s++) {
        switch (*s) {
        case 'x': rwa++; f->created = 1; f->writable = 1; *flags |= O_EXCL | O_CREAT; break;
        case 'r': rwa++; f->readable = 1; break;
        case 'w': rwa++; f->writable = 1; *flags |= O_CREAT | O_TRUNC; break;
        case 'a': rwa++; f->writable = 1; f->appending = 1; *flags |= O_APPEND | O_CREAT; break;
        case 'b': break;
        case '+': plus++; f->readable = f->writable = 1; break;
        default:
            GlErr_Format(GlExc_ValueError, "invalid mode: %.200s", mode);
            return -1;
        }
    }
    if (rwa != 1 || plus > 1) {
        GlErr_SetString(GlExc_ValueError,
                        "Must have exactly one of create/read/write/append mode and at "
                        "most one plus");
        return -1;
    }
    *flags |= (f->readable && f->writable) ? O_RDWR : f->readable ? O_RDONLY : O_WRONLY;
    *flags |= O_CLOEXEC;
    return 0;
}

static GlFileIOObject *
fileio_alloc(GlTypeObject *type)
{
    GlFileIOObject *f = (GlFileIOObject *)type->tp_alloc(type, 0);
    if (f != NULL) {
        f->fd = -1;
        f->seekable = -1;
    }
    return f;
}

GlObject *
GlFileIO_FromFd(int fd, GlObject *name, const char *mode, int closefd)
{
    GlFileIOObject *f = fileio_alloc(&GlFileIO_Type);
    if (f == NULL) {
        return NULL;
    }
    int flags;
    if (fileio_parse_mode(f, mode, &flags) < 0) {
        Gl_DECREF(f);
        return NULL;
    }
    f->fd = fd;
    f->closefd = (char)closefd;
    f->name = Gl_NewRef(name);
    return (GlObject *)f;
}

/* fspath-like conversion of a file argument: str/bytes kept, PathLike called. */
static GlObject *
fileio_fspath(GlObject *file)
{
    if (GlStr_Check(file) || GlBytes_Check(file)) {
        return Gl_NewRef(file);
    }
    int found = 0;
    GlObject *r = GlObject_CallSpecial(file, GL_ID(__fspath__), NULL, 0, &found);
    if (r == NULL && !found && !GlErr_Occurred()) {
        GlErr_Format(GlExc_TypeError, "expected str, bytes or os.PathLike object, not %.200s",
                     GlObject_TypeName(file));
    }
    if (r != NULL && !GlStr_Check(r) && !GlBytes_Check(r)) {
        GlErr_Format(GlExc_TypeError,
                     "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                     GlObject_TypeName(file), GlObject_TypeName(r));
        Gl_CLEAR(r);
    }
    return r;
}

static int
fileio_init_open(GlFileIOObject *f, GlObject *file, const char *mode, int closefd,
                 GlObject *opener)
{
    int flags;
    if (fileio_parse_mode(f, mode, &flags) < 0) {
        return -1;
    }
    if (GlInt_Check(file)) {
        int overflow = 0;
        int64_t fd = GlInt_AsInt64AndOverflow(file, &overflow);
        if (overflow || fd < 0 || fd > INT32_MAX) {
            GlErr_SetString(GlExc_ValueError, "negative file descriptor");
            return -1;
        }
        f->fd = (int)fd;
        f->closefd = (char)closefd;
        f->name = Gl_NewRef(file);
        return 0;
    }
    if (!closefd) {
        GlErr_SetString(GlExc_ValueError, "Cannot use closefd=False with file name");
        return -1;
    }
    GlObject *path = fileio_fspath(file);
    if (path == NULL) {
        return -1;
    }
    const char *cpath = GlStr_Check(path) ? GlStr_AsUTF8(path) : GlBytes_AS_STRING(path);
    if (cpath == NULL) {
        Gl_DECREF(path);
        return -1;
    }
    if (opener != NULL && opener != Gl_None) {
        GlObject *fl = GlInt_FromLong(flags);
        GlObject *r = fl != NULL ? GlObject_CallFunctionObjArgs(opener, file, fl, NULL) : NULL;
        Gl_XDECREF(fl);
        if (r == NULL) {
            Gl_DECREF(path);
            return -1;
        }
        long fd = GlInt_Check(r) ? GlInt_AsLong(r) : -1;
        Gl_DECREF(r);
        if (fd < 0) {
            Gl_DECREF(path);
            if (!GlErr_Occurred()) {
                GlErr_Format(GlExc_ValueError, "opener returned %ld", fd);
            }
            return -1;
        }
        f->fd = (int)fd;
    } else {
        do {
            f->fd = open(cpath, flags, 0666);
        } while (f->fd < 0 && errno == EINTR);
    }
    if (f->fd < 0) {
        GlErr_SetFromErrnoWithFilenameObject(GlExc_OSError, path);
        Gl_DECREF(path);
        return -1;
    }
    f->closefd = 1;
    struct stat st;
    if (fstat(f->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(f->fd);
        f->fd = -1;
        errno = EISDIR;
        GlErr_SetFromErrnoWithFilenameObject(GlExc_OSError, path);
        Gl_DECREF(path);
        return -1;
    }
    f->name = Gl_NewRef(file);
    Gl_DECREF(path);
    if (f->appending) {
        lseek(f->fd, 0, SEEK_END);
    }
    return 0;
}

GlObject *
GlFileIO_Open(GlObject *file, const char *mode, int closefd, GlObject *opener)
{
    GlFileIOObject *f = fileio_alloc(&GlFileIO_Type);
    if (f == NULL) {
        return NULL;
    }
    if (fileio_init_open(f, file, mode, closefd, opener) < 0) {
        Gl_DECREF(f);
        return NULL;
    }
    return (GlObject *)f;
}

int
GlFileIO_CloseFd(GlFileIOObject *f)
{
    int fd = f->fd;
    f->fd = -1;
    if (fd >= 0 && f->closefd && close(fd) < 0 && errno != EINTR) {
        GlErr_SetFromErrnoWithFilename(GlExc_OSError, NULL);
        return -1;
    }
    return 0;
}

static void
fileio_dealloc(GlObject *self)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    if (f->fd >= 0 && GlFileIO_CloseFd(f) < 0) {
        GlErr_WriteUnraisable(self);
    }
    Gl_CLEAR(f->name);
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
fileio_repr(GlObject *self)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    if (f->fd < 0) {
        return GlStr_FromString("<_io.FileIO [closed]>");
    }
    return GlStr_FromFormat("<_io.FileIO name=%R mode='%s' closefd=%s>", f->name,
                            fileio_mode_string(f), f->closefd ? "True" : "False");
}

static GlObject *
fileio_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    static const char *const kwlist[] = {"file", "mode", "closefd", "opener", NULL};
    GlObject *a[4] = {NULL, NULL, NULL, NULL};
    Gl_ssize_t nargs = args != NULL ? GlTuple_GET_SIZE(args) : 0;
    GlObject *kwnames = NULL;
    GlObject *stack[8];
    Gl_ssize_t nk = 0;
    if (nargs > 4) {
        return GlErr_Format(GlExc_TypeError, "FileIO() takes at most 4 arguments (%zd given)",
                            nargs);
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stack[i] = GlTuple_GET_ITEM(args, i);
    }
    if (kwds != NULL && GlDict_GET_SIZE(kwds) > 0) {
        if (GlDict_GET_SIZE(kwds) + nargs > 8) {
            return GlErr_SetString(GlExc_TypeError, "FileIO() got too many arguments");
        }
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
    int r = GlArg_ParseVector("FileIO", stack, nargs, kwnames, kwlist, 4, 1, a);
    Gl_XDECREF(kwnames);
    if (r < 0) {
        return NULL;
    }
    const char *mode = "r";
    if (a[1] != NULL) {
        mode = GlStr_Check(a[1]) ? GlStr_AsUTF8(a[1]) : NULL;
        if (mode == NULL) {
            return GlErr_SetString(GlExc_TypeError, "FileIO() argument 'mode' must be str");
        }
    }
    int closefd = a[2] != NULL ? GlObject_IsTrue(a[2]) : 1;
    if (closefd < 0) {
        return NULL;
    }
    GlFileIOObject *f = fileio_alloc(type);
    if (f == NULL) {
        return NULL;
    }
    if (fileio_init_open(f, a[0], mode, closefd, a[3]) < 0) {
        Gl_DECREF(f);
        return NULL;
    }
    return (GlObject *)f;
}

#define FILEIO_CHECK_CLOSED(f)                                                        \
    do {                                                                              \
        if ((f)->fd < 0) {                                                            \
            return GlErr_SetString(GlExc_ValueError, "I/O operation on closed file"); \
        }                                                                             \
    } while (0)

static GlObject *
fileio_read(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    Gl_ssize_t size;
    FILEIO_CHECK_CLOSED(f);
    if (!f->readable) {
        return GlIO_ErrUnsupported("File not open for reading");
    }
    if (GlArg_CheckPositional("read", nargs, 0, 1) < 0 || GlIO_SizeArg(args, nargs, &size) < 0) {
        return NULL;
    }
    if (size < 0) {
        return GlIO_FdReadAll(f->fd, NULL, 0);
    }
    GlObject *b = GlBytes_FromStringAndSize(NULL, size);
    if (b == NULL) {
        return NULL;
    }
    Gl_ssize_t n = GlIO_FdRead(f->fd, GlBytes_AS_STRING(b), size);
    if (n < 0) {
        Gl_DECREF(b);
        return NULL;
    }
    if (n != size) {
        Gl_SETREF(b, GlBytes_FromStringAndSize(GlBytes_AS_STRING(b), n));
    }
    return b;
}

static GlObject *
fileio_readall(GlObject *self, GlObject *unused)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    return GlIO_FdReadAll(f->fd, NULL, 0);
}

static GlObject *
fileio_readinto(GlObject *self, GlObject *buf)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    GlBuffer view;   // held while reading: the exporter cannot resize
    if (GlObject_GetBuffer(buf, &view, GL_BUF_WRITABLE) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError,
                            "readinto() argument must be read-write bytes-like object, not %.200s",
                            GlObject_TypeName(buf));
    }
    Gl_ssize_t n = GlIO_FdRead(f->fd, view.buf, view.len);
    GlBuffer_Release(&view);
    return n < 0 ? NULL : GlInt_FromSsize_t(n);
}

static GlObject *
fileio_write(GlObject *self, GlObject *data)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    if (!f->writable) {
        return GlIO_ErrUnsupported("File not open for writing");
    }
    const char *s;
    Gl_ssize_t n;
    if (GlBytes_AsBuffer(data, &s, &n) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%.100s'",
                            GlObject_TypeName(data));
    }
    if (GlIO_FdWriteAll(f->fd, s, n) < 0) {
        return NULL;
    }
    return GlInt_FromSsize_t(n);
}

/* seek(pos, whence=0) argument parsing shared by all file types. 0 / -1. */
int
GlIO_SeekArgs(GlObject *const *args, Gl_ssize_t nargs, int64_t *off, int *whence)
{
    if (GlArg_CheckPositional("seek", nargs, 1, 2) < 0) {
        return -1;
    }
    if (!GlInt_Check(args[0])) {
        GlErr_Format(GlExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                     GlObject_TypeName(args[0]));
        return -1;
    }
    *off = GlInt_AsInt64(args[0]);
    if (*off == -1 && GlErr_Occurred()) {
        return -1;
    }
    *whence = 0;
    if (nargs > 1) {
        long w = GlInt_Check(args[1]) ? GlInt_AsLong(args[1]) : -100;
        if (w == -100 || w < 0 || w > 2) {
            if (!GlErr_Occurred()) {
                GlErr_Format(GlExc_ValueError, "invalid whence (%R, should be 0, 1 or 2)",
                             args[1]);
            }
            return -1;
        }
        *whence = (int)w;
    }
    return 0;
}

static GlObject *
fileio_seek(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    int64_t off;
    int whence;
    if (GlIO_SeekArgs(args, nargs, &off, &whence) < 0) {
        return NULL;
    }
    int64_t r = GlIO_FdSeek(f->fd, off, whence);
    return r < 0 ? NULL : GlInt_FromInt64(r);
}

static GlObject *
fileio_tell(GlObject *self, GlObject *unused)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    int64_t r = GlIO_FdSeek(f->fd, 0, SEEK_CUR);
    return r < 0 ? NULL : GlInt_FromInt64(r);
}

GlObject *
GlIO_FdTruncate(int fd, GlObject *const *args, Gl_ssize_t nargs, int64_t cur)
{
    int64_t size = cur;
    if (nargs > 0 && args[0] != Gl_None) {
        size = GlInt_AsInt64(args[0]);
        if (size == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    if (ftruncate(fd, (off_t)size) < 0) {
        return GlErr_SetFromErrnoWithFilename(GlExc_OSError, NULL);
    }
    return GlInt_FromInt64(size);
}

static GlObject *
fileio_truncate(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    if (!f->writable) {
        return GlIO_ErrUnsupported("File not open for writing");
    }
    int64_t cur = GlIO_FdSeek(f->fd, 0, SEEK_CUR);
    return cur < 0 ? NULL : GlIO_FdTruncate(f->fd, args, nargs, cur);
}

static GlObject *
fileio_close(GlObject *self, GlObject *unused)
{
    if (GlFileIO_CloseFd((GlFileIOObject *)self) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
fileio_fileno(GlObject *self, GlObject *unused)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    return GlInt_FromLong(f->fd);
}

static GlObject *
fileio_isatty(GlObject *self, GlObject *unused)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    return GlBool_FromLong(isatty(f->fd));
}

int
GlFileIO_IsSeekable(GlFileIOObject *f)
{
    if (f->seekable < 0) {
        f->seekable = lseek(f->fd, 0, SEEK_CUR) >= 0;
    }
    return f->seekable;
}

static GlObject *
fileio_readable(GlObject *self, GlObject *unused)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    return GlBool_FromLong(f->readable);
}

static GlObject *
fileio_writable(GlObject *self, GlObject *unused)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    return GlBool_FromLong(f->writable);
}

static GlObject *
fileio_seekable(GlObject *self, GlObject *unused)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    FILEIO_CHECK_CLOSED(f);
    return GlBool_FromLong(GlFileIO_IsSeekable(f));
}

static GlObject *
io_noop(GlObject *self, GlObject *unused)
{
    Gl_RETURN_NONE;
}

GlObject *
GlIO_Enter(GlObject *self, GlObject *unused)
{
    return Gl_NewRef(self);
}

GlObject *
GlIO_Exit(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return GlObject_CallMethodObjArgs(self, GL_ID(close), NULL);
}

static GlObject *
fileio_get_closed(GlObject *self, void *c)
{
    return GlBool_FromLong(((GlFileIOObject *)self)->fd < 0);
}

GlObject *
GlFileIO_GetName(GlObject *self, void *c)
{
    GlFileIOObject *f = (GlFileIOObject *)self;
    if (f->name == NULL) {
        return GlErr_SetString(GlExc_AttributeError, "name");
    }
    return Gl_NewRef(f->name);
}

GlObject *
GlFileIO_GetMode(GlObject *self, void *c)
{
    return GlStr_FromString(fileio_mode_string((GlFileIOObject *)self));
}

static GlObject *
fileio_get_closefd(GlObject *self, void *c)
{
    return GlBool_FromLong(((GlFileIOObject *)self)->closefd);
}

static GlMethodDef fileio_methods[] = {
    {"read", GL_FN(fileio_read), GL_METH_FASTCALL, NULL},
    {"readall", GL_FN(fileio_readall), GL_METH_NOARGS, NULL},
    {"readinto", GL_FN(fileio_readinto), GL_METH_O, NULL},
    {"write", GL_FN(fileio_write), GL_METH_O, NULL},
    {"seek", GL_FN(fileio_seek), GL_METH_FASTCALL, NULL},
    {"tell", GL_FN(fileio_tell), GL_METH_NOARGS, NULL},
    {"truncate", GL_FN(fileio_truncate), GL_METH_FASTCALL, NULL},
    {"close", GL_FN(fileio_close), GL_METH_NOARGS, NULL},
    {"flush", GL_FN(io_noop), GL_METH_NOARGS, NULL},
    {"fileno", GL_FN(fileio_fileno), GL_METH_NOARGS, NULL},
    {"isatty", GL_FN(fileio_isatty), GL_METH_NOARGS, NULL},
    {"readable", GL_FN(fileio_readable), GL_METH_NOARGS, NULL},
    {"writable", GL_FN(fileio_writable), GL_METH_NOARGS, NULL},
    {"seekable", GL_FN(fileio_seekable), GL_METH_NOARGS, NULL},
    {"__enter__", GL_FN(GlIO_Enter), GL_METH_NOARGS, NULL},
    {"__exit__", GL_FN(GlIO_Exit), GL_METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};

static GlGetSetDef fileio_getset[] = {
    {"closed", fileio_get_closed, NULL, NULL, NULL},
    {"name", GlFileIO_GetName, NULL, NULL, NULL},
    {"mode", GlFileIO_GetMode, NULL, NULL, NULL},
    {"closefd", fileio_get_closefd, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlFileIO_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_io.FileIO",
    .tp_basicsize = sizeof(GlFileIOObject),
    .tp_dealloc = fileio_dealloc,
    .tp_repr = fileio_repr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE,
    .tp_doc = "Open a file.",
    .tp_methods = fileio_methods,
    .tp_getset = fileio_getset,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = fileio_new,
    .tp_free = GlObject_Free,
};

GlObject *
GlIO_IterSelf(GlObject *self)
{
    GlObject *closed = GlObject_GetAttrString(self, "closed");
    if (closed == NULL) {
        return NULL;
    }
    int t = GlObject_IsTrue(closed);
    Gl_DECREF(closed);
    if (t != 0) {
        return t < 0 ? NULL : GlIO_ErrClosed();
    }
    return Gl_NewRef(self);
}

/* readlines(hint=-1) in terms of iteration: shared by every file type. */
GlObject *
GlIO_ReadLines(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    Gl_ssize_t hint;
    if (GlArg_CheckPositional("readlines", nargs, 0, 1) < 0 ||
        GlIO_SizeArg(args, nargs, &hint) < 0) {
        return NULL;
    }
    GlObject *it = GlObject_GetIter(self);
    GlObject *list = it != NULL ? GlList_New(0) : NULL;
    if (list == NULL) {
        Gl_XDECREF(it);
        return NULL;
    }
    Gl_ssize_t total = 0;
    GlObject *line;
    while ((line = GlIter_Next(it)) != NULL) {
        int r = GlList_Append(list, line);
        Gl_ssize_t n = GlObject_Size(line);
        Gl_DECREF(line);
        if (r < 0 || n < 0) {
            goto error;
        }
        total += n;
        if (hint > 0 && total >= hint) {
            break;
        }
    }
    if (GlErr_Occurred()) {
        goto error;
    }
    Gl_DECREF(it);
    return list;
error:
    Gl_DECREF(it);
    Gl_DECREF(list);
    return NULL;
}

GlObject *
GlIO_WriteLines(GlObject *self, GlObject *lines)
{
    GlObject *it = GlObject_GetIter(lines);
    if (it == NULL) {
        return NULL;
    }
    GlObject *line;
    while ((line = GlIter_Next(it)) != NULL) {
        GlObject *r = GlObject_CallMethodObjArgs(self, GL_ID(write), line, NULL);
        Gl_DECREF(line);
        if (r == NULL) {
            Gl_DECREF(it);
            return NULL;
        }
        Gl_DECREF(r);
    }
    Gl_DECREF(it);
    if (GlErr_Occurred()) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

