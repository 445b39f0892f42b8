/* code.c - code objects: the immutable result of compiling one scope.
 *
 * Invariants: co_instrs/co_positions have co_ninstrs entries; co_exctable entries are
 * sorted by start and do not overlap; co_localsplusnames has co_nlocalsplus str
 * items: co_nlocals plain locals (parameters first), then co_ncellvars cells, then
 * co_nfreevars free variables; co_caches holds co_ncaches VM cache entries.
 * Matches CPython 3.11's code attributes that Python code reads: co_name,
 * co_qualname, co_filename, co_firstlineno, co_argcount, co_posonlyargcount,
 * co_kwonlyargcount, co_varnames, co_cellvars, co_freevars, co_names, co_consts,
 * co_flags, co_nlocals, co_stacksize.
 */
#include "allobjects.h"
#include <stddef.h>

static void
code_dealloc(GlObject *op)
{
    GlCodeObject *co = (GlCodeObject *)op;
    if (co->co_weakreflist != NULL) {
        GlObject_ClearWeakRefs(op);
    }
    GlMem_Free(co->co_instrs);
    GlMem_Free(co->co_positions);
    GlMem_Free(co->co_exctable);
    GlMem_Free(co->co_localspluskinds);
    GlMem_Free(co->co_cell2arg);
    GlMem_Free(co->co_caches);
    Gl_XDECREF(co->co_consts);
    Gl_XDECREF(co->co_names);
    Gl_XDECREF(co->co_localsplusnames);
    Gl_XDECREF(co->co_filename);
    Gl_XDECREF(co->co_name);
    Gl_XDECREF(co->co_qualname);
    GlObject_Free(op);
}

static GlObject *
code_repr(GlObject *op)
{
    GlCodeObject *co = (GlCodeObject *)op;
    return GlStr_FromFormat("<code object %U at %p, file \"%U\", line %d>", co->co_name, op,
                            co->co_filename, co->co_firstlineno);
}

/* Tuple of the localsplus names whose kind has `kind`. New reference. */
static GlObject *
code_names_of_kind(GlCodeObject *co, int kind)
{
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return NULL;
    }
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if ((co->co_localspluskinds[i] & kind)
            && GlList_Append(list, GlTuple_GET_ITEM(co->co_localsplusnames, i)) < 0) {
            Gl_DECREF(list);
            return NULL;
        }
    }
    GlObject *t = GlList_AsTuple(list);
    Gl_DECREF(list);
    return t;
}

static GlObject *
code_get_varnames(GlObject *op, void *closure)
{
    return code_names_of_kind((GlCodeObject *)op, GL_CO_FAST_LOCAL);
}

static GlObject *
code_get_cellvars(GlObject *op, void *closure)
{
    return code_names_of_kind((GlCodeObject *)op, GL_CO_FAST_CELL);
}

static GlObject *
code_get_freevars(GlObject *op, void *closure)
{
    return code_names_of_kind((GlCodeObject *)op, GL_CO_FAST_FREE);
}

static GlGetSetDef code_getset[] = {
    {"co_varnames", code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

#define CO_OFF(f) offsetof(GlCodeObject, f)
static GlMemberDef code_members[] = {
    {"co_argcount", GL_T_INT, CO_OFF(co_argcount), GL_READONLY, NULL},
    {"co_posonlyargcount", GL_T_INT, CO_OFF(co_posonlyargcount), GL_READONLY, NULL},
    {"co_kwonlyargcount", GL_T_INT, CO_OFF(co_kwonlyargcount), GL_READONLY, NULL},
    {"co_flags", GL_T_INT, CO_OFF(co_flags), GL_READONLY, NULL},
    {"co_nlocals", GL_T_INT, CO_OFF(co_nlocals), GL_READONLY, NULL},
    {"co_stacksize", GL_T_INT, CO_OFF(co_stacksize), GL_READONLY, NULL},
    {"co_firstlineno", GL_T_INT, CO_OFF(co_firstlineno), GL_READONLY, NULL},
    {"co_consts", GL_T_OBJECT, CO_OFF(co_consts), GL_READONLY, NULL},
    {"co_names", GL_T_OBJECT, CO_OFF(co_names), GL_READONLY, NULL},
    {"co_filename", GL_T_OBJECT, CO_OFF(co_filename), GL_READONLY, NULL},
    {"co_name", GL_T_OBJECT, CO_OFF(co_name), GL_READONLY, NULL},
    {"co_qualname", GL_T_OBJECT, CO_OFF(co_qualname), GL_READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

GlTypeObject GlCode_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "code",
    .tp_basicsize = sizeof(GlCodeObject),
    .tp_dealloc = code_dealloc,
    .tp_repr = code_repr,
    .tp_flags = GL_TPFLAGS_DEFAULT,
    .tp_weaklistoffset = offsetof(GlCodeObject, co_weakreflist),
    .tp_members = code_members,
    .tp_getset = code_getset,
};
