/* ceval.c - the evaluation loop.
 *
 * One C invocation of GlEval_EvalFrame runs its entry frame and every Python frame
 * that frame calls (calls to Python functions push a frame and continue in the same
 * loop; returns pop it). Dispatch is computed goto over 32-bit instruction words.
 *
 * Invariants:
 * - `sp` is the first free value-stack slot of `frame`; every slot below it is an
 *   owned reference (or NULL where the call layout allows it).
 * - frame->instr points at the instruction being executed (stored before it runs),
 *   so tracebacks, line numbers and the exception table see the right index.
 * - gl_tstate.frame is the running frame; gl_tstate.recursion_depth counts frames.
 * - An error jumps to `error` (adds a traceback entry for this frame) or, for
 *   re-raises, to `exception_unwind`, which finds the handler in the exception table
 *   or pops the frame and continues unwinding in the caller.
 * Python code can run at nearly every instruction (dunder methods, __del__ on any
 * DECREF, weakref callbacks, collections); nothing is cached across such points
 * except through the frame.
 */
#include "frame.h"
#include "vm.h"
#include "ceval.h"
#include "../compiler/opcodes.h"

#define GL_RECURSION_ERROR_MSG "maximum recursion depth exceeded"

/* codegen.c allocates 48 bytes per cache entry (the compiler cannot see this header). */
_Static_assert(sizeof(GlCacheEntry) <= 48, "GlCacheEntry grew: update codegen.c");

/* The int fast paths of BINARY_OP: 1 with *res = x op y when the result fits an
 * int64_t and the operation has a fast path, else 0 (true division, whose result is
 * a float, is BINARY_OP's own). */
static inline __attribute__((always_inline)) int
int_binary_small(int op, int64_t x, int64_t y, int64_t *res)
{
    int64_t r;
    switch (op) {
    case GL_NB_ADD: case GL_NB_INPLACE_ADD:
        if (!__builtin_add_overflow(x, y, &r)) {
            *res = r;
            return 1;
        }
        break;
    case GL_NB_SUBTRACT: case GL_NB_INPLACE_SUBTRACT:
        if (!__builtin_sub_overflow(x, y, &r)) {
            *res = r;
            return 1;
        }
        break;
    case GL_NB_MULTIPLY: case GL_NB_INPLACE_MULTIPLY:
        if (!__builtin_mul_overflow(x, y, &r)) {
            *res = r;
            return 1;
        }
        break;
    case GL_NB_AND: case GL_NB_INPLACE_AND:
        *res = x & y;
        return 1;
    case GL_NB_OR: case GL_NB_INPLACE_OR:
        *res = x | y;
        return 1;
    case GL_NB_XOR: case GL_NB_INPLACE_XOR:
        *res = x ^ y;
        return 1;
    case GL_NB_FLOOR_DIVIDE: case GL_NB_INPLACE_FLOOR_DIVIDE:
        if (y != 0 && !(x == INT64_MIN && y == -1)) {
            int64_t q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) {
                q--;
            }
            *res = q;
            return 1;
        }
        break;
    case GL_NB_REMAINDER: case GL_NB_INPLACE_REMAINDER:
        if (y != 0 && !(x == INT64_MIN && y == -1)) {
            int64_t m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) {
                m += y;
            }
            *res = m;
            return 1;
        }
        break;
    case GL_NB_RSHIFT: case GL_NB_INPLACE_RSHIFT:
        if (y >= 0) {
            *res = y >= 64 ? (x < 0 ? -1 : 0) : (x >> y);
            return 1;
        }
        break;
    case GL_NB_LSHIFT: case GL_NB_INPLACE_LSHIFT:
        if (y >= 0 && y < 62 && x >= -((int64_t)1 << (62 - y)) && x < ((int64_t)1 << (62 - y))) {
            *res = (int64_t)((uint64_t)x << y);
            return 1;
        }
        break;
    default:
        break;
    }
    return 0;
}

static inline __attribute__((always_inline)) int
compare_fast(int op, GlObject *a, GlObject *b, int *result)
{
    if (Gl_TYPE(a) == &GlInt_Type && Gl_TYPE(b) == &GlInt_Type
        && GlInt_IS_SMALL(a) && GlInt_IS_SMALL(b)) {
        int64_t x = ((GlIntObject *)a)->small, y = ((GlIntObject *)b)->small;
        switch (op) {
        case Gl_LT: *result = x < y; return 1;
        case Gl_LE: *result = x <= y; return 1;
        case Gl_EQ: *result = x == y; return 1;
        case Gl_NE: *result = x != y; return 1;
        case Gl_GT: *result = x > y; return 1;
        case Gl_GE: *result = x >= y; return 1;
        }
    }
    if (Gl_TYPE(a) == &GlFloat_Type && Gl_TYPE(b) == &GlFloat_Type) {
        double x = GlFloat_AS_DOUBLE(a), y = GlFloat_AS_DOUBLE(b);
        switch (op) {
        case Gl_LT: *result = x < y; return 1;
        case Gl_LE: *result = x <= y; return 1;
        case Gl_EQ: *result = x == y; return 1;
        case Gl_NE: *result = x != y; return 1;
        case Gl_GT: *result = x > y; return 1;
        case Gl_GE: *result = x >= y; return 1;
        }
    }
    if (GlStr_CheckExact(a) && GlStr_CheckExact(b) && (op == Gl_EQ || op == Gl_NE)) {
        int eq = a == b || GlStr_Equal(a, b);
        *result = op == Gl_EQ ? eq : !eq;
        return 1;
    }
    return 0;
}

/* 1 when the C stack is nearly used up (GlEval_EvalFrame is entered recursively
 * from C: calls from C code, generators, dunder methods). */
static inline int
c_stack_exhausted(void)
{
    char here;
    return gl_tstate.stack_limit != NULL && (uintptr_t)&here < (uintptr_t)gl_tstate.stack_limit;
}

/* Truth value with the fast cases inline: 1, 0, -1. */
static inline int
is_true(GlObject *v)
{
    if (v == Gl_True) {
        return 1;
    }
    if (v == Gl_False || v == Gl_None) {
        return 0;
    }
    return GlObject_IsTrue(v);
}

/* ---- sys.settrace / sys.setprofile ----
 *
 * While a trace or profile function is set (gl_tstate.use_tracing), every entry of
 * the loop's dispatch table points at L_TRACE_HOOK, which reports 'line' / 'opcode'
 * events, the 'return' event of RETURN_VALUE / RETURN_CONST / YIELD_VALUE and the
 * profile's c_call events, then jumps to the instruction's real label (plain_targets).
 * With tracing off the table holds the real labels, so the normal path is unchanged.
 * 'call' events are reported at frame entry, 'exception' events at `error`, the
 * 'return' event of a frame left by an exception where unwinding leaves it. */

enum { TR_CALL, TR_EXCEPTION, TR_LINE, TR_RETURN, TR_C_CALL, TR_C_EXCEPTION, TR_C_RETURN,
       TR_OPCODE, TR_COUNT };
static const char *const trace_event_names[TR_COUNT] = {
    "call", "exception", "line", "return", "c_call", "c_exception", "c_return", "opcode",
};
static GlObject *trace_event_strs[TR_COUNT];   // owned interned names, made on first use

static void **dispatch_table;              // the loop's table; NULL before the first run
static GlFrame *throw_start_frame;         // an unstarted generator frame being thrown into:
                                           // its events report the def line (CPython's RESUME)
static void *plain_targets[GL_OP_COUNT];   // its entries with tracing off
static void *trace_hook_target;            // &&L_TRACE_HOOK

/* Point the dispatch table at the hook or at the real labels, as use_tracing says. */
static void
update_dispatch(void)
{
    GlThreadState *ts = &gl_tstate;
    ts->use_tracing = ts->c_tracefunc != NULL || ts->c_profilefunc != NULL;
    if (dispatch_table == NULL) {
        return;
    }
    for (int i = 0; i < GL_OP_COUNT; i++) {
        dispatch_table[i] = ts->use_tracing ? trace_hook_target : plain_targets[i];
    }
}

void
GlEval_SetTrace(GlObject *func)
{
    Gl_XSETREF(gl_tstate.c_tracefunc, (func == NULL || func == Gl_None) ? NULL : Gl_NewRef(func));
    update_dispatch();
}

void
GlEval_SetProfile(GlObject *func)
{
    Gl_XSETREF(gl_tstate.c_profilefunc,
               (func == NULL || func == Gl_None) ? NULL : Gl_NewRef(func));
    update_dispatch();
}

/* Call the trace function (profile = 0) or the profile function (profile = 1) for
 * event `what` of frame with arg (NULL: None), as CPython's call_trace_protected with
 * the sysmodule trampolines: the trace function gets 'call' events, the frame's
 * f_trace the others, and a non-None result of the trace function becomes f_trace.
 * A pending exception is kept across the call. Returns 0, or -1 with the function's
 * exception set (the function is then removed, and the pending one dropped). */
static __attribute__((noinline)) int
call_trace(GlFrame *frame, int profile, int what, GlObject *arg)
{
    GlThreadState *ts = &gl_tstate;
    if (ts->tracing) {
        return 0;
    }
    GlObject *fobj = GlFrame_GetFrameObject(frame);
    if (fobj == NULL) {
        return -1;
    }
    GlFrameObject *fo = (GlFrameObject *)fobj;
    GlObject *callback = profile ? ts->c_profilefunc
                                 : (what == TR_CALL ? ts->c_tracefunc : fo->f_trace);
    if (callback == NULL) {
        Gl_DECREF(fobj);
        return 0;
    }
    if (trace_event_strs[what] == NULL) {
        trace_event_strs[what] = GlStr_InternFromString(trace_event_names[what]);
        if (trace_event_strs[what] == NULL) {
            Gl_DECREF(fobj);
            return -1;
        }
    }
    Gl_INCREF(callback);
    GlObject *saved = GlErr_GetRaisedException();
    if (what == TR_CALL) {
        /* CPython reports the RESUME instruction's line: the def line on entry, the
         * yield's line on resumption. */
        Gl_ssize_t i = frame->instr - frame->code->co_instrs;
        int line = i <= 0 ? frame->code->co_firstlineno : frame->code->co_positions[i - 1].lineno;
        if (i <= 0 && frame->func == NULL && GlStr_EqualToASCII(frame->code->co_name, "<module>")) {
            line = 0;   // module code: CPython's RESUME has no line
        }
        fo->f_trace_line = (line >= 0 ? line : frame->code->co_firstlineno) + 1;
    } else if (frame == throw_start_frame) {
        fo->f_trace_line = frame->code->co_firstlineno + 1;
    } else {
        /* An instruction without a line (an implicit return) reports the line run last,
         * as CPython's line propagation gives it. */
        Gl_ssize_t i = frame->instr - frame->code->co_instrs;
        if (i >= 0 && i < frame->code->co_ninstrs && frame->code->co_positions[i].lineno < 0) {
            fo->f_trace_line = fo->f_last_line + 1;
        }
    }
    GlObject *args[3] = {fobj, trace_event_strs[what], arg != NULL ? arg : Gl_None};
    ts->tracing++;
    GlObject *res = GlObject_Vectorcall(callback, args, 3, NULL);
    ts->tracing--;
    fo->f_trace_line = 0;
    Gl_DECREF(callback);
    if (res == NULL) {
        Gl_XDECREF(saved);
        if (profile) {
            GlEval_SetProfile(NULL);
        } else {
            GlEval_SetTrace(NULL);
            Gl_CLEAR(fo->f_trace);
        }
        Gl_DECREF(fobj);
        return -1;
    }
    if (!profile && res != Gl_None) {
        Gl_XSETREF(fo->f_trace, res);
    } else {
        Gl_DECREF(res);
    }
    if (saved != NULL) {
        GlErr_SetRaisedException(saved);
    }
    Gl_DECREF(fobj);
    return 0;
}

/* Frame entry (a call, or a generator resumed): 'call' to the trace function then to
 * the profile function. 0 / -1 with the exception set. */
static __attribute__((noinline)) int
trace_frame_entry(GlFrame *frame)
{
    GlThreadState *ts = &gl_tstate;
    if (ts->tracing) {
        return 0;
    }
    if (ts->c_tracefunc != NULL || frame->frame_obj != NULL) {
        GlObject *fobj = GlFrame_GetFrameObject(frame);
        if (fobj == NULL) {
            return -1;
        }
        /* Like CPython's RESUME: the next instruction always gets a 'line' event on
         * entry; after a yield it compares with the yield's line. */
        Gl_ssize_t i = frame->instr - frame->code->co_instrs;
        ((GlFrameObject *)fobj)->f_last_traced = i <= 0 ? -1 : (int)(i - 1);
        Gl_DECREF(fobj);
    }
    if (ts->c_tracefunc != NULL && call_trace(frame, 0, TR_CALL, NULL) < 0) {
        return -1;
    }
    if (ts->c_profilefunc != NULL && call_trace(frame, 1, TR_CALL, NULL) < 0) {
        return -1;
    }
    return 0;
}

/* Frame exit: 'return' with retval (NULL: None, the frame is left by an exception)
 * to the trace function then the profile function. 0 / -1 with the exception set. */
static __attribute__((noinline)) int
trace_frame_exit(GlFrame *frame, GlObject *retval)
{
    GlThreadState *ts = &gl_tstate;
    if (ts->tracing) {
        return 0;
    }
    if (ts->c_tracefunc != NULL && call_trace(frame, 0, TR_RETURN, retval) < 0) {
        return -1;
    }
    if (ts->c_profilefunc != NULL && call_trace(frame, 1, TR_RETURN, retval) < 0) {
        return -1;
    }
    return 0;
}

/* 'exception' event for the pending exception: arg (type, value, traceback). If the
 * trace function fails, its exception replaces the pending one. */
static __attribute__((noinline)) void
trace_exception(GlFrame *frame)
{
    GlThreadState *ts = &gl_tstate;
    if (ts->tracing || ts->c_tracefunc == NULL || ts->curexc == NULL) {
        return;
    }
    if (frame->frame_obj == NULL || frame->frame_obj->f_trace == NULL) {
        return;   // no local trace function: nothing to call
    }
    GlObject *exc = ts->curexc;
    GlObject *tb = GlException_GetTraceback(exc);
    GlObject *arg = GlTuple_Pack(3, (GlObject *)Gl_TYPE(exc), exc, tb != NULL ? tb : Gl_None);
    if (arg == NULL) {
        return;
    }
    call_trace(frame, 0, TR_EXCEPTION, arg);
    Gl_DECREF(arg);
}

/* 'exception' event for StopIteration(value) ending a loop or `yield from` over a
 * generator that returned value (CPython 3.11 reports the StopIteration the generator
 * raised). No exception may be pending. 0 / -1 with the trace function's exception. */
static __attribute__((noinline)) int
trace_stop_iteration(GlFrame *frame, GlObject *value)
{
    if (frame->frame_obj == NULL || frame->frame_obj->f_trace == NULL || gl_tstate.tracing) {
        return 0;
    }
    GlObject *exc = GlObject_CallOneArg((GlObject *)GlExc_StopIteration, value);
    if (exc == NULL) {
        return -1;
    }
    GlErr_SetRaisedException(exc);
    trace_exception(frame);
    GlObject *cur = GlErr_GetRaisedException();
    if (cur == exc) {
        Gl_DECREF(cur);
        return 0;
    }
    GlErr_SetRaisedException(cur);
    return -1;
}

/* Before an instruction while tracing: 'line' (new line, or a backward jump except in
 * `yield from`'s SEND loop) and 'opcode' events, as CPython's maybe_call_line_trace.
 * 0 / -1 with the exception set. */
static __attribute__((noinline)) int
trace_instruction(GlFrame *frame, int op)
{
    GlFrameObject *fo = frame->frame_obj;
    GlCodeObject *co = frame->code;
    int cur = (int)(frame->instr - co->co_instrs);
    int prev = fo->f_last_traced;
    throw_start_frame = NULL;
    fo->f_last_traced = cur;
    int line = co->co_positions[cur].lineno;
    if (line >= 0) {
        fo->f_last_line = line;
    }
    if (gl_tstate.c_tracefunc == NULL || fo->f_trace == NULL) {
        return 0;
    }
    if (line >= 0 && fo->f_trace_lines) {
        int lastline = (prev < 0 || prev >= co->co_ninstrs) ? -1 : co->co_positions[prev].lineno;
        if (line != lastline || (cur < prev && op != GL_OP_SEND)) {
            if (call_trace(frame, 0, TR_LINE, NULL) < 0) {
                return -1;
            }
        }
    }
    if (fo->f_trace_opcodes && fo->f_trace != NULL) {
        return call_trace(frame, 0, TR_OPCODE, NULL);
    }
    return 0;
}

/* A call of a builtin function (or method descriptor) with c_call / c_return /
 * c_exception profile events around it, as CPython's C_TRACE: vectorcall arguments,
 * or (callargs != NULL) CALL_FUNCTION_EX's tuple and kwargs dict. New reference or NULL. */
static __attribute__((noinline)) GlObject *
profiled_ccall(GlFrame *frame, GlObject *callable, GlObject *const *args, size_t nargsf,
               GlObject *kwnames, GlObject *callargs, GlObject *kwargs)
{
    GlObject *arg = callable, *bound = NULL;
    if (Gl_TYPE(callable) == &GlMethodDescr_Type) {
        /* CPython reports a temporary bound method. */
        bound = Gl_TYPE(callable)->tp_descr_get(callable, args[0], (GlObject *)Gl_TYPE(args[0]));
        if (bound == NULL) {
            return NULL;
        }
        arg = bound;
    }
    GlObject *res = NULL;
    if (call_trace(frame, 1, TR_C_CALL, arg) == 0) {
        res = callargs != NULL ? GlEvalOp_CallFunctionEx(callable, callargs, kwargs)
                               : GlObject_Vectorcall(callable, args, nargsf, kwnames);
        if (gl_tstate.c_profilefunc != NULL) {
            if (res == NULL) {
                call_trace(frame, 1, TR_C_EXCEPTION, arg);
            } else if (call_trace(frame, 1, TR_C_RETURN, arg) < 0) {
                Gl_CLEAR(res);
            }
        }
    }
    Gl_XDECREF(bound);
    return res;
}

/* ---- the loop ---- */

GlObject *
GlEval_EvalFrame(GlFrame *frame)
{
    return GlEval_EvalFrameEx(frame, 0);
}

GlObject *
GlEval_EvalFrameEx(GlFrame *frame, int throwflag)
{
    static void *targets[GL_OP_COUNT] = {
#define GL_OP_TARGET(name) &&L_##name,
        GL_OPCODE_LIST(GL_OP_TARGET)
#undef GL_OP_TARGET
    };
    GlThreadState *ts = &gl_tstate;
    GlObject **sp;
    uint32_t *ip;
    uint32_t word;
    int oparg;
    GlCodeObject *co;
    GlObject **localsplus;
    GlObject *consts, *names;
    GlObject *kwnames = NULL;     // borrowed from co_consts, set by KW_NAMES
    GlObject *retval = NULL;
    int reraise_index = -1;       // RERAISE: search handlers from here, not from lasti

    if (GL_UNLIKELY(dispatch_table == NULL)) {
        for (int i = 0; i < GL_OP_COUNT; i++) {
            plain_targets[i] = targets[i];
        }
        trace_hook_target = &&L_TRACE_HOOK;
        dispatch_table = targets;
        update_dispatch();
    }
    /* The C stack guard: entering the loop from C is C recursion. */
    if (GL_UNLIKELY(c_stack_exhausted())) {
        GlErr_SetString(GlExc_RecursionError, GL_RECURSION_ERROR_MSG);
        return NULL;
    }
    frame->is_entry = 1;
    frame->previous = ts->frame;

#define LOAD_FRAME()                                  \
    do {                                              \
        co = frame->code;                             \
        localsplus = frame->localsplus;               \
        consts = co->co_consts;                       \
        names = co->co_names;                         \
        sp = frame->stack_pointer;                    \
    } while (0)

start_frame:
    if (GL_UNLIKELY(++ts->recursion_depth > ts->recursion_limit)
        && ts->recursion_headroom == 0) {
        /* Raised in the caller, as CPython: the new frame never starts. */
        ts->recursion_depth--;
        ts->recursion_headroom++;
        GlErr_SetString(GlExc_RecursionError, GL_RECURSION_ERROR_MSG);
        ts->recursion_headroom--;
        if (frame->is_entry) {
            return NULL;   // the caller of GlEval_EvalFrame pops the frame
        }
        GlFrame *prev = frame->previous;
        GlFrame_Pop(frame);
        frame = prev;
        ts->frame = frame;
        LOAD_FRAME();
        ip = frame->instr;
        goto error;
    }
    ts->frame = frame;
    LOAD_FRAME();
    ip = frame->instr;
    if (GL_UNLIKELY(ts->use_tracing) && trace_frame_entry(frame) < 0) {
        /* The trace function failed: the frame ends with its exception. */
        throwflag = 0;
        GlTraceBack_Here(frame, gl_tstate.curexc);
        trace_exception(frame);
        goto unwind_frame;
    }
    if (throwflag) {
        throwflag = 0;
        if (GL_UNLIKELY(ts->use_tracing) && frame->instr == co->co_instrs) {
            throw_start_frame = frame;
        }
        goto error;
    }

#define DISPATCH()                          \
    do {                                    \
        frame->instr = ip;                  \
        word = *ip++;                       \
        oparg = (int)(word >> 8);           \
        goto *targets[word & 0xff];         \
    } while (0)
#define TARGET(op) L_##op:
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define PEEK(n) (sp[-(n)])
#define JUMPTO(t) (ip = co->co_instrs + (t))
#define CACHE_ENTRY() (&((GlCacheEntry *)co->co_caches)[GL_OPARG(*ip)])
#define SKIP_CACHE() (ip++)

    DISPATCH();

    /* Tracing on: every instruction comes here first (see update_dispatch). */
L_TRACE_HOOK:
    if (ts->tracing == 0) {
        int op = (int)(word & 0xff);
        frame->stack_pointer = sp;
        if (frame->frame_obj != NULL && trace_instruction(frame, op) < 0) {
            goto error;
        }
        if (op == GL_OP_RETURN_VALUE || op == GL_OP_RETURN_CONST || op == GL_OP_YIELD_VALUE) {
            GlObject *rv = op == GL_OP_RETURN_CONST ? GlTuple_GET_ITEM(consts, oparg) : TOP();
            if (trace_frame_exit(frame, rv) < 0) {
                goto exit_unwind;
            }
        } else if (op == GL_OP_CALL && ts->c_profilefunc != NULL) {
            GlObject *callable = sp[-oparg - 2];
            if (GlCFunction_Check(callable)
                || (Gl_TYPE(callable) == &GlMethodDescr_Type
                    && oparg + (sp[-oparg - 1] != NULL) > 0)) {
                goto profiled_call;
            }
        } else if (op == GL_OP_CALL_FUNCTION_EX && ts->c_profilefunc != NULL) {
            if (GlCFunction_Check(sp[-3 - (oparg & 1)]) && sp[-2 - (oparg & 1)] == NULL) {
                goto profiled_call_ex;
            }
        }
    }
    goto *plain_targets[word & 0xff];

profiled_call:
    {
        /* CALL of a builtin with profile events (the layout as in CALL). */
        GlObject **args = sp - oparg;
        GlObject *callable = args[-2];
        Gl_ssize_t total = oparg;
        int offset = 1;
        if (args[-1] != NULL) {
            args--;
            total++;
            offset = 0;
        }
        GlObject *kwn = kwnames;
        kwnames = NULL;
        Gl_ssize_t nargs = total - (kwn ? GlTuple_GET_SIZE(kwn) : 0);
        GlObject *res = profiled_ccall(frame, callable, args,
                                       (size_t)nargs | (offset ? GL_VECTORCALL_ARGUMENTS_OFFSET : 0),
                                       kwn, NULL, NULL);
        for (Gl_ssize_t i = 0; i < total; i++) {
            Gl_DECREF(args[i]);
        }
        sp = args - 1 - offset;
        Gl_DECREF(callable);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

profiled_call_ex:
    {
        /* CALL_FUNCTION_EX of a builtin (no self) with profile events. */
        GlObject *kwargs = (oparg & 1) ? POP() : NULL;
        GlObject *callargs = POP();
        sp--;   // the NULL self
        GlObject *func = TOP();
        GlObject *res = profiled_ccall(frame, func, NULL, 0, NULL, callargs, kwargs);
        Gl_DECREF(callargs);
        Gl_XDECREF(kwargs);
        Gl_DECREF(func);
        sp--;
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(NOP) { DISPATCH(); }
    TARGET(CACHE) { DISPATCH(); }

    TARGET(POP_TOP) {
        GlObject *v = POP();
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(PUSH_NULL) {
        PUSH(NULL);
        DISPATCH();
    }

    TARGET(COPY) {
        GlObject *v = PEEK(oparg);
        PUSH(Gl_NewRef(v));
        DISPATCH();
    }

    TARGET(SWAP) {
        GlObject *t = TOP();
        TOP() = PEEK(oparg);
        PEEK(oparg) = t;
        DISPATCH();
    }

    TARGET(LOAD_CONST) {
        PUSH(Gl_NewRef(GlTuple_GET_ITEM(consts, oparg)));
        DISPATCH();
    }

    TARGET(LOAD_FAST) {
        GlObject *v = localsplus[oparg];
        if (GL_UNLIKELY(v == NULL)) {
            GlEvalOp_UnboundLocalError(co, oparg);
            goto error;
        }
        PUSH(Gl_NewRef(v));
        DISPATCH();
    }

    TARGET(LOAD_FAST_LOAD_FAST) {
        GlObject *a = localsplus[oparg & 0xfff];
        GlObject *b = localsplus[oparg >> 12];
        if (GL_UNLIKELY(a == NULL)) {
            GlEvalOp_UnboundLocalError(co, oparg & 0xfff);
            goto error;
        }
        if (GL_UNLIKELY(b == NULL)) {
            frame->instr = ip;   // the error belongs to the second load
            GlEvalOp_UnboundLocalError(co, oparg >> 12);
            goto error;
        }
        PUSH(Gl_NewRef(a));
        PUSH(Gl_NewRef(b));
        ip++;   // the second LOAD_FAST word
        DISPATCH();
    }

    TARGET(STORE_FAST) {
        GlObject *v = POP();
        GlObject *old = localsplus[oparg];
        localsplus[oparg] = v;
        Gl_XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_FAST) {
        GlObject *old = localsplus[oparg];
        if (old == NULL) {
            GlEvalOp_UnboundLocalError(co, oparg);
            goto error;
        }
        localsplus[oparg] = NULL;
        Gl_DECREF(old);
        DISPATCH();
    }

    TARGET(LOAD_DEREF) {
        GlObject *v = ((GlCellObject *)localsplus[oparg])->ob_ref;
        if (v == NULL) {
            GlEvalOp_UnboundDerefError(co, oparg);
            goto error;
        }
        PUSH(Gl_NewRef(v));
        DISPATCH();
    }

    TARGET(LOAD_CLASSDEREF) {
        GlObject *name = GlTuple_GET_ITEM(co->co_localsplusnames, oparg);
        GlObject *locals = frame->locals;
        GlObject *v = NULL;
        if (GlDict_CheckExact(locals)) {
            v = GlDict_GetItemWithError(locals, name);
            if (v != NULL) {
                Gl_INCREF(v);
            } else if (GlErr_Occurred()) {
                goto error;
            }
        } else {
            v = GlObject_GetItem(locals, name);
            if (v == NULL) {
                if (!GlErr_ExceptionMatches(GlExc_KeyError)) {
                    goto error;
                }
                GlErr_Clear();
            }
        }
        if (v == NULL) {
            v = ((GlCellObject *)localsplus[oparg])->ob_ref;
            if (v == NULL) {
                GlEvalOp_UnboundDerefError(co, oparg);
                goto error;
            }
            Gl_INCREF(v);
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_DEREF) {
        GlObject *v = POP();
        GlCellObject *cell = (GlCellObject *)localsplus[oparg];
        GlObject *old = cell->ob_ref;
        cell->ob_ref = v;
        Gl_XDECREF(old);
        DISPATCH();
    }

    TARGET(DELETE_DEREF) {
        GlCellObject *cell = (GlCellObject *)localsplus[oparg];
        GlObject *old = cell->ob_ref;
        if (old == NULL) {
            GlEvalOp_UnboundDerefError(co, oparg);
            goto error;
        }
        cell->ob_ref = NULL;
        Gl_DECREF(old);
        DISPATCH();
    }

    TARGET(LOAD_CLOSURE) {
        PUSH(Gl_NewRef(localsplus[oparg]));
        DISPATCH();
    }

    TARGET(LOAD_NAME) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlObject *locals = frame->locals;
        GlObject *v;
        if (locals == NULL) {
            GlErr_Format(GlExc_SystemError, "no locals when loading %R", name);
            goto error;
        }
        if (GlDict_CheckExact(locals)) {
            v = GlDict_GetItemWithError(locals, name);
            if (v != NULL) {
                PUSH(Gl_NewRef(v));
                DISPATCH();
            }
            if (GlErr_Occurred()) {
                goto error;
            }
        } else {
            v = GlObject_GetItem(locals, name);
            if (v != NULL) {
                PUSH(v);
                DISPATCH();
            }
            if (!GlErr_ExceptionMatches(GlExc_KeyError)) {
                goto error;
            }
            GlErr_Clear();
        }
        v = GlEvalOp_LoadGlobal(frame->globals, frame->builtins, name, NULL);
        if (v == NULL) {
            goto error;
        }
        PUSH(v);
        DISPATCH();
    }

    TARGET(STORE_NAME) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlObject *v = POP();
        GlObject *locals = frame->locals;
        int err;
        if (locals == NULL) {
            GlErr_Format(GlExc_SystemError, "no locals found when storing %R", name);
            Gl_DECREF(v);
            goto error;
        }
        if (GlDict_CheckExact(locals)) {
            err = GlDict_SetItem(locals, name, v);
        } else {
            err = GlObject_SetItem(locals, name, v);
        }
        Gl_DECREF(v);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_NAME) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlObject *locals = frame->locals;
        if (locals == NULL) {
            GlErr_Format(GlExc_SystemError, "no locals when deleting %R", name);
            goto error;
        }
        if (GlObject_DelItem(locals, name) < 0) {
            if (GlErr_ExceptionMatches(GlExc_KeyError)) {
                GlErr_Clear();
                GlEvalOp_SetNameError(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_GLOBAL) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg >> 1);
        GlCacheEntry *c = CACHE_ENTRY();
        SKIP_CACHE();
        GlObject *v;
        /* The cache remembers entry numbers, checked against the key itself: a
         * module global at c->index2, or (c->index2 < 0) a builtin at c->index while
         * the globals gained no key (keys uid and entry count unchanged). */
        GlDictKeys *gk = ((GlDictObject *)frame->globals)->ma_keys;
        if (c->index2 >= 0) {
            v = GlDict_EntryValueIfKey(frame->globals, c->index2, name);
        } else if (c->version1 == gk->dk_uid && c->version2 == (uint64_t)gk->dk_nentries
                   && GlDict_CheckExact(frame->builtins)) {
            v = GlDict_EntryValueIfKey(frame->builtins, c->index, name);
        } else {
            v = NULL;
        }
        if (GL_LIKELY(v != NULL)) {
            Gl_INCREF(v);
        } else {
            v = GlEvalOp_LoadGlobal(frame->globals, frame->builtins, name, c);
            if (v == NULL) {
                goto error;
            }
        }
        PUSH(v);
        if (oparg & 1) {
            PUSH(NULL);
        }
        DISPATCH();
    }

    TARGET(STORE_GLOBAL) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlObject *v = POP();
        int err = GlDict_SetItem(frame->globals, name, v);
        Gl_DECREF(v);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_GLOBAL) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        if (GlDict_DelItem(frame->globals, name) < 0) {
            if (GlErr_ExceptionMatches(GlExc_KeyError)) {
                GlErr_Clear();
                GlEvalOp_SetNameError(name);
            }
            goto error;
        }
        DISPATCH();
    }

    TARGET(LOAD_ATTR) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlCacheEntry *c = CACHE_ENTRY();
        SKIP_CACHE();
        GlObject *owner = TOP();
        GlTypeObject *tp = Gl_TYPE(owner);
        GlObject *res;
        if (c->index == ATTR_KIND_INSTANCE && c->version1 == tp->tp_version_tag
            && (tp->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG)) {
            GlObject **dp = fast_dictptr(owner, tp);
            if (dp != NULL && *dp != NULL && GlInstValues_Tagged(*dp)) {
                res = GlInstValues_Get(tp, *dp, name, &c->index2);
                if (res != NULL) {
                    Gl_INCREF(res);
                    goto load_attr_done;
                }
            } else if (dp != NULL && *dp != NULL) {
                res = GlDict_GetItemHinted(*dp, name, &c->index2);
                if (res != NULL) {
                    Gl_INCREF(res);
                    goto load_attr_done;
                }
                if (GlErr_Occurred()) {
                    goto error;
                }
            }
            GlObject *descr = c->value;
            if (descr != NULL) {
                descrgetfunc get = Gl_TYPE(descr)->tp_descr_get;
                res = get ? get(descr, owner, (GlObject *)tp) : Gl_NewRef(descr);
                if (res == NULL) {
                    goto error;
                }
                goto load_attr_done;
            }
        } else if (c->index == ATTR_KIND_SLOT && c->version1 == tp->tp_version_tag
                   && (tp->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG)) {
            res = *(GlObject **)((char *)owner + c->version2);
            if (res != NULL) {
                Gl_INCREF(res);
                goto load_attr_done;
            }
        } else if (c->index == ATTR_KIND_PROPERTY && c->version1 == tp->tp_version_tag
                   && (tp->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG)) {
            GlObject *prop = Gl_NewRef(c->value);   // the getter may delete it from the class
            res = GlProperty_Type.tp_descr_get(prop, owner, (GlObject *)tp);
            Gl_DECREF(prop);
            if (res == NULL) {
                goto error;
            }
            goto load_attr_done;
        } else if (tp == &GlModule_Type) {
            GlObject *md = ((GlModuleObject *)owner)->md_dict;
            res = md == NULL ? NULL
                  : GlDict_CheckExact(md) ? GlDict_GetItemHinted(md, name, &c->index2)
                                          : GlDict_GetItemWithError(md, name);
            if (res != NULL) {
                Gl_INCREF(res);
                goto load_attr_done;
            }
            if (GlErr_Occurred()) {
                goto error;
            }
        }
        res = GlObject_GetAttr(owner, name);
        if (res == NULL) {
            goto error;
        }
        GlEvalOp_SpecializeLoadAttr(c, owner, name);
    load_attr_done:
        TOP() = res;
        Gl_DECREF(owner);
        DISPATCH();
    }

    TARGET(LOAD_FAST_ATTR) {
        /* Not emitted yet. */
        GlErr_SetString(GlExc_SystemError, "LOAD_FAST_ATTR not implemented");
        goto error;
    }

    TARGET(LOAD_METHOD) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlCacheEntry *c = CACHE_ENTRY();
        SKIP_CACHE();
        GlObject *owner = TOP();
        GlTypeObject *tp = Gl_TYPE(owner);
        GlObject *meth = NULL;
        if (c->index == ATTR_KIND_METHOD && c->version1 == tp->tp_version_tag
            && (tp->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG)) {
            GlObject **dp = fast_dictptr(owner, tp);
            int shadowed = 0;
            if (dp != NULL && *dp != NULL && GlInstValues_Tagged(*dp)) {
                shadowed = GlInstValues_Get(tp, *dp, name, &c->index2) != NULL;
            } else if (dp != NULL && *dp != NULL && GlDict_GET_SIZE(*dp) > 0) {
                shadowed = GlDict_GetItemWithError(*dp, name) != NULL;
                if (GlErr_Occurred()) {
                    goto error;
                }
            }
            if (!shadowed) {
                TOP() = Gl_NewRef(c->value);
                PUSH(owner);
                DISPATCH();
            }
        }
        if (tp == &GlModule_Type) {   // mod.func(...): the module's own dict
            GlObject *md = ((GlModuleObject *)owner)->md_dict;
            if (md != NULL && GlDict_CheckExact(md)) {
                meth = GlDict_GetItemHinted(md, name, &c->index2);
                if (meth != NULL) {
                    TOP() = Gl_NewRef(meth);   // [attr, NULL]
                    Gl_DECREF(owner);
                    PUSH(NULL);
                    DISPATCH();
                }
                if (GlErr_Occurred()) {
                    goto error;
                }
            }
        }
        int found = GlObject_GetMethod(owner, name, &meth);
        if (found < 0) {
            goto error;
        }
        if (found) {
            GlEvalOp_SpecializeLoadMethod(c, owner, name, meth);
        }
        if (found) {
            TOP() = meth;     // [meth, owner]
            PUSH(owner);
        } else {
            TOP() = meth;     // [attr, NULL]
            Gl_DECREF(owner);
            PUSH(NULL);
        }
        DISPATCH();
    }

    TARGET(STORE_ATTR) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlCacheEntry *c = CACHE_ENTRY();
        SKIP_CACHE();
        GlObject *owner = POP();
        GlObject *v = POP();
        GlTypeObject *tp = Gl_TYPE(owner);
        int err;
        if (c->index == ATTR_KIND_STORE && c->version1 == tp->tp_version_tag
            && (tp->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG)) {
            GlObject **dp = fast_dictptr(owner, tp);
            if ((*dp == NULL && (tp->tp_flags & GL_TPFLAGS_INLINE_DICT)) || GlInstValues_Tagged(*dp)) {
                err = GlInstValues_Store(owner, dp, name, v, &c->index2);
                goto store_attr_done;
            }
            if (*dp == NULL) {
                *dp = GlDict_New();
            }
            err = *dp == NULL ? -1 : GlDict_SetItem(*dp, name, v);
            /* Inline instance dicts stay untracked while the instance owns them alone
             * (see object.c): the instance traverses their contents. */
            if (err == 0 && (tp->tp_flags & GL_TPFLAGS_INLINE_DICT) && Gl_REFCNT(*dp) == 1
                && GL_AS_GC(*dp)->gc_next != 0) {   // a dict is always a GC object
                GlObject_GC_UnTrack(*dp);
            }
        } else if (c->index == ATTR_KIND_SLOT_STORE && c->version1 == tp->tp_version_tag
                   && (tp->tp_flags & GL_TPFLAGS_VALID_VERSION_TAG)) {
            GlObject **slot = (GlObject **)((char *)owner + c->version2);
            GlObject *old = *slot;
            *slot = Gl_NewRef(v);
            Gl_XDECREF(old);
            err = 0;
        } else {
            err = GlObject_SetAttr(owner, name, v);
            if (err == 0) {
                GlEvalOp_SpecializeStoreAttr(c, owner, name);
            }
        }
    store_attr_done:
        Gl_DECREF(v);
        Gl_DECREF(owner);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_ATTR) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlObject *owner = POP();
        int err = GlObject_SetAttr(owner, name, NULL);
        Gl_DECREF(owner);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_SUBSCR) {
        GlObject *key = POP();
        GlObject *container = TOP();
        GlObject *res;
        if (GlList_CheckExact(container) && GlInt_CheckExact(key) && GlInt_IS_SMALL(key)) {
            int64_t i = ((GlIntObject *)key)->small;
            Gl_ssize_t n = GlList_GET_SIZE(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                res = Gl_NewRef(GlList_GET_ITEM(container, i));
                goto subscr_done;
            }
        } else if (GlTuple_CheckExact(container) && GlInt_CheckExact(key) && GlInt_IS_SMALL(key)) {
            int64_t i = ((GlIntObject *)key)->small;
            Gl_ssize_t n = GlTuple_GET_SIZE(container);
            if (i < 0) {
                i += n;
            }
            if (i >= 0 && i < n) {
                res = Gl_NewRef(GlTuple_GET_ITEM(container, i));
                goto subscr_done;
            }
        } else if (GlDict_CheckExact(container)) {
            res = GlDict_GetItemWithError(container, key);
            if (res != NULL) {
                Gl_INCREF(res);
                goto subscr_done;
            }
            if (GlErr_Occurred()) {
                Gl_DECREF(key);
                goto error;
            }
        }
        res = GlObject_GetItem(container, key);
        if (res == NULL) {
            Gl_DECREF(key);
            goto error;
        }
    subscr_done:
        Gl_DECREF(key);
        TOP() = res;
        Gl_DECREF(container);
        DISPATCH();
    }

    TARGET(STORE_SUBSCR) {
        GlObject *key = POP();
        GlObject *container = POP();
        GlObject *v = POP();
        int err;
        if (GlList_CheckExact(container) && GlInt_CheckExact(key) && GlInt_IS_SMALL(key)
            && ((GlIntObject *)key)->small >= 0
            && ((GlIntObject *)key)->small < GlList_GET_SIZE(container)) {
            Gl_ssize_t i = (Gl_ssize_t)((GlIntObject *)key)->small;
            GlObject *old = GlList_GET_ITEM(container, i);
            GlList_SET_ITEM(container, i, v);
            Gl_DECREF(old);
            err = 0;
        } else if (GlDict_CheckExact(container)) {
            err = GlDict_SetItem(container, key, v);
            Gl_DECREF(v);
        } else {
            err = GlObject_SetItem(container, key, v);
            Gl_DECREF(v);
        }
        Gl_DECREF(key);
        Gl_DECREF(container);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DELETE_SUBSCR) {
        GlObject *key = POP();
        GlObject *container = POP();
        int err = GlObject_DelItem(container, key);
        Gl_DECREF(key);
        Gl_DECREF(container);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_SLICE) {
        GlObject *hi = POP();
        GlObject *lo = POP();
        GlObject *container = TOP();
        GlObject *slice = GlSlice_New(lo, hi, NULL);
        Gl_DECREF(lo);
        Gl_DECREF(hi);
        if (slice == NULL) {
            goto error;
        }
        GlObject *res = GlObject_GetItem(container, slice);
        Gl_DECREF(slice);
        if (res == NULL) {
            goto error;
        }
        TOP() = res;
        Gl_DECREF(container);
        DISPATCH();
    }

    TARGET(STORE_SLICE) {
        GlObject *hi = POP();
        GlObject *lo = POP();
        GlObject *container = POP();
        GlObject *v = POP();
        GlObject *slice = GlSlice_New(lo, hi, NULL);
        Gl_DECREF(lo);
        Gl_DECREF(hi);
        int err = slice ? GlObject_SetItem(container, slice, v) : -1;
        Gl_XDECREF(slice);
        Gl_DECREF(v);
        Gl_DECREF(container);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(BINARY_OP) {
        GlObject *b = POP();
        GlObject *a = TOP();
        GlObject *res;
        if (Gl_TYPE(a) == &GlFloat_Type && Gl_TYPE(b) == &GlFloat_Type) {
            /* Float arithmetic reusing an operand that dies here (refcount 1). */
            double x = GlFloat_AS_DOUBLE(a), y = GlFloat_AS_DOUBLE(b), r;
            switch (oparg) {
            case GL_NB_ADD: case GL_NB_INPLACE_ADD: r = x + y; break;
            case GL_NB_SUBTRACT: case GL_NB_INPLACE_SUBTRACT: r = x - y; break;
            case GL_NB_MULTIPLY: case GL_NB_INPLACE_MULTIPLY: r = x * y; break;
            case GL_NB_TRUE_DIVIDE: case GL_NB_INPLACE_TRUE_DIVIDE:
                if (y == 0.0) {
                    goto binary_generic;
                }
                r = x / y;
                break;
            default:
                goto binary_generic;
            }
            if (Gl_REFCNT(a) == 1) {
                ((GlFloatObject *)a)->ob_fval = r;
                Gl_DECREF(b);
                DISPATCH();
            }
            if (Gl_REFCNT(b) == 1) {
                ((GlFloatObject *)b)->ob_fval = r;
                TOP() = b;
                Gl_DECREF(a);
                DISPATCH();
            }
            res = GlFloat_FromDouble(r);
            goto binary_result;
        }
        if (Gl_TYPE(a) == &GlInt_Type && Gl_TYPE(b) == &GlInt_Type
            && GlInt_IS_SMALL(a) && GlInt_IS_SMALL(b)) {
            /* Int arithmetic reusing an operand that dies here (refcount 1: only
             * this stack holds it; the shared small ints never have count 1). The
             * results -5..256 stay the shared objects. */
            int64_t r;
            if (int_binary_small(oparg, ((GlIntObject *)a)->small, ((GlIntObject *)b)->small,
                                 &r)) {
                if (r > GL_SMALL_INT_MAX || r < GL_SMALL_INT_MIN) {
                    if (Gl_REFCNT(a) == 1) {
                        ((GlIntObject *)a)->small = r;
                        Gl_DECREF(b);
                        DISPATCH();
                    }
                    if (Gl_REFCNT(b) == 1) {
                        ((GlIntObject *)b)->small = r;
                        TOP() = b;
                        Gl_DECREF(a);
                        DISPATCH();
                    }
                }
                res = GlInt_FromInt64(r);
                goto binary_result;
            }
            int64_t x = ((GlIntObject *)a)->small, y = ((GlIntObject *)b)->small;
            const int64_t exact = (int64_t)1 << 53;   // both exact as doubles
            if ((oparg == GL_NB_TRUE_DIVIDE || oparg == GL_NB_INPLACE_TRUE_DIVIDE) && y != 0
                && x <= exact && x >= -exact && y <= exact && y >= -exact) {
                res = GlFloat_FromDouble((double)x / (double)y);
                goto binary_result;
            }
        }
    binary_generic:
        if (oparg == GL_NB_ADD && GlStr_CheckExact(a) && GlStr_CheckExact(b)) {
            res = GlStr_Concat(a, b);
        } else {
            res = GlNumber_BinaryOp(a, b, oparg);
        }
    binary_result:   // res: new reference, or NULL with an exception
        if (res == NULL) {
            Gl_DECREF(b);
            goto error;
        }
        Gl_DECREF(b);
        TOP() = res;
        Gl_DECREF(a);
        DISPATCH();
    }

    TARGET(UNARY_NEGATIVE) {
        GlObject *v = TOP();
        GlObject *res = GlNumber_Negative(v);
        if (res == NULL) {
            goto error;
        }
        TOP() = res;
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(UNARY_POSITIVE) {
        GlObject *v = TOP();
        GlObject *res = GlNumber_Positive(v);
        if (res == NULL) {
            goto error;
        }
        TOP() = res;
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(UNARY_INVERT) {
        GlObject *v = TOP();
        GlObject *res = GlNumber_Invert(v);
        if (res == NULL) {
            goto error;
        }
        TOP() = res;
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(UNARY_NOT) {
        GlObject *v = TOP();
        int t = is_true(v);
        if (t < 0) {
            goto error;
        }
        TOP() = Gl_NewRef(t ? Gl_False : Gl_True);
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(COMPARE_OP) {
        GlObject *b = POP();
        GlObject *a = TOP();
        int r;
        GlObject *res;
        if (compare_fast(oparg, a, b, &r)) {
            res = Gl_NewRef(r ? Gl_True : Gl_False);
        } else {
            res = GlObject_RichCompare(a, b, oparg);
            if (res == NULL) {
                Gl_DECREF(b);
                goto error;
            }
        }
        Gl_DECREF(b);
        TOP() = res;
        Gl_DECREF(a);
        DISPATCH();
    }

    TARGET(COMPARE_OP_JUMP) {
        /* Compare and jump if false: arg = op | target << 3. */
        GlObject *b = POP();
        GlObject *a = POP();
        int op = oparg & 7, r;
        if (!compare_fast(op, a, b, &r)) {
            GlObject *res = GlObject_RichCompare(a, b, op);
            if (res == NULL) {
                Gl_DECREF(a);
                Gl_DECREF(b);
                goto error;
            }
            r = is_true(res);
            Gl_DECREF(res);
            if (r < 0) {
                Gl_DECREF(a);
                Gl_DECREF(b);
                goto error;
            }
        }
        Gl_DECREF(a);
        Gl_DECREF(b);
        if (!r) {
            JUMPTO(oparg >> 3);
        }
        DISPATCH();
    }

    TARGET(IS_OP) {
        GlObject *b = POP();
        GlObject *a = TOP();
        int r = (a == b) ^ oparg;
        TOP() = Gl_NewRef(r ? Gl_True : Gl_False);
        Gl_DECREF(a);
        Gl_DECREF(b);
        DISPATCH();
    }

    TARGET(CONTAINS_OP) {
        GlObject *container = POP();
        GlObject *item = TOP();
        int r = GlSequence_Contains(container, item);
        Gl_DECREF(container);
        if (r < 0) {
            goto error;
        }
        TOP() = Gl_NewRef((r ^ oparg) ? Gl_True : Gl_False);
        Gl_DECREF(item);
        DISPATCH();
    }

    TARGET(JUMP) {
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_FALSE) {
        GlObject *v = POP();
        if (v == Gl_False) {
            Gl_DECREF(v);
            JUMPTO(oparg);
        } else if (v == Gl_True) {
            Gl_DECREF(v);
        } else {
            int t = is_true(v);
            Gl_DECREF(v);
            if (t < 0) {
                goto error;
            }
            if (!t) {
                JUMPTO(oparg);
            }
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_TRUE) {
        GlObject *v = POP();
        if (v == Gl_True) {
            Gl_DECREF(v);
            JUMPTO(oparg);
        } else if (v == Gl_False) {
            Gl_DECREF(v);
        } else {
            int t = is_true(v);
            Gl_DECREF(v);
            if (t < 0) {
                goto error;
            }
            if (t) {
                JUMPTO(oparg);
            }
        }
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NONE) {
        GlObject *v = POP();
        if (v == Gl_None) {
            JUMPTO(oparg);
        }
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(POP_JUMP_IF_NOT_NONE) {
        GlObject *v = POP();
        if (v != Gl_None) {
            JUMPTO(oparg);
        }
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(JUMP_IF_FALSE_OR_POP) {
        GlObject *v = TOP();
        int t = is_true(v);
        if (t < 0) {
            goto error;
        }
        if (!t) {
            JUMPTO(oparg);
        } else {
            sp--;
            Gl_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(JUMP_IF_TRUE_OR_POP) {
        GlObject *v = TOP();
        int t = is_true(v);
        if (t < 0) {
            goto error;
        }
        if (t) {
            JUMPTO(oparg);
        } else {
            sp--;
            Gl_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(GET_ITER) {
        GlObject *v = TOP();
        GlObject *it = GlObject_GetIter(v);
        if (it == NULL) {
            goto error;
        }
        TOP() = it;
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(FOR_ITER) {
        GlObject *it = TOP();
        GlTypeObject *itp = Gl_TYPE(it);
        if (itp == &GlRangeIter_Type) {
            GlRangeIterObject *r = (GlRangeIterObject *)it;
            if (r->index < r->len) {
                Gl_ssize_t v = r->start + r->index * r->step;
                r->index++;
                GlObject *n = GlInt_FromSsize_t(v);
                if (n == NULL) {
                    goto error;
                }
                PUSH(n);
                DISPATCH();
            }
            sp--;
            Gl_DECREF(it);
            JUMPTO(oparg);
            DISPATCH();
        }
        if (itp == &GlListIter_Type) {
            GlListIterObject *li = (GlListIterObject *)it;
            GlObject *seq = li->it_seq;
            if (seq != NULL && li->it_index < GlList_GET_SIZE(seq)) {
                PUSH(Gl_NewRef(GlList_GET_ITEM(seq, li->it_index)));
                li->it_index++;
                DISPATCH();
            }
            if (seq != NULL) {
                li->it_seq = NULL;
                Gl_DECREF(seq);
            }
            sp--;
            Gl_DECREF(it);
            JUMPTO(oparg);
            DISPATCH();
        }
        GlObject *next = itp->tp_iternext(it);
        if (next != NULL) {
            PUSH(next);
            DISPATCH();
        }
        if (GlErr_Occurred()) {
            if (!GlErr_ExceptionMatches(GlExc_StopIteration)) {
                goto error;
            }
            if (GL_UNLIKELY(ts->c_tracefunc != NULL)) {
                frame->stack_pointer = sp;
                trace_exception(frame);
                if (!GlErr_ExceptionMatches(GlExc_StopIteration)) {
                    goto error;
                }
            }
            GlErr_Clear();
        }
        sp--;
        Gl_DECREF(it);
        JUMPTO(oparg);
        DISPATCH();
    }

    TARGET(FOR_ITER_RANGE) { goto L_FOR_ITER; }
    TARGET(FOR_ITER_LIST) { goto L_FOR_ITER; }

    TARGET(BUILD_TUPLE) {
        GlObject *t = GlTuple_FromArraySteal(sp - oparg, oparg);
        if (t == NULL) {
            goto error;
        }
        sp -= oparg;
        PUSH(t);
        DISPATCH();
    }

    TARGET(BUILD_LIST) {
        GlObject *l = GlList_New(oparg);
        if (l == NULL) {
            goto error;
        }
        for (int i = oparg - 1; i >= 0; i--) {
            GlList_SET_ITEM(l, i, POP());
        }
        PUSH(l);
        DISPATCH();
    }

    TARGET(BUILD_SET) {
        GlObject *s = GlSet_New(NULL);
        if (s == NULL) {
            goto error;
        }
        int err = 0;
        for (int i = oparg; i > 0; i--) {
            GlObject *item = PEEK(i);
            if (err == 0) {
                err = GlSet_Add(s, item);
            }
            Gl_DECREF(item);
        }
        sp -= oparg;
        if (err < 0) {
            Gl_DECREF(s);
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_MAP) {
        GlObject *d = GlDict_NewPresized(oparg);
        if (d == NULL) {
            goto error;
        }
        int err = 0;
        for (int i = oparg; i > 0; i--) {
            GlObject *k = PEEK(2 * i), *v = PEEK(2 * i - 1);
            if (err == 0) {
                err = GlDict_SetItem(d, k, v);
            }
            Gl_DECREF(k);
            Gl_DECREF(v);
        }
        sp -= 2 * oparg;
        if (err < 0) {
            Gl_DECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_CONST_KEY_MAP) {
        GlObject *keys = POP();
        GlObject *d = GlDict_NewPresized(oparg);
        int err = d == NULL ? -1 : 0;
        for (int i = 0; i < oparg; i++) {
            GlObject *v = PEEK(oparg - i);
            if (err == 0) {
                err = GlDict_SetItem(d, GlTuple_GET_ITEM(keys, i), v);
            }
            Gl_DECREF(v);
        }
        sp -= oparg;
        Gl_DECREF(keys);
        if (err < 0) {
            Gl_XDECREF(d);
            goto error;
        }
        PUSH(d);
        DISPATCH();
    }

    TARGET(BUILD_STRING) {
        GlObject *s = GlEvalOp_BuildString(sp - oparg, oparg);
        for (int i = 0; i < oparg; i++) {
            GlObject *v = POP();
            Gl_DECREF(v);
        }
        if (s == NULL) {
            goto error;
        }
        PUSH(s);
        DISPATCH();
    }

    TARGET(BUILD_SLICE) {
        GlObject *step = oparg == 3 ? POP() : NULL;
        GlObject *stop = POP();
        GlObject *start = TOP();
        GlObject *slice = GlSlice_New(start, stop, step);
        Gl_DECREF(start);
        Gl_DECREF(stop);
        Gl_XDECREF(step);
        TOP() = slice;
        if (slice == NULL) {
            sp--;
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_APPEND) {
        GlObject *v = POP();
        GlObject *list = PEEK(oparg);
        int err = GlList_Append(list, v);
        Gl_DECREF(v);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(SET_ADD) {
        GlObject *v = POP();
        int err = GlSet_Add(PEEK(oparg), v);
        Gl_DECREF(v);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(MAP_ADD) {
        GlObject *v = POP();
        GlObject *k = POP();
        int err = GlDict_SetItem(PEEK(oparg), k, v);
        Gl_DECREF(k);
        Gl_DECREF(v);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_EXTEND) {
        GlObject *iterable = POP();
        GlObject *list = PEEK(oparg);
        if (GlList_Extend(list, iterable) < 0) {
            if (GlErr_ExceptionMatches(GlExc_TypeError) && Gl_TYPE(iterable)->tp_iter == NULL
                && !GlSequence_Check(iterable)) {
                GlErr_Clear();
                GlErr_Format(GlExc_TypeError, "Value after * must be an iterable, not %s",
                             Gl_TYPE(iterable)->tp_name);
            }
            Gl_DECREF(iterable);
            goto error;
        }
        Gl_DECREF(iterable);
        DISPATCH();
    }

    TARGET(SET_UPDATE) {
        GlObject *iterable = POP();
        int err = GlSet_Update(PEEK(oparg), iterable);
        Gl_DECREF(iterable);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(DICT_UPDATE) {
        GlObject *update = POP();
        GlObject *d = PEEK(oparg);
        int is_mapping = GlDict_Check(update);
        if (!is_mapping) {
            GlObject *keys = NULL;
            if (GlObject_LookupAttr(update, GL_ID(keys), &keys) < 0) {
                Gl_DECREF(update);
                goto error;
            }
            is_mapping = keys != NULL;
            Gl_XDECREF(keys);
        }
        if (!is_mapping) {
            GlErr_Format(GlExc_TypeError, "'%s' object is not a mapping",
                         Gl_TYPE(update)->tp_name);
            Gl_DECREF(update);
            goto error;
        }
        if (GlDict_Merge(d, update, 1) < 0) {
            Gl_DECREF(update);
            goto error;
        }
        Gl_DECREF(update);
        DISPATCH();
    }

    TARGET(DICT_MERGE) {
        GlObject *update = POP();
        GlObject *d = PEEK(oparg);
        GlObject *func = PEEK(oparg + 3);   // [func, NULL, args, kwargs-dict]
        int err = GlEvalOp_DictMergeForCall(func, d, update);
        Gl_DECREF(update);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(LIST_TO_TUPLE) {
        GlObject *list = TOP();
        GlObject *t = GlList_AsTuple(list);
        if (t == NULL) {
            goto error;
        }
        TOP() = t;
        Gl_DECREF(list);
        DISPATCH();
    }

    TARGET(UNPACK_SEQUENCE) {
        GlObject *seq = POP();
        if (GlTuple_CheckExact(seq) && GlTuple_GET_SIZE(seq) == oparg) {
            for (int i = oparg - 1; i >= 0; i--) {
                PUSH(Gl_NewRef(GlTuple_GET_ITEM(seq, i)));
            }
        } else if (GlList_CheckExact(seq) && GlList_GET_SIZE(seq) == oparg) {
            for (int i = oparg - 1; i >= 0; i--) {
                PUSH(Gl_NewRef(GlList_GET_ITEM(seq, i)));
            }
        } else {
            if (GlEvalOp_UnpackIterable(seq, oparg, -1, sp + oparg) < 0) {
                Gl_DECREF(seq);
                goto error;
            }
            sp += oparg;
        }
        Gl_DECREF(seq);
        DISPATCH();
    }

    TARGET(UNPACK_EX) {
        int before = oparg & 0xff, after = oparg >> 8;
        GlObject *seq = POP();
        if (GlEvalOp_UnpackIterable(seq, before, after, sp + before + after + 1) < 0) {
            Gl_DECREF(seq);
            goto error;
        }
        sp += before + after + 1;
        Gl_DECREF(seq);
        DISPATCH();
    }

    TARGET(KW_NAMES) {
        kwnames = GlTuple_GET_ITEM(consts, oparg);
        DISPATCH();
    }

    TARGET(CALL) {
        GlObject **args = sp - oparg;
        GlObject *callable = args[-2];
        GlObject *self_or_null = args[-1];
        Gl_ssize_t total = oparg;
        int offset = 1;
        if (self_or_null != NULL) {
            args--;
            total++;
            offset = 0;
        }
        GlObject *kwn = kwnames;
        kwnames = NULL;
        Gl_ssize_t nkw = kwn ? GlTuple_GET_SIZE(kwn) : 0;
        Gl_ssize_t nargs = total - nkw;
        GlObject *init_self = NULL;
        if (Gl_TYPE(callable) == &GlType_Type && self_or_null == NULL && nkw == 0) {
            /* C(args) for a plain class with object.__new__ and a Python __init__:
             * allocate here and run __init__ as an inline call that returns the
             * instance (no C recursion, no bound method). */
            GlTypeObject *cls = (GlTypeObject *)callable;
            if (cls->tp_new == GlBaseObject_New && cls->tp_init == GlType_SlotTpInit
                && !(cls->tp_flags & GL_TPFLAGS_IS_ABSTRACT)) {
                GlObject *init = GlType_Lookup(cls, GL_ID(__init__));
                if (init != NULL && Gl_TYPE(init) == &GlFunction_Type
                    && !(((GlCodeObject *)((GlFunctionObject *)init)->func_code)->co_flags
                         & GL_CO_GENLIKE)) {
                    GlObject *obj = cls->tp_alloc(cls, 0);
                    if (obj == NULL) {
                        goto call_cleanup_error;
                    }
                    /* [cls, NULL, args] becomes [init, obj, args]: init(obj, args). */
                    args[-1] = obj;
                    args--;
                    total++;
                    nargs++;
                    offset = 0;
                    init_self = Gl_NewRef(obj);
                    Gl_INCREF(init);
                    args[-1] = init;
                    Gl_DECREF(callable);
                    callable = init;
                }
            }
        }
        if (Gl_TYPE(callable) == &GlFunction_Type) {
            GlFunctionObject *func = (GlFunctionObject *)callable;
            GlCodeObject *fco = (GlCodeObject *)func->func_code;
            if (!(fco->co_flags & GL_CO_GENLIKE)) {
                /* Inline call: push a frame and run it in this loop. */
                frame->stack_pointer = sp;
                GlFrame *nf = GlFrame_PushFast(fco, callable);
                if (nf == NULL) {
                    nf = GlFrame_Push(fco, callable, func->func_globals, func->func_builtins, NULL);
                }
                if (nf == NULL) {
                    Gl_XDECREF(init_self);
                    goto call_cleanup_error;
                }
                nf->init_self = init_self;
                if (nkw == 0 && nargs == fco->co_argcount
                    && !(fco->co_flags & (GL_CO_VARARGS | GL_CO_VARKEYWORDS))
                    && fco->co_kwonlyargcount == 0) {
                    /* Exact positional call: move the references. */
                    for (Gl_ssize_t i = 0; i < nargs; i++) {
                        nf->localsplus[i] = args[i];
                    }
                } else {
                    if (GlEval_BindArgs(func, nf->localsplus, args, nargs, kwn) < 0) {
                        GlFrame_Pop(nf);
                        goto call_cleanup_error;
                    }
                    for (Gl_ssize_t i = 0; i < total; i++) {
                        Gl_DECREF(args[i]);
                    }
                }
                sp = args - 1 - offset;   // drop callable, self-or-NULL and the arguments
                Gl_DECREF(callable);
                frame->stack_pointer = sp;
                if ((fco->co_ncellvars | fco->co_nfreevars)
                    && GlEval_InitCellsAndFrees(nf, func) < 0) {
                    GlFrame_Pop(nf);
                    goto error;
                }
                nf->previous = frame;
                frame = nf;
                goto start_frame;
            }
        }
        {
            frame->stack_pointer = sp;
            GlObject *res;
            vectorcallfunc vc = NULL;
            GlTypeObject *ctp = Gl_TYPE(callable);
            if (ctp == &GlMethodDescr_Type && nkw == 0 && total >= 1
                && Gl_TYPE(args[0]) == ((GlDescrObject *)callable)->d_type) {
                /* A builtin method on an object of exactly its type (CPython's
                 * PRECALL_NO_KW_METHOD_DESCRIPTOR_* and _LIST_APPEND): no descriptor
                 * check, no vectorcall layer; list.append appends here. */
                if (total == 2 && ((GlMethodDescrObject *)callable)->d_method->ml_meth
                                      == GlList_AppendMethod) {
                    res = GlList_Append(args[0], args[1]) < 0 ? NULL : Gl_NewRef(Gl_None);
                } else {
                    res = GlMethodDescr_CallExact(callable, args, total);
                }
                goto call_done;
            }
            if (ctp->tp_vectorcall_offset > 0) {
                vc = *(vectorcallfunc *)((char *)callable + ctp->tp_vectorcall_offset);
            }
            size_t flags = offset ? GL_VECTORCALL_ARGUMENTS_OFFSET : 0;
            if (vc != NULL) {
                res = vc(callable, args, (size_t)nargs | flags, kwn);
            } else {
                res = GlObject_Vectorcall(callable, args, (size_t)nargs | flags, kwn);
            }
        call_done:
            for (Gl_ssize_t i = 0; i < total; i++) {
                Gl_DECREF(args[i]);
            }
            sp = args - 1 - offset;   // drop callable, self-or-NULL and the arguments
            Gl_DECREF(callable);
            if (res == NULL) {
                goto error;
            }
            PUSH(res);
            DISPATCH();
        }
    call_cleanup_error:
        for (Gl_ssize_t i = 0; i < total; i++) {
            Gl_DECREF(args[i]);
        }
        sp = args - 1 - offset;   // drop callable, self-or-NULL and the arguments
        Gl_DECREF(callable);
        goto error;
    }

    TARGET(CALL_FUNCTION_EX) {
        GlObject *kwargs = (oparg & 1) ? POP() : NULL;
        GlObject *callargs = POP();
        GlObject *self_or_null = POP();
        GlObject *func = TOP();
        GlObject *res;
        if (self_or_null != NULL) {
            /* Prepend self (LOAD_METHOD layout). */
            GlObject *t = GlSequence_Tuple(callargs);
            GlObject *full = t ? GlTuple_New(GlTuple_GET_SIZE(t) + 1) : NULL;
            if (full != NULL) {
                GlTuple_SET_ITEM(full, 0, Gl_NewRef(self_or_null));
                for (Gl_ssize_t i = 0; i < GlTuple_GET_SIZE(t); i++) {
                    GlTuple_SET_ITEM(full, i + 1, Gl_NewRef(GlTuple_GET_ITEM(t, i)));
                }
            }
            Gl_XDECREF(t);
            res = full ? GlEvalOp_CallFunctionEx(func, full, kwargs) : NULL;
            Gl_XDECREF(full);
            Gl_DECREF(self_or_null);
        } else {
            res = GlEvalOp_CallFunctionEx(func, callargs, kwargs);
        }
        Gl_DECREF(callargs);
        Gl_XDECREF(kwargs);
        Gl_DECREF(func);
        sp--;
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(MAKE_FUNCTION) {
        GlObject *code = POP();
        GlFunctionObject *func = (GlFunctionObject *)GlFunction_New(code, frame->globals);
        Gl_DECREF(code);
        if (func == NULL) {
            goto error;
        }
        if (oparg & 8) {
            func->func_closure = POP();
        }
        if (oparg & 4) {
            func->func_annotations = POP();
        }
        if (oparg & 2) {
            func->func_kwdefaults = POP();
        }
        if (oparg & 1) {
            func->func_defaults = POP();
        }
        PUSH((GlObject *)func);
        DISPATCH();
    }

    TARGET(RETURN_CONST) {
        retval = Gl_NewRef(GlTuple_GET_ITEM(consts, oparg));
        goto do_return;
    }

    TARGET(RETURN_VALUE) {
        retval = POP();
    do_return:
        if (GL_UNLIKELY(frame->init_self != NULL)) {
            if (retval != Gl_None) {
                GlErr_Format(GlExc_TypeError, "__init__() should return None, not '%.200s'",
                             Gl_TYPE(retval)->tp_name);
                Gl_DECREF(retval);
                retval = NULL;
                /* Raised in the caller, as CPython reports it from type.__call__. */
                frame->stack_pointer = sp;
                ts->recursion_depth--;
                GlFrame *prev = frame->previous;
                GlFrame_Pop(frame);
                frame = prev;
                ts->frame = frame;
                LOAD_FRAME();
                ip = frame->instr;
                goto error;
            }
            Gl_DECREF(retval);
            retval = frame->init_self;
            frame->init_self = NULL;
        }
        frame->stack_pointer = sp;
        ts->recursion_depth--;
        if (frame->is_entry) {
            ts->frame = frame->previous;
            return retval;
        }
        {
            GlFrame *prev = frame->previous;
            GlFrame_PopFast(frame);
            frame = prev;
            ts->frame = frame;
            LOAD_FRAME();
            ip = frame->instr + 1;
            PUSH(retval);
            retval = NULL;
            DISPATCH();
        }
    }

    TARGET(YIELD_VALUE) {
        retval = POP();
        frame->stack_pointer = sp;
        frame->instr = ip;       // resume after the yield
        GlGen_FromFrame(frame)->gi_state = GL_GEN_SUSPENDED;
        ts->recursion_depth--;
        ts->frame = frame->previous;
        return retval;
    }

    TARGET(SEND) {
        /* [sub, v]: sub.send(v) (or next for None); on return pop sub, push result. */
        GlObject *v = POP();
        GlObject *sub = TOP();
        GlObject *res;
        int is_return = 0;
        if (Gl_TYPE(sub) == &GlGen_Type || Gl_TYPE(sub) == &GlCoro_Type) {
            res = GlGen_Send(sub, v, &is_return);
        } else if (v == Gl_None && Gl_TYPE(sub)->tp_iternext != NULL) {
            res = Gl_TYPE(sub)->tp_iternext(sub);
            if (res == NULL) {
                is_return = 1;
                if (GlErr_Occurred()) {
                    if (GlErr_ExceptionMatches(GlExc_StopIteration)) {
                        GlObject *exc = GlErr_GetRaisedException();
                        res = Gl_NewRef(((GlStopIterationObject *)exc)->value
                                            ? ((GlStopIterationObject *)exc)->value : Gl_None);
                        Gl_DECREF(exc);
                    }
                } else {
                    res = Gl_NewRef(Gl_None);
                }
            }
        } else {
            res = GlObject_CallMethodObjArgs(sub, GL_ID(send), v, NULL);
            if (res == NULL && GlErr_ExceptionMatches(GlExc_StopIteration)) {
                GlObject *exc = GlErr_GetRaisedException();
                res = Gl_NewRef(((GlStopIterationObject *)exc)->value
                                    ? ((GlStopIterationObject *)exc)->value : Gl_None);
                Gl_DECREF(exc);
                is_return = 1;
            }
        }
        Gl_DECREF(v);
        if (res == NULL) {
            goto error;
        }
        if (is_return) {
            if (GL_UNLIKELY(ts->c_tracefunc != NULL) && res != Gl_None) {
                frame->stack_pointer = sp;
                if (trace_stop_iteration(frame, res) < 0) {
                    Gl_DECREF(res);
                    goto error;
                }
            }
            sp--;
            Gl_DECREF(sub);
            PUSH(res);
            JUMPTO(oparg);
        } else {
            PUSH(res);
        }
        DISPATCH();
    }

    TARGET(GET_YIELD_FROM_ITER) {
        GlObject *v = TOP();
        if (Gl_TYPE(v) == &GlCoro_Type) {
            if (!(co->co_flags & (GL_CO_COROUTINE | GL_CO_ITERABLE_COROUTINE))) {
                GlErr_SetString(GlExc_TypeError, "cannot 'yield from' a coroutine object in a "
                                "non-coroutine generator");
                goto error;
            }
        } else if (Gl_TYPE(v) != &GlGen_Type) {
            GlObject *it = GlObject_GetIter(v);
            if (it == NULL) {
                goto error;
            }
            TOP() = it;
            Gl_DECREF(v);
        }
        DISPATCH();
    }

    TARGET(GET_AWAITABLE) {
        GlObject *v = TOP();
        GlObject *it = GlEvalOp_GetAwaitable(v, oparg);
        if (it == NULL) {
            goto error;
        }
        TOP() = it;
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(GET_AITER) {
        GlObject *v = TOP();
        GlObject *it = GlEvalOp_GetAIter(v);
        if (it == NULL) {
            goto error;
        }
        TOP() = it;
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(GET_ANEXT) {
        GlObject *aw = GlEvalOp_GetANext(TOP());
        if (aw == NULL) {
            goto error;
        }
        PUSH(aw);
        DISPATCH();
    }

    TARGET(END_ASYNC_FOR) {
        /* [aiter, exc]: the loop ends on StopAsyncIteration, else exc propagates */
        GlObject *exc = POP();
        if (GlErr_GivenExceptionMatches(exc, GlExc_StopAsyncIteration)) {
            Gl_DECREF(exc);
            GlObject *aiter = POP();
            Gl_DECREF(aiter);
            DISPATCH();
        }
        reraise_index = (int)(frame->instr - co->co_instrs);
        GlErr_SetRaisedException(exc);
        goto exception_unwind;
    }

    TARGET(BEFORE_ASYNC_WITH) {
        GlObject *mgr = TOP();
        GlObject *exit, *res;
        if (GlEvalOp_BeforeAsyncWith(mgr, &exit, &res) < 0) {
            goto error;
        }
        TOP() = exit;
        Gl_DECREF(mgr);
        PUSH(res);
        DISPATCH();
    }

    TARGET(ASYNC_GEN_WRAP) {
        GlObject *v = TOP();
        GlObject *w = GlAsyncGen_Wrap(v);
        if (w == NULL) {
            goto error;
        }
        TOP() = w;
        Gl_DECREF(v);
        DISPATCH();
    }

    TARGET(RAISE_VARARGS) {
        GlObject *cause = NULL, *exc = NULL;
        if (oparg == 2) {
            cause = POP();
        }
        if (oparg >= 1) {
            exc = POP();
        }
        int r = GlEvalOp_DoRaise(exc, cause);
        Gl_XDECREF(exc);
        Gl_XDECREF(cause);
        if (r == 1) {
            goto exception_unwind;
        }
        goto error;
    }

    TARGET(RERAISE) {
        GlObject *exc = POP();
        reraise_index = (int)(frame->instr - co->co_instrs);
        if (oparg) {
            GlObject *lasti = PEEK(oparg);
            if (GlInt_CheckExact(lasti)) {
                frame->instr = co->co_instrs + GlInt_AsSsize_t(lasti);
            }
        }
        GlErr_SetRaisedException(exc);
        goto exception_unwind;
    }

    TARGET(PUSH_EXC_INFO) {
        GlObject *exc = TOP();
        GlErrStackItem *info = ts->exc_info;
        GlObject *prev = info->exc_value;
        TOP() = prev ? prev : Gl_NewRef(Gl_None);
        info->exc_value = Gl_NewRef(exc);
        PUSH(exc);
        DISPATCH();
    }

    TARGET(POP_EXCEPT) {
        GlObject *prev = POP();
        GlErrStackItem *info = ts->exc_info;
        GlObject *old = info->exc_value;
        info->exc_value = prev == Gl_None ? (Gl_DECREF(prev), (GlObject *)NULL) : prev;
        Gl_XDECREF(old);
        DISPATCH();
    }

    TARGET(GET_LEN) {
        Gl_ssize_t n = GlObject_Size(TOP());
        if (n < 0) {
            goto error;
        }
        GlObject *len = GlInt_FromSsize_t(n);
        if (len == NULL) {
            goto error;
        }
        PUSH(len);
        DISPATCH();
    }

    TARGET(MATCH_MAPPING) {
        int r = (Gl_TYPE(TOP())->tp_flags & GL_TPFLAGS_MAPPING) != 0;
        PUSH(Gl_NewRef(r ? Gl_True : Gl_False));
        DISPATCH();
    }

    TARGET(MATCH_SEQUENCE) {
        int r = (Gl_TYPE(TOP())->tp_flags & GL_TPFLAGS_SEQUENCE) != 0;
        PUSH(Gl_NewRef(r ? Gl_True : Gl_False));
        DISPATCH();
    }

    TARGET(MATCH_KEYS) {
        GlObject *values = GlEvalOp_MatchKeys(PEEK(2), TOP());
        if (values == NULL) {
            goto error;
        }
        PUSH(values);
        DISPATCH();
    }

    TARGET(MATCH_CLASS) {
        GlObject *names = POP();
        GlObject *type = POP();
        GlObject *subject = TOP();
        GlObject *attrs = GlEvalOp_MatchClass(subject, type, oparg, names);
        Gl_DECREF(names);
        Gl_DECREF(type);
        if (attrs == NULL) {
            if (GlErr_Occurred()) {
                goto error;
            }
            attrs = Gl_NewRef(Gl_None);
        }
        TOP() = attrs;
        Gl_DECREF(subject);
        DISPATCH();
    }

    TARGET(CHECK_EXC_MATCH) {
        GlObject *right = POP();
        GlObject *left = TOP();
        if (GlEvalOp_CheckExceptTypeValid(right) < 0) {
            Gl_DECREF(right);
            goto error;
        }
        int r = GlErr_GivenExceptionMatches(left, right);
        Gl_DECREF(right);
        PUSH(Gl_NewRef(r ? Gl_True : Gl_False));
        DISPATCH();
    }

    TARGET(CHECK_EG_MATCH) {
        GlObject *type = POP();
        GlObject *exc = TOP();
        if (GlEvalOp_CheckExceptTypeValid(type) < 0) {
            Gl_DECREF(type);
            goto error;
        }
        GlObject *match, *rest;
        int r = GlExcGroup_MatchStar(exc, type, &match, &rest);
        Gl_DECREF(type);
        if (r < 0) {
            goto error;
        }
        sp[-1] = rest;
        Gl_DECREF(exc);
        PUSH(match);
        if (match != Gl_None) {
            /* The clause handles the match: sys.exception() is the match. */
            GlErrStackItem *info = ts->exc_info;
            GlObject *old = info->exc_value;
            info->exc_value = Gl_NewRef(match);
            Gl_XDECREF(old);
        }
        DISPATCH();
    }

    TARGET(PREP_RERAISE_STAR) {
        GlObject *excs = POP();
        GlObject *orig = TOP();
        GlObject *res = GlExcGroup_PrepReraiseStar(orig, excs);
        Gl_DECREF(excs);
        if (res == NULL) {
            goto error;
        }
        sp[-1] = res;
        Gl_DECREF(orig);
        DISPATCH();
    }

    TARGET(BEFORE_WITH) {
        GlObject *mgr = TOP();
        GlObject *enter = GlEvalOp_WithLookup(mgr, GL_ID(__enter__));
        if (enter == NULL) {
            if (!GlErr_Occurred()) {
                GlErr_Format(GlExc_TypeError,
                             "'%s' object does not support the context manager protocol",
                             Gl_TYPE(mgr)->tp_name);
            }
            goto error;
        }
        GlObject *exit = GlEvalOp_WithLookup(mgr, GL_ID(__exit__));
        if (exit == NULL) {
            if (!GlErr_Occurred()) {
                GlErr_Format(GlExc_TypeError,
                             "'%s' object does not support the context manager protocol "
                             "(missed __exit__ method)", Gl_TYPE(mgr)->tp_name);
            }
            Gl_DECREF(enter);
            goto error;
        }
        TOP() = exit;
        Gl_DECREF(mgr);
        GlObject *res = GlObject_CallNoArgs(enter);
        Gl_DECREF(enter);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(WITH_EXCEPT_START) {
        /* [exit, lasti, prev_exc, exc] -> [..., exit(type, exc, tb)] */
        GlObject *exc = TOP();
        GlObject *exit = PEEK(4);
        GlObject *tb = GlException_GetTraceback(exc);
        GlObject *args[3] = {(GlObject *)Gl_TYPE(exc), exc, tb ? tb : Gl_None};
        GlObject *res = GlObject_Vectorcall(exit, args, 3, NULL);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(LOAD_BUILD_CLASS) {
        GlObject *bc = GlDict_GetItemWithError(frame->builtins, GL_ID(__build_class__));
        if (bc == NULL) {
            if (!GlErr_Occurred()) {
                GlErr_SetString(GlExc_NameError, "__build_class__ not found");
            }
            goto error;
        }
        PUSH(Gl_NewRef(bc));
        DISPATCH();
    }

    TARGET(LOAD_ASSERTION_ERROR) {
        PUSH(Gl_NewRef(GlExc_AssertionError));
        DISPATCH();
    }

    TARGET(SETUP_ANNOTATIONS) {
        if (GlEvalOp_SetupAnnotations(frame->locals) < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(IMPORT_NAME) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlObject *fromlist = POP();
        GlObject *level = TOP();
        frame->stack_pointer = sp;
        GlObject *res = GlEvalOp_ImportName(frame, name, fromlist, level);
        Gl_DECREF(fromlist);
        if (res == NULL) {
            goto error;
        }
        TOP() = res;
        Gl_DECREF(level);
        DISPATCH();
    }

    TARGET(IMPORT_FROM) {
        GlObject *name = GlTuple_GET_ITEM(names, oparg);
        GlObject *res = GlEvalOp_ImportFrom(TOP(), name);
        if (res == NULL) {
            goto error;
        }
        PUSH(res);
        DISPATCH();
    }

    TARGET(IMPORT_STAR) {
        GlObject *mod = POP();
        GlObject *locals = frame->locals;
        if (locals == NULL) {
            Gl_DECREF(mod);
            GlErr_SetString(GlExc_SystemError, "no locals found during 'import *'");
            goto error;
        }
        int err = GlEvalOp_ImportAllFrom(locals, mod);
        Gl_DECREF(mod);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

    TARGET(FORMAT_VALUE) {
        GlObject *spec = (oparg & 4) ? POP() : NULL;
        GlObject *value = TOP();
        GlObject *res = GlEvalOp_FormatValue(value, oparg & 3, spec);
        Gl_XDECREF(spec);
        if (res == NULL) {
            goto error;
        }
        TOP() = res;
        Gl_DECREF(value);
        DISPATCH();
    }

    TARGET(PRINT_EXPR) {
        GlObject *v = POP();
        int err = GlEvalOp_PrintExpr(v);
        Gl_DECREF(v);
        if (err < 0) {
            goto error;
        }
        DISPATCH();
    }

error:
    /* A new exception: record this frame in its traceback. */
    if (gl_tstate.curexc == NULL) {
        GlErr_SetString(GlExc_SystemError, "error return without exception set");
    }
    GlTraceBack_Here(frame, gl_tstate.curexc);
    if (GL_UNLIKELY(ts->c_tracefunc != NULL)) {
        frame->stack_pointer = sp;
        trace_exception(frame);
    }

exception_unwind:
    {
        int index = (int)(frame->instr - co->co_instrs);
        int search = reraise_index >= 0 ? reraise_index : index;
        reraise_index = -1;
        GlExcTableEntry *h = GlEvalOp_FindHandler(co, search);
        if (h != NULL) {
            GlObject **base = localsplus + co->co_nlocalsplus + h->depth;
            while (sp > base) {
                GlObject *v = POP();
                Gl_XDECREF(v);
            }
            if (h->lasti) {
                GlObject *li = GlInt_FromSsize_t(index);
                if (li == NULL) {
                    goto exit_unwind;   // MemoryError: keep unwinding
                }
                PUSH(li);
            }
            PUSH(GlErr_GetRaisedException());
            kwnames = NULL;
            JUMPTO(h->target);
            DISPATCH();
        }
    }
unwind_frame:
    if (GL_UNLIKELY(ts->use_tracing)) {
        /* No handler: the frame is left by the exception ('return' None). */
        frame->stack_pointer = sp;
        trace_frame_exit(frame, NULL);   // a failing function's exception replaces ours
    }
    throw_start_frame = NULL;
exit_unwind:
    {
        GlObject **base = localsplus + co->co_nlocalsplus;
        while (sp > base) {
            GlObject *v = POP();
            Gl_XDECREF(v);
        }
        frame->stack_pointer = sp;
        ts->recursion_depth--;
        if (frame->is_entry) {
            ts->frame = frame->previous;
            return NULL;
        }
        GlFrame *prev = frame->previous;
        GlFrame_Pop(frame);
        frame = prev;
        ts->frame = frame;
        LOAD_FRAME();
        ip = frame->instr;
        goto error;
    }
}

