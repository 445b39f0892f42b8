/*
 * parser_pattern.c - the match statement (PEP 634): the soft keywords `match` and `case`,
 * subjects, guards and every pattern form of CPython 3.11's python.gram (literal,
 * capture, wildcard, value, group, sequence, mapping, class, or, as, star).
 *
 * Invariants:
 * - `match` is a statement only when `match <subject_expr> ':'` parses; otherwise the
 *   parser backtracks (token position, depth and error state restored) and the line is
 *   an ordinary statement, so `match = 1`, `match(x)`, `match[x]` keep working. A
 *   tokenizer error met while looking ahead is never discarded.
 * - Inside the match block every statement must be a `case` block.
 * - Pattern positions are CPython's EXTRA positions: first token to last consumed token
 *   (a group pattern keeps its inner pattern's positions, as CPython).
 *
 * CPython behaviour matched: the invalid_match_stmt, invalid_case_block,
 * invalid_as_pattern and invalid_class_pattern messages, and the complex literal checks
 * ("real number required in complex literal", "imaginary number required ...").
 */
#include "parser_int.h"

#include <string.h>

#define PEEK(k) GlParser_Peek(p, (k))
#define TYPE(k) (GlParser_Peek(p, (k))->type)

static GlAstPattern *pattern(GlParser *p);
static GlAstPattern *closed_pattern(GlParser *p);

static int
tok_is(const GlToken *t, const char *word)
{
    size_t n = strlen(word);
    return t->type == GL_TOK_NAME && (size_t)(t->end - t->start) == n &&
           memcmp(t->start, word, n) == 0;
}

static GlAstPattern *
new_pattern(GlParser *p, GlAstPatternKind kind, const GlToken *start)
{
    GlAstPattern *pt = GlArena_Alloc(p->arena, sizeof(GlAstPattern));
    if (pt == NULL) {
        return GlParser_NoMem(p);
    }
    memset(pt, 0, sizeof(*pt));
    pt->kind = kind;
    pt->lineno = start->lineno;
    pt->col_offset = start->col;
    pt->end_lineno = start->end_lineno;
    pt->end_col_offset = start->end_col;
    return pt;
}

/* End position = the previous token's end. */
static void
end_pattern(GlParser *p, GlAstPattern *pt)
{
    GlToken *t = GlParser_Prev(p);
    pt->end_lineno = t->end_lineno;
    pt->end_col_offset = t->end_col;
}

static void
pattern_from_expr(GlAstPattern *pt, const GlAstExpr *e)
{
    pt->lineno = e->lineno;
    pt->col_offset = e->col_offset;
    pt->end_lineno = e->end_lineno;
    pt->end_col_offset = e->end_col_offset;
}

static void
pseq(GlAstPatternSeq *s, GlVec *v)
{
    s->n = v->n;
    s->items = (GlAstPattern **)v->items;
}

static void
eseq(GlAstExprSeq *s, GlVec *v)
{
    s->n = v->n;
    s->items = (GlAstExpr **)v->items;
}

/* ---- literals ------------------------------------------------------------------------- */

static int
is_imag(const GlAstExpr *e)
{
    return e->v.Constant.kind == GL_CONST_COMPLEX;
}

/* signed_number: NUMBER | '-' NUMBER */
static GlAstExpr *
signed_number(GlParser *p, GlAstExpr **num)
{
    GlToken *start = PEEK(0);
    if (start->type == GL_TOK_MINUS) {
        GlParser_Next(p);
        if (TYPE(0) != GL_TOK_NUMBER) {
            return GlParser_Invalid(p);
        }
        GlAstExpr *n = GlParser_Number(p);
        GlAstExpr *e = n == NULL ? NULL : GlParser_NewExpr(p, GL_AST_UNARYOP, start);
        if (e == NULL) {
            return NULL;
        }
        e->v.UnaryOp.op = GL_AST_USUB;
        e->v.UnaryOp.operand = n;
        GlParser_EndExpr(p, e);
        *num = n;
        return e;
    }
    if (start->type != GL_TOK_NUMBER) {
        return GlParser_Invalid(p);
    }
    return *num = GlParser_Number(p);
}

/* signed_number !('+'|'-') | complex_number: a literal number expression. */
static GlAstExpr *
number_literal(GlParser *p)
{
    GlToken *start = PEEK(0);
    GlAstExpr *num = NULL;
    GlAstExpr *real = signed_number(p, &num);
    if (real == NULL) {
        return NULL;
    }
    if (TYPE(0) != GL_TOK_PLUS && TYPE(0) != GL_TOK_MINUS) {
        return real;
    }
    if (is_imag(num)) {
        return GlParser_ErrorExpr(p, num, "real number required in complex literal");
    }
    GlToken *op = GlParser_Next(p);
    if (TYPE(0) != GL_TOK_NUMBER) {
        return GlParser_Invalid(p);
    }
    GlAstExpr *imag = GlParser_Number(p);
    if (imag == NULL) {
        return NULL;
    }
    if (!is_imag(imag)) {
        return GlParser_ErrorExpr(p, imag, "imaginary number required in complex literal");
    }
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_BINOP, start);
    if (e == NULL) {
        return NULL;
    }
    e->v.BinOp.left = real;
    e->v.BinOp.op = op->type == GL_TOK_PLUS ? GL_AST_ADD : GL_AST_SUB;
    e->v.BinOp.right = imag;
    GlParser_EndExpr(p, e);
    return e;
}

static GlAstExpr *
strings(GlParser *p)
{
    int first = p->pos, n = 0;
    while (TYPE(n) == GL_TOK_STRING) {
        n++;
    }
    GlAstExpr *e = GlParser_Strings(p, first, n);
    if (e != NULL) {
        p->pos = first + n;
    }
    return e;
}

/* name_or_attr: NAME ('.' NAME)* as Name / Attribute (Load). */
static GlAstExpr *
name_or_attr(GlParser *p)
{
    GlToken *start = PEEK(0);
    if (start->type != GL_TOK_NAME) {
        return GlParser_Invalid(p);
    }
    GlParser_Next(p);
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_NAME, start);
    if (e == NULL) {
        return NULL;
    }
    e->v.Name.id = GlParser_Ident(p, start);
    e->v.Name.ctx = GL_AST_LOAD;
    while (TYPE(0) == GL_TOK_DOT) {
        GlParser_Next(p);
        GlToken *name = PEEK(0);
        if (name->type != GL_TOK_NAME) {
            return GlParser_Invalid(p);
        }
        GlParser_Next(p);
        GlAstExpr *a = GlParser_NewExpr(p, GL_AST_ATTRIBUTE, start);
        if (a == NULL) {
            return NULL;
        }
        a->v.Attribute.value = e;
        a->v.Attribute.attr = GlParser_Ident(p, name);
        a->v.Attribute.ctx = GL_AST_LOAD;
        GlParser_EndExpr(p, a);
        e = a;
    }
    return e;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '='); the name, or NULL with an error. */
static const char *
capture_target(GlParser *p)
{
    GlToken *t = PEEK(0);
    if (t->type != GL_TOK_NAME || tok_is(t, "_")) {
        return GlParser_Invalid(p);
    }
    GlParser_Next(p);
    GlTokType n = TYPE(0);
    if (n == GL_TOK_DOT || n == GL_TOK_LPAR || n == GL_TOK_EQUAL) {
        return GlParser_Invalid(p);
    }
    return GlParser_Ident(p, t);
}

/* ---- class patterns ------------------------------------------------------------------- */

static int
is_keyword_arg(GlParser *p)
{
    return TYPE(0) == GL_TOK_NAME && TYPE(1) == GL_TOK_EQUAL;
}

/* cls '(' [args] ')' with cls already parsed. */
static GlAstPattern *
class_pattern(GlParser *p, GlAstExpr *cls)
{
    GlAstPattern *pt = new_pattern(p, GL_AST_MATCHCLASS, PEEK(0));
    if (pt == NULL) {
        return NULL;
    }
    pt->lineno = cls->lineno;
    pt->col_offset = cls->col_offset;
    pt->v.MatchClass.cls = cls;
    GlParser_Next(p);  // '('
    GlVec pos = {0}, attrs = {0}, kwds = {0};
    while (TYPE(0) != GL_TOK_RPAR) {
        if (is_keyword_arg(p)) {
            GlToken *name = GlParser_Next(p);
            GlParser_Next(p);  // '='
            GlAstPattern *v = pattern(p);
            if (v == NULL || GlVec_Push(p, &attrs, (void *)GlParser_Ident(p, name)) < 0 ||
                GlVec_Push(p, &kwds, v) < 0) {
                return NULL;
            }
        } else {
            GlAstPattern *v = pattern(p);
            if (v == NULL) {
                return NULL;
            }
            if (kwds.n > 0) {
                // invalid_class_argument_pattern: the positional run after keywords
                GlAstPattern *last = v;
                while (TYPE(0) == GL_TOK_COMMA && TYPE(1) != GL_TOK_RPAR) {
                    int save = p->pos;
                    GlParser_Next(p);
                    if (is_keyword_arg(p)) {
                        p->pos = save;
                        break;
                    }
                    if ((last = pattern(p)) == NULL) {
                        return NULL;
                    }
                }
                return GlParser_ErrorRange(p, GL_ERR_SYNTAX, v->lineno, v->col_offset,
                                           last->end_lineno, last->end_col_offset,
                                           "positional patterns follow keyword patterns");
            }
            if (GlVec_Push(p, &pos, v) < 0) {
                return NULL;
            }
        }
        if (!GlParser_Accept(p, GL_TOK_COMMA)) {
            break;
        }
    }
    if (GlParser_Expect(p, GL_TOK_RPAR) == NULL) {
        return NULL;
    }
    pseq(&pt->v.MatchClass.patterns, &pos);
    pt->v.MatchClass.kwd_attrs.n = attrs.n;
    pt->v.MatchClass.kwd_attrs.items = (const char **)attrs.items;
    pseq(&pt->v.MatchClass.kwd_patterns, &kwds);
    end_pattern(p, pt);
    return pt;
}

/* ---- sequences and mappings ----------------------------------------------------------- */

/* star_pattern: '*' (capture target | '_') */
static GlAstPattern *
star_pattern(GlParser *p)
{
    GlToken *star = GlParser_Next(p);
    GlAstPattern *pt = new_pattern(p, GL_AST_MATCHSTAR, star);
    if (pt == NULL) {
        return NULL;
    }
    if (tok_is(PEEK(0), "_")) {
        GlParser_Next(p);
    } else if ((pt->v.MatchStar.name = capture_target(p)) == NULL) {
        return NULL;
    }
    end_pattern(p, pt);
    return pt;
}

static GlAstPattern *
maybe_star_pattern(GlParser *p)
{
    return TYPE(0) == GL_TOK_STAR ? star_pattern(p) : pattern(p);
}

/* maybe_sequence_pattern items up to (not including) `closer`; first may be given. */
static int
sequence_items(GlParser *p, GlVec *items, GlTokType closer)
{
    while (TYPE(0) != closer) {
        GlAstPattern *it = maybe_star_pattern(p);
        if (it == NULL || GlVec_Push(p, items, it) < 0) {
            return -1;
        }
        if (!GlParser_Accept(p, GL_TOK_COMMA)) {
            break;
        }
    }
    return 0;
}

/* '(' ... ')': group pattern, or a sequence pattern when empty or a comma appears. */
static GlAstPattern *
paren_pattern(GlParser *p)
{
    GlToken *start = GlParser_Next(p);
    GlVec items = {0};
    if (TYPE(0) != GL_TOK_RPAR) {
        GlAstPattern *first = maybe_star_pattern(p);
        if (first == NULL) {
            return NULL;
        }
        if (TYPE(0) != GL_TOK_COMMA) {
            if (first->kind == GL_AST_MATCHSTAR) {
                return GlParser_Invalid(p);
            }
            return GlParser_Expect(p, GL_TOK_RPAR) == NULL ? NULL : first;  // group
        }
        GlParser_Next(p);
        if (GlVec_Push(p, &items, first) < 0 || sequence_items(p, &items, GL_TOK_RPAR) < 0) {
            return NULL;
        }
    }
    if (GlParser_Expect(p, GL_TOK_RPAR) == NULL) {
        return NULL;
    }
    GlAstPattern *pt = new_pattern(p, GL_AST_MATCHSEQUENCE, start);
    if (pt == NULL) {
        return NULL;
    }
    pseq(&pt->v.MatchSequence.patterns, &items);
    end_pattern(p, pt);
    return pt;
}

static GlAstPattern *
list_pattern(GlParser *p)
{
    GlToken *start = GlParser_Next(p);
    GlVec items = {0};
    if (sequence_items(p, &items, GL_TOK_RSQB) < 0 || GlParser_Expect(p, GL_TOK_RSQB) == NULL) {
        return NULL;
    }
    GlAstPattern *pt = new_pattern(p, GL_AST_MATCHSEQUENCE, start);
    if (pt == NULL) {
        return NULL;
    }
    pseq(&pt->v.MatchSequence.patterns, &items);
    end_pattern(p, pt);
    return pt;
}

/* key of a key_value_pattern: literal_expr | attr */
static GlAstExpr *
mapping_key(GlParser *p)
{
    GlToken *t = PEEK(0);
    switch (t->type) {
    case GL_TOK_NUMBER: case GL_TOK_MINUS:
        return number_literal(p);
    case GL_TOK_STRING:
        return strings(p);
    case GL_TOK_KW_NONE: case GL_TOK_KW_TRUE: case GL_TOK_KW_FALSE: {
        GlParser_Next(p);
        GlAstExpr *e = GlParser_NewExpr(p, GL_AST_CONSTANT, t);
        if (e != NULL) {
            e->v.Constant.kind = t->type == GL_TOK_KW_NONE ? GL_CONST_NONE :
                                 t->type == GL_TOK_KW_TRUE ? GL_CONST_TRUE : GL_CONST_FALSE;
        }
        return e;
    }
    case GL_TOK_NAME:
        if (TYPE(1) != GL_TOK_DOT) {
            GlParser_Next(p);
            return GlParser_Invalid(p);
        }
        return name_or_attr(p);
    default:
        return GlParser_Invalid(p);
    }
}

static GlAstPattern *
mapping_pattern(GlParser *p)
{
    GlToken *start = GlParser_Next(p);
    GlVec keys = {0}, values = {0};
    const char *rest = NULL;
    while (TYPE(0) != GL_TOK_RBRACE) {
        if (TYPE(0) == GL_TOK_DOUBLESTAR) {
            GlParser_Next(p);
            if ((rest = capture_target(p)) == NULL) {
                return NULL;
            }
            GlParser_Accept(p, GL_TOK_COMMA);
            break;
        }
        GlAstExpr *k = mapping_key(p);
        if (k == NULL || GlParser_Expect(p, GL_TOK_COLON) == NULL) {
            return NULL;
        }
        GlAstPattern *v = pattern(p);
        if (v == NULL || GlVec_Push(p, &keys, k) < 0 || GlVec_Push(p, &values, v) < 0) {
            return NULL;
        }
        if (!GlParser_Accept(p, GL_TOK_COMMA)) {
            break;
        }
    }
    if (GlParser_Expect(p, GL_TOK_RBRACE) == NULL) {
        return NULL;
    }
    GlAstPattern *pt = new_pattern(p, GL_AST_MATCHMAPPING, start);
    if (pt == NULL) {
        return NULL;
    }
    eseq(&pt->v.MatchMapping.keys, &keys);
    pseq(&pt->v.MatchMapping.patterns, &values);
    pt->v.MatchMapping.rest = rest;
    end_pattern(p, pt);
    return pt;
}

/* ---- patterns ------------------------------------------------------------------------- */

static GlAstPattern *
value_pattern(GlParser *p, GlAstExpr *value)
{
    if (value == NULL) {
        return NULL;
    }
    GlAstPattern *pt = new_pattern(p, GL_AST_MATCHVALUE, PEEK(0));
    if (pt == NULL) {
        return NULL;
    }
    pattern_from_expr(pt, value);
    pt->v.MatchValue.value = value;
    return pt;
}

static GlAstPattern *
closed_pattern(GlParser *p)
{
    GlToken *t = PEEK(0);
    switch (t->type) {
    case GL_TOK_NUMBER: case GL_TOK_MINUS:
        return value_pattern(p, number_literal(p));
    case GL_TOK_STRING:
        return value_pattern(p, strings(p));
    case GL_TOK_KW_NONE: case GL_TOK_KW_TRUE: case GL_TOK_KW_FALSE: {
        GlParser_Next(p);
        GlAstPattern *pt = new_pattern(p, GL_AST_MATCHSINGLETON, t);
        if (pt != NULL) {
            pt->v.MatchSingleton.value = t->type == GL_TOK_KW_NONE ? GL_CONST_NONE :
                t->type == GL_TOK_KW_TRUE ? GL_CONST_TRUE : GL_CONST_FALSE;
        }
        return pt;
    }
    case GL_TOK_LPAR:
        return paren_pattern(p);
    case GL_TOK_LSQB:
        return list_pattern(p);
    case GL_TOK_LBRACE:
        return mapping_pattern(p);
    case GL_TOK_NAME: {
        // wildcard_pattern comes before value_pattern and class_pattern in CPython's
        // ordered choice, so `_.x` and `_()` are syntax errors
        if (!tok_is(t, "_") && (TYPE(1) == GL_TOK_DOT || TYPE(1) == GL_TOK_LPAR)) {
            GlAstExpr *e = name_or_attr(p);
            if (e == NULL) {
                return NULL;
            }
            if (TYPE(0) == GL_TOK_LPAR) {
                return class_pattern(p, e);
            }
            if (TYPE(0) == GL_TOK_EQUAL) {
                return GlParser_Invalid(p);
            }
            return value_pattern(p, e);
        }
        GlAstPattern *pt = new_pattern(p, GL_AST_MATCHAS, t);
        if (pt == NULL) {
            return NULL;
        }
        if (tok_is(t, "_")) {
            GlParser_Next(p);
            return pt;
        }
        if ((pt->v.MatchAs.name = capture_target(p)) == NULL) {
            return NULL;
        }
        return pt;
    }
    default:
        return GlParser_Invalid(p);
    }
}

/* or_pattern: '|'.closed_pattern+ */
static GlAstPattern *
or_pattern(GlParser *p)
{
    GlToken *start = PEEK(0);
    GlAstPattern *first = closed_pattern(p);
    if (first == NULL || TYPE(0) != GL_TOK_VBAR) {
        return first;
    }
    GlVec alts = {0};
    if (GlVec_Push(p, &alts, first) < 0) {
        return NULL;
    }
    while (GlParser_Accept(p, GL_TOK_VBAR)) {
        GlAstPattern *alt = closed_pattern(p);
        if (alt == NULL || GlVec_Push(p, &alts, alt) < 0) {
            return NULL;
        }
    }
    GlAstPattern *pt = new_pattern(p, GL_AST_MATCHOR, start);
    if (pt == NULL) {
        return NULL;
    }
    pseq(&pt->v.MatchOr.patterns, &alts);
    end_pattern(p, pt);
    return pt;
}

/* pattern: or_pattern ['as' capture_target] */
static GlAstPattern *
pattern(GlParser *p)
{
    if (GlParser_DepthEnter(p) < 0) {
        return NULL;
    }
    GlToken *start = PEEK(0);
    GlAstPattern *inner = or_pattern(p);
    if (inner == NULL || TYPE(0) != GL_TOK_KW_AS) {
        p->depth--;
        return inner;
    }
    GlParser_Next(p);
    GlToken *t = PEEK(0);
    if (tok_is(t, "_")) {
        return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "cannot use '_' as a target");
    }
    if (t->type != GL_TOK_NAME) {
        if (t->type == GL_TOK_ERROR) {
            return NULL;
        }
        GlAstExpr *e = GlParser_Expression(p);
        return e == NULL ? NULL : GlParser_ErrorExpr(p, e, "invalid pattern target");
    }
    GlAstPattern *pt = new_pattern(p, GL_AST_MATCHAS, start);
    if (pt == NULL || (pt->v.MatchAs.name = capture_target(p)) == NULL) {
        return NULL;
    }
    pt->v.MatchAs.pattern = inner;
    end_pattern(p, pt);
    p->depth--;
    return pt;
}

/* patterns: open_sequence_pattern | pattern */
static GlAstPattern *
patterns(GlParser *p)
{
    GlToken *start = PEEK(0);
    GlAstPattern *first = maybe_star_pattern(p);
    if (first == NULL) {
        return NULL;
    }
    if (TYPE(0) != GL_TOK_COMMA) {
        if (first->kind == GL_AST_MATCHSTAR) {
            return GlParser_Invalid(p);
        }
        return first;
    }
    GlParser_Next(p);
    GlVec items = {0};
    if (GlVec_Push(p, &items, first) < 0 || sequence_items(p, &items, GL_TOK_COLON) < 0) {
        return NULL;
    }
    GlAstPattern *pt = new_pattern(p, GL_AST_MATCHSEQUENCE, start);
    if (pt == NULL) {
        return NULL;
    }
    pseq(&pt->v.MatchSequence.patterns, &items);
    end_pattern(p, pt);
    return pt;
}

/* ---- the statement -------------------------------------------------------------------- */

/* "case" patterns guard? ':' block */
static GlAstMatchCase *
case_block(GlParser *p)
{
    GlToken *start = GlParser_Next(p);  // "case"
    GlAstMatchCase *mc = GlArena_Alloc(p->arena, sizeof(GlAstMatchCase));
    if (mc == NULL) {
        return GlParser_NoMem(p);
    }
    mc->guard = NULL;
    if ((mc->pattern = patterns(p)) == NULL) {
        return NULL;
    }
    if (GlParser_Accept(p, GL_TOK_KW_IF) &&
        (mc->guard = GlParser_Condition(p)) == NULL) {
        return NULL;
    }
    if (GlParser_ExpectColon(p) == NULL ||
        GlParser_Block(p, &mc->body, "'case' statement", start) < 0) {
        return NULL;
    }
    return mc;
}

/* subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
static GlAstExpr *
subject_expr(GlParser *p)
{
    GlToken *start = PEEK(0);
    GlAstExpr *first = GlParser_StarNamedExpression(p);
    if (first == NULL) {
        return NULL;
    }
    if (TYPE(0) != GL_TOK_COMMA) {
        return first->kind == GL_AST_STARRED ? GlParser_Invalid(p) : first;
    }
    GlVec elts = {0};
    if (GlVec_Push(p, &elts, first) < 0) {
        return NULL;
    }
    while (GlParser_Accept(p, GL_TOK_COMMA)) {
        if (TYPE(0) == GL_TOK_COLON || TYPE(0) == GL_TOK_NEWLINE) {
            break;
        }
        GlAstExpr *e = GlParser_StarNamedExpression(p);
        if (e == NULL || GlVec_Push(p, &elts, e) < 0) {
            return NULL;
        }
    }
    GlAstExpr *t = GlParser_NewExpr(p, GL_AST_TUPLE, start);
    if (t == NULL) {
        return NULL;
    }
    eseq(&t->v.Tuple.elts, &elts);
    t->v.Tuple.ctx = GL_AST_LOAD;
    GlParser_EndExpr(p, t);
    return t;
}

static int
can_start_subject(GlTokType t)
{
    switch (t) {
    case GL_TOK_NAME: case GL_TOK_NUMBER: case GL_TOK_STRING: case GL_TOK_LPAR:
    case GL_TOK_LSQB: case GL_TOK_LBRACE: case GL_TOK_MINUS: case GL_TOK_PLUS:
    case GL_TOK_TILDE: case GL_TOK_STAR: case GL_TOK_KW_NOT: case GL_TOK_KW_LAMBDA:
    case GL_TOK_KW_NONE: case GL_TOK_KW_TRUE: case GL_TOK_KW_FALSE: case GL_TOK_ELLIPSIS:
    case GL_TOK_KW_AWAIT:
        return 1;
    default:
        return 0;
    }
}

int
GlParser_MatchStmt(GlParser *p, GlVec *out, GlToken **nl, GlToken **far)
{
    *nl = NULL;
    *far = NULL;
    if (!can_start_subject(TYPE(1))) {
        return 0;
    }
    int save_pos = p->pos, save_depth = p->depth;
    GlToken *start = GlParser_Next(p);  // "match"
    GlAstExpr *subject = subject_expr(p);
    if (subject == NULL || TYPE(0) != GL_TOK_COLON) {
        if (GlParser_Tok(p, p->ntoks - 1)->type == GL_TOK_ERROR ||
            p->err->kind == GL_ERR_NOMEM || p->err->kind == GL_ERR_RECURSION) {
            return -1;  // a real error met while looking ahead
        }
        if (subject != NULL && TYPE(0) == GL_TOK_NEWLINE) {
            *nl = PEEK(0);
        } else if (subject != NULL) {
            *far = PEEK(0);
        }
        p->err->kind = GL_ERR_NONE;
        p->pos = save_pos;
        p->depth = save_depth;
        return 0;
    }
    GlParser_Next(p);  // ':'
    GlAstStmt *s = GlParser_NewStmt(p, GL_AST_MATCH, start);
    if (s == NULL) {
        return -1;
    }
    s->v.Match.subject = subject;
    if (GlParser_Expect(p, GL_TOK_NEWLINE) == NULL) {
        return -1;
    }
    GlToken *t = PEEK(0);
    if (t->type != GL_TOK_INDENT) {
        if (GlParser_AtEof(p, t)) {
            GlParser_ErrorAtEof(p, GL_ERR_INDENTATION, "expected an indented block after "
                                "'match' statement on line %d", start->lineno);
        } else if (t->type != GL_TOK_ERROR) {
            GlParser_ErrorRange(p, GL_ERR_INDENTATION, t->lineno, t->col, t->lineno,
                                t->type == GL_TOK_ENDMARKER ? t->col : t->end_col,
                                "expected an indented block after 'match' statement on "
                                "line %d", start->lineno);
        }
        return -1;
    }
    GlParser_Next(p);
    GlVec cases = {0};
    do {
        if (!tok_is(PEEK(0), "case")) {
            GlParser_Invalid(p);
            return -1;
        }
        GlAstMatchCase *mc = case_block(p);
        if (mc == NULL || GlVec_Push(p, &cases, mc) < 0) {
            return -1;
        }
    } while (TYPE(0) != GL_TOK_DEDENT && TYPE(0) != GL_TOK_ENDMARKER);
    if (GlParser_Expect(p, GL_TOK_DEDENT) == NULL) {
        return -1;
    }
    s->v.Match.cases.n = cases.n;
    s->v.Match.cases.items = (GlAstMatchCase **)cases.items;
    GlParser_EndStmt(p, s);
    if (GlVec_Push(p, out, s) < 0) {
        return -1;
    }
    return 1;
}
