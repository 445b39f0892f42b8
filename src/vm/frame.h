/* frame.h - interpreter frames and the data stack they live on, frame objects.
 *
 * Invariants:
 * - A GlFrame is a block of the data stack (or of a generator object): the fixed
 *   header, then co_nlocalsplus slots (locals, cells, free variables), then the value
 *   stack. Slots below stack_pointer are owned references (NULL allowed in locals and
 *   in the call layout's self_or_NULL position).
 * - func, globals, builtins, locals are owned by the frame (locals may be NULL).
 * - A frame object (f_frame_obj) made for a traceback or sys._getframe points to the
 *   live frame; when the frame is popped, its contents move into the frame object so
 *   it stays valid (CPython's "take ownership").
 * - Python-to-Python calls push a frame and continue in the same C loop; only calls
 *   from C (and generator resumption) enter GlEval_EvalFrame recursively.
 */
#ifndef GLASS_VM_FRAME_H
#define GLASS_VM_FRAME_H

#include "../objects/allobjects.h"
#include "traceback.h"

#define GL_FRAME_OWNED_BY_THREAD 0
#define GL_FRAME_OWNED_BY_GENERATOR 1
#define GL_FRAME_OWNED_BY_FRAME_OBJECT 2

typedef struct GlFrame {
    GlCodeObject *code;          // owned
    GlObject *func;              // owned function, or NULL for module/exec code
    GlObject *globals;           // dict: borrowed from func when func != NULL, else owned
    GlObject *builtins;          // dict: same ownership as globals
    GlObject *locals;            // owned mapping for module/class/exec frames, else NULL
    struct GlFrame *previous;    // caller (borrowed), NULL at the bottom
    struct GlFrameObject *frame_obj; // borrowed back-pointer, or NULL
    uint32_t *instr;             // instruction being executed (the next one while suspended)
    GlObject **stack_pointer;    // first free value-stack slot (valid while not running)
    GlObject *init_self;         // owned: the instance an inlined __init__ call returns, or NULL
    uint8_t owner;               // GL_FRAME_OWNED_BY_*
    uint8_t is_entry;            // returning from it leaves GlEval_EvalFrame
    GlObject *localsplus[];      // locals, cells, frees, value stack
} GlFrame;

typedef struct GlFrameObject {
    GlVarObject ob_base;         // ob_size: bytes of f_owned
    GlFrame *f_frame;            // the frame (live, in a generator, or in f_owned)
    struct GlFrameObject *f_back_obj; // for taken frames: the caller's frame object, or NULL
    int f_lineno;                // line when the frame was taken, else computed
    char f_trace_lines;          // f_trace_lines (default 1)
    char f_trace_opcodes;        // f_trace_opcodes (default 0)
    GlObject *f_trace;           // owned local trace function, or NULL
    int f_last_traced;           // tracing: index of the previous instruction run, -1 at entry
    int f_trace_line;            // nonzero: 1 + the f_lineno reported during a trace event
    int f_last_line;             // tracing: the last line run (for instructions without one)
    GlObject *f_locals_cache;    // owned: a function frame's locals() dict, or NULL
    _Alignas(16) char f_owned[]; // (aligned for the GlFrame stored in it)              // storage for a frame whose execution ended
} GlFrameObject;

typedef struct GlTraceBackObject {
    GlObject ob_base;
    struct GlTraceBackObject *tb_next;  // owned or NULL
    GlFrameObject *tb_frame;            // owned
    int tb_lasti;                       // instruction index
    int tb_lineno;
} GlTraceBackObject;

typedef struct GlGenObject {
    GlVarObject ob_base;               // ob_size: bytes of gi_frame_data
    GlObject *gi_name, *gi_qualname;   // owned
    GlObject *gi_code;                 // owned: the code object (kept after the frame ends)
    GlObject *gi_weakreflist;
    GlErrStackItem gi_exc_state;       // the generator's handled exception
    int8_t gi_state;                   // GL_GEN_CREATED / SUSPENDED / RUNNING / CLOSED
    int8_t ag_closed;                  // async generator: finished or aclose()d
    int8_t ag_running_async;           // async generator: an asend/athrow is in progress
    GlFrame *gi_frame;                 // points into gi_frame_data
    char gi_frame_data[];              // the frame while it exists
} GlGenObject;

#define GL_GEN_CREATED 0
#define GL_GEN_SUSPENDED 1
#define GL_GEN_RUNNING 2
#define GL_GEN_CLOSED 3

/* A chunk of the data stack (frame.c). */
typedef struct GlStackChunk {
    struct GlStackChunk *previous;
    char *top;                      // first free byte
    char *limit;                    // end of the chunk
    char data[];
} GlStackChunk;

extern GlStackChunk *gl_datastack;

/* Size in slots of a frame for code. */
static inline Gl_ssize_t
GlFrame_NumSlots(GlCodeObject *co)
{
    return co->co_nlocalsplus + co->co_stacksize;
}

static inline size_t
GlFrame_Size(GlCodeObject *co)
{
    return sizeof(GlFrame) + (size_t)GlFrame_NumSlots(co) * sizeof(GlObject *);
}

/* Push a new frame on the thread's data stack; NULL + MemoryError. The header is
 * initialised from the arguments (new references taken), slots are NULL. */
GlFrame *GlFrame_Push(GlCodeObject *code, GlObject *func, GlObject *globals,
                      GlObject *builtins, GlObject *locals);
/* Release a frame's references and pop it from the data stack (must be the top). */
void GlFrame_Pop(GlFrame *f);

void GlFrame_PopRaw(GlFrame *f);

/* GlFrame_Pop for a function frame without a frame object, in the eval loop. */
static inline void
GlFrame_PopFast(GlFrame *f)
{
    if (f->frame_obj != NULL || f->locals != NULL || f->func == NULL || f->init_self != NULL) {
        GlFrame_Pop(f);
        return;
    }
    GlObject **p = f->localsplus, **end = f->stack_pointer;
    while (p < end) {
        GlObject *o = *p++;
        Gl_XDECREF(o);
    }
    GlObject *func = f->func;
    GlCodeObject *code = f->code;
    GlStackChunk *c = gl_datastack;
    if ((char *)f == c->data && c->previous != NULL) {
        GlFrame_PopRaw(f);   // frees the chunk holding f
    } else {
        c->top = (char *)f;
    }
    Gl_DECREF(func);
    Gl_DECREF(code);
}

/* GlFrame_Push for a call of a Python function (func owns code, globals and
 * builtins) when the current chunk has room; NULL when it has not (then use
 * GlFrame_Push). Never raises. */
static inline GlFrame *
GlFrame_PushFast(GlCodeObject *code, GlObject *func)
{
    GlStackChunk *c = gl_datastack;
    size_t size = (GlFrame_Size(code) + 15) & ~(size_t)15;
    if (c == NULL || (size_t)(c->limit - c->top) < size) {
        return NULL;
    }
    GlFrame *f = (GlFrame *)c->top;
    c->top += size;
    GlFunctionObject *fn = (GlFunctionObject *)func;
    Gl_INCREF(code);
    f->code = code;
    Gl_INCREF(func);
    f->func = func;
    f->globals = fn->func_globals;
    f->builtins = fn->func_builtins;
    f->locals = NULL;
    f->previous = NULL;
    f->frame_obj = NULL;
    f->instr = code->co_instrs;
    f->init_self = NULL;
    f->owner = GL_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    GlObject **lp = f->localsplus;
    for (int i = 0, n = code->co_nlocalsplus; i < n; i++) {
        lp[i] = NULL;
    }
    f->stack_pointer = lp + code->co_nlocalsplus;
    return f;
}
/* Release every reference the frame holds (locals, stack, header). */
void GlFrame_Clear(GlFrame *f);
/* Frame object for f, created on demand (new reference). */
GlObject *GlFrame_GetFrameObject(GlFrame *f) GL_NEWREF;
/* Line number of the instruction f is executing. */
int GlFrame_GetLine(GlFrame *f);
/* Visit every owned reference of a frame (for tp_traverse of generators/frames). */
int GlFrame_Traverse(GlFrame *f, visitproc visit, void *arg);
/* Release a frame stored in a generator (hands it to its frame object if any). */
void GlFrame_ReleaseGenFrame(GlFrame *f);
/* locals() of a frame: the namespace or a snapshot dict. New reference. */
GlObject *GlFrame_LocalsDict(GlFrame *f) GL_NEWREF;

/* sys.settrace / sys.setprofile: install func (NULL or None removes it) and switch
 * the eval loop's dispatch to the instrumented path while either is set (ceval.c). */
void GlEval_SetTrace(GlObject *func);
void GlEval_SetProfile(GlObject *func);

/* Run frame f (already pushed) until it returns; result new reference or NULL. */
GlObject *GlEval_EvalFrame(GlFrame *f) GL_NEWREF;
/* Same, but when throwflag is set the pending exception is raised in f at its
 * current instruction first (generator.throw). */
GlObject *GlEval_EvalFrameEx(GlFrame *f, int throwflag) GL_NEWREF;
/* Pop the top frame of the data stack without releasing its references (they were
 * moved elsewhere, e.g. into a generator). */
void GlFrame_PopRaw(GlFrame *f);
/* Call a Python function with vectorcall arguments (from C). */
GlObject *GlFunction_Vectorcall(GlObject *func, GlObject *const *args, size_t nargsf,
                                GlObject *kwnames) GL_NEWREF;
/* Bind arguments into a new frame's locals (steals nothing). 0 / -1. */
int GlEval_BindArgs(GlFunctionObject *func, GlObject **localsplus, GlObject *const *args,
                    Gl_ssize_t nargs, GlObject *kwnames);
/* Create a generator running frame f (moves f into the generator). */
GlObject *GlGen_NewFromFrame(GlFrame *f) GL_NEWREF;
/* Add a traceback entry for frame f at its current instruction to exc. */
int GlTraceBack_Here(GlFrame *f, GlObject *exc);
/* GlTraceBack_Print: see traceback.h. */

/* Resume a generator sending v (NULL for an exception being thrown in, taken from
 * the pending exception). Returns the yielded value (*is_return = 0) or the return
 * value (*is_return = 1; NULL+exception on error). New reference. */
GlObject *GlGen_Send(GlObject *gen, GlObject *v, int *is_return) GL_NEWREF;

/* Coroutines and async generators share GlGenObject and genobject.c's machinery. */

/* 1 if o is a generator, coroutine or async generator (GlGenObject layout). */
static inline int
GlGen_CheckAny(GlObject *o)
{
    GlTypeObject *t = Gl_TYPE(o);
    return t == &GlGen_Type || t == &GlCoro_Type || t == &GlAsyncGen_Type;
}

/* Throw the pending exception into gen (any GlGen_CheckAny object), delegating to
 * the awaited/yielded-from object first. Result as GlGen_Send. Runs Python code. */
GlObject *GlGen_ThrowPending(GlObject *gen, int *is_return) GL_NEWREF;

/* gen.throw(typ[, val[, tb]]) argument handling: sets the exception to throw as the
 * pending one. 0 / -1. */
int GlGen_SetThrowArgs(GlObject *const *args, Gl_ssize_t nargs);

/* The object a suspended generator/coroutine delegates to (yield from / await), or
 * NULL. Borrowed. */
GlObject *GlGen_YieldFrom(GlObject *gen) GL_BORROWED;

/* gen.close() for any GlGen_CheckAny object. New reference (None) or NULL. */
GlObject *GlGen_Close(GlObject *gen) GL_NEWREF;

/* The iterator `await o` drives (CPython _PyCoro_GetAwaitableIter): a coroutine itself,
 * a types.coroutine generator, or o.__await__(). TypeError otherwise. New reference. */
GlObject *GlCoro_GetAwaitableIter(GlObject *o) GL_NEWREF;

#endif /* GLASS_VM_FRAME_H */
