/* int_ops.c - int arithmetic: the number slots of int and bool and the VM's fast
 * paths GlInt_Add / GlInt_Sub / GlInt_Mul.
 *
 * Invariants: every result is normalised (small form when it fits int64_t, cached
 * for -5..256). Two small operands take a machine-word path with overflow checks;
 * anything else goes through GMP using read-only views (GlInt_View), so an
 * operation allocates only its result.
 *
 * CPython behaviour matched: floor division and modulo take the divisor's sign;
 * true division is correctly rounded; ** with a negative exponent is float **;
 * 3-argument pow with modular inverse; shifts and bitwise operators act on the
 * infinite two's complement; messages word for word ("integer division or modulo
 * by zero", "negative shift count", "pow() 3rd argument cannot be 0", ...).
 * Binary slots return NotImplemented unless both operands are ints.
 */
#include "allobjects.h"
#include <math.h>

typedef void (*mpz_binop)(mpz_ptr, mpz_srcptr, mpz_srcptr);

#define CHECK_BINOP(a, b)                               \
    do {                                                \
        if (!GlInt_Check(a) || !GlInt_Check(b)) {       \
            Gl_RETURN_NOTIMPLEMENTED;                   \
        }                                               \
    } while (0)

static inline int
both_small(GlObject *a, GlObject *b)
{
    return ((GlIntObject *)a)->big == NULL && ((GlIntObject *)b)->big == NULL;
}

#define SMALL(o) (((GlIntObject *)(o))->small)

static GlObject *
big_binop(GlObject *a, GlObject *b, mpz_binop f) GL_NEWREF
{
    GlIntView va, vb;
    mpz_t r;
    mpz_init(r);
    f(r, GlInt_View(a, &va), GlInt_View(b, &vb));
    return GlInt_FromMpzSteal(r);
}

GlObject *
GlInt_Add(GlObject *a, GlObject *b)
{
    int64_t r;
    if (GL_LIKELY(both_small(a, b)) && !__builtin_add_overflow(SMALL(a), SMALL(b), &r)) {
        return GlInt_FromInt64(r);
    }
    return big_binop(a, b, mpz_add);
}

GlObject *
GlInt_Sub(GlObject *a, GlObject *b)
{
    int64_t r;
    if (GL_LIKELY(both_small(a, b)) && !__builtin_sub_overflow(SMALL(a), SMALL(b), &r)) {
        return GlInt_FromInt64(r);
    }
    return big_binop(a, b, mpz_sub);
}

GlObject *
GlInt_Mul(GlObject *a, GlObject *b)
{
    int64_t r;
    if (GL_LIKELY(both_small(a, b)) && !__builtin_mul_overflow(SMALL(a), SMALL(b), &r)) {
        return GlInt_FromInt64(r);
    }
    GlIntView va, vb;
    if ((double)mpz_sizeinbase(GlInt_View(a, &va), 2) + (double)mpz_sizeinbase(GlInt_View(b, &vb), 2)
        > GL_INT_MAX_BITS) {
        return GlErr_NoMemory();   // GMP would abort on a result this large
    }
    return big_binop(a, b, mpz_mul);
}

static GlObject *
int_add(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    return GlInt_Add(a, b);
}

static GlObject *
int_sub(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    return GlInt_Sub(a, b);
}

static GlObject *
int_mul(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    return GlInt_Mul(a, b);
}

/* ---- division ---- */

static int
int_is_zero(GlObject *o)
{
    GlIntObject *v = (GlIntObject *)o;
    return v->big == NULL && v->small == 0;
}

/* Floor quotient and remainder of two small ints (b != 0, not MIN / -1). */
static inline void
small_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r)
{
    int64_t qq = a / b, rr = a % b;
    if (rr != 0 && ((rr < 0) != (b < 0))) {
        qq -= 1;
        rr += b;
    }
    *q = qq;
    *r = rr;
}

static inline int
small_div_ok(GlObject *a, GlObject *b)
{
    return both_small(a, b) && !(SMALL(a) == INT64_MIN && SMALL(b) == -1);
}

static GlObject *
int_floordiv(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    if (int_is_zero(b)) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "integer division or modulo by zero");
    }
    if (small_div_ok(a, b)) {
        int64_t q, r;
        small_divmod(SMALL(a), SMALL(b), &q, &r);
        return GlInt_FromInt64(q);
    }
    return big_binop(a, b, mpz_fdiv_q);
}

static GlObject *
int_mod(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    if (int_is_zero(b)) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "integer modulo by zero");
    }
    if (small_div_ok(a, b)) {
        int64_t q, r;
        small_divmod(SMALL(a), SMALL(b), &q, &r);
        return GlInt_FromInt64(r);
    }
    return big_binop(a, b, mpz_fdiv_r);
}

static GlObject *
make_pair(GlObject *x GL_STEALS, GlObject *y GL_STEALS) GL_NEWREF
{
    if (x == NULL || y == NULL) {
        Gl_XDECREF(x);
        Gl_XDECREF(y);
        return NULL;
    }
    GlObject *t = GlTuple_New(2);
    if (t == NULL) {
        Gl_DECREF(x);
        Gl_DECREF(y);
        return NULL;
    }
    GlTuple_SET_ITEM(t, 0, x);
    GlTuple_SET_ITEM(t, 1, y);
    return t;
}

static GlObject *
int_divmod(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    if (int_is_zero(b)) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "integer division or modulo by zero");
    }
    if (small_div_ok(a, b)) {
        int64_t q, r;
        small_divmod(SMALL(a), SMALL(b), &q, &r);
        return make_pair(GlInt_FromInt64(q), GlInt_FromInt64(r));
    }
    GlIntView va, vb;
    mpz_t q, r;
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, GlInt_View(a, &va), GlInt_View(b, &vb));
    GlObject *qo = GlInt_FromMpzSteal(q);
    GlObject *ro = GlInt_FromMpzSteal(r);
    return make_pair(qo, ro);
}

static GlObject *
int_truediv(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    if (int_is_zero(b)) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "division by zero");
    }
    if (both_small(a, b)) {
        int64_t x = SMALL(a), y = SMALL(b);
        const int64_t lim = (int64_t)1 << 53;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim) {
            return GlFloat_FromDouble((double)x / (double)y);
        }
    }
    GlIntView va, vb;
    int overflow;
    double d = GlMpz_RatioToDouble(GlInt_View(a, &va), GlInt_View(b, &vb), &overflow);
    if (overflow) {
        return GlErr_SetString(GlExc_OverflowError,
                               "integer division result too large for a float");
    }
    return GlFloat_FromDouble(d);
}

/* ---- power ---- */

/* a ** e for a small base and a non-negative exponent, or NULL without an
 * exception when the result does not fit int64_t. */
static GlObject *
small_pow(int64_t a, uint64_t e, int *fits) GL_NEWREF
{
    int64_t result = 1, base = a;
    *fits = 1;
    while (e) {
        if (e & 1) {
            if (__builtin_mul_overflow(result, base, &result)) {
                *fits = 0;
                return NULL;
            }
        }
        e >>= 1;
        if (e && __builtin_mul_overflow(base, base, &base)) {
            *fits = 0;
            return NULL;
        }
    }
    return GlInt_FromInt64(result);
}

static GlObject *
int_pow_mod(GlObject *a, GlObject *b, GlObject *c) GL_NEWREF
{
    if (int_is_zero(c)) {
        return GlErr_SetString(GlExc_ValueError, "pow() 3rd argument cannot be 0");
    }
    GlIntView va, vb, vc;
    mpz_srcptr base = GlInt_View(a, &va), exp = GlInt_View(b, &vb), mod = GlInt_View(c, &vc);
    mpz_t m, x, e, r;
    mpz_init(m);
    mpz_abs(m, mod);
    mpz_init_set(x, base);
    mpz_init(e);
    mpz_init(r);
    GlObject *res = NULL;
    if (mpz_cmp_ui(m, 1) == 0) {
        res = GlInt_FromInt64(0);
        goto done;
    }
    if (mpz_sgn(exp) < 0) {
        if (!mpz_invert(x, x, m)) {
            GlErr_SetString(GlExc_ValueError, "base is not invertible for the given modulus");
            goto done;
        }
        mpz_neg(e, exp);
    }
    else {
        mpz_set(e, exp);
    }
    mpz_powm(r, x, e, m);
    if (mpz_sgn(mod) < 0 && mpz_sgn(r) != 0) {
        mpz_sub(r, r, m);  // result takes the modulus's sign
    }
    res = GlInt_FromMpzSteal(r);
    mpz_init(r);  // r was moved: re-init so the common cleanup stays valid
done:
    mpz_clear(m);
    mpz_clear(x);
    mpz_clear(e);
    mpz_clear(r);
    return res;
}

static GlObject *
int_pow(GlObject *a, GlObject *b, GlObject *c)
{
    if (c != Gl_None && c != NULL) {
        if (!GlInt_Check(a) || !GlInt_Check(b) || !GlInt_Check(c)) {
            Gl_RETURN_NOTIMPLEMENTED;
        }
        return int_pow_mod(a, b, c);
    }
    CHECK_BINOP(a, b);
    if (GlInt_Sign(b) < 0) {
        return GlFloat_Type.tp_as_number->nb_power(a, b, Gl_None);
    }
    GlIntObject *x = (GlIntObject *)a, *y = (GlIntObject *)b;
    if (x->big == NULL && y->big == NULL) {
        int fits;
        GlObject *r = small_pow(x->small, (uint64_t)y->small, &fits);
        if (fits) {
            return r;
        }
    }
    GlIntView va;
    mpz_srcptr base = GlInt_View(a, &va);
    if (mpz_cmpabs_ui(base, 1) <= 0) {
        /* 0, 1, -1: the exponent may be huge */
        if (mpz_sgn(base) == 0) {
            return GlInt_FromInt64(int_is_zero(b) ? 1 : 0);
        }
        if (mpz_sgn(base) > 0) {
            return GlInt_FromInt64(1);
        }
        GlIntView vb;
        return GlInt_FromInt64(mpz_odd_p(GlInt_View(b, &vb)) ? -1 : 1);
    }
    if (y->big != NULL) {
        return GlErr_NoMemory();
    }
    double bits = (double)mpz_sizeinbase(base, 2) * (double)y->small;
    if (bits > GL_INT_MAX_BITS) {
        return GlErr_NoMemory();  // GMP would abort trying to allocate this
    }
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, base, (unsigned long)y->small);
    return GlInt_FromMpzSteal(r);
}

/* ---- unary ---- */

static GlObject *
int_neg(GlObject *a)
{
    GlIntObject *v = (GlIntObject *)a;
    if (v->big == NULL && v->small != INT64_MIN) {
        return GlInt_FromInt64(-v->small);
    }
    GlIntView va;
    mpz_t r;
    mpz_init(r);
    mpz_neg(r, GlInt_View(a, &va));
    return GlInt_FromMpzSteal(r);
}

static GlObject *
int_pos(GlObject *a)
{
    return GlInt_Exact(a);
}

static GlObject *
int_abs(GlObject *a)
{
    if (GlInt_Sign(a) < 0) {
        return int_neg(a);
    }
    return GlInt_Exact(a);
}

static int
int_bool(GlObject *a)
{
    return !int_is_zero(a);
}

static GlObject *
int_invert(GlObject *a)
{
    GlIntObject *v = (GlIntObject *)a;
    if (v->big == NULL) {
        return GlInt_FromInt64(~v->small);
    }
    mpz_t r;
    mpz_init(r);
    mpz_com(r, v->big);
    return GlInt_FromMpzSteal(r);
}

static GlObject *
int_float(GlObject *a)
{
    double d = GlInt_AsDouble(a);
    if (d == -1.0 && GlErr_Occurred()) {
        return NULL;
    }
    return GlFloat_FromDouble(d);
}

/* ---- shifts and bitwise ---- */

/* Reads a shift count: -1 with ValueError when negative; *huge = 1 when it does not
 * fit int64_t. */
static int
shift_count(GlObject *b, int64_t *n)
{
    GlIntObject *v = (GlIntObject *)b;
    if (GlInt_Sign(b) < 0) {
        GlErr_SetString(GlExc_ValueError, "negative shift count");
        return -1;
    }
    *n = v->big == NULL ? v->small : INT64_MAX;
    return 0;
}

/* The error of a left shift too big to compute, as CPython's long_lshift1 raises it: it
 * sizes the result in 30-bit digits (the word shift clipped to PY_SSIZE_T_MAX / 4); past
 * MAX_LONG_DIGITS that is OverflowError, below it the allocation fails (MemoryError). */
static GlObject *
lshift_too_big(GlObject *a, GlObject *b)
{
    const uint64_t clip = (uint64_t)INT64_MAX / 4, max_digits = ((uint64_t)INT64_MAX - 24) / 4;
    GlIntView va, vb;
    mpz_t q;
    mpz_init(q);
    unsigned long rem = mpz_fdiv_q_ui(q, GlInt_View(b, &vb), 30);
    uint64_t abits = mpz_sizeinbase(GlInt_View(a, &va), 2);
    int over;
    if (!mpz_fits_slong_p(q) || (uint64_t)mpz_get_si(q) >= clip) {
        over = 1;
    } else {
        over = (uint64_t)mpz_get_si(q) + (abits + 29) / 30 + (rem != 0) > max_digits;
    }
    mpz_clear(q);
    if (over) {
        return GlErr_SetString(GlExc_OverflowError, "too many digits in integer");
    }
    return GlErr_NoMemory();
}

static GlObject *
int_lshift(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    int64_t n;
    if (shift_count(b, &n) < 0) {
        return NULL;
    }
    if (int_is_zero(a)) {
        return GlInt_FromInt64(0);
    }
    GlIntObject *v = (GlIntObject *)a;
    if (v->big == NULL && n < 63) {
        int64_t x = v->small;
        int64_t r = (int64_t)((uint64_t)x << n);
        if ((r >> n) == x) {
            return GlInt_FromInt64(r);
        }
    }
    if (((GlIntObject *)b)->big != NULL || n > ((int64_t)1 << 40)) {
        return lshift_too_big(a, b);
    }
    GlIntView vs;
    if ((double)n + (double)mpz_sizeinbase(GlInt_View(a, &vs), 2) > GL_INT_MAX_BITS) {
        return GlErr_NoMemory();   // GMP would abort on a result this large
    }
    GlIntView va;
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, GlInt_View(a, &va), (mp_bitcnt_t)n);
    return GlInt_FromMpzSteal(r);
}

static GlObject *
int_rshift(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    int64_t n;
    if (shift_count(b, &n) < 0) {
        return NULL;
    }
    GlIntObject *v = (GlIntObject *)a;
    if (v->big == NULL) {
        if (n >= 64) {
            return GlInt_FromInt64(v->small < 0 ? -1 : 0);
        }
        return GlInt_FromInt64(v->small >> n);  // arithmetic shift == floor division
    }
    if ((uint64_t)n >= mpz_sizeinbase(v->big, 2)) {
        return GlInt_FromInt64(mpz_sgn(v->big) < 0 ? -1 : 0);
    }
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, v->big, (mp_bitcnt_t)n);
    return GlInt_FromMpzSteal(r);
}

static GlObject *
int_and(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    if (both_small(a, b)) {
        return GlInt_FromInt64(SMALL(a) & SMALL(b));
    }
    return big_binop(a, b, mpz_and);
}

static GlObject *
int_or(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    if (both_small(a, b)) {
        return GlInt_FromInt64(SMALL(a) | SMALL(b));
    }
    return big_binop(a, b, mpz_ior);
}

static GlObject *
int_xor(GlObject *a, GlObject *b)
{
    CHECK_BINOP(a, b);
    if (both_small(a, b)) {
        return GlInt_FromInt64(SMALL(a) ^ SMALL(b));
    }
    return big_binop(a, b, mpz_xor);
}

GlNumberMethods GlInt_AsNumber = {
    .nb_add = int_add,
    .nb_subtract = int_sub,
    .nb_multiply = int_mul,
    .nb_remainder = int_mod,
    .nb_divmod = int_divmod,
    .nb_power = int_pow,
    .nb_negative = int_neg,
    .nb_positive = int_pos,
    .nb_absolute = int_abs,
    .nb_bool = int_bool,
    .nb_invert = int_invert,
    .nb_lshift = int_lshift,
    .nb_rshift = int_rshift,
    .nb_and = int_and,
    .nb_xor = int_xor,
    .nb_or = int_or,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_floor_divide = int_floordiv,
    .nb_true_divide = int_truediv,
    .nb_index = int_pos,
};

/* ---- bool: & | ^ of two bools stay bool ---- */

static GlObject *
bool_and(GlObject *a, GlObject *b)
{
    if (GlBool_Check(a) && GlBool_Check(b)) {
        return GlBool_FromLong(SMALL(a) & SMALL(b));
    }
    return int_and(a, b);
}

static GlObject *
bool_or(GlObject *a, GlObject *b)
{
    if (GlBool_Check(a) && GlBool_Check(b)) {
        return GlBool_FromLong(SMALL(a) | SMALL(b));
    }
    return int_or(a, b);
}

static GlObject *
bool_xor(GlObject *a, GlObject *b)
{
    if (GlBool_Check(a) && GlBool_Check(b)) {
        return GlBool_FromLong(SMALL(a) ^ SMALL(b));
    }
    return int_xor(a, b);
}

GlNumberMethods GlBool_AsNumber = {
    .nb_add = int_add,
    .nb_subtract = int_sub,
    .nb_multiply = int_mul,
    .nb_remainder = int_mod,
    .nb_divmod = int_divmod,
    .nb_power = int_pow,
    .nb_negative = int_neg,
    .nb_positive = int_pos,
    .nb_absolute = int_abs,
    .nb_bool = int_bool,
    .nb_invert = int_invert,
    .nb_lshift = int_lshift,
    .nb_rshift = int_rshift,
    .nb_and = bool_and,
    .nb_xor = bool_xor,
    .nb_or = bool_or,
    .nb_int = int_pos,
    .nb_float = int_float,
    .nb_floor_divide = int_floordiv,
    .nb_true_divide = int_truediv,
    .nb_index = int_pos,
};
