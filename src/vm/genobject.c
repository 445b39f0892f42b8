/* genobject.c - generator and coroutine objects (async generators: asyncgen.c).
 *
 * Invariants: a generator owns its frame, stored inline in gi_frame_data, from
 * creation until the frame finishes (then gi_state is GL_GEN_CLOSED and the frame's
 * references are released or handed to its frame object). While running, the frame
 * is linked into the thread's frame chain and gi_exc_state is the top of the
 * handled-exception stack. A suspended frame's instr points after its YIELD_VALUE.
 * Matches CPython 3.11: send/throw/close, "generator already executing",
 * "can't send non-None value to a just-started generator", StopIteration raised
 * inside a generator turned into RuntimeError("generator raised StopIteration"),
 * GeneratorExit handling in close(), close() at finalization (PEP 442).
 * Coroutines (`async def`) and async generators use the same struct and the same
 * resume/throw/close code with their own type objects; messages name the kind
 * ("coroutine already executing", "cannot reuse already awaited coroutine", "coroutine
 * ignored GeneratorExit"), and a coroutine destroyed before it ever ran warns
 * "coroutine '...' was never awaited" (RuntimeWarning, through warnings).
 */
#include "frame.h"
#include "ceval.h"
#include "vm.h"
#include "../compiler/opcodes.h"
#include "../modules/modules.h"
#include <stddef.h>

/* "generator", "coroutine" or "async generator", for messages. */
static const char *
gen_kind(GlGenObject *gen)
{
    GlTypeObject *t = Gl_TYPE((GlObject *)gen);
    return t == &GlCoro_Type ? "coroutine" : t == &GlAsyncGen_Type ? "async generator"
                                                                   : "generator";
}

GlObject *
GlGen_NewFromFrame(GlFrame *f)
{
    GlCodeObject *co = f->code;
    size_t size = GlFrame_Size(co);
    GlTypeObject *type = (co->co_flags & GL_CO_COROUTINE) ? &GlCoro_Type :
                         (co->co_flags & GL_CO_ASYNC_GENERATOR) ? &GlAsyncGen_Type : &GlGen_Type;
    GlGenObject *gen = (GlGenObject *)GlObject_GC_New(type, (Gl_ssize_t)size);
    if (gen == NULL) {
        GlFrame_Pop(f);
        return NULL;
    }
    Gl_SET_SIZE(gen, (Gl_ssize_t)size);
    GlFrame *gf = (GlFrame *)gen->gi_frame_data;
    memcpy(gf, f, size);
    gf->stack_pointer = gf->localsplus + (f->stack_pointer - f->localsplus);
    gf->owner = GL_FRAME_OWNED_BY_GENERATOR;
    gf->previous = NULL;
    gf->frame_obj = NULL;
    GlFrame_PopRaw(f);
    gen->gi_frame = gf;
    GlObject *fn = gf->func;
    gen->gi_name = Gl_NewRef(fn ? ((GlFunctionObject *)fn)->func_name : co->co_name);
    gen->gi_qualname = Gl_NewRef(fn ? ((GlFunctionObject *)fn)->func_qualname : co->co_qualname);
    gen->gi_code = Gl_NewRef((GlObject *)co);
    gen->gi_weakreflist = NULL;
    gen->gi_exc_state.exc_value = NULL;
    gen->gi_exc_state.previous_item = NULL;
    gen->gi_state = GL_GEN_CREATED;
    gen->ag_closed = 0;
    gen->ag_running_async = 0;
    GlObject_GC_Track(gen);
    return (GlObject *)gen;
}

static void
gen_close_frame(GlGenObject *gen)
{
    if (gen->gi_frame != NULL) {
        GlFrame_ReleaseGenFrame(gen->gi_frame);
        gen->gi_frame = NULL;
    }
    gen->gi_state = GL_GEN_CLOSED;
}

/* throw() into a generator that has not started: add the traceback entry of its
 * frame at the def line (lasti 0), as CPython's, to the pending exception. */
static void
gen_throw_at_start(GlGenObject *gen)
{
    GlFrame *f = gen->gi_frame;
    GlObject *exc = gl_tstate.curexc;
    if (exc == NULL || GlTraceBack_Here(f, exc) < 0) {
        return;   // (no traceback entry on MemoryError)
    }
    GlTraceBackObject *tb = (GlTraceBackObject *)GlException_GetTraceback(exc);
    if (tb != NULL && (GlObject *)tb != Gl_None && tb->tb_frame != NULL) {
        tb->tb_lineno = f->code->co_firstlineno;
        tb->tb_lasti = 0;
    }
}

/* Resume gen. exc pending + v == NULL: throw. */
static GlObject *
gen_resume(GlGenObject *gen, GlObject *v, int *is_return)
{
    GlThreadState *ts = &gl_tstate;
    *is_return = 0;
    if (gen->gi_state == GL_GEN_RUNNING) {
        return GlErr_Format(GlExc_ValueError, "%s already executing", gen_kind(gen));
    }
    if (gen->gi_state == GL_GEN_CLOSED) {
        if (Gl_TYPE((GlObject *)gen) == &GlCoro_Type) {
            if (v == NULL) {
                GlErr_Clear();
            }
            return GlErr_SetString(GlExc_RuntimeError, "cannot reuse already awaited coroutine");
        }
        if (v == NULL) {
            return NULL;   // throw into a finished generator: the exception propagates
        }
        *is_return = 1;
        return Gl_NewRef(Gl_None);
    }
    GlFrame *f = gen->gi_frame;
    int throwflag = v == NULL;
    GlObject *res;
    if (gen->gi_state == GL_GEN_CREATED) {
        if (v != NULL && v != Gl_None) {
            return GlErr_Format(GlExc_TypeError,
                                "can't send non-None value to a just-started %s", gen_kind(gen));
        }
        if (throwflag && !ts->use_tracing) {
            /* As CPython: raised at the start, before the body (no handler of it
             * runs); the traceback names the def line. The generator is finished.
             * While tracing, the eval loop raises it at the start instead, so that the
             * frame reports its 'call'/'exception'/'return' events. */
            Gl_INCREF(gen);
            gen_throw_at_start(gen);
            res = NULL;
            goto finished;
        }
    } else if (!throwflag) {
        *f->stack_pointer++ = Gl_NewRef(v);
    } else {
        f->instr--;   // raise at the YIELD_VALUE
    }
    gen->gi_state = GL_GEN_RUNNING;
    gen->gi_exc_state.previous_item = ts->exc_info;
    ts->exc_info = &gen->gi_exc_state;
    Gl_INCREF(gen);
    res = GlEval_EvalFrameEx(f, throwflag);
    ts->exc_info = gen->gi_exc_state.previous_item;
    gen->gi_exc_state.previous_item = NULL;
    if (gen->gi_state == GL_GEN_SUSPENDED) {
        Gl_DECREF(gen);
        return res;
    }
finished:
    /* Returned or raised: the generator is finished. */
    Gl_CLEAR(gen->gi_exc_state.exc_value);
    gen_close_frame(gen);
    if (res != NULL) {
        *is_return = 1;
    } else if (GlErr_ExceptionMatches(GlExc_StopIteration) ||
               (Gl_TYPE((GlObject *)gen) == &GlAsyncGen_Type &&
                GlErr_ExceptionMatches(GlExc_StopAsyncIteration))) {
        int sai = !GlErr_ExceptionMatches(GlExc_StopIteration);
        GlObject *exc = GlErr_GetRaisedException();
        GlErr_Format(GlExc_RuntimeError, "%s raised %s", gen_kind(gen),
                     sai ? "StopAsyncIteration" : "StopIteration");
        GlObject *rt = gl_tstate.curexc;
        GlException_SetCause(rt, Gl_NewRef(exc));
        GlException_SetContext(rt, exc);
    }
    Gl_DECREF(gen);
    return res;
}

GlObject *
GlGen_Send(GlObject *gen, GlObject *v, int *is_return)
{
    return gen_resume((GlGenObject *)gen, v, is_return);
}

/* Return value -> StopIteration(value) for send()/__next__. */
static GlObject *
gen_result_to_stop(GlObject *res, int is_return)
{
    if (res == NULL || !is_return) {
        return res;
    }
    if (res == Gl_None) {
        GlErr_SetNone(GlExc_StopIteration);
    } else {
        GlErr_SetStopIterationValue(res);
    }
    Gl_DECREF(res);
    return NULL;
}

static GlObject *
gen_iternext(GlObject *self)
{
    int is_return;
    GlObject *res = gen_resume((GlGenObject *)self, Gl_None, &is_return);
    if (res != NULL && is_return) {
        if (res != Gl_None) {
            GlErr_SetStopIterationValue(res);
        }
        Gl_DECREF(res);
        return NULL;
    }
    return res;
}

static GlObject *
gen_send(GlObject *self, GlObject *v)
{
    int is_return;
    GlObject *res = gen_resume((GlGenObject *)self, v, &is_return);
    return gen_result_to_stop(res, is_return);
}

/* The sub-iterator a suspended generator delegates to (yield from), borrowed. */
static GlObject *gen_yf(GlGenObject *gen);

GlObject *
GlGen_YieldFrom(GlObject *gen)
{
    return gen_yf((GlGenObject *)gen);
}

static GlObject *
gen_yf(GlGenObject *gen)
{
    if (gen->gi_state != GL_GEN_SUSPENDED || gen->gi_frame == NULL) {
        return NULL;
    }
    GlFrame *f = gen->gi_frame;
    uint32_t *ip = f->instr;
    GlCodeObject *co = f->code;
    if (ip - co->co_instrs < 2) {
        return NULL;
    }
    if (GL_OPCODE(ip[-1]) == GL_OP_YIELD_VALUE && GL_OPCODE(ip[-2]) == GL_OP_SEND) {
        return f->stack_pointer[-1];
    }
    return NULL;
}

static GlObject *gen_throw_exc(GlGenObject *gen, int close_on_genexit);

/* After a delegate's throw() (ret: what it returned, or NULL with its exception set):
 * its yielded value is ours; StopIteration ends the `yield from` with its value; any
 * other exception is raised in gen at the `yield from`. Consumes the reference to yf. */
static GlObject *
finish_delegate(GlGenObject *gen, GlObject *yf, GlObject *ret, int *is_return)
{
    gen->gi_state = GL_GEN_SUSPENDED;
    Gl_DECREF(yf);
    if (ret != NULL) {
        *is_return = 0;
        return ret;   // the delegate yielded
    }
    if (GlErr_ExceptionMatches(GlExc_StopIteration)) {
        /* The delegate finished: its value is the result of `yield from`. */
        GlObject *exc = GlErr_GetRaisedException();
        GlObject *val = ((GlStopIterationObject *)exc)->value;
        val = Gl_NewRef(val ? val : Gl_None);
        Gl_DECREF(exc);
        GlFrame *f = gen->gi_frame;
        GlObject *sub = *--f->stack_pointer;
        Gl_DECREF(sub);
        uint32_t send = f->instr[-2];
        f->instr = f->code->co_instrs + GL_OPARG(send);
        *f->stack_pointer++ = val;   // SEND's jump target expects the result pushed
        /* Resume at the target: it is not a yield result, so enter directly. */
        gen->gi_state = GL_GEN_SUSPENDED;
        GlObject *r;
        {
            GlThreadState *ts = &gl_tstate;
            gen->gi_state = GL_GEN_RUNNING;
            gen->gi_exc_state.previous_item = ts->exc_info;
            ts->exc_info = &gen->gi_exc_state;
            Gl_INCREF(gen);
            r = GlEval_EvalFrameEx(f, 0);
            ts->exc_info = gen->gi_exc_state.previous_item;
            if (gen->gi_state == GL_GEN_SUSPENDED) {
                Gl_DECREF(gen);
                *is_return = 0;
                return r;
            }
            Gl_CLEAR(gen->gi_exc_state.exc_value);
            gen_close_frame(gen);
            *is_return = r != NULL;
            Gl_DECREF(gen);
            return r;
        }
    }
    /* Another exception: raise it in us at the yield from. */
    return gen_resume(gen, NULL, is_return);
}

/* Throw the pending exception into gen. */
static GlObject *
gen_throw_pending(GlGenObject *gen, int *is_return)
{
    GlObject *yf = gen_yf(gen);
    if (yf != NULL) {
        Gl_INCREF(yf);
        GlObject *ret = NULL;
        if (GlErr_ExceptionMatches(GlExc_GeneratorExit)) {
            /* Close the delegate, then throw GeneratorExit into us. */
            GlObject *exc = GlErr_GetRaisedException();
            gen->gi_state = GL_GEN_RUNNING;
            /* A delegate without close() (an iterator) is simply dropped. */
            GlObject *meth = NULL, *r = NULL;
            if (GlObject_LookupAttr(yf, GL_ID(close), &meth) < 0) {
                GlErr_WriteUnraisable(yf);
            }
            if (meth != NULL) {
                r = GlObject_CallNoArgs(meth);
                Gl_DECREF(meth);
            } else {
                r = Gl_NewRef(Gl_None);
            }
            gen->gi_state = GL_GEN_SUSPENDED;
            Gl_DECREF(yf);
            if (r == NULL) {
                Gl_DECREF(exc);
            } else {
                Gl_DECREF(r);
                GlErr_SetRaisedException(exc);
            }
            return gen_resume(gen, NULL, is_return);
        }
        gen->gi_state = GL_GEN_RUNNING;
        if (Gl_TYPE(yf) == &GlGen_Type || Gl_TYPE(yf) == &GlCoro_Type) {
            ret = gen_throw_exc((GlGenObject *)yf, 0);
        } else {
            GlObject *exc = GlErr_GetRaisedException();
            GlObject *meth = NULL;
            if (GlObject_LookupAttr(yf, GL_ID(throw), &meth) < 0) {
                Gl_DECREF(exc);
            } else if (meth == NULL) {
                GlErr_SetRaisedException(exc);
            } else {
                ret = GlObject_CallOneArg(meth, exc);
                Gl_DECREF(meth);
                Gl_DECREF(exc);
            }
        }
        return finish_delegate(gen, yf, ret, is_return);
    }
    return gen_resume(gen, NULL, is_return);
}

static GlObject *
gen_throw_exc(GlGenObject *gen, int unused)
{
    int is_return;
    GlObject *res = gen_throw_pending(gen, &is_return);
    return gen_result_to_stop(res, is_return);
}

GlObject *
GlGen_ThrowPending(GlObject *gen, int *is_return)
{
    return gen_throw_pending((GlGenObject *)gen, is_return);
}

/* typ (a class or an instance) is or derives from GeneratorExit. */
static int
is_generator_exit(GlObject *typ)
{
    if (GlType_Check(typ)) {
        return GlType_IsSubtype((GlTypeObject *)typ, (GlTypeObject *)GlExc_GeneratorExit);
    }
    return GlObject_TypeCheck(typ, (GlTypeObject *)GlExc_GeneratorExit);
}

static GlObject *
gen_throw(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlGenObject *gen = (GlGenObject *)self;
    GlObject *yf = gen->gi_state == GL_GEN_SUSPENDED ? gen_yf(gen) : NULL;
    if (yf != NULL && Gl_TYPE(yf) != &GlGen_Type && Gl_TYPE(yf) != &GlCoro_Type
        && nargs >= 1 && nargs <= 3 && !is_generator_exit(args[0])
        && (nargs < 3 || args[2] == Gl_None || Gl_TYPE(args[2]) == &GlTraceBack_Type)) {
        /* A delegate with its own throw() gets the arguments as given (CPython). */
        GlObject *meth = NULL;
        if (GlObject_LookupAttr(yf, GL_ID(throw), &meth) < 0) {
            return NULL;
        }
        if (meth != NULL) {
            Gl_INCREF(yf);
            gen->gi_state = GL_GEN_RUNNING;
            GlObject *ret = GlObject_Vectorcall(meth, args, (size_t)nargs, NULL);
            Gl_DECREF(meth);
            int is_return;
            GlObject *res = finish_delegate(gen, yf, ret, &is_return);
            return gen_result_to_stop(res, is_return);
        }
    }
    if (GlGen_SetThrowArgs(args, nargs) < 0) {
        return NULL;
    }
    return gen_throw_exc((GlGenObject *)self, 0);
}

int
GlGen_SetThrowArgs(GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("throw", nargs, 1, 3) < 0) {
        return -1;
    }
    GlObject *typ = args[0];
    GlObject *val = nargs > 1 ? args[1] : NULL;
    GlObject *tb = nargs > 2 ? args[2] : NULL;
    if (tb == Gl_None) {
        tb = NULL;
    } else if (tb != NULL && Gl_TYPE(tb) != &GlTraceBack_Type) {
        GlErr_SetString(GlExc_TypeError, "throw() third argument must be a traceback object");
        return -1;
    }
    GlObject *exc;
    if (GlExceptionClass_Check(typ)) {
        if (val != NULL && GlExceptionInstance_Check(val)
            && GlObject_TypeCheck(val, (GlTypeObject *)typ)) {
            exc = Gl_NewRef(val);
        } else if (val == NULL || val == Gl_None) {
            exc = GlObject_CallNoArgs(typ);
        } else if (GlTuple_Check(val)) {
            exc = GlObject_Call(typ, val, NULL);
        } else {
            exc = GlObject_CallOneArg(typ, val);
        }
        if (exc == NULL) {
            return -1;
        }
        if (!GlExceptionInstance_Check(exc)) {
            GlErr_Format(GlExc_TypeError, "calling %R should have returned an instance of "
                         "BaseException, not %s", typ, Gl_TYPE(exc)->tp_name);
            Gl_DECREF(exc);
            return -1;
        }
    } else if (GlExceptionInstance_Check(typ)) {
        if (val != NULL && val != Gl_None) {
            GlErr_SetString(GlExc_TypeError, "instance exception may not have a separate value");
            return -1;
        }
        exc = Gl_NewRef(typ);
    } else {
        GlErr_Format(GlExc_TypeError, "exceptions must be classes or instances deriving from "
                     "BaseException, not %s", Gl_TYPE(typ)->tp_name);
        return -1;
    }
    if (tb != NULL && GlException_SetTraceback(exc, tb) < 0) {
        Gl_DECREF(exc);
        return -1;
    }
    GlErr_SetRaisedException(exc);
    return 0;
}

static GlObject *
gen_close(GlObject *self, GlObject *unused)
{
    GlGenObject *gen = (GlGenObject *)self;
    if (gen->gi_state == GL_GEN_CREATED && !gl_tstate.use_tracing) {
        gen_close_frame(gen);
        Gl_RETURN_NONE;
    }
    /* While tracing, an unstarted generator is closed by throwing GeneratorExit into
     * its frame, as CPython 3.11 does ('call', 'exception', 'return' events). */
    if (gen->gi_state == GL_GEN_CLOSED) {
        Gl_RETURN_NONE;
    }
    GlErr_SetNone(GlExc_GeneratorExit);
    int is_return;
    GlObject *res = gen_throw_pending(gen, &is_return);
    if (res != NULL) {
        Gl_DECREF(res);
        if (is_return) {
            Gl_RETURN_NONE;
        }
        return GlErr_Format(GlExc_RuntimeError, "%s ignored GeneratorExit", gen_kind(gen));
    }
    if (GlErr_ExceptionMatches(GlExc_StopIteration)
        || GlErr_ExceptionMatches(GlExc_GeneratorExit)) {
        GlErr_Clear();
        Gl_RETURN_NONE;
    }
    return NULL;
}

GlObject *
GlGen_Close(GlObject *gen)
{
    return gen_close(gen, NULL);
}

/* CPython's _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(coro).
   Runs Python code; errors are reported as unraisable. */
static void
coro_warn_unawaited(GlObject *coro)
{
    if (gl_tstate.frame == NULL) {
        /* No Python code running (interpreter shutdown): CPython's C warning machinery
           reports the location as sys:1. */
        GlObject *qn = ((GlGenObject *)coro)->gi_qualname;
        GlObject *line = GlStr_FromFormat("sys:1: RuntimeWarning: coroutine '%U' was never "
                                          "awaited\n", qn);
        if (line != NULL) {
            GlSys_WriteStderr(GlStr_AsUTF8(line));
            Gl_DECREF(line);
        } else {
            GlErr_Clear();
        }
        return;
    }
    GlObject *mod = GlImport_ImportModule("warnings");
    GlObject *res = NULL;
    GlObject *name = mod != NULL ? GlStr_FromString("_warn_unawaited_coroutine") : NULL;
    if (name != NULL) {
        res = GlObject_CallMethodObjArgs(mod, name, coro, NULL);
    }
    Gl_XDECREF(name);
    Gl_XDECREF(mod);
    if (res == NULL) {
        GlErr_WriteUnraisable(coro);
    }
    Gl_XDECREF(res);
}

static void
gen_finalize(GlObject *self)
{
    GlGenObject *gen = (GlGenObject *)self;
    if (Gl_TYPE((GlObject *)gen) == &GlCoro_Type && gen->gi_state == GL_GEN_CREATED) {
        GlObject *saved = GlErr_GetRaisedException();
        coro_warn_unawaited(self);   // runs Python code
        GlErr_SetRaisedException(saved);
        return;
    }
    if (gen->gi_state != GL_GEN_SUSPENDED
        && !(gen->gi_state == GL_GEN_CREATED && gl_tstate.use_tracing)) {
        return;
    }
    GlObject *saved = GlErr_GetRaisedException();
    GlObject *res = gen_close(self, NULL);
    if (res == NULL) {
        GlErr_WriteUnraisable(self);
    } else {
        Gl_DECREF(res);
    }
    GlErr_SetRaisedException(saved);
}

static void
gen_dealloc(GlObject *self)
{
    GlGenObject *gen = (GlGenObject *)self;
    GlObject_GC_UnTrack(self);
    if (gen->gi_weakreflist != NULL) {
        GlObject_ClearWeakRefs(self);
    }
    if (gen->gi_state == GL_GEN_SUSPENDED ||
        (gen->gi_state == GL_GEN_CREATED
         && (Gl_TYPE((GlObject *)gen) == &GlCoro_Type || gl_tstate.use_tracing))) {
        /* PEP 442: close() a suspended generator before destroying it; warn about a
           coroutine that never ran. */
        GlObject_GC_Track(self);
        if (GlObject_CallFinalizerFromDealloc(self) < 0) {
            return;   // resurrected
        }
        GlObject_GC_UnTrack(self);
    }
    gen_close_frame(gen);
    Gl_CLEAR(gen->gi_exc_state.exc_value);
    Gl_CLEAR(gen->gi_name);
    Gl_CLEAR(gen->gi_qualname);
    Gl_CLEAR(gen->gi_code);
    GlObject_GC_Del(self);
}

static int
gen_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlGenObject *gen = (GlGenObject *)self;
    Gl_VISIT(gen->gi_name);
    Gl_VISIT(gen->gi_qualname);
    Gl_VISIT(gen->gi_code);
    Gl_VISIT(gen->gi_exc_state.exc_value);
    if (gen->gi_frame != NULL && gen->gi_state != GL_GEN_RUNNING) {
        int r = GlFrame_Traverse(gen->gi_frame, visit, arg);
        if (r) {
            return r;
        }
        if (gen->gi_frame->frame_obj != NULL) {
            Gl_VISIT(gen->gi_frame->frame_obj);
        }
    }
    return 0;
}

static int
gen_clear(GlObject *self)
{
    GlGenObject *gen = (GlGenObject *)self;
    if (gen->gi_state != GL_GEN_RUNNING) {
        gen_close_frame(gen);
    }
    Gl_CLEAR(gen->gi_exc_state.exc_value);
    return 0;
}

static GlObject *
gen_repr(GlObject *self)
{
    return GlStr_FromFormat("<%s object %U at %p>", Gl_TYPE(self)->tp_name,
                            ((GlGenObject *)self)->gi_qualname, self);
}

static GlObject *
gen_get_running(GlObject *self, void *c)
{
    return GlBool_FromLong(((GlGenObject *)self)->gi_state == GL_GEN_RUNNING);
}

static GlObject *
gen_get_suspended(GlObject *self, void *c)
{
    return GlBool_FromLong(((GlGenObject *)self)->gi_state == GL_GEN_SUSPENDED);
}

static GlObject *
gen_get_frame(GlObject *self, void *c)
{
    GlGenObject *gen = (GlGenObject *)self;
    if (gen->gi_frame == NULL || gen->gi_state == GL_GEN_CLOSED) {
        Gl_RETURN_NONE;
    }
    return GlFrame_GetFrameObject(gen->gi_frame);
}

static GlObject *
gen_get_code(GlObject *self, void *c)
{
    return Gl_NewRef(((GlGenObject *)self)->gi_code);
}

static GlObject *
gen_get_yieldfrom(GlObject *self, void *c)
{
    GlObject *yf = gen_yf((GlGenObject *)self);
    return Gl_NewRef(yf ? yf : Gl_None);
}

static GlObject *
gen_get_name(GlObject *self, void *c)
{
    return Gl_NewRef(((GlGenObject *)self)->gi_name);
}

static GlObject *
gen_get_qualname(GlObject *self, void *c)
{
    return Gl_NewRef(((GlGenObject *)self)->gi_qualname);
}

static GlGetSetDef gen_getset[] = {
    {"gi_running", gen_get_running, NULL, NULL, NULL},
    {"gi_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"gi_frame", gen_get_frame, NULL, NULL, NULL},
    {"gi_code", gen_get_code, NULL, NULL, NULL},
    {"gi_yieldfrom", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, NULL, NULL, NULL},
    {"__qualname__", gen_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GlObject *
gen_self_iter(GlObject *self)
{
    return Gl_NewRef(self);
}

static GlMethodDef gen_methods[] = {
    {"send", GL_FN(gen_send), GL_METH_O, NULL},
    {"throw", GL_FN(gen_throw), GL_METH_FASTCALL, NULL},
    {"close", GL_FN(gen_close), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlGen_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "generator",
    .tp_basicsize = sizeof(GlGenObject),
    .tp_itemsize = 1,
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_weaklistoffset = offsetof(GlGenObject, gi_weakreflist),
    .tp_iter = gen_self_iter,
    .tp_iternext = gen_iternext,
    .tp_methods = gen_methods,
    .tp_getset = gen_getset,
    .tp_finalize = gen_finalize,
};

/* ---- coroutines ------------------------------------------------------------------------ */

/* A coroutine's __await__() iterator (CPython's coroutine_wrapper). */
typedef struct {
    GlObject ob_base;
    GlObject *cw_coroutine;   // owned
} GlCoroWrapperObject;



/* coroutine.__await__(): a new coroutine_wrapper iterating self. New reference. */
static GlObject *
coro_await(GlObject *self, GlObject *unused)
{
    GlCoroWrapperObject *cw = (GlCoroWrapperObject *)GlObject_GC_New(&GlCoroWrapper_Type, 0);
    if (cw == NULL) {
        return NULL;
    }
    cw->cw_coroutine = Gl_NewRef(self);
    GlObject_GC_Track(cw);
    return (GlObject *)cw;
}

/* 1 if o is a generator made by a types.coroutine-decorated function. */
static int
gen_is_iterable_coroutine(GlObject *o)
{
    return Gl_TYPE(o) == &GlGen_Type && ((GlGenObject *)o)->gi_frame != NULL &&
           (((GlGenObject *)o)->gi_frame->code->co_flags & GL_CO_ITERABLE_COROUTINE);
}

/* See frame.h. New reference. */
GlObject *
GlCoro_GetAwaitableIter(GlObject *o)
{
    if (Gl_TYPE(o) == &GlCoro_Type || gen_is_iterable_coroutine(o)) {
        return Gl_NewRef(o);
    }
    GlObject *meth = GlType_Lookup(Gl_TYPE(o), GL_ID(__await__));
    if (meth == NULL) {
        return GlErr_Format(GlExc_TypeError, "object %.100s can't be used in 'await' expression",
                            Gl_TYPE(o)->tp_name);
    }
    GlObject *res = GlObject_CallOneArg(meth, o);   // runs Python code
    if (res == NULL) {
        return NULL;
    }
    if (Gl_TYPE(res) == &GlCoro_Type || gen_is_iterable_coroutine(res)) {
        Gl_DECREF(res);
        return GlErr_SetString(GlExc_TypeError, "__await__() returned a coroutine");
    }
    if (Gl_TYPE(res)->tp_iternext == NULL) {
        GlErr_Format(GlExc_TypeError, "__await__() returned non-iterator of type '%.100s'",
                     Gl_TYPE(res)->tp_name);
        Gl_DECREF(res);
        return NULL;
    }
    return res;
}

/* cr_origin: origin tracking is not implemented, always None. New reference. */
static GlObject *
coro_get_origin(GlObject *self, void *c)
{
    Gl_RETURN_NONE;
}

static GlGetSetDef coro_getset[] = {
    {"cr_running", gen_get_running, NULL, NULL, NULL},
    {"cr_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"cr_frame", gen_get_frame, NULL, NULL, NULL},
    {"cr_code", gen_get_code, NULL, NULL, NULL},
    {"cr_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {"cr_origin", coro_get_origin, NULL, NULL, NULL},
    {"__name__", gen_get_name, NULL, NULL, NULL},
    {"__qualname__", gen_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GlMethodDef coro_methods[] = {
    {"send", GL_FN(gen_send), GL_METH_O, NULL},
    {"throw", GL_FN(gen_throw), GL_METH_FASTCALL, NULL},
    {"close", GL_FN(gen_close), GL_METH_NOARGS, NULL},
    {"__await__", GL_FN(coro_await), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlCoro_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "coroutine",
    .tp_basicsize = sizeof(GlGenObject),
    .tp_itemsize = 1,
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_weaklistoffset = offsetof(GlGenObject, gi_weakreflist),
    .tp_methods = coro_methods,
    .tp_getset = coro_getset,
    .tp_finalize = gen_finalize,
};

/* ---- coroutine_wrapper ------------------------------------------------------------------ */

static void
coro_wrapper_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    Gl_CLEAR(((GlCoroWrapperObject *)self)->cw_coroutine);
    GlObject_GC_Del(self);
}

static int
coro_wrapper_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((GlCoroWrapperObject *)self)->cw_coroutine);
    return 0;
}

static GlObject *
coro_wrapper_iternext(GlObject *self)
{
    return gen_send(((GlCoroWrapperObject *)self)->cw_coroutine, Gl_None);
}

static GlObject *
coro_wrapper_send(GlObject *self, GlObject *v)
{
    return gen_send(((GlCoroWrapperObject *)self)->cw_coroutine, v);
}

static GlObject *
coro_wrapper_throw(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    return gen_throw(((GlCoroWrapperObject *)self)->cw_coroutine, args, nargs);
}

static GlObject *
coro_wrapper_close(GlObject *self, GlObject *unused)
{
    return gen_close(((GlCoroWrapperObject *)self)->cw_coroutine, NULL);
}

static GlMethodDef coro_wrapper_methods[] = {
    {"send", GL_FN(coro_wrapper_send), GL_METH_O, NULL},
    {"throw", GL_FN(coro_wrapper_throw), GL_METH_FASTCALL, NULL},
    {"close", GL_FN(coro_wrapper_close), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlCoroWrapper_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "coroutine_wrapper",
    .tp_basicsize = sizeof(GlCoroWrapperObject),
    .tp_dealloc = coro_wrapper_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = coro_wrapper_traverse,
    .tp_iter = gen_self_iter,
    .tp_iternext = coro_wrapper_iternext,
    .tp_methods = coro_wrapper_methods,
};

/* ---- async generators (methods and awaitables: asyncgen.c) ---------------------------- */

extern GlMethodDef GlAsyncGen_Methods[];

static GlObject *
agen_get_running(GlObject *self, void *c)
{
    return GlBool_FromLong(((GlGenObject *)self)->ag_running_async);
}

static GlGetSetDef agen_getset[] = {
    {"ag_running", agen_get_running, NULL, NULL, NULL},
    {"ag_suspended", gen_get_suspended, NULL, NULL, NULL},
    {"ag_frame", gen_get_frame, NULL, NULL, NULL},
    {"ag_code", gen_get_code, NULL, NULL, NULL},
    {"ag_await", gen_get_yieldfrom, NULL, NULL, NULL},
    {"__name__", gen_get_name, NULL, NULL, NULL},
    {"__qualname__", gen_get_qualname, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlAsyncGen_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "async_generator",
    .tp_basicsize = sizeof(GlGenObject),
    .tp_itemsize = 1,
    .tp_dealloc = gen_dealloc,
    .tp_repr = gen_repr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = gen_traverse,
    .tp_clear = gen_clear,
    .tp_weaklistoffset = offsetof(GlGenObject, gi_weakreflist),
    .tp_methods = GlAsyncGen_Methods,
    .tp_getset = agen_getset,
    .tp_finalize = gen_finalize,
};
