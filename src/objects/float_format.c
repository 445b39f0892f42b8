/* float_format.c - float <-> text: the shortest round-trip repr, float(str),
 * format(float, spec), round(float, n), float.hex() and float.fromhex().
 *
 * Invariants: repr text is built in fixed stack buffers (a shortest repr never needs
 * more than 32 bytes); format() text of any precision in one GlMem block freed before
 * returning.
 *
 * CPython behaviour matched: repr is the shortest string that round-trips, in
 * exponent form when the decimal exponent is < -4 or >= 16 ('1e+16', '1e-05'),
 * else positional with '.0' when integral; float() accepts whitespace, single
 * underscores between digits, inf/infinity/nan in any case; format types
 * e E f F g G n % and none with CPython's defaults; round() is correctly rounded
 * (exact rational arithmetic, half-even); hex() uses 13 hex digits.
 */
#include "allobjects.h"
#include <math.h>
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <limits.h>

#define FMT_BUF 1200

/* ---- repr ---- */

/* Shortest decimal digits of a finite v > 0: digits (no point), count, and the
 * decimal exponent of the first digit. */
/* The prec-digit decimal next to the correctly rounded one (delta = +1 or -1 in the
 * last digit), written into out as "%.*e" would. 0 when it does not exist. */
static int
neighbour_digits(const char *rounded, int prec, int delta, char *out, size_t size)
{
    uint64_t m = 0;
    const char *p = rounded;
    for (; *p && *p != 'e'; p++) {
        if (*p != '.') {
            m = m * 10 + (uint64_t)(*p - '0');
        }
    }
    int e = atoi(p + 1);
    uint64_t low = 1;
    for (int i = 1; i < prec; i++) {
        low *= 10;
    }
    if (delta < 0 && m == low) {
        return 0;   // 1.000... - 1 would change the digit count: never shorter
    }
    m = delta > 0 ? m + 1 : m - 1;
    if (m == low * 10) {   // 9.99... + 1 -> 1.00...e+1
        m = low;
        e++;
    }
    char d[24];
    snprintf(d, sizeof(d), "%llu", (unsigned long long)m);
    if (prec > 1) {
        snprintf(out, size, "%c.%se%+03d", d[0], d + 1, e);
    } else {
        snprintf(out, size, "%ce%+03d", d[0], e);
    }
    return 1;
}

static void
shortest_digits(double v, char *digits, int *ndigits, int *exp10)
{
    char buf[40], alt[40];
    /* For normal doubles the shortest round-tripping string has 15 to 17 digits
     * (fewer only when padded with zeros); subnormals have wider intervals: search
     * from 1 digit. At each length the correctly rounded digits are tried first,
     * then their neighbours: the shortest string may be one unit off the rounded one
     * when v sits at a power of two (asymmetric rounding interval). */
    for (int prec = v < DBL_MIN ? 1 : 15; prec <= 17; prec++) {
        snprintf(buf, sizeof(buf), "%.*e", prec - 1, v);
        if (prec == 17 || strtod(buf, NULL) == v) {
            break;
        }
        if ((neighbour_digits(buf, prec, +1, alt, sizeof(alt)) && strtod(alt, NULL) == v)
            || (neighbour_digits(buf, prec, -1, alt, sizeof(alt)) && strtod(alt, NULL) == v)) {
            memcpy(buf, alt, sizeof(buf));
            break;
        }
    }
    int n = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++) {
        if (*p != '.') {
            digits[n++] = *p;
        }
    }
    *exp10 = atoi(p + 1);
    while (n > 1 && digits[n - 1] == '0') {
        n--;
    }
    digits[n] = '\0';
    *ndigits = n;
}

void
GlFloat_ReprBufEx(double v, char *buf, size_t size, int add_dot_0)
{
    if (isnan(v)) {
        snprintf(buf, size, "nan");
        return;
    }
    if (isinf(v)) {
        snprintf(buf, size, v > 0 ? "inf" : "-inf");
        return;
    }
    char *out = buf;
    if (signbit(v)) {
        *out++ = '-';
        v = -v;
    }
    if (v == 0.0) {
        snprintf(out, size - 1, add_dot_0 ? "0.0" : "0");
        return;
    }
    char digits[24];
    int nd, e;
    shortest_digits(v, digits, &nd, &e);
    if (e < -4 || e >= 16) {
        *out++ = digits[0];
        if (nd > 1) {
            *out++ = '.';
            memcpy(out, digits + 1, (size_t)nd - 1);
            out += nd - 1;
        }
        snprintf(out, 16, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
        return;
    }
    if (e < 0) {
        *out++ = '0';
        *out++ = '.';
        for (int i = 0; i < -e - 1; i++) {
            *out++ = '0';
        }
        memcpy(out, digits, (size_t)nd);
        out[nd] = '\0';
        return;
    }
    /* e + 1 integer digits */
    for (int i = 0; i <= e; i++) {
        *out++ = i < nd ? digits[i] : '0';
    }
    if (nd > e + 1) {
        *out++ = '.';
        memcpy(out, digits + e + 1, (size_t)(nd - e - 1));
        out += nd - e - 1;
    }
    else if (add_dot_0) {
        *out++ = '.';
        *out++ = '0';
    }
    *out = '\0';
}

void
GlFloat_ReprBuf(double v, char *buf, size_t size)
{
    GlFloat_ReprBufEx(v, buf, size, 1);
}

GlObject *
GlFloat_Repr(GlObject *o)
{
    char buf[40];
    GlFloat_ReprBufEx(GlFloat_AS_DOUBLE(o), buf, sizeof(buf), 1);
    size_t n = strlen(buf);
    GlObject *r = GlStr_New((Gl_ssize_t)n, 127);
    if (r != NULL) {
        memcpy(GlStr_DATA(r), buf, n + 1);
    }
    return r;
}

/* ---- float(str) ---- */

static int
is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

/* Copies a run of digits with single underscores between them; returns the number
 * of digits copied, -1 on a misplaced underscore. */
static int
copy_digits(const char **pp, const char *end, char *out, int *nout)
{
    const char *p = *pp;
    int n = 0;
    while (p < end) {
        if (isdigit((unsigned char)*p)) {
            out[(*nout)++] = *p++;
            n++;
        }
        else if (*p == '_' && n > 0 && p + 1 < end && isdigit((unsigned char)p[1])) {
            p++;
        }
        else {
            break;
        }
    }
    *pp = p;
    return n;
}

static int
ascii_ieq(const char *s, Gl_ssize_t n, const char *word)
{
    size_t wl = strlen(word);
    if ((size_t)n != wl) {
        return 0;
    }
    for (size_t i = 0; i < wl; i++) {
        if (tolower((unsigned char)s[i]) != word[i]) {
            return 0;
        }
    }
    return 1;
}

int
GlFloat_ParseText(const char *s, Gl_ssize_t len, double *out)
{
    const char *p = s, *end = s + len;
    int negative = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        p++;
    }
    Gl_ssize_t rest = end - p;
    if (ascii_ieq(p, rest, "inf") || ascii_ieq(p, rest, "infinity")) {
        *out = negative ? -HUGE_VAL : HUGE_VAL;
        return 0;
    }
    if (ascii_ieq(p, rest, "nan")) {
        *out = negative ? -NAN : NAN;
        return 0;
    }
    char stackbuf[128];
    char *buf = rest + 8 <= (Gl_ssize_t)sizeof(stackbuf) ? stackbuf : GlMem_Malloc((size_t)rest + 8);
    if (buf == NULL) {
        return -1;
    }
    int n = 0, ok = 1;
    if (negative) {
        buf[n++] = '-';
    }
    int ndig = copy_digits(&p, end, buf, &n);
    if (p < end && *p == '.') {
        buf[n++] = *p++;
        ndig += copy_digits(&p, end, buf, &n);
    }
    if (ndig == 0) {
        ok = 0;
    }
    if (ok && p < end && (*p == 'e' || *p == 'E')) {
        buf[n++] = *p++;
        if (p < end && (*p == '+' || *p == '-')) {
            buf[n++] = *p++;
        }
        if (copy_digits(&p, end, buf, &n) == 0) {
            ok = 0;
        }
    }
    if (p != end) {
        ok = 0;
    }
    if (ok) {
        buf[n] = '\0';
        *out = strtod(buf, NULL);
    }
    if (buf != stackbuf) {
        GlMem_Free(buf);
    }
    return ok ? 0 : -1;
}

GlObject *
GlFloat_FromText(const char *s, Gl_ssize_t len, GlObject *orig)
{
    const char *p = s, *end = s + len;
    while (p < end && is_space((unsigned char)*p)) {
        p++;
    }
    while (end > p && is_space((unsigned char)end[-1])) {
        end--;
    }
    double d;
    if (GlFloat_ParseText(p, end - p, &d) == 0) {
        return GlFloat_FromDouble(d);
    }
    if (orig != NULL) {
        return GlErr_Format(GlExc_ValueError, "could not convert string to float: %.200R", orig);
    }
    GlObject *str = GlStr_FromStringAndSize(s, len);
    if (str != NULL) {
        GlErr_Format(GlExc_ValueError, "could not convert string to float: %.200R", str);
        Gl_DECREF(str);
    }
    return NULL;
}

GlObject *
GlFloat_FromString(GlObject *str)
{
    Gl_ssize_t n;
    char *owned;
    const char *s = GlInt_TextToASCII(str, &n, &owned);
    if (s == NULL) {
        return NULL;
    }
    GlObject *r = GlFloat_FromText(s, n, str);
    GlMem_Free(owned);
    return r;
}

/* ---- format() ---- */

/* snprintf into a fresh GlMem block with `extra` spare bytes at the end; NULL with
 * MemoryError set. */
static char *
fmt_alloc(Gl_ssize_t extra, const char *fmt, int prec, double v)
{
    int n = snprintf(NULL, 0, fmt, prec, v);
    char *buf = n < 0 ? NULL : GlMem_Malloc((size_t)n + 1 + (size_t)extra);
    if (buf == NULL) {
        GlErr_NoMemory();
        return NULL;
    }
    snprintf(buf, (size_t)n + 1, fmt, prec, v);
    return buf;
}

/* Removes trailing zeros of the fraction (and a bare point) before any exponent. */
static void
strip_fraction_zeros(char *buf)
{
    char *dot = strchr(buf, '.');
    if (dot == NULL) {
        return;
    }
    char *e = strchr(buf, 'e');
    char *stop = e ? e : buf + strlen(buf);
    char *q = stop;
    while (q > dot + 1 && q[-1] == '0') {
        q--;
    }
    if (q == dot + 1) {
        q = dot;
    }
    memmove(q, stop, strlen(stop) + 1);
}

/* 'g' of a finite ax >= 0 as CPython's format_float_short: exponent form when the
 * decimal exponent X of the rounded value is < -4 or >= prec (>= prec - 1 with dot0,
 * Py_DTSF_ADD_DOT_0, where the fixed form keeps ".0"); alternate keeps the point and
 * trailing zeros (glibc's "%#g" loses them when rounding carries into a new exponent:
 * 999999.5 -> "1.e+06"). Returns a GlMem block with `extra` spare bytes, NULL with
 * MemoryError set. */
static char *
format_g(double ax, Gl_ssize_t prec, int alternate, int dot0, Gl_ssize_t extra)
{
    if (prec == 0) {
        prec = 1;
    }
    char *buf = fmt_alloc(extra + 2, alternate ? "%#.*e" : "%.*e", (int)prec - 1, ax);
    if (buf == NULL) {
        return NULL;
    }
    Gl_ssize_t x = atoi(strchr(buf, 'e') + 1);
    if (x >= -4 && x < prec - dot0) {
        GlMem_Free(buf);
        buf = fmt_alloc(extra + 2, alternate ? "%#.*f" : "%.*f", (int)(prec - 1 - x), ax);
        if (buf == NULL) {
            return NULL;
        }
    }
    if (!alternate) {
        strip_fraction_zeros(buf);
    }
    if (dot0 && !strchr(buf, '.') && !strchr(buf, 'e')) {
        strcat(buf, ".0");
    }
    return buf;
}

char *
GlFloat_FormatAbs(double ax, char type, Gl_ssize_t prec, int alternate, int dot0,
                  Gl_ssize_t extra)
{
    if (prec > INT_MAX - 400) {
        GlErr_SetString(GlExc_ValueError, "precision too big");
        return NULL;
    }
    if (isfinite(ax) && (type == 'g' || type == 'G')) {
        char *buf = format_g(ax, prec, alternate, dot0, extra);
        if (buf != NULL && type == 'G') {
            for (char *c = buf; *c; c++) {
                *c = (char)toupper((unsigned char)*c);
            }
        }
        return buf;
    }
    char fmt[8];
    snprintf(fmt, sizeof(fmt), "%%%s.*%c", alternate ? "#" : "", type);
    return fmt_alloc(extra, fmt, (int)prec, ax);
}

GlObject *
GlFloat_FormatWithSpec(double x, const GlFormatSpec *spec, int add_dot_0, int nopad)
{
    char type = spec->type;
    Gl_ssize_t prec = spec->precision;
    char small[64];
    char *buf = small, *heap = NULL;
    int negative = signbit(x) && !isnan(x);
    double ax = fabs(x);
    const char *suffix = "";
    if (type == 0 && prec < 0) {
        GlFloat_ReprBufEx(ax, buf, sizeof(small) - 4, add_dot_0);
        if (spec->alternate && isfinite(ax) && !strchr(buf, '.')) {
            char *e = strchr(buf, 'e');  // '#': always a decimal point ("1.e-05")
            char *at = e ? e : buf + strlen(buf);
            memmove(at + 1, at, strlen(at) + 1);
            *at = '.';
        }
    }
    else {
        int dot0 = 0;
        if (prec < 0) {
            prec = 6;
        }
        char t = type;
        if (type == 0) {
            t = 'g';
            dot0 = add_dot_0;
        }
        else if (type == 'n') {
            t = 'g';
        }
        else if (type == '%') {
            t = 'f';
            ax *= 100.0;
            suffix = "%";
        }
        heap = GlFloat_FormatAbs(ax, t, prec, spec->alternate, dot0, 2);
        if (heap == NULL) {
            return NULL;
        }
        buf = heap;
    }
    strcat(buf, suffix);
    if (negative && spec->no_neg_zero && isfinite(x)) {
        /* 'z': a value that rounds to zero loses its sign */
        int all_zero = 1;
        for (const char *c = buf; *c && *c != 'e' && *c != 'E'; c++) {
            if (*c >= '1' && *c <= '9') {
                all_zero = 0;
                break;
            }
        }
        negative = !all_zero;
    }
    /* Split: leading digits are the integer part; the rest is point/fraction/exponent. */
    Gl_ssize_t nint = 0;
    while (isdigit((unsigned char)buf[nint])) {
        nint++;
    }
    int group = isfinite(x) && spec->thousands ? 3 : 0;
    const char *digits = buf;
    const char *rest = buf + nint;
    if (!isfinite(x)) {
        nint = 0;
        rest = buf;
    }
    GlFormatSpec f = *spec;
    if (nopad) {
        f.width = -1;
    }
    if (!isfinite(x) && f.zero && f.fill == ' ') {
        f.fill = '0';  // CPython pads inf/nan with zeros too
    }
    GlObject *r = GlFormat_Number(&f, negative, "", digits, nint, group, rest,
                                  (Gl_ssize_t)strlen(rest));
    GlMem_Free(heap);
    return r;
}

static int
check_float_spec(const GlFormatSpec *f, GlObject *o, const char *kind)
{
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        if (f->type > 32 && f->type < 127) {
            GlErr_Format(GlExc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                         f->type, kind);
        }
        else {
            GlErr_Format(GlExc_ValueError,
                         "Unknown format code '\\x%x' for object of type '%.200s'",
                         (unsigned int)(unsigned char)f->type, kind);
        }
        return -1;
    }
    if (f->thousands && f->type == 'n') {
        GlErr_Format(GlExc_ValueError, "Cannot specify '%c' with 'n'.", f->thousands);
        return -1;
    }
    return 0;
}

GlObject *
GlFloat_FormatSpec(GlObject *o, GlObject *spec)
{
    double x = GlFloat_AsDouble(o);
    if (x == -1.0 && GlErr_Occurred()) {
        return NULL;
    }
    if (GlStr_GET_LENGTH(spec) == 0) {
        return GlObject_Str(o);
    }
    GlFormatSpec f;
    if (GlFormatSpec_ParseEx(spec, o, 0, '>', &f) < 0) {
        return NULL;
    }
    if (check_float_spec(&f, o, "float") < 0) {
        return NULL;
    }
    return GlFloat_FormatWithSpec(x, &f, 1, 0);
}

/* ---- round() ---- */

GlObject *
GlFloat_Round(double x, GlObject *ndigits)
{
    if (ndigits == NULL || ndigits == Gl_None) {
        double r = round(x);
        if (fabs(x - r) == 0.5) {
            r = 2.0 * round(x / 2.0);  // half to even
        }
        return GlInt_FromDouble(r);
    }
    GlObject *nd = GlNumber_Index(ndigits);
    if (nd == NULL) {
        return NULL;
    }
    int overflow;
    int64_t n = GlInt_AsInt64AndOverflow(nd, &overflow);
    Gl_DECREF(nd);
    if (overflow > 0 || n > 323 || !isfinite(x) || x == 0.0) {
        return GlFloat_FromDouble(x);
    }
    if (overflow < 0 || n < -308) {
        return GlFloat_FromDouble(0.0 * x);
    }
    /* Exact: k = round_half_even(x * 10**n), result = k / 10**n, correctly rounded. */
    mpq_t q;
    mpz_t p, k, r, twice;
    mpq_init(q);
    mpz_init(p);
    mpz_init(k);
    mpz_init(r);
    mpz_init(twice);
    mpq_set_d(q, x);
    mpz_ui_pow_ui(p, 10, (unsigned long)(n < 0 ? -n : n));
    if (n >= 0) {
        mpz_mul(mpq_numref(q), mpq_numref(q), p);
    }
    else {
        mpz_mul(mpq_denref(q), mpq_denref(q), p);
    }
    mpz_fdiv_qr(k, r, mpq_numref(q), mpq_denref(q));
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, mpq_denref(q));
    if (c > 0 || (c == 0 && mpz_odd_p(k))) {
        mpz_add_ui(k, k, 1);
    }
    int ovf = 0;
    double res;
    if (n >= 0) {
        res = GlMpz_RatioToDouble(k, p, &ovf);
    }
    else {
        mpz_mul(k, k, p);
        res = GlMpz_ToDouble(k, &ovf);
    }
    mpq_clear(q);
    mpz_clear(p);
    mpz_clear(k);
    mpz_clear(r);
    mpz_clear(twice);
    if (ovf) {
        return GlErr_SetString(GlExc_OverflowError, "rounded value too large to represent");
    }
    if (res == 0.0) {
        res = copysign(0.0, x);
    }
    return GlFloat_FromDouble(res);
}

/* ---- hex ---- */

GlObject *
GlFloat_Hex(double x)
{
    char buf[64];
    if (isnan(x) || isinf(x)) {
        GlFloat_ReprBufEx(x, buf, sizeof(buf), 1);
        return GlStr_FromString(buf);
    }
    if (x == 0.0) {
        return GlStr_FromString(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    }
    int e;
    double m = frexp(fabs(x), &e);  // m in [0.5, 1)
    /* as CPython: shift = 1 - max(DBL_MIN_EXP - e, 0) keeps subnormals 0x0.… */
    int sh = 1 - ((DBL_MIN_EXP - e) > 0 ? (DBL_MIN_EXP - e) : 0);
    m = ldexp(m, sh);
    e -= sh;
    static const char hexd[] = "0123456789abcdef";
    int k = 0;
    if (x < 0) {
        buf[k++] = '-';
    }
    buf[k++] = '0';
    buf[k++] = 'x';
    int d = (int)m;
    buf[k++] = hexd[d];
    m -= d;
    buf[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        d = (int)m;
        buf[k++] = hexd[d];
        m -= d;
    }
    snprintf(buf + k, sizeof(buf) - (size_t)k, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return GlStr_FromString(buf);
}

GlObject *
GlFloat_FromHexString(GlObject *str)
{
    Gl_ssize_t len;
    const char *s = GlStr_AsUTF8AndSize(str, &len);
    if (s == NULL) {
        return NULL;
    }
    const char *p = s, *end = s + len;
    while (p < end && is_space((unsigned char)*p)) {
        p++;
    }
    while (end > p && is_space((unsigned char)end[-1])) {
        end--;
    }
    double d;
    int negative = 0;
    const char *q = p;
    if (q < end && (*q == '+' || *q == '-')) {
        negative = *q == '-';
        q++;
    }
    if (ascii_ieq(q, end - q, "inf") || ascii_ieq(q, end - q, "infinity")) {
        return GlFloat_FromDouble(negative ? -HUGE_VAL : HUGE_VAL);
    }
    if (ascii_ieq(q, end - q, "nan")) {
        return GlFloat_FromDouble(negative ? -NAN : NAN);
    }
    /* Validate: [0x] hexdigits [. hexdigits] [p [sign] digits] */
    char buf[FMT_BUF];
    int n = 0, ok = 1, nhex = 0;
    if (end - q > FMT_BUF - 16) {
        ok = 0;
    }
    if (ok) {
        buf[n++] = negative ? '-' : '+';
        buf[n++] = '0';
        buf[n++] = 'x';
        if (end - q >= 2 && q[0] == '0' && (q[1] == 'x' || q[1] == 'X')) {
            q += 2;
        }
        while (q < end && isxdigit((unsigned char)*q)) {
            buf[n++] = *q++;
            nhex++;
        }
        if (q < end && *q == '.') {
            buf[n++] = *q++;
            while (q < end && isxdigit((unsigned char)*q)) {
                buf[n++] = *q++;
                nhex++;
            }
        }
        if (nhex == 0) {
            ok = 0;
        }
        buf[n++] = 'p';
        if (ok && q < end && (*q == 'p' || *q == 'P')) {
            q++;
            if (q < end && (*q == '+' || *q == '-')) {
                buf[n++] = *q++;
            }
            int ne = 0;
            while (q < end && isdigit((unsigned char)*q)) {
                buf[n++] = *q++;
                ne++;
            }
            if (ne == 0) {
                ok = 0;
            }
        }
        else {
            buf[n++] = '0';
        }
        if (q != end) {
            ok = 0;
        }
    }
    if (!ok) {
        return GlErr_SetString(GlExc_ValueError, "invalid hexadecimal floating-point string");
    }
    buf[n] = '\0';
    errno = 0;
    d = strtod(buf, NULL);
    if (isinf(d)) {
        return GlErr_SetString(GlExc_OverflowError,
                               "hexadecimal value too large to represent as a float");
    }
    return GlFloat_FromDouble(d);
}
