/*
 * parser_atom.c - atoms and trailers of Python 3.11 expressions: names, numbers,
 * strings, parenthesized forms (group, tuple, generator expression), list/set/dict
 * displays and comprehensions, attribute access, calls with their argument rules, and
 * subscripts with slices.
 *
 * Invariants:
 * - Each function consumes exactly the tokens of what it returns; NULL means p->err set.
 * - Bracket nesting is bounded by the tokenizer (GL_TOK_MAXLEVEL), trailer chains are
 *   loops, so recursion depth here is bounded by p->depth checks in parser_expr.c.
 *
 * CPython behaviour matched: the atom/primary/arguments/slices rules of python.gram 3.11
 * and the invalid_arguments / invalid_comprehension / invalid_dict_comprehension
 * messages.
 */
#include "parser_int.h"

#include <stdlib.h>
#include <string.h>

#define PEEK(k) GlParser_Peek(p, (k))
#define TYPE(k) (GlParser_Peek(p, (k))->type)

static GlAstExpr *atom(GlParser *p);

static void
seq_from_vec(GlAstExprSeq *s, GlVec *v)
{
    s->n = v->n;
    s->items = (GlAstExpr **)v->items;
}

/* ---- comprehensions -------------------------------------------------------------------- */

int
GlParser_Comprehension(GlParser *p, GlAstComprehensionSeq *out)
{
    GlVec gens = {0};
    while (TYPE(0) == GL_TOK_KW_FOR || TYPE(0) == GL_TOK_KW_ASYNC) {
        int is_async = GlParser_Accept(p, GL_TOK_KW_ASYNC) != NULL;
        if (is_async && TYPE(0) != GL_TOK_KW_FOR) {
            GlParser_Invalid(p);
            return -1;
        }
        GlParser_Next(p);
        GlAstComprehension *c = GlArena_Alloc(p->arena, sizeof(GlAstComprehension));
        if (c == NULL) {
            GlParser_NoMem(p);
            return -1;
        }
        c->is_async = is_async;
        c->target = GlParser_StarTargets(p);
        if (c->target == NULL || GlParser_Expect(p, GL_TOK_KW_IN) == NULL) {
            return -1;
        }
        c->iter = GlParser_Disjunction(p);
        if (c->iter == NULL) {
            return -1;
        }
        GlVec ifs = {0};
        while (GlParser_Accept(p, GL_TOK_KW_IF)) {
            GlAstExpr *e = GlParser_Disjunction(p);
            if (e == NULL || GlVec_Push(p, &ifs, e) < 0) {
                return -1;
            }
        }
        seq_from_vec(&c->ifs, &ifs);
        if (GlVec_Push(p, &gens, c) < 0) {
            return -1;
        }
    }
    out->n = gens.n;
    out->items = (GlAstComprehension **)gens.items;
    return 0;
}

static GlAstExpr *
comp_node(GlParser *p, GlAstExprKind kind, const GlToken *start, GlAstExpr *elt)
{
    if (elt->kind == GL_AST_STARRED) {
        return GlParser_ErrorExpr(p, elt, "iterable unpacking cannot be used in comprehension");
    }
    GlAstExpr *e = GlParser_NewExpr(p, kind, start);
    if (e == NULL) {
        return NULL;
    }
    GlAstComprehensionSeq *gens = kind == GL_AST_LISTCOMP ? &e->v.ListComp.generators :
                                  kind == GL_AST_SETCOMP ? &e->v.SetComp.generators :
                                  &e->v.GeneratorExp.generators;
    if (kind == GL_AST_LISTCOMP) {
        e->v.ListComp.elt = elt;
    } else if (kind == GL_AST_SETCOMP) {
        e->v.SetComp.elt = elt;
    } else {
        e->v.GeneratorExp.elt = elt;
    }
    if (GlParser_Comprehension(p, gens) < 0) {
        return NULL;
    }
    return e;
}

/* ---- parenthesized forms and displays ------------------------------------------------ */

static GlAstExpr *
close_seq(GlParser *p, GlAstExprKind kind, const GlToken *start, GlVec *elts, GlTokType closer)
{
    if (GlParser_Expect(p, closer) == NULL) {
        return NULL;
    }
    GlAstExpr *e = GlParser_NewExpr(p, kind, start);
    if (e == NULL) {
        return NULL;
    }
    GlParser_EndExpr(p, e);
    if (kind == GL_AST_TUPLE) {
        seq_from_vec(&e->v.Tuple.elts, elts);
        e->v.Tuple.ctx = GL_AST_LOAD;
    } else if (kind == GL_AST_LIST) {
        seq_from_vec(&e->v.List.elts, elts);
        e->v.List.ctx = GL_AST_LOAD;
    } else {
        seq_from_vec(&e->v.Set.elts, elts);
    }
    return e;
}

/* After the first element: more comma-separated star_named_expressions up to `closer`. */
static int
more_elements(GlParser *p, GlVec *elts, GlTokType closer)
{
    while (GlParser_Accept(p, GL_TOK_COMMA)) {
        if (TYPE(0) == closer) {
            break;
        }
        GlAstExpr *e = GlParser_StarNamedExpression(p);
        if (e == NULL || GlVec_Push(p, elts, e) < 0) {
            return -1;
        }
    }
    if (TYPE(0) == GL_TOK_KW_FOR && elts->n >= 2) {
        GlAstExpr *a = elts->items[0], *b = elts->items[elts->n - 1];
        GlAstExpr tmp = *a;
        tmp.end_lineno = b->end_lineno;
        tmp.end_col_offset = b->end_col_offset;
        GlParser_ErrorExpr(p, &tmp, "did you forget parentheses around the comprehension "
                           "target?");
        return -1;
    }
    if (TYPE(0) != closer && TYPE(0) != GL_TOK_ERROR && elts->n > 0 &&
        TYPE(0) != GL_TOK_ENDMARKER) {
        GlAstExpr *last = elts->items[elts->n - 1];
        GlToken *t = PEEK(0);
        /* invalid_expression: two expressions in a row without a comma */
        if (t->type == GL_TOK_NAME || t->type == GL_TOK_NUMBER || t->type == GL_TOK_STRING ||
            t->type == GL_TOK_LPAR || t->type == GL_TOK_LSQB || t->type == GL_TOK_LBRACE ||
            t->type == GL_TOK_KW_NONE || t->type == GL_TOK_KW_TRUE ||
            t->type == GL_TOK_KW_FALSE) {
            if (last->kind != GL_AST_STARRED && last->kind != GL_AST_NAMEDEXPR) {
                int save = p->pos;
                GlAstExpr *next = GlParser_Disjunction(p);
                if (next != NULL) {
                    GlParser_ErrorRange(p, GL_ERR_SYNTAX, last->lineno - p->fstring_line,
                                        last->col_offset - (last->lineno - p->fstring_line == 1
                                                            ? p->fstring_col : 0),
                                        next->end_lineno - p->fstring_line,
                                        next->end_col_offset -
                                        (next->end_lineno - p->fstring_line == 1
                                         ? p->fstring_col : 0),
                                        "invalid syntax. Perhaps you forgot a comma?");
                    return -1;
                }
                p->pos = save;
            }
        }
    }
    return 0;
}

static GlAstExpr *
paren_atom(GlParser *p)
{
    GlToken *start = GlParser_Next(p);  // '('
    GlVec elts = {0};
    if (TYPE(0) == GL_TOK_RPAR) {
        return close_seq(p, GL_AST_TUPLE, start, &elts, GL_TOK_RPAR);
    }
    if (TYPE(0) == GL_TOK_KW_YIELD) {
        GlAstExpr *y = GlParser_YieldExpr(p);
        if (y == NULL || GlParser_Expect(p, GL_TOK_RPAR) == NULL) {
            return NULL;
        }
        return y;
    }
    if (TYPE(0) == GL_TOK_DOUBLESTAR && GlParser_StartsExpression(TYPE(1))) {
        /* CPython's invalid_group: '(' '**' expression ')' */
        GlToken *ds = GlParser_Next(p);
        if (GlParser_Expression(p) == NULL) {
            return NULL;
        }
        if (TYPE(0) == GL_TOK_RPAR) {
            return GlParser_ErrorTok(p, GL_ERR_SYNTAX, ds, ds,
                                     "cannot use double starred expression here");
        }
        return GlParser_ErrorTok(p, GL_ERR_SYNTAX, ds, ds, "invalid syntax");
    }
    GlAstExpr *first = GlParser_StarNamedExpression(p);
    if (first == NULL) {
        return NULL;
    }
    if (TYPE(0) == GL_TOK_KW_FOR || TYPE(0) == GL_TOK_KW_ASYNC) {
        GlAstExpr *g = comp_node(p, GL_AST_GENERATOREXP, start, first);
        if (g == NULL || GlParser_Expect(p, GL_TOK_RPAR) == NULL) {
            return NULL;
        }
        GlParser_EndExpr(p, g);
        return g;
    }
    if (TYPE(0) == GL_TOK_RPAR) {
        if (first->kind == GL_AST_STARRED) {
            return GlParser_ErrorExpr(p, first, "cannot use starred expression here");
        }
        GlParser_Next(p);
        return first;  // a group keeps the inner position
    }
    if (GlVec_Push(p, &elts, first) < 0) {
        return NULL;
    }
    if (TYPE(0) != GL_TOK_COMMA) {
        if (more_elements(p, &elts, GL_TOK_RPAR) < 0) {
            return NULL;
        }
        return GlParser_Invalid(p);
    }
    if (more_elements(p, &elts, GL_TOK_RPAR) < 0) {
        return NULL;
    }
    return close_seq(p, GL_AST_TUPLE, start, &elts, GL_TOK_RPAR);
}

static GlAstExpr *
list_atom(GlParser *p)
{
    GlToken *start = GlParser_Next(p);  // '['
    GlVec elts = {0};
    if (TYPE(0) == GL_TOK_RSQB) {
        return close_seq(p, GL_AST_LIST, start, &elts, GL_TOK_RSQB);
    }
    GlAstExpr *first = GlParser_StarNamedExpression(p);
    if (first == NULL) {
        return NULL;
    }
    if (TYPE(0) == GL_TOK_KW_FOR || TYPE(0) == GL_TOK_KW_ASYNC) {
        GlAstExpr *c = comp_node(p, GL_AST_LISTCOMP, start, first);
        if (c == NULL || GlParser_Expect(p, GL_TOK_RSQB) == NULL) {
            return NULL;
        }
        GlParser_EndExpr(p, c);
        return c;
    }
    if (GlVec_Push(p, &elts, first) < 0 || more_elements(p, &elts, GL_TOK_RSQB) < 0) {
        return NULL;
    }
    return close_seq(p, GL_AST_LIST, start, &elts, GL_TOK_RSQB);
}

static GlAstExpr *
dict_rest(GlParser *p, const GlToken *start, GlAstExpr *key, GlAstExpr *value)
{
    GlVec keys = {0}, values = {0};
    if (GlVec_Push(p, &keys, key) < 0 || GlVec_Push(p, &values, value) < 0) {
        return NULL;
    }
    while (GlParser_Accept(p, GL_TOK_COMMA)) {
        if (TYPE(0) == GL_TOK_RBRACE) {
            break;
        }
        if (GlParser_Accept(p, GL_TOK_DOUBLESTAR)) {
            GlAstExpr *v = GlParser_BitwiseOr(p);
            if (v == NULL || GlVec_Push(p, &keys, NULL) < 0 || GlVec_Push(p, &values, v) < 0) {
                return NULL;
            }
            continue;
        }
        GlAstExpr *k = GlParser_Expression(p);
        if (k == NULL) {
            return NULL;
        }
        if (TYPE(0) != GL_TOK_COLON) {
            if (TYPE(0) == GL_TOK_COMMA || TYPE(0) == GL_TOK_RBRACE) {
                GlToken *t = PEEK(0);
                (void)t;
                GlParser_ErrorExpr(p, k, "':' expected after dictionary key");
                p->err->end_offset = 0;
                return NULL;
            }
            return GlParser_Invalid(p);
        }
        GlToken *colon = GlParser_Next(p);
        if (TYPE(0) == GL_TOK_RBRACE || TYPE(0) == GL_TOK_COMMA) {
            return GlParser_ErrorTok(p, GL_ERR_SYNTAX, colon, colon, "expression expected "
                                     "after dictionary key and ':'");
        }
        GlAstExpr *v = GlParser_Expression(p);
        if (v == NULL || GlVec_Push(p, &keys, k) < 0 || GlVec_Push(p, &values, v) < 0) {
            return NULL;
        }
    }
    if (GlParser_Expect(p, GL_TOK_RBRACE) == NULL) {
        return NULL;
    }
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_DICT, start);
    if (e == NULL) {
        return NULL;
    }
    GlParser_EndExpr(p, e);
    seq_from_vec(&e->v.Dict.keys, &keys);
    seq_from_vec(&e->v.Dict.values, &values);
    return e;
}

static GlAstExpr *
brace_atom(GlParser *p)
{
    GlToken *start = GlParser_Next(p);  // '{'
    if (TYPE(0) == GL_TOK_RBRACE) {
        GlParser_Next(p);
        GlAstExpr *e = GlParser_NewExpr(p, GL_AST_DICT, start);
        if (e != NULL) {
            GlParser_EndExpr(p, e);
        }
        return e;
    }
    GlToken *dstar = PEEK(0);
    if (GlParser_Accept(p, GL_TOK_DOUBLESTAR)) {
        GlAstExpr *v = GlParser_BitwiseOr(p);
        if (v == NULL) {
            return NULL;
        }
        if (TYPE(0) == GL_TOK_KW_FOR || TYPE(0) == GL_TOK_KW_ASYNC) {
            return GlParser_ErrorTok(p, GL_ERR_SYNTAX, dstar, dstar,
                                     "dict unpacking cannot be used in dict comprehension");
        }
        return dict_rest(p, start, NULL, v);
    }
    GlAstExpr *first = GlParser_StarNamedExpression(p);
    if (first == NULL) {
        return NULL;
    }
    if (TYPE(0) == GL_TOK_COLON && first->kind != GL_AST_STARRED) {
        GlToken *colon = GlParser_Next(p);
        if (TYPE(0) == GL_TOK_RBRACE || TYPE(0) == GL_TOK_COMMA) {
            return GlParser_ErrorTok(p, GL_ERR_SYNTAX, colon, colon, "expression expected "
                                     "after dictionary key and ':'");
        }
        GlAstExpr *value = GlParser_Expression(p);
        if (value == NULL) {
            return NULL;
        }
        if (TYPE(0) == GL_TOK_KW_FOR || TYPE(0) == GL_TOK_KW_ASYNC) {
            GlAstExpr *e = GlParser_NewExpr(p, GL_AST_DICTCOMP, start);
            if (e == NULL) {
                return NULL;
            }
            e->v.DictComp.key = first;
            e->v.DictComp.value = value;
            if (GlParser_Comprehension(p, &e->v.DictComp.generators) < 0 ||
                GlParser_Expect(p, GL_TOK_RBRACE) == NULL) {
                return NULL;
            }
            GlParser_EndExpr(p, e);
            return e;
        }
        return dict_rest(p, start, first, value);
    }
    if (TYPE(0) == GL_TOK_KW_FOR || TYPE(0) == GL_TOK_KW_ASYNC) {
        GlAstExpr *c = comp_node(p, GL_AST_SETCOMP, start, first);
        if (c == NULL || GlParser_Expect(p, GL_TOK_RBRACE) == NULL) {
            return NULL;
        }
        GlParser_EndExpr(p, c);
        return c;
    }
    GlVec elts = {0};
    if (GlVec_Push(p, &elts, first) < 0 || more_elements(p, &elts, GL_TOK_RBRACE) < 0) {
        return NULL;
    }
    return close_seq(p, GL_AST_SET, start, &elts, GL_TOK_RBRACE);
}

/* ---- atoms ---------------------------------------------------------------------------- */

GlAstExpr *
GlParser_Number(GlParser *p)
{
    GlToken *t = GlParser_Next(p);
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_CONSTANT, t);
    if (e == NULL) {
        return NULL;
    }
    size_t n = (size_t)(t->end - t->start);
    char *buf = GlArena_Alloc(p->arena, n + 1);
    if (buf == NULL) {
        return GlParser_NoMem(p);
    }
    size_t k = 0;
    int is_float = 0, is_imag = 0, is_based = n > 1 && t->start[0] == '0' &&
        strchr("xXoObB", t->start[1]) != NULL;
    for (size_t i = 0; i < n; i++) {
        char c = t->start[i];
        if (c == '_') {
            continue;
        }
        if (!is_based && (c == '.' || c == 'e' || c == 'E')) {
            is_float = 1;
        }
        if (c == 'j' || c == 'J') {
            is_imag = 1;
            continue;
        }
        buf[k++] = is_based && i == 1 ? (char)(c | 0x20) : c;
    }
    buf[k] = '\0';
    if (is_imag || is_float) {
        e->v.Constant.kind = is_imag ? GL_CONST_COMPLEX : GL_CONST_FLOAT;
        e->v.Constant.f = strtod(buf, NULL);
    } else {
        e->v.Constant.kind = GL_CONST_INT;
    }
    e->v.Constant.s = buf;
    e->v.Constant.len = k;
    return e;
}

static GlAstExpr *
atom(GlParser *p)
{
    GlToken *t = PEEK(0);
    GlAstExpr *e;
    switch (t->type) {
    case GL_TOK_NAME:
        GlParser_Next(p);
        e = GlParser_NewExpr(p, GL_AST_NAME, t);
        if (e != NULL) {
            e->v.Name.id = GlParser_Ident(p, t);
            e->v.Name.ctx = GL_AST_LOAD;
        }
        return e;
    case GL_TOK_KW_NONE: case GL_TOK_KW_TRUE: case GL_TOK_KW_FALSE: case GL_TOK_ELLIPSIS:
        GlParser_Next(p);
        e = GlParser_NewExpr(p, GL_AST_CONSTANT, t);
        if (e != NULL) {
            e->v.Constant.kind = t->type == GL_TOK_KW_NONE ? GL_CONST_NONE :
                                 t->type == GL_TOK_KW_TRUE ? GL_CONST_TRUE :
                                 t->type == GL_TOK_KW_FALSE ? GL_CONST_FALSE : GL_CONST_ELLIPSIS;
        }
        return e;
    case GL_TOK_NUMBER:
        return GlParser_Number(p);
    case GL_TOK_STRING: {
        int first = p->pos, n = 0;
        while (TYPE(n) == GL_TOK_STRING) {
            n++;
        }
        e = GlParser_Strings(p, first, n);
        if (e != NULL) {
            p->pos = first + n;
        }
        return e;
    }
    case GL_TOK_LPAR:
        return paren_atom(p);
    case GL_TOK_LSQB:
        return list_atom(p);
    case GL_TOK_LBRACE:
        return brace_atom(p);
    default:
        return GlParser_Invalid(p);
    }
}

/* ---- calls ------------------------------------------------------------------------------ */

static GlAstKeyword *
new_keyword(GlParser *p, const GlToken *start, const char *name, GlAstExpr *value)
{
    GlAstKeyword *k = GlArena_Alloc(p->arena, sizeof(GlAstKeyword));
    if (k == NULL) {
        return GlParser_NoMem(p);
    }
    k->arg = name;
    k->value = value;
    k->lineno = start->lineno + p->fstring_line;
    k->col_offset = start->col + (start->lineno == 1 ? p->fstring_col : 0);
    GlToken *end = GlParser_Prev(p);
    (void)value;
    k->end_lineno = end->end_lineno + p->fstring_line;
    k->end_col_offset = end->end_col + (end->end_lineno == 1 ? p->fstring_col : 0);
    return k;
}

/* Arguments between '(' (consumed) and ')' (not consumed). */
int
GlParser_CallArgs(GlParser *p, GlAstExprSeq *args, GlAstKeywordSeq *kws)
{
    GlVec pos = {0}, kw = {0};
    int seen_kw = 0, seen_dstar = 0;
    GlAstExpr *genexp = NULL;
    GlToken *first = PEEK(0);   // start of the argument list (error locations)
    while (TYPE(0) != GL_TOK_RPAR) {
        GlToken *t = PEEK(0);
        if (t->type == GL_TOK_DOUBLESTAR) {
            GlParser_Next(p);
            GlAstExpr *v = GlParser_Expression(p);
            if (v == NULL) {
                return -1;
            }
            GlAstKeyword *k = new_keyword(p, t, NULL, v);
            if (k == NULL || GlVec_Push(p, &kw, k) < 0) {
                return -1;
            }
            seen_dstar = 1;
        } else if ((t->type == GL_TOK_KW_TRUE || t->type == GL_TOK_KW_FALSE ||
                    t->type == GL_TOK_KW_NONE) && TYPE(1) == GL_TOK_EQUAL) {
            /* CPython's invalid_kwarg */
            GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, PEEK(1), "cannot assign to %.*s",
                              (int)(t->end - t->start), t->start);
            return -1;
        } else if (t->type == GL_TOK_NAME && TYPE(1) == GL_TOK_EQUAL) {
            GlParser_Next(p);
            GlToken *eq = GlParser_Next(p);
            GlAstExpr *v = GlParser_Expression(p);
            if (v == NULL) {
                return -1;
            }
            if (TYPE(0) == GL_TOK_KW_FOR ||
                (TYPE(0) == GL_TOK_KW_ASYNC && TYPE(1) == GL_TOK_KW_FOR)) {
                /* invalid_kwarg: NAME '=' expression for_if_clauses */
                GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, eq, "invalid syntax. Maybe you meant "
                                  "'==' or ':=' instead of '='?");
                return -1;
            }
            const char *name = GlParser_Ident(p, t);
            for (int i = 0; i < kw.n; i++) {
                const char *other = ((GlAstKeyword *)kw.items[i])->arg;
                if (other != NULL && strcmp(other, name) == 0) {
                    GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, GlParser_Prev(p),
                                      "keyword argument repeated: %s", name);
                    return -1;
                }
            }
            GlAstKeyword *k = new_keyword(p, t, name, v);
            if (k == NULL || GlVec_Push(p, &kw, k) < 0) {
                return -1;
            }
            seen_kw = 1;
        } else {
            GlAstExpr *e;
            if (t->type == GL_TOK_STAR) {
                // the end of the argument before ", *"
                GlToken *before = t == PEEK(0) && p->pos >= 2 ? GlParser_Tok(p, p->pos - 2) : t;
                e = GlParser_StarExpression(p);
                if (e != NULL && seen_dstar) {
                    /* CPython's invalid_arguments: at the args before ", *" */
                    GlParser_ErrorTok(p, GL_ERR_SYNTAX, first, before, "iterable argument "
                                      "unpacking follows keyword argument unpacking");
                    return -1;
                }
            } else {
                e = GlParser_NamedExpression(p);
            }
            if (e == NULL) {
                return -1;
            }
            if (TYPE(0) == GL_TOK_EQUAL) {
                GlToken *eq = PEEK(0);
                if (e->kind == GL_AST_STARRED || TYPE(1) == GL_TOK_RPAR) {
                    GlParser_Invalid(p);
                    return -1;
                }
                GlParser_ErrorRange(p, GL_ERR_SYNTAX, t->lineno, t->col, eq->end_lineno,
                                    eq->end_col, "expression cannot contain assignment, "
                                    "perhaps you meant \"==\"?");
                return -1;
            }
            if (TYPE(0) == GL_TOK_KW_FOR || TYPE(0) == GL_TOK_KW_ASYNC) {
                GlAstExpr *g = comp_node(p, GL_AST_GENERATOREXP, t, e);
                if (g == NULL) {
                    return -1;
                }
                GlParser_EndExpr(p, g);
                if (pos.n > 0 || kw.n > 0 || TYPE(0) != GL_TOK_RPAR) {
                    GlParser_ErrorExpr(p, g, "Generator expression must be parenthesized");
                    return -1;
                }
                genexp = g;
                e = g;
                p->bare_genexp = g;
            } else if (e->kind != GL_AST_STARRED && (seen_kw || seen_dstar)) {
                GlToken *nt = PEEK(0);  // CPython reports at the last token read
                GlParser_ErrorTok(p, GL_ERR_SYNTAX, nt, nt, seen_dstar ? "positional argument "
                                  "follows keyword argument unpacking" : "positional argument "
                                  "follows keyword argument");
                return -1;
            }
            if (genexp != NULL && e != genexp) {
                GlParser_ErrorExpr(p, genexp, "Generator expression must be parenthesized");
                return -1;
            }
            if (GlVec_Push(p, &pos, e) < 0) {
                return -1;
            }
        }
        if (TYPE(0) == GL_TOK_RPAR) {
            break;
        }
        if (TYPE(0) != GL_TOK_COMMA) {
            GlToken *bad = PEEK(0);
            if (pos.n + kw.n > 0 && bad->type != GL_TOK_ERROR &&
                (bad->type == GL_TOK_NAME || bad->type == GL_TOK_NUMBER ||
                 bad->type == GL_TOK_STRING)) {
                GlVec tmp = {0};
                GlAstExpr *last = pos.n ? pos.items[pos.n - 1] : NULL;
                if (last != NULL && kw.n == 0 && GlVec_Push(p, &tmp, last) == 0) {
                    more_elements(p, &tmp, GL_TOK_RPAR);
                }
            }
            GlParser_Invalid(p);
            return -1;
        }
        GlParser_Next(p);
        if (genexp != NULL) {
            GlParser_ErrorExpr(p, genexp, "Generator expression must be parenthesized");
            return -1;
        }
    }
    seq_from_vec(args, &pos);
    kws->n = kw.n;
    kws->items = (GlAstKeyword **)kw.items;
    return 0;
}

/* ---- subscripts ------------------------------------------------------------------------ */

static int
ends_slice_part(GlTokType t)
{
    return t == GL_TOK_COLON || t == GL_TOK_COMMA || t == GL_TOK_RSQB;
}

static GlAstExpr *
slice_item(GlParser *p)
{
    GlToken *start = PEEK(0);
    if (start->type == GL_TOK_STAR) {
        return GlParser_StarExpression(p);
    }
    GlAstExpr *lower = NULL;
    if (start->type != GL_TOK_COLON) {
        lower = GlParser_NamedExpression(p);
        if (lower == NULL || TYPE(0) != GL_TOK_COLON) {
            return lower;
        }
        if (lower->kind == GL_AST_NAMEDEXPR) {
            return GlParser_Invalid(p);
        }
    }
    GlParser_Next(p);  // ':'
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_SLICE, start);
    if (e == NULL) {
        return NULL;
    }
    e->v.Slice.lower = lower;
    if (!ends_slice_part(TYPE(0))) {
        e->v.Slice.upper = GlParser_Expression(p);
        if (e->v.Slice.upper == NULL) {
            return NULL;
        }
    }
    if (GlParser_Accept(p, GL_TOK_COLON) && !ends_slice_part(TYPE(0))) {
        e->v.Slice.step = GlParser_Expression(p);
        if (e->v.Slice.step == NULL) {
            return NULL;
        }
    }
    GlParser_EndExpr(p, e);
    return e;
}

static GlAstExpr *
slices(GlParser *p)
{
    GlToken *st = PEEK(0);
    GlAstExpr *first = slice_item(p);
    if (first == NULL) {
        return NULL;
    }
    if (TYPE(0) != GL_TOK_COMMA) {
        if (first->kind == GL_AST_STARRED) {
            GlAstExpr *t = GlParser_NewExpr(p, GL_AST_TUPLE, NULL);
            if (t == NULL) {
                return NULL;
            }
            *t = (GlAstExpr){.kind = GL_AST_TUPLE, .lineno = first->lineno,
                             .col_offset = first->col_offset, .end_lineno = first->end_lineno,
                             .end_col_offset = first->end_col_offset};
            t->v.Tuple.elts.n = 1;
            t->v.Tuple.elts.items = GlArena_Alloc(p->arena, sizeof(GlAstExpr *));
            if (t->v.Tuple.elts.items == NULL) {
                return GlParser_NoMem(p);
            }
            t->v.Tuple.elts.items[0] = first;
            t->v.Tuple.ctx = GL_AST_LOAD;
            return t;
        }
        return first;
    }
    GlVec elts = {0};
    if (GlVec_Push(p, &elts, first) < 0) {
        return NULL;
    }
    while (GlParser_Accept(p, GL_TOK_COMMA)) {
        if (TYPE(0) == GL_TOK_RSQB) {
            break;
        }
        GlAstExpr *e = slice_item(p);
        if (e == NULL || GlVec_Push(p, &elts, e) < 0) {
            return NULL;
        }
    }
    GlAstExpr *t = GlParser_NewExpr(p, GL_AST_TUPLE, st);
    if (t == NULL) {
        return NULL;
    }
    GlParser_EndExpr(p, t);
    seq_from_vec(&t->v.Tuple.elts, &elts);
    t->v.Tuple.ctx = GL_AST_LOAD;
    return t;
}

/* ---- primary: atom followed by trailers ---------------------------------------------- */

GlAstExpr *
GlParser_Primary(GlParser *p)
{
    GlToken *st = PEEK(0);  // trailer nodes start here, an opening parenthesis included
    GlAstExpr *e = atom(p);
    while (e != NULL) {
        GlTokType t = TYPE(0);
        GlAstExpr *n;
        if (t == GL_TOK_DOT) {
            GlParser_Next(p);
            GlToken *name = PEEK(0);
            if (name->type != GL_TOK_NAME) {
                return GlParser_Invalid(p);
            }
            GlParser_Next(p);
            n = GlParser_NewExpr(p, GL_AST_ATTRIBUTE, NULL);
            if (n == NULL) {
                return NULL;
            }
            n->v.Attribute.value = e;
            n->v.Attribute.attr = GlParser_Ident(p, name);
            n->v.Attribute.ctx = GL_AST_LOAD;
        } else if (t == GL_TOK_LPAR) {
            GlToken *lp = GlParser_Next(p);
            n = GlParser_NewExpr(p, GL_AST_CALL, NULL);
            if (n == NULL) {
                return NULL;
            }
            n->v.Call.func = e;
            if (GlParser_CallArgs(p, &n->v.Call.args, &n->v.Call.keywords) < 0 ||
                GlParser_Expect(p, GL_TOK_RPAR) == NULL) {
                return NULL;
            }
            /* a lone generator argument spans the call's parentheses, as CPython */
            if (n->v.Call.args.n == 1 && n->v.Call.keywords.n == 0 &&
                n->v.Call.args.items[0] == p->bare_genexp) {
                GlAstExpr *g = n->v.Call.args.items[0];
                g->lineno = lp->lineno + p->fstring_line;
                g->col_offset = lp->col + (lp->lineno == 1 ? p->fstring_col : 0);
                GlParser_EndExpr(p, g);
            }
        } else if (t == GL_TOK_LSQB) {
            GlParser_Next(p);
            GlAstExpr *s = slices(p);
            if (s == NULL || GlParser_Expect(p, GL_TOK_RSQB) == NULL) {
                return NULL;
            }
            n = GlParser_NewExpr(p, GL_AST_SUBSCRIPT, NULL);
            if (n == NULL) {
                return NULL;
            }
            n->v.Subscript.value = e;
            n->v.Subscript.slice = s;
            n->v.Subscript.ctx = GL_AST_LOAD;
        } else {
            break;
        }
        n->lineno = st->lineno + p->fstring_line;
        n->col_offset = st->col + (st->lineno == 1 ? p->fstring_col : 0);
        GlParser_EndExpr(p, n);
        e = n;
    }
    return e;
}
