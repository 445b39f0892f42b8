/* sysmodule.c - the sys module: interpreter parameters (argv, path, modules, the
 * standard streams, version data), the struct-sequence types (version_info, flags,
 * float_info, int_info, hash_info) and the functions (exit, getrefcount,
 * getsizeof, recursion limit, exc_info, intern, displayhook, excepthook, ...).
 *
 * Invariants:
 * - sys_module and its dict live for the whole run; gl_tstate.sysdict owns a
 *   reference to the dict; gl_tstate.interp_modules aliases sys.modules (the sys dict
 *   owns it; replacing sys.modules from Python does not move the alias, as CPython).
 * - The struct sequences are tuple subclasses (isinstance(sys.version_info, tuple),
 *   comparisons with tuples work) whose named fields are read-only members.
 * - sys.path[0] is inserted once by GlSys_SetArgv and replaced on later calls.
 * - getsizeof adds 16 bytes (the GC header) for objects of GC types, except static
 *   type objects which have no GC header (CPython's tp_is_gc).
 */
#include <float.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>
#include "modules.h"
#include "../vm/vm.h"
#include "../vm/frame.h"

int gl_orig_argc;
char **gl_orig_argv;
int gl_unbuffered;
int gl_show_refcount;
int gl_leak_check;
int gl_interactive;
int gl_utf8_mode;

static GlObject *sys_module;
static int path0_inserted;
static double switch_interval = 0.005;

#define GL_VERSION_STR "3.11.0"
#define GL_HEXVERSION 0x030B00F0

/* ============================ struct sequences ================================= */

/* A new instance of type from items (stolen; NULL fails the whole call). New reference. */
static GlObject *
structseq_make(GlTypeObject *type, GlObject **items, Gl_ssize_t n)
{
    if (GlStructSeq_Register(type, (int)n, (int)n) < 0) {
        for (Gl_ssize_t j = 0; j < n; j++) {
            Gl_XDECREF(items[j]);
        }
        return NULL;
    }
    return GlStructSeq_FromItems(type, items);
}

#define M(i, name) {name, GL_T_OBJECT, GL_STRUCTSEQ_OFFSET(i), GL_READONLY, NULL}
#define MEND {NULL, 0, 0, 0, NULL}

static GlMemberDef version_info_members[] = {
    M(0, "major"), M(1, "minor"), M(2, "micro"), M(3, "releaselevel"), M(4, "serial"), MEND,
};
static GlMemberDef flags_members[] = {
    M(0, "debug"), M(1, "inspect"), M(2, "interactive"), M(3, "optimize"),
    M(4, "dont_write_bytecode"), M(5, "no_user_site"), M(6, "no_site"),
    M(7, "ignore_environment"), M(8, "verbose"), M(9, "bytes_warning"), M(10, "quiet"),
    M(11, "hash_randomization"), M(12, "isolated"), M(13, "dev_mode"), M(14, "utf8_mode"),
    M(15, "warn_default_encoding"), M(16, "safe_path"), M(17, "int_max_str_digits"), MEND,
};
static GlMemberDef float_info_members[] = {
    M(0, "max"), M(1, "max_exp"), M(2, "max_10_exp"), M(3, "min"), M(4, "min_exp"),
    M(5, "min_10_exp"), M(6, "dig"), M(7, "mant_dig"), M(8, "epsilon"), M(9, "radix"),
    M(10, "rounds"), MEND,
};
static GlMemberDef int_info_members[] = {
    M(0, "bits_per_digit"), M(1, "sizeof_digit"), M(2, "default_max_str_digits"),
    M(3, "str_digits_check_threshold"), MEND,
};
static GlMemberDef hash_info_members[] = {
    M(0, "width"), M(1, "modulus"), M(2, "inf"), M(3, "nan"), M(4, "imag"), M(5, "algorithm"),
    M(6, "hash_bits"), M(7, "seed_bits"), M(8, "cutoff"), MEND,
};

#undef M
#undef MEND

#define GL_STRUCTSEQ_TYPE(cname, pyname, members) \
    GlTypeObject cname = GL_STRUCTSEQ_TYPE_INIT(pyname, NULL, members, GlStructSeq_NoNew)

GL_STRUCTSEQ_TYPE(GlVersionInfo_Type, "sys.version_info", version_info_members);
GL_STRUCTSEQ_TYPE(GlFlags_Type, "sys.flags", flags_members);
GL_STRUCTSEQ_TYPE(GlFloatInfo_Type, "sys.float_info", float_info_members);
GL_STRUCTSEQ_TYPE(GlIntInfo_Type, "sys.int_info", int_info_members);
GL_STRUCTSEQ_TYPE(GlHashInfo_Type, "sys.hash_info", hash_info_members);

static GlObject *
make_version_info(void)
{
    GlObject *items[5] = {GlInt_FromLong(3), GlInt_FromLong(11), GlInt_FromLong(0),
                          GlStr_FromString("final"), GlInt_FromLong(0)};
    return structseq_make(&GlVersionInfo_Type, items, 5);
}

static int
env_flag(const char *name)
{
    const char *v = getenv(name);
    return v != NULL && v[0] != '\0';
}

static GlObject *
make_flags(void)
{
    const char *seed = getenv("PYTHONHASHSEED");
    int hash_random = !(seed != NULL && strcmp(seed, "0") == 0);
    GlObject *items[18];
    for (int i = 0; i < 18; i++) {
        items[i] = GlInt_FromLong(0);
    }
    Gl_SETREF(items[2], GlInt_FromLong(gl_interactive));
    Gl_SETREF(items[4], GlInt_FromLong(env_flag("PYTHONDONTWRITEBYTECODE")));
    Gl_SETREF(items[11], GlInt_FromLong(hash_random));
    Gl_SETREF(items[13], Gl_NewRef(Gl_False));
    Gl_SETREF(items[14], GlInt_FromLong(gl_utf8_mode));
    Gl_SETREF(items[16], Gl_NewRef(Gl_False));
    Gl_SETREF(items[17], GlInt_FromLong(-1));
    return structseq_make(&GlFlags_Type, items, 18);
}

static GlObject *
make_float_info(void)
{
    GlObject *items[11] = {
        GlFloat_FromDouble(DBL_MAX), GlInt_FromLong(DBL_MAX_EXP), GlInt_FromLong(DBL_MAX_10_EXP),
        GlFloat_FromDouble(DBL_MIN), GlInt_FromLong(DBL_MIN_EXP), GlInt_FromLong(DBL_MIN_10_EXP),
        GlInt_FromLong(DBL_DIG), GlInt_FromLong(DBL_MANT_DIG), GlFloat_FromDouble(DBL_EPSILON),
        GlInt_FromLong(FLT_RADIX), GlInt_FromLong(1),
    };
    return structseq_make(&GlFloatInfo_Type, items, 11);
}

static GlObject *
make_int_info(void)
{
    GlObject *items[4] = {GlInt_FromLong(30), GlInt_FromLong(4), GlInt_FromLong(4300),
                          GlInt_FromLong(640)};
    return structseq_make(&GlIntInfo_Type, items, 4);
}

static GlObject *
make_hash_info(void)
{
    GlObject *items[9] = {
        GlInt_FromLong(64), GlInt_FromInt64(((int64_t)1 << 61) - 1), GlInt_FromLong(314159),
        GlInt_FromLong(0), GlInt_FromLong(1000003), GlStr_FromString("siphash13"),
        GlInt_FromLong(64), GlInt_FromLong(128), GlInt_FromLong(0),
    };
    return structseq_make(&GlHashInfo_Type, items, 9);
}

/* ============================== helpers ======================================== */

GlObject *
GlSys_GetObject(const char *name)
{
    if (gl_tstate.sysdict == NULL) {
        return NULL;
    }
    return GlDict_GetItemString(gl_tstate.sysdict, name);
}

int
GlSys_SetObject(const char *name, GlObject *v)
{
    if (gl_tstate.sysdict == NULL) {
        GlErr_SetString(GlExc_RuntimeError, "lost sys module");
        return -1;
    }
    if (v == NULL) {
        GlObject *cur = GlDict_GetItemString(gl_tstate.sysdict, name);
        return cur == NULL ? 0 : GlDict_DelItemString(gl_tstate.sysdict, name);
    }
    return GlDict_SetItemString(gl_tstate.sysdict, name, v);
}

static int
flush_one(const char *name)
{
    GlObject *f = GlSys_GetObject(name);
    if (f == NULL || f == Gl_None) {
        return 0;
    }
    Gl_INCREF(f);
    int r = GlFile_Flush(f);
    Gl_DECREF(f);
    if (r < 0) {
        /* A closed stream is not a flush failure (CPython ignores it too). */
        int closed = GlErr_ExceptionMatches(GlExc_ValueError);
        GlErr_Clear();
        return closed ? 0 : -1;
    }
    return 0;
}

int
GlSys_FlushStdFiles(void)
{
    int r = flush_one("stdout");
    if (flush_one("stderr") < 0) {
        r = -1;
    }
    return r;
}

static void
write_std(const char *name, const char *text, FILE *fallback)
{
    GlObject *f = GlSys_GetObject(name);
    if (f == NULL || f == Gl_None) {
        fputs(text, fallback);
        return;
    }
    GlObject *exc = GlErr_GetRaisedException();
    Gl_INCREF(f);
    if (GlFile_WriteString(text, f) < 0) {
        GlErr_Clear();
    }
    Gl_DECREF(f);
    GlErr_SetRaisedException(exc);
}

void
GlSys_WriteStdout(const char *text)
{
    write_std("stdout", text, stdout);
}

void
GlSys_WriteStderr(const char *text)
{
    write_std("stderr", text, stderr);
}

/* Directory part of a path as a new str ("" when there is no '/'). */
static GlObject *
path_dirname(const char *p)
{
    const char *slash = strrchr(p, '/');
    if (slash == NULL) {
        return GlStr_FromString("");
    }
    if (slash == p) {
        return GlStr_FromString("/");
    }
    return GlStr_FromStringAndSize(p, slash - p);
}

int
GlSys_SetArgv(int argc, char **argv)
{
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return -1;
    }
    for (int i = 0; i < argc; i++) {
        GlObject *s = GlStr_Decode(argv[i], (Gl_ssize_t)strlen(argv[i]), "utf-8",
                                   "surrogateescape");
        if (s == NULL || GlList_Append(list, s) < 0) {
            Gl_XDECREF(s);
            Gl_DECREF(list);
            return -1;
        }
        Gl_DECREF(s);
    }
    if (argc == 0) {
        GlObject *e = GlStr_FromString("");
        if (e == NULL || GlList_Append(list, e) < 0) {
            Gl_XDECREF(e);
            Gl_DECREF(list);
            return -1;
        }
        Gl_DECREF(e);
    }
    int r = GlSys_SetObject("argv", list);
    Gl_DECREF(list);
    if (r < 0) {
        return -1;
    }
    /* sys.path[0]: the script's folder (absolute, symlinks resolved), else ''. */
    GlObject *path = GlSys_GetObject("path");
    if (path == NULL || !GlList_Check(path)) {
        return 0;
    }
    GlObject *p0;
    const char *a0 = argc > 0 ? argv[0] : "";
    if (argc > 0 && a0[0] != '\0' && strcmp(a0, "-c") != 0 && strcmp(a0, "-m") != 0 &&
        strcmp(a0, "-") != 0) {
        char *real = realpath(a0, NULL);
        p0 = path_dirname(real != NULL ? real : a0);
        free(real);
    } else if (argc > 0 && strcmp(a0, "-m") == 0) {
        char cwd[PATH_MAX];
        p0 = GlStr_FromString(getcwd(cwd, sizeof(cwd)) != NULL ? cwd : "");
    } else {
        p0 = GlStr_FromString("");
    }
    if (p0 == NULL) {
        return -1;
    }
    if (path0_inserted && GlList_GET_SIZE(path) > 0) {
        r = GlList_SetItem(path, 0, p0);
    } else {
        r = GlList_Insert(path, 0, p0);
        Gl_DECREF(p0);
        path0_inserted = 1;
    }
    return r;
}

/* ============================== functions ====================================== */

static GlObject *
sys_exit(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("exit", nargs, 0, 1) < 0) {
        return NULL;
    }
    /* As PyErr_SetObject(SystemExit, status): None means no arguments, a tuple
     * is the argument tuple, an instance of SystemExit is raised as it is. */
    GlObject *arg = nargs == 0 ? Gl_None : args[0];
    GlObject *exc;
    if (arg == Gl_None) {
        exc = GlObject_CallNoArgs(GlExc_SystemExit);
    } else if (GlTuple_Check(arg)) {
        exc = GlObject_Call(GlExc_SystemExit, arg, NULL);
    } else if (GlObject_TypeCheck(arg, (GlTypeObject *)GlExc_SystemExit)) {
        exc = Gl_NewRef(arg);
    } else {
        exc = GlObject_CallOneArg(GlExc_SystemExit, arg);
    }
    if (exc != NULL) {
        GlErr_SetRaisedException(exc);
    }
    return NULL;
}

static GlObject *
sys_getrefcount(GlObject *self, GlObject *o)
{
    return GlInt_FromSsize_t(Gl_REFCNT(o));
}

static GlObject *
sys_getsizeof(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"object", "default", NULL};
    GlObject *a[2] = {NULL, NULL};
    if (GlArg_ParseVector("getsizeof", args, nargs, kwnames, kwlist, 2, 1, a) < 0) {
        return NULL;
    }
    GlObject *o = a[0];
    int found = 0;
    GlObject *res = GlObject_CallSpecial(o, GL_ID(__sizeof__), NULL, 0, &found);
    Gl_ssize_t size = -1;
    if (res == NULL) {
        if (!found && !GlErr_Occurred()) {
            GlErr_Format(GlExc_TypeError, "Type %.100s doesn't define __sizeof__",
                         Gl_TYPE(o)->tp_name);
        }
    } else {
        size = GlNumber_AsSsize_t(res, GlExc_OverflowError);
        Gl_DECREF(res);
        if (size < 0 && !GlErr_Occurred()) {
            GlErr_SetString(GlExc_ValueError, "__sizeof__() should return >= 0");
        }
    }
    if (GlErr_Occurred()) {
        if (a[1] != NULL && GlErr_ExceptionMatches(GlExc_TypeError)) {
            GlErr_Clear();
            return Gl_NewRef(a[1]);
        }
        return NULL;
    }
    int is_gc = GlObject_IS_GC(o);
    if (is_gc && GlType_Check(o) && !GlType_HasFeature((GlTypeObject *)o, GL_TPFLAGS_HEAPTYPE)) {
        is_gc = 0;   // static type objects carry no GC header
    }
    if (GlType_HasFeature(Gl_TYPE(o), GL_TPFLAGS_INLINE_DICT)) {
        size += 2 * (Gl_ssize_t)sizeof(GlObject *);   // CPython 3.11's managed-dict pre-header
    }
    return GlInt_FromSsize_t(size + (is_gc ? (Gl_ssize_t)sizeof(GlGCHead) : 0));
}

static GlObject *
sys_getrecursionlimit(GlObject *self, GlObject *unused)
{
    return GlInt_FromLong(gl_tstate.recursion_limit);
}

static GlObject *
sys_setrecursionlimit(GlObject *self, GlObject *arg)
{
    if (GlFloat_Check(arg) || !GlInt_Check(arg)) {
        return GlErr_Format(GlExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                            GlObject_TypeName(arg));
    }
    int overflow = 0;
    int64_t v = GlInt_AsInt64AndOverflow(arg, &overflow);
    if (overflow || v > INT_MAX || v < INT_MIN) {
        return GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C int");
    }
    if (v < 1) {
        return GlErr_SetString(GlExc_ValueError, "recursion limit must be greater or equal than 1");
    }
    if (gl_tstate.recursion_depth >= v) {
        return GlErr_Format(GlExc_RecursionError,
                            "cannot set the recursion limit to %i at the recursion depth %i: "
                            "the limit is too low", (int)v, gl_tstate.recursion_depth);
    }
    gl_tstate.recursion_limit = (int)v;
    Gl_RETURN_NONE;
}

static GlObject *
sys_intern(GlObject *self, GlObject *s)
{
    if (!GlStr_CheckExact(s)) {
        return GlErr_Format(GlExc_TypeError, "intern() argument must be str, not %.50s",
                            GlObject_TypeName(s));
    }
    Gl_INCREF(s);
    GlStr_InternInPlace(&s);
    return s;
}

static GlObject *
current_exception(void)
{
    for (GlErrStackItem *ei = gl_tstate.exc_info; ei != NULL; ei = ei->previous_item) {
        if (ei->exc_value != NULL && ei->exc_value != Gl_None) {
            return ei->exc_value;
        }
    }
    return NULL;
}

static GlObject *
sys_exc_info(GlObject *self, GlObject *unused)
{
    GlObject *e = current_exception();
    if (e == NULL) {
        return GlTuple_Pack(3, Gl_None, Gl_None, Gl_None);
    }
    GlObject *tb = GlException_GetTraceback(e);
    return GlTuple_Pack(3, (GlObject *)Gl_TYPE(e), e, tb != NULL ? tb : Gl_None);
}

static GlObject *
sys_exception(GlObject *self, GlObject *unused)
{
    GlObject *e = current_exception();
    return Gl_NewRef(e != NULL ? e : Gl_None);
}

static GlObject *
sys_utf8(GlObject *self, GlObject *unused)
{
    return GlStr_FromString("utf-8");
}

static GlObject *
sys_fs_errors(GlObject *self, GlObject *unused)
{
    return GlStr_FromString("surrogateescape");
}

static GlObject *
sys_set_int_max_str_digits(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                           GlObject *kwnames)
{
    static const char *const kwlist[] = {"maxdigits", NULL};
    GlObject *a[1] = {NULL};
    if (GlArg_ParseVector("set_int_max_str_digits", args, nargs, kwnames, kwlist, 1, 1, a) < 0) {
        return NULL;
    }
    Gl_ssize_t v = GlNumber_AsSsize_t(a[0], GlExc_OverflowError);
    if (v == -1 && GlErr_Occurred()) {
        return NULL;
    }
    if (v != 0 && v < 640) {
        return GlErr_SetString(GlExc_ValueError, "maxdigits must be 0 or larger than 640");
    }
    gl_int_max_str_digits = v;
    Gl_RETURN_NONE;
}

static GlObject *
sys_get_int_max_str_digits(GlObject *self, GlObject *unused)
{
    return GlInt_FromSsize_t(gl_int_max_str_digits);
}

static GlObject *
sys_getframe(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("_getframe", nargs, 0, 1) < 0) {
        return NULL;
    }
    Gl_ssize_t depth = 0;
    if (nargs == 1) {
        depth = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
        if (depth == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    GlFrame *f = gl_tstate.frame;
    while (depth > 0 && f != NULL) {
        f = f->previous;
        depth--;
    }
    if (f == NULL) {
        return GlErr_SetString(GlExc_ValueError, "call stack is not deep enough");
    }
    return GlFrame_GetFrameObject(f);
}

GlObject *
GlSys_DisplayHook(GlObject *o)
{
    if (o == Gl_None) {
        Gl_RETURN_NONE;
    }
    GlObject *b = GlBuiltins_GetModule();
    if (b == NULL) {
        return GlErr_SetString(GlExc_RuntimeError, "lost builtins module");
    }
    /* builtins._ = None first: printing may run code that looks at it. */
    if (GlObject_SetAttr(b, GL_ID(_), Gl_None) < 0) {
        return NULL;
    }
    GlObject *out = GlSys_GetObject("stdout");
    if (out == NULL || out == Gl_None) {
        return GlErr_SetString(GlExc_RuntimeError, "lost sys.stdout");
    }
    Gl_INCREF(out);
    int r = GlFile_WriteObject(o, out, 0);
    if (r == 0) {
        r = GlFile_WriteString("\n", out);
    }
    Gl_DECREF(out);
    if (r < 0 || GlObject_SetAttr(b, GL_ID(_), o) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
sys_displayhook(GlObject *self, GlObject *o)
{
    return GlSys_DisplayHook(o);
}

static GlObject *
sys_excepthook(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("excepthook", nargs, 3, 3) < 0) {
        return NULL;
    }
    GlObject *exc = args[1];
    if (!GlExceptionInstance_Check(exc)) {
        return GlErr_Format(GlExc_TypeError,
                            "print_exception(): Exception expected for value, %.200s found",
                            GlObject_TypeName(exc));
    }
    GlSys_FlushStdFiles();
    GlErr_Display(exc);
    Gl_RETURN_NONE;
}

static GlObject *
sys_getallocatedblocks(GlObject *self, GlObject *unused)
{
    return GlInt_FromSize_t(gl_mem_stats.live_blocks);
}

/* sys.settrace(f): the global trace function (ceval.c calls it). Returns None (new ref). */
static GlObject *
sys_settrace(GlObject *self, GlObject *f)
{
    GlEval_SetTrace(f);
    Gl_RETURN_NONE;
}

/* sys.gettrace(): new reference. */
static GlObject *
sys_gettrace(GlObject *self, GlObject *unused)
{
    GlObject *f = gl_tstate.c_tracefunc;
    return Gl_NewRef(f != NULL ? f : Gl_None);
}

/* sys.setprofile(f): the profile function. Returns None (new ref). */
static GlObject *
sys_setprofile(GlObject *self, GlObject *f)
{
    GlEval_SetProfile(f);
    Gl_RETURN_NONE;
}

/* sys.getprofile(): new reference. */
static GlObject *
sys_getprofile(GlObject *self, GlObject *unused)
{
    GlObject *f = gl_tstate.c_profilefunc;
    return Gl_NewRef(f != NULL ? f : Gl_None);
}

static GlObject *
sys_audit(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs < 1 || !GlStr_Check(args[0])) {
        return GlErr_SetString(GlExc_TypeError, "expected str for argument 'event'");
    }
    Gl_RETURN_NONE;
}

static GlObject *
sys_noop_o(GlObject *self, GlObject *o)
{
    Gl_RETURN_NONE;
}

static GlObject *
sys_noop(GlObject *self, GlObject *unused)
{
    Gl_RETURN_NONE;
}

static GlObject *
sys_is_finalizing(GlObject *self, GlObject *unused)
{
    return GlBool_FromLong(gl_tstate.finalizing);
}

static GlObject *
sys_getswitchinterval(GlObject *self, GlObject *unused)
{
    return GlFloat_FromDouble(switch_interval);
}

static GlObject *
sys_setswitchinterval(GlObject *self, GlObject *o)
{
    double d = GlFloat_AsDouble(o);
    if (d == -1.0 && GlErr_Occurred()) {
        return NULL;
    }
    if (d <= 0.0) {
        return GlErr_SetString(GlExc_ValueError, "switch interval must be strictly positive");
    }
    switch_interval = d;
    Gl_RETURN_NONE;
}

#define FASTKW (GL_METH_FASTCALL | GL_METH_KEYWORDS)

static GlMethodDef sys_methods[] = {
    {"exit", GL_FN(sys_exit), GL_METH_FASTCALL,
     "Exit the interpreter by raising SystemExit(status)."},
    {"getrefcount", GL_FN(sys_getrefcount), GL_METH_O, "Return the reference count of object."},
    {"getsizeof", GL_FN(sys_getsizeof), FASTKW, "Return the size of object in bytes."},
    {"getrecursionlimit", GL_FN(sys_getrecursionlimit), GL_METH_NOARGS,
     "Return the current value of the recursion limit."},
    {"setrecursionlimit", GL_FN(sys_setrecursionlimit), GL_METH_O,
     "Set the maximum depth of the Python interpreter stack to n."},
    {"intern", GL_FN(sys_intern), GL_METH_O, "``Intern'' the given string."},
    {"exc_info", GL_FN(sys_exc_info), GL_METH_NOARGS,
     "Return current exception information: (type, value, traceback)."},
    {"exception", GL_FN(sys_exception), GL_METH_NOARGS, "Return the current exception."},
    {"getdefaultencoding", GL_FN(sys_utf8), GL_METH_NOARGS,
     "Return the current default encoding used by the Unicode implementation."},
    {"getfilesystemencoding", GL_FN(sys_utf8), GL_METH_NOARGS,
     "Return the encoding used to convert Unicode filenames to OS filenames."},
    {"getfilesystemencodeerrors", GL_FN(sys_fs_errors), GL_METH_NOARGS,
     "Return the error mode used for Unicode to OS filename conversion."},
    {"set_int_max_str_digits", GL_FN(sys_set_int_max_str_digits), FASTKW,
     "Set the maximum string digits limit for non-binary int<->str conversions."},
    {"get_int_max_str_digits", GL_FN(sys_get_int_max_str_digits), GL_METH_NOARGS,
     "Return the maximum string digits limit for non-binary int<->str conversions."},
    {"_getframe", GL_FN(sys_getframe), GL_METH_FASTCALL,
     "Return a frame object from the call stack."},
    {"displayhook", GL_FN(sys_displayhook), GL_METH_O,
     "Print an object to sys.stdout and also save it in builtins._"},
    {"excepthook", GL_FN(sys_excepthook), GL_METH_FASTCALL,
     "Handle an exception by displaying it with a traceback on sys.stderr."},
    {"getallocatedblocks", GL_FN(sys_getallocatedblocks), GL_METH_NOARGS,
     "Return the number of memory blocks currently allocated."},
    {"settrace", GL_FN(sys_settrace), GL_METH_O, "Set the global debug tracing function."},
    {"gettrace", GL_FN(sys_gettrace), GL_METH_NOARGS,
     "Return the global debug tracing function set with sys.settrace."},
    {"setprofile", GL_FN(sys_setprofile), GL_METH_O, "Set the profiling function."},
    {"getprofile", GL_FN(sys_getprofile), GL_METH_NOARGS,
     "Return the profiling function set with sys.setprofile."},
    {"audit", GL_FN(sys_audit), GL_METH_FASTCALL,
     "Passes the event to any audit hooks that are attached."},
    {"addaudithook", GL_FN(sys_noop_o), GL_METH_O, "Adds a new audit hook callback."},
    {"_clear_type_cache", GL_FN(sys_noop), GL_METH_NOARGS, "Clear the internal type lookup cache."},
    {"is_finalizing", GL_FN(sys_is_finalizing), GL_METH_NOARGS,
     "Return True if Python is exiting."},
    {"getswitchinterval", GL_FN(sys_getswitchinterval), GL_METH_NOARGS,
     "Return the current thread switch interval; see sys.setswitchinterval()."},
    {"setswitchinterval", GL_FN(sys_setswitchinterval), GL_METH_O,
     "Set the ideal thread switching delay inside the Python interpreter."},
    {NULL, NULL, 0, NULL},
};

/* ============================== initialisation ================================= */

/* Add name = value, stealing value (NULL fails). 0 / -1. */
static int
sys_add(GlObject *m, const char *name, GlObject *value GL_STEALS)
{
    if (value == NULL) {
        return -1;
    }
    int r = GlModule_AddObject(m, name, value);
    Gl_DECREF(value);
    return r;
}

/* sys.path without [0]: GLASSPATH entries, then <exe dir>/../lib. */
static GlObject *
make_path(const char *exe)
{
    GlObject *path = GlList_New(0);
    if (path == NULL) {
        return NULL;
    }
    const char *gp = getenv("GLASSPATH");
    while (gp != NULL && *gp != '\0') {
        const char *colon = strchr(gp, ':');
        Gl_ssize_t n = colon != NULL ? colon - gp : (Gl_ssize_t)strlen(gp);
        if (n > 0) {
            GlObject *s = GlStr_FromStringAndSize(gp, n);
            if (s == NULL || GlList_Append(path, s) < 0) {
                Gl_XDECREF(s);
                Gl_DECREF(path);
                return NULL;
            }
            Gl_DECREF(s);
        }
        gp = colon != NULL ? colon + 1 : NULL;
    }
    char lib[PATH_MAX + 16];
    const char *slash = strrchr(exe, '/');
    int dirlen = slash != NULL ? (int)(slash - exe) : 1;
    snprintf(lib, sizeof(lib), "%.*s/../lib", dirlen, slash != NULL ? exe : ".");
    char *real = realpath(lib, NULL);
    GlObject *s = GlStr_FromString(real != NULL ? real : lib);
    free(real);
    if (s == NULL || GlList_Append(path, s) < 0) {
        Gl_XDECREF(s);
        Gl_DECREF(path);
        return NULL;
    }
    Gl_DECREF(s);
#ifdef GL_LIBDIR
    s = GlStr_FromString(GL_LIBDIR);
    if (s == NULL || GlList_Append(path, s) < 0) {
        Gl_XDECREF(s);
        Gl_DECREF(path);
        return NULL;
    }
    Gl_DECREF(s);
#endif
    return path;
}

static GlObject *
make_std_stream(int fd)
{
    if (fcntl(fd, F_GETFD) < 0) {
        return Gl_NewRef(Gl_None);
    }
    if (fd == 0) {
        return GlIO_TextFromFd(0, "r", "<stdin>", 0, 0);
    }
    if (fd == 1) {
        return GlIO_TextFromFd(1, "w", "<stdout>", isatty(1), gl_unbuffered);
    }
    return GlIO_TextFromFd(2, "w", "<stderr>", 1, 1);
}

static int
add_streams(GlObject *m)
{
    static const char *const names[3][2] = {
        {"stdin", "__stdin__"}, {"stdout", "__stdout__"}, {"stderr", "__stderr__"},
    };
    for (int fd = 0; fd < 3; fd++) {
        GlObject *s = make_std_stream(fd);
        if (s == NULL) {
            return -1;
        }
        int r = GlModule_AddObject(m, names[fd][0], s) < 0 ||
                GlModule_AddObject(m, names[fd][1], s) < 0;
        Gl_DECREF(s);
        if (r) {
            return -1;
        }
    }
    return 0;
}

static GlObject *
make_orig_argv(void)
{
    GlObject *l = GlList_New(0);
    for (int i = 0; l != NULL && i < gl_orig_argc; i++) {
        GlObject *s = GlStr_Decode(gl_orig_argv[i], (Gl_ssize_t)strlen(gl_orig_argv[i]),
                                   "utf-8", "surrogateescape");
        if (s == NULL || GlList_Append(l, s) < 0) {
            Gl_XDECREF(s);
            Gl_CLEAR(l);
        } else {
            Gl_DECREF(s);
        }
    }
    return l;
}

static GlObject *
make_builtin_names(void)
{
    GlObject *l = GlList_New(0);
    for (const GlBuiltinModule *b = gl_builtin_modules; l != NULL && b->name != NULL; b++) {
        GlObject *s = GlStr_FromString(b->name);
        if (s == NULL || GlList_Append(l, s) < 0) {
            Gl_XDECREF(s);
            Gl_CLEAR(l);
        } else {
            Gl_DECREF(s);
        }
    }
    if (l == NULL || GlList_Sort(l, NULL, 0) < 0) {
        Gl_XDECREF(l);
        return NULL;
    }
    GlObject *t = GlList_AsTuple(l);
    Gl_DECREF(l);
    return t;
}

static GlObject *
make_implementation(GlObject *version_info)
{
    GlObject *d = GlDict_New();
    if (d == NULL) {
        return NULL;
    }
    GlObject *name = GlStr_FromString("glass");
    GlObject *hex = GlInt_FromLong(GL_HEXVERSION);
    GlObject *arch = GlStr_FromString("x86_64-linux-gnu");
    GlObject *ns = NULL;
    if (name != NULL && hex != NULL && arch != NULL &&
        GlDict_SetItemString(d, "name", name) == 0 &&
        GlDict_SetItemString(d, "cache_tag", Gl_None) == 0 &&
        GlDict_SetItemString(d, "version", version_info) == 0 &&
        GlDict_SetItemString(d, "hexversion", hex) == 0 &&
        GlDict_SetItemString(d, "_multiarch", arch) == 0) {
        ns = GlNamespace_New(d);
    }
    Gl_XDECREF(name);
    Gl_XDECREF(hex);
    Gl_XDECREF(arch);
    Gl_DECREF(d);
    return ns;
}

static int
add_version_data(GlObject *m)
{
    GlObject *vi = make_version_info();
    if (vi == NULL) {
        return -1;
    }
    int r = GlModule_AddObject(m, "version_info", vi);
    if (r == 0) {
        r = sys_add(m, "implementation", make_implementation(vi));
    }
    Gl_DECREF(vi);
    const char *version = GL_VERSION_STR " (glass, " __DATE__ ", " __TIME__ ") [GCC "
#ifdef __VERSION__
        __VERSION__
#endif
        "]";
    if (r < 0 || sys_add(m, "version", GlStr_FromString(version)) < 0 ||
        GlModule_AddIntConstant(m, "hexversion", GL_HEXVERSION) < 0 ||
        GlModule_AddIntConstant(m, "api_version", 1013) < 0 ||
        sys_add(m, "flags", make_flags()) < 0 ||
        sys_add(m, "float_info", make_float_info()) < 0 ||
        sys_add(m, "int_info", make_int_info()) < 0 ||
        sys_add(m, "hash_info", make_hash_info()) < 0 ||
        sys_add(m, "copyright", GlStr_FromString("Copyright (c) Glass authors.\nAll Rights "
                                                 "Reserved.")) < 0) {
        return -1;
    }
    return 0;
}

static int
add_paths(GlObject *m)
{
    char *exe = realpath("/proc/self/exe", NULL);
    const char *e = exe != NULL ? exe : "";
    char prefix[PATH_MAX + 8];
    const char *slash = strrchr(e, '/');
    int dirlen = slash != NULL ? (int)(slash - e) : 0;
    snprintf(prefix, sizeof(prefix), "%.*s/..", dirlen, e);
    char *realprefix = realpath(prefix, NULL);
    const char *pfx = realprefix != NULL ? realprefix : prefix;
    int r = sys_add(m, "executable", GlStr_FromString(e)) < 0 ||
            sys_add(m, "_base_executable", GlStr_FromString(e)) < 0 ||
            sys_add(m, "prefix", GlStr_FromString(pfx)) < 0 ||
            sys_add(m, "base_prefix", GlStr_FromString(pfx)) < 0 ||
            sys_add(m, "exec_prefix", GlStr_FromString(pfx)) < 0 ||
            sys_add(m, "base_exec_prefix", GlStr_FromString(pfx)) < 0 ||
            sys_add(m, "path", make_path(e)) < 0;
    free(exe);
    free(realprefix);
    return r ? -1 : 0;
}

static int
add_constants(GlObject *m)
{
    const uint16_t one = 1;
    int little = *(const uint8_t *)&one == 1;
    GlObject *xopts = GlDict_New();
    if (xopts != NULL && gl_show_refcount &&
        GlDict_SetItemString(xopts, "showrefcount", Gl_True) < 0) {
        Gl_CLEAR(xopts);
    }
    if (sys_add(m, "maxsize", GlInt_FromSsize_t(GL_SSIZE_T_MAX)) < 0 ||
        GlModule_AddIntConstant(m, "maxunicode", 0x10FFFF) < 0 ||
        sys_add(m, "byteorder", GlStr_FromString(little ? "little" : "big")) < 0 ||
        sys_add(m, "platform", GlStr_FromString("linux")) < 0 ||
        sys_add(m, "platlibdir", GlStr_FromString("lib")) < 0 ||
        sys_add(m, "abiflags", GlStr_FromString("")) < 0 ||
        sys_add(m, "float_repr_style", GlStr_FromString("short")) < 0 ||
        sys_add(m, "builtin_module_names", make_builtin_names()) < 0 ||
        sys_add(m, "orig_argv", make_orig_argv()) < 0 ||
        sys_add(m, "argv", GlList_New(0)) < 0 ||
        sys_add(m, "warnoptions", GlList_New(0)) < 0 ||
        sys_add(m, "_xoptions", xopts) < 0 ||
        sys_add(m, "meta_path", GlList_New(0)) < 0 ||
        sys_add(m, "path_hooks", GlList_New(0)) < 0 ||
        sys_add(m, "path_importer_cache", GlDict_New()) < 0 ||
        GlModule_AddObject(m, "pycache_prefix", Gl_None) < 0 ||
        GlModule_AddObject(m, "dont_write_bytecode",
                           env_flag("PYTHONDONTWRITEBYTECODE") ? Gl_True : Gl_False) < 0) {
        return -1;
    }
    return 0;
}

static int
add_hooks(GlObject *m)
{
    GlObject *d = GlModule_GetDict(m);
    GlObject *dh = GlDict_GetItemString(d, "displayhook");
    GlObject *eh = GlDict_GetItemString(d, "excepthook");
    if (dh == NULL || eh == NULL || GlDict_SetItemString(d, "__displayhook__", dh) < 0 ||
        GlDict_SetItemString(d, "__excepthook__", eh) < 0) {
        if (!GlErr_Occurred()) {
            GlErr_SetString(GlExc_SystemError, "sys hooks missing");
        }
        return -1;
    }
    GlObject *bh = GlCFunction_New(&gl_sys_breakpointhook_def, NULL, NULL);
    int r = bh == NULL || GlDict_SetItemString(d, "breakpointhook", bh) < 0
            || GlDict_SetItemString(d, "__breakpointhook__", bh) < 0 ? -1 : 0;
    Gl_XDECREF(bh);
    if (r < 0) {
        return -1;
    }
    if (gl_interactive && (sys_add(m, "ps1", GlStr_FromString(">>> ")) < 0 ||
                           sys_add(m, "ps2", GlStr_FromString("... ")) < 0)) {
        return -1;
    }
    return 0;
}

static const char sys_doc[] =
    "This module provides access to some objects used or maintained by the\n"
    "interpreter and to functions that interact strongly with the interpreter.";

/* Sets sys.__doc__; 0 or -1. */
static int
add_doc(GlObject *m)
{
    GlObject *doc = GlStr_FromString(sys_doc);
    int r = doc == NULL ? -1 : GlModule_AddObject(m, "__doc__", doc);
    Gl_XDECREF(doc);
    return r;
}

GlObject *
GlInit_sys(void)
{
    if (sys_module != NULL) {
        return Gl_NewRef(sys_module);
    }
    GlTypeObject *seqtypes[] = {&GlVersionInfo_Type, &GlFlags_Type, &GlFloatInfo_Type,
                                &GlIntInfo_Type, &GlHashInfo_Type};
    for (size_t i = 0; i < sizeof(seqtypes) / sizeof(seqtypes[0]); i++) {
        if (GlType_SetMatchArgs(seqtypes[i], -1) < 0) {
            return NULL;
        }
    }
    GlObject *m = GlModule_NewFromString("sys");
    if (m == NULL) {
        return NULL;
    }
    GlObject *modules = GlDict_New();
    if (modules == NULL || GlModule_AddObject(m, "modules", modules) < 0) {
        Gl_XDECREF(modules);
        goto error;
    }
    Gl_DECREF(modules);   // the sys dict keeps it alive
    Gl_XSETREF(gl_tstate.sysdict, Gl_NewRef(GlModule_GetDict(m)));
    gl_tstate.interp_modules = modules;
    if (gl_tstate.recursion_limit <= 0) {
        gl_tstate.recursion_limit = 1000;
    }
    if (GlModule_AddFunctions(m, sys_methods) < 0 || add_doc(m) < 0 || add_hooks(m) < 0 ||
        add_version_data(m) < 0 || add_paths(m) < 0 || add_constants(m) < 0 ||
        add_streams(m) < 0 || GlDict_SetItemString(modules, "sys", m) < 0) {
        goto error;
    }
    GlObject *b = GlBuiltins_GetModule();
    if (b != NULL && GlDict_SetItemString(modules, "builtins", b) < 0) {
        goto error;
    }
    sys_module = Gl_NewRef(m);
    return m;
error:
    Gl_DECREF(m);
    return NULL;
}
