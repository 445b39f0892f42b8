/* main.c - the command line: `glass [option] ... [-c cmd | -m mod | file | -] [arg] ...`
 * as CPython's `python`.
 *
 * Invariants:
 * - Options are parsed getopt-style up to the first non-option (the script) or the
 *   argument of -c / -m; everything after belongs to sys.argv.
 * - sys.argv[0] is the script path as typed, '-c' for -c, '-m' for -m (GlRun_Module
 *   replaces it with the module's path), '-' for an explicit -, '' for the REPL or a
 *   program read from a non-terminal stdin.
 * - The exit status is the run's status, or 120 when flushing the standard streams
 *   failed at exit; usage errors exit with 2 as CPython.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "objects/allobjects.h"
#include "modules/modules.h"
#include "vm/vm.h"

static const char usage_line[] =
    "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n";

static const char help_text[] =
    "Options and arguments (and corresponding environment variables):\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-m mod : run library module as a script (terminates option list)\n"
    "-u     : force the stdout and stderr streams to be unbuffered\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "-X opt : set implementation-specific option (-X showrefcount: print the\n"
    "         number of live allocated blocks at exit)\n"
    "-B -E -I -O -q -s -S -b -d -v -W arg : accepted for compatibility, ignored\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "\n"
    "Other environment variables:\n"
    "GLASSPATH : ':'-separated list of directories prefixed to the\n"
    "            default module search path (sys.path).\n";

typedef struct Options {
    const char *command;    // -c
    const char *module;     // -m
    const char *script;     // file or "-"
    int inspect;            // -i
    int first_arg;          // argv index of the first argument for sys.argv[1:]
} Options;

static int
usage_error(const char *prog, const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fprintf(stderr, usage_line, prog);
    fprintf(stderr, "Try `python -h' for more information.\n");
    return 2;
}

/* -W options, in order, for sys.warnoptions. */
static const char *warn_options[64];
static int n_warn_options;

/* Parse the options. Returns -1 to continue, or an exit status. */
static int
parse_options(int argc, char **argv, Options *o)
{
    const char *prog = argv[0];
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || a[1] == '\0') {
            break;   // the script, or "-"
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(a, "--version") == 0) {
            printf("Python 3.11.0\n");
            return 0;
        }
        if (strcmp(a, "--help") == 0) {
            printf(usage_line, prog);
            fputs(help_text, stdout);
            return 0;
        }
        if (a[1] == '-') {
            return usage_error(prog, "unknown option %s\n", a);
        }
        for (const char *p = a + 1; *p; p++) {
            char c = *p;
            if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                const char *val = p[1] != '\0' ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (val == NULL) {
                    char opt[3] = {'-', c, '\0'};
                    return usage_error(prog, "Argument expected for the %s option\n", opt);
                }
                if (c == 'c') {
                    o->command = val;
                    o->first_arg = i + 1;
                    return -1;
                }
                if (c == 'm') {
                    o->module = val;
                    o->first_arg = i + 1;
                    return -1;
                }
                if (c == 'X' && strcmp(val, "showrefcount") == 0) {
                    gl_show_refcount = 1;
                }
                if (c == 'X' && strcmp(val, "leakcheck") == 0) {
                    gl_leak_check = 1;
                }
                if (c == 'W' && n_warn_options < 64) {
                    warn_options[n_warn_options++] = val;
                }
                break;   // the rest of this argument was the value
            }
            switch (c) {
            case 'V':
                printf("Python 3.11.0\n");
                return 0;
            case 'h':
            case '?':
                printf(usage_line, prog);
                fputs(help_text, stdout);
                return 0;
            case 'u':
                gl_unbuffered = 1;
                break;
            case 'i':
                o->inspect = 1;
                break;
            case 'B': case 'E': case 'I': case 'O': case 'q': case 's': case 'S':
            case 'b': case 'd': case 'v': case 'R': case 'P': case 'x':
                break;
            default: {
                char opt[3] = {'-', c, '\0'};
                return usage_error(prog, "Unknown option: %s\n", opt);
            }
            }
        }
    }
    if (i < argc) {
        o->script = argv[i];
        o->first_arg = i + 1;
    } else {
        o->first_arg = argc;
    }
    return -1;
}

/* Read all of stdin. Returns a malloc'd NUL-terminated buffer, or NULL. */
static char *
read_all_stdin(Gl_ssize_t *len)
{
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        size_t r = fread(buf + n, 1, cap - n - 1, stdin);
        n += r;
        if (r == 0) {
            break;
        }
        if (cap - n < 2) {
            char *nb = realloc(buf, cap * 2);
            if (nb == NULL) {
                free(buf);
                return NULL;
            }
            buf = nb;
            cap *= 2;
        }
    }
    if (buf != NULL) {
        buf[n] = '\0';
        *len = (Gl_ssize_t)n;
    }
    return buf;
}

/* Run the program read from stdin as __main__ with filename "<stdin>". */
static int
run_stdin(void)
{
    Gl_ssize_t len = 0;
    char *src = read_all_stdin(&len);
    if (src == NULL) {
        fprintf(stderr, "glass: cannot read stdin\n");
        return 1;
    }
    int status = 0;
    GlObject *name = GlStr_FromString("__main__");
    GlObject *fn = GlStr_FromString("<stdin>");
    GlObject *main_mod = name != NULL ? GlImport_GetModule(name) : NULL;
    GlObject *owned = NULL;
    if (main_mod == NULL && name != NULL && gl_tstate.interp_modules != NULL) {
        owned = GlModule_New(name);
        if (owned != NULL && GlDict_SetItem(gl_tstate.interp_modules, name, owned) == 0) {
            main_mod = owned;
        }
    }
    GlObject *code = main_mod != NULL && fn != NULL
                         ? GlCompile_String(src, len, fn, GL_MODE_EXEC) : NULL;
    free(src);
    GlObject *res = NULL;
    if (code != NULL) {
        GlObject *d = GlModule_GetDict(main_mod);
        res = GlEval_Code(code, d, d);
    }
    if (res == NULL) {
        status = GlRun_HandleSystemExit();
        if (status < 0) {
            GlErr_Print();
            status = 1;
        }
    }
    Gl_XDECREF(res);
    Gl_XDECREF(code);
    Gl_XDECREF(owned);
    Gl_XDECREF(name);
    Gl_XDECREF(fn);
    return status;
}

int
main(int argc, char **argv)
{
    Options o = {0};
    int st = parse_options(argc, argv, &o);
    if (st >= 0) {
        return st;
    }
    gl_orig_argc = argc;
    gl_orig_argv = argv;
    /* PYTHONUNBUFFERED as CPython reads it (any non-empty value), or Glass's own name. */
    const char *u = getenv("PYTHONUNBUFFERED");
    const char *gu = getenv("GLASSUNBUFFERED");
    if ((u != NULL && u[0] != '\0') || (gu != NULL && gu[0] != '\0')) {
        gl_unbuffered = 1;
    }
    /* -i reads the prompt's input from stdin even when it is not a terminal (CPython's
     * inspect mode): expression values are echoed, prompts go to stderr. */
    int repl = o.command == NULL && o.module == NULL && o.script == NULL
               && (isatty(0) || o.inspect);
    gl_interactive = repl || o.inspect;

    /* sys.argv: argv[0] then the program's arguments. */
    int nargs = argc - o.first_arg + 1;
    char **sargv = malloc(sizeof(char *) * (size_t)(nargs + 1));
    if (sargv == NULL) {
        fprintf(stderr, "glass: out of memory\n");
        return 1;
    }
    sargv[0] = o.command != NULL ? "-c" : o.module != NULL ? "-m"
             : o.script != NULL ? (char *)o.script : "";
    for (int i = 1; i < nargs; i++) {
        sargv[i] = argv[o.first_arg + i - 1];
    }
    sargv[nargs] = NULL;

    if (Gl_Initialize(nargs, sargv) < 0) {
        fprintf(stderr, "Fatal Python error: initialization failed\n");
        if (GlErr_Occurred()) {
            GlErr_Print();
        }
        free(sargv);
        return 1;
    }
    GlObject *wo = GlSys_GetObject("warnoptions");
    for (int k = 0; wo != NULL && GlList_Check(wo) && k < n_warn_options; k++) {
        GlObject *opt = GlStr_FromString(warn_options[k]);
        if (opt == NULL || GlList_Append(wo, opt) < 0) {
            GlErr_Clear();
        }
        Gl_XDECREF(opt);
    }
    if (GlSys_SetArgv(nargs, sargv) < 0) {
        GlErr_Print();
    }
    int status;
    if (o.command != NULL) {
        status = GlRun_Command(o.command);
    } else if (o.module != NULL) {
        status = GlRun_Module(o.module);
    } else if (o.script != NULL && strcmp(o.script, "-") != 0) {
        status = GlRun_File(o.script);
    } else if (repl) {
        status = GlRun_Repl();
    } else {
        status = run_stdin();
    }
    if (o.inspect && !repl) {
        GlSys_FlushStdFiles();
        status = GlRun_Repl();
    }
    int fin = Gl_Finalize();   // prints the -X showrefcount line
    free(sargv);
    if (status == 0 && fin != 0) {
        status = fin;
    }
    return status;
}
