/* int.c - the int and bool types: storage, constructors, conversions, hashing,
 * comparison, int()/bool() construction, methods and the type objects.
 * Arithmetic slots live in int_ops.c; text conversions (str, bin/oct/hex, parsing,
 * format specs) in int_format.c.
 *
 * Invariants:
 * - A value that fits int64_t is stored in `small` with big == NULL; otherwise big
 *   points to an owned, initialised mpz (its struct allocated with GlMem_Malloc).
 *   Every constructor normalises, so two equal ints always have the same form.
 * - gl_small_ints[v + 5] is the only int object of value v for -5 <= v <= 256 made by
 *   any constructor here (so `is` behaves as in CPython); the table, True and False
 *   are statically initialised with a huge refcount and are never freed.
 * - Freed exact small-form ints go to a free list (at most INT_FREELIST_MAX).
 *
 * CPython behaviour matched: hash modulo 2**61 - 1 keeping the sign (-1 -> -2),
 * sys.getsizeof sizes (24 + 4 per 30-bit digit, at least one digit), int()'s
 * argument handling and messages, to_bytes/from_bytes, bit_length, bit_count.
 */
#include "allobjects.h"
#include <math.h>

#if GMP_NUMB_BITS != 64
#error "Glass expects 64-bit GMP limbs"
#endif

#define GL_SI(v) { { GL_STATIC_REFS, &GlInt_Type }, (v), NULL }
#define GL_NSMALL (GL_SMALL_INT_MAX - GL_SMALL_INT_MIN + 1)

GlIntObject gl_small_ints[GL_NSMALL] = {
    GL_SI(-5), GL_SI(-4), GL_SI(-3), GL_SI(-2), GL_SI(-1), GL_SI(0), GL_SI(1), GL_SI(2),
    GL_SI(3), GL_SI(4), GL_SI(5), GL_SI(6), GL_SI(7), GL_SI(8), GL_SI(9), GL_SI(10),
    GL_SI(11), GL_SI(12), GL_SI(13), GL_SI(14), GL_SI(15), GL_SI(16), GL_SI(17), GL_SI(18),
    GL_SI(19), GL_SI(20), GL_SI(21), GL_SI(22), GL_SI(23), GL_SI(24), GL_SI(25), GL_SI(26),
    GL_SI(27), GL_SI(28), GL_SI(29), GL_SI(30), GL_SI(31), GL_SI(32), GL_SI(33), GL_SI(34),
    GL_SI(35), GL_SI(36), GL_SI(37), GL_SI(38), GL_SI(39), GL_SI(40), GL_SI(41), GL_SI(42),
    GL_SI(43), GL_SI(44), GL_SI(45), GL_SI(46), GL_SI(47), GL_SI(48), GL_SI(49), GL_SI(50),
    GL_SI(51), GL_SI(52), GL_SI(53), GL_SI(54), GL_SI(55), GL_SI(56), GL_SI(57), GL_SI(58),
    GL_SI(59), GL_SI(60), GL_SI(61), GL_SI(62), GL_SI(63), GL_SI(64), GL_SI(65), GL_SI(66),
    GL_SI(67), GL_SI(68), GL_SI(69), GL_SI(70), GL_SI(71), GL_SI(72), GL_SI(73), GL_SI(74),
    GL_SI(75), GL_SI(76), GL_SI(77), GL_SI(78), GL_SI(79), GL_SI(80), GL_SI(81), GL_SI(82),
    GL_SI(83), GL_SI(84), GL_SI(85), GL_SI(86), GL_SI(87), GL_SI(88), GL_SI(89), GL_SI(90),
    GL_SI(91), GL_SI(92), GL_SI(93), GL_SI(94), GL_SI(95), GL_SI(96), GL_SI(97), GL_SI(98),
    GL_SI(99), GL_SI(100), GL_SI(101), GL_SI(102), GL_SI(103), GL_SI(104), GL_SI(105),
    GL_SI(106), GL_SI(107), GL_SI(108), GL_SI(109), GL_SI(110), GL_SI(111), GL_SI(112),
    GL_SI(113), GL_SI(114), GL_SI(115), GL_SI(116), GL_SI(117), GL_SI(118), GL_SI(119),
    GL_SI(120), GL_SI(121), GL_SI(122), GL_SI(123), GL_SI(124), GL_SI(125), GL_SI(126),
    GL_SI(127), GL_SI(128), GL_SI(129), GL_SI(130), GL_SI(131), GL_SI(132), GL_SI(133),
    GL_SI(134), GL_SI(135), GL_SI(136), GL_SI(137), GL_SI(138), GL_SI(139), GL_SI(140),
    GL_SI(141), GL_SI(142), GL_SI(143), GL_SI(144), GL_SI(145), GL_SI(146), GL_SI(147),
    GL_SI(148), GL_SI(149), GL_SI(150), GL_SI(151), GL_SI(152), GL_SI(153), GL_SI(154),
    GL_SI(155), GL_SI(156), GL_SI(157), GL_SI(158), GL_SI(159), GL_SI(160), GL_SI(161),
    GL_SI(162), GL_SI(163), GL_SI(164), GL_SI(165), GL_SI(166), GL_SI(167), GL_SI(168),
    GL_SI(169), GL_SI(170), GL_SI(171), GL_SI(172), GL_SI(173), GL_SI(174), GL_SI(175),
    GL_SI(176), GL_SI(177), GL_SI(178), GL_SI(179), GL_SI(180), GL_SI(181), GL_SI(182),
    GL_SI(183), GL_SI(184), GL_SI(185), GL_SI(186), GL_SI(187), GL_SI(188), GL_SI(189),
    GL_SI(190), GL_SI(191), GL_SI(192), GL_SI(193), GL_SI(194), GL_SI(195), GL_SI(196),
    GL_SI(197), GL_SI(198), GL_SI(199), GL_SI(200), GL_SI(201), GL_SI(202), GL_SI(203),
    GL_SI(204), GL_SI(205), GL_SI(206), GL_SI(207), GL_SI(208), GL_SI(209), GL_SI(210),
    GL_SI(211), GL_SI(212), GL_SI(213), GL_SI(214), GL_SI(215), GL_SI(216), GL_SI(217),
    GL_SI(218), GL_SI(219), GL_SI(220), GL_SI(221), GL_SI(222), GL_SI(223), GL_SI(224),
    GL_SI(225), GL_SI(226), GL_SI(227), GL_SI(228), GL_SI(229), GL_SI(230), GL_SI(231),
    GL_SI(232), GL_SI(233), GL_SI(234), GL_SI(235), GL_SI(236), GL_SI(237), GL_SI(238),
    GL_SI(239), GL_SI(240), GL_SI(241), GL_SI(242), GL_SI(243), GL_SI(244), GL_SI(245),
    GL_SI(246), GL_SI(247), GL_SI(248), GL_SI(249), GL_SI(250), GL_SI(251), GL_SI(252),
    GL_SI(253), GL_SI(254), GL_SI(255), GL_SI(256),
};

/* True and False count their references as ordinary objects (as CPython's); the
 * dealloc guard keeps them alive should a count ever reach zero. */
GlIntObject gl_true_struct = { { 1, &GlBool_Type }, 1, NULL };
GlIntObject gl_false_struct = { { 1, &GlBool_Type }, 0, NULL };

Gl_ssize_t gl_int_max_str_digits = 4300;

#define INT_FREELIST_MAX 256
static GlIntObject *int_freelist[INT_FREELIST_MAX];
static int int_nfree;

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* ---- allocation ---- */

static GlObject *
int_alloc_small(int64_t v) GL_NEWREF
{
    GlIntObject *r;
    if (int_nfree > 0) {
        r = int_freelist[--int_nfree];
        r->ob_base.ob_refcnt = 1;
        GL_REF_INC();
    }
    else {
        r = (GlIntObject *)GlObject_New(&GlInt_Type, 0);
        if (r == NULL) {
            return NULL;
        }
    }
    r->small = v;
    r->big = NULL;
    return (GlObject *)r;
}

static int
int_is_static(GlObject *o)
{
    uintptr_t p = (uintptr_t)o;
    return (p >= (uintptr_t)&gl_small_ints[0] && p < (uintptr_t)&gl_small_ints[GL_NSMALL])
        || o == Gl_True || o == Gl_False;
}

GlObject *
GlInt_FromInt64(int64_t v)
{
    if ((uint64_t)v + 5 <= (uint64_t)(GL_NSMALL - 1)) {
        GlObject *r = (GlObject *)&gl_small_ints[v - GL_SMALL_INT_MIN];
        Gl_INCREF(r);
        return r;
    }
    return int_alloc_small(v);
}

GlObject *
GlInt_FromSsize_t(Gl_ssize_t v)
{
    return GlInt_FromInt64((int64_t)v);
}

GlObject *
GlInt_FromLong(long v)
{
    return GlInt_FromInt64((int64_t)v);
}

GlObject *
GlInt_FromUInt64(uint64_t v)
{
    if (v <= (uint64_t)INT64_MAX) {
        return GlInt_FromInt64((int64_t)v);
    }
    mpz_t z;
    mpz_init_set_ui(z, (unsigned long)v);
    return GlInt_FromMpzSteal(z);
}

GlObject *
GlInt_FromSize_t(size_t v)
{
    return GlInt_FromUInt64((uint64_t)v);
}

GlObject *
GlInt_FromMpzSteal(mpz_ptr z)
{
    if (mpz_fits_slong_p(z)) {
        long v = mpz_get_si(z);
        mpz_clear(z);
        return GlInt_FromInt64(v);
    }
    mpz_ptr big = GlMem_Malloc(sizeof(__mpz_struct));
    if (big == NULL) {
        mpz_clear(z);
        return GlErr_NoMemory();
    }
    GlIntObject *r = (GlIntObject *)GlObject_New(&GlInt_Type, 0);
    if (r == NULL) {
        mpz_clear(z);
        GlMem_Free(big);
        return NULL;
    }
    *big = *z;  // move the limbs: z must not be cleared by the caller
    r->small = 0;
    r->big = big;
    return (GlObject *)r;
}

GlObject *
GlInt_FromMpz(mpz_srcptr z)
{
    if (mpz_fits_slong_p(z)) {
        return GlInt_FromInt64(mpz_get_si(z));
    }
    mpz_t c;
    mpz_init_set(c, z);
    return GlInt_FromMpzSteal(c);
}

GlObject *
GlInt_FromDouble(double d)
{
    if (isnan(d)) {
        return GlErr_SetString(GlExc_ValueError, "cannot convert float NaN to integer");
    }
    if (isinf(d)) {
        return GlErr_SetString(GlExc_OverflowError, "cannot convert float infinity to integer");
    }
    if (d > -9223372036854775808.0 && d < 9223372036854775808.0) {
        return GlInt_FromInt64((int64_t)d);
    }
    mpz_t z;
    mpz_init_set_d(z, d);
    return GlInt_FromMpzSteal(z);
}

GlObject *
GlInt_Exact(GlObject *o)
{
    if (GlInt_CheckExact(o)) {
        return Gl_NewRef(o);
    }
    GlIntObject *v = (GlIntObject *)o;
    return v->big ? GlInt_FromMpz(v->big) : GlInt_FromInt64(v->small);
}

/* ---- conversions to C ---- */

/* o itself (new ref) when an int, else o.__index__(). */
static GlObject *
int_index_of(GlObject *o) GL_NEWREF
{
    if (GlInt_Check(o)) {
        return Gl_NewRef(o);
    }
    return GlNumber_Index(o);
}

int64_t
GlInt_AsInt64AndOverflow(GlObject *o, int *overflow)
{
    *overflow = 0;
    GlObject *v = int_index_of(o);
    if (v == NULL) {
        return -1;
    }
    GlIntObject *iv = (GlIntObject *)v;
    int64_t r;
    if (iv->big == NULL) {
        r = iv->small;
    }
    else {
        *overflow = mpz_sgn(iv->big);
        r = -1;
    }
    Gl_DECREF(v);
    return r;
}

int64_t
GlInt_AsInt64(GlObject *o)
{
    int overflow;
    int64_t r = GlInt_AsInt64AndOverflow(o, &overflow);
    if (overflow) {
        GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    return r;
}

long
GlInt_AsLong(GlObject *o)
{
    return (long)GlInt_AsInt64(o);
}

Gl_ssize_t
GlInt_AsSsize_t(GlObject *o)
{
    int overflow;
    int64_t r = GlInt_AsInt64AndOverflow(o, &overflow);
    if (overflow) {
        GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return (Gl_ssize_t)r;
}

void
GlInt_AsMpz(GlObject *o, mpz_ptr out)
{
    GlIntObject *v = (GlIntObject *)o;
    if (v->big) {
        mpz_set(out, v->big);
    }
    else {
        mpz_set_si(out, (long)v->small);
    }
}

int
GlInt_Sign(GlObject *o)
{
    GlIntObject *v = (GlIntObject *)o;
    if (v->big) {
        return mpz_sgn(v->big);
    }
    return (v->small > 0) - (v->small < 0);
}

/* Round m * 2**e to a double, half-even. m carries a sticky bit in bit 0 and has
 * at least 55 significant bits, so the rounding position is at least bit 2. */
static double
round_bits(uint64_t m, int64_t e, int *overflow)
{
    int nb = 64 - __builtin_clzll(m);
    int64_t p = nb - 53;
    if (e + p < -1074) {
        p = -1074 - e;  // subnormal result: fewer significant bits
    }
    if (p > 64) {
        return 0.0;
    }
    if (p == 64) {
        return m > ((uint64_t)1 << 63) ? ldexp(1.0, (int)(e + 64)) : 0.0;
    }
    uint64_t low = m & (((uint64_t)1 << p) - 1);
    uint64_t half = (uint64_t)1 << (p - 1);
    m >>= p;
    if (low > half || (low == half && (m & 1))) {
        m++;
    }
    if (e + p > 1100) {
        *overflow = 1;
        return HUGE_VAL;
    }
    double d = ldexp((double)m, (int)(e + p));
    if (isinf(d)) {
        *overflow = 1;
    }
    return d;
}

double
GlMpz_ToDouble(mpz_srcptr z, int *overflow)
{
    *overflow = 0;
    size_t nb = mpz_sizeinbase(z, 2);
    if (nb <= 53) {
        return mpz_get_d(z);  // exact
    }
    if (nb > 1025) {
        *overflow = 1;
        return HUGE_VAL;
    }
    uint64_t m;
    int64_t e;
    if (nb <= 64) {
        m = mpz_getlimbn(z, 0);
        e = 0;
        if (nb < 55) {
            m <<= 55 - nb;
            e = -(int64_t)(55 - nb);
        }
    }
    else {
        size_t shift = nb - 55;
        mpz_t q;
        mpz_init(q);
        mpz_tdiv_q_2exp(q, z, shift);
        m = mpz_getlimbn(q, 0);
        mpz_clear(q);
        if (mpz_scan1(z, 0) < shift) {
            m |= 1;
        }
        e = (int64_t)shift;
    }
    double d = round_bits(m, e, overflow);
    return mpz_sgn(z) < 0 ? -d : d;
}

double
GlMpz_RatioToDouble(mpz_srcptr a, mpz_srcptr b, int *overflow)
{
    *overflow = 0;
    int neg = (mpz_sgn(a) < 0) != (mpz_sgn(b) < 0);
    if (mpz_sgn(a) == 0) {
        return neg ? -0.0 : 0.0;
    }
    int64_t na = (int64_t)mpz_sizeinbase(a, 2), nb = (int64_t)mpz_sizeinbase(b, 2);
    if (na <= 53 && nb <= 53) {
        return mpz_get_d(a) / mpz_get_d(b);  // both exact: one correctly rounded division
    }
    if (na - nb > 1025) {
        *overflow = 1;
        return HUGE_VAL;
    }
    if (na - nb < -1080) {
        return neg ? -0.0 : 0.0;
    }
    int64_t shift = na - nb - 55;
    mpz_t x, y, q, r;
    mpz_init(x);
    mpz_init(y);
    mpz_init(q);
    mpz_init(r);
    mpz_abs(x, a);
    mpz_abs(y, b);
    if (shift >= 0) {
        mpz_mul_2exp(y, y, (mp_bitcnt_t)shift);
    }
    else {
        mpz_mul_2exp(x, x, (mp_bitcnt_t)-shift);
    }
    mpz_tdiv_qr(q, r, x, y);
    uint64_t m = mpz_getlimbn(q, 0);
    if (mpz_sgn(r) != 0) {
        m |= 1;
    }
    mpz_clear(x);
    mpz_clear(y);
    mpz_clear(q);
    mpz_clear(r);
    double d = round_bits(m, shift, overflow);
    return neg ? -d : d;
}

double
GlInt_AsDouble(GlObject *o)
{
    if (!GlInt_Check(o)) {
        return GlFloat_AsDouble(o);
    }
    GlIntObject *v = (GlIntObject *)o;
    if (v->big == NULL) {
        return (double)v->small;
    }
    int overflow;
    double d = GlMpz_ToDouble(v->big, &overflow);
    if (overflow) {
        GlErr_SetString(GlExc_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

/* ---- comparison and hashing ---- */

int
GlInt_Compare(GlObject *a, GlObject *b)
{
    GlIntObject *x = (GlIntObject *)a, *y = (GlIntObject *)b;
    if (x->big == NULL && y->big == NULL) {
        return (x->small > y->small) - (x->small < y->small);
    }
    GlIntView va, vb;
    int c = mpz_cmp(GlInt_View(a, &va), GlInt_View(b, &vb));
    return (c > 0) - (c < 0);
}

Gl_hash_t
GlInt_Hash(GlObject *o)
{
    GlIntObject *v = (GlIntObject *)o;
    int64_t h;
    if (v->big == NULL) {
        int64_t s = v->small;
        if (s >= 0) {
            h = (int64_t)((uint64_t)s % HASH_MODULUS);
        }
        else {
            h = -(int64_t)((-(uint64_t)s) % HASH_MODULUS);
        }
    }
    else {
        h = (int64_t)mpz_tdiv_ui(v->big, HASH_MODULUS);  // |v| mod M
        if (mpz_sgn(v->big) < 0) {
            h = -h;
        }
    }
    return h == -1 ? -2 : (Gl_hash_t)h;
}

static GlObject *
int_richcompare(GlObject *a, GlObject *b, int op)
{
    if (!GlInt_Check(a) || !GlInt_Check(b)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    int c = GlInt_Compare(a, b);
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

GlObject *
GlBool_FromLong(long v)
{
    GlObject *r = v ? Gl_True : Gl_False;
    Gl_INCREF(r);
    return r;
}

/* ---- slots ---- */

static void
int_dealloc(GlObject *o)
{
    if (GL_UNLIKELY(int_is_static(o))) {
        o->ob_refcnt = GL_STATIC_REFS;  // a refcount bug elsewhere: never free these
        return;
    }
    GlIntObject *v = (GlIntObject *)o;
    if (v->big != NULL) {
        mpz_clear(v->big);
        GlMem_Free(v->big);
        v->big = NULL;
    }
    if (o->ob_type == &GlInt_Type && int_nfree < INT_FREELIST_MAX) {
        int_freelist[int_nfree++] = v;
        return;
    }
    Gl_TYPE(o)->tp_free(o);
}

static Gl_hash_t
int_hash(GlObject *o)
{
    return GlInt_Hash(o);
}

/* Builds an instance of the int subtype `type` holding the value of the int v. */
static GlObject *
int_subtype_new(GlTypeObject *type, GlObject *v) GL_NEWREF
{
    GlIntObject *r = (GlIntObject *)type->tp_alloc(type, 0);
    if (r == NULL) {
        return NULL;
    }
    GlIntObject *src = (GlIntObject *)v;
    if (src->big != NULL) {
        r->big = GlMem_Malloc(sizeof(__mpz_struct));
        if (r->big == NULL) {
            Gl_DECREF(r);
            return GlErr_NoMemory();
        }
        mpz_init_set(r->big, src->big);
    }
    else {
        r->small = src->small;
    }
    return (GlObject *)r;
}

/* int(x, base) for str, bytes and bytearray x. */
static GlObject *
int_from_text_object(GlObject *x, int base) GL_NEWREF
{
    if (GlStr_Check(x)) {
        Gl_ssize_t n;
        char *owned;
        const char *s = GlInt_TextToASCII(x, &n, &owned);
        if (s == NULL) {
            return NULL;
        }
        GlObject *r = GlInt_FromText(s, n, base, x);
        GlMem_Free(owned);
        return r;
    }
    const char *data;
    Gl_ssize_t n;
    if (GlBytes_AsBuffer(x, &data, &n) < 0) {
        return NULL;
    }
    return GlInt_FromText(data, n, base, x);
}

/* The value of int(x) / int(x, base) as an exact int; base < 0 means not given. */
static GlObject *
int_compute(GlObject *x, int base) GL_NEWREF
{
    if (x == NULL) {
        if (base >= 0) {
            return GlErr_SetString(GlExc_TypeError, "int() missing string argument");
        }
        return GlInt_FromInt64(0);
    }
    if (base < 0) {
        if (GlInt_CheckExact(x)) {
            return Gl_NewRef(x);
        }
        if (GlFloat_CheckExact(x)) {
            return GlInt_FromDouble(GlFloat_AS_DOUBLE(x));
        }
        if (GlStr_Check(x) || GlBytes_Check(x) || GlByteArray_Check(x)) {
            return int_from_text_object(x, 10);
        }
        GlNumberMethods *nb = Gl_TYPE(x)->tp_as_number;
        if ((nb == NULL || (nb->nb_int == NULL && nb->nb_index == NULL))
            && GlObject_CheckBuffer(x)) {
            // CPython's PyNumber_Long: a C-contiguous buffer's bytes are parsed as text
            const char *data;
            Gl_ssize_t n;
            if (GlBytes_AsBuffer(x, &data, &n) == 0) {
                GlObject *b = GlBytes_FromStringAndSize(data, n);
                if (b == NULL) {
                    return NULL;
                }
                GlObject *r = GlInt_FromText(GlBytes_AS_STRING(b), n, 10, b);
                Gl_DECREF(b);
                return r;
            }
            GlErr_Clear();
            return GlErr_Format(GlExc_TypeError, "int() argument must be a string, a bytes-like "
                                "object or a real number, not '%.200s'", GlObject_TypeName(x));
        }
        return GlNumber_Long(x);
    }
    if (base != 0 && (base < 2 || base > 36)) {
        return GlErr_SetString(GlExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    if (GlStr_Check(x) || GlBytes_Check(x) || GlByteArray_Check(x)) {
        return int_from_text_object(x, base);
    }
    return GlErr_SetString(GlExc_TypeError, "int() can't convert non-string with explicit base");
}

/* Reads the base argument: -1 on error (exception set), else 0..INT_MAX via *base. */
static int
int_parse_base(GlObject *obase, int *base)
{
    int overflow;
    int64_t b = GlInt_AsInt64AndOverflow(obase, &overflow);
    if (b == -1 && GlErr_Occurred()) {
        return -1;
    }
    if (overflow || b < 0 || b > 36 || b == 1) {
        GlErr_SetString(GlExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
        return -1;
    }
    *base = (int)b;
    return 0;
}

static GlObject *
int_finish_new(GlTypeObject *type, GlObject *x, GlObject *obase) GL_NEWREF
{
    int base = -1;
    if (obase != NULL && int_parse_base(obase, &base) < 0) {
        return NULL;
    }
    GlObject *v = int_compute(x, base);
    if (v == NULL || type == &GlInt_Type) {
        return v;
    }
    GlObject *r = int_subtype_new(type, v);
    Gl_DECREF(v);
    return r;
}

static GlObject *
int_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    Gl_ssize_t nargs = args ? GlTuple_GET_SIZE(args) : 0;
    if (nargs > 2) {
        return GlErr_Format(GlExc_TypeError, "int() takes at most 2 arguments (%zd given)",
                            nargs);
    }
    GlObject *x = nargs > 0 ? GlTuple_GET_ITEM(args, 0) : NULL;
    GlObject *obase = nargs > 1 ? GlTuple_GET_ITEM(args, 1) : NULL;
    if (kwds != NULL && GlDict_Size(kwds) > 0) {
        Gl_ssize_t pos = 0;
        GlObject *key, *value;
        while (GlDict_Next(kwds, &pos, &key, &value)) {
            if (!GlStr_Check(key) || !GlStr_EqualToASCII(key, "base")) {
                return GlErr_Format(GlExc_TypeError, "%R is an invalid keyword argument for int()",
                                    key);
            }
            if (obase != NULL) {
                return GlErr_SetString(GlExc_TypeError,
                                       "argument for int() given by name ('base') and position (2)");
            }
            obase = value;
        }
    }
    return int_finish_new(type, x, obase);
}

static GlObject *
int_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if ((GlTypeObject *)type != &GlInt_Type || (kwnames != NULL && GlTuple_GET_SIZE(kwnames))) {
        return GlType_CallVector(type, args, nargs, kwnames);
    }
    if (nargs > 2) {
        return GlErr_Format(GlExc_TypeError, "int() takes at most 2 arguments (%zd given)",
                            nargs);
    }
    return int_finish_new(&GlInt_Type, nargs > 0 ? args[0] : NULL, nargs > 1 ? args[1] : NULL);
}

/* ---- methods ---- */

static GlObject *
int_self(GlObject *self, GlObject *unused)
{
    return GlInt_Exact(self);
}

static GlObject *
int_get_self(GlObject *self, void *closure)
{
    return GlInt_Exact(self);
}

static GlObject *
int_get_zero(GlObject *self, void *closure)
{
    return GlInt_FromInt64(0);
}

static GlObject *
int_get_one(GlObject *self, void *closure)
{
    return GlInt_FromInt64(1);
}

static GlObject *
int_bit_length(GlObject *self, GlObject *unused)
{
    GlIntObject *v = (GlIntObject *)self;
    if (v->big == NULL) {
        uint64_t m = v->small < 0 ? -(uint64_t)v->small : (uint64_t)v->small;
        return GlInt_FromInt64(m ? 64 - __builtin_clzll(m) : 0);
    }
    return GlInt_FromSize_t(mpz_sizeinbase(v->big, 2));
}

static GlObject *
int_bit_count(GlObject *self, GlObject *unused)
{
    GlIntObject *v = (GlIntObject *)self;
    if (v->big == NULL) {
        uint64_t m = v->small < 0 ? -(uint64_t)v->small : (uint64_t)v->small;
        return GlInt_FromInt64(__builtin_popcountll(m));
    }
    mpz_t a;
    mpz_init(a);
    mpz_abs(a, v->big);
    mp_bitcnt_t n = mpz_popcount(a);
    mpz_clear(a);
    return GlInt_FromSize_t(n);
}

static GlObject *
int_as_integer_ratio(GlObject *self, GlObject *unused)
{
    GlObject *n = GlInt_Exact(self);
    if (n == NULL) {
        return NULL;
    }
    GlObject *one = GlInt_FromInt64(1);
    GlObject *t = GlTuple_New(2);
    if (t == NULL) {
        Gl_DECREF(n);
        Gl_DECREF(one);
        return NULL;
    }
    GlTuple_SET_ITEM(t, 0, n);
    GlTuple_SET_ITEM(t, 1, one);
    return t;
}

static GlObject *
int_getnewargs(GlObject *self, GlObject *unused)
{
    GlObject *n = GlInt_Exact(self);
    if (n == NULL) {
        return NULL;
    }
    GlObject *t = GlTuple_New(1);
    if (t == NULL) {
        Gl_DECREF(n);
        return NULL;
    }
    GlTuple_SET_ITEM(t, 0, n);
    return t;
}

static GlObject *
int_sizeof(GlObject *self, GlObject *unused)
{
    /* CPython's layout: 24 bytes + 4 per 30-bit digit, at least one digit (as
     * CPython, subclass instances report the same). */
    GlIntObject *v = (GlIntObject *)self;
    size_t bits;
    if (v->big == NULL) {
        uint64_t m = v->small < 0 ? -(uint64_t)v->small : (uint64_t)v->small;
        bits = m ? (size_t)(64 - __builtin_clzll(m)) : 0;
    }
    else {
        bits = mpz_sizeinbase(v->big, 2);
    }
    size_t digits = bits ? (bits + 29) / 30 : 1;
    return GlInt_FromSize_t(24 + 4 * digits);
}

static GlObject *
int_round(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("__round__", nargs, 0, 1) < 0) {
        return NULL;
    }
    return GlInt_Round(self, nargs ? args[0] : NULL);
}

static GlObject *
int_format_method(GlObject *self, GlObject *spec)
{
    if (!GlStr_Check(spec)) {
        return GlErr_Format(GlExc_TypeError, "__format__() argument must be str, not %.200s",
                            GlObject_TypeName(spec));
    }
    return GlInt_FormatSpec(self, spec);
}

/* Reads byteorder ('little' -> 1, 'big' -> 0) or raises. */
static int
int_byteorder(GlObject *o, const char *fname, int *little)
{
    if (o == NULL) {
        *little = 0;
        return 0;
    }
    if (!GlStr_Check(o)) {
        GlErr_Format(GlExc_TypeError, "%s() argument 'byteorder' must be str, not %.200s",
                     fname, GlObject_TypeName(o));
        return -1;
    }
    if (GlStr_EqualToASCII(o, "little")) {
        *little = 1;
        return 0;
    }
    if (GlStr_EqualToASCII(o, "big")) {
        *little = 0;
        return 0;
    }
    GlErr_SetString(GlExc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static GlObject *
int_to_bytes(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"length", "byteorder", "signed", NULL};
    GlObject *a[3] = {NULL, NULL, NULL};
    if (GlArg_ParseVector("to_bytes", args, nargs, kwnames, kwlist, 2, 0, a) < 0) {
        return NULL;
    }
    Gl_ssize_t length = 1;
    if (a[0] != NULL) {
        GlObject *len_obj = GlNumber_Index(a[0]);
        if (len_obj == NULL) {
            return NULL;
        }
        length = GlInt_AsSsize_t(len_obj);
        Gl_DECREF(len_obj);
        if (length == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (length < 0) {
            return GlErr_SetString(GlExc_ValueError, "length argument must be non-negative");
        }
    }
    int little, is_signed = 0;
    if (int_byteorder(a[1], "to_bytes", &little) < 0) {
        return NULL;
    }
    if (a[2] != NULL && (is_signed = GlObject_IsTrue(a[2])) < 0) {
        return NULL;
    }
    GlIntView view;
    mpz_srcptr z = GlInt_View(self, &view);
    if (!is_signed && mpz_sgn(z) < 0) {
        return GlErr_SetString(GlExc_OverflowError, "can't convert negative int to unsigned");
    }
    mpz_t t;
    mpz_init_set(t, z);
    size_t nbits = mpz_sgn(t) == 0 ? 0 : mpz_sizeinbase(t, 2);
    int fits;
    if (!is_signed) {
        fits = nbits <= (size_t)length * 8;
    }
    else if (mpz_sgn(t) >= 0) {
        fits = nbits < (size_t)length * 8 || nbits == 0;
    }
    else {
        /* -2**(8L-1) <= t: |t| - 1 has fewer than 8L bits */
        mpz_t m;
        mpz_init(m);
        mpz_neg(m, t);
        mpz_sub_ui(m, m, 1);
        size_t mb = mpz_sgn(m) == 0 ? 0 : mpz_sizeinbase(m, 2);
        fits = mb < (size_t)length * 8;
        mpz_clear(m);
    }
    if (!fits) {
        mpz_clear(t);
        return GlErr_SetString(GlExc_OverflowError, "int too big to convert");
    }
    if (mpz_sgn(t) < 0) {
        mpz_t p;
        mpz_init_set_ui(p, 1);
        mpz_mul_2exp(p, p, (mp_bitcnt_t)length * 8);
        mpz_add(t, t, p);  // two's complement
        mpz_clear(p);
    }
    GlObject *res = GlBytes_FromStringAndSize(NULL, length);
    if (res == NULL) {
        mpz_clear(t);
        return NULL;
    }
    unsigned char *buf = (unsigned char *)GlBytes_AS_STRING(res);
    memset(buf, 0, (size_t)length);
    size_t count = 0;
    size_t needed = mpz_sgn(t) == 0 ? 0 : (mpz_sizeinbase(t, 2) + 7) / 8;
    if (needed > 0) {
        if (little) {
            mpz_export(buf, &count, -1, 1, 0, 0, t);
        }
        else {
            mpz_export(buf + (length - (Gl_ssize_t)needed), &count, 1, 1, 0, 0, t);
        }
    }
    mpz_clear(t);
    return res;
}

static GlObject *
int_from_bytes(GlObject *cls, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"bytes", "byteorder", "signed", NULL};
    GlObject *a[3] = {NULL, NULL, NULL};
    if (GlArg_ParseVector("from_bytes", args, nargs, kwnames, kwlist, 2, 1, a) < 0) {
        return NULL;
    }
    int little, is_signed = 0;
    if (int_byteorder(a[1], "from_bytes", &little) < 0) {
        return NULL;
    }
    if (a[2] != NULL && (is_signed = GlObject_IsTrue(a[2])) < 0) {
        return NULL;
    }
    GlObject *b = GlObject_Bytes(a[0]);
    if (b == NULL) {
        return NULL;
    }
    Gl_ssize_t n = Gl_SIZE(b);
    const unsigned char *data = (const unsigned char *)GlBytes_AS_STRING(b);
    mpz_t z;
    mpz_init(z);
    if (n > 0) {
        mpz_import(z, (size_t)n, little ? -1 : 1, 1, 0, 0, data);
        unsigned char top = little ? data[n - 1] : data[0];
        if (is_signed && (top & 0x80)) {
            mpz_t p;
            mpz_init_set_ui(p, 1);
            mpz_mul_2exp(p, p, (mp_bitcnt_t)n * 8);
            mpz_sub(z, z, p);
            mpz_clear(p);
        }
    }
    Gl_DECREF(b);
    GlObject *r = GlInt_FromMpzSteal(z);
    if (r == NULL || (GlTypeObject *)cls == &GlInt_Type) {
        return r;
    }
    GlObject *res = GlObject_CallOneArg(cls, r);
    Gl_DECREF(r);
    return res;
}

static GlMethodDef int_methods[] = {
    {"conjugate", GL_FN(int_self), GL_METH_NOARGS, "Returns self, the complex conjugate of any int."},
    {"bit_length", GL_FN(int_bit_length), GL_METH_NOARGS, "Number of bits necessary to represent self in binary."},
    {"bit_count", GL_FN(int_bit_count), GL_METH_NOARGS, "Number of ones in the binary representation of the absolute value of self."},
    {"to_bytes", GL_FN(int_to_bytes), GL_METH_FASTCALL | GL_METH_KEYWORDS, "Return an array of bytes representing an integer."},
    {"from_bytes", GL_FN(int_from_bytes), GL_METH_FASTCALL | GL_METH_KEYWORDS | GL_METH_CLASS, "Return the integer represented by the given array of bytes."},
    {"as_integer_ratio", GL_FN(int_as_integer_ratio), GL_METH_NOARGS, "Return integer ratio."},
    {"__trunc__", GL_FN(int_self), GL_METH_NOARGS, "Truncating an Integral returns itself."},
    {"__floor__", GL_FN(int_self), GL_METH_NOARGS, "Flooring an Integral returns itself."},
    {"__ceil__", GL_FN(int_self), GL_METH_NOARGS, "Ceiling of an Integral returns itself."},
    {"__round__", GL_FN(int_round), GL_METH_FASTCALL, "Rounding an Integral returns itself."},
    {"__getnewargs__", GL_FN(int_getnewargs), GL_METH_NOARGS,
     "Return the arguments that recreate the number when unpickling."},
    {"__format__", GL_FN(int_format_method), GL_METH_O, "Convert to a string according to format_spec."},
    {"__sizeof__", GL_FN(int_sizeof), GL_METH_NOARGS, "Returns size in memory, in bytes."},
    {NULL, NULL, 0, NULL}
};

static GlGetSetDef int_getset[] = {
    {"real", int_get_self, NULL, "the real part of a complex number", NULL},
    {"imag", int_get_zero, NULL, "the imaginary part of a complex number", NULL},
    {"numerator", int_get_self, NULL, "the numerator of a rational number in lowest terms", NULL},
    {"denominator", int_get_one, NULL, "the denominator of a rational number in lowest terms", NULL},
    {NULL, NULL, NULL, NULL, NULL}
};

GlTypeObject GlInt_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "int",
    .tp_basicsize = sizeof(GlIntObject),
    .tp_dealloc = int_dealloc,
    .tp_repr = GlInt_Repr,
    .tp_as_number = &GlInt_AsNumber,
    .tp_hash = int_hash,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE | GL_TPFLAGS_LONG_SUBCLASS |
                GL_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "int([x]) -> integer\nint(x, base=10) -> integer",
    .tp_richcompare = int_richcompare,
    .tp_methods = int_methods,
    .tp_getset = int_getset,
    .tp_new = int_new,
    .tp_free = GlObject_Free,
    .tp_vectorcall = int_vectorcall,
};

/* ---- bool ---- */

static GlObject *
bool_repr(GlObject *o)
{
    return GlStr_FromString(((GlIntObject *)o)->small ? "True" : "False");
}

static GlObject *
bool_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (kwds != NULL && GlDict_Size(kwds) > 0) {
        return GlErr_SetString(GlExc_TypeError, "bool() takes no keyword arguments");
    }
    Gl_ssize_t nargs = args ? GlTuple_GET_SIZE(args) : 0;
    if (nargs > 1) {
        return GlErr_Format(GlExc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
    }
    if (nargs == 0) {
        Gl_RETURN_FALSE;
    }
    int t = GlObject_IsTrue(GlTuple_GET_ITEM(args, 0));
    if (t < 0) {
        return NULL;
    }
    return GlBool_FromLong(t);
}

static GlObject *
bool_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        return GlErr_SetString(GlExc_TypeError, "bool() takes no keyword arguments");
    }
    if (nargs > 1) {
        return GlErr_Format(GlExc_TypeError, "bool expected at most 1 argument, got %zd", nargs);
    }
    if (nargs == 0) {
        Gl_RETURN_FALSE;
    }
    int t = GlObject_IsTrue(args[0]);
    if (t < 0) {
        return NULL;
    }
    return GlBool_FromLong(t);
}

GlTypeObject GlBool_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "bool",
    .tp_basicsize = sizeof(GlIntObject),
    .tp_dealloc = int_dealloc,
    .tp_repr = bool_repr,
    .tp_as_number = &GlBool_AsNumber,
    .tp_hash = int_hash,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_LONG_SUBCLASS | GL_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "bool(x) -> bool",
    .tp_richcompare = int_richcompare,
    .tp_base = &GlInt_Type,
    .tp_new = bool_new,
    .tp_free = GlObject_Free,
    .tp_vectorcall = bool_vectorcall,
};

void
GlInt_Init(void)
{
    /* The table is statically initialised; this only re-asserts the invariant in
     * case a refcount went astray before start-up finished. */
    for (int i = 0; i < GL_NSMALL; i++) {
        gl_small_ints[i].ob_base.ob_type = &GlInt_Type;
        gl_small_ints[i].small = i + GL_SMALL_INT_MIN;
        gl_small_ints[i].big = NULL;
    }
}
