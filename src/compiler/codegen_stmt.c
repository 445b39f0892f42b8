/* codegen_stmt.c - code generation for statements: definitions, control flow,
 * exception handling (CPython 3.11's handler layout), with, imports, assignments.
 * Invariants: every statement leaves the value stack as it found it; break, continue
 * and return unwind the enclosing blocks (fblocks) exactly as CPython does, running
 * `finally` bodies and `__exit__` calls inline.
 */
#include "codegen.h"

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

static int unwind_fblock_stack(GlCompiler *c, int preserve_tos, GlFBlock **loop);

static int
is_docstring(const GlAstStmtSeq *body)
{
    if (body->n == 0) {
        return 0;
    }
    const GlAstStmt *s = body->items[0];
    return s->kind == GL_AST_EXPR && s->v.Expr.value->kind == GL_AST_CONSTANT
        && s->v.Expr.value->v.Constant.kind == GL_CONST_STR;
}

static int
has_annotations(const GlAstStmtSeq *body)
{
    for (int i = 0; i < body->n; i++) {
        const GlAstStmt *s = body->items[i];
        switch (s->kind) {
        case GL_AST_ANNASSIGN:
            return 1;
        case GL_AST_FOR:
            if (has_annotations(&s->v.For.body) || has_annotations(&s->v.For.orelse)) {
                return 1;
            }
            break;
        case GL_AST_WHILE:
            if (has_annotations(&s->v.While.body) || has_annotations(&s->v.While.orelse)) {
                return 1;
            }
            break;
        case GL_AST_IF:
            if (has_annotations(&s->v.If.body) || has_annotations(&s->v.If.orelse)) {
                return 1;
            }
            break;
        case GL_AST_WITH:
            if (has_annotations(&s->v.With.body)) {
                return 1;
            }
            break;
        case GL_AST_MATCH:
            for (int j = 0; j < s->v.Match.cases.n; j++) {
                if (has_annotations(&s->v.Match.cases.items[j]->body)) {
                    return 1;
                }
            }
            break;
        case GL_AST_TRY:
            if (has_annotations(&s->v.Try.body) || has_annotations(&s->v.Try.orelse)
                || has_annotations(&s->v.Try.finalbody)) {
                return 1;
            }
            for (int j = 0; j < s->v.Try.handlers.n; j++) {
                if (has_annotations(&s->v.Try.handlers.items[j]->body)) {
                    return 1;
                }
            }
            break;
        default:
            break;
        }
    }
    return 0;
}

int
gl_cg_body(GlCompiler *c, const GlAstStmtSeq *body)
{
    int start = 0;
    GlUnit *u = c->u;
    if (u->scope_type != GL_BLOCK_FUNCTION && has_annotations(body)) {
        if (u->scope_type == GL_BLOCK_MODULE && body->n > 0) {
            gl_cg_set_loc_stmt(c, body->items[0]);   // at the first statement, as CPython
        }
        TRY(gl_cg_emit(c, GL_OP_SETUP_ANNOTATIONS, 0));
    }
    if (u->scope_type == GL_BLOCK_MODULE && !c->interactive && is_docstring(body)) {
        const GlAstStmt *s = body->items[0];
        gl_cg_set_loc_stmt(c, s);
        TRY(gl_cg_expr(c, s->v.Expr.value));
        TRY(gl_cg_nameop(c, "__doc__", GL_AST_STORE));
        start = 1;
    }
    for (int i = start; i < body->n; i++) {
        TRY(gl_cg_stmt(c, body->items[i]));
    }
    return 0;
}

static int
stmts(GlCompiler *c, const GlAstStmtSeq *seq)
{
    for (int i = 0; i < seq->n; i++) {
        TRY(gl_cg_stmt(c, seq->items[i]));
    }
    return 0;
}

/* ---- functions and classes ---- */

static int
decorators(GlCompiler *c, const GlAstExprSeq *decos)
{
    for (int i = 0; i < decos->n; i++) {
        TRY(gl_cg_expr(c, decos->items[i]));
    }
    return 0;
}

static int
apply_decorators(GlCompiler *c, const GlAstExprSeq *decos)
{
    /* [d1, d2, f]: CALL 0 with f in the self position calls d2(f). */
    GlUnit *u = c->u;
    int lineno = u->lineno, end_lineno = u->end_lineno, col = u->col, end_col = u->end_col;
    for (int i = decos->n - 1; i >= 0; i--) {
        gl_cg_set_loc_expr(c, decos->items[i]);
        TRY(gl_cg_emit(c, GL_OP_CALL, 0));
    }
    /* the store that follows is at the def/class line again, as CPython */
    u->lineno = lineno;
    u->end_lineno = end_lineno;
    u->col = col;
    u->end_col = end_col;
    return 0;
}

int
gl_cg_defaults(GlCompiler *c, const GlAstArguments *args, int *flags)
{
    if (args->defaults.n > 0) {
        for (int i = 0; i < args->defaults.n; i++) {
            TRY(gl_cg_expr(c, args->defaults.items[i]));
        }
        TRY(gl_cg_emit(c, GL_OP_BUILD_TUPLE, args->defaults.n));
        *flags |= 1;
    }
    int nkw = 0;
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        GlAstExpr *d = args->kw_defaults.items[i];
        if (d == NULL) {
            continue;
        }
        GlObject *name = GlStr_InternFromString(gl_cg_mangle(c, args->kwonlyargs.items[i]->arg));
        TRY(gl_cg_load_const_new(c, name));
        TRY(gl_cg_expr(c, d));
        nkw++;
    }
    if (nkw > 0) {
        TRY(gl_cg_emit(c, GL_OP_BUILD_MAP, nkw));
        *flags |= 2;
    }
    return 0;
}

/* Push an annotation: its value, or under `from __future__ import annotations` its
 * source text as ast.unparse writes it (CPython's _PyAST_ExprAsUnicode). */
static int
annotation_value(GlCompiler *c, const GlAstExpr *ann)
{
    if (!c->future_annotations) {
        return gl_cg_expr(c, ann);
    }
    GlObject *text = GlAst_UnparseExpr(ann);
    if (text == NULL) {
        return -1;
    }
    return gl_cg_load_const_new(c, text);
}

static int
annotation_item(GlCompiler *c, const char *name, const GlAstExpr *ann, int *count)
{
    if (ann == NULL) {
        return 0;
    }
    GlObject *s = GlStr_InternFromString(gl_cg_mangle(c, name));
    TRY(gl_cg_load_const_new(c, s));
    TRY(annotation_value(c, ann));
    *count += 2;
    return 0;
}

static int
annotations(GlCompiler *c, const GlAstArguments *args, const GlAstExpr *returns, int *flags)
{
    int count = 0;
    for (int i = 0; i < args->posonlyargs.n; i++) {
        TRY(annotation_item(c, args->posonlyargs.items[i]->arg, args->posonlyargs.items[i]->annotation, &count));
    }
    for (int i = 0; i < args->args.n; i++) {
        TRY(annotation_item(c, args->args.items[i]->arg, args->args.items[i]->annotation, &count));
    }
    if (args->vararg) {
        TRY(annotation_item(c, args->vararg->arg, args->vararg->annotation, &count));
    }
    for (int i = 0; i < args->kwonlyargs.n; i++) {
        TRY(annotation_item(c, args->kwonlyargs.items[i]->arg, args->kwonlyargs.items[i]->annotation, &count));
    }
    if (args->kwarg) {
        TRY(annotation_item(c, args->kwarg->arg, args->kwarg->annotation, &count));
    }
    if (returns != NULL) {
        TRY(annotation_item(c, "return", returns, &count));
    }
    if (count > 0) {
        TRY(gl_cg_emit(c, GL_OP_BUILD_TUPLE, count));
        *flags |= 4;
    }
    return 0;
}

int
gl_cg_function_body(GlCompiler *c, const GlAstStmt *s)
{
    const GlAstStmtSeq *body = &s->v.FunctionDef.body;
    int start = 0;
    if (is_docstring(body)) {
        GlObject *doc = gl_cg_constant(c, &body->items[0]->v.Expr.value->v.Constant);
        if (doc == NULL) {
            return -1;
        }
        int r = gl_cg_add_const(c, doc);   // the docstring is co_consts[0]
        Gl_DECREF(doc);
        TRY(r);
        c->u->flags |= GL_CO_HAS_DOCSTRING;
        start = 1;
    } else {
        TRY(gl_cg_add_const(c, Gl_None));   // as CPython 3.11: co_consts[0] is None
    }
    for (int i = start; i < body->n; i++) {
        TRY(gl_cg_stmt(c, body->items[i]));
    }
    if (!c->u->dead) {
        /* The implicit `return None` has no line (CPython's UNSET_LOC): tracing reports
         * no 'line' event for it, and its 'return' event the line run last. In an empty
         * body (a docstring only) it takes the def line, as CPython's propagation from
         * RESUME gives it. */
        GlUnit *u = c->u;
        int lineno = u->lineno, end_lineno = u->end_lineno, col = u->col, end_col = u->end_col;
        u->lineno = u->end_lineno = u->col = u->end_col = -1;
        if (u->ninstrs == 0) {
            u->lineno = u->end_lineno = u->firstlineno;
        }
        int r = gl_cg_load_const(c, Gl_None);
        if (r == 0) {
            r = gl_cg_emit(c, GL_OP_RETURN_VALUE, 0);
        }
        u->lineno = lineno;
        u->end_lineno = end_lineno;
        u->col = col;
        u->end_col = end_col;
        TRY(r);
    }
    return 0;
}

static int
function_def(GlCompiler *c, const GlAstStmt *s)
{
    const GlAstArguments *args = s->v.FunctionDef.args;
    TRY(decorators(c, &s->v.FunctionDef.decorator_list));
    int firstlineno = s->lineno;
    if (s->v.FunctionDef.decorator_list.n > 0) {
        firstlineno = s->v.FunctionDef.decorator_list.items[0]->lineno;
    }
    gl_cg_set_loc_stmt(c, s);
    int flags = 0;
    TRY(gl_cg_defaults(c, args, &flags));
    TRY(annotations(c, args, s->v.FunctionDef.returns, &flags));
    TRY(gl_cg_enter_scope(c, s->v.FunctionDef.name, s, firstlineno));
    if (gl_cg_function_body(c, s) < 0) {
        return -1;
    }
    GlObject *code = gl_cg_leave_scope(c);
    if (code == NULL) {
        return -1;
    }
    gl_cg_set_loc_stmt(c, s);
    TRY(gl_cg_make_closure(c, code, flags));
    TRY(apply_decorators(c, &s->v.FunctionDef.decorator_list));
    return gl_cg_nameop(c, s->v.FunctionDef.name, GL_AST_STORE);
}

static int
class_def(GlCompiler *c, const GlAstStmt *s)
{
    TRY(decorators(c, &s->v.ClassDef.decorator_list));
    int firstlineno = s->lineno;
    if (s->v.ClassDef.decorator_list.n > 0) {
        firstlineno = s->v.ClassDef.decorator_list.items[0]->lineno;
    }
    gl_cg_set_loc_stmt(c, s);
    TRY(gl_cg_emit(c, GL_OP_LOAD_BUILD_CLASS, 0));
    TRY(gl_cg_emit(c, GL_OP_PUSH_NULL, 0));
    /* The class body. */
    TRY(gl_cg_enter_scope(c, s->v.ClassDef.name, s, firstlineno));
    GlUnit *u = c->u;
    gl_cg_set_loc_stmt(c, s);
    u->lineno = firstlineno;   // the prologue is at the first decorator's line, as CPython
    TRY(gl_cg_nameop(c, "__name__", GL_AST_LOAD));
    TRY(gl_cg_nameop(c, "__module__", GL_AST_STORE));
    TRY(gl_cg_load_const(c, u->qualname));
    TRY(gl_cg_nameop(c, "__qualname__", GL_AST_STORE));
    const GlAstStmtSeq *body = &s->v.ClassDef.body;
    int start = 0;
    if (has_annotations(body)) {
        TRY(gl_cg_emit(c, GL_OP_SETUP_ANNOTATIONS, 0));
    }
    if (is_docstring(body)) {
        gl_cg_set_loc_stmt(c, body->items[0]);
        TRY(gl_cg_expr(c, body->items[0]->v.Expr.value));
        TRY(gl_cg_nameop(c, "__doc__", GL_AST_STORE));
        start = 1;
    }
    for (int i = start; i < body->n; i++) {
        TRY(gl_cg_stmt(c, body->items[i]));
    }
    if (u->ste->needs_class_closure) {
        int idx = -1;
        for (int i = 0; i < u->nfast; i++) {
            if (strcmp(u->fast_names[i], "__class__") == 0) {
                idx = i;
            }
        }
        if (idx < 0) {
            return gl_cg_error(c, s->lineno, s->col_offset, "internal error: no __class__ cell");
        }
        TRY(gl_cg_emit(c, GL_OP_LOAD_CLOSURE, idx));
        TRY(gl_cg_emit(c, GL_OP_COPY, 1));
        int ni = gl_cg_add_name(c, "__classcell__");
        TRY(ni);
        TRY(gl_cg_emit(c, GL_OP_STORE_NAME, ni));
        TRY(gl_cg_emit(c, GL_OP_RETURN_VALUE, 0));
    } else {
        TRY(gl_cg_load_const(c, Gl_None));
        TRY(gl_cg_emit(c, GL_OP_RETURN_VALUE, 0));
    }
    GlObject *code = gl_cg_leave_scope(c);
    if (code == NULL) {
        return -1;
    }
    gl_cg_set_loc_stmt(c, s);
    TRY(gl_cg_make_closure(c, code, 0));
    GlObject *name = GlStr_FromString(s->v.ClassDef.name);
    TRY(gl_cg_load_const_new(c, name));
    TRY(gl_cg_call_helper(c, 2, &s->v.ClassDef.bases, &s->v.ClassDef.keywords));
    TRY(apply_decorators(c, &s->v.ClassDef.decorator_list));
    return gl_cg_nameop(c, s->v.ClassDef.name, GL_AST_STORE);
}

/* ---- unwinding for return / break / continue ---- */

static int
call_exit_with_nones(GlCompiler *c)
{
    /* [exit] -> exit(None, None, None): None takes the self slot. */
    TRY(gl_cg_load_const(c, Gl_None));
    TRY(gl_cg_load_const(c, Gl_None));
    TRY(gl_cg_load_const(c, Gl_None));
    return gl_cg_emit(c, GL_OP_CALL, 2);
}

static int
unwind_fblock(GlCompiler *c, GlFBlock *info, int preserve_tos)
{
    switch (info->type) {
    case GL_FB_WHILE_LOOP:
    case GL_FB_EXCEPTION_HANDLER:
        return 0;
    case GL_FB_EXCEPTION_GROUP_HANDLER:
        /* At the statement, or at a returned value already compiled (CPython's caret). */
        gl_cg_error(c, c->u->lineno, c->u->col,
                    "'break', 'continue' and 'return' cannot appear in an except* block");
        c->err->end_lineno = c->u->end_lineno;
        c->err->end_offset = c->u->end_col + 1;
        return -1;
    case GL_FB_FOR_LOOP:
        if (preserve_tos) {
            TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
        }
        return gl_cg_emit(c, GL_OP_POP_TOP, 0);
    case GL_FB_TRY_EXCEPT:
        return gl_cg_pop_block(c);
    case GL_FB_FINALLY_TRY:
        TRY(gl_cg_pop_block(c));
        if (preserve_tos) {
            TRY(gl_cg_push_fblock(c, GL_FB_POP_VALUE, -1, -1, NULL, NULL));
        }
        TRY(stmts(c, info->finalbody));
        if (preserve_tos) {
            gl_cg_pop_fblock(c);
        }
        /* CPython's UNSET_LOC: what follows the unwinding has no line of its own */
        c->u->lineno = c->u->end_lineno = c->u->col = c->u->end_col = -1;
        return 0;
    case GL_FB_FINALLY_END:
        if (preserve_tos) {
            TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
        }
        TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));   // exc
        if (preserve_tos) {
            TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
        }
        TRY(gl_cg_pop_block(c));
        return gl_cg_emit(c, GL_OP_POP_EXCEPT, 0);
    case GL_FB_WITH:
        if (info->stmt != NULL) {
            gl_cg_set_loc_stmt(c, info->stmt);   // __exit__ runs at the `with`, as CPython
        }
        TRY(gl_cg_pop_block(c));
        if (preserve_tos) {
            TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
        }
        TRY(call_exit_with_nones(c));
        if (info->stmt != NULL && info->stmt->v.With.is_async) {
            TRY(gl_cg_await(c, 2));
        }
        TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
        /* CPython's UNSET_LOC: what follows the unwinding has no line of its own */
        c->u->lineno = c->u->end_lineno = c->u->col = c->u->end_col = -1;
        return 0;
    case GL_FB_HANDLER_CLEANUP:
        if (info->name != NULL) {
            TRY(gl_cg_pop_block(c));
        }
        if (preserve_tos) {
            TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
        }
        TRY(gl_cg_pop_block(c));
        TRY(gl_cg_emit(c, GL_OP_POP_EXCEPT, 0));
        if (info->name != NULL) {
            TRY(gl_cg_load_const(c, Gl_None));
            TRY(gl_cg_nameop(c, info->name, GL_AST_STORE));
            TRY(gl_cg_nameop(c, info->name, GL_AST_DEL));
        }
        return 0;
    case GL_FB_POP_VALUE:
        if (preserve_tos) {
            TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
        }
        return gl_cg_emit(c, GL_OP_POP_TOP, 0);
    }
    return 0;
}

/* Unwind blocks up to (for loop != NULL: excluding) the innermost loop. */
static int
unwind_fblock_stack(GlCompiler *c, int preserve_tos, GlFBlock **loop)
{
    GlUnit *u = c->u;
    if (u->nfblocks == 0) {
        return 0;
    }
    GlFBlock *top = &u->fblocks[u->nfblocks - 1];
    if (loop != NULL && (top->type == GL_FB_WHILE_LOOP || top->type == GL_FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    GlFBlock copy = *top;
    u->nfblocks--;
    int r = unwind_fblock(c, &copy, preserve_tos);
    if (r == 0) {
        r = unwind_fblock_stack(c, preserve_tos, loop);
    }
    u->fblocks[u->nfblocks++] = copy;
    return r;
}

static int
return_stmt(GlCompiler *c, const GlAstStmt *s)
{
    GlUnit *u = c->u;
    const GlAstExpr *v = s->v.Return.value;
    int preserve_tos = v != NULL && v->kind != GL_AST_CONSTANT;
    if (preserve_tos) {
        TRY(gl_cg_expr(c, v));
    }
    int saved_handler = u->cur_handler, saved_depth = u->depth;
    /* Unwinding that runs code of other lines (finally bodies, __exit__ calls): as
     * CPython, NOPs keep the return's own line for tracing first, and the return
     * itself keeps the location the unwinding left. */
    int runs_code = 0;
    for (int i = 0; i < u->nfblocks; i++) {
        int t = u->fblocks[i].type;
        runs_code |= t == GL_FB_FINALLY_TRY || t == GL_FB_WITH;
    }
    if (runs_code && !preserve_tos && v != NULL) {
        gl_cg_set_loc_expr(c, v);
        TRY(gl_cg_emit(c, GL_OP_NOP, 0));
    }
    if (runs_code && (v == NULL || v->lineno != s->lineno)) {
        gl_cg_set_loc_stmt(c, s);
        TRY(gl_cg_emit(c, GL_OP_NOP, 0));
    }
    if (v != NULL && v->lineno == s->lineno) {
        /* Unwinding (and its errors) is located at the returned value, as CPython. */
        u->lineno = v->lineno;
        u->end_lineno = v->end_lineno;
        u->col = v->col_offset;
        u->end_col = v->end_col_offset;
    }
    TRY(unwind_fblock_stack(c, preserve_tos, NULL));
    if (!runs_code) {
        gl_cg_set_loc_stmt(c, s);
    } else {
        /* CPython's UNSET_LOC after a finally body / __exit__ call: the return has no
         * line of its own (tracing reports the line run last) */
        u->lineno = u->end_lineno = u->col = u->end_col = -1;
    }
    if (v == NULL) {
        TRY(gl_cg_load_const(c, Gl_None));
    } else if (!preserve_tos) {
        TRY(gl_cg_expr(c, v));
        if (runs_code) {
            /* the constant is loaded at the location the unwinding left, as CPython */
            GlInstr *in = &u->instrs[u->ninstrs - 1];
            in->lineno = u->lineno;
            in->end_lineno = u->end_lineno;
            in->col = u->col;
            in->end_col = u->end_col;
        }
    }
    TRY(gl_cg_emit(c, GL_OP_RETURN_VALUE, 0));
    u->cur_handler = saved_handler;
    u->depth = saved_depth - (preserve_tos ? 1 : 0);
    return 0;
}

static int
break_continue(GlCompiler *c, const GlAstStmt *s, int is_break)
{
    GlUnit *u = c->u;
    GlFBlock *loop = NULL;
    int saved_handler = u->cur_handler, saved_depth = u->depth;
    /* Unwinding that runs code of other lines (finally bodies, __exit__ calls): as
     * CPython, a NOP first keeps this statement's line for tracing, and the jump
     * keeps the location the unwinding left. */
    int runs_code = 0;
    for (int i = u->nfblocks - 1; i >= 0; i--) {
        int t = u->fblocks[i].type;
        if (t == GL_FB_WHILE_LOOP || t == GL_FB_FOR_LOOP) {
            break;
        }
        runs_code |= t == GL_FB_FINALLY_TRY || t == GL_FB_WITH;
    }
    if (runs_code) {
        TRY(gl_cg_emit(c, GL_OP_NOP, 0));
    }
    TRY(unwind_fblock_stack(c, 0, &loop));
    if (loop == NULL) {
        return gl_cg_error(c, s->lineno, s->col_offset,
                           is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    if (!runs_code) {
        gl_cg_set_loc_stmt(c, s);
    } else {
        u->lineno = u->end_lineno = u->col = u->end_col = -1;   // as in return_stmt
    }
    if (is_break) {
        GlFBlock copy = *loop;
        TRY(unwind_fblock(c, &copy, 0));
        TRY(gl_cg_jump(c, GL_OP_JUMP, loop->exit));
    } else {
        TRY(gl_cg_jump(c, GL_OP_JUMP, loop->block));
    }
    u->cur_handler = saved_handler;
    u->depth = saved_depth;
    return 0;
}

/* ---- control flow ---- */

static int
if_stmt(GlCompiler *c, const GlAstStmt *s)
{
    int end = gl_cg_new_label(c);
    TRY(end);
    int next = s->v.If.orelse.n ? gl_cg_new_label(c) : end;
    TRY(next);
    TRY(gl_cg_jump_if(c, s->v.If.test, next, 0));
    TRY(stmts(c, &s->v.If.body));
    if (s->v.If.orelse.n) {
        TRY(gl_cg_jump_noline(c, GL_OP_JUMP, end));
        TRY(gl_cg_use_label(c, next));
        TRY(stmts(c, &s->v.If.orelse));
    }
    return gl_cg_use_label(c, end);
}

static int
is_true_constant(const GlAstExpr *e)
{
    if (e->kind != GL_AST_CONSTANT) {
        return 0;
    }
    const GlAstConstant *k = &e->v.Constant;
    return k->kind == GL_CONST_TRUE || (k->kind == GL_CONST_INT && strcmp(k->s, "0") != 0);
}

static int
while_stmt(GlCompiler *c, const GlAstStmt *s)
{
    int loop = gl_cg_new_label(c), body = gl_cg_new_label(c), anchor = gl_cg_new_label(c),
        exit = gl_cg_new_label(c);
    TRY(loop | body | anchor | exit);
    TRY(gl_cg_use_label(c, loop));
    TRY(gl_cg_push_fblock(c, GL_FB_WHILE_LOOP, loop, exit, NULL, NULL));
    if (!is_true_constant(s->v.While.test)) {
        TRY(gl_cg_jump_if(c, s->v.While.test, anchor, 0));
    } else {
        TRY(gl_cg_emit(c, GL_OP_NOP, 0));   // the `while` line, for tracing (as CPython)
    }
    TRY(gl_cg_use_label(c, body));
    TRY(stmts(c, &s->v.While.body));
    TRY(gl_cg_jump_noline(c, GL_OP_JUMP, loop));
    gl_cg_pop_fblock(c);
    TRY(gl_cg_use_label(c, anchor));
    TRY(stmts(c, &s->v.While.orelse));
    return gl_cg_use_label(c, exit);
}

static int
for_stmt(GlCompiler *c, const GlAstStmt *s)
{
    int start = gl_cg_new_label(c), cleanup = gl_cg_new_label(c), end = gl_cg_new_label(c);
    TRY(start | cleanup | end);
    TRY(gl_cg_expr(c, s->v.For.iter));
    gl_cg_set_loc_expr(c, s->v.For.iter);
    TRY(gl_cg_emit(c, GL_OP_GET_ITER, 0));
    TRY(gl_cg_use_label(c, start));
    gl_cg_set_loc_stmt(c, s);   // (also where "too many statically nested blocks" points)
    TRY(gl_cg_push_fblock(c, GL_FB_FOR_LOOP, start, end, NULL, NULL));
    TRY(gl_cg_jump(c, GL_OP_FOR_ITER, cleanup));
    TRY(gl_cg_store(c, s->v.For.target));
    TRY(stmts(c, &s->v.For.body));
    TRY(gl_cg_jump_noline(c, GL_OP_JUMP, start));
    TRY(gl_cg_use_label(c, cleanup));
    gl_cg_pop_fblock(c);
    TRY(stmts(c, &s->v.For.orelse));
    return gl_cg_use_label(c, end);
}

/* ---- exceptions ---- */

static int
pop_except_and_reraise(GlCompiler *c)
{
    /* no line: the re-raise reports the original instruction's (RERAISE 1) */
    TRY(gl_cg_emit_noline(c, GL_OP_COPY, 3));
    TRY(gl_cg_emit_noline(c, GL_OP_POP_EXCEPT, 0));
    return gl_cg_emit_noline(c, GL_OP_RERAISE, 1);
}

static int
try_except(GlCompiler *c, const GlAstStmt *s)
{
    int body = gl_cg_new_label(c), except = gl_cg_new_label(c), end = gl_cg_new_label(c),
        cleanup = gl_cg_new_label(c);
    TRY(body | except | end | cleanup);
    TRY(gl_cg_setup(c, except, 0, 0));
    TRY(gl_cg_use_label(c, body));
    TRY(gl_cg_push_fblock(c, GL_FB_TRY_EXCEPT, body, -1, NULL, NULL));
    TRY(stmts(c, &s->v.Try.body));
    gl_cg_pop_fblock(c);
    TRY(gl_cg_pop_block(c));
    if (s->v.Try.orelse.n) {
        TRY(stmts(c, &s->v.Try.orelse));
    }
    TRY(gl_cg_jump_noline(c, GL_OP_JUMP, end));
    TRY(gl_cg_use_label(c, except));
    TRY(gl_cg_setup(c, cleanup, 1, 0));
    TRY(gl_cg_emit_noline(c, GL_OP_PUSH_EXC_INFO, 0));
    TRY(gl_cg_push_fblock(c, GL_FB_EXCEPTION_HANDLER, -1, -1, NULL, NULL));
    int n = s->v.Try.handlers.n;
    for (int i = 0; i < n; i++) {
        const GlAstExceptHandler *h = s->v.Try.handlers.items[i];
        GlUnit *u = c->u;
        u->lineno = h->lineno;
        u->end_lineno = h->end_lineno;
        u->col = h->col_offset;
        u->end_col = h->end_col_offset;
        if (h->type == NULL && i < n - 1) {
            return gl_cg_error(c, h->lineno, h->col_offset, "default 'except:' must be last");
        }
        int next_except = gl_cg_new_label(c);
        TRY(next_except);
        if (h->type != NULL) {
            TRY(gl_cg_expr(c, h->type));
            TRY(gl_cg_emit(c, GL_OP_CHECK_EXC_MATCH, 0));
            TRY(gl_cg_jump(c, GL_OP_POP_JUMP_IF_FALSE, next_except));
        }
        if (h->name != NULL) {
            int cleanup_end = gl_cg_new_label(c), cleanup_body = gl_cg_new_label(c);
            TRY(cleanup_end | cleanup_body);
            TRY(gl_cg_nameop(c, h->name, GL_AST_STORE));
            TRY(gl_cg_setup(c, cleanup_end, 1, 0));
            TRY(gl_cg_use_label(c, cleanup_body));
            TRY(gl_cg_push_fblock(c, GL_FB_HANDLER_CLEANUP, cleanup_body, -1, NULL, h->name));
            TRY(stmts(c, &h->body));
            gl_cg_pop_fblock(c);
            /* name = None; del name: artificial (no line), as CPython */
            u->lineno = u->end_lineno = u->col = u->end_col = -1;
            TRY(gl_cg_pop_block(c));
            TRY(gl_cg_pop_block(c));
            TRY(gl_cg_emit(c, GL_OP_POP_EXCEPT, 0));
            TRY(gl_cg_load_const(c, Gl_None));
            TRY(gl_cg_nameop(c, h->name, GL_AST_STORE));
            TRY(gl_cg_nameop(c, h->name, GL_AST_DEL));
            TRY(gl_cg_jump(c, GL_OP_JUMP, end));
            TRY(gl_cg_use_label(c, cleanup_end));
            TRY(gl_cg_load_const(c, Gl_None));
            TRY(gl_cg_nameop(c, h->name, GL_AST_STORE));
            TRY(gl_cg_nameop(c, h->name, GL_AST_DEL));
            TRY(gl_cg_emit(c, GL_OP_RERAISE, 1));
        } else {
            int cleanup_body = gl_cg_new_label(c);
            TRY(cleanup_body);
            TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
            TRY(gl_cg_use_label(c, cleanup_body));
            TRY(gl_cg_push_fblock(c, GL_FB_HANDLER_CLEANUP, cleanup_body, -1, NULL, NULL));
            TRY(stmts(c, &h->body));
            gl_cg_pop_fblock(c);
            u->lineno = u->end_lineno = u->col = u->end_col = -1;   // artificial, as CPython
            TRY(gl_cg_pop_block(c));
            TRY(gl_cg_emit(c, GL_OP_POP_EXCEPT, 0));
            TRY(gl_cg_jump(c, GL_OP_JUMP, end));
        }
        TRY(gl_cg_use_label(c, next_except));
    }
    gl_cg_pop_fblock(c);
    TRY(gl_cg_emit_noline(c, GL_OP_RERAISE, 0));   // no handler matched (artificial, as CPython)
    TRY(gl_cg_use_label(c, cleanup));
    TRY(pop_except_and_reraise(c));
    return gl_cg_use_label(c, end);
}

/* try / except*: each clause takes the part of the remaining exception (group) that
 * matches its type; what the clauses raise and what none matched is re-raised at
 * the end, as GlExcGroup_PrepReraiseStar combines it.
 * Handler stack: [prev_handled, orig, raised_list, rest]. */
static int
try_star_except(GlCompiler *c, const GlAstStmt *s)
{
    int body = gl_cg_new_label(c), except = gl_cg_new_label(c), end = gl_cg_new_label(c),
        cleanup = gl_cg_new_label(c), reraise = gl_cg_new_label(c);
    TRY(body | except | end | cleanup | reraise);
    TRY(gl_cg_setup(c, except, 0, 0));
    TRY(gl_cg_use_label(c, body));
    TRY(gl_cg_push_fblock(c, GL_FB_TRY_EXCEPT, body, -1, NULL, NULL));
    TRY(stmts(c, &s->v.Try.body));
    gl_cg_pop_fblock(c);
    TRY(gl_cg_pop_block(c));
    if (s->v.Try.orelse.n) {
        TRY(stmts(c, &s->v.Try.orelse));
    }
    TRY(gl_cg_jump_noline(c, GL_OP_JUMP, end));
    TRY(gl_cg_use_label(c, except));
    TRY(gl_cg_setup(c, cleanup, 1, 0));
    TRY(gl_cg_emit_noline(c, GL_OP_PUSH_EXC_INFO, 0));
    TRY(gl_cg_push_fblock(c, GL_FB_EXCEPTION_HANDLER, -1, -1, NULL, NULL));
    TRY(gl_cg_emit_noline(c, GL_OP_COPY, 1));
    TRY(gl_cg_emit_noline(c, GL_OP_BUILD_LIST, 0));
    TRY(gl_cg_emit_noline(c, GL_OP_SWAP, 2));
    for (int i = 0; i < s->v.Try.handlers.n; i++) {
        const GlAstExceptHandler *h = s->v.Try.handlers.items[i];
        GlUnit *u = c->u;
        u->lineno = h->lineno;
        u->end_lineno = h->end_lineno;
        u->col = h->col_offset;
        u->end_col = h->end_col_offset;
        int next = gl_cg_new_label(c), no_match = gl_cg_new_label(c),
            raised = gl_cg_new_label(c), hbody = gl_cg_new_label(c);
        TRY(next | no_match | raised | hbody);
        TRY(gl_cg_expr(c, h->type));
        TRY(gl_cg_emit(c, GL_OP_CHECK_EG_MATCH, 0));
        TRY(gl_cg_emit(c, GL_OP_COPY, 1));
        TRY(gl_cg_jump(c, GL_OP_POP_JUMP_IF_NONE, no_match));
        if (h->name != NULL) {
            TRY(gl_cg_nameop(c, h->name, GL_AST_STORE));
        } else {
            TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
        }
        TRY(gl_cg_setup(c, raised, 0, 0));
        TRY(gl_cg_use_label(c, hbody));
        TRY(gl_cg_push_fblock(c, GL_FB_EXCEPTION_GROUP_HANDLER, hbody, -1, NULL, h->name));
        TRY(stmts(c, &h->body));
        gl_cg_pop_fblock(c);
        TRY(gl_cg_pop_block(c));
        if (h->name != NULL) {
            TRY(gl_cg_load_const(c, Gl_None));
            TRY(gl_cg_nameop(c, h->name, GL_AST_STORE));
            TRY(gl_cg_nameop(c, h->name, GL_AST_DEL));
        }
        TRY(gl_cg_jump(c, GL_OP_JUMP, next));
        c->u->lineno = c->u->end_lineno = c->u->col = c->u->end_col = -1;   // artificial
        TRY(gl_cg_use_label(c, raised));   // [.., raised_list, rest, exc]
        if (h->name != NULL) {
            TRY(gl_cg_load_const(c, Gl_None));
            TRY(gl_cg_nameop(c, h->name, GL_AST_STORE));
            TRY(gl_cg_nameop(c, h->name, GL_AST_DEL));
        }
        TRY(gl_cg_emit(c, GL_OP_LIST_APPEND, 2));
        TRY(gl_cg_jump(c, GL_OP_JUMP, next));
        TRY(gl_cg_use_label(c, no_match));
        TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
        TRY(gl_cg_use_label(c, next));
    }
    gl_cg_pop_fblock(c);
    /* the re-raise logic is artificial (no line), as CPython */
    c->u->lineno = c->u->end_lineno = c->u->col = c->u->end_col = -1;
    TRY(gl_cg_emit(c, GL_OP_LIST_APPEND, 1));   // the unmatched rest goes last
    TRY(gl_cg_emit(c, GL_OP_PREP_RERAISE_STAR, 0));
    TRY(gl_cg_emit(c, GL_OP_COPY, 1));
    TRY(gl_cg_jump(c, GL_OP_POP_JUMP_IF_NOT_NONE, reraise));
    TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
    TRY(gl_cg_pop_block(c));
    TRY(gl_cg_emit(c, GL_OP_POP_EXCEPT, 0));
    TRY(gl_cg_jump(c, GL_OP_JUMP, end));
    TRY(gl_cg_use_label(c, reraise));
    TRY(gl_cg_emit(c, GL_OP_RERAISE, 0));
    TRY(gl_cg_use_label(c, cleanup));
    TRY(pop_except_and_reraise(c));
    return gl_cg_use_label(c, end);
}

static int
try_finally(GlCompiler *c, const GlAstStmt *s)
{
    int body = gl_cg_new_label(c), end = gl_cg_new_label(c), exit = gl_cg_new_label(c),
        cleanup = gl_cg_new_label(c);
    TRY(body | end | exit | cleanup);
    TRY(gl_cg_setup(c, end, 0, 0));
    TRY(gl_cg_use_label(c, body));
    TRY(gl_cg_push_fblock(c, GL_FB_FINALLY_TRY, body, end, &s->v.Try.finalbody, NULL));
    if (s->v.Try.handlers.n) {
        TRY(s->v.Try.star ? try_star_except(c, s) : try_except(c, s));
    } else {
        TRY(stmts(c, &s->v.Try.body));
        if (s->v.Try.orelse.n) {
            TRY(stmts(c, &s->v.Try.orelse));
        }
    }
    TRY(gl_cg_pop_block(c));
    gl_cg_pop_fblock(c);
    TRY(stmts(c, &s->v.Try.finalbody));
    TRY(gl_cg_jump_noline(c, GL_OP_JUMP, exit));
    /* The exceptional path: run finally, re-raise. */
    TRY(gl_cg_use_label(c, end));
    TRY(gl_cg_setup(c, cleanup, 1, 0));
    TRY(gl_cg_emit_noline(c, GL_OP_PUSH_EXC_INFO, 0));
    TRY(gl_cg_push_fblock(c, GL_FB_FINALLY_END, end, -1, NULL, NULL));
    TRY(stmts(c, &s->v.Try.finalbody));
    gl_cg_pop_fblock(c);
    TRY(gl_cg_emit(c, GL_OP_RERAISE, 0));
    TRY(gl_cg_use_label(c, cleanup));
    TRY(pop_except_and_reraise(c));
    return gl_cg_use_label(c, exit);
}

static int
try_stmt(GlCompiler *c, const GlAstStmt *s)
{
    TRY(gl_cg_emit(c, GL_OP_NOP, 0));   // the `try` line, for tracing (CPython's NOP)
    if (s->v.Try.finalbody.n) {
        return try_finally(c, s);
    }
    return s->v.Try.star ? try_star_except(c, s) : try_except(c, s);
}

static int
with_stmt(GlCompiler *c, const GlAstStmt *s, int pos)
{
    const GlAstWithItem *item = s->v.With.items.items[pos];
    int block = gl_cg_new_label(c), final = gl_cg_new_label(c), exit = gl_cg_new_label(c),
        cleanup = gl_cg_new_label(c);
    TRY(block | final | exit | cleanup);
    int is_async = s->v.With.is_async;
    TRY(gl_cg_expr(c, item->context_expr));
    gl_cg_set_loc_stmt(c, s);
    if (is_async) {
        TRY(gl_cg_emit(c, GL_OP_BEFORE_ASYNC_WITH, 0));
        TRY(gl_cg_await(c, 1));
    } else {
        TRY(gl_cg_emit(c, GL_OP_BEFORE_WITH, 0));
    }
    TRY(gl_cg_setup(c, final, 1, -1));
    TRY(gl_cg_use_label(c, block));
    TRY(gl_cg_push_fblock(c, GL_FB_WITH, block, final, NULL, NULL));
    c->u->fblocks[c->u->nfblocks - 1].stmt = s;
    if (item->optional_vars) {
        TRY(gl_cg_store(c, item->optional_vars));
    } else {
        TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
    }
    if (pos + 1 < s->v.With.items.n) {
        TRY(with_stmt(c, s, pos + 1));
    } else {
        TRY(stmts(c, &s->v.With.body));
    }
    gl_cg_pop_fblock(c);
    TRY(gl_cg_pop_block(c));
    gl_cg_set_loc_stmt(c, s);
    TRY(call_exit_with_nones(c));
    if (is_async) {
        TRY(gl_cg_await(c, 2));
    }
    TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
    TRY(gl_cg_jump(c, GL_OP_JUMP, exit));
    /* Exceptional exit: [exit, lasti, exc]. */
    TRY(gl_cg_use_label(c, final));
    TRY(gl_cg_setup(c, cleanup, 1, 0));
    TRY(gl_cg_emit(c, GL_OP_PUSH_EXC_INFO, 0));
    TRY(gl_cg_emit(c, GL_OP_WITH_EXCEPT_START, 0));
    if (is_async) {
        TRY(gl_cg_await(c, 2));
    }
    int suppress = gl_cg_new_label(c);
    TRY(suppress);
    TRY(gl_cg_jump(c, GL_OP_POP_JUMP_IF_TRUE, suppress));
    TRY(gl_cg_emit(c, GL_OP_RERAISE, 2));
    TRY(gl_cg_use_label(c, cleanup));
    TRY(pop_except_and_reraise(c));
    TRY(gl_cg_use_label(c, suppress));
    TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
    TRY(gl_cg_pop_block(c));
    TRY(gl_cg_emit(c, GL_OP_POP_EXCEPT, 0));
    TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
    TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
    return gl_cg_use_label(c, exit);
}

/* ---- imports ---- */

static int
import_stmt(GlCompiler *c, const GlAstStmt *s)
{
    for (int i = 0; i < s->v.Import.names.n; i++) {
        const GlAstAlias *a = s->v.Import.names.items[i];
        GlObject *zero = GlInt_FromLong(0);
        TRY(gl_cg_load_const_new(c, zero));
        TRY(gl_cg_load_const(c, Gl_None));
        int ni = gl_cg_add_name(c, a->name);
        TRY(ni);
        TRY(gl_cg_emit(c, GL_OP_IMPORT_NAME, ni));
        if (a->asname != NULL) {
            const char *dot = strchr(a->name, '.');
            while (dot != NULL) {
                const char *start = dot + 1;
                dot = strchr(start, '.');
                size_t len = dot ? (size_t)(dot - start) : strlen(start);
                const char *attr = GlArena_Intern(c->arena, start, len);
                int ai = gl_cg_add_name(c, attr);
                TRY(ai);
                TRY(gl_cg_emit(c, GL_OP_IMPORT_FROM, ai));
                TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
                TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
            }
            TRY(gl_cg_nameop(c, a->asname, GL_AST_STORE));
        } else {
            const char *dot = strchr(a->name, '.');
            const char *top = dot ? GlArena_Intern(c->arena, a->name, (size_t)(dot - a->name))
                                  : a->name;
            TRY(gl_cg_nameop(c, top, GL_AST_STORE));
        }
    }
    return 0;
}

static int
import_from_stmt(GlCompiler *c, const GlAstStmt *s)
{
    int n = s->v.ImportFrom.names.n;
    if (s->lineno > c->future_lineno && s->v.ImportFrom.module != NULL
        && strcmp(s->v.ImportFrom.module, "__future__") == 0) {
        gl_cg_error(c, s->lineno, s->col_offset,
                    "from __future__ imports must occur at the beginning of the file");
        c->err->end_lineno = s->end_lineno;
        c->err->end_offset = s->end_col_offset + 1;
        return -1;
    }
    GlObject *level = GlInt_FromLong(s->v.ImportFrom.level);
    TRY(gl_cg_load_const_new(c, level));
    GlObject *names = GlTuple_New(n);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < n; i++) {
        GlObject *nm = GlStr_InternFromString(s->v.ImportFrom.names.items[i]->name);
        if (nm == NULL) {
            Gl_DECREF(names);
            return -1;
        }
        GlTuple_SET_ITEM(names, i, nm);
    }
    TRY(gl_cg_load_const_new(c, names));
    const char *module = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    int mi = gl_cg_add_name(c, module);
    TRY(mi);
    TRY(gl_cg_emit(c, GL_OP_IMPORT_NAME, mi));
    for (int i = 0; i < n; i++) {
        const GlAstAlias *a = s->v.ImportFrom.names.items[i];
        if (i == 0 && strcmp(a->name, "*") == 0) {
            if (c->u->scope_type != GL_BLOCK_MODULE) {
                return gl_cg_error(c, s->lineno, s->col_offset,
                                   "import * only allowed at module level");
            }
            return gl_cg_emit(c, GL_OP_IMPORT_STAR, 0);
        }
        int ai = gl_cg_add_name(c, a->name);
        TRY(ai);
        TRY(gl_cg_emit(c, GL_OP_IMPORT_FROM, ai));
        TRY(gl_cg_nameop(c, a->asname ? a->asname : a->name, GL_AST_STORE));
    }
    return gl_cg_emit(c, GL_OP_POP_TOP, 0);
}

/* ---- assignments ---- */

static int
aug_assign(GlCompiler *c, const GlAstStmt *s)
{
    static const int inplace[] = {
        [GL_AST_ADD] = GL_NB_INPLACE_ADD, [GL_AST_SUB] = GL_NB_INPLACE_SUBTRACT,
        [GL_AST_MULT] = GL_NB_INPLACE_MULTIPLY, [GL_AST_MATMULT] = GL_NB_INPLACE_MATRIX_MULTIPLY,
        [GL_AST_DIV] = GL_NB_INPLACE_TRUE_DIVIDE, [GL_AST_MOD] = GL_NB_INPLACE_REMAINDER,
        [GL_AST_POW] = GL_NB_INPLACE_POWER, [GL_AST_LSHIFT] = GL_NB_INPLACE_LSHIFT,
        [GL_AST_RSHIFT] = GL_NB_INPLACE_RSHIFT, [GL_AST_BITOR] = GL_NB_INPLACE_OR,
        [GL_AST_BITXOR] = GL_NB_INPLACE_XOR, [GL_AST_BITAND] = GL_NB_INPLACE_AND,
        [GL_AST_FLOORDIV] = GL_NB_INPLACE_FLOOR_DIVIDE,
    };
    const GlAstExpr *t = s->v.AugAssign.target;
    switch (t->kind) {
    case GL_AST_NAME:
        gl_cg_set_loc_expr(c, t);
        TRY(gl_cg_nameop(c, t->v.Name.id, GL_AST_LOAD));
        TRY(gl_cg_expr(c, s->v.AugAssign.value));
        gl_cg_set_loc_stmt(c, s);
        TRY(gl_cg_emit(c, GL_OP_BINARY_OP, inplace[s->v.AugAssign.op]));
        gl_cg_set_loc_expr(c, t);
        return gl_cg_nameop(c, t->v.Name.id, GL_AST_STORE);
    case GL_AST_ATTRIBUTE: {
        int ni = gl_cg_add_name(c, gl_cg_mangle(c, t->v.Attribute.attr));
        TRY(ni);
        TRY(gl_cg_expr(c, t->v.Attribute.value));
        gl_cg_set_loc_expr(c, t);
        TRY(gl_cg_emit(c, GL_OP_COPY, 1));
        TRY(gl_cg_emit(c, GL_OP_LOAD_ATTR, ni));
        TRY(gl_cg_expr(c, s->v.AugAssign.value));
        gl_cg_set_loc_stmt(c, s);
        TRY(gl_cg_emit(c, GL_OP_BINARY_OP, inplace[s->v.AugAssign.op]));
        TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
        gl_cg_set_loc_expr(c, t);
        return gl_cg_emit(c, GL_OP_STORE_ATTR, ni);
    }
    case GL_AST_SUBSCRIPT:
        TRY(gl_cg_expr(c, t->v.Subscript.value));
        TRY(gl_cg_expr(c, t->v.Subscript.slice));
        gl_cg_set_loc_expr(c, t);
        TRY(gl_cg_emit(c, GL_OP_COPY, 2));
        TRY(gl_cg_emit(c, GL_OP_COPY, 2));
        TRY(gl_cg_emit(c, GL_OP_BINARY_SUBSCR, 0));
        TRY(gl_cg_expr(c, s->v.AugAssign.value));
        gl_cg_set_loc_stmt(c, s);
        TRY(gl_cg_emit(c, GL_OP_BINARY_OP, inplace[s->v.AugAssign.op]));
        TRY(gl_cg_emit(c, GL_OP_SWAP, 3));
        TRY(gl_cg_emit(c, GL_OP_SWAP, 2));
        gl_cg_set_loc_expr(c, t);
        return gl_cg_emit(c, GL_OP_STORE_SUBSCR, 0);
    default:
        return gl_cg_error(c, t->lineno, t->col_offset, "illegal expression for augmented assignment");
    }
}

static int
ann_assign(GlCompiler *c, const GlAstStmt *s)
{
    const GlAstExpr *t = s->v.AnnAssign.target;
    if (s->v.AnnAssign.value != NULL) {
        TRY(gl_cg_expr(c, s->v.AnnAssign.value));
        TRY(gl_cg_store(c, t));
    }
    int at_class_or_module = c->u->scope_type != GL_BLOCK_FUNCTION;
    if (t->kind == GL_AST_NAME) {
        if (s->v.AnnAssign.simple && at_class_or_module) {
            TRY(annotation_value(c, s->v.AnnAssign.annotation));
            TRY(gl_cg_nameop(c, "__annotations__", GL_AST_LOAD));
            GlObject *name = GlStr_InternFromString(gl_cg_mangle(c, t->v.Name.id));
            TRY(gl_cg_load_const_new(c, name));
            return gl_cg_emit(c, GL_OP_STORE_SUBSCR, 0);
        }
        return 0;
    }
    if (s->v.AnnAssign.value == NULL) {
        /* Evaluate the target's sub-expressions for their side effects. */
        if (t->kind == GL_AST_ATTRIBUTE) {
            TRY(gl_cg_expr(c, t->v.Attribute.value));
            TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
        } else if (t->kind == GL_AST_SUBSCRIPT) {
            TRY(gl_cg_expr(c, t->v.Subscript.value));
            TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
            TRY(gl_cg_expr(c, t->v.Subscript.slice));
            TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
        }
    }
    if (at_class_or_module && !c->future_annotations) {
        TRY(gl_cg_expr(c, s->v.AnnAssign.annotation));
        TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
    }
    return 0;
}

static int
delete_target(GlCompiler *c, const GlAstExpr *t)
{
    gl_cg_set_loc_expr(c, t);
    switch (t->kind) {
    case GL_AST_NAME:
        return gl_cg_nameop(c, t->v.Name.id, GL_AST_DEL);
    case GL_AST_ATTRIBUTE: {
        TRY(gl_cg_expr(c, t->v.Attribute.value));
        int ni = gl_cg_add_name(c, gl_cg_mangle(c, t->v.Attribute.attr));
        TRY(ni);
        gl_cg_set_loc_expr(c, t);
        return gl_cg_emit(c, GL_OP_DELETE_ATTR, ni);
    }
    case GL_AST_SUBSCRIPT:
        TRY(gl_cg_expr(c, t->v.Subscript.value));
        TRY(gl_cg_expr(c, t->v.Subscript.slice));
        gl_cg_set_loc_expr(c, t);
        return gl_cg_emit(c, GL_OP_DELETE_SUBSCR, 0);
    case GL_AST_TUPLE:
    case GL_AST_LIST: {
        const GlAstExprSeq *elts = t->kind == GL_AST_TUPLE ? &t->v.Tuple.elts : &t->v.List.elts;
        for (int i = 0; i < elts->n; i++) {
            TRY(delete_target(c, elts->items[i]));
        }
        return 0;
    }
    default:
        return gl_cg_error(c, t->lineno, t->col_offset, "cannot delete expression");
    }
}

static int
raise_stmt(GlCompiler *c, const GlAstStmt *s)
{
    int n = 0;
    if (s->v.Raise.exc) {
        TRY(gl_cg_expr(c, s->v.Raise.exc));
        n = 1;
        if (s->v.Raise.cause) {
            TRY(gl_cg_expr(c, s->v.Raise.cause));
            n = 2;
        }
    }
    gl_cg_set_loc_stmt(c, s);
    return gl_cg_emit(c, GL_OP_RAISE_VARARGS, n);
}

static int
assert_stmt(GlCompiler *c, const GlAstStmt *s)
{
    int end = gl_cg_new_label(c);
    TRY(end);
    TRY(gl_cg_jump_if(c, s->v.Assert.test, end, 1));
    /* CPython points the failure at the tested expression. */
    gl_cg_set_loc_expr(c, s->v.Assert.test);
    TRY(gl_cg_emit(c, GL_OP_LOAD_ASSERTION_ERROR, 0));
    if (s->v.Assert.msg) {
        TRY(gl_cg_emit(c, GL_OP_PUSH_NULL, 0));
        TRY(gl_cg_expr(c, s->v.Assert.msg));
        gl_cg_set_loc_expr(c, s->v.Assert.test);
        TRY(gl_cg_emit(c, GL_OP_CALL, 1));
    }
    TRY(gl_cg_emit(c, GL_OP_RAISE_VARARGS, 1));
    return gl_cg_use_label(c, end);
}

int
gl_cg_stmt(GlCompiler *c, const GlAstStmt *s)
{
    gl_cg_set_loc_stmt(c, s);
    switch (s->kind) {
    case GL_AST_FUNCTIONDEF:
        return function_def(c, s);
    case GL_AST_MATCH:
        return gl_cg_match(c, s);
    case GL_AST_CLASSDEF:
        return class_def(c, s);
    case GL_AST_RETURN:
        if (c->u->scope_type != GL_BLOCK_FUNCTION) {
            return gl_cg_error(c, s->lineno, s->col_offset, "'return' outside function");
        }
        return return_stmt(c, s);
    case GL_AST_DELETE:
        for (int i = 0; i < s->v.Delete.targets.n; i++) {
            TRY(delete_target(c, s->v.Delete.targets.items[i]));
        }
        return 0;
    case GL_AST_ASSIGN: {
        int n = s->v.Assign.targets.n;
        TRY(gl_cg_expr(c, s->v.Assign.value));
        for (int i = 0; i < n; i++) {
            if (i < n - 1) {
                TRY(gl_cg_emit(c, GL_OP_COPY, 1));
            }
            TRY(gl_cg_store(c, s->v.Assign.targets.items[i]));
        }
        return 0;
    }
    case GL_AST_AUGASSIGN:
        return aug_assign(c, s);
    case GL_AST_ANNASSIGN:
        return ann_assign(c, s);
    case GL_AST_FOR:
        return s->v.For.is_async ? gl_cg_async_for(c, s) : for_stmt(c, s);
    case GL_AST_WHILE:
        return while_stmt(c, s);
    case GL_AST_IF:
        return if_stmt(c, s);
    case GL_AST_WITH:
        return with_stmt(c, s, 0);
    case GL_AST_RAISE:
        return raise_stmt(c, s);
    case GL_AST_TRY:
        return try_stmt(c, s);
    case GL_AST_ASSERT:
        return assert_stmt(c, s);
    case GL_AST_IMPORT:
        return import_stmt(c, s);
    case GL_AST_IMPORTFROM:
        return import_from_stmt(c, s);
    case GL_AST_GLOBAL:
    case GL_AST_NONLOCAL:
        return 0;
    case GL_AST_PASS:
        return gl_cg_emit(c, GL_OP_NOP, 0);   // keeps the line for tracing, as CPython
    case GL_AST_BREAK:
        return break_continue(c, s, 1);
    case GL_AST_CONTINUE:
        return break_continue(c, s, 0);
    case GL_AST_EXPR: {
        const GlAstExpr *v = s->v.Expr.value;
        if (c->interactive && c->u->scope_type == GL_BLOCK_MODULE) {
            TRY(gl_cg_expr(c, v));
            gl_cg_set_loc_stmt(c, s);
            return gl_cg_emit(c, GL_OP_PRINT_EXPR, 0);
        }
        if (v->kind == GL_AST_CONSTANT) {
            return gl_cg_emit(c, GL_OP_NOP, 0);   // keeps the line for tracing
        }
        TRY(gl_cg_expr(c, v));
        return gl_cg_emit(c, GL_OP_POP_TOP, 0);
    }
    }
    return gl_cg_error(c, s->lineno, s->col_offset, "unknown statement");
}
