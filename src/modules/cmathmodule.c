/* cmathmodule.c - the `cmath` module: complex elementary functions with CPython 3.11's
 * results, branch cuts, signed zeros and errors.
 *
 * Invariants:
 * - Arguments convert as CPython's Py_complex converter: a complex (or subclass) as is,
 *   else type(x).__complex__ (which must return a complex: "__complex__ returned
 *   non-complex (type X)"), else float(x) through __float__/__index__ ("must be real
 *   number, not str").
 * - Every function reports through a cmath_err code (CM_OK, CM_EDOM, CM_ERANGE), the
 *   counterpart of CPython's errno: EDOM is ValueError "math domain error", ERANGE is
 *   OverflowError "math range error".
 * - Non-finite arguments are answered from the 7x7 tables of cmath_special.h (generated
 *   from CPython 3.11 by tools/gen_cmath_special.py), except where CPython computes the
 *   result (infinite real part with a finite nonzero imaginary part in exp, cosh, sinh,
 *   tanh and rect); finite ones by the formulas of Kahan's "Branch cuts for complex
 *   elementary functions" with the scalings that keep intermediate results finite, so
 *   that results equal CPython's bit for bit on the same C library.
 * - asin, atan, cos, sin and tan are asinh, atanh, cosh, sinh and tanh of i*z rotated
 *   back, so they share those tables.
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include "modules.h"

typedef struct {
    double real, imag;
} cmath_c;

typedef struct {
    double real, imag;
    int domain_error;   // CPython raises ValueError for this class pair
} cmath_special;

#include "cmath_special.h"

typedef enum { CM_OK, CM_EDOM, CM_ERANGE } cmath_err;

#define CM_PI 3.141592653589793238462643383279502884197
#define CM_E 2.718281828459045235360287471352662497757
#define CM_LN2 0.69314718055994530942  // natural log of 2
#define CM_LN10 2.30258509299404568402  // natural log of 10

/* Thresholds beyond which the direct formulas could overflow (CPython's values). */
#define CM_LARGE_DOUBLE (DBL_MAX / 4.)
#define CM_SQRT_LARGE_DOUBLE sqrt(CM_LARGE_DOUBLE)
#define CM_LOG_LARGE_DOUBLE log(CM_LARGE_DOUBLE)
#define CM_SQRT_DBL_MIN sqrt(DBL_MIN)
#define CM_SCALE_UP (2 * (DBL_MANT_DIG / 2) + 1)
#define CM_SCALE_DOWN (-(CM_SCALE_UP + 1) / 2)

/* ============================ argument conversion ============================ */

/* The class of x as a table index: -inf, negative, -0.0, +0.0, positive, +inf, nan. */
static int
cmath_class(double x)
{
    if (isnan(x)) {
        return 6;
    }
    if (isinf(x)) {
        return x > 0 ? 5 : 0;
    }
    if (x == 0.0) {
        return signbit(x) ? 2 : 3;
    }
    return x > 0 ? 4 : 1;
}

/* The table answer for a non-finite z: 1 with *r and *err set, 0 when z is finite. */
static int
cmath_lookup(const cmath_special table[7][7], cmath_c z, cmath_c *r, cmath_err *err)
{
    if (isfinite(z.real) && isfinite(z.imag)) {
        return 0;
    }
    const cmath_special *s = &table[cmath_class(z.real)][cmath_class(z.imag)];
    r->real = s->real;
    r->imag = s->imag;
    *err = s->domain_error ? CM_EDOM : CM_OK;
    return 1;
}

/* Value of o as a complex (0 / -1 with exception). May run Python code. */
static int
cmath_arg(GlObject *o, cmath_c *out)
{
    if (GlObject_TypeCheck(o, &GlComplex_Type)) {
        out->real = ((GlComplexObject *)o)->real;
        out->imag = ((GlComplexObject *)o)->imag;
        return 0;
    }
    int found = 0;
    GlObject *c = GlObject_CallSpecial(o, GlStr_InternFromString("__complex__"), NULL, 0,
                                       &found);   // PYTHON CODE
    if (found || c != NULL || GlErr_Occurred()) {
        if (c == NULL) {
            return -1;
        }
        if (!GlObject_TypeCheck(c, &GlComplex_Type)) {
            GlErr_Format(GlExc_TypeError, "__complex__ returned non-complex (type %.200s)",
                         GlObject_TypeName(c));
            Gl_DECREF(c);
            return -1;
        }
        out->real = ((GlComplexObject *)c)->real;
        out->imag = ((GlComplexObject *)c)->imag;
        Gl_DECREF(c);
        return 0;
    }
    double d = GlFloat_AsDouble(o);   // PYTHON CODE (__float__, __index__)
    if (d == -1.0 && GlErr_Occurred()) {
        return -1;
    }
    out->real = d;
    out->imag = 0.0;
    return 0;
}

/* Value of o as a double (0 / -1 with exception). May run Python code. */
static int
cmath_real(GlObject *o, double *out)
{
    double d = GlFloat_AsDouble(o);   // PYTHON CODE
    if (d == -1.0 && GlErr_Occurred()) {
        return -1;
    }
    *out = d;
    return 0;
}

/* The result r as a complex, or the exception for err. New reference. */
static GlObject *
cmath_result(cmath_c r, cmath_err err) GL_NEWREF
{
    if (err == CM_EDOM) {
        return GlErr_SetString(GlExc_ValueError, "math domain error");
    }
    if (err == CM_ERANGE) {
        return GlErr_SetString(GlExc_OverflowError, "math range error");
    }
    return GlComplex_FromDoubles(r.real, r.imag);
}

/* ============================ the complex functions ============================ */

static cmath_c
c_make(double re, double im)
{
    cmath_c r = {re, im};
    return r;
}

/* |z| as complex abs(): infinite parts win over NaN; ERANGE when it overflows. */
static double
c_abs(cmath_c z, cmath_err *err)
{
    *err = CM_OK;
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        if (isinf(z.real)) {
            return fabs(z.real);
        }
        if (isinf(z.imag)) {
            return fabs(z.imag);
        }
        return NAN;
    }
    double r = hypot(z.real, z.imag);
    if (!isfinite(r)) {
        *err = CM_ERANGE;
    }
    return r;
}

/* a / b by Smith's method (complex division); EDOM for a zero divisor. */
static cmath_c
c_quot(cmath_c a, cmath_c b, cmath_err *err)
{
    double abs_br = fabs(b.real), abs_bi = fabs(b.imag);
    cmath_c r;
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            *err = CM_EDOM;
            return c_make(0.0, 0.0);
        }
        double ratio = b.imag / b.real;
        double denom = b.real + b.imag * ratio;
        r.real = (a.real + a.imag * ratio) / denom;
        r.imag = (a.imag - a.real * ratio) / denom;
    } else if (abs_bi >= abs_br) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    } else {
        r.real = r.imag = NAN;   // a NaN divisor
    }
    return r;
}

static cmath_c
c_sqrt(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (cmath_lookup(sqrt_special, z, &r, err)) {
        return r;
    }
    if (z.real == 0. && z.imag == 0.) {
        return c_make(0., z.imag);
    }
    double ax = fabs(z.real), ay = fabs(z.imag), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // subnormal parts: scale up so that the square root keeps full precision
        ax = ldexp(ax, CM_SCALE_UP);
        s = ldexp(sqrt(ax + hypot(ax, ldexp(ay, CM_SCALE_UP))), CM_SCALE_DOWN);
    } else {
        ax /= 8.;
        s = 2. * sqrt(ax + hypot(ax, ay / 8.));
    }
    double d = ay / (2. * s);
    if (z.real >= 0.) {
        return c_make(s, copysign(d, z.imag));
    }
    return c_make(d, copysign(s, z.imag));
}

static cmath_c
c_acos(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (cmath_lookup(acos_special, z, &r, err)) {
        return r;
    }
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        // avoid overflow: log|z| + log 2 approximates the imaginary part
        r.real = atan2(fabs(z.imag), z.real);
        double l = log(hypot(z.real / 2., z.imag / 2.)) + CM_LN2 * 2.;
        r.imag = z.real < 0 ? -copysign(l, z.imag) : copysign(l, -z.imag);
        return r;
    }
    cmath_c s1 = c_sqrt(c_make(1. - z.real, -z.imag), err);
    cmath_c s2 = c_sqrt(c_make(1. + z.real, z.imag), err);
    r.real = 2. * atan2(s1.real, s2.real);
    r.imag = asinh(s2.real * s1.imag - s2.imag * s1.real);
    *err = CM_OK;
    return r;
}

static cmath_c
c_acosh(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (cmath_lookup(acosh_special, z, &r, err)) {
        return r;
    }
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        r.real = log(hypot(z.real / 2., z.imag / 2.)) + CM_LN2 * 2.;
        r.imag = atan2(z.imag, z.real);
        return r;
    }
    cmath_c s1 = c_sqrt(c_make(z.real - 1., z.imag), err);
    cmath_c s2 = c_sqrt(c_make(z.real + 1., z.imag), err);
    r.real = asinh(s1.real * s2.real + s1.imag * s2.imag);
    r.imag = 2. * atan2(s1.imag, s2.real);
    *err = CM_OK;
    return r;
}

static cmath_c
c_asinh(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (cmath_lookup(asinh_special, z, &r, err)) {
        return r;
    }
    if (fabs(z.real) > CM_LARGE_DOUBLE || fabs(z.imag) > CM_LARGE_DOUBLE) {
        double l = log(hypot(z.real / 2., z.imag / 2.)) + CM_LN2 * 2.;
        r.real = z.imag >= 0. ? copysign(l, z.real) : -copysign(l, -z.real);
        r.imag = atan2(z.imag, fabs(z.real));
        return r;
    }
    cmath_c s1 = c_sqrt(c_make(1. + z.imag, -z.real), err);
    cmath_c s2 = c_sqrt(c_make(1. - z.imag, z.real), err);
    r.real = asinh(s1.real * s2.imag - s2.real * s1.imag);
    r.imag = atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
    *err = CM_OK;
    return r;
}

/* asin(z) = -i asinh(i z) */
static cmath_c
c_asin(cmath_c z, cmath_err *err)
{
    cmath_c s = c_asinh(c_make(-z.imag, z.real), err);
    return c_make(s.imag, -s.real);
}

static cmath_c
c_atanh(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (cmath_lookup(atanh_special, z, &r, err)) {
        return r;
    }
    if (z.real < 0.) {   // atanh is odd: work on the right half-plane
        r = c_atanh(c_make(-z.real, -z.imag), err);
        return c_make(-r.real, -r.imag);
    }
    double ay = fabs(z.imag);
    if (z.real > CM_SQRT_LARGE_DOUBLE || ay > CM_SQRT_LARGE_DOUBLE) {
        double h = hypot(z.real / 2., z.imag / 2.);   // cannot overflow
        r.real = z.real / 4. / h / h;
        r.imag = -copysign(CM_PI / 2., -z.imag);
    } else if (z.real == 1. && ay < CM_SQRT_DBL_MIN) {
        if (ay == 0.) {   // the poles: C99 gives inf +/- 0i, CPython a domain error
            r.real = INFINITY;
            r.imag = z.imag;
            *err = CM_EDOM;
        } else {
            r.real = -log(sqrt(ay) / sqrt(hypot(ay, 2.)));
            r.imag = copysign(atan2(2., -ay) / 2, z.imag);
        }
    } else {
        r.real = log1p(4. * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4.;
        r.imag = -atan2(-2. * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2.;
    }
    return r;
}

/* atan(z) = -i atanh(i z) */
static cmath_c
c_atan(cmath_c z, cmath_err *err)
{
    cmath_c s = c_atanh(c_make(-z.imag, z.real), err);
    return c_make(s.imag, -s.real);
}

/* cosh and sinh of an infinite real part and finite nonzero imaginary part: infinities
 * in the directions of cis(imag). */
static cmath_c
c_cosh(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            r.real = copysign(INFINITY, cos(z.imag));
            r.imag = z.real > 0 ? copysign(INFINITY, sin(z.imag))
                                : -copysign(INFINITY, sin(z.imag));
        } else {
            cmath_lookup(cosh_special, z, &r, err);
        }
        *err = isinf(z.imag) && !isnan(z.real) ? CM_EDOM : CM_OK;
        return r;
    }
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE) {
        double x_minus_one = z.real - copysign(1., z.real);
        r.real = cos(z.imag) * cosh(x_minus_one) * CM_E;
        r.imag = sin(z.imag) * sinh(x_minus_one) * CM_E;
    } else {
        r.real = cos(z.imag) * cosh(z.real);
        r.imag = sin(z.imag) * sinh(z.real);
    }
    if (isinf(r.real) || isinf(r.imag)) {
        *err = CM_ERANGE;
    }
    return r;
}

/* cos(z) = cosh(i z) */
static cmath_c
c_cos(cmath_c z, cmath_err *err)
{
    return c_cosh(c_make(-z.imag, z.real), err);
}

static cmath_c
c_sinh(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            r.real = z.real > 0 ? copysign(INFINITY, cos(z.imag))
                                : -copysign(INFINITY, cos(z.imag));
            r.imag = copysign(INFINITY, sin(z.imag));
        } else {
            cmath_lookup(sinh_special, z, &r, err);
        }
        *err = isinf(z.imag) && !isnan(z.real) ? CM_EDOM : CM_OK;
        return r;
    }
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE) {
        double x_minus_one = z.real - copysign(1., z.real);
        r.real = cos(z.imag) * sinh(x_minus_one) * CM_E;
        r.imag = sin(z.imag) * cosh(x_minus_one) * CM_E;
    } else {
        r.real = cos(z.imag) * sinh(z.real);
        r.imag = sin(z.imag) * cosh(z.real);
    }
    if (isinf(r.real) || isinf(r.imag)) {
        *err = CM_ERANGE;
    }
    return r;
}

/* sin(z) = -i sinh(i z) */
static cmath_c
c_sin(cmath_c z, cmath_err *err)
{
    cmath_c s = c_sinh(c_make(-z.imag, z.real), err);
    return c_make(s.imag, -s.real);
}

static cmath_c
c_tanh(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            r.real = z.real > 0 ? 1.0 : -1.0;
            r.imag = copysign(0., 2. * sin(z.imag) * cos(z.imag));
        } else {
            cmath_lookup(tanh_special, z, &r, err);
        }
        *err = isinf(z.imag) && isfinite(z.real) ? CM_EDOM : CM_OK;
        return r;
    }
    if (fabs(z.real) > CM_LOG_LARGE_DOUBLE) {
        r.real = copysign(1., z.real);
        r.imag = 4. * sin(z.imag) * cos(z.imag) * exp(-2. * fabs(z.real));
    } else {
        double tx = tanh(z.real), ty = tan(z.imag), cx = 1. / cosh(z.real);
        double txty = tx * ty;
        double denom = 1. + txty * txty;
        r.real = tx * (1. + ty * ty) / denom;
        r.imag = ((ty / denom) * cx) * cx;
    }
    return r;
}

/* tan(z) = -i tanh(i z) */
static cmath_c
c_tan(cmath_c z, cmath_err *err)
{
    cmath_c s = c_tanh(c_make(-z.imag, z.real), err);
    return c_make(s.imag, -s.real);
}

static cmath_c
c_exp(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (!isfinite(z.real) || !isfinite(z.imag)) {
        if (isinf(z.real) && isfinite(z.imag) && z.imag != 0.) {
            double m = z.real > 0 ? INFINITY : 0.;
            r.real = copysign(m, cos(z.imag));
            r.imag = copysign(m, sin(z.imag));
        } else {
            cmath_lookup(exp_special, z, &r, err);
        }
        *err = isinf(z.imag) && (isfinite(z.real) || (isinf(z.real) && z.real > 0))
                   ? CM_EDOM : CM_OK;
        return r;
    }
    if (z.real > CM_LOG_LARGE_DOUBLE) {
        double l = exp(z.real - 1.);
        r.real = l * cos(z.imag) * CM_E;
        r.imag = l * sin(z.imag) * CM_E;
    } else {
        double l = exp(z.real);
        r.real = l * cos(z.imag);
        r.imag = l * sin(z.imag);
    }
    if (isinf(r.real) || isinf(r.imag)) {
        *err = CM_ERANGE;
    }
    return r;
}

static cmath_c
c_log(cmath_c z, cmath_err *err)
{
    cmath_c r;
    *err = CM_OK;
    if (cmath_lookup(log_special, z, &r, err)) {
        return r;
    }
    double ax = fabs(z.real), ay = fabs(z.imag);
    if (ax > CM_LARGE_DOUBLE || ay > CM_LARGE_DOUBLE) {
        r.real = log(hypot(ax / 2., ay / 2.)) + CM_LN2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0. || ay > 0.) {   // |z| subnormal: scale to keep precision
            r.real = log(hypot(ldexp(ax, DBL_MANT_DIG), ldexp(ay, DBL_MANT_DIG)))
                     - DBL_MANT_DIG * CM_LN2;
        } else {   // log(+-0 +-0j)
            r.real = -INFINITY;
            r.imag = atan2(z.imag, z.real);
            *err = CM_EDOM;
            return r;
        }
    } else {
        double h = hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {   // near 1: log1p keeps the small result accurate
            double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
            r.real = log1p((am - 1) * (am + 1) + an * an) / 2.;
        } else {
            r.real = log(h);
        }
    }
    r.imag = atan2(z.imag, z.real);
    return r;
}

static cmath_c
c_log10(cmath_c z, cmath_err *err)
{
    cmath_c r = c_log(z, err);
    return c_make(r.real / CM_LN10, r.imag / CM_LN10);
}

/* ============================ module functions ============================== */

/* f(z) for one complex argument, with f's error as an exception. New reference. */
static GlObject *
cmath_1(GlObject *arg, cmath_c (*f)(cmath_c, cmath_err *)) GL_NEWREF
{
    cmath_c z;
    if (cmath_arg(arg, &z) < 0) {
        return NULL;
    }
    cmath_err err = CM_OK;
    cmath_c r = f(z, &err);
    return cmath_result(r, err);
}

/* cmath.<name>(z) over c_<name>: new reference. */
#define CMATH_FUNC1(name)                                                             \
    static GlObject *cmath_##name(GlObject *m, GlObject *arg)                         \
    {                                                                                 \
        return cmath_1(arg, c_##name);                                                \
    }

CMATH_FUNC1(acos)
CMATH_FUNC1(acosh)
CMATH_FUNC1(asin)
CMATH_FUNC1(asinh)
CMATH_FUNC1(atan)
CMATH_FUNC1(atanh)
CMATH_FUNC1(cos)
CMATH_FUNC1(cosh)
CMATH_FUNC1(exp)
CMATH_FUNC1(log10)
CMATH_FUNC1(sin)
CMATH_FUNC1(sinh)
CMATH_FUNC1(sqrt)
CMATH_FUNC1(tan)
CMATH_FUNC1(tanh)

/* log(x[, base]): log(x) / log(base); the error is that of the last step, as
 * CPython's errno (log(0, 2) is -inf+nanj, log(2, 1) a domain error). New ref. */
static GlObject *
cmath_log(GlObject *m, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF
{
    cmath_c x, y;
    if (GlArg_CheckPositional("log", nargs, 1, 2) < 0 || cmath_arg(args[0], &x) < 0
        || (nargs == 2 && cmath_arg(args[1], &y) < 0)) {
        return NULL;
    }
    cmath_err err = CM_OK;
    x = c_log(x, &err);
    if (nargs == 2) {
        y = c_log(y, &err);
        x = c_quot(x, y, &err);
    }
    return cmath_result(x, err);
}

/* phase(z): the argument of z in [-pi, pi]; OverflowError when atan2 underflows (errno
 * ERANGE), as CPython. New reference. */
static GlObject *
cmath_phase(GlObject *m, GlObject *arg) GL_NEWREF
{
    cmath_c z;
    if (cmath_arg(arg, &z) < 0) {
        return NULL;
    }
    errno = 0;
    double phi = atan2(z.imag, z.real);   // the C library reports underflow as ERANGE
    if (errno != 0) {
        return cmath_result(z, errno == EDOM ? CM_EDOM : CM_ERANGE);
    }
    return GlFloat_FromDouble(phi);
}

/* polar(z) -> (abs(z), phase(z)); OverflowError when abs overflows. New reference. */
static GlObject *
cmath_polar(GlObject *m, GlObject *arg) GL_NEWREF
{
    cmath_c z;
    if (cmath_arg(arg, &z) < 0) {
        return NULL;
    }
    cmath_err err;
    double phi = atan2(z.imag, z.real);   // an underflow here is no error (unlike phase)
    double r = c_abs(z, &err);
    if (err != CM_OK) {
        return cmath_result(z, err);
    }
    GlObject *a = GlFloat_FromDouble(r), *b = GlFloat_FromDouble(phi), *t = NULL;
    if (a != NULL && b != NULL) {
        GlObject *items[2] = {a, b};
        t = GlTuple_FromArray(items, 2);
    }
    Gl_XDECREF(a);
    Gl_XDECREF(b);
    return t;
}

/* rect(r, phi) -> r * (cos(phi) + i sin(phi)). New reference. */
static GlObject *
cmath_rect(GlObject *m, GlObject *const *args, Gl_ssize_t nargs) GL_NEWREF
{
    double r, phi;
    if (GlArg_CheckPositional("rect", nargs, 2, 2) < 0 || cmath_real(args[0], &r) < 0
        || cmath_real(args[1], &phi) < 0) {
        return NULL;
    }
    cmath_c z;
    cmath_err err = CM_OK;
    if (!isfinite(r) || !isfinite(phi)) {
        if (isinf(r) && isfinite(phi) && phi != 0.) {
            double s = r > 0 ? 1. : -1.;
            z.real = s * copysign(INFINITY, cos(phi));
            z.imag = s * copysign(INFINITY, sin(phi));
        } else {
            cmath_lookup(rect_special, c_make(r, phi), &z, &err);
        }
        err = r != 0. && !isnan(r) && isinf(phi) ? CM_EDOM : CM_OK;
    } else if (phi == 0.0) {
        z = c_make(r, r * phi);   // keeps the sign of a zero phi
    } else {
        z = c_make(r * cos(phi), r * sin(phi));
    }
    return cmath_result(z, err);
}

/* isfinite(z): both parts finite. New reference. */
static GlObject *
cmath_isfinite(GlObject *m, GlObject *arg) GL_NEWREF
{
    cmath_c z;
    if (cmath_arg(arg, &z) < 0) {
        return NULL;
    }
    return GlBool_FromLong(isfinite(z.real) && isfinite(z.imag));
}

/* isinf(z): either part infinite. New reference. */
static GlObject *
cmath_isinf(GlObject *m, GlObject *arg) GL_NEWREF
{
    cmath_c z;
    if (cmath_arg(arg, &z) < 0) {
        return NULL;
    }
    return GlBool_FromLong(isinf(z.real) || isinf(z.imag));
}

/* isnan(z): either part NaN. New reference. */
static GlObject *
cmath_isnan(GlObject *m, GlObject *arg) GL_NEWREF
{
    cmath_c z;
    if (cmath_arg(arg, &z) < 0) {
        return NULL;
    }
    return GlBool_FromLong(isnan(z.real) || isnan(z.imag));
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) as CPython's. New reference. */
static GlObject *
cmath_isclose(GlObject *m, GlObject *const *args, Gl_ssize_t nargs,
              GlObject *kwnames) GL_NEWREF
{
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    GlObject *v[4] = {NULL, NULL, NULL, NULL};
    if (GlArg_ParseVector("isclose", args, nargs, kwnames, kwlist, 2, 2, v) < 0) {
        return NULL;
    }
    cmath_c a, b;
    double rel_tol = 1e-09, abs_tol = 0.0;
    if (cmath_arg(v[0], &a) < 0 || cmath_arg(v[1], &b) < 0
        || (v[2] != NULL && cmath_real(v[2], &rel_tol) < 0)
        || (v[3] != NULL && cmath_real(v[3], &abs_tol) < 0)) {
        return NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return GlErr_SetString(GlExc_ValueError, "tolerances must be non-negative");
    }
    if (a.real == b.real && a.imag == b.imag) {
        Gl_RETURN_TRUE;   // also equal infinities
    }
    if (isinf(a.real) || isinf(a.imag) || isinf(b.real) || isinf(b.imag)) {
        Gl_RETURN_FALSE;
    }
    cmath_err err;
    double diff = c_abs(c_make(a.real - b.real, a.imag - b.imag), &err);
    return GlBool_FromLong(diff <= rel_tol * c_abs(b, &err) || diff <= rel_tol * c_abs(a, &err)
                           || diff <= abs_tol);
}

/* ================================ the module =================================== */

static GlMethodDef cmath_methods[] = {
    {"acos", GL_FN(cmath_acos), GL_METH_O,
     "acos(z, /)\n--\n\nReturn the arc cosine of z."},
    {"acosh", GL_FN(cmath_acosh), GL_METH_O,
     "acosh(z, /)\n--\n\nReturn the inverse hyperbolic cosine of z."},
    {"asin", GL_FN(cmath_asin), GL_METH_O, "asin(z, /)\n--\n\nReturn the arc sine of z."},
    {"asinh", GL_FN(cmath_asinh), GL_METH_O,
     "asinh(z, /)\n--\n\nReturn the inverse hyperbolic sine of z."},
    {"atan", GL_FN(cmath_atan), GL_METH_O, "atan(z, /)\n--\n\nReturn the arc tangent of z."},
    {"atanh", GL_FN(cmath_atanh), GL_METH_O,
     "atanh(z, /)\n--\n\nReturn the inverse hyperbolic tangent of z."},
    {"cos", GL_FN(cmath_cos), GL_METH_O, "cos(z, /)\n--\n\nReturn the cosine of z."},
    {"cosh", GL_FN(cmath_cosh), GL_METH_O,
     "cosh(z, /)\n--\n\nReturn the hyperbolic cosine of z."},
    {"exp", GL_FN(cmath_exp), GL_METH_O,
     "exp(z, /)\n--\n\nReturn the exponential value e**z."},
    {"isclose", GL_FN(cmath_isclose), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\n"
     "Determine whether two complex numbers are close in value."},
    {"isfinite", GL_FN(cmath_isfinite), GL_METH_O,
     "isfinite(z, /)\n--\n\nReturn True if both the real and imaginary parts of z are "
     "finite, else False."},
    {"isinf", GL_FN(cmath_isinf), GL_METH_O,
     "isinf(z, /)\n--\n\nChecks if the real or imaginary part of z is infinite."},
    {"isnan", GL_FN(cmath_isnan), GL_METH_O,
     "isnan(z, /)\n--\n\nChecks if the real or imaginary part of z not a number (NaN)."},
    {"log", GL_FN(cmath_log), GL_METH_FASTCALL,
     "log(x, base=<unrepresentable>, /)\n--\n\nlog(z[, base]) -> the logarithm of z to the "
     "given base.\n\nIf the base not specified, returns the natural logarithm (base e) of z."},
    {"log10", GL_FN(cmath_log10), GL_METH_O,
     "log10(z, /)\n--\n\nReturn the base-10 logarithm of z."},
    {"phase", GL_FN(cmath_phase), GL_METH_O,
     "phase(z, /)\n--\n\nReturn argument, also known as the phase angle, of a complex."},
    {"polar", GL_FN(cmath_polar), GL_METH_O,
     "polar(z, /)\n--\n\nConvert a complex from rectangular coordinates to polar "
     "coordinates.\n\nr is the distance from 0 and phi the phase angle."},
    {"rect", GL_FN(cmath_rect), GL_METH_FASTCALL,
     "rect(r, phi, /)\n--\n\nConvert from polar coordinates to rectangular coordinates."},
    {"sin", GL_FN(cmath_sin), GL_METH_O, "sin(z, /)\n--\n\nReturn the sine of z."},
    {"sinh", GL_FN(cmath_sinh), GL_METH_O,
     "sinh(z, /)\n--\n\nReturn the hyperbolic sine of z."},
    {"sqrt", GL_FN(cmath_sqrt), GL_METH_O,
     "sqrt(z, /)\n--\n\nReturn the square root of z."},
    {"tan", GL_FN(cmath_tan), GL_METH_O, "tan(z, /)\n--\n\nReturn the tangent of z."},
    {"tanh", GL_FN(cmath_tanh), GL_METH_O,
     "tanh(z, /)\n--\n\nReturn the hyperbolic tangent of z."},
    {NULL, NULL, 0, NULL},
};

/* m.name = v (0 / -1); v is a new reference that is released. */
static int
cmath_add(GlObject *m, const char *name, GlObject *v)
{
    if (v == NULL) {
        return -1;
    }
    int rc = GlModule_AddObject(m, name, v);
    Gl_DECREF(v);
    return rc;
}

GlObject *
GlInit_cmath(void) GL_NEWREF
{
    GlObject *m = GlModule_NewFromString("cmath");
    if (m == NULL) {
        return NULL;
    }
    if (cmath_add(m, "__doc__", GlStr_FromString("This module provides access to "
                                                 "mathematical functions for complex\n"
                                                 "numbers.")) < 0
        || GlModule_AddFunctions(m, cmath_methods) < 0
        || cmath_add(m, "pi", GlFloat_FromDouble(CM_PI)) < 0
        || cmath_add(m, "e", GlFloat_FromDouble(CM_E)) < 0
        || cmath_add(m, "tau", GlFloat_FromDouble(2 * CM_PI)) < 0
        || cmath_add(m, "inf", GlFloat_FromDouble(INFINITY)) < 0
        || cmath_add(m, "infj", GlComplex_FromDoubles(0.0, INFINITY)) < 0
        || cmath_add(m, "nan", GlFloat_FromDouble(NAN)) < 0
        || cmath_add(m, "nanj", GlComplex_FromDoubles(0.0, NAN)) < 0) {
        Gl_DECREF(m);
        return NULL;
    }
    return m;
}
