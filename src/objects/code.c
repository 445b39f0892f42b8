/* code.c - code objects: the immutable result of compiling one scope.
 *
 * Invariants: co_instrs/co_positions have co_ninstrs entries; co_exctable entries are
 * sorted by start and do not overlap; co_localsplusnames has co_nlocalsplus str
 * items: co_nlocals plain locals (parameters first), then co_ncellvars cells, then
 * co_nfreevars free variables; co_caches holds co_ncaches VM cache entries.
 * Matches CPython 3.11's code attributes that Python code reads: co_name,
 * co_qualname, co_filename, co_firstlineno, co_argcount, co_posonlyargcount,
 * co_kwonlyargcount, co_varnames, co_cellvars, co_freevars, co_names, co_consts,
 * co_flags, co_nlocals, co_stacksize; co_code, co_lnotab, co_lines() and
 * co_positions() describe Glass's own bytecode (4-byte instruction words).
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

/* co_code: Glass's own bytecode, 4 bytes per instruction word (opcode | arg << 8,
 * little-endian), cache words included. New reference. */
static GlObject *
code_get_code(GlObject *op, void *closure)
{
    GlCodeObject *co = (GlCodeObject *)op;
    GlObject *b = GlBytes_FromStringAndSize(NULL, (Gl_ssize_t)co->co_ninstrs * 4);
    if (b == NULL) {
        return NULL;
    }
    unsigned char *out = (unsigned char *)GlBytes_AS_STRING(b);
    for (int i = 0; i < co->co_ninstrs; i++) {
        uint32_t w = co->co_instrs[i];
        out[4 * i] = (unsigned char)w;
        out[4 * i + 1] = (unsigned char)(w >> 8);
        out[4 * i + 2] = (unsigned char)(w >> 16);
        out[4 * i + 3] = (unsigned char)(w >> 24);
    }
    return b;
}

/* Line of instruction i, or -1 for an instruction without one. */
static int
code_line_at(GlCodeObject *co, int i)
{
    return co->co_positions != NULL ? co->co_positions[i].lineno : -1;
}

/* co_lnotab (deprecated in 3.11, still present): pairs (bytecode offset increment,
 * line increment) at each line change, increments split into signed-byte steps as
 * CPython lays them out. New reference. */
static GlObject *
code_get_lnotab(GlObject *op, void *closure)
{
    GlCodeObject *co = (GlCodeObject *)op;
    unsigned char *buf = NULL;
    Gl_ssize_t n = 0, cap = 0;
    int prev_off = 0, prev_line = co->co_firstlineno;
    for (int i = 0; i < co->co_ninstrs; i++) {
        int line = code_line_at(co, i);
        if (line < 0 || line == prev_line) {
            continue;
        }
        int doff = (i * 4) - prev_off, dline = line - prev_line;
        while (doff > 0 || dline != 0) {
            int o = doff > 255 ? 255 : doff;
            int l = o == doff ? (dline > 127 ? 127 : dline < -128 ? -128 : dline) : 0;
            if (n + 2 > cap) {
                cap = cap ? cap * 2 : 64;
                unsigned char *nb = GlMem_Realloc(buf, (size_t)cap);
                if (nb == NULL) {
                    GlMem_Free(buf);
                    return GlErr_NoMemory();
                }
                buf = nb;
            }
            buf[n++] = (unsigned char)o;
            buf[n++] = (unsigned char)(signed char)l;
            doff -= o;
            dline -= l;
        }
        prev_off = i * 4;
        prev_line = line;
    }
    GlObject *b = GlBytes_FromStringAndSize((const char *)buf, n);
    GlMem_Free(buf);
    return b;
}

static GlGetSetDef code_getset[] = {
    {"co_code", code_get_code, NULL, NULL, NULL},
    {"co_lnotab", code_get_lnotab, NULL, NULL, NULL},
    {"co_varnames", code_get_varnames, NULL, NULL, NULL},
    {"co_cellvars", code_get_cellvars, NULL, NULL, NULL},
    {"co_freevars", code_get_freevars, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* co_lines(): an iterator of (start, end, line) over byte offsets of co_code: each
 * run of instructions with the same line (None when it has none), contiguous from 0
 * to len(co_code). New reference. */
static GlObject *
code_co_lines(GlObject *op, GlObject *unused)
{
    GlCodeObject *co = (GlCodeObject *)op;
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return NULL;
    }
    int start = 0;
    for (int i = 1; i <= co->co_ninstrs; i++) {
        if (i < co->co_ninstrs && code_line_at(co, i) == code_line_at(co, start)) {
            continue;
        }
        int line = code_line_at(co, start);
        GlObject *t = GlTuple_New(3);
        if (t != NULL) {
            GlTuple_SET_ITEM(t, 0, GlInt_FromLong(start * 4));
            GlTuple_SET_ITEM(t, 1, GlInt_FromLong(i * 4));
            GlTuple_SET_ITEM(t, 2, line < 0 ? Gl_NewRef(Gl_None) : GlInt_FromLong(line));
            if (GlTuple_GET_ITEM(t, 0) == NULL || GlTuple_GET_ITEM(t, 1) == NULL
                || GlTuple_GET_ITEM(t, 2) == NULL) {
                Gl_CLEAR(t);   // tuple_dealloc skips NULL items
            }
        }
        if (t == NULL || GlList_Append(list, t) < 0) {
            Gl_XDECREF(t);
            Gl_DECREF(list);
            return NULL;
        }
        Gl_DECREF(t);
        start = i;
    }
    GlObject *it = GlObject_GetIter(list);
    Gl_DECREF(list);
    return it;
}

/* co_positions(): (lineno, end_lineno, col, end_col) for each 2-byte unit of co_code
 * as CPython (so an instruction word's span appears twice); None for what is
 * unknown. New reference. */
static GlObject *
code_co_positions(GlObject *op, GlObject *unused)
{
    GlCodeObject *co = (GlCodeObject *)op;
    GlObject *list = GlList_New(0);
    if (list == NULL) {
        return NULL;
    }
    for (int i = 0; i < co->co_ninstrs; i++) {
        GlCodePos none = {-1, -1, -1, -1};
        const GlCodePos *p = co->co_positions != NULL ? &co->co_positions[i] : &none;
        int v[4] = {p->lineno, p->end_lineno, p->col, p->end_col};
        GlObject *t = GlTuple_New(4);
        if (t == NULL) {
            Gl_DECREF(list);
            return NULL;
        }
        for (int k = 0; k < 4; k++) {
            GlObject *x = v[k] < 0 ? Gl_NewRef(Gl_None) : GlInt_FromLong(v[k]);
            if (x == NULL) {
                Gl_DECREF(t);
                Gl_DECREF(list);
                return NULL;
            }
            GlTuple_SET_ITEM(t, k, x);
        }
        int r = GlList_Append(list, t) < 0 || GlList_Append(list, t) < 0;
        Gl_DECREF(t);
        if (r) {
            Gl_DECREF(list);
            return NULL;
        }
    }
    GlObject *it = GlObject_GetIter(list);
    Gl_DECREF(list);
    return it;
}

static GlMethodDef code_methods[] = {
    {"co_lines", GL_FN(code_co_lines), GL_METH_NOARGS, NULL},
    {"co_positions", GL_FN(code_co_positions), GL_METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
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
    .tp_methods = code_methods,
};
