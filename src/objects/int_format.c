/* int_format.c - int <-> text: str/repr, bin/oct/hex, int(str, base) parsing,
 * format(int, spec), round(int, n), and the number layout shared with float and
 * complex formatting (GlFormat_Number).
 *
 * Invariants: digit strings are built in a caller buffer or one GlMem block that
 * is freed before returning; results are new str objects.
 *
 * CPython behaviour matched: the 4300-digit limit (gl_int_max_str_digits, 0 = no
 * limit) for decimal conversion both ways, with CPython's two messages; int()'s
 * literal grammar (sign, whitespace, 0x/0o/0b prefixes, single underscores between
 * digits, no leading zeros for base 0); format-spec rules and messages for int
 * (types b c d o x X n and e E f F g G % via float; grouping; '#'; '=' and '0').
 */
#include "allobjects.h"
#include <math.h>
#include <ctype.h>

#define LOG2_10 3.32192809488736234787

/* Digits of |o| in `base` into buf (size bufsize) or a GlMem block; returns the
 * text (not NUL-terminated is fine; *len set), NULL + MemoryError. The caller frees
 * the result when it differs from buf. upper: A-F. */
static char *
int_digits(GlObject *o, int base, int upper, char *buf, size_t bufsize, Gl_ssize_t *len,
           int *negative)
{
    GlIntObject *v = (GlIntObject *)o;
    static const char lower_digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    static const char upper_digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const char *dig = upper ? upper_digits : lower_digits;
    if (v->big == NULL) {
        uint64_t m = v->small < 0 ? -(uint64_t)v->small : (uint64_t)v->small;
        *negative = v->small < 0;
        char tmp[72];
        int n = 0;
        do {
            tmp[n++] = dig[m % (uint64_t)base];
            m /= (uint64_t)base;
        } while (m);
        for (int i = 0; i < n; i++) {
            buf[i] = tmp[n - 1 - i];
        }
        *len = n;
        return buf;
    }
    *negative = mpz_sgn(v->big) < 0;
    size_t need = mpz_sizeinbase(v->big, base) + 2;
    char *out = need <= bufsize ? buf : GlMem_Malloc(need);
    if (out == NULL) {
        GlErr_NoMemory();
        return NULL;
    }
    mpz_get_str(out, base, v->big);
    char *p = out;
    if (*p == '-') {
        p++;
    }
    size_t n = strlen(p);
    memmove(out, p, n);
    if (upper) {
        for (size_t i = 0; i < n; i++) {
            out[i] = (char)toupper((unsigned char)out[i]);
        }
    }
    *len = (Gl_ssize_t)n;
    return out;
}

/* -1 + ValueError when a decimal conversion of o would exceed the digit limit. */
static int
int_check_str_limit(GlObject *o)
{
    GlIntObject *v = (GlIntObject *)o;
    if (v->big == NULL || gl_int_max_str_digits <= 0) {
        return 0;
    }
    size_t bits = mpz_sizeinbase(v->big, 2);
    /* digits = floor(log10|v|) + 1 lies in [(bits-1)*log10(2), bits*log10(2)] + 1 */
    double lo = (double)(bits - 1) / LOG2_10 + 1;
    double hi = (double)bits / LOG2_10 + 1;
    int over;
    if (lo > (double)gl_int_max_str_digits + 1) {
        over = 1;
    }
    else if (hi < (double)gl_int_max_str_digits) {
        over = 0;
    }
    else {
        over = (Gl_ssize_t)mpz_sizeinbase(v->big, 10) > gl_int_max_str_digits;
        if (over) {
            /* sizeinbase may exceed the true count by one: count exactly */
            mpz_t p;
            mpz_init(p);
            mpz_ui_pow_ui(p, 10, (unsigned long)gl_int_max_str_digits);
            over = mpz_cmpabs(v->big, p) >= 0;
            mpz_clear(p);
        }
    }
    if (over) {
        GlErr_Format(GlExc_ValueError, "Exceeds the limit (%zd digits) for integer string "
                     "conversion; use sys.set_int_max_str_digits() to increase the limit",
                     gl_int_max_str_digits);
        return -1;
    }
    return 0;
}

static GlObject *
ascii_str(const char *s, Gl_ssize_t n) GL_NEWREF
{
    GlObject *r = GlStr_New(n, 127);
    if (r == NULL) {
        return NULL;
    }
    memcpy(GlStr_DATA(r), s, (size_t)n);
    ((char *)GlStr_DATA(r))[n] = '\0';
    return r;
}

/* Text of o in base with optional sign and prefix. */
static GlObject *
int_to_text(GlObject *o, int base, const char *prefix) GL_NEWREF
{
    if (base == 10 && int_check_str_limit(o) < 0) {
        return NULL;
    }
    char buf[128];
    size_t plen = strlen(prefix);
    Gl_ssize_t n;
    int neg;
    char *d = int_digits(o, base, 0, buf + 8, sizeof(buf) - 8, &n, &neg);
    if (d == NULL) {
        return NULL;
    }
    GlObject *r = GlStr_New(n + (Gl_ssize_t)plen + neg, 127);
    if (r != NULL) {
        char *out = GlStr_DATA(r);
        if (neg) {
            *out++ = '-';
        }
        memcpy(out, prefix, plen);
        memcpy(out + plen, d, (size_t)n);
        out[plen + (size_t)n] = '\0';
    }
    if (d != buf + 8) {
        GlMem_Free(d);
    }
    return r;
}

GlObject *
GlInt_Repr(GlObject *o)
{
    GlIntObject *v = (GlIntObject *)o;
    if (v->big == NULL) {
        char tmp[24];
        int64_t s = v->small;
        uint64_t m = s < 0 ? -(uint64_t)s : (uint64_t)s;
        int i = (int)sizeof(tmp);
        do {
            tmp[--i] = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (s < 0) {
            tmp[--i] = '-';
        }
        return ascii_str(tmp + i, (Gl_ssize_t)sizeof(tmp) - i);
    }
    return int_to_text(o, 10, "");
}

GlObject *
GlInt_Format(GlObject *o, int base, int alternate)
{
    const char *prefix = "";
    if (alternate) {
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    }
    return int_to_text(o, base, prefix);
}

/* ---- parsing ---- */

static int
digit_value(unsigned char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A' + 10;
    }
    return 99;
}

static int
is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
}

static GlObject *
int_invalid_literal(const char *s, Gl_ssize_t len, int base, GlObject *orig) GL_NEWREF
{
    if (orig != NULL) {
        return GlErr_Format(GlExc_ValueError, "invalid literal for int() with base %d: %.200R",
                            base, orig);
    }
    GlObject *str = GlStr_FromStringAndSize(s, len);
    if (str == NULL) {
        return NULL;
    }
    GlErr_Format(GlExc_ValueError, "invalid literal for int() with base %d: %.200R", base, str);
    Gl_DECREF(str);
    return NULL;
}

GlObject *
GlInt_FromText(const char *s, Gl_ssize_t len, int base, GlObject *orig)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    int given_base = base;
    if (base != 0 && (base < 2 || base > 36)) {
        return GlErr_SetString(GlExc_ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    while (p < end && is_space(*p)) {
        p++;
    }
    while (end > p && is_space(end[-1])) {
        end--;
    }
    int negative = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        negative = *p == '-';
        p++;
    }
    int after_prefix = 0;  // an underscore may follow a base prefix directly
    if (end - p >= 2 && p[0] == '0') {
        int c = tolower(p[1]);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            after_prefix = 1;
        }
    }
    int leading_zero_check = 0;
    if (base == 0) {
        base = 10;
        leading_zero_check = 1;
    }
    Gl_ssize_t n = end - p;
    char stackbuf[64];
    char *buf = n < (Gl_ssize_t)sizeof(stackbuf) ? stackbuf : GlMem_Malloc((size_t)n + 1);
    if (buf == NULL) {
        return GlErr_NoMemory();
    }
    Gl_ssize_t nd = 0;
    int prev_digit = after_prefix;  // whether '_' is allowed now
    int ok = 1, nonzero = 0;
    for (; p < end; p++) {
        if (*p == '_') {
            if (!prev_digit || p + 1 >= end || p[1] == '_') {
                ok = 0;
                break;
            }
            prev_digit = 0;
            continue;
        }
        int d = digit_value(*p);
        if (d >= base) {
            ok = 0;
            break;
        }
        nonzero |= d != 0;
        buf[nd++] = (char)*p;
        prev_digit = 1;
    }
    if (ok && (nd == 0 || (leading_zero_check && buf[0] == '0' && nonzero))) {
        ok = 0;
    }
    if (!ok) {
        if (buf != stackbuf) {
            GlMem_Free(buf);
        }
        return int_invalid_literal(s, len, given_base, orig);
    }
    if ((base & (base - 1)) != 0 && gl_int_max_str_digits > 0 && nd > gl_int_max_str_digits) {
        if (buf != stackbuf) {
            GlMem_Free(buf);
        }
        return GlErr_Format(GlExc_ValueError, "Exceeds the limit (%zd digits) for integer string "
                            "conversion: value has %zd digits; use sys.set_int_max_str_digits() "
                            "to increase the limit", gl_int_max_str_digits, nd);
    }
    /* Machine-word fast path. */
    uint64_t acc = 0;
    int fits = 1;
    for (Gl_ssize_t i = 0; i < nd; i++) {
        if (__builtin_mul_overflow(acc, (uint64_t)base, &acc) ||
            __builtin_add_overflow(acc, (uint64_t)digit_value((unsigned char)buf[i]), &acc)) {
            fits = 0;
            break;
        }
    }
    if (fits && acc <= (uint64_t)INT64_MAX) {
        if (buf != stackbuf) {
            GlMem_Free(buf);
        }
        return GlInt_FromInt64(negative ? -(int64_t)acc : (int64_t)acc);
    }
    buf[nd] = '\0';
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, buf, base);
    if (buf != stackbuf) {
        GlMem_Free(buf);
    }
    if (negative) {
        mpz_neg(z, z);
    }
    return GlInt_FromMpzSteal(z);
}

const char *
GlInt_TextToASCII(GlObject *str, Gl_ssize_t *len, char **owned)
{
    *owned = NULL;
    if (((GlStrObject *)str)->ascii) {
        *len = GlStr_GET_LENGTH(str);
        return (const char *)GlStr_DATA(str);
    }
    Gl_ssize_t n = GlStr_GET_LENGTH(str);
    char *buf = GlMem_Malloc((size_t)n + 1);
    if (buf == NULL) {
        GlErr_NoMemory();
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t ch = GlStr_READ_CHAR(str, i);
        int d;
        if (ch < 128) {
            buf[i] = (char)ch;
        }
        else if (GlUnicode_IsSpace(ch)) {
            buf[i] = ' ';
        }
        else if ((d = GlUnicode_ToDecimal(ch)) >= 0) {
            buf[i] = (char)('0' + d);
        }
        else {
            buf[i] = '?';
        }
    }
    buf[n] = '\0';
    *len = n;
    *owned = buf;
    return buf;
}

GlObject *
GlInt_FromString(const char *s, Gl_ssize_t len, int base)
{
    return GlInt_FromText(s, len, base, NULL);
}

/* ---- format() ---- */

GlObject *
GlFormat_Number(const GlFormatSpec *spec, int negative, const char *prefix,
                const char *digits, Gl_ssize_t ndigits, int group,
                const char *rest, Gl_ssize_t nrest)
{
    uint32_t fill = spec->fill;   // the parser's default is ' '; NUL is a real fill
    char align = spec->align;
    if (spec->zero) {
        if (fill == ' ') {
            fill = '0';
        }
        if (align == 0) {
            align = '=';
        }
    }
    if (align == 0) {
        align = '>';
    }
    char signch = negative ? '-' : (spec->sign == '+' ? '+' : spec->sign == ' ' ? ' ' : 0);
    Gl_ssize_t nsign = signch ? 1 : 0, nprefix = (Gl_ssize_t)strlen(prefix);
    char sep = group ? spec->thousands : 0;
    Gl_ssize_t width = spec->width;
    Gl_ssize_t min_width = 0;
    if (fill == '0' && align == '=' && width > 0) {
        min_width = width - nsign - nprefix - nrest;
    }
    /* Grouped integer digits, built backwards. */
    Gl_ssize_t cap = ndigits + (min_width > ndigits ? min_width : ndigits) + 8;
    char *grouped = GlMem_Malloc((size_t)cap);
    if (grouped == NULL) {
        return GlErr_NoMemory();
    }
    Gl_ssize_t ng = 0;
    int count = 0;
    for (Gl_ssize_t i = 0;; i++) {
        if (i >= ndigits && ng >= min_width) {
            break;
        }
        if (sep && count == group) {
            grouped[ng++] = sep;
            count = 0;
        }
        grouped[ng++] = i < ndigits ? digits[ndigits - 1 - i] : '0';
        count++;
    }
    Gl_ssize_t total = nsign + nprefix + ng + nrest;
    Gl_ssize_t pad = width > total ? width - total : 0;
    uint32_t *out = GlMem_New(uint32_t, (size_t)(total + pad + 1));
    if (out == NULL) {
        GlMem_Free(grouped);
        return GlErr_NoMemory();
    }
    Gl_ssize_t k = 0, left = 0, right = 0, mid = 0;
    switch (align) {
    case '<': right = pad; break;
    case '^': left = pad / 2; right = pad - left; break;
    case '=': mid = pad; break;
    default: left = pad; break;
    }
    for (Gl_ssize_t i = 0; i < left; i++) {
        out[k++] = fill;
    }
    if (signch) {
        out[k++] = (unsigned char)signch;
    }
    for (Gl_ssize_t i = 0; i < nprefix; i++) {
        out[k++] = (unsigned char)prefix[i];
    }
    for (Gl_ssize_t i = 0; i < mid; i++) {
        out[k++] = fill;
    }
    for (Gl_ssize_t i = ng - 1; i >= 0; i--) {
        out[k++] = (unsigned char)grouped[i];
    }
    for (Gl_ssize_t i = 0; i < nrest; i++) {
        out[k++] = (unsigned char)rest[i];
    }
    for (Gl_ssize_t i = 0; i < right; i++) {
        out[k++] = fill;
    }
    GlMem_Free(grouped);
    GlObject *r = GlStr_FromKindAndData(4, out, k);
    GlMem_Free(out);
    return r;
}

static GlObject *
unknown_code(char type, GlObject *o) GL_NEWREF
{
    if (type > 32 && type < 127) {
        return GlErr_Format(GlExc_ValueError, "Unknown format code '%c' for object of type '%.200s'",
                            type, GlObject_TypeName(o));
    }
    return GlErr_Format(GlExc_ValueError, "Unknown format code '\\x%x' for object of type '%.200s'",
                        (unsigned int)(unsigned char)type, GlObject_TypeName(o));
}

/* The grouping checks CPython makes while parsing a spec: -1 + ValueError. */
static int
check_grouping(const GlFormatSpec *f, char type)
{
    if (f->thousands == ',') {
        switch (type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%':
        case 0:
            return 0;
        }
    }
    else if (f->thousands == '_') {
        switch (type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'F': case 'G': case '%':
        case 'b': case 'o': case 'x': case 'X': case 0:
            return 0;
        }
    }
    else {
        return 0;
    }
    if (type > 32 && type < 127) {
        GlErr_Format(GlExc_ValueError, "Cannot specify '%c' with '%c'.", f->thousands, type);
    }
    else {
        GlErr_Format(GlExc_ValueError, "Cannot specify '%c' with '\\x%x'.", f->thousands,
                     (unsigned int)(unsigned char)type);
    }
    return -1;
}

static GlObject *
int_format_char(GlObject *o, const GlFormatSpec *f) GL_NEWREF
{
    if (f->sign) {
        return GlErr_SetString(GlExc_ValueError,
                               "Sign not allowed with integer format specifier 'c'");
    }
    if (f->alternate) {
        return GlErr_SetString(GlExc_ValueError,
                               "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    int64_t v = GlInt_AsInt64(o);
    if (v == -1 && GlErr_Occurred()) {
        return NULL;  // "Python int too large to convert to C long"
    }
    if (v < 0 || v >= 0x110000) {
        return GlErr_SetString(GlExc_OverflowError, "%c arg not in range(0x110000)");
    }
    GlObject *ch = GlStr_FromOrdinal((uint32_t)v);
    if (ch == NULL) {
        return NULL;
    }
    GlObject *r = GlFormatSpec_Pad(ch, f, '>');
    Gl_DECREF(ch);
    return r;
}

GlObject *
GlInt_FormatSpec(GlObject *o, GlObject *spec)
{
    if (GlStr_GET_LENGTH(spec) == 0) {
        return GlObject_Str(o);
    }
    GlFormatSpec f;
    if (GlFormatSpec_ParseEx(spec, o, 0, '>', &f) < 0) {
        return NULL;
    }
    char type = f.type ? f.type : 'd';
    switch (type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        if (check_grouping(&f, type) < 0) {
            return NULL;
        }
        double d = GlInt_AsDouble(o);
        if (d == -1.0 && GlErr_Occurred()) {
            return NULL;
        }
        GlObject *fl = GlFloat_FromDouble(d);
        if (fl == NULL) {
            return NULL;
        }
        GlObject *r = GlFloat_FormatSpec(fl, spec);
        Gl_DECREF(fl);
        return r;
    }
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        return unknown_code(type, o);
    }
    if (check_grouping(&f, f.type) < 0) {
        return NULL;
    }
    if (f.precision >= 0) {
        return GlErr_SetString(GlExc_ValueError, "Precision not allowed in integer format specifier");
    }
    if (f.no_neg_zero) {
        return GlErr_SetString(GlExc_ValueError,
                               "Negative zero coercion (z) not allowed in integer format specifier");
    }
    if (type == 'c') {
        return int_format_char(o, &f);
    }
    int base = type == 'b' ? 2 : type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    const char *prefix = "";
    if (f.alternate) {
        prefix = base == 2 ? "0b" : base == 8 ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
    }
    if (base == 10 && int_check_str_limit(o) < 0) {
        return NULL;
    }
    char buf[128];
    Gl_ssize_t n;
    int neg;
    char *d = int_digits(o, base, type == 'X', buf, sizeof(buf), &n, &neg);
    if (d == NULL) {
        return NULL;
    }
    int group = f.thousands ? (base == 10 ? 3 : 4) : 0;
    GlObject *r = GlFormat_Number(&f, neg, prefix, d, n, group, "", 0);
    if (d != buf) {
        GlMem_Free(d);
    }
    return r;
}

/* ---- round() ---- */

GlObject *
GlInt_Round(GlObject *self, GlObject *ndigits)
{
    if (ndigits == NULL) {  // int.__round__(None) is a TypeError, as in CPython
        return GlInt_Exact(self);
    }
    GlObject *nd = GlNumber_Index(ndigits);
    if (nd == NULL) {
        return NULL;
    }
    int sign = GlInt_Sign(nd);
    int overflow;
    int64_t n = GlInt_AsInt64AndOverflow(nd, &overflow);
    Gl_DECREF(nd);
    if (sign >= 0) {
        return GlInt_Exact(self);
    }
    GlIntView view;
    mpz_srcptr a = GlInt_View(self, &view);
    /* 10**k > 2|a| makes the result 0 (k = -n). */
    size_t bits = mpz_sgn(a) ? mpz_sizeinbase(a, 2) : 0;
    if (overflow || (double)(-n) > (double)bits / LOG2_10 + 2) {
        return GlInt_FromInt64(0);
    }
    mpz_t p, q, r, twice;
    mpz_init(p);
    mpz_init(q);
    mpz_init(r);
    mpz_init(twice);
    mpz_ui_pow_ui(p, 10, (unsigned long)(-n));
    mpz_fdiv_qr(q, r, a, p);
    mpz_mul_2exp(twice, r, 1);
    int c = mpz_cmp(twice, p);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) {
        mpz_add_ui(q, q, 1);
    }
    mpz_mul(q, q, p);
    mpz_clear(p);
    mpz_clear(r);
    mpz_clear(twice);
    return GlInt_FromMpzSteal(q);
}
