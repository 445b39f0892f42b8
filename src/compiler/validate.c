/*
 * validate.c - GlAst_Validate: the SyntaxErrors CPython 3.11 raises in its compiler
 * (Python/compile.c) rather than its parser: 'return' / 'yield' outside function,
 * 'break' outside loop, 'continue' not properly in loop, misplaced starred expressions
 * ("can't use starred expression here", "starred assignment target must be in a list
 * or tuple", "multiple starred expressions in assignment") and assignments to __debug__.
 *
 * Invariants:
 * - Read-only walk over the tree; recursion depth is bounded by the parser's limits
 *   plus an explicit counter (GL_ERR_RECURSION past VALIDATE_MAXDEPTH).
 * - The first error in source traversal order wins, as CPython's single compile pass.
 */
#include <string.h>

#include "parser.h"
#include "tokenizer.h"
#include "../core/cstack.h"

enum { VALIDATE_MAXDEPTH = 3000 };

typedef struct Validator {
    GlArena *arena;
    const char *src;
    size_t len;
    GlSyntaxErrorInfo *err;
    int in_function;  // innermost scope is a def or lambda
    int in_loop;      // inside a loop body of the innermost scope
    int depth;
} Validator;

static int
v_error(Validator *v, int lineno, int col, int end_lineno, int end_col, const char *msg)
{
    GlCompileError_Set(v->err, v->arena, v->src, v->len, GL_ERR_SYNTAX, lineno, col,
                       end_lineno, end_col, "%s", msg);
    return -1;
}

#define E_ERR(v, e, msg) \
    v_error((v), (e)->lineno, (e)->col_offset, (e)->end_lineno, (e)->end_col_offset, (msg))

static int v_expr(Validator *v, const GlAstExpr *e, int star_ok);
static int v_stmts(Validator *v, const GlAstStmtSeq *s);

static int
v_exprs(Validator *v, const GlAstExprSeq *s, int star_ok)
{
    for (int i = 0; i < s->n; i++) {
        if (s->items[i] != NULL && v_expr(v, s->items[i], star_ok) < 0) {
            return -1;
        }
    }
    return 0;
}

/* An assignment/for/with target (Store context). */
static int
v_target(Validator *v, const GlAstExpr *e)
{
    switch (e->kind) {
    case GL_AST_STARRED:
        return E_ERR(v, e, "starred assignment target must be in a list or tuple");
    case GL_AST_TUPLE: case GL_AST_LIST: {
        const GlAstExprSeq *elts = e->kind == GL_AST_TUPLE ? &e->v.Tuple.elts : &e->v.List.elts;
        int seen = 0;
        for (int i = 0; i < elts->n; i++) {
            const GlAstExpr *x = elts->items[i];
            if (x->kind == GL_AST_STARRED) {
                if (seen++) {
                    return E_ERR(v, e, "multiple starred expressions in assignment");
                }
                x = x->v.Starred.value;
            }
            if (v_target(v, x) < 0) {
                return -1;
            }
        }
        return 0;
    }
    case GL_AST_NAME:
        if (strcmp(e->v.Name.id, "__debug__") == 0) {
            return E_ERR(v, e, "cannot assign to __debug__");
        }
        return 0;
    default:
        return v_expr(v, e, 0);
    }
}

static int
v_arguments(Validator *v, const GlAstArguments *a, const GlAstStmt *def)
{
    const GlAstArgSeq *seqs[3] = {&a->posonlyargs, &a->args, &a->kwonlyargs};
    for (int k = 0; k < 3; k++) {
        for (int i = 0; i < seqs[k]->n; i++) {
            const GlAstArg *x = seqs[k]->items[i];
            if (strcmp(x->arg, "__debug__") == 0) {
                if (def != NULL) {  // CPython reports at the whole def statement
                    return E_ERR(v, def, "cannot assign to __debug__");
                }
                return E_ERR(v, x, "cannot assign to __debug__");
            }
            if (x->annotation && v_expr(v, x->annotation, 0) < 0) {
                return -1;
            }
        }
    }
    const GlAstArg *va[2] = {a->vararg, a->kwarg};
    for (int k = 0; k < 2; k++) {
        if (va[k] != NULL && va[k]->annotation != NULL &&
            v_expr(v, va[k]->annotation, va[k] == a->vararg) < 0) {
            return -1;
        }
    }
    return v_exprs(v, &a->defaults, 0) < 0 ? -1 : v_exprs(v, &a->kw_defaults, 0);
}

static int
v_generators(Validator *v, const GlAstComprehensionSeq *gens)
{
    for (int i = 0; i < gens->n; i++) {
        const GlAstComprehension *c = gens->items[i];
        if (v_target(v, c->target) < 0 || v_expr(v, c->iter, 0) < 0 ||
            v_exprs(v, &c->ifs, 0) < 0) {
            return -1;
        }
    }
    return 0;
}

static int
v_expr(Validator *v, const GlAstExpr *e, int star_ok)
{
    if (++v->depth > VALIDATE_MAXDEPTH || GlCore_StackLow()) {
        GlCompileError_Set(v->err, v->arena, v->src, v->len, GL_ERR_RECURSION, e->lineno,
                           e->col_offset, e->end_lineno, e->end_col_offset,
                           "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = 0;
    switch (e->kind) {
    case GL_AST_BOOLOP: r = v_exprs(v, &e->v.BoolOp.values, 0); break;
    case GL_AST_NAMEDEXPR:
        r = v_target(v, e->v.NamedExpr.target) < 0 ? -1 : v_expr(v, e->v.NamedExpr.value, 0);
        break;
    case GL_AST_BINOP:
        r = v_expr(v, e->v.BinOp.left, 0) < 0 ? -1 : v_expr(v, e->v.BinOp.right, 0);
        break;
    case GL_AST_UNARYOP: r = v_expr(v, e->v.UnaryOp.operand, 0); break;
    case GL_AST_LAMBDA: {
        if (v_arguments(v, e->v.Lambda.args, NULL) < 0) {
            return -1;
        }
        Validator inner = *v;
        inner.in_function = 1;
        inner.in_loop = 0;
        r = v_expr(&inner, e->v.Lambda.body, 0);
        break;
    }
    case GL_AST_IFEXP:
        r = (v_expr(v, e->v.IfExp.test, 0) < 0 || v_expr(v, e->v.IfExp.body, 0) < 0 ||
             v_expr(v, e->v.IfExp.orelse, 0) < 0) ? -1 : 0;
        break;
    case GL_AST_DICT:
        r = v_exprs(v, &e->v.Dict.keys, 0) < 0 ? -1 : v_exprs(v, &e->v.Dict.values, 0);
        break;
    case GL_AST_SET: r = v_exprs(v, &e->v.Set.elts, 1); break;
    case GL_AST_LISTCOMP:
        r = v_generators(v, &e->v.ListComp.generators) < 0 ? -1 :
            v_expr(v, e->v.ListComp.elt, 0);
        break;
    case GL_AST_SETCOMP:
        r = v_generators(v, &e->v.SetComp.generators) < 0 ? -1 :
            v_expr(v, e->v.SetComp.elt, 0);
        break;
    case GL_AST_GENERATOREXP:
        r = v_generators(v, &e->v.GeneratorExp.generators) < 0 ? -1 :
            v_expr(v, e->v.GeneratorExp.elt, 0);
        break;
    case GL_AST_DICTCOMP:
        r = (v_generators(v, &e->v.DictComp.generators) < 0 ||
             v_expr(v, e->v.DictComp.key, 0) < 0 || v_expr(v, e->v.DictComp.value, 0) < 0)
            ? -1 : 0;
        break;
    case GL_AST_AWAIT:
        r = v_expr(v, e->v.Await.value, 0);
        break;
    case GL_AST_YIELD: case GL_AST_YIELDFROM:
        if (!v->in_function) {
            return E_ERR(v, e, "'yield' outside function");
        }
        if (e->kind == GL_AST_YIELD && e->v.Yield.value != NULL) {
            r = v_expr(v, e->v.Yield.value, 0);
        } else if (e->kind == GL_AST_YIELDFROM) {
            r = v_expr(v, e->v.YieldFrom.value, 0);
        }
        break;
    case GL_AST_COMPARE:
        r = v_expr(v, e->v.Compare.left, 0) < 0 ? -1 : v_exprs(v, &e->v.Compare.comparators, 0);
        break;
    case GL_AST_CALL:
        if (v_expr(v, e->v.Call.func, 0) < 0 || v_exprs(v, &e->v.Call.args, 1) < 0) {
            return -1;
        }
        for (int i = 0; i < e->v.Call.keywords.n; i++) {
            const GlAstKeyword *k = e->v.Call.keywords.items[i];
            if (k->arg != NULL && strcmp(k->arg, "__debug__") == 0) {
                return E_ERR(v, e, "cannot assign to __debug__");  // at the call, as CPython
            }
            if (v_expr(v, k->value, 0) < 0) {
                return -1;
            }
        }
        break;
    case GL_AST_FORMATTEDVALUE:
        r = v_expr(v, e->v.FormattedValue.value, 0);
        if (r == 0 && e->v.FormattedValue.format_spec != NULL) {
            r = v_expr(v, e->v.FormattedValue.format_spec, 0);
        }
        break;
    case GL_AST_JOINEDSTR: r = v_exprs(v, &e->v.JoinedStr.values, 0); break;
    case GL_AST_CONSTANT: break;
    case GL_AST_ATTRIBUTE: r = v_expr(v, e->v.Attribute.value, 0); break;
    case GL_AST_SUBSCRIPT:
        r = v_expr(v, e->v.Subscript.value, 0) < 0 ? -1 : v_expr(v, e->v.Subscript.slice, 0);
        break;
    case GL_AST_STARRED:
        if (e->v.Starred.ctx == GL_AST_STORE) {
            r = v_target(v, e);
            break;
        }
        if (!star_ok) {
            return E_ERR(v, e, "can't use starred expression here");
        }
        r = v_expr(v, e->v.Starred.value, 0);
        break;
    case GL_AST_NAME:
        if (e->v.Name.ctx != GL_AST_LOAD && strcmp(e->v.Name.id, "__debug__") == 0) {
            return E_ERR(v, e, "cannot assign to __debug__");
        }
        break;
    case GL_AST_LIST:
        r = e->v.List.ctx == GL_AST_STORE ? v_target(v, e) : v_exprs(v, &e->v.List.elts, 1);
        break;
    case GL_AST_TUPLE:
        r = e->v.Tuple.ctx == GL_AST_STORE ? v_target(v, e) : v_exprs(v, &e->v.Tuple.elts, 1);
        break;
    case GL_AST_SLICE:
        r = ((e->v.Slice.lower && v_expr(v, e->v.Slice.lower, 0) < 0) ||
             (e->v.Slice.upper && v_expr(v, e->v.Slice.upper, 0) < 0) ||
             (e->v.Slice.step && v_expr(v, e->v.Slice.step, 0) < 0)) ? -1 : 0;
        break;
    }
    v->depth--;
    return r;
}

#define S_ERR(v, s, msg) \
    v_error((v), (s)->lineno, (s)->col_offset, (s)->end_lineno, (s)->end_col_offset, (msg))

static int
v_stmt(Validator *v, const GlAstStmt *s)
{
    if (++v->depth > VALIDATE_MAXDEPTH || GlCore_StackLow()) {
        GlCompileError_Set(v->err, v->arena, v->src, v->len, GL_ERR_RECURSION, s->lineno,
                           s->col_offset, s->end_lineno, s->end_col_offset,
                           "maximum recursion depth exceeded during compilation");
        return -1;
    }
    int r = 0;
    switch (s->kind) {
    case GL_AST_FUNCTIONDEF: {
        if (v_exprs(v, &s->v.FunctionDef.decorator_list, 0) < 0 ||
            v_arguments(v, s->v.FunctionDef.args, s) < 0 ||
            (s->v.FunctionDef.returns && v_expr(v, s->v.FunctionDef.returns, 0) < 0)) {
            return -1;
        }
        Validator inner = *v;
        inner.in_function = 1;
        inner.in_loop = 0;
        r = v_stmts(&inner, &s->v.FunctionDef.body);
        break;
    }
    case GL_AST_CLASSDEF: {
        if (v_exprs(v, &s->v.ClassDef.decorator_list, 0) < 0 ||
            v_exprs(v, &s->v.ClassDef.bases, 1) < 0) {
            return -1;
        }
        for (int i = 0; i < s->v.ClassDef.keywords.n; i++) {
            if (v_expr(v, s->v.ClassDef.keywords.items[i]->value, 0) < 0) {
                return -1;
            }
        }
        Validator inner = *v;
        inner.in_function = 0;
        inner.in_loop = 0;
        r = v_stmts(&inner, &s->v.ClassDef.body);
        break;
    }
    case GL_AST_RETURN:
        if (!v->in_function) {
            return S_ERR(v, s, "'return' outside function");
        }
        r = s->v.Return.value ? v_expr(v, s->v.Return.value, 0) : 0;
        break;
    case GL_AST_DELETE: r = v_exprs(v, &s->v.Delete.targets, 0); break;
    case GL_AST_ASSIGN:
        if (v_expr(v, s->v.Assign.value, 0) < 0) {
            return -1;
        }
        for (int i = 0; i < s->v.Assign.targets.n && r == 0; i++) {
            r = v_target(v, s->v.Assign.targets.items[i]);
        }
        break;
    case GL_AST_AUGASSIGN:
        r = v_expr(v, s->v.AugAssign.value, 0) < 0 ? -1 : v_target(v, s->v.AugAssign.target);
        break;
    case GL_AST_ANNASSIGN:
        r = (v_target(v, s->v.AnnAssign.target) < 0 ||
             v_expr(v, s->v.AnnAssign.annotation, 0) < 0 ||
             (s->v.AnnAssign.value && v_expr(v, s->v.AnnAssign.value, 0) < 0)) ? -1 : 0;
        break;
    case GL_AST_FOR: case GL_AST_WHILE: {
        int loop_ok = s->kind == GL_AST_FOR
            ? (v_expr(v, s->v.For.iter, 0) == 0 && v_target(v, s->v.For.target) == 0)
            : v_expr(v, s->v.While.test, 0) == 0;
        if (!loop_ok) {
            return -1;
        }
        int saved = v->in_loop;
        v->in_loop = 1;
        r = v_stmts(v, s->kind == GL_AST_FOR ? &s->v.For.body : &s->v.While.body);
        v->in_loop = saved;
        if (r == 0) {
            r = v_stmts(v, s->kind == GL_AST_FOR ? &s->v.For.orelse : &s->v.While.orelse);
        }
        break;
    }
    case GL_AST_IF:
        r = (v_expr(v, s->v.If.test, 0) < 0 || v_stmts(v, &s->v.If.body) < 0 ||
             v_stmts(v, &s->v.If.orelse) < 0) ? -1 : 0;
        break;
    case GL_AST_MATCH:
        r = v_expr(v, s->v.Match.subject, 0);
        for (int i = 0; i < s->v.Match.cases.n && r == 0; i++) {
            const GlAstMatchCase *mc = s->v.Match.cases.items[i];
            r = ((mc->guard != NULL && v_expr(v, mc->guard, 0) < 0) ||
                 v_stmts(v, &mc->body) < 0) ? -1 : 0;
        }
        break;
    case GL_AST_WITH:
        for (int i = 0; i < s->v.With.items.n && r == 0; i++) {
            const GlAstWithItem *w = s->v.With.items.items[i];
            r = v_expr(v, w->context_expr, 0);
            if (r == 0 && w->optional_vars != NULL) {
                r = v_target(v, w->optional_vars);
            }
        }
        if (r == 0) {
            r = v_stmts(v, &s->v.With.body);
        }
        break;
    case GL_AST_RAISE:
        r = ((s->v.Raise.exc && v_expr(v, s->v.Raise.exc, 0) < 0) ||
             (s->v.Raise.cause && v_expr(v, s->v.Raise.cause, 0) < 0)) ? -1 : 0;
        break;
    case GL_AST_TRY:
        if (v_stmts(v, &s->v.Try.body) < 0) {
            return -1;
        }
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            const GlAstExceptHandler *h = s->v.Try.handlers.items[i];
            if ((h->type && v_expr(v, h->type, 0) < 0) || v_stmts(v, &h->body) < 0) {
                return -1;
            }
        }
        r = (v_stmts(v, &s->v.Try.orelse) < 0 || v_stmts(v, &s->v.Try.finalbody) < 0) ? -1 : 0;
        break;
    case GL_AST_ASSERT:
        r = (v_expr(v, s->v.Assert.test, 0) < 0 ||
             (s->v.Assert.msg && v_expr(v, s->v.Assert.msg, 0) < 0)) ? -1 : 0;
        break;
    case GL_AST_EXPR: r = v_expr(v, s->v.Expr.value, 0); break;
    case GL_AST_BREAK:
        if (!v->in_loop) {
            return S_ERR(v, s, "'break' outside loop");
        }
        break;
    case GL_AST_CONTINUE:
        if (!v->in_loop) {
            return S_ERR(v, s, "'continue' not properly in loop");
        }
        break;
    case GL_AST_IMPORT: case GL_AST_IMPORTFROM: case GL_AST_GLOBAL: case GL_AST_NONLOCAL:
    case GL_AST_PASS:
        break;
    }
    v->depth--;
    return r;
}

static int
v_stmts(Validator *v, const GlAstStmtSeq *s)
{
    for (int i = 0; i < s->n; i++) {
        if (v_stmt(v, s->items[i]) < 0) {
            return -1;
        }
    }
    return 0;
}

int
GlAst_Validate(GlArena *arena, GlAstMod *mod, const char *src, size_t len,
               GlSyntaxErrorInfo *err)
{
    Validator v = {.arena = arena, .src = src, .len = len, .err = err};
    switch (mod->kind) {
    case GL_AST_MODULE: return v_stmts(&v, &mod->v.Module.body);
    case GL_AST_INTERACTIVE: return v_stmts(&v, &mod->v.Interactive.body);
    case GL_AST_EXPRESSION: return v_expr(&v, mod->v.Expression.body, 0);
    }
    return 0;
}
