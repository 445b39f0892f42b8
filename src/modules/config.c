/* config.c - the table of built-in C modules that `import` finds before searching
 * sys.path (vm/import.c reads gl_builtin_modules).
 *
 * Invariants: names are unique; the table ends with {NULL, NULL}; each init function
 * returns a new module object (see modules.h). `_io` and `io` share GlInit_io: the
 * io module is written in C for now.
 */
#include "modules.h"
#include "../vm/vm.h"

const GlBuiltinModule gl_builtin_modules[] = {
    {"builtins", GlInit_builtins},
    {"sys", GlInit_sys},
    {"io", GlInit_io},
    {"_io", GlInit_io},
    {"gc", GlInit_gc},
    {"_weakref", GlInit_weakref},
    {"math", GlInit_math},
    {"cmath", GlInit_cmath},
    {"unicodedata", GlInit_unicodedata},
    {"zlib", GlInit_zlib},
    {"time", GlInit_time},
    {"errno", GlInit_errno},
    {"atexit", GlInit_atexit},
    {"posix", GlInit_posix},
    {"_random", GlInit_random},
    {"_struct", GlInit_struct},
    {"_re", GlInit_re},
    {"_tbinfo", GlInit__tbinfo},
    {"_collections", GlInit__collections},
    {"_abcflags", GlInit__abcflags},
    {"_json", GlInit_json},
    {"_ast", GlInit__ast},
    {"array", GlInit_array},
    {"_codecs", GlInit__codecs},
    {"_glasshash", GlInit__glasshash},
    {"_locale", GlInit__locale},
    {NULL, NULL},
};
