/* codegen.h - the code generator's internal state, shared by codegen.c (units,
 * emission, assembly), codegen_stmt.c and codegen_expr.c.
 *
 * Invariants:
 * - One GlUnit per scope being compiled; c->u is the innermost.
 * - Instructions are emitted in final order: a CACHE word follows each opcode that
 *   has one, so instruction indexes never change after emission; jumps name labels,
 *   resolved at assembly.
 * - Exception handlers form a tree (each SETUP pushes a child of the current one,
 *   POP_BLOCK returns to the parent); every instruction records the handler active
 *   when it was emitted. Jumps record the handler and the stack depth at the jump;
 *   binding a label after dead code restores both, which keeps the linear emission
 *   consistent with control flow (CPython computes the same by walking its CFG).
 */
#ifndef GLASS_COMPILER_CODEGEN_H
#define GLASS_COMPILER_CODEGEN_H

#include "../objects/allobjects.h"
#include "ast.h"
#include "symtable.h"
#include "opcodes.h"

typedef struct GlInstr {
    int op, arg;           // arg: a label id for jumps until assembly
    int lineno, end_lineno, col, end_col;
    int handler;           // index into u->handlers, -1 for none
} GlInstr;

typedef struct GlHandler {
    int label;             // where the handler code starts
    int depth;             // value-stack depth to unwind to
    int lasti;             // push the raising instruction's index too
    int parent;            // enclosing handler, -1 for none
} GlHandler;

typedef struct GlLabelInfo {
    int pos;               // instruction index once bound, -1 before
    int depth;             // stack depth on entry, -1 unknown
    int handler;           // handler active on entry (-2 unknown)
} GlLabelInfo;

enum GlFBlockType {
    GL_FB_WHILE_LOOP, GL_FB_FOR_LOOP, GL_FB_TRY_EXCEPT, GL_FB_FINALLY_TRY, GL_FB_FINALLY_END,
    GL_FB_WITH, GL_FB_HANDLER_CLEANUP, GL_FB_POP_VALUE, GL_FB_EXCEPTION_HANDLER,
    GL_FB_EXCEPTION_GROUP_HANDLER
};

typedef struct GlFBlock {
    enum GlFBlockType type;
    int block;             // label: loop start (continue target)
    int exit;              // label: loop exit (break target)
    const GlAstStmtSeq *finalbody;   // FINALLY_TRY: body to run when unwinding
    const char *name;      // HANDLER_CLEANUP: the `as` name, or NULL
    const struct GlAstStmt *stmt;   // WITH: the statement (where unwinding calls __exit__)
} GlFBlock;

#define GL_MAX_FBLOCKS 20   // CPython's CO_MAXBLOCKS: "too many statically nested blocks" past it

typedef struct GlUnit {
    GlSTEntry *ste;
    struct GlUnit *parent;
    GlObject *name, *qualname;    // str
    GlInstr *instrs;
    int ninstrs, capinstrs;
    GlLabelInfo *labels;
    int nlabels, caplabels;
    GlHandler *handlers;
    int nhandlers, caphandlers;
    int cur_handler;
    int depth, maxdepth;
    int dead;                     // after an unconditional jump/return/raise
    GlObject *consts;             // list
    GlObject *consts_map;         // dict: constant key -> index
    GlObject *names;              // list
    GlObject *names_map;          // dict: name -> index
    const char **fast_names;      // localsplus names (arena strings)
    uint8_t *fast_kinds;
    int nfast, capfast;
    int nlocals, ncells, nfrees;
    int ncaches;
    int argcount, posonlyargcount, kwonlyargcount;
    int flags;
    int firstlineno;
    int scope_type;               // GL_BLOCK_*
    int is_lambda, is_comprehension;
    GlFBlock fblocks[GL_MAX_FBLOCKS];
    int nfblocks;
    int lineno, end_lineno, col, end_col;   // current location
    const char *private_name;     // class name for mangling
} GlUnit;

typedef struct GlCompiler {
    GlArena *arena;
    GlSymTable *st;
    GlUnit *u;
    GlObject *filename;
    GlObject *const_cache;        // unit-wide: constant key -> the shared object
    int interactive;
    int nested_depth;             // recursion guard
    GlSyntaxErrorInfo *err;       // compile-time SyntaxError (set -> failure)
    const char *src;
    size_t srclen;
    int future_annotations;       // `from __future__ import annotations`: annotations are strings
    int future_lineno;            // line of the last valid future import (0: none)
} GlCompiler;

/* Annotations under `from __future__ import annotations` are unparsed by the `_ast`
 * module (src/modules/_astmodule.c, through lib/ast.py). New reference. */
struct GlAstExpr;
GlObject *GlAst_UnparseExpr(const struct GlAstExpr *e) GL_NEWREF;

/* ---- codegen.c ---- */
int gl_cg_emit(GlCompiler *c, int op, int arg);
int gl_cg_new_label(GlCompiler *c);
int gl_cg_use_label(GlCompiler *c, int label);
int gl_cg_jump(GlCompiler *c, int op, int label);
/* gl_cg_jump without a source position (lineno -1), like CPython's NOLINE jumps: a loop's
 * back edge, so tracing reports no 'line' event for the jump itself. */
int gl_cg_jump_noline(GlCompiler *c, int op, int label);
/* gl_cg_emit without a source position (an exception handler's PUSH_EXC_INFO). */
int gl_cg_emit_noline(GlCompiler *c, int op, int arg);
int gl_cg_jump_arg(GlCompiler *c, int op, int label, int low);
int gl_cg_setup(GlCompiler *c, int label, int lasti, int depth_adjust);
int gl_cg_pop_block(GlCompiler *c);
int gl_cg_load_const(GlCompiler *c, GlObject *v);          // borrowed v
int gl_cg_load_const_new(GlCompiler *c, GlObject *v);      // steals v
int gl_cg_add_const(GlCompiler *c, GlObject *v);           // index, -1 on error (borrowed v)
int gl_cg_add_name(GlCompiler *c, const char *name);       // index into co_names (mangled name)
int gl_cg_nameop(GlCompiler *c, const char *name, GlAstExprContext ctx);
const char *gl_cg_mangle(GlCompiler *c, const char *name);
int gl_cg_enter_scope(GlCompiler *c, const char *name, const void *node, int lineno);
GlObject *gl_cg_leave_scope(GlCompiler *c) GL_NEWREF;     // the code object
int gl_cg_make_closure(GlCompiler *c, GlObject *code, int flags);
int gl_cg_error(GlCompiler *c, int lineno, int col, const char *fmt, ...);
/* Issue a SyntaxWarning through the warnings module (filters apply). 0 / -1. */
int gl_cg_warn(GlCompiler *c, int lineno, const char *fmt, ...);
GlObject *gl_cg_constant(GlCompiler *c, const GlAstConstant *k) GL_NEWREF;
void gl_cg_set_loc_expr(GlCompiler *c, const GlAstExpr *e);
void gl_cg_set_loc_stmt(GlCompiler *c, const GlAstStmt *s);
int gl_cg_push_fblock(GlCompiler *c, enum GlFBlockType t, int block, int exit,
                      const GlAstStmtSeq *finalbody, const char *name);
void gl_cg_pop_fblock(GlCompiler *c);

/* ---- codegen_stmt.c ---- */
int gl_cg_stmt(GlCompiler *c, const GlAstStmt *s);
int gl_cg_body(GlCompiler *c, const GlAstStmtSeq *body);
int gl_cg_function_body(GlCompiler *c, const GlAstStmt *s);

/* ---- codegen_async.c ---- */
int gl_cg_await(GlCompiler *c, int where);            // [x] -> [await x]
int gl_cg_async_loop_head(GlCompiler *c, int except); // [aiter] -> [aiter, value]
int gl_cg_async_for(GlCompiler *c, const GlAstStmt *s);

/* ---- codegen_match.c ---- */
int gl_cg_match(GlCompiler *c, const GlAstStmt *s);

/* ---- codegen_expr.c ---- */
int gl_cg_expr(GlCompiler *c, const GlAstExpr *e);
int gl_cg_store(GlCompiler *c, const GlAstExpr *target);
int gl_cg_jump_if(GlCompiler *c, const GlAstExpr *e, int label, int cond);
int gl_cg_lambda(GlCompiler *c, const GlAstExpr *e);
int gl_cg_call_helper(GlCompiler *c, int n_already, const GlAstExprSeq *args,
                      const GlAstKeywordSeq *keywords);
int gl_cg_defaults(GlCompiler *c, const GlAstArguments *args, int *flags);
/* If e folds to a constant, a new reference; NULL (no error) otherwise. */
GlObject *gl_cg_fold(GlCompiler *c, const GlAstExpr *e) GL_NEWREF;

#endif /* GLASS_COMPILER_CODEGEN_H */
