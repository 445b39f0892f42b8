/* import.c - the import system: sys.modules caching, built-in C modules, source
 * modules and packages found along sys.path (a package's submodules along its
 * __path__), relative imports, from-lists, circular imports.
 *
 * Invariants (CPython's): a module is in sys.modules before its body runs (so a
 * circular import sees the partially initialised module) and removed again if the
 * body fails; a submodule is bound as an attribute of its parent package once loaded;
 * a module body runs once per process.
 */
#include "frame.h"
#include "vm.h"
#include <sys/stat.h>
#include <unistd.h>
#include <limits.h>
#include "../modules/modules.h"

/* Names of the modules whose body is running (for "partially initialized module"). */
static GlObject *initializing;

int
GlImport_IsInitializing(GlObject *name)
{
    return initializing != NULL && name != NULL && GlDict_GetItemWithError(initializing, name) != NULL;
}

/* module.__spec__ = a namespace with CPython's ModuleSpec fields. 0 / -1. */
int
GlImport_SetSpec(GlObject *m, GlObject *name, const char *origin, GlObject *search)
{
    GlObject *kw = GlDict_New();
    if (kw == NULL) {
        return -1;
    }
    GlObject *o = origin ? GlStr_FromString(origin) : Gl_NewRef(Gl_None);
    const char *s = GlStr_AsUTF8(name);
    const char *dot = s ? strrchr(s, '.') : NULL;
    GlObject *parent = search != NULL ? Gl_NewRef(name)
                     : dot ? GlStr_FromStringAndSize(s, dot - s) : GlStr_FromString("");
    int r = -1;
    if (o != NULL && parent != NULL && GlDict_SetItemString(kw, "name", name) == 0
        && GlDict_SetItemString(kw, "loader", Gl_None) == 0
        && GlDict_SetItemString(kw, "origin", o) == 0
        && GlDict_SetItemString(kw, "submodule_search_locations", search ? search : Gl_None) == 0
        && GlDict_SetItemString(kw, "parent", parent) == 0
        && GlDict_SetItemString(kw, "has_location", origin && strcmp(origin, "built-in") ? Gl_True : Gl_False) == 0
        && GlDict_SetItemString(kw, "cached", Gl_None) == 0) {
        GlObject *spec = GlNamespace_New(kw);
        if (spec != NULL) {
            r = GlDict_SetItem(GlModule_GetDict(m), GL_ID(__spec__), spec);
            Gl_DECREF(spec);
        }
    }
    Gl_XDECREF(o);
    Gl_XDECREF(parent);
    Gl_DECREF(kw);
    return r;
}

static GlObject *
modules_dict(void)
{
    return gl_tstate.interp_modules;
}

GlObject *
GlImport_GetModule(GlObject *name)
{
    GlObject *mods = modules_dict();
    if (mods == NULL) {
        return NULL;
    }
    GlObject *m = GlDict_GetItemWithError(mods, name);
    if (m == NULL) {
        GlErr_Clear();
    }
    return m;
}

static int
is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

static int
is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Read a whole file; malloc'd buffer, NULL + OSError. */
char *
GlImport_ReadFile(const char *path, Gl_ssize_t *len)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        GlErr_SetFromErrnoWithFilename(GlExc_OSError, path);
        return NULL;
    }
    size_t cap = 16384, n = 0;
    char *buf = GlMem_Malloc(cap + 1);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) {
            break;
        }
        char *nb = GlMem_Realloc(buf, cap * 2 + 1);
        if (nb == NULL) {
            GlMem_Free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    if (buf == NULL) {
        GlErr_NoMemory();
        return NULL;
    }
    buf[n] = 0;
    *len = (Gl_ssize_t)n;
    return buf;
}

/* Execute a source file as the body of module m. 0 / -1. */
int
GlImport_ExecFile(GlObject *m, const char *path, GlObject *filename)
{
    Gl_ssize_t len;
    char *src = GlImport_ReadFile(path, &len);
    if (src == NULL) {
        return -1;
    }
    GlObject *code = GlCompile_String(src, len, filename, GL_MODE_EXEC);
    GlMem_Free(src);
    if (code == NULL) {
        return -1;
    }
    GlObject *dict = GlModule_GetDict(m);
    GlObject *res = GlEval_Code(code, dict, dict);
    Gl_DECREF(code);
    if (res == NULL) {
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

static GlObject *
init_builtin(const char *name)
{
    for (const GlBuiltinModule *b = gl_builtin_modules; b->name != NULL; b++) {
        if (strcmp(b->name, name) == 0) {
            GlObject *m = b->init();
            if (m == NULL) {
                return NULL;
            }
            GlObject *key = GlStr_FromString(name);
            if (key == NULL || GlImport_SetSpec(m, key, "built-in", NULL) < 0
                || GlDict_SetItem(modules_dict(), key, m) < 0) {
                Gl_XDECREF(key);
                Gl_DECREF(m);
                return NULL;
            }
            Gl_DECREF(key);
            return m;
        }
    }
    return NULL;
}

/* Load the source module `fullname` from `path` (a .py file); pkgdir non-NULL makes it
 * a package with __path__ [pkgdir]. New reference. */
static GlObject *
load_source(GlObject *fullname, const char *path, const char *pkgdir)
{
    GlObject *m = GlModule_New(fullname);
    if (m == NULL) {
        return NULL;
    }
    GlObject *dict = GlModule_GetDict(m);
    GlObject *file = GlStr_FromString(path);
    if (file == NULL || GlDict_SetItem(dict, GL_ID(__file__), file) < 0) {
        Gl_XDECREF(file);
        Gl_DECREF(m);
        return NULL;
    }
    GlObject *package;
    if (pkgdir != NULL) {
        GlObject *p = GlStr_FromString(pkgdir);
        GlObject *pathlist = p ? GlList_New(0) : NULL;
        if (pathlist == NULL || GlList_Append(pathlist, p) < 0
            || GlDict_SetItem(dict, GL_ID(__path__), pathlist) < 0) {
            Gl_XDECREF(p);
            Gl_XDECREF(pathlist);
            Gl_DECREF(file);
            Gl_DECREF(m);
            return NULL;
        }
        Gl_DECREF(p);
        Gl_DECREF(pathlist);
        package = Gl_NewRef(fullname);
    } else {
        const char *s = GlStr_AsUTF8(fullname);
        const char *dot = strrchr(s, '.');
        package = dot ? GlStr_FromStringAndSize(s, dot - s) : GlStr_FromString("");
    }
    if (package == NULL || GlDict_SetItem(dict, GL_ID(__package__), package) < 0
        || GlDict_SetItem(dict, GL_ID(__builtins__), gl_tstate.builtins) < 0) {
        Gl_XDECREF(package);
        Gl_DECREF(file);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(package);
    GlObject *search = pkgdir ? GlDict_GetItemWithError(dict, GL_ID(__path__)) : NULL;
    if (GlImport_SetSpec(m, fullname, path, search) < 0
        || GlDict_SetItem(modules_dict(), fullname, m) < 0) {
        Gl_DECREF(file);
        Gl_DECREF(m);
        return NULL;
    }
    if (initializing == NULL && (initializing = GlDict_New()) == NULL) {
        Gl_DECREF(file);
        Gl_DECREF(m);
        return NULL;
    }
    if (GlDict_SetItem(initializing, fullname, Gl_True) < 0) {
        Gl_DECREF(file);
        Gl_DECREF(m);
        return NULL;
    }
    int r = GlImport_ExecFile(m, path, file);
    GlObject *saved = GlErr_GetRaisedException();
    if (GlDict_DelItem(initializing, fullname) < 0) {
        GlErr_Clear();
    }
    GlErr_SetRaisedException(saved);
    Gl_DECREF(file);
    if (r < 0) {
        GlObject *exc = GlErr_GetRaisedException();
        if (GlDict_DelItem(modules_dict(), fullname) < 0) {
            GlErr_Clear();
        }
        GlErr_SetRaisedException(exc);
        Gl_DECREF(m);
        return NULL;
    }
    /* The module body may have replaced itself in sys.modules. */
    GlObject *final = GlDict_GetItemWithError(modules_dict(), fullname);
    if (final != NULL && final != m) {
        Gl_SETREF(m, Gl_NewRef(final));
    }
    return m;
}

/* Search dirs (a list of str) for `shortname`; load it as `fullname`. Returns a new
 * reference, or NULL: with an exception set on error, without when not found. */
static GlObject *
find_and_load(GlObject *fullname, const char *shortname, GlObject *dirs)
{
    char path[PATH_MAX], pkgdir[PATH_MAX];
    Gl_ssize_t n = GlList_Check(dirs) ? GlList_GET_SIZE(dirs) : 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *d = GlList_GET_ITEM(dirs, i);
        if (!GlStr_Check(d)) {
            continue;
        }
        const char *dir = GlStr_AsUTF8(d);
        if (dir == NULL) {
            GlErr_Clear();
            continue;
        }
        char absdir[PATH_MAX];
        if (dir[0] == 0) {
            if (getcwd(absdir, sizeof(absdir)) == NULL) {
                continue;
            }
            dir = absdir;
        }
        snprintf(pkgdir, sizeof(pkgdir), "%s/%s", dir, shortname);
        if (is_dir(pkgdir)) {
            snprintf(path, sizeof(path), "%s/__init__.py", pkgdir);
            if (is_file(path)) {
                return load_source(fullname, path, pkgdir);
            }
        }
        snprintf(path, sizeof(path), "%s/%s.py", dir, shortname);
        if (is_file(path)) {
            return load_source(fullname, path, NULL);
        }
    }
    return NULL;
}

static GlObject *
module_not_found(GlObject *fullname, const char *extra)
{
    GlObject *msg = extra ? GlStr_FromFormat("No module named %R; %s", fullname, extra)
                          : GlStr_FromFormat("No module named %R", fullname);
    if (msg == NULL) {
        return NULL;
    }
    GlObject *args = GlTuple_Pack(1, msg);
    Gl_DECREF(msg);
    if (args == NULL) {
        return NULL;
    }
    GlObject *kw = GlDict_New();
    if (kw == NULL || GlDict_SetItem(kw, GL_ID(name), fullname) < 0) {
        Gl_XDECREF(kw);
        Gl_DECREF(args);
        return NULL;
    }
    GlObject *exc = GlObject_Call(GlExc_ModuleNotFoundError, args, kw);
    Gl_DECREF(args);
    Gl_DECREF(kw);
    if (exc != NULL) {
        GlErr_SetObject(GlExc_ModuleNotFoundError, exc);
        Gl_DECREF(exc);
    }
    return NULL;
}

/* Import one fully qualified module whose parent (if any) is already imported.
 * New reference. */
static GlObject *
import_one(GlObject *fullname)
{
    GlObject *m = GlImport_GetModule(fullname);
    if (m != NULL) {
        return Gl_NewRef(m);
    }
    const char *full = GlStr_AsUTF8(fullname);
    if (full == NULL) {
        return NULL;
    }
    const char *dot = strrchr(full, '.');
    if (dot == NULL) {
        m = init_builtin(full);
        if (m != NULL || GlErr_Occurred()) {
            return m;
        }
        GlObject *path = GlDict_GetItemString(gl_tstate.sysdict, "path");
        if (path == NULL || !GlList_Check(path)) {
            return GlErr_SetString(GlExc_ImportError, "sys.path must be a list of directory names");
        }
        Gl_INCREF(path);
        m = find_and_load(fullname, full, path);
        Gl_DECREF(path);
        if (m == NULL && !GlErr_Occurred()) {
            return module_not_found(fullname, NULL);
        }
        return m;
    }
    GlObject *parentname = GlStr_FromStringAndSize(full, dot - full);
    if (parentname == NULL) {
        return NULL;
    }
    GlObject *parent = GlImport_GetModule(parentname);
    if (parent == NULL) {
        Gl_DECREF(parentname);
        return module_not_found(fullname, NULL);
    }
    Gl_INCREF(parent);
    GlObject *path = NULL;
    if (GlObject_LookupAttr(parent, GL_ID(__path__), &path) < 0) {
        Gl_DECREF(parent);
        Gl_DECREF(parentname);
        return NULL;
    }
    if (path == NULL) {
        GlObject *extra = GlStr_FromFormat("%R is not a package", parentname);
        const char *e = extra ? GlStr_AsUTF8(extra) : NULL;
        module_not_found(fullname, e ? e : "");
        Gl_XDECREF(extra);
        Gl_DECREF(parent);
        Gl_DECREF(parentname);
        return NULL;
    }
    m = find_and_load(fullname, dot + 1, path);
    Gl_DECREF(path);
    if (m == NULL) {
        if (!GlErr_Occurred()) {
            module_not_found(fullname, NULL);
        }
    } else {
        GlObject *child = GlStr_FromString(dot + 1);
        if (child == NULL || GlObject_SetAttr(parent, child, m) < 0) {
            Gl_CLEAR(m);
        }
        Gl_XDECREF(child);
    }
    Gl_DECREF(parent);
    Gl_DECREF(parentname);
    return m;
}

/* Import every prefix of dotted name; returns the leaf (new reference). */
static GlObject *
import_dotted(GlObject *name)
{
    GlObject *m = GlImport_GetModule(name);
    if (m != NULL) {
        return Gl_NewRef(m);
    }
    const char *s = GlStr_AsUTF8(name);
    if (s == NULL) {
        return NULL;
    }
    GlObject *mod = NULL;
    const char *p = s;
    for (;;) {
        const char *dot = strchr(p, '.');
        Gl_ssize_t len = dot ? (Gl_ssize_t)(dot - s) : (Gl_ssize_t)strlen(s);
        GlObject *prefix = GlStr_FromStringAndSize(s, len);
        if (prefix == NULL) {
            Gl_XDECREF(mod);
            return NULL;
        }
        Gl_XDECREF(mod);
        mod = import_one(prefix);
        Gl_DECREF(prefix);
        if (mod == NULL || dot == NULL) {
            return mod;
        }
        p = dot + 1;
    }
}

/* The absolute name for a relative import of `name` at `level` from a module with
 * the given globals. New reference. */
static GlObject *
resolve_name(GlObject *name, GlObject *globals, int level)
{
    if (level == 0) {
        return Gl_NewRef(name);
    }
    GlObject *package = NULL;   // new reference
    if (globals != NULL && GlDict_Check(globals)) {
        GlObject *p = GlDict_GetItemWithError(globals, GL_ID(__package__));
        if (p != NULL && p != Gl_None) {
            package = Gl_NewRef(p);
        } else if (!GlErr_Occurred()) {
            GlObject *modname = GlDict_GetItemWithError(globals, GL_ID(__name__));
            if (modname != NULL && GlStr_Check(modname)) {
                if (GlDict_GetItemWithError(globals, GL_ID(__path__)) != NULL) {
                    package = Gl_NewRef(modname);
                } else if (!GlErr_Occurred()) {
                    const char *s = GlStr_AsUTF8(modname);
                    const char *dot = s ? strrchr(s, '.') : NULL;
                    package = dot ? GlStr_FromStringAndSize(s, dot - s) : GlStr_FromString("");
                }
            }
        }
    }
    if (GlErr_Occurred()) {
        Gl_XDECREF(package);
        return NULL;
    }
    if (package == NULL || !GlStr_Check(package) || GlStr_GET_LENGTH(package) == 0) {
        Gl_XDECREF(package);
        return GlErr_SetString(GlExc_ImportError,
                               "attempted relative import with no known parent package");
    }
    const char *b = GlStr_AsUTF8(package);
    Gl_ssize_t blen = (Gl_ssize_t)strlen(b);
    for (int i = 1; i < level; i++) {
        while (blen > 0 && b[blen - 1] != '.') {
            blen--;
        }
        if (blen == 0) {
            Gl_DECREF(package);
            return GlErr_SetString(GlExc_ImportError,
                                   "attempted relative import beyond top-level package");
        }
        blen--;
    }
    GlObject *base = GlStr_FromStringAndSize(b, blen);
    Gl_DECREF(package);
    if (base == NULL || GlStr_GET_LENGTH(name) == 0) {
        return base;
    }
    GlObject *res = GlStr_FromFormat("%U.%U", base, name);
    Gl_DECREF(base);
    return res;
}

GlObject *
GlImport_ImportModuleLevelObject(GlObject *name, GlObject *globals, GlObject *locals,
                                 GlObject *fromlist, int level)
{
    if (!GlStr_Check(name)) {
        return GlErr_SetString(GlExc_TypeError, "module name must be str, not bytes");
    }
    if (level < 0) {
        return GlErr_SetString(GlExc_ValueError, "level must be >= 0");
    }
    if (level == 0 && GlStr_GET_LENGTH(name) == 0) {
        return GlErr_SetString(GlExc_ValueError, "Empty module name");
    }
    GlObject *absname = resolve_name(name, globals, level);
    if (absname == NULL) {
        return NULL;
    }
    GlObject *mod = import_dotted(absname);
    if (mod == NULL) {
        Gl_DECREF(absname);
        return NULL;
    }
    int has_from = fromlist != NULL && fromlist != Gl_None && GlObject_IsTrue(fromlist) > 0;
    if (!has_from) {
        /* `import a.b.c` binds the top-level package. */
        const char *s = GlStr_AsUTF8(absname);
        const char *dot = strchr(s, '.');
        if (level == 0 && dot != NULL) {
            GlObject *top = GlStr_FromStringAndSize(s, dot - s);
            GlObject *t = top ? GlImport_GetModule(top) : NULL;
            Gl_XDECREF(top);
            if (t != NULL) {
                Gl_SETREF(mod, Gl_NewRef(t));
            }
        }
        Gl_DECREF(absname);
        return mod;
    }
    /* from package import submodule: import submodules not yet bound. */
    GlObject *path = NULL;
    if (GlObject_LookupAttr(mod, GL_ID(__path__), &path) < 0) {
        Gl_DECREF(mod);
        Gl_DECREF(absname);
        return NULL;
    }
    if (path != NULL) {
        Gl_DECREF(path);
        GlObject *seq = GlSequence_Fast(fromlist, "fromlist must be a sequence");
        if (seq == NULL) {
            Gl_DECREF(mod);
            Gl_DECREF(absname);
            return NULL;
        }
        Gl_ssize_t n = GlList_Check(seq) ? GlList_GET_SIZE(seq) : GlTuple_GET_SIZE(seq);
        for (Gl_ssize_t i = 0; i < n; i++) {
            GlObject *item = GlList_Check(seq) ? GlList_GET_ITEM(seq, i) : GlTuple_GET_ITEM(seq, i);
            if (!GlStr_Check(item) || GlStr_EqualToASCII(item, "*")) {
                continue;
            }
            if (GlObject_HasAttr(mod, item)) {
                continue;
            }
            GlObject *sub = GlStr_FromFormat("%U.%U", absname, item);
            GlObject *sm = sub ? import_one(sub) : NULL;
            if (sm == NULL) {
                /* Only a missing submodule of that exact name is ignored here; the
                 * IMPORT_FROM that follows reports the ImportError. */
                if (GlErr_ExceptionMatches(GlExc_ModuleNotFoundError)) {
                    GlObject *exc = GlErr_GetRaisedException();
                    GlObject *ename = NULL;
                    GlObject_LookupAttr(exc, GL_ID(name), &ename);
                    GlErr_Clear();
                    if (ename != NULL && sub != NULL && GlStr_Check(ename) && GlStr_Equal(ename, sub)) {
                        Gl_DECREF(exc);
                    } else {
                        GlErr_SetRaisedException(exc);
                    }
                    Gl_XDECREF(ename);
                }
                if (GlErr_Occurred()) {
                    Gl_XDECREF(sub);
                    Gl_DECREF(seq);
                    Gl_DECREF(mod);
                    Gl_DECREF(absname);
                    return NULL;
                }
            }
            Gl_XDECREF(sm);
            Gl_XDECREF(sub);
        }
        Gl_DECREF(seq);
    }
    Gl_DECREF(absname);
    return mod;
}

GlObject *
GlImport_ImportModule(const char *name)
{
    GlObject *n = GlStr_FromString(name);
    if (n == NULL) {
        return NULL;
    }
    GlObject *m = import_dotted(n);
    Gl_DECREF(n);
    return m;
}
