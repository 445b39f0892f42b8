/* posixmodule.c - the `posix` module, the operating-system layer under lib/os.py:
 * files and directories (stat, lstat, listdir, mkdir, rmdir, remove/unlink, rename,
 * replace, chdir, getcwd, access, chmod, symlink, readlink), file descriptors (open,
 * close, read, write, lseek, isatty), the process (getpid, getppid, get*id, umask,
 * system, _exit, cpu_count), the environment (environ, putenv, unsetenv), urandom,
 * strerror, fspath and the os.stat_result type.
 *
 * Invariants:
 * - Path arguments go through path_convert: str (encoded UTF-8 with surrogateescape),
 *   bytes, or an os.PathLike (__fspath__); some functions also take an int fd. The
 *   original object is kept for error messages and for the result type of listdir.
 * - OSError subclasses are raised from errno with the path as filename (and a second
 *   filename for rename/replace/symlink): "[Errno 2] No such file or directory: 'x'".
 * - stat_result is a tuple subclass of length 10 whose instances hold 19 items: the
 *   visible ones (st_mode .. st_size, then the integer times) and past ob_size the
 *   hidden st_atime/st_mtime/st_ctime floats, the _ns ints, st_blksize, st_blocks and
 *   st_rdev (STAT_FIELDS, never ob_size, governs dealloc and traverse).
 *
 * Left out: scandir, dir_fd/follow_symlinks except stat's follow_symlinks, the
 * process-management calls (fork, exec*, wait*, kill), times. get_terminal_size and
 * uname are the helpers _get_terminal_size and _uname, whose result types
 * (os.terminal_size, posix.uname_result) lib/os.py defines.
 * posix.environ maps str to str (CPython's maps bytes to bytes on POSIX).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/utsname.h>
#include <unistd.h>
#include "modules.h"

extern char **environ;

/* ================================ paths ======================================== */

typedef struct {
    GlObject *object;   // the argument as given (borrowed)
    GlObject *bytes;    // owned encoded form (bytes) or NULL
    const char *narrow; // NUL-terminated path bytes (inside `bytes`), NULL for an fd
    int is_bytes;       // the path was given as bytes (results are bytes too)
    int fd;             // the fd when an int was given, else -1
} path_t;

static void
path_release(path_t *p)
{
    Gl_CLEAR(p->bytes);
}

/* fspath(o) as os.fspath: str/bytes unchanged, else type(o).__fspath__(). New ref. */
static GlObject *
posix_fspath_impl(GlObject *o)
{
    if (GlStr_Check(o) || GlBytes_Check(o)) {
        return Gl_NewRef(o);
    }
    int found = 0;
    GlObject *r = GlObject_CallSpecial(o, GlStr_InternFromString("__fspath__"), NULL, 0,
                                       &found);   // PYTHON CODE
    if (r == NULL) {
        if (!found && !GlErr_Occurred()) {
            GlErr_Format(GlExc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                         GlObject_TypeName(o));
        }
        return NULL;
    }
    if (!GlStr_Check(r) && !GlBytes_Check(r)) {
        GlErr_Format(GlExc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                     GlObject_TypeName(o), GlObject_TypeName(r));
        Gl_DECREF(r);
        return NULL;
    }
    return r;
}

/* Convert a path argument of function fname (parameter argname). allow_fd: an int
 * is taken as a file descriptor. 0 / -1 (TypeError with CPython's wording). */
static int
path_convert(const char *fname, const char *argname, GlObject *o, path_t *p, int allow_fd)
{
    p->object = o;
    p->bytes = NULL;
    p->narrow = NULL;
    p->is_bytes = 0;
    p->fd = -1;
    if (allow_fd && GlInt_Check(o)) {
        long fd = GlInt_AsLong(o);
        if (fd == -1 && GlErr_Occurred()) {
            return -1;
        }
        if (fd < 0 || fd > INT_MAX) {
            GlErr_SetString(GlExc_ValueError, "fd is out of range");
            return -1;
        }
        p->fd = (int)fd;
        return 0;
    }
    GlObject *s = NULL;
    if (GlStr_Check(o) || GlBytes_Check(o)) {
        s = Gl_NewRef(o);
    } else {
        int found = 0;
        s = GlObject_CallSpecial(o, GlStr_InternFromString("__fspath__"), NULL, 0,
                                 &found);   // PYTHON CODE
        if (s == NULL && !found && !GlErr_Occurred()) {
            GlErr_Format(GlExc_TypeError, "%s: %s should be string, bytes%s os.PathLike%s, not %s",
                         fname, argname, allow_fd ? "," : " or", allow_fd ? " or integer" : "",
                         GlObject_TypeName(o));
        }
        if (s == NULL) {
            return -1;
        }
        if (!GlStr_Check(s) && !GlBytes_Check(s)) {
            GlErr_Format(GlExc_TypeError, "expected %s.__fspath__() to return str or bytes, not %s",
                         GlObject_TypeName(o), GlObject_TypeName(s));
            Gl_DECREF(s);
            return -1;
        }
    }
    if (GlStr_Check(s)) {
        p->bytes = GlStr_Encode(s, "utf-8", "surrogateescape");
        Gl_DECREF(s);
        if (p->bytes == NULL) {
            return -1;
        }
    } else {
        p->bytes = s;
        p->is_bytes = 1;
    }
    p->narrow = GlBytes_AS_STRING(p->bytes);
    if ((size_t)Gl_SIZE(p->bytes) != strlen(p->narrow)) {
        GlErr_SetString(GlExc_ValueError, "embedded null byte");
        path_release(p);
        return -1;
    }
    return 0;
}

/* Raise the OSError subclass for errno with one or two filenames. Returns NULL. */
static GlObject *
posix_error2(GlObject *filename, GlObject *filename2)
{
    if (filename2 == NULL) {
        return GlErr_SetFromErrnoWithFilenameObject(GlExc_OSError, filename);
    }
    int e = errno;
    GlObject *num = GlInt_FromLong(e);
    GlObject *msg = GlStr_FromString(strerror(e));
    if (num != NULL && msg != NULL) {
        GlObject *exc = GlObject_CallFunctionObjArgs(GlExc_OSError, num, msg, filename, Gl_None,
                                                     filename2, NULL);
        if (exc != NULL) {
            GlErr_SetObject((GlObject *)Gl_TYPE(exc), exc);
            Gl_DECREF(exc);
        }
    }
    Gl_XDECREF(num);
    Gl_XDECREF(msg);
    return NULL;
}

static GlObject *
posix_error(path_t *p)
{
    return posix_error2(p->object, NULL);
}

/* A file name from the OS as str (surrogateescape) or bytes. New reference. */
static GlObject *
posix_name(const char *s, Gl_ssize_t len, int as_bytes)
{
    if (as_bytes) {
        return GlBytes_FromStringAndSize(s, len);
    }
    return GlStr_Decode(s, len, "utf-8", "surrogateescape");
}

/* ============================ stat_result ====================================== */

#define STAT_FIELDS 19
#define STAT_VISIBLE 10

#define ITEM_OFFSET(i) GL_STRUCTSEQ_OFFSET(i)

static GlMemberDef stat_result_members[] = {
    {"st_mode", GL_T_OBJECT, ITEM_OFFSET(0), GL_READONLY, "protection bits"},
    {"st_ino", GL_T_OBJECT, ITEM_OFFSET(1), GL_READONLY, "inode"},
    {"st_dev", GL_T_OBJECT, ITEM_OFFSET(2), GL_READONLY, "device"},
    {"st_nlink", GL_T_OBJECT, ITEM_OFFSET(3), GL_READONLY, "number of hard links"},
    {"st_uid", GL_T_OBJECT, ITEM_OFFSET(4), GL_READONLY, "user ID of owner"},
    {"st_gid", GL_T_OBJECT, ITEM_OFFSET(5), GL_READONLY, "group ID of owner"},
    {"st_size", GL_T_OBJECT, ITEM_OFFSET(6), GL_READONLY, "total size, in bytes"},
    {"st_atime", GL_T_OBJECT, ITEM_OFFSET(10), GL_READONLY, "time of last access"},
    {"st_mtime", GL_T_OBJECT, ITEM_OFFSET(11), GL_READONLY, "time of last modification"},
    {"st_ctime", GL_T_OBJECT, ITEM_OFFSET(12), GL_READONLY, "time of last change"},
    {"st_atime_ns", GL_T_OBJECT, ITEM_OFFSET(13), GL_READONLY,
     "time of last access in nanoseconds"},
    {"st_mtime_ns", GL_T_OBJECT, ITEM_OFFSET(14), GL_READONLY,
     "time of last modification in nanoseconds"},
    {"st_ctime_ns", GL_T_OBJECT, ITEM_OFFSET(15), GL_READONLY,
     "time of last change in nanoseconds"},
    {"st_blksize", GL_T_OBJECT, ITEM_OFFSET(16), GL_READONLY, "blocksize for filesystem I/O"},
    {"st_blocks", GL_T_OBJECT, ITEM_OFFSET(17), GL_READONLY, "number of blocks allocated"},
    {"st_rdev", GL_T_OBJECT, ITEM_OFFSET(18), GL_READONLY, "device type (if inode device)"},
    {NULL, 0, 0, 0, NULL},
};

extern GlTypeObject GlStatResult_Type;

/* stat_result(sequence, dict=None): the generic constructor, then the float times
 * missing from both default to the integer ones (as CPython). */
static GlObject *
stat_result_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlObject *o = GlStructSeq_New(type, args, kwds);
    if (o == NULL) {
        return NULL;
    }
    GlObject **items = ((GlTupleObject *)o)->ob_item;
    for (int i = 7; i <= 9; i++) {
        if (items[i + 3] == Gl_None) {
            Gl_SETREF(items[i + 3], Gl_NewRef(items[i]));
        }
    }
    return o;
}

GlTypeObject GlStatResult_Type = GL_STRUCTSEQ_TYPE_INIT(
    "os.stat_result",
    "stat_result: Result from stat, fstat, or lstat.\n\n"
    "This object may be accessed either as a tuple of\n"
    "  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\n"
    "or via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.",
    stat_result_members, stat_result_new);

static GlObject *
stat_ns(const struct timespec *ts)
{
    return GlInt_FromInt64((int64_t)ts->tv_sec * 1000000000 + ts->tv_nsec);
}

static GlObject *
stat_to_result(const struct stat *st)
{
    GlObject *items[STAT_FIELDS] = {
        GlInt_FromLong((long)st->st_mode), GlInt_FromUInt64((uint64_t)st->st_ino),
        GlInt_FromUInt64((uint64_t)st->st_dev), GlInt_FromUInt64((uint64_t)st->st_nlink),
        GlInt_FromLong((long)st->st_uid), GlInt_FromLong((long)st->st_gid),
        GlInt_FromInt64((int64_t)st->st_size), GlInt_FromInt64((int64_t)st->st_atim.tv_sec),
        GlInt_FromInt64((int64_t)st->st_mtim.tv_sec), GlInt_FromInt64((int64_t)st->st_ctim.tv_sec),
        GlFloat_FromDouble((double)st->st_atim.tv_sec + st->st_atim.tv_nsec * 1e-9),
        GlFloat_FromDouble((double)st->st_mtim.tv_sec + st->st_mtim.tv_nsec * 1e-9),
        GlFloat_FromDouble((double)st->st_ctim.tv_sec + st->st_ctim.tv_nsec * 1e-9),
        stat_ns(&st->st_atim), stat_ns(&st->st_mtim), stat_ns(&st->st_ctim),
        GlInt_FromLong((long)st->st_blksize), GlInt_FromInt64((int64_t)st->st_blocks),
        GlInt_FromUInt64((uint64_t)st->st_rdev),
    };
    return GlStructSeq_FromItems(&GlStatResult_Type, items);
}

/* ======================== files and directories ================================ */

static GlObject *
posix_do_stat(const char *fname, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames,
              int follow_default)
{
    static const char *const kwlist[] = {"path", "dir_fd", "follow_symlinks", NULL};
    GlObject *a[3] = {NULL, NULL, NULL};
    if (GlArg_ParseVector(fname, args, nargs, kwnames, kwlist, 1, 1, a) < 0) {
        return NULL;
    }
    if (a[1] != NULL && a[1] != Gl_None) {
        return GlErr_SetString(GlExc_NotImplementedError, "dir_fd unavailable on this platform");
    }
    int follow = follow_default;
    if (a[2] != NULL && (follow = GlObject_IsTrue(a[2])) < 0) {
        return NULL;
    }
    path_t p;
    if (path_convert(fname, "path", a[0], &p, follow_default) < 0) {
        return NULL;
    }
    struct stat st;
    int rc = p.fd >= 0 ? fstat(p.fd, &st) : (follow ? stat(p.narrow, &st) : lstat(p.narrow, &st));
    GlObject *r = rc != 0 ? posix_error(&p) : stat_to_result(&st);
    path_release(&p);
    return r;
}

static GlObject *
posix_stat(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_do_stat("stat", args, nargs, kwnames, 1);
}

static GlObject *
posix_lstat(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_do_stat("lstat", args, nargs, kwnames, 0);
}

static GlObject *
posix_fstat(GlObject *m, GlObject *arg)
{
    int fd = (int)GlInt_AsLong(arg);
    if (fd == -1 && GlErr_Occurred()) {
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    return stat_to_result(&st);
}

/* One-path operation (rmdir, remove, unlink, chdir): op returns 0 or -1/errno. */
static GlObject *
posix_path_op(const char *fname, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames,
              int (*op)(const char *))
{
    static const char *const kwlist[] = {"path", NULL};
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector(fname, args, nargs, kwnames, kwlist, 1, 1, a) < 0) {
        return NULL;
    }
    path_t p;
    if (path_convert(fname, "path", a[0], &p, 0) < 0) {
        return NULL;
    }
    int rc = op(p.narrow);
    GlObject *r = rc != 0 ? posix_error(&p) : Gl_NewRef(Gl_None);
    path_release(&p);
    return r;
}

static GlObject *
posix_rmdir(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_path_op("rmdir", args, nargs, kwnames, rmdir);
}

static GlObject *
posix_remove(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_path_op("remove", args, nargs, kwnames, unlink);
}

static GlObject *
posix_unlink(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_path_op("unlink", args, nargs, kwnames, unlink);
}

static GlObject *
posix_chdir(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_path_op("chdir", args, nargs, kwnames, chdir);
}

static GlObject *
posix_mkdir(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"path", "mode", NULL};
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("mkdir", args, nargs, kwnames, kwlist, 2, 1, a) < 0) {
        return NULL;
    }
    long mode = 0777;
    if (a[1] != NULL && (mode = GlInt_AsLong(a[1])) == -1 && GlErr_Occurred()) {
        return NULL;
    }
    path_t p;
    if (path_convert("mkdir", "path", a[0], &p, 0) < 0) {
        return NULL;
    }
    int rc = mkdir(p.narrow, (mode_t)mode);
    GlObject *r = rc != 0 ? posix_error(&p) : Gl_NewRef(Gl_None);
    path_release(&p);
    return r;
}

/* Two-path operation (rename, replace, symlink, link). */
static GlObject *
posix_two_paths(const char *fname, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames,
                const char *n1, const char *n2, int (*op)(const char *, const char *))
{
    const char *const kwlist[] = {n1, n2, NULL};
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector(fname, args, nargs, kwnames, kwlist, 2, 2, a) < 0) {
        return NULL;
    }
    path_t p1, p2;
    if (path_convert(fname, n1, a[0], &p1, 0) < 0) {
        return NULL;
    }
    if (path_convert(fname, n2, a[1], &p2, 0) < 0) {
        path_release(&p1);
        return NULL;
    }
    GlObject *r;
    if (op(p1.narrow, p2.narrow) != 0) {
        r = posix_error2(p1.object, p2.object);
    } else {
        r = Gl_NewRef(Gl_None);
    }
    path_release(&p1);
    path_release(&p2);
    return r;
}

static GlObject *
posix_rename(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_two_paths("rename", args, nargs, kwnames, "src", "dst", rename);
}

static GlObject *
posix_replace(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_two_paths("replace", args, nargs, kwnames, "src", "dst", rename);
}

static GlObject *
posix_symlink(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_two_paths("symlink", args, nargs, kwnames, "src", "dst", symlink);
}

static GlObject *
posix_link(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return posix_two_paths("link", args, nargs, kwnames, "src", "dst", link);
}

static GlObject *
posix_readlink(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("readlink", args, nargs, kwnames, kwlist, 1, 1, a) < 0) {
        return NULL;
    }
    path_t p;
    if (path_convert("readlink", "path", a[0], &p, 0) < 0) {
        return NULL;
    }
    char buf[PATH_MAX + 1];
    ssize_t n = readlink(p.narrow, buf, sizeof(buf) - 1);
    GlObject *r = n < 0 ? posix_error(&p) : posix_name(buf, (Gl_ssize_t)n, p.is_bytes);
    path_release(&p);
    return r;
}

static GlObject *
posix_listdir(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("listdir", args, nargs, kwnames, kwlist, 1, 0, a) < 0) {
        return NULL;
    }
    path_t p = {NULL, NULL, ".", 0, -1};
    if (a[0] != NULL && a[0] != Gl_None) {
        if (!GlStr_Check(a[0]) && !GlBytes_Check(a[0]) && !GlInt_Check(a[0])
            && GlType_Lookup(Gl_TYPE(a[0]), GlStr_InternFromString("__fspath__")) == NULL) {
            return GlErr_Format(GlExc_TypeError, "listdir: path should be string, bytes, "
                                "os.PathLike, integer or None, not %s", GlObject_TypeName(a[0]));
        }
        if (path_convert("listdir", "path", a[0], &p, 1) < 0) {
            return NULL;
        }
    }
    DIR *d = p.fd >= 0 ? fdopendir(dup(p.fd)) : opendir(p.narrow);
    if (d == NULL) {
        GlObject *r = posix_error(&p);
        path_release(&p);
        return r;
    }
    GlObject *list = GlList_New(0);
    struct dirent *ent;
    errno = 0;
    while (list != NULL && (ent = readdir(d)) != NULL) {
        const char *name = ent->d_name;
        if (strcmp(name, ".") == 0 || strcmp(name, "..") == 0) {
            continue;
        }
        GlObject *s = posix_name(name, (Gl_ssize_t)strlen(name), p.is_bytes);
        if (s == NULL || GlList_Append(list, s) < 0) {
            Gl_CLEAR(list);
        }
        Gl_XDECREF(s);
    }
    if (list != NULL && errno != 0) {
        Gl_CLEAR(list);
        posix_error(&p);
    }
    closedir(d);
    path_release(&p);
    return list;
}

static GlObject *
posix_getcwd(GlObject *m, GlObject *unused)
{
    char buf[PATH_MAX + 1];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    return posix_name(buf, (Gl_ssize_t)strlen(buf), 0);
}

static GlObject *
posix_getcwdb(GlObject *m, GlObject *unused)
{
    char buf[PATH_MAX + 1];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    return posix_name(buf, (Gl_ssize_t)strlen(buf), 1);
}

static GlObject *
posix_access(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"path", "mode", NULL};
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("access", args, nargs, kwnames, kwlist, 2, 2, a) < 0) {
        return NULL;
    }
    long mode = GlInt_AsLong(a[1]);
    if (mode == -1 && GlErr_Occurred()) {
        return NULL;
    }
    path_t p;
    if (path_convert("access", "path", a[0], &p, 0) < 0) {
        return NULL;
    }
    int rc = access(p.narrow, (int)mode);
    path_release(&p);
    return GlBool_FromLong(rc == 0);
}

static GlObject *
posix_chmod(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"path", "mode", NULL};
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("chmod", args, nargs, kwnames, kwlist, 2, 2, a) < 0) {
        return NULL;
    }
    long mode = GlInt_AsLong(a[1]);
    if (mode == -1 && GlErr_Occurred()) {
        return NULL;
    }
    path_t p;
    if (path_convert("chmod", "path", a[0], &p, 1) < 0) {
        return NULL;
    }
    int rc = p.fd >= 0 ? fchmod(p.fd, (mode_t)mode) : chmod(p.narrow, (mode_t)mode);
    GlObject *r = rc != 0 ? posix_error(&p) : Gl_NewRef(Gl_None);
    path_release(&p);
    return r;
}

/* =========================== file descriptors ================================== */

static int
posix_int_arg(GlObject *o, long *out)
{
    if (GlFloat_Check(o)) {
        GlErr_SetString(GlExc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    GlObject *i = GlNumber_Index(o);
    if (i == NULL) {
        return -1;
    }
    *out = GlInt_AsLong(i);
    Gl_DECREF(i);
    return (*out == -1 && GlErr_Occurred()) ? -1 : 0;
}

static GlObject *
posix_open(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"path", "flags", "mode", NULL};
    GlObject *a[3] = {NULL, NULL, NULL};
    long flags, mode = 0777;
    if (GlArg_ParseVector("open", args, nargs, kwnames, kwlist, 3, 2, a) < 0
        || posix_int_arg(a[1], &flags) < 0 || (a[2] != NULL && posix_int_arg(a[2], &mode) < 0)) {
        return NULL;
    }
    path_t p;
    if (path_convert("open", "path", a[0], &p, 0) < 0) {
        return NULL;
    }
    int fd;
    do {
        fd = open(p.narrow, (int)flags | O_CLOEXEC, (mode_t)mode);
    } while (fd < 0 && errno == EINTR);
    GlObject *r = fd < 0 ? posix_error(&p) : GlInt_FromLong(fd);
    path_release(&p);
    return r;
}

static GlObject *
posix_close(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"fd", NULL};
    GlObject *a[1] = {NULL};
    long fd;
    if (GlArg_ParseVector("close", args, nargs, kwnames, kwlist, 1, 1, a) < 0
        || posix_int_arg(a[0], &fd) < 0) {
        return NULL;
    }
    if (close((int)fd) != 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    Gl_RETURN_NONE;
}

static GlObject *
posix_read(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    long fd, n;
    if (GlArg_CheckPositional("read", nargs, 2, 2) < 0 || posix_int_arg(args[0], &fd) < 0
        || posix_int_arg(args[1], &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        errno = EINVAL;
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    char *buf = malloc((size_t)n + 1);
    if (buf == NULL) {
        return GlErr_NoMemory();
    }
    ssize_t got;
    do {
        got = read((int)fd, buf, (size_t)n);
    } while (got < 0 && errno == EINTR);
    GlObject *r = got < 0 ? GlErr_SetFromErrno(GlExc_OSError)
                          : GlBytes_FromStringAndSize(buf, (Gl_ssize_t)got);
    free(buf);
    return r;
}

static GlObject *
posix_write(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    long fd;
    const char *data;
    Gl_ssize_t len;
    if (GlArg_CheckPositional("write", nargs, 2, 2) < 0 || posix_int_arg(args[0], &fd) < 0) {
        return NULL;
    }
    if (GlBytes_AsBuffer(args[1], &data, &len) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%s'",
                            GlObject_TypeName(args[1]));
    }
    ssize_t n;
    do {
        n = write((int)fd, data, (size_t)len);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    return GlInt_FromSsize_t((Gl_ssize_t)n);
}

static GlObject *
posix_lseek(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    long fd, pos, how;
    if (GlArg_CheckPositional("lseek", nargs, 3, 3) < 0 || posix_int_arg(args[0], &fd) < 0
        || posix_int_arg(args[1], &pos) < 0 || posix_int_arg(args[2], &how) < 0) {
        return NULL;
    }
    off_t r = lseek((int)fd, (off_t)pos, (int)how);
    if (r < 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    return GlInt_FromInt64((int64_t)r);
}

static GlObject *
posix_isatty(GlObject *m, GlObject *arg)
{
    long fd;
    if (posix_int_arg(arg, &fd) < 0) {
        return NULL;
    }
    return GlBool_FromLong(isatty((int)fd));
}

/* ============================== the process ==================================== */

static GlObject *
posix_getpid(GlObject *m, GlObject *unused)
{
    return GlInt_FromLong((long)getpid());
}

static GlObject *
posix_getppid(GlObject *m, GlObject *unused)
{
    return GlInt_FromLong((long)getppid());
}

static GlObject *
posix_getuid(GlObject *m, GlObject *unused)
{
    return GlInt_FromLong((long)getuid());
}

static GlObject *
posix_geteuid(GlObject *m, GlObject *unused)
{
    return GlInt_FromLong((long)geteuid());
}

static GlObject *
posix_getgid(GlObject *m, GlObject *unused)
{
    return GlInt_FromLong((long)getgid());
}

static GlObject *
posix_getegid(GlObject *m, GlObject *unused)
{
    return GlInt_FromLong((long)getegid());
}

static GlObject *
posix_umask(GlObject *m, GlObject *arg)
{
    long mask;
    if (posix_int_arg(arg, &mask) < 0) {
        return NULL;
    }
    return GlInt_FromLong((long)umask((mode_t)mask));
}

static GlObject *
posix_cpu_count(GlObject *m, GlObject *unused)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1) {
        Gl_RETURN_NONE;
    }
    return GlInt_FromLong(n);
}

static GlObject *
posix_system(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"command", NULL};
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("system", args, nargs, kwnames, kwlist, 1, 1, a) < 0) {
        return NULL;
    }
    path_t p;
    if (path_convert("system", "command", a[0], &p, 0) < 0) {
        return NULL;
    }
    GlSys_FlushStdFiles();   // PYTHON CODE (only for replaced streams)
    GlIO_FlushAll();
    int rc = system(p.narrow);
    path_release(&p);
    return GlInt_FromLong(rc);
}

static GlObject *
posix__exit(GlObject *m, GlObject *arg)
{
    long code;
    if (posix_int_arg(arg, &code) < 0) {
        return NULL;
    }
    _exit((int)code);
}

/* ============================ the environment ================================== */

/* The C string of a str argument for putenv/unsetenv. NULL with an exception. */
static const char *
posix_env_str(GlObject *o, const char *fname, const char *what)
{
    if (!GlStr_Check(o)) {
        GlErr_Format(GlExc_TypeError, "%s() argument %s must be str, not %s", fname, what,
                     GlObject_TypeName(o));
        return NULL;
    }
    Gl_ssize_t len;
    const char *s = GlStr_AsUTF8AndSize(o, &len);
    if (s != NULL && (size_t)len != strlen(s)) {
        GlErr_SetString(GlExc_ValueError, "embedded null character");
        return NULL;
    }
    return s;
}

static GlObject *
posix_putenv(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("putenv", nargs, 2, 2) < 0) {
        return NULL;
    }
    const char *name = posix_env_str(args[0], "putenv", "1");
    const char *value = name != NULL ? posix_env_str(args[1], "putenv", "2") : NULL;
    if (value == NULL) {
        return NULL;
    }
    if (strchr(name, '=') != NULL) {
        return GlErr_SetString(GlExc_ValueError, "illegal environment variable name");
    }
    if (setenv(name, value, 1) != 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    Gl_RETURN_NONE;
}

static GlObject *
posix_unsetenv(GlObject *m, GlObject *arg)
{
    const char *name = posix_env_str(arg, "unsetenv", "");
    if (name == NULL) {
        return NULL;
    }
    if (name[0] == '\0' || strchr(name, '=') != NULL) {
        return GlErr_SetString(GlExc_ValueError, "illegal environment variable name");
    }
    if (unsetenv(name) != 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    Gl_RETURN_NONE;
}

/* A new dict of the process environment (str keys and values, surrogateescape). */
static GlObject *
posix_make_environ(void)
{
    GlObject *d = GlDict_New();
    if (d == NULL) {
        return NULL;
    }
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL || eq == *e) {
            continue;
        }
        GlObject *k = posix_name(*e, (Gl_ssize_t)(eq - *e), 0);
        GlObject *v = posix_name(eq + 1, (Gl_ssize_t)strlen(eq + 1), 0);
        int rc = -1;
        if (k != NULL && v != NULL) {
            rc = GlDict_Contains(d, k);   // the first definition wins
            if (rc == 0) {
                rc = GlDict_SetItem(d, k, v);
            }
        }
        Gl_XDECREF(k);
        Gl_XDECREF(v);
        if (rc < 0) {
            Gl_DECREF(d);
            return NULL;
        }
    }
    return d;
}

/* ================================ misc ========================================= */

static GlObject *
posix_urandom(GlObject *m, GlObject *arg)
{
    long n;
    if (posix_int_arg(arg, &n) < 0) {
        return NULL;
    }
    if (n < 0) {
        return GlErr_SetString(GlExc_ValueError, "negative argument not allowed");
    }
    GlObject *b = GlBytes_FromStringAndSize(NULL, n);
    if (b == NULL) {
        return NULL;
    }
    char *buf = GlBytes_AS_STRING(b);
    long done = 0;
    while (done < n) {
        ssize_t got = getrandom(buf + done, (size_t)(n - done), 0);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            Gl_DECREF(b);
            return GlErr_SetFromErrno(GlExc_OSError);
        }
        done += got;
    }
    return b;
}

static GlObject *
posix_strerror(GlObject *m, GlObject *arg)
{
    long code;
    if (posix_int_arg(arg, &code) < 0) {
        return NULL;
    }
    return GlStr_FromString(strerror((int)code));
}

static GlObject *
posix_fspath(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"path", NULL};
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("fspath", args, nargs, kwnames, kwlist, 1, 1, a) < 0) {
        return NULL;
    }
    return posix_fspath_impl(a[0]);
}

/* _get_terminal_size(fd=1) -> (columns, lines) through TIOCGWINSZ; lib/os.py wraps
 * it in os.terminal_size. */
static GlObject *
posix_get_terminal_size(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    long fd = 1;
    if (GlArg_CheckPositional("get_terminal_size", nargs, 0, 1) < 0
        || (nargs == 1 && posix_int_arg(args[0], &fd) < 0)) {
        return NULL;
    }
    struct winsize w;
    if (ioctl((int)fd, TIOCGWINSZ, &w) != 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    GlObject *cols = GlInt_FromLong(w.ws_col);
    GlObject *lines = GlInt_FromLong(w.ws_row);
    GlObject *r = cols != NULL && lines != NULL ? GlTuple_Pack(2, cols, lines) : NULL;
    Gl_XDECREF(cols);
    Gl_XDECREF(lines);
    return r;
}

/* _uname() -> (sysname, nodename, release, version, machine); lib/os.py wraps it in
 * uname_result. */
static GlObject *
posix_uname(GlObject *m, GlObject *unused)
{
    struct utsname u;
    if (uname(&u) != 0) {
        return GlErr_SetFromErrno(GlExc_OSError);
    }
    const char *parts[5] = {u.sysname, u.nodename, u.release, u.version, u.machine};
    GlObject *t = GlTuple_New(5);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i < 5; i++) {
        GlObject *s = posix_name(parts[i], (Gl_ssize_t)strlen(parts[i]), 0);
        if (s == NULL) {
            Gl_DECREF(t);
            return NULL;
        }
        GlTuple_SET_ITEM(t, i, s);
    }
    return t;
}

/* ================================ the module =================================== */

#define KW (GL_METH_FASTCALL | GL_METH_KEYWORDS)

static GlMethodDef posix_methods[] = {
    {"stat", GL_FN(posix_stat), KW,
     "stat(path, *, dir_fd=None, follow_symlinks=True)\n--\n\n"
     "Perform a stat system call on the given path (or open file descriptor)."},
    {"lstat", GL_FN(posix_lstat), KW,
     "lstat(path, *, dir_fd=None)\n--\n\n"
     "Perform a stat system call on the given path, without following symbolic links."},
    {"fstat", GL_FN(posix_fstat), GL_METH_O,
     "fstat(fd)\n--\n\nPerform a stat system call on the given file descriptor."},
    {"listdir", GL_FN(posix_listdir), KW,
     "listdir(path=None)\n--\n\nReturn a list containing the names of the files in the "
     "directory (in arbitrary order, without '.' and '..')."},
    {"mkdir", GL_FN(posix_mkdir), KW,
     "mkdir(path, mode=511)\n--\n\nCreate a directory."},
    {"rmdir", GL_FN(posix_rmdir), KW, "rmdir(path)\n--\n\nRemove a directory."},
    {"remove", GL_FN(posix_remove), KW, "remove(path)\n--\n\nRemove a file (same as unlink())."},
    {"unlink", GL_FN(posix_unlink), KW, "unlink(path)\n--\n\nRemove a file (same as remove())."},
    {"rename", GL_FN(posix_rename), KW, "rename(src, dst)\n--\n\nRename a file or directory."},
    {"replace", GL_FN(posix_replace), KW,
     "replace(src, dst)\n--\n\nRename a file or directory, overwriting the destination."},
    {"symlink", GL_FN(posix_symlink), KW,
     "symlink(src, dst)\n--\n\nCreate a symbolic link pointing to src named dst."},
    {"link", GL_FN(posix_link), KW,
     "link(src, dst)\n--\n\nCreate a hard link to a file."},
    {"readlink", GL_FN(posix_readlink), KW,
     "readlink(path)\n--\n\nReturn a string representing the path to which the symbolic "
     "link points."},
    {"chdir", GL_FN(posix_chdir), KW, "chdir(path)\n--\n\nChange the current working directory."},
    {"getcwd", GL_FN(posix_getcwd), GL_METH_NOARGS,
     "getcwd()\n--\n\nReturn a unicode string representing the current working directory."},
    {"getcwdb", GL_FN(posix_getcwdb), GL_METH_NOARGS,
     "getcwdb()\n--\n\nReturn a bytes string representing the current working directory."},
    {"access", GL_FN(posix_access), KW,
     "access(path, mode)\n--\n\nUse the real uid/gid to test for access to a path "
     "(mode: F_OK or an or of R_OK, W_OK, X_OK)."},
    {"chmod", GL_FN(posix_chmod), KW,
     "chmod(path, mode)\n--\n\nChange the access permissions of a file."},
    {"open", GL_FN(posix_open), KW,
     "open(path, flags, mode=511)\n--\n\nOpen a file for low level IO.  Returns a file "
     "descriptor (integer)."},
    {"close", GL_FN(posix_close), KW, "close(fd)\n--\n\nClose a file descriptor."},
    {"read", GL_FN(posix_read), GL_METH_FASTCALL,
     "read(fd, length, /)\n--\n\nRead from a file descriptor.  Returns a bytes object."},
    {"write", GL_FN(posix_write), GL_METH_FASTCALL,
     "write(fd, data, /)\n--\n\nWrite a bytes object to a file descriptor."},
    {"lseek", GL_FN(posix_lseek), GL_METH_FASTCALL,
     "lseek(fd, position, whence, /)\n--\n\nSet the position of a file descriptor."},
    {"isatty", GL_FN(posix_isatty), GL_METH_O,
     "isatty(fd, /)\n--\n\nReturn True if the fd is connected to a terminal."},
    {"getpid", GL_FN(posix_getpid), GL_METH_NOARGS,
     "getpid()\n--\n\nReturn the current process id."},
    {"getppid", GL_FN(posix_getppid), GL_METH_NOARGS,
     "getppid()\n--\n\nReturn the parent's process id."},
    {"getuid", GL_FN(posix_getuid), GL_METH_NOARGS,
     "getuid()\n--\n\nReturn the current process's user id."},
    {"geteuid", GL_FN(posix_geteuid), GL_METH_NOARGS,
     "geteuid()\n--\n\nReturn the current process's effective user id."},
    {"getgid", GL_FN(posix_getgid), GL_METH_NOARGS,
     "getgid()\n--\n\nReturn the current process's group id."},
    {"getegid", GL_FN(posix_getegid), GL_METH_NOARGS,
     "getegid()\n--\n\nReturn the current process's effective group id."},
    {"umask", GL_FN(posix_umask), GL_METH_O, "umask(mask, /)\n--\n\nSet the current numeric umask "
     "and return the previous umask."},
    {"cpu_count", GL_FN(posix_cpu_count), GL_METH_NOARGS,
     "cpu_count()\n--\n\nReturn the number of CPUs in the system; return None if "
     "indeterminable."},
    {"system", GL_FN(posix_system), KW,
     "system(command)\n--\n\nExecute the command in a subshell."},
    {"_exit", GL_FN(posix__exit), GL_METH_O,
     "_exit(status)\n--\n\nExit to the system with specified status, without normal exit "
     "processing."},
    {"putenv", GL_FN(posix_putenv), GL_METH_FASTCALL,
     "putenv(name, value, /)\n--\n\nChange or add an environment variable."},
    {"unsetenv", GL_FN(posix_unsetenv), GL_METH_O,
     "unsetenv(name, /)\n--\n\nDelete an environment variable."},
    {"urandom", GL_FN(posix_urandom), GL_METH_O,
     "urandom(size, /)\n--\n\nReturn a bytes object containing random bytes suitable for "
     "cryptographic use."},
    {"strerror", GL_FN(posix_strerror), GL_METH_O,
     "strerror(code, /)\n--\n\nTranslate an error code to a message string."},
    {"fspath", GL_FN(posix_fspath), KW,
     "fspath(path)\n--\n\nReturn the file system path representation of the object.\n\n"
     "If the object is str or bytes, then allow it to pass through as-is. If the\n"
     "object defines __fspath__(), then return the result of that method. All other\n"
     "types raise a TypeError."},
    {"_get_terminal_size", GL_FN(posix_get_terminal_size), GL_METH_FASTCALL,
     "_get_terminal_size(fd=1, /)\n--\n\nReturn (columns, lines) of the terminal on fd "
     "(os.get_terminal_size wraps it)."},
    {"_uname", GL_FN(posix_uname), GL_METH_NOARGS,
     "_uname()\n--\n\nReturn (sysname, nodename, release, version, machine) "
     "(os.uname wraps it)."},
    {NULL, NULL, 0, NULL},
};

static const struct {
    const char *name;
    long value;
} posix_constants[] = {
    {"F_OK", F_OK}, {"R_OK", R_OK}, {"W_OK", W_OK}, {"X_OK", X_OK},
    {"O_RDONLY", O_RDONLY}, {"O_WRONLY", O_WRONLY}, {"O_RDWR", O_RDWR},
    {"O_APPEND", O_APPEND}, {"O_CREAT", O_CREAT}, {"O_EXCL", O_EXCL},
    {"O_TRUNC", O_TRUNC}, {"O_NONBLOCK", O_NONBLOCK}, {"O_CLOEXEC", O_CLOEXEC},
    {"O_DIRECTORY", O_DIRECTORY}, {"O_NOFOLLOW", O_NOFOLLOW}, {"O_SYNC", O_SYNC},
    {"SEEK_SET", SEEK_SET}, {"SEEK_CUR", SEEK_CUR}, {"SEEK_END", SEEK_END},
    {"EX_OK", 0},
    {NULL, 0},
};

GlObject *
GlInit_posix(void) GL_NEWREF
{
    if (GlStructSeq_Register(&GlStatResult_Type, STAT_VISIBLE, STAT_FIELDS) < 0) {
        return NULL;
    }
    if (GlType_SetMatchArgs(&GlStatResult_Type, 7) < 0) {  // the named visible fields
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("posix");
    GlObject *env = posix_make_environ();
    GlObject *doc = GlStr_FromString(
        "This module provides access to operating system functionality that is\n"
        "standardized by the C Standard and the POSIX standard (a thinly\n"
        "disguised Unix interface).  Refer to the library manual and\n"
        "corresponding Unix manual entries for more information on calls.");
    if (m == NULL || env == NULL || doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0
        || GlModule_AddFunctions(m, posix_methods) < 0
        || GlModule_AddObject(m, "environ", env) < 0
        || GlModule_AddObject(m, "stat_result", (GlObject *)&GlStatResult_Type) < 0) {
        goto fail;
    }
    for (int i = 0; posix_constants[i].name != NULL; i++) {
        if (GlModule_AddIntConstant(m, posix_constants[i].name, posix_constants[i].value) < 0) {
            goto fail;
        }
    }
    Gl_DECREF(env);
    Gl_DECREF(doc);
    return m;
fail:
    Gl_XDECREF(m);
    Gl_XDECREF(env);
    Gl_XDECREF(doc);
    return NULL;
}
