/*
 * parser.c - GlParser_Parse (the entry point), token buffering, error reporting and node
 * allocation shared by the recursive-descent parser files.
 *
 * Invariants:
 * - p->chunks hold every token fetched so far; token ntoks - 1 is the furthest
 *   lookahead. The tokenizer is pulled only on demand, so a tokenizer error beyond a
 *   parser error is not reported first (as CPython).
 * - After a parser SyntaxError, the rest of the input is tokenized: a tokenizer
 *   SyntaxError found there replaces it, and an unclosed bracket opened on an earlier
 *   line gives "'(' was never closed" (CPython's
 *   _PyPegen_tokenize_full_source_to_check_for_errors).
 *
 * - Source text is UTF-8 (validated) or Latin-1 per a PEP 263 cookie (transcoded into
 *   the arena first, so all positions are UTF-8 byte offsets, as CPython's).
 *
 * CPython behaviour matched: Parser/pegen.c and pegen_errors.c of 3.11.
 */
#include "parser_int.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static GlToken error_token = {.type = GL_TOK_ERROR};

int
GlVec_Push(GlParser *p, GlVec *v, void *item)
{
    if (v->n == v->cap) {
        int ncap = v->cap ? v->cap * 2 : 4;
        void **ni = GlArena_Alloc(p->arena, sizeof(void *) * (size_t)ncap);
        if (ni == NULL) {
            GlParser_NoMem(p);
            return -1;
        }
        if (v->n > 0) {
            memcpy(ni, v->items, sizeof(void *) * (size_t)v->n);
        }
        v->items = ni;
        v->cap = ncap;
    }
    v->items[v->n++] = item;
    return 0;
}

/* ---- tokens ------------------------------------------------------------------------ */

static int
fill_token(GlParser *p)
{
    if (p->ntoks > 0 && (GlParser_Tok(p, p->ntoks - 1)->type == GL_TOK_ENDMARKER ||
                         GlParser_Tok(p, p->ntoks - 1)->type == GL_TOK_ERROR)) {
        return -1;
    }
    if (p->ntoks == p->nchunks * GL_TOK_CHUNK) {
        GlToken **nc = realloc(p->chunks, sizeof(GlToken *) * (size_t)(p->nchunks + 1));
        if (nc == NULL) {
            GlParser_NoMem(p);
            return -1;
        }
        p->chunks = nc;
        nc[p->nchunks] = malloc(sizeof(GlToken) * GL_TOK_CHUNK);
        if (nc[p->nchunks] == NULL) {
            GlParser_NoMem(p);
            return -1;
        }
        p->nchunks++;
    }
    GlToken *t = GlParser_Tok(p, p->ntoks++);
    GlTokenizer_Next(&p->tok, t);
    return 0;
}

GlToken *
GlParser_Peek(GlParser *p, int k)
{
    while (p->pos + k >= p->ntoks) {
        if (fill_token(p) < 0) {
            if (p->ntoks > 0 && GlParser_Tok(p, p->ntoks - 1)->type == GL_TOK_ENDMARKER) {
                return GlParser_Tok(p, p->ntoks - 1);  // stay on ENDMARKER
            }
            return &error_token;
        }
    }
    return GlParser_Tok(p, p->pos + k);
}

GlToken *
GlParser_Next(GlParser *p)
{
    GlToken *t = GlParser_Peek(p, 0);
    if (t->type != GL_TOK_ERROR && t->type != GL_TOK_ENDMARKER) {
        p->pos++;
    }
    return t;
}

GlToken *
GlParser_Prev(GlParser *p)
{
    return p->pos > 0 ? GlParser_Tok(p, p->pos - 1) : GlParser_Peek(p, 0);
}

int
GlParser_Check(GlParser *p, GlTokType t)
{
    return GlParser_Peek(p, 0)->type == t;
}

GlToken *
GlParser_Accept(GlParser *p, GlTokType t)
{
    if (GlParser_Peek(p, 0)->type == t) {
        return GlParser_Next(p);
    }
    return NULL;
}

GlToken *
GlParser_Expect(GlParser *p, GlTokType t)
{
    if (GlParser_Peek(p, 0)->type == t) {
        return GlParser_Next(p);
    }
    return GlParser_Invalid(p);
}

void
GlParser_FreeTokens(GlParser *p)
{
    for (int i = 0; i < p->nchunks; i++) {
        free(p->chunks[i]);
    }
    free(p->chunks);
    p->chunks = NULL;
    p->nchunks = 0;
}

/* ---- errors ------------------------------------------------------------------------- */

static void
verror(GlParser *p, GlSyntaxErrorKind kind, int lineno, int col, int end_lineno, int end_col,
       const char *fmt, va_list ap)
{
    char msg[256];
    vsnprintf(msg, sizeof(msg), fmt, ap);
    if (p->is_fstring) {
        /* CPython 3.11 places the errors of an f-string replacement field's parser in its
         * "(expression)" buffer: the line is the real one, the offsets are the buffer's
         * byte columns + 1 (less the starting column on later lines), the text is the
         * buffer's line; the message gets "f-string: ". */
        if (p->err->kind != GL_ERR_NONE) {
            return;
        }
        const char *b = p->tok.src;
        size_t bl = (size_t)(p->tok.end - p->tok.src);
        int c0 = lineno == 1 ? col : col - p->fstring_err_col;
        int c1 = end_lineno == 1 ? end_col : end_col - p->fstring_err_col;
        GlCompileError_Set(p->err, p->arena, b, bl, kind, lineno, 0, lineno, 0, "f-string: %s",
                           msg);
        p->err->offset = c0 + 1;
        p->err->end_offset = c1 + 1;
        if (end_lineno > lineno && p->err->text != NULL) {
            GlCompileError_StripTextNewline(p->err, p->arena);
        }
        p->err->lineno = lineno + p->fstring_line;
        p->err->end_lineno = end_lineno + p->fstring_line;
        p->err->fstring_done = 1;
        return;
    }
    GlCompileError_Set(p->err, p->arena, p->src, p->len, kind, lineno + p->fstring_line,
                       col + (lineno == 1 ? p->fstring_col : 0), end_lineno + p->fstring_line,
                       end_col + (end_lineno == 1 ? p->fstring_col : 0), "%s", msg);
}

/* The line CPython's tokenizer is on at the end of input: the last line that has text
 * (a final newline does not start another; 0 for empty input). */
static int
eof_lineno(const GlParser *p)
{
    int n = 0;
    for (size_t i = 0; i < p->len; i++) {
        n += p->src[i] == '\n';
    }
    return n + (p->len > 0 && p->src[p->len - 1] != '\n');
}

int
GlParser_AtEof(const GlParser *p, const GlToken *t)
{
    // 'eval'/'single' source gets no final newline in CPython: no NEWLINE token there
    return !p->is_fstring && t->start >= p->src + p->len
           && (t->type == GL_TOK_ENDMARKER || t->type == GL_TOK_DEDENT
               || (t->type == GL_TOK_NEWLINE && p->mode != GL_PARSE_FILE));
}

void *
GlParser_ErrorAtEof(GlParser *p, GlSyntaxErrorKind kind, const char *fmt, ...)
{
    if (p->err->kind != GL_ERR_NONE) {
        return NULL;   // the first error wins
    }
    va_list ap;
    va_start(ap, fmt);
    int line = eof_lineno(p);
    const char *ls = p->src + p->len;
    while (ls > p->src && (ls == p->src + p->len || ls[-1] != '\n')) {
        ls--;   // start of the last line
    }
    int col = (int)(p->src + p->len - ls);
    if (p->mode == GL_PARSE_FILE && (p->len == 0 || p->src[p->len - 1] != '\n')) {
        col++;   // CPython's exec input gets a final newline
    }
    verror(p, kind, line, line > 0 ? col - 1 : -1, line, -1, fmt, ap);
    va_end(ap);
    if (line == 0 && p->err->text == NULL) {
        p->err->text = "";
        p->err->text_no_newline = 1;
    }
    return NULL;
}

void *
GlParser_ErrorRange(GlParser *p, GlSyntaxErrorKind kind, int lineno, int col, int end_lineno,
                    int end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *
GlParser_ErrorTok(GlParser *p, GlSyntaxErrorKind kind, const GlToken *a, const GlToken *b,
                  const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (b == NULL) {
        b = a;
    }
    verror(p, kind, a->lineno, a->col, b->end_lineno, b->end_col, fmt, ap);
    va_end(ap);
    return NULL;
}

void *
GlParser_ErrorExpr(GlParser *p, const GlAstExpr *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    verror(p, GL_ERR_SYNTAX, e->lineno - p->fstring_line, e->col_offset -
           (e->lineno - p->fstring_line == 1 ? p->fstring_col : 0),
           e->end_lineno - p->fstring_line, e->end_col_offset -
           (e->end_lineno - p->fstring_line == 1 ? p->fstring_col : 0), fmt, ap);
    va_end(ap);
    return NULL;
}

void *
GlParser_NoMem(GlParser *p)
{
    if (p->err->kind == GL_ERR_NONE) {
        p->err->kind = GL_ERR_NOMEM;
        snprintf(p->err->msg, sizeof(p->err->msg), "out of memory");
    }
    return NULL;
}

/* CPython's "invalid syntax" at the ENDMARKER, which has no position: offset and
 * end_offset 0 on the last line. Returns NULL. */
static void *
invalid_at_eof(GlParser *p)
{
    if (p->err->kind != GL_ERR_NONE) {
        return NULL;   // the first error wins
    }
    GlParser_ErrorAtEof(p, GL_ERR_SYNTAX, "invalid syntax");
    p->err->offset = 0;
    p->err->end_offset = 0;
    return NULL;
}

void *
GlParser_Invalid(GlParser *p)
{
    GlToken *t = GlParser_Peek(p, 0);
    if (t->type == GL_TOK_ERROR || GlParser_Failed(p)) {
        return NULL;
    }
    if (t->type == GL_TOK_ENDMARKER && p->tok.level > 0 && !p->is_fstring) {
        int l = p->tok.level - 1;
        GlParser_ErrorRange(p, GL_ERR_SYNTAX, p->tok.parenlinenostack[l],
                            p->tok.parencolstack[l], p->tok.parenlinenostack[l], -1,
                            "'%c' was never closed", p->tok.parenstack[l]);
        p->err->end_offset = 0;
        return NULL;
    }
    if (t->type == GL_TOK_INDENT) {
        GlParser_ErrorRange(p, GL_ERR_INDENTATION, t->lineno, t->col - 1, t->lineno, -1,
                            "unexpected indent");
        return NULL;
    }
    if (t->type == GL_TOK_DEDENT) {
        GlParser_ErrorRange(p, GL_ERR_INDENTATION, t->lineno, t->col - 1, t->lineno, -1,
                            "unexpected unindent");
        return NULL;
    }
    if (p->is_fstring) {
        return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "invalid syntax");
    }
    if ((t->type == GL_TOK_ENDMARKER || t->type == GL_TOK_NEWLINE) && GlParser_AtEof(p, t)) {
        return invalid_at_eof(p);
    }
    if (t->type == GL_TOK_NEWLINE) {
        // CPython reports an error at the end of a line with zero width
        return GlParser_ErrorRange(p, GL_ERR_SYNTAX, t->lineno, t->col, t->lineno,
                                   t->end_col - 1, "invalid syntax");
    }
    return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t, "invalid syntax");
}

/* ---- nodes ------------------------------------------------------------------------- */

GlAstExpr *
GlParser_NewExpr(GlParser *p, GlAstExprKind kind, const GlToken *start)
{
    GlAstExpr *e = GlArena_Alloc(p->arena, sizeof(GlAstExpr));
    if (e == NULL) {
        return GlParser_NoMem(p);
    }
    e->kind = kind;
    if (start != NULL) {
        e->lineno = start->lineno + p->fstring_line;
        e->col_offset = start->col + (start->lineno == 1 ? p->fstring_col : 0);
        e->end_lineno = start->end_lineno + p->fstring_line;
        e->end_col_offset = start->end_col + (start->end_lineno == 1 ? p->fstring_col : 0);
    }
    return e;
}

GlAstStmt *
GlParser_NewStmt(GlParser *p, GlAstStmtKind kind, const GlToken *start)
{
    GlAstStmt *s = GlArena_Alloc(p->arena, sizeof(GlAstStmt));
    if (s == NULL) {
        return GlParser_NoMem(p);
    }
    s->kind = kind;
    s->lineno = start->lineno;
    s->col_offset = start->col;
    s->end_lineno = start->end_lineno;
    s->end_col_offset = start->end_col;
    return s;
}

void
GlParser_EndExpr(GlParser *p, GlAstExpr *e)
{
    GlToken *t = GlParser_Prev(p);
    e->end_lineno = t->end_lineno + p->fstring_line;
    e->end_col_offset = t->end_col + (t->end_lineno == 1 ? p->fstring_col : 0);
}

void
GlParser_EndStmt(GlParser *p, GlAstStmt *s)
{
    /* the last consumed token that is not NEWLINE/INDENT/DEDENT, as CPython's EXTRA */
    int i = p->pos - 1;
    while (i > 0 && (GlParser_Tok(p, i)->type == GL_TOK_NEWLINE ||
                     GlParser_Tok(p, i)->type == GL_TOK_INDENT ||
                     GlParser_Tok(p, i)->type == GL_TOK_DEDENT)) {
        i--;
    }
    GlToken *t = i >= 0 ? GlParser_Tok(p, i) : GlParser_Peek(p, 0);
    s->end_lineno = t->end_lineno;
    s->end_col_offset = t->end_col;
}

const char *
GlParser_Ident(GlParser *p, const GlToken *t)
{
    const char *s = GlArena_Intern(p->arena, t->start, (size_t)(t->end - t->start));
    if (s == NULL) {
        return GlParser_NoMem(p);
    }
    return s;
}

/* ---- source decoding (PEP 263) ----------------------------------------------------------- */

/* The coding cookie of line 1 or 2 (line 2 only after a comment/blank line 1), or "". */
static void
find_cookie(const char *src, size_t len, char *name, size_t cap, int *line)
{
    name[0] = '\0';
    const char *p = src, *end = src + len;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        p += 3;
    }
    for (int l = 1; l <= 2 && p < end; l++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (eol == NULL) {
            eol = end;
        }
        const char *q = p;
        while (q < eol && (*q == ' ' || *q == '\t' || *q == '\f')) {
            q++;
        }
        if (q < eol && *q == '#') {
            for (const char *c = q; c + 6 < eol; c++) {
                if (memcmp(c, "coding", 6) == 0 && (c[6] == ':' || c[6] == '=')) {
                    const char *v = c + 7;
                    while (v < eol && (*v == ' ' || *v == '\t')) {
                        v++;
                    }
                    size_t n = 0;
                    while (v < eol && n + 1 < cap && (isalnum((unsigned char)*v) || *v == '-' ||
                                                      *v == '_' || *v == '.')) {
                        char ch = (char)tolower((unsigned char)*v++);
                        name[n++] = ch == '_' ? '-' : ch;
                    }
                    name[n] = '\0';
                    *line = l;
                    return;
                }
            }
        } else if (q < eol && *q != '\r') {
            return;  // line 1 is code: no cookie on line 2
        }
        p = eol + 1;
    }
}

static int
starts_with(const char *s, const char *prefix)
{
    size_t n = strlen(prefix);
    return strncmp(s, prefix, n) == 0 && (s[n] == '\0' || s[n] == '-');
}

/* Length of the valid UTF-8 prefix of s[0..len). */
static size_t
utf8_valid_prefix(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int n = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
        if (n == 0 || len - i < (size_t)n) {
            return i;
        }
        for (int k = 1; k < n; k++) {
            if (((unsigned char)s[i + k] & 0xC0) != 0x80) {
                return i;
            }
        }
        unsigned char d = (unsigned char)s[i + 1];
        if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d >= 0xA0) || (c == 0xF0 && d < 0x90) ||
            (c == 0xF4 && d >= 0x90)) {
            return i;
        }
        i += (size_t)n;
    }
    return len;
}

/*
 * Apply the coding cookie: UTF-8 (validated) and Latin-1 (transcoded to UTF-8 in the
 * arena) are supported. Returns 0 with *src and *len possibly replaced, or -1 with err set.
 */
/* CPython's translate_newlines: "\r\n" and a bare "\r" become "\n" (in comments,
 * strings and continuations alike), into an arena copy when the text has any "\r". */
static int
translate_newlines(GlArena *arena, const char **src, size_t *len, GlSyntaxErrorInfo *err)
{
    const char *s = *src;
    size_t n = *len;
    if (memchr(s, '\r', n) == NULL) {
        return 0;
    }
    char *out = GlArena_Alloc(arena, n + 1);
    if (out == NULL) {
        err->kind = GL_ERR_NOMEM;
        return -1;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\r') {
            out[k++] = '\n';
            if (i + 1 < n && s[i + 1] == '\n') {
                i++;
            }
        } else {
            out[k++] = s[i];
        }
    }
    out[k] = '\0';
    *src = out;
    *len = k;
    return 0;
}

static int
decode_source(GlArena *arena, const char **src, size_t *len, const char *filename,
              int ignore_cookie, GlSyntaxErrorInfo *err)
{
    char enc[64];
    int line = 0;
    enc[0] = '\0';
    if (!ignore_cookie) {
        find_cookie(*src, *len, enc, sizeof(enc), &line);
    }
    if (enc[0] != '\0' && !starts_with(enc, "utf-8") && !starts_with(enc, "utf8") &&
        strcmp(enc, "ascii") != 0 && strcmp(enc, "us-ascii") != 0) {
        if (!(starts_with(enc, "latin-1") || starts_with(enc, "iso-8859-1") ||
              starts_with(enc, "iso8859-1") || starts_with(enc, "latin1") ||
              starts_with(enc, "iso-latin-1") || strcmp(enc, "l1") == 0)) {
            // end -2: end_offset None, as CPython's decoding errors
            GlCompileError_Set(err, arena, *src, *len, GL_ERR_SYNTAX, line, -1, line, -2,
                               "encoding problem: %s", enc);
            return -1;
        }
        size_t extra = 0;
        for (size_t i = 0; i < *len; i++) {
            extra += (unsigned char)(*src)[i] >= 0x80;
        }
        char *out = GlArena_Alloc(arena, *len + extra + 1);
        if (out == NULL) {
            err->kind = GL_ERR_NOMEM;
            snprintf(err->msg, sizeof(err->msg), "out of memory");
            return -1;
        }
        size_t k = 0;
        for (size_t i = 0; i < *len; i++) {
            unsigned char c = (unsigned char)(*src)[i];
            if (c < 0x80) {
                out[k++] = (char)c;
            } else {
                out[k++] = (char)(0xC0 | (c >> 6));
                out[k++] = (char)(0x80 | (c & 0x3F));
            }
        }
        *src = out;
        *len = k;
        return 0;
    }
    size_t ok = utf8_valid_prefix(*src, *len);
    if (ok < *len) {
        int lineno = 1;
        for (size_t i = 0; i < ok; i++) {
            lineno += (*src)[i] == '\n';
        }
        GlCompileError_Set(err, arena, *src, *len, GL_ERR_SYNTAX, lineno, -1, lineno, -2,
                           "Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                           "but no encoding declared; see https://peps.python.org/pep-0263/ "
                           "for details", (unsigned char)(*src)[ok],
                           filename ? filename : "<string>", lineno);
        return -1;
    }
    return 0;
}

/* ---- the entry point ------------------------------------------------------------------- */

/* After a parser error: let a later tokenizer error or an unclosed bracket win. */
static void
check_rest_of_source(GlParser *p)
{
    if (p->err->kind != GL_ERR_SYNTAX || p->ntoks == 0 ||
        GlParser_Tok(p, p->ntoks - 1)->type == GL_TOK_ERROR) {
        return;
    }
    if (GlParser_Tok(p, p->ntoks - 1)->type == GL_TOK_ENDMARKER) {
        /* The parser read up to the end inside a bracket: CPython's tokenizer reports
         * the unclosed bracket as soon as that end is requested, so it wins. */
        if (p->tok.level > 0) {
            int l = p->tok.level - 1;
            GlSyntaxErrorInfo saved = *p->err;
            p->err->kind = GL_ERR_NONE;
            GlCompileError_Set(p->err, p->arena, p->src, p->len, GL_ERR_SYNTAX,
                               p->tok.parenlinenostack[l], p->tok.parencolstack[l],
                               p->tok.parenlinenostack[l], -1,
                               "'%c' was never closed", p->tok.parenstack[l]);
            p->err->end_offset = 0;
            if (p->tok.parenlinenostack[l] < eof_lineno(p)) {
                // CPython's text of a line before the tokenizer's has no newline
                GlCompileError_StripTextNewline(p->err, p->arena);
            }
            p->err->filename = saved.filename;
        }
        return;
    }
    int err_line = GlParser_Tok(p, p->ntoks - 1)->lineno;  // as CPython: last token read
    GlSyntaxErrorInfo saved = *p->err, fresh;
    memset(&fresh, 0, sizeof(fresh));
    fresh.filename = saved.filename;
    fresh.warnings = saved.warnings;
    p->tok.err = &fresh;
    GlToken t;
    for (;;) {
        GlTokType tt = GlTokenizer_Next(&p->tok, &t);
        if (tt == GL_TOK_ERROR) {
            if (fresh.kind == GL_ERR_SYNTAX && !p->tok.eof_in_cont) {
                *p->err = fresh;
                p->err->filename = saved.filename;
            }
            break;
        }
        if (tt == GL_TOK_ENDMARKER) {
            if (p->tok.level > 0) {
                int l = p->tok.level - 1;
                if (err_line > p->tok.parenlinenostack[l]) {
                    p->err->kind = GL_ERR_NONE;
                    GlCompileError_Set(p->err, p->arena, p->src, p->len, GL_ERR_SYNTAX,
                                       p->tok.parenlinenostack[l], p->tok.parencolstack[l],
                                       p->tok.parenlinenostack[l], -1,
                                       "'%c' was never closed", p->tok.parenstack[l]);
                    p->err->end_offset = 0;
                    GlCompileError_StripTextNewline(p->err, p->arena);
                    p->err->filename = saved.filename;
                }
            }
            break;
        }
    }
    p->tok.err = p->err;
}

static GlAstMod *
parse_mod(GlParser *p, int mode)
{
    GlAstMod *mod = GlArena_Alloc(p->arena, sizeof(GlAstMod));
    if (mod == NULL) {
        return GlParser_NoMem(p);
    }
    GlVec body = {0};
    if (mode == GL_PARSE_EVAL) {
        mod->kind = GL_AST_EXPRESSION;
        while (GlParser_Accept(p, GL_TOK_NEWLINE)) {
        }
        GlAstExpr *e = GlParser_Expressions(p);
        if (e == NULL) {
            return NULL;
        }
        while (GlParser_Accept(p, GL_TOK_NEWLINE)) {
        }
        if (!GlParser_Check(p, GL_TOK_ENDMARKER)) {
            return GlParser_Invalid(p);
        }
        mod->v.Expression.body = e;
        return mod;
    }
    if (mode == GL_PARSE_SINGLE) {
        mod->kind = GL_AST_INTERACTIVE;
        if (!GlParser_Check(p, GL_TOK_NEWLINE) && !GlParser_Check(p, GL_TOK_ENDMARKER)) {
            if (GlParser_Statement(p, &body) < 0) {
                return NULL;
            }
            GlAstStmtKind k = body.n > 0 ? ((GlAstStmt *)body.items[0])->kind : GL_AST_PASS;
            GlToken *nl = GlParser_Prev(p);
            int compound = k == GL_AST_FUNCTIONDEF || k == GL_AST_CLASSDEF || k == GL_AST_FOR
                           || k == GL_AST_WHILE || k == GL_AST_IF || k == GL_AST_WITH
                           || k == GL_AST_TRY || k == GL_AST_MATCH;
            if (!compound && nl->type == GL_TOK_NEWLINE && !p->allow_incomplete) {
                /* CPython's bad_single_statement: only blanks and comments may follow the
                 * statement's NEWLINE, found in the text (not tokenized) */
                const char *c = nl->end, *e = p->src + p->len;
                while (c < e) {
                    if (*c == '#') {
                        while (c < e && *c != '\n') {
                            c++;
                        }
                    } else if (*c == ' ' || *c == '\t' || *c == '\n' || *c == '\014') {
                        c++;
                    } else {
                        p->parsed_ok = 1;   // raised after a successful parse: no re-scan
                        return GlParser_ErrorRange(p, GL_ERR_SYNTAX, nl->lineno, nl->col,
                                                   nl->lineno, nl->end_col - 1,
                                                   "multiple statements found while compiling "
                                                   "a single statement");
                    }
                }
            }
            if (compound && p->no_dedent && (p->len == 0 || p->src[p->len - 1] != '\n')) {
                GlParser_Invalid(p);   // more lines may follow the block: incomplete
                return NULL;
            }
            if (compound && !GlParser_Check(p, GL_TOK_NEWLINE)
                && !GlParser_Check(p, GL_TOK_ENDMARKER) && !GlParser_Check(p, GL_TOK_DEDENT)) {
                return GlParser_Invalid(p);   // CPython: compound_stmt NEWLINE
            }
        } else if (GlParser_Check(p, GL_TOK_ENDMARKER) && !p->allow_incomplete) {
            return invalid_at_eof(p);   // CPython: nothing to compile is an error
        } else {
            GlParser_Accept(p, GL_TOK_NEWLINE);
        }
        while (GlParser_Accept(p, GL_TOK_NEWLINE)) {
        }
        if (!GlParser_Check(p, GL_TOK_ENDMARKER)) {
            if (GlParser_Check(p, GL_TOK_ERROR)) {
                return NULL;
            }
            GlToken *t = GlParser_Peek(p, 0);
            return GlParser_ErrorTok(p, GL_ERR_SYNTAX, t, t,
                                     "multiple statements found while compiling a single "
                                     "statement");
        }
        mod->v.Interactive.body.n = body.n;
        mod->v.Interactive.body.items = (GlAstStmt **)body.items;
        return mod;
    }
    mod->kind = GL_AST_MODULE;
    if (GlParser_Statements(p, &body, 1) < 0) {
        return NULL;
    }
    mod->v.Module.body.n = body.n;
    mod->v.Module.body.items = (GlAstStmt **)body.items;
    return mod;
}

GlAstMod *
GlParser_Parse(GlArena *arena, const char *src, size_t len, const char *filename, int mode,
               GlSyntaxErrorInfo *err)
{
    memset(err, 0, sizeof(*err));
    err->filename = filename;
    if (mode & GL_PARSE_WARNINGS) {
        err->warnings = GlArena_Alloc(arena, sizeof(GlCompileWarnings));
        if (err->warnings == NULL) {
            err->kind = GL_ERR_NOMEM;
            return NULL;
        }
        err->warnings->head = NULL;
        err->warnings->tail = &err->warnings->head;
    }
    if (memchr(src, '\0', len) != NULL) {
        err->kind = GL_ERR_SYNTAX;
        snprintf(err->msg, sizeof(err->msg), "source code string cannot contain null bytes");
        return NULL;
    }
    if (translate_newlines(arena, &src, &len, err) < 0
        || decode_source(arena, &src, &len, filename, (mode & GL_PARSE_IGNORE_COOKIE) != 0,
                         err) < 0) {
        return NULL;
    }
    GlParser p;
    memset(&p, 0, sizeof(p));
    p.arena = arena;
    p.src = src;
    p.len = len;
    p.err = err;
    p.allow_incomplete = (mode & GL_PARSE_INCOMPLETE) != 0;
    p.no_dedent = p.allow_incomplete && (mode & GL_PARSE_NO_DEDENT) != 0;
    mode &= ~(GL_PARSE_INCOMPLETE | GL_PARSE_IGNORE_COOKIE | GL_PARSE_WARNINGS
              | GL_PARSE_NO_DEDENT);
    p.mode = mode;
    p.filename = filename;
    GlTokenizer_Init(&p.tok, src, len, arena, err);
    p.tok.exec_input = mode == GL_PARSE_FILE;
    GlAstMod *mod = parse_mod(&p, mode);
    if (mod == NULL && err->kind == GL_ERR_NONE) {
        GlParser_Invalid(&p);
    }
    if (mod == NULL) {
        GlToken *last = p.ntoks > 0 ? GlParser_Tok(&p, p.ntoks - 1) : NULL;
        int at_eof = last != NULL && (last->type == GL_TOK_ENDMARKER ||
                                      (last->type == GL_TOK_ERROR &&
                                       (p.tok.eof_in_string || p.tok.eof_in_cont)));
        /* CPython calls any error found once its tokenizer reached the end of the text
         * incomplete: so does Glass when the last token read ends there (never in the
         * REPL, whose text ends with a newline) */
        if (!at_eof && last != NULL && p.allow_incomplete && mode != GL_PARSE_FILE && len > 0
            && !p.parsed_ok && src[len - 1] != '\n' && last->end == src + len) {
            at_eof = 1;
        }
        if (p.allow_incomplete && at_eof && err->kind != GL_ERR_NOMEM) {
            err->kind = GL_ERR_INCOMPLETE;
            snprintf(err->msg, sizeof(err->msg), "incomplete input");
        } else if (!p.parsed_ok) {
            check_rest_of_source(&p);
        }
    }
    GlParser_FreeTokens(&p);
    if (mod != NULL) {
        err->filename = filename;
    }
    return mod;
}
