/* pylifecycle.c - starting and stopping the interpreter, and running programs:
 * scripts, -c commands, -m modules and the interactive loop.
 *
 * Start-up order: identifier strings, then every static type (object and type
 * first), small ints, exceptions, then the builtins and sys modules. Exit order
 * (CPython's): the uncaught exception's traceback or SystemExit, atexit handlers
 * (last registered first), flushing sys.stdout/stderr, then module finalization.
 */
#include "frame.h"
#include "vm.h"
#include "../modules/modules.h"
#include "../compiler/parser.h"
#include "../objects/unicodenames.h"
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <errno.h>


int GlImport_ExecFile(GlObject *m, const char *path, GlObject *filename);
char *GlImport_ReadFile(const char *path, Gl_ssize_t *len);

static GlObject *main_module;

/* -X leakcheck: GC-tracked objects alive before the program ran. */
static Gl_ssize_t leak_baseline = -1;

static Gl_ssize_t
tracked_objects(void)
{
    Gl_ssize_t n = GlGC_ListSize(&gl_gc.permanent);
    for (int g = 0; g < 3; g++) {
        n += GlGC_ListSize(&gl_gc.generations[g].head);
    }
    return n;
}

/* The modules in sys.modules when the program started: modules imported later stay in
 * sys.modules after finalization (their globals set to None), so they and their dicts
 * are not counted as leaks. */
static GlObject **leak_start_modules;
static Gl_ssize_t leak_start_nmodules;

static int
module_was_there(GlObject *m)
{
    for (Gl_ssize_t i = 0; i < leak_start_nmodules; i++) {
        if (leak_start_modules[i] == m) {
            return 1;
        }
    }
    return 0;
}

static void
record_start_modules(void)
{
    GlObject *mods = gl_tstate.interp_modules;
    Gl_ssize_t n = mods != NULL ? GlDict_GET_SIZE(mods) : 0, pos = 0;
    leak_start_modules = malloc(sizeof(GlObject *) * (size_t)(n + 1));
    GlObject *k, *v;
    while (leak_start_modules != NULL && mods != NULL && GlDict_Next(mods, &pos, &k, &v)) {
        leak_start_modules[leak_start_nmodules++] = v;
    }
}

/* 1 when o is a module imported by the program (still in sys.modules) or its dict. */
static int
is_imported_module_residue(GlObject *o)
{
    GlObject *mods = gl_tstate.interp_modules;
    Gl_ssize_t pos = 0;
    GlObject *k, *v;
    while (mods != NULL && GlDict_Next(mods, &pos, &k, &v)) {
        if (!GlModule_Check(v) || module_was_there(v)) {
            continue;
        }
        if (o == v || o == ((GlModuleObject *)v)->md_dict) {
            return 1;
        }
    }
    return 0;
}

static void
count_residue(GlObject *o, void *arg)
{
    if (is_imported_module_residue(o)) {
        (*(Gl_ssize_t *)arg)++;
    }
}

/* GLASS_LEAKCHECK_VERBOSE: the objects tracked at the start, to name the extra ones. */
static uintptr_t *leak_start_set;
static Gl_ssize_t leak_start_n;

static int
cmp_addr(const void *a, const void *b)
{
    uintptr_t x = *(const uintptr_t *)a, y = *(const uintptr_t *)b;
    return x < y ? -1 : x > y;
}

static void
for_each_tracked(void (*fn)(GlObject *, void *), void *arg)
{
    GlGCHead *lists[4] = {&gl_gc.generations[0].head, &gl_gc.generations[1].head,
                          &gl_gc.generations[2].head, &gl_gc.permanent};
    for (int l = 0; l < 4; l++) {
        for (GlGCHead *g = (GlGCHead *)lists[l]->gc_next; g != lists[l];
             g = (GlGCHead *)g->gc_next) {
            fn(GL_FROM_GC(g), arg);
        }
    }
}

static void
record_addr(GlObject *o, void *arg)
{
    leak_start_set[leak_start_n++] = (uintptr_t)o;
}

static void
report_extra(GlObject *o, void *arg)
{
    int *shown = arg;
    uintptr_t key = (uintptr_t)o;
    if (bsearch(&key, leak_start_set, (size_t)leak_start_n, sizeof(uintptr_t), cmp_addr) == NULL
        && !is_imported_module_residue(o) && (*shown)++ < 30) {
        fprintf(stderr, "  left: %s at %p (refcount %zd)\n", Gl_TYPE(o)->tp_name, (void *)o,
                Gl_REFCNT(o));
        GlObject *r = GlObject_Repr(o);
        const char *t = r ? GlStr_AsUTF8(r) : NULL;
        if (t != NULL) {
            fprintf(stderr, "        %.200s\n", t);
        }
        Gl_XDECREF(r);
        GlErr_Clear();
    }
}

/* Called just before the main program runs (GlRun_*). */
static void
leak_check_start(void)
{
    if (gl_leak_check && leak_baseline < 0) {
        if (GlGC_Collect(2) < 0) {
            GlErr_Clear();
        }
        leak_baseline = tracked_objects();
        record_start_modules();
        if (getenv("GLASS_LEAKCHECK_VERBOSE") != NULL) {
            leak_start_set = malloc(sizeof(uintptr_t) * (size_t)(leak_baseline + 1));
            if (leak_start_set != NULL) {
                for_each_tracked(record_addr, NULL);
                qsort(leak_start_set, (size_t)leak_start_n, sizeof(uintptr_t), cmp_addr);
            }
        }
    }
}

#ifdef GL_REFTRACE
/* Debug builds: the total of all reference counts changes (glass -X showrefcount). */
Gl_ssize_t gl_total_refs;
#endif

/* The start-up locale, as CPython's pre-initialization: LC_CTYPE from the environment
 * (the other categories stay "C"); a C/POSIX LC_CTYPE turns on the UTF-8 mode (PEP 540)
 * and, unless LC_ALL is set, is coerced to the first UTF-8 C locale the C library has
 * (PEP 538: LC_CTYPE=C.UTF-8 is exported, so child processes and os.environ see it). */
static void
init_locale(void)
{
    const char *loc = setlocale(LC_CTYPE, "");
    if (loc == NULL) {
        loc = setlocale(LC_CTYPE, NULL);
    }
    if (loc == NULL || (strcmp(loc, "C") != 0 && strcmp(loc, "POSIX") != 0)) {
        return;
    }
    gl_utf8_mode = 1;
    const char *all = getenv("LC_ALL");
    const char *coerce = getenv("PYTHONCOERCECLOCALE");
    if ((all != NULL && all[0] != '\0') || (coerce != NULL && strcmp(coerce, "0") == 0)) {
        return;
    }
    static const char *const targets[] = {"C.UTF-8", "C.utf8", "UTF-8"};
    for (size_t i = 0; i < sizeof(targets) / sizeof(targets[0]); i++) {
        if (setlocale(LC_CTYPE, targets[i]) != NULL) {
            setenv("LC_CTYPE", targets[i], 1);
            setlocale(LC_CTYPE, "");
            return;
        }
    }
    setlocale(LC_CTYPE, "C");
}

int
Gl_Initialize(int argc, char **argv)
{
    int here;
    GlCore_InitStack(&here);
    gl_tstate.recursion_limit = 1000;
    gl_tstate.exc_info = &gl_tstate.exc_state;
    init_locale();
    GlStr_InitIds();
    GlParser_SetUnicodeNameLookup(GlUnicode_ParserNameLookup);
    if (GlType_InitAll() < 0) {
        return -1;
    }
    GlInt_Init();
    GlGC_Init();   // gc.garbage and gc.callbacks live as long as the interpreter
    if (GlExc_Init() < 0 || GlGenericAlias_InstallBuiltins() < 0) {
        return -1;
    }
    GlObject *b = GlInit_builtins();
    if (b == NULL) {
        return -1;
    }
    gl_tstate.builtins = Gl_NewRef(GlModule_GetDict(b));
    GlObject *sys = GlInit_sys();
    if (sys == NULL) {
        Gl_DECREF(b);
        return -1;
    }
    if (gl_tstate.sysdict == NULL) {
        gl_tstate.sysdict = Gl_NewRef(GlModule_GetDict(sys));
    }
    GlObject *mods = gl_tstate.interp_modules;
    if (mods == NULL || GlDict_SetItemString(mods, "builtins", b) < 0
        || GlDict_SetItemString(mods, "sys", sys) < 0) {
        Gl_DECREF(b);
        Gl_DECREF(sys);
        return -1;
    }
    GlObject *bname = GlStr_FromString("builtins"), *sname = GlStr_FromString("sys");
    if (bname == NULL || sname == NULL || GlImport_SetSpec(b, bname, "built-in", NULL) < 0
        || GlImport_SetSpec(sys, sname, "built-in", NULL) < 0) {
        return -1;
    }
    Gl_DECREF(bname);
    Gl_DECREF(sname);
    Gl_DECREF(b);
    Gl_DECREF(sys);
    if (GlSys_SetArgv(argc, argv) < 0) {
        return -1;
    }
    main_module = GlModule_NewFromString("__main__");
    if (main_module == NULL) {
        return -1;
    }
    GlObject *md = GlModule_GetDict(main_module);
    if (GlDict_SetItem(md, GL_ID(__builtins__), GlBuiltins_GetModule()) < 0
        || GlDict_SetItemString(mods, "__main__", main_module) < 0) {
        return -1;
    }
    return 0;
}

static void
run_atexit(void)
{
    GlObject *mods = gl_tstate.interp_modules;
    GlObject *atexit = mods ? GlDict_GetItemString(mods, "atexit") : NULL;
    if (atexit == NULL) {
        return;
    }
    GlObject *run = NULL;
    if (GlObject_LookupAttr(atexit, GlStr_InternFromString("_run_exitfuncs"), &run) <= 0) {
        GlErr_Clear();
        return;
    }
    GlObject *r = GlObject_CallNoArgs(run);
    Gl_DECREF(run);
    if (r == NULL) {
        GlErr_Clear();
    }
    Gl_XDECREF(r);
}

/* CPython's wait_for_thread_shutdown: if threading was imported, call its
 * _shutdown() before the atexit handlers (Glass runs there the threading.Timer
 * threads still scheduled; threads started otherwise have already ended).
 * Runs Python code; an error is reported as unraisable. */
static void
wait_for_thread_shutdown(void)
{
    GlObject *mods = gl_tstate.interp_modules;
    GlObject *threading = mods ? GlDict_GetItemString(mods, "threading") : NULL;
    if (threading == NULL) {
        return;
    }
    Gl_INCREF(threading);
    GlObject *shutdown = NULL;
    int found = GlObject_LookupAttr(threading, GlStr_InternFromString("_shutdown"), &shutdown);
    if (found > 0) {
        GlObject *r = GlObject_CallNoArgs(shutdown);   // runs Python code
        Gl_DECREF(shutdown);
        if (r == NULL) {
            GlErr_WriteUnraisable(threading);
        }
        Gl_XDECREF(r);
    } else if (found < 0) {
        GlErr_WriteUnraisable(threading);
    }
    Gl_DECREF(threading);
}

/* Set every global of a module to None, names starting with '_' first (CPython's
 * _PyModule_ClearDict order), keeping __builtins__: objects held only by module
 * globals are finalized now, with the other globals still bound. */
static void
clear_module_dict(GlObject *dict)
{
    for (int pass = 0; pass < 2; pass++) {
        GlObject *keys = GlDict_Keys(dict);
        if (keys == NULL) {
            GlErr_Clear();
            return;
        }
        for (Gl_ssize_t i = 0; i < GlList_GET_SIZE(keys); i++) {
            GlObject *k = GlList_GET_ITEM(keys, i);
            if (!GlStr_Check(k) || GlStr_EqualToASCII(k, "__builtins__")) {
                continue;
            }
            int underscore = GlStr_GET_LENGTH(k) > 0 && GlStr_READ_CHAR(k, 0) == '_';
            if ((pass == 0) != underscore) {
                continue;
            }
            GlObject *v = GlDict_GetItemWithError(dict, k);
            if (v == NULL || v == Gl_None) {
                GlErr_Clear();
                continue;
            }
            if (GlDict_SetItem(dict, k, Gl_None) < 0) {   // may run __del__
                GlErr_WriteUnraisable(NULL);
            }
        }
        Gl_DECREF(keys);
    }
}

/* Module finalization at exit: clear the globals of every module but sys and
 * builtins (last imported first), then collect the cycles that remain. */
static void
finalize_modules(void)
{
    GlObject *mods = gl_tstate.interp_modules;
    if (mods == NULL) {
        return;
    }
    GlObject *values = GlDict_Values(mods);
    if (values == NULL) {
        GlErr_Clear();
        return;
    }
    for (Gl_ssize_t i = GlList_GET_SIZE(values) - 1; i >= 0; i--) {
        GlObject *m = GlList_GET_ITEM(values, i);
        if (!GlModule_Check(m)) {
            continue;
        }
        GlObject *d = GlModule_GetDict(m);
        if (d == NULL || d == gl_tstate.builtins || d == gl_tstate.sysdict) {
            continue;
        }
        clear_module_dict(d);
    }
    Gl_DECREF(values);
    GlCodec_ClearErrorRegistry();   // handlers registered from Python
    (void)GlGC_CollectNoFail();     // no gc.callbacks: module globals are gone
}

int
Gl_Finalize(void)
{
    wait_for_thread_shutdown();
    run_atexit();
    /* No tracing of module teardown (the trace function's own module is going away). */
    GlEval_SetTrace(NULL);
    GlEval_SetProfile(NULL);
    int status = 0;
    if (GlSys_FlushStdFiles() < 0) {
        status = 120;
    }
    /* CPython's _PyGC_CollectIfEnabled: finalizers and gc.callbacks still see
     * intact modules. */
    if (gl_gc.enabled && GlGC_Collect(2) < 0) {
        GlErr_Clear();
    }
    finalize_modules();
    if (GlSys_FlushStdFiles() < 0) {
        status = 120;
    }
    if (gl_leak_check && leak_baseline >= 0) {
        /* After module finalization and a full collection, a program that created
         * only garbage leaves exactly the objects that existed before it ran. */
        Gl_ssize_t now = tracked_objects(), residue = 0;
        for_each_tracked(count_residue, &residue);
        now -= residue;
        if (now != leak_baseline) {
            fprintf(stderr, "leak check: %zd tracked objects at exit, %zd before the program\n",
                    now, leak_baseline);
            if (leak_start_set != NULL) {
                int shown = 0;
                for_each_tracked(report_extra, &shown);
            }
            status = status ? status : 3;
        }
    }
    gl_tstate.finalizing = 1;
    GlIO_FlushAll();
    if (gl_show_refcount) {
#ifdef GL_REFTRACE
        fprintf(stderr, "[%zd refs, %zu blocks]\n", gl_total_refs, gl_mem_stats.live_blocks);
#else
        fprintf(stderr, "[%zu blocks]\n", gl_mem_stats.live_blocks);
#endif
    }
    return status;
}

int
GlRun_HandleSystemExit(void)
{
    if (!GlErr_ExceptionMatches(GlExc_SystemExit)) {
        return -1;
    }
    GlObject *exc = GlErr_GetRaisedException();
    GlObject *code = ((GlSystemExitObject *)exc)->code;
    int status = 0;
    if (code == NULL || code == Gl_None) {
        status = 0;
    } else if (GlInt_Check(code)) {
        status = (int)GlInt_AsLong(code);
        if (GlErr_Occurred()) {
            GlErr_Clear();
            status = -1;
        }
    } else {
        GlSys_FlushStdFiles();
        GlObject *s = GlObject_Str(code);
        if (s != NULL) {
            const char *t = GlStr_AsUTF8(s);
            if (t != NULL) {
                GlSys_WriteStderr(t);
                GlSys_WriteStderr("\n");
            }
            Gl_DECREF(s);
        }
        GlErr_Clear();
        status = 1;
    }
    Gl_DECREF(exc);
    return status;
}

/* Print the pending exception (or handle SystemExit); returns the exit status. */
static int
handle_uncaught(void)
{
    int status = GlRun_HandleSystemExit();
    if (status >= 0) {
        return status;
    }
    GlSys_FlushStdFiles();
    GlErr_Print();
    return 1;
}

/* Add to `held` (id -> object) the literal values among the constants of code and of
 * its nested code objects. 0 / -1. */
static int
hold_source_constants(GlObject *held, GlCodeObject *code)
{
    GlObject *consts = code->co_consts;
    for (Gl_ssize_t i = 0; consts != NULL && i < GlTuple_GET_SIZE(consts); i++) {
        GlObject *c = GlTuple_GET_ITEM(consts, i);
        GlTypeObject *t = Gl_TYPE(c);
        if (t == &GlCode_Type) {
            if (hold_source_constants(held, (GlCodeObject *)c) < 0) {
                return -1;
            }
            continue;
        }
        int literal = t == &GlStr_Type || t == &GlBytes_Type || t == &GlInt_Type
                      || t == &GlFloat_Type || t == &GlComplex_Type;
        if (t == &GlTuple_Type) {
            /* A folded tuple display; tuples of names only are the compiler's own
             * (keyword names, import lists), which the arena does not hold. */
            for (Gl_ssize_t k = 0; k < GlTuple_GET_SIZE(c) && !literal; k++) {
                literal = !GlStr_CheckExact(GlTuple_GET_ITEM(c, k));
            }
        }
        if (!literal) {
            continue;
        }
        GlObject *key = GlInt_FromSsize_t((Gl_ssize_t)(uintptr_t)c);
        int r = key == NULL ? -1 : GlDict_SetItem(held, key, c);
        Gl_XDECREF(key);
        if (r < 0) {
            return -1;
        }
    }
    return 0;
}

/* Compile and run the main program's source in __main__. While it runs, CPython
 * keeps the parser's arena, which references every literal of the source, so
 * sys.getrefcount of such a value is one higher than in an imported module: Glass
 * holds the literal constants the same way until the program's code returns (the
 * arena is freed before an uncaught exception is printed, and so is this). */
static int
run_code_in_main(const char *src, Gl_ssize_t len, GlObject *filename)
{
    leak_check_start();
    GlObject *code = GlCompile_String(src, len, filename, GL_MODE_EXEC);
    if (code == NULL) {
        return handle_uncaught();
    }
    GlObject *held = GlDict_New();
    if (held == NULL || hold_source_constants(held, (GlCodeObject *)code) < 0) {
        GlErr_Clear();   // only a refcount detail is lost
    }
    GlObject *md = GlModule_GetDict(main_module);
    GlObject *res = GlEval_Code(code, md, md);
    Gl_DECREF(code);
    Gl_XDECREF(held);
    if (res == NULL) {
        return handle_uncaught();
    }
    Gl_DECREF(res);
    return 0;
}

static GlObject *
absolute_path(const char *path)
{
    if (path[0] == '/') {
        return GlStr_FromString(path);
    }
    char cwd[PATH_MAX];
    if (getcwd(cwd, sizeof(cwd)) == NULL) {
        return GlStr_FromString(path);
    }
    return GlStr_FromFormat("%s/%s", cwd, path);
}

int
GlRun_File(const char *path)
{
    Gl_ssize_t len;
    char *src;
    if (strcmp(path, "-") == 0) {
        size_t cap = 16384, n = 0;
        src = GlMem_Malloc(cap + 1);
        while (src != NULL) {
            n += fread(src + n, 1, cap - n, stdin);
            if (n < cap) {
                break;
            }
            char *nb = GlMem_Realloc(src, cap * 2 + 1);
            if (nb == NULL) {
                GlMem_Free(src);
                src = NULL;
                break;
            }
            src = nb;
            cap *= 2;
        }
        if (src == NULL) {
            fprintf(stderr, "glass: out of memory reading stdin\n");
            return 1;
        }
        src[n] = 0;
        len = (Gl_ssize_t)n;
        GlObject *fn = GlStr_FromString("<stdin>");
        int status = fn ? run_code_in_main(src, len, fn) : handle_uncaught();
        Gl_XDECREF(fn);
        GlMem_Free(src);
        return status;
    }
    src = GlImport_ReadFile(path, &len);
    if (src == NULL) {
        GlErr_Clear();
        fprintf(stderr, "%s: can't open file '%s': [Errno %d] %s\n",
                gl_orig_argv && gl_orig_argv[0] ? gl_orig_argv[0] : "glass", path, errno,
                strerror(errno));
        return 2;
    }
    GlObject *filename = absolute_path(path);
    if (filename == NULL) {
        GlMem_Free(src);
        return handle_uncaught();
    }
    GlObject *md = GlModule_GetDict(main_module);
    if (GlDict_SetItem(md, GL_ID(__file__), filename) < 0) {
        Gl_DECREF(filename);
        GlMem_Free(src);
        return handle_uncaught();
    }
    int status = run_code_in_main(src, len, filename);
    Gl_DECREF(filename);
    GlMem_Free(src);
    return status;
}

int
GlRun_Command(const char *src)
{
    GlObject *fn = GlStr_FromString("<string>");
    if (fn == NULL) {
        return handle_uncaught();
    }
    int status = run_code_in_main(src, (Gl_ssize_t)strlen(src), fn);
    Gl_DECREF(fn);
    return status;
}

int
GlRun_Module(const char *name)
{
    /* Find the module's file without running it, then run it as __main__. */
    GlObject *path = GlDict_GetItemString(gl_tstate.sysdict, "path");
    if (path == NULL || !GlList_Check(path)) {
        fprintf(stderr, "glass: sys.path is not a list\n");
        return 1;
    }
    char rel[PATH_MAX];
    snprintf(rel, sizeof(rel), "%s", name);
    for (char *p = rel; *p; p++) {
        if (*p == '.') {
            *p = '/';
        }
    }
    for (Gl_ssize_t i = 0; i < GlList_GET_SIZE(path); i++) {
        GlObject *d = GlList_GET_ITEM(path, i);
        const char *dir = GlStr_Check(d) ? GlStr_AsUTF8(d) : NULL;
        if (dir == NULL) {
            GlErr_Clear();
            continue;
        }
        char cand[PATH_MAX];
        char cwd[PATH_MAX];
        if (dir[0] == 0 && getcwd(cwd, sizeof(cwd)) != NULL) {
            dir = cwd;
        }
        const char *forms[] = {"%s/%s.py", "%s/%s/__main__.py"};
        for (int k = 0; k < 2; k++) {
            snprintf(cand, sizeof(cand), forms[k], dir, rel);
            if (access(cand, R_OK) == 0) {
                GlObject *argv0 = GlStr_FromString(cand);
                GlObject *argv = GlDict_GetItemString(gl_tstate.sysdict, "argv");
                if (argv0 != NULL && argv != NULL && GlList_Check(argv) && GlList_GET_SIZE(argv) > 0) {
                    GlList_SetItem(argv, 0, argv0);
                } else {
                    Gl_XDECREF(argv0);
                }
                return GlRun_File(cand);
            }
        }
    }
    fprintf(stderr, "%s: No module named %s\n",
            gl_orig_argv && gl_orig_argv[0] ? gl_orig_argv[0] : "glass", name);
    return 1;
}

int
GlRun_Repl(void)
{
    GlObject *md = GlModule_GetDict(main_module);
    GlObject *fn = GlStr_FromString("<stdin>");
    if (fn == NULL) {
        return 1;
    }
    char *buf = NULL;
    size_t buflen = 0;
    if (isatty(0)) {
        /* CPython prints its banner to stderr too. */
        fprintf(stderr, "Glass (Python 3.11 compatible) on linux\n"
                        "Objects, references and collections made visible.\n");
    }
    for (;;) {
        GlSys_FlushStdFiles();
        char *line = GlRepl_ReadLine(buflen == 0 ? ">>> " : "... ");
        if (line == NULL) {
            if (buflen == 0) {
                GlSys_WriteStderr("\n");   // ends the prompt's line, as CPython (stderr)
                break;
            }
            /* EOF inside a block: run what we have. */
            line = strdup("");
        }
        size_t l = strlen(line);
        char *nb = realloc(buf, buflen + l + 2);
        if (nb == NULL) {
            free(line);
            break;
        }
        buf = nb;
        memcpy(buf + buflen, line, l);
        buflen += l;
        buf[buflen++] = '\n';
        buf[buflen] = 0;
        int empty_line = l == 0;
        free(line);
        if (GlCompile_IsIncomplete(buf, (Gl_ssize_t)buflen) && !empty_line) {
            continue;
        }
        /* A compound statement ends with an empty line. */
        if (!empty_line && buflen > 1) {
            int in_block = 0;
            for (size_t i = 0; i < buflen; i++) {
                if (buf[i] == '\n' && i + 1 < buflen && (buf[i + 1] == ' ' || buf[i + 1] == '\t')) {
                    in_block = 1;
                }
            }
            size_t first_end = strcspn(buf, "\n");
            if (first_end > 0 && buf[first_end - 1] == ':') {
                in_block = 1;
            }
            if (in_block) {
                continue;
            }
        }
        int only_space = 1;
        for (size_t i = 0; i < buflen; i++) {
            if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\n') {
                only_space = 0;
            }
        }
        if (!only_space) {
            GlObject *code = GlCompile_String(buf, (Gl_ssize_t)buflen, fn, GL_MODE_SINGLE);
            GlObject *res = code ? GlEval_Code(code, md, md) : NULL;
            Gl_XDECREF(code);
            if (res == NULL) {
                int st = GlRun_HandleSystemExit();
                if (st >= 0) {
                    free(buf);
                    Gl_DECREF(fn);
                    return st;
                }
                GlSys_FlushStdFiles();
                GlErr_Print();
            } else {
                Gl_DECREF(res);
            }
        }
        buflen = 0;
        buf[0] = 0;
    }
    free(buf);
    Gl_DECREF(fn);
    return 0;
}
