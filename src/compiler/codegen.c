/* codegen.c - the code generator's core: compilation units, instruction emission with
 * stack-depth and handler tracking, constants and names, scopes, assembly into code
 * objects, and the GlCompile_String entry point (source -> AST -> symtable -> code).
 *
 * Invariants: see codegen.h. Constants equal by value and type are one object across a
 * whole compilation unit (CPython shares them too: `a = 1000; b = 1000` -> `a is b`).
 * Identifier-like string constants and every name are interned.
 */
#include "codegen.h"
#include "parser.h"
#include "../core/cstack.h"
#include "../vm/vm.h"
#include <stdarg.h>

void GlCode_Disassemble(GlObject *code);

/* ---- stack effects ---- */

static int
stack_effect(int op, int arg, int jump)
{
    switch (op) {
    case GL_OP_NOP: case GL_OP_CACHE: case GL_OP_SWAP: case GL_OP_DELETE_FAST:
    case GL_OP_DELETE_DEREF: case GL_OP_DELETE_NAME: case GL_OP_DELETE_GLOBAL:
    case GL_OP_LOAD_ATTR: case GL_OP_UNARY_NEGATIVE: case GL_OP_UNARY_POSITIVE:
    case GL_OP_UNARY_INVERT: case GL_OP_UNARY_NOT: case GL_OP_JUMP: case GL_OP_GET_ITER:
    case GL_OP_LIST_TO_TUPLE: case GL_OP_KW_NAMES: case GL_OP_RETURN_CONST:
    case GL_OP_YIELD_VALUE: case GL_OP_GET_YIELD_FROM_ITER: case GL_OP_CHECK_EXC_MATCH:
    case GL_OP_GET_AWAITABLE: case GL_OP_GET_AITER: case GL_OP_ASYNC_GEN_WRAP:
    case GL_OP_CHECK_EG_MATCH:
    case GL_OP_SETUP_ANNOTATIONS:
        return 0;
    case GL_OP_POP_TOP: case GL_OP_STORE_FAST: case GL_OP_STORE_DEREF: case GL_OP_STORE_NAME:
    case GL_OP_STORE_GLOBAL: case GL_OP_DELETE_ATTR: case GL_OP_BINARY_SUBSCR:
    case GL_OP_BINARY_OP: case GL_OP_COMPARE_OP: case GL_OP_IS_OP: case GL_OP_CONTAINS_OP:
    case GL_OP_POP_JUMP_IF_FALSE: case GL_OP_POP_JUMP_IF_TRUE: case GL_OP_POP_JUMP_IF_NONE:
    case GL_OP_POP_JUMP_IF_NOT_NONE: case GL_OP_LIST_APPEND: case GL_OP_SET_ADD:
    case GL_OP_LIST_EXTEND: case GL_OP_SET_UPDATE: case GL_OP_DICT_UPDATE:
    case GL_OP_DICT_MERGE: case GL_OP_RETURN_VALUE: case GL_OP_RERAISE:
    case GL_OP_POP_EXCEPT: case GL_OP_IMPORT_NAME: case GL_OP_IMPORT_STAR:
    case GL_OP_PRINT_EXPR: case GL_OP_PREP_RERAISE_STAR:
        return -1;
    case GL_OP_PUSH_NULL: case GL_OP_COPY: case GL_OP_LOAD_CONST: case GL_OP_LOAD_FAST:
    case GL_OP_LOAD_DEREF: case GL_OP_LOAD_CLASSDEREF: case GL_OP_LOAD_CLOSURE:
    case GL_OP_LOAD_NAME: case GL_OP_LOAD_METHOD: case GL_OP_PUSH_EXC_INFO:
    case GL_OP_BEFORE_WITH: case GL_OP_WITH_EXCEPT_START: case GL_OP_LOAD_BUILD_CLASS:
    case GL_OP_LOAD_ASSERTION_ERROR: case GL_OP_IMPORT_FROM:
    case GL_OP_GET_ANEXT: case GL_OP_BEFORE_ASYNC_WITH:
        return 1;
    case GL_OP_LOAD_FAST_LOAD_FAST:
        return 2;
    case GL_OP_LOAD_GLOBAL:
        return 1 + (arg & 1);
    case GL_OP_STORE_ATTR: case GL_OP_DELETE_SUBSCR: case GL_OP_BINARY_SLICE:
    case GL_OP_MAP_ADD: case GL_OP_COMPARE_OP_JUMP: case GL_OP_END_ASYNC_FOR:
        return -2;
    case GL_OP_STORE_SUBSCR:
        return -3;
    case GL_OP_STORE_SLICE:
        return -4;
    case GL_OP_JUMP_IF_FALSE_OR_POP: case GL_OP_JUMP_IF_TRUE_OR_POP:
        return jump ? 0 : -1;
    case GL_OP_FOR_ITER: case GL_OP_FOR_ITER_RANGE: case GL_OP_FOR_ITER_LIST:
        return jump ? -1 : 1;
    case GL_OP_SEND:
        return jump ? -1 : 0;
    case GL_OP_BUILD_TUPLE: case GL_OP_BUILD_LIST: case GL_OP_BUILD_SET:
    case GL_OP_BUILD_STRING: case GL_OP_BUILD_SLICE:
        return 1 - arg;
    case GL_OP_BUILD_MAP:
        return 1 - 2 * arg;
    case GL_OP_BUILD_CONST_KEY_MAP:
        return -arg;
    case GL_OP_UNPACK_SEQUENCE:
        return arg - 1;
    case GL_OP_UNPACK_EX:
        return (arg & 0xff) + (arg >> 8);
    case GL_OP_CALL:
        return -arg - 1;
    case GL_OP_CALL_FUNCTION_EX:
        return -2 - (arg & 1);
    case GL_OP_MAKE_FUNCTION:
        return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1));
    case GL_OP_RAISE_VARARGS:
        return -arg;
    case GL_OP_FORMAT_VALUE:
        return (arg & 4) ? -1 : 0;
    case GL_OP_LOAD_FAST_ATTR:
        return 1;
    case GL_OP_GET_LEN: case GL_OP_MATCH_MAPPING: case GL_OP_MATCH_SEQUENCE:
    case GL_OP_MATCH_KEYS:
        return 1;
    case GL_OP_MATCH_CLASS:
        return -2;
    }
    return 0;
}

static int
is_terminator(int op)
{
    return op == GL_OP_JUMP || op == GL_OP_RETURN_VALUE || op == GL_OP_RETURN_CONST
        || op == GL_OP_RAISE_VARARGS || op == GL_OP_RERAISE;
}

/* ---- emission ---- */

static int
grow(void **p, int *cap, int need, size_t elem)
{
    if (need <= *cap) {
        return 0;
    }
    int n = *cap ? *cap * 2 : 64;
    while (n < need) {
        n *= 2;
    }
    void *q = GlMem_Realloc(*p, (size_t)n * elem);
    if (q == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    *p = q;
    *cap = n;
    return 0;
}

static int
emit_raw(GlCompiler *c, int op, int arg)
{
    GlUnit *u = c->u;
    if (grow((void **)&u->instrs, &u->capinstrs, u->ninstrs + 1, sizeof(GlInstr)) < 0) {
        return -1;
    }
    GlInstr *in = &u->instrs[u->ninstrs++];
    in->op = op;
    in->arg = arg;
    in->lineno = u->lineno;
    in->end_lineno = u->end_lineno;
    in->col = u->col;
    in->end_col = u->end_col;
    in->handler = u->cur_handler;
    return 0;
}

int
gl_cg_emit(GlCompiler *c, int op, int arg)
{
    GlUnit *u = c->u;
    if (arg < 0 || arg > GL_MAX_OPARG) {
        gl_cg_error(c, u->lineno, u->col, "too many constants, names or arguments");
        return -1;
    }
    if (emit_raw(c, op, arg) < 0) {
        return -1;
    }
    if (gl_op_has_cache(op)) {
        if (emit_raw(c, GL_OP_CACHE, u->ncaches++) < 0) {
            return -1;
        }
    }
    u->depth += stack_effect(op, arg, 0);
    if (u->depth > u->maxdepth) {
        u->maxdepth = u->depth;
    }
    if (u->depth < 0) {
        u->depth = 0;   // dead code after a terminator may underflow: harmless
    }
    u->dead = is_terminator(op);
    return 0;
}

int
gl_cg_new_label(GlCompiler *c)
{
    GlUnit *u = c->u;
    if (grow((void **)&u->labels, &u->caplabels, u->nlabels + 1, sizeof(GlLabelInfo)) < 0) {
        return -1;
    }
    GlLabelInfo *l = &u->labels[u->nlabels];
    l->pos = -1;
    l->depth = -1;
    l->handler = -2;
    return u->nlabels++;
}

static void
label_record(GlUnit *u, int label, int depth, int handler)
{
    GlLabelInfo *l = &u->labels[label];
    if (l->depth < 0) {
        l->depth = depth;
        if (depth > u->maxdepth) {
            u->maxdepth = depth;
        }
    }
    if (l->handler == -2) {
        l->handler = handler;
    }
}

int
gl_cg_use_label(GlCompiler *c, int label)
{
    GlUnit *u = c->u;
    GlLabelInfo *l = &u->labels[label];
    if (u->dead) {
        if (l->depth >= 0) {
            u->depth = l->depth;
        }
        if (l->handler != -2) {
            u->cur_handler = l->handler;
        }
        u->dead = 0;
    } else {
        label_record(u, label, u->depth, u->cur_handler);
    }
    l->pos = u->ninstrs;
    return 0;
}

int
gl_cg_jump(GlCompiler *c, int op, int label)
{
    GlUnit *u = c->u;
    int depth_after_jump = u->depth + stack_effect(op, 0, 1);
    label_record(u, label, depth_after_jump, u->cur_handler);
    return gl_cg_emit(c, op, label);
}

/* Emit (jump = 0) or jump (jump = 1) with no source location (CPython's UNSET_LOC):
 * the instruction reports no line of its own. */
static int
emit_without_location(GlCompiler *c, int jump, int op, int arg)
{
    GlUnit *u = c->u;
    int lineno = u->lineno, end_lineno = u->end_lineno, col = u->col, end_col = u->end_col;
    u->lineno = u->end_lineno = u->col = u->end_col = -1;
    int r = jump ? gl_cg_jump(c, op, arg) : gl_cg_emit(c, op, arg);
    u->lineno = lineno;
    u->end_lineno = end_lineno;
    u->col = col;
    u->end_col = end_col;
    return r;
}

int
gl_cg_emit_noline(GlCompiler *c, int op, int arg)
{
    return emit_without_location(c, 0, op, arg);
}

int
gl_cg_jump_noline(GlCompiler *c, int op, int label)
{
    return emit_without_location(c, 1, op, label);
}

int
gl_cg_jump_arg(GlCompiler *c, int op, int label, int low)
{
    /* A jump whose argument also carries `low` in its 3 low bits (COMPARE_OP_JUMP). */
    GlUnit *u = c->u;
    label_record(u, label, u->depth + stack_effect(op, 0, 1), u->cur_handler);
    return gl_cg_emit(c, op, low | (label << 3));
}

int
gl_cg_setup(GlCompiler *c, int label, int lasti, int depth_adjust)
{
    GlUnit *u = c->u;
    if (grow((void **)&u->handlers, &u->caphandlers, u->nhandlers + 1, sizeof(GlHandler)) < 0) {
        return -1;
    }
    GlHandler *h = &u->handlers[u->nhandlers];
    h->label = label;
    h->depth = u->depth + depth_adjust;
    h->lasti = lasti;
    h->parent = u->cur_handler;
    /* The handler code starts with [lasti,] exc on the unwound stack, and runs in
     * the context enclosing this handler. */
    label_record(u, label, h->depth + lasti + 1, h->parent);
    u->cur_handler = u->nhandlers++;
    return 0;
}

int
gl_cg_pop_block(GlCompiler *c)
{
    GlUnit *u = c->u;
    if (u->cur_handler >= 0) {
        u->cur_handler = u->handlers[u->cur_handler].parent;
    }
    return 0;
}

int
gl_cg_push_fblock(GlCompiler *c, enum GlFBlockType t, int block, int exit,
                  const GlAstStmtSeq *finalbody, const char *name)
{
    GlUnit *u = c->u;
    if (u->nfblocks >= GL_MAX_FBLOCKS) {
        gl_cg_error(c, u->lineno, u->col, "too many statically nested blocks");
        return -1;
    }
    GlFBlock *f = &u->fblocks[u->nfblocks++];
    f->type = t;
    f->block = block;
    f->exit = exit;
    f->finalbody = finalbody;
    f->name = name;
    f->stmt = NULL;
    return 0;
}

void
gl_cg_pop_fblock(GlCompiler *c)
{
    c->u->nfblocks--;
}

void
gl_cg_set_loc_expr(GlCompiler *c, const GlAstExpr *e)
{
    GlUnit *u = c->u;
    u->lineno = e->lineno;
    u->end_lineno = e->end_lineno;
    u->col = e->col_offset;
    u->end_col = e->end_col_offset;
}

void
gl_cg_set_loc_stmt(GlCompiler *c, const GlAstStmt *s)
{
    GlUnit *u = c->u;
    u->lineno = s->lineno;
    u->end_lineno = s->end_lineno;
    u->col = s->col_offset;
    u->end_col = s->end_col_offset;
}

int
gl_cg_error(GlCompiler *c, int lineno, int col, const char *fmt, ...)
{
    if (c->err->kind != GL_ERR_NONE) {
        return -1;
    }
    va_list va;
    va_start(va, fmt);
    vsnprintf(c->err->msg, sizeof(c->err->msg), fmt, va);
    va_end(va);
    c->err->kind = GL_ERR_SYNTAX;
    c->err->lineno = lineno;
    c->err->offset = col + 1;
    c->err->end_lineno = 0;
    c->err->end_offset = 0;
    c->err->text = NULL;
    return -1;
}

/* ---- compile-time warnings ---- */

int
gl_cg_warn(GlCompiler *c, int lineno, const char *fmt, ...)
{
    char msg[320];
    va_list va;
    va_start(va, fmt);
    vsnprintf(msg, sizeof(msg), fmt, va);
    va_end(va);
    GlObject *text = GlStr_FromString(msg);
    if (text == NULL) {
        return -1;
    }
    GlObject *warnings = GlImport_ImportModule("warnings");
    GlObject *res = NULL;
    if (warnings != NULL) {
        GlObject *fn = GlObject_GetAttrString(warnings, "warn_explicit");
        GlObject *ln = GlInt_FromLong(lineno);
        if (fn != NULL && ln != NULL) {
            res = GlObject_CallFunctionObjArgs(fn, text, GlExc_SyntaxWarning, c->filename, ln, NULL);
        }
        Gl_XDECREF(fn);
        Gl_XDECREF(ln);
        Gl_DECREF(warnings);
    } else {
        /* No warnings module: print it the way warnings would. */
        GlErr_Clear();
        const char *f = GlStr_AsUTF8(c->filename);
        fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", f ? f : "?", lineno, msg);
        res = Gl_NewRef(Gl_None);
    }
    Gl_DECREF(text);
    if (res == NULL) {
        /* -W error: CPython reports the warning as a SyntaxError. */
        if (GlErr_ExceptionMatches(GlExc_SyntaxWarning)) {
            GlErr_Clear();
            gl_cg_error(c, lineno, c->u ? c->u->col : 0, "%s", msg);
        }
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

/* ---- constants and names ---- */

/* A key that distinguishes constants Python considers different (1 vs 1.0 vs True,
 * 0.0 vs -0.0). New reference. */
static GlObject *
const_key(GlObject *v)
{
    if (GlTuple_CheckExact(v)) {
        Gl_ssize_t n = GlTuple_GET_SIZE(v);
        GlObject *t = GlTuple_New(n);
        if (t == NULL) {
            return NULL;
        }
        for (Gl_ssize_t i = 0; i < n; i++) {
            GlObject *k = const_key(GlTuple_GET_ITEM(v, i));
            if (k == NULL) {
                Gl_DECREF(t);
                return NULL;
            }
            GlTuple_SET_ITEM(t, i, k);
        }
        GlObject *key = GlTuple_Pack(2, (GlObject *)Gl_TYPE(v), t);
        Gl_DECREF(t);
        return key;
    }
    if (GlFloat_CheckExact(v) || GlComplex_CheckExact(v)) {
        GlObject *r = GlObject_Repr(v);
        if (r == NULL) {
            return NULL;
        }
        GlObject *key = GlTuple_Pack(2, (GlObject *)Gl_TYPE(v), r);
        Gl_DECREF(r);
        return key;
    }
    return GlTuple_Pack(2, (GlObject *)Gl_TYPE(v), v);
}

/* The unit-wide shared object for constant v (borrowed v; returns new reference). */
static GlObject *
shared_const(GlCompiler *c, GlObject *v)
{
    GlObject *key = const_key(v);
    if (key == NULL) {
        return NULL;
    }
    GlObject *have = GlDict_GetItemWithError(c->const_cache, key);
    if (have != NULL) {
        Gl_DECREF(key);
        return Gl_NewRef(have);
    }
    if (GlErr_Occurred()) {
        Gl_DECREF(key);
        return NULL;
    }
    GlObject *merged;
    if (GlTuple_CheckExact(v)) {
        /* A new tuple constant holds the shared objects of its items, as CPython's
         * merge_consts_recursive: ('a b', 'a b')[0] is its [1]. */
        Gl_ssize_t n = GlTuple_GET_SIZE(v);
        merged = GlTuple_New(n);
        for (Gl_ssize_t i = 0; merged != NULL && i < n; i++) {
            GlObject *item = shared_const(c, GlTuple_GET_ITEM(v, i));
            if (item == NULL) {
                Gl_CLEAR(merged);
                break;
            }
            GlTuple_SET_ITEM(merged, i, item);
        }
    } else {
        merged = Gl_NewRef(v);
    }
    if (merged == NULL || GlDict_SetItem(c->const_cache, key, merged) < 0) {
        Gl_XDECREF(merged);
        Gl_DECREF(key);
        return NULL;
    }
    Gl_DECREF(key);
    return merged;
}

int
gl_cg_add_const(GlCompiler *c, GlObject *v)
{
    GlUnit *u = c->u;
    GlObject *shared = shared_const(c, v);
    if (shared == NULL) {
        return -1;
    }
    GlObject *key = const_key(shared);
    if (key == NULL) {
        Gl_DECREF(shared);
        return -1;
    }
    GlObject *idx = GlDict_GetItemWithError(u->consts_map, key);
    if (idx != NULL) {
        Gl_DECREF(key);
        Gl_DECREF(shared);
        return (int)GlInt_AsSsize_t(idx);
    }
    Gl_ssize_t n = GlList_GET_SIZE(u->consts);
    GlObject *ni = GlInt_FromSsize_t(n);
    int r = (ni == NULL || GlDict_SetItem(u->consts_map, key, ni) < 0
             || GlList_Append(u->consts, shared) < 0) ? -1 : (int)n;
    Gl_XDECREF(ni);
    Gl_DECREF(key);
    Gl_DECREF(shared);
    return r;
}

int
gl_cg_load_const(GlCompiler *c, GlObject *v)
{
    int i = gl_cg_add_const(c, v);
    if (i < 0) {
        return -1;
    }
    return gl_cg_emit(c, GL_OP_LOAD_CONST, i);
}

int
gl_cg_load_const_new(GlCompiler *c, GlObject *v)
{
    if (v == NULL) {
        return -1;
    }
    int r = gl_cg_load_const(c, v);
    Gl_DECREF(v);
    return r;
}

static int
is_identifier_like(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (!(ch == '_' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')
              || (ch >= '0' && ch <= '9'))) {
            return 0;
        }
    }
    return 1;
}

GlObject *
gl_cg_constant(GlCompiler *c, const GlAstConstant *k)
{
    switch (k->kind) {
    case GL_CONST_NONE: return Gl_NewRef(Gl_None);
    case GL_CONST_TRUE: return Gl_NewRef(Gl_True);
    case GL_CONST_FALSE: return Gl_NewRef(Gl_False);
    case GL_CONST_ELLIPSIS: return Gl_NewRef(Gl_Ellipsis);
    case GL_CONST_INT: return GlInt_FromString(k->s, (Gl_ssize_t)k->len, 0);
    case GL_CONST_FLOAT: return GlFloat_FromDouble(k->f);
    case GL_CONST_COMPLEX: return GlComplex_FromDoubles(0.0, k->f);
    case GL_CONST_STR: {
        GlObject *s = GlStr_Decode(k->s, (Gl_ssize_t)k->len, "utf-8", "surrogatepass");
        if (s != NULL && is_identifier_like(k->s, k->len)) {
            GlStr_InternInPlace(&s);
        }
        return s;
    }
    case GL_CONST_BYTES: return GlBytes_FromStringAndSize(k->s, (Gl_ssize_t)k->len);
    }
    return GlErr_SetString(GlExc_SystemError, "unknown constant kind");
}

const char *
gl_cg_mangle(GlCompiler *c, const char *name)
{
    const char *priv = c->u->private_name;
    if (priv == NULL) {
        return name;
    }
    char buf[512];
    const char *m = gl_mangle(priv, name, buf, sizeof(buf));
    if (m == NULL || m == name) {
        return name;
    }
    return GlArena_Intern(c->arena, m, strlen(m));
}

static int
dict_index(GlObject *list, GlObject *map, const char *name)
{
    GlObject *s = GlStr_InternFromString(name);
    if (s == NULL) {
        return -1;
    }
    GlObject *idx = GlDict_GetItemWithError(map, s);
    if (idx != NULL) {
        Gl_DECREF(s);
        return (int)GlInt_AsSsize_t(idx);
    }
    Gl_ssize_t n = GlList_GET_SIZE(list);
    GlObject *ni = GlInt_FromSsize_t(n);
    int r = (ni == NULL || GlDict_SetItem(map, s, ni) < 0 || GlList_Append(list, s) < 0)
                ? -1 : (int)n;
    Gl_XDECREF(ni);
    Gl_DECREF(s);
    return r;
}

int
gl_cg_add_name(GlCompiler *c, const char *name)
{
    return dict_index(c->u->names, c->u->names_map, name);
}

static int
fast_index(GlUnit *u, const char *name)
{
    for (int i = 0; i < u->nfast; i++) {
        if (strcmp(u->fast_names[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

static int
add_fast(GlUnit *u, const char *name, uint8_t kind)
{
    int i = fast_index(u, name);
    if (i >= 0) {
        u->fast_kinds[i] |= kind;
        return i;
    }
    if (u->nfast >= u->capfast) {
        int n = u->capfast ? u->capfast * 2 : 16;
        const char **names = GlMem_Realloc(u->fast_names, (size_t)n * sizeof(char *));
        if (names == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        u->fast_names = names;
        uint8_t *kinds = GlMem_Realloc(u->fast_kinds, (size_t)n);
        if (kinds == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        u->fast_kinds = kinds;
        u->capfast = n;
    }
    u->fast_names[u->nfast] = name;
    u->fast_kinds[u->nfast] = kind;
    return u->nfast++;
}

int
gl_cg_nameop(GlCompiler *c, const char *rawname, GlAstExprContext ctx)
{
    GlUnit *u = c->u;
    const char *name = gl_cg_mangle(c, rawname);
    GlScope scope = GlSTEntry_GetScope(u->ste, rawname);
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } kind = OP_NAME;
    int is_function = u->ste->type == GL_BLOCK_FUNCTION;
    switch (scope) {
    case GL_SCOPE_FREE:
    case GL_SCOPE_CELL:
        kind = OP_DEREF;
        break;
    case GL_SCOPE_LOCAL:
        kind = is_function ? OP_FAST : OP_NAME;
        break;
    case GL_SCOPE_GLOBAL_IMPLICIT:
        kind = is_function ? OP_GLOBAL : OP_NAME;
        break;
    case GL_SCOPE_GLOBAL_EXPLICIT:
        kind = OP_GLOBAL;
        break;
    default:
        kind = OP_NAME;
        break;
    }
    /* In a class body, a name that is free there but also used as a class-level name
     * is loaded with LOAD_CLASSDEREF. A cell of a class scope (__class__) is DEREF. */
    if (kind == OP_DEREF) {
        int i = fast_index(u, name);
        if (i < 0) {
            return gl_cg_error(c, u->lineno, u->col, "internal error: no cell for %s", name);
        }
        if (ctx == GL_AST_LOAD) {
            int op = (u->ste->type == GL_BLOCK_CLASS && scope == GL_SCOPE_FREE)
                         ? GL_OP_LOAD_CLASSDEREF : GL_OP_LOAD_DEREF;
            return gl_cg_emit(c, op, i);
        }
        return gl_cg_emit(c, ctx == GL_AST_STORE ? GL_OP_STORE_DEREF : GL_OP_DELETE_DEREF, i);
    }
    if (kind == OP_FAST) {
        int i = fast_index(u, name);
        if (i < 0) {
            return gl_cg_error(c, u->lineno, u->col, "internal error: no slot for %s", name);
        }
        int op = ctx == GL_AST_LOAD ? GL_OP_LOAD_FAST
               : ctx == GL_AST_STORE ? GL_OP_STORE_FAST : GL_OP_DELETE_FAST;
        return gl_cg_emit(c, op, i);
    }
    int ni = gl_cg_add_name(c, name);
    if (ni < 0) {
        return -1;
    }
    if (kind == OP_GLOBAL) {
        if (ctx == GL_AST_LOAD) {
            return gl_cg_emit(c, GL_OP_LOAD_GLOBAL, ni << 1);
        }
        return gl_cg_emit(c, ctx == GL_AST_STORE ? GL_OP_STORE_GLOBAL : GL_OP_DELETE_GLOBAL, ni);
    }
    int op = ctx == GL_AST_LOAD ? GL_OP_LOAD_NAME
           : ctx == GL_AST_STORE ? GL_OP_STORE_NAME : GL_OP_DELETE_NAME;
    return gl_cg_emit(c, op, ni);
}

/* ---- scopes ---- */

static GlObject *
compute_qualname(GlCompiler *c, GlUnit *parent, const char *name, GlSTEntry *ste)
{
    if (parent == NULL || parent->scope_type == GL_BLOCK_MODULE) {
        return GlStr_FromString(name);
    }
    /* A function declared global in its parent gets a plain qualname. */
    if (ste->type != GL_BLOCK_CLASS || 1) {
        const char *mangled = name;
        GlScope sc = GlSTEntry_GetScope(parent->ste, mangled);
        if (sc == GL_SCOPE_GLOBAL_EXPLICIT) {
            return GlStr_FromString(name);
        }
    }
    if (parent->scope_type == GL_BLOCK_FUNCTION) {
        return GlStr_FromFormat("%U.<locals>.%s", parent->qualname, name);
    }
    return GlStr_FromFormat("%U.%s", parent->qualname, name);
}

int
gl_cg_enter_scope(GlCompiler *c, const char *name, const void *node, int lineno)
{
    GlSTEntry *ste = GlSymtable_Lookup(c->st, node);
    if (ste == NULL) {
        GlErr_SetString(GlExc_SystemError, "compiler: no symbol table for scope");
        return -1;
    }
    if (++c->nested_depth > 6000 || GlCore_StackLow()) {
        GlErr_SetString(GlExc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    GlUnit *u = GlMem_Calloc(1, sizeof(GlUnit));
    if (u == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    u->ste = ste;
    u->parent = c->u;
    u->scope_type = ste->type;
    u->cur_handler = -1;
    u->firstlineno = lineno;
    u->lineno = lineno;
    u->end_lineno = lineno;
    u->private_name = ste->type == GL_BLOCK_CLASS ? ste->name
                    : (c->u ? c->u->private_name : NULL);
    if (ste->private_name != NULL) {
        u->private_name = ste->private_name;
    }
    u->name = GlStr_FromString(name);
    u->qualname = ste->type == GL_BLOCK_MODULE ? Gl_XNewRef(u->name)
                                               : compute_qualname(c, c->u, name, ste);
    u->consts = GlList_New(0);
    u->consts_map = GlDict_New();
    u->names = GlList_New(0);
    u->names_map = GlDict_New();
    c->u = u;
    if (u->name == NULL || u->qualname == NULL || u->consts == NULL || u->consts_map == NULL
        || u->names == NULL || u->names_map == NULL) {
        return -1;
    }
    /* Local slots: parameters and locals in co_varnames order, then cells that are
     * not parameters, then free variables. */
    if (ste->type == GL_BLOCK_FUNCTION) {
        for (int i = 0; i < ste->nvarnames; i++) {
            if (add_fast(u, ste->varnames[i], GL_CO_FAST_LOCAL) < 0) {
                return -1;
            }
        }
    }
    u->nlocals = u->nfast;
    for (int i = 0; i < ste->ncellvars; i++) {
        if (add_fast(u, ste->cellvars[i], GL_CO_FAST_CELL) < 0) {
            return -1;
        }
    }
    u->ncells = ste->ncellvars;
    for (int i = 0; i < ste->nfreevars; i++) {
        if (add_fast(u, ste->freevars[i], GL_CO_FAST_FREE) < 0) {
            return -1;
        }
    }
    u->nfrees = ste->nfreevars;
    u->argcount = ste->argcount;
    u->posonlyargcount = ste->posonlyargcount;
    u->kwonlyargcount = ste->kwonlyargcount;
    if (ste->type == GL_BLOCK_FUNCTION) {
        u->flags |= GL_CO_OPTIMIZED | GL_CO_NEWLOCALS;
        if (ste->has_varargs) {
            u->flags |= GL_CO_VARARGS;
        }
        if (ste->has_varkw) {
            u->flags |= GL_CO_VARKEYWORDS;
        }
        if (ste->is_coroutine) {
            u->flags |= ste->is_generator ? GL_CO_ASYNC_GENERATOR : GL_CO_COROUTINE;
        } else if (ste->is_generator) {
            u->flags |= GL_CO_GENERATOR;
        }
        if (ste->is_nested) {
            u->flags |= GL_CO_NESTED;
        }
    }
    return 0;
}

static void
unit_free(GlUnit *u)
{
    GlMem_Free(u->instrs);
    GlMem_Free(u->labels);
    GlMem_Free(u->handlers);
    GlMem_Free(u->fast_names);
    GlMem_Free(u->fast_kinds);
    Gl_XDECREF(u->name);
    Gl_XDECREF(u->qualname);
    Gl_XDECREF(u->consts);
    Gl_XDECREF(u->consts_map);
    Gl_XDECREF(u->names);
    Gl_XDECREF(u->names_map);
    GlMem_Free(u);
}

/* Build the code object from the current unit (assembly). New reference. */
static GlObject *
assemble(GlCompiler *c)
{
    GlUnit *u = c->u;
    int n = u->ninstrs;
    GlCodeObject *co = (GlCodeObject *)GlObject_New(&GlCode_Type, 0);
    if (co == NULL) {
        return NULL;
    }
    co->co_instrs = GlMem_New(uint32_t, n > 0 ? n : 1);
    co->co_positions = GlMem_New(GlCodePos, n > 0 ? n : 1);
    co->co_localspluskinds = GlMem_Malloc((size_t)(u->nfast > 0 ? u->nfast : 1));
    co->co_caches = GlMem_Calloc((size_t)(u->ncaches > 0 ? u->ncaches : 1), 48);
    if (co->co_instrs == NULL || co->co_positions == NULL || co->co_localspluskinds == NULL
        || co->co_caches == NULL) {
        Gl_DECREF(co);
        return GlErr_NoMemory();
    }
    for (int i = 0; i < n; i++) {
        GlInstr *in = &u->instrs[i];
        int arg = in->arg;
        if (in->op == GL_OP_COMPARE_OP_JUMP) {
            arg = (arg & 7) | (u->labels[arg >> 3].pos << 3);
        } else if (gl_op_is_jump(in->op)) {
            arg = u->labels[arg].pos;
            if (arg < 0) {
                Gl_DECREF(co);
                return GlErr_SetString(GlExc_SystemError, "compiler: unbound label");
            }
        }
        co->co_instrs[i] = GL_INSTR(in->op, arg);
        co->co_positions[i].lineno = in->lineno;
        co->co_positions[i].end_lineno = in->end_lineno;
        co->co_positions[i].col = in->col;
        co->co_positions[i].end_col = in->end_col;
    }
    co->co_ninstrs = n;
    co->co_ncaches = u->ncaches;
    /* Superinstructions: LOAD_FAST a; LOAD_FAST b -> LOAD_FAST_LOAD_FAST (the second
     * word stays in place and is skipped), unless the second is a jump target. */
    {
        uint8_t *target = GlMem_Calloc((size_t)(n > 0 ? n : 1), 1);
        if (target == NULL) {
            Gl_DECREF(co);
            return GlErr_NoMemory();
        }
        for (int l = 0; l < u->nlabels; l++) {
            if (u->labels[l].pos >= 0 && u->labels[l].pos < n) {
                target[u->labels[l].pos] = 1;
            }
        }
        for (int i = 0; i < u->nhandlers; i++) {
            int pos = u->labels[u->handlers[i].label].pos;
            if (pos >= 0 && pos < n) {
                target[pos] = 1;
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            uint32_t a = co->co_instrs[i], b = co->co_instrs[i + 1];
            if (GL_OPCODE(a) == GL_OP_LOAD_FAST && GL_OPCODE(b) == GL_OP_LOAD_FAST && !target[i + 1]
                && GL_OPARG(a) < 4096 && GL_OPARG(b) < 4096
                && u->instrs[i].handler == u->instrs[i + 1].handler) {
                co->co_instrs[i] = GL_INSTR(GL_OP_LOAD_FAST_LOAD_FAST, GL_OPARG(a) | (GL_OPARG(b) << 12));
                i++;
            }
        }
        GlMem_Free(target);
    }
    /* Exception table: runs of instructions with the same handler. */
    int nent = 0;
    for (int i = 0; i < n; i++) {
        if (u->instrs[i].handler >= 0 && (i == 0 || u->instrs[i - 1].handler != u->instrs[i].handler)) {
            nent++;
        }
    }
    co->co_exctable = GlMem_New(GlExcTableEntry, nent > 0 ? nent : 1);
    if (co->co_exctable == NULL) {
        Gl_DECREF(co);
        return GlErr_NoMemory();
    }
    int e = -1;
    for (int i = 0; i < n; i++) {
        int h = u->instrs[i].handler;
        if (h < 0) {
            continue;
        }
        if (e < 0 || i == 0 || u->instrs[i - 1].handler != h) {
            GlExcTableEntry *ent = &co->co_exctable[++e];
            ent->start = i;
            ent->target = u->labels[u->handlers[h].label].pos;
            ent->depth = u->handlers[h].depth;
            ent->lasti = u->handlers[h].lasti;
        }
        co->co_exctable[e].end = i + 1;
    }
    co->co_nexctable = nent;
    co->co_argcount = u->argcount;
    co->co_posonlyargcount = u->posonlyargcount;
    co->co_kwonlyargcount = u->kwonlyargcount;
    co->co_flags = u->flags;
    co->co_nlocalsplus = u->nfast;
    co->co_nlocals = u->nlocals;
    co->co_ncellvars = u->ncells;
    co->co_nfreevars = u->nfrees;
    co->co_stacksize = u->maxdepth + 4;
    co->co_firstlineno = u->firstlineno;
    co->co_consts = GlList_AsTuple(u->consts);
    co->co_names = GlList_AsTuple(u->names);
    co->co_localsplusnames = GlTuple_New(u->nfast);
    co->co_filename = Gl_NewRef(c->filename);
    co->co_name = Gl_NewRef(u->name);
    co->co_qualname = Gl_NewRef(u->qualname);
    if (co->co_consts == NULL || co->co_names == NULL || co->co_localsplusnames == NULL) {
        Gl_DECREF(co);
        return NULL;
    }
    for (int i = 0; i < u->nfast; i++) {
        GlObject *s = GlStr_InternFromString(u->fast_names[i]);
        if (s == NULL) {
            Gl_DECREF(co);
            return NULL;
        }
        GlTuple_SET_ITEM(co->co_localsplusnames, i, s);
        co->co_localspluskinds[i] = u->fast_kinds[i];
    }
    return (GlObject *)co;
}

GlObject *
gl_cg_leave_scope(GlCompiler *c)
{
    GlUnit *u = c->u;
    GlObject *code = assemble(c);
    c->u = u->parent;
    c->nested_depth--;
    unit_free(u);
    return code;
}

/* Emit LOAD_CLOSURE for each free variable of code, then MAKE_FUNCTION. Steals code. */
int
gl_cg_make_closure(GlCompiler *c, GlObject *code, int flags)
{
    GlCodeObject *co = (GlCodeObject *)code;
    if (co->co_nfreevars > 0) {
        int base = co->co_nlocalsplus - co->co_nfreevars;
        for (int i = 0; i < co->co_nfreevars; i++) {
            GlObject *name = GlTuple_GET_ITEM(co->co_localsplusnames, base + i);
            const char *s = GlStr_AsUTF8(name);
            int idx = fast_index(c->u, s);
            if (idx < 0) {
                Gl_DECREF(code);
                return gl_cg_error(c, c->u->lineno, c->u->col,
                                   "internal error: no closure cell for %s", s);
            }
            if (gl_cg_emit(c, GL_OP_LOAD_CLOSURE, idx) < 0) {
                Gl_DECREF(code);
                return -1;
            }
        }
        if (gl_cg_emit(c, GL_OP_BUILD_TUPLE, co->co_nfreevars) < 0) {
            Gl_DECREF(code);
            return -1;
        }
        flags |= 8;
    }
    /* Code objects are not shared by value: add without the constant cache. */
    GlUnit *u = c->u;
    Gl_ssize_t idx = GlList_GET_SIZE(u->consts);
    int r = GlList_Append(u->consts, code);
    Gl_DECREF(code);
    if (r < 0 || gl_cg_emit(c, GL_OP_LOAD_CONST, (int)idx) < 0) {
        return -1;
    }
    return gl_cg_emit(c, GL_OP_MAKE_FUNCTION, flags);
}

/* ---- entry point ---- */

/* CPython's PyErr_ProgramTextObject: line `lineno` of the file named `fname`, read
 * again from disk, copied into the arena; NULL when there is no such file or line (the
 * text of compiler errors, as opposed to the parser's, is then None). */
static const char *
program_text(GlArena *arena, const char *fname, int lineno)
{
    if (fname == NULL || lineno <= 0) {
        return NULL;
    }
    FILE *f = fopen(fname, "rb");
    if (f == NULL) {
        return NULL;
    }
    char buf[1024];
    const char *text = NULL;
    int line = 1;
    size_t n = 0;
    int c;
    while ((c = getc(f)) != EOF) {
        if (line == lineno && n + 1 < sizeof(buf)) {
            buf[n++] = (char)c;
        }
        if (c == '\n') {
            if (line == lineno) {
                break;
            }
            line++;
        }
    }
    if (line == lineno && n > 0) {
        text = GlArena_Strndup(arena, buf, n);
    }
    fclose(f);
    return text;
}

static GlObject *
raise_syntax_error(const GlSyntaxErrorInfo *err, GlObject *filename)
{
    GlObject *type = GlExc_SyntaxError;
    switch (err->kind) {
    case GL_ERR_INDENTATION: type = GlExc_IndentationError; break;
    case GL_ERR_TAB: type = GlExc_TabError; break;
    case GL_ERR_RECURSION:
        return GlErr_SetString(GlExc_RecursionError, err->msg);
    case GL_ERR_NOMEM:
        return GlErr_NoMemory();
    default: break;
    }
    const char *fname = GlStr_AsUTF8(filename);
    /* CPython's text always ends with a newline (the tokenizer adds one at EOF). */
    char textbuf[1024];
    const char *text = err->text;
    if (text != NULL && !err->text_no_newline) {
        size_t tl = strlen(text);
        if ((tl == 0 || text[tl - 1] != '\n') && tl + 2 <= sizeof(textbuf)) {
            memcpy(textbuf, text, tl);
            textbuf[tl] = '\n';
            textbuf[tl + 1] = '\0';
            text = textbuf;
        }
    }
    GlObject *exc = GlErr_NewSyntaxError(type, err->msg, fname ? fname : "<unknown>",
                                         err->lineno, err->offset, err->end_lineno,
                                         err->end_offset, text);
    if (exc == NULL) {
        return NULL;
    }
    GlErr_SetObject(type, exc);
    Gl_DECREF(exc);
    return NULL;
}

/* Issue one parser warning through warnings.warn_explicit. Returns 0, or -1 with an
 * exception set (a SyntaxError when the filters made the warning an error). */
static int
issue_parse_warning(const GlCompileWarning *w, GlObject *filename)
{
    GlObject *category = w->deprecation ? GlExc_DeprecationWarning : GlExc_SyntaxWarning;
    GlObject *text = GlStr_FromString(w->msg);
    if (text == NULL) {
        return -1;
    }
    GlObject *res = NULL;
    GlObject *warnings = GlImport_ImportModule("warnings");
    if (warnings != NULL) {
        GlObject *fn = GlObject_GetAttrString(warnings, "warn_explicit");
        GlObject *ln = GlInt_FromLong(w->lineno);
        if (fn != NULL && ln != NULL) {
            res = GlObject_CallFunctionObjArgs(fn, text, category, filename, ln, NULL);
        }
        Gl_XDECREF(fn);
        Gl_XDECREF(ln);
        Gl_DECREF(warnings);
    } else {
        /* no warnings module (early start-up): CPython's default filters ignore
         * DeprecationWarning outside __main__; show a SyntaxWarning as warnings would */
        GlErr_Clear();
        if (!w->deprecation) {
            const char *f = GlStr_AsUTF8(filename);
            fprintf(stderr, "%s:%d: SyntaxWarning: %s\n", f ? f : "?", w->lineno, w->msg);
        }
        res = Gl_NewRef(Gl_None);
    }
    Gl_DECREF(text);
    if (res == NULL) {
        if (GlErr_ExceptionMatches(category)) {
            GlErr_Clear();
            raise_syntax_error(&w->as_error, filename);
        }
        return -1;
    }
    Gl_DECREF(res);
    return 0;
}

/* Issue the warnings the parser recorded; after a failed parse (`failed`) the repeated
 * ones again, as CPython's second parser pass. Returns 0 or -1 with an exception set. */
static int
issue_parse_warnings(const GlSyntaxErrorInfo *err, GlObject *filename, int failed)
{
    if (err->warnings == NULL) {
        return 0;
    }
    for (int pass = 0; pass < (failed ? 2 : 1); pass++) {
        for (const GlCompileWarning *w = err->warnings->head; w != NULL; w = w->next) {
            if ((pass == 0 || w->repeat) && issue_parse_warning(w, filename) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

GlAstMod *
GlCompile_Parse(GlArena *arena, const char *src, Gl_ssize_t len, GlObject *filename, int mode)
{
    GlSyntaxErrorInfo err;
    memset(&err, 0, sizeof(err));
    const char *fname = GlStr_AsUTF8(filename);
    int ignore_cookie = (mode & GL_MODE_IGNORE_COOKIE) != 0;
    int incomplete = (mode & GL_MODE_ALLOW_INCOMPLETE) != 0;
    int no_dedent = (mode & GL_MODE_NO_DEDENT) != 0;
    mode &= ~(GL_MODE_IGNORE_COOKIE | GL_MODE_ALLOW_INCOMPLETE | GL_MODE_NO_DEDENT);
    int pmode = mode == GL_MODE_EVAL ? GL_PARSE_EVAL
              : mode == GL_MODE_SINGLE ? GL_PARSE_SINGLE : GL_PARSE_FILE;
    GlAstMod *mod = GlParser_Parse(arena, src, (size_t)len, fname,
                                   pmode | GL_PARSE_WARNINGS
                                   | (ignore_cookie ? GL_PARSE_IGNORE_COOKIE : 0)
                                   | (incomplete ? GL_PARSE_INCOMPLETE : 0)
                                   | (no_dedent ? GL_PARSE_NO_DEDENT : 0), &err);
    int failed = mod == NULL && (err.kind == GL_ERR_SYNTAX || err.kind == GL_ERR_INDENTATION
                                 || err.kind == GL_ERR_TAB || err.kind == GL_ERR_INCOMPLETE);
    if (issue_parse_warnings(&err, filename, failed) < 0) {
        return NULL;
    }
    if (mod == NULL) {
        if (err.kind == GL_ERR_INCOMPLETE) {
            err.kind = GL_ERR_SYNTAX;
            if (err.msg[0] == 0) {
                snprintf(err.msg, sizeof(err.msg), "incomplete input");
            }
        }
        if (pmode != GL_PARSE_FILE) {
            err.text_no_newline = 1;   // only 'exec' source gets a final newline in CPython
        }
        raise_syntax_error(&err, filename);
    }
    return mod;
}

GlObject *
GlCompile_String(const char *src, Gl_ssize_t len, GlObject *filename, int mode)
{
    GlArena *arena = GlArena_New();
    if (arena == NULL) {
        return GlErr_NoMemory();
    }
    GlObject *code = NULL;
    GlAstMod *mod = GlCompile_Parse(arena, src, len, filename, mode);
    if (mod == NULL) {
        goto done;
    }
    code = GlCompile_Mod(arena, mod, src, len, filename,
                         mode & ~(GL_MODE_IGNORE_COOKIE | GL_MODE_ALLOW_INCOMPLETE
                                  | GL_MODE_NO_DEDENT));
done:
    GlArena_Free(arena);
    return code;
}

/* CPython's future.c: the `from __future__ import` statements at the top of a module
 * (after an optional docstring) set compiler features; an unknown feature is a
 * SyntaxError. A later one is rejected by the import code generation. 0 / -1. */
static int
future_scan(GlCompiler *c, const GlAstMod *mod)
{
    if (mod->kind == GL_AST_EXPRESSION) {
        return 0;
    }
    const GlAstStmtSeq *body = mod->kind == GL_AST_MODULE ? &mod->v.Module.body
                                                         : &mod->v.Interactive.body;
    static const char *const known[] = {"nested_scopes", "generators", "division",
                                        "absolute_import", "with_statement", "print_function",
                                        "unicode_literals", "barry_as_FLUFL", "generator_stop",
                                        "annotations", NULL};
    int done = 0, found_docstring = 0, prev_line = 0;
    for (int i = 0; i < body->n; i++) {
        const GlAstStmt *s = body->items[i];
        if (done && s->lineno > prev_line) {
            return 0;
        }
        prev_line = s->lineno;
        if (s->kind == GL_AST_IMPORTFROM) {
            const char *m = s->v.ImportFrom.module;
            if (m == NULL || strcmp(m, "__future__") != 0) {
                done = 1;
                continue;
            }
            if (done) {
                return gl_cg_error(c, s->lineno, s->col_offset,
                                   "from __future__ imports must occur at the beginning of the file");
            }
            for (int j = 0; j < s->v.ImportFrom.names.n; j++) {
                const char *name = s->v.ImportFrom.names.items[j]->name;
                int k = 0;
                while (known[k] != NULL && strcmp(known[k], name) != 0) {
                    k++;
                }
                if (known[k] == NULL) {
                    if (strcmp(name, "braces") == 0) {
                        gl_cg_error(c, s->lineno, s->col_offset, "not a chance");
                    } else {
                        gl_cg_error(c, s->lineno, s->col_offset,
                                    "future feature %.100s is not defined", name);
                    }
                    c->err->end_lineno = s->lineno;
                    c->err->end_offset = -2;   // None, as PyErr_SyntaxLocationObject leaves it
                    return -1;
                }
                if (strcmp(name, "annotations") == 0) {
                    c->future_annotations = 1;
                }
            }
            c->future_lineno = s->lineno;
        } else if (s->kind == GL_AST_EXPR && !found_docstring) {
            const GlAstExpr *e = s->v.Expr.value;
            if (e->kind != GL_AST_CONSTANT || e->v.Constant.kind != GL_CONST_STR) {
                done = 1;
            }
            found_docstring = 1;
        } else {
            done = 1;
        }
    }
    return 0;
}

GlObject *
GlCompile_Mod(GlArena *arena, GlAstMod *mod, const char *src, Gl_ssize_t len,
              GlObject *filename, int mode)
{
    GlSyntaxErrorInfo err;
    memset(&err, 0, sizeof(err));
    const char *fname = GlStr_AsUTF8(filename);
    GlObject *code = NULL;
    GlSymTable *st = GlSymtable_Build(arena, mod, src, (size_t)len, fname, &err);
    if (st == NULL) {
        if (err.kind == GL_ERR_SYNTAX) {
            err.text = program_text(arena, fname, err.lineno);   // as CPython's compiler
        }
        raise_syntax_error(&err, filename);
        goto done;
    }
    GlCompiler c;
    memset(&c, 0, sizeof(c));
    c.arena = arena;
    c.st = st;
    c.filename = filename;
    c.err = &err;
    c.src = src;
    c.srclen = (size_t)len;
    c.interactive = mode == GL_MODE_SINGLE;
    c.const_cache = GlDict_New();
    if (c.const_cache == NULL) {
        goto done;
    }
    if (future_scan(&c, mod) < 0) {
        Gl_DECREF(c.const_cache);
        raise_syntax_error(&err, filename);
        goto done;
    }
    if (gl_cg_enter_scope(&c, "<module>", mod, 1) < 0) {
        goto fail;
    }
    int r = 0;
    if (mod->kind == GL_AST_EXPRESSION) {
        r = gl_cg_expr(&c, mod->v.Expression.body);
        if (r == 0) {
            r = gl_cg_emit(&c, GL_OP_RETURN_VALUE, 0);
        }
    } else {
        const GlAstStmtSeq *body = mod->kind == GL_AST_MODULE ? &mod->v.Module.body
                                                             : &mod->v.Interactive.body;
        r = gl_cg_body(&c, body);
        /* the implicit return has no line (see gl_cg_function_body) */
        c.u->lineno = c.u->end_lineno = c.u->col = c.u->end_col = -1;
        if (r == 0) {
            r = gl_cg_load_const(&c, Gl_None);
        }
        if (r == 0) {
            r = gl_cg_emit(&c, GL_OP_RETURN_VALUE, 0);
        }
    }
    if (r < 0) {
        goto fail;
    }
    code = gl_cg_leave_scope(&c);
    Gl_DECREF(c.const_cache);
    if (code != NULL && getenv("GLASS_DIS") != NULL) {
        GlCode_Disassemble(code);
    }
    goto done;
fail:
    while (c.u != NULL) {
        GlUnit *u = c.u;
        c.u = u->parent;
        unit_free(u);
    }
    Gl_XDECREF(c.const_cache);
    if (err.kind != GL_ERR_NONE && !GlErr_Occurred()) {
        err.text = program_text(arena, GlStr_AsUTF8(filename), err.lineno);
        raise_syntax_error(&err, filename);
    }
done:
    return code;
}

int
GlCompile_IsIncomplete(const char *src, Gl_ssize_t len)
{
    GlArena *arena = GlArena_New();
    if (arena == NULL) {
        return 0;
    }
    GlSyntaxErrorInfo err;
    memset(&err, 0, sizeof(err));
    GlAstMod *mod = GlParser_Parse(arena, src, (size_t)len, "<stdin>",
                                   GL_PARSE_SINGLE | GL_PARSE_INCOMPLETE, &err);
    int r = mod == NULL && err.kind == GL_ERR_INCOMPLETE;
    GlArena_Free(arena);
    return r;
}

/* ---- disassembly (debugging aid: GLASS_DIS=1 prints every code object compiled) ---- */

static const char *const gl_opnames[] = {
#define GL_OP_NAME(name) #name,
    GL_OPCODE_LIST(GL_OP_NAME)
#undef GL_OP_NAME
};

void
GlCode_Disassemble(GlObject *code)
{
    GlCodeObject *co = (GlCodeObject *)code;
    fprintf(stderr, "code %s (stack %d, locals %d)\n", GlStr_AsUTF8(co->co_qualname),
            co->co_stacksize, co->co_nlocalsplus);
    for (int i = 0; i < co->co_ninstrs; i++) {
        uint32_t w = co->co_instrs[i];
        fprintf(stderr, "  %4d %-22s %6u  line %d\n", i, gl_opnames[GL_OPCODE(w)], GL_OPARG(w),
                co->co_positions[i].lineno);
    }
    for (int i = 0; i < co->co_nexctable; i++) {
        GlExcTableEntry *e = &co->co_exctable[i];
        fprintf(stderr, "  handler [%d, %d) -> %d depth %d%s\n", e->start, e->end, e->target,
                e->depth, e->lasti ? " lasti" : "");
    }
    for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(co->co_consts); i++) {
        GlObject *k = GlTuple_GET_ITEM(co->co_consts, i);
        if (GlCode_Check(k)) {
            GlCode_Disassemble(k);
        }
    }
}
