/*
 * tokenizer.h - Python 3.11 tokenizer: UTF-8 source text to a stream of tokens.
 *
 * Invariants:
 * - Tokens point into the source buffer (start/end), which must outlive them.
 * - Positions as CPython: lineno 1-based, col 0-based byte offset in its line, end
 *   exclusive. NEWLINE sits on the newline character (or at end of input, where an
 *   implicit one is supplied); INDENT/DEDENT are zero-width at the start of the line.
 * - Inside brackets no NEWLINE/INDENT/DEDENT is produced; the bracket stack never
 *   exceeds GL_TOK_MAXLEVEL (deeper is "too many nested parentheses").
 * - Once an error was returned, every further call returns GL_TOK_ERROR again.
 *
 * Matches CPython 3.11's Parser/tokenizer.c, including its error messages and offsets for
 * the common cases (unterminated strings, bad numbers, invalid characters, brackets,
 * indentation, TabError). A STRING token covers the whole literal with its prefix,
 * f-strings included (as in 3.11); the parser decodes it.
 */
#ifndef GLASS_COMPILER_TOKENIZER_H
#define GLASS_COMPILER_TOKENIZER_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"

typedef enum GlTokType {
    GL_TOK_ERROR = -1,
    GL_TOK_ENDMARKER = 0, GL_TOK_NAME, GL_TOK_NUMBER, GL_TOK_STRING, GL_TOK_NEWLINE,
    GL_TOK_INDENT, GL_TOK_DEDENT,
    /* operators */
    GL_TOK_LPAR, GL_TOK_RPAR, GL_TOK_LSQB, GL_TOK_RSQB, GL_TOK_COLON, GL_TOK_COMMA,
    GL_TOK_SEMI, GL_TOK_PLUS, GL_TOK_MINUS, GL_TOK_STAR, GL_TOK_SLASH, GL_TOK_VBAR,
    GL_TOK_AMPER, GL_TOK_LESS, GL_TOK_GREATER, GL_TOK_EQUAL, GL_TOK_DOT, GL_TOK_PERCENT,
    GL_TOK_LBRACE, GL_TOK_RBRACE, GL_TOK_EQEQUAL, GL_TOK_NOTEQUAL, GL_TOK_LESSEQUAL,
    GL_TOK_GREATEREQUAL, GL_TOK_TILDE, GL_TOK_CIRCUMFLEX, GL_TOK_LEFTSHIFT,
    GL_TOK_RIGHTSHIFT, GL_TOK_DOUBLESTAR, GL_TOK_PLUSEQUAL, GL_TOK_MINEQUAL,
    GL_TOK_STAREQUAL, GL_TOK_SLASHEQUAL, GL_TOK_PERCENTEQUAL, GL_TOK_AMPEREQUAL,
    GL_TOK_VBAREQUAL, GL_TOK_CIRCUMFLEXEQUAL, GL_TOK_LEFTSHIFTEQUAL,
    GL_TOK_RIGHTSHIFTEQUAL, GL_TOK_DOUBLESTAREQUAL, GL_TOK_DOUBLESLASH,
    GL_TOK_DOUBLESLASHEQUAL, GL_TOK_AT, GL_TOK_ATEQUAL, GL_TOK_RARROW, GL_TOK_ELLIPSIS,
    GL_TOK_COLONEQUAL,
    /* keywords (NAME tokens whose spelling is reserved) */
    GL_TOK_KW_FALSE, GL_TOK_KW_NONE, GL_TOK_KW_TRUE, GL_TOK_KW_AND, GL_TOK_KW_AS,
    GL_TOK_KW_ASSERT, GL_TOK_KW_ASYNC, GL_TOK_KW_AWAIT, GL_TOK_KW_BREAK, GL_TOK_KW_CLASS,
    GL_TOK_KW_CONTINUE, GL_TOK_KW_DEF, GL_TOK_KW_DEL, GL_TOK_KW_ELIF, GL_TOK_KW_ELSE,
    GL_TOK_KW_EXCEPT, GL_TOK_KW_FINALLY, GL_TOK_KW_FOR, GL_TOK_KW_FROM, GL_TOK_KW_GLOBAL,
    GL_TOK_KW_IF, GL_TOK_KW_IMPORT, GL_TOK_KW_IN, GL_TOK_KW_IS, GL_TOK_KW_LAMBDA,
    GL_TOK_KW_NONLOCAL, GL_TOK_KW_NOT, GL_TOK_KW_OR, GL_TOK_KW_PASS, GL_TOK_KW_RAISE,
    GL_TOK_KW_RETURN, GL_TOK_KW_TRY, GL_TOK_KW_WHILE, GL_TOK_KW_WITH, GL_TOK_KW_YIELD,
    GL_TOK_NTYPES
} GlTokType;

enum { GL_TOK_MAXLEVEL = 200, GL_TOK_MAXINDENT = 100 };

typedef struct GlToken {
    GlTokType type;
    const char *start, *end;    // token text [start, end) in the source
    int lineno, col;            // start position (col: bytes from line start)
    int end_lineno, end_col;    // end position, exclusive
    const char *line_start;     // start of the line holding `start`
} GlToken;

typedef struct GlTokenizer {
    const char *src, *cur, *end;      // whole buffer, read position, end of input
    const char *line_start;           // start of the current line
    int lineno;
    int atbol;                        // at beginning of a logical line
    int pending;                      // >0: INDENTs to emit, <0: DEDENTs to emit
    int indstack[GL_TOK_MAXINDENT + 1], altindstack[GL_TOK_MAXINDENT + 1];
    int indent;                       // top of indstack
    int level;                        // bracket nesting
    char parenstack[GL_TOK_MAXLEVEL];
    int parenlinenostack[GL_TOK_MAXLEVEL], parencolstack[GL_TOK_MAXLEVEL];
    int cont_line;                    // last line ended with a backslash
    int emitted_newline;              // an implicit NEWLINE at EOF was produced
    int done;                         // ENDMARKER or error produced
    int eof_in_string;                // error was EOF inside a triple-quoted string
    int eof_in_cont;                  // error was EOF after a backslash continuation
    int pending_newline_needed;       // tokens since the last NEWLINE
    int exec_input;                   // 'exec' source: CPython ends it with a newline
    GlArena *arena;
    GlSyntaxErrorInfo *err;
    GlArena *warn_arena;              // for warnings (set by Init; arena may be cleared)
    int warn_line_offset;             // added to the line of warnings (f-string sub-parsers)
} GlTokenizer;

/* Prepare to tokenize `len` bytes at `src` (a leading UTF-8 BOM is skipped). */
void GlTokenizer_Init(GlTokenizer *tok, const char *src, size_t len, GlArena *arena,
                      GlSyntaxErrorInfo *err);

/* Produce the next token into *out and return its type; GL_TOK_ERROR with tok->err set. */
GlTokType GlTokenizer_Next(GlTokenizer *tok, GlToken *out);

/* Spelling of an operator or keyword token type ("(", "**=", "lambda"), else a name. */
const char *GlToken_Name(GlTokType type);

/*
 * Fill `err` with a compile-time error unless one is already recorded (the first error
 * wins). lineno is 1-based; col/end_col are 0-based byte offsets in their lines,
 * converted here to CPython's 1-based character offsets (offset = characters before col
 * + 1). A negative col gives offset 0; a negative end_col is stored as end_offset
 * unchanged. `src`/`len` is the whole source, used to copy the line text into `arena`
 * (no copy when arena is NULL).
 */
void GlCompileError_Set(GlSyntaxErrorInfo *err, GlArena *arena, const char *src, size_t len,
                        GlSyntaxErrorKind kind, int lineno, int col, int end_lineno,
                        int end_col, const char *fmt, ...);

/* Append a warning (message `msg`, warn_explicit line `lineno`) to err->warnings; returns
 * it, with an empty as_error for the caller to fill, or NULL when err->warnings is NULL
 * (nothing to record) or out of memory. */
GlCompileWarning *GlCompileWarning_Add(GlSyntaxErrorInfo *err, GlArena *arena, int deprecation,
                                       int lineno, const char *msg);

/* Drop the final newline of err->text, as the text of CPython's tokenizer errors (its
 * syntaxerror(): the line up to its '\n') has none, unlike the parser's. */
void GlCompileError_StripTextNewline(GlSyntaxErrorInfo *err, GlArena *arena);

/* Number of UTF-8 characters in the first `nbytes` bytes of `s`. */
int GlUtf8_CharCount(const char *s, int nbytes);

#endif /* GLASS_COMPILER_TOKENIZER_H */
