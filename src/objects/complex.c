/* complex.c - the complex type: construction (numbers, strings, __complex__),
 * arithmetic with ints and floats, comparison, hashing, repr and format().
 *
 * Invariants: immutable pair of doubles; ints and floats taking part in an
 * operation are converted to complex (ints exactly rounded; OverflowError when
 * too large).
 *
 * CPython behaviour matched: repr '(1+2j)', '2j', '(-0-1j)' (parts in shortest form
 * without '.0', real part omitted only when it is +0.0); hash = hash(real) +
 * 1000003 * hash(imag); only == and != compare; Smith's division with "complex
 * division by zero"; ** with small integral exponents by repeated multiplication;
 * complex(str) grammar and messages.
 */
#include "allobjects.h"
#include <math.h>
#include <errno.h>
#include <ctype.h>

typedef struct {
    double real, imag;
} cplx;

static const cplx c_1 = {1.0, 0.0};

GlObject *
GlComplex_FromDoubles(double real, double imag)
{
    GlComplexObject *r = (GlComplexObject *)GlObject_New(&GlComplex_Type, 0);
    if (r == NULL) {
        return NULL;
    }
    r->real = real;
    r->imag = imag;
    return (GlObject *)r;
}

static void
complex_dealloc(GlObject *o)
{
    Gl_TYPE(o)->tp_free(o);
}

static GlObject *
complex_subtype_new(GlTypeObject *type, double real, double imag) GL_NEWREF
{
    if (type == &GlComplex_Type) {
        return GlComplex_FromDoubles(real, imag);
    }
    GlObject *r = type->tp_alloc(type, 0);
    if (r != NULL) {
        ((GlComplexObject *)r)->real = real;
        ((GlComplexObject *)r)->imag = imag;
    }
    return r;
}

static inline int
complex_check(GlObject *o)
{
    return GlObject_TypeCheck(o, &GlComplex_Type);
}

/* 1 with *out set, 0 when o is not a number we mix with (NotImplemented), -1 error. */
static int
to_complex(GlObject *o, cplx *out)
{
    if (complex_check(o)) {
        out->real = ((GlComplexObject *)o)->real;
        out->imag = ((GlComplexObject *)o)->imag;
        return 1;
    }
    if (GlFloat_Check(o)) {
        out->real = GlFloat_AS_DOUBLE(o);
        out->imag = 0.0;
        return 1;
    }
    if (GlInt_Check(o)) {
        double d = GlInt_AsDouble(o);
        if (d == -1.0 && GlErr_Occurred()) {
            return -1;
        }
        out->real = d;
        out->imag = 0.0;
        return 1;
    }
    return 0;
}

#define CONVERT_BOTH(a, b, x, y)                        \
    cplx x, y;                                          \
    do {                                                \
        int ca_ = to_complex(a, &x);                    \
        if (ca_ <= 0) {                                 \
            if (ca_ < 0) {                              \
                return NULL;                            \
            }                                           \
            Gl_RETURN_NOTIMPLEMENTED;                   \
        }                                               \
        int cb_ = to_complex(b, &y);                    \
        if (cb_ <= 0) {                                 \
            if (cb_ < 0) {                              \
                return NULL;                            \
            }                                           \
            Gl_RETURN_NOTIMPLEMENTED;                   \
        }                                               \
    } while (0)

static cplx
c_prod(cplx a, cplx b)
{
    cplx r = {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real};
    return r;
}

/* Smith's algorithm, as CPython's _Py_c_quot; errno = EDOM for a zero divisor. */
static cplx
c_quot(cplx a, cplx b)
{
    cplx r;
    double abs_breal = fabs(b.real), abs_bimag = fabs(b.imag);
    if (abs_breal >= abs_bimag) {
        if (abs_breal == 0.0) {
            errno = EDOM;
            r.real = r.imag = 0.0;
        }
        else {
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            r.real = (a.real + a.imag * ratio) / denom;
            r.imag = (a.imag - a.real * ratio) / denom;
        }
    }
    else if (abs_bimag >= abs_breal) {
        double ratio = b.real / b.imag;
        double denom = b.real * ratio + b.imag;
        r.real = (a.real * ratio + a.imag) / denom;
        r.imag = (a.imag * ratio - a.real) / denom;
    }
    else {
        r.real = r.imag = NAN;
    }
    return r;
}

static cplx
c_pow(cplx a, cplx b)
{
    cplx r;
    if (b.real == 0.0 && b.imag == 0.0) {
        r.real = 1.0;
        r.imag = 0.0;
    }
    else if (a.real == 0.0 && a.imag == 0.0) {
        if (b.imag != 0.0 || b.real < 0.0) {
            errno = EDOM;
        }
        r.real = 0.0;
        r.imag = 0.0;
    }
    else {
        double vabs = hypot(a.real, a.imag);
        double len = pow(vabs, b.real);
        double at = atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= exp(at * b.imag);
            phase += b.imag * log(vabs);
        }
        r.real = len * cos(phase);
        r.imag = len * sin(phase);
    }
    return r;
}

static cplx
c_powu(cplx x, long n)
{
    cplx r = c_1, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

static cplx
c_powi(cplx x, long n)
{
    if (n > 0) {
        return c_powu(x, n);
    }
    return c_quot(c_1, c_powu(x, -n));
}

static GlObject *
complex_add(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    return GlComplex_FromDoubles(x.real + y.real, x.imag + y.imag);
}

static GlObject *
complex_sub(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    return GlComplex_FromDoubles(x.real - y.real, x.imag - y.imag);
}

static GlObject *
complex_mul(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    cplx r = c_prod(x, y);
    return GlComplex_FromDoubles(r.real, r.imag);
}

static GlObject *
complex_div(GlObject *a, GlObject *b)
{
    CONVERT_BOTH(a, b, x, y);
    errno = 0;
    cplx r = c_quot(x, y);
    if (errno == EDOM) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "complex division by zero");
    }
    return GlComplex_FromDoubles(r.real, r.imag);
}

static GlObject *
complex_pow(GlObject *a, GlObject *b, GlObject *z)
{
    if (z != NULL && z != Gl_None) {
        return GlErr_SetString(GlExc_ValueError, "complex modulo");
    }
    CONVERT_BOTH(a, b, x, y);
    errno = 0;
    cplx p;
    if (y.imag == 0.0 && y.real == floor(y.real) && fabs(y.real) <= 100.0) {
        p = c_powi(x, (long)y.real);
    }
    else {
        p = c_pow(x, y);
    }
    if (isinf(p.real) || isinf(p.imag)) {
        if (errno == 0) {
            errno = ERANGE;
        }
    }
    else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) {
        return GlErr_SetString(GlExc_ZeroDivisionError, "0.0 to a negative or complex power");
    }
    if (errno == ERANGE) {
        return GlErr_SetString(GlExc_OverflowError, "complex exponentiation");
    }
    return GlComplex_FromDoubles(p.real, p.imag);
}

static GlObject *
complex_neg(GlObject *a)
{
    GlComplexObject *c = (GlComplexObject *)a;
    return GlComplex_FromDoubles(-c->real, -c->imag);
}

static GlObject *
complex_pos(GlObject *a)
{
    if (GlComplex_CheckExact(a)) {
        return Gl_NewRef(a);
    }
    GlComplexObject *c = (GlComplexObject *)a;
    return GlComplex_FromDoubles(c->real, c->imag);
}

static GlObject *
complex_abs(GlObject *a)
{
    GlComplexObject *c = (GlComplexObject *)a;
    double r;
    if (isinf(c->real) || isinf(c->imag)) {
        r = HUGE_VAL;
    }
    else if (isnan(c->real) || isnan(c->imag)) {
        r = NAN;
    }
    else {
        r = hypot(c->real, c->imag);
        if (isinf(r)) {
            return GlErr_SetString(GlExc_OverflowError, "absolute value too large");
        }
    }
    return GlFloat_FromDouble(r);
}

static int
complex_bool(GlObject *a)
{
    GlComplexObject *c = (GlComplexObject *)a;
    return c->real != 0.0 || c->imag != 0.0;
}

static GlNumberMethods complex_as_number = {
    .nb_add = complex_add,
    .nb_subtract = complex_sub,
    .nb_multiply = complex_mul,
    .nb_power = complex_pow,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .nb_true_divide = complex_div,
};

/* ---- repr, hash, compare ---- */

/* One part in repr style (no ".0"); with_sign forces a leading sign ('+nan'). */
static void
part_repr(double v, int with_sign, char *buf, size_t size)
{
    char tmp[40];
    GlFloat_ReprBufEx(isnan(v) ? fabs(v) : v, tmp, sizeof(tmp), 0);
    if (with_sign && tmp[0] != '-') {
        snprintf(buf, size, "+%s", tmp);
    }
    else {
        snprintf(buf, size, "%s", tmp);
    }
}

static GlObject *
complex_repr(GlObject *o)
{
    GlComplexObject *c = (GlComplexObject *)o;
    char re[48], im[48], out[112];
    if (c->real == 0.0 && copysign(1.0, c->real) == 1.0) {
        part_repr(c->imag, 0, im, sizeof(im));
        snprintf(out, sizeof(out), "%sj", im);
    }
    else {
        part_repr(c->real, 0, re, sizeof(re));
        part_repr(c->imag, 1, im, sizeof(im));
        snprintf(out, sizeof(out), "(%s%sj)", re, im);
    }
    return GlStr_FromString(out);
}

static Gl_hash_t
complex_hash(GlObject *o)
{
    GlComplexObject *c = (GlComplexObject *)o;
    Gl_uhash_t hr = (Gl_uhash_t)GlFloat_HashDouble(o, c->real);
    Gl_uhash_t hi = (Gl_uhash_t)GlFloat_HashDouble(o, c->imag);
    Gl_uhash_t combined = hr + 1000003UL * hi;
    if (combined == (Gl_uhash_t)-1) {
        combined = (Gl_uhash_t)-2;
    }
    return (Gl_hash_t)combined;
}

static GlObject *
complex_richcompare(GlObject *v, GlObject *w, int op)
{
    if ((op != Gl_EQ && op != Gl_NE) || !complex_check(v)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlComplexObject *c = (GlComplexObject *)v;
    int equal;
    if (GlInt_Check(w)) {
        if (c->imag == 0.0) {
            GlObject *j = GlFloat_FromDouble(c->real);
            if (j == NULL) {
                return NULL;
            }
            GlObject *r = GlObject_RichCompare(j, w, op);
            Gl_DECREF(j);
            return r;
        }
        equal = 0;
    }
    else if (GlFloat_Check(w)) {
        equal = c->real == GlFloat_AS_DOUBLE(w) && c->imag == 0.0;
    }
    else if (complex_check(w)) {
        GlComplexObject *d = (GlComplexObject *)w;
        equal = c->real == d->real && c->imag == d->imag;
    }
    else {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    return GlBool_FromLong(equal == (op == Gl_EQ));
}

/* ---- construction ---- */

static int
is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static int
prefix_ieq(const char *p, const char *end, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(end - p) < n) {
        return 0;
    }
    for (size_t i = 0; i < n; i++) {
        if (tolower((unsigned char)p[i]) != word[i]) {
            return 0;
        }
    }
    return 1;
}

/* The longest float literal at p (sign, digits with single underscores, point,
 * exponent, or inf/infinity/nan): returns its end (p when none) and the value. */
static const char *
float_prefix(const char *p, const char *end, double *value)
{
    const char *q = p;
    if (q < end && (*q == '+' || *q == '-')) {
        q++;
    }
    const char *word = prefix_ieq(q, end, "infinity") ? q + 8
                     : prefix_ieq(q, end, "inf") ? q + 3
                     : prefix_ieq(q, end, "nan") ? q + 3 : NULL;
    const char *stop = word;
    if (stop == NULL) {
        int nd = 0;
        while (q < end && (isdigit((unsigned char)*q) ||
                           (*q == '_' && nd && q + 1 < end && isdigit((unsigned char)q[1])))) {
            nd += *q != '_';
            q++;
        }
        if (q < end && *q == '.') {
            q++;
            int fd = 0;
            while (q < end && (isdigit((unsigned char)*q) ||
                               (*q == '_' && fd && q + 1 < end && isdigit((unsigned char)q[1])))) {
                fd += *q != '_';
                q++;
            }
            nd += fd;
        }
        if (nd == 0) {
            return p;
        }
        if (q < end && (*q == 'e' || *q == 'E')) {
            const char *e = q + 1;
            if (e < end && (*e == '+' || *e == '-')) {
                e++;
            }
            if (e < end && isdigit((unsigned char)*e)) {
                while (e < end && (isdigit((unsigned char)*e) ||
                                   (*e == '_' && e + 1 < end && isdigit((unsigned char)e[1])))) {
                    e++;
                }
                q = e;
            }
        }
        stop = q;
    }
    if (GlFloat_ParseText(p, stop - p, value) < 0) {
        return p;
    }
    return stop;
}

static GlObject *complex_parse(GlTypeObject *type, const char *s, Gl_ssize_t len) GL_NEWREF;

static GlObject *
complex_from_string(GlTypeObject *type, GlObject *v) GL_NEWREF
{
    Gl_ssize_t len;
    char *owned;
    const char *s = GlInt_TextToASCII(v, &len, &owned);
    if (s == NULL) {
        return NULL;
    }
    GlObject *res = complex_parse(type, s, len);
    GlMem_Free(owned);
    return res;
}

static GlObject *
complex_parse(GlTypeObject *type, const char *s, Gl_ssize_t len) GL_NEWREF
{
    const char *end = s + len, *p = s;
    double x = 0.0, y = 0.0, z;
    int got_bracket = 0;
    while (p < end && is_space((unsigned char)*p)) {
        p++;
    }
    if (p < end && *p == '(') {
        got_bracket = 1;
        p++;
        while (p < end && is_space((unsigned char)*p)) {
            p++;
        }
    }
    const char *e = float_prefix(p, end, &z);
    if (e != p) {
        p = e;
        if (p < end && (*p == '+' || *p == '-')) {
            x = z;
            e = float_prefix(p, end, &y);
            if (e != p) {
                p = e;
            }
            else {
                y = *p == '+' ? 1.0 : -1.0;
                p++;
            }
            if (!(p < end && (*p == 'j' || *p == 'J'))) {
                goto error;
            }
            p++;
        }
        else if (p < end && (*p == 'j' || *p == 'J')) {
            p++;
            y = z;
        }
        else {
            x = z;
        }
    }
    else {
        if (p < end && (*p == '+' || *p == '-')) {
            y = *p == '+' ? 1.0 : -1.0;
            p++;
        }
        else {
            y = 1.0;
        }
        if (!(p < end && (*p == 'j' || *p == 'J'))) {
            goto error;
        }
        p++;
    }
    while (p < end && is_space((unsigned char)*p)) {
        p++;
    }
    if (got_bracket) {
        if (!(p < end && *p == ')')) {
            goto error;
        }
        p++;
        while (p < end && is_space((unsigned char)*p)) {
            p++;
        }
    }
    if (p != end) {
        goto error;
    }
    return complex_subtype_new(type, x, y);
error:
    return GlErr_SetString(GlExc_ValueError, "complex() arg is a malformed string");
}

/* __complex__ of o (new ref) when defined, NULL without exception when not. */
static GlObject *
try_complex_special(GlObject *o) GL_NEWREF
{
    int found = 0;
    GlObject *r = GlObject_CallSpecial(o, GL_ID(__complex__), NULL, 0, &found);
    if (!found || r == NULL) {
        return r;
    }
    if (!complex_check(r)) {
        GlErr_Format(GlExc_TypeError, "__complex__ returned non-complex (type %.200s)",
                     GlObject_TypeName(r));
        Gl_DECREF(r);
        return NULL;
    }
    return r;
}

static int
is_number_like(GlObject *o)
{
    GlNumberMethods *nb = Gl_TYPE(o)->tp_as_number;
    return complex_check(o) || (nb != NULL && (nb->nb_float != NULL || nb->nb_index != NULL));
}

static GlObject *
complex_build(GlTypeObject *type, GlObject *r, GlObject *i) GL_NEWREF
{
    if (r == NULL) {
        r = &gl_small_ints[-GL_SMALL_INT_MIN].ob_base;  // 0
    }
    if (GlStr_Check(r)) {
        if (i != NULL) {
            return GlErr_SetString(GlExc_TypeError,
                                   "complex() can't take second arg if first is a string");
        }
        return complex_from_string(type, r);
    }
    if (i != NULL && GlStr_Check(i)) {
        return GlErr_SetString(GlExc_TypeError, "complex() second arg can't be a string");
    }
    if (GlComplex_CheckExact(r) && i == NULL && type == &GlComplex_Type) {
        return Gl_NewRef(r);
    }
    GlObject *tmp = try_complex_special(r);
    if (tmp == NULL && GlErr_Occurred()) {
        return NULL;
    }
    GlObject *rr = tmp ? tmp : r;
    GlObject *res = NULL;
    if (!is_number_like(rr)) {
        GlErr_Format(GlExc_TypeError,
                     "complex() first argument must be a string or a number, not '%.200s'",
                     GlObject_TypeName(rr));
        goto done;
    }
    if (i != NULL && !is_number_like(i)) {
        GlErr_Format(GlExc_TypeError, "complex() second argument must be a number, not '%.200s'",
                     GlObject_TypeName(i));
        goto done;
    }
    cplx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    int cr_is_complex = 0, ci_is_complex = 0;
    if (complex_check(rr)) {
        cr.real = ((GlComplexObject *)rr)->real;
        cr.imag = ((GlComplexObject *)rr)->imag;
        cr_is_complex = 1;
    }
    else {
        cr.real = GlFloat_AsDouble(rr);
        if (cr.real == -1.0 && GlErr_Occurred()) {
            goto done;
        }
    }
    if (i == NULL) {
        ci.real = cr.imag;
    }
    else if (complex_check(i)) {
        ci.real = ((GlComplexObject *)i)->real;
        ci.imag = ((GlComplexObject *)i)->imag;
        ci_is_complex = 1;
    }
    else {
        ci.real = GlFloat_AsDouble(i);
        if (ci.real == -1.0 && GlErr_Occurred()) {
            goto done;
        }
    }
    if (ci_is_complex) {
        cr.real -= ci.imag;
    }
    if (cr_is_complex && i != NULL) {
        ci.real += cr.imag;
    }
    res = complex_subtype_new(type, cr.real, ci.real);
done:
    Gl_XDECREF(tmp);
    return res;
}

static GlObject *
complex_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    Gl_ssize_t nargs = args ? GlTuple_GET_SIZE(args) : 0;
    if (nargs > 2) {
        return GlErr_Format(GlExc_TypeError, "complex() takes at most 2 arguments (%zd given)",
                            nargs);
    }
    GlObject *r = nargs > 0 ? GlTuple_GET_ITEM(args, 0) : NULL;
    GlObject *i = nargs > 1 ? GlTuple_GET_ITEM(args, 1) : NULL;
    if (kwds != NULL && GlDict_Size(kwds) > 0) {
        Gl_ssize_t pos = 0;
        GlObject *key, *value;
        while (GlDict_Next(kwds, &pos, &key, &value)) {
            if (GlStr_Check(key) && GlStr_EqualToASCII(key, "real") && nargs < 1) {
                r = value;
            }
            else if (GlStr_Check(key) && GlStr_EqualToASCII(key, "imag") && nargs < 2) {
                i = value;
            }
            else if (GlStr_Check(key) && (GlStr_EqualToASCII(key, "real") ||
                                          GlStr_EqualToASCII(key, "imag"))) {
                return GlErr_Format(GlExc_TypeError,
                                    "argument for complex() given by name (%R) and position (%d)",
                                    key, GlStr_EqualToASCII(key, "real") ? 1 : 2);
            }
            else {
                return GlErr_Format(GlExc_TypeError,
                                    "complex() got an unexpected keyword argument %R", key);
            }
        }
    }
    return complex_build(type, r, i);
}

/* ---- methods ---- */

static GlObject *
complex_conjugate(GlObject *self, GlObject *unused)
{
    GlComplexObject *c = (GlComplexObject *)self;
    return GlComplex_FromDoubles(c->real, -c->imag);
}

static GlObject *
complex_complex(GlObject *self, GlObject *unused)
{
    return complex_pos(self);
}

static GlObject *
complex_getnewargs(GlObject *self, GlObject *unused)
{
    GlComplexObject *c = (GlComplexObject *)self;
    GlObject *re = GlFloat_FromDouble(c->real);
    GlObject *im = re ? GlFloat_FromDouble(c->imag) : NULL;
    GlObject *t = im ? GlTuple_New(2) : NULL;
    if (t == NULL) {
        Gl_XDECREF(re);
        Gl_XDECREF(im);
        return NULL;
    }
    GlTuple_SET_ITEM(t, 0, re);
    GlTuple_SET_ITEM(t, 1, im);
    return t;
}

static GlObject *
complex_format(GlObject *self, GlObject *spec)
{
    if (!GlStr_Check(spec)) {
        return GlErr_Format(GlExc_TypeError, "__format__() argument must be str, not %.200s",
                            GlObject_TypeName(spec));
    }
    if (GlStr_GET_LENGTH(spec) == 0) {
        return GlObject_Str(self);
    }
    GlFormatSpec f;
    if (GlFormatSpec_ParseEx(spec, self, 0, '>', &f) < 0) {
        return NULL;
    }
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        if (f.type > 32 && f.type < 127) {
            return GlErr_Format(GlExc_ValueError,
                                "Unknown format code '%c' for object of type 'complex'", f.type);
        }
        return GlErr_Format(GlExc_ValueError,
                            "Unknown format code '\\x%x' for object of type 'complex'",
                            (unsigned int)(unsigned char)f.type);
    }
    if (f.zero || f.fill == '0') {   // CPython tests the fill: '0<10' is refused too
        return GlErr_SetString(GlExc_ValueError,
                               "Zero padding is not allowed in complex format specifier");
    }
    if (f.align == '=') {
        return GlErr_SetString(GlExc_ValueError,
                               "'=' alignment flag is not allowed in complex format specifier");
    }
    GlComplexObject *c = (GlComplexObject *)self;
    GlFormatSpec fr = f, fi = f;
    fr.width = fi.width = -1;
    fr.align = fi.align = 0;
    fi.sign = '+';
    int skip_re = 0, parens = 0;
    if (f.type == 0) {
        parens = 1;
        if (c->real == 0.0 && copysign(1.0, c->real) == 1.0) {
            skip_re = 1;
            parens = 0;
            fi.sign = f.sign;
        }
    }
    GlObject *re = skip_re ? GlStr_FromString("") : GlFloat_FormatWithSpec(c->real, &fr, 0, 1);
    GlObject *im = re ? GlFloat_FormatWithSpec(c->imag, &fi, 0, 1) : NULL;
    GlObject *body = NULL, *res = NULL;
    if (im != NULL) {
        body = GlStr_FromFormat("%s%U%Uj%s", parens ? "(" : "", re, im, parens ? ")" : "");
    }
    if (body != NULL) {
        res = GlFormatSpec_Pad(body, &f, '>');
    }
    Gl_XDECREF(re);
    Gl_XDECREF(im);
    Gl_XDECREF(body);
    return res;
}

static GlMethodDef complex_methods[] = {
    {"conjugate", GL_FN(complex_conjugate), GL_METH_NOARGS, "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__complex__", GL_FN(complex_complex), GL_METH_NOARGS, "Convert this value to exact type complex."},
    {"__getnewargs__", GL_FN(complex_getnewargs), GL_METH_NOARGS, NULL},
    {"__format__", GL_FN(complex_format), GL_METH_O, "Convert to a string according to format_spec."},
    {NULL, NULL, 0, NULL}
};

static GlMemberDef complex_members[] = {
    {"real", GL_T_DOUBLE, offsetof(GlComplexObject, real), GL_READONLY, "the real part of a complex number"},
    {"imag", GL_T_DOUBLE, offsetof(GlComplexObject, imag), GL_READONLY, "the imaginary part of a complex number"},
    {NULL, 0, 0, 0, NULL}
};

GlTypeObject GlComplex_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "complex",
    .tp_basicsize = sizeof(GlComplexObject),
    .tp_dealloc = complex_dealloc,
    .tp_repr = complex_repr,
    .tp_as_number = &complex_as_number,
    .tp_hash = complex_hash,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE | GL_TPFLAGS_IMMUTABLETYPE,
    .tp_doc = "Create a complex number from a real part and an optional imaginary part.",
    .tp_richcompare = complex_richcompare,
    .tp_methods = complex_methods,
    .tp_members = complex_members,
    .tp_new = complex_new,
    .tp_free = GlObject_Free,
};
