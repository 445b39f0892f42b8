/* exceptions_sub.c - the exception types with fields beyond BaseException's:
 * StopIteration, SystemExit, ImportError, OSError and its subclasses, NameError,
 * AttributeError, SyntaxError, the Unicode errors; GlErr_NewSyntaxError and the
 * Unicode error constructors used by the codecs.
 *
 * Invariants: extra fields are NULL (read as None through GL_T_OBJECT members) or
 * owned; OSError's args keep only (errno, strerror) when a filename was given;
 * Unicode errors' start/end are plain indices into `object`.
 *
 * CPython behaviour matched (Objects/exceptions.c, 3.11): OSError(errno, ...) picks
 * the subclass for errno when called as OSError exactly, unless a subclass defines
 * __init__ (oserror_use_init); the str forms "[Errno 2] No such file or directory:
 * 'x'", "msg (file.py, line 2)", "'utf-8' codec can't decode byte 0xff in position
 * 0: invalid start byte"; keyword checks "'x' is an invalid keyword argument for
 * ImportError()".
 */
#include <errno.h>
#include "exceptions_int.h"

/* Keyword-only arguments: out[i] = kwds[names[i]] (borrowed) or NULL. 0 / -1. */
static int
parse_kwonly(GlObject *kwds, const char *fname, const char *const *names, GlObject **out,
             int n)
{
    for (int i = 0; i < n; i++) {
        out[i] = NULL;
    }
    if (kwds == NULL) {
        return 0;
    }
    Gl_ssize_t pos = 0;
    GlObject *key, *value;
    while (GlDict_Next(kwds, &pos, &key, &value)) {
        int found = 0;
        for (int i = 0; i < n && !found; i++) {
            if (GlStr_Check(key) && GlStr_EqualToASCII(key, names[i])) {
                out[i] = value;
                found = 1;
            }
        }
        if (!found) {
            GlErr_Format(GlExc_TypeError, "'%S' is an invalid keyword argument for %s()", key,
                         fname);
            return -1;
        }
    }
    return 0;
}

static inline Gl_ssize_t
nargs_of(GlObject *args)
{
    return args == NULL ? 0 : GlTuple_GET_SIZE(args);
}

/* ---- StopIteration ---- */

static int
StopIteration_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    if (GlExcBase_Init(op, args, kwds) < 0) {
        return -1;
    }
    GlStopIterationObject *self = (GlStopIterationObject *)op;
    GlObject *v = nargs_of(args) > 0 ? GlTuple_GET_ITEM(args, 0) : Gl_None;
    Gl_XSETREF(self->value, Gl_NewRef(v));
    return 0;
}

static int
StopIteration_clear(GlObject *op)
{
    Gl_CLEAR(((GlStopIterationObject *)op)->value);
    return GlExcBase_Clear(op);
}

static void
StopIteration_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    StopIteration_clear(op);
    Gl_TYPE(op)->tp_free(op);
}

static int
StopIteration_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((GlStopIterationObject *)op)->value);
    return GlExcBase_Traverse(op, visit, arg);
}

static GlMemberDef StopIteration_members[] = {
    {"value", GL_T_OBJECT, offsetof(GlStopIterationObject, value), 0,
     "generator return value"},
    {NULL, 0, 0, 0, NULL},
};

GL_COMPLEX_EXC(StopIteration, Exception, GlStopIterationObject, StopIteration, NULL, NULL,
               StopIteration_members, NULL, NULL, "Signal the end from iterator.__next__().")

/* ---- SystemExit ---- */

static int
SystemExit_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    if (GlExcBase_Init(op, args, kwds) < 0) {
        return -1;
    }
    GlSystemExitObject *self = (GlSystemExitObject *)op;
    Gl_ssize_t n = nargs_of(args);
    if (n == 0) {
        return 0;
    }
    GlObject *code = n == 1 ? GlTuple_GET_ITEM(args, 0) : args;
    Gl_XSETREF(self->code, Gl_NewRef(code));
    return 0;
}

static int
SystemExit_clear(GlObject *op)
{
    Gl_CLEAR(((GlSystemExitObject *)op)->code);
    return GlExcBase_Clear(op);
}

static void
SystemExit_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    SystemExit_clear(op);
    Gl_TYPE(op)->tp_free(op);
}

static int
SystemExit_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((GlSystemExitObject *)op)->code);
    return GlExcBase_Traverse(op, visit, arg);
}

static GlMemberDef SystemExit_members[] = {
    {"code", GL_T_OBJECT, offsetof(GlSystemExitObject, code), 0, "exception code"},
    {NULL, 0, 0, 0, NULL},
};

GL_COMPLEX_EXC(SystemExit, BaseException, GlSystemExitObject, SystemExit, NULL, NULL,
               SystemExit_members, NULL, NULL, "Request to exit from the interpreter.")

/* ---- ImportError ---- */

static int
ImportError_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    static const char *const names[] = {"name", "path"};
    GlImportErrorObject *self = (GlImportErrorObject *)op;
    if (GlExcBase_Init(op, args, NULL) < 0) {
        return -1;
    }
    GlObject *kw[2];
    if (parse_kwonly(kwds, "ImportError", names, kw, 2) < 0) {
        return -1;
    }
    Gl_XSETREF(self->name, Gl_XNewRef(kw[0]));
    Gl_XSETREF(self->path, Gl_XNewRef(kw[1]));
    GlObject *msg = nargs_of(args) == 1 ? GlTuple_GET_ITEM(args, 0) : NULL;
    Gl_XSETREF(self->msg, Gl_XNewRef(msg));
    return 0;
}

static int
ImportError_clear(GlObject *op)
{
    GlImportErrorObject *self = (GlImportErrorObject *)op;
    Gl_CLEAR(self->msg);
    Gl_CLEAR(self->name);
    Gl_CLEAR(self->path);
    return GlExcBase_Clear(op);
}

static void
ImportError_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    ImportError_clear(op);
    Gl_TYPE(op)->tp_free(op);
}

static int
ImportError_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlImportErrorObject *self = (GlImportErrorObject *)op;
    Gl_VISIT(self->msg);
    Gl_VISIT(self->name);
    Gl_VISIT(self->path);
    return GlExcBase_Traverse(op, visit, arg);
}

static GlObject *
ImportError_str(GlObject *op)
{
    GlImportErrorObject *self = (GlImportErrorObject *)op;
    if (self->msg != NULL && GlStr_CheckExact(self->msg)) {
        return Gl_NewRef(self->msg);
    }
    return GlExcBase_Str(op);
}

static GlMemberDef ImportError_members[] = {
    {"msg", GL_T_OBJECT, offsetof(GlImportErrorObject, msg), 0, "exception message"},
    {"name", GL_T_OBJECT, offsetof(GlImportErrorObject, name), 0, "module name"},
    {"path", GL_T_OBJECT, offsetof(GlImportErrorObject, path), 0, "module path"},
    {NULL, 0, 0, 0, NULL},
};

GL_COMPLEX_EXC(ImportError, Exception, GlImportErrorObject, ImportError, NULL, NULL,
               ImportError_members, NULL, ImportError_str,
               "Import can't find module, or can't find name in module.")
GL_COMPLEX_EXC(ModuleNotFoundError, ImportError, GlImportErrorObject, ImportError, NULL, NULL,
               NULL, NULL, NULL, "Module not found.")

/* ---- OSError ---- */

static int OSError_init(GlObject *op, GlObject *args, GlObject *kwds);
static GlObject *OSError_new(GlTypeObject *type, GlObject *args, GlObject *kwds);

/* Whether initialisation is left to __init__: a subclass overriding __init__ but
 * not __new__ (CPython's oserror_use_init). */
static int
oserror_use_init(GlTypeObject *type)
{
    return type->tp_init != OSError_init && type->tp_new == OSError_new;
}

static GlTypeObject *
errno_subclass(int e)
{
    switch (e) {
    case EAGAIN:
#if EWOULDBLOCK != EAGAIN
    case EWOULDBLOCK:
#endif
    case EALREADY:
    case EINPROGRESS:
        return &GlBlockingIOError_Type;
    case ECHILD:
        return &GlChildProcessError_Type;
    case EPIPE:
    case ESHUTDOWN:
        return &GlBrokenPipeError_Type;
    case ECONNABORTED:
        return &GlConnectionAbortedError_Type;
    case ECONNREFUSED:
        return &GlConnectionRefusedError_Type;
    case ECONNRESET:
        return &GlConnectionResetError_Type;
    case EEXIST:
        return &GlFileExistsError_Type;
    case ENOENT:
        return &GlFileNotFoundError_Type;
    case EISDIR:
        return &GlIsADirectoryError_Type;
    case ENOTDIR:
        return &GlNotADirectoryError_Type;
    case EINTR:
        return &GlInterruptedError_Type;
    case EACCES:
    case EPERM:
        return &GlPermissionError_Type;
    case ESRCH:
        return &GlProcessLookupError_Type;
    case ETIMEDOUT:
        return &GlTimeoutError_Type;
    default:
        return NULL;
    }
}

/* Fills the fields from args (errno, strerror[, filename[, winerror[, filename2]]]);
 * args becomes (errno, strerror) when a filename is given. */
static int
oserror_init(GlOSErrorObject *self, GlObject *args)
{
    Gl_ssize_t n = nargs_of(args);
    GlObject *myerrno = NULL, *strerror = NULL, *filename = NULL, *filename2 = NULL;
    if (n >= 2 && n <= 5) {
        myerrno = GlTuple_GET_ITEM(args, 0);
        strerror = GlTuple_GET_ITEM(args, 1);
        filename = n >= 3 ? GlTuple_GET_ITEM(args, 2) : NULL;
        filename2 = n >= 5 ? GlTuple_GET_ITEM(args, 4) : NULL;
    }
    GlObject *newargs = Gl_NewRef(args);
    if (filename != NULL && filename != Gl_None && Gl_IS_TYPE(self, &GlBlockingIOError_Type)
        && Gl_TYPE(filename)->tp_as_number != NULL
        && (Gl_TYPE(filename)->tp_as_number->nb_index || Gl_TYPE(filename)->tp_as_number->nb_int
            || Gl_TYPE(filename)->tp_as_number->nb_float)) {
        // BlockingIOError(errno, strerror, characters_written): args are kept whole
        self->written = GlNumber_AsSsize_t(filename, GlExc_ValueError);
        if (self->written == -1 && GlErr_Occurred()) {
            Gl_DECREF(newargs);
            return -1;
        }
    } else if (filename != NULL && filename != Gl_None) {
        Gl_XSETREF(self->filename, Gl_NewRef(filename));
        if (filename2 != NULL && filename2 != Gl_None) {
            Gl_XSETREF(self->filename2, Gl_NewRef(filename2));
        }
        Gl_SETREF(newargs, GlTuple_GetSlice(args, 0, 2));
        if (newargs == NULL) {
            return -1;
        }
    }
    Gl_XSETREF(self->myerrno, Gl_XNewRef(myerrno));
    Gl_XSETREF(self->strerror, Gl_XNewRef(strerror));
    Gl_XSETREF(self->args, newargs);
    return 0;
}

static GlObject *
OSError_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    int use_init = oserror_use_init(type);
    if (!use_init) {
        if (kwds != NULL && GlDict_Check(kwds) && GlDict_GET_SIZE(kwds) != 0) {
            return GlErr_Format(GlExc_TypeError, "%s() takes no keyword arguments",
                                type->tp_name);
        }
        Gl_ssize_t n = nargs_of(args);
        if (n >= 2 && n <= 5 && type == &GlOSError_Type) {
            GlObject *e = GlTuple_GET_ITEM(args, 0);
            if (GlInt_Check(e)) {
                int overflow;
                int64_t v = GlInt_AsInt64AndOverflow(e, &overflow);
                GlTypeObject *sub = overflow ? NULL : errno_subclass((int)v);
                if (sub != NULL && v == (int)v) {
                    type = sub;
                }
            }
        }
    }
    GlOSErrorObject *self = (GlOSErrorObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->written = -1;
    if (!oserror_use_init(type) && args != NULL) {
        if (oserror_init(self, args) < 0) {
            Gl_DECREF(self);
            return NULL;
        }
    }
    else {
        self->args = GlTuple_New(0);
        if (self->args == NULL) {
            Gl_DECREF(self);
            return NULL;
        }
    }
    return (GlObject *)self;
}

static int
OSError_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    if (!oserror_use_init(Gl_TYPE(op))) {
        return 0;   // done in __new__
    }
    if (kwds != NULL && GlDict_Check(kwds) && GlDict_GET_SIZE(kwds) != 0) {
        GlErr_Format(GlExc_TypeError, "%s() takes no keyword arguments", Gl_TYPE(op)->tp_name);
        return -1;
    }
    return oserror_init((GlOSErrorObject *)op, args);
}

static int
OSError_clear(GlObject *op)
{
    GlOSErrorObject *self = (GlOSErrorObject *)op;
    Gl_CLEAR(self->myerrno);
    Gl_CLEAR(self->strerror);
    Gl_CLEAR(self->filename);
    Gl_CLEAR(self->filename2);
    return GlExcBase_Clear(op);
}

static void
OSError_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    OSError_clear(op);
    Gl_TYPE(op)->tp_free(op);
}

static int
OSError_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlOSErrorObject *self = (GlOSErrorObject *)op;
    Gl_VISIT(self->myerrno);
    Gl_VISIT(self->strerror);
    Gl_VISIT(self->filename);
    Gl_VISIT(self->filename2);
    return GlExcBase_Traverse(op, visit, arg);
}

#define OR_NONE(x) ((x) != NULL ? (x) : Gl_None)

static GlObject *
OSError_str(GlObject *op)
{
    GlOSErrorObject *self = (GlOSErrorObject *)op;
    if (self->filename != NULL) {
        if (self->filename2 != NULL) {
            return GlStr_FromFormat("[Errno %S] %S: %R -> %R", OR_NONE(self->myerrno),
                                    OR_NONE(self->strerror), self->filename, self->filename2);
        }
        return GlStr_FromFormat("[Errno %S] %S: %R", OR_NONE(self->myerrno),
                                OR_NONE(self->strerror), self->filename);
    }
    if (self->myerrno != NULL && self->strerror != NULL) {
        return GlStr_FromFormat("[Errno %S] %S", self->myerrno, self->strerror);
    }
    return GlExcBase_Str(op);
}

static GlObject *
OSError_reduce(GlObject *op, GlObject *unused)
{
    GlOSErrorObject *self = (GlOSErrorObject *)op;
    GlObject *args = self->args;
    if (args != NULL && GlTuple_GET_SIZE(args) == 2 && self->filename != NULL) {
        if (self->filename2 != NULL) {
            args = GlTuple_Pack(5, GlTuple_GET_ITEM(self->args, 0),
                                GlTuple_GET_ITEM(self->args, 1), self->filename, Gl_None,
                                self->filename2);
        }
        else {
            args = GlTuple_Pack(3, GlTuple_GET_ITEM(self->args, 0),
                                GlTuple_GET_ITEM(self->args, 1), self->filename);
        }
        if (args == NULL) {
            return NULL;
        }
    }
    else {
        args = Gl_NewRef(OR_NONE(args));
    }
    GlObject *res;
    if (self->dict != NULL) {
        res = GlTuple_Pack(3, (GlObject *)Gl_TYPE(op), args, self->dict);
    }
    else {
        res = GlTuple_Pack(2, (GlObject *)Gl_TYPE(op), args);
    }
    Gl_DECREF(args);
    return res;
}

static GlMethodDef OSError_methods[] = {
    {"__reduce__", GL_FN(OSError_reduce), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static GlMemberDef OSError_members[] = {
    {"errno", GL_T_OBJECT, offsetof(GlOSErrorObject, myerrno), 0, "POSIX exception code"},
    {"strerror", GL_T_OBJECT, offsetof(GlOSErrorObject, strerror), 0, "exception strerror"},
    {"filename", GL_T_OBJECT, offsetof(GlOSErrorObject, filename), 0, "exception filename"},
    {"filename2", GL_T_OBJECT, offsetof(GlOSErrorObject, filename2), 0,
     "second exception filename"},
    {NULL, 0, 0, 0, NULL},
};

static GlObject *
OSError_get_written(GlObject *op, void *closure)
{
    GlOSErrorObject *self = (GlOSErrorObject *)op;
    if (self->written == -1) {
        return GlErr_SetString(GlExc_AttributeError, "characters_written");
    }
    return GlInt_FromSsize_t(self->written);
}

static int
OSError_set_written(GlObject *op, GlObject *value, void *closure)
{
    GlOSErrorObject *self = (GlOSErrorObject *)op;
    if (value == NULL) {
        if (self->written == -1) {
            GlErr_SetString(GlExc_AttributeError, "characters_written");
            return -1;
        }
        self->written = -1;
        return 0;
    }
    Gl_ssize_t n = GlNumber_AsSsize_t(value, GlExc_ValueError);
    if (n == -1 && GlErr_Occurred()) {
        return -1;
    }
    self->written = n;
    return 0;
}

static GlGetSetDef OSError_getset[] = {
    {"characters_written", OSError_get_written, OSError_set_written, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GL_COMPLEX_EXC(OSError, Exception, GlOSErrorObject, OSError, OSError_new, OSError_methods,
               OSError_members, OSError_getset, OSError_str, "Base class for I/O related errors.")

#define GL_OSERROR_SUB(NAME, BASE, DOC)                                                 \
    GL_COMPLEX_EXC(NAME, BASE, GlOSErrorObject, OSError, NULL, NULL, NULL, NULL, NULL, DOC)

GL_OSERROR_SUB(ConnectionError, OSError, "Connection error.")
GL_OSERROR_SUB(BlockingIOError, OSError, "I/O operation would block.")
GL_OSERROR_SUB(BrokenPipeError, ConnectionError, "Broken pipe.")
GL_OSERROR_SUB(ChildProcessError, OSError, "Child process error.")
GL_OSERROR_SUB(ConnectionAbortedError, ConnectionError, "Connection aborted.")
GL_OSERROR_SUB(ConnectionRefusedError, ConnectionError, "Connection refused.")
GL_OSERROR_SUB(ConnectionResetError, ConnectionError, "Connection reset.")
GL_OSERROR_SUB(FileExistsError, OSError, "File already exists.")
GL_OSERROR_SUB(FileNotFoundError, OSError, "File not found.")
GL_OSERROR_SUB(IsADirectoryError, OSError, "Operation doesn't work on directories.")
GL_OSERROR_SUB(NotADirectoryError, OSError, "Operation only works on directories.")
GL_OSERROR_SUB(InterruptedError, OSError, "Interrupted by signal.")
GL_OSERROR_SUB(PermissionError, OSError, "Not enough permissions.")
GL_OSERROR_SUB(ProcessLookupError, OSError, "Process not found.")
GL_OSERROR_SUB(TimeoutError, OSError, "Timeout expired.")

/* ---- NameError, UnboundLocalError ---- */

static int
NameError_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    static const char *const names[] = {"name"};
    if (GlExcBase_Init(op, args, NULL) < 0) {
        return -1;
    }
    GlObject *kw[1];
    if (parse_kwonly(kwds, Gl_TYPE(op) == &GlUnboundLocalError_Type ? "UnboundLocalError"
                                                                     : "NameError",
                     names, kw, 1) < 0) {
        return -1;
    }
    Gl_XSETREF(((GlNameErrorObject *)op)->name, Gl_XNewRef(kw[0]));
    return 0;
}

static int
NameError_clear(GlObject *op)
{
    Gl_CLEAR(((GlNameErrorObject *)op)->name);
    return GlExcBase_Clear(op);
}

static void
NameError_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    NameError_clear(op);
    Gl_TYPE(op)->tp_free(op);
}

static int
NameError_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((GlNameErrorObject *)op)->name);
    return GlExcBase_Traverse(op, visit, arg);
}

static GlMemberDef NameError_members[] = {
    {"name", GL_T_OBJECT, offsetof(GlNameErrorObject, name), 0, "name"},
    {NULL, 0, 0, 0, NULL},
};

GL_COMPLEX_EXC(NameError, Exception, GlNameErrorObject, NameError, NULL, NULL,
               NameError_members, NULL, NULL, "Name not found globally.")
GL_COMPLEX_EXC(UnboundLocalError, NameError, GlNameErrorObject, NameError, NULL, NULL, NULL,
               NULL, NULL, "Local name referenced but not bound to a value.")

/* ---- AttributeError ---- */

static int
AttributeError_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    static const char *const names[] = {"name", "obj"};
    if (GlExcBase_Init(op, args, NULL) < 0) {
        return -1;
    }
    GlObject *kw[2];
    if (parse_kwonly(kwds, "AttributeError", names, kw, 2) < 0) {
        return -1;
    }
    GlAttributeErrorObject *self = (GlAttributeErrorObject *)op;
    Gl_XSETREF(self->name, Gl_XNewRef(kw[0]));
    Gl_XSETREF(self->obj, Gl_XNewRef(kw[1]));
    return 0;
}

static int
AttributeError_clear(GlObject *op)
{
    GlAttributeErrorObject *self = (GlAttributeErrorObject *)op;
    Gl_CLEAR(self->obj);
    Gl_CLEAR(self->name);
    return GlExcBase_Clear(op);
}

static void
AttributeError_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    AttributeError_clear(op);
    Gl_TYPE(op)->tp_free(op);
}

static int
AttributeError_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlAttributeErrorObject *self = (GlAttributeErrorObject *)op;
    Gl_VISIT(self->obj);
    Gl_VISIT(self->name);
    return GlExcBase_Traverse(op, visit, arg);
}

static GlMemberDef AttributeError_members[] = {
    {"name", GL_T_OBJECT, offsetof(GlAttributeErrorObject, name), 0, "attribute name"},
    {"obj", GL_T_OBJECT, offsetof(GlAttributeErrorObject, obj), 0, "object"},
    {NULL, 0, 0, 0, NULL},
};

GL_COMPLEX_EXC(AttributeError, Exception, GlAttributeErrorObject, AttributeError, NULL, NULL,
               AttributeError_members, NULL, NULL, "Attribute not found.")

/* ---- SyntaxError, IndentationError, TabError ---- */

static int
SyntaxError_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    GlSyntaxErrorObject *self = (GlSyntaxErrorObject *)op;
    if (GlExcBase_Init(op, args, kwds) < 0) {
        return -1;
    }
    Gl_ssize_t n = nargs_of(args);
    if (n >= 1) {
        Gl_XSETREF(self->msg, Gl_NewRef(GlTuple_GET_ITEM(args, 0)));
    }
    if (n != 2) {
        return 0;
    }
    GlObject *info = GlSequence_Tuple(GlTuple_GET_ITEM(args, 1));
    if (info == NULL) {
        return -1;
    }
    Gl_ssize_t m = GlTuple_GET_SIZE(info);
    if (m < 4 || m > 6) {
        GlErr_Format(GlExc_TypeError, "function takes %s %d arguments (%zd given)",
                     m < 4 ? "at least" : "at most", m < 4 ? 4 : 6, m);
        Gl_DECREF(info);
        return -1;
    }
    GlObject **it = GlTuple_ITEMS(info);
    Gl_XSETREF(self->filename, Gl_NewRef(it[0]));
    Gl_XSETREF(self->lineno, Gl_NewRef(it[1]));
    Gl_XSETREF(self->offset, Gl_NewRef(it[2]));
    Gl_XSETREF(self->text, Gl_NewRef(it[3]));
    Gl_XSETREF(self->end_lineno, m >= 5 ? Gl_NewRef(it[4]) : NULL);
    Gl_XSETREF(self->end_offset, m >= 6 ? Gl_NewRef(it[5]) : NULL);
    Gl_DECREF(info);
    if (self->end_lineno != NULL && self->end_offset == NULL) {
        GlErr_SetString(GlExc_TypeError,
                        "end_offset must be provided when end_lineno is provided");
        return -1;
    }
    return 0;
}

static int
SyntaxError_clear(GlObject *op)
{
    GlSyntaxErrorObject *self = (GlSyntaxErrorObject *)op;
    Gl_CLEAR(self->msg);
    Gl_CLEAR(self->filename);
    Gl_CLEAR(self->lineno);
    Gl_CLEAR(self->offset);
    Gl_CLEAR(self->end_lineno);
    Gl_CLEAR(self->end_offset);
    Gl_CLEAR(self->text);
    Gl_CLEAR(self->print_file_and_line);
    return GlExcBase_Clear(op);
}

static void
SyntaxError_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    SyntaxError_clear(op);
    Gl_TYPE(op)->tp_free(op);
}

static int
SyntaxError_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlSyntaxErrorObject *self = (GlSyntaxErrorObject *)op;
    Gl_VISIT(self->msg);
    Gl_VISIT(self->filename);
    Gl_VISIT(self->lineno);
    Gl_VISIT(self->offset);
    Gl_VISIT(self->end_lineno);
    Gl_VISIT(self->end_offset);
    Gl_VISIT(self->text);
    Gl_VISIT(self->print_file_and_line);
    return GlExcBase_Traverse(op, visit, arg);
}

static GlObject *
SyntaxError_str(GlObject *op)
{
    GlSyntaxErrorObject *self = (GlSyntaxErrorObject *)op;
    GlObject *msg = OR_NONE(self->msg);
    GlObject *filename = NULL;
    if (self->filename != NULL && GlStr_Check(self->filename)) {
        /* The basename: what follows the last '/'. */
        Gl_ssize_t n = GlStr_GET_LENGTH(self->filename), i = n;
        while (i > 0 && GlStr_READ_CHAR(self->filename, i - 1) != '/') {
            i--;
        }
        filename = GlStr_Substring(self->filename, i, n);
        if (filename == NULL) {
            return NULL;
        }
    }
    int have_lineno = self->lineno != NULL && GlInt_CheckExact(self->lineno);
    long lineno = -1;
    if (have_lineno) {
        int overflow;
        int64_t v = GlInt_AsInt64AndOverflow(self->lineno, &overflow);
        lineno = overflow ? -1 : (long)v;
    }
    GlObject *r;
    if (filename != NULL && have_lineno) {
        r = GlStr_FromFormat("%S (%U, line %ld)", msg, filename, lineno);
    }
    else if (filename != NULL) {
        r = GlStr_FromFormat("%S (%U)", msg, filename);
    }
    else if (have_lineno) {
        r = GlStr_FromFormat("%S (line %ld)", msg, lineno);
    }
    else {
        r = GlObject_Str(msg);
    }
    Gl_XDECREF(filename);
    return r;
}

static GlMemberDef SyntaxError_members[] = {
    {"msg", GL_T_OBJECT, offsetof(GlSyntaxErrorObject, msg), 0, "exception msg"},
    {"filename", GL_T_OBJECT, offsetof(GlSyntaxErrorObject, filename), 0, "exception filename"},
    {"lineno", GL_T_OBJECT, offsetof(GlSyntaxErrorObject, lineno), 0, "exception lineno"},
    {"offset", GL_T_OBJECT, offsetof(GlSyntaxErrorObject, offset), 0, "exception offset"},
    {"text", GL_T_OBJECT, offsetof(GlSyntaxErrorObject, text), 0, "exception text"},
    {"end_lineno", GL_T_OBJECT, offsetof(GlSyntaxErrorObject, end_lineno), 0,
     "exception end lineno"},
    {"end_offset", GL_T_OBJECT, offsetof(GlSyntaxErrorObject, end_offset), 0,
     "exception end offset"},
    {"print_file_and_line", GL_T_OBJECT, offsetof(GlSyntaxErrorObject, print_file_and_line), 0,
     "exception print_file_and_line"},
    {NULL, 0, 0, 0, NULL},
};

GL_COMPLEX_EXC(SyntaxError, Exception, GlSyntaxErrorObject, SyntaxError, NULL, NULL,
               SyntaxError_members, NULL, SyntaxError_str, "Invalid syntax.")
GL_COMPLEX_EXC(IndentationError, SyntaxError, GlSyntaxErrorObject, SyntaxError, NULL, NULL,
               NULL, NULL, NULL, "Improper indentation.")
GL_COMPLEX_EXC(TabError, IndentationError, GlSyntaxErrorObject, SyntaxError, NULL, NULL, NULL,
               NULL, NULL, "Improper mixture of spaces and tabs.")

static GlObject *
int_or_none(long v)
{
    return v < 0 ? Gl_NewRef(Gl_None) : GlInt_FromLong(v);
}

GlObject *
GlErr_NewSyntaxError(GlObject *type, const char *msg, const char *filename, int lineno,
                     int offset, int end_lineno, int end_offset, const char *text) GL_NEWREF
{
    GlObject *items[6] = {NULL};
    GlObject *m = GlStr_FromString(msg);
    items[0] = filename != NULL ? GlStr_FromString(filename) : Gl_NewRef(Gl_None);
    items[1] = GlInt_FromLong(lineno);
    items[2] = int_or_none(offset);
    items[3] = text != NULL ? GlStr_Decode(text, (Gl_ssize_t)strlen(text), "utf-8", "replace")
                            : Gl_NewRef(Gl_None);
    items[4] = int_or_none(end_lineno);
    // CPython's parser gives -1 for an unknown end (IndentationError); lower is None
    items[5] = end_offset >= -1 ? GlInt_FromLong(end_offset) : Gl_NewRef(Gl_None);
    GlObject *info = NULL, *args = NULL, *exc = NULL;
    for (int i = 0; i < 6; i++) {
        if (items[i] == NULL) {
            goto done;
        }
    }
    if (m == NULL) {
        goto done;
    }
    info = GlTuple_FromArray(items, 6);
    if (info == NULL) {
        goto done;
    }
    args = GlTuple_Pack(2, m, info);
    if (args == NULL) {
        goto done;
    }
    exc = GlObject_Call(type, args, NULL);
done:
    for (int i = 0; i < 6; i++) {
        Gl_XDECREF(items[i]);
    }
    Gl_XDECREF(m);
    Gl_XDECREF(info);
    Gl_XDECREF(args);
    return exc;
}

/* ---- UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError ---- */

static int
UnicodeError_clear(GlObject *op)
{
    GlUnicodeErrorObject *self = (GlUnicodeErrorObject *)op;
    Gl_CLEAR(self->encoding);
    Gl_CLEAR(self->object);
    Gl_CLEAR(self->reason);
    return GlExcBase_Clear(op);
}

static void
UnicodeError_dealloc(GlObject *op)
{
    GlObject_GC_UnTrack(op);
    UnicodeError_clear(op);
    Gl_TYPE(op)->tp_free(op);
}

static int
UnicodeError_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlUnicodeErrorObject *self = (GlUnicodeErrorObject *)op;
    Gl_VISIT(self->encoding);
    Gl_VISIT(self->object);
    Gl_VISIT(self->reason);
    return GlExcBase_Traverse(op, visit, arg);
}

/* Checks a positional argument's type as PyArg_ParseTuple does. */
static int
check_arg(GlObject *v, int pos, int want_str, int want_int)
{
    if (want_str && !GlStr_Check(v)) {
        GlErr_Format(GlExc_TypeError, "argument %d must be str, not %s", pos,
                     GlObject_TypeName(v));
        return -1;
    }
    if (want_int && !GlIndex_Check(v)) {
        GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                     GlObject_TypeName(v));
        return -1;
    }
    return 0;
}

/* Parses (encoding, object, start, end, reason) or, with no encoding, the 4-tuple
 * of UnicodeTranslateError; object must be str (obj_is_str) or bytes-like. */
static int
unicode_error_init(GlObject *op, GlObject *args, GlObject *kwds, int has_encoding,
                   int obj_is_str)
{
    if (GlExcBase_Init(op, args, kwds) < 0) {
        return -1;
    }
    GlUnicodeErrorObject *self = (GlUnicodeErrorObject *)op;
    Gl_ssize_t want = has_encoding ? 5 : 4, n = nargs_of(args);
    if (n != want) {
        GlErr_Format(GlExc_TypeError, "function takes exactly %zd arguments (%zd given)", want, n);
        return -1;
    }
    GlObject **a = GlTuple_ITEMS(args);
    int k = has_encoding ? 1 : 0;
    if ((has_encoding && check_arg(a[0], 1, 1, 0) < 0)
        || (obj_is_str && check_arg(a[k], k + 1, 1, 0) < 0)
        || check_arg(a[k + 1], k + 2, 0, 1) < 0 || check_arg(a[k + 2], k + 3, 0, 1) < 0
        || check_arg(a[k + 3], k + 4, 1, 0) < 0) {
        return -1;
    }
    GlObject *object = a[k];
    if (!obj_is_str) {
        if (GlBytes_Check(object)) {
            Gl_INCREF(object);
        }
        else if (GlByteArray_Check(object)) {
            const char *data;
            Gl_ssize_t len;
            GlBytes_AsBuffer(object, &data, &len);
            object = GlBytes_FromStringAndSize(data, len);
            if (object == NULL) {
                return -1;
            }
        }
        else {
            // CPython takes a buffer here
            GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%s'",
                         GlObject_TypeName(object));
            return -1;
        }
    }
    else {
        Gl_INCREF(object);
    }
    Gl_ssize_t start = GlNumber_AsSsize_t(a[k + 1], NULL);
    Gl_ssize_t end = GlNumber_AsSsize_t(a[k + 2], NULL);
    if ((start == -1 || end == -1) && GlErr_Occurred()) {
        Gl_DECREF(object);
        return -1;
    }
    Gl_XSETREF(self->encoding, has_encoding ? Gl_NewRef(a[0]) : NULL);
    Gl_XSETREF(self->object, object);
    self->start = start;
    self->end = end;
    Gl_XSETREF(self->reason, Gl_NewRef(a[k + 3]));
    return 0;
}

static int
UnicodeEncodeError_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    return unicode_error_init(op, args, kwds, 1, 1);
}

static int
UnicodeDecodeError_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    return unicode_error_init(op, args, kwds, 1, 0);
}

static int
UnicodeTranslateError_init(GlObject *op, GlObject *args, GlObject *kwds)
{
    return unicode_error_init(op, args, kwds, 0, 1);
}

static void
format_char(char *buf, size_t size, uint32_t ch)
{
    if (ch <= 0xff) {
        snprintf(buf, size, "\\x%02x", (unsigned)ch);
    }
    else if (ch <= 0xffff) {
        snprintf(buf, size, "\\u%04x", (unsigned)ch);
    }
    else {
        snprintf(buf, size, "\\U%08x", (unsigned)ch);
    }
}

/* The str of the three types; kind 0 encode, 1 decode, 2 translate. */
static GlObject *
unicode_error_str(GlObject *op, int kind)
{
    GlUnicodeErrorObject *self = (GlUnicodeErrorObject *)op;
    if (self->object == NULL) {
        return GlStr_FromString("");
    }
    GlObject *reason = GlObject_Str(OR_NONE(self->reason));
    GlObject *encoding = kind != 2 ? GlObject_Str(OR_NONE(self->encoding)) : NULL;
    if (reason == NULL || (kind != 2 && encoding == NULL)) {
        Gl_XDECREF(reason);
        Gl_XDECREF(encoding);
        return NULL;
    }
    Gl_ssize_t len = kind == 1 ? Gl_SIZE(self->object) : GlStr_GET_LENGTH(self->object);
    Gl_ssize_t start = self->start, end = self->end;
    int single = start >= 0 && start < len && end >= 0 && end <= len && end == start + 1;
    GlObject *r;
    char cbuf[16];
    if (kind == 1) {
        if (single) {
            unsigned byte = (unsigned char)GlBytes_AS_STRING(self->object)[start];
            r = GlStr_FromFormat("'%U' codec can't decode byte 0x%x%x in position %zd: %U",
                                 encoding, byte >> 4, byte & 15, start, reason);
        }
        else {
            r = GlStr_FromFormat("'%U' codec can't decode bytes in position %zd-%zd: %U",
                                 encoding, start, end - 1, reason);
        }
    }
    else if (single) {
        format_char(cbuf, sizeof cbuf, GlStr_READ_CHAR(self->object, start));
        if (kind == 0) {
            r = GlStr_FromFormat("'%U' codec can't encode character '%s' in position %zd: %U",
                                 encoding, cbuf, start, reason);
        }
        else {
            r = GlStr_FromFormat("can't translate character '%s' in position %zd: %U", cbuf,
                                 start, reason);
        }
    }
    else if (kind == 0) {
        r = GlStr_FromFormat("'%U' codec can't encode characters in position %zd-%zd: %U",
                             encoding, start, end - 1, reason);
    }
    else {
        r = GlStr_FromFormat("can't translate characters in position %zd-%zd: %U", start,
                             end - 1, reason);
    }
    Gl_DECREF(reason);
    Gl_XDECREF(encoding);
    return r;
}

static GlObject *
UnicodeEncodeError_str(GlObject *op)
{
    return unicode_error_str(op, 0);
}

static GlObject *
UnicodeDecodeError_str(GlObject *op)
{
    return unicode_error_str(op, 1);
}

static GlObject *
UnicodeTranslateError_str(GlObject *op)
{
    return unicode_error_str(op, 2);
}

static GlMemberDef UnicodeError_members[] = {
    {"encoding", GL_T_OBJECT, offsetof(GlUnicodeErrorObject, encoding), 0, "exception encoding"},
    {"object", GL_T_OBJECT, offsetof(GlUnicodeErrorObject, object), 0, "exception object"},
    {"start", GL_T_SSIZET, offsetof(GlUnicodeErrorObject, start), 0, "exception start"},
    {"end", GL_T_SSIZET, offsetof(GlUnicodeErrorObject, end), 0, "exception end"},
    {"reason", GL_T_OBJECT, offsetof(GlUnicodeErrorObject, reason), 0, "exception reason"},
    {NULL, 0, 0, 0, NULL},
};

#define UnicodeEncodeError_dealloc UnicodeError_dealloc
#define UnicodeEncodeError_traverse UnicodeError_traverse
#define UnicodeEncodeError_clear UnicodeError_clear
#define UnicodeDecodeError_dealloc UnicodeError_dealloc
#define UnicodeDecodeError_traverse UnicodeError_traverse
#define UnicodeDecodeError_clear UnicodeError_clear
#define UnicodeTranslateError_dealloc UnicodeError_dealloc
#define UnicodeTranslateError_traverse UnicodeError_traverse
#define UnicodeTranslateError_clear UnicodeError_clear

GL_COMPLEX_EXC(UnicodeEncodeError, UnicodeError, GlUnicodeErrorObject, UnicodeEncodeError,
               NULL, NULL, UnicodeError_members, NULL, UnicodeEncodeError_str,
               "Unicode encoding error.")
GL_COMPLEX_EXC(UnicodeDecodeError, UnicodeError, GlUnicodeErrorObject, UnicodeDecodeError,
               NULL, NULL, UnicodeError_members, NULL, UnicodeDecodeError_str,
               "Unicode decoding error.")
GL_COMPLEX_EXC(UnicodeTranslateError, UnicodeError, GlUnicodeErrorObject,
               UnicodeTranslateError, NULL, NULL, UnicodeError_members, NULL,
               UnicodeTranslateError_str, "Unicode translation error.")

GlObject *
GlUnicodeDecodeError_Create(const char *encoding, const char *object, Gl_ssize_t length,
                            Gl_ssize_t start, Gl_ssize_t end, const char *reason) GL_NEWREF
{
    GlObject *enc = GlStr_FromString(encoding);
    GlObject *obj = GlBytes_FromStringAndSize(object, length);
    GlObject *st = GlInt_FromSsize_t(start);
    GlObject *en = GlInt_FromSsize_t(end);
    GlObject *rs = GlStr_FromString(reason);
    GlObject *exc = NULL;
    if (enc != NULL && obj != NULL && st != NULL && en != NULL && rs != NULL) {
        exc = GlObject_CallFunctionObjArgs(GlExc_UnicodeDecodeError, enc, obj, st, en, rs, NULL);
    }
    Gl_XDECREF(enc);
    Gl_XDECREF(obj);
    Gl_XDECREF(st);
    Gl_XDECREF(en);
    Gl_XDECREF(rs);
    return exc;
}

GlObject *
GlUnicodeEncodeError_Create(const char *encoding, GlObject *object, Gl_ssize_t start,
                            Gl_ssize_t end, const char *reason) GL_NEWREF
{
    GlObject *enc = GlStr_FromString(encoding);
    GlObject *st = GlInt_FromSsize_t(start);
    GlObject *en = GlInt_FromSsize_t(end);
    GlObject *rs = GlStr_FromString(reason);
    GlObject *exc = NULL;
    if (enc != NULL && st != NULL && en != NULL && rs != NULL) {
        exc = GlObject_CallFunctionObjArgs(GlExc_UnicodeEncodeError, enc, object, st, en, rs,
                                           NULL);
    }
    Gl_XDECREF(enc);
    Gl_XDECREF(st);
    Gl_XDECREF(en);
    Gl_XDECREF(rs);
    return exc;
}
