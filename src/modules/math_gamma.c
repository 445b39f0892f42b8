/* math_gamma.c - gamma and lgamma as CPython 3.11 computes them, so results agree to
 * the last bit (the C library's tgamma/lgamma differ from CPython's in the last
 * digits).
 *
 * Method: the Lanczos approximation with g = 6.024680040776729583740234375 and 13
 * terms, written as a rational function L(x) = num(x) / den(x) whose denominator is
 * x (x+1) ... (x+11); Gamma(x) = L(x) * y**(x-0.5) / e**y with y = x + g - 0.5, plus a
 * correction term for the rounding of y; the reflection formula (through an exact
 * sin(pi x)) for negative x; exact factorials for the integers 1..23. The constants
 * and the order of operations are those of CPython's implementation, which is what
 * makes the results identical.
 *
 * Both functions return a NaN for domain errors and an infinity for overflow and poles;
 * mathmodule.c turns those into ValueError / OverflowError (its callers check poles
 * and negative integers before calling).
 */
#include <math.h>
#include "modules.h"

#define LANCZOS_TERMS 13

static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;

/* Numerator coefficients, constant term first. */
static const double lanczos_num[LANCZOS_TERMS] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};

/* Denominator x (x+1) ... (x+11) expanded, constant term first. */
static const double lanczos_den[LANCZOS_TERMS] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0,
    2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};

/* (n-1)! for n = 1..23: exact in a double. */
static const double factorials[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0,
    39916800.0, 479001600.0, 6227020800.0, 87178291200.0, 1307674368000.0,
    20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
    2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
};

static const double pi = 3.141592653589793238462643383279502884197;
static const double log_pi = 1.144729885849400174143427351353058711647;

/* L(x) for x > 0. Below 5 both polynomials are evaluated in x (Horner, highest
 * power first); from 5 up in 1/x (lowest power first), which avoids overflow and is
 * more accurate there. */
static double
lanczos_sum(double x)
{
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_TERMS - 1; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    }
    else {
        for (int i = 0; i < LANCZOS_TERMS; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi * x) for finite x, exact at the integers and half-integers: reduce |x|
 * modulo 2, then use the sine or cosine around the nearest multiple of 1/2. */
static double
sin_pi(double x)
{
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0:
        r = sin(pi * y);
        break;
    case 1:
        r = cos(pi * (y - 0.5));
        break;
    case 2:
        r = sin(pi * (1.0 - y));   // not -sin(pi*(y-1)): that gives -0.0 at y = 1
        break;
    case 3:
        r = -cos(pi * (y - 1.5));
        break;
    default:
        r = sin(pi * (y - 2.0));
        break;
    }
    return copysign(1.0, x) * r;
}

double
GlMath_Gamma(double x)
{
    if (!isfinite(x)) {
        return isnan(x) || x > 0.0 ? x : NAN;   // gamma(-inf) is invalid
    }
    if (x == 0.0) {
        return copysign(INFINITY, x);   // a pole
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            return NAN;
        }
        if (x <= 23.0) {
            return factorials[(int)x - 1];
        }
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        return 1.0 / x;
    }
    if (ax > 200.0) {
        return x < 0.0 ? 0.0 / sin_pi(x) : INFINITY;
    }
    /* y = ax + g - 1/2 rounded; z corrects for that rounding error. */
    double y = ax + lanczos_g_minus_half, z;
    if (ax > lanczos_g_minus_half) {
        double q = y - ax;
        z = q - lanczos_g_minus_half;
    }
    else {
        double q = y - lanczos_g_minus_half;
        z = q - ax;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi / sin_pi(ax) / ax * exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) {
            r /= pow(y, ax - 0.5);
        }
        else {
            double half = pow(y, ax / 2.0 - 0.25);   // y**(ax-1/2) would overflow
            r /= half;
            r /= half;
        }
    }
    else {
        r = lanczos_sum(ax) / exp(y);
        r += z * r;
        if (ax < 140.0) {
            r *= pow(y, ax - 0.5);
        }
        else {
            double half = pow(y, ax / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    return r;
}

double
GlMath_LogGamma(double x)
{
    if (!isfinite(x)) {
        return isnan(x) ? x : INFINITY;
    }
    if (x == floor(x) && x <= 2.0) {
        return x <= 0.0 ? INFINITY : 0.0;   // poles; lgamma(1) = lgamma(2) = 0
    }
    double ax = fabs(x);
    if (ax < 1e-20) {
        return -log(ax);
    }
    double r = log(lanczos_sum(ax)) - lanczos_g;
    r += (ax - 0.5) * (log(ax + lanczos_g - 0.5) - 1);
    if (x < 0.0) {
        r = log_pi - log(fabs(sin_pi(ax))) - log(ax) - r;   // reflection
    }
    return r;
}
