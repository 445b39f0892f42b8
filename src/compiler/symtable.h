/*
 * symtable.h - scope analysis over the AST (CPython 3.11's Python/symtable.c).
 *
 * One GlSTEntry per module, class, function, lambda and comprehension (list/set/dict
 * comprehensions and generator expressions are function scopes whose implicit first
 * parameter ".0" is the first iterator, evaluated in the enclosing scope).
 *
 * Invariants:
 * - Everything lives in the arena given to GlSymtable_Build.
 * - Symbol names inside a class (and the functions nested in it) are stored mangled
 *   (`__x` in class C is `_C__x`); look names up with the mangled spelling
 *   (GlSTEntry_Find mangles for you when given the raw name).
 * - Each entry's `symbols` is in first-appearance order (as CPython's ste_symbols dict);
 *   `varnames` is CPython's co_varnames order (positional-only, positional, keyword-only,
 *   *args, **kwargs, then other locals in first-appearance order); `cellvars` is
 *   CPython's co_cellvars order (cells that are parameters first, in parameter order,
 *   then the rest sorted by name); `freevars` are sorted by name (co_freevars).
 * - Flag and scope values equal CPython's (DEF_GLOBAL=1 ... ; LOCAL=1 ... CELL=5) so
 *   they can be compared with the `symtable` module directly.
 */
#ifndef GLASS_COMPILER_SYMTABLE_H
#define GLASS_COMPILER_SYMTABLE_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"
#include "ast.h"

/* symbol flags (GlSymbol.flags), CPython's DEF_* values */
enum {
    GL_DEF_GLOBAL = 1,        // explicit `global` statement
    GL_DEF_LOCAL = 2,         // assigned in this block
    GL_DEF_PARAM = 4,         // formal parameter
    GL_DEF_NONLOCAL = 8,      // `nonlocal` statement
    GL_USE = 16,              // name is read
    GL_DEF_FREE = 32,         // free variable from an enclosing function
    GL_DEF_FREE_CLASS = 64,   // free variable from class scope
    GL_DEF_IMPORT = 128,      // bound by import
    GL_DEF_ANNOT = 256,       // annotated
    GL_DEF_COMP_ITER = 512    // comprehension iteration variable
};

/* resolved scope (GlSymbol.scope), CPython's values */
typedef enum GlScope {
    GL_SCOPE_NONE = 0,
    GL_SCOPE_LOCAL = 1,
    GL_SCOPE_GLOBAL_EXPLICIT = 2,
    GL_SCOPE_GLOBAL_IMPLICIT = 3,
    GL_SCOPE_FREE = 4,
    GL_SCOPE_CELL = 5
} GlScope;

typedef enum GlBlockType {
    GL_BLOCK_FUNCTION = 0,    // def, lambda, comprehension
    GL_BLOCK_CLASS = 1,
    GL_BLOCK_MODULE = 2
} GlBlockType;

typedef struct GlSymbol {
    const char *name;         // mangled, interned in the arena
    int flags;                // GL_DEF_* bits
    GlScope scope;
    int rank;                 // order of first reference in code-generation order;
                              // -1: never referenced by generated code (bare `x: int`)
} GlSymbol;

typedef struct GlSTEntry {
    GlBlockType type;
    const char *name;         // "top", def/class name, "lambda", "listcomp", "setcomp",
                              // "dictcomp" or "genexpr"
    const void *node;         // GlAstMod*, GlAstStmt* (def/class) or GlAstExpr* (lambda/comp)
    int lineno, col_offset;
    struct GlSTEntry *parent;
    struct GlSTEntry **children;  // in source order
    int nchildren;
    GlSymbol *symbols;        // first-appearance order
    int nsymbols;
    const char **varnames;    // co_varnames order (functions only)
    int nvarnames;
    const char **cellvars;    // co_cellvars order: parameter cells first, rest sorted
    int ncellvars;
    const char **freevars;    // sorted
    int nfreevars;
    int argcount, posonlyargcount, kwonlyargcount;
    int is_generator;         // contains yield / yield from (or is a genexp)
    int is_comprehension;
    int is_nested;            // a function nested in a function
    int has_varargs, has_varkw;
    int returns_value;
    int ret_loc[4];           // first `return value`: lineno, col, end_lineno, end_col
    int is_async_def;         // `async def` (CPython COMPILER_SCOPE_ASYNC_FUNCTION)
    int is_coroutine;         // CPython ste_coroutine: async def, or an async comprehension
    int child_free;           // some child has free variables
    int needs_class_closure;  // class whose methods use __class__ / super
    const char *private_name; // innermost enclosing class name (for mangling) or NULL
    /* private to symtable.c */
    int cap_symbols, cap_children;
    int *hash;                // symbol index table (size hash_size, -1 = empty)
    int hash_size;
    int comp_iter_target;     // while visiting a comprehension target
    int comp_iter_expr;       // >0 while visiting a comprehension's iterable here
} GlSTEntry;

typedef struct GlSymTable {
    GlSTEntry *top;           // the module
    GlArena *arena;
    const void **map_keys;    // node -> entry (open addressing)
    GlSTEntry **map_values;
    size_t map_size, map_used;
} GlSymTable;

/*
 * Build the symbol tables for `mod` (also runs GlAst_Validate's checks). `src`/`len` are
 * used for error line text. Returns NULL with `err` filled on a SyntaxError such as
 * "nonlocal declaration not allowed at module level", "no binding for nonlocal 'x'
 * found", "name 'x' is parameter and global", "duplicate argument 'x' in function
 * definition". Runs no Python code.
 */
GlSymTable *GlSymtable_Build(GlArena *arena, GlAstMod *mod, const char *src, size_t len,
                             const char *filename, GlSyntaxErrorInfo *err);

/* The entry created for an AST node (GlAstMod*, def/class GlAstStmt*, lambda or
   comprehension GlAstExpr*), or NULL. */
GlSTEntry *GlSymtable_Lookup(GlSymTable *st, const void *node);

/* The symbol for `name` in `ste` (mangled with ste->private_name first), or NULL. */
GlSymbol *GlSTEntry_Find(GlSTEntry *ste, const char *name);

/* Resolved scope of `name` in `ste` (mangling applied), GL_SCOPE_NONE if unknown. */
GlScope GlSTEntry_GetScope(GlSTEntry *ste, const char *name);

/*
 * Private-name mangling: `__x` inside class `Cls` is `_Cls__x`. Not mangled: names not
 * starting with two underscores, dunder names ending in "__", names containing a dot,
 * classname NULL or made only of underscores. Returns `name` unchanged or `buf` holding
 * the mangled name; NULL if it does not fit in `bufsize`.
 */
const char *gl_mangle(const char *classname, const char *name, char *buf, size_t bufsize);

/* Print every scope (preorder) with its symbols, for tools/astdump --symtable. */
void GlSymtable_Dump(GlSymTable *st, FILE *out);

#endif /* GLASS_COMPILER_SYMTABLE_H */
