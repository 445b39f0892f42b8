/*
 * parser_expr.c - recursive-descent parsing of Python 3.11 expressions: operator
 * precedence, atoms and displays, comprehensions, calls, subscripts/slices, lambda and
 * parameter lists, and assignment-target validation (SetContext).
 *
 * Invariants:
 * - Each function consumes exactly the tokens of what it returns; on NULL p->err is set.
 * - Recursion through GlParser_Expression, unary operators and `**` increments p->depth
 *   and fails at GL_PARSER_MAXDEPTH (bracket nesting is also capped by the tokenizer).
 * - Positions: binary nodes span their operands; a parenthesized expression keeps the
 *   inner node's position (a parenthesized tuple includes its parentheses), as CPython.
 *
 * CPython behaviour matched: Grammar/python.gram of 3.11 and its invalid_* rules for the
 * common error messages.
 */
#include "parser_int.h"
#include "../core/cstack.h"

#include <string.h>

#define PEEK(k) GlParser_Peek(p, (k))
#define TYPE(k) (GlParser_Peek(p, (k))->type)


/* ---- helpers -------------------------------------------------------------------------- */

int
GlParser_DepthEnter(GlParser *p)
{
    /* As CPython's parser: past GL_PARSER_MAXDEPTH nested rules, MemoryError without
     * a message (also when the C stack runs low first, as under ASan). */
    if (++p->depth > GL_PARSER_MAXDEPTH || GlCore_StackLow()) {
        GlParser_NoMem(p);
        return -1;
    }
    return 0;
}

static void
span(GlAstExpr *e, const GlAstExpr *a, const GlAstExpr *b)
{
    e->lineno = a->lineno;
    e->col_offset = a->col_offset;
    e->end_lineno = b->end_lineno;
    e->end_col_offset = b->end_col_offset;
}

/* A node spanning from token `st` to the last token consumed (parentheses included). */
static GlAstExpr *
new_from(GlParser *p, GlAstExprKind kind, const GlToken *st)
{
    GlAstExpr *e = GlParser_NewExpr(p, kind, st);
    if (e != NULL) {
        GlParser_EndExpr(p, e);
    }
    return e;
}

static void
seq_from_vec(GlAstExprSeq *s, GlVec *v)
{
    s->n = v->n;
    s->items = (GlAstExpr **)v->items;
}

const char *
GlParser_ExprName(const GlAstExpr *e)
{
    switch (e->kind) {
    case GL_AST_ATTRIBUTE: return "attribute";
    case GL_AST_SUBSCRIPT: return "subscript";
    case GL_AST_STARRED: return "starred";
    case GL_AST_NAME: return "name";
    case GL_AST_LIST: return "list";
    case GL_AST_TUPLE: return "tuple";
    case GL_AST_LAMBDA: return "lambda";
    case GL_AST_CALL: return "function call";
    case GL_AST_BOOLOP: case GL_AST_BINOP: case GL_AST_UNARYOP: return "expression";
    case GL_AST_GENERATOREXP: return "generator expression";
    case GL_AST_YIELD: case GL_AST_YIELDFROM: return "yield expression";
    case GL_AST_LISTCOMP: return "list comprehension";
    case GL_AST_SETCOMP: return "set comprehension";
    case GL_AST_DICTCOMP: return "dict comprehension";
    case GL_AST_DICT: return "dict literal";
    case GL_AST_SET: return "set display";
    case GL_AST_JOINEDSTR: case GL_AST_FORMATTEDVALUE: return "f-string expression";
    case GL_AST_CONSTANT:
        switch (e->v.Constant.kind) {
        case GL_CONST_NONE: return "None";
        case GL_CONST_TRUE: return "True";
        case GL_CONST_FALSE: return "False";
        case GL_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case GL_AST_COMPARE: return "comparison";
    case GL_AST_IFEXP: return "conditional expression";
    case GL_AST_NAMEDEXPR: return "named expression";
    case GL_AST_AWAIT: return "await expression";
    default: return "expression";
    }
}

/* Whether e is what the `bitwise_or` rule can produce (no comparison/not/and/or/if/lambda). */
int
GlParser_IsBitwiseOrLevel(const GlAstExpr *e)
{
    switch (e->kind) {
    case GL_AST_COMPARE: case GL_AST_BOOLOP: case GL_AST_IFEXP: case GL_AST_LAMBDA:
    case GL_AST_NAMEDEXPR: case GL_AST_STARRED:
        return 0;
    case GL_AST_UNARYOP:
        return e->v.UnaryOp.op != GL_AST_NOT;
    default:
        return 1;
    }
}

int
GlParser_SetContext(GlParser *p, GlAstExpr *e, GlAstExprContext ctx)
{
    const char *verb = ctx == GL_AST_DEL ? "delete" : "assign to";
    switch (e->kind) {
    case GL_AST_NAME:
        e->v.Name.ctx = ctx;
        return 0;
    case GL_AST_ATTRIBUTE:
        e->v.Attribute.ctx = ctx;
        return 0;
    case GL_AST_SUBSCRIPT:
        e->v.Subscript.ctx = ctx;
        return 0;
    case GL_AST_STARRED:
        if (ctx == GL_AST_DEL) {
            GlParser_ErrorExpr(p, e, "cannot delete starred");
            return -1;
        }
        e->v.Starred.ctx = ctx;
        return GlParser_SetContext(p, e->v.Starred.value, ctx);
    case GL_AST_TUPLE:
    case GL_AST_LIST: {
        GlAstExprSeq *elts = e->kind == GL_AST_TUPLE ? &e->v.Tuple.elts : &e->v.List.elts;
        if (e->kind == GL_AST_TUPLE) {
            e->v.Tuple.ctx = ctx;
        } else {
            e->v.List.ctx = ctx;
        }
        for (int i = 0; i < elts->n; i++) {
            if (GlParser_SetContext(p, elts->items[i], ctx) < 0) {
                return -1;
            }
        }
        return 0;
    }
    default:
        GlParser_ErrorExpr(p, e, "cannot %s %s", verb, GlParser_ExprName(e));
        return -1;
    }
}

/* ---- lambda and parameters ----------------------------------------------------------- */

static GlAstArg *
parse_param(GlParser *p, int is_lambda, int allow_star_annotation)
{
    GlToken *t = PEEK(0);
    if (t->type != GL_TOK_NAME) {
        return GlParser_Invalid(p);
    }
    GlParser_Next(p);
    GlAstArg *a = GlArena_Alloc(p->arena, sizeof(GlAstArg));
    if (a == NULL) {
        return GlParser_NoMem(p);
    }
    a->arg = GlParser_Ident(p, t);
    a->lineno = t->lineno + p->fstring_line;
    a->col_offset = t->col + (t->lineno == 1 ? p->fstring_col : 0);
    a->end_lineno = a->lineno;
    a->end_col_offset = t->end_col + (t->lineno == 1 ? p->fstring_col : 0);
    if (!is_lambda && GlParser_Accept(p, GL_TOK_COLON)) {
        GlAstExpr *ann;
        if (allow_star_annotation && TYPE(0) == GL_TOK_STAR) {
            GlToken *st = GlParser_Next(p);
            GlAstExpr *v = GlParser_Expression(p);
            if (v == NULL) {
                return NULL;
            }
            ann = GlParser_NewExpr(p, GL_AST_STARRED, st);
            if (ann == NULL) {
                return NULL;
            }
            ann->v.Starred.value = v;
            ann->v.Starred.ctx = GL_AST_LOAD;
            GlParser_EndExpr(p, ann);
        } else {
            ann = GlParser_Expression(p);
        }
        if (ann == NULL) {
            return NULL;
        }
        a->annotation = ann;
        GlToken *end = GlParser_Prev(p);  // closing parentheses of the annotation included
        a->end_lineno = end->end_lineno + p->fstring_line;
        a->end_col_offset = end->end_col + (end->end_lineno == 1 ? p->fstring_col : 0);
    }
    return a;
}

/* Parameters up to ')' (def) or ':' (lambda); does not consume the closer. */
GlAstArguments *
GlParser_Parameters(GlParser *p, int is_lambda)
{
    GlAstArguments *args = GlArena_Alloc(p->arena, sizeof(GlAstArguments));
    if (args == NULL) {
        return GlParser_NoMem(p);
    }
    GlTokType closer = is_lambda ? GL_TOK_COLON : GL_TOK_RPAR;
    GlVec pos = {0}, defaults = {0}, kwonly = {0}, kwdefaults = {0};
    int seen_star = 0, seen_default = 0, nposonly = -1, slash_after_default = 0;
    while (TYPE(0) != closer) {
        GlToken *t = PEEK(0);
        if (args->kwarg != NULL) {
            return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t,
                                     "arguments cannot follow var-keyword argument");
        }
        if (t->type == GL_TOK_SLASH) {
            /* CPython 3.11's invalid_parameters, in its order */
            if (seen_star) {
                return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "/ must be ahead of *");
            }
            if (nposonly >= 0) {
                return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "/ may appear only once");
            }
            if (pos.n == 0) {
                return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "%s",
                                         TYPE(1) == GL_TOK_COMMA
                                         ? "at least one argument must precede /"
                                         : "invalid syntax");
            }
            GlParser_Next(p);
            nposonly = pos.n;
            slash_after_default = seen_default;
            if (TYPE(0) == GL_TOK_STAR) {
                GlToken *st = PEEK(0);
                return GlParser_ErrorTok(p, GL_ERR_SYNTAX, st, st,
                                         "expected comma between / and *");
            }
        } else if (t->type == GL_TOK_LPAR && !is_lambda && !seen_default && nposonly < 0 &&
                   !seen_star) {
            /* invalid_parameters: param_no_default* '(' param_no_default+ ','? ')' */
            int k = 1;
            while (TYPE(k) == GL_TOK_NAME) {
                k++;
                if (TYPE(k) != GL_TOK_COMMA) {
                    break;
                }
                k++;
            }
            if (k > 1 && TYPE(k) == GL_TOK_RPAR) {
                return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, PEEK(k),
                                         "Function parameters cannot be parenthesized");
            }
            return GlParser_Invalid(p);
        } else if (t->type == GL_TOK_STAR) {
            if (seen_star) {
                // CPython's invalid_star_etc: only '*' (param_no_default | ',') says so
                return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "%s",
                                         (TYPE(1) == GL_TOK_NAME && TYPE(2) != GL_TOK_EQUAL)
                                         || TYPE(1) == GL_TOK_COMMA
                                         ? "* argument may appear only once" : "invalid syntax");
            }
            GlParser_Next(p);
            seen_star = 1;
            if (TYPE(0) == GL_TOK_COMMA || TYPE(0) == closer) {
                if (TYPE(0) == closer || TYPE(1) == GL_TOK_DOUBLESTAR || TYPE(1) == closer) {
                    /* def: at the '*'; lambda (RAISE_SYNTAX_ERROR): the last token read */
                    GlToken *at = !is_lambda ? t : TYPE(0) == closer ? PEEK(0) : PEEK(1);
                    return GlParser_ErrorTok(p, GL_ERR_SYNTAX, at, at,
                                             "named arguments must follow bare *");
                }
            } else {
                args->vararg = parse_param(p, is_lambda, 1);
                if (args->vararg == NULL) {
                    return NULL;
                }
                if (TYPE(0) == GL_TOK_EQUAL) {
                    GlToken *eq = PEEK(0);
                    return GlParser_ErrorTok(p, GL_ERR_SYNTAX, eq, eq,
                                             "var-positional argument cannot have default value");
                }
            }
        } else if (t->type == GL_TOK_DOUBLESTAR) {
            GlParser_Next(p);
            args->kwarg = parse_param(p, is_lambda, 0);
            if (args->kwarg == NULL) {
                return NULL;
            }
            if (TYPE(0) == GL_TOK_EQUAL) {
                GlToken *eq = PEEK(0);
                return GlParser_ErrorTok(p, GL_ERR_SYNTAX, eq, eq,
                                         "var-keyword argument cannot have default value");
            }
        } else {
            GlAstArg *a = parse_param(p, is_lambda, 0);
            if (a == NULL) {
                return NULL;
            }
            GlAstExpr *dflt = NULL;
            if (!is_lambda && TYPE(0) == GL_TOK_EQUAL &&
                (TYPE(1) == GL_TOK_RPAR || TYPE(1) == GL_TOK_COMMA)) {
                GlToken *eq = PEEK(0);
                return GlParser_ErrorTok(p, GL_ERR_SYNTAX, eq, eq,
                                         "expected default value expression");
            }
            if (GlParser_Accept(p, GL_TOK_EQUAL)) {
                dflt = GlParser_Expression(p);
                if (dflt == NULL) {
                    return NULL;
                }
            }
            if (seen_star) {
                if (GlVec_Push(p, &kwonly, a) < 0 || GlVec_Push(p, &kwdefaults, dflt) < 0) {
                    return NULL;
                }
            } else {
                if (dflt == NULL && seen_default) {
                    /* only "no-defaults, defaults[, /], no-default" has the message */
                    if (nposonly >= 0 && (!slash_after_default || pos.n > nposonly)) {
                        return GlParser_Invalid(p);
                    }
                    return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, GlParser_Prev(p),
                                             "non-default argument follows default argument");
                }
                if (dflt != NULL) {
                    seen_default = 1;
                    if (GlVec_Push(p, &defaults, dflt) < 0) {
                        return NULL;
                    }
                }
                if (GlVec_Push(p, &pos, a) < 0) {
                    return NULL;
                }
            }
        }
        if (TYPE(0) == closer) {
            break;
        }
        if (GlParser_Expect(p, GL_TOK_COMMA) == NULL) {
            return NULL;
        }
    }
    if (nposonly < 0) {
        nposonly = 0;
    }
    args->posonlyargs.n = nposonly;
    args->posonlyargs.items = (GlAstArg **)pos.items;
    args->args.n = pos.n - nposonly;
    args->args.items = (GlAstArg **)pos.items + nposonly;
    args->kwonlyargs.n = kwonly.n;
    args->kwonlyargs.items = (GlAstArg **)kwonly.items;
    seq_from_vec(&args->kw_defaults, &kwdefaults);
    seq_from_vec(&args->defaults, &defaults);
    return args;
}

static GlAstExpr *
lambdef(GlParser *p)
{
    GlToken *start = GlParser_Next(p);  // 'lambda'
    GlAstArguments *args = GlParser_Parameters(p, 1);
    if (args == NULL || GlParser_Expect(p, GL_TOK_COLON) == NULL) {
        return NULL;
    }
    if (GlParser_DepthEnter(p) < 0) {   // a level for the lambda rule, as CPython's
        return NULL;
    }
    GlAstExpr *body = GlParser_Expression(p);
    p->depth--;
    if (body == NULL) {
        return NULL;
    }
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_LAMBDA, start);
    if (e == NULL) {
        return NULL;
    }
    e->v.Lambda.args = args;
    e->v.Lambda.body = body;
    GlParser_EndExpr(p, e);
    return e;
}

/* ---- expression levels ------------------------------------------------------------- */

GlAstExpr *
GlParser_Expression(GlParser *p)
{
    if (GlParser_DepthEnter(p) < 0) {
        return NULL;
    }
    GlAstExpr *r;
    GlToken *st = PEEK(0);
    if (TYPE(0) == GL_TOK_KW_LAMBDA) {
        r = lambdef(p);
        p->depth--;
        return r;
    }
    GlAstExpr *body = GlParser_Disjunction(p);
    if (body == NULL || TYPE(0) != GL_TOK_KW_IF) {
        p->depth--;
        return body;
    }
    GlParser_Next(p);
    GlAstExpr *test = GlParser_Disjunction(p);
    if (test == NULL) {
        return NULL;
    }
    if (TYPE(0) != GL_TOK_KW_ELSE) {
        if (TYPE(0) == GL_TOK_ERROR) {
            return NULL;
        }
        GlAstExpr tmp;
        span(&tmp, body, test);
        return GlParser_ErrorExpr(p, &tmp, "expected 'else' after 'if' expression");
    }
    GlParser_Next(p);
    GlAstExpr *orelse = GlParser_Expression(p);
    if (orelse == NULL) {
        return NULL;
    }
    r = new_from(p, GL_AST_IFEXP, st);
    if (r != NULL) {
        r->v.IfExp.test = test;
        r->v.IfExp.body = body;
        r->v.IfExp.orelse = orelse;
    }
    p->depth--;
    return r;
}

GlAstExpr *
GlParser_NamedExpression(GlParser *p)
{
    if (TYPE(0) == GL_TOK_NAME && TYPE(1) == GL_TOK_COLONEQUAL) {
        GlToken *nt = GlParser_Next(p);
        GlParser_Next(p);
        GlAstExpr *target = GlParser_NewExpr(p, GL_AST_NAME, nt);
        if (target == NULL) {
            return NULL;
        }
        target->v.Name.id = GlParser_Ident(p, nt);
        target->v.Name.ctx = GL_AST_STORE;
        GlAstExpr *value = GlParser_Expression(p);
        if (value == NULL) {
            return NULL;
        }
        GlAstExpr *e = new_from(p, GL_AST_NAMEDEXPR, nt);
        if (e != NULL) {
            e->v.NamedExpr.target = target;
            e->v.NamedExpr.value = value;
        }
        return e;
    }
    GlAstExpr *e = GlParser_Expression(p);
    if (e != NULL && TYPE(0) == GL_TOK_COLONEQUAL) {
        return GlParser_ErrorExpr(p, e, "cannot use assignment expressions with %s",
                                  GlParser_ExprName(e));
    }
    return e;
}

static GlAstExpr *
boolop(GlParser *p, GlTokType optok, GlAstBoolOp op, GlAstExpr *(*sub)(GlParser *))
{
    GlToken *st = PEEK(0);
    GlAstExpr *first = sub(p);
    if (first == NULL || TYPE(0) != optok) {
        return first;
    }
    GlVec vals = {0};
    if (GlVec_Push(p, &vals, first) < 0) {
        return NULL;
    }
    while (GlParser_Accept(p, optok)) {
        GlAstExpr *e = sub(p);
        if (e == NULL || GlVec_Push(p, &vals, e) < 0) {
            return NULL;
        }
    }
    GlAstExpr *r = new_from(p, GL_AST_BOOLOP, st);
    if (r != NULL) {
        r->v.BoolOp.op = op;
        seq_from_vec(&r->v.BoolOp.values, &vals);
    }
    return r;
}

static GlAstExpr *comparison(GlParser *p);

static GlAstExpr *
inversion(GlParser *p)
{
    if (TYPE(0) != GL_TOK_KW_NOT) {
        return comparison(p);
    }
    if (GlParser_DepthEnter(p) < 0) {
        return NULL;
    }
    GlToken *t = GlParser_Next(p);
    GlAstExpr *operand = inversion(p);
    if (operand == NULL) {
        return NULL;
    }
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_UNARYOP, t);
    if (e != NULL) {
        e->v.UnaryOp.op = GL_AST_NOT;
        e->v.UnaryOp.operand = operand;
        GlParser_EndExpr(p, e);
    }
    p->depth--;
    return e;
}

static GlAstExpr *
conjunction(GlParser *p)
{
    return boolop(p, GL_TOK_KW_AND, GL_AST_AND, inversion);
}

GlAstExpr *
GlParser_Disjunction(GlParser *p)
{
    return boolop(p, GL_TOK_KW_OR, GL_AST_OR, conjunction);
}

static int
compare_op(GlParser *p)
{
    switch (TYPE(0)) {
    case GL_TOK_EQEQUAL: return GL_AST_EQ;
    case GL_TOK_NOTEQUAL: return GL_AST_NOTEQ;
    case GL_TOK_LESS: return GL_AST_LT;
    case GL_TOK_LESSEQUAL: return GL_AST_LTE;
    case GL_TOK_GREATER: return GL_AST_GT;
    case GL_TOK_GREATEREQUAL: return GL_AST_GTE;
    case GL_TOK_KW_IN: return GL_AST_IN;
    case GL_TOK_KW_IS: return TYPE(1) == GL_TOK_KW_NOT ? GL_AST_ISNOT : GL_AST_IS;
    case GL_TOK_KW_NOT: return TYPE(1) == GL_TOK_KW_IN ? GL_AST_NOTIN : 0;
    default: return 0;
    }
}

static GlAstExpr *
comparison(GlParser *p)
{
    GlToken *st = PEEK(0);
    GlAstExpr *left = GlParser_BitwiseOr(p);
    if (left == NULL || compare_op(p) == 0) {
        return left;
    }
    GlVec ops = {0}, comps = {0};
    int op;
    while ((op = compare_op(p)) != 0) {
        GlParser_Next(p);
        if (op == GL_AST_ISNOT || op == GL_AST_NOTIN) {
            GlParser_Next(p);
        }
        GlAstExpr *e = GlParser_BitwiseOr(p);
        if (e == NULL || GlVec_Push(p, &ops, (void *)(size_t)op) < 0 ||
            GlVec_Push(p, &comps, e) < 0) {
            return NULL;
        }
    }
    GlAstExpr *r = new_from(p, GL_AST_COMPARE, st);
    if (r == NULL) {
        return NULL;
    }
    int *opv = GlArena_Alloc(p->arena, sizeof(int) * (size_t)ops.n);
    if (opv == NULL) {
        return GlParser_NoMem(p);
    }
    for (int i = 0; i < ops.n; i++) {
        opv[i] = (int)(size_t)ops.items[i];
    }
    r->v.Compare.left = left;
    r->v.Compare.ops.n = ops.n;
    r->v.Compare.ops.items = opv;
    seq_from_vec(&r->v.Compare.comparators, &comps);
    return r;
}

/* binary operator levels, lowest first */
enum { LVL_OR, LVL_XOR, LVL_AND, LVL_SHIFT, LVL_SUM, LVL_TERM, LVL_FACTOR };

static int
binop_at_level(GlTokType t, int level)
{
    switch (level) {
    case LVL_OR: return t == GL_TOK_VBAR ? GL_AST_BITOR : 0;
    case LVL_XOR: return t == GL_TOK_CIRCUMFLEX ? GL_AST_BITXOR : 0;
    case LVL_AND: return t == GL_TOK_AMPER ? GL_AST_BITAND : 0;
    case LVL_SHIFT:
        return t == GL_TOK_LEFTSHIFT ? GL_AST_LSHIFT : t == GL_TOK_RIGHTSHIFT ? GL_AST_RSHIFT : 0;
    case LVL_SUM: return t == GL_TOK_PLUS ? GL_AST_ADD : t == GL_TOK_MINUS ? GL_AST_SUB : 0;
    case LVL_TERM:
        switch (t) {
        case GL_TOK_STAR: return GL_AST_MULT;
        case GL_TOK_SLASH: return GL_AST_DIV;
        case GL_TOK_DOUBLESLASH: return GL_AST_FLOORDIV;
        case GL_TOK_PERCENT: return GL_AST_MOD;
        case GL_TOK_AT: return GL_AST_MATMULT;
        default: return 0;
        }
    default: return 0;
    }
}

static GlAstExpr *factor(GlParser *p);

static GlAstExpr *
binary(GlParser *p, int level)
{
    GlToken *st = PEEK(0);
    GlAstExpr *left = level == LVL_FACTOR ? factor(p) : binary(p, level + 1);
    if (left == NULL) {
        return NULL;
    }
    int op;
    while ((op = binop_at_level(TYPE(0), level)) != 0) {
        GlParser_Next(p);
        GlAstExpr *right = level + 1 == LVL_FACTOR ? factor(p) : binary(p, level + 1);
        if (right == NULL) {
            return NULL;
        }
        GlAstExpr *e = new_from(p, GL_AST_BINOP, st);
        if (e == NULL) {
            return NULL;
        }
        e->v.BinOp.left = left;
        e->v.BinOp.op = (GlAstOperator)op;
        e->v.BinOp.right = right;
        left = e;
    }
    return left;
}

GlAstExpr *
GlParser_BitwiseOr(GlParser *p)
{
    return binary(p, LVL_OR);
}

/* await_primary: 'await' primary | primary */
static GlAstExpr *
await_primary(GlParser *p)
{
    if (TYPE(0) != GL_TOK_KW_AWAIT) {
        return GlParser_Primary(p);
    }
    GlToken *st = GlParser_Next(p);
    GlAstExpr *v = GlParser_Primary(p);
    if (v == NULL) {
        return NULL;
    }
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_AWAIT, st);
    if (e != NULL) {
        e->v.Await.value = v;
        GlParser_EndExpr(p, e);
    }
    return e;
}

static GlAstExpr *
power(GlParser *p)
{
    GlToken *st = PEEK(0);
    GlAstExpr *left = await_primary(p);
    if (left == NULL || TYPE(0) != GL_TOK_DOUBLESTAR) {
        return left;
    }
    GlParser_Next(p);
    /* One more level per '**' (CPython's power and factor rules both count), so the
     * same depth of nesting runs into the limit. */
    if (GlParser_DepthEnter(p) < 0) {
        return NULL;
    }
    GlAstExpr *right = factor(p);
    p->depth--;
    if (right == NULL) {
        return NULL;
    }
    GlAstExpr *e = new_from(p, GL_AST_BINOP, st);
    if (e != NULL) {
        e->v.BinOp.left = left;
        e->v.BinOp.op = GL_AST_POW;
        e->v.BinOp.right = right;
    }
    return e;
}

static GlAstExpr *
factor(GlParser *p)
{
    GlTokType t = TYPE(0);
    int op = t == GL_TOK_PLUS ? GL_AST_UADD : t == GL_TOK_MINUS ? GL_AST_USUB :
             t == GL_TOK_TILDE ? GL_AST_INVERT : 0;
    if (GlParser_DepthEnter(p) < 0) {
        return NULL;
    }
    GlAstExpr *r;
    if (op == 0) {
        r = power(p);
    } else {
        GlToken *start = GlParser_Next(p);
        GlAstExpr *operand = factor(p);
        if (operand == NULL) {
            return NULL;
        }
        r = GlParser_NewExpr(p, GL_AST_UNARYOP, start);
        if (r == NULL) {
            return NULL;
        }
        r->v.UnaryOp.op = (GlAstUnaryOp)op;
        r->v.UnaryOp.operand = operand;
        GlParser_EndExpr(p, r);
    }
    p->depth--;
    return r;
}

/* ---- expression lists, yield, targets ----------------------------------------------- */

/* Whether token type t can begin an expression (used after a trailing comma). */
int
GlParser_StartsExpression(GlTokType t)
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

static GlAstExpr *
starred(GlParser *p, GlAstExpr *(*sub)(GlParser *))
{
    GlToken *st = GlParser_Next(p);  // '*'
    GlAstExpr *v = sub(p);
    if (v == NULL) {
        return NULL;
    }
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_STARRED, st);
    if (e != NULL) {
        e->v.Starred.value = v;
        e->v.Starred.ctx = GL_AST_LOAD;
        GlParser_EndExpr(p, e);
    }
    return e;
}

GlAstExpr *
GlParser_StarExpression(GlParser *p)
{
    if (TYPE(0) == GL_TOK_STAR) {
        return starred(p, GlParser_BitwiseOr);
    }
    return GlParser_Expression(p);
}

GlAstExpr *
GlParser_StarNamedExpression(GlParser *p)
{
    if (TYPE(0) == GL_TOK_STAR) {
        return starred(p, GlParser_BitwiseOr);
    }
    return GlParser_NamedExpression(p);
}

/* elem (',' elem)* [','] -> elem, or a Tuple when a comma was seen */
static GlAstExpr *
expr_list(GlParser *p, GlAstExpr *(*elem)(GlParser *))
{
    GlToken *st = PEEK(0);
    GlAstExpr *first = elem(p);
    if (first == NULL || TYPE(0) != GL_TOK_COMMA) {
        return first;
    }
    GlVec elts = {0};
    if (GlVec_Push(p, &elts, first) < 0) {
        return NULL;
    }
    while (GlParser_Accept(p, GL_TOK_COMMA)) {
        if (!GlParser_StartsExpression(TYPE(0))) {
            break;
        }
        GlAstExpr *e = elem(p);
        if (e == NULL || GlVec_Push(p, &elts, e) < 0) {
            return NULL;
        }
    }
    GlAstExpr *t = new_from(p, GL_AST_TUPLE, st);
    if (t == NULL) {
        return NULL;
    }
    seq_from_vec(&t->v.Tuple.elts, &elts);
    t->v.Tuple.ctx = GL_AST_LOAD;
    return t;
}

GlAstExpr *
GlParser_StarExpressions(GlParser *p)
{
    return expr_list(p, GlParser_StarExpression);
}

GlAstExpr *
GlParser_Expressions(GlParser *p)
{
    return expr_list(p, GlParser_Expression);
}

GlAstExpr *
GlParser_StarNamedExpressionsTuple(GlParser *p)
{
    return expr_list(p, GlParser_StarNamedExpression);
}

GlAstExpr *
GlParser_YieldExpr(GlParser *p)
{
    GlToken *start = GlParser_Next(p);  // 'yield'
    if (GlParser_Accept(p, GL_TOK_KW_FROM)) {
        GlAstExpr *v = GlParser_Expression(p);
        if (v == NULL) {
            return NULL;
        }
        GlAstExpr *e = GlParser_NewExpr(p, GL_AST_YIELDFROM, start);
        if (e != NULL) {
            e->v.YieldFrom.value = v;
            GlParser_EndExpr(p, e);
        }
        return e;
    }
    GlAstExpr *v = NULL;
    if (GlParser_StartsExpression(TYPE(0))) {
        v = GlParser_StarExpressions(p);
        if (v == NULL) {
            return NULL;
        }
    }
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_YIELD, start);
    if (e != NULL) {
        e->v.Yield.value = v;
        GlParser_EndExpr(p, e);
    }
    return e;
}

static GlAstExpr *
star_target(GlParser *p)
{
    if (TYPE(0) != GL_TOK_STAR) {
        return GlParser_BitwiseOr(p);
    }
    if (GlParser_DepthEnter(p) < 0) {
        return NULL;
    }
    GlAstExpr *e = starred(p, star_target);
    p->depth--;
    return e;
}

/* one star_target (with-item target), set to Store */
GlAstExpr *
GlParser_StarTarget(GlParser *p)
{
    GlAstExpr *e = star_target(p);
    if (e == NULL || GlParser_SetContext(p, e, GL_AST_STORE) < 0) {
        return NULL;
    }
    return e;
}

/* star_targets for `for`, comprehensions and `with ... as`: parsed, then set to Store. */
GlAstExpr *
GlParser_StarTargets(GlParser *p)
{
    GlAstExpr *e = expr_list(p, star_target);
    if (e == NULL || GlParser_SetContext(p, e, GL_AST_STORE) < 0) {
        return NULL;
    }
    return e;
}
