/* str_format.c - text formatting: the format-spec mini-language shared with the
 * numbers (GlFormatSpec_Parse/Pad), str.__format__, str.format / format_map (the
 * replacement-field grammar of CPython's unicode_format.h), printf-style `%`
 * formatting of str, and GlStr_FromFormatV used by GlErr_Format.
 *
 * Invariants: every engine writes into one GlStrBuf that is finished or cleared on
 * every path; nested format specs recurse at most twice ("Max string recursion
 * exceeded"); argument objects are borrowed from the caller, results of lookups
 * (getattr/getitem/conversions) are owned and released before the next field.
 * Python code may run in every GlObject_* call (repr, str, __format__, __getitem__).
 */
#include "str_internal.h"

#include <math.h>

/* ---- format spec ------------------------------------------------------------------ */

static int
is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

static int
spec_invalid(GlObject *spec, GlObject *obj)
{
    if (obj == NULL) {
        GlErr_SetString(GlExc_ValueError, "Invalid format specifier");
    } else {
        GlErr_Format(GlExc_ValueError, "Invalid format specifier '%U' for object of type '%s'",
                     spec, GlObject_TypeName(obj));
    }
    return -1;
}

static int
bad_thousands(char sep, char type)
{
    if (type > 32 && type < 127) {
        GlErr_Format(GlExc_ValueError, "Cannot specify '%c' with '%c'.", sep, type);
    } else {
        GlErr_Format(GlExc_ValueError, "Cannot specify '%c' with '\\x%x'.", sep,
                     (unsigned)(unsigned char)type);
    }
    return -1;
}

static int
parse_number(GlObject *spec, Gl_ssize_t *pos, Gl_ssize_t end, Gl_ssize_t *out)
{
    Gl_ssize_t v = 0, start = *pos;
    while (*pos < end) {
        uint32_t c = GlStr_READ_CHAR(spec, *pos);
        int d = c < 128 ? ((c >= '0' && c <= '9') ? (int)(c - '0') : -1) : GlUnicode_ToDecimal(c);
        if (d < 0) {
            break;
        }
        if (v > (GL_SSIZE_T_MAX - d) / 10) {
            GlErr_SetString(GlExc_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        (*pos)++;
    }
    *out = *pos > start ? v : -1;
    return 0;
}

int
GlFormatSpec_ParseEx(GlObject *spec, GlObject *obj, char default_type, char default_align,
                     GlFormatSpec *f)
{
    memset(f, 0, sizeof(*f));
    f->fill = ' ';
    f->width = -1;
    f->precision = -1;
    Gl_ssize_t end = Gl_SIZE(spec), pos = 0;
    int fill_given = 0, align_given = 0;
    if (end >= 2 && is_align(GlStr_READ_CHAR(spec, 1))) {
        f->fill = GlStr_READ_CHAR(spec, 0);
        f->align = (char)GlStr_READ_CHAR(spec, 1);
        fill_given = align_given = 1;
        pos = 2;
    } else if (end >= 1 && is_align(GlStr_READ_CHAR(spec, 0))) {
        f->align = (char)GlStr_READ_CHAR(spec, 0);
        align_given = 1;
        pos = 1;
    }
    if (pos < end) {
        uint32_t c = GlStr_READ_CHAR(spec, pos);
        if (c == '+' || c == '-' || c == ' ') {
            f->sign = (char)c;
            pos++;
        }
    }
    if (pos < end && GlStr_READ_CHAR(spec, pos) == 'z') {
        f->no_neg_zero = 1;
        pos++;
    }
    if (pos < end && GlStr_READ_CHAR(spec, pos) == '#') {
        f->alternate = 1;
        pos++;
    }
    if (!fill_given && pos < end && GlStr_READ_CHAR(spec, pos) == '0') {
        f->zero = 1;
        f->fill = '0';
        if (!align_given && default_align == '>') {
            f->align = '=';
        }
        pos++;
    }
    if (parse_number(spec, &pos, end, &f->width) < 0) {
        return -1;
    }
    if (pos < end && GlStr_READ_CHAR(spec, pos) == ',') {
        f->thousands = ',';
        pos++;
    }
    if (pos < end && GlStr_READ_CHAR(spec, pos) == '_') {
        if (f->thousands != 0) {
            GlErr_SetString(GlExc_ValueError, "Cannot specify both ',' and '_'.");
            return -1;
        }
        f->thousands = '_';
        pos++;
    }
    if (pos < end && GlStr_READ_CHAR(spec, pos) == ',' && f->thousands == '_') {
        // a second ',' is left to the type check, as CPython does
        GlErr_SetString(GlExc_ValueError, "Cannot specify both ',' and '_'.");
        return -1;
    }
    if (pos < end && GlStr_READ_CHAR(spec, pos) == '.') {
        pos++;
        if (parse_number(spec, &pos, end, &f->precision) < 0) {
            return -1;
        }
        if (f->precision < 0) {
            GlErr_SetString(GlExc_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        return spec_invalid(spec, obj);
    }
    if (end - pos == 1) {
        uint32_t t = GlStr_READ_CHAR(spec, pos);
        f->type = t < 128 ? (char)t : (char)0x7f;   // non-ASCII: unknown code
    } else {
        f->type = default_type;
    }
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F':
        case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') {
                break;
            }
            return bad_thousands(f->thousands, f->type);
        default:
            return bad_thousands(f->thousands, f->type);
        }
    }
    (void)default_align;
    return 0;
}

int
GlFormatSpec_Parse(GlObject *spec, GlFormatSpec *out)
{
    return GlFormatSpec_ParseEx(spec, NULL, 0, '>', out);
}

GlObject *
GlFormatSpec_Pad(GlObject *body, const GlFormatSpec *f, char default_align) GL_NEWREF
{
    Gl_ssize_t n = Gl_SIZE(body);
    if (f->width <= n) {
        return Gl_NewRef(body);
    }
    Gl_ssize_t total = f->width - n, left = 0, right = 0, split = 0;
    char align = f->align ? f->align : default_align;
    switch (align) {
    case '<':
        right = total;
        break;
    case '^':
        left = total / 2;
        right = total - left;
        break;
    case '=': {
        left = total;
        if (split < n) {
            uint32_t c = GlStr_READ_CHAR(body, 0);
            if (c == '-' || c == '+' || c == ' ') {
                split = 1;
            }
        }
        if (f->alternate && split + 1 < n && GlStr_READ_CHAR(body, split) == '0') {
            uint32_t c = GlStr_READ_CHAR(body, split + 1);
            if (c == 'x' || c == 'X' || c == 'b' || c == 'B' || c == 'o' || c == 'O') {
                split += 2;
            }
        }
        break;
    }
    default:
        left = total;
    }
    GlStrBuf b;
    GlStrBuf_Init(&b);
    if (GlStrBuf_AppendSub(&b, body, 0, split) < 0 || GlStrBuf_Fill(&b, f->fill, left) < 0
        || GlStrBuf_AppendSub(&b, body, split, n) < 0 || GlStrBuf_Fill(&b, f->fill, right) < 0) {
        GlStrBuf_Clear(&b);
        return NULL;
    }
    return GlStrBuf_Finish(&b);
}

GlObject *
GlStr_FormatSpec(GlObject *s, GlObject *spec) GL_NEWREF
{
    if (Gl_SIZE(spec) == 0) {
        /* CPython: an empty spec gives str(self), which a subclass may override. */
        return GlStr_CheckExact(s) ? Gl_NewRef(s) : GlObject_Str(s);
    }
    GlFormatSpec f;
    if (GlFormatSpec_ParseEx(spec, s, 's', '<', &f) < 0) {
        return NULL;
    }
    if (f.type != 's') {
        if (f.type > 32 && f.type < 127) {
            return GlErr_Format(GlExc_ValueError,
                                "Unknown format code '%c' for object of type 'str'", f.type);
        }
        return GlErr_Format(GlExc_ValueError,
                            "Unknown format code '\\x%x' for object of type 'str'",
                            (unsigned)(unsigned char)f.type);
    }
    if (f.sign) {
        return GlErr_SetString(GlExc_ValueError, f.sign == ' '
                                   ? "Space not allowed in string format specifier"
                                   : "Sign not allowed in string format specifier");
    }
    if (f.no_neg_zero) {
        return GlErr_SetString(GlExc_ValueError,
                               "Negative zero coercion (z) not allowed in string format specifier");
    }
    if (f.alternate) {
        return GlErr_SetString(GlExc_ValueError,
                               "Alternate form (#) not allowed in string format specifier");
    }
    if (f.align == '=') {
        return GlErr_SetString(GlExc_ValueError,
                               "'=' alignment not allowed in string format specifier");
    }
    Gl_ssize_t n = Gl_SIZE(s);
    if (f.precision >= 0 && f.precision < n) {
        n = f.precision;
    }
    GlObject *body = GlStr_Substring(s, 0, n);
    if (body == NULL) {
        return NULL;
    }
    if (!GlStr_CheckExact(body)) {
        GlObject *t = GlStr_FromKindAndData(GlStr_KIND(body), GlStr_DATA(body), Gl_SIZE(body));
        Gl_DECREF(body);
        if ((body = t) == NULL) {
            return NULL;
        }
    }
    GlObject *r = GlFormatSpec_Pad(body, &f, '<');
    Gl_DECREF(body);
    return r;
}

GlObject *
GlStr_MethFormatSpec(GlObject *self, GlObject *spec) GL_NEWREF
{
    if (!GlStr_Check(spec)) {
        return GlErr_Format(GlExc_TypeError, "__format__() argument must be str, not %s",
                            GlObject_TypeName(spec));
    }
    return GlStr_FormatSpec(self, spec);
}

/* ---- str.format -------------------------------------------------------------------- */

typedef struct FmtArgs {
    GlObject *const *args;  // positional (borrowed)
    Gl_ssize_t nargs;
    GlObject *const *kwvalues;  // values of kwnames (borrowed)
    GlObject *kwnames;      // tuple of str or NULL
    GlObject *mapping;      // format_map's mapping, or NULL
    int positional_ok;      // 0 for format_map
    int auto_state;         // 0 init, 1 auto, 2 manual
    Gl_ssize_t auto_next;
} FmtArgs;

typedef struct Sub {       // a slice of a str: [start, end)
    GlObject *s;
    Gl_ssize_t start, end;
} Sub;

static inline uint32_t
sub_at(const Sub *x, Gl_ssize_t i)
{
    return GlStr_READ_CHAR(x->s, i);
}

/* Digits-only field part as an index; -1 when not all digits or empty. -2: error. */
static Gl_ssize_t
sub_integer(const Sub *x)
{
    if (x->end <= x->start) {
        return -1;
    }
    Gl_ssize_t v = 0;
    for (Gl_ssize_t i = x->start; i < x->end; i++) {
        int d = GlUnicode_ToDecimal(sub_at(x, i));
        if (d < 0) {
            return -1;
        }
        if (v > (GL_SSIZE_T_MAX - d) / 10) {
            GlErr_SetString(GlExc_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        v = v * 10 + d;
    }
    return v;
}

static GlObject *
sub_str(const Sub *x) GL_NEWREF
{
    return GlStr_Substring(x->s, x->start, x->end);
}

static GlObject *
lookup_first(FmtArgs *a, const Sub *first) GL_NEWREF
{
    Gl_ssize_t idx = sub_integer(first);
    if (idx == -2) {
        return NULL;
    }
    int empty = first->end <= first->start;
    if (empty || idx >= 0) {
        if (empty) {
            if (a->auto_state == 2) {
                return GlErr_SetString(GlExc_ValueError, "cannot switch from manual field "
                                       "specification to automatic field numbering");
            }
            a->auto_state = 1;
            idx = a->auto_next++;
        } else {
            if (a->auto_state == 1) {
                return GlErr_SetString(GlExc_ValueError, "cannot switch from automatic field "
                                       "numbering to manual field specification");
            }
            a->auto_state = 2;
        }
        if (!a->positional_ok) {
            return GlErr_SetString(GlExc_ValueError, "Format string contains positional fields");
        }
        if (idx >= a->nargs) {
            return GlErr_Format(GlExc_IndexError,
                                "Replacement index %zd out of range for positional args tuple",
                                idx);
        }
        return Gl_NewRef(a->args[idx]);
    }
    GlObject *key = sub_str(first);
    if (key == NULL) {
        return NULL;
    }
    GlObject *r = NULL;
    if (a->mapping != NULL) {
        r = GlObject_GetItem(a->mapping, key);
    } else {
        Gl_ssize_t nk = a->kwnames ? GlTuple_GET_SIZE(a->kwnames) : 0;
        for (Gl_ssize_t i = 0; i < nk; i++) {
            if (GlStr_Equal(GlTuple_GET_ITEM(a->kwnames, i), key)) {
                r = Gl_NewRef(a->kwvalues[i]);
                break;
            }
        }
        if (r == NULL) {
            GlErr_SetObject(GlExc_KeyError, key);
        }
    }
    Gl_DECREF(key);
    return r;
}

static GlObject *
get_field_object(FmtArgs *a, const Sub *name) GL_NEWREF
{
    Gl_ssize_t i = name->start;
    while (i < name->end && sub_at(name, i) != '.' && sub_at(name, i) != '[') {
        i++;
    }
    Sub first = {name->s, name->start, i};
    GlObject *obj = lookup_first(a, &first);
    while (obj != NULL && i < name->end) {
        uint32_t c = sub_at(name, i++);
        Gl_ssize_t st = i;
        GlObject *next = NULL;
        if (c == '.') {
            while (i < name->end && sub_at(name, i) != '.' && sub_at(name, i) != '[') {
                i++;
            }
            if (i == st) {
                GlErr_SetString(GlExc_ValueError, "Empty attribute in format string");
                goto error;
            }
            Sub an = {name->s, st, i};
            GlObject *attr = sub_str(&an);
            if (attr == NULL) {
                goto error;
            }
            next = GlObject_GetAttr(obj, attr);
            Gl_DECREF(attr);
        } else if (c == '[') {
            while (i < name->end && sub_at(name, i) != ']') {
                i++;
            }
            if (i >= name->end) {
                GlErr_SetString(GlExc_ValueError, "Missing ']' in format string");
                goto error;
            }
            if (i == st) {
                GlErr_SetString(GlExc_ValueError, "Empty attribute in format string");
                goto error;
            }
            Sub kn = {name->s, st, i};
            i++;   // past ']'
            if (i < name->end && sub_at(name, i) != '.' && sub_at(name, i) != '[') {
                GlErr_SetString(GlExc_ValueError,
                                "Only '.' or '[' may follow ']' in format field specifier");
                goto error;
            }
            Gl_ssize_t idx = sub_integer(&kn);
            if (idx == -2) {
                goto error;
            }
            GlObject *key = idx >= 0 ? GlInt_FromSsize_t(idx) : sub_str(&kn);
            if (key == NULL) {
                goto error;
            }
            next = GlObject_GetItem(obj, key);
            Gl_DECREF(key);
        } else {
            GlErr_SetString(GlExc_ValueError,
                            "Only '.' or '[' may follow ']' in format field specifier");
            goto error;
        }
        Gl_DECREF(obj);
        obj = next;
    }
    return obj;
error:
    Gl_DECREF(obj);
    return NULL;
}

static int build_string(GlStrBuf *out, Sub *input, FmtArgs *a, int depth);

/* Parse the field after '{' (CPython's parse_field); advances input->start. */
static int
parse_field(Sub *str, Sub *name, Sub *spec, int *expand, uint32_t *conversion)
{
    uint32_t c = 0;
    *conversion = 0;
    spec->s = str->s;
    spec->start = spec->end = 0;
    name->s = str->s;
    name->start = str->start;
    while (str->start < str->end) {
        c = sub_at(str, str->start++);
        if (c == '{') {
            GlErr_SetString(GlExc_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (str->start < str->end && sub_at(str, str->start) != ']') {
                str->start++;
            }
            continue;
        }
        if (c == '}' || c == ':' || c == '!') {
            break;
        }
    }
    name->end = str->start - 1;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (str->start >= str->end) {
                GlErr_SetString(GlExc_ValueError,
                                "end of string while looking for conversion specifier");
                return -1;
            }
            *conversion = sub_at(str, str->start++);
            if (str->start < str->end) {
                c = sub_at(str, str->start++);
                if (c == '}') {
                    return 0;
                }
                if (c != ':') {
                    GlErr_SetString(GlExc_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec->start = str->start;
        int count = 1;
        while (str->start < str->end) {
            c = sub_at(str, str->start++);
            if (c == '{') {
                *expand = 1;
                count++;
            } else if (c == '}') {
                if (--count == 0) {
                    spec->end = str->start - 1;
                    return 0;
                }
            }
        }
        GlErr_SetString(GlExc_ValueError, "unmatched '{' in format spec");
        return -1;
    }
    if (c != '}') {
        GlErr_SetString(GlExc_ValueError, "expected '}' before end of string");
        return -1;
    }
    return 0;
}

static int
render_field(GlStrBuf *out, Sub *name, Sub *spec, int expand, uint32_t conversion,
             FmtArgs *a, int depth)
{
    GlObject *obj = get_field_object(a, name);
    GlObject *specobj = NULL, *res = NULL;
    int rc = -1;
    if (obj == NULL) {
        return -1;
    }
    if (conversion != 0) {
        GlObject *t;
        if (conversion == 'r') {
            t = GlObject_Repr(obj);
        } else if (conversion == 's') {
            t = GlObject_Str(obj);
        } else if (conversion == 'a') {
            t = GlObject_ASCII(obj);
        } else {
            if (conversion > 32 && conversion < 127) {
                GlErr_Format(GlExc_ValueError, "Unknown conversion specifier %c", (int)conversion);
            } else {
                GlErr_Format(GlExc_ValueError, "Unknown conversion specifier \\x%x",
                             (unsigned)conversion);
            }
            goto done;
        }
        if (t == NULL) {
            goto done;
        }
        Gl_SETREF(obj, t);
    }
    if (expand) {
        GlStrBuf sb;
        GlStrBuf_Init(&sb);
        if (build_string(&sb, spec, a, depth - 1) < 0) {
            GlStrBuf_Clear(&sb);
            goto done;
        }
        specobj = GlStrBuf_Finish(&sb);
    } else {
        specobj = GlStr_Substring(spec->s, spec->start, spec->end);
    }
    if (specobj == NULL) {
        goto done;
    }
    if (Gl_SIZE(specobj) == 0 && GlStr_CheckExact(obj)) {
        rc = GlStrBuf_AppendStr(out, obj);
        goto done;
    }
    res = GlObject_Format(obj, specobj);
    if (res != NULL) {
        rc = GlStrBuf_AppendStr(out, res);
    }
done:
    Gl_DECREF(obj);
    Gl_XDECREF(specobj);
    Gl_XDECREF(res);
    return rc;
}

static int
build_string(GlStrBuf *out, Sub *input, FmtArgs *a, int depth)
{
    if (depth <= 0) {
        GlErr_SetString(GlExc_ValueError, "Max string recursion exceeded");
        return -1;
    }
    Sub str = *input;
    while (str.start < str.end) {
        Gl_ssize_t start = str.start;
        uint32_t c = 0;
        int markup = 0;
        while (str.start < str.end) {
            c = sub_at(&str, str.start++);
            if (c == '{' || c == '}') {
                markup = 1;
                break;
            }
        }
        int at_end = str.start >= str.end;
        Gl_ssize_t len = str.start - start;
        if (c == '}' && markup && (at_end || sub_at(&str, str.start) != '}')) {
            GlErr_SetString(GlExc_ValueError, "Single '}' encountered in format string");
            return -1;
        }
        if (at_end && c == '{' && markup) {
            GlErr_SetString(GlExc_ValueError, "Single '{' encountered in format string");
            return -1;
        }
        if (markup && !at_end) {
            if (sub_at(&str, str.start) == c) {
                str.start++;
                markup = 0;
            } else {
                len--;
            }
        }
        if (GlStrBuf_AppendSub(out, str.s, start, start + len) < 0) {
            return -1;
        }
        if (!markup) {
            continue;
        }
        Sub name, spec;
        int expand = 0;
        uint32_t conv;
        if (parse_field(&str, &name, &spec, &expand, &conv) < 0) {
            return -1;
        }
        if (render_field(out, &name, &spec, expand, conv, a, depth) < 0) {
            return -1;
        }
    }
    return 0;
}

static GlObject *
format_run(GlObject *fmt, FmtArgs *a) GL_NEWREF
{
    GlStrBuf out;
    GlStrBuf_Init(&out);
    Sub input = {fmt, 0, Gl_SIZE(fmt)};
    if (build_string(&out, &input, a, 2) < 0) {
        GlStrBuf_Clear(&out);
        return NULL;
    }
    return GlStrBuf_Finish(&out);
}

GlObject *
GlStr_Format(GlObject *fmt, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames) GL_NEWREF
{
    FmtArgs a = {args, nargs, args + nargs, kwnames, NULL, 1, 0, 0};
    return format_run(fmt, &a);
}

GlObject *
GlStr_MethFormat(GlObject *self, GlObject *const *args, Gl_ssize_t nargs,
                 GlObject *kwnames) GL_NEWREF
{
    return GlStr_Format(self, args, nargs, kwnames);
}

GlObject *
GlStr_MethFormatMap(GlObject *self, GlObject *mapping) GL_NEWREF
{
    FmtArgs a = {NULL, 0, NULL, NULL, mapping, 0, 0, 0};
    return format_run(self, &a);
}

/* ---- printf-style % ------------------------------------------------------------------ */

typedef struct PctSpec {
    int left, plus, space, alt, zero;
    Gl_ssize_t width, prec;   // -1 when absent
    uint32_t conv;
} PctSpec;

/* Append body (str) padded per spec; sign/prefix length `lead` stays before zeros. */
static int
pct_pad(GlStrBuf *out, GlObject *body, const PctSpec *p, Gl_ssize_t lead, int numeric)
{
    Gl_ssize_t n = Gl_SIZE(body);
    Gl_ssize_t padn = p->width > n ? p->width - n : 0;
    if (p->left) {
        return GlStrBuf_AppendStr(out, body) < 0 || GlStrBuf_Fill(out, ' ', padn) < 0 ? -1 : 0;
    }
    if (p->zero && numeric) {
        if (GlStrBuf_AppendSub(out, body, 0, lead) < 0 || GlStrBuf_Fill(out, '0', padn) < 0
            || GlStrBuf_AppendSub(out, body, lead, n) < 0) {
            return -1;
        }
        return 0;
    }
    return GlStrBuf_Fill(out, ' ', padn) < 0 || GlStrBuf_AppendStr(out, body) < 0 ? -1 : 0;
}

static GlObject *
pct_int_body(GlObject *v, const PctSpec *p, Gl_ssize_t *lead) GL_NEWREF
{
    int base = (p->conv == 'x' || p->conv == 'X') ? 16 : p->conv == 'o' ? 8 : 10;
    GlObject *txt = base == 10 ? GlInt_Repr(v) : GlInt_Format(v, base, 0);
    if (txt == NULL) {
        return NULL;
    }
    const char *s = GlStr_AsUTF8(txt);
    if (s == NULL) {
        Gl_DECREF(txt);
        return NULL;
    }
    int neg = s[0] == '-';
    const char *digits = s + neg;
    if (digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'o' || digits[1] == 'X')) {
        digits += 2;
    }
    size_t nd = strlen(digits);
    size_t zeros = p->prec > 0 && (size_t)p->prec > nd ? (size_t)p->prec - nd : 0;
    char *buf = GlMem_Malloc(nd + zeros + 8);
    if (buf == NULL) {
        Gl_DECREF(txt);
        return GlErr_NoMemory();
    }
    size_t k = 0;
    if (neg) {
        buf[k++] = '-';
    } else if (p->plus) {
        buf[k++] = '+';
    } else if (p->space) {
        buf[k++] = ' ';
    }
    if (p->alt && base != 10) {
        buf[k++] = '0';
        buf[k++] = (char)(base == 8 ? 'o' : p->conv);
    }
    *lead = (Gl_ssize_t)k;
    memset(buf + k, '0', zeros);
    k += zeros;
    for (size_t i = 0; i < nd; i++) {
        char c = digits[i];
        buf[k++] = (p->conv == 'X' && c >= 'a' && c <= 'f') ? c - 32 : c;
    }
    GlObject *r = GlStr_FromStringAndSize(buf, (Gl_ssize_t)k);
    GlMem_Free(buf);
    Gl_DECREF(txt);
    return r;
}

static GlObject *
pct_float_body(double x, const PctSpec *p, Gl_ssize_t *lead) GL_NEWREF
{
    Gl_ssize_t prec = p->prec < 0 ? 6 : p->prec;
    char sign = signbit(x) && !isnan(x) ? '-' : p->plus ? '+' : p->space ? ' ' : 0;
    // CPython drops a NaN's sign: '%f' % -nan is 'nan'
    char *txt = GlFloat_FormatAbs(fabs(x), (char)p->conv, prec, p->alt, 0, 0);
    if (txt == NULL) {
        return NULL;
    }
    size_t n = strlen(txt);
    GlObject *r = GlStr_New((Gl_ssize_t)n + (sign != 0), 127);
    if (r != NULL) {
        char *d = (char *)GlStr_DATA(r);
        if (sign) {
            *d++ = sign;
        }
        memcpy(d, txt, n + 1);
    }
    *lead = sign != 0;
    GlMem_Free(txt);
    return r;
}

static int
pct_one(GlStrBuf *out, GlObject *v, PctSpec *p)
{
    GlObject *body = NULL;
    Gl_ssize_t lead = 0;
    int numeric = 0;
    switch (p->conv) {
    case 's':
    case 'r':
    case 'a':
        body = p->conv == 's' ? GlObject_Str(v) : p->conv == 'r' ? GlObject_Repr(v)
                                                                 : GlObject_ASCII(v);
        if (body != NULL && p->prec >= 0 && p->prec < Gl_SIZE(body)) {
            Gl_SETREF(body, GlStr_Substring(body, 0, p->prec));
        }
        break;
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
        numeric = 1;
        GlObject *iv;
        int decimal = p->conv == 'd' || p->conv == 'i' || p->conv == 'u';
        if (GlInt_Check(v)) {
            iv = Gl_NewRef(v);
        } else if (decimal) {
            GlNumberMethods *nb = Gl_TYPE(v)->tp_as_number;
            if (nb == NULL || (nb->nb_int == NULL && nb->nb_index == NULL && nb->nb_float == NULL)) {
                GlErr_Format(GlExc_TypeError, "%%%c format: a real number is required, not %s",
                             (int)p->conv, GlObject_TypeName(v));
                return -1;
            }
            iv = GlNumber_Long(v);
            if (iv == NULL && GlErr_ExceptionMatches(GlExc_TypeError)) {
                // CPython's mainformatlong turns int()'s TypeError into its own message
                GlErr_Clear();
                GlErr_Format(GlExc_TypeError, "%%%c format: a real number is required, not %s",
                             (int)p->conv, GlObject_TypeName(v));
                return -1;
            }
        } else {
            if (!GlIndex_Check(v)) {
                GlErr_Format(GlExc_TypeError, "%%%c format: an integer is required, not %s",
                             (int)p->conv, GlObject_TypeName(v));
                return -1;
            }
            iv = GlNumber_Index(v);
        }
        if (iv == NULL) {
            return -1;
        }
        body = pct_int_body(iv, p, &lead);
        Gl_DECREF(iv);
        break;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
        numeric = 1;
        double x;
        if (GlFloat_CheckExact(v)) {
            x = GlFloat_AS_DOUBLE(v);
        } else {
            GlNumberMethods *nb = Gl_TYPE(v)->tp_as_number;
            if (!GlFloat_Check(v) && (nb == NULL || (nb->nb_float == NULL && nb->nb_index == NULL))) {
                GlErr_Format(GlExc_TypeError, "must be real number, not %s", GlObject_TypeName(v));
                return -1;
            }
            x = GlFloat_AsDouble(v);
            if (x == -1.0 && GlErr_Occurred()) {
                return -1;
            }
        }
        body = pct_float_body(x, p, &lead);   // inf/nan are zero padded too ('000inf')
        break;
    }
    case 'c': {
        uint32_t ch;
        if (GlStr_Check(v)) {
            if (Gl_SIZE(v) != 1) {
                GlErr_SetString(GlExc_TypeError, "%c requires int or char");
                return -1;
            }
            ch = GlStr_READ_CHAR(v, 0);
        } else if (GlIndex_Check(v)) {
            // PyLong_AsLongAndOverflow accepts any __index__
            GlObject *iv = GlNumber_Index(v);
            if (iv == NULL) {
                return -1;
            }
            int ovf;
            int64_t x = GlInt_AsInt64AndOverflow(iv, &ovf);
            Gl_DECREF(iv);
            if (ovf || x < 0 || x > 0x10FFFF) {
                GlErr_SetString(GlExc_OverflowError, "%c arg not in range(0x110000)");
                return -1;
            }
            ch = (uint32_t)x;
        } else {
            GlErr_SetString(GlExc_TypeError, "%c requires int or char");
            return -1;
        }
        body = GlStr_FromOrdinal(ch);
        break;
    }
    default:
        return -1;
    }
    if (body == NULL) {
        return -1;
    }
    int rc = pct_pad(out, body, p, lead, numeric);
    Gl_DECREF(body);
    return rc;
}

/* Reads a width/precision number or '*' (taking the next argument). */
typedef struct PctArgs {
    GlObject *args;      // the right operand
    Gl_ssize_t arglen;   // -1 when not a tuple
    Gl_ssize_t argidx;
} PctArgs;

static GlObject *
pct_next(PctArgs *pa) GL_BORROWED
{
    if (pa->argidx < pa->arglen) {
        pa->argidx++;
        if (pa->arglen < 0) {
            return pa->args;
        }
        return GlTuple_GET_ITEM(pa->args, pa->argidx - 1);
    }
    GlErr_SetString(GlExc_TypeError, "not enough arguments for format string");
    return NULL;
}

static int
pct_star(PctArgs *pa, Gl_ssize_t *out)
{
    GlObject *v = pct_next(pa);
    if (v == NULL) {
        return -1;
    }
    if (!GlInt_Check(v)) {
        GlErr_SetString(GlExc_TypeError, "* wants int");
        return -1;
    }
    *out = GlInt_AsSsize_t(v);
    return *out == -1 && GlErr_Occurred() ? -1 : 0;
}

static int
pct_unsupported(uint32_t c, Gl_ssize_t at)
{
    GlErr_Format(GlExc_ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                 (int)(c > 32 && c < 127 ? c : '?'), (unsigned)c, at);
    return -1;
}

/* Parse flags, width, precision and length modifiers at fmt[*pos]; '*' takes
 * arguments. 0 / -1. */
static int
pct_parse_spec(GlObject *fmt, Gl_ssize_t *pos, PctArgs *pa, PctSpec *p)
{
    Gl_ssize_t n = Gl_SIZE(fmt), i = *pos;
    for (; i < n; i++) {
        uint32_t c = GlStr_READ_CHAR(fmt, i);
        if (c == '-') {
            p->left = 1;
        } else if (c == '+') {
            p->plus = 1;
        } else if (c == ' ') {
            p->space = 1;
        } else if (c == '#') {
            p->alt = 1;
        } else if (c == '0') {
            p->zero = 1;
        } else {
            break;
        }
    }
    if (i < n && GlStr_READ_CHAR(fmt, i) == '*') {
        if (pct_star(pa, &p->width) < 0) {
            return -1;
        }
        if (p->width < 0) {
            p->left = 1;
            p->width = -p->width;
        }
        i++;
    } else {
        while (i < n && GlStr_READ_CHAR(fmt, i) >= '0' && GlStr_READ_CHAR(fmt, i) <= '9') {
            p->width = (p->width < 0 ? 0 : p->width) * 10 + (GlStr_READ_CHAR(fmt, i) - '0');
            i++;
        }
    }
    if (i < n && GlStr_READ_CHAR(fmt, i) == '.') {
        i++;
        p->prec = 0;
        if (i < n && GlStr_READ_CHAR(fmt, i) == '*') {
            if (pct_star(pa, &p->prec) < 0) {
                return -1;
            }
            i++;
        } else {
            while (i < n && GlStr_READ_CHAR(fmt, i) >= '0' && GlStr_READ_CHAR(fmt, i) <= '9') {
                p->prec = p->prec * 10 + (GlStr_READ_CHAR(fmt, i) - '0');
                i++;
            }
        }
    }
    while (i < n && (GlStr_READ_CHAR(fmt, i) == 'h' || GlStr_READ_CHAR(fmt, i) == 'l'
                     || GlStr_READ_CHAR(fmt, i) == 'L')) {
        i++;
    }
    if (i >= n) {
        GlErr_SetString(GlExc_ValueError, "incomplete format");
        return -1;
    }
    *pos = i;
    return 0;
}

/* Handles %(key): the looked-up value becomes the argument source (CPython). */
static int
pct_key(GlObject *fmt, Gl_ssize_t *pos, GlObject *dict, PctArgs *pa, GlObject **owned)
{
    if (dict == NULL) {
        GlErr_SetString(GlExc_TypeError, "format requires a mapping");
        return -1;
    }
    Gl_ssize_t n = Gl_SIZE(fmt), i = *pos + 1, ks = i;
    int depth = 1;
    while (i < n && depth > 0) {
        uint32_t c = GlStr_READ_CHAR(fmt, i);
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        i++;
    }
    if (depth > 0) {
        GlErr_SetString(GlExc_ValueError, "incomplete format key");
        return -1;
    }
    GlObject *key = GlStr_Substring(fmt, ks, i - 1);
    if (key == NULL) {
        return -1;
    }
    GlObject *v = GlObject_GetItem(dict, key);   // may run Python code
    Gl_DECREF(key);
    if (v == NULL) {
        return -1;
    }
    Gl_XSETREF(*owned, v);
    pa->args = v;
    pa->arglen = -1;
    pa->argidx = -2;
    *pos = i;
    return 0;
}

GlObject *
GlStr_Mod(GlObject *fmt, GlObject *args) GL_NEWREF
{
    PctArgs pa = {args, -1, -2};
    GlObject *dict = NULL, *owned = NULL;
    if (GlTuple_Check(args)) {
        pa.arglen = GlTuple_GET_SIZE(args);
        pa.argidx = 0;
    }
    if (!GlTuple_Check(args) && !GlStr_Check(args) && Gl_TYPE(args)->tp_as_mapping != NULL
        && Gl_TYPE(args)->tp_as_mapping->mp_subscript != NULL) {
        dict = args;
    }
    GlStrBuf out;
    GlStrBuf_Init(&out);
    Gl_ssize_t n = Gl_SIZE(fmt), i = 0;
    while (i < n) {
        Gl_ssize_t j = i;
        while (j < n && GlStr_READ_CHAR(fmt, j) != '%') {
            j++;
        }
        if (GlStrBuf_AppendSub(&out, fmt, i, j) < 0) {
            goto error;
        }
        if (j >= n) {
            break;
        }
        i = j + 1;
        if (i < n && GlStr_READ_CHAR(fmt, i) == '%') {   // "%%" only when adjacent
            if (GlStrBuf_AppendChar(&out, '%') < 0) {
                goto error;
            }
            i++;
            continue;
        }
        if (i < n && GlStr_READ_CHAR(fmt, i) == '(' && pct_key(fmt, &i, dict, &pa, &owned) < 0) {
            goto error;
        }
        PctSpec p = {0, 0, 0, 0, 0, -1, -1, 0};
        if (pct_parse_spec(fmt, &i, &pa, &p) < 0) {
            goto error;
        }
        p.conv = GlStr_READ_CHAR(fmt, i++);
        GlObject *v = pct_next(&pa);
        if (v == NULL) {
            goto error;
        }
        if (p.conv >= 128 || p.conv == 0 || !strchr("sradiuxXoeEfFgGc", (int)p.conv)) {
            pct_unsupported(p.conv, i - 1);
            goto error;
        }
        if (pct_one(&out, v, &p) < 0) {
            goto error;
        }
    }
    if (pa.argidx < pa.arglen && dict == NULL) {
        GlErr_SetString(GlExc_TypeError, "not all arguments converted during string formatting");
        goto error;
    }
    Gl_XDECREF(owned);
    return GlStrBuf_Finish(&out);
error:
    Gl_XDECREF(owned);
    GlStrBuf_Clear(&out);
    return NULL;
}

/* ---- GlStr_FromFormatV ------------------------------------------------------------- */

static int
ff_append_obj(GlStrBuf *b, GlObject *s, Gl_ssize_t prec)
{
    Gl_ssize_t n = Gl_SIZE(s);
    if (prec >= 0 && prec < n) {
        n = prec;
    }
    return GlStrBuf_AppendSub(b, s, 0, n);
}

GlObject *
GlStr_FromFormatV(const char *fmt, va_list va) GL_NEWREF
{
    GlStrBuf b;
    GlStrBuf_Init(&b);
    va_list ap;
    va_copy(ap, va);
    const char *p = fmt;
    while (*p) {
        const char *q = p;
        while (*q && *q != '%') {
            q++;
        }
        if (q > p && GlStrBuf_AppendUTF8(&b, p, q - p) < 0) {
            goto error;
        }
        if (!*q) {
            break;
        }
        p = q + 1;
        int width = -1;
        Gl_ssize_t prec = -1;
        while (*p >= '0' && *p <= '9') {
            width = (width < 0 ? 0 : width) * 10 + (*p++ - '0');
        }
        if (*p == '.') {
            p++;
            prec = 0;
            while (*p >= '0' && *p <= '9') {
                prec = prec * 10 + (*p++ - '0');
            }
        }
        int lng = 0, sz = 0;
        if (*p == 'l') {
            lng = 1;
            p++;
            if (*p == 'l') {
                lng = 2;
                p++;
            }
        } else if (*p == 'z') {
            sz = 1;
            p++;
        }
        char num[64];
        int nn = -1;
        GlObject *tmp = NULL;
        int rc = 0;
        switch (*p) {
        case '%':
            rc = GlStrBuf_AppendChar(&b, '%');
            break;
        case 'c':
            rc = GlStrBuf_AppendChar(&b, (uint32_t)va_arg(ap, int));
            break;
        case 'd':
        case 'i':
            if (sz) {
                nn = snprintf(num, sizeof(num), "%zd", va_arg(ap, Gl_ssize_t));
            } else if (lng == 2) {
                nn = snprintf(num, sizeof(num), "%lld", va_arg(ap, long long));
            } else if (lng == 1) {
                nn = snprintf(num, sizeof(num), "%ld", va_arg(ap, long));
            } else {
                nn = snprintf(num, sizeof(num), "%d", va_arg(ap, int));
            }
            break;
        case 'u':
            if (sz) {
                nn = snprintf(num, sizeof(num), "%zu", va_arg(ap, size_t));
            } else if (lng == 2) {
                nn = snprintf(num, sizeof(num), "%llu", va_arg(ap, unsigned long long));
            } else if (lng == 1) {
                nn = snprintf(num, sizeof(num), "%lu", va_arg(ap, unsigned long));
            } else {
                nn = snprintf(num, sizeof(num), "%u", va_arg(ap, unsigned int));
            }
            break;
        case 'x':
            if (lng == 1 || sz) {
                nn = snprintf(num, sizeof(num), "%lx", va_arg(ap, unsigned long));
            } else {
                nn = snprintf(num, sizeof(num), "%x", va_arg(ap, unsigned int));
            }
            break;
        case 'p':
            nn = snprintf(num, sizeof(num), "%p", va_arg(ap, void *));
            if (nn >= 2 && num[1] != 'x') {   // ensure the 0x prefix as CPython
                memmove(num + 2, num, (size_t)nn + 1);
                num[0] = '0';
                num[1] = 'x';
                nn += 2;
            }
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            tmp = GlStr_DecodeUTF8(s ? s : "(null)", (Gl_ssize_t)strlen(s ? s : "(null)"),
                                   "replace");
            rc = tmp ? ff_append_obj(&b, tmp, prec) : -1;
            break;
        }
        case 'U':
            rc = ff_append_obj(&b, va_arg(ap, GlObject *), prec);
            break;
        case 'V': {
            GlObject *o = va_arg(ap, GlObject *);
            const char *s = va_arg(ap, const char *);
            if (o != NULL) {
                rc = ff_append_obj(&b, o, prec);
            } else {
                tmp = GlStr_DecodeUTF8(s, (Gl_ssize_t)strlen(s), "replace");
                rc = tmp ? ff_append_obj(&b, tmp, prec) : -1;
            }
            break;
        }
        case 'S':
        case 'R':
        case 'A': {
            GlObject *o = va_arg(ap, GlObject *);
            tmp = *p == 'S' ? GlObject_Str(o) : *p == 'R' ? GlObject_Repr(o) : GlObject_ASCII(o);
            rc = tmp ? ff_append_obj(&b, tmp, prec) : -1;
            break;
        }
        default:
            // unknown code: copy the rest of the format literally (CPython does too)
            rc = GlStrBuf_AppendUTF8(&b, q, (Gl_ssize_t)strlen(q));
            Gl_XDECREF(tmp);
            if (rc < 0) {
                goto error;
            }
            va_end(ap);
            return GlStrBuf_Finish(&b);
        }
        Gl_XDECREF(tmp);
        if (nn >= 0) {
            if (width > nn) {
                rc = GlStrBuf_Fill(&b, ' ', width - nn);
            }
            if (rc == 0) {
                rc = GlStrBuf_AppendASCII(&b, num, nn);
            }
        }
        if (rc < 0) {
            goto error;
        }
        p++;
    }
    va_end(ap);
    return GlStrBuf_Finish(&b);
error:
    va_end(ap);
    GlStrBuf_Clear(&b);
    return NULL;
}

GlObject *
GlStr_FromFormat(const char *fmt, ...) GL_NEWREF
{
    va_list va;
    va_start(va, fmt);
    GlObject *r = GlStr_FromFormatV(fmt, va);
    va_end(va);
    return r;
}
