/*
 * parser_int.h - internal interface shared by parser.c, parser_expr.c, parser_stmt.c and
 * parser_string.c (not for use outside src/compiler).
 *
 * Invariants:
 * - Tokens are fetched lazily into `chunks` (malloc'd, never moved, so GlToken pointers
 *   stay valid; freed by GlParser_FreeTokens); `pos`
 *   indexes the next unconsumed token and never passes the ENDMARKER.
 * - Every parse function returns NULL (or -1) exactly when p->err->kind is set; the
 *   first error recorded wins (later ones are ignored by GlCompileError_Set).
 * - p->depth counts nested expression recursion; past GL_PARSER_MAXDEPTH, or when the
 *   C stack runs low, the parser fails with GL_ERR_NOMEM (MemoryError, as CPython's).
 * - All nodes are allocated from p->arena.
 */
#ifndef GLASS_COMPILER_PARSER_INT_H
#define GLASS_COMPILER_PARSER_INT_H

#include "arena.h"
#include "ast.h"
#include "parser.h"
#include "tokenizer.h"

enum { GL_PARSER_MAXDEPTH = 6000, GL_TOK_CHUNK = 256 };   // CPython: MAXSTACK 6000

typedef struct GlParser {
    GlArena *arena;
    const char *src;         // whole source (for error line text)
    size_t len;
    GlTokenizer tok;
    GlToken **chunks;        // fetched tokens, GL_TOK_CHUNK per malloc'd chunk (stable)
    int nchunks;
    int ntoks;
    int pos;                 // next token
    GlSyntaxErrorInfo *err;
    int depth;
    int mode;                // GL_PARSE_FILE, _EVAL or _SINGLE
    int allow_incomplete;    // GL_PARSE_INCOMPLETE was given: end of input -> GL_ERR_INCOMPLETE
    int no_dedent;           // GL_PARSE_NO_DEDENT was given (with allow_incomplete)
    int fstring_line, fstring_col;  // offsets applied to positions in f-string sub-parsers
    int is_fstring;          // sub-parser for an f-string replacement field
    int fstring_err_col;     // CPython's starting_col_offset of that sub-parser
    const char *filename;
    int parsed_ok;           // the error came after a successful parse (no tokenizer re-scan)
    const GlToken *str_next; // token after the string literals GlParser_Strings decodes
    GlAstExpr *bare_genexp;  // last generator argument written without its own parentheses
} GlParser;

/* Growable array in the arena (old storage is abandoned on growth). */
typedef struct GlVec {
    void **items;
    int n, cap;
} GlVec;

int GlVec_Push(GlParser *p, GlVec *v, void *item);

static inline GlToken *
GlParser_Tok(GlParser *p, int i)
{
    return &p->chunks[i / GL_TOK_CHUNK][i % GL_TOK_CHUNK];
}

void GlParser_FreeTokens(GlParser *p);

/* token access: the token `k` ahead of pos (filling lazily); an ERROR token on failure */
GlToken *GlParser_Peek(GlParser *p, int k);
GlToken *GlParser_Next(GlParser *p);  // consume and return the current token
int GlParser_Check(GlParser *p, GlTokType t);  // current token has type t
GlToken *GlParser_Accept(GlParser *p, GlTokType t);  // consume if type t, else NULL
GlToken *GlParser_Expect(GlParser *p, GlTokType t);  // consume or fail with invalid syntax
GlToken *GlParser_Prev(GlParser *p);  // last consumed token

/* errors; all return NULL for convenience */
void *GlParser_ErrorTok(GlParser *p, GlSyntaxErrorKind kind, const GlToken *a,
                        const GlToken *b, const char *fmt, ...);
/* 1 if t is a DEDENT or ENDMARKER made at the end of input, or there the NEWLINE that
 * 'eval'/'single' text lacks (not in an f-string). */
int GlParser_AtEof(const GlParser *p, const GlToken *t);
/* CPython's RAISE_SYNTAX_ERROR at an end-of-input token (which has no position): on the
 * last line, offset = its length with the newline, end_offset -1. Returns NULL. */
void *GlParser_ErrorAtEof(GlParser *p, GlSyntaxErrorKind kind, const char *fmt, ...);
void *GlParser_ErrorRange(GlParser *p, GlSyntaxErrorKind kind, int lineno, int col,
                          int end_lineno, int end_col, const char *fmt, ...);
void *GlParser_ErrorExpr(GlParser *p, const GlAstExpr *e, const char *fmt, ...);
int GlParser_StartsExpression(GlTokType t);  // t can begin an expression
void *GlParser_Invalid(GlParser *p);  // generic "invalid syntax" at the current token
void *GlParser_NoMem(GlParser *p);
static inline int GlParser_Failed(GlParser *p) { return p->err->kind != GL_ERR_NONE; }

/* node constructors */
GlAstExpr *GlParser_NewExpr(GlParser *p, GlAstExprKind kind, const GlToken *start);
GlAstStmt *GlParser_NewStmt(GlParser *p, GlAstStmtKind kind, const GlToken *start);
void GlParser_EndExpr(GlParser *p, GlAstExpr *e);  // end position = previous token's end
void GlParser_EndStmt(GlParser *p, GlAstStmt *s);
const char *GlParser_Ident(GlParser *p, const GlToken *t);

/* expressions (parser_expr.c) */
GlAstExpr *GlParser_Expression(GlParser *p);
GlAstExpr *GlParser_NamedExpression(GlParser *p);
GlAstExpr *GlParser_StarExpressions(GlParser *p);   // may build a Tuple
GlAstExpr *GlParser_StarNamedExpressionsTuple(GlParser *p);
GlAstExpr *GlParser_Expressions(GlParser *p);       // expression list -> Tuple
GlAstExpr *GlParser_YieldExpr(GlParser *p);
GlAstExpr *GlParser_Disjunction(GlParser *p);
GlAstExpr *GlParser_BitwiseOr(GlParser *p);
GlAstExpr *GlParser_StarTargets(GlParser *p);       // parse + set Store context
GlAstExpr *GlParser_StarTarget(GlParser *p);        // one target, Store context
GlAstExpr *GlParser_StarNamedExpression(GlParser *p);
GlAstExpr *GlParser_StarExpression(GlParser *p);
int GlParser_DepthEnter(GlParser *p);

/* atoms, trailers, displays (parser_atom.c) */
GlAstExpr *GlParser_Primary(GlParser *p);
int GlParser_Comprehension(GlParser *p, GlAstComprehensionSeq *out);
GlAstArguments *GlParser_Parameters(GlParser *p, int is_lambda);
int GlParser_CallArgs(GlParser *p, GlAstExprSeq *args, GlAstKeywordSeq *kws);
/* Set ctx on a target; `what` is "assign"/"delete"; here_hint: add "here. Maybe ..." */
int GlParser_SetContext(GlParser *p, GlAstExpr *e, GlAstExprContext ctx);
const char *GlParser_ExprName(const GlAstExpr *e);
GlAstExpr *GlParser_Number(GlParser *p);  // the current NUMBER token as a Constant
int GlParser_IsBitwiseOrLevel(const GlAstExpr *e);

/* strings (parser_string.c): concatenate STRING tokens [first, first+n) into one node */
GlAstExpr *GlParser_Strings(GlParser *p, int first, int n);

/* statements (parser_stmt.c) */
int GlParser_Statements(GlParser *p, GlVec *out, int until_eof);
int GlParser_Statement(GlParser *p, GlVec *out);
int GlParser_Block(GlParser *p, GlAstStmtSeq *out, const char *what, const GlToken *hdr);
GlToken *GlParser_ExpectColon(GlParser *p);  // ':' or "expected ':'"
GlAstExpr *GlParser_Condition(GlParser *p);  // if/while test: named_expression, `x = 1` hints

/* match statement (parser_pattern.c): 1 parsed and pushed onto out, 0 not a match
   statement (nothing consumed, no error; *nl is set to the NEWLINE token when the line
   was `match <subject>` without ':', *far to the token after the subject otherwise, as
   CPython reports a plain "invalid syntax" at the furthest token it read), -1 error */
int GlParser_MatchStmt(GlParser *p, GlVec *out, GlToken **nl, GlToken **far);

#endif /* GLASS_COMPILER_PARSER_INT_H */
