/* exceptions.c - BaseException, the exception types with BaseException's layout
 * (most of the hierarchy), KeyError, and the GlException_* / GlExc_* C API.
 * The types with extra fields (StopIteration, SystemExit, ImportError, OSError,
 * SyntaxError, AttributeError, NameError, Unicode*Error) are in exceptions_sub.c.
 *
 * Invariants:
 * - args is always an owned tuple once __new__ returned; traceback, context and
 *   cause are NULL (reads as None) or owned; a traceback is a traceback object,
 *   context and cause are exception instances.
 * - Every exception instance has a __dict__ slot at tp_dictoffset (created on
 *   first use), so heap subclasses store attributes there; __notes__ lives in it
 *   (CPython 3.11's add_note).
 * - GlExc_<Name> points at the static type Gl<Name>_Type (valid before start-up).
 *
 * CPython behaviour matched (Objects/exceptions.c): str is '' / str(arg) /
 * str(args); repr "ValueError('x')" / "ValueError(1, 2)" / "ValueError()"; the
 * setters' messages; setting __cause__ sets __suppress_context__; KeyError's str is
 * the repr of its single argument; __reduce__ is (type, args[, dict]).
 */
#include "exceptions_int.h"
#include "../vm/traceback.h"

/* ---- BaseException slots ---- */

GlObject *
GlExcBase_New(GlTypeObject *type, GlObject *args, GlObject *kwds) GL_NEWREF
{
    GlBaseExceptionObject *self = (GlBaseExceptionObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    if (args != NULL) {
        self->args = Gl_NewRef(args);
    }
    else {
        self->args = GlTuple_New(0);
        if (self->args == NULL) {
            Gl_DECREF(self);
            return NULL;
        }
    }
    return (GlObject *)self;
}

void
GlExcBase_SetArgs(GlObject *self, GlObject *args)
{
    Gl_XSETREF(((GlBaseExceptionObject *)self)->args, Gl_NewRef(args));
}

int
GlExcBase_Init(GlObject *self, GlObject *args, GlObject *kwds)
{
    if (kwds != NULL && GlDict_Check(kwds) && GlDict_GET_SIZE(kwds) != 0) {
        GlErr_Format(GlExc_TypeError, "%s() takes no keyword arguments", Gl_TYPE(self)->tp_name);
        return -1;
    }
    if (args != NULL) {
        GlExcBase_SetArgs(self, args);
    }
    return 0;
}

int
GlExcBase_Clear(GlObject *op)
{
    GlBaseExceptionObject *self = (GlBaseExceptionObject *)op;
    Gl_CLEAR(self->dict);
    Gl_CLEAR(self->args);
    Gl_CLEAR(self->notes);
    Gl_CLEAR(self->traceback);
    Gl_CLEAR(self->cause);
    Gl_CLEAR(self->context);
    return 0;
}

void
GlExcBase_Dealloc(GlObject *self)
{
    GlObject_GC_UnTrack(self);
    GlExcBase_Clear(self);
    Gl_TYPE(self)->tp_free(self);
}

int
GlExcBase_Traverse(GlObject *op, visitproc visit, void *arg)
{
    GlBaseExceptionObject *self = (GlBaseExceptionObject *)op;
    Gl_VISIT(self->dict);
    Gl_VISIT(self->args);
    Gl_VISIT(self->notes);
    Gl_VISIT(self->traceback);
    Gl_VISIT(self->cause);
    Gl_VISIT(self->context);
    return 0;
}

GlObject *
GlExcBase_Str(GlObject *op) GL_NEWREF
{
    GlObject *args = ((GlBaseExceptionObject *)op)->args;
    Gl_ssize_t n = args == NULL ? 0 : GlTuple_GET_SIZE(args);
    if (n == 0) {
        return GlStr_FromString("");
    }
    if (n == 1) {
        return GlObject_Str(GlTuple_GET_ITEM(args, 0));
    }
    return GlObject_Str(args);
}

static const char *
exc_short_name(GlObject *self)
{
    const char *name = Gl_TYPE(self)->tp_name;
    const char *dot = strrchr(name, '.');
    return dot != NULL ? dot + 1 : name;
}

static GlObject *
BaseException_repr(GlObject *op)
{
    GlObject *args = ((GlBaseExceptionObject *)op)->args;
    const char *name = exc_short_name(op);
    if (args != NULL && GlTuple_GET_SIZE(args) == 1) {
        return GlStr_FromFormat("%s(%R)", name, GlTuple_GET_ITEM(args, 0));
    }
    if (args == NULL) {
        return GlStr_FromFormat("%s()", name);
    }
    return GlStr_FromFormat("%s%R", name, args);
}

/* ---- BaseException methods ---- */

static GlObject *
BaseException_reduce(GlObject *op, GlObject *unused)
{
    GlBaseExceptionObject *self = (GlBaseExceptionObject *)op;
    GlObject *args = self->args != NULL ? self->args : Gl_None;
    if (self->args != NULL && self->dict != NULL) {
        return GlTuple_Pack(3, (GlObject *)Gl_TYPE(op), args, self->dict);
    }
    return GlTuple_Pack(2, (GlObject *)Gl_TYPE(op), args);
}

static GlObject *
BaseException_setstate(GlObject *self, GlObject *state)
{
    if (state != Gl_None) {
        if (!GlDict_Check(state)) {
            return GlErr_SetString(GlExc_TypeError, "state is not a dictionary");
        }
        Gl_ssize_t pos = 0;
        GlObject *key, *value;
        while (GlDict_Next(state, &pos, &key, &value)) {
            Gl_INCREF(key);
            Gl_INCREF(value);
            int r = GlObject_SetAttr(self, key, value);
            Gl_DECREF(key);
            Gl_DECREF(value);
            if (r < 0) {
                return NULL;
            }
        }
    }
    Gl_RETURN_NONE;
}

static GlObject *
BaseException_with_traceback(GlObject *self, GlObject *tb)
{
    if (GlException_SetTraceback(self, tb) < 0) {
        return NULL;
    }
    return Gl_NewRef(self);
}

static GlObject *
BaseException_add_note(GlObject *self, GlObject *note)
{
    if (!GlStr_Check(note)) {
        return GlErr_Format(GlExc_TypeError, "note must be a str, not '%s'",
                            Gl_TYPE(note)->tp_name);
    }
    GlObject *notes;
    int r = GlObject_LookupAttr(self, GL_ID(__notes__), &notes);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        notes = GlList_New(0);
        if (notes == NULL) {
            return NULL;
        }
        if (GlObject_SetAttr(self, GL_ID(__notes__), notes) < 0) {
            Gl_DECREF(notes);
            return NULL;
        }
    }
    if (!GlList_Check(notes)) {
        Gl_DECREF(notes);
        return GlErr_SetString(GlExc_TypeError, "Cannot add note: __notes__ is not a list");
    }
    r = GlList_Append(notes, note);
    Gl_DECREF(notes);
    if (r < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlMethodDef BaseException_methods[] = {
    {"__reduce__", GL_FN(BaseException_reduce), GL_METH_NOARGS, NULL},
    {"__setstate__", GL_FN(BaseException_setstate), GL_METH_O, NULL},
    {"with_traceback", GL_FN(BaseException_with_traceback), GL_METH_O,
     "Exception.with_traceback(tb) --\n    set self.__traceback__ to tb and return self."},
    {"add_note", GL_FN(BaseException_add_note), GL_METH_O,
     "Exception.add_note(note) --\n    add a note to the exception"},
    {NULL, NULL, 0, NULL},
};

/* ---- BaseException getset ---- */

static GlObject *
BaseException_get_dict(GlObject *op, void *closure)
{
    GlBaseExceptionObject *self = (GlBaseExceptionObject *)op;
    if (self->dict == NULL) {
        self->dict = GlDict_New();
        if (self->dict == NULL) {
            return NULL;
        }
    }
    return Gl_NewRef(self->dict);
}

static int
BaseException_set_dict(GlObject *op, GlObject *value, void *closure)
{
    GlBaseExceptionObject *self = (GlBaseExceptionObject *)op;
    if (value == NULL) {
        GlErr_SetString(GlExc_TypeError, "cannot delete __dict__");
        return -1;
    }
    if (!GlDict_Check(value)) {
        GlErr_Format(GlExc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                     Gl_TYPE(value)->tp_name);
        return -1;
    }
    Gl_XSETREF(self->dict, Gl_NewRef(value));
    return 0;
}

static GlObject *
BaseException_get_args(GlObject *op, void *closure)
{
    GlObject *args = ((GlBaseExceptionObject *)op)->args;
    return Gl_NewRef(args != NULL ? args : Gl_None);
}

static int
BaseException_set_args(GlObject *op, GlObject *value, void *closure)
{
    if (value == NULL) {
        GlErr_SetString(GlExc_TypeError, "args may not be deleted");
        return -1;
    }
    GlObject *seq = GlSequence_Tuple(value);
    if (seq == NULL) {
        return -1;
    }
    Gl_XSETREF(((GlBaseExceptionObject *)op)->args, seq);
    return 0;
}

static GlObject *
BaseException_get_tb(GlObject *op, void *closure)
{
    GlObject *tb = ((GlBaseExceptionObject *)op)->traceback;
    return Gl_NewRef(tb != NULL ? tb : Gl_None);
}

static int
BaseException_set_tb(GlObject *op, GlObject *value, void *closure)
{
    if (value == NULL) {
        GlErr_SetString(GlExc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    return GlException_SetTraceback(op, value);
}

static GlObject *
BaseException_get_context(GlObject *op, void *closure)
{
    GlObject *c = ((GlBaseExceptionObject *)op)->context;
    return Gl_NewRef(c != NULL ? c : Gl_None);
}

static int
BaseException_set_context(GlObject *op, GlObject *value, void *closure)
{
    if (value == NULL) {
        GlErr_SetString(GlExc_TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value == Gl_None) {
        value = NULL;
    }
    else if (!GlExceptionInstance_Check(value)) {
        GlErr_SetString(GlExc_TypeError,
                        "exception context must be None or derive from BaseException");
        return -1;
    }
    Gl_XSETREF(((GlBaseExceptionObject *)op)->context, Gl_XNewRef(value));
    return 0;
}

static GlObject *
BaseException_get_cause(GlObject *op, void *closure)
{
    GlObject *c = ((GlBaseExceptionObject *)op)->cause;
    return Gl_NewRef(c != NULL ? c : Gl_None);
}

static int
BaseException_set_cause(GlObject *op, GlObject *value, void *closure)
{
    if (value == NULL) {
        GlErr_SetString(GlExc_TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (value == Gl_None) {
        value = NULL;
    }
    else if (!GlExceptionInstance_Check(value)) {
        GlErr_SetString(GlExc_TypeError,
                        "exception cause must be None or derive from BaseException");
        return -1;
    }
    GlException_SetCause(op, Gl_XNewRef(value));
    return 0;
}

static GlGetSetDef BaseException_getset[] = {
    {"__dict__", BaseException_get_dict, BaseException_set_dict, NULL, NULL},
    {"args", BaseException_get_args, BaseException_set_args, NULL, NULL},
    {"__traceback__", BaseException_get_tb, BaseException_set_tb, NULL, NULL},
    {"__context__", BaseException_get_context, BaseException_set_context,
     "exception context", NULL},
    {"__cause__", BaseException_get_cause, BaseException_set_cause, "exception cause", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static GlMemberDef BaseException_members[] = {
    {"__suppress_context__", GL_T_BOOL, offsetof(GlBaseExceptionObject, suppress_context), 0,
     NULL},
    {NULL, 0, 0, 0, NULL},
};

GlTypeObject GlBaseException_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "BaseException",
    .tp_basicsize = sizeof(GlBaseExceptionObject),
    .tp_dealloc = GlExcBase_Dealloc,
    .tp_repr = BaseException_repr,
    .tp_str = GlExcBase_Str,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_EXC_FLAGS,
    .tp_doc = "Common base class for all exceptions",
    .tp_traverse = GlExcBase_Traverse,
    .tp_clear = GlExcBase_Clear,
    .tp_methods = BaseException_methods,
    .tp_members = BaseException_members,
    .tp_getset = BaseException_getset,
    .tp_base = &GlBaseObject_Type,
    .tp_dictoffset = offsetof(GlBaseExceptionObject, dict),
    .tp_init = GlExcBase_Init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = GlExcBase_New,
    .tp_free = GlObject_GC_Del,
};

/* ---- KeyError ---- */

static GlObject *
KeyError_str(GlObject *op)
{
    /* The repr of a single argument, so that KeyError('') shows as ''. */
    GlObject *args = ((GlBaseExceptionObject *)op)->args;
    if (args != NULL && GlTuple_GET_SIZE(args) == 1) {
        return GlObject_Repr(GlTuple_GET_ITEM(args, 0));
    }
    return GlExcBase_Str(op);
}

GlTypeObject GlKeyError_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "KeyError",
    .tp_basicsize = sizeof(GlBaseExceptionObject),
    .tp_dealloc = GlExcBase_Dealloc,
    .tp_str = KeyError_str,
    .tp_flags = GL_EXC_FLAGS,
    .tp_doc = "Mapping key not found.",
    .tp_traverse = GlExcBase_Traverse,
    .tp_clear = GlExcBase_Clear,
    .tp_base = &GlLookupError_Type,
    .tp_dictoffset = offsetof(GlBaseExceptionObject, dict),
    .tp_init = GlExcBase_Init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_free = GlObject_GC_Del,
};

/* ---- the simple types ---- */

GL_SIMPLE_EXC(Exception, BaseException, "Common base class for all non-exit exceptions.")
GL_SIMPLE_EXC(TypeError, Exception, "Inappropriate argument type.")
GL_SIMPLE_EXC(StopAsyncIteration, Exception, "Signal the end from iterator.__anext__().")
GL_SIMPLE_EXC(GeneratorExit, BaseException, "Request that a generator exit.")
GL_SIMPLE_EXC(KeyboardInterrupt, BaseException, "Program interrupted by user.")
GL_SIMPLE_EXC(EOFError, Exception, "Read beyond end of file.")
GL_SIMPLE_EXC(RuntimeError, Exception, "Unspecified run-time error.")
GL_SIMPLE_EXC(RecursionError, RuntimeError, "Recursion limit exceeded.")
GL_SIMPLE_EXC(NotImplementedError, RuntimeError,
              "Method or function hasn't been implemented yet.")
GL_SIMPLE_EXC(LookupError, Exception, "Base class for lookup errors.")
GL_SIMPLE_EXC(IndexError, LookupError, "Sequence index out of range.")
GL_SIMPLE_EXC(ValueError, Exception, "Inappropriate argument value (of correct type).")
GL_SIMPLE_EXC(UnicodeError, ValueError, "Unicode related error.")
GL_SIMPLE_EXC(AssertionError, Exception, "Assertion failed.")
GL_SIMPLE_EXC(ArithmeticError, Exception, "Base class for arithmetic errors.")
GL_SIMPLE_EXC(FloatingPointError, ArithmeticError, "Floating point operation failed.")
GL_SIMPLE_EXC(OverflowError, ArithmeticError, "Result too large to be represented.")
GL_SIMPLE_EXC(ZeroDivisionError, ArithmeticError,
              "Second argument to a division or modulo operation was zero.")
GL_SIMPLE_EXC(SystemError, Exception,
              "Internal error in the Python interpreter.\n\n"
              "Please report this to the Python maintainer, along with the traceback,\n"
              "the Python version, and the hardware/OS platform and version.")
GL_SIMPLE_EXC(ReferenceError, Exception, "Weak ref proxy used after referent went away.")
GL_SIMPLE_EXC(MemoryError, Exception, "Out of memory.")
GL_SIMPLE_EXC(BufferError, Exception, "Buffer error.")
GL_SIMPLE_EXC(Warning, Exception, "Base class for warning categories.")
GL_SIMPLE_EXC(UserWarning, Warning, "Base class for warnings generated by user code.")
GL_SIMPLE_EXC(DeprecationWarning, Warning,
              "Base class for warnings about deprecated features.")
GL_SIMPLE_EXC(PendingDeprecationWarning, Warning,
              "Base class for warnings about features which will be deprecated\n"
              "in the future.")
GL_SIMPLE_EXC(SyntaxWarning, Warning, "Base class for warnings about dubious syntax.")
GL_SIMPLE_EXC(RuntimeWarning, Warning,
              "Base class for warnings about dubious runtime behavior.")
GL_SIMPLE_EXC(FutureWarning, Warning,
              "Base class for warnings about constructs that will change semantically\n"
              "in the future.")
GL_SIMPLE_EXC(ImportWarning, Warning,
              "Base class for warnings about probable mistakes in module imports")
GL_SIMPLE_EXC(UnicodeWarning, Warning,
              "Base class for warnings about Unicode related problems, mostly\n"
              "related to conversion problems.")
GL_SIMPLE_EXC(BytesWarning, Warning,
              "Base class for warnings about bytes and buffer related problems, mostly\n"
              "related to conversion from str or comparing to str.")
GL_SIMPLE_EXC(ResourceWarning, Warning, "Base class for warnings about resource usage.")
GL_SIMPLE_EXC(EncodingWarning, Warning, "Base class for warnings about encodings.")

/* ---- the GlExc_<Name> pointers ---- */

#define GL_EXC_DEF(name) GlObject *GlExc_##name = (GlObject *)&Gl##name##_Type;
GL_EXC_LIST(GL_EXC_DEF)
#undef GL_EXC_DEF

/* ---- C API ---- */

GlObject *
GlException_GetTraceback(GlObject *exc) GL_BORROWED
{
    return ((GlBaseExceptionObject *)exc)->traceback;
}

int
GlException_SetTraceback(GlObject *exc, GlObject *tb)
{
    if (tb == NULL || tb == Gl_None) {
        Gl_CLEAR(((GlBaseExceptionObject *)exc)->traceback);
        return 0;
    }
    if (!Gl_IS_TYPE(tb, &GlTraceBack_Type)) {
        GlErr_SetString(GlExc_TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    Gl_XSETREF(((GlBaseExceptionObject *)exc)->traceback, Gl_NewRef(tb));
    return 0;
}

GlObject *
GlException_GetContext(GlObject *exc) GL_BORROWED
{
    return ((GlBaseExceptionObject *)exc)->context;
}

void
GlException_SetContext(GlObject *exc, GlObject *ctx GL_STEALS)
{
    if (ctx == Gl_None) {
        Gl_DECREF(ctx);
        ctx = NULL;
    }
    Gl_XSETREF(((GlBaseExceptionObject *)exc)->context, ctx);
}

GlObject *
GlException_GetCause(GlObject *exc) GL_BORROWED
{
    return ((GlBaseExceptionObject *)exc)->cause;
}

void
GlException_SetCause(GlObject *exc, GlObject *cause GL_STEALS)
{
    if (cause == Gl_None) {
        Gl_DECREF(cause);
        cause = NULL;
    }
    ((GlBaseExceptionObject *)exc)->suppress_context = 1;
    Gl_XSETREF(((GlBaseExceptionObject *)exc)->cause, cause);
}

GlObject *
GlException_GetArgs(GlObject *exc) GL_BORROWED
{
    return ((GlBaseExceptionObject *)exc)->args;
}

GlObject *
GlErr_SetStopIterationValue(GlObject *value)
{
    GlObject *exc = GlObject_CallOneArg(GlExc_StopIteration, value);
    if (exc == NULL) {
        return NULL;
    }
    GlErr_SetObject(GlExc_StopIteration, exc);
    Gl_DECREF(exc);
    return NULL;
}

int
GlExc_Init(void)
{
    if (GlExcGroup_Init() < 0) {
        return -1;
    }
    if (gl_tstate.memerror == NULL) {
        gl_tstate.memerror = GlObject_CallNoArgs(GlExc_MemoryError);
        if (gl_tstate.memerror == NULL) {
            return -1;
        }
    }
    return 0;
}
