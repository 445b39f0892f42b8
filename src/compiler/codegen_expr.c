/* codegen_expr.c - code generation for expressions: operators with constant folding
 * (CPython's limits), comparisons and chains, boolean jumps, calls (method-call form,
 * keywords, * and ** unpacking), displays, comprehensions (each its own function
 * scope, called with the first iterator), lambdas, f-strings, yield / yield from,
 * and assignment targets.
 * Invariant: each expression leaves exactly one new value on the stack.
 */
#include "codegen.h"
#include "../core/cstack.h"

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

static const int binop_nb[] = {
    [GL_AST_ADD] = GL_NB_ADD, [GL_AST_SUB] = GL_NB_SUBTRACT, [GL_AST_MULT] = GL_NB_MULTIPLY,
    [GL_AST_MATMULT] = GL_NB_MATRIX_MULTIPLY, [GL_AST_DIV] = GL_NB_TRUE_DIVIDE,
    [GL_AST_MOD] = GL_NB_REMAINDER, [GL_AST_POW] = GL_NB_POWER, [GL_AST_LSHIFT] = GL_NB_LSHIFT,
    [GL_AST_RSHIFT] = GL_NB_RSHIFT, [GL_AST_BITOR] = GL_NB_OR, [GL_AST_BITXOR] = GL_NB_XOR,
    [GL_AST_BITAND] = GL_NB_AND, [GL_AST_FLOORDIV] = GL_NB_FLOOR_DIVIDE,
};

/* ---- constant folding (CPython's ast_opt limits) ---- */

#define MAX_INT_BITS 128
#define MAX_STR_SIZE 4096
#define MAX_COLLECTION_SIZE 256

static Gl_ssize_t
int_bits(GlObject *v)
{
    if (!GlInt_Check(v)) {
        return 0;
    }
    mpz_t z;
    mpz_init(z);
    GlInt_AsMpz(v, z);
    Gl_ssize_t bits = mpz_sgn(z) == 0 ? 0 : (Gl_ssize_t)mpz_sizeinbase(z, 2);
    mpz_clear(z);
    return bits;
}

static int
is_number(GlObject *v)
{
    return GlInt_CheckExact(v) || GlBool_Check(v) || GlFloat_CheckExact(v)
        || GlComplex_CheckExact(v);
}

static int
fold_allowed(int op, GlObject *a, GlObject *b)
{
    if (op == GL_AST_POW) {
        if (GlInt_Check(a) && GlInt_Check(b)) {
            if (GlInt_Sign(b) < 0) {
                return 1;   // gives a float
            }
            Gl_ssize_t vbits = int_bits(a);
            int overflow = 0;
            int64_t w = GlInt_AsInt64AndOverflow(b, &overflow);
            if (overflow || (vbits > 0 && w > MAX_INT_BITS / vbits)) {
                return 0;
            }
        }
        return is_number(a) && is_number(b);
    }
    if (op == GL_AST_LSHIFT) {
        if (GlInt_Check(a) && GlInt_Check(b)) {
            int overflow = 0;
            int64_t w = GlInt_AsInt64AndOverflow(b, &overflow);
            if (overflow || w < 0 || w > MAX_INT_BITS || int_bits(a) + w > MAX_INT_BITS) {
                return 0;
            }
            return 1;
        }
        return 0;
    }
    if (op == GL_AST_MULT) {
        if (GlInt_Check(a) && GlInt_Check(b)) {
            return int_bits(a) + int_bits(b) <= MAX_INT_BITS;
        }
        GlObject *seq = NULL, *n = NULL;
        if (GlInt_Check(b) && (GlStr_Check(a) || GlBytes_Check(a) || GlTuple_Check(a))) {
            seq = a;
            n = b;
        } else if (GlInt_Check(a) && (GlStr_Check(b) || GlBytes_Check(b) || GlTuple_Check(b))) {
            seq = b;
            n = a;
        }
        if (seq != NULL) {
            int overflow = 0;
            int64_t k = GlInt_AsInt64AndOverflow(n, &overflow);
            if (overflow) {
                return 0;
            }
            Gl_ssize_t len = GlObject_Size(seq);
            if (len < 0) {
                GlErr_Clear();
                return 0;
            }
            Gl_ssize_t limit = GlTuple_Check(seq) ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
            return k <= 0 || len == 0 || (k <= limit && len * k <= limit);
        }
        return is_number(a) && is_number(b);
    }
    if (op == GL_AST_ADD) {
        if (GlStr_Check(a) && GlStr_Check(b)) {
            return GlStr_GET_LENGTH(a) + GlStr_GET_LENGTH(b) <= MAX_STR_SIZE;
        }
        if (GlBytes_Check(a) && GlBytes_Check(b)) {
            return Gl_SIZE(a) + Gl_SIZE(b) <= MAX_STR_SIZE;
        }
        if (GlInt_Check(a) && GlInt_Check(b)) {
            return int_bits(a) <= MAX_INT_BITS && int_bits(b) <= MAX_INT_BITS;
        }
        return is_number(a) && is_number(b);
    }
    if (op == GL_AST_MOD && (GlStr_Check(a) || GlBytes_Check(a))) {
        return 0;   // formatting is not folded
    }
    if (op == GL_AST_MATMULT) {
        return 0;
    }
    return is_number(a) && is_number(b);
}

GlObject *
gl_cg_fold(GlCompiler *c, const GlAstExpr *e)
{
    switch (e->kind) {
    case GL_AST_CONSTANT:
        return gl_cg_constant(c, &e->v.Constant);
    case GL_AST_UNARYOP: {
        if (e->v.UnaryOp.op == GL_AST_NOT) {
            return NULL;
        }
        GlObject *v = gl_cg_fold(c, e->v.UnaryOp.operand);
        if (v == NULL) {
            return NULL;
        }
        if (!is_number(v)) {
            Gl_DECREF(v);
            return NULL;
        }
        GlObject *r = NULL;
        switch (e->v.UnaryOp.op) {
        case GL_AST_USUB: r = GlNumber_Negative(v); break;
        case GL_AST_UADD: r = GlNumber_Positive(v); break;
        case GL_AST_INVERT: r = GlFloat_CheckExact(v) || GlComplex_CheckExact(v)
                                ? NULL : GlNumber_Invert(v); break;
        default: break;
        }
        Gl_DECREF(v);
        if (r == NULL) {
            GlErr_Clear();
        }
        return r;
    }
    case GL_AST_BINOP: {
        GlObject *a = gl_cg_fold(c, e->v.BinOp.left);
        if (a == NULL) {
            return NULL;
        }
        GlObject *b = gl_cg_fold(c, e->v.BinOp.right);
        if (b == NULL) {
            Gl_DECREF(a);
            return NULL;
        }
        GlObject *r = NULL;
        if (fold_allowed(e->v.BinOp.op, a, b)) {
            r = GlNumber_BinaryOp(a, b, binop_nb[e->v.BinOp.op]);
            if (r == NULL) {
                GlErr_Clear();   // e.g. 1/0: raised at run time instead
            }
        }
        Gl_DECREF(a);
        Gl_DECREF(b);
        return r;
    }
    case GL_AST_TUPLE: {
        if (e->v.Tuple.ctx != GL_AST_LOAD) {
            return NULL;
        }
        int n = e->v.Tuple.elts.n;
        GlObject *t = GlTuple_New(n);
        if (t == NULL) {
            GlErr_Clear();
            return NULL;
        }
        for (int i = 0; i < n; i++) {
            const GlAstExpr *item = e->v.Tuple.elts.items[i];
            GlObject *v = item->kind == GL_AST_STARRED ? NULL : gl_cg_fold(c, item);
            if (v == NULL) {
                Gl_DECREF(t);
                return NULL;
            }
            GlTuple_SET_ITEM(t, i, v);
        }
        return t;
    }
    default:
        return NULL;
    }
}

/* ---- helpers ---- */

static int
exprs(GlCompiler *c, const GlAstExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++) {
        TRY(gl_cg_expr(c, seq->items[i]));
    }
    return 0;
}

static int
has_starred(const GlAstExprSeq *seq)
{
    for (int i = 0; i < seq->n; i++) {
        if (seq->items[i]->kind == GL_AST_STARRED) {
            return 1;
        }
    }
    return 0;
}

/* Build a list/tuple/set display; kind is GL_OP_BUILD_LIST/TUPLE/SET. */
static int
starunpack(GlCompiler *c, const GlAstExprSeq *elts, int build)
{
    int n = elts->n;
    int seen_star = has_starred(elts);
    GlObject *t = NULL;
    if (!seen_star && n > 2 && build != GL_OP_BUILD_TUPLE) {
        /* Items that are constants once CPython's AST optimizer has folded them
         * ([1, -2, 3]) make a constant tuple. */
        t = GlTuple_New(n);
        if (t == NULL) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            GlObject *v = gl_cg_fold(c, elts->items[i]);
            if (v == NULL) {
                Gl_CLEAR(t);
                if (GlErr_Occurred()) {
                    return -1;
                }
                break;
            }
            GlTuple_SET_ITEM(t, i, v);
        }
    }
    if (t != NULL) {
        /* [1, 2, 3]: BUILD_LIST 0 + LIST_EXTEND of a constant tuple (as CPython). */
        if (build == GL_OP_BUILD_SET) {
            /* {1, 2, 3}: a frozenset constant, as CPython (this fixes the slot order).
             * CPython's constant merging rebuilds the frozenset from its own iteration
             * order, so build it twice to give the same layout. */
            GlObject *fs = GlFrozenSet_New(t);
            Gl_DECREF(t);
            t = fs != NULL ? GlSequence_Tuple(fs) : NULL;
            Gl_XDECREF(fs);
            fs = t != NULL ? GlFrozenSet_New(t) : NULL;
            Gl_XDECREF(t);
            if (fs == NULL) {
                return -1;
            }
            t = fs;
        }
        TRY(gl_cg_emit(c, build, 0));
        TRY(gl_cg_load_const_new(c, t));
        return gl_cg_emit(c, build == GL_OP_BUILD_LIST ? GL_OP_LIST_EXTEND : GL_OP_SET_UPDATE, 1);
    }
    if (!seen_star) {
        TRY(exprs(c, elts));
        return gl_cg_emit(c, build, n);
    }
    int set = build == GL_OP_BUILD_SET;
    int collected = 0, built = 0;
    for (int i = 0; i < n; i++) {
        const GlAstExpr *elt = elts->items[i];
        if (elt->kind == GL_AST_STARRED) {
            if (!built) {
                TRY(gl_cg_emit(c, set ? GL_OP_BUILD_SET : GL_OP_BUILD_LIST, collected));
                built = 1;
            }
            TRY(gl_cg_expr(c, elt->v.Starred.value));
            TRY(gl_cg_emit(c, set ? GL_OP_SET_UPDATE : GL_OP_LIST_EXTEND, 1));
        } else {
            TRY(gl_cg_expr(c, elt));
            if (built) {
                TRY(gl_cg_emit(c, set ? GL_OP_SET_ADD : GL_OP_LIST_APPEND, 1));
            } else {
                collected++;
            }
        }
    }
    if (build == GL_OP_BUILD_TUPLE) {
        return gl_cg_emit(c, GL_OP_LIST_TO_TUPLE, 0);
    }
    return 0;
}

static int
dict_display(GlCompiler *c, const GlAstExpr *e)
{
    int n = e->v.Dict.values.n;
    int have_dict = 0, elements = 0;
    for (int i = 0; i < n; i++) {
        const GlAstExpr *k = e->v.Dict.keys.items[i];
        if (k == NULL) {
            if (elements > 0 || !have_dict) {
                TRY(gl_cg_emit(c, GL_OP_BUILD_MAP, elements));
                if (have_dict) {
                    TRY(gl_cg_emit(c, GL_OP_DICT_UPDATE, 1));
                }
                have_dict = 1;
                elements = 0;
            }
            TRY(gl_cg_expr(c, e->v.Dict.values.items[i]));
            TRY(gl_cg_emit(c, GL_OP_DICT_UPDATE, 1));
        } else {
            TRY(gl_cg_expr(c, k));
            TRY(gl_cg_expr(c, e->v.Dict.values.items[i]));
            elements++;
        }
    }
    if (elements > 0 || !have_dict) {
        TRY(gl_cg_emit(c, GL_OP_BUILD_MAP, elements));
        if (have_dict) {
            TRY(gl_cg_emit(c, GL_OP_DICT_UPDATE, 1));
        }
    }
    return 0;
}

/* ---- CPython's compile-time SyntaxWarnings ---- */

/* The Python type name of a literal node, or NULL if it is not a literal. */
static const char *
literal_type_name(const GlAstExpr *e, int for_call)
{
    switch (e->kind) {
    case GL_AST_CONSTANT:
        switch (e->v.Constant.kind) {
        case GL_CONST_NONE: return "NoneType";
        case GL_CONST_TRUE: case GL_CONST_FALSE: return "bool";
        case GL_CONST_ELLIPSIS: return "ellipsis";
        case GL_CONST_INT: return "int";
        case GL_CONST_FLOAT: return "float";
        case GL_CONST_COMPLEX: return "complex";
        case GL_CONST_STR: return "str";
        case GL_CONST_BYTES: return "bytes";
        }
        return NULL;
    case GL_AST_TUPLE: return for_call ? "tuple" : NULL;
    case GL_AST_LIST: case GL_AST_LISTCOMP: return for_call ? "list" : NULL;
    case GL_AST_DICT: case GL_AST_DICTCOMP: return for_call ? "dict" : NULL;
    case GL_AST_SET: case GL_AST_SETCOMP: return "set";
    case GL_AST_GENERATOREXP: return "generator";
    case GL_AST_JOINEDSTR: return "str";
    case GL_AST_LAMBDA: return for_call ? NULL : "function";
    default: return NULL;
    }
}

/* `1(...)`, `(1, 2)(...)`: "'int' object is not callable; perhaps you missed a comma?" */
static int
check_caller(GlCompiler *c, const GlAstExpr *f)
{
    const char *t = literal_type_name(f, 1);
    if (t == NULL || (f->kind == GL_AST_CONSTANT && 0)) {
        return 0;
    }
    return gl_cg_warn(c, f->lineno, "'%s' object is not callable; perhaps you missed a comma?", t);
}

/* `1[0]`, `{1}[0]`: not subscriptable; `[1][""]`: indices of the wrong type. */
static int
check_subscript(GlCompiler *c, const GlAstExpr *e)
{
    const GlAstExpr *v = e->v.Subscript.value, *k = e->v.Subscript.slice;
    if (v->kind == GL_AST_CONSTANT) {
        GlAstConstKind kind = v->v.Constant.kind;
        if (kind != GL_CONST_STR && kind != GL_CONST_BYTES) {
            return gl_cg_warn(c, e->lineno,
                              "'%s' object is not subscriptable; perhaps you missed a comma?",
                              literal_type_name(v, 0));
        }
    } else if (v->kind == GL_AST_SET || v->kind == GL_AST_SETCOMP
               || v->kind == GL_AST_GENERATOREXP || v->kind == GL_AST_LAMBDA) {
        return gl_cg_warn(c, e->lineno,
                          "'%s' object is not subscriptable; perhaps you missed a comma?",
                          literal_type_name(v, 0));
    }
    /* The container is a sequence display or literal: is the index an index? */
    const char *container = NULL;
    if (v->kind == GL_AST_CONSTANT && (v->v.Constant.kind == GL_CONST_STR
                                       || v->v.Constant.kind == GL_CONST_BYTES)) {
        container = v->v.Constant.kind == GL_CONST_STR ? "str" : "bytes";
    } else if (v->kind == GL_AST_TUPLE) {
        container = "tuple";
    } else if (v->kind == GL_AST_LIST || v->kind == GL_AST_LISTCOMP) {
        container = "list";
    } else if (v->kind == GL_AST_JOINEDSTR) {
        container = "str";
    }
    if (container == NULL) {
        return 0;
    }
    const char *index = NULL;
    if (k->kind == GL_AST_CONSTANT) {
        GlAstConstKind kind = k->v.Constant.kind;
        if (kind != GL_CONST_INT && kind != GL_CONST_TRUE && kind != GL_CONST_FALSE) {
            index = literal_type_name(k, 1);
        }
    } else if (k->kind == GL_AST_TUPLE || k->kind == GL_AST_LIST || k->kind == GL_AST_DICT
               || k->kind == GL_AST_SET || k->kind == GL_AST_JOINEDSTR
               || k->kind == GL_AST_LISTCOMP || k->kind == GL_AST_SETCOMP
               || k->kind == GL_AST_DICTCOMP || k->kind == GL_AST_GENERATOREXP
               || k->kind == GL_AST_LAMBDA) {
        index = k->kind == GL_AST_LAMBDA ? "function" : literal_type_name(k, 1);
    }
    if (index == NULL) {
        return 0;
    }
    return gl_cg_warn(c, e->lineno,
                      "%s indices must be integers or slices, not %s; perhaps you missed a comma?",
                      container, index);
}

/* `x is 1`: '"is" with a literal. Did you mean "=="?' */
static int
is_literal_for_is(const GlAstExpr *e)
{
    if (e->kind == GL_AST_CONSTANT) {
        GlAstConstKind k = e->v.Constant.kind;
        return k != GL_CONST_NONE && k != GL_CONST_TRUE && k != GL_CONST_FALSE
            && k != GL_CONST_ELLIPSIS;
    }
    if (e->kind == GL_AST_TUPLE) {   // folded to a constant tuple by CPython
        for (int i = 0; i < e->v.Tuple.elts.n; i++) {
            if (e->v.Tuple.elts.items[i]->kind != GL_AST_CONSTANT) {
                return 0;
            }
        }
        return 1;
    }
    return 0;
}

static int
check_compare(GlCompiler *c, const GlAstExpr *e)
{
    const GlAstExpr *left = e->v.Compare.left;
    for (int i = 0; i < e->v.Compare.ops.n; i++) {
        int op = e->v.Compare.ops.items[i];
        const GlAstExpr *right = e->v.Compare.comparators.items[i];
        if ((op == GL_AST_IS || op == GL_AST_ISNOT)
            && (is_literal_for_is(left) || is_literal_for_is(right))) {
            return gl_cg_warn(c, e->lineno, op == GL_AST_IS
                              ? "\"is\" with a literal. Did you mean \"==\"?"
                              : "\"is not\" with a literal. Did you mean \"!=\"?");
        }
        left = right;
    }
    return 0;
}

/* ---- calls ---- */

static int
keyword_names(GlCompiler *c, const GlAstKeywordSeq *kws)
{
    GlObject *t = GlTuple_New(kws->n);
    if (t == NULL) {
        return -1;
    }
    for (int i = 0; i < kws->n; i++) {
        GlObject *s = GlStr_InternFromString(kws->items[i]->arg);
        if (s == NULL) {
            Gl_DECREF(t);
            return -1;
        }
        GlTuple_SET_ITEM(t, i, s);
    }
    int idx = gl_cg_add_const(c, t);
    Gl_DECREF(t);
    TRY(idx);
    return gl_cg_emit(c, GL_OP_KW_NAMES, idx);
}

/* Stack has [callable, self_or_NULL, n_already extra positional args]. */
int
gl_cg_call_helper(GlCompiler *c, int n_already, const GlAstExprSeq *args,
                  const GlAstKeywordSeq *keywords)
{
    GlUnit *u = c->u;
    int saved[4] = {u->lineno, u->end_lineno, u->col, u->end_col};
    int star = has_starred(args);
    int dstar = 0;
    for (int i = 0; i < keywords->n; i++) {
        if (keywords->items[i]->arg == NULL) {
            dstar = 1;
        }
    }
    if (!star && !dstar) {
        TRY(exprs(c, args));
        for (int i = 0; i < keywords->n; i++) {
            TRY(gl_cg_expr(c, keywords->items[i]->value));
        }
        u->lineno = saved[0];
        u->end_lineno = saved[1];
        u->col = saved[2];
        u->end_col = saved[3];
        if (keywords->n > 0) {
            TRY(keyword_names(c, keywords));
        }
        return gl_cg_emit(c, GL_OP_CALL, n_already + args->n + keywords->n);
    }
    /* The general form: positional tuple, keyword dict, CALL_FUNCTION_EX. */
    if (n_already == 0 && args->n == 1 && args->items[0]->kind == GL_AST_STARRED) {
        /* f(*x): x itself goes to CALL_FUNCTION_EX (its error names the function). */
        TRY(gl_cg_expr(c, args->items[0]->v.Starred.value));
    } else if (n_already > 0 || star) {
        TRY(gl_cg_emit(c, GL_OP_BUILD_LIST, n_already));
        for (int i = 0; i < args->n; i++) {
            const GlAstExpr *a = args->items[i];
            if (a->kind == GL_AST_STARRED) {
                TRY(gl_cg_expr(c, a->v.Starred.value));
                TRY(gl_cg_emit(c, GL_OP_LIST_EXTEND, 1));
            } else {
                TRY(gl_cg_expr(c, a));
                TRY(gl_cg_emit(c, GL_OP_LIST_APPEND, 1));
            }
        }
        TRY(gl_cg_emit(c, GL_OP_LIST_TO_TUPLE, 0));
    } else {
        TRY(exprs(c, args));
        TRY(gl_cg_emit(c, GL_OP_BUILD_TUPLE, args->n));
    }
    int have_dict = 0, nkw = 0;
    for (int i = 0; i < keywords->n; i++) {
        const GlAstKeyword *kw = keywords->items[i];
        if (kw->arg == NULL) {
            if (nkw > 0) {
                TRY(gl_cg_emit(c, GL_OP_BUILD_MAP, nkw));
                if (have_dict) {
                    TRY(gl_cg_emit(c, GL_OP_DICT_MERGE, 1));
                }
                have_dict = 1;
                nkw = 0;
            }
            if (!have_dict) {
                TRY(gl_cg_emit(c, GL_OP_BUILD_MAP, 0));
                have_dict = 1;
            }
            TRY(gl_cg_expr(c, kw->value));
            TRY(gl_cg_emit(c, GL_OP_DICT_MERGE, 1));
        } else {
            GlObject *s = GlStr_InternFromString(kw->arg);
            TRY(gl_cg_load_const_new(c, s));
            TRY(gl_cg_expr(c, kw->value));
            nkw++;
        }
    }
    if (nkw > 0) {
        TRY(gl_cg_emit(c, GL_OP_BUILD_MAP, nkw));
        if (have_dict) {
            TRY(gl_cg_emit(c, GL_OP_DICT_MERGE, 1));
        }
        have_dict = 1;
    }
    u->lineno = saved[0];
    u->end_lineno = saved[1];
    u->col = saved[2];
    u->end_col = saved[3];
    return gl_cg_emit(c, GL_OP_CALL_FUNCTION_EX, have_dict ? 1 : 0);
}

static int
call_expr(GlCompiler *c, const GlAstExpr *e)
{
    const GlAstExpr *f = e->v.Call.func;
    TRY(check_caller(c, f));
    int simple = !has_starred(&e->v.Call.args);
    for (int i = 0; i < e->v.Call.keywords.n; i++) {
        if (e->v.Call.keywords.items[i]->arg == NULL) {
            simple = 0;
        }
    }
    if (f->kind == GL_AST_ATTRIBUTE && f->v.Attribute.ctx == GL_AST_LOAD && simple) {
        TRY(gl_cg_expr(c, f->v.Attribute.value));
        int ni = gl_cg_add_name(c, gl_cg_mangle(c, f->v.Attribute.attr));
        TRY(ni);
        gl_cg_set_loc_expr(c, f);
        TRY(gl_cg_emit(c, GL_OP_LOAD_METHOD, ni));
    } else if (f->kind == GL_AST_NAME && GlSTEntry_GetScope(c->u->ste, f->v.Name.id) != GL_SCOPE_LOCAL
               && c->u->ste->type == GL_BLOCK_FUNCTION
               && (GlSTEntry_GetScope(c->u->ste, f->v.Name.id) == GL_SCOPE_GLOBAL_IMPLICIT
                   || GlSTEntry_GetScope(c->u->ste, f->v.Name.id) == GL_SCOPE_GLOBAL_EXPLICIT)) {
        /* LOAD_GLOBAL pushes the NULL itself. */
        gl_cg_set_loc_expr(c, f);
        int ni = gl_cg_add_name(c, gl_cg_mangle(c, f->v.Name.id));
        TRY(ni);
        TRY(gl_cg_emit(c, GL_OP_LOAD_GLOBAL, ni << 1 | 1));
    } else {
        TRY(gl_cg_expr(c, f));
        TRY(gl_cg_emit(c, GL_OP_PUSH_NULL, 0));
    }
    gl_cg_set_loc_expr(c, e);
    return gl_cg_call_helper(c, 0, &e->v.Call.args, &e->v.Call.keywords);
}

/* ---- comparisons and boolean jumps ---- */

static int
compare_op(GlCompiler *c, int op)
{
    switch (op) {
    case GL_AST_EQ: return gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_EQ);
    case GL_AST_NOTEQ: return gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_NE);
    case GL_AST_LT: return gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_LT);
    case GL_AST_LTE: return gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_LE);
    case GL_AST_GT: return gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_GT);
    case GL_AST_GTE: return gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_GE);
    case GL_AST_IS: return gl_cg_emit(c, GL_OP_IS_OP, 0);
    case GL_AST_ISNOT: return gl_cg_emit(c, GL_OP_IS_OP, 1);
    case GL_AST_IN: return gl_cg_emit(c, GL_OP_CONTAINS_OP, 0);
    case GL_AST_NOTIN: return gl_cg_emit(c, GL_OP_CONTAINS_OP, 1);
    }
    return -1;
}

static int
compare_expr(GlCompiler *c, const GlAstExpr *e)
{
    TRY(check_compare(c, e));
    int n = e->v.Compare.ops.n;
    TRY(gl_cg_expr(c, e->v.Compare.left));
    if (n == 1) {
        TRY(gl_cg_expr(c, e->v.Compare.comparators.items[0]));
        gl_cg_set_loc_expr(c, e);
        return compare_op(c, e->v.Compare.ops.items[0]);
    }
    int cleanup = gl_cg_new_label(c), end = gl_cg_new_label(c);
    TRY(cleanup | end);
    for (int i = 0; i < n - 1; i++) {
        TRY(gl_cg_expr(c, e->v.Compare.comparators.items[i]));
        gl_cg_set_loc_expr(c, e);
        TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
        TRY(gl_cg_emit(c, GL_OP_COPY, 2));
        TRY(compare_op(c, e->v.Compare.ops.items[i]));
        TRY(gl_cg_jump(c, GL_OP_JUMP_IF_FALSE_OR_POP, cleanup));
    }
    TRY(gl_cg_expr(c, e->v.Compare.comparators.items[n - 1]));
    gl_cg_set_loc_expr(c, e);
    TRY(compare_op(c, e->v.Compare.ops.items[n - 1]));
    TRY(gl_cg_jump(c, GL_OP_JUMP, end));
    TRY(gl_cg_use_label(c, cleanup));
    TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
    TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
    return gl_cg_use_label(c, end);
}

/* Jump to label when truth(e) == cond; fall through otherwise. */
int
gl_cg_jump_if(GlCompiler *c, const GlAstExpr *e, int label, int cond)
{
    switch (e->kind) {
    case GL_AST_UNARYOP:
        if (e->v.UnaryOp.op == GL_AST_NOT) {
            return gl_cg_jump_if(c, e->v.UnaryOp.operand, label, !cond);
        }
        break;
    case GL_AST_BOOLOP: {
        const GlAstExprSeq *vals = &e->v.BoolOp.values;
        int cond2 = e->v.BoolOp.op == GL_AST_OR;
        int next2 = label;
        if (cond != cond2) {
            next2 = gl_cg_new_label(c);
            TRY(next2);
        }
        for (int i = 0; i < vals->n - 1; i++) {
            TRY(gl_cg_jump_if(c, vals->items[i], next2, cond2));
        }
        TRY(gl_cg_jump_if(c, vals->items[vals->n - 1], label, cond));
        if (next2 != label) {
            TRY(gl_cg_use_label(c, next2));
        }
        return 0;
    }
    case GL_AST_COMPARE:
        if (e->v.Compare.ops.n == 1 && cond == 0 && e->v.Compare.ops.items[0] <= GL_AST_GTE) {
            /* Fused compare-and-jump for `if a < b:` and loop tests. */
            static const int richop[] = {
                [GL_AST_EQ] = Gl_EQ, [GL_AST_NOTEQ] = Gl_NE, [GL_AST_LT] = Gl_LT,
                [GL_AST_LTE] = Gl_LE, [GL_AST_GT] = Gl_GT, [GL_AST_GTE] = Gl_GE,
            };
            TRY(gl_cg_expr(c, e->v.Compare.left));
            TRY(gl_cg_expr(c, e->v.Compare.comparators.items[0]));
            gl_cg_set_loc_expr(c, e);
            return gl_cg_jump_arg(c, GL_OP_COMPARE_OP_JUMP, label,
                                  richop[e->v.Compare.ops.items[0]]);
        }
        if (e->v.Compare.ops.n == 1) {
            int op = e->v.Compare.ops.items[0];
            const GlAstExpr *right = e->v.Compare.comparators.items[0];
            if ((op == GL_AST_IS || op == GL_AST_ISNOT) && right->kind == GL_AST_CONSTANT
                && right->v.Constant.kind == GL_CONST_NONE) {
                TRY(gl_cg_expr(c, e->v.Compare.left));
                gl_cg_set_loc_expr(c, e);
                int is_none_jump = (op == GL_AST_IS) == (cond != 0);
                return gl_cg_jump(c, is_none_jump ? GL_OP_POP_JUMP_IF_NONE
                                                  : GL_OP_POP_JUMP_IF_NOT_NONE, label);
            }
        }
        break;
    default:
        break;
    }
    TRY(gl_cg_expr(c, e));
    gl_cg_set_loc_expr(c, e);
    return gl_cg_jump(c, cond ? GL_OP_POP_JUMP_IF_TRUE : GL_OP_POP_JUMP_IF_FALSE, label);
}

static int
boolop_expr(GlCompiler *c, const GlAstExpr *e)
{
    int end = gl_cg_new_label(c);
    TRY(end);
    int op = e->v.BoolOp.op == GL_AST_AND ? GL_OP_JUMP_IF_FALSE_OR_POP : GL_OP_JUMP_IF_TRUE_OR_POP;
    const GlAstExprSeq *vals = &e->v.BoolOp.values;
    for (int i = 0; i < vals->n - 1; i++) {
        TRY(gl_cg_expr(c, vals->items[i]));
        TRY(gl_cg_jump(c, op, end));
    }
    TRY(gl_cg_expr(c, vals->items[vals->n - 1]));
    return gl_cg_use_label(c, end);
}

/* ---- comprehensions ---- */

static int
comprehension_generator(GlCompiler *c, const GlAstExpr *e, const GlAstComprehensionSeq *gens,
                        int gen_index, int depth, int type)
{
    const GlAstComprehension *gen = gens->items[gen_index];
    int start = gl_cg_new_label(c), if_cleanup = gl_cg_new_label(c),
        anchor = gl_cg_new_label(c);
    TRY(start | if_cleanup | anchor);
    if (gen_index == 0) {
        /* The iterator is the argument .0. */
        TRY(gl_cg_emit(c, GL_OP_LOAD_FAST, 0));
    } else {
        TRY(gl_cg_expr(c, gen->iter));
        gl_cg_set_loc_expr(c, gen->iter);
        TRY(gl_cg_emit(c, gen->is_async ? GL_OP_GET_AITER : GL_OP_GET_ITER, 0));
    }
    depth++;
    TRY(gl_cg_use_label(c, start));
    if (gen->is_async) {
        TRY(gl_cg_async_loop_head(c, anchor));   // anchor: END_ASYNC_FOR below
    } else {
        TRY(gl_cg_jump(c, GL_OP_FOR_ITER, anchor));
    }
    TRY(gl_cg_store(c, gen->target));
    for (int i = 0; i < gen->ifs.n; i++) {
        TRY(gl_cg_jump_if(c, gen->ifs.items[i], if_cleanup, 0));
    }
    if (gen_index + 1 < gens->n) {
        TRY(comprehension_generator(c, e, gens, gen_index + 1, depth, type));
    } else {
        switch (type) {
        case GL_AST_GENERATOREXP:
            TRY(gl_cg_expr(c, e->v.GeneratorExp.elt));
            if (c->u->ste->is_coroutine) {
                TRY(gl_cg_emit(c, GL_OP_ASYNC_GEN_WRAP, 0));
            }
            TRY(gl_cg_emit(c, GL_OP_YIELD_VALUE, 0));
            TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
            break;
        case GL_AST_LISTCOMP:
            TRY(gl_cg_expr(c, e->v.ListComp.elt));
            TRY(gl_cg_emit(c, GL_OP_LIST_APPEND, depth + 1));
            break;
        case GL_AST_SETCOMP:
            TRY(gl_cg_expr(c, e->v.SetComp.elt));
            TRY(gl_cg_emit(c, GL_OP_SET_ADD, depth + 1));
            break;
        case GL_AST_DICTCOMP:
            TRY(gl_cg_expr(c, e->v.DictComp.key));
            TRY(gl_cg_expr(c, e->v.DictComp.value));
            TRY(gl_cg_emit(c, GL_OP_MAP_ADD, depth + 1));
            break;
        }
    }
    TRY(gl_cg_use_label(c, if_cleanup));
    TRY(gl_cg_jump(c, GL_OP_JUMP, start));
    TRY(gl_cg_use_label(c, anchor));
    if (gen->is_async) {
        gl_cg_set_loc_expr(c, e);
        TRY(gl_cg_emit(c, GL_OP_END_ASYNC_FOR, 0));
    }
    return 0;
}

static int
comprehension(GlCompiler *c, const GlAstExpr *e)
{
    const char *name;
    const GlAstComprehensionSeq *gens;
    int build = -1;
    switch (e->kind) {
    case GL_AST_LISTCOMP: name = "<listcomp>"; gens = &e->v.ListComp.generators; build = GL_OP_BUILD_LIST; break;
    case GL_AST_SETCOMP: name = "<setcomp>"; gens = &e->v.SetComp.generators; build = GL_OP_BUILD_SET; break;
    case GL_AST_DICTCOMP: name = "<dictcomp>"; gens = &e->v.DictComp.generators; build = GL_OP_BUILD_MAP; break;
    default: name = "<genexpr>"; gens = &e->v.GeneratorExp.generators; break;
    }
    TRY(gl_cg_enter_scope(c, name, e, e->lineno));
    gl_cg_set_loc_expr(c, e);
    c->u->argcount = 1;
    if (build >= 0) {
        TRY(gl_cg_emit(c, build, 0));
    }
    if (comprehension_generator(c, e, gens, 0, 0, e->kind) < 0) {
        return -1;
    }
    if (build >= 0) {
        TRY(gl_cg_emit(c, GL_OP_RETURN_VALUE, 0));
    } else {
        TRY(gl_cg_load_const(c, Gl_None));
        TRY(gl_cg_emit(c, GL_OP_RETURN_VALUE, 0));
    }
    int is_async = c->u->ste->is_coroutine && e->kind != GL_AST_GENERATOREXP;
    GlObject *code = gl_cg_leave_scope(c);
    if (code == NULL) {
        return -1;
    }
    gl_cg_set_loc_expr(c, e);
    TRY(gl_cg_make_closure(c, code, 0));
    TRY(gl_cg_expr(c, gens->items[0]->iter));
    gl_cg_set_loc_expr(c, gens->items[0]->iter);
    TRY(gl_cg_emit(c, gens->items[0]->is_async ? GL_OP_GET_AITER : GL_OP_GET_ITER, 0));
    gl_cg_set_loc_expr(c, e);
    TRY(gl_cg_emit(c, GL_OP_CALL, 0));   // [func, iter]: func(iter)
    return is_async ? gl_cg_await(c, 0) : 0;   // an async comprehension is a coroutine
}

int
gl_cg_lambda(GlCompiler *c, const GlAstExpr *e)
{
    int flags = 0;
    TRY(gl_cg_defaults(c, e->v.Lambda.args, &flags));
    TRY(gl_cg_enter_scope(c, "<lambda>", e, e->lineno));
    /* co_consts[0] is None for lambdas (no docstring). */
    TRY(gl_cg_add_const(c, Gl_None));
    TRY(gl_cg_expr(c, e->v.Lambda.body));
    if (c->u->ste->is_generator) {
        TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
        TRY(gl_cg_load_const(c, Gl_None));
    }
    TRY(gl_cg_emit(c, GL_OP_RETURN_VALUE, 0));
    GlObject *code = gl_cg_leave_scope(c);
    if (code == NULL) {
        return -1;
    }
    gl_cg_set_loc_expr(c, e);
    return gl_cg_make_closure(c, code, flags);
}

/* ---- f-strings ---- */

static int
formatted_value(GlCompiler *c, const GlAstExpr *e)
{
    TRY(gl_cg_expr(c, e->v.FormattedValue.value));
    int conv = e->v.FormattedValue.conversion;
    int flags = conv == 's' ? 1 : conv == 'r' ? 2 : conv == 'a' ? 3 : 0;
    if (e->v.FormattedValue.format_spec) {
        TRY(gl_cg_expr(c, e->v.FormattedValue.format_spec));
        flags |= 4;
    }
    gl_cg_set_loc_expr(c, e);
    return gl_cg_emit(c, GL_OP_FORMAT_VALUE, flags);
}

static int
joined_str(GlCompiler *c, const GlAstExpr *e)
{
    const GlAstExprSeq *vals = &e->v.JoinedStr.values;
    if (vals->n == 0) {
        GlObject *s = GlStr_FromString("");
        return gl_cg_load_const_new(c, s);
    }
    TRY(exprs(c, vals));
    if (vals->n == 1 && vals->items[0]->kind == GL_AST_FORMATTEDVALUE) {
        return 0;
    }
    if (vals->n == 1) {
        return 0;
    }
    gl_cg_set_loc_expr(c, e);
    return gl_cg_emit(c, GL_OP_BUILD_STRING, vals->n);
}

/* ---- targets ---- */

static int
unpack_target(GlCompiler *c, const GlAstExpr *t, const GlAstExprSeq *elts)
{
    int n = elts->n, star = -1;
    for (int i = 0; i < n; i++) {
        if (elts->items[i]->kind == GL_AST_STARRED) {
            if (star >= 0) {
                return gl_cg_error(c, elts->items[i]->lineno, elts->items[i]->col_offset,
                                   "multiple starred expressions in assignment");
            }
            star = i;
        }
    }
    gl_cg_set_loc_expr(c, t);
    if (star >= 0) {
        if (star >= 256 || n - star - 1 >= (1 << 16)) {
            return gl_cg_error(c, t->lineno, t->col_offset,
                               "too many expressions in star-unpacking assignment");
        }
        TRY(gl_cg_emit(c, GL_OP_UNPACK_EX, star | ((n - star - 1) << 8)));
    } else {
        TRY(gl_cg_emit(c, GL_OP_UNPACK_SEQUENCE, n));
    }
    for (int i = 0; i < n; i++) {
        const GlAstExpr *elt = elts->items[i];
        TRY(gl_cg_store(c, elt->kind == GL_AST_STARRED ? elt->v.Starred.value : elt));
    }
    return 0;
}

int
gl_cg_store(GlCompiler *c, const GlAstExpr *t)
{
    switch (t->kind) {
    case GL_AST_NAME:
        gl_cg_set_loc_expr(c, t);
        return gl_cg_nameop(c, t->v.Name.id, GL_AST_STORE);
    case GL_AST_ATTRIBUTE: {
        TRY(gl_cg_expr(c, t->v.Attribute.value));
        int ni = gl_cg_add_name(c, gl_cg_mangle(c, t->v.Attribute.attr));
        TRY(ni);
        gl_cg_set_loc_expr(c, t);
        return gl_cg_emit(c, GL_OP_STORE_ATTR, ni);
    }
    case GL_AST_SUBSCRIPT:
        TRY(gl_cg_expr(c, t->v.Subscript.value));
        TRY(gl_cg_expr(c, t->v.Subscript.slice));
        gl_cg_set_loc_expr(c, t);
        return gl_cg_emit(c, GL_OP_STORE_SUBSCR, 0);
    case GL_AST_TUPLE:
        return unpack_target(c, t, &t->v.Tuple.elts);
    case GL_AST_LIST:
        return unpack_target(c, t, &t->v.List.elts);
    case GL_AST_STARRED:
        return gl_cg_error(c, t->lineno, t->col_offset,
                           "starred assignment target must be in a list or tuple");
    default:
        return gl_cg_error(c, t->lineno, t->col_offset, "cannot assign to expression");
    }
}

/* ---- the dispatcher ---- */

int
gl_cg_expr(GlCompiler *c, const GlAstExpr *e)
{
    GlUnit *u = c->u;
    int saved[4] = {u->lineno, u->end_lineno, u->col, u->end_col};
    if (++c->nested_depth > 6000 || GlCore_StackLow()) {
        GlErr_SetString(GlExc_RecursionError, "maximum recursion depth exceeded during compilation");
        return -1;
    }
    gl_cg_set_loc_expr(c, e);
    int r = 0;
    switch (e->kind) {
    case GL_AST_CONSTANT: {
        GlObject *v = gl_cg_constant(c, &e->v.Constant);
        r = gl_cg_load_const_new(c, v);
        break;
    }
    case GL_AST_NAME:
        r = gl_cg_nameop(c, e->v.Name.id, e->v.Name.ctx);
        break;
    case GL_AST_BOOLOP:
        r = boolop_expr(c, e);
        break;
    case GL_AST_NAMEDEXPR:
        r = gl_cg_expr(c, e->v.NamedExpr.value);
        if (r == 0) {
            r = gl_cg_emit(c, GL_OP_COPY, 1);
        }
        if (r == 0) {
            r = gl_cg_store(c, e->v.NamedExpr.target);
        }
        break;
    case GL_AST_BINOP: {
        GlObject *folded = gl_cg_fold(c, e);
        if (folded != NULL) {
            r = gl_cg_load_const_new(c, folded);
            break;
        }
        r = gl_cg_expr(c, e->v.BinOp.left);
        if (r == 0) {
            r = gl_cg_expr(c, e->v.BinOp.right);
        }
        if (r == 0) {
            gl_cg_set_loc_expr(c, e);
            r = gl_cg_emit(c, GL_OP_BINARY_OP, binop_nb[e->v.BinOp.op]);
        }
        break;
    }
    case GL_AST_UNARYOP: {
        GlObject *folded = gl_cg_fold(c, e);
        if (folded != NULL) {
            r = gl_cg_load_const_new(c, folded);
            break;
        }
        r = gl_cg_expr(c, e->v.UnaryOp.operand);
        if (r == 0) {
            gl_cg_set_loc_expr(c, e);
            static const int ops[] = {
                [GL_AST_INVERT] = GL_OP_UNARY_INVERT, [GL_AST_NOT] = GL_OP_UNARY_NOT,
                [GL_AST_UADD] = GL_OP_UNARY_POSITIVE, [GL_AST_USUB] = GL_OP_UNARY_NEGATIVE,
            };
            r = gl_cg_emit(c, ops[e->v.UnaryOp.op], 0);
        }
        break;
    }
    case GL_AST_LAMBDA:
        r = gl_cg_lambda(c, e);
        break;
    case GL_AST_IFEXP: {
        int orelse = gl_cg_new_label(c), end = gl_cg_new_label(c);
        r = (orelse < 0 || end < 0) ? -1 : 0;
        if (r == 0) r = gl_cg_jump_if(c, e->v.IfExp.test, orelse, 0);
        if (r == 0) r = gl_cg_expr(c, e->v.IfExp.body);
        if (r == 0) r = gl_cg_jump(c, GL_OP_JUMP, end);
        if (r == 0) r = gl_cg_use_label(c, orelse);
        if (r == 0) r = gl_cg_expr(c, e->v.IfExp.orelse);
        if (r == 0) r = gl_cg_use_label(c, end);
        break;
    }
    case GL_AST_DICT:
        r = dict_display(c, e);
        break;
    case GL_AST_SET:
        r = starunpack(c, &e->v.Set.elts, GL_OP_BUILD_SET);
        break;
    case GL_AST_LIST:
        if (e->v.List.ctx == GL_AST_STORE) {
            r = gl_cg_store(c, e);
        } else {
            r = starunpack(c, &e->v.List.elts, GL_OP_BUILD_LIST);
        }
        break;
    case GL_AST_TUPLE: {
        if (e->v.Tuple.ctx == GL_AST_STORE) {
            r = gl_cg_store(c, e);
            break;
        }
        GlObject *folded = gl_cg_fold(c, e);
        if (folded != NULL) {
            r = gl_cg_load_const_new(c, folded);
        } else {
            r = starunpack(c, &e->v.Tuple.elts, GL_OP_BUILD_TUPLE);
        }
        break;
    }
    case GL_AST_LISTCOMP:
    case GL_AST_SETCOMP:
    case GL_AST_DICTCOMP:
    case GL_AST_GENERATOREXP:
        r = comprehension(c, e);
        break;
    case GL_AST_YIELD:
        if (e->v.Yield.value) {
            r = gl_cg_expr(c, e->v.Yield.value);
        } else {
            r = gl_cg_load_const(c, Gl_None);
        }
        if (r == 0) {
            gl_cg_set_loc_expr(c, e);
            if (c->u->ste->is_coroutine) {
                r = gl_cg_emit(c, GL_OP_ASYNC_GEN_WRAP, 0);
            }
        }
        if (r == 0) {
            r = gl_cg_emit(c, GL_OP_YIELD_VALUE, 0);
        }
        break;
    case GL_AST_AWAIT:
        r = gl_cg_expr(c, e->v.Await.value);
        gl_cg_set_loc_expr(c, e);
        if (r == 0) {
            r = gl_cg_await(c, 0);
        }
        break;
    case GL_AST_YIELDFROM: {
        int send = gl_cg_new_label(c), exit = gl_cg_new_label(c);
        r = (send < 0 || exit < 0) ? -1 : 0;
        if (r == 0) r = gl_cg_expr(c, e->v.YieldFrom.value);
        gl_cg_set_loc_expr(c, e);
        if (r == 0) r = gl_cg_emit(c, GL_OP_GET_YIELD_FROM_ITER, 0);
        if (r == 0) r = gl_cg_load_const(c, Gl_None);
        if (r == 0) r = gl_cg_use_label(c, send);
        if (r == 0) r = gl_cg_jump(c, GL_OP_SEND, exit);
        if (r == 0) r = gl_cg_emit(c, GL_OP_YIELD_VALUE, 0);
        if (r == 0) r = gl_cg_jump(c, GL_OP_JUMP, send);
        if (r == 0) r = gl_cg_use_label(c, exit);
        break;
    }
    case GL_AST_COMPARE:
        r = compare_expr(c, e);
        break;
    case GL_AST_CALL:
        r = call_expr(c, e);
        break;
    case GL_AST_FORMATTEDVALUE:
        r = formatted_value(c, e);
        break;
    case GL_AST_JOINEDSTR:
        r = joined_str(c, e);
        break;
    case GL_AST_ATTRIBUTE:
        if (e->v.Attribute.ctx == GL_AST_STORE) {
            r = gl_cg_store(c, e);
        } else {
            r = gl_cg_expr(c, e->v.Attribute.value);
            if (r == 0) {
                int ni = gl_cg_add_name(c, gl_cg_mangle(c, e->v.Attribute.attr));
                gl_cg_set_loc_expr(c, e);
                r = ni < 0 ? -1 : gl_cg_emit(c, GL_OP_LOAD_ATTR, ni);
            }
        }
        break;
    case GL_AST_SUBSCRIPT:
        if (e->v.Subscript.ctx == GL_AST_STORE) {
            r = gl_cg_store(c, e);
        } else {
            r = check_subscript(c, e);
            if (r == 0) r = gl_cg_expr(c, e->v.Subscript.value);
            if (r == 0) r = gl_cg_expr(c, e->v.Subscript.slice);
            gl_cg_set_loc_expr(c, e);
            if (r == 0) r = gl_cg_emit(c, GL_OP_BINARY_SUBSCR, 0);
        }
        break;
    case GL_AST_STARRED:
        r = gl_cg_error(c, e->lineno, e->col_offset, "can't use starred expression here");
        break;
    case GL_AST_SLICE: {
        int n = 2;
        if (e->v.Slice.lower) {
            r = gl_cg_expr(c, e->v.Slice.lower);
        } else {
            r = gl_cg_load_const(c, Gl_None);
        }
        if (r == 0) {
            r = e->v.Slice.upper ? gl_cg_expr(c, e->v.Slice.upper) : gl_cg_load_const(c, Gl_None);
        }
        if (r == 0 && e->v.Slice.step) {
            r = gl_cg_expr(c, e->v.Slice.step);
            n = 3;
        }
        gl_cg_set_loc_expr(c, e);
        if (r == 0) r = gl_cg_emit(c, GL_OP_BUILD_SLICE, n);
        break;
    }
    }
    c->nested_depth--;
    u->lineno = saved[0];
    u->end_lineno = saved[1];
    u->col = saved[2];
    u->end_col = saved[3];
    return r;
}
