/* mathmodule.c - the `math` module: C99 libm functions on doubles with CPython's error
 * rules, exact integer functions on GMP (factorial, gcd, lcm, comb, perm, isqrt), the
 * correctly rounded sum fsum (Shewchuk's partials) and the vector norms hypot/dist.
 *
 * Invariants:
 * - Every real argument goes through GlFloat_AsDouble (float, __float__, __index__;
 *   otherwise TypeError "must be real number, not str"); integer arguments go through
 *   GlNumber_Index ("'float' object cannot be interpreted as an integer").
 * - A NaN result from a non-NaN argument is ValueError "math domain error"; an infinite
 *   result from finite arguments is OverflowError "math range error" for the functions
 *   that can overflow (exp, expm1, exp2, cosh, sinh, pow, ldexp, gamma...) and
 *   ValueError "math domain error" for the others (log(0), atanh(1)), as CPython 3.11.
 * - floor/ceil use __floor__/__ceil__ of non-float arguments; trunc uses __trunc__ only.
 *
 * Left out: nothing of the 3.11 API. gamma/lgamma are CPython's own algorithm
 * (math_gamma.c); erf/erfc use the C library, as CPython 3.11 does on Linux.
 */
#include <errno.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include "modules.h"

/* =========================== argument conversion ============================= */

/* Value of x as a double (0 / -1 with exception). May run Python code. */
static int
math_real(GlObject *x, double *out)
{
    if (GlFloat_CheckExact(x)) {
        *out = GlFloat_AS_DOUBLE(x);
        return 0;
    }
    double d = GlFloat_AsDouble(x);   // PYTHON CODE (__float__, __index__)
    if (d == -1.0 && GlErr_Occurred()) {
        return -1;
    }
    *out = d;
    return 0;
}

static GlObject *
math_domain_error(void)
{
    return GlErr_SetString(GlExc_ValueError, "math domain error");
}

static GlObject *
math_range_error(void)
{
    return GlErr_SetString(GlExc_OverflowError, "math range error");
}

/* The result r of f(x) as a float, or the error CPython raises for it. */
static GlObject *
math_check1(double x, double r, int can_overflow)
{
    if (isnan(r) && !isnan(x)) {
        return math_domain_error();
    }
    if (isinf(r) && isfinite(x)) {
        return can_overflow ? math_range_error() : math_domain_error();
    }
    return GlFloat_FromDouble(r);
}

/* One-argument libm function with CPython's math_1 error rules. */
static GlObject *
math_1(GlObject *arg, double (*func)(double), int can_overflow)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    return math_check1(x, func(x), can_overflow);
}

/* Two-argument function with CPython's math_2 rules (NaN from non-NaN arguments:
 * ValueError; infinity from finite ones: OverflowError). */
static GlObject *
math_2(const char *name, GlObject *const *args, Gl_ssize_t nargs, double (*func)(double, double))
{
    double x, y;
    if (GlArg_CheckPositional(name, nargs, 2, 2) < 0 || math_real(args[0], &x) < 0
        || math_real(args[1], &y) < 0) {
        return NULL;
    }
    double r = func(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return math_domain_error();
    }
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        return math_range_error();
    }
    return GlFloat_FromDouble(r);
}

/* ============================ simple functions ================================ */

#define FUNC1(name, cfunc, overflow)                                                 \
    static GlObject *math_##name(GlObject *m, GlObject *arg)                         \
    {                                                                                \
        return math_1(arg, cfunc, overflow);                                         \
    }

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1(erf, erf, 0)
FUNC1(erfc, erfc, 0)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)
FUNC1(log1p, log1p, 0)

static GlObject *
math_gamma(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return GlFloat_FromDouble(x);
    }
    if (x == -INFINITY || x == 0.0 || (x < 0 && x == floor(x))) {
        return math_domain_error();   // poles and gamma(-inf)
    }
    return math_check1(x, GlMath_Gamma(x), 1);
}

static GlObject *
math_lgamma(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x)) {
        return GlFloat_FromDouble(x);
    }
    if (isinf(x)) {
        return GlFloat_FromDouble(INFINITY);
    }
    if (x <= 0 && x == floor(x)) {
        return math_domain_error();
    }
    return math_check1(x, GlMath_LogGamma(x), 1);
}

static GlObject *
math_atan2(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    return math_2("atan2", args, nargs, atan2);
}

static GlObject *
math_copysign(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    return math_2("copysign", args, nargs, copysign);
}

static double
m_remainder(double x, double y)
{
    if (isnan(x) || isnan(y)) {
        return x + y;
    }
    if (isinf(y) && isfinite(x)) {
        return x;
    }
    return remainder(x, y);   // NaN for inf or zero divisor: a domain error
}

static GlObject *
math_remainder(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    return math_2("remainder", args, nargs, m_remainder);
}

static GlObject *
math_nextafter(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    return math_2("nextafter", args, nargs, nextafter);
}

static GlObject *
math_fmod(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    double x, y;
    if (GlArg_CheckPositional("fmod", nargs, 2, 2) < 0 || math_real(args[0], &x) < 0
        || math_real(args[1], &y) < 0) {
        return NULL;
    }
    if (isinf(y) && isfinite(x)) {
        return GlFloat_FromDouble(x);
    }
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y)) {
        return math_domain_error();
    }
    return GlFloat_FromDouble(r);
}

static GlObject *
math_pow(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    double x, y;
    if (GlArg_CheckPositional("pow", nargs, 2, 2) < 0 || math_real(args[0], &x) < 0
        || math_real(args[1], &y) < 0) {
        return NULL;
    }
    double r = pow(x, y);   // C99 gives CPython's results for NaN and infinite operands
    if (isfinite(x) && isfinite(y) && !isfinite(r)) {
        /* NaN: negative base with a non-integer exponent; infinity: 0 ** negative
         * (a domain error) or overflow. */
        if (isnan(r) || x == 0.0) {
            return math_domain_error();
        }
        return math_range_error();
    }
    return GlFloat_FromDouble(r);
}

static GlObject *
math_ulp(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    if (isnan(x) || isinf(x)) {
        return GlFloat_FromDouble(fabs(x));
    }
    x = fabs(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up)) {
        return GlFloat_FromDouble(x - nextafter(x, -INFINITY));   // the largest float
    }
    return GlFloat_FromDouble(up - x);
}

static const double deg_to_rad = 3.141592653589793238462643383279502884197 / 180.0;
static const double rad_to_deg = 180.0 / 3.141592653589793238462643383279502884197;

static GlObject *
math_degrees(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    return GlFloat_FromDouble(x * rad_to_deg);
}

static GlObject *
math_radians(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    return GlFloat_FromDouble(x * deg_to_rad);
}

static GlObject *
math_isfinite(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    return GlBool_FromLong(isfinite(x));
}

static GlObject *
math_isinf(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    return GlBool_FromLong(isinf(x));
}

static GlObject *
math_isnan(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    return GlBool_FromLong(isnan(x));
}

static GlObject *
math_isclose(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    GlObject *a[4] = {NULL, NULL, NULL, NULL};
    if (GlArg_ParseVector("isclose", args, nargs, kwnames, kwlist, 2, 2, a) < 0) {
        return NULL;
    }
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (math_real(a[0], &x) < 0 || math_real(a[1], &y) < 0
        || (a[2] != NULL && math_real(a[2], &rel_tol) < 0)
        || (a[3] != NULL && math_real(a[3], &abs_tol) < 0)) {
        return NULL;
    }
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        return GlErr_SetString(GlExc_ValueError, "tolerances must be non-negative");
    }
    if (x == y) {
        Gl_RETURN_TRUE;   // also equal infinities
    }
    if (isinf(x) || isinf(y)) {
        Gl_RETURN_FALSE;
    }
    double diff = fabs(y - x);
    return GlBool_FromLong(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x)
                           || diff <= abs_tol);
}

/* ======================== floor, ceil, trunc, log ============================== */

/* floor/ceil: float fast path, else type(x).__floor__/__ceil__, else via float. */
static GlObject *
math_round_to_int(GlObject *x, const char *dunder, double (*func)(double))
{
    if (!GlFloat_CheckExact(x)) {
        int found = 0;
        GlObject *r = GlObject_CallSpecial(x, GlStr_InternFromString(dunder), NULL, 0,
                                           &found);   // PYTHON CODE
        if (found || r != NULL || GlErr_Occurred()) {
            return r;
        }
    }
    double d;
    if (math_real(x, &d) < 0) {
        return NULL;
    }
    return GlInt_FromDouble(func(d));
}

static GlObject *
math_floor(GlObject *m, GlObject *x)
{
    return math_round_to_int(x, "__floor__", floor);
}

static GlObject *
math_ceil(GlObject *m, GlObject *x)
{
    return math_round_to_int(x, "__ceil__", ceil);
}

static GlObject *
math_trunc(GlObject *m, GlObject *x)
{
    if (GlFloat_CheckExact(x)) {
        return GlInt_FromDouble(trunc(GlFloat_AS_DOUBLE(x)));
    }
    int found = 0;
    GlObject *r = GlObject_CallSpecial(x, GlStr_InternFromString("__trunc__"), NULL, 0,
                                       &found);   // PYTHON CODE
    if (!found && r == NULL && !GlErr_Occurred()) {
        return GlErr_Format(GlExc_TypeError, "type %.100s doesn't define __trunc__ method",
                            Gl_TYPE(x)->tp_name);
    }
    return r;
}

/* func(arg) for the log family; ints too large for a double are handled as
 * func(mantissa) + func(2) * exponent (CPython's loghelper). */
static GlObject *
math_loghelper(GlObject *arg, double (*func)(double))
{
    if (GlInt_Check(arg)) {
        if (GlInt_Sign(arg) <= 0) {
            return math_domain_error();
        }
        GlIntView view;
        mpz_srcptr z = GlInt_View(arg, &view);
        if (mpz_sizeinbase(z, 2) > DBL_MAX_EXP - 1) {
            long e;
            double mant = mpz_get_d_2exp(&e, z);
            return GlFloat_FromDouble(func(mant) + func(2.0) * (double)e);
        }
        double x = GlInt_AsDouble(arg);
        if (x == -1.0 && GlErr_Occurred()) {
            return NULL;
        }
        return math_check1(x, func(x), 0);
    }
    return math_1(arg, func, 0);
}

static GlObject *
math_log(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("log", nargs, 1, 2) < 0) {
        return NULL;
    }
    GlObject *num = math_loghelper(args[0], log);
    if (num == NULL || nargs == 1) {
        return num;
    }
    GlObject *den = math_loghelper(args[1], log);
    if (den == NULL) {
        Gl_DECREF(num);
        return NULL;
    }
    GlObject *r = GlNumber_TrueDivide(num, den);   // "float division by zero" for base 1
    Gl_DECREF(num);
    Gl_DECREF(den);
    return r;
}

static GlObject *
math_log2(GlObject *m, GlObject *arg)
{
    return math_loghelper(arg, log2);
}

static GlObject *
math_log10(GlObject *m, GlObject *arg)
{
    return math_loghelper(arg, log10);
}

/* ====================== frexp, ldexp, modf ===================================== */

static GlObject *
math_frexp(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    int e = 0;
    if (isfinite(x) && x != 0.0) {
        x = frexp(x, &e);
    }
    GlObject *a = GlFloat_FromDouble(x);
    GlObject *b = GlInt_FromLong(e);
    GlObject *r = (a != NULL && b != NULL) ? GlTuple_Pack(2, a, b) : NULL;
    Gl_XDECREF(a);
    Gl_XDECREF(b);
    return r;
}

static GlObject *
math_ldexp(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    double x;
    if (GlArg_CheckPositional("ldexp", nargs, 2, 2) < 0 || math_real(args[0], &x) < 0) {
        return NULL;
    }
    if (!GlInt_Check(args[1])) {
        return GlErr_SetString(GlExc_TypeError, "Expected an int as second argument to ldexp.");
    }
    int overflow = 0;
    int64_t e = GlInt_AsInt64AndOverflow(args[1], &overflow);
    if (overflow != 0) {
        e = overflow < 0 ? INT64_MIN : INT64_MAX;
    }
    double r;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (e > INT_MAX) {
        return math_range_error();
    } else if (e < INT_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) {
            return math_range_error();
        }
    }
    return GlFloat_FromDouble(r);
}

static GlObject *
math_modf(GlObject *m, GlObject *arg)
{
    double x;
    if (math_real(arg, &x) < 0) {
        return NULL;
    }
    double ip, fp;
    if (isinf(x)) {
        ip = x;
        fp = copysign(0.0, x);
    } else {
        fp = modf(x, &ip);   // NaN gives (nan, nan)
    }
    GlObject *a = GlFloat_FromDouble(fp);
    GlObject *b = GlFloat_FromDouble(ip);
    GlObject *r = (a != NULL && b != NULL) ? GlTuple_Pack(2, a, b) : NULL;
    Gl_XDECREF(a);
    Gl_XDECREF(b);
    return r;
}

/* =============================== fsum ========================================== */

/* Append v to the growable array *p (size *n, capacity *cap). 0 / -1. */
static int
partials_push(double **p, Gl_ssize_t *n, Gl_ssize_t *cap, double v)
{
    if (*n == *cap) {
        Gl_ssize_t ncap = *cap * 2;
        double *np = realloc(*p, (size_t)ncap * sizeof(double));
        if (np == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        *p = np;
        *cap = ncap;
    }
    (*p)[(*n)++] = v;
    return 0;
}

/* Add x to the non-overlapping partials (increasing magnitude), Shewchuk's way:
 * each step keeps the exact rounding error of hi = x + y as a new partial. */
static int
fsum_add(double **p, Gl_ssize_t *n, Gl_ssize_t *cap, double x)
{
    Gl_ssize_t i = 0;
    for (Gl_ssize_t j = 0; j < *n; j++) {
        double y = (*p)[j];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y;
        double lo = y - (hi - x);
        if (lo != 0.0) {
            (*p)[i++] = lo;
        }
        x = hi;
    }
    *n = i;
    if (x != 0.0) {
        return partials_push(p, n, cap, x);
    }
    return 0;
}

/* The correctly rounded double of the sum of the partials (round half even). */
static double
fsum_result(const double *p, Gl_ssize_t n)
{
    if (n == 0) {
        return 0.0;
    }
    double hi = p[--n], lo = 0.0;
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) {
            break;
        }
    }
    /* When the rounding error lies exactly half-way and the next partial pushes in the
     * same direction, the true sum rounds away: redo the addition with 2 * lo. */
    if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
        double y = lo * 2.0;
        double x = hi + y;
        if (y == x - hi) {
            hi = x;
        }
    }
    return hi;
}

static GlObject *
math_fsum(GlObject *m, GlObject *seq)
{
    GlObject *it = GlObject_GetIter(seq);
    if (it == NULL) {
        return NULL;
    }
    Gl_ssize_t n = 0, cap = 32;
    double *p = malloc((size_t)cap * sizeof(double));
    double special = 0.0, inf_sum = 0.0;
    GlObject *item, *result = NULL;
    if (p == NULL) {
        Gl_DECREF(it);
        return GlErr_NoMemory();
    }
    while ((item = GlIter_Next(it)) != NULL) {   // PYTHON CODE
        double x;
        int rc = math_real(item, &x);
        Gl_DECREF(item);
        if (rc < 0) {
            goto done;
        }
        if (!isfinite(x)) {
            /* Specials are summed apart; inf + -inf (NaN in inf_sum) is an error. */
            if (isinf(x)) {
                inf_sum += x;
            }
            special += x;
            n = 0;
            continue;
        }
        if (fsum_add(&p, &n, &cap, x) < 0) {
            goto done;
        }
        if (n > 0 && !isfinite(p[n - 1])) {
            GlErr_SetString(GlExc_OverflowError, "intermediate overflow in fsum");
            goto done;
        }
    }
    if (GlErr_Occurred()) {
        goto done;
    }
    if (special != 0.0 || isnan(special)) {
        if (isnan(inf_sum)) {
            GlErr_SetString(GlExc_ValueError, "-inf + inf in fsum");
        } else {
            result = GlFloat_FromDouble(special);
        }
        goto done;
    }
    result = GlFloat_FromDouble(fsum_result(p, n));
done:
    free(p);
    Gl_DECREF(it);
    return result;
}

/* ============================ hypot and dist =================================== */

/* Euclidean norm of v[0..n) (n >= 1, entries already absolute), max its largest
 * entry: squares of the entries scaled by a power of two are summed as a
 * double-double (exact products through fma), then one Newton step corrects sqrt. */
static double
vector_norm(double *v, Gl_ssize_t n, double max, int found_nan)
{
    if (isinf(max)) {
        return max;
    }
    if (found_nan) {
        return NAN;
    }
    if (max == 0.0 || n == 1) {
        return max;
    }
    int e;
    frexp(max, &e);
    if (e < -1020) {
        /* Subnormal range: scale into normal numbers first. */
        for (Gl_ssize_t i = 0; i < n; i++) {
            v[i] /= DBL_MIN;
        }
        return DBL_MIN * vector_norm(v, n, max / DBL_MIN, 0);
    }
    double scale = ldexp(1.0, -e);
    double hi = 0.0, lo = 0.0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        double sq = x * x;
        double sq_err = fma(x, x, -sq);
        double s = hi + sq;
        double bb = s - hi;
        lo += (hi - (s - bb)) + (sq - bb) + sq_err;   // TwoSum error plus product error
        hi = s;
    }
    double total = hi + lo;
    lo = lo - (total - hi);
    hi = total;
    double h = sqrt(hi);
    double resid = fma(-h, h, hi) + lo;
    h += resid / (2.0 * h);
    return ldexp(h, e);
}

static GlObject *
math_hypot(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    double stack[16];
    double *v = nargs <= 16 ? stack : malloc((size_t)nargs * sizeof(double));
    if (v == NULL) {
        return GlErr_NoMemory();
    }
    double max = 0.0;
    int found_nan = 0;
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        double x;
        if (math_real(args[i], &x) < 0) {
            if (v != stack) {
                free(v);
            }
            return NULL;
        }
        x = fabs(x);
        v[i] = x;
        found_nan |= isnan(x);
        if (x > max) {
            max = x;
        }
    }
    double r = nargs == 0 ? 0.0 : vector_norm(v, nargs, max, found_nan);
    if (v != stack) {
        free(v);
    }
    return GlFloat_FromDouble(r);
}

static GlObject *
math_dist(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("dist", nargs, 2, 2) < 0) {
        return NULL;
    }
    GlObject *p = GlSequence_Fast(args[0], "dist() argument 1 must be a sequence");
    GlObject *q = p ? GlSequence_Fast(args[1], "dist() argument 2 must be a sequence") : NULL;
    GlObject *result = NULL;
    double *v = NULL;
    if (q == NULL) {
        goto done;
    }
    Gl_ssize_t n = Gl_SIZE(p);
    if (n != Gl_SIZE(q)) {
        GlErr_SetString(GlExc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    v = malloc((size_t)(n + 1) * sizeof(double));
    if (v == NULL) {
        GlErr_NoMemory();
        goto done;
    }
    double max = 0.0;
    int found_nan = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *a = GlList_Check(p) ? GlList_GET_ITEM(p, i) : GlTuple_GET_ITEM(p, i);
        GlObject *b = GlList_Check(q) ? GlList_GET_ITEM(q, i) : GlTuple_GET_ITEM(q, i);
        double x, y;
        if (math_real(a, &x) < 0 || math_real(b, &y) < 0) {
            goto done;
        }
        v[i] = fabs(x - y);
        found_nan |= isnan(v[i]);
        if (v[i] > max) {
            max = v[i];
        }
    }
    result = GlFloat_FromDouble(n == 0 ? 0.0 : vector_norm(v, n, max, found_nan));
done:
    free(v);
    Gl_XDECREF(p);
    Gl_XDECREF(q);
    return result;
}

/* ============================ integer functions ================================ */

static GlObject *
math_factorial(GlObject *m, GlObject *arg)
{
    GlObject *n = GlNumber_Index(arg);
    if (n == NULL) {
        return NULL;
    }
    int overflow = 0;
    int64_t v = GlInt_AsInt64AndOverflow(n, &overflow);
    Gl_DECREF(n);
    if (overflow > 0) {
        return GlErr_Format(GlExc_OverflowError, "factorial() argument should not exceed %ld",
                            LONG_MAX);
    }
    if (overflow < 0 || v < 0) {
        return GlErr_SetString(GlExc_ValueError, "factorial() not defined for negative values");
    }
    mpz_t z;
    mpz_init(z);
    mpz_fac_ui(z, (unsigned long)v);
    return GlInt_FromMpzSteal(z);
}

/* gcd (is_lcm 0) or lcm of the arguments, each through __index__. */
static GlObject *
math_gcd_lcm(GlObject *const *args, Gl_ssize_t nargs, int is_lcm)
{
    mpz_t acc;
    mpz_init_set_ui(acc, is_lcm ? 1 : 0);
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        GlObject *x = GlNumber_Index(args[i]);
        if (x == NULL) {
            mpz_clear(acc);
            return NULL;
        }
        GlIntView view;
        mpz_srcptr z = GlInt_View(x, &view);
        if (is_lcm) {
            mpz_lcm(acc, acc, z);
        } else {
            mpz_gcd(acc, acc, z);
        }
        Gl_DECREF(x);
    }
    return GlInt_FromMpzSteal(acc);
}

static GlObject *
math_gcd(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    return math_gcd_lcm(args, nargs, 0);
}

static GlObject *
math_lcm(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    return math_gcd_lcm(args, nargs, 1);
}

static GlObject *
math_isqrt(GlObject *m, GlObject *arg)
{
    GlObject *n = GlNumber_Index(arg);
    if (n == NULL) {
        return NULL;
    }
    if (GlInt_Sign(n) < 0) {
        Gl_DECREF(n);
        return GlErr_SetString(GlExc_ValueError, "isqrt() argument must be nonnegative");
    }
    GlIntView view;
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, GlInt_View(n, &view));
    Gl_DECREF(n);
    return GlInt_FromMpzSteal(r);
}

/* comb(n, k) (is_perm 0) or perm(n, k): the arguments through __index__. */
static GlObject *
math_comb_perm(GlObject *narg, GlObject *karg, int is_perm)
{
    GlObject *n = GlNumber_Index(narg);
    GlObject *k = n != NULL ? GlNumber_Index(karg) : NULL;
    GlObject *result = NULL;
    if (k == NULL) {
        goto done;
    }
    if (GlInt_Sign(n) < 0) {
        GlErr_SetString(GlExc_ValueError, "n must be a non-negative integer");
        goto done;
    }
    if (GlInt_Sign(k) < 0) {
        GlErr_SetString(GlExc_ValueError, "k must be a non-negative integer");
        goto done;
    }
    GlIntView nv, kv;
    mpz_srcptr nz = GlInt_View(n, &nv);
    mpz_srcptr kz = GlInt_View(k, &kv);
    if (mpz_cmp(kz, nz) > 0) {
        result = GlInt_FromLong(0);
        goto done;
    }
    mpz_t kk;
    mpz_init_set(kk, kz);
    if (!is_perm) {
        mpz_t rest;   // comb(n, k) == comb(n, n - k): use the smaller
        mpz_init(rest);
        mpz_sub(rest, nz, kz);
        if (mpz_cmp(rest, kk) < 0) {
            mpz_set(kk, rest);
        }
        mpz_clear(rest);
    }
    if (!mpz_fits_slong_p(kk)) {
        mpz_clear(kk);
        GlErr_Format(GlExc_OverflowError,
                     is_perm ? "k must not exceed %lld" : "min(n - k, k) must not exceed %lld",
                     (long long)LLONG_MAX);
        goto done;
    }
    unsigned long kul = mpz_get_ui(kk);
    mpz_clear(kk);
    mpz_t r;
    mpz_init(r);
    mpz_bin_ui(r, nz, kul);
    if (is_perm) {
        mpz_t f;
        mpz_init(f);
        mpz_fac_ui(f, kul);
        mpz_mul(r, r, f);
        mpz_clear(f);
    }
    result = GlInt_FromMpzSteal(r);
done:
    Gl_XDECREF(n);
    Gl_XDECREF(k);
    return result;
}

static GlObject *
math_comb(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("comb", nargs, 2, 2) < 0) {
        return NULL;
    }
    return math_comb_perm(args[0], args[1], 0);
}

static GlObject *
math_perm(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("perm", nargs, 1, 2) < 0) {
        return NULL;
    }
    if (nargs == 1 || args[1] == Gl_None) {
        return math_factorial(m, args[0]);
    }
    return math_comb_perm(args[0], args[1], 1);
}

static GlObject *
math_prod(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"", "start", NULL};
    GlObject *a[2] = {NULL, NULL};
    if (nargs > 1) {
        return GlErr_Format(GlExc_TypeError,
                            "prod() takes exactly 1 positional argument (%zd given)", nargs);
    }
    if (GlArg_ParseVector("prod", args, nargs, kwnames, kwlist, 1, 1, a) < 0) {
        return NULL;
    }
    GlObject *it = GlObject_GetIter(a[0]);
    if (it == NULL) {
        return NULL;
    }
    GlObject *acc = a[1] != NULL ? Gl_NewRef(a[1]) : GlInt_FromLong(1);
    GlObject *item;
    while (acc != NULL && (item = GlIter_Next(it)) != NULL) {   // PYTHON CODE
        Gl_SETREF(acc, GlNumber_Multiply(acc, item));
        Gl_DECREF(item);
    }
    Gl_DECREF(it);
    if (GlErr_Occurred()) {
        Gl_XDECREF(acc);
        return NULL;
    }
    return acc;
}

/* ================================ the module =================================== */

static GlMethodDef math_methods[] = {
    {"acos", GL_FN(math_acos), GL_METH_O,
     "acos(x, /)\n--\n\nReturn the arc cosine (measured in radians) of x.\n\n"
     "The result is between 0 and pi."},
    {"acosh", GL_FN(math_acosh), GL_METH_O,
     "acosh(x, /)\n--\n\nReturn the inverse hyperbolic cosine of x."},
    {"asin", GL_FN(math_asin), GL_METH_O,
     "asin(x, /)\n--\n\nReturn the arc sine (measured in radians) of x.\n\n"
     "The result is between -pi/2 and pi/2."},
    {"asinh", GL_FN(math_asinh), GL_METH_O,
     "asinh(x, /)\n--\n\nReturn the inverse hyperbolic sine of x."},
    {"atan", GL_FN(math_atan), GL_METH_O,
     "atan(x, /)\n--\n\nReturn the arc tangent (measured in radians) of x.\n\n"
     "The result is between -pi/2 and pi/2."},
    {"atan2", GL_FN(math_atan2), GL_METH_FASTCALL,
     "atan2(y, x, /)\n--\n\nReturn the arc tangent (measured in radians) of y/x.\n\n"
     "Unlike atan(y/x), the signs of both x and y are considered."},
    {"atanh", GL_FN(math_atanh), GL_METH_O,
     "atanh(x, /)\n--\n\nReturn the inverse hyperbolic tangent of x."},
    {"cbrt", GL_FN(math_cbrt), GL_METH_O, "cbrt(x, /)\n--\n\nReturn the cube root of x."},
    {"ceil", GL_FN(math_ceil), GL_METH_O,
     "ceil(x, /)\n--\n\nReturn the ceiling of x as an Integral.\n\n"
     "This is the smallest integer >= x."},
    {"comb", GL_FN(math_comb), GL_METH_FASTCALL,
     "comb(n, k, /)\n--\n\nNumber of ways to choose k items from n items without repetition "
     "and without order."},
    {"copysign", GL_FN(math_copysign), GL_METH_FASTCALL,
     "copysign(x, y, /)\n--\n\nReturn a float with the magnitude (absolute value) of x but "
     "the sign of y."},
    {"cos", GL_FN(math_cos), GL_METH_O,
     "cos(x, /)\n--\n\nReturn the cosine of x (measured in radians)."},
    {"cosh", GL_FN(math_cosh), GL_METH_O,
     "cosh(x, /)\n--\n\nReturn the hyperbolic cosine of x."},
    {"degrees", GL_FN(math_degrees), GL_METH_O,
     "degrees(x, /)\n--\n\nConvert angle x from radians to degrees."},
    {"dist", GL_FN(math_dist), GL_METH_FASTCALL,
     "dist(p, q, /)\n--\n\nReturn the Euclidean distance between two points p and q."},
    {"erf", GL_FN(math_erf), GL_METH_O, "erf(x, /)\n--\n\nError function at x."},
    {"erfc", GL_FN(math_erfc), GL_METH_O,
     "erfc(x, /)\n--\n\nComplementary error function at x."},
    {"exp", GL_FN(math_exp), GL_METH_O, "exp(x, /)\n--\n\nReturn e raised to the power of x."},
    {"exp2", GL_FN(math_exp2), GL_METH_O,
     "exp2(x, /)\n--\n\nReturn 2 raised to the power of x."},
    {"expm1", GL_FN(math_expm1), GL_METH_O,
     "expm1(x, /)\n--\n\nReturn exp(x)-1.\n\nThis function avoids the loss of precision "
     "involved in the direct evaluation of exp(x)-1 for small x."},
    {"fabs", GL_FN(math_fabs), GL_METH_O,
     "fabs(x, /)\n--\n\nReturn the absolute value of the float x."},
    {"factorial", GL_FN(math_factorial), GL_METH_O,
     "factorial(n, /)\n--\n\nFind n!.\n\nRaise a ValueError if x is negative or non-integral."},
    {"floor", GL_FN(math_floor), GL_METH_O,
     "floor(x, /)\n--\n\nReturn the floor of x as an Integral.\n\n"
     "This is the largest integer <= x."},
    {"fmod", GL_FN(math_fmod), GL_METH_FASTCALL,
     "fmod(x, y, /)\n--\n\nReturn fmod(x, y), according to platform C.\n\n"
     "x % y may differ."},
    {"frexp", GL_FN(math_frexp), GL_METH_O,
     "frexp(x, /)\n--\n\nReturn the mantissa and exponent of x, as pair (m, e).\n\n"
     "m is a float and e is an int, such that x = m * 2.**e."},
    {"fsum", GL_FN(math_fsum), GL_METH_O,
     "fsum(seq, /)\n--\n\nReturn an accurate floating point sum of values in the iterable "
     "seq.\n\nAssumes IEEE-754 floating point arithmetic."},
    {"gamma", GL_FN(math_gamma), GL_METH_O, "gamma(x, /)\n--\n\nGamma function at x."},
    {"gcd", GL_FN(math_gcd), GL_METH_FASTCALL,
     "gcd($module, *integers)\n--\n\nGreatest Common Divisor."},
    {"hypot", GL_FN(math_hypot), GL_METH_FASTCALL,
     "hypot(*coordinates) -> value\n\nMultidimensional Euclidean distance from the origin "
     "to a point."},
    {"isclose", GL_FN(math_isclose), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)\n--\n\n"
     "Determine whether two floating point numbers are close in value."},
    {"isfinite", GL_FN(math_isfinite), GL_METH_O,
     "isfinite(x, /)\n--\n\nReturn True if x is neither an infinity nor a NaN, "
     "and False otherwise."},
    {"isinf", GL_FN(math_isinf), GL_METH_O,
     "isinf(x, /)\n--\n\nReturn True if x is a positive or negative infinity, "
     "and False otherwise."},
    {"isnan", GL_FN(math_isnan), GL_METH_O,
     "isnan(x, /)\n--\n\nReturn True if x is a NaN (not a number), and False otherwise."},
    {"isqrt", GL_FN(math_isqrt), GL_METH_O,
     "isqrt(n, /)\n--\n\nReturn the integer part of the square root of the input."},
    {"lcm", GL_FN(math_lcm), GL_METH_FASTCALL,
     "lcm($module, *integers)\n--\n\nLeast Common Multiple."},
    {"ldexp", GL_FN(math_ldexp), GL_METH_FASTCALL,
     "ldexp(x, i, /)\n--\n\nReturn x * (2**i).\n\nThis is essentially the inverse of frexp()."},
    {"lgamma", GL_FN(math_lgamma), GL_METH_O,
     "lgamma(x, /)\n--\n\nNatural logarithm of absolute value of Gamma function at x."},
    {"log", GL_FN(math_log), GL_METH_FASTCALL,
     "log(x, [base=math.e])\nReturn the logarithm of x to the given base.\n\n"
     "If the base not specified, returns the natural logarithm (base e) of x."},
    {"log10", GL_FN(math_log10), GL_METH_O,
     "log10(x, /)\n--\n\nReturn the base 10 logarithm of x."},
    {"log1p", GL_FN(math_log1p), GL_METH_O,
     "log1p(x, /)\n--\n\nReturn the natural logarithm of 1+x (base e).\n\n"
     "The result is computed in a way which is accurate for x near zero."},
    {"log2", GL_FN(math_log2), GL_METH_O, "log2(x, /)\n--\n\nReturn the base 2 logarithm of x."},
    {"modf", GL_FN(math_modf), GL_METH_O,
     "modf(x, /)\n--\n\nReturn the fractional and integer parts of x.\n\n"
     "Both results carry the sign of x and are floats."},
    {"nextafter", GL_FN(math_nextafter), GL_METH_FASTCALL,
     "nextafter(x, y, /)\n--\n\nReturn the next floating-point value after x towards y."},
    {"perm", GL_FN(math_perm), GL_METH_FASTCALL,
     "perm(n, k=None, /)\n--\n\nNumber of ways to choose k items from n items without "
     "repetition and with order."},
    {"pow", GL_FN(math_pow), GL_METH_FASTCALL,
     "pow(x, y, /)\n--\n\nReturn x**y (x to the power of y)."},
    {"prod", GL_FN(math_prod), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "prod(iterable, /, *, start=1)\n--\n\nCalculate the product of all the elements in "
     "the input iterable.\n\nThe default start value for the product is 1."},
    {"radians", GL_FN(math_radians), GL_METH_O,
     "radians(x, /)\n--\n\nConvert angle x from degrees to radians."},
    {"remainder", GL_FN(math_remainder), GL_METH_FASTCALL,
     "remainder(x, y, /)\n--\n\nDifference between x and the closest integer multiple "
     "of y.\n\nReturn x - n*y where n*y is the closest integer multiple of y."},
    {"sin", GL_FN(math_sin), GL_METH_O,
     "sin(x, /)\n--\n\nReturn the sine of x (measured in radians)."},
    {"sinh", GL_FN(math_sinh), GL_METH_O, "sinh(x, /)\n--\n\nReturn the hyperbolic sine of x."},
    {"sqrt", GL_FN(math_sqrt), GL_METH_O, "sqrt(x, /)\n--\n\nReturn the square root of x."},
    {"tan", GL_FN(math_tan), GL_METH_O,
     "tan(x, /)\n--\n\nReturn the tangent of x (measured in radians)."},
    {"tanh", GL_FN(math_tanh), GL_METH_O,
     "tanh(x, /)\n--\n\nReturn the hyperbolic tangent of x."},
    {"trunc", GL_FN(math_trunc), GL_METH_O,
     "trunc(x, /)\n--\n\nTruncates the Real x to the nearest Integral toward 0.\n\n"
     "Uses the __trunc__ magic method."},
    {"ulp", GL_FN(math_ulp), GL_METH_O,
     "ulp(x, /)\n--\n\nReturn the value of the least significant bit of the float x."},
    {NULL, NULL, 0, NULL},
};

static int
math_add_float(GlObject *m, const char *name, double v)
{
    GlObject *f = GlFloat_FromDouble(v);
    if (f == NULL) {
        return -1;
    }
    int rc = GlModule_AddObject(m, name, f);
    Gl_DECREF(f);
    return rc;
}

GlObject *
GlInit_math(void) GL_NEWREF
{
    GlObject *m = GlModule_NewFromString("math");
    if (m == NULL) {
        return NULL;
    }
    GlObject *doc = GlStr_FromString(
        "This module provides access to the mathematical functions\n"
        "defined by the C standard.");
    if (doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0
        || GlModule_AddFunctions(m, math_methods) < 0
        || math_add_float(m, "pi", 3.141592653589793238462643383279502884197) < 0
        || math_add_float(m, "e", 2.718281828459045235360287471352662497757) < 0
        || math_add_float(m, "tau", 6.283185307179586476925286766559005768394) < 0
        || math_add_float(m, "inf", INFINITY) < 0 || math_add_float(m, "nan", NAN) < 0) {
        Gl_XDECREF(doc);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(doc);
    return m;
}
