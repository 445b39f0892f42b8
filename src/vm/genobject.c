/* genobject.c - generator objects.
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
 */
#include "frame.h"
#include "ceval.h"
#include "vm.h"
#include "../compiler/opcodes.h"
#include <stddef.h>

GlObject *
GlGen_NewFromFrame(GlFrame *f)
{
    GlCodeObject *co = f->code;
    size_t size = GlFrame_Size(co);
    GlGenObject *gen = (GlGenObject *)GlObject_GC_New(&GlGen_Type, (Gl_ssize_t)size);
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
    gen->gi_weakreflist = NULL;
    gen->gi_exc_state.exc_value = NULL;
    gen->gi_exc_state.previous_item = NULL;
    gen->gi_state = GL_GEN_CREATED;
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

/* Resume gen. exc pending + v == NULL: throw. */
static GlObject *
gen_resume(GlGenObject *gen, GlObject *v, int *is_return)
{
    GlThreadState *ts = &gl_tstate;
    *is_return = 0;
    if (gen->gi_state == GL_GEN_RUNNING) {
        return GlErr_SetString(GlExc_ValueError, "generator already executing");
    }
    if (gen->gi_state == GL_GEN_CLOSED) {
        if (v == NULL) {
            return NULL;   // throw into a finished generator: the exception propagates
        }
        *is_return = 1;
        return Gl_NewRef(Gl_None);
    }
    GlFrame *f = gen->gi_frame;
    int throwflag = v == NULL;
    if (gen->gi_state == GL_GEN_CREATED) {
        if (v != NULL && v != Gl_None) {
            return GlErr_SetString(GlExc_TypeError,
                                   "can't send non-None value to a just-started generator");
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
    GlObject *res = GlEval_EvalFrameEx(f, throwflag);
    ts->exc_info = gen->gi_exc_state.previous_item;
    gen->gi_exc_state.previous_item = NULL;
    if (gen->gi_state == GL_GEN_SUSPENDED) {
        Gl_DECREF(gen);
        return res;
    }
    /* Returned or raised: the generator is finished. */
    Gl_CLEAR(gen->gi_exc_state.exc_value);
    gen_close_frame(gen);
    if (res != NULL) {
        *is_return = 1;
    } else if (GlErr_ExceptionMatches(GlExc_StopIteration)) {
        GlObject *exc = GlErr_GetRaisedException();
        GlErr_SetString(GlExc_RuntimeError, "generator raised StopIteration");
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
            GlObject *r = GlObject_CallMethodObjArgs(yf, GL_ID(close), NULL);
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
        if (Gl_TYPE(yf) == &GlGen_Type) {
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

static GlObject *
gen_throw(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("throw", nargs, 1, 3) < 0) {
        return NULL;
    }
    GlObject *typ = args[0];
    GlObject *val = nargs > 1 ? args[1] : NULL;
    GlObject *tb = nargs > 2 ? args[2] : NULL;
    if (tb == Gl_None) {
        tb = NULL;
    } else if (tb != NULL && Gl_TYPE(tb) != &GlTraceBack_Type) {
        return GlErr_SetString(GlExc_TypeError,
                               "throw() third argument must be a traceback object");
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
            return NULL;
        }
    } else if (GlExceptionInstance_Check(typ)) {
        if (val != NULL && val != Gl_None) {
            return GlErr_SetString(GlExc_TypeError,
                                   "instance exception may not have a separate value");
        }
        exc = Gl_NewRef(typ);
    } else {
        return GlErr_Format(GlExc_TypeError,
                            "exceptions must be classes or instances deriving from "
                            "BaseException, not %s", Gl_TYPE(typ)->tp_name);
    }
    if (tb != NULL && GlException_SetTraceback(exc, tb) < 0) {
        Gl_DECREF(exc);
        return NULL;
    }
    GlErr_SetRaisedException(exc);
    return gen_throw_exc((GlGenObject *)self, 0);
}

static GlObject *
gen_close(GlObject *self, GlObject *unused)
{
    GlGenObject *gen = (GlGenObject *)self;
    if (gen->gi_state == GL_GEN_CREATED) {
        gen_close_frame(gen);
        Gl_RETURN_NONE;
    }
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
        return GlErr_SetString(GlExc_RuntimeError, "generator ignored GeneratorExit");
    }
    if (GlErr_ExceptionMatches(GlExc_StopIteration)
        || GlErr_ExceptionMatches(GlExc_GeneratorExit)) {
        GlErr_Clear();
        Gl_RETURN_NONE;
    }
    return NULL;
}

static void
gen_finalize(GlObject *self)
{
    GlGenObject *gen = (GlGenObject *)self;
    if (gen->gi_state != GL_GEN_SUSPENDED) {
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
    if (gen->gi_state == GL_GEN_SUSPENDED) {
        /* PEP 442: close() a suspended generator before destroying it. */
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
    GlObject_GC_Del(self);
}

static int
gen_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlGenObject *gen = (GlGenObject *)self;
    Gl_VISIT(gen->gi_name);
    Gl_VISIT(gen->gi_qualname);
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
    return GlStr_FromFormat("<generator object %U at %p>", ((GlGenObject *)self)->gi_qualname,
                            self);
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
    GlGenObject *gen = (GlGenObject *)self;
    if (gen->gi_frame == NULL) {
        Gl_RETURN_NONE;
    }
    return Gl_NewRef(gen->gi_frame->code);
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
