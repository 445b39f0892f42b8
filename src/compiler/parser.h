/*
 * parser.h - source text to AST: the public entry point of the front end.
 *
 * Invariants:
 * - On success the returned tree, and everything it points to, lives in `arena`.
 * - On failure NULL is returned and `err` is filled (kind != GL_ERR_NONE); no partial
 *   tree escapes. Nothing is allocated outside the arena that outlives the call.
 * - The parser never recurses without bound: nesting is counted and reported as
 *   "too many nested parentheses" (brackets, tokenizer level) or GL_ERR_RECURSION.
 *
 * Matches CPython 3.11's PEG parser: same AST for every accepted input (minus async,
 * await, match, except*), same SyntaxError message/line/offset for the common errors.
 * The checks CPython does in its compiler rather than its parser ('return' outside
 * function, 'break' outside loop, ...) are done by GlAst_Validate / the symtable.
 */
#ifndef GLASS_COMPILER_PARSER_H
#define GLASS_COMPILER_PARSER_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"

enum {
    GL_PARSE_FILE = 0,    // a module: GL_AST_MODULE        (compile(..., 'exec'))
    GL_PARSE_EVAL = 1,    // one expression: GL_AST_EXPRESSION (compile(..., 'eval'))
    GL_PARSE_SINGLE = 2,  // one interactive statement: GL_AST_INTERACTIVE ('single')
    GL_PARSE_INCOMPLETE = 8,  // flag with GL_PARSE_SINGLE: report GL_ERR_INCOMPLETE (REPL)
    GL_PARSE_IGNORE_COOKIE = 16, // flag: UTF-8 from a str, a PEP 263 cookie is ignored
    GL_PARSE_WARNINGS = 32,      // flag: record warnings in err->warnings (in the arena)
    GL_PARSE_NO_DEDENT = 64      // flag with GL_PARSE_SINGLE | GL_PARSE_INCOMPLETE: a compound
                                 // statement not ended by a newline is incomplete
                                 // (CPython's PyCF_DONT_IMPLY_DEDENT, used by codeop)
};

/*
 * Parse `len` bytes of UTF-8 source (a leading BOM is skipped; NUL bytes are an error).
 * `filename` is only copied into err->filename. Returns the tree or NULL with `err`
 * filled. With GL_PARSE_SINGLE | GL_PARSE_INCOMPLETE, input that ends inside an open
 * bracket, a triple-quoted string, after a block header or a backslash continuation
 * gives GL_ERR_INCOMPLETE so a REPL can ask for more lines (CPython's
 * PyCF_ALLOW_INCOMPLETE_INPUT); compile(..., 'single') reports the ordinary error.
 * Runs no Python code.
 */
GlAstMod *GlParser_Parse(GlArena *arena, const char *src, size_t len, const char *filename,
                         int mode, GlSyntaxErrorInfo *err);

/*
 * Check what CPython's compiler rejects before emitting code: 'return'/'yield' outside
 * function, 'break' outside loop, 'continue' not properly in loop, 'await' etc. Returns
 * 0 if fine, -1 with `err` filled. (GlSymtable_Build calls this itself.)
 */
int GlAst_Validate(GlArena *arena, GlAstMod *mod, const char *src, size_t len,
                   GlSyntaxErrorInfo *err);

/*
 * Resolver for \N{NAME} escapes in str literals: returns 0 and sets *cp, or -1 if the
 * name is unknown. With none installed (the default) every \N{...} is a SyntaxError
 * ("unknown Unicode character name"). The runtime installs one once at startup (from its
 * unicodedata tables); the parser itself carries no Unicode name database.
 */
typedef int (*GlUnicodeNameLookup)(const char *name, size_t len, unsigned *cp);
void GlParser_SetUnicodeNameLookup(GlUnicodeNameLookup fn);

#endif /* GLASS_COMPILER_PARSER_H */
