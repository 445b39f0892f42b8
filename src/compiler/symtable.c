/*
 * symtable.c - builds GlSymTable from an AST: pass 1 records every name use/definition
 * per block (CPython's symtable_visit_*), pass 2 resolves each name to LOCAL,
 * GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL (CPython's analyze_block), then
 * varnames/cellvars/freevars are derived as CPython's compiler derives co_varnames,
 * co_cellvars and co_freevars.
 *
 * Invariants:
 * - Every symbol name is interned in the table's arena, so names compare by pointer.
 * - Entries form a tree mirroring nesting; `stack` holds the blocks being visited.
 * - Recursion follows the AST, whose depth the parser bounds (GL_PARSER_MAXDEPTH);
 *   a depth counter here also fails cleanly with GL_ERR_RECURSION.
 * - Sets used by the analysis are malloc'd and freed before returning, on every path.
 *
 * CPython behaviour matched: Python/symtable.c of 3.11 (visit order, flags, error
 * messages and their locations), including the implicit `__class__` cell, mangling,
 * walrus targets in comprehensions binding in the enclosing function.
 * Not modelled: `from __future__ import annotations` annotation blocks.
 */
#include "symtable.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "parser.h"
#include "tokenizer.h"
#include "../core/cstack.h"

enum { SYMTABLE_MAXDEPTH = 3000, DEF_BOUND = GL_DEF_LOCAL | GL_DEF_PARAM | GL_DEF_IMPORT };

typedef struct Directive {
    const char *name;
    const GlSTEntry *ste;
    int lineno, col, end_lineno, end_col;
} Directive;

typedef struct Builder {
    GlSymTable *st;
    GlArena *arena;
    const char *src;
    size_t len;
    GlSyntaxErrorInfo *err;
    GlSTEntry *cur;
    GlSTEntry **stack;        // the open blocks, innermost last (arena memory)
    int nstack, capstack;
    const char *private_name;
    int depth;
    Directive *directives;
    int ndirectives, capdirectives;
    int failed;
    int rank;                 // next GlSymbol.rank
    int defer;                // >0 while visiting assignment targets
    struct Deferred { GlSTEntry *ste; int idx; } *deferred;  // created while deferring
    int ndeferred, capdeferred;
} Builder;

/* ---- errors ---------------------------------------------------------------------------- */

static int
st_error(Builder *b, int lineno, int col, int end_lineno, int end_col, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    GlCompileError_Set(b->err, b->arena, b->src, b->len, GL_ERR_SYNTAX, lineno, col,
                       end_lineno, end_col, "%s", msg);
    b->failed = 1;
    return -1;
}

static int
st_nomem(Builder *b)
{
    if (b->err->kind == GL_ERR_NONE) {
        b->err->kind = GL_ERR_NOMEM;
        strcpy(b->err->msg, "out of memory");
    }
    b->failed = 1;
    return -1;
}

/* ---- mangling ------------------------------------------------------------------------- */

const char *
gl_mangle(const char *classname, const char *name, char *buf, size_t bufsize)
{
    if (classname == NULL || name[0] != '_' || name[1] != '_') {
        return name;
    }
    size_t n = strlen(name);
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.') != NULL) {
        return name;
    }
    while (*classname == '_') {
        classname++;
    }
    if (*classname == '\0') {
        return name;
    }
    size_t c = strlen(classname);
    if (1 + c + n + 1 > bufsize) {
        return NULL;
    }
    buf[0] = '_';
    memcpy(buf + 1, classname, c);
    memcpy(buf + 1 + c, name, n + 1);
    return buf;
}

static const char *
mangle_intern(Builder *b, const char *name)
{
    char small[256];
    const char *m = gl_mangle(b->private_name, name, small, sizeof(small));
    if (m == NULL) {
        size_t need = strlen(b->private_name) + strlen(name) + 2;
        char *big = malloc(need);
        if (big == NULL) {
            return NULL;
        }
        m = gl_mangle(b->private_name, name, big, need);
        const char *r = GlArena_Intern(b->arena, m, strlen(m));
        free(big);
        return r;
    }
    return GlArena_Intern(b->arena, m, strlen(m));
}

/* ---- symbols of one entry -------------------------------------------------------------- */

static size_t
ptr_hash(const void *p)
{
    size_t h = (size_t)p;
    return (h >> 4) ^ (h >> 13) ^ (h * 0x9E3779B97F4A7C15u >> 17);
}

static int
ste_index(GlSTEntry *ste, const char *name)
{
    if (ste->hash_size == 0) {
        return -1;
    }
    size_t mask = (size_t)ste->hash_size - 1, j = ptr_hash(name) & mask;
    while (ste->hash[j] >= 0) {
        if (ste->symbols[ste->hash[j]].name == name) {
            return ste->hash[j];
        }
        j = (j + 1) & mask;
    }
    return -1;
}

static int
ste_rehash(GlSTEntry *ste, int size)
{
    int *h = malloc(sizeof(int) * (size_t)size);
    if (h == NULL) {
        return -1;
    }
    for (int i = 0; i < size; i++) {
        h[i] = -1;
    }
    for (int i = 0; i < ste->nsymbols; i++) {
        size_t j = ptr_hash(ste->symbols[i].name) & (size_t)(size - 1);
        while (h[j] >= 0) {
            j = (j + 1) & (size_t)(size - 1);
        }
        h[j] = i;
    }
    free(ste->hash);
    ste->hash = h;
    ste->hash_size = size;
    return 0;
}

/* Index of the symbol `name` (interned) in ste, creating it with flags 0 if absent. */
static int
ste_symbol(Builder *b, GlSTEntry *ste, const char *name)
{
    int i = ste_index(ste, name);
    if (i >= 0) {
        return i;
    }
    if (ste->nsymbols == ste->cap_symbols) {
        int ncap = ste->cap_symbols ? ste->cap_symbols * 2 : 8;
        GlSymbol *ns = GlArena_Alloc(b->arena, sizeof(GlSymbol) * (size_t)ncap);
        if (ns == NULL) {
            return st_nomem(b);
        }
        if (ste->nsymbols) {
            memcpy(ns, ste->symbols, sizeof(GlSymbol) * (size_t)ste->nsymbols);
        }
        ste->symbols = ns;
        ste->cap_symbols = ncap;
    }
    if ((ste->nsymbols + 1) * 2 > ste->hash_size &&
        ste_rehash(ste, ste->hash_size ? ste->hash_size * 2 : 16) < 0) {
        return st_nomem(b);
    }
    i = ste->nsymbols++;
    ste->symbols[i].name = name;
    ste->symbols[i].flags = 0;
    ste->symbols[i].scope = GL_SCOPE_NONE;
    ste->symbols[i].rank = -1;  // ranked by add_def_in
    size_t mask = (size_t)ste->hash_size - 1, j = ptr_hash(name) & mask;
    while (ste->hash[j] >= 0) {
        j = (j + 1) & mask;
    }
    ste->hash[j] = i;
    return i;
}

/* CPython's symtable_add_def_helper; loc is (lineno, col, end_lineno, end_col). */
static int
add_def_in(Builder *b, const char *raw, int flag, GlSTEntry *ste, const int loc[4])
{
    const char *name = mangle_intern(b, raw);
    if (name == NULL) {
        return st_nomem(b);
    }
    int i = ste_symbol(b, ste, name);
    if (i < 0) {
        return -1;
    }
    int val = ste->symbols[i].flags;
    if (ste->symbols[i].rank == -1) {
        if (b->defer == 0) {
            ste->symbols[i].rank = b->rank++;  // first reference code generation will emit
        } else {
            /* an assignment target: ranked after the value (or never, for a bare
               annotation); keep the index, the symbols array may move meanwhile */
            if (b->ndeferred == b->capdeferred) {
                int ncap = b->capdeferred ? b->capdeferred * 2 : 16;
                struct Deferred *nd = realloc(b->deferred, sizeof(*nd) * (size_t)ncap);
                if (nd == NULL) {
                    return st_nomem(b);
                }
                b->deferred = nd;
                b->capdeferred = ncap;
            }
            b->deferred[b->ndeferred].ste = ste;
            b->deferred[b->ndeferred++].idx = i;
        }
    }
    if ((flag & GL_DEF_PARAM) && (val & GL_DEF_PARAM)) {
        return st_error(b, loc[0], loc[1], loc[2], loc[3],
                        "duplicate argument '%s' in function definition", raw);
    }
    val |= flag;
    if (ste->comp_iter_target) {
        if (val & (GL_DEF_GLOBAL | GL_DEF_NONLOCAL)) {
            return st_error(b, loc[0], loc[1], loc[2], loc[3], "comprehension inner loop "
                            "cannot rebind assignment expression target '%s'", raw);
        }
        val |= GL_DEF_COMP_ITER;
    }
    ste->symbols[i].flags = val;
    if (flag & GL_DEF_PARAM) {
        /* varnames capacity is implicit: reallocate when the count is a power of 2 */
        int cap = ste->nvarnames;
        if (cap == 0 || (cap & (cap - 1)) == 0) {
            const char **na = GlArena_Alloc(b->arena, sizeof(char *) * (size_t)(cap ? cap * 2 : 4));
            if (na == NULL) {
                return st_nomem(b);
            }
            if (cap) {
                memcpy(na, ste->varnames, sizeof(char *) * (size_t)cap);
            }
            ste->varnames = na;
        }
        ste->varnames[ste->nvarnames++] = name;
    } else if (flag & GL_DEF_GLOBAL) {
        GlSTEntry *top = b->st->top;
        int g = ste_symbol(b, top, name);
        if (g < 0) {
            return -1;
        }
        top->symbols[g].flags |= flag;
    }
    return 0;
}

static int
add_def(Builder *b, const char *name, int flag, const int loc[4])
{
    return add_def_in(b, name, flag, b->cur, loc);
}

#define LOC_OF(n) ((const int[4]){(n)->lineno, (n)->col_offset, (n)->end_lineno, \
                                  (n)->end_col_offset})

static int
record_directive(Builder *b, const char *raw, const GlAstStmt *s)
{
    const char *name = mangle_intern(b, raw);
    if (name == NULL) {
        return st_nomem(b);
    }
    if (b->ndirectives == b->capdirectives) {
        int ncap = b->capdirectives ? b->capdirectives * 2 : 16;
        Directive *nd = realloc(b->directives, sizeof(Directive) * (size_t)ncap);
        if (nd == NULL) {
            return st_nomem(b);
        }
        b->directives = nd;
        b->capdirectives = ncap;
    }
    Directive *d = &b->directives[b->ndirectives++];
    d->name = name;
    d->ste = b->cur;
    d->lineno = s->lineno;
    d->col = s->col_offset;
    d->end_lineno = s->end_lineno;
    d->end_col = s->end_col_offset;
    return 0;
}

/* ---- blocks ------------------------------------------------------------------------------ */

static int
map_put(Builder *b, const void *key, GlSTEntry *ste)
{
    GlSymTable *st = b->st;
    if ((st->map_used + 1) * 2 > st->map_size) {
        size_t nsize = st->map_size ? st->map_size * 2 : 64;
        const void **nk = GlArena_Alloc(b->arena, sizeof(void *) * nsize);
        GlSTEntry **nv = GlArena_Alloc(b->arena, sizeof(GlSTEntry *) * nsize);
        if (nk == NULL || nv == NULL) {
            return st_nomem(b);
        }
        for (size_t i = 0; i < st->map_size; i++) {
            if (st->map_keys[i] != NULL) {
                size_t j = ptr_hash(st->map_keys[i]) & (nsize - 1);
                while (nk[j] != NULL) {
                    j = (j + 1) & (nsize - 1);
                }
                nk[j] = st->map_keys[i];
                nv[j] = st->map_values[i];
            }
        }
        st->map_keys = nk;
        st->map_values = nv;
        st->map_size = nsize;
    }
    size_t j = ptr_hash(key) & (st->map_size - 1);
    while (st->map_keys[j] != NULL) {
        j = (j + 1) & (st->map_size - 1);
    }
    st->map_keys[j] = key;
    st->map_values[j] = ste;
    st->map_used++;
    return 0;
}

GlSTEntry *
GlSymtable_Lookup(GlSymTable *st, const void *node)
{
    if (st->map_size == 0) {
        return NULL;
    }
    size_t j = ptr_hash(node) & (st->map_size - 1);
    while (st->map_keys[j] != NULL) {
        if (st->map_keys[j] == node) {
            return st->map_values[j];
        }
        j = (j + 1) & (st->map_size - 1);
    }
    return NULL;
}

static int
enter_block(Builder *b, const char *name, GlBlockType type, const void *node, int lineno,
            int col)
{
    if (b->nstack == b->capstack) {   // nested lambdas and comprehensions: no fixed bound
        int ncap = b->capstack ? b->capstack * 2 : 32;
        GlSTEntry **ns = GlArena_Alloc(b->arena, sizeof(GlSTEntry *) * (size_t)ncap);
        if (ns == NULL) {
            return st_nomem(b);
        }
        if (b->nstack) {
            memcpy(ns, b->stack, sizeof(GlSTEntry *) * (size_t)b->nstack);
        }
        b->stack = ns;
        b->capstack = ncap;
    }
    GlSTEntry *ste = GlArena_Alloc(b->arena, sizeof(GlSTEntry));
    if (ste == NULL) {
        return st_nomem(b);
    }
    ste->type = type;
    ste->name = GlArena_Intern(b->arena, name, strlen(name));
    ste->node = node;
    ste->lineno = lineno;
    ste->col_offset = col;
    ste->parent = b->cur;
    ste->private_name = b->private_name;
    if (b->cur != NULL) {
        GlSTEntry *prev = b->cur;
        ste->is_nested = prev->is_nested || prev->type == GL_BLOCK_FUNCTION;
        if (prev->nchildren == prev->cap_children) {
            int ncap = prev->cap_children ? prev->cap_children * 2 : 4;
            GlSTEntry **nc = GlArena_Alloc(b->arena, sizeof(GlSTEntry *) * (size_t)ncap);
            if (nc == NULL) {
                return st_nomem(b);
            }
            if (prev->nchildren) {
                memcpy(nc, prev->children, sizeof(GlSTEntry *) * (size_t)prev->nchildren);
            }
            prev->children = nc;
            prev->cap_children = ncap;
        }
        prev->children[prev->nchildren++] = ste;
    } else {
        b->st->top = ste;
    }
    if (map_put(b, node, ste) < 0) {
        return -1;
    }
    b->stack[b->nstack++] = ste;
    b->cur = ste;
    return 0;
}

static void
exit_block(Builder *b)
{
    b->nstack--;
    b->cur = b->nstack > 0 ? b->stack[b->nstack - 1] : NULL;
}

/* ---- pass 1: visiting -------------------------------------------------------------------- */

static int visit_expr(Builder *b, GlAstExpr *e);
static int visit_stmt(Builder *b, GlAstStmt *s);
static int check_async_stmt(Builder *b, const GlAstStmt *s, const char *what);
static int check_async_generator(Builder *b);

static int
visit_exprs(Builder *b, const GlAstExprSeq *s)
{
    for (int i = 0; i < s->n; i++) {
        if (s->items[i] != NULL && visit_expr(b, s->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_stmts(Builder *b, const GlAstStmtSeq *s)
{
    for (int i = 0; i < s->n; i++) {
        if (visit_stmt(b, s->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_keywords(Builder *b, const GlAstKeywordSeq *s)
{
    for (int i = 0; i < s->n; i++) {
        if (visit_expr(b, s->items[i]->value) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_params(Builder *b, const GlAstArgSeq *s)
{
    for (int i = 0; i < s->n; i++) {
        if (add_def(b, s->items[i]->arg, GL_DEF_PARAM, LOC_OF(s->items[i])) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_arguments(Builder *b, const GlAstArguments *a)
{
    if (visit_params(b, &a->posonlyargs) < 0 || visit_params(b, &a->args) < 0 ||
        visit_params(b, &a->kwonlyargs) < 0) {
        return -1;
    }
    if (a->vararg != NULL) {
        if (add_def(b, a->vararg->arg, GL_DEF_PARAM, LOC_OF(a->vararg)) < 0) {
            return -1;
        }
        b->cur->has_varargs = 1;
    }
    if (a->kwarg != NULL) {
        if (add_def(b, a->kwarg->arg, GL_DEF_PARAM, LOC_OF(a->kwarg)) < 0) {
            return -1;
        }
        b->cur->has_varkw = 1;
    }
    b->cur->posonlyargcount = a->posonlyargs.n;
    b->cur->argcount = a->posonlyargs.n + a->args.n;
    b->cur->kwonlyargcount = a->kwonlyargs.n;
    return 0;
}

static int
visit_argannotations(Builder *b, const GlAstArgSeq *s)
{
    for (int i = 0; i < s->n; i++) {
        if (s->items[i]->annotation != NULL && visit_expr(b, s->items[i]->annotation) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
visit_annotations(Builder *b, const GlAstArguments *a, GlAstExpr *returns)
{
    if (visit_argannotations(b, &a->posonlyargs) < 0 || visit_argannotations(b, &a->args) < 0) {
        return -1;
    }
    if (a->vararg && a->vararg->annotation && visit_expr(b, a->vararg->annotation) < 0) {
        return -1;
    }
    if (a->kwarg && a->kwarg->annotation && visit_expr(b, a->kwarg->annotation) < 0) {
        return -1;
    }
    if (visit_argannotations(b, &a->kwonlyargs) < 0) {
        return -1;
    }
    return returns != NULL ? visit_expr(b, returns) : 0;
}

static int
visit_alias(Builder *b, const GlAstAlias *a, const GlAstStmt *s)
{
    const char *name = a->asname ? a->asname : a->name;
    const char *dot = strchr(name, '.');
    if (dot != NULL) {
        name = GlArena_Intern(b->arena, name, (size_t)(dot - name));
        if (name == NULL) {
            return st_nomem(b);
        }
    }
    if (strcmp(name, "*") == 0) {
        if (b->cur->type != GL_BLOCK_MODULE) {
            (void)s;
            return st_error(b, a->lineno, a->col_offset, a->end_lineno, a->end_col_offset,
                            "import * only allowed at module level");
        }
        return 0;
    }
    return add_def(b, name, GL_DEF_IMPORT, LOC_OF(a));
}

static int
visit_decl(Builder *b, GlAstStmt *s, int global)
{
    const GlAstIdentSeq *names = global ? &s->v.Global.names : &s->v.Nonlocal.names;
    for (int i = 0; i < names->n; i++) {
        const char *raw = names->items[i];
        const char *name = mangle_intern(b, raw);
        if (name == NULL) {
            return st_nomem(b);
        }
        int idx = ste_index(b->cur, name);
        int cur = idx >= 0 ? b->cur->symbols[idx].flags : 0;
        if (cur & (GL_DEF_PARAM | GL_DEF_LOCAL | GL_USE | GL_DEF_ANNOT)) {
            const char *kw = global ? "global" : "nonlocal";
            if (cur & GL_DEF_PARAM) {
                return st_error(b, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                                "name '%s' is parameter and %s", raw, kw);
            }
            if (cur & GL_USE) {
                return st_error(b, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                                "name '%s' is used prior to %s declaration", raw, kw);
            }
            if (cur & GL_DEF_ANNOT) {
                return st_error(b, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                                "annotated name '%s' can't be %s", raw, kw);
            }
            return st_error(b, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                            "name '%s' is assigned to before %s declaration", raw, kw);
        }
        if (add_def(b, raw, global ? GL_DEF_GLOBAL : GL_DEF_NONLOCAL, LOC_OF(s)) < 0 ||
            record_directive(b, raw, s) < 0) {
            return -1;
        }
    }
    return 0;
}

/* CPython's symtable_visit_pattern: captured names are local bindings. */
static int
visit_pattern(Builder *b, GlAstPattern *pt)
{
    switch (pt->kind) {
    case GL_AST_MATCHVALUE:
        return visit_expr(b, pt->v.MatchValue.value);
    case GL_AST_MATCHSINGLETON:
        return 0;
    case GL_AST_MATCHSEQUENCE: case GL_AST_MATCHOR: {
        const GlAstPatternSeq *ps = pt->kind == GL_AST_MATCHOR ? &pt->v.MatchOr.patterns
                                                               : &pt->v.MatchSequence.patterns;
        for (int i = 0; i < ps->n; i++) {
            if (visit_pattern(b, ps->items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    case GL_AST_MATCHSTAR:
        return pt->v.MatchStar.name == NULL ? 0
            : add_def(b, pt->v.MatchStar.name, GL_DEF_LOCAL, LOC_OF(pt));
    case GL_AST_MATCHAS:
        if (pt->v.MatchAs.pattern != NULL && visit_pattern(b, pt->v.MatchAs.pattern) < 0) {
            return -1;
        }
        return pt->v.MatchAs.name == NULL ? 0
            : add_def(b, pt->v.MatchAs.name, GL_DEF_LOCAL, LOC_OF(pt));
    case GL_AST_MATCHMAPPING:
        if (visit_exprs(b, &pt->v.MatchMapping.keys) < 0) {
            return -1;
        }
        for (int i = 0; i < pt->v.MatchMapping.patterns.n; i++) {
            if (visit_pattern(b, pt->v.MatchMapping.patterns.items[i]) < 0) {
                return -1;
            }
        }
        return pt->v.MatchMapping.rest == NULL ? 0
            : add_def(b, pt->v.MatchMapping.rest, GL_DEF_LOCAL, LOC_OF(pt));
    case GL_AST_MATCHCLASS:
        if (visit_expr(b, pt->v.MatchClass.cls) < 0) {
            return -1;
        }
        for (int i = 0; i < pt->v.MatchClass.patterns.n; i++) {
            if (visit_pattern(b, pt->v.MatchClass.patterns.items[i]) < 0) {
                return -1;
            }
        }
        for (int i = 0; i < pt->v.MatchClass.kwd_patterns.n; i++) {
            if (visit_pattern(b, pt->v.MatchClass.kwd_patterns.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    return 0;
}

static int
visit_stmt(Builder *b, GlAstStmt *s)
{
    if (++b->depth > SYMTABLE_MAXDEPTH || GlCore_StackLow()) {
        GlCompileError_Set(b->err, b->arena, b->src, b->len, GL_ERR_RECURSION, s->lineno,
                           s->col_offset, s->end_lineno, s->end_col_offset,
                           "maximum recursion depth exceeded during compilation");
        b->failed = 1;
        return -1;
    }
    int r = 0;
    switch (s->kind) {
    case GL_AST_FUNCTIONDEF: {
        GlAstArguments *a = s->v.FunctionDef.args;
        if (add_def(b, s->v.FunctionDef.name, GL_DEF_LOCAL, LOC_OF(s)) < 0 ||
            visit_exprs(b, &a->defaults) < 0 || visit_exprs(b, &a->kw_defaults) < 0 ||
            visit_annotations(b, a, s->v.FunctionDef.returns) < 0 ||
            visit_exprs(b, &s->v.FunctionDef.decorator_list) < 0 ||
            enter_block(b, s->v.FunctionDef.name, GL_BLOCK_FUNCTION, s, s->lineno,
                        s->col_offset) < 0) {
            return -1;
        }
        b->cur->is_async_def = b->cur->is_coroutine = s->v.FunctionDef.is_async;
        if (visit_arguments(b, a) < 0 || visit_stmts(b, &s->v.FunctionDef.body) < 0 ||
            check_async_generator(b) < 0) {
            return -1;
        }
        exit_block(b);
        break;
    }
    case GL_AST_CLASSDEF: {
        if (add_def(b, s->v.ClassDef.name, GL_DEF_LOCAL, LOC_OF(s)) < 0 ||
            visit_exprs(b, &s->v.ClassDef.bases) < 0 ||
            visit_keywords(b, &s->v.ClassDef.keywords) < 0 ||
            visit_exprs(b, &s->v.ClassDef.decorator_list) < 0 ||
            enter_block(b, s->v.ClassDef.name, GL_BLOCK_CLASS, s, s->lineno,
                        s->col_offset) < 0) {
            return -1;
        }
        const char *saved = b->private_name;
        b->private_name = s->v.ClassDef.name;
        b->cur->private_name = s->v.ClassDef.name;
        r = visit_stmts(b, &s->v.ClassDef.body);
        b->private_name = saved;
        if (r < 0) {
            return -1;
        }
        exit_block(b);
        break;
    }
    case GL_AST_RETURN:
        if (s->v.Return.value != NULL) {
            r = visit_expr(b, s->v.Return.value);
            if (!b->cur->returns_value) {
                memcpy(b->cur->ret_loc, LOC_OF(s), sizeof(b->cur->ret_loc));
            }
            b->cur->returns_value = 1;
        }
        break;
    case GL_AST_DELETE:
        r = visit_exprs(b, &s->v.Delete.targets);
        break;
    case GL_AST_ASSIGN: {
        /* symbols in CPython's visit order (targets first), but ranked in code-generation
           order (value first) so varnames match co_varnames */
        int first_deferred = b->ndeferred;
        b->defer++;
        r = visit_exprs(b, &s->v.Assign.targets);
        b->defer--;
        if (r == 0) {
            r = visit_expr(b, s->v.Assign.value);
        }
        for (int i = first_deferred; i < b->ndeferred; i++) {
            GlSymbol *sym = &b->deferred[i].ste->symbols[b->deferred[i].idx];
            if (sym->rank == -1) {
                sym->rank = b->rank++;
            }
        }
        b->ndeferred = first_deferred;
        break;
    }
    case GL_AST_ANNASSIGN: {
        GlAstExpr *t = s->v.AnnAssign.target;
        if (t->kind == GL_AST_NAME) {
            const char *name = mangle_intern(b, t->v.Name.id);
            if (name == NULL) {
                return st_nomem(b);
            }
            int idx = ste_index(b->cur, name);
            int cur = idx >= 0 ? b->cur->symbols[idx].flags : 0;
            if ((cur & (GL_DEF_GLOBAL | GL_DEF_NONLOCAL)) && b->cur != b->st->top &&
                s->v.AnnAssign.simple) {
                return st_error(b, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                                cur & GL_DEF_GLOBAL ? "annotated name '%s' can't be global" :
                                "annotated name '%s' can't be nonlocal", t->v.Name.id);
            }
            if (s->v.AnnAssign.simple) {
                /* `x: int` alone emits no code in a function: not ranked (not in
                   co_varnames) until some other statement references x */
                int bare = s->v.AnnAssign.value == NULL && b->cur->type == GL_BLOCK_FUNCTION;
                b->defer += bare;
                int before = b->ndeferred;
                r = add_def(b, t->v.Name.id, GL_DEF_ANNOT | GL_DEF_LOCAL, LOC_OF(t));
                b->defer -= bare;
                b->ndeferred = before;
            } else if (s->v.AnnAssign.value != NULL) {
                r = add_def(b, t->v.Name.id, GL_DEF_LOCAL, LOC_OF(t));
            }
        } else {
            r = visit_expr(b, t);
        }
        if (r < 0 || visit_expr(b, s->v.AnnAssign.annotation) < 0) {
            return -1;
        }
        if (s->v.AnnAssign.value != NULL) {
            r = visit_expr(b, s->v.AnnAssign.value);
        }
        break;
    }
    case GL_AST_AUGASSIGN:
        r = visit_expr(b, s->v.AugAssign.target) < 0 ? -1 : visit_expr(b, s->v.AugAssign.value);
        break;
    case GL_AST_FOR:
        if (s->v.For.is_async && check_async_stmt(b, s, "'async for'") < 0) {
            return -1;
        }
        r = (visit_expr(b, s->v.For.target) < 0 || visit_expr(b, s->v.For.iter) < 0 ||
             visit_stmts(b, &s->v.For.body) < 0 || visit_stmts(b, &s->v.For.orelse) < 0)
            ? -1 : 0;
        break;
    case GL_AST_WHILE:
        r = (visit_expr(b, s->v.While.test) < 0 || visit_stmts(b, &s->v.While.body) < 0 ||
             visit_stmts(b, &s->v.While.orelse) < 0) ? -1 : 0;
        break;
    case GL_AST_IF:
        r = (visit_expr(b, s->v.If.test) < 0 || visit_stmts(b, &s->v.If.body) < 0 ||
             visit_stmts(b, &s->v.If.orelse) < 0) ? -1 : 0;
        break;
    case GL_AST_MATCH:
        r = visit_expr(b, s->v.Match.subject);
        for (int i = 0; i < s->v.Match.cases.n && r == 0; i++) {
            GlAstMatchCase *mc = s->v.Match.cases.items[i];
            r = (visit_pattern(b, mc->pattern) < 0 ||
                 (mc->guard != NULL && visit_expr(b, mc->guard) < 0) ||
                 visit_stmts(b, &mc->body) < 0) ? -1 : 0;
        }
        break;
    case GL_AST_RAISE:
        if (s->v.Raise.exc != NULL) {
            r = visit_expr(b, s->v.Raise.exc);
            if (r == 0 && s->v.Raise.cause != NULL) {
                r = visit_expr(b, s->v.Raise.cause);
            }
        }
        break;
    case GL_AST_TRY:
        if (visit_stmts(b, &s->v.Try.body) < 0 || visit_stmts(b, &s->v.Try.orelse) < 0) {
            return -1;
        }
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            GlAstExceptHandler *h = s->v.Try.handlers.items[i];
            if ((h->type != NULL && visit_expr(b, h->type) < 0) ||
                (h->name != NULL && add_def(b, h->name, GL_DEF_LOCAL, LOC_OF(h)) < 0) ||
                visit_stmts(b, &h->body) < 0) {
                return -1;
            }
        }
        r = visit_stmts(b, &s->v.Try.finalbody);
        break;
    case GL_AST_ASSERT:
        r = visit_expr(b, s->v.Assert.test);
        if (r == 0 && s->v.Assert.msg != NULL) {
            r = visit_expr(b, s->v.Assert.msg);
        }
        break;
    case GL_AST_IMPORT: case GL_AST_IMPORTFROM: {
        const GlAstAliasSeq *names = s->kind == GL_AST_IMPORT ? &s->v.Import.names :
                                     &s->v.ImportFrom.names;
        for (int i = 0; i < names->n && r == 0; i++) {
            r = visit_alias(b, names->items[i], s);
        }
        break;
    }
    case GL_AST_GLOBAL: case GL_AST_NONLOCAL:
        r = visit_decl(b, s, s->kind == GL_AST_GLOBAL);
        break;
    case GL_AST_EXPR:
        r = visit_expr(b, s->v.Expr.value);
        break;
    case GL_AST_WITH:
        if (s->v.With.is_async && check_async_stmt(b, s, "'async with'") < 0) {
            return -1;
        }
        for (int i = 0; i < s->v.With.items.n && r == 0; i++) {
            GlAstWithItem *w = s->v.With.items.items[i];
            r = visit_expr(b, w->context_expr);
            if (r == 0 && w->optional_vars != NULL) {
                r = visit_expr(b, w->optional_vars);
            }
        }
        if (r == 0) {
            r = visit_stmts(b, &s->v.With.body);
        }
        break;
    case GL_AST_PASS: case GL_AST_BREAK: case GL_AST_CONTINUE:
        break;
    }
    b->depth--;
    return r;
}

/* CPython's symtable_extend_namedexpr_scope: bind a walrus target in a comprehension. */
static int
extend_namedexpr_scope(Builder *b, GlAstExpr *target)
{
    const char *raw = target->v.Name.id;
    const char *name = mangle_intern(b, raw);
    if (name == NULL) {
        return st_nomem(b);
    }
    for (int i = b->nstack - 1; i >= 0; i--) {
        GlSTEntry *ste = b->stack[i];
        if (ste->is_comprehension) {
            int idx = ste_index(ste, name);
            if (idx >= 0 && (ste->symbols[idx].flags & GL_DEF_COMP_ITER)) {
                return st_error(b, target->lineno, target->col_offset, target->end_lineno,
                                target->end_col_offset, "assignment expression cannot rebind "
                                "comprehension iteration variable '%s'", raw);
            }
            continue;
        }
        GlAstStmt fake = {.lineno = target->lineno, .col_offset = target->col_offset,
                          .end_lineno = target->end_lineno,
                          .end_col_offset = target->end_col_offset};
        if (ste->type == GL_BLOCK_FUNCTION) {
            int idx = ste_index(ste, name);
            int in_scope = idx >= 0 ? ste->symbols[idx].flags : 0;
            if (add_def(b, raw, (in_scope & GL_DEF_GLOBAL) ? GL_DEF_GLOBAL : GL_DEF_NONLOCAL,
                        LOC_OF(target)) < 0 || record_directive(b, raw, &fake) < 0) {
                return -1;
            }
            return add_def_in(b, raw, GL_DEF_LOCAL, ste, LOC_OF(target));
        }
        if (ste->type == GL_BLOCK_MODULE) {
            if (add_def(b, raw, GL_DEF_GLOBAL, LOC_OF(target)) < 0 ||
                record_directive(b, raw, &fake) < 0) {
                return -1;
            }
            return add_def_in(b, raw, GL_DEF_GLOBAL, ste, LOC_OF(target));
        }
        return st_error(b, target->lineno, target->col_offset, target->end_lineno,
                        target->end_col_offset, "assignment expression within a "
                        "comprehension cannot be used in a class body");
    }
    return 0;
}

static const char *
comp_kind_name(const GlSTEntry *ste)
{
    const GlAstExpr *e = ste->node;
    switch (e->kind) {
    case GL_AST_LISTCOMP: return "list comprehension";
    case GL_AST_SETCOMP: return "set comprehension";
    case GL_AST_DICTCOMP: return "dict comprehension";
    default: return "generator expression";
    }
}

/* `async for` / `async with` (statement s) must be directly in an async function. */
static int
check_async_stmt(Builder *b, const GlAstStmt *s, const char *what)
{
    if (b->cur->is_async_def) {
        return 0;
    }
    return st_error(b, s->lineno, s->col_offset, s->end_lineno, s->end_col_offset,
                    "%s outside async function", what);
}

/* An async generator (async def with yield) cannot return a value. */
static int
check_async_generator(Builder *b)
{
    GlSTEntry *ste = b->cur;
    if (ste->is_async_def && ste->is_generator && ste->returns_value) {
        return st_error(b, ste->ret_loc[0], ste->ret_loc[1], ste->ret_loc[2], ste->ret_loc[3],
                        "'return' with value in async generator");
    }
    return 0;
}

static int
visit_comprehension(Builder *b, GlAstExpr *e, const char *scope_name,
                    const GlAstComprehensionSeq *gens, GlAstExpr *elt, GlAstExpr *value)
{
    GlAstComprehension *outer = gens->items[0];
    b->cur->comp_iter_expr++;
    int r = visit_expr(b, outer->iter);
    b->cur->comp_iter_expr--;
    if (r < 0 || enter_block(b, scope_name, GL_BLOCK_FUNCTION, e, e->lineno, e->col_offset) < 0) {
        return -1;
    }
    b->cur->is_comprehension = 1;
    if (add_def(b, ".0", GL_DEF_PARAM, LOC_OF(e)) < 0) {
        return -1;
    }
    b->cur->argcount = 1;
    b->cur->comp_iter_target = 1;
    r = visit_expr(b, outer->target);
    b->cur->comp_iter_target = 0;
    if (r < 0 || visit_exprs(b, &outer->ifs) < 0) {
        return -1;
    }
    for (int i = 1; i < gens->n; i++) {
        GlAstComprehension *c = gens->items[i];
        b->cur->comp_iter_target = 1;
        r = visit_expr(b, c->target);
        b->cur->comp_iter_target = 0;
        b->cur->comp_iter_expr++;
        if (r == 0) {
            r = visit_expr(b, c->iter);
        }
        b->cur->comp_iter_expr--;
        if (r < 0 || visit_exprs(b, &c->ifs) < 0) {
            return -1;
        }
    }
    if ((value != NULL && visit_expr(b, value) < 0) || visit_expr(b, elt) < 0) {
        return -1;
    }
    b->cur->is_generator = e->kind == GL_AST_GENERATOREXP;
    for (int i = 0; i < gens->n; i++) {
        b->cur->is_coroutine |= gens->items[i]->is_async;
    }
    int is_async = b->cur->is_coroutine && e->kind != GL_AST_GENERATOREXP;
    exit_block(b);
    if (is_async) {
        /* CPython's compiler_comprehension: only an async function or another
           comprehension may run an asynchronous list/set/dict comprehension */
        if (!b->cur->is_async_def && !b->cur->is_comprehension) {
            return st_error(b, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                            "asynchronous comprehension outside of an asynchronous function");
        }
        b->cur->is_coroutine = 1;
    }
    return 0;
}

static int
visit_expr(Builder *b, GlAstExpr *e)
{
    if (++b->depth > SYMTABLE_MAXDEPTH || GlCore_StackLow()) {
        GlCompileError_Set(b->err, b->arena, b->src, b->len, GL_ERR_RECURSION, e->lineno,
                           e->col_offset, e->end_lineno, e->end_col_offset,
                           "maximum recursion depth exceeded during compilation");
        b->failed = 1;
        return -1;
    }
    int r = 0;
    switch (e->kind) {
    case GL_AST_NAMEDEXPR:
        if (b->cur->comp_iter_expr > 0) {
            return st_error(b, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                            "assignment expression cannot be used in a comprehension "
                            "iterable expression");
        }
        if (b->cur->is_comprehension &&
            extend_namedexpr_scope(b, e->v.NamedExpr.target) < 0) {
            return -1;
        }
        r = visit_expr(b, e->v.NamedExpr.value) < 0 ? -1 : visit_expr(b, e->v.NamedExpr.target);
        break;
    case GL_AST_BOOLOP:
        r = visit_exprs(b, &e->v.BoolOp.values);
        break;
    case GL_AST_BINOP:
        r = visit_expr(b, e->v.BinOp.left) < 0 ? -1 : visit_expr(b, e->v.BinOp.right);
        break;
    case GL_AST_UNARYOP:
        r = visit_expr(b, e->v.UnaryOp.operand);
        break;
    case GL_AST_LAMBDA: {
        GlAstArguments *a = e->v.Lambda.args;
        if (visit_exprs(b, &a->defaults) < 0 || visit_exprs(b, &a->kw_defaults) < 0 ||
            enter_block(b, "lambda", GL_BLOCK_FUNCTION, e, e->lineno, e->col_offset) < 0 ||
            visit_arguments(b, a) < 0 || visit_expr(b, e->v.Lambda.body) < 0) {
            return -1;
        }
        exit_block(b);
        break;
    }
    case GL_AST_IFEXP:
        r = (visit_expr(b, e->v.IfExp.test) < 0 || visit_expr(b, e->v.IfExp.body) < 0 ||
             visit_expr(b, e->v.IfExp.orelse) < 0) ? -1 : 0;
        break;
    case GL_AST_DICT:
        r = visit_exprs(b, &e->v.Dict.keys) < 0 ? -1 : visit_exprs(b, &e->v.Dict.values);
        break;
    case GL_AST_SET:
        r = visit_exprs(b, &e->v.Set.elts);
        break;
    case GL_AST_GENERATOREXP:
        r = visit_comprehension(b, e, "genexpr", &e->v.GeneratorExp.generators,
                                e->v.GeneratorExp.elt, NULL);
        break;
    case GL_AST_LISTCOMP:
        r = visit_comprehension(b, e, "listcomp", &e->v.ListComp.generators,
                                e->v.ListComp.elt, NULL);
        break;
    case GL_AST_SETCOMP:
        r = visit_comprehension(b, e, "setcomp", &e->v.SetComp.generators,
                                e->v.SetComp.elt, NULL);
        break;
    case GL_AST_DICTCOMP:
        r = visit_comprehension(b, e, "dictcomp", &e->v.DictComp.generators,
                                e->v.DictComp.key, e->v.DictComp.value);
        break;
    case GL_AST_AWAIT:
        if (visit_expr(b, e->v.Await.value) < 0) {
            return -1;
        }
        if (b->cur->type != GL_BLOCK_FUNCTION) {
            return st_error(b, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                            "'await' outside function");
        }
        if (!b->cur->is_async_def && !b->cur->is_comprehension) {
            return st_error(b, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                            "'await' outside async function");
        }
        b->cur->is_coroutine = 1;
        break;
    case GL_AST_YIELD: case GL_AST_YIELDFROM: {
        GlAstExpr *v = e->kind == GL_AST_YIELD ? e->v.Yield.value : e->v.YieldFrom.value;
        if (v != NULL && visit_expr(b, v) < 0) {
            return -1;
        }
        if (e->kind == GL_AST_YIELDFROM && b->cur->is_async_def) {
            return st_error(b, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                            "'yield from' inside async function");
        }
        if (b->cur->is_comprehension) {
            return st_error(b, e->lineno, e->col_offset, e->end_lineno, e->end_col_offset,
                            "'yield' inside %s", comp_kind_name(b->cur));
        }
        b->cur->is_generator = 1;
        break;
    }
    case GL_AST_COMPARE:
        r = visit_expr(b, e->v.Compare.left) < 0 ? -1 : visit_exprs(b, &e->v.Compare.comparators);
        break;
    case GL_AST_CALL:
        r = (visit_expr(b, e->v.Call.func) < 0 || visit_exprs(b, &e->v.Call.args) < 0 ||
             visit_keywords(b, &e->v.Call.keywords) < 0) ? -1 : 0;
        break;
    case GL_AST_FORMATTEDVALUE:
        r = visit_expr(b, e->v.FormattedValue.value);
        if (r == 0 && e->v.FormattedValue.format_spec != NULL) {
            r = visit_expr(b, e->v.FormattedValue.format_spec);
        }
        break;
    case GL_AST_JOINEDSTR:
        r = visit_exprs(b, &e->v.JoinedStr.values);
        break;
    case GL_AST_CONSTANT:
        break;
    case GL_AST_ATTRIBUTE:
        r = visit_expr(b, e->v.Attribute.value);
        break;
    case GL_AST_SUBSCRIPT:
        r = visit_expr(b, e->v.Subscript.value) < 0 ? -1 : visit_expr(b, e->v.Subscript.slice);
        break;
    case GL_AST_STARRED:
        r = visit_expr(b, e->v.Starred.value);
        break;
    case GL_AST_SLICE:
        r = ((e->v.Slice.lower && visit_expr(b, e->v.Slice.lower) < 0) ||
             (e->v.Slice.upper && visit_expr(b, e->v.Slice.upper) < 0) ||
             (e->v.Slice.step && visit_expr(b, e->v.Slice.step) < 0)) ? -1 : 0;
        break;
    case GL_AST_NAME:
        r = add_def(b, e->v.Name.id, e->v.Name.ctx == GL_AST_LOAD ? GL_USE : GL_DEF_LOCAL,
                    LOC_OF(e));
        if (r == 0 && e->v.Name.ctx == GL_AST_LOAD && b->cur->type == GL_BLOCK_FUNCTION &&
            strcmp(e->v.Name.id, "super") == 0) {
            r = add_def(b, "__class__", GL_USE, LOC_OF(e));
        }
        break;
    case GL_AST_LIST:
        r = visit_exprs(b, &e->v.List.elts);
        break;
    case GL_AST_TUPLE:
        r = visit_exprs(b, &e->v.Tuple.elts);
        break;
    }
    b->depth--;
    return r;
}

/* ---- pass 2: analysis (CPython's analyze_block) ---------------------------------------- */

typedef struct NameSet {
    const char **slots;  // open addressing; NULL = empty
    size_t size, used;
} NameSet;

static void
set_free(NameSet *s)
{
    free(s->slots);
    s->slots = NULL;
    s->size = s->used = 0;
}

static int
set_contains(const NameSet *s, const char *name)
{
    if (s == NULL || s->size == 0) {
        return 0;
    }
    size_t j = ptr_hash(name) & (s->size - 1);
    while (s->slots[j] != NULL) {
        if (s->slots[j] == name) {
            return 1;
        }
        j = (j + 1) & (s->size - 1);
    }
    return 0;
}

static int
set_add(NameSet *s, const char *name)
{
    if (set_contains(s, name)) {
        return 0;
    }
    if ((s->used + 1) * 2 > s->size) {
        size_t nsize = s->size ? s->size * 2 : 16;
        const char **ns = calloc(nsize, sizeof(char *));
        if (ns == NULL) {
            return -1;
        }
        for (size_t i = 0; i < s->size; i++) {
            if (s->slots[i] != NULL) {
                size_t j = ptr_hash(s->slots[i]) & (nsize - 1);
                while (ns[j] != NULL) {
                    j = (j + 1) & (nsize - 1);
                }
                ns[j] = s->slots[i];
            }
        }
        free(s->slots);
        s->slots = ns;
        s->size = nsize;
    }
    size_t j = ptr_hash(name) & (s->size - 1);
    while (s->slots[j] != NULL) {
        j = (j + 1) & (s->size - 1);
    }
    s->slots[j] = name;
    s->used++;
    return 0;
}

/* Remove by rebuilding (sets are small; removal is rare). */
static int
set_discard(NameSet *s, const char *name)
{
    if (!set_contains(s, name)) {
        return 0;
    }
    NameSet n = {0};
    for (size_t i = 0; i < s->size; i++) {
        if (s->slots[i] != NULL && s->slots[i] != name && set_add(&n, s->slots[i]) < 0) {
            set_free(&n);
            return -1;
        }
    }
    set_free(s);
    *s = n;
    return 1;
}

static int
set_update(NameSet *dst, const NameSet *src)
{
    for (size_t i = 0; src != NULL && i < src->size; i++) {
        if (src->slots[i] != NULL && set_add(dst, src->slots[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
cmp_rank(const void *a, const void *b)
{
    int x = (*(GlSymbol *const *)a)->rank, y = (*(GlSymbol *const *)b)->rank;
    return (x > y) - (x < y);
}

static int
error_at_directive(Builder *b, const GlSTEntry *ste, const char *name, const char *fmt,
                   const char *arg)
{
    for (int i = 0; i < b->ndirectives; i++) {
        Directive *d = &b->directives[i];
        if (d->ste == ste && d->name == name) {
            return st_error(b, d->lineno, d->col, d->end_lineno, d->end_col, fmt, arg);
        }
    }
    return st_error(b, ste->lineno, ste->col_offset, ste->lineno, ste->col_offset, fmt, arg);
}

static int
analyze_name(Builder *b, GlSTEntry *ste, GlSymbol *sym, NameSet *bound, NameSet *local,
             NameSet *free_, NameSet *global)
{
    const char *name = sym->name;
    int flags = sym->flags;
    if (flags & GL_DEF_GLOBAL) {
        if (flags & GL_DEF_NONLOCAL) {
            return error_at_directive(b, ste, name, "name '%s' is nonlocal and global", name);
        }
        sym->scope = GL_SCOPE_GLOBAL_EXPLICIT;
        if (set_add(global, name) < 0 || (bound && set_discard(bound, name) < 0)) {
            return st_nomem(b);
        }
        return 0;
    }
    if (flags & GL_DEF_NONLOCAL) {
        if (bound == NULL) {
            return error_at_directive(b, ste, name, "nonlocal declaration not allowed at "
                                      "module level%s", "");
        }
        if (!set_contains(bound, name)) {
            return error_at_directive(b, ste, name, "no binding for nonlocal '%s' found", name);
        }
        sym->scope = GL_SCOPE_FREE;
        ste->child_free |= 0;
        ste->nfreevars = -1;  // marker: ste_free (recomputed later)
        return set_add(free_, name) < 0 ? st_nomem(b) : 0;
    }
    if (flags & DEF_BOUND) {
        sym->scope = GL_SCOPE_LOCAL;
        if (set_add(local, name) < 0 || set_discard(global, name) < 0) {
            return st_nomem(b);
        }
        return 0;
    }
    if (bound != NULL && set_contains(bound, name)) {
        sym->scope = GL_SCOPE_FREE;
        ste->nfreevars = -1;
        return set_add(free_, name) < 0 ? st_nomem(b) : 0;
    }
    if (global != NULL && set_contains(global, name)) {
        sym->scope = GL_SCOPE_GLOBAL_IMPLICIT;
        return 0;
    }
    if (ste->is_nested) {
        ste->nfreevars = -1;
    }
    sym->scope = GL_SCOPE_GLOBAL_IMPLICIT;
    return 0;
}

static int analyze_block(Builder *b, GlSTEntry *ste, NameSet *bound, NameSet *free_,
                         NameSet *global);

/* Record free variables of children not yet resolved here (CPython's update_symbols). */
static int
update_symbols(Builder *b, GlSTEntry *ste, NameSet *bound, NameSet *newfree, int classflag)
{
    const char **names = malloc(sizeof(char *) * (newfree->used + 1));
    if (names == NULL) {
        return st_nomem(b);
    }
    size_t n = 0;
    for (size_t i = 0; i < newfree->size; i++) {
        if (newfree->slots[i] != NULL) {
            names[n++] = newfree->slots[i];
        }
    }
    qsort(names, n, sizeof(char *), cmp_names);  // deterministic order for new symbols
    for (size_t i = 0; i < n; i++) {
        int idx = ste_index(ste, names[i]);
        if (idx >= 0) {
            if (classflag && (ste->symbols[idx].flags & (DEF_BOUND | GL_DEF_GLOBAL))) {
                ste->symbols[idx].flags |= GL_DEF_FREE_CLASS;
            }
            continue;
        }
        if (bound != NULL && !set_contains(bound, names[i])) {
            continue;  // a global
        }
        idx = ste_symbol(b, ste, names[i]);
        if (idx < 0) {
            free(names);
            return -1;
        }
        ste->symbols[idx].scope = GL_SCOPE_FREE;
    }
    free(names);
    return 0;
}

static int
analyze_children(Builder *b, GlSTEntry *ste, NameSet *newbound, NameSet *newglobal,
                 NameSet *allfree)
{
    for (int i = 0; i < ste->nchildren; i++) {
        GlSTEntry *c = ste->children[i];
        NameSet tb = {0}, tf = {0}, tg = {0};
        int r = -1;
        if (set_update(&tb, newbound) == 0 && set_update(&tg, newglobal) == 0) {
            r = analyze_block(b, c, &tb, &tf, &tg);
            if (r == 0 && set_update(allfree, &tf) < 0) {
                r = st_nomem(b);
            }
        } else {
            st_nomem(b);
        }
        set_free(&tb);
        set_free(&tf);
        set_free(&tg);
        if (r < 0) {
            return -1;
        }
        if (c->nfreevars == -1 || c->child_free) {
            ste->child_free = 1;
        }
    }
    return 0;
}

static int
analyze_block(Builder *b, GlSTEntry *ste, NameSet *bound, NameSet *free_, NameSet *global)
{
    NameSet local = {0}, newbound = {0}, newglobal = {0}, newfree = {0}, allfree = {0};
    int r = -1;
    if (ste->type == GL_BLOCK_CLASS) {
        if (set_update(&newglobal, global) < 0 || set_update(&newbound, bound) < 0) {
            goto nomem;
        }
    }
    for (int i = 0; i < ste->nsymbols; i++) {
        if (analyze_name(b, ste, &ste->symbols[i], bound, &local, free_, global) < 0) {
            goto done;
        }
    }
    if (ste->type != GL_BLOCK_CLASS) {
        if ((ste->type == GL_BLOCK_FUNCTION && set_update(&newbound, &local) < 0) ||
            set_update(&newbound, bound) < 0 || set_update(&newglobal, global) < 0) {
            goto nomem;
        }
    } else {
        const char *cls = GlArena_Intern(b->arena, "__class__", 9);
        if (cls == NULL || set_add(&newbound, cls) < 0) {
            goto nomem;
        }
    }
    if (analyze_children(b, ste, &newbound, &newglobal, &allfree) < 0) {
        goto done;
    }
    if (set_update(&newfree, &allfree) < 0) {
        goto nomem;
    }
    if (ste->type == GL_BLOCK_FUNCTION) {
        /* analyze_cells: locals used freely by children become cells */
        for (int i = 0; i < ste->nsymbols; i++) {
            GlSymbol *s = &ste->symbols[i];
            if (s->scope == GL_SCOPE_LOCAL && set_contains(&newfree, s->name)) {
                s->scope = GL_SCOPE_CELL;
                if (set_discard(&newfree, s->name) < 0) {
                    goto nomem;
                }
            }
        }
    } else if (ste->type == GL_BLOCK_CLASS) {
        const char *cls = GlArena_Intern(b->arena, "__class__", 9);
        int d = cls ? set_discard(&newfree, cls) : -1;
        if (d < 0) {
            goto nomem;
        }
        if (d == 1) {
            ste->needs_class_closure = 1;
        }
    }
    if (update_symbols(b, ste, bound, &newfree, ste->type == GL_BLOCK_CLASS) < 0 ||
        set_update(free_, &newfree) < 0) {
        goto nomem;
    }
    r = 0;
    goto done;
nomem:
    st_nomem(b);
done:
    set_free(&local);
    set_free(&newbound);
    set_free(&newglobal);
    set_free(&newfree);
    set_free(&allfree);
    return r;
}

/* varnames (co_varnames order), cellvars and freevars (sorted), recursively. */
static int
finish_entry(Builder *b, GlSTEntry *ste)
{
    int has_free = ste->nfreevars == -1;
    ste->nfreevars = 0;
    int nparams = ste->nvarnames;
    int nloc = 0, ncell = 0, nfree = 0;
    for (int i = 0; i < ste->nsymbols; i++) {
        GlSymbol *s = &ste->symbols[i];
        nloc += s->scope == GL_SCOPE_LOCAL && !(s->flags & GL_DEF_PARAM);
        ncell += s->scope == GL_SCOPE_CELL;
        nfree += s->scope == GL_SCOPE_FREE || (s->flags & GL_DEF_FREE_CLASS);
    }
    ncell += ste->needs_class_closure;
    const char **vn = GlArena_Alloc(b->arena, sizeof(char *) * (size_t)(nparams + nloc + 1));
    const char **cv = GlArena_Alloc(b->arena, sizeof(char *) * (size_t)(ncell + 1));
    const char **fv = GlArena_Alloc(b->arena, sizeof(char *) * (size_t)(nfree + 1));
    if (vn == NULL || cv == NULL || fv == NULL) {
        return st_nomem(b);
    }
    if (nparams) {
        memcpy(vn, ste->varnames, sizeof(char *) * (size_t)nparams);
    }
    int nv = nparams, nc = 0, nf = 0;
    GlSymbol **locals = malloc(sizeof(GlSymbol *) * (size_t)(nloc + 1));
    if (locals == NULL) {
        return st_nomem(b);
    }
    int nl = 0;
    for (int i = 0; i < ste->nsymbols; i++) {
        GlSymbol *s = &ste->symbols[i];
        if (ste->type == GL_BLOCK_FUNCTION && s->scope == GL_SCOPE_LOCAL &&
            !(s->flags & GL_DEF_PARAM)) {
            locals[nl++] = s;
        }
        if (s->scope == GL_SCOPE_CELL) {
            cv[nc++] = s->name;
        }
        if (s->scope == GL_SCOPE_FREE || (s->flags & GL_DEF_FREE_CLASS)) {
            fv[nf++] = s->name;
        }
    }
    qsort(locals, (size_t)nl, sizeof(GlSymbol *), cmp_rank);
    for (int i = 0; i < nl; i++) {
        if (locals[i]->rank >= 0) {  // rank -1: only annotated, never referenced
            vn[nv++] = locals[i]->name;
        }
    }
    free(locals);
    if (ste->needs_class_closure) {
        cv[nc++] = GlArena_Intern(b->arena, "__class__", 9);
    }
    /* co_cellvars order (3.11): cells that are parameters first, in parameter order,
       then the other cells sorted by name */
    int ncp = 0;
    for (int i = 0; i < nparams; i++) {
        for (int k = ncp; k < nc; k++) {
            if (cv[k] == vn[i]) {
                const char *tmp = cv[ncp];
                cv[ncp++] = cv[k];
                cv[k] = tmp;
                break;
            }
        }
    }
    qsort(cv + ncp, (size_t)(nc - ncp), sizeof(char *), cmp_names);
    qsort(fv, (size_t)nf, sizeof(char *), cmp_names);
    ste->varnames = vn;
    ste->nvarnames = nv;
    ste->cellvars = cv;
    ste->ncellvars = nc;
    ste->freevars = fv;
    ste->nfreevars = nf;
    (void)has_free;
    for (int i = 0; i < ste->nchildren; i++) {
        if (finish_entry(b, ste->children[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ---- public API ----------------------------------------------------------------------------- */

GlSymbol *
GlSTEntry_Find(GlSTEntry *ste, const char *name)
{
    char buf[512];
    const char *m = gl_mangle(ste->private_name, name, buf, sizeof(buf));
    if (m == NULL) {
        return NULL;
    }
    for (int i = 0; i < ste->nsymbols; i++) {
        if (strcmp(ste->symbols[i].name, m) == 0) {
            return &ste->symbols[i];
        }
    }
    return NULL;
}

GlScope
GlSTEntry_GetScope(GlSTEntry *ste, const char *name)
{
    GlSymbol *s = GlSTEntry_Find(ste, name);
    return s ? s->scope : GL_SCOPE_NONE;
}

static void
release_hashes(GlSTEntry *ste)
{
    free(ste->hash);
    ste->hash = NULL;
    ste->hash_size = 0;
    for (int i = 0; i < ste->nchildren; i++) {
        release_hashes(ste->children[i]);
    }
}

GlSymTable *
GlSymtable_Build(GlArena *arena, GlAstMod *mod, const char *src, size_t len,
                 const char *filename, GlSyntaxErrorInfo *err)
{
    memset(err, 0, sizeof(*err));
    err->filename = filename;
    GlSymTable *st = GlArena_Alloc(arena, sizeof(GlSymTable));
    if (st == NULL) {
        err->kind = GL_ERR_NOMEM;
        strcpy(err->msg, "out of memory");
        return NULL;
    }
    st->arena = arena;
    Builder b = {.st = st, .arena = arena, .src = src, .len = len, .err = err};
    int r = enter_block(&b, "top", GL_BLOCK_MODULE, mod, 0, 0);
    if (r == 0) {
        const GlAstStmtSeq *body = mod->kind == GL_AST_MODULE ? &mod->v.Module.body :
                                   mod->kind == GL_AST_INTERACTIVE ? &mod->v.Interactive.body
                                   : NULL;
        r = body ? visit_stmts(&b, body) : visit_expr(&b, mod->v.Expression.body);
    }
    if (r == 0) {
        NameSet free_ = {0}, global = {0};
        r = analyze_block(&b, st->top, NULL, &free_, &global);
        set_free(&free_);
        set_free(&global);
    }
    if (r == 0) {
        r = finish_entry(&b, st->top);
    }
    if (st->top != NULL) {
        release_hashes(st->top);
    }
    free(b.directives);
    free(b.deferred);
    if (r == 0) {
        r = GlAst_Validate(arena, mod, src, len, err);
    }
    err->filename = filename;
    return r == 0 ? st : NULL;
}
