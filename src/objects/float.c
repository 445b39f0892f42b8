/* float.c - the float type: storage (with a free list), conversions, hashing,
 * comparison with floats and ints, arithmetic slots, float() and the methods.
 * Text conversions (repr, float(str), format specs, hex, round) are in
 * float_format.c.
 *
 * Invariants: a float is immutable; freed exact floats go to a free list of at
 * most FLOAT_FREELIST_MAX entries (their ob_type stays &GlFloat_Type).
 *
 * CPython behaviour matched: comparisons with ints are exact (big ints included,
 * nan compares unequal to everything); hash is CPython's _Py_HashDouble (integral
 * values hash like ints, inf 314159, nan by identity); // and % take the divisor's
 * sign; ** special cases (0.0 ** negative, negative ** fractional -> complex,
 * OverflowError (34, 'Numerical result out of range')); ZeroDivisionError texts.
 */
#include "allobjects.h"
#include <math.h>
#include <errno.h>
#include <float.h>

#define FLOAT_FREELIST_MAX 100
static GlFloatObject *float_freelist[FLOAT_FREELIST_MAX];
static int float_nfree;

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)
#define HASH_INF 314159

GlObject *
GlFloat_FromDouble(double v)
{
    GlFloatObject *r;
    if (GL_LIKELY(float_nfree > 0)) {
        r = float_freelist[--float_nfree];
        r->ob_base.ob_refcnt = 1;
        GL_REF_INC();
    }
    else {
        r = (GlFloatObject *)GlObject_New(&GlFloat_Type, 0);
        if (r == NULL) {
            return NULL;
        }
    }
    r->ob_fval = v;
    return (GlObject *)r;
}

static void
float_dealloc(GlObject *o)
{
    if (o->ob_type == &GlFloat_Type && float_nfree < FLOAT_FREELIST_MAX) {
        float_freelist[float_nfree++] = (GlFloatObject *)o;
        return;
    }
    Gl_TYPE(o)->tp_free(o);
}

double
GlFloat_AsDouble(GlObject *o)
{
    if (GlFloat_Check(o)) {
        return GlFloat_AS_DOUBLE(o);
    }
    if (GlInt_Check(o)) {
        return GlInt_AsDouble(o);
    }
    GlNumberMethods *nb = Gl_TYPE(o)->tp_as_number;
    if (nb != NULL && nb->nb_float != NULL) {
        GlObject *r = nb->nb_float(o);  // may run Python code (__float__)
        if (r == NULL) {
            return -1.0;
        }
        if (!GlFloat_Check(r)) {
            GlErr_Format(GlExc_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                         GlObject_TypeName(o), GlObject_TypeName(r));
            Gl_DECREF(r);
            return -1.0;
        }
        double d = GlFloat_AS_DOUBLE(r);
        Gl_DECREF(r);
        return d;
    }
    if (nb != NULL && nb->nb_index != NULL) {
        GlObject *i = GlNumber_Index(o);  // may run Python code (__index__)
        if (i == NULL) {
            return -1.0;
        }
        double d = GlInt_AsDouble(i);
        Gl_DECREF(i);
        return d;
    }
    GlErr_Format(GlExc_TypeError, "must be real number, not %.50s", GlObject_TypeName(o));
    return -1.0;
}

/* ---- hashing ---- */

static Gl_hash_t
hash_pointer(void *p)
{
    size_t y = (size_t)p;
    y = (y >> 4) | (y << (8 * sizeof(void *) - 4));
    Gl_hash_t x = (Gl_hash_t)y;
    return x == -1 ? -2 : x;
}

Gl_hash_t
GlFloat_HashDouble(GlObject *inst, double v)
{
    if (!isfinite(v)) {
        if (isinf(v)) {
            return v > 0 ? HASH_INF : -HASH_INF;
        }
        return hash_pointer(inst);
    }
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) {
            x -= HASH_MODULUS;
        }
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1) {
        x = (uint64_t)-2;
    }
    return (Gl_hash_t)x;
}

static Gl_hash_t
float_hash(GlObject *o)
{
    return GlFloat_HashDouble(o, GlFloat_AS_DOUBLE(o));
}

/* ---- comparison ---- */

/* Sign of x - w for a finite double x and an int w (exact). */
static int
compare_double_int(double x, GlObject *w)
{
    GlIntObject *iw = (GlIntObject *)w;
    const int64_t lim = (int64_t)1 << 53;
    if (iw->big == NULL && iw->small >= -lim && iw->small <= lim) {
        double y = (double)iw->small;
        return (x > y) - (x < y);
    }
    double fi = floor(x);
    double frac = x - fi;
    mpz_t t;
    mpz_init_set_d(t, fi);
    GlIntView view;
    int c = mpz_cmp(t, GlInt_View(w, &view));
    mpz_clear(t);
    if (c != 0) {
        return c > 0 ? 1 : -1;
    }
    return frac > 0 ? 1 : 0;
}

static GlObject *
float_richcompare(GlObject *a, GlObject *b, int op)
{
    if (!GlFloat_Check(a)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    double x = GlFloat_AS_DOUBLE(a);
    int c;
    if (GlFloat_Check(b)) {
        double y = GlFloat_AS_DOUBLE(b);
        int r;
        switch (op) {
        case Gl_LT: r = x < y; break;
        case Gl_LE: r = x <= y; break;
        case Gl_EQ: r = x == y; break;
        case Gl_NE: r = x != y; break;
        case Gl_GT: r = x > y; break;
        default: r = x >= y; break;
        }
        return GlBool_FromLong(r);
    }
    if (!GlInt_Check(b)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    if (isnan(x)) {
        return GlBool_FromLong(op == Gl_NE);
    }
    if (isinf(x)) {
        c = x > 0 ? 1 : -1;
    }
    else {
        c = compare_double_int(x, b);
    }
    int r;
    switch (op) {
    case Gl_LT: r = c < 0; break;
    case Gl_LE: r = c <= 0; break;
    case Gl_EQ: r = c == 0; break;
    case Gl_NE: r = c != 0; break;
    case Gl_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return GlBool_FromLong(r);
}

/* ---- arithmetic ---- */

/* 1 with *out set, 0 when o is neither float nor int (NotImplemented), -1 error. */
static inline int
to_double(GlObject *o, double *out)
{
    if (GL_LIKELY(GlFloat_Check(o))) {
        *out = GlFloat_AS_DOUBLE(o);
        return 1;
    }
    if (GlInt_Check(o)) {
        if (GlInt_IS_SMALL(o)) {
            *out = (double)((GlIntObject *)o)->small;
            return 1;
        }
        *out = GlInt_AsDouble(o);
        return *out == -1.0 && GlErr_Occurred() ? -1 : 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                        \
    double x, y;                                        \
    do {                                                \
        int ca_ = to_double(a, &x);                     \
        if (ca_ <= 0) {                                 \
            if (ca_ < 0) {                              \
                return NULL;                            \
            }                                           \
            Gl_RETURN_NOTIMPLEMENTED;                   \
        }                                               \
        int cb_ = to_double(b, &y);                     \
        if (cb_ <= 0) {                                 \
            if (cb_ < 0) {                              \
                return NULL;                            \
            }                                           \
            Gl_RETURN_NOTIMPLEMENTED;                   \
        }                                               \
    } while (0)

static GlObject *
float_add(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    return GlFloat_FromDouble(x + y);
}

static GlObject *
float_sub(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    return GlFloat_FromDouble(x - y);
}

static GlObject *
float_mul(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    return GlFloat_FromDouble(x * y);
}

static GlObject *
float_truediv(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "float division by zero");
    }
    return GlFloat_FromDouble(x / y);
}

static double
float_rem_value(double vx, double wx)
{
    double mod = fmod(vx, wx);
    if (mod) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
        }
    }
    else {
        mod = copysign(0.0, wx);
    }
    return mod;
}

static void
float_div_mod(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    }
    else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div) {
        fd = floor(div);
        if (div - fd > 0.5) {
            fd += 1.0;
        }
    }
    else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

static GlObject *
float_mod(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "float modulo");
    }
    return GlFloat_FromDouble(float_rem_value(x, y));
}

static GlObject *
float_floordiv(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "float floor division by zero");
    }
    double q, m;
    float_div_mod(x, y, &q, &m);
    return GlFloat_FromDouble(q);
}

static GlObject *
float_divmod(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    if (y == 0.0) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "float divmod()");
    }
    double q, m;
    float_div_mod(x, y, &q, &m);
    GlObject *t = GlTuple_New(2);
    if (t == NULL) {
        return NULL;
    }
    GlObject *qo = GlFloat_FromDouble(q);
    GlObject *mo = qo ? GlFloat_FromDouble(m) : NULL;
    if (mo == NULL) {
        Gl_XDECREF(qo);
        Gl_DECREF(t);
        return NULL;
    }
    GlTuple_SET_ITEM(t, 0, qo);
    GlTuple_SET_ITEM(t, 1, mo);
    return t;
}

static int
is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

static GlObject *
float_pow(GlObject *v, GlObject *w, GlObject *z)
{
    if (z != NULL && z != Gl_None) {
        return GlErr_SetString(GlExc_TypeError,
                               "pow() 3rd argument not allowed unless all arguments are integers");
    }
    CONVERT_BOTH(v, w, iv, iw);
    if (iw == 0) {
        return GlFloat_FromDouble(1.0);
    }
    if (isnan(iv)) {
        return GlFloat_FromDouble(iv);
    }
    if (isnan(iw)) {
        return GlFloat_FromDouble(iv == 1.0 ? 1.0 : iw);
    }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) {
            return GlFloat_FromDouble(1.0);
        }
        if ((iw > 0.0) == (iv > 1.0)) {
            return GlFloat_FromDouble(fabs(iw));
        }
        return GlFloat_FromDouble(0.0);
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0.0) {
            return GlFloat_FromDouble(odd ? iv : fabs(iv));
        }
        return GlFloat_FromDouble(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        int odd = is_odd_integer(iw);
        if (iw < 0.0) {
            return GlErr_SetString(GlExc_ZeroDivisionError,
                                   "0.0 cannot be raised to a negative power");
        }
        return GlFloat_FromDouble(odd ? iv : 0.0);
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            /* negative ** fractional is complex */
            return GlComplex_Type.tp_as_number->nb_power(v, w, Gl_None);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) {
        return GlFloat_FromDouble(negate ? -1.0 : 1.0);
    }
    errno = 0;
    double ix = pow(iv, iw);
    if (errno == 0 && isinf(ix)) {
        errno = ERANGE;
    }
    else if (errno == ERANGE && ix == 0.0) {
        errno = 0;
    }
    if (negate) {
        ix = -ix;
    }
    if (errno != 0) {
        int e = errno;
        GlObject *args = GlTuple_New(2);
        if (args == NULL) {
            return NULL;
        }
        GlObject *code = GlInt_FromLong(e);
        GlObject *msg = code ? GlStr_FromString(strerror(e)) : NULL;
        if (msg == NULL) {
            Gl_XDECREF(code);
            Gl_DECREF(args);
            return NULL;
        }
        GlTuple_SET_ITEM(args, 0, code);
        GlTuple_SET_ITEM(args, 1, msg);
        GlErr_SetObject(e == ERANGE ? GlExc_OverflowError : GlExc_ValueError, args);
        Gl_DECREF(args);
        return NULL;
    }
    return GlFloat_FromDouble(ix);
}

static GlObject *
float_neg(GlObject *a)
{
    return GlFloat_FromDouble(-GlFloat_AS_DOUBLE(a));
}

static GlObject *
float_float(GlObject *a)
{
    if (GlFloat_CheckExact(a)) {
        return Gl_NewRef(a);
    }
    return GlFloat_FromDouble(GlFloat_AS_DOUBLE(a));
}

static GlObject *
float_abs(GlObject *a)
{
    return GlFloat_FromDouble(fabs(GlFloat_AS_DOUBLE(a)));
}

static int
float_bool(GlObject *a)
{
    return GlFloat_AS_DOUBLE(a) != 0.0;
}

static GlObject *
float_int(GlObject *a)
{
    return GlInt_FromDouble(GlFloat_AS_DOUBLE(a));
}

static GlNumberMethods float_as_number = {
    .nb_add = float_add,
    .nb_subtract = float_sub,
    .nb_multiply = float_mul,
    .nb_remainder = float_mod,
    .nb_divmod = float_divmod,
    .nb_power = float_pow,
    .nb_negative = float_neg,
    .nb_positive = float_float,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_int,
    .nb_float = float_float,
    .nb_floor_divide = float_floordiv,
    .nb_true_divide = float_truediv,
};

/* ---- construction ---- */

static GlObject *
float_subtype_new(GlTypeObject *type, double v) GL_NEWREF
{
    GlObject *r = type->tp_alloc(type, 0);
    if (r != NULL) {
        ((GlFloatObject *)r)->ob_fval = v;
    }
    return r;
}

/* float(x) as an exact float. */
static GlObject *
float_compute(GlObject *x) GL_NEWREF
{
    if (x == NULL) {
        return GlFloat_FromDouble(0.0);
    }
    if (GlFloat_CheckExact(x)) {
        return Gl_NewRef(x);
    }
    if (GlStr_Check(x)) {
        return GlFloat_FromString(x);
    }
    if (GlBytes_Check(x) || GlByteArray_Check(x)) {
        const char *data;
        Gl_ssize_t n;
        if (GlBytes_AsBuffer(x, &data, &n) < 0) {
            return NULL;
        }
        return GlFloat_FromText(data, n, x);
    }
    if (GlInt_Check(x)) {
        double d = GlInt_AsDouble(x);
        if (d == -1.0 && GlErr_Occurred()) {
            return NULL;
        }
        return GlFloat_FromDouble(d);
    }
    GlNumberMethods *nb = Gl_TYPE(x)->tp_as_number;
    if ((nb == NULL || (nb->nb_float == NULL && nb->nb_index == NULL))
        && GlObject_CheckBuffer(x)) {
        // CPython's PyFloat_FromString: any C-contiguous buffer (memoryview, array)
        const char *data;
        Gl_ssize_t n;
        if (GlBytes_AsBuffer(x, &data, &n) == 0) {
            return GlFloat_FromText(data, n, x);
        }
        GlErr_Clear();
    }
    if (nb == NULL || (nb->nb_float == NULL && nb->nb_index == NULL)) {
        return GlErr_Format(GlExc_TypeError,
                            "float() argument must be a string or a real number, not '%.200s'",
                            GlObject_TypeName(x));
    }
    double d = GlFloat_AsDouble(x);
    if (d == -1.0 && GlErr_Occurred()) {
        return NULL;
    }
    return GlFloat_FromDouble(d);
}

static GlObject *
float_finish_new(GlTypeObject *type, GlObject *x) GL_NEWREF
{
    GlObject *v = float_compute(x);
    if (v == NULL || type == &GlFloat_Type) {
        return v;
    }
    GlObject *r = float_subtype_new(type, GlFloat_AS_DOUBLE(v));
    Gl_DECREF(v);
    return r;
}

static GlObject *
float_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (kwds != NULL && GlDict_Size(kwds) > 0) {
        return GlErr_SetString(GlExc_TypeError, "float() takes no keyword arguments");
    }
    Gl_ssize_t nargs = args ? GlTuple_GET_SIZE(args) : 0;
    if (nargs > 1) {
        return GlErr_Format(GlExc_TypeError, "float expected at most 1 argument, got %zd", nargs);
    }
    return float_finish_new(type, nargs ? GlTuple_GET_ITEM(args, 0) : NULL);
}

static GlObject *
float_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if ((GlTypeObject *)type != &GlFloat_Type) {
        return GlType_CallVector(type, args, nargs, kwnames);
    }
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        return GlErr_SetString(GlExc_TypeError, "float() takes no keyword arguments");
    }
    if (nargs > 1) {
        return GlErr_Format(GlExc_TypeError, "float expected at most 1 argument, got %zd", nargs);
    }
    return float_compute(nargs ? args[0] : NULL);
}

/* ---- methods ---- */

static GlObject *
float_conjugate(GlObject *self, GlObject *unused)
{
    return float_float(self);
}

static GlObject *
float_get_real(GlObject *self, void *closure)
{
    return float_float(self);
}

static GlObject *
float_get_imag(GlObject *self, void *closure)
{
    return GlFloat_FromDouble(0.0);
}

static GlObject *
float_is_integer(GlObject *self, GlObject *unused)
{
    double x = GlFloat_AS_DOUBLE(self);
    return GlBool_FromLong(isfinite(x) && floor(x) == x);
}

static GlObject *
float_as_integer_ratio(GlObject *self, GlObject *unused)
{
    double x = GlFloat_AS_DOUBLE(self);
    if (isinf(x)) {
        return GlErr_SetString(GlExc_OverflowError, "cannot convert Infinity to integer ratio");
    }
    if (isnan(x)) {
        return GlErr_SetString(GlExc_ValueError, "cannot convert NaN to integer ratio");
    }
    mpq_t q;
    mpq_init(q);
    mpq_set_d(q, x);
    GlObject *n = GlInt_FromMpz(mpq_numref(q));
    GlObject *d = n ? GlInt_FromMpz(mpq_denref(q)) : NULL;
    mpq_clear(q);
    if (d == NULL) {
        Gl_XDECREF(n);
        return NULL;
    }
    GlObject *t = GlTuple_New(2);
    if (t == NULL) {
        Gl_DECREF(n);
        Gl_DECREF(d);
        return NULL;
    }
    GlTuple_SET_ITEM(t, 0, n);
    GlTuple_SET_ITEM(t, 1, d);
    return t;
}

static GlObject *
float_trunc(GlObject *self, GlObject *unused)
{
    return GlInt_FromDouble(GlFloat_AS_DOUBLE(self));
}

static GlObject *
float_floor(GlObject *self, GlObject *unused)
{
    return GlInt_FromDouble(floor(GlFloat_AS_DOUBLE(self)));
}

static GlObject *
float_ceil(GlObject *self, GlObject *unused)
{
    return GlInt_FromDouble(ceil(GlFloat_AS_DOUBLE(self)));
}

static GlObject *
float_round(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("__round__", nargs, 0, 1) < 0) {
        return NULL;
    }
    return GlFloat_Round(GlFloat_AS_DOUBLE(self), nargs ? args[0] : NULL);
}

static GlObject *
float_format_method(GlObject *self, GlObject *spec)
{
    if (!GlStr_Check(spec)) {
        return GlErr_Format(GlExc_TypeError, "__format__() argument must be str, not %.200s",
                            GlObject_TypeName(spec));
    }
    return GlFloat_FormatSpec(self, spec);
}

static GlObject *
float_getnewargs(GlObject *self, GlObject *unused)
{
    GlObject *v = GlFloat_FromDouble(GlFloat_AS_DOUBLE(self));
    if (v == NULL) {
        return NULL;
    }
    GlObject *t = GlTuple_New(1);
    if (t == NULL) {
        Gl_DECREF(v);
        return NULL;
    }
    GlTuple_SET_ITEM(t, 0, v);
    return t;
}

static GlObject *
float_hex(GlObject *self, GlObject *unused)
{
    return GlFloat_Hex(GlFloat_AS_DOUBLE(self));
}

static GlObject *
float_fromhex(GlObject *cls, GlObject *arg)
{
    if (!GlStr_Check(arg)) {
        return GlErr_Format(GlExc_TypeError, "fromhex() argument must be str, not %.200s",
                            GlObject_TypeName(arg));
    }
    GlObject *r = GlFloat_FromHexString(arg);
    if (r == NULL || (GlTypeObject *)cls == &GlFloat_Type) {
        return r;
    }
    GlObject *res = GlObject_CallOneArg(cls, r);
    Gl_DECREF(r);
    return res;
}

static GlObject *
float_getformat(GlObject *cls, GlObject *arg)
{
    if (!GlStr_Check(arg)) {
        return GlErr_Format(GlExc_TypeError, "__getformat__() argument must be str, not %.200s",
                            GlObject_TypeName(arg));
    }
    if (!GlStr_EqualToASCII(arg, "double") && !GlStr_EqualToASCII(arg, "float")) {
        return GlErr_SetString(GlExc_ValueError,
                               "__getformat__() argument 1 must be 'double' or 'float'");
    }
    return GlStr_FromString("IEEE, little-endian");
}

static GlMethodDef float_methods[] = {
    {"conjugate", GL_FN(float_conjugate), GL_METH_NOARGS, "Return self, the complex conjugate of any float."},
    {"__trunc__", GL_FN(float_trunc), GL_METH_NOARGS, "Return the Integral closest to x between 0 and x."},
    {"__floor__", GL_FN(float_floor), GL_METH_NOARGS, "Return the floor as an Integral."},
    {"__ceil__", GL_FN(float_ceil), GL_METH_NOARGS, "Return the ceiling as an Integral."},
    {"__round__", GL_FN(float_round), GL_METH_FASTCALL, "Return the Integral closest to x, rounding half toward even."},
    {"as_integer_ratio", GL_FN(float_as_integer_ratio), GL_METH_NOARGS, "Return integer ratio."},
    {"fromhex", GL_FN(float_fromhex), GL_METH_O | GL_METH_CLASS, "Create a floating-point number from a hexadecimal string."},
    {"hex", GL_FN(float_hex), GL_METH_NOARGS, "Return a hexadecimal representation of a floating-point number."},
    {"is_integer", GL_FN(float_is_integer), GL_METH_NOARGS, "Return True if the float is an integer."},
    {"__getnewargs__", GL_FN(float_getnewargs), GL_METH_NOARGS,
     "Return the arguments that recreate the number when unpickling."},
    {"__getformat__", GL_FN(float_getformat), GL_METH_O | GL_METH_CLASS, "You probably don't want to use this function."},
    {"__format__", GL_FN(float_format_method), GL_METH_O, "Formats the float according to format_spec."},
    {NULL, NULL, 0, NULL}
};

static GlGetSetDef float_getset[] = {
    {"real", float_get_real, NULL, "the real part of a complex number", NULL},
    {"imag", float_get_imag, NULL, "the imaginary part of a complex number", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlTypeObject GlFloat_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "float",
    .tp_basicsize = sizeof(GlFloatObject),
    .tp_dealloc = float_dealloc,
    .tp_repr = GlFloat_Repr,
    .tp_as_number = &float_as_number,
    .tp_hash = float_hash,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE | GL_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Convert a string or number to a floating point number, if possible.",
    .tp_richcompare = float_richcompare,
    .tp_methods = float_methods,
    .tp_getset = float_getset,
    .tp_new = float_new,
    .tp_free = GlObject_Free,
    .tp_vectorcall = float_vectorcall,
};
