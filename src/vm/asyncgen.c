/* asyncgen.c - async generators (`async def` containing `yield`), their asend/athrow
 * awaitables, the wrapper marking values yielded by `yield` (as opposed to values passed
 * up by an inner `await`), and the helpers of the async opcodes (GET_AWAITABLE,
 * GET_AITER, GET_ANEXT, BEFORE_ASYNC_WITH, ASYNC_GEN_WRAP).
 *
 * Invariants:
 * - An async generator is a GlGenObject of type GlAsyncGen_Type driven by genobject.c;
 *   ag_closed is set once it finished or aclose() started, ag_running_async while an
 *   asend/athrow awaitable is being iterated.
 * - Inside the frame, `yield v` yields a GlAsyncGenWrappedValue (ASYNC_GEN_WRAP); any
 *   other yielded value comes from an inner await and is passed to the event loop.
 * Matches CPython 3.11 Objects/genobject.c: "anext(): asynchronous generator is already
 * running", "cannot reuse already awaited __anext__()/asend()", "cannot reuse already
 * awaited aclose()/athrow()", "async generator ignored GeneratorExit", the return of an
 * async generator ends iteration with StopAsyncIteration.
 */
#include "frame.h"
#include "ceval.h"
#include "vm.h"
#include <stddef.h>

enum { AW_INIT, AW_ITER, AW_CLOSED };

typedef struct {
    GlObject ob_base;
    GlObject *agw_val;        // owned: the value of `yield`
} GlAsyncGenWrappedValue;

typedef struct {
    GlObject ob_base;
    GlGenObject *ags_gen;     // owned
    GlObject *ags_sendval;    // owned: value to send first (None for __anext__)
    int ags_state;            // AW_*
} GlAsyncGenASend;

typedef struct {
    GlObject ob_base;
    GlGenObject *agt_gen;     // owned
    GlObject *agt_args;       // owned: athrow() argument tuple, NULL for aclose()
    int agt_state;            // AW_*
} GlAsyncGenAThrow;

/* ---- wrapped values ---- */

/* See ceval.h. New reference. */
GlObject *
GlAsyncGen_Wrap(GlObject *v)
{
    GlAsyncGenWrappedValue *w = (GlAsyncGenWrappedValue *)GlObject_GC_New(&GlAsyncGenWrappedValue_Type, 0);
    if (w == NULL) {
        return NULL;
    }
    w->agw_val = Gl_NewRef(v);
    GlObject_GC_Track(w);
    return (GlObject *)w;
}

static void
wrapped_dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    Gl_CLEAR(((GlAsyncGenWrappedValue *)self)->agw_val);
    GlObject_GC_Del(self);
}

static int
wrapped_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((GlAsyncGenWrappedValue *)self)->agw_val);
    return 0;
}

GlTypeObject GlAsyncGenWrappedValue_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "async_generator_wrapped_value",
    .tp_basicsize = sizeof(GlAsyncGenWrappedValue),
    .tp_dealloc = wrapped_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = wrapped_traverse,
};

/* ---- resuming the generator ---- */

/* Result of resuming gen (NULL: exception pending) turned into the asend/athrow
   protocol: a wrapped value becomes StopIteration(value); a return or
   StopAsyncIteration/GeneratorExit closes the generator. New reference or NULL. */
static GlObject *
unwrap_value(GlGenObject *gen, GlObject *res, int is_return)
{
    if (res != NULL && is_return) {
        Gl_DECREF(res);
        GlErr_SetNone(GlExc_StopAsyncIteration);
        res = NULL;
    }
    if (res == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_SetNone(GlExc_StopAsyncIteration);
        }
        if (GlErr_ExceptionMatches(GlExc_StopAsyncIteration) ||
            GlErr_ExceptionMatches(GlExc_GeneratorExit)) {
            gen->ag_closed = 1;
        }
        gen->ag_running_async = 0;
        return NULL;
    }
    if (Gl_TYPE(res) == &GlAsyncGenWrappedValue_Type) {
        GlObject *v = ((GlAsyncGenWrappedValue *)res)->agw_val;
        if (v == Gl_None) {
            GlErr_SetNone(GlExc_StopIteration);
        } else {
            GlErr_SetStopIterationValue(v);
        }
        Gl_DECREF(res);
        gen->ag_running_async = 0;
        return NULL;
    }
    return res;   // an inner await yielded: pass it to the event loop
}

/* ---- asend ---- */

/* gen.asend(sendval) / gen.__anext__(): a new async_generator_asend. New reference. */
static GlObject *
asend_new(GlGenObject *gen, GlObject *sendval)
{
    GlAsyncGenASend *o = (GlAsyncGenASend *)GlObject_GC_New(&GlAsyncGenASend_Type, 0);
    if (o == NULL) {
        return NULL;
    }
    o->ags_gen = (GlGenObject *)Gl_NewRef((GlObject *)gen);
    o->ags_sendval = Gl_NewRef(sendval);
    o->ags_state = AW_INIT;
    GlObject_GC_Track(o);
    return (GlObject *)o;
}

static GlObject *
asend_send(GlObject *self, GlObject *arg)
{
    GlAsyncGenASend *o = (GlAsyncGenASend *)self;
    GlGenObject *gen = o->ags_gen;
    if (o->ags_state == AW_CLOSED) {
        return GlErr_SetString(GlExc_RuntimeError,
                               "cannot reuse already awaited __anext__()/asend()");
    }
    if (o->ags_state == AW_INIT) {
        if (gen->ag_running_async) {
            o->ags_state = AW_CLOSED;
            return GlErr_SetString(GlExc_RuntimeError,
                                   "anext(): asynchronous generator is already running");
        }
        if (arg == NULL || arg == Gl_None) {
            arg = o->ags_sendval;
        }
        o->ags_state = AW_ITER;
    }
    if (arg == NULL) {
        arg = Gl_None;   // __next__
    }
    if (gen->ag_closed && gen->gi_state == GL_GEN_CLOSED) {
        o->ags_state = AW_CLOSED;
        GlErr_SetNone(GlExc_StopAsyncIteration);
        return NULL;
    }
    gen->ag_running_async = 1;
    int is_return;
    GlObject *res = GlGen_Send((GlObject *)gen, arg, &is_return);   // runs Python code
    res = unwrap_value(gen, res, is_return);
    if (res == NULL) {
        o->ags_state = AW_CLOSED;
    }
    return res;
}

static GlObject *
asend_iternext(GlObject *self)
{
    return asend_send(self, NULL);
}

static GlObject *
asend_throw(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlAsyncGenASend *o = (GlAsyncGenASend *)self;
    if (o->ags_state == AW_CLOSED) {
        return GlErr_SetString(GlExc_RuntimeError,
                               "cannot reuse already awaited __anext__()/asend()");
    }
    if (GlGen_SetThrowArgs(args, nargs) < 0) {
        return NULL;
    }
    int is_return;
    GlObject *res = GlGen_ThrowPending((GlObject *)o->ags_gen, &is_return);
    res = unwrap_value(o->ags_gen, res, is_return);
    if (res == NULL) {
        o->ags_state = AW_CLOSED;
    }
    return res;
}

static GlObject *
asend_close(GlObject *self, GlObject *unused)
{
    ((GlAsyncGenASend *)self)->ags_state = AW_CLOSED;
    Gl_RETURN_NONE;
}

static GlObject *
self_iter(GlObject *self)
{
    return Gl_NewRef(self);
}

static GlObject *
self_await(GlObject *self, GlObject *unused)
{
    return Gl_NewRef(self);
}

static void
asend_dealloc(GlObject *self)
{
    GlAsyncGenASend *o = (GlAsyncGenASend *)self;
    GlObject_GC_UnTrack(self);
    Gl_CLEAR(o->ags_gen);
    Gl_CLEAR(o->ags_sendval);
    GlObject_GC_Del(self);
}

static int
asend_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlAsyncGenASend *o = (GlAsyncGenASend *)self;
    Gl_VISIT(o->ags_gen);
    Gl_VISIT(o->ags_sendval);
    return 0;
}

static GlMethodDef asend_methods[] = {
    {"send", GL_FN(asend_send), GL_METH_O, NULL},
    {"throw", GL_FN(asend_throw), GL_METH_FASTCALL, NULL},
    {"close", GL_FN(asend_close), GL_METH_NOARGS, NULL},
    {"__await__", GL_FN(self_await), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlAsyncGenASend_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "async_generator_asend",
    .tp_basicsize = sizeof(GlAsyncGenASend),
    .tp_dealloc = asend_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = asend_traverse,
    .tp_iter = self_iter,
    .tp_iternext = asend_iternext,
    .tp_methods = asend_methods,
};

/* ---- athrow / aclose ---- */

/* gen.athrow(*args) (args a tuple) or gen.aclose() (args NULL): a new
   async_generator_athrow. New reference. */
static GlObject *
athrow_new(GlGenObject *gen, GlObject *args)
{
    GlAsyncGenAThrow *o = (GlAsyncGenAThrow *)GlObject_GC_New(&GlAsyncGenAThrow_Type, 0);
    if (o == NULL) {
        return NULL;
    }
    o->agt_gen = (GlGenObject *)Gl_NewRef((GlObject *)gen);
    o->agt_args = args ? Gl_NewRef(args) : NULL;
    o->agt_state = AW_INIT;
    GlObject_GC_Track(o);
    return (GlObject *)o;
}

/* The athrow/aclose awaitable finished with the pending exception (or yielded a value
   during aclose()): the CPython check_error / yield_close paths. Returns NULL. */
static GlObject *
athrow_finish(GlAsyncGenAThrow *o, int ignored_exit)
{
    o->agt_gen->ag_running_async = 0;
    o->agt_state = AW_CLOSED;
    if (ignored_exit) {
        return GlErr_SetString(GlExc_RuntimeError, "async generator ignored GeneratorExit");
    }
    if (o->agt_args == NULL && (GlErr_ExceptionMatches(GlExc_StopAsyncIteration) ||
                                GlErr_ExceptionMatches(GlExc_GeneratorExit))) {
        GlErr_SetNone(GlExc_StopIteration);   // aclose() completed normally
    }
    return NULL;
}

static GlObject *
athrow_send(GlObject *self, GlObject *arg)
{
    GlAsyncGenAThrow *o = (GlAsyncGenAThrow *)self;
    GlGenObject *gen = o->agt_gen;
    int is_return = 0;
    GlObject *res;
    if (o->agt_state == AW_CLOSED) {
        return GlErr_SetString(GlExc_RuntimeError,
                               "cannot reuse already awaited aclose()/athrow()");
    }
    if (gen->gi_state == GL_GEN_CLOSED) {
        o->agt_state = AW_CLOSED;
        GlErr_SetNone(GlExc_StopIteration);
        return NULL;
    }
    if (o->agt_state == AW_INIT) {
        if (gen->ag_running_async) {
            o->agt_state = AW_CLOSED;
            return GlErr_SetString(GlExc_RuntimeError, o->agt_args == NULL ?
                                   "aclose(): asynchronous generator is already running" :
                                   "athrow(): asynchronous generator is already running");
        }
        if (gen->ag_closed) {
            o->agt_state = AW_CLOSED;
            GlErr_SetNone(GlExc_StopAsyncIteration);
            return NULL;
        }
        if (arg != NULL && arg != Gl_None) {
            return GlErr_SetString(GlExc_RuntimeError,
                                   "can't send non-None value to a just-started coroutine");
        }
        o->agt_state = AW_ITER;
        gen->ag_running_async = 1;
        if (o->agt_args == NULL) {
            gen->ag_closed = 1;
            GlErr_SetNone(GlExc_GeneratorExit);
        } else if (GlGen_SetThrowArgs(((GlTupleObject *)o->agt_args)->ob_item,
                                      GlTuple_GET_SIZE(o->agt_args)) < 0) {
            return athrow_finish(o, 0);
        }
        res = GlGen_ThrowPending((GlObject *)gen, &is_return);   // runs Python code
    } else {
        res = GlGen_Send((GlObject *)gen, arg ? arg : Gl_None, &is_return);
    }
    if (o->agt_args != NULL) {
        res = unwrap_value(gen, res, is_return);
        if (res == NULL) {
            o->agt_state = AW_CLOSED;
        }
        return res;
    }
    /* aclose() */
    if (res != NULL && is_return) {
        Gl_DECREF(res);
        GlErr_SetNone(GlExc_StopAsyncIteration);
        return athrow_finish(o, 0);
    }
    if (res != NULL && Gl_TYPE(res) == &GlAsyncGenWrappedValue_Type) {
        Gl_DECREF(res);
        return athrow_finish(o, 1);
    }
    return res != NULL ? res : athrow_finish(o, 0);
}

static GlObject *
athrow_iternext(GlObject *self)
{
    return athrow_send(self, NULL);
}

static GlObject *
athrow_throw(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlAsyncGenAThrow *o = (GlAsyncGenAThrow *)self;
    if (o->agt_state == AW_CLOSED) {
        return GlErr_SetString(GlExc_RuntimeError,
                               "cannot reuse already awaited aclose()/athrow()");
    }
    if (GlGen_SetThrowArgs(args, nargs) < 0) {
        return NULL;
    }
    int is_return;
    GlObject *res = GlGen_ThrowPending((GlObject *)o->agt_gen, &is_return);
    if (o->agt_args != NULL) {
        return unwrap_value(o->agt_gen, res, is_return);
    }
    if (res != NULL && (is_return || Gl_TYPE(res) == &GlAsyncGenWrappedValue_Type)) {
        Gl_DECREF(res);
        return athrow_finish(o, !is_return);
    }
    return res != NULL ? res : athrow_finish(o, 0);
}

static GlObject *
athrow_close(GlObject *self, GlObject *unused)
{
    ((GlAsyncGenAThrow *)self)->agt_state = AW_CLOSED;
    Gl_RETURN_NONE;
}

static void
athrow_dealloc(GlObject *self)
{
    GlAsyncGenAThrow *o = (GlAsyncGenAThrow *)self;
    GlObject_GC_UnTrack(self);
    Gl_CLEAR(o->agt_gen);
    Gl_CLEAR(o->agt_args);
    GlObject_GC_Del(self);
}

static int
athrow_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlAsyncGenAThrow *o = (GlAsyncGenAThrow *)self;
    Gl_VISIT(o->agt_gen);
    Gl_VISIT(o->agt_args);
    return 0;
}

static GlMethodDef athrow_methods[] = {
    {"send", GL_FN(athrow_send), GL_METH_O, NULL},
    {"throw", GL_FN(athrow_throw), GL_METH_FASTCALL, NULL},
    {"close", GL_FN(athrow_close), GL_METH_NOARGS, NULL},
    {"__await__", GL_FN(self_await), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlAsyncGenAThrow_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "async_generator_athrow",
    .tp_basicsize = sizeof(GlAsyncGenAThrow),
    .tp_dealloc = athrow_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = athrow_traverse,
    .tp_iter = self_iter,
    .tp_iternext = athrow_iternext,
    .tp_methods = athrow_methods,
};

/* ---- the async generator type ---- */

static GlObject *
agen_anext(GlObject *self, GlObject *unused)
{
    return asend_new((GlGenObject *)self, Gl_None);
}

static GlObject *
agen_asend(GlObject *self, GlObject *v)
{
    return asend_new((GlGenObject *)self, v);
}

static GlObject *
agen_athrow(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("athrow", nargs, 1, 3) < 0) {
        return NULL;
    }
    GlObject *tuple = GlTuple_FromArray(args, nargs);
    if (tuple == NULL) {
        return NULL;
    }
    GlObject *res = athrow_new((GlGenObject *)self, tuple);
    Gl_DECREF(tuple);
    return res;
}

static GlObject *
agen_aclose(GlObject *self, GlObject *unused)
{
    return athrow_new((GlGenObject *)self, NULL);
}

GlMethodDef GlAsyncGen_Methods[] = {
    {"asend", GL_FN(agen_asend), GL_METH_O, NULL},
    {"athrow", GL_FN(agen_athrow), GL_METH_FASTCALL, NULL},
    {"aclose", GL_FN(agen_aclose), GL_METH_NOARGS, NULL},
    {"__aiter__", GL_FN(self_await), GL_METH_NOARGS, NULL},
    {"__anext__", GL_FN(agen_anext), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* ---- helpers of the async opcodes (declared in ceval.h; all return new references) ---- */

/* Whether type(o) has the special method `name` (1 or 0; no exception). */
static int
has_special(GlObject *o, GlObject *name)
{
    return GlType_Lookup(Gl_TYPE(o), name) != NULL;
}

GlObject *
GlEvalOp_GetAwaitable(GlObject *o, int where)
{
    GlObject *it = GlCoro_GetAwaitableIter(o);   // runs Python code
    if (it == NULL) {
        if (where != 0 && GlErr_ExceptionMatches(GlExc_TypeError) &&
            !has_special(o, GL_ID(__await__))) {
            GlErr_Clear();
            GlErr_Format(GlExc_TypeError, "'async with' received an object from %s that does "
                         "not implement __await__: %.100s",
                         where == 1 ? "__aenter__" : "__aexit__", Gl_TYPE(o)->tp_name);
        }
        return NULL;
    }
    if (Gl_TYPE(it) == &GlCoro_Type && GlGen_YieldFrom(it) != NULL) {
        Gl_DECREF(it);
        return GlErr_SetString(GlExc_RuntimeError, "coroutine is being awaited already");
    }
    return it;
}

GlObject *
GlEvalOp_GetAIter(GlObject *o)
{
    GlObject *meth = GlEvalOp_WithLookup(o, GL_ID(__aiter__));
    if (meth == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_Format(GlExc_TypeError, "'async for' requires an object with __aiter__ "
                         "method, got %.100s", Gl_TYPE(o)->tp_name);
        }
        return NULL;
    }
    GlObject *it = GlObject_CallNoArgs(meth);   // runs Python code
    Gl_DECREF(meth);
    if (it != NULL && !has_special(it, GL_ID(__anext__))) {
        GlErr_Format(GlExc_TypeError, "'async for' received an object from __aiter__ that "
                     "does not implement __anext__: %.100s", Gl_TYPE(it)->tp_name);
        Gl_CLEAR(it);
    }
    return it;
}

GlObject *
GlEvalOp_GetANext(GlObject *aiter)
{
    if (Gl_TYPE(aiter) == &GlAsyncGen_Type) {
        return asend_new((GlGenObject *)aiter, Gl_None);
    }
    GlObject *meth = GlEvalOp_WithLookup(aiter, GL_ID(__anext__));
    if (meth == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_Format(GlExc_TypeError, "'async for' requires an iterator with __anext__ "
                         "method, got %.100s", Gl_TYPE(aiter)->tp_name);
        }
        return NULL;
    }
    GlObject *next = GlObject_CallNoArgs(meth);   // runs Python code
    Gl_DECREF(meth);
    if (next == NULL) {
        return NULL;
    }
    GlObject *it = GlCoro_GetAwaitableIter(next);
    if (it == NULL) {
        GlObject *cause = GlErr_GetRaisedException();
        GlErr_Format(GlExc_TypeError, "'async for' received an invalid object from __anext__: "
                     "%.100s", Gl_TYPE(next)->tp_name);
        GlObject *exc = GlErr_GetRaisedException();
        GlException_SetCause(exc, Gl_NewRef(cause));
        GlException_SetContext(exc, cause);
        GlErr_SetRaisedException(exc);
    }
    Gl_DECREF(next);
    return it;
}

int
GlEvalOp_BeforeAsyncWith(GlObject *mgr, GlObject **exit, GlObject **res)
{
    GlObject *enter = GlEvalOp_WithLookup(mgr, GL_ID(__aenter__));
    if (enter == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_Format(GlExc_TypeError, "'%s' object does not support the asynchronous "
                         "context manager protocol", Gl_TYPE(mgr)->tp_name);
        }
        return -1;
    }
    *exit = GlEvalOp_WithLookup(mgr, GL_ID(__aexit__));
    if (*exit == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_Format(GlExc_TypeError, "'%s' object does not support the asynchronous "
                         "context manager protocol (missed __aexit__ method)",
                         Gl_TYPE(mgr)->tp_name);
        }
        Gl_DECREF(enter);
        return -1;
    }
    *res = GlObject_CallNoArgs(enter);   // runs Python code
    Gl_DECREF(enter);
    if (*res == NULL) {
        Gl_CLEAR(*exit);
        return -1;
    }
    return 0;
}

/* ---- aiter() / anext() (declared in vm.h; new references) ---- */

GlObject *
GlAsync_AIter(GlObject *o)
{
    GlObject *meth = GlEvalOp_WithLookup(o, GL_ID(__aiter__));
    if (meth == NULL) {
        if (!GlErr_Occurred()) {
            GlErr_Format(GlExc_TypeError, "'%.200s' object is not an async iterable",
                         Gl_TYPE(o)->tp_name);
        }
        return NULL;
    }
    GlObject *it = GlObject_CallNoArgs(meth);   // runs Python code
    Gl_DECREF(meth);
    if (it != NULL && !has_special(it, GL_ID(__anext__))) {
        GlErr_Format(GlExc_TypeError, "aiter() returned not an async iterator of type "
                     "'%.100s'", Gl_TYPE(it)->tp_name);
        Gl_CLEAR(it);
    }
    return it;
}

/* anext(it, default): awaits it.__anext__(), giving default on StopAsyncIteration. */
typedef struct {
    GlObject ob_base;
    GlObject *wrapped;        // owned: what __anext__() returned
    GlObject *default_value;  // owned
    GlObject *iter;           // owned or NULL: wrapped's awaitable iterator, once asked
} GlAnextAwaitable;

/* The iterator of the wrapped awaitable, made on first use. Borrowed (owned by o);
   NULL with an exception if the object is not awaitable. */
static GlObject *
anext_awaitable_iter(GlAnextAwaitable *o)
{
    if (o->iter == NULL) {
        o->iter = GlCoro_GetAwaitableIter(o->wrapped);   // runs Python code
    }
    return o->iter;
}

/* StopAsyncIteration from the iterator becomes StopIteration(default). Returns res
   (new reference or NULL) unchanged. */
static GlObject *
anext_awaitable_result(GlAnextAwaitable *o, GlObject *res)
{
    if (res == NULL && GlErr_ExceptionMatches(GlExc_StopAsyncIteration)) {
        GlErr_Clear();
        GlErr_SetStopIterationValue(o->default_value);
    }
    return res;
}

static GlObject *
anext_awaitable_send(GlObject *self, GlObject *arg)
{
    GlAnextAwaitable *o = (GlAnextAwaitable *)self;
    GlObject *it = anext_awaitable_iter(o);
    if (it == NULL) {
        return NULL;
    }
    GlObject *res;
    if (arg == NULL || (arg == Gl_None && Gl_TYPE(it)->tp_iternext != NULL)) {
        res = Gl_TYPE(it)->tp_iternext(it);
        if (res == NULL && !GlErr_Occurred()) {
            GlErr_SetNone(GlExc_StopIteration);
        }
    } else {
        GlObject *name = GlStr_FromString("send");
        res = name ? GlObject_CallMethodObjArgs(it, name, arg, NULL) : NULL;
        Gl_XDECREF(name);
    }
    return anext_awaitable_result(o, res);
}

static GlObject *
anext_awaitable_iternext(GlObject *self)
{
    return anext_awaitable_send(self, NULL);
}

static GlObject *
anext_awaitable_throw(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlAnextAwaitable *o = (GlAnextAwaitable *)self;
    GlObject *it = anext_awaitable_iter(o);
    if (it == NULL) {
        return NULL;
    }
    GlObject *meth = GlObject_GetAttrString(it, "throw");
    if (meth == NULL) {
        return NULL;
    }
    GlObject *res = GlObject_Vectorcall(meth, args, (size_t)nargs, NULL);
    Gl_DECREF(meth);
    return anext_awaitable_result(o, res);
}

static GlObject *
anext_awaitable_close(GlObject *self, GlObject *unused)
{
    GlAnextAwaitable *o = (GlAnextAwaitable *)self;
    if (o->iter == NULL) {
        Gl_RETURN_NONE;
    }
    GlObject *name = GlStr_FromString("close");
    GlObject *res = name ? GlObject_CallMethodObjArgs(o->iter, name, NULL) : NULL;
    Gl_XDECREF(name);
    return res;
}

static void
anext_awaitable_dealloc(GlObject *self)
{
    GlAnextAwaitable *o = (GlAnextAwaitable *)self;
    GlObject_GC_UnTrack(self);
    Gl_CLEAR(o->wrapped);
    Gl_CLEAR(o->default_value);
    Gl_CLEAR(o->iter);
    GlObject_GC_Del(self);
}

static int
anext_awaitable_traverse(GlObject *self, visitproc visit, void *arg)
{
    GlAnextAwaitable *o = (GlAnextAwaitable *)self;
    Gl_VISIT(o->wrapped);
    Gl_VISIT(o->default_value);
    Gl_VISIT(o->iter);
    return 0;
}

static GlMethodDef anext_awaitable_methods[] = {
    {"send", GL_FN(anext_awaitable_send), GL_METH_O, NULL},
    {"throw", GL_FN(anext_awaitable_throw), GL_METH_FASTCALL, NULL},
    {"close", GL_FN(anext_awaitable_close), GL_METH_NOARGS, NULL},
    {"__await__", GL_FN(self_await), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlAnextAwaitable_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "anext_awaitable",
    .tp_basicsize = sizeof(GlAnextAwaitable),
    .tp_dealloc = anext_awaitable_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = anext_awaitable_traverse,
    .tp_iter = self_iter,
    .tp_iternext = anext_awaitable_iternext,
    .tp_methods = anext_awaitable_methods,
};

GlObject *
GlAsync_ANext(GlObject *aiter, GlObject *default_value)
{
    if (!has_special(aiter, GL_ID(__anext__))) {
        return GlErr_Format(GlExc_TypeError, "'%.200s' object is not an async iterator",
                            Gl_TYPE(aiter)->tp_name);
    }
    GlObject *meth = GlEvalOp_WithLookup(aiter, GL_ID(__anext__));
    if (meth == NULL) {
        return NULL;
    }
    GlObject *awaitable = GlObject_CallNoArgs(meth);   // runs Python code
    Gl_DECREF(meth);
    if (awaitable == NULL || default_value == NULL) {
        return awaitable;
    }
    GlAnextAwaitable *o = (GlAnextAwaitable *)GlObject_GC_New(&GlAnextAwaitable_Type, 0);
    if (o == NULL) {
        Gl_DECREF(awaitable);
        return NULL;
    }
    o->wrapped = awaitable;
    o->default_value = Gl_NewRef(default_value);
    o->iter = NULL;
    GlObject_GC_Track(o);
    return (GlObject *)o;
}
