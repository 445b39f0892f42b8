/*
 * codegen_async.c - code generation for coroutines: `await`, `async for`, the async
 * loops of comprehensions, and the await steps of `async with` (CPython 3.11's
 * compiler_async_for, compiler_async_comprehension_generator and the await sequence
 * GET_AWAITABLE, LOAD_CONST None, SEND/YIELD_VALUE loop).
 *
 * Invariants: an await sequence turns [awaitable-source] into [result] with the same
 * stack depth; the SEND/YIELD_VALUE pair is adjacent so a suspended frame's delegate is
 * found at the top of its stack (genobject.c gen_yf). Compile-time errors for misplaced
 * async constructs are raised by the symbol table (symtable.c), as positions are known
 * there.
 */
#include "codegen.h"

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

static int
stmts(GlCompiler *c, const GlAstStmtSeq *seq)
{
    for (int i = 0; i < seq->n; i++) {
        TRY(gl_cg_stmt(c, seq->items[i]));
    }
    return 0;
}

/* [obj] -> [await obj]. `where` is GET_AWAITABLE's argument: 0 await, 1 after
   __aenter__, 2 after __aexit__ (for the error message). */
int
gl_cg_await(GlCompiler *c, int where)
{
    int send = gl_cg_new_label(c), exit = gl_cg_new_label(c);
    TRY(send | exit);
    TRY(gl_cg_emit(c, GL_OP_GET_AWAITABLE, where));
    TRY(gl_cg_load_const(c, Gl_None));
    TRY(gl_cg_use_label(c, send));
    TRY(gl_cg_jump(c, GL_OP_SEND, exit));
    TRY(gl_cg_emit(c, GL_OP_YIELD_VALUE, 0));
    TRY(gl_cg_jump(c, GL_OP_JUMP, send));
    return gl_cg_use_label(c, exit);
}

/*
 * The head of an async loop over the async iterator on top of the stack:
 * [aiter] -> [aiter, next value]; on StopAsyncIteration control goes to `except` with
 * [aiter, exc] (the caller emits END_ASYNC_FOR there).
 */
int
gl_cg_async_loop_head(GlCompiler *c, int except)
{
    TRY(gl_cg_setup(c, except, 0, 0));
    TRY(gl_cg_emit(c, GL_OP_GET_ANEXT, 0));
    TRY(gl_cg_await(c, 0));
    return gl_cg_pop_block(c);
}

/* async for target in iter: body else: orelse */
int
gl_cg_async_for(GlCompiler *c, const GlAstStmt *s)
{
    int start = gl_cg_new_label(c), except = gl_cg_new_label(c), end = gl_cg_new_label(c);
    TRY(start | except | end);
    TRY(gl_cg_expr(c, s->v.For.iter));
    gl_cg_set_loc_expr(c, s->v.For.iter);
    TRY(gl_cg_emit(c, GL_OP_GET_AITER, 0));
    TRY(gl_cg_use_label(c, start));
    gl_cg_set_loc_stmt(c, s);
    TRY(gl_cg_push_fblock(c, GL_FB_FOR_LOOP, start, end, NULL, NULL));
    TRY(gl_cg_async_loop_head(c, except));
    TRY(gl_cg_store(c, s->v.For.target));
    TRY(stmts(c, &s->v.For.body));
    TRY(gl_cg_jump_noline(c, GL_OP_JUMP, start));   // no 'line' event of its own
    gl_cg_pop_fblock(c);
    /* [aiter, exc]: StopAsyncIteration ends the loop, anything else propagates */
    TRY(gl_cg_use_label(c, except));
    gl_cg_set_loc_expr(c, s->v.For.iter);
    TRY(gl_cg_emit(c, GL_OP_END_ASYNC_FOR, 0));
    TRY(stmts(c, &s->v.For.orelse));
    return gl_cg_use_label(c, end);
}
