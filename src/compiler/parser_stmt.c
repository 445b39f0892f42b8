/*
 * parser_stmt.c - recursive-descent parsing of Python 3.11 statements: simple statements
 * (assignments of every form, del, import, global, ...), blocks and compound statements
 * (def, class, if, while, for, try, with, decorators).
 *
 * Invariants:
 * - A statement's position runs from its first token (the `def`/`class` keyword for
 *   decorated definitions, as CPython) to the end of its last token.
 * - Block nesting is bounded by the tokenizer's indentation limit (100 levels) plus one
 *   level for a simple-statement block on the header's line, so recursion is bounded.
 *
 * CPython behaviour matched: python.gram 3.11 statements and their invalid_* rules for the
 * common messages ("expected ':'", "expected an indented block after ...", invalid
 * assignment targets, annotated-assignment targets, import trailing commas).
 */
#include "parser_int.h"

#include <string.h>

#define PEEK(k) GlParser_Peek(p, (k))
#define TYPE(k) (GlParser_Peek(p, (k))->type)

static int bare_tuple(const GlAstExpr *e);

static int block(GlParser *p, GlAstStmtSeq *out, const char *what, const GlToken *hdr);
static GlAstStmt *async_stmt(GlParser *p, GlVec *decorators);

static void
stmt_seq(GlAstStmtSeq *s, GlVec *v)
{
    s->n = v->n;
    s->items = (GlAstStmt **)v->items;
}

static void
expr_seq(GlAstExprSeq *s, GlVec *v)
{
    s->n = v->n;
    s->items = (GlAstExpr **)v->items;
}

/* "expected ':'" at the current token (zero width), unless something more specific. */
static GlToken *
expect_colon(GlParser *p)
{
    GlToken *t = PEEK(0);
    if (t->type == GL_TOK_COLON) {
        return GlParser_Next(p);
    }
    if (t->type == GL_TOK_ERROR) {
        return NULL;
    }
    if (GlParser_AtEof(p, t)) {
        return GlParser_ErrorAtEof(p, GL_ERR_SYNTAX, "expected ':'");
    }
    if (t->type == GL_TOK_NEWLINE) {
        // at CPython's NEWLINE token: after any blanks, spanning a comment
        GlParser_ErrorRange(p, GL_ERR_SYNTAX, t->lineno, t->col, t->lineno, t->end_col - 1,
                            "expected ':'");
        return NULL;
    }
    if (t->type == GL_TOK_NEWLINE || t->type == GL_TOK_ENDMARKER) {
        GlToken *prev = GlParser_Prev(p);
        GlParser_ErrorRange(p, GL_ERR_SYNTAX, prev->end_lineno, prev->end_col,
                            prev->end_lineno, prev->end_col, "expected ':'");
        return NULL;
    }
    return GlParser_Invalid(p);
}

/* A forced token (CPython's &&'x'): "expected 'x'" whatever comes instead. */
static GlToken *
expect_forced(GlParser *p, GlTokType type)
{
    GlToken *t = PEEK(0);
    if (t->type == type) {
        return GlParser_Next(p);
    }
    if (t->type == GL_TOK_ERROR) {
        return NULL;
    }
    if (GlParser_AtEof(p, t) && !GlParser_Failed(p)) {
        // at CPython's position-less end token: offset and end_offset 0
        GlParser_ErrorAtEof(p, GL_ERR_SYNTAX, "expected '%s'", GlToken_Name(type));
        p->err->offset = 0;
        p->err->end_offset = 0;
        return NULL;
    }
    if (type == GL_TOK_COLON && (t->type == GL_TOK_NEWLINE || t->type == GL_TOK_ENDMARKER)) {
        return expect_colon(p);
    }
    return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "expected '%s'", GlToken_Name(type));
}

/* `if x = 1:` and friends: a named_expression followed by '='. */
static void *
invalid_named_assignment(GlParser *p, GlAstExpr *e)
{
    if (TYPE(0) != GL_TOK_EQUAL || !GlParser_IsBitwiseOrLevel(e)) {
        return GlParser_Invalid(p);
    }
    GlParser_Next(p);
    GlAstExpr *rhs = GlParser_BitwiseOr(p);
    if (rhs == NULL) {
        return NULL;
    }
    if (TYPE(0) == GL_TOK_EQUAL || TYPE(0) == GL_TOK_COLONEQUAL) {
        return GlParser_Invalid(p);
    }
    if (e->kind == GL_AST_NAME) {
        return GlParser_ErrorRange(p, GL_ERR_SYNTAX, e->lineno, e->col_offset, rhs->end_lineno,
                                   rhs->end_col_offset, "invalid syntax. Maybe you meant '==' "
                                   "or ':=' instead of '='?");
    }
    if (e->kind == GL_AST_LIST || e->kind == GL_AST_TUPLE || e->kind == GL_AST_GENERATOREXP ||
        (e->kind == GL_AST_CONSTANT && e->v.Constant.kind <= GL_CONST_FALSE)) {
        return GlParser_Invalid(p);
    }
    return GlParser_ErrorExpr(p, e, "cannot assign to %s here. Maybe you meant '==' instead "
                              "of '='?", GlParser_ExprName(e));
}

static GlAstExpr *
condition(GlParser *p)
{
    GlAstExpr *e = GlParser_NamedExpression(p);
    if (e != NULL && TYPE(0) == GL_TOK_EQUAL) {
        return invalid_named_assignment(p, e);
    }
    return e;
}

/* ---- simple statements ------------------------------------------------------------------ */

static GlAstExpr *
yield_or_star_expressions(GlParser *p)
{
    if (TYPE(0) == GL_TOK_KW_YIELD) {
        return GlParser_YieldExpr(p);
    }
    return GlParser_StarExpressions(p);
}

/* First invalid sub-target of an assignment target, or NULL if it is valid. */
static GlAstExpr *
invalid_target(GlAstExpr *e)
{
    switch (e->kind) {
    case GL_AST_NAME: case GL_AST_ATTRIBUTE: case GL_AST_SUBSCRIPT:
        return NULL;
    case GL_AST_STARRED:
        return invalid_target(e->v.Starred.value);
    case GL_AST_TUPLE: case GL_AST_LIST: {
        GlAstExprSeq *s = e->kind == GL_AST_TUPLE ? &e->v.Tuple.elts : &e->v.List.elts;
        for (int i = 0; i < s->n; i++) {
            GlAstExpr *bad = invalid_target(s->items[i]);
            if (bad != NULL) {
                return bad;
            }
        }
        return NULL;
    }
    default:
        return e;
    }
}

static GlAstStmt *
assignment_rest(GlParser *p, GlAstStmt *s, GlAstExpr *first)
{
    GlVec targets = {0};
    GlAstExpr *value = first;
    while (GlParser_Accept(p, GL_TOK_EQUAL)) {
        if (GlVec_Push(p, &targets, value) < 0) {
            return NULL;
        }
        value = yield_or_star_expressions(p);
        if (value == NULL) {
            return NULL;
        }
    }
    for (int i = 0; i < targets.n; i++) {
        GlAstExpr *t = targets.items[i];
        GlAstExpr *bad = invalid_target(t);
        /* a bare yield is no bitwise_or: only "(yield) = x" gets the "here" message */
        int paren = t->lineno != s->lineno || t->col_offset != s->col_offset;
        if ((t->kind == GL_AST_YIELD || t->kind == GL_AST_YIELDFROM) &&
            !(i == 0 && targets.n == 1 && paren && GlParser_IsBitwiseOrLevel(value) &&
              value->kind != GL_AST_TUPLE)) {
            return GlParser_ErrorExpr(p, t, "assignment to yield expression not possible");
        }
        if (bad != NULL) {
            /* CPython's invalid_named_expression: the whole target, not a tuple or list, or
             * the last element of a tuple without parentheses ("a, f() = 1") */
            const GlAstExpr *whole = bare_tuple(t) ? t->v.Tuple.elts.items[t->v.Tuple.elts.n - 1]
                                                   : t;
            /* ... followed by '=' and a bitwise_or (the first of a bare tuple) */
            const GlAstExpr *rhs = bare_tuple(value) ? value->v.Tuple.elts.items[0] : value;
            int named = i == 0 && targets.n == 1 && GlParser_IsBitwiseOrLevel(rhs);
            if (named && whole != t && whole->kind == GL_AST_NAME) {
                /* NAME '=' bitwise_or */
                return GlParser_ErrorRange(p, GL_ERR_SYNTAX, whole->lineno - p->fstring_line,
                                           whole->col_offset -
                                           (whole->lineno - p->fstring_line == 1
                                            ? p->fstring_col : 0),
                                           rhs->end_lineno - p->fstring_line,
                                           rhs->end_col_offset -
                                           (rhs->end_lineno - p->fstring_line == 1
                                            ? p->fstring_col : 0),
                                           "invalid syntax. Maybe you meant '==' or ':=' "
                                           "instead of '='?");
            }
            /* (the last element of a bare tuple even when it is a valid target) */
            const GlAstExpr *h = whole != t ? whole : bad;
            int here = named && (whole != t || bad == t) && GlParser_IsBitwiseOrLevel(h) &&
                       !(h->kind == GL_AST_LIST || h->kind == GL_AST_TUPLE ||
                         h->kind == GL_AST_GENERATOREXP ||
                         (h->kind == GL_AST_CONSTANT &&
                          h->v.Constant.kind <= GL_CONST_FALSE));
            if (here) {
                return GlParser_ErrorExpr(p, h, "cannot assign to %s here. Maybe you meant "
                                          "'==' instead of '='?", GlParser_ExprName(h));
            }
            return GlParser_ErrorExpr(p, bad, "cannot assign to %s", GlParser_ExprName(bad));
        }
        if (GlParser_SetContext(p, t, GL_AST_STORE) < 0) {
            return NULL;
        }
    }
    s->kind = GL_AST_ASSIGN;
    expr_seq(&s->v.Assign.targets, &targets);
    s->v.Assign.value = value;
    GlParser_EndStmt(p, s);
    return s;
}

/* A tuple written without parentheses (its first element starts where it does). */
static int
bare_tuple(const GlAstExpr *e)
{
    if (e->kind != GL_AST_TUPLE || e->v.Tuple.elts.n == 0) {
        return 0;
    }
    const GlAstExpr *e0 = e->v.Tuple.elts.items[0];
    return e0->lineno == e->lineno && e0->col_offset == e->col_offset;
}

static int
augassign_op(GlTokType t)
{
    switch (t) {
    case GL_TOK_PLUSEQUAL: return GL_AST_ADD;
    case GL_TOK_MINEQUAL: return GL_AST_SUB;
    case GL_TOK_STAREQUAL: return GL_AST_MULT;
    case GL_TOK_ATEQUAL: return GL_AST_MATMULT;
    case GL_TOK_SLASHEQUAL: return GL_AST_DIV;
    case GL_TOK_PERCENTEQUAL: return GL_AST_MOD;
    case GL_TOK_AMPEREQUAL: return GL_AST_BITAND;
    case GL_TOK_VBAREQUAL: return GL_AST_BITOR;
    case GL_TOK_CIRCUMFLEXEQUAL: return GL_AST_BITXOR;
    case GL_TOK_LEFTSHIFTEQUAL: return GL_AST_LSHIFT;
    case GL_TOK_RIGHTSHIFTEQUAL: return GL_AST_RSHIFT;
    case GL_TOK_DOUBLESTAREQUAL: return GL_AST_POW;
    case GL_TOK_DOUBLESLASHEQUAL: return GL_AST_FLOORDIV;
    default: return 0;
    }
}

static GlAstStmt *
expr_or_assign_stmt(GlParser *p)
{
    GlToken *start = PEEK(0);
    GlAstStmt *s = GlParser_NewStmt(p, GL_AST_EXPR, start);
    if (s == NULL) {
        return NULL;
    }
    GlAstExpr *first = yield_or_star_expressions(p);
    if (first == NULL) {
        return NULL;
    }
    GlTokType t = TYPE(0);
    if (t == GL_TOK_COLON) {
        /* annotated assignment */
        if (first->kind == GL_AST_TUPLE || first->kind == GL_AST_LIST) {
            int bare = first->kind == GL_AST_TUPLE && start->type != GL_TOK_LPAR &&
                       first->v.Tuple.elts.n > 0;
            return GlParser_ErrorExpr(p, bare ? first->v.Tuple.elts.items[0] : first,
                                      "only single target (not %s) can be annotated",
                                      first->kind == GL_AST_TUPLE ? "tuple" : "list");
        }
        if (first->kind != GL_AST_NAME && first->kind != GL_AST_ATTRIBUTE &&
            first->kind != GL_AST_SUBSCRIPT) {
            // CPython's invalid_assignment needs `expression ':' expression`
            GlTokType after = TYPE(1);
            if (after == GL_TOK_NEWLINE || after == GL_TOK_ENDMARKER || after == GL_TOK_SEMI) {
                return GlParser_ErrorTok(p, GL_ERR_SYNTAX, PEEK(0), PEEK(0), "invalid syntax");
            }
            return GlParser_ErrorExpr(p, first, "illegal target for annotation");
        }
        GlParser_Next(p);
        GlAstExpr *ann = GlParser_Expression(p);
        if (ann == NULL || GlParser_SetContext(p, first, GL_AST_STORE) < 0) {
            return NULL;
        }
        s->kind = GL_AST_ANNASSIGN;
        s->v.AnnAssign.target = first;
        s->v.AnnAssign.annotation = ann;
        s->v.AnnAssign.simple = first->kind == GL_AST_NAME && start->type != GL_TOK_LPAR;
        GlParser_EndStmt(p, s);
        if (GlParser_Accept(p, GL_TOK_EQUAL)) {
            GlAstExpr *v = yield_or_star_expressions(p);
            if (v == NULL) {
                return NULL;
            }
            s->v.AnnAssign.value = v;
            GlParser_EndStmt(p, s);
        }
        return s;
    }
    int op = augassign_op(t);
    if (op != 0) {
        if (first->kind != GL_AST_NAME && first->kind != GL_AST_ATTRIBUTE &&
            first->kind != GL_AST_SUBSCRIPT) {
            return GlParser_ErrorExpr(p, first, "'%s' is an illegal expression for augmented "
                                      "assignment", GlParser_ExprName(first));
        }
        GlParser_Next(p);
        GlAstExpr *v = yield_or_star_expressions(p);
        if (v == NULL || GlParser_SetContext(p, first, GL_AST_STORE) < 0) {
            return NULL;
        }
        s->kind = GL_AST_AUGASSIGN;
        s->v.AugAssign.target = first;
        s->v.AugAssign.op = (GlAstOperator)op;
        s->v.AugAssign.value = v;
        GlParser_EndStmt(p, s);
        return s;
    }
    if (t == GL_TOK_EQUAL) {
        return assignment_rest(p, s, first);
    }
    /* legacy print/exec statement */
    if (first->kind == GL_AST_NAME && (t == GL_TOK_NAME || t == GL_TOK_STRING ||
                                       t == GL_TOK_NUMBER) &&
        (strcmp(first->v.Name.id, "print") == 0 || strcmp(first->v.Name.id, "exec") == 0)) {
        int save = p->pos;
        GlAstExpr *arg = GlParser_StarExpressions(p);
        if (arg != NULL) {
            return GlParser_ErrorRange(p, GL_ERR_SYNTAX, first->lineno, first->col_offset,
                                       arg->end_lineno, arg->end_col_offset,
                                       "Missing parentheses in call to '%s'. Did you mean "
                                       "%s(...)?", first->v.Name.id, first->v.Name.id);
        }
        p->pos = save;
    }
    s->v.Expr.value = first;
    GlParser_EndStmt(p, s);
    GlParser_EndStmt(p, s);
    return s;
}

static GlAstStmt *
del_stmt(GlParser *p, GlToken *start, GlAstStmt *s)
{
    GlVec targets = {0};
    (void)start;
    do {
        if (TYPE(0) == GL_TOK_NEWLINE || TYPE(0) == GL_TOK_SEMI) {
            if (targets.n > 0) {
                break;
            }
        }
        GlAstExpr *e = TYPE(0) == GL_TOK_STAR ? GlParser_StarExpression(p)
                                              : GlParser_BitwiseOr(p);
        if (e == NULL) {
            return NULL;
        }
        if (TYPE(0) != GL_TOK_COMMA && TYPE(0) != GL_TOK_NEWLINE && TYPE(0) != GL_TOK_SEMI &&
            TYPE(0) != GL_TOK_ENDMARKER) {
            return GlParser_Invalid(p);
        }
        if (GlParser_SetContext(p, e, GL_AST_DEL) < 0 || GlVec_Push(p, &targets, e) < 0) {
            return NULL;
        }
    } while (GlParser_Accept(p, GL_TOK_COMMA));
    expr_seq(&s->v.Delete.targets, &targets);
    GlParser_EndStmt(p, s);
    return s;
}

static int
dotted_name(GlParser *p, const char **out)
{
    GlToken *first = PEEK(0);
    if (first->type != GL_TOK_NAME) {
        GlParser_Invalid(p);
        return -1;
    }
    GlParser_Next(p);
    int first_i = p->pos - 1, last_i = first_i;
    while (TYPE(0) == GL_TOK_DOT && TYPE(1) == GL_TOK_NAME) {
        GlParser_Next(p);
        GlParser_Next(p);
        last_i = p->pos - 1;
    }
    GlToken *last = GlParser_Tok(p, last_i);
    if (last_i == first_i) {
        *out = GlParser_Ident(p, first);
    } else {
        /* rebuild without whitespace: "a . b" is "a.b" */
        char buf[1024];
        size_t n = 0;
        for (int i = first_i; i <= last_i; i++) {
            GlToken *t = GlParser_Tok(p, i);
            size_t l = (size_t)(t->end - t->start);
            if (n + l >= sizeof(buf)) {
                GlParser_ErrorTok(p, GL_ERR_SYNTAX, first, last, "dotted name too long");
                return -1;
            }
            memcpy(buf + n, t->start, l);
            n += l;
        }
        *out = GlArena_Intern(p->arena, buf, n);
    }
    if (*out == NULL) {
        GlParser_NoMem(p);
        return -1;
    }
    return 0;
}

static GlAstAlias *
alias(GlParser *p, int dotted)
{
    GlToken *start = PEEK(0);
    GlAstAlias *a = GlArena_Alloc(p->arena, sizeof(GlAstAlias));
    if (a == NULL) {
        return GlParser_NoMem(p);
    }
    if (dotted) {
        if (dotted_name(p, &a->name) < 0) {
            return NULL;
        }
    } else {
        if (start->type != GL_TOK_NAME) {
            return GlParser_Invalid(p);
        }
        GlParser_Next(p);
        a->name = GlParser_Ident(p, start);
    }
    if (GlParser_Accept(p, GL_TOK_KW_AS)) {
        GlToken *n = PEEK(0);
        if (n->type != GL_TOK_NAME) {
            return GlParser_Invalid(p);
        }
        GlParser_Next(p);
        a->asname = GlParser_Ident(p, n);
    }
    GlToken *end = GlParser_Prev(p);
    a->lineno = start->lineno;
    a->col_offset = start->col;
    a->end_lineno = end->end_lineno;
    a->end_col_offset = end->end_col;
    return a;
}

static GlAstStmt *
import_stmt(GlParser *p, GlAstStmt *s)
{
    GlVec names = {0};
    do {
        GlAstAlias *a = alias(p, 1);
        if (a == NULL || GlVec_Push(p, &names, a) < 0) {
            return NULL;
        }
    } while (GlParser_Accept(p, GL_TOK_COMMA));
    s->v.Import.names.n = names.n;
    s->v.Import.names.items = (GlAstAlias **)names.items;
    GlParser_EndStmt(p, s);
    return s;
}

static GlAstStmt *
from_import_stmt(GlParser *p, GlAstStmt *s)
{
    int level = 0;
    for (;;) {
        if (GlParser_Accept(p, GL_TOK_DOT)) {
            level++;
        } else if (GlParser_Accept(p, GL_TOK_ELLIPSIS)) {
            level += 3;
        } else {
            break;
        }
    }
    s->v.ImportFrom.level = level;
    if (TYPE(0) != GL_TOK_KW_IMPORT || level == 0) {
        if (dotted_name(p, &s->v.ImportFrom.module) < 0) {
            return NULL;
        }
    }
    if (GlParser_Expect(p, GL_TOK_KW_IMPORT) == NULL) {
        return NULL;
    }
    GlVec names = {0};
    GlToken *star = PEEK(0);
    if (star->type == GL_TOK_STAR) {
        GlParser_Next(p);
        GlAstAlias *a = GlArena_Alloc(p->arena, sizeof(GlAstAlias));
        if (a == NULL || GlVec_Push(p, &names, a) < 0) {
            return GlParser_NoMem(p);
        }
        a->name = GlArena_Intern(p->arena, "*", 1);
        a->lineno = a->end_lineno = star->lineno;
        a->col_offset = star->col;
        a->end_col_offset = star->end_col;
    } else {
        int paren = GlParser_Accept(p, GL_TOK_LPAR) != NULL;
        for (;;) {
            GlAstAlias *a = alias(p, 0);
            if (a == NULL || GlVec_Push(p, &names, a) < 0) {
                return NULL;
            }
            if (!GlParser_Accept(p, GL_TOK_COMMA)) {
                break;
            }
            if (paren && TYPE(0) == GL_TOK_RPAR) {
                break;
            }
            if (!paren && (TYPE(0) == GL_TOK_NEWLINE || TYPE(0) == GL_TOK_SEMI ||
                           TYPE(0) == GL_TOK_ENDMARKER)) {
                GlToken *c = GlParser_Prev(p);
                GlParser_ErrorRange(p, GL_ERR_SYNTAX, c->lineno, c->end_col, c->lineno,
                                    c->end_col, "trailing comma not allowed without "
                                    "surrounding parentheses");
                return NULL;
            }
        }
        if (paren && GlParser_Expect(p, GL_TOK_RPAR) == NULL) {
            return NULL;
        }
    }
    s->v.ImportFrom.names.n = names.n;
    s->v.ImportFrom.names.items = (GlAstAlias **)names.items;
    GlParser_EndStmt(p, s);
    return s;
}

static GlAstStmt *
names_stmt(GlParser *p, GlAstStmt *s, GlAstIdentSeq *out)
{
    GlVec names = {0};
    do {
        GlToken *t = PEEK(0);
        if (t->type != GL_TOK_NAME) {
            return GlParser_Invalid(p);
        }
        GlParser_Next(p);
        const char *id = GlParser_Ident(p, t);
        if (id == NULL || GlVec_Push(p, &names, (void *)id) < 0) {
            return NULL;
        }
    } while (GlParser_Accept(p, GL_TOK_COMMA));
    out->n = names.n;
    out->items = (const char **)names.items;
    GlParser_EndStmt(p, s);
    return s;
}

static GlAstStmt *
simple_stmt(GlParser *p)
{
    GlToken *start = PEEK(0);
    GlAstStmt *s;
    switch (start->type) {
    case GL_TOK_KW_PASS: case GL_TOK_KW_BREAK: case GL_TOK_KW_CONTINUE:
        GlParser_Next(p);
        return GlParser_NewStmt(p, start->type == GL_TOK_KW_PASS ? GL_AST_PASS :
                                start->type == GL_TOK_KW_BREAK ? GL_AST_BREAK :
                                GL_AST_CONTINUE, start);
    case GL_TOK_KW_RETURN:
        GlParser_Next(p);
        s = GlParser_NewStmt(p, GL_AST_RETURN, start);
        if (s != NULL && TYPE(0) != GL_TOK_NEWLINE && TYPE(0) != GL_TOK_SEMI &&
            TYPE(0) != GL_TOK_ENDMARKER) {
            s->v.Return.value = GlParser_StarExpressions(p);
            if (s->v.Return.value == NULL) {
                return NULL;
            }
            GlParser_EndStmt(p, s);
        }
        return s;
    case GL_TOK_KW_RAISE:
        GlParser_Next(p);
        s = GlParser_NewStmt(p, GL_AST_RAISE, start);
        if (s != NULL && TYPE(0) != GL_TOK_NEWLINE && TYPE(0) != GL_TOK_SEMI &&
            TYPE(0) != GL_TOK_ENDMARKER) {
            s->v.Raise.exc = GlParser_Expression(p);
            if (s->v.Raise.exc == NULL) {
                return NULL;
            }
            if (GlParser_Accept(p, GL_TOK_KW_FROM)) {
                s->v.Raise.cause = GlParser_Expression(p);
                if (s->v.Raise.cause == NULL) {
                    return NULL;
                }
            }
            GlParser_EndStmt(p, s);
        }
        return s;
    case GL_TOK_KW_GLOBAL: case GL_TOK_KW_NONLOCAL:
        GlParser_Next(p);
        s = GlParser_NewStmt(p, start->type == GL_TOK_KW_GLOBAL ? GL_AST_GLOBAL :
                             GL_AST_NONLOCAL, start);
        if (s == NULL) {
            return NULL;
        }
        return names_stmt(p, s, start->type == GL_TOK_KW_GLOBAL ? &s->v.Global.names :
                          &s->v.Nonlocal.names);
    case GL_TOK_KW_DEL:
        GlParser_Next(p);
        s = GlParser_NewStmt(p, GL_AST_DELETE, start);
        return s == NULL ? NULL : del_stmt(p, start, s);
    case GL_TOK_KW_ASSERT:
        GlParser_Next(p);
        s = GlParser_NewStmt(p, GL_AST_ASSERT, start);
        if (s == NULL || (s->v.Assert.test = GlParser_Expression(p)) == NULL) {
            return NULL;
        }
        if (GlParser_Accept(p, GL_TOK_COMMA) &&
            (s->v.Assert.msg = GlParser_Expression(p)) == NULL) {
            return NULL;
        }
        GlParser_EndStmt(p, s);
        return s;
    case GL_TOK_KW_IMPORT:
        GlParser_Next(p);
        s = GlParser_NewStmt(p, GL_AST_IMPORT, start);
        return s == NULL ? NULL : import_stmt(p, s);
    case GL_TOK_KW_FROM:
        GlParser_Next(p);
        s = GlParser_NewStmt(p, GL_AST_IMPORTFROM, start);
        return s == NULL ? NULL : from_import_stmt(p, s);
    default:
        return expr_or_assign_stmt(p);
    }
}

/* simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static int
simple_stmts(GlParser *p, GlVec *out)
{
    for (;;) {
        GlAstStmt *s = simple_stmt(p);
        if (s == NULL || GlVec_Push(p, out, s) < 0) {
            return -1;
        }
        if (!GlParser_Accept(p, GL_TOK_SEMI)) {
            break;
        }
        if (TYPE(0) == GL_TOK_NEWLINE) {
            break;
        }
    }
    if (GlParser_Accept(p, GL_TOK_NEWLINE) == NULL) {
        if (TYPE(0) == GL_TOK_ENDMARKER && p->is_fstring) {
            return 0;
        }
        GlParser_Invalid(p);
        return -1;
    }
    return 0;
}

/* ---- blocks ----------------------------------------------------------------------------- */

/*
 * block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the header for
 * "expected an indented block after <what> on line N"; hdr is the header's first token.
 */
static int
block(GlParser *p, GlAstStmtSeq *out, const char *what, const GlToken *hdr)
{
    GlVec body = {0};
    if (GlParser_Accept(p, GL_TOK_NEWLINE)) {
        if (TYPE(0) != GL_TOK_INDENT) {
            GlToken *t = PEEK(0);
            if (t->type == GL_TOK_ERROR) {
                return -1;
            }
            if (p->allow_incomplete) {
                int k = 0;
                while (TYPE(k) == GL_TOK_DEDENT) {
                    k++;
                }
                if (TYPE(k) == GL_TOK_ENDMARKER) {
                    GlParser_Invalid(p);  // input ends after the header: incomplete
                    return -1;
                }
            }
            if (GlParser_AtEof(p, t)) {
                GlParser_ErrorAtEof(p, GL_ERR_INDENTATION,
                                    "expected an indented block after %s on line %d", what,
                                    hdr->lineno);
                return -1;
            }
            GlParser_ErrorRange(p, GL_ERR_INDENTATION, t->lineno, t->col, t->lineno,
                                t->type == GL_TOK_ENDMARKER ? t->col : t->end_col,
                                "expected an indented block after %s on line %d", what,
                                hdr->lineno);
            return -1;
        }
        GlParser_Next(p);
        if (GlParser_Statements(p, &body, 0) < 0) {
            return -1;
        }
        if (GlParser_Expect(p, GL_TOK_DEDENT) == NULL) {
            return -1;
        }
    } else {
        if (TYPE(0) == GL_TOK_ENDMARKER || TYPE(0) == GL_TOK_ERROR) {
            GlParser_Invalid(p);
            return -1;
        }
        if (simple_stmts(p, &body) < 0) {
            return -1;
        }
    }
    stmt_seq(out, &body);
    return 0;
}

/* A compound statement ends at the last real token of its last block (a trailing ';'
   included, as CPython); `body` is unused but documents which block was just parsed. */
static void
end_after_block(GlParser *p, GlAstStmt *s, GlAstStmtSeq *body)
{
    (void)body;
    GlParser_EndStmt(p, s);
}

static GlAstStmt *
if_stmt(GlParser *p, const char *what)
{
    GlToken *start = GlParser_Next(p);  // 'if' or 'elif'
    GlAstStmt *s = GlParser_NewStmt(p, GL_AST_IF, start);
    if (s == NULL || (s->v.If.test = condition(p)) == NULL || expect_colon(p) == NULL ||
        block(p, &s->v.If.body, what, start) < 0) {
        return NULL;
    }
    end_after_block(p, s, &s->v.If.body);
    if (TYPE(0) == GL_TOK_KW_ELIF) {
        GlAstStmt *e = if_stmt(p, "'elif' statement");
        if (e == NULL) {
            return NULL;
        }
        s->v.If.orelse.n = 1;
        s->v.If.orelse.items = GlArena_Alloc(p->arena, sizeof(GlAstStmt *));
        if (s->v.If.orelse.items == NULL) {
            return GlParser_NoMem(p);
        }
        s->v.If.orelse.items[0] = e;
        end_after_block(p, s, &s->v.If.orelse);
    } else if (TYPE(0) == GL_TOK_KW_ELSE) {
        GlToken *et = GlParser_Next(p);
        if (expect_forced(p, GL_TOK_COLON) == NULL ||
            block(p, &s->v.If.orelse, "'else' statement", et) < 0) {
            return NULL;
        }
        end_after_block(p, s, &s->v.If.orelse);
    }
    return s;
}

static int
else_block(GlParser *p, GlAstStmt *s, GlAstStmtSeq *orelse)
{
    if (TYPE(0) == GL_TOK_KW_ELSE) {
        GlToken *et = GlParser_Next(p);
        if (expect_forced(p, GL_TOK_COLON) == NULL ||
            block(p, orelse, "'else' statement", et) < 0) {
            return -1;
        }
        end_after_block(p, s, orelse);
    }
    return 0;
}

static GlAstStmt *
while_stmt(GlParser *p)
{
    GlToken *start = GlParser_Next(p);
    GlAstStmt *s = GlParser_NewStmt(p, GL_AST_WHILE, start);
    if (s == NULL || (s->v.While.test = condition(p)) == NULL || expect_colon(p) == NULL ||
        block(p, &s->v.While.body, "'while' statement", start) < 0) {
        return NULL;
    }
    end_after_block(p, s, &s->v.While.body);
    return else_block(p, s, &s->v.While.orelse) < 0 ? NULL : s;
}

static GlAstStmt *
for_stmt(GlParser *p)
{
    GlToken *start = GlParser_Next(p);
    GlAstStmt *s = GlParser_NewStmt(p, GL_AST_FOR, start);
    if (s == NULL || (s->v.For.target = GlParser_StarTargets(p)) == NULL ||
        GlParser_Expect(p, GL_TOK_KW_IN) == NULL ||
        (s->v.For.iter = GlParser_StarExpressions(p)) == NULL || expect_colon(p) == NULL ||
        block(p, &s->v.For.body, "'for' statement", start) < 0) {
        return NULL;
    }
    end_after_block(p, s, &s->v.For.body);
    return else_block(p, s, &s->v.For.orelse) < 0 ? NULL : s;
}

static GlAstWithItem *
with_item(GlParser *p)
{
    GlAstWithItem *w = GlArena_Alloc(p->arena, sizeof(GlAstWithItem));
    if (w == NULL) {
        return GlParser_NoMem(p);
    }
    if ((w->context_expr = GlParser_Expression(p)) == NULL) {
        return NULL;
    }
    if (GlParser_Accept(p, GL_TOK_KW_AS)) {
        w->optional_vars = GlParser_StarTarget(p);
        if (w->optional_vars == NULL) {
            return NULL;
        }
        // CPython requires the target to be followed by ',', ')' or ':'
        if (TYPE(0) != GL_TOK_COLON && TYPE(0) != GL_TOK_RPAR && TYPE(0) != GL_TOK_COMMA) {
            return GlParser_Invalid(p);
        }
    }
    return w;
}

/* Whether the '(' at the current token closes with ')' directly followed by ':'. */
static int
parenthesized_with_items(GlParser *p)
{
    int depth = 0;
    for (int k = 0;; k++) {
        GlTokType t = TYPE(k);
        if (t == GL_TOK_LPAR || t == GL_TOK_LSQB || t == GL_TOK_LBRACE) {
            depth++;
        } else if (t == GL_TOK_RPAR || t == GL_TOK_RSQB || t == GL_TOK_RBRACE) {
            if (--depth == 0) {
                return TYPE(k + 1) == GL_TOK_COLON;
            }
        } else if (t == GL_TOK_ENDMARKER || t == GL_TOK_ERROR || t == GL_TOK_NEWLINE) {
            return 0;
        }
    }
}

static GlAstStmt *
with_stmt(GlParser *p)
{
    GlToken *start = GlParser_Next(p);
    GlAstStmt *s = GlParser_NewStmt(p, GL_AST_WITH, start);
    if (s == NULL) {
        return NULL;
    }
    GlVec items = {0};
    int paren = 0;
    if (TYPE(0) == GL_TOK_LPAR && parenthesized_with_items(p)) {
        /* `with (a, b as c):` is a list of items unless it is just one parenthesized
           expression (then the expression parser handles the parentheses) */
        int save = p->pos;
        GlParser_Next(p);
        paren = 1;
        for (;;) {
            GlAstWithItem *w = with_item(p);
            if (w == NULL) {
                if (p->err->kind == GL_ERR_SYNTAX) {
                    // fall back to a plain expression form, as the PEG parser would
                    p->err->kind = GL_ERR_NONE;
                    p->pos = save;
                    paren = 0;
                    items.n = 0;
                }
                break;
            }
            if (GlVec_Push(p, &items, w) < 0) {
                return NULL;
            }
            if (!GlParser_Accept(p, GL_TOK_COMMA) || TYPE(0) == GL_TOK_RPAR) {
                break;
            }
        }
        if (paren && !GlParser_Accept(p, GL_TOK_RPAR)) {
            p->pos = save;
            paren = 0;
            items.n = 0;
        }
    }
    if (!paren) {
        do {
            GlAstWithItem *w = with_item(p);
            if (w == NULL || GlVec_Push(p, &items, w) < 0) {
                return NULL;
            }
        } while (GlParser_Accept(p, GL_TOK_COMMA));
    }
    s->v.With.items.n = items.n;
    s->v.With.items.items = (GlAstWithItem **)items.items;
    if (expect_colon(p) == NULL || block(p, &s->v.With.body, "'with' statement", start) < 0) {
        return NULL;
    }
    end_after_block(p, s, &s->v.With.body);
    return s;
}

/* One `except` or `except*` clause; *star says which. */
static GlAstExceptHandler *
except_clause(GlParser *p, int *star)
{
    GlToken *start = GlParser_Next(p);  // 'except'
    GlAstExceptHandler *h = GlArena_Alloc(p->arena, sizeof(GlAstExceptHandler));
    if (h == NULL) {
        return GlParser_NoMem(p);
    }
    *star = 0;
    if (TYPE(0) == GL_TOK_STAR) {
        *star = 1;
        GlParser_Next(p);
        if (TYPE(0) == GL_TOK_COLON || TYPE(0) == GL_TOK_NEWLINE) {
            GlToken *t = PEEK(0);
            return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t,
                                     "expected one or more exception types");
        }
    }
    if (TYPE(0) != GL_TOK_COLON) {
        if ((h->type = GlParser_Expression(p)) == NULL) {
            return NULL;
        }
        if (TYPE(0) == GL_TOK_COMMA) {
            int save = p->pos;
            GlParser_Next(p);
            GlAstExpr *more = GlParser_Expressions(p);
            if (more != NULL && TYPE(0) == GL_TOK_COLON) {
                return GlParser_ErrorRange(p, GL_ERR_SYNTAX, h->type->lineno,
                                           h->type->col_offset, more->end_lineno,
                                           more->end_col_offset, "multiple exception types "
                                           "must be parenthesized");
            }
            p->pos = save;
        }
        if (GlParser_Accept(p, GL_TOK_KW_AS)) {
            GlToken *n = PEEK(0);
            if (n->type != GL_TOK_NAME) {
                return GlParser_Invalid(p);
            }
            GlParser_Next(p);
            h->name = GlParser_Ident(p, n);
        }
    }
    if (expect_colon(p) == NULL || block(p, &h->body, "'except' statement", start) < 0) {
        return NULL;
    }
    h->lineno = start->lineno;
    h->col_offset = start->col;
    GlToken *end = GlParser_Prev(p);
    h->end_lineno = end->end_lineno;
    h->end_col_offset = end->end_col;
    GlAstStmt tmp;  // the handler also ends at the last real token of its block
    GlParser_EndStmt(p, &tmp);
    h->end_lineno = tmp.end_lineno;
    h->end_col_offset = tmp.end_col_offset;
    return h;
}

static GlAstStmt *
try_stmt(GlParser *p)
{
    GlToken *start = GlParser_Next(p);
    GlAstStmt *s = GlParser_NewStmt(p, GL_AST_TRY, start);
    if (s == NULL || expect_forced(p, GL_TOK_COLON) == NULL ||
        block(p, &s->v.Try.body, "'try' statement", start) < 0) {
        return NULL;
    }
    end_after_block(p, s, &s->v.Try.body);
    GlVec handlers = {0};
    while (TYPE(0) == GL_TOK_KW_EXCEPT) {
        int epos = p->pos;
        GlToken *et = PEEK(0);
        int star = 0;
        GlAstExceptHandler *h = except_clause(p, &star);
        if (h == NULL || GlVec_Push(p, &handlers, h) < 0) {
            return NULL;
        }
        if (handlers.n == 1) {
            s->v.Try.star = star;
        } else if (star != s->v.Try.star) {
            GlToken *last = GlParser_Tok(p, star ? epos + 1 : epos);   // all of `except*`
            return GlParser_ErrorTok(p, GL_ERR_SYNTAX, et, last,
                                     "cannot have both 'except' and 'except*' on the same 'try'");
        }
        s->end_lineno = h->end_lineno;
        s->end_col_offset = h->end_col_offset;
    }
    s->v.Try.handlers.n = handlers.n;
    s->v.Try.handlers.items = (GlAstExceptHandler **)handlers.items;
    if (handlers.n > 0 && else_block(p, s, &s->v.Try.orelse) < 0) {
        return NULL;
    }
    if (TYPE(0) == GL_TOK_KW_FINALLY) {
        GlToken *ft = GlParser_Next(p);
        if (expect_forced(p, GL_TOK_COLON) == NULL ||
            block(p, &s->v.Try.finalbody, "'finally' statement", ft) < 0) {
            return NULL;
        }
        end_after_block(p, s, &s->v.Try.finalbody);
    } else if (handlers.n == 0) {
        GlToken *t = PEEK(0);
        if (t->type == GL_TOK_ERROR) {
            return NULL;
        }
        if (GlParser_AtEof(p, t)) {
            return GlParser_ErrorAtEof(p, GL_ERR_SYNTAX, "expected 'except' or 'finally' block");
        }
        GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "expected 'except' or 'finally' block");
        if (t->type == GL_TOK_DEDENT || t->type == GL_TOK_ENDMARKER ||
            t->type == GL_TOK_NEWLINE) {
            p->err->end_offset = -1;
        }
        return NULL;
    }
    return s;
}

static GlAstStmt *
funcdef(GlParser *p, GlVec *decorators)
{
    GlToken *start = GlParser_Next(p);  // 'def'
    GlAstStmt *s = GlParser_NewStmt(p, GL_AST_FUNCTIONDEF, start);
    GlToken *name = PEEK(0);
    if (s == NULL) {
        return NULL;
    }
    if (name->type != GL_TOK_NAME) {
        return GlParser_Invalid(p);
    }
    GlParser_Next(p);
    s->v.FunctionDef.name = GlParser_Ident(p, name);
    if (expect_forced(p, GL_TOK_LPAR) == NULL ||
        (s->v.FunctionDef.args = GlParser_Parameters(p, 0)) == NULL ||
        GlParser_Expect(p, GL_TOK_RPAR) == NULL) {
        return NULL;
    }
    if (TYPE(0) == GL_TOK_RARROW && !GlParser_StartsExpression(TYPE(1))) {
        /* the optional '->' expression is skipped: &&':' fails at the '->' */
        GlToken *ar = PEEK(0);
        return GlParser_ErrorTok(p, GL_ERR_SYNTAX, ar, ar, "expected ':'");
    }
    if (GlParser_Accept(p, GL_TOK_RARROW) &&
        (s->v.FunctionDef.returns = GlParser_Expression(p)) == NULL) {
        return NULL;
    }
    if (expect_forced(p, GL_TOK_COLON) == NULL ||
        block(p, &s->v.FunctionDef.body, "function definition", start) < 0) {
        return NULL;
    }
    expr_seq(&s->v.FunctionDef.decorator_list, decorators);
    end_after_block(p, s, &s->v.FunctionDef.body);
    return s;
}

static GlAstStmt *
classdef(GlParser *p, GlVec *decorators)
{
    GlToken *start = GlParser_Next(p);  // 'class'
    GlAstStmt *s = GlParser_NewStmt(p, GL_AST_CLASSDEF, start);
    GlToken *name = PEEK(0);
    if (s == NULL) {
        return NULL;
    }
    if (name->type != GL_TOK_NAME) {
        return GlParser_Invalid(p);
    }
    GlParser_Next(p);
    s->v.ClassDef.name = GlParser_Ident(p, name);
    if (GlParser_Accept(p, GL_TOK_LPAR)) {
        if (GlParser_CallArgs(p, &s->v.ClassDef.bases, &s->v.ClassDef.keywords) < 0 ||
            GlParser_Expect(p, GL_TOK_RPAR) == NULL) {
            return NULL;
        }
        for (int i = 0; i < s->v.ClassDef.bases.n; i++) {
            if (s->v.ClassDef.bases.items[i]->kind == GL_AST_GENERATOREXP) {
                /* CPython's class arguments have no generator form: the error is at `for` */
                GlAstExpr *g = s->v.ClassDef.bases.items[i];
                for (int k = 0; k < p->ntoks; k++) {
                    GlToken *t = GlParser_Tok(p, k);
                    if (t->type == GL_TOK_KW_FOR && (t->lineno > g->lineno ||
                        (t->lineno == g->lineno && t->col > g->col_offset))) {
                        return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "invalid syntax");
                    }
                }
                return GlParser_ErrorExpr(p, g, "invalid syntax");
            }
        }
    }
    if (expect_colon(p) == NULL ||
        block(p, &s->v.ClassDef.body, "class definition", start) < 0) {
        return NULL;
    }
    expr_seq(&s->v.ClassDef.decorator_list, decorators);
    end_after_block(p, s, &s->v.ClassDef.body);
    return s;
}

/*
 * `async def`, `async for`, `async with`: the plain statement with is_async set, starting
 * at the `async` keyword (AsyncFunctionDef, AsyncFor, AsyncWith in CPython).
 */
static GlAstStmt *
async_stmt(GlParser *p, GlVec *decorators)
{
    GlToken *at = GlParser_Next(p);  // 'async'
    GlAstStmt *s;
    switch (TYPE(0)) {
    case GL_TOK_KW_DEF:
        s = funcdef(p, decorators);
        if (s != NULL) {
            s->v.FunctionDef.is_async = 1;
        }
        break;
    case GL_TOK_KW_FOR:
        s = for_stmt(p);
        if (s != NULL) {
            s->v.For.is_async = 1;
        }
        break;
    case GL_TOK_KW_WITH:
        s = with_stmt(p);
        if (s != NULL) {
            s->v.With.is_async = 1;
        }
        break;
    default:
        return GlParser_Invalid(p);
    }
    if (s != NULL) {
        s->lineno = at->lineno;
        s->col_offset = at->col;
    }
    return s;
}

static GlAstStmt *
decorated(GlParser *p)
{
    GlVec decorators = {0};
    while (GlParser_Accept(p, GL_TOK_AT)) {
        GlAstExpr *d = GlParser_NamedExpression(p);
        if (d == NULL || GlVec_Push(p, &decorators, d) < 0 ||
            GlParser_Expect(p, GL_TOK_NEWLINE) == NULL) {
            return NULL;
        }
    }
    if (TYPE(0) == GL_TOK_KW_DEF) {
        return funcdef(p, &decorators);
    }
    if (TYPE(0) == GL_TOK_KW_ASYNC && TYPE(1) == GL_TOK_KW_DEF) {
        return async_stmt(p, &decorators);
    }
    if (TYPE(0) == GL_TOK_KW_CLASS) {
        return classdef(p, &decorators);
    }
    return GlParser_Invalid(p);
}

/* ---- statements ------------------------------------------------------------------------ */

int
GlParser_Block(GlParser *p, GlAstStmtSeq *out, const char *what, const GlToken *hdr)
{
    return block(p, out, what, hdr);
}

GlToken *
GlParser_ExpectColon(GlParser *p)
{
    return expect_colon(p);
}

GlAstExpr *
GlParser_Condition(GlParser *p)
{
    return condition(p);
}

int
GlParser_Statement(GlParser *p, GlVec *out)
{
    GlToken *t = PEEK(0);
    GlAstStmt *s = NULL;
    GlVec none = {0};
    switch (t->type) {
    case GL_TOK_KW_DEF: s = funcdef(p, &none); break;
    case GL_TOK_KW_CLASS: s = classdef(p, &none); break;
    case GL_TOK_AT: s = decorated(p); break;
    case GL_TOK_KW_IF: s = if_stmt(p, "'if' statement"); break;
    case GL_TOK_KW_WHILE: s = while_stmt(p); break;
    case GL_TOK_KW_FOR: s = for_stmt(p); break;
    case GL_TOK_KW_TRY: s = try_stmt(p); break;
    case GL_TOK_KW_WITH: s = with_stmt(p); break;
    case GL_TOK_KW_ASYNC: s = async_stmt(p, &none); break;
    case GL_TOK_ERROR:
        return -1;
    case GL_TOK_NAME:
        if (t->end - t->start == 5 && memcmp(t->start, "match", 5) == 0) {
            GlToken *nl = NULL, *far = NULL;
            int r = GlParser_MatchStmt(p, out, &nl, &far);
            if (r != 0) {
                return r < 0 ? -1 : 0;
            }
            if (simple_stmts(p, out) < 0) {
                // CPython's invalid_match_stmt: `match subject NEWLINE`
                if (nl != NULL && p->err->kind == GL_ERR_SYNTAX &&
                    GlParser_Tok(p, p->ntoks - 1)->type != GL_TOK_ERROR) {
                    p->err->kind = GL_ERR_NONE;
                    GlParser_ErrorRange(p, GL_ERR_SYNTAX, nl->lineno, nl->col, nl->lineno,
                                        nl->end_col - 1, "expected ':'");  // spans a comment
                } else if (far != NULL && p->err->kind == GL_ERR_SYNTAX &&
                           strcmp(p->err->msg, "invalid syntax") == 0 &&
                           (p->err->lineno < far->lineno ||
                            (p->err->lineno == far->lineno && p->err->offset <= far->col)) &&
                           far->type != GL_TOK_ERROR && far->type != GL_TOK_NEWLINE &&
                           far->type != GL_TOK_ENDMARKER) {
                    p->err->kind = GL_ERR_NONE;
                    GlParser_ErrorTok(p, GL_ERR_SYNTAX, far, far, "invalid syntax");
                }
                return -1;
            }
            return 0;
        }
        return simple_stmts(p, out);
    default:
        return simple_stmts(p, out);
    }
    if (s == NULL || GlVec_Push(p, out, s) < 0) {
        return -1;
    }
    return 0;
}

/* statement+ until DEDENT (block) or ENDMARKER (until_eof) */
int
GlParser_Statements(GlParser *p, GlVec *out, int until_eof)
{
    for (;;) {
        GlTokType t = TYPE(0);
        if (t == GL_TOK_ENDMARKER) {
            if (!until_eof) {
                GlParser_Invalid(p);
                return -1;
            }
            return 0;
        }
        if (t == GL_TOK_DEDENT && !until_eof) {
            return 0;
        }
        if (t == GL_TOK_ERROR) {
            return -1;
        }
        if (GlParser_Statement(p, out) < 0) {
            return -1;
        }
    }
}
