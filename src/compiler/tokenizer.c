/*
 * tokenizer.c - the Python 3.11 tokenizer (see tokenizer.h), plus error-info helpers.
 *
 * Invariants:
 * - `cur` never passes `end`; every read checks `cur < end` first (no NUL sentinel is
 *   assumed, the buffer need not be NUL-terminated).
 * - indstack[0] == 0 and indstack is strictly increasing up to `indent`; altindstack
 *   (tabs counted as 1 column) is checked against it for TabError, as CPython does.
 * - The end of input behaves as if the last line ended with a newline: one implicit
 *   NEWLINE (if the last logical line had tokens), then DEDENTs back to column 0,
 *   then ENDMARKER.
 *
 * CPython behaviour matched: Parser/tokenizer.c of 3.11 (messages and offsets of the
 * tokenizer's own SyntaxErrors; offset = characters before the error point).
 */
#include "tokenizer.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- error helpers ------------------------------------------------------------- */

int
GlUtf8_CharCount(const char *s, int nbytes)
{
    int n = 0;
    for (int i = 0; i < nbytes; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

static const char *
find_line(const char *src, size_t len, int lineno, size_t *line_len)
{
    const char *p = src, *e = src + len;
    for (int l = 1; l < lineno && p < e; l++) {
        const char *nl = memchr(p, '\n', (size_t)(e - p));
        if (nl == NULL) {
            p = e;
            break;
        }
        p = nl + 1;
    }
    const char *nl = p < e ? memchr(p, '\n', (size_t)(e - p)) : NULL;
    *line_len = nl ? (size_t)(nl + 1 - p) : (size_t)(e - p);
    return p;
}

void
GlCompileError_Set(GlSyntaxErrorInfo *err, GlArena *arena, const char *src, size_t len,
                   GlSyntaxErrorKind kind, int lineno, int col, int end_lineno, int end_col,
                   const char *fmt, ...)
{
    if (err->kind != GL_ERR_NONE) {
        return;  // the first error wins
    }
    err->kind = kind;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
    va_end(ap);
    err->lineno = lineno;
    err->end_lineno = end_lineno;
    err->text = NULL;
    err->text_no_newline = 0;
    err->offset = 0;
    err->end_offset = 0;
    if (lineno <= 0 || src == NULL) {
        return;
    }
    size_t ll;
    const char *line = find_line(src, len, lineno, &ll);
    if (col >= 0) {
        int c = col < (int)ll ? col : (int)ll;
        err->offset = GlUtf8_CharCount(line, c) + 1 + (col - c);
    }
    if (end_lineno > 0 && end_col >= 0) {
        size_t ell;
        const char *eline = find_line(src, len, end_lineno, &ell);
        int c = end_col < (int)ell ? end_col : (int)ell;
        err->end_offset = GlUtf8_CharCount(eline, c) + 1 + (end_col - c);
    } else {
        err->end_offset = end_col;
    }
    if (arena != NULL) {
        err->text = GlArena_Strndup(arena, line, ll);
    }
}

GlCompileWarning *
GlCompileWarning_Add(GlSyntaxErrorInfo *err, GlArena *arena, int deprecation, int lineno,
                     const char *msg)
{
    if (err->warnings == NULL) {
        return NULL;
    }
    GlCompileWarning *w = GlArena_Alloc(arena, sizeof(GlCompileWarning));
    if (w == NULL) {
        return NULL;
    }
    memset(w, 0, sizeof(*w));
    w->deprecation = deprecation;
    w->lineno = lineno;
    snprintf(w->msg, sizeof(w->msg), "%s", msg);
    w->as_error.filename = err->filename;
    if (err->warnings->tail == NULL) {
        err->warnings->tail = &err->warnings->head;
    }
    *err->warnings->tail = w;
    err->warnings->tail = &w->next;
    return w;
}

void
GlCompileError_StripTextNewline(GlSyntaxErrorInfo *err, GlArena *arena)
{
    size_t n = err->text != NULL ? strlen(err->text) : 0;
    if (arena != NULL && n > 0 && err->text[n - 1] == '\n') {
        const char *t = GlArena_Strndup(arena, err->text, n - 1);
        if (t == NULL) {
            return;
        }
        err->text = t;
    }
    err->text_no_newline = 1;
}

/* Error at the current line; offset = characters from line start up to `at`. */
static GlTokType
tok_error_at(GlTokenizer *tok, GlSyntaxErrorKind kind, const char *at, const char *msg)
{
    int col = (int)(at - tok->line_start) - 1;
    int first = tok->err->kind == GL_ERR_NONE;
    GlCompileError_Set(tok->err, tok->arena, tok->src, (size_t)(tok->end - tok->src), kind,
                       tok->lineno, col, tok->lineno, col, "%s", msg);
    if (first && kind == GL_ERR_SYNTAX && strcmp(msg, "unexpected EOF while parsing") != 0
        && strcmp(msg, "invalid syntax") != 0) {
        GlCompileError_StripTextNewline(tok->err, tok->arena);   // CPython's syntaxerror()
    }
    if (kind == GL_ERR_TAB) {
        tok->err->end_offset = 0;  // as CPython's TabError
    }
    tok->done = 1;
    return GL_TOK_ERROR;
}

/* ---- keyword and operator tables -------------------------------------------------- */

static const char *const keyword_names[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
};

static const char *const op_names[] = {
    "(", ")", "[", "]", ":", ",", ";", "+", "-", "*", "/", "|", "&", "<", ">", "=", ".",
    "%", "{", "}", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**", "+=", "-=", "*=",
    "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//", "//=", "@", "@=", "->", "...",
    ":=",
};

const char *
GlToken_Name(GlTokType type)
{
    static const char *const basic[] = {
        "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    };
    if (type >= GL_TOK_ENDMARKER && type <= GL_TOK_DEDENT) {
        return basic[type];
    }
    if (type >= GL_TOK_LPAR && type <= GL_TOK_COLONEQUAL) {
        return op_names[type - GL_TOK_LPAR];
    }
    if (type >= GL_TOK_KW_FALSE && type < GL_TOK_NTYPES) {
        return keyword_names[type - GL_TOK_KW_FALSE];
    }
    return "ERRORTOKEN";
}

static GlTokType
keyword_type(const char *s, size_t n)
{
    if (n < 2 || n > 8 || !(s[0] >= 'a' || s[0] == 'F' || s[0] == 'N' || s[0] == 'T')) {
        return GL_TOK_NAME;
    }
    for (size_t i = 0; i < sizeof(keyword_names) / sizeof(keyword_names[0]); i++) {
        if (strlen(keyword_names[i]) == n && memcmp(keyword_names[i], s, n) == 0) {
            return (GlTokType)(GL_TOK_KW_FALSE + (int)i);
        }
    }
    return GL_TOK_NAME;
}

/* ---- initialisation ---------------------------------------------------------------- */

void
GlTokenizer_Init(GlTokenizer *tok, const char *src, size_t len, GlArena *arena,
                 GlSyntaxErrorInfo *err)
{
    memset(tok, 0, sizeof(*tok));
    tok->src = src;
    tok->end = src + len;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) {
        src += 3;
    }
    tok->cur = src;
    tok->line_start = src;
    tok->lineno = 1;
    tok->atbol = 1;
    tok->arena = arena;
    tok->warn_arena = arena;
    tok->err = err;
}

static inline int
peekc(GlTokenizer *tok, int ahead)
{
    return tok->cur + ahead < tok->end ? (unsigned char)tok->cur[ahead] : -1;
}

static inline void
newline_seen(GlTokenizer *tok)
{
    tok->lineno++;
    tok->line_start = tok->cur;
}

/* ---- UTF-8 and identifier characters -------------------------------------------- */

/* Decode one UTF-8 sequence at p (< end). Returns its length or 0 if malformed. */
static int
utf8_decode(const char *p, const char *end, unsigned *cp)
{
    unsigned char c = (unsigned char)p[0];
    int n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
    if (n == 0 || end - p < n) {
        return 0;
    }
    unsigned v = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int i = 1; i < n; i++) {
        unsigned char d = (unsigned char)p[i];
        if ((d & 0xC0) != 0x80) {
            return 0;
        }
        v = (v << 6) | (d & 0x3F);
    }
    if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
        (v >= 0xD800 && v <= 0xDFFF)) {
        return 0;
    }
    *cp = v;
    return n;
}

/* Non-printable per Python's str.isprintable (approximation by ranges). */
static int
cp_nonprintable(unsigned cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD ||
           (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
           (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
           (cp >= 0xE000 && cp <= 0xF8FF) || (cp >= 0xFFF0 && cp <= 0xFFFB) ||
           cp == 0x1680 || cp == 0x180E;
}

/* Whether a non-ASCII code point can be part of an identifier (approximate XID). */
static int
cp_identifier(unsigned cp)
{
    if (cp_nonprintable(cp)) {
        return 0;
    }
    if (cp < 0x100) {
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA || cp == 0xB7 ||
               (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7);
    }
    if ((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E) ||
        (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2190 && cp <= 0x2BFF) ||
        (cp >= 0x3001 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
        (cp >= 0xFF1A && cp <= 0xFF20) || (cp >= 0xFF3B && cp <= 0xFF40 && cp != 0xFF3F) ||
        (cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0x1F000 && cp <= 0x1FAFF) ||
        (cp >= 0x2100 && cp <= 0x2101) || (cp >= 0x2103 && cp <= 0x2106) ||
        (cp >= 0x2108 && cp <= 0x2109) || cp == 0x2116 || cp == 0x2117 ||
        (cp >= 0x211E && cp <= 0x2123) || cp == 0x2125 || cp == 0x2127 || cp == 0x2129 ||
        cp == 0x212E || (cp >= 0x213A && cp <= 0x213B) || (cp >= 0x2140 && cp <= 0x2144) ||
        (cp >= 0x214A && cp <= 0x214D) || cp == 0x214F || cp == 0x00D7 || cp == 0x00F7 ||
        (cp >= 0x2E00 && cp <= 0x2E7F) || (cp >= 0xF0000)) {
        return 0;
    }
    return 1;
}

static GlTokType
invalid_character(GlTokenizer *tok, const char *p)
{
    unsigned cp = 0;
    int n = utf8_decode(p, tok->end, &cp);
    char msg[128];
    if (n == 0) {
        snprintf(msg, sizeof(msg),
                 "(unicode error) 'utf-8' codec can't decode byte 0x%02x: invalid start byte",
                 (unsigned char)*p);
        return tok_error_at(tok, GL_ERR_SYNTAX, p + 1, msg);
    }
    if (cp_nonprintable(cp)) {
        snprintf(msg, sizeof(msg), "invalid non-printable character U+%04X", cp);
    } else {
        snprintf(msg, sizeof(msg), "invalid character '%.*s' (U+%04X)", n, p, cp);
    }
    return tok_error_at(tok, GL_ERR_SYNTAX, p + 1, msg);
}

/* ---- indentation ---------------------------------------------------------------------- */

/*
 * At the beginning of a line outside brackets: measure the indentation, skip blank and
 * comment-only lines, and queue INDENT/DEDENT. Returns 0, 1 if the line is blank (the
 * caller continues), or GL_TOK_ERROR.
 */
static int
tok_indentation(GlTokenizer *tok)
{
    int col = 0, altcol = 0;
    const char *p = tok->cur;
    for (; p < tok->end; p++) {
        if (*p == ' ') {
            col++, altcol++;
        } else if (*p == '\t') {
            col = (col / 8 + 1) * 8;
            altcol++;
        } else if (*p == '\014') {
            col = altcol = 0;  // form feed resets the column, as CPython
        } else {
            break;
        }
    }
    tok->cur = p;
    if (p >= tok->end || *p == '#' || *p == '\n' || *p == '\r' || *p == '\\') {
        if (p >= tok->end || *p != '\\') {
            return 1;  // blank line: no indentation change
        }
        /* a backslash line start: CPython treats the indentation normally */
    }
    if (col == tok->indstack[tok->indent]) {
        if (altcol != tok->altindstack[tok->indent]) {
            return tok_error_at(tok, GL_ERR_TAB, tok->line_start + 1,
                                "inconsistent use of tabs and spaces in indentation");
        }
    } else if (col > tok->indstack[tok->indent]) {
        if (tok->indent + 1 >= GL_TOK_MAXINDENT) {
            return tok_error_at(tok, GL_ERR_INDENTATION, p + 1, "too many levels of indentation");
        }
        if (altcol <= tok->altindstack[tok->indent]) {
            return tok_error_at(tok, GL_ERR_TAB, tok->line_start + 1,
                                "inconsistent use of tabs and spaces in indentation");
        }
        tok->pending++;
        tok->indstack[++tok->indent] = col;
        tok->altindstack[tok->indent] = altcol;
    } else {
        while (tok->indent > 0 && col < tok->indstack[tok->indent]) {
            tok->pending--;
            tok->indent--;
        }
        if (col != tok->indstack[tok->indent]) {
            const char *eol = p;  // CPython's offset: the end of the line, newline included
            while (eol < tok->end && *eol != '\n') {
                eol++;
            }
            GlCompileError_Set(tok->err, tok->arena, tok->src, (size_t)(tok->end - tok->src),
                               GL_ERR_INDENTATION, tok->lineno, (int)(eol - tok->line_start),
                               tok->lineno, -1,
                               "unindent does not match any outer indentation level");
            tok->err->end_offset = -1;
            tok->done = 1;
            return GL_TOK_ERROR;
        }
        if (altcol != tok->altindstack[tok->indent]) {
            return tok_error_at(tok, GL_ERR_TAB, tok->line_start + 1,
                                "inconsistent use of tabs and spaces in indentation");
        }
    }
    return 0;
}

/* ---- numbers --------------------------------------------------------------------------- */

static int
is_name_byte(int c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80 ||
           (c >= '0' && c <= '9');
}

/* After a number: a following identifier character makes it invalid ("1abc"). */
static int
verify_end_of_number(GlTokenizer *tok, const char *numstart, const char *kind)
{
    int c = peekc(tok, 0);
    /* CPython allows keywords directly after a number with a warning: 1if x else y */
    static const char *const kws[] = {"and", "else", "for", "if", "in", "is", "not", "or"};
    if (c >= 0 && is_name_byte(c) && !(c >= '0' && c <= '9')) {
        for (size_t i = 0; i < sizeof(kws) / sizeof(kws[0]); i++) {
            size_t n = strlen(kws[i]);
            if ((size_t)(tok->end - tok->cur) >= n && memcmp(tok->cur, kws[i], n) == 0) {
                /* SyntaxWarning "invalid ... literal"; as an error it is the one below */
                char msg[64];
                snprintf(msg, sizeof(msg), "invalid %s literal", kind);
                GlCompileWarning *w = GlCompileWarning_Add(tok->err, tok->warn_arena, 0,
                                                           tok->lineno + tok->warn_line_offset,
                                                           msg);
                if (w != NULL) {
                    GlSyntaxErrorInfo *saved = tok->err;
                    int done = tok->done;
                    tok->err = &w->as_error;
                    tok_error_at(tok, GL_ERR_SYNTAX, tok->cur, msg);
                    tok->err = saved;
                    tok->done = done;
                }
                return 0;
            }
        }
        char msg[64];
        snprintf(msg, sizeof(msg), "invalid %s literal", kind);
        (void)numstart;
        tok_error_at(tok, GL_ERR_SYNTAX, tok->cur, msg);  // offset = index of that char
        return -1;
    }
    return 0;
}

/* digits with single underscores between them; returns -1 on a bad underscore */
static int
tok_digits(GlTokenizer *tok, int (*isdig)(int), const char *kind)
{
    for (;;) {
        while (peekc(tok, 0) >= 0 && isdig(peekc(tok, 0))) {
            tok->cur++;
        }
        if (peekc(tok, 0) != '_') {
            return 0;
        }
        tok->cur++;
        if (peekc(tok, 0) < 0 || !isdig(peekc(tok, 0))) {
            char msg[64];
            snprintf(msg, sizeof(msg), "invalid %s literal", kind);
            tok_error_at(tok, GL_ERR_SYNTAX, tok->cur, msg);
            return -1;
        }
    }
}

static int is_dec(int c) { return c >= '0' && c <= '9'; }
static int is_hex(int c) { return is_dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
static int is_oct(int c) { return c >= '0' && c <= '7'; }
static int is_bin(int c) { return c == '0' || c == '1'; }

static int
tok_exponent_and_imag(GlTokenizer *tok, const char *start)
{
    int c = peekc(tok, 0);
    if (c == 'e' || c == 'E') {
        const char *save = tok->cur;
        tok->cur++;
        c = peekc(tok, 0);
        if (c == '+' || c == '-') {
            tok->cur++;
            c = peekc(tok, 0);
        }
        if (c < 0 || !is_dec(c)) {
            if (tok->cur != save + 1) {  // sign without digits: "1e+"
                tok_error_at(tok, GL_ERR_SYNTAX, tok->cur, "invalid decimal literal");
                return -1;
            }
            tok->cur = save;  // "1e" / "1else": judged like any identifier character
            return verify_end_of_number(tok, start, "decimal");
        }
        if (tok_digits(tok, is_dec, "decimal") < 0) {
            return -1;
        }
    }
    if (peekc(tok, 0) == 'j' || peekc(tok, 0) == 'J') {
        tok->cur++;
        return verify_end_of_number(tok, start, "imaginary");
    }
    return verify_end_of_number(tok, start, "decimal");
}

static int
tok_number(GlTokenizer *tok, const char *start)
{
    int c = (unsigned char)*start;
    if (c == '0') {
        int x = peekc(tok, 0);
        int (*isdig)(int) = NULL;
        const char *kind = NULL;
        if (x == 'x' || x == 'X') {
            isdig = is_hex, kind = "hexadecimal";
        } else if (x == 'o' || x == 'O') {
            isdig = is_oct, kind = "octal";
        } else if (x == 'b' || x == 'B') {
            isdig = is_bin, kind = "binary";
        }
        if (isdig != NULL) {
            tok->cur++;
            if (peekc(tok, 0) == '_') {
                tok->cur++;
            }
            if (peekc(tok, 0) < 0 || !isdig(peekc(tok, 0))) {
                int d = peekc(tok, 0);
                if (d >= 0 && is_dec(d) && isdig != is_hex) {
                    char msg[64];
                    snprintf(msg, sizeof(msg), "invalid digit '%c' in %s literal", d, kind);
                    tok_error_at(tok, GL_ERR_SYNTAX, tok->cur + 1, msg);
                    return -1;
                }
                char msg[64];
                snprintf(msg, sizeof(msg), "invalid %s literal", kind);
                tok_error_at(tok, GL_ERR_SYNTAX, tok->cur, msg);
                return -1;
            }
            if (tok_digits(tok, isdig, kind) < 0) {
                return -1;
            }
            int d = peekc(tok, 0);
            if (d >= 0 && is_dec(d) && isdig != is_hex) {
                char msg[64];
                snprintf(msg, sizeof(msg), "invalid digit '%c' in %s literal", d, kind);
                tok_error_at(tok, GL_ERR_SYNTAX, tok->cur + 1, msg);
                return -1;
            }
            return verify_end_of_number(tok, start, kind);
        }
        /* decimal starting with 0: only zeros allowed unless float/imaginary follows */
        int nonzero = 0;
        for (;;) {
            while (peekc(tok, 0) == '0') {
                tok->cur++;
            }
            if (peekc(tok, 0) == '_') {
                tok->cur++;
                if (peekc(tok, 0) < 0 || !is_dec(peekc(tok, 0))) {
                    tok_error_at(tok, GL_ERR_SYNTAX, tok->cur, "invalid decimal literal");
                    return -1;
                }
                continue;
            }
            break;
        }
        const char *zeros_end = tok->cur;
        if (peekc(tok, 0) >= 0 && is_dec(peekc(tok, 0))) {
            nonzero = 1;
            if (tok_digits(tok, is_dec, "decimal") < 0) {
                return -1;
            }
        }
        int d = peekc(tok, 0);
        if (d == '.' || d == 'e' || d == 'E' || d == 'j' || d == 'J') {
            goto fraction;
        }
        if (nonzero) {
            int first = tok->err->kind == GL_ERR_NONE;
            GlCompileError_Set(tok->err, tok->arena, tok->src, (size_t)(tok->end - tok->src),
                               GL_ERR_SYNTAX, tok->lineno, (int)(start - tok->line_start),
                               tok->lineno, (int)(zeros_end - tok->line_start),
                               "leading zeros in decimal integer literals are not permitted; "
                               "use an 0o prefix for octal integers");
            if (first) {
                GlCompileError_StripTextNewline(tok->err, tok->arena);
            }
            tok->done = 1;
            return -1;
        }
        return verify_end_of_number(tok, start, "decimal");
    }
    if (c != '.') {
        if (tok_digits(tok, is_dec, "decimal") < 0) {
            return -1;
        }
    }
fraction:
    if (c == '.' || peekc(tok, 0) == '.') {
        if (c != '.') {
            tok->cur++;
        }
        if (peekc(tok, 0) >= 0 && is_dec(peekc(tok, 0))) {
            if (tok_digits(tok, is_dec, "decimal") < 0) {
                return -1;
            }
        }
    }
    return tok_exponent_and_imag(tok, start);
}

/* ---- strings --------------------------------------------------------------------------- */

static GlTokType
tok_string(GlTokenizer *tok, const char *start, int quote, GlToken *out)
{
    int start_lineno = tok->lineno;
    const char *start_line = tok->line_start;
    int triple = peekc(tok, 0) == quote && peekc(tok, 1) == quote;
    if (triple) {
        tok->cur += 2;
    }
    int end_quote_size = 0, quote_size = triple ? 3 : 1;
    while (end_quote_size != quote_size) {
        if (tok->cur >= tok->end) {
            goto unterminated;
        }
        int c = (unsigned char)*tok->cur++;
        if (c == '\n' || c == '\r') {
            if (!triple) {
                tok->cur--;
                goto unterminated;
            }
            if (c == '\r' && peekc(tok, 0) == '\n') {
                tok->cur++;
            }
            newline_seen(tok);
            end_quote_size = 0;
        } else if (c == quote) {
            end_quote_size++;
        } else {
            end_quote_size = 0;
            if (c == '\\') {
                if (tok->cur < tok->end) {
                    int d = (unsigned char)*tok->cur++;
                    if (d == '\r' && peekc(tok, 0) == '\n') {
                        tok->cur++;
                        newline_seen(tok);
                    } else if (d == '\n' || d == '\r') {
                        newline_seen(tok);
                    }
                }
            }
        }
    }
    out->end = tok->cur;
    return GL_TOK_STRING;

unterminated: {
        int detected = tok->lineno;
        if (triple && tok->cur >= tok->end && tok->cur > tok->src && tok->cur[-1] == '\n') {
            detected--;  // CPython counts the lines that exist, not the one after the last \n
        }
        tok->lineno = start_lineno;
        tok->line_start = start_line;
        char msg[96];
        snprintf(msg, sizeof(msg), "unterminated %sstring literal (detected at line %d)",
                 triple ? "triple-quoted " : "", detected);
        tok->eof_in_string = triple;
        return tok_error_at(tok, GL_ERR_SYNTAX, start + 1, msg);
    }
}

/* ---- the main loop -------------------------------------------------------------------- */

static GlTokType
tok_op(GlTokenizer *tok, int c)
{
    int c2 = peekc(tok, 0), c3 = peekc(tok, 1);
    struct { const char *s; GlTokType t; } three[] = {
        {"**=", GL_TOK_DOUBLESTAREQUAL}, {"//=", GL_TOK_DOUBLESLASHEQUAL},
        {"<<=", GL_TOK_LEFTSHIFTEQUAL}, {">>=", GL_TOK_RIGHTSHIFTEQUAL}, {"...", GL_TOK_ELLIPSIS},
    };
    for (size_t i = 0; i < sizeof(three) / sizeof(three[0]); i++) {
        if (c == three[i].s[0] && c2 == three[i].s[1] && c3 == three[i].s[2]) {
            tok->cur += 2;
            return three[i].t;
        }
    }
    static const char *const two_s[] = {
        "==", "!=", "<=", ">=", "<<", ">>", "**", "+=", "-=", "*=", "/=", "%=", "&=", "|=",
        "^=", "//", "@=", "->", ":=", "<>",
    };
    static const GlTokType two_t[] = {
        GL_TOK_EQEQUAL, GL_TOK_NOTEQUAL, GL_TOK_LESSEQUAL, GL_TOK_GREATEREQUAL,
        GL_TOK_LEFTSHIFT, GL_TOK_RIGHTSHIFT, GL_TOK_DOUBLESTAR, GL_TOK_PLUSEQUAL,
        GL_TOK_MINEQUAL, GL_TOK_STAREQUAL, GL_TOK_SLASHEQUAL, GL_TOK_PERCENTEQUAL,
        GL_TOK_AMPEREQUAL, GL_TOK_VBAREQUAL, GL_TOK_CIRCUMFLEXEQUAL, GL_TOK_DOUBLESLASH,
        GL_TOK_ATEQUAL, GL_TOK_RARROW, GL_TOK_COLONEQUAL, GL_TOK_NOTEQUAL,
    };
    for (size_t i = 0; i < sizeof(two_s) / sizeof(two_s[0]); i++) {
        if (c == two_s[i][0] && c2 == two_s[i][1]) {
            if (i == 19) {
                break;  // "<>" is only valid with barry_as_FLUFL
            }
            tok->cur += 1;
            return two_t[i];
        }
    }
    switch (c) {
    case '(': return GL_TOK_LPAR;
    case ')': return GL_TOK_RPAR;
    case '[': return GL_TOK_LSQB;
    case ']': return GL_TOK_RSQB;
    case ':': return GL_TOK_COLON;
    case ',': return GL_TOK_COMMA;
    case ';': return GL_TOK_SEMI;
    case '+': return GL_TOK_PLUS;
    case '-': return GL_TOK_MINUS;
    case '*': return GL_TOK_STAR;
    case '/': return GL_TOK_SLASH;
    case '|': return GL_TOK_VBAR;
    case '&': return GL_TOK_AMPER;
    case '<': return GL_TOK_LESS;
    case '>': return GL_TOK_GREATER;
    case '=': return GL_TOK_EQUAL;
    case '.': return GL_TOK_DOT;
    case '%': return GL_TOK_PERCENT;
    case '{': return GL_TOK_LBRACE;
    case '}': return GL_TOK_RBRACE;
    case '~': return GL_TOK_TILDE;
    case '^': return GL_TOK_CIRCUMFLEX;
    case '@': return GL_TOK_AT;
    default: return GL_TOK_ERROR;
    }
}

static GlTokType
tok_brackets(GlTokenizer *tok, GlTokType t, const char *start)
{
    int c = (unsigned char)*start;
    if (t == GL_TOK_LPAR || t == GL_TOK_LSQB || t == GL_TOK_LBRACE) {
        if (tok->level >= GL_TOK_MAXLEVEL) {
            return tok_error_at(tok, GL_ERR_SYNTAX, start + 1, "too many nested parentheses");
        }
        tok->parenstack[tok->level] = (char)c;
        tok->parenlinenostack[tok->level] = tok->lineno;
        tok->parencolstack[tok->level] = (int)(start - tok->line_start);
        tok->level++;
    } else if (t == GL_TOK_RPAR || t == GL_TOK_RSQB || t == GL_TOK_RBRACE) {
        char msg[128];
        if (tok->level == 0) {
            snprintf(msg, sizeof(msg), "unmatched '%c'", c);
            return tok_error_at(tok, GL_ERR_SYNTAX, start + 1, msg);
        }
        tok->level--;
        int open = tok->parenstack[tok->level];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
              (open == '{' && c == '}'))) {
            if (tok->parenlinenostack[tok->level] != tok->lineno) {
                snprintf(msg, sizeof(msg), "closing parenthesis '%c' does not match opening "
                         "parenthesis '%c' on line %d", c, open,
                         tok->parenlinenostack[tok->level]);
            } else {
                snprintf(msg, sizeof(msg), "closing parenthesis '%c' does not match opening "
                         "parenthesis '%c'", c, open);
            }
            return tok_error_at(tok, GL_ERR_SYNTAX, start + 1, msg);
        }
    }
    return t;
}

static GlTokType
tok_get(GlTokenizer *tok, GlToken *out)
{
    if (tok->done) {
        return tok->err->kind != GL_ERR_NONE ? GL_TOK_ERROR : GL_TOK_ENDMARKER;
    }
again:
    if (tok->atbol && tok->level == 0 && !tok->cont_line) {
        tok->atbol = 0;
        int r = tok_indentation(tok);
        if (r == GL_TOK_ERROR) {
            return GL_TOK_ERROR;
        }
        if (r == 1) {
            // blank line: skip to its end (comment included)
            while (tok->cur < tok->end && *tok->cur != '\n') {
                tok->cur++;
            }
            if (tok->cur < tok->end) {
                tok->cur++;
                newline_seen(tok);
                tok->atbol = 1;
                goto again;
            }
        }
    }
    tok->atbol = 0;
    tok->cont_line = 0;
    out->line_start = tok->line_start;
    out->lineno = out->end_lineno = tok->lineno;
    if (tok->pending != 0) {
        out->start = out->end = tok->cur;
        out->col = out->end_col = (int)(tok->cur - tok->line_start);
        if (tok->pending > 0) {
            tok->pending--;
            return GL_TOK_INDENT;
        }
        tok->pending++;
        return GL_TOK_DEDENT;
    }
    // skip spaces and comments
    while (tok->cur < tok->end && (*tok->cur == ' ' || *tok->cur == '\t' || *tok->cur == '\014')) {
        tok->cur++;
    }
    const char *comment = NULL;
    if (tok->cur < tok->end && *tok->cur == '#') {
        comment = tok->cur;
        while (tok->cur < tok->end && *tok->cur != '\n') {
            tok->cur++;
        }
    }
    const char *start = tok->cur;
    out->start = start;
    out->col = (int)(start - tok->line_start);
    out->line_start = tok->line_start;
    out->lineno = tok->lineno;
    if (tok->cur >= tok->end) {
        /* end of input: implicit NEWLINE, then DEDENTs, then ENDMARKER */
        out->end = start;
        out->end_col = out->col;
        if (tok->level > 0 && !tok->emitted_newline) {
            tok->done = 1;
            tok->emitted_newline = 1;
            return GL_TOK_ENDMARKER;
        }
        if (!tok->emitted_newline) {
            tok->emitted_newline = 1;
            if (tok->pending_newline_needed) {
                out->end_col = out->col + 1;
                return GL_TOK_NEWLINE;
            }
        }
        if (tok->indent > 0) {
            tok->indent--;
            return GL_TOK_DEDENT;
        }
        tok->done = 1;
        return GL_TOK_ENDMARKER;
    }
    int c = (unsigned char)*tok->cur++;
    if (c == '\n' || c == '\r') {
        if (c == '\r' && peekc(tok, 0) == '\n') {
            tok->cur++;
        }
        newline_seen(tok);
        if (tok->level > 0) {
            goto again;
        }
        tok->atbol = 1;
        out->end = tok->cur;
        out->end_col = out->col + 1;
        if (comment != NULL) {
            out->col = (int)(comment - out->line_start);  // as CPython: starts at the '#'
        }
        return GL_TOK_NEWLINE;
    }
    if (c == '\\') {
        if (tok->cur >= tok->end && !tok->exec_input) {
            /* 'single'/'eval' text gets no final newline in CPython: E_LINECONT */
            int first = tok->err->kind == GL_ERR_NONE;
            GlCompileError_Set(tok->err, tok->arena, tok->src, (size_t)(tok->end - tok->src),
                               GL_ERR_SYNTAX, tok->lineno, (int)(tok->cur - tok->line_start) - 1,
                               tok->lineno, -1,
                               "unexpected character after line continuation character");
            if (first) {
                tok->err->end_offset = 0;
                tok->err->text_no_newline = 1;
            }
            tok->eof_in_cont = 1;
            tok->done = 1;
            return GL_TOK_ERROR;
        }
        if (tok->cur >= tok->end || (tok->cur + 1 >= tok->end && *tok->cur == '\n')) {
            /* the end right after a continuation: reported on the backslash's line */
            tok->eof_in_cont = 1;
            int first = tok->err->kind == GL_ERR_NONE;
            tok_error_at(tok, GL_ERR_SYNTAX, tok->cur + 1, "unexpected EOF while parsing");
            if (first) {
                tok->err->end_offset = -1;
            }
            return GL_TOK_ERROR;
        }
        c = (unsigned char)*tok->cur;
        if (c == '\r' && peekc(tok, 1) == '\n') {
            tok->cur++;
            c = '\n';
        }
        if (c != '\n' && c != '\r') {
            GlCompileError_Set(tok->err, tok->arena, tok->src, (size_t)(tok->end - tok->src),
                               GL_ERR_SYNTAX, tok->lineno, (int)(tok->cur - tok->line_start),
                               tok->lineno, -1,
                               "unexpected character after line continuation character");
            tok->err->end_offset = 0;
            tok->done = 1;
            return GL_TOK_ERROR;
        }
        tok->cur++;
        newline_seen(tok);
        tok->cont_line = 1;
        goto again;
    }
    /* identifiers, possibly string prefixes */
    if (is_name_byte(c) && !(c >= '0' && c <= '9')) {
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
        const char *p = start;
        for (;;) {
            int d = (unsigned char)*p | 0x20;
            if (d == 'b' && !saw_b && !saw_u && !saw_f) {
                saw_b = 1;
            } else if (d == 'r' && !saw_r && !saw_u) {
                saw_r = 1;
            } else if (d == 'u' && !saw_b && !saw_r && !saw_u && !saw_f) {
                saw_u = 1;
            } else if (d == 'f' && !saw_f && !saw_b && !saw_u) {
                saw_f = 1;
            } else {
                break;
            }
            p++;
            if (p < tok->end && (*p == '"' || *p == '\'')) {
                tok->cur = p + 1;
                GlTokType t = tok_string(tok, start, (unsigned char)*p, out);
                goto finish_string;
            finish_string:
                if (t == GL_TOK_ERROR) {
                    return t;
                }
                out->end_lineno = tok->lineno;
                out->end_col = (int)(tok->cur - tok->line_start);
                return t;
            }
            if (p >= tok->end) {
                break;
            }
        }
        tok->cur = start;
        while (tok->cur < tok->end && is_name_byte((unsigned char)*tok->cur)) {
            if ((unsigned char)*tok->cur >= 0x80) {
                unsigned cp = 0;
                int n = utf8_decode(tok->cur, tok->end, &cp);
                if (n == 0 || !cp_identifier(cp)) {
                    if (tok->cur == start || n == 0 || !cp_identifier(cp)) {
                        return invalid_character(tok, tok->cur);
                    }
                }
                tok->cur += n;
            } else {
                tok->cur++;
            }
        }
        out->end = tok->cur;
        out->end_col = (int)(tok->cur - tok->line_start);
        return keyword_type(start, (size_t)(tok->cur - start));
    }
    if (c >= '0' && c <= '9') {
        if (tok_number(tok, start) < 0) {
            return GL_TOK_ERROR;
        }
        out->end = tok->cur;
        out->end_col = (int)(tok->cur - tok->line_start);
        return GL_TOK_NUMBER;
    }
    if (c == '.' && peekc(tok, 0) >= '0' && peekc(tok, 0) <= '9') {
        if (tok_number(tok, start) < 0) {
            return GL_TOK_ERROR;
        }
        out->end = tok->cur;
        out->end_col = (int)(tok->cur - tok->line_start);
        return GL_TOK_NUMBER;
    }
    if (c == '"' || c == '\'') {
        GlTokType t = tok_string(tok, start, c, out);
        if (t == GL_TOK_ERROR) {
            return t;
        }
        out->end_lineno = tok->lineno;
        out->end_col = (int)(tok->cur - tok->line_start);
        return t;
    }
    GlTokType t = tok_op(tok, c);
    if (t == GL_TOK_ERROR) {
        if (c == 0) {
            return tok_error_at(tok, GL_ERR_SYNTAX, start + 1,
                                "source code cannot contain null bytes");
        }
        if (c == '!') {
            return tok_error_at(tok, GL_ERR_SYNTAX, start + 1, "invalid syntax");
        }
        if (c >= 0x80 || c < 0x20 || c == 0x7F) {
            return invalid_character(tok, start);
        }
        char msg[64];
        snprintf(msg, sizeof(msg), "invalid character '%c' (U+%04X)", c, c);
        if (c == '$' || c == '?' || c == '`') {
            /* CPython produces an ERRORTOKEN here and reports "invalid syntax" */
            tok_error_at(tok, GL_ERR_SYNTAX, start + 1, "invalid syntax");
            tok->err->end_offset = tok->err->offset + 1;
            return GL_TOK_ERROR;
        }
        return tok_error_at(tok, GL_ERR_SYNTAX, start + 1, msg);
    }
    t = tok_brackets(tok, t, start);
    if (t == GL_TOK_ERROR) {
        return t;
    }
    out->end = tok->cur;
    out->end_col = (int)(tok->cur - tok->line_start);
    return t;
}

GlTokType
GlTokenizer_Next(GlTokenizer *tok, GlToken *out)
{
    memset(out, 0, sizeof(*out));
    GlTokType t = tok_get(tok, out);
    out->type = t;
    if (t != GL_TOK_ERROR && t != GL_TOK_NEWLINE && t != GL_TOK_INDENT &&
        t != GL_TOK_DEDENT && t != GL_TOK_ENDMARKER) {
        tok->pending_newline_needed = 1;
    } else if (t == GL_TOK_NEWLINE) {
        tok->pending_newline_needed = 0;
    }
    return t;
}
