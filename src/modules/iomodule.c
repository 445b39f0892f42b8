/* iomodule.c - the io module (also importable as _io): open(), the in-memory
 * streams StringIO and BytesIO, and the names of the file types.
 *
 * Invariants:
 * - open() validates its arguments exactly as CPython 3.11's io.open (same order of
 *   checks, same messages), then stacks FileIO -> Buffered* -> TextIOWrapper.
 * - StringIO keeps code points in a UCS-4 array buf[0..len) with 0 <= pos; writing
 *   past len pads with NULs as CPython does. BytesIO keeps bytes the same way.
 * - Both are closed when `closed` is set; every operation then raises
 *   "I/O operation on closed file.".
 */
#include <unistd.h>
#include <locale.h>
#include "io_internal.h"
#include "../vm/vm.h"

/* ================================ open() ====================================== */

/* Validate mode and derive the raw mode. 0 / -1. */
static int
open_parse_mode(const char *mode, char *rawmode, int *binary, int *text, int *updating,
                int *reading, int *writing)
{
    int creating = 0, appending = 0;
    char used[16] = {0};
    size_t nused = 0;
    for (const char *s = mode; *s; s++) {
        if (strchr("xrwabt+", *s) == NULL || memchr(used, *s, nused) != NULL ||
            nused >= sizeof(used) - 1) {
            GlErr_Format(GlExc_ValueError, "invalid mode: '%s'", mode);
            return -1;
        }
        used[nused++] = *s;
        switch (*s) {
        case 'x': creating = 1; break;
        case 'r': *reading = 1; break;
        case 'w': *writing = 1; break;
        case 'a': appending = 1; break;
        case '+': *updating = 1; break;
        case 't': *text = 1; break;
        case 'b': *binary = 1; break;
        }
    }
    if (*text && *binary) {
        GlErr_SetString(GlExc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (creating + *reading + *writing + appending > 1) {
        GlErr_SetString(GlExc_ValueError,
                        "must have exactly one of create/read/write/append mode");
        return -1;
    }
    char *r = rawmode;
    if (creating || *reading || *writing || appending) {
        *r++ = creating ? 'x' : *reading ? 'r' : *writing ? 'w' : 'a';
    }
    if (*updating) {
        *r++ = '+';
    }
    *r = '\0';
    *writing = *writing || creating || appending;
    return 0;
}

static GlObject *
io_open_impl(GlObject *file, const char *mode, int buffering, GlObject *encoding,
             GlObject *errors, GlObject *newline, int closefd, GlObject *opener)
{
    if (!GlStr_Check(file) && !GlBytes_Check(file) && !GlInt_Check(file)) {
        GlObject *r;
        if (GlObject_LookupAttr((GlObject *)Gl_TYPE(file), GL_ID(__fspath__), &r) < 0) {
            return NULL;
        }
        if (r == NULL) {
            return GlErr_Format(GlExc_TypeError,
                                "expected str, bytes or os.PathLike object, not %.200s",
                                GlObject_TypeName(file));
        }
        Gl_DECREF(r);
    }
    char rawmode[4];
    int binary = 0, text = 0, updating = 0, reading = 0, writing = 0;
    if (open_parse_mode(mode, rawmode, &binary, &text, &updating, &reading, &writing) < 0) {
        return NULL;
    }
    if (binary && encoding != NULL) {
        return GlErr_SetString(GlExc_ValueError, "binary mode doesn't take an encoding argument");
    }
    if (binary && errors != NULL) {
        return GlErr_SetString(GlExc_ValueError, "binary mode doesn't take an errors argument");
    }
    if (binary && newline != NULL) {
        return GlErr_SetString(GlExc_ValueError, "binary mode doesn't take a newline argument");
    }
    if (buffering == 0 && !binary) {
        return GlErr_SetString(GlExc_ValueError, "can't have unbuffered text I/O");
    }
    const char *enc = NULL, *err = NULL;
    if (encoding != NULL && (enc = GlStr_AsUTF8(encoding)) == NULL) {
        return NULL;
    }
    if (errors != NULL && (err = GlStr_AsUTF8(errors)) == NULL) {
        return NULL;
    }
    GlObject *raw = GlFileIO_Open(file, rawmode, closefd, opener);
    if (raw == NULL) {
        return NULL;
    }
    int line_buffering = 0;
    Gl_ssize_t bufsize = GL_IO_DEFAULT_BUFFER_SIZE;
    if (buffering == 1 || (buffering < 0 && isatty(((GlFileIOObject *)raw)->fd))) {
        line_buffering = 1;
    }
    if (buffering > 1) {
        bufsize = buffering;
    }
    if (buffering == 0) {
        return raw;
    }
    GlTypeObject *bt = updating ? &GlBufferedRandom_Type
                     : writing ? &GlBufferedWriter_Type : &GlBufferedReader_Type;
    GlObject *buffer = GlBuffered_New(bt, raw, bufsize);
    Gl_DECREF(raw);
    if (buffer == NULL || binary) {
        return buffer;
    }
    GlObject *t = GlTextIO_New(buffer, enc, err, newline, line_buffering, 0);
    if (t == NULL) {
        /* Close the file we opened (CPython closes it on a failed wrap). */
        GlObject *exc = GlErr_GetRaisedException();
        GlObject *r = GlObject_CallMethodObjArgs(buffer, GL_ID(close), NULL);
        Gl_XDECREF(r);
        GlErr_Clear();
        GlErr_SetRaisedException(exc);
        Gl_DECREF(buffer);
        return NULL;
    }
    Gl_DECREF(buffer);
    GlObject *m = GlStr_FromString(mode);
    if (m == NULL) {
        Gl_DECREF(t);
        return NULL;
    }
    Gl_XSETREF(((GlTextIOObject *)t)->mode, m);
    return t;
}

GlObject *
GlIO_Open(GlObject *file, const char *mode, int buffering, const char *encoding,
          const char *errors, const char *newline, int closefd)
{
    GlObject *enc = encoding != NULL ? GlStr_FromString(encoding) : NULL;
    GlObject *err = errors != NULL ? GlStr_FromString(errors) : NULL;
    GlObject *nl = newline != NULL ? GlStr_FromString(newline) : NULL;
    GlObject *r = NULL;
    if ((encoding == NULL || enc != NULL) && (errors == NULL || err != NULL) &&
        (newline == NULL || nl != NULL)) {
        r = io_open_impl(file, mode, buffering, enc, err, nl, closefd, NULL);
    }
    Gl_XDECREF(enc);
    Gl_XDECREF(err);
    Gl_XDECREF(nl);
    return r;
}

static GlObject *
io_open(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"file", "mode", "buffering", "encoding", "errors",
                                         "newline", "closefd", "opener", NULL};
    GlObject *a[8] = {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    if (GlArg_ParseVector("open", args, nargs, kwnames, kwlist, 8, 1, a) < 0) {
        return NULL;
    }
    const char *mode = "r";
    if (a[1] != NULL) {
        if (!GlStr_Check(a[1])) {
            return GlErr_Format(GlExc_TypeError, "open() argument 'mode' must be str, not %.200s",
                                GlObject_TypeName(a[1]));
        }
        if ((mode = GlStr_AsUTF8(a[1])) == NULL) {
            return NULL;
        }
    }
    int buffering = -1;
    if (a[2] != NULL) {
        if (GlFloat_Check(a[2]) || !GlInt_Check(a[2])) {
            return GlErr_Format(GlExc_TypeError,
                                "'%.200s' object cannot be interpreted as an integer",
                                GlObject_TypeName(a[2]));
        }
        buffering = (int)GlInt_AsLong(a[2]);
        if (buffering == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    for (int i = 3; i <= 5; i++) {
        if (a[i] == Gl_None) {
            a[i] = NULL;
        } else if (a[i] != NULL && !GlStr_Check(a[i])) {
            return GlErr_Format(GlExc_TypeError, "open() argument '%s' must be str or None, "
                                "not %.200s", kwlist[i], GlObject_TypeName(a[i]));
        }
    }
    int closefd = a[6] != NULL ? GlObject_IsTrue(a[6]) : 1;
    if (closefd < 0) {
        return NULL;
    }
    return io_open_impl(a[0], mode, buffering, a[3], a[4], a[5], closefd, a[7]);
}

GlMethodDef gl_io_open_def = {
    "open", GL_FN(io_open), GL_METH_FASTCALL | GL_METH_KEYWORDS,
    "Open file and return a stream.  Raise OSError upon failure."
};

/* The error handler of sys.stdin/stdout as CPython chooses it: the one given after a
 * ':' in PYTHONIOENCODING (strict when it names only an encoding), else
 * surrogateescape under the C/POSIX locale and the locale coercion targets (C.UTF-8,
 * C.utf8, UTF-8), else strict. */
static const char *
stdio_errors(void)
{
    const char *pie = getenv("PYTHONIOENCODING");
    const char *colon = pie != NULL ? strchr(pie, ':') : NULL;
    if (colon != NULL && colon[1] != '\0') {
        return colon + 1;
    }
    if (pie != NULL && pie[0] != '\0' && pie[0] != ':') {
        return "strict";   // an encoding given without a handler
    }
    /* The LC_CTYPE locale the environment selects (NULL: not installed, so "C"); the
     * process locale is left as it was. */
    char saved[256];
    const char *cur = setlocale(LC_CTYPE, NULL);
    snprintf(saved, sizeof(saved), "%s", cur != NULL ? cur : "C");
    const char *loc = setlocale(LC_CTYPE, "");
    int c_like = loc == NULL || strcmp(loc, "C") == 0 || strcmp(loc, "POSIX") == 0
                 || strcmp(loc, "C.UTF-8") == 0 || strcmp(loc, "C.utf8") == 0
                 || strcmp(loc, "UTF-8") == 0;
    setlocale(LC_CTYPE, saved);
    return c_like ? "surrogateescape" : "strict";
}

GlObject *
GlIO_TextFromFd(int fd, const char *mode, const char *name, int line_buffering,
                int write_through)
{
    GlObject *n = GlStr_FromString(name);
    if (n == NULL) {
        return NULL;
    }
    int reading = mode[0] == 'r';
    GlObject *raw = GlFileIO_FromFd(fd, n, reading ? "rb" : "wb", 0);
    Gl_DECREF(n);
    if (raw == NULL) {
        return NULL;
    }
    GlObject *buffer = GlBuffered_New(reading ? &GlBufferedReader_Type : &GlBufferedWriter_Type,
                                      raw, GL_IO_DEFAULT_BUFFER_SIZE);
    Gl_DECREF(raw);
    if (buffer == NULL) {
        return NULL;
    }
    GlObject *nl = GlStr_FromString("\n");
    const char *errors = fd == 2 ? "backslashreplace" : stdio_errors();
    GlObject *t = nl != NULL ? GlTextIO_New(buffer, "utf-8", errors, nl, line_buffering,
                                            write_through) : NULL;
    Gl_XDECREF(nl);
    Gl_DECREF(buffer);
    if (t == NULL) {
        return NULL;
    }
    GlObject *m = GlStr_FromString(reading ? "r" : "w");
    if (m == NULL) {
        Gl_DECREF(t);
        return NULL;
    }
    Gl_XSETREF(((GlTextIOObject *)t)->mode, m);
    return t;
}

/* ============================== the module ===================================== */

/* The abstract base classes, in Python: the C file types are registered as virtual
 * subclasses through the metaclass so isinstance(open(p), io.IOBase) holds. */
static const char io_bases_source[] =
    "class _IOMeta(type):\n"
    "    def __instancecheck__(cls, inst):\n"
    "        return cls.__subclasscheck__(type(inst))\n"
    "    def __subclasscheck__(cls, sub):\n"
    "        if type.__subclasscheck__(cls, sub):\n"
    "            return True\n"
    "        for c in cls.__dict__.get('_registered', ()):\n"
    "            if issubclass(sub, c):\n"
    "                return True\n"
    "        return False\n"
    "class IOBase(metaclass=_IOMeta):\n"
    "    _empty = b''\n"
    "    __closed = False\n"
    "    def _checkClosed(self):\n"
    "        if self.closed:\n"
    "            raise ValueError('I/O operation on closed file.')\n"
    "    def seek(self, pos, whence=0):\n"
    "        raise UnsupportedOperation('seek')\n"
    "    def tell(self):\n"
    "        return self.seek(0, 1)\n"
    "    def truncate(self, pos=None):\n"
    "        raise UnsupportedOperation('truncate')\n"
    "    def flush(self):\n"
    "        self._checkClosed()\n"
    "    def close(self):\n"
    "        if not self.__closed:\n"
    "            try:\n"
    "                self.flush()\n"
    "            finally:\n"
    "                self.__closed = True\n"
    "    def __del__(self):\n"
    "        try:\n"
    "            self.close()\n"
    "        except Exception:\n"
    "            pass\n"
    "    @property\n"
    "    def closed(self):\n"
    "        return self.__closed\n"
    "    def readable(self):\n"
    "        return False\n"
    "    def writable(self):\n"
    "        return False\n"
    "    def seekable(self):\n"
    "        return False\n"
    "    def fileno(self):\n"
    "        raise UnsupportedOperation('fileno')\n"
    "    def isatty(self):\n"
    "        self._checkClosed()\n"
    "        return False\n"
    "    def __enter__(self):\n"
    "        self._checkClosed()\n"
    "        return self\n"
    "    def __exit__(self, *args):\n"
    "        self.close()\n"
    "    def __iter__(self):\n"
    "        self._checkClosed()\n"
    "        return self\n"
    "    def __next__(self):\n"
    "        line = self.readline()\n"
    "        if not line:\n"
    "            raise StopIteration\n"
    "        return line\n"
    "    def readline(self, size=-1):\n"
    "        if size is None:\n"
    "            size = -1\n"
    "        out = []\n"
    "        while size < 0 or len(out) < size:\n"
    "            c = self.read(1)\n"
    "            if not c:\n"
    "                break\n"
    "            out.append(c)\n"
    "            if c == '\\n' or c == b'\\n':\n"
    "                break\n"
    "        return self._empty.join(out)\n"
    "    def readlines(self, hint=None):\n"
    "        if hint is None or hint <= 0:\n"
    "            return list(self)\n"
    "        n = 0\n"
    "        lines = []\n"
    "        for line in self:\n"
    "            lines.append(line)\n"
    "            n += len(line)\n"
    "            if n >= hint:\n"
    "                break\n"
    "        return lines\n"
    "    def writelines(self, lines):\n"
    "        self._checkClosed()\n"
    "        for line in lines:\n"
    "            self.write(line)\n"
    "class RawIOBase(IOBase):\n"
    "    def read(self, size=-1):\n"
    "        if size is None:\n"
    "            size = -1\n"
    "        if size < 0:\n"
    "            return self.readall()\n"
    "        b = bytearray(size)\n"
    "        n = self.readinto(b)\n"
    "        if n is None:\n"
    "            return None\n"
    "        return bytes(b[:n])\n"
    "    def readall(self):\n"
    "        res = bytearray()\n"
    "        while True:\n"
    "            data = self.read(8192)\n"
    "            if data is None:\n"
    "                if not res:\n"
    "                    return None\n"
    "                break\n"
    "            if not isinstance(data, bytes):\n"
    "                raise TypeError('read() should return bytes')\n"
    "            if not data:\n"
    "                break\n"
    "            res += data\n"
    "        return bytes(res)\n"
    "    def readinto(self, b):\n"
    "        raise NotImplementedError\n"
    "    def write(self, b):\n"
    "        raise NotImplementedError\n"
    "class BufferedIOBase(IOBase):\n"
    "    def read(self, size=-1):\n"
    "        raise UnsupportedOperation('read')\n"
    "    def read1(self, size=-1):\n"
    "        raise UnsupportedOperation('read1')\n"
    "    def write(self, b):\n"
    "        raise UnsupportedOperation('write')\n"
    "    def readinto(self, b):\n"
    "        data = self.read(len(b))\n"
    "        n = len(data)\n"
    "        b[:n] = data\n"
    "        return n\n"
    "    def detach(self):\n"
    "        raise UnsupportedOperation('detach')\n"
    "class TextIOBase(IOBase):\n"
    "    _empty = ''\n"
    "    encoding = None\n"
    "    errors = None\n"
    "    newlines = None\n"
    "    def read(self, size=-1):\n"
    "        raise UnsupportedOperation('read')\n"
    "    def write(self, s):\n"
    "        raise UnsupportedOperation('write')\n"
    "    def detach(self):\n"
    "        raise UnsupportedOperation('detach')\n"
    "class BufferedRWPair(BufferedIOBase):\n"
    "    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE, /):\n"
    "        if reader.readable() is not True:\n"
    "            raise UnsupportedOperation('File or stream is not readable.')\n"
    "        if writer.writable() is not True:\n"
    "            raise UnsupportedOperation('File or stream is not writable.')\n"
    "        self._reader = BufferedReader(reader, buffer_size)\n"
    "        self._writer = BufferedWriter(writer, buffer_size)\n"
    "    def read(self, *args):\n"
    "        return self._reader.read(*args)\n"
    "    def peek(self, *args):\n"
    "        return self._reader.peek(*args)\n"
    "    def read1(self, *args):\n"
    "        return self._reader.read1(*args)\n"
    "    def readinto(self, *args):\n"
    "        return self._reader.readinto(*args)\n"
    "    def readinto1(self, *args):\n"
    "        return self._reader.readinto1(*args)\n"
    "    def write(self, *args):\n"
    "        return self._writer.write(*args)\n"
    "    def flush(self):\n"
    "        return self._writer.flush()\n"
    "    def readable(self):\n"
    "        return self._reader.readable()\n"
    "    def writable(self):\n"
    "        return self._writer.writable()\n"
    "    def close(self):\n"
    "        try:\n"
    "            self._writer.close()\n"
    "        finally:\n"
    "            self._reader.close()\n"
    "    def isatty(self):\n"
    "        return self._writer.isatty() or self._reader.isatty()\n"
    "    @property\n"
    "    def closed(self):\n"
    "        return self._writer.closed\n"
    "BufferedRWPair.__module__ = '_io'\n"
    "IOBase._registered = (FileIO, BufferedReader, BufferedWriter, BufferedRandom,\n"
    "                      BytesIO, TextIOWrapper, StringIO)\n"
    "RawIOBase._registered = (FileIO,)\n"
    "BufferedIOBase._registered = (BufferedReader, BufferedWriter, BufferedRandom, BytesIO)\n"
    "TextIOBase._registered = (TextIOWrapper, StringIO)\n"
    "for _c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):\n"
    "    _c.__module__ = 'io'\n"
    "del _c\n";

static int
io_add_bases(GlObject *m)
{
    GlObject *fn = GlStr_FromString("<io>");
    if (fn == NULL) {
        return -1;
    }
    GlObject *code = GlCompile_String(io_bases_source, (Gl_ssize_t)strlen(io_bases_source), fn,
                                      GL_MODE_EXEC);
    Gl_DECREF(fn);
    if (code == NULL) {
        return -1;
    }
    GlObject *d = GlModule_GetDict(m);
    GlObject *r = GlEval_Code(code, d, d);
    Gl_DECREF(code);
    Gl_XDECREF(r);
    return r != NULL ? 0 : -1;
}

GlObject *
GlInit_io(void)
{
    static GlMethodDef io_methods[] = {
        {"open", GL_FN(io_open), GL_METH_FASTCALL | GL_METH_KEYWORDS,
         "Open file and return a stream.  Raise OSError upon failure."},
        {NULL, NULL, 0, NULL},
    };
    GlObject *m = GlModule_NewFromString("io");
    if (m == NULL) {
        return NULL;
    }
    static const struct { const char *name; GlTypeObject *type; } types[] = {
        {"FileIO", &GlFileIO_Type}, {"BufferedReader", &GlBufferedReader_Type},
        {"BufferedWriter", &GlBufferedWriter_Type}, {"BufferedRandom", &GlBufferedRandom_Type},
        {"TextIOWrapper", &GlTextIOWrapper_Type}, {"StringIO", &GlStringIO_Type},
        {"BytesIO", &GlBytesIO_Type},
    };
    if (GlModule_AddFunctions(m, io_methods) < 0) {
        goto error;
    }
    for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
        if (GlModule_AddObject(m, types[i].name, (GlObject *)types[i].type) < 0) {
            goto error;
        }
    }
    GlObject *unsup = GlIO_UnsupportedOperation();
    if (unsup == NULL || GlModule_AddObject(m, "UnsupportedOperation", unsup) < 0 ||
        GlModule_AddObject(m, "BlockingIOError", GlExc_BlockingIOError) < 0 ||
        GlModule_AddIntConstant(m, "DEFAULT_BUFFER_SIZE", GL_IO_DEFAULT_BUFFER_SIZE) < 0 ||
        GlModule_AddIntConstant(m, "SEEK_SET", 0) < 0 ||
        GlModule_AddIntConstant(m, "SEEK_CUR", 1) < 0 ||
        GlModule_AddIntConstant(m, "SEEK_END", 2) < 0 || io_add_bases(m) < 0) {
        goto error;
    }
    return m;
error:
    Gl_DECREF(m);
    return NULL;
}
