/*
 * ast.h - the abstract syntax tree produced by the parser (CPython 3.11 Python.asdl).
 *
 * Node kinds, field names and field order mirror CPython 3.11's Python.asdl exactly, so
 * `v.FunctionDef.args`, `v.Call.keywords`, `v.Compare.ops` etc. mean what they mean in
 * CPython's ast module. AsyncFunctionDef, AsyncFor and AsyncWith are FunctionDef, For
 * and With with `is_async` set (same fields in CPython). Out of scope (never produced):
 * FunctionType, type_ignore, and type_comment fields.
 *
 * The `ast` module mirrors these structs: src/modules/_astmodule.c has one table row per
 * node kind (class name, each field's name, type and offsetof), used both to build the
 * Python nodes and to read them back for compile(tree). A new node kind or field here
 * needs its row there (its class is in lib/_ast_nodes.py already for every 3.11 node).
 * Every node kind below has its row, including Await, the Async* statements (extra
 * specs selected by is_async), Match, match_case and the patterns.
 *
 * Invariants:
 * - Every node, sequence and identifier lives in the GlArena it was parsed into and dies
 *   with it; nodes carry no runtime objects (constants are plain C data, see
 *   GlAstConstant).
 * - Sequences are `{ int n; T **items; }`; `items` has exactly `n` entries, all non-NULL
 *   except GlAstExprSeq in Dict.keys (NULL key = `**mapping` entry) and
 *   arguments.kw_defaults (NULL = keyword-only argument without a default). When n is 0
 *   `items` may be NULL.
 * - Optional fields (`expr?`, `identifier?`) are NULL when absent.
 * - Positions as CPython: lineno/end_lineno 1-based, col_offset/end_col_offset 0-based
 *   UTF-8 byte offsets; the end position is exclusive. Nodes without positions in the ASDL
 *   (arguments, comprehension, withitem) have none here either.
 * - Identifiers are NUL-terminated UTF-8 strings interned in the arena: equal spelling
 *   gives the same pointer (but compare with strcmp when pointers come from elsewhere).
 *   Non-ASCII identifiers are kept as written (CPython would NFKC-normalize them).
 * - Expression contexts (ctx) are set as CPython sets them: Store for assignment, for,
 *   with-as, comprehension targets and walrus targets; Del for del targets; Load otherwise.
 */
#ifndef GLASS_COMPILER_AST_H
#define GLASS_COMPILER_AST_H

#include <stddef.h>

typedef struct GlAstExpr GlAstExpr;
typedef struct GlAstStmt GlAstStmt;
typedef struct GlAstArg GlAstArg;
typedef struct GlAstArguments GlAstArguments;
typedef struct GlAstKeyword GlAstKeyword;
typedef struct GlAstAlias GlAstAlias;
typedef struct GlAstWithItem GlAstWithItem;
typedef struct GlAstComprehension GlAstComprehension;
typedef struct GlAstExceptHandler GlAstExceptHandler;
typedef struct GlAstPattern GlAstPattern;
typedef struct GlAstMatchCase GlAstMatchCase;

/* ---- sequences ------------------------------------------------------------------- */

typedef struct { int n; GlAstExpr **items; } GlAstExprSeq;
typedef struct { int n; GlAstStmt **items; } GlAstStmtSeq;
typedef struct { int n; const char **items; } GlAstIdentSeq;
typedef struct { int n; GlAstArg **items; } GlAstArgSeq;
typedef struct { int n; GlAstKeyword **items; } GlAstKeywordSeq;
typedef struct { int n; GlAstAlias **items; } GlAstAliasSeq;
typedef struct { int n; GlAstWithItem **items; } GlAstWithItemSeq;
typedef struct { int n; GlAstComprehension **items; } GlAstComprehensionSeq;
typedef struct { int n; GlAstExceptHandler **items; } GlAstExceptHandlerSeq;
typedef struct { int n; GlAstPattern **items; } GlAstPatternSeq;
typedef struct { int n; GlAstMatchCase **items; } GlAstMatchCaseSeq;
typedef struct { int n; int *items; } GlAstCmpOpSeq;  // items are GlAstCmpOp values

/* ---- small enums ----------------------------------------------------------------- */

typedef enum GlAstExprContext { GL_AST_LOAD = 1, GL_AST_STORE, GL_AST_DEL } GlAstExprContext;

typedef enum GlAstBoolOp { GL_AST_AND = 1, GL_AST_OR } GlAstBoolOp;

/* Same order as CPython's `operator` (Add=1 ... FloorDiv=13). */
typedef enum GlAstOperator {
    GL_AST_ADD = 1, GL_AST_SUB, GL_AST_MULT, GL_AST_MATMULT, GL_AST_DIV, GL_AST_MOD,
    GL_AST_POW, GL_AST_LSHIFT, GL_AST_RSHIFT, GL_AST_BITOR, GL_AST_BITXOR, GL_AST_BITAND,
    GL_AST_FLOORDIV
} GlAstOperator;

typedef enum GlAstUnaryOp { GL_AST_INVERT = 1, GL_AST_NOT, GL_AST_UADD, GL_AST_USUB } GlAstUnaryOp;

typedef enum GlAstCmpOp {
    GL_AST_EQ = 1, GL_AST_NOTEQ, GL_AST_LT, GL_AST_LTE, GL_AST_GT, GL_AST_GTE, GL_AST_IS,
    GL_AST_ISNOT, GL_AST_IN, GL_AST_NOTIN
} GlAstCmpOp;

/* ---- constants ------------------------------------------------------------------- */

typedef enum GlAstConstKind {
    GL_CONST_NONE, GL_CONST_TRUE, GL_CONST_FALSE, GL_CONST_ELLIPSIS,
    GL_CONST_INT, GL_CONST_FLOAT, GL_CONST_COMPLEX, GL_CONST_STR, GL_CONST_BYTES
} GlAstConstKind;

/*
 * A literal value, without runtime objects.
 * - INT: `s`/`len` is the literal's text with underscores removed, base prefix kept in
 *   lower case ("0x1f", "0o17", "0b101", "123"); the runtime converts it.
 * - FLOAT: value in `f`. COMPLEX: imaginary part in `f` (real part is 0).
 * - STR: decoded UTF-8 contents (escapes processed; may contain NUL, so use `len`).
 * - BYTES: decoded bytes in `s`/`len`.
 * `s` is NUL-terminated in every case that sets it (NUL not counted in len).
 * `is_u` is 1 for a string whose first piece had the `u` prefix (CPython's kind='u').
 */
typedef struct GlAstConstant {
    GlAstConstKind kind;
    const char *s;
    size_t len;
    double f;
    int is_u;
} GlAstConstant;

/* ---- expressions ----------------------------------------------------------------- */

typedef enum GlAstExprKind {
    GL_AST_BOOLOP = 1, GL_AST_NAMEDEXPR, GL_AST_BINOP, GL_AST_UNARYOP, GL_AST_LAMBDA,
    GL_AST_IFEXP, GL_AST_DICT, GL_AST_SET, GL_AST_LISTCOMP, GL_AST_SETCOMP, GL_AST_DICTCOMP,
    GL_AST_GENERATOREXP, GL_AST_YIELD, GL_AST_YIELDFROM, GL_AST_COMPARE, GL_AST_CALL,
    GL_AST_FORMATTEDVALUE, GL_AST_JOINEDSTR, GL_AST_CONSTANT, GL_AST_ATTRIBUTE,
    GL_AST_SUBSCRIPT, GL_AST_STARRED, GL_AST_NAME, GL_AST_LIST, GL_AST_TUPLE, GL_AST_SLICE,
    GL_AST_AWAIT
} GlAstExprKind;

struct GlAstExpr {
    GlAstExprKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct { GlAstBoolOp op; GlAstExprSeq values; } BoolOp;
        struct { GlAstExpr *target; GlAstExpr *value; } NamedExpr;
        struct { GlAstExpr *left; GlAstOperator op; GlAstExpr *right; } BinOp;
        struct { GlAstUnaryOp op; GlAstExpr *operand; } UnaryOp;
        struct { GlAstArguments *args; GlAstExpr *body; } Lambda;
        struct { GlAstExpr *test; GlAstExpr *body; GlAstExpr *orelse; } IfExp;
        struct { GlAstExprSeq keys; GlAstExprSeq values; } Dict;  // key NULL: `**value`
        struct { GlAstExprSeq elts; } Set;
        struct { GlAstExpr *elt; GlAstComprehensionSeq generators; } ListComp;
        struct { GlAstExpr *elt; GlAstComprehensionSeq generators; } SetComp;
        struct { GlAstExpr *key; GlAstExpr *value; GlAstComprehensionSeq generators; } DictComp;
        struct { GlAstExpr *elt; GlAstComprehensionSeq generators; } GeneratorExp;
        struct { GlAstExpr *value; } Yield;  // value may be NULL
        struct { GlAstExpr *value; } YieldFrom;
        struct { GlAstExpr *value; } Await;
        struct { GlAstExpr *left; GlAstCmpOpSeq ops; GlAstExprSeq comparators; } Compare;
        struct { GlAstExpr *func; GlAstExprSeq args; GlAstKeywordSeq keywords; } Call;
        /* conversion: -1 none, or 's', 'r', 'a'; format_spec is a JoinedStr or NULL */
        struct { GlAstExpr *value; int conversion; GlAstExpr *format_spec; } FormattedValue;
        struct { GlAstExprSeq values; } JoinedStr;  // Constant(str) and FormattedValue items
        GlAstConstant Constant;
        struct { GlAstExpr *value; const char *attr; GlAstExprContext ctx; } Attribute;
        struct { GlAstExpr *value; GlAstExpr *slice; GlAstExprContext ctx; } Subscript;
        struct { GlAstExpr *value; GlAstExprContext ctx; } Starred;
        struct { const char *id; GlAstExprContext ctx; } Name;
        struct { GlAstExprSeq elts; GlAstExprContext ctx; } List;
        struct { GlAstExprSeq elts; GlAstExprContext ctx; } Tuple;
        struct { GlAstExpr *lower; GlAstExpr *upper; GlAstExpr *step; } Slice;  // each optional
    } v;
};

/* ---- statements ------------------------------------------------------------------ */

typedef enum GlAstStmtKind {
    GL_AST_FUNCTIONDEF = 1, GL_AST_CLASSDEF, GL_AST_RETURN, GL_AST_DELETE, GL_AST_ASSIGN,
    GL_AST_AUGASSIGN, GL_AST_ANNASSIGN, GL_AST_FOR, GL_AST_WHILE, GL_AST_IF, GL_AST_WITH,
    GL_AST_RAISE, GL_AST_TRY, GL_AST_ASSERT, GL_AST_IMPORT, GL_AST_IMPORTFROM, GL_AST_GLOBAL,
    GL_AST_NONLOCAL, GL_AST_EXPR, GL_AST_PASS, GL_AST_BREAK, GL_AST_CONTINUE, GL_AST_MATCH
} GlAstStmtKind;

struct GlAstStmt {
    GlAstStmtKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        struct {
            const char *name;
            GlAstArguments *args;
            GlAstStmtSeq body;
            GlAstExprSeq decorator_list;
            GlAstExpr *returns;  // optional
            int is_async;        // AsyncFunctionDef
        } FunctionDef;
        struct {
            const char *name;
            GlAstExprSeq bases;
            GlAstKeywordSeq keywords;
            GlAstStmtSeq body;
            GlAstExprSeq decorator_list;
        } ClassDef;
        struct { GlAstExpr *value; } Return;  // optional
        struct { GlAstExprSeq targets; } Delete;
        struct { GlAstExprSeq targets; GlAstExpr *value; } Assign;  // a = b = v: 2 targets
        struct { GlAstExpr *target; GlAstOperator op; GlAstExpr *value; } AugAssign;
        /* simple is 1 for a bare Name target not in parentheses */
        struct {
            GlAstExpr *target;
            GlAstExpr *annotation;
            GlAstExpr *value;  // optional
            int simple;
        } AnnAssign;
        struct {
            GlAstExpr *target;
            GlAstExpr *iter;
            GlAstStmtSeq body;
            GlAstStmtSeq orelse;
            int is_async;        // AsyncFor
        } For;
        struct { GlAstExpr *test; GlAstStmtSeq body; GlAstStmtSeq orelse; } While;
        struct { GlAstExpr *test; GlAstStmtSeq body; GlAstStmtSeq orelse; } If;  // elif: If in orelse
        struct { GlAstWithItemSeq items; GlAstStmtSeq body; int is_async; } With;  // AsyncWith
        struct { GlAstExpr *exc; GlAstExpr *cause; } Raise;  // both optional
        struct {
            GlAstStmtSeq body;
            GlAstExceptHandlerSeq handlers;
            GlAstStmtSeq orelse;
            GlAstStmtSeq finalbody;
            int star;   // TryStar: the handlers are `except*` clauses
        } Try;
        struct { GlAstExpr *test; GlAstExpr *msg; } Assert;  // msg optional
        struct { GlAstAliasSeq names; } Import;
        /* module NULL for `from . import x`; level = number of leading dots */
        struct { const char *module; GlAstAliasSeq names; int level; } ImportFrom;
        struct { GlAstIdentSeq names; } Global;
        struct { GlAstIdentSeq names; } Nonlocal;
        struct { GlAstExpr *value; } Expr;
        struct { GlAstExpr *subject; GlAstMatchCaseSeq cases; } Match;  // cases.n >= 1
    } v;
};

/* ---- patterns (match statement, PEP 634) ------------------------------------------ */

typedef enum GlAstPatternKind {
    GL_AST_MATCHVALUE = 1, GL_AST_MATCHSINGLETON, GL_AST_MATCHSEQUENCE, GL_AST_MATCHMAPPING,
    GL_AST_MATCHCLASS, GL_AST_MATCHSTAR, GL_AST_MATCHAS, GL_AST_MATCHOR
} GlAstPatternKind;

struct GlAstPattern {
    GlAstPatternKind kind;
    int lineno, col_offset, end_lineno, end_col_offset;
    union {
        /* value: Constant, JoinedStr, UnaryOp(USub, Constant), BinOp(complex) or Attribute */
        struct { GlAstExpr *value; } MatchValue;
        struct { GlAstConstKind value; } MatchSingleton;  // GL_CONST_NONE/TRUE/FALSE
        struct { GlAstPatternSeq patterns; } MatchSequence;
        /* keys and patterns have the same length; rest is the `**name` target or NULL */
        struct { GlAstExprSeq keys; GlAstPatternSeq patterns; const char *rest; } MatchMapping;
        /* cls is a Name or Attribute chain; kwd_attrs and kwd_patterns have equal length */
        struct {
            GlAstExpr *cls;
            GlAstPatternSeq patterns;
            GlAstIdentSeq kwd_attrs;
            GlAstPatternSeq kwd_patterns;
        } MatchClass;
        struct { const char *name; } MatchStar;  // name NULL for `*_`
        /* pattern NULL: capture (or wildcard when name is NULL too) */
        struct { GlAstPattern *pattern; const char *name; } MatchAs;
        struct { GlAstPatternSeq patterns; } MatchOr;  // at least 2 alternatives
    } v;
};

struct GlAstMatchCase {  // no positions, as CPython's match_case
    GlAstPattern *pattern;
    GlAstExpr *guard;  // optional
    GlAstStmtSeq body;
};

/* ---- auxiliary nodes ------------------------------------------------------------- */

struct GlAstArg {
    const char *arg;
    GlAstExpr *annotation;  // optional
    int lineno, col_offset, end_lineno, end_col_offset;
};

/*
 * Parameters. defaults align with the *last* len(defaults) of posonlyargs+args;
 * kw_defaults has exactly one entry per kwonlyargs entry (NULL = no default).
 */
struct GlAstArguments {
    GlAstArgSeq posonlyargs;
    GlAstArgSeq args;
    GlAstArg *vararg;  // optional
    GlAstArgSeq kwonlyargs;
    GlAstExprSeq kw_defaults;
    GlAstArg *kwarg;   // optional
    GlAstExprSeq defaults;
};

struct GlAstKeyword {
    const char *arg;  // NULL for `**value`
    GlAstExpr *value;
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct GlAstAlias {
    const char *name;    // dotted name as written ("a.b.c") or "*"
    const char *asname;  // optional
    int lineno, col_offset, end_lineno, end_col_offset;
};

struct GlAstWithItem {
    GlAstExpr *context_expr;
    GlAstExpr *optional_vars;  // optional
};

struct GlAstComprehension {
    GlAstExpr *target;
    GlAstExpr *iter;
    GlAstExprSeq ifs;
    int is_async;  // `async for` clause
};

struct GlAstExceptHandler {  // CPython: excepthandler = ExceptHandler(...)
    GlAstExpr *type;    // optional
    const char *name;   // optional
    GlAstStmtSeq body;
    int lineno, col_offset, end_lineno, end_col_offset;
};

/* ---- modules --------------------------------------------------------------------- */

typedef enum GlAstModKind { GL_AST_MODULE = 1, GL_AST_INTERACTIVE, GL_AST_EXPRESSION } GlAstModKind;

typedef struct GlAstMod {
    GlAstModKind kind;
    union {
        struct { GlAstStmtSeq body; } Module;       // type_ignores always empty
        struct { GlAstStmtSeq body; } Interactive;
        struct { GlAstExpr *body; } Expression;
    } v;
} GlAstMod;

/* ---- compile-time errors (shared by tokenizer, parser, symtable, codegen) --------- */

typedef enum GlSyntaxErrorKind {
    GL_ERR_NONE = 0,
    GL_ERR_SYNTAX,       // SyntaxError
    GL_ERR_INDENTATION,  // IndentationError
    GL_ERR_TAB,          // TabError
    GL_ERR_RECURSION,    // RecursionError (msg "maximum recursion depth exceeded ...")
    GL_ERR_NOMEM,        // MemoryError
    GL_ERR_INCOMPLETE    // GL_PARSE_SINGLE only: input is incomplete, REPL should read more
} GlSyntaxErrorKind;

/*
 * What a SyntaxError carries, as CPython's SyntaxError attributes: lineno and offset are
 * 1-based (offset counts characters, not bytes, as CPython's SyntaxError.offset);
 * end_lineno/end_offset likewise (0 when unknown). `text` is the offending source line
 * including its newline (NUL-terminated, owned by the arena used for parsing; NULL if
 * unknown). `filename` is the name passed in (borrowed).
 */
typedef struct GlSyntaxErrorInfo {
    GlSyntaxErrorKind kind;
    char msg[256];
    int lineno, offset, end_lineno, end_offset;
    const char *text;
    int text_no_newline;     // keep text without its newline (CPython's tokenizer errors)
    const char *filename;
    struct GlCompileWarnings *warnings;  // where the parser records warnings (may be NULL)
    int fstring_done;        // positions already made those of an f-string sub-parser
} GlSyntaxErrorInfo;

/*
 * A warning found by the tokenizer or parser (they run no Python code): the compiler
 * issues it through the warnings module after parsing, in source order. CPython warns
 * while parsing; when its first parser pass fails with a SyntaxError the second
 * (error-reporting) pass decodes the string literals again, so `repeat` ones are issued
 * a second time then. When the warnings filters turn one into an exception of its
 * category, the SyntaxError `as_error` is raised instead (CPython's -W error behaviour).
 */
typedef struct GlCompileWarning {
    struct GlCompileWarning *next;
    int deprecation;             // DeprecationWarning, else SyntaxWarning
    int lineno;                  // the line given to warnings.warn_explicit
    int repeat;
    char msg[128];
    GlSyntaxErrorInfo as_error;
} GlCompileWarning;

typedef struct GlCompileWarnings {
    GlCompileWarning *head, **tail;
} GlCompileWarnings;

#endif /* GLASS_COMPILER_AST_H */
