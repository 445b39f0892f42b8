/*
 * parser_string.c - string literals: prefixes, escape decoding, implicit concatenation,
 * and f-strings (JoinedStr/FormattedValue, conversions, nested format specs, the `=`
 * debugging form), as CPython 3.11's Parser/string_parser.c.
 *
 * Invariants:
 * - Decoded contents are UTF-8 in an arena buffer with a NUL after `len` bytes (which
 *   may themselves contain NUL). \u/\U escapes of surrogates are encoded as 3-byte
 *   sequences ("surrogatepass"), left for the runtime to judge.
 * - An f-string replacement field is parsed by a sub-parser over "(" + text + ")"
 *   whose token positions are shifted to the field's place in the real source; the
 *   sub-parser reports errors against the real source (prefixed "f-string: ").
 * - Format-spec nesting is limited to two levels ("f-string: expressions nested too
 *   deeply"), so recursion here is bounded.
 */
#include "parser_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static GlUnicodeNameLookup unicode_name_lookup = NULL;

void
GlParser_SetUnicodeNameLookup(GlUnicodeNameLookup fn)
{
    unicode_name_lookup = fn;
}

typedef struct StrBuf {
    char *s;
    size_t n, cap;
} StrBuf;

static int
sb_put(GlParser *p, StrBuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 64;
        while (ncap < b->n + n + 1) {
            ncap *= 2;
        }
        char *ns = GlArena_Alloc(p->arena, ncap);
        if (ns == NULL) {
            GlParser_NoMem(p);
            return -1;
        }
        if (b->n > 0) {
            memcpy(ns, b->s, b->n);
        }
        b->s = ns;
        b->cap = ncap;
    }
    if (n > 0) {
        memcpy(b->s + b->n, s, n);
    }
    b->n += n;
    b->s[b->n] = '\0';
    return 0;
}

static int
sb_utf8(GlParser *p, StrBuf *b, unsigned cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6)), u[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12)), u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18)), u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    return sb_put(p, b, u, n);
}

static int
hexval(int c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
           c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* Decode escapes of s[0..n) into b. Returns 0, or -1 with the error set at token t. */
/* Where CPython reports a string literal's decoding error: RAISE_SYNTAX_ERROR at the
 * last token its parser fetched, the one after the literal (a NEWLINE is zero width).
 * Sets *a (borrowed) and *end_col. */
static void
string_error_range(GlParser *p, const GlToken *t, const GlToken **a, int *end_col)
{
    const GlToken *n = p->str_next;
    if (n == NULL || n->type == GL_TOK_ERROR) {
        *a = t;
        *end_col = t->end_col;
        return;
    }
    *a = n;
    *end_col = n->type == GL_TOK_NEWLINE ? n->end_col - 1 : n->end_col;
}

#define STRING_ERROR(p, t, ...) do { \
        const GlToken *at_; \
        int end_; \
        string_error_range((p), (t), &at_, &end_); \
        GlParser_ErrorRange((p), GL_ERR_SYNTAX, at_->lineno, at_->col, at_->end_lineno, end_, \
                            __VA_ARGS__); \
    } while (0)

/* CPython's warn_invalid_escape_sequence: a DeprecationWarning for the first invalid
 * escape of a decoded piece, at the line of its STRING token (as an error: the token). */
static void
warn_invalid_escape(GlParser *p, const char *first, const GlToken *t)
{
    char msg[64];
    unsigned char c = (unsigned char)*first;
    if (c >= '4' && c <= '7') {
        snprintf(msg, sizeof(msg), "invalid octal escape sequence '\\%.3s'", first);
    } else {
        snprintf(msg, sizeof(msg), "invalid escape sequence '\\%c'", c);
    }
    int line = t->lineno + p->fstring_line;
    GlCompileWarning *w = GlCompileWarning_Add(p->err, p->arena, 1, line, msg);
    if (w != NULL) {
        w->repeat = 1;
        GlCompileError_Set(&w->as_error, p->arena, p->src, p->len, GL_ERR_SYNTAX, t->lineno,
                           t->col, t->end_lineno, t->end_col, "%s", msg);
        if (t->end_lineno > t->lineno && w->as_error.text != NULL) {
            /* CPython: the text of a line before the tokenizer's has no newline, and the
             * end offset is clamped to that first line's length + 1 */
            GlCompileError_StripTextNewline(&w->as_error, p->arena);
            const char *tx = w->as_error.text;
            int chars = GlUtf8_CharCount(tx, (int)strlen(tx));
            if (w->as_error.end_offset > chars + 1) {
                w->as_error.end_offset = chars + 1;
            }
        }
    }
}

static int
decode_escapes(GlParser *p, StrBuf *b, const char *s, size_t n, int is_bytes, const GlToken *t)
{
    size_t i = 0;
    const char *first_invalid = NULL;
    while (i < n) {
        size_t j = i;
        while (j < n && s[j] != '\\') {
            j++;
        }
        if (sb_put(p, b, s + i, j - i) < 0) {
            return -1;
        }
        if (j >= n) {
            break;
        }
        i = j + 1;  // after the backslash
        if (i >= n) {
            return sb_put(p, b, "\\", 1);
        }
        int c = (unsigned char)s[i++];
        char ch;
        switch (c) {
        case '\n': continue;
        case '\r':
            if (i < n && s[i] == '\n') {
                i++;
            }
            continue;
        case '\\': ch = '\\'; break;
        case '\'': ch = '\''; break;
        case '"': ch = '"'; break;
        case 'a': ch = '\a'; break;
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 't': ch = '\t'; break;
        case 'v': ch = '\v'; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            unsigned v = (unsigned)(c - '0');
            for (int k = 0; k < 2 && i < n && s[i] >= '0' && s[i] <= '7'; k++) {
                v = v * 8 + (unsigned)(s[i++] - '0');
            }
            if (v > 0377 && first_invalid == NULL) {
                first_invalid = s + i - 3;
            }
            if (is_bytes) {
                char byte = (char)(v & 0xFF);
                if (sb_put(p, b, &byte, 1) < 0) {
                    return -1;
                }
            } else if (sb_utf8(p, b, v) < 0) {
                return -1;
            }
            continue;
        }
        case 'x': case 'u': case 'U': {
            int digits = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            if (c != 'x' && is_bytes) {
                goto unknown;
            }
            unsigned v = 0;
            int k;
            for (k = 0; k < digits && i < n && hexval((unsigned char)s[i]) >= 0; k++) {
                v = v * 16 + (unsigned)hexval((unsigned char)s[i++]);
            }
            if (k < digits) {
                STRING_ERROR(p, t, "(%s error) '%s' codec can't decode "
                                  "bytes in position %d-%d: truncated %s escape",
                                  is_bytes ? "value" : "unicode",
                                  is_bytes ? "bytes" : "unicodeescape",
                                  (int)(j - 0), (int)(i - 1),
                                  c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
                if (is_bytes) {
                    snprintf(p->err->msg, sizeof(p->err->msg),
                             "(value error) invalid \\x escape at position %d", (int)j);
                }
                return -1;
            }
            if (is_bytes) {
                char byte = (char)v;
                if (sb_put(p, b, &byte, 1) < 0) {
                    return -1;
                }
                continue;
            }
            if (v > 0x10FFFF) {
                STRING_ERROR(p, t, "(unicode error) 'unicodeescape' "
                                  "codec can't decode bytes in position %d-%d: illegal Unicode "
                                  "character", (int)j, (int)(i - 1));
                return -1;
            }
            if (sb_utf8(p, b, v) < 0) {
                return -1;
            }
            continue;
        }
        case 'N':
            if (!is_bytes) {
                const char *close = i < n && s[i] == '{' ? memchr(s + i, '}', n - i) : NULL;
                unsigned cp = 0;
                if (close == NULL) {
                    STRING_ERROR(p, t, "(unicode error) "
                                      "'unicodeescape' codec can't decode bytes in position "
                                      "%d-%d: malformed \\N character escape", (int)j,
                                      (int)(i - 1));
                    return -1;
                }
                if (unicode_name_lookup == NULL || close == s + i + 1 ||
                    unicode_name_lookup(s + i + 1, (size_t)(close - s - i - 1), &cp) < 0) {
                    STRING_ERROR(p, t, "(unicode error) "
                                      "'unicodeescape' codec can't decode bytes in position "
                                      "%d-%d: unknown Unicode character name", (int)j,
                                      (int)(close - s));
                    return -1;
                }
                i = (size_t)(close - s) + 1;
                if (sb_utf8(p, b, cp) < 0) {
                    return -1;
                }
                continue;
            }
            goto unknown;
        default:
        unknown:
            /* invalid escape: kept literally, with a DeprecationWarning (not before a
             * non-ASCII character: CPython first spells its backslash \u005c) */
            if (first_invalid == NULL && c < 0x80) {
                first_invalid = s + i - 1;
            }
            if (sb_put(p, b, "\\", 1) < 0) {
                return -1;
            }
            i--;
            continue;
        }
        if (sb_put(p, b, &ch, 1) < 0) {
            return -1;
        }
    }
    if (first_invalid != NULL) {
        warn_invalid_escape(p, first_invalid, t);
    }
    return 0;
}

/* ---- one STRING token -------------------------------------------------------------- */

typedef struct StrPiece {
    int raw, bytes, fstr, u;
    const char *body;       // contents between the quotes
    size_t len;
    const GlToken *tok;
} StrPiece;

static void
split_token(const GlToken *t, StrPiece *s)
{
    memset(s, 0, sizeof(*s));
    const char *q = t->start;
    while (*q != '\'' && *q != '"') {
        int c = *q | 0x20;
        s->raw |= c == 'r';
        s->bytes |= c == 'b';
        s->fstr |= c == 'f';
        s->u |= *q == 'u';  // CPython: kind="u" only for a lower-case prefix
        q++;
    }
    size_t quote = (size_t)(t->end - q) >= 6 && q[1] == q[0] && q[2] == q[0] ? 3 : 1;
    s->body = q + quote;
    s->len = (size_t)(t->end - q) - 2 * quote;
    s->tok = t;
}

/* ---- f-strings ----------------------------------------------------------------------- */

typedef struct FState {
    GlVec values;       // JoinedStr items
    StrBuf lit;         // pending literal text
    int have_lit;
} FState;

static GlAstExpr *
const_str(GlParser *p, const GlToken *t, const char *s, size_t n)
{
    GlAstExpr *e = GlParser_NewExpr(p, GL_AST_CONSTANT, t);
    if (e == NULL) {
        return NULL;
    }
    char *copy = GlArena_Strndup(p->arena, s ? s : "", n);
    if (copy == NULL) {
        return GlParser_NoMem(p);
    }
    e->v.Constant.kind = GL_CONST_STR;
    e->v.Constant.s = copy;
    e->v.Constant.len = n;
    return e;
}

static int
flush_literal(GlParser *p, FState *st, const GlToken *t)
{
    if (st->lit.n > 0) {
        GlAstExpr *c = const_str(p, t, st->lit.s, st->lit.n);
        if (c == NULL || GlVec_Push(p, &st->values, c) < 0) {
            return -1;
        }
    }
    st->lit.n = 0;
    return 0;
}

static int fstring_parse(GlParser *p, const StrPiece *sp, const char **pos, const char *end,
                         int recurse, FState *st);

/* Position (line, col) in the real source of pointer q inside token t. */
static void
source_pos(const GlToken *t, const char *q, int *line, int *col)
{
    int l = t->lineno;
    const char *ls = t->line_start;
    for (const char *c = t->start; c < q; c++) {
        if (*c == '\n') {
            l++;
            ls = c + 1;
        }
    }
    *line = l;
    *col = (int)(q - ls);
}

/* CPython 3.11 reports f-string errors (RAISE_SYNTAX_ERROR) at the last token its parser
 * fetched, the one after the string literals (string_error_range); without it at the end
 * of the string. */
static void *
fstr_error(GlParser *p, const StrPiece *sp, const char *at, const char *msg)
{
    (void)at;
    const GlToken *t = sp->tok, *n = p->str_next;
    if (n != NULL && n->type != GL_TOK_ERROR) {
        STRING_ERROR(p, t, "%s", msg);
        return NULL;
    }
    return GlParser_ErrorRange(p, GL_ERR_SYNTAX, t->end_lineno, t->end_col, t->end_lineno,
                               t->end_col, "%s", msg);
}

/* Parse the expression text [s, e) of a replacement field with a sub-parser. */
static GlAstExpr *
fstring_compile_expr(GlParser *p, const StrPiece *sp, const char *s, const char *e)
{
    const char *q = s;
    while (q < e && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f')) {
        q++;
    }
    if (q == e) {
        char m[64];
        if (*e == '!' || *e == ':' || *e == '=') {
            snprintf(m, sizeof(m), "f-string: expression required before '%c'", *e);
        } else {
            snprintf(m, sizeof(m), "f-string: empty expression not allowed");
        }
        fstr_error(p, sp, e, m);
        return NULL;
    }
    size_t n = (size_t)(e - s);
    char *buf = GlArena_Alloc(p->arena, n + 3);
    if (buf == NULL) {
        return GlParser_NoMem(p);
    }
    buf[0] = '(';
    memcpy(buf + 1, s, n);
    buf[n + 1] = ')';
    buf[n + 2] = '\0';
    int line, col;
    source_pos(sp->tok, s, &line, &col);
    GlParser sub;
    memset(&sub, 0, sizeof(sub));
    sub.arena = p->arena;
    sub.src = p->src;
    sub.len = p->len;
    sub.err = p->err;
    sub.mode = GL_PARSE_EVAL;
    sub.is_fstring = 1;
    sub.depth = p->depth;
    /* positions compose with an enclosing f-string sub-parser's offsets */
    sub.fstring_line = p->fstring_line + line - 1;
    sub.fstring_col = (line == 1 ? p->fstring_col : 0) + col - 1;
    {
        /* CPython's starting_col_offset (fstring_find_expr_location): the column of '{'
         * in its line (0 when only blanks follow it there), plus the string token's column
         * when the '{' is on the token's first line */
        const GlToken *t = sp->tok;
        const char *brace = s - 1, *c = s;
        while (c < e && (*c == ' ' || *c == '\t' || *c == '\f')) {
            c++;
        }
        const char *ls = brace;
        while (ls > t->start && *ls != '\n') {
            ls--;
        }
        int cols = 0;
        if (c < e && *c != '\n') {
            cols = (int)(brace - ls) - (*ls == '\n');
        }
        if (*ls != '\n') {
            cols += t->col + (p->is_fstring && t->lineno == 1 ? p->fstring_err_col : 0);
        }
        sub.fstring_err_col = cols;
    }
    GlTokenizer_Init(&sub.tok, buf, n + 2, p->arena, p->err);
    sub.tok.arena = NULL;  // line text is looked up in the real source below
    sub.tok.warn_line_offset = sub.fstring_line;
    GlAstExpr *r = NULL;
    GlToken *first = GlParser_Peek(&sub, 0);
    if (first->type == GL_TOK_ERROR) {
        goto done;
    }
    r = GlParser_Primary(&sub);  // the parenthesized atom
    if (r != NULL && !GlParser_Check(&sub, GL_TOK_NEWLINE) &&
        !GlParser_Check(&sub, GL_TOK_ENDMARKER)) {
        GlParser_Invalid(&sub);
        r = NULL;
    }
    if (r != NULL && r->kind == GL_AST_GENERATOREXP) {
        /* "(x for x in y)" as written: fine */
    }
done:
    GlParser_FreeTokens(&sub);
    if (r == NULL && (p->err->kind == GL_ERR_SYNTAX || p->err->kind == GL_ERR_INDENTATION ||
                      p->err->kind == GL_ERR_TAB) && !p->err->fstring_done) {
        /* an error of the sub-tokenizer (the parser's are placed by verror): CPython keeps
         * its message and buffer columns, the real line, the buffer line as text */
        GlSyntaxErrorInfo *err = p->err;
        int bl = err->lineno;
        const char *ls = buf;
        for (int l = 1; l < bl && ls < buf + n + 2; l++) {
            const char *nl = memchr(ls, '\n', (size_t)(buf + n + 2 - ls));
            ls = nl ? nl + 1 : buf + n + 2;
        }
        size_t ll = 0;
        while (ls + ll < buf + n + 2 && ls[ll] != '\n') {
            ll++;
        }
        err->text = GlArena_Strndup(p->arena, ls, ll);
        err->text_no_newline = 1;
        if (strcmp(err->msg, "invalid syntax") == 0) {
            /* a character CPython's tokenizer passes on (ERRORTOKEN): its parser's error */
            snprintf(err->msg, sizeof(err->msg), "f-string: invalid syntax");
            err->text_no_newline = 0;
        }
        err->lineno += sub.fstring_line;
        err->end_lineno += sub.fstring_line;
        err->fstring_done = 1;
    }
    if (r == NULL && p->err->kind == GL_ERR_NONE) {
        GlParser_ErrorTok(p, GL_ERR_SYNTAX, sp->tok, sp->tok, "f-string: invalid syntax");
    }
    return r;
}

/* Parse one replacement field; *pos is just after '{'. */
static int
fstring_field(GlParser *p, const StrPiece *sp, const char **pos, const char *end, int recurse,
              FState *st)
{
    if (recurse >= 2) {
        fstr_error(p, sp, *pos, "f-string: expressions nested too deeply");
        return -1;
    }
    const char *s = *pos, *q = s;
    char stack[200];
    int depth = 0, quote = 0, triple = 0;
    for (; q < end; q++) {
        int ch = (unsigned char)*q;
        if (ch == '\\') {
            fstr_error(p, sp, q, "f-string expression part cannot include a backslash");
            return -1;
        }
        if (quote) {
            if (ch == quote) {
                if (triple) {
                    if (q + 2 < end && q[1] == quote && q[2] == quote) {
                        q += 2;
                        quote = 0;
                    }
                } else {
                    quote = 0;
                }
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            quote = ch;
            triple = q + 2 < end && q[1] == ch && q[2] == ch;
            if (triple) {
                q += 2;
            }
        } else if (ch == '[' || ch == '{' || ch == '(') {
            if (depth >= (int)sizeof(stack)) {
                fstr_error(p, sp, q, "f-string: too many nested parenthesis");
                return -1;
            }
            stack[depth++] = (char)ch;
        } else if (ch == '#') {
            fstr_error(p, sp, q, "f-string expression part cannot include '#'");
            return -1;
        } else if (depth == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' ||
                                  ch == '<' || ch == '>')) {
            if (q + 1 < end && q[1] == '=' && ch != ':' && ch != '}') {
                q++;  // ==, !=, <=, >=
                continue;
            }
            if (ch == '<' || ch == '>') {
                continue;
            }
            break;
        } else if (ch == ']' || ch == '}' || ch == ')') {
            if (depth == 0) {
                char m[64];
                snprintf(m, sizeof(m), "f-string: unmatched '%c'", ch);
                fstr_error(p, sp, q, m);
                return -1;
            }
            int open = stack[--depth];
            if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') ||
                  (open == '{' && ch == '}'))) {
                char m[128];
                snprintf(m, sizeof(m), "f-string: closing parenthesis '%c' does not match "
                         "opening parenthesis '%c'", ch, open);
                fstr_error(p, sp, q, m);
                return -1;
            }
        }
    }
    if (quote) {
        fstr_error(p, sp, q, "f-string: unterminated string");
        return -1;
    }
    if (depth > 0 || q >= end) {
        if (depth > 0) {
            char m[64];
            snprintf(m, sizeof(m), "f-string: unmatched '%c'", stack[depth - 1]);
            fstr_error(p, sp, q, depth > 0 && q >= end ? "f-string: expecting '}'" : m);
            return -1;
        }
        fstr_error(p, sp, q, "f-string: expecting '}'");
        return -1;
    }
    GlAstExpr *value = fstring_compile_expr(p, sp, s, q);
    if (value == NULL) {
        return -1;
    }
    int conversion = -1, debug = 0;
    if (*q == '=') {
        debug = 1;
        q++;
        while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\f')) {
            q++;  // whitespace after '=' is part of the debug text
        }
        if (sb_put(p, &st->lit, s, (size_t)(q - s)) < 0) {
            return -1;
        }
    }
    if (q < end && *q == '!') {
        q++;
        if (q >= end) {
            fstr_error(p, sp, q, "f-string: expecting '}'");
            return -1;
        }
        conversion = (unsigned char)*q++;
        if (!(conversion == 's' || conversion == 'r' || conversion == 'a')) {
            fstr_error(p, sp, q, "f-string: invalid conversion character: expected 's', "
                       "'r', or 'a'");
            return -1;
        }
    }
    GlAstExpr *spec = NULL;
    if (q < end && *q == ':') {
        q++;
        FState sub;
        memset(&sub, 0, sizeof(sub));
        if (fstring_parse(p, sp, &q, end, recurse + 1, &sub) < 0 ||
            flush_literal(p, &sub, sp->tok) < 0) {
            return -1;
        }
        spec = GlParser_NewExpr(p, GL_AST_JOINEDSTR, sp->tok);
        if (spec == NULL) {
            return -1;
        }
        spec->v.JoinedStr.values.n = sub.values.n;
        spec->v.JoinedStr.values.items = (GlAstExpr **)sub.values.items;
    }
    if (q >= end || *q != '}') {
        fstr_error(p, sp, q, "f-string: expecting '}'");
        return -1;
    }
    q++;
    if (debug && conversion == -1 && spec == NULL) {
        conversion = 'r';
    }
    if (flush_literal(p, st, sp->tok) < 0) {
        return -1;
    }
    GlAstExpr *fv = GlParser_NewExpr(p, GL_AST_FORMATTEDVALUE, sp->tok);
    if (fv == NULL) {
        return -1;
    }
    fv->v.FormattedValue.value = value;
    fv->v.FormattedValue.conversion = conversion;
    fv->v.FormattedValue.format_spec = spec;
    if (GlVec_Push(p, &st->values, fv) < 0) {
        return -1;
    }
    *pos = q;
    return 0;
}

/* Literal text and fields until end (recurse 0) or an unmatched '}' (format spec). */

/* Give the values of an f-string (and those of its format specs) the position of the
 * whole string, as CPython 3.11 does; in a format spec (spec = 1) a trailing literal
 * keeps the spec's own position (CPython builds it when it finishes the spec). */
static void
fstring_relocate(GlAstExprSeq *values, int spec, int lineno, int col, int end_lineno,
                 int end_col)
{
    for (int i = 0; i < values->n; i++) {
        GlAstExpr *v = values->items[i];
        if (spec && i == values->n - 1 && v->kind == GL_AST_CONSTANT) {
            break;
        }
        v->lineno = lineno;
        v->col_offset = col;
        v->end_lineno = end_lineno;
        v->end_col_offset = end_col;
        if (v->kind == GL_AST_FORMATTEDVALUE && v->v.FormattedValue.format_spec != NULL) {
            fstring_relocate(&v->v.FormattedValue.format_spec->v.JoinedStr.values, 1, lineno,
                             col, end_lineno, end_col);
        }
    }
}

static int
fstring_parse(GlParser *p, const StrPiece *sp, const char **pos, const char *end, int recurse,
              FState *st)
{
    const char *q = *pos;
    while (q < end) {
        const char *lit = q;
        while (q < end && *q != '{' && *q != '}') {
            if (*q == '\\' && !sp->raw && q + 1 < end) {
                q++;  // an escaped character never starts a field (\N{...} is rejected later)
                if (*q == 'N' && q + 1 < end && q[1] == '{') {
                    while (q < end && *q != '}') {
                        q++;
                    }
                }
            }
            q++;
        }
        if (q > end) {
            q = end;
        }
        if (q > lit) {
            if (sp->raw) {
                if (sb_put(p, &st->lit, lit, (size_t)(q - lit)) < 0) {
                    return -1;
                }
            } else if (decode_escapes(p, &st->lit, lit, (size_t)(q - lit), 0, sp->tok) < 0) {
                return -1;
            }
        }
        if (q >= end) {
            break;
        }
        if (recurse == 0 && q + 1 < end && q[1] == *q) {
            if (sb_put(p, &st->lit, q, 1) < 0) {
                return -1;
            }
            q += 2;
            continue;
        }
        if (*q == '}') {
            if (recurse == 0) {
                fstr_error(p, sp, q + 1, "f-string: single '}' is not allowed");
                return -1;
            }
            break;  // end of a format spec
        }
        q++;  // '{'
        if (fstring_field(p, sp, &q, end, recurse, st) < 0) {
            return -1;
        }
    }
    *pos = q;
    return 0;
}

/* ---- concatenation -------------------------------------------------------------------- */

GlAstExpr *
GlParser_Strings(GlParser *p, int first, int n)
{
    StrPiece sp;
    int any_f = 0, any_bytes = 0, any_str = 0, is_u = 0;
    // callers stand on the first literal and have fetched the token after the last
    p->str_next = p->pos == first ? GlParser_Peek(p, n) : NULL;
    for (int i = 0; i < n; i++) {
        split_token(GlParser_Tok(p, first + i), &sp);
        if (i == 0) {
            is_u = sp.u;
        }
        any_f |= sp.fstr;
        if (sp.bytes) {
            any_bytes = 1;
        } else {
            any_str = 1;
        }
        if (any_bytes && any_str) {
            /* CPython reports at the token after the strings (the last one it read) */
            const GlToken *t = GlParser_Tok(p, first + n - 1);
            STRING_ERROR(p, t, "cannot mix bytes and nonbytes literals");
            return NULL;
        }
    }
    const GlToken *t0 = GlParser_Tok(p, first), *tn = GlParser_Tok(p, first + n - 1);
    FState st;
    memset(&st, 0, sizeof(st));
    for (int i = 0; i < n; i++) {
        split_token(GlParser_Tok(p, first + i), &sp);
        if (sp.bytes) {
            for (size_t k = 0; k < sp.len; k++) {
                if ((unsigned char)sp.body[k] >= 0x80) {
                    const GlToken *t = sp.tok;
                    STRING_ERROR(p, t, "bytes can only contain ASCII literal characters");
                    return NULL;
                }
            }
        }
        if (sp.fstr) {
            const char *q = sp.body;
            if (fstring_parse(p, &sp, &q, sp.body + sp.len, 0, &st) < 0) {
                return NULL;
            }
        } else if (sp.raw) {
            if (sb_put(p, &st.lit, sp.body, sp.len) < 0) {
                return NULL;
            }
        } else if (decode_escapes(p, &st.lit, sp.body, sp.len, sp.bytes, sp.tok) < 0) {
            return NULL;
        }
    }
    GlAstExpr *e;
    if (any_f) {
        if (flush_literal(p, &st, t0) < 0) {
            return NULL;
        }
        e = GlParser_NewExpr(p, GL_AST_JOINEDSTR, t0);
        if (e == NULL) {
            return NULL;
        }
        e->v.JoinedStr.values.n = st.values.n;
        e->v.JoinedStr.values.items = (GlAstExpr **)st.values.items;
        /* the pieces get the position of the whole string, as CPython 3.11 */
        fstring_relocate(&e->v.JoinedStr.values, 0, e->lineno, e->col_offset,
                         tn->end_lineno + p->fstring_line,
                         tn->end_col + (tn->end_lineno == 1 ? p->fstring_col : 0));
    } else {
        e = const_str(p, t0, st.lit.s, st.lit.n);
        if (e == NULL) {
            return NULL;
        }
        e->v.Constant.kind = any_bytes ? GL_CONST_BYTES : GL_CONST_STR;
        e->v.Constant.is_u = is_u;
    }
    e->end_lineno = tn->end_lineno + p->fstring_line;
    e->end_col_offset = tn->end_col + (tn->end_lineno == 1 ? p->fstring_col : 0);
    return e;
}
