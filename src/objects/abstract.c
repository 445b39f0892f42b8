/* abstract.c - the number, sequence, mapping and iterator protocols on any object:
 * binary/unary/in-place operators with CPython's dispatch, int()/float()/__index__
 * conversions, iter()/next(), `in`, and the sequence helpers.
 *
 * Invariants:
 * - Binary operators follow CPython's binary_op1: the left type's slot, then the
 *   right type's slot when it differs, the right one first when its type is a proper
 *   subclass of the left's; then the sequence fallbacks (sq_concat / sq_repeat) for
 *   + and *; in-place operators try the nb_inplace_* slot first.
 * - GlIter_Next returns NULL without an exception at exhaustion (StopIteration raised
 *   by a tp_iternext is cleared).
 * Every function here can run Python code (dunder methods).
 */
#include "allobjects.h"

#define NB_OFF(f) ((Gl_ssize_t)offsetof(GlNumberMethods, f))

static inline binaryfunc
nb_binop(GlTypeObject *tp, Gl_ssize_t off)
{
    GlNumberMethods *nb = tp->tp_as_number;
    return nb == NULL ? NULL : *(binaryfunc *)((char *)nb + off);
}

static GlObject *
binary_op1(GlObject *v, GlObject *w, Gl_ssize_t off)
{
    GlTypeObject *vt = Gl_TYPE(v), *wt = Gl_TYPE(w);
    binaryfunc slotv = nb_binop(vt, off), slotw = NULL;
    if (wt != vt) {
        slotw = nb_binop(wt, off);
        if (slotw == slotv) {
            slotw = NULL;
        }
    }
    GlObject *x;
    if (slotv != NULL) {
        if (slotw != NULL && GlType_IsSubtype(wt, vt)) {
            x = slotw(v, w);
            if (x != Gl_NotImplemented) {
                return x;
            }
            Gl_DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w);
        if (x != Gl_NotImplemented) {
            return x;
        }
        Gl_DECREF(x);
    }
    if (slotw != NULL) {
        x = slotw(v, w);
        if (x != Gl_NotImplemented) {
            return x;
        }
        Gl_DECREF(x);
    }
    Gl_RETURN_NOTIMPLEMENTED;
}

static GlObject *
binop_type_error(GlObject *v, GlObject *w, const char *op_name)
{
    return GlErr_Format(GlExc_TypeError,
                        "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'", op_name,
                        Gl_TYPE(v)->tp_name, Gl_TYPE(w)->tp_name);
}

static GlObject *
binary_op(GlObject *v, GlObject *w, Gl_ssize_t off, const char *op_name)
{
    GlObject *result = binary_op1(v, w, off);
    if (result == Gl_NotImplemented) {
        Gl_DECREF(result);
        return binop_type_error(v, w, op_name);
    }
    return result;
}

static GlObject *
binary_iop1(GlObject *v, GlObject *w, Gl_ssize_t iop, Gl_ssize_t op)
{
    binaryfunc slot = nb_binop(Gl_TYPE(v), iop);
    if (slot != NULL) {
        GlObject *x = slot(v, w);
        if (x != Gl_NotImplemented) {
            return x;
        }
        Gl_DECREF(x);
    }
    return binary_op1(v, w, op);
}

static GlObject *
binary_iop(GlObject *v, GlObject *w, Gl_ssize_t iop, Gl_ssize_t op, const char *op_name)
{
    GlObject *result = binary_iop1(v, w, iop, op);
    if (result == Gl_NotImplemented) {
        Gl_DECREF(result);
        return binop_type_error(v, w, op_name);
    }
    return result;
}

static inline ternaryfunc
nb_ternop(GlTypeObject *tp, Gl_ssize_t off)
{
    GlNumberMethods *nb = tp->tp_as_number;
    return nb == NULL ? NULL : *(ternaryfunc *)((char *)nb + off);
}

static GlObject *
ternary_op(GlObject *v, GlObject *w, GlObject *z, Gl_ssize_t off, const char *op_name)
{
    GlTypeObject *vt = Gl_TYPE(v), *wt = Gl_TYPE(w);
    ternaryfunc slotv = nb_ternop(vt, off), slotw = NULL;
    if (wt != vt) {
        slotw = nb_ternop(wt, off);
        if (slotw == slotv) {
            slotw = NULL;
        }
    }
    GlObject *x;
    if (slotv != NULL) {
        if (slotw != NULL && GlType_IsSubtype(wt, vt)) {
            x = slotw(v, w, z);
            if (x != Gl_NotImplemented) {
                return x;
            }
            Gl_DECREF(x);
            slotw = NULL;
        }
        x = slotv(v, w, z);
        if (x != Gl_NotImplemented) {
            return x;
        }
        Gl_DECREF(x);
    }
    if (slotw != NULL) {
        x = slotw(v, w, z);
        if (x != Gl_NotImplemented) {
            return x;
        }
        Gl_DECREF(x);
    }
    ternaryfunc slotz = nb_ternop(Gl_TYPE(z), off);
    if (slotz != NULL && slotz != slotv && slotz != slotw) {
        x = slotz(v, w, z);
        if (x != Gl_NotImplemented) {
            return x;
        }
        Gl_DECREF(x);
    }
    if (z == Gl_None) {
        return GlErr_Format(GlExc_TypeError,
                            "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'",
                            op_name, vt->tp_name, wt->tp_name);
    }
    return GlErr_Format(GlExc_TypeError,
                        "unsupported operand type(s) for %.100s: '%.100s', '%.100s', '%.100s'",
                        op_name, vt->tp_name, wt->tp_name, Gl_TYPE(z)->tp_name);
}

#define BINARY_FUNC(func, slot, name)                     \
    GlObject *func(GlObject *v, GlObject *w)              \
    {                                                     \
        return binary_op(v, w, NB_OFF(slot), name);       \
    }

BINARY_FUNC(GlNumber_Or, nb_or, "|")
BINARY_FUNC(GlNumber_Xor, nb_xor, "^")
BINARY_FUNC(GlNumber_And, nb_and, "&")
BINARY_FUNC(GlNumber_Lshift, nb_lshift, "<<")
BINARY_FUNC(GlNumber_Rshift, nb_rshift, ">>")
BINARY_FUNC(GlNumber_Subtract, nb_subtract, "-")
BINARY_FUNC(GlNumber_Divmod, nb_divmod, "divmod()")
BINARY_FUNC(GlNumber_MatrixMultiply, nb_matrix_multiply, "@")
BINARY_FUNC(GlNumber_FloorDivide, nb_floor_divide, "//")
BINARY_FUNC(GlNumber_TrueDivide, nb_true_divide, "/")
BINARY_FUNC(GlNumber_Remainder, nb_remainder, "%")

GlObject *
GlNumber_Add(GlObject *v, GlObject *w)
{
    GlObject *result = binary_op1(v, w, NB_OFF(nb_add));
    if (result != Gl_NotImplemented) {
        return result;
    }
    Gl_DECREF(result);
    GlSequenceMethods *m = Gl_TYPE(v)->tp_as_sequence;
    if (m != NULL && m->sq_concat != NULL) {
        return m->sq_concat(v, w);
    }
    return binop_type_error(v, w, "+");
}

static GlObject *
sequence_repeat(ssizeargfunc repeatfunc, GlObject *seq, GlObject *n)
{
    if (!GlIndex_Check(n)) {
        return GlErr_Format(GlExc_TypeError, "can't multiply sequence by non-int of type '%.200s'",
                            Gl_TYPE(n)->tp_name);
    }
    Gl_ssize_t count = GlNumber_AsSsize_t(n, GlExc_OverflowError);
    if (count == -1 && GlErr_Occurred()) {
        return NULL;
    }
    return repeatfunc(seq, count);
}

GlObject *
GlNumber_Multiply(GlObject *v, GlObject *w)
{
    GlObject *result = binary_op1(v, w, NB_OFF(nb_multiply));
    if (result != Gl_NotImplemented) {
        return result;
    }
    Gl_DECREF(result);
    GlSequenceMethods *mv = Gl_TYPE(v)->tp_as_sequence, *mw = Gl_TYPE(w)->tp_as_sequence;
    if (mv != NULL && mv->sq_repeat != NULL) {
        return sequence_repeat(mv->sq_repeat, v, w);
    }
    if (mw != NULL && mw->sq_repeat != NULL) {
        return sequence_repeat(mw->sq_repeat, w, v);
    }
    return binop_type_error(v, w, "*");
}

GlObject *
GlNumber_Power(GlObject *v, GlObject *w, GlObject *z)
{
    return ternary_op(v, w, z == NULL ? Gl_None : z, NB_OFF(nb_power), "** or pow()");
}

#define INPLACE_FUNC(func, iop, op, name)                              \
    GlObject *func(GlObject *v, GlObject *w)                           \
    {                                                                  \
        return binary_iop(v, w, NB_OFF(iop), NB_OFF(op), name);        \
    }

INPLACE_FUNC(GlNumber_InPlaceOr, nb_inplace_or, nb_or, "|=")
INPLACE_FUNC(GlNumber_InPlaceXor, nb_inplace_xor, nb_xor, "^=")
INPLACE_FUNC(GlNumber_InPlaceAnd, nb_inplace_and, nb_and, "&=")
INPLACE_FUNC(GlNumber_InPlaceLshift, nb_inplace_lshift, nb_lshift, "<<=")
INPLACE_FUNC(GlNumber_InPlaceRshift, nb_inplace_rshift, nb_rshift, ">>=")
INPLACE_FUNC(GlNumber_InPlaceSubtract, nb_inplace_subtract, nb_subtract, "-=")
INPLACE_FUNC(GlNumber_InPlaceMatrixMultiply, nb_inplace_matrix_multiply, nb_matrix_multiply, "@=")
INPLACE_FUNC(GlNumber_InPlaceFloorDivide, nb_inplace_floor_divide, nb_floor_divide, "//=")
INPLACE_FUNC(GlNumber_InPlaceTrueDivide, nb_inplace_true_divide, nb_true_divide, "/=")
INPLACE_FUNC(GlNumber_InPlaceRemainder, nb_inplace_remainder, nb_remainder, "%=")

GlObject *
GlNumber_InPlaceAdd(GlObject *v, GlObject *w)
{
    GlObject *result = binary_iop1(v, w, NB_OFF(nb_inplace_add), NB_OFF(nb_add));
    if (result != Gl_NotImplemented) {
        return result;
    }
    Gl_DECREF(result);
    GlSequenceMethods *m = Gl_TYPE(v)->tp_as_sequence;
    if (m != NULL) {
        binaryfunc func = m->sq_inplace_concat != NULL ? m->sq_inplace_concat : m->sq_concat;
        if (func != NULL) {
            return func(v, w);
        }
    }
    return binop_type_error(v, w, "+=");
}

GlObject *
GlNumber_InPlaceMultiply(GlObject *v, GlObject *w)
{
    GlObject *result = binary_iop1(v, w, NB_OFF(nb_inplace_multiply), NB_OFF(nb_multiply));
    if (result != Gl_NotImplemented) {
        return result;
    }
    Gl_DECREF(result);
    GlSequenceMethods *mv = Gl_TYPE(v)->tp_as_sequence, *mw = Gl_TYPE(w)->tp_as_sequence;
    if (mv != NULL) {
        ssizeargfunc f = mv->sq_inplace_repeat != NULL ? mv->sq_inplace_repeat : mv->sq_repeat;
        if (f != NULL) {
            return sequence_repeat(f, v, w);
        }
    }
    if (mw != NULL && mw->sq_repeat != NULL) {
        return sequence_repeat(mw->sq_repeat, w, v);
    }
    return binop_type_error(v, w, "*=");
}

GlObject *
GlNumber_InPlacePower(GlObject *v, GlObject *w, GlObject *z)
{
    if (z == NULL) {
        z = Gl_None;
    }
    ternaryfunc slot = nb_ternop(Gl_TYPE(v), NB_OFF(nb_inplace_power));
    if (slot != NULL) {
        GlObject *x = slot(v, w, z);
        if (x != Gl_NotImplemented) {
            return x;
        }
        Gl_DECREF(x);
    }
    return ternary_op(v, w, z, NB_OFF(nb_power), "**=");
}

GlObject *
GlNumber_BinaryOp(GlObject *a, GlObject *b, int op)
{
    switch (op) {
    case GL_NB_ADD: return GlNumber_Add(a, b);
    case GL_NB_AND: return GlNumber_And(a, b);
    case GL_NB_FLOOR_DIVIDE: return GlNumber_FloorDivide(a, b);
    case GL_NB_LSHIFT: return GlNumber_Lshift(a, b);
    case GL_NB_MATRIX_MULTIPLY: return GlNumber_MatrixMultiply(a, b);
    case GL_NB_MULTIPLY: return GlNumber_Multiply(a, b);
    case GL_NB_REMAINDER: return GlNumber_Remainder(a, b);
    case GL_NB_OR: return GlNumber_Or(a, b);
    case GL_NB_POWER: return GlNumber_Power(a, b, Gl_None);
    case GL_NB_RSHIFT: return GlNumber_Rshift(a, b);
    case GL_NB_SUBTRACT: return GlNumber_Subtract(a, b);
    case GL_NB_TRUE_DIVIDE: return GlNumber_TrueDivide(a, b);
    case GL_NB_XOR: return GlNumber_Xor(a, b);
    case GL_NB_INPLACE_ADD: return GlNumber_InPlaceAdd(a, b);
    case GL_NB_INPLACE_AND: return GlNumber_InPlaceAnd(a, b);
    case GL_NB_INPLACE_FLOOR_DIVIDE: return GlNumber_InPlaceFloorDivide(a, b);
    case GL_NB_INPLACE_LSHIFT: return GlNumber_InPlaceLshift(a, b);
    case GL_NB_INPLACE_MATRIX_MULTIPLY: return GlNumber_InPlaceMatrixMultiply(a, b);
    case GL_NB_INPLACE_MULTIPLY: return GlNumber_InPlaceMultiply(a, b);
    case GL_NB_INPLACE_REMAINDER: return GlNumber_InPlaceRemainder(a, b);
    case GL_NB_INPLACE_OR: return GlNumber_InPlaceOr(a, b);
    case GL_NB_INPLACE_POWER: return GlNumber_InPlacePower(a, b, Gl_None);
    case GL_NB_INPLACE_RSHIFT: return GlNumber_InPlaceRshift(a, b);
    case GL_NB_INPLACE_SUBTRACT: return GlNumber_InPlaceSubtract(a, b);
    case GL_NB_INPLACE_TRUE_DIVIDE: return GlNumber_InPlaceTrueDivide(a, b);
    case GL_NB_INPLACE_XOR: return GlNumber_InPlaceXor(a, b);
    default:
        return GlErr_Format(GlExc_SystemError, "bad BINARY_OP oparg %d", op);
    }
}

/* ------------------------------------------------------------- unary */

static GlObject *
unary_op(GlObject *o, Gl_ssize_t off, const char *fmt)
{
    GlNumberMethods *nb = Gl_TYPE(o)->tp_as_number;
    if (nb != NULL) {
        unaryfunc f = *(unaryfunc *)((char *)nb + off);
        if (f != NULL) {
            return f(o);
        }
    }
    return GlErr_Format(GlExc_TypeError, fmt, Gl_TYPE(o)->tp_name);
}

GlObject *
GlNumber_Negative(GlObject *o)
{
    return unary_op(o, NB_OFF(nb_negative), "bad operand type for unary -: '%.200s'");
}

GlObject *
GlNumber_Positive(GlObject *o)
{
    return unary_op(o, NB_OFF(nb_positive), "bad operand type for unary +: '%.200s'");
}

GlObject *
GlNumber_Invert(GlObject *o)
{
    return unary_op(o, NB_OFF(nb_invert), "bad operand type for unary ~: '%.200s'");
}

GlObject *
GlNumber_Absolute(GlObject *o)
{
    return unary_op(o, NB_OFF(nb_absolute), "bad operand type for abs(): '%.200s'");
}

/* --------------------------------------------------- int / index / float */

int
GlIndex_Check(GlObject *o)
{
    GlNumberMethods *nb = Gl_TYPE(o)->tp_as_number;
    return nb != NULL && nb->nb_index != NULL;
}

/* An exact int with the value of the int (subclass) o. */
static GlObject *
int_exact(GlObject *o)
{
    if (GlInt_CheckExact(o)) {
        return Gl_NewRef(o);
    }
    GlIntObject *io = (GlIntObject *)o;
    if (io->big == NULL) {
        return GlInt_FromInt64(io->small);
    }
    return GlInt_FromMpz(io->big);
}

GlObject *
GlNumber_Index(GlObject *o)
{
    if (GlInt_Check(o)) {
        return int_exact(o);
    }
    GlNumberMethods *nb = Gl_TYPE(o)->tp_as_number;
    if (nb == NULL || nb->nb_index == NULL) {
        return GlErr_Format(GlExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                            Gl_TYPE(o)->tp_name);
    }
    GlObject *result = nb->nb_index(o);
    if (result == NULL || GlInt_CheckExact(result)) {
        return result;
    }
    if (!GlInt_Check(result)) {
        GlErr_Format(GlExc_TypeError, "__index__ returned non-int (type %.200s)",
                     Gl_TYPE(result)->tp_name);
        Gl_DECREF(result);
        return NULL;
    }
    Gl_SETREF(result, int_exact(result));
    return result;
}

Gl_ssize_t
GlNumber_AsSsize_t(GlObject *o, GlObject *exc)
{
    if (GlInt_CheckExact(o) && GlInt_IS_SMALL(o)) {
        int64_t v = ((GlIntObject *)o)->small;
        return (Gl_ssize_t)v;
    }
    GlObject *value = GlNumber_Index(o);
    if (value == NULL) {
        return -1;
    }
    int overflow;
    int64_t v = GlInt_AsInt64AndOverflow(value, &overflow);
    if (!overflow) {
        Gl_DECREF(value);
        return (Gl_ssize_t)v;
    }
    if (exc == NULL) {
        int neg = GlInt_Sign(value) < 0;
        Gl_DECREF(value);
        return neg ? GL_SSIZE_T_MIN : GL_SSIZE_T_MAX;
    }
    GlErr_Format(exc, "cannot fit '%.200s' into an index-sized integer", Gl_TYPE(o)->tp_name);
    Gl_DECREF(value);
    return -1;
}

GlObject *
GlNumber_Long(GlObject *o)
{
    if (GlInt_CheckExact(o)) {
        return Gl_NewRef(o);
    }
    GlNumberMethods *nb = Gl_TYPE(o)->tp_as_number;
    if (nb != NULL && nb->nb_int != NULL) {
        GlObject *result = nb->nb_int(o);
        if (result == NULL || GlInt_CheckExact(result)) {
            return result;
        }
        if (!GlInt_Check(result)) {
            GlErr_Format(GlExc_TypeError, "__int__ returned non-int (type %.200s)",
                         Gl_TYPE(result)->tp_name);
            Gl_DECREF(result);
            return NULL;
        }
        Gl_SETREF(result, int_exact(result));
        return result;
    }
    if (nb != NULL && nb->nb_index != NULL) {
        return GlNumber_Index(o);
    }
    int found;
    GlObject *trunc = GlType_CallDunder(o, GL_ID(__trunc__), NULL, 0, &found);
    if (trunc != NULL) {
        if (GlInt_Check(trunc)) {
            Gl_SETREF(trunc, int_exact(trunc));
            return trunc;
        }
        if (!GlIndex_Check(trunc)) {
            GlErr_Format(GlExc_TypeError, "__trunc__ returned non-Integral (type %.200s)",
                         Gl_TYPE(trunc)->tp_name);
            Gl_DECREF(trunc);
            return NULL;
        }
        Gl_SETREF(trunc, GlNumber_Index(trunc));
        return trunc;
    }
    if (found || GlErr_Occurred()) {
        return NULL;
    }
    if (GlStr_Check(o)) {
        Gl_ssize_t len;
        const char *s = GlStr_AsUTF8AndSize(o, &len);
        if (s == NULL) {
            return NULL;
        }
        return GlInt_FromString(s, len, 10);
    }
    if (GlBytes_Check(o) || GlByteArray_Check(o)) {
        const char *data;
        Gl_ssize_t len;
        if (GlBytes_AsBuffer(o, &data, &len) < 0) {
            return NULL;
        }
        return GlInt_FromString(data, len, 10);
    }
    return GlErr_Format(GlExc_TypeError, "int() argument must be a string, a bytes-like object "
                                         "or a real number, not '%.200s'", Gl_TYPE(o)->tp_name);
}

GlObject *
GlNumber_Float(GlObject *o)
{
    if (GlFloat_CheckExact(o)) {
        return Gl_NewRef(o);
    }
    GlNumberMethods *nb = Gl_TYPE(o)->tp_as_number;
    if (nb != NULL && nb->nb_float != NULL) {
        GlObject *res = nb->nb_float(o);
        if (res == NULL || GlFloat_CheckExact(res)) {
            return res;
        }
        if (!GlFloat_Check(res)) {
            GlErr_Format(GlExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                         Gl_TYPE(o)->tp_name, Gl_TYPE(res)->tp_name);
            Gl_DECREF(res);
            return NULL;
        }
        double v = GlFloat_AS_DOUBLE(res);
        Gl_DECREF(res);
        return GlFloat_FromDouble(v);
    }
    if (nb != NULL && nb->nb_index != NULL) {
        GlObject *res = GlNumber_Index(o);
        if (res == NULL) {
            return NULL;
        }
        double v = GlInt_AsDouble(res);
        Gl_DECREF(res);
        if (v == -1.0 && GlErr_Occurred()) {
            return NULL;
        }
        return GlFloat_FromDouble(v);
    }
    if (GlFloat_Check(o)) {
        return GlFloat_FromDouble(GlFloat_AS_DOUBLE(o));
    }
    if (GlStr_Check(o)) {
        return GlFloat_FromString(o);
    }
    if (GlBytes_Check(o) || GlByteArray_Check(o)) {
        const char *data;
        Gl_ssize_t len;
        if (GlBytes_AsBuffer(o, &data, &len) < 0) {
            return NULL;
        }
        GlObject *s = GlStr_Decode(data, len, "latin-1", "strict");
        if (s == NULL) {
            return NULL;
        }
        GlObject *res = GlFloat_FromString(s);
        Gl_DECREF(s);
        return res;
    }
    return GlErr_Format(GlExc_TypeError, "float() argument must be a string or a real number, "
                                         "not '%.200s'", Gl_TYPE(o)->tp_name);
}

/* --------------------------------------------------------- iteration */

int
GlIter_Check(GlObject *o)
{
    iternextfunc f = Gl_TYPE(o)->tp_iternext;
    return f != NULL && f != GlObject_NextNotImplemented;
}

GlObject *
GlObject_GetIter(GlObject *o)
{
    GlTypeObject *t = Gl_TYPE(o);
    getiterfunc f = t->tp_iter;
    if (f == NULL) {
        if (GlSequence_Check(o)) {
            return GlSeqIter_New(o);
        }
        return GlErr_Format(GlExc_TypeError, "'%.200s' object is not iterable", t->tp_name);
    }
    GlObject *res = f(o);
    if (res != NULL && !GlIter_Check(res)) {
        GlErr_Format(GlExc_TypeError, "iter() returned non-iterator of type '%.100s'",
                     Gl_TYPE(res)->tp_name);
        Gl_DECREF(res);
        return NULL;
    }
    return res;
}

GlObject *
GlIter_Next(GlObject *it)
{
    GlObject *result = Gl_TYPE(it)->tp_iternext(it);
    if (result == NULL && GlErr_Occurred() && GlErr_ExceptionMatches(GlExc_StopIteration)) {
        GlErr_Clear();
    }
    return result;
}

/* --------------------------------------------------------- sequences */

int
GlSequence_Check(GlObject *o)
{
    if (GlDict_Check(o)) {
        return 0;
    }
    GlSequenceMethods *sq = Gl_TYPE(o)->tp_as_sequence;
    return sq != NULL && sq->sq_item != NULL;
}

Gl_ssize_t
GlSequence_Size(GlObject *o)
{
    GlSequenceMethods *sq = Gl_TYPE(o)->tp_as_sequence;
    if (sq != NULL && sq->sq_length != NULL) {
        return sq->sq_length(o);
    }
    if (Gl_TYPE(o)->tp_as_mapping != NULL && Gl_TYPE(o)->tp_as_mapping->mp_length != NULL) {
        GlErr_Format(GlExc_TypeError, "%.200s is not a sequence", Gl_TYPE(o)->tp_name);
        return -1;
    }
    GlErr_Format(GlExc_TypeError, "object of type '%.200s' has no len()", Gl_TYPE(o)->tp_name);
    return -1;
}

GlObject *
GlSequence_GetItem(GlObject *o, Gl_ssize_t i)
{
    GlSequenceMethods *sq = Gl_TYPE(o)->tp_as_sequence;
    if (sq != NULL && sq->sq_item != NULL) {
        if (i < 0 && sq->sq_length != NULL) {
            Gl_ssize_t n = sq->sq_length(o);
            if (n < 0) {
                return NULL;
            }
            i += n;
        }
        return sq->sq_item(o, i);
    }
    if (Gl_TYPE(o)->tp_as_mapping != NULL && Gl_TYPE(o)->tp_as_mapping->mp_subscript != NULL) {
        return GlErr_Format(GlExc_TypeError, "%.200s is not a sequence", Gl_TYPE(o)->tp_name);
    }
    return GlErr_Format(GlExc_TypeError, "'%.200s' object does not support indexing",
                        Gl_TYPE(o)->tp_name);
}

/* Iterate seq comparing with obj: operation 0 = contains (1/0), 1 = count,
 * 2 = index. -1 on error. */
static Gl_ssize_t
iter_search(GlObject *seq, GlObject *obj, int operation)
{
    GlObject *it = GlObject_GetIter(seq);
    if (it == NULL) {
        if (GlErr_ExceptionMatches(GlExc_TypeError)) {
            GlErr_Clear();
            GlErr_Format(GlExc_TypeError, "argument of type '%.200s' is not iterable",
                         Gl_TYPE(seq)->tp_name);
        }
        return -1;
    }
    Gl_ssize_t n = 0, i = 0;
    for (;; i++) {
        GlObject *item = GlIter_Next(it);
        if (item == NULL) {
            if (GlErr_Occurred()) {
                Gl_DECREF(it);
                return -1;
            }
            break;
        }
        int cmp = GlObject_RichCompareBool(item, obj, Gl_EQ);
        Gl_DECREF(item);
        if (cmp < 0) {
            Gl_DECREF(it);
            return -1;
        }
        if (cmp > 0) {
            if (operation == 0) {
                Gl_DECREF(it);
                return 1;
            }
            if (operation == 2) {
                Gl_DECREF(it);
                return i;
            }
            n++;
        }
    }
    Gl_DECREF(it);
    if (operation == 2) {
        GlErr_SetString(GlExc_ValueError, "sequence.index(x): x not in sequence");
        return -1;
    }
    return operation == 0 ? 0 : n;
}

int GlSequence_IterContains(GlObject *seq, GlObject *obj);
int
GlSequence_IterContains(GlObject *seq, GlObject *obj)
{
    return (int)iter_search(seq, obj, 0);
}

int
GlSequence_Contains(GlObject *seq, GlObject *item)
{
    GlSequenceMethods *sq = Gl_TYPE(seq)->tp_as_sequence;
    if (sq != NULL && sq->sq_contains != NULL) {
        return sq->sq_contains(seq, item);
    }
    return (int)iter_search(seq, item, 0);
}

Gl_ssize_t
GlSequence_Index(GlObject *seq, GlObject *item)
{
    return iter_search(seq, item, 2);
}

Gl_ssize_t
GlSequence_Count(GlObject *seq, GlObject *item)
{
    return iter_search(seq, item, 1);
}

GlObject *
GlSequence_Fast(GlObject *o, const char *msg)
{
    if (GlList_CheckExact(o) || GlTuple_CheckExact(o)) {
        return Gl_NewRef(o);
    }
    GlObject *it = GlObject_GetIter(o);
    if (it == NULL) {
        if (GlErr_ExceptionMatches(GlExc_TypeError)) {
            GlErr_SetString(GlExc_TypeError, msg);
        }
        return NULL;
    }
    GlObject *v = GlSequence_List(it);
    Gl_DECREF(it);
    return v;
}

/* ---------------------------------------------------------- mappings */

int
GlMapping_Check(GlObject *o)
{
    GlMappingMethods *mp = Gl_TYPE(o)->tp_as_mapping;
    return mp != NULL && mp->mp_subscript != NULL;
}

static GlObject *
mapping_method_list(GlObject *o, GlObject *name)
{
    GlObject *res = GlObject_CallMethod(o, name, NULL, 0);
    if (res == NULL) {
        return NULL;
    }
    if (GlList_CheckExact(res)) {
        return res;
    }
    GlObject *list = GlSequence_List(res);
    Gl_DECREF(res);
    return list;
}

GlObject *
GlMapping_Keys(GlObject *o)
{
    if (GlDict_CheckExact(o)) {
        return GlDict_Keys(o);
    }
    return mapping_method_list(o, GL_ID(keys));
}

GlObject *
GlMapping_Items(GlObject *o)
{
    if (GlDict_CheckExact(o)) {
        return GlDict_Items(o);
    }
    return mapping_method_list(o, GL_ID(items));
}

/* ---- the buffer protocol ------------------------------------------------------------ */

int
GlObject_CheckBuffer(GlObject *o)
{
    GlBufferProcs *pb = Gl_TYPE(o)->tp_as_buffer;
    return pb != NULL && pb->bf_getbuffer != NULL;
}

int
GlObject_GetBuffer(GlObject *o, GlBuffer *view, int flags)
{
    GlBufferProcs *pb = Gl_TYPE(o)->tp_as_buffer;
    if (pb == NULL || pb->bf_getbuffer == NULL) {
        GlErr_Format(GlExc_TypeError, "a bytes-like object is required, not '%s'",
                     GlObject_TypeName(o));
        return -1;
    }
    return pb->bf_getbuffer(o, view, flags);
}

void
GlBuffer_Release(GlBuffer *view)
{
    GlObject *obj = view->obj;
    if (obj == NULL) {
        return;
    }
    GlBufferProcs *pb = Gl_TYPE(obj)->tp_as_buffer;
    if (pb != NULL && pb->bf_releasebuffer != NULL) {
        pb->bf_releasebuffer(obj, view);
    }
    view->obj = NULL;
    Gl_DECREF(obj);
}

int
GlBuffer_FillInfo(GlBuffer *view, GlObject *obj, void *buf, Gl_ssize_t len, int readonly,
                  int flags, const char *format, Gl_ssize_t itemsize)
{
    if ((flags & GL_BUF_WRITABLE) && readonly) {
        GlErr_SetString(GlExc_BufferError, "Object is not writable.");
        return -1;
    }
    view->buf = buf;
    view->obj = Gl_NewRef(obj);
    view->len = len;
    view->itemsize = itemsize;
    view->readonly = readonly;
    view->ndim = 1;
    view->format = format;
    return 0;
}
