/* frame.c - the data stack that holds interpreter frames, frame objects and
 * traceback objects.
 *
 * Invariants: frames are pushed and popped in LIFO order on the thread's data stack,
 * a chain of chunks (a frame never straddles two chunks); popping the first frame of
 * a chunk frees that chunk (unless it is the first). A frame object either points to
 * a live frame (on the data stack or in a generator) or owns the frame's copy in
 * f_owned after the frame ended; a live frame's frame_obj back-pointer is cleared
 * when the frame object dies.
 */
#include "frame.h"
#include <stddef.h>

#define GL_CHUNK_SIZE (256 * 1024)

GlStackChunk *gl_datastack;

static GlStackChunk *
chunk_new(size_t need, GlStackChunk *previous)
{
    size_t size = need + sizeof(GlStackChunk) > GL_CHUNK_SIZE ? need + sizeof(GlStackChunk)
                                                              : GL_CHUNK_SIZE;
    GlStackChunk *c = GlMem_Malloc(size);
    if (c == NULL) {
        return NULL;
    }
    c->previous = previous;
    c->top = c->data;
    c->limit = (char *)c + size;
    return c;
}

GlFrame *
GlFrame_Push(GlCodeObject *code, GlObject *func, GlObject *globals, GlObject *builtins,
             GlObject *locals)
{
    size_t size = GlFrame_Size(code);
    size = (size + 15) & ~(size_t)15;
    GlStackChunk *c = gl_datastack;
    if (c == NULL || (size_t)(c->limit - c->top) < size) {
        c = chunk_new(size, c);
        if (c == NULL) {
            GlErr_NoMemory();
            return NULL;
        }
        gl_datastack = c;
    }
    GlFrame *f = (GlFrame *)c->top;
    c->top += size;
    f->code = (GlCodeObject *)Gl_NewRef(code);
    if (func != NULL) {
        /* The function keeps its (read-only) globals and builtins alive. */
        f->func = Gl_NewRef(func);
        f->globals = globals;
        f->builtins = builtins;
    } else {
        f->func = NULL;
        f->globals = Gl_NewRef(globals);
        f->builtins = Gl_NewRef(builtins);
    }
    f->locals = Gl_XNewRef(locals);
    f->previous = NULL;
    f->frame_obj = NULL;
    f->instr = code->co_instrs;
    f->init_self = NULL;
    f->owner = GL_FRAME_OWNED_BY_THREAD;
    f->is_entry = 0;
    Gl_ssize_t n = code->co_nlocalsplus;
    GlObject **lp = f->localsplus;
    for (Gl_ssize_t i = 0; i < n; i++) {
        lp[i] = NULL;
    }
    f->stack_pointer = lp + n;
    return f;
}

void
GlFrame_Clear(GlFrame *f)
{
    GlObject **p = f->localsplus;
    GlObject **end = f->stack_pointer;
    while (p < end) {
        GlObject *o = *p;
        *p++ = NULL;
        Gl_XDECREF(o);
    }
    f->stack_pointer = f->localsplus;
    Gl_CLEAR(f->init_self);
    Gl_CLEAR(f->locals);
    if (f->func != NULL) {
        f->globals = NULL;
        f->builtins = NULL;
        Gl_CLEAR(f->func);
    } else {
        Gl_CLEAR(f->globals);
        Gl_CLEAR(f->builtins);
    }
    Gl_CLEAR(f->code);
}

/* Move a finished frame into its frame object, which keeps the locals alive. */
static void
frame_take_ownership(GlFrame *f)
{
    GlFrameObject *fo = f->frame_obj;
    GlFrame *dst = (GlFrame *)fo->f_owned;
    size_t nslots = (size_t)(f->stack_pointer - f->localsplus);
    memcpy(dst, f, sizeof(GlFrame) + nslots * sizeof(GlObject *));
    dst->stack_pointer = dst->localsplus + nslots;
    dst->owner = GL_FRAME_OWNED_BY_FRAME_OBJECT;
    dst->previous = NULL;
    dst->instr = f->instr;
    fo->f_lineno = GlFrame_GetLine(f);
    fo->f_frame = dst;
    /* The caller's frame object, so that f_back works on a finished frame. */
    if (f->previous != NULL && f->previous->frame_obj != NULL) {
        fo->f_back_obj = (GlFrameObject *)Gl_NewRef(f->previous->frame_obj);
    }
}

/* Release a frame's contents or hand them to its frame object. */
static void
frame_release(GlFrame *f)
{
    if (f->frame_obj != NULL) {
        GlFrameObject *fo = f->frame_obj;
        if (Gl_REFCNT((GlObject *)fo) > 1) {
            /* Empty the value stack first: only locals move. */
            GlObject **base = f->localsplus + f->code->co_nlocalsplus;
            while (f->stack_pointer > base) {
                GlObject *o = *--f->stack_pointer;
                Gl_XDECREF(o);
            }
            frame_take_ownership(f);
            f->frame_obj = NULL;
            Gl_DECREF(fo);
            return;
        }
        f->frame_obj = NULL;
        fo->f_frame = NULL;
        Gl_DECREF(fo);
    }
    GlFrame_Clear(f);
}

void
GlFrame_Pop(GlFrame *f)
{
    frame_release(f);
    GlStackChunk *c = gl_datastack;
    if ((char *)f == c->data && c->previous != NULL) {
        gl_datastack = c->previous;
        GlMem_Free(c);
    } else {
        c->top = (char *)f;
    }
}

void
GlFrame_PopRaw(GlFrame *f)
{
    GlStackChunk *c = gl_datastack;
    if ((char *)f == c->data && c->previous != NULL) {
        gl_datastack = c->previous;
        GlMem_Free(c);
    } else {
        c->top = (char *)f;
    }
}

/* For generators: release the frame stored inside a generator object. */
void
GlFrame_ReleaseGenFrame(GlFrame *f)
{
    frame_release(f);
}

int
GlFrame_GetLine(GlFrame *f)
{
    GlCodeObject *co = f->code;
    if (co == NULL) {
        return -1;
    }
    Gl_ssize_t i = f->instr - co->co_instrs;
    if (i < 0) {
        i = 0;
    }
    if (i >= co->co_ninstrs) {
        i = co->co_ninstrs - 1;
    }
    if (i < 0) {
        return co->co_firstlineno;
    }
    /* An artificial instruction (no line: an implicit return, a re-raise) reports the
     * line of the code before it. */
    while (i > 0 && co->co_positions[i].lineno < 0) {
        i--;
    }
    return co->co_positions[i].lineno;
}

int
GlFrame_Traverse(GlFrame *f, visitproc visit, void *arg)
{
    Gl_VISIT(f->code);
    if (f->func != NULL) {
        Gl_VISIT(f->func);
    } else {
        Gl_VISIT(f->globals);
        Gl_VISIT(f->builtins);
    }
    Gl_VISIT(f->locals);
    Gl_VISIT(f->init_self);
    for (GlObject **p = f->localsplus; p < f->stack_pointer; p++) {
        Gl_VISIT(*p);
    }
    return 0;
}

/* ---- frame objects ---- */

GlObject *
GlFrame_GetFrameObject(GlFrame *f)
{
    if (f->frame_obj != NULL) {
        return Gl_NewRef(f->frame_obj);
    }
    Gl_ssize_t size = (Gl_ssize_t)GlFrame_Size(f->code);
    GlFrameObject *fo = (GlFrameObject *)GlObject_GC_New(&GlFrame_Type, size);
    if (fo == NULL) {
        return NULL;
    }
    Gl_SET_SIZE(fo, size);
    fo->f_frame = f;
    fo->f_back_obj = NULL;
    fo->f_lineno = -1;
    fo->f_last_traced = (int)(f->instr - f->code->co_instrs);
    fo->f_last_line = GlFrame_GetLine(f);
    fo->f_trace_lines = 1;
    f->frame_obj = (GlFrameObject *)Gl_NewRef(fo);  // the frame holds one reference
    GlObject_GC_Track(fo);
    return (GlObject *)fo;
}

static int
frameobj_owns(GlFrameObject *fo)
{
    return fo->f_frame != NULL && fo->f_frame == (GlFrame *)fo->f_owned;
}

static void
frameobj_dealloc(GlObject *op)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    GlObject_GC_UnTrack(op);
    if (frameobj_owns(fo)) {
        GlFrame_Clear(fo->f_frame);
    } else if (fo->f_frame != NULL && fo->f_frame->frame_obj == fo) {
        fo->f_frame->frame_obj = NULL;
    }
    fo->f_frame = NULL;
    Gl_CLEAR(fo->f_back_obj);
    Gl_CLEAR(fo->f_trace);
    Gl_CLEAR(fo->f_locals_cache);
    GlObject_GC_Del(op);
}

static int
frameobj_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    Gl_VISIT(fo->f_back_obj);
    Gl_VISIT(fo->f_trace);
    Gl_VISIT(fo->f_locals_cache);
    if (frameobj_owns(fo)) {
        return GlFrame_Traverse(fo->f_frame, visit, arg);
    }
    return 0;
}

static int
frameobj_clear(GlObject *op)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    if (frameobj_owns(fo)) {
        GlFrame_Clear(fo->f_frame);
        fo->f_frame = NULL;
    }
    Gl_CLEAR(fo->f_back_obj);
    Gl_CLEAR(fo->f_trace);
    Gl_CLEAR(fo->f_locals_cache);
    return 0;
}

static GlObject *
frameobj_get_lineno(GlObject *op, void *closure)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    if (fo->f_trace_line != 0) {
        return GlInt_FromLong(fo->f_trace_line - 1);   // during a 'call' trace event
    }
    if (fo->f_frame == NULL) {
        return GlInt_FromLong(fo->f_lineno);
    }
    if (frameobj_owns(fo) && fo->f_lineno >= 0) {
        return GlInt_FromLong(fo->f_lineno);
    }
    return GlInt_FromLong(GlFrame_GetLine(fo->f_frame));
}

static GlObject *
frameobj_get_code(GlObject *op, void *closure)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    if (fo->f_frame == NULL || fo->f_frame->code == NULL) {
        Gl_RETURN_NONE;
    }
    return Gl_NewRef(fo->f_frame->code);
}

static GlObject *
frameobj_get_globals(GlObject *op, void *closure)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    if (fo->f_frame == NULL || fo->f_frame->globals == NULL) {
        Gl_RETURN_NONE;
    }
    return Gl_NewRef(fo->f_frame->globals);
}

/* The local variables of a frame as a dict (new reference). A function frame has one
 * such dict, kept on its frame object as CPython's f_locals: each call refreshes the
 * variables in it (unbound ones are removed) and keeps other keys, such as the names
 * an exec() without explicit locals stored there. */
GlObject *
GlFrame_LocalsDict(GlFrame *f)
{
    if (f->locals != NULL) {
        return Gl_NewRef(f->locals);
    }
    GlFrameObject *fo = (GlFrameObject *)GlFrame_GetFrameObject(f);
    if (fo == NULL) {
        return NULL;
    }
    if (fo->f_locals_cache == NULL && (fo->f_locals_cache = GlDict_New()) == NULL) {
        Gl_DECREF(fo);
        return NULL;
    }
    GlObject *d = Gl_NewRef(fo->f_locals_cache);
    Gl_DECREF(fo);
    GlCodeObject *co = f->code;
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        GlObject *v = f->localsplus[i];
        uint8_t kind = co->co_localspluskinds[i];
        if (v != NULL && (kind & (GL_CO_FAST_CELL | GL_CO_FAST_FREE)) && GlCell_Check(v)) {
            v = ((GlCellObject *)v)->ob_ref;   // (a cell slot not yet converted is a value)
        }
        GlObject *name = GlTuple_GET_ITEM(co->co_localsplusnames, i);
        int r = v != NULL ? GlDict_SetItem(d, name, v) : GlDict_DelItem(d, name);
        if (r < 0) {
            if (v != NULL || !GlErr_ExceptionMatches(GlExc_KeyError)) {
                Gl_DECREF(d);
                return NULL;
            }
            GlErr_Clear();
        }
    }
    return d;
}

static GlObject *
frameobj_get_locals(GlObject *op, void *closure)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    if (fo->f_frame == NULL) {
        return GlDict_New();
    }
    return GlFrame_LocalsDict(fo->f_frame);
}

static GlObject *
frameobj_get_back(GlObject *op, void *closure)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    if (fo->f_frame != NULL && !frameobj_owns(fo) && fo->f_frame->previous != NULL) {
        return GlFrame_GetFrameObject(fo->f_frame->previous);
    }
    if (fo->f_back_obj != NULL) {
        return Gl_NewRef(fo->f_back_obj);
    }
    Gl_RETURN_NONE;
}

static GlObject *
frameobj_repr(GlObject *op)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    if (fo->f_frame == NULL || fo->f_frame->code == NULL) {
        return GlStr_FromFormat("<frame at %p>", op);
    }
    GlCodeObject *co = fo->f_frame->code;
    GlObject *line = frameobj_get_lineno(op, NULL);
    if (line == NULL) {
        return NULL;
    }
    GlObject *r = GlStr_FromFormat("<frame at %p, file %R, line %S, code %U>", op,
                                   co->co_filename, line, co->co_name);
    Gl_DECREF(line);
    return r;
}

/* frame.f_trace: the local trace function or None (new reference). */
static GlObject *
frameobj_get_trace(GlObject *op, void *closure)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    return Gl_NewRef(fo->f_trace != NULL ? fo->f_trace : Gl_None);
}

static int
frameobj_set_trace(GlObject *op, GlObject *v, void *closure)
{
    GlFrameObject *fo = (GlFrameObject *)op;
    Gl_XSETREF(fo->f_trace, (v == NULL || v == Gl_None) ? NULL : Gl_NewRef(v));
    return 0;
}

static GlMemberDef frameobj_members[] = {
    {"f_trace_lines", GL_T_BOOL, offsetof(GlFrameObject, f_trace_lines), 0, NULL},
    {"f_trace_opcodes", GL_T_BOOL, offsetof(GlFrameObject, f_trace_opcodes), 0, NULL},
    {NULL, 0, 0, 0, NULL},
};

static GlGetSetDef frameobj_getset[] = {
    {"f_trace", frameobj_get_trace, frameobj_set_trace, NULL, NULL},
    {"f_lineno", frameobj_get_lineno, NULL, NULL, NULL},
    {"f_code", frameobj_get_code, NULL, NULL, NULL},
    {"f_globals", frameobj_get_globals, NULL, NULL, NULL},
    {"f_locals", frameobj_get_locals, NULL, NULL, NULL},
    {"f_back", frameobj_get_back, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

GlTypeObject GlFrame_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "frame",
    .tp_basicsize = sizeof(GlFrameObject),
    .tp_itemsize = 1,
    .tp_dealloc = frameobj_dealloc,
    .tp_repr = frameobj_repr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = frameobj_traverse,
    .tp_clear = frameobj_clear,
    .tp_getset = frameobj_getset,
    .tp_members = frameobj_members,
};

/* ---- traceback objects ---- */

int
GlTraceBack_Here(GlFrame *f, GlObject *exc)
{
    GlObject *fo = GlFrame_GetFrameObject(f);
    if (fo == NULL) {
        return -1;
    }
    GlTraceBackObject *tb = (GlTraceBackObject *)GlObject_GC_New(&GlTraceBack_Type, 0);
    if (tb == NULL) {
        Gl_DECREF(fo);
        return -1;
    }
    GlObject *old = GlException_GetTraceback(exc);
    tb->tb_next = (GlTraceBackObject *)((old != NULL && old != Gl_None) ? Gl_NewRef(old) : NULL);
    tb->tb_frame = (GlFrameObject *)fo;
    tb->tb_lasti = (int)(f->instr - f->code->co_instrs);
    tb->tb_lineno = GlFrame_GetLine(f);
    GlObject_GC_Track(tb);
    int r = GlException_SetTraceback(exc, (GlObject *)tb);
    Gl_DECREF(tb);
    return r;
}

static void
tb_dealloc(GlObject *op)
{
    GlTraceBackObject *tb = (GlTraceBackObject *)op;
    GlObject_GC_UnTrack(op);
    Gl_CLEAR(tb->tb_next);
    Gl_CLEAR(tb->tb_frame);
    GlObject_GC_Del(op);
}

static int
tb_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlTraceBackObject *tb = (GlTraceBackObject *)op;
    Gl_VISIT(tb->tb_next);
    Gl_VISIT(tb->tb_frame);
    return 0;
}

static int
tb_clear(GlObject *op)
{
    GlTraceBackObject *tb = (GlTraceBackObject *)op;
    Gl_CLEAR(tb->tb_next);
    Gl_CLEAR(tb->tb_frame);
    return 0;
}

static GlObject *
tb_get_next(GlObject *op, void *closure)
{
    GlObject *n = (GlObject *)((GlTraceBackObject *)op)->tb_next;
    return Gl_NewRef(n ? n : Gl_None);
}

static GlGetSetDef tb_getset[] = {
    {"tb_next", tb_get_next, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GlMemberDef tb_members[] = {
    {"tb_frame", GL_T_OBJECT, offsetof(GlTraceBackObject, tb_frame), GL_READONLY, NULL},
    {"tb_lasti", GL_T_INT, offsetof(GlTraceBackObject, tb_lasti), GL_READONLY, NULL},
    {"tb_lineno", GL_T_INT, offsetof(GlTraceBackObject, tb_lineno), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

GlTypeObject GlTraceBack_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "traceback",
    .tp_basicsize = sizeof(GlTraceBackObject),
    .tp_dealloc = tb_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = tb_traverse,
    .tp_clear = tb_clear,
    .tp_members = tb_members,
    .tp_getset = tb_getset,
};
