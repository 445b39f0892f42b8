/* _astmodule.c - the `_ast` module: the parser's C AST (compiler/ast.h) as Python
 * objects, for lib/ast.py and compile(..., PyCF_ONLY_AST).
 *
 *   parse(source, filename='<unknown>', mode='exec', type_comments=False,
 *         feature_version=None) -> ast.Module / ast.Expression / ast.Interactive
 *   PyCF_ONLY_AST, PyCF_TYPE_COMMENTS, PyCF_ALLOW_TOP_LEVEL_AWAIT (ints, as CPython)
 *   AST, Name, expr... (module __getattr__: the classes of lib/_ast_nodes.py)
 *
 * The node classes are Python classes (lib/_ast_nodes.py); the converter imports that
 * module and instantiates classes by name, then sets each field and position as an
 * attribute. Which C member becomes which field is described by one table per node
 * kind (NodeSpec: name, then {field name, field type, offset of the member}), so adding
 * a node kind to ast.h means adding one table row (and a field type if it brings a new
 * C type).
 *
 * compile(tree, ...) goes the other way (GlAst_Compile): the same tables drive reading
 * the attributes back into a fresh arena tree, with the checks of CPython's AST
 * validator that keep the code generator safe, then GlCompile_Mod makes the code.
 *
 * Invariants: a conversion only reads the arena tree; Load/Store/Del and operator
 * instances are the shared objects of `_ast_nodes._singletons` (as CPython shares
 * them); positions are copied unchanged (UTF-8 byte columns, as CPython).
 * Left out: type comments (type_comment fields are always None), feature_version,
 * mode 'func_type'; compile(tree) rejects frozenset constants (GlAstConstant cannot hold
 * them; tuples become Tuple nodes and complex numbers real + imag j, the same values).
 * Every node of ast.h has its row: expr_specs, stmt_specs, pattern_specs, and the specs
 * of classes sharing a C node with another (TryStar = Try with `star`; AsyncFunctionDef,
 * AsyncFor, AsyncWith = FunctionDef/For/With with `is_async`), plus the auxiliary
 * product nodes (arguments ... match_case). Patterns are checked as CPython's
 * validate_pattern (MatchStar only in MatchSequence, MatchSingleton values, captures,
 * literal shapes of MatchValue and mapping keys); the other match errors ("multiple
 * assignments to name", "makes remaining patterns unreachable"...) are the code
 * generator's SyntaxErrors, as in CPython. A new node kind needs a row here (and a
 * FieldType for a new C member type, with its case in topy_field, toc_field/toc_item).
 */
#include "modules.h"
#include "../compiler/parser.h"
#include "../compiler/codegen.h"   // GlAst_UnparseExpr, declared for the compiler
#include "../vm/vm.h"
#include <math.h>
#include <stddef.h>
#include <string.h>

/* ---- the node table ----------------------------------------------------------- */

typedef enum FieldType {
    FT_END = 0,
    FT_EXPR,          // GlAstExpr *, required
    FT_EXPR_OPT,      // GlAstExpr *, NULL -> None
    FT_EXPRS,         // GlAstExprSeq
    FT_EXPRS_NULLS,   // GlAstExprSeq whose items may be NULL <-> None (Dict.keys, kw_defaults)
    FT_STMTS,         // GlAstStmtSeq
    FT_IDENT,         // const char *, required
    FT_IDENT_OPT,     // const char *, NULL -> None
    FT_IDENTS,        // GlAstIdentSeq
    FT_ARGUMENTS,     // GlAstArguments *
    FT_ARG_OPT,       // GlAstArg *, NULL -> None
    FT_ARGS,          // GlAstArgSeq
    FT_KEYWORDS,      // GlAstKeywordSeq
    FT_ALIASES,       // GlAstAliasSeq
    FT_WITHITEMS,     // GlAstWithItemSeq
    FT_COMPS,         // GlAstComprehensionSeq
    FT_HANDLERS,      // GlAstExceptHandlerSeq
    FT_PATTERN,       // GlAstPattern *, required
    FT_PATTERN_OPT,   // GlAstPattern *, NULL -> None (MatchAs.pattern)
    FT_PATTERNS,      // GlAstPatternSeq
    FT_CASES,         // GlAstMatchCaseSeq
    FT_SINGLETON,     // GlAstConstKind NONE/TRUE/FALSE <-> None/True/False (MatchSingleton)
    FT_CTX,           // GlAstExprContext
    FT_BOOLOP,        // GlAstBoolOp
    FT_OPERATOR,      // GlAstOperator
    FT_UNARYOP,       // GlAstUnaryOp
    FT_CMPOPS,        // GlAstCmpOpSeq
    FT_INT,           // int
    FT_CONST_VALUE,   // GlAstConstant: the value
    FT_CONST_KIND,    // GlAstConstant: 'u' or None
    FT_NONE,          // no C member: always None (type_comment)
    FT_EMPTY_LIST     // no C member: always [] (Module.type_ignores)
} FieldType;

typedef struct FieldSpec {
    const char *name;
    FieldType type;
    size_t offset;    // of the C member inside the node struct
    int ctx;          // expression fields: the context required there (0 = Load);
                      // pattern fields: 1 if a MatchStar may appear there
} FieldSpec;

typedef struct NodeSpec {
    const char *name;          // the Python class (NULL: kind not supported)
    int has_pos;               // lineno..end_col_offset at pos_offset
    size_t pos_offset;
    FieldSpec fields[8];       // ends with FT_END
} NodeSpec;

#define EF(kind, member, type) {#member, type, offsetof(GlAstExpr, v.kind.member), 0}
#define SF(kind, member, type) {#member, type, offsetof(GlAstStmt, v.kind.member), 0}
/* ... for a target: an expression in Store (or Del) context */
#define EFC(kind, member, type, ctx) {#member, type, offsetof(GlAstExpr, v.kind.member), ctx}
#define SFC(kind, member, type, ctx) {#member, type, offsetof(GlAstStmt, v.kind.member), ctx}
#define EXPR_NODE(kind, ...) \
    {#kind, 1, offsetof(GlAstExpr, lineno), {__VA_ARGS__}}
#define STMT_NODE(kind, ...) \
    {#kind, 1, offsetof(GlAstStmt, lineno), {__VA_ARGS__}}
#define TYPE_COMMENT {"type_comment", FT_NONE, 0, 0}

static const NodeSpec expr_specs[] = {
    [GL_AST_BOOLOP] = EXPR_NODE(BoolOp, EF(BoolOp, op, FT_BOOLOP), EF(BoolOp, values, FT_EXPRS)),
    [GL_AST_NAMEDEXPR] = EXPR_NODE(NamedExpr, EFC(NamedExpr, target, FT_EXPR, GL_AST_STORE),
                                   EF(NamedExpr, value, FT_EXPR)),
    [GL_AST_BINOP] = EXPR_NODE(BinOp, EF(BinOp, left, FT_EXPR), EF(BinOp, op, FT_OPERATOR),
                               EF(BinOp, right, FT_EXPR)),
    [GL_AST_UNARYOP] = EXPR_NODE(UnaryOp, EF(UnaryOp, op, FT_UNARYOP),
                                 EF(UnaryOp, operand, FT_EXPR)),
    [GL_AST_LAMBDA] = EXPR_NODE(Lambda, EF(Lambda, args, FT_ARGUMENTS), EF(Lambda, body, FT_EXPR)),
    [GL_AST_IFEXP] = EXPR_NODE(IfExp, EF(IfExp, test, FT_EXPR), EF(IfExp, body, FT_EXPR),
                               EF(IfExp, orelse, FT_EXPR)),
    [GL_AST_DICT] = EXPR_NODE(Dict, EF(Dict, keys, FT_EXPRS_NULLS), EF(Dict, values, FT_EXPRS)),
    [GL_AST_SET] = EXPR_NODE(Set, EF(Set, elts, FT_EXPRS)),
    [GL_AST_LISTCOMP] = EXPR_NODE(ListComp, EF(ListComp, elt, FT_EXPR),
                                  EF(ListComp, generators, FT_COMPS)),
    [GL_AST_SETCOMP] = EXPR_NODE(SetComp, EF(SetComp, elt, FT_EXPR),
                                 EF(SetComp, generators, FT_COMPS)),
    [GL_AST_DICTCOMP] = EXPR_NODE(DictComp, EF(DictComp, key, FT_EXPR),
                                  EF(DictComp, value, FT_EXPR),
                                  EF(DictComp, generators, FT_COMPS)),
    [GL_AST_GENERATOREXP] = EXPR_NODE(GeneratorExp, EF(GeneratorExp, elt, FT_EXPR),
                                      EF(GeneratorExp, generators, FT_COMPS)),
    [GL_AST_YIELD] = EXPR_NODE(Yield, EF(Yield, value, FT_EXPR_OPT)),
    [GL_AST_YIELDFROM] = EXPR_NODE(YieldFrom, EF(YieldFrom, value, FT_EXPR)),
    [GL_AST_COMPARE] = EXPR_NODE(Compare, EF(Compare, left, FT_EXPR), EF(Compare, ops, FT_CMPOPS),
                                 EF(Compare, comparators, FT_EXPRS)),
    [GL_AST_CALL] = EXPR_NODE(Call, EF(Call, func, FT_EXPR), EF(Call, args, FT_EXPRS),
                              EF(Call, keywords, FT_KEYWORDS)),
    [GL_AST_FORMATTEDVALUE] = EXPR_NODE(FormattedValue, EF(FormattedValue, value, FT_EXPR),
                                        EF(FormattedValue, conversion, FT_INT),
                                        EF(FormattedValue, format_spec, FT_EXPR_OPT)),
    [GL_AST_JOINEDSTR] = EXPR_NODE(JoinedStr, EF(JoinedStr, values, FT_EXPRS)),
    [GL_AST_CONSTANT] = EXPR_NODE(Constant, {"value", FT_CONST_VALUE, offsetof(GlAstExpr, v.Constant)},
                                  {"kind", FT_CONST_KIND, offsetof(GlAstExpr, v.Constant)}),
    [GL_AST_ATTRIBUTE] = EXPR_NODE(Attribute, EF(Attribute, value, FT_EXPR),
                                   EF(Attribute, attr, FT_IDENT), EF(Attribute, ctx, FT_CTX)),
    [GL_AST_SUBSCRIPT] = EXPR_NODE(Subscript, EF(Subscript, value, FT_EXPR),
                                   EF(Subscript, slice, FT_EXPR), EF(Subscript, ctx, FT_CTX)),
    [GL_AST_STARRED] = EXPR_NODE(Starred, EF(Starred, value, FT_EXPR), EF(Starred, ctx, FT_CTX)),
    [GL_AST_NAME] = EXPR_NODE(Name, EF(Name, id, FT_IDENT), EF(Name, ctx, FT_CTX)),
    [GL_AST_LIST] = EXPR_NODE(List, EF(List, elts, FT_EXPRS), EF(List, ctx, FT_CTX)),
    [GL_AST_TUPLE] = EXPR_NODE(Tuple, EF(Tuple, elts, FT_EXPRS), EF(Tuple, ctx, FT_CTX)),
    [GL_AST_SLICE] = EXPR_NODE(Slice, EF(Slice, lower, FT_EXPR_OPT), EF(Slice, upper, FT_EXPR_OPT),
                               EF(Slice, step, FT_EXPR_OPT)),
    [GL_AST_AWAIT] = EXPR_NODE(Await, EF(Await, value, FT_EXPR)),
};

static const NodeSpec stmt_specs[] = {
    [GL_AST_FUNCTIONDEF] = STMT_NODE(FunctionDef, SF(FunctionDef, name, FT_IDENT),
                                     SF(FunctionDef, args, FT_ARGUMENTS),
                                     SF(FunctionDef, body, FT_STMTS),
                                     SF(FunctionDef, decorator_list, FT_EXPRS),
                                     SF(FunctionDef, returns, FT_EXPR_OPT), TYPE_COMMENT),
    [GL_AST_CLASSDEF] = STMT_NODE(ClassDef, SF(ClassDef, name, FT_IDENT),
                                  SF(ClassDef, bases, FT_EXPRS),
                                  SF(ClassDef, keywords, FT_KEYWORDS),
                                  SF(ClassDef, body, FT_STMTS),
                                  SF(ClassDef, decorator_list, FT_EXPRS)),
    [GL_AST_RETURN] = STMT_NODE(Return, SF(Return, value, FT_EXPR_OPT)),
    [GL_AST_DELETE] = STMT_NODE(Delete, SFC(Delete, targets, FT_EXPRS, GL_AST_DEL)),
    [GL_AST_ASSIGN] = STMT_NODE(Assign, SFC(Assign, targets, FT_EXPRS, GL_AST_STORE), SF(Assign, value, FT_EXPR),
                                TYPE_COMMENT),
    [GL_AST_AUGASSIGN] = STMT_NODE(AugAssign, SFC(AugAssign, target, FT_EXPR, GL_AST_STORE),
                                   SF(AugAssign, op, FT_OPERATOR), SF(AugAssign, value, FT_EXPR)),
    [GL_AST_ANNASSIGN] = STMT_NODE(AnnAssign, SFC(AnnAssign, target, FT_EXPR, GL_AST_STORE),
                                   SF(AnnAssign, annotation, FT_EXPR),
                                   SF(AnnAssign, value, FT_EXPR_OPT),
                                   SF(AnnAssign, simple, FT_INT)),
    [GL_AST_FOR] = STMT_NODE(For, SFC(For, target, FT_EXPR, GL_AST_STORE), SF(For, iter, FT_EXPR),
                             SF(For, body, FT_STMTS), SF(For, orelse, FT_STMTS), TYPE_COMMENT),
    [GL_AST_WHILE] = STMT_NODE(While, SF(While, test, FT_EXPR), SF(While, body, FT_STMTS),
                               SF(While, orelse, FT_STMTS)),
    [GL_AST_IF] = STMT_NODE(If, SF(If, test, FT_EXPR), SF(If, body, FT_STMTS),
                            SF(If, orelse, FT_STMTS)),
    [GL_AST_WITH] = STMT_NODE(With, SF(With, items, FT_WITHITEMS), SF(With, body, FT_STMTS),
                              TYPE_COMMENT),
    [GL_AST_RAISE] = STMT_NODE(Raise, SF(Raise, exc, FT_EXPR_OPT), SF(Raise, cause, FT_EXPR_OPT)),
    [GL_AST_TRY] = STMT_NODE(Try, SF(Try, body, FT_STMTS), SF(Try, handlers, FT_HANDLERS),
                             SF(Try, orelse, FT_STMTS), SF(Try, finalbody, FT_STMTS)),
    [GL_AST_ASSERT] = STMT_NODE(Assert, SF(Assert, test, FT_EXPR), SF(Assert, msg, FT_EXPR_OPT)),
    [GL_AST_IMPORT] = STMT_NODE(Import, SF(Import, names, FT_ALIASES)),
    [GL_AST_IMPORTFROM] = STMT_NODE(ImportFrom, SF(ImportFrom, module, FT_IDENT_OPT),
                                    SF(ImportFrom, names, FT_ALIASES),
                                    SF(ImportFrom, level, FT_INT)),
    [GL_AST_GLOBAL] = STMT_NODE(Global, SF(Global, names, FT_IDENTS)),
    [GL_AST_NONLOCAL] = STMT_NODE(Nonlocal, SF(Nonlocal, names, FT_IDENTS)),
    [GL_AST_EXPR] = STMT_NODE(Expr, SF(Expr, value, FT_EXPR)),
    [GL_AST_PASS] = STMT_NODE(Pass, {NULL, FT_END, 0, 0}),
    [GL_AST_BREAK] = STMT_NODE(Break, {NULL, FT_END, 0, 0}),
    [GL_AST_CONTINUE] = STMT_NODE(Continue, {NULL, FT_END, 0, 0}),
    [GL_AST_MATCH] = STMT_NODE(Match, SF(Match, subject, FT_EXPR), SF(Match, cases, FT_CASES)),
};

/* The async statements: the same C nodes with is_async set, other classes (same fields). */
static const NodeSpec asyncfunctiondef_spec =
    STMT_NODE(AsyncFunctionDef, SF(FunctionDef, name, FT_IDENT),
              SF(FunctionDef, args, FT_ARGUMENTS), SF(FunctionDef, body, FT_STMTS),
              SF(FunctionDef, decorator_list, FT_EXPRS), SF(FunctionDef, returns, FT_EXPR_OPT),
              TYPE_COMMENT);
static const NodeSpec asyncfor_spec =
    STMT_NODE(AsyncFor, SFC(For, target, FT_EXPR, GL_AST_STORE), SF(For, iter, FT_EXPR),
              SF(For, body, FT_STMTS), SF(For, orelse, FT_STMTS), TYPE_COMMENT);
static const NodeSpec asyncwith_spec =
    STMT_NODE(AsyncWith, SF(With, items, FT_WITHITEMS), SF(With, body, FT_STMTS), TYPE_COMMENT);

/* Patterns (match statement). The ctx slot of a pattern field is 1 where a MatchStar
 * may appear (only in MatchSequence.patterns, as CPython's validator). */
#define PF(kind, member, type) {#member, type, offsetof(GlAstPattern, v.kind.member), 0}
#define PFSTAR(kind, member, type) {#member, type, offsetof(GlAstPattern, v.kind.member), 1}
#define PATTERN_NODE(kind, ...) \
    {#kind, 1, offsetof(GlAstPattern, lineno), {__VA_ARGS__}}

static const NodeSpec pattern_specs[] = {
    [GL_AST_MATCHVALUE] = PATTERN_NODE(MatchValue, PF(MatchValue, value, FT_EXPR)),
    [GL_AST_MATCHSINGLETON] = PATTERN_NODE(MatchSingleton,
                                           PF(MatchSingleton, value, FT_SINGLETON)),
    [GL_AST_MATCHSEQUENCE] = PATTERN_NODE(MatchSequence,
                                          PFSTAR(MatchSequence, patterns, FT_PATTERNS)),
    [GL_AST_MATCHMAPPING] = PATTERN_NODE(MatchMapping, PF(MatchMapping, keys, FT_EXPRS),
                                         PF(MatchMapping, patterns, FT_PATTERNS),
                                         PF(MatchMapping, rest, FT_IDENT_OPT)),
    [GL_AST_MATCHCLASS] = PATTERN_NODE(MatchClass, PF(MatchClass, cls, FT_EXPR),
                                       PF(MatchClass, patterns, FT_PATTERNS),
                                       PF(MatchClass, kwd_attrs, FT_IDENTS),
                                       PF(MatchClass, kwd_patterns, FT_PATTERNS)),
    [GL_AST_MATCHSTAR] = PATTERN_NODE(MatchStar, PF(MatchStar, name, FT_IDENT_OPT)),
    [GL_AST_MATCHAS] = PATTERN_NODE(MatchAs, PF(MatchAs, pattern, FT_PATTERN_OPT),
                                    PF(MatchAs, name, FT_IDENT_OPT)),
    [GL_AST_MATCHOR] = PATTERN_NODE(MatchOr, PF(MatchOr, patterns, FT_PATTERNS)),
};

/* Try with except* clauses: the same C node, another class. */
static const NodeSpec trystar_spec =
    STMT_NODE(TryStar, SF(Try, body, FT_STMTS), SF(Try, handlers, FT_HANDLERS),
              SF(Try, orelse, FT_STMTS), SF(Try, finalbody, FT_STMTS));

#define AUXPOS(type) offsetof(type, lineno)

static const NodeSpec arguments_spec = {"arguments", 0, 0, {
    {"posonlyargs", FT_ARGS, offsetof(GlAstArguments, posonlyargs)},
    {"args", FT_ARGS, offsetof(GlAstArguments, args)},
    {"vararg", FT_ARG_OPT, offsetof(GlAstArguments, vararg)},
    {"kwonlyargs", FT_ARGS, offsetof(GlAstArguments, kwonlyargs)},
    {"kw_defaults", FT_EXPRS_NULLS, offsetof(GlAstArguments, kw_defaults)},
    {"kwarg", FT_ARG_OPT, offsetof(GlAstArguments, kwarg)},
    {"defaults", FT_EXPRS, offsetof(GlAstArguments, defaults)}}};
static const NodeSpec arg_spec = {"arg", 1, AUXPOS(GlAstArg), {
    {"arg", FT_IDENT, offsetof(GlAstArg, arg)},
    {"annotation", FT_EXPR_OPT, offsetof(GlAstArg, annotation)},
    TYPE_COMMENT}};
static const NodeSpec keyword_spec = {"keyword", 1, AUXPOS(GlAstKeyword), {
    {"arg", FT_IDENT_OPT, offsetof(GlAstKeyword, arg)},
    {"value", FT_EXPR, offsetof(GlAstKeyword, value)}}};
static const NodeSpec alias_spec = {"alias", 1, AUXPOS(GlAstAlias), {
    {"name", FT_IDENT, offsetof(GlAstAlias, name)},
    {"asname", FT_IDENT_OPT, offsetof(GlAstAlias, asname)}}};
static const NodeSpec withitem_spec = {"withitem", 0, 0, {
    {"context_expr", FT_EXPR, offsetof(GlAstWithItem, context_expr)},
    {"optional_vars", FT_EXPR_OPT, offsetof(GlAstWithItem, optional_vars), GL_AST_STORE}}};
static const NodeSpec comprehension_spec = {"comprehension", 0, 0, {
    {"target", FT_EXPR, offsetof(GlAstComprehension, target), GL_AST_STORE},
    {"iter", FT_EXPR, offsetof(GlAstComprehension, iter)},
    {"ifs", FT_EXPRS, offsetof(GlAstComprehension, ifs)},
    {"is_async", FT_INT, offsetof(GlAstComprehension, is_async)}}};
static const NodeSpec handler_spec = {"ExceptHandler", 1, AUXPOS(GlAstExceptHandler), {
    {"type", FT_EXPR_OPT, offsetof(GlAstExceptHandler, type)},
    {"name", FT_IDENT_OPT, offsetof(GlAstExceptHandler, name)},
    {"body", FT_STMTS, offsetof(GlAstExceptHandler, body)}}};
static const NodeSpec match_case_spec = {"match_case", 0, 0, {
    {"pattern", FT_PATTERN, offsetof(GlAstMatchCase, pattern)},
    {"guard", FT_EXPR_OPT, offsetof(GlAstMatchCase, guard)},
    {"body", FT_STMTS, offsetof(GlAstMatchCase, body)}}};
static const NodeSpec mod_specs[] = {
    [GL_AST_MODULE] = {"Module", 0, 0, {{"body", FT_STMTS, offsetof(GlAstMod, v.Module.body)},
                                        {"type_ignores", FT_EMPTY_LIST, 0}}},
    [GL_AST_INTERACTIVE] = {"Interactive", 0, 0,
                            {{"body", FT_STMTS, offsetof(GlAstMod, v.Interactive.body)}}},
    [GL_AST_EXPRESSION] = {"Expression", 0, 0,
                           {{"body", FT_EXPR, offsetof(GlAstMod, v.Expression.body)}}},
};

/* Class names of the enum values (index = C enum value). */
static const char *const ctx_names[] = {NULL, "Load", "Store", "Del"};
static const char *const boolop_names[] = {NULL, "And", "Or"};
static const char *const operator_names[] = {
    NULL, "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr",
    "BitXor", "BitAnd", "FloorDiv"};
static const char *const unaryop_names[] = {NULL, "Invert", "Not", "UAdd", "USub"};
static const char *const cmpop_names[] = {
    NULL, "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};

#define NELEMS(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* ---- C AST -> Python objects ------------------------------------------------------ */

typedef struct ToPy {
    GlObject *classes;     // the dict of module _ast_nodes (borrowed)
    GlObject *singletons;  // _ast_nodes._singletons (borrowed)
} ToPy;

static GlObject *topy_node(ToPy *t, const NodeSpec *spec, const void *node) GL_NEWREF;

/* A node class by name (borrowed) or NULL with SystemError. */
static GlObject *
node_class(ToPy *t, const char *name) GL_BORROWED
{
    GlObject *cls = GlDict_GetItemString(t->classes, name);
    if (cls == NULL) {
        return GlErr_Format(GlExc_SystemError, "_ast: no node class %s", name);
    }
    return cls;
}

/* The shared instance for enum value v of a names table. New reference. */
static GlObject *
topy_singleton(ToPy *t, const char *const *names, int n, int v) GL_NEWREF
{
    if (v <= 0 || v >= n) {
        return GlErr_Format(GlExc_SystemError, "_ast: bad enum value %d", v);
    }
    GlObject *o = GlDict_GetItemString(t->singletons, names[v]);
    if (o == NULL) {
        return GlErr_Format(GlExc_SystemError, "_ast: no instance of %s", names[v]);
    }
    return Gl_NewRef(o);
}

/* The value of a Constant node. New reference. */
static GlObject *
topy_constant(const GlAstConstant *k) GL_NEWREF
{
    switch (k->kind) {
    case GL_CONST_NONE: return Gl_NewRef(Gl_None);
    case GL_CONST_TRUE: return Gl_NewRef(Gl_True);
    case GL_CONST_FALSE: return Gl_NewRef(Gl_False);
    case GL_CONST_ELLIPSIS: return Gl_NewRef(Gl_Ellipsis);
    case GL_CONST_INT: return GlInt_FromString(k->s, (Gl_ssize_t)k->len, 0);
    case GL_CONST_FLOAT: return GlFloat_FromDouble(k->f);
    case GL_CONST_COMPLEX: return GlComplex_FromDoubles(0.0, k->f);
    case GL_CONST_STR: return GlStr_Decode(k->s, (Gl_ssize_t)k->len, "utf-8", "surrogatepass");
    case GL_CONST_BYTES: return GlBytes_FromStringAndSize(k->s, (Gl_ssize_t)k->len);
    }
    return GlErr_SetString(GlExc_SystemError, "_ast: unknown constant kind");
}

/* The node of an expression (None for NULL: optional fields). New reference. */
static GlObject *
topy_expr(ToPy *t, const GlAstExpr *e) GL_NEWREF
{
    if (e == NULL) {
        Gl_RETURN_NONE;
    }
    if ((int)e->kind <= 0 || (int)e->kind >= NELEMS(expr_specs) || !expr_specs[e->kind].name) {
        return GlErr_Format(GlExc_SystemError, "_ast: unsupported expression kind %d",
                            (int)e->kind);
    }
    return topy_node(t, &expr_specs[e->kind], e);
}

/* The node of a statement. New reference. */
static GlObject *
topy_stmt(ToPy *t, const GlAstStmt *s) GL_NEWREF
{
    if ((int)s->kind <= 0 || (int)s->kind >= NELEMS(stmt_specs) || !stmt_specs[s->kind].name) {
        return GlErr_Format(GlExc_SystemError, "_ast: unsupported statement kind %d",
                            (int)s->kind);
    }
    if (s->kind == GL_AST_TRY && s->v.Try.star) {
        return topy_node(t, &trystar_spec, s);
    }
    if (s->kind == GL_AST_FUNCTIONDEF && s->v.FunctionDef.is_async) {
        return topy_node(t, &asyncfunctiondef_spec, s);
    }
    if (s->kind == GL_AST_FOR && s->v.For.is_async) {
        return topy_node(t, &asyncfor_spec, s);
    }
    if (s->kind == GL_AST_WITH && s->v.With.is_async) {
        return topy_node(t, &asyncwith_spec, s);
    }
    return topy_node(t, &stmt_specs[s->kind], s);
}

/* The node of a pattern (None for NULL: MatchAs.pattern). New reference. */
static GlObject *
topy_pattern(ToPy *t, const GlAstPattern *p) GL_NEWREF
{
    if (p == NULL) {
        Gl_RETURN_NONE;
    }
    if ((int)p->kind <= 0 || (int)p->kind >= NELEMS(pattern_specs)
        || !pattern_specs[p->kind].name) {
        return GlErr_Format(GlExc_SystemError, "_ast: unsupported pattern kind %d",
                            (int)p->kind);
    }
    return topy_node(t, &pattern_specs[p->kind], p);
}

/* Converters of one sequence item (a node pointer) to its object: new references. */
typedef GlObject *(*ItemConv)(ToPy *t, const void *item);

static GlObject *
conv_expr_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_expr(t, p);
}
static GlObject *
conv_stmt_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_stmt(t, p);
}
static GlObject *
conv_ident_item(ToPy *t, const void *p) GL_NEWREF
{
    return GlStr_FromString(p);
}
static GlObject *
conv_arg_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_node(t, &arg_spec, p);
}
static GlObject *
conv_keyword_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_node(t, &keyword_spec, p);
}
static GlObject *
conv_alias_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_node(t, &alias_spec, p);
}
static GlObject *
conv_withitem_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_node(t, &withitem_spec, p);
}
static GlObject *
conv_comp_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_node(t, &comprehension_spec, p);
}
static GlObject *
conv_handler_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_node(t, &handler_spec, p);
}
static GlObject *
conv_pattern_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_pattern(t, p);
}
static GlObject *
conv_case_item(ToPy *t, const void *p) GL_NEWREF
{
    return topy_node(t, &match_case_spec, p);
}

typedef struct { int n; void **items; } AnySeq;  // the layout every GlAst*Seq shares

/* A list from a C sequence { int n; T **items; } converted item by item with conv
 * (NULL items give None). New reference. */
static GlObject *
topy_seq(ToPy *t, const void *seqp, ItemConv conv) GL_NEWREF
{
    const AnySeq *seq = seqp;
    GlObject *list = GlList_New(seq->n);
    if (list == NULL) {
        return NULL;
    }
    for (int i = 0; i < seq->n; i++) {
        GlObject *v = seq->items[i] == NULL ? Gl_NewRef(Gl_None) : conv(t, seq->items[i]);
        if (v == NULL) {
            Gl_DECREF(list);
            return NULL;
        }
        GlList_SET_ITEM(list, i, v);
    }
    return list;
}

/* The Python value of one field (member at p). New reference. */
static GlObject *
topy_field(ToPy *t, FieldType type, const void *p) GL_NEWREF
{
    switch (type) {
    case FT_EXPR:
    case FT_EXPR_OPT: return topy_expr(t, *(GlAstExpr *const *)p);
    case FT_EXPRS:
    case FT_EXPRS_NULLS: return topy_seq(t, p, conv_expr_item);
    case FT_STMTS: return topy_seq(t, p, conv_stmt_item);
    case FT_IDENT:
    case FT_IDENT_OPT: {
        const char *s = *(const char *const *)p;
        if (s == NULL) {
            Gl_RETURN_NONE;
        }
        return GlStr_FromString(s);
    }
    case FT_IDENTS: return topy_seq(t, p, conv_ident_item);
    case FT_ARGUMENTS: return topy_node(t, &arguments_spec, *(const GlAstArguments *const *)p);
    case FT_ARG_OPT: {
        const GlAstArg *a = *(const GlAstArg *const *)p;
        if (a == NULL) {
            Gl_RETURN_NONE;
        }
        return topy_node(t, &arg_spec, a);
    }
    case FT_ARGS: return topy_seq(t, p, conv_arg_item);
    case FT_KEYWORDS: return topy_seq(t, p, conv_keyword_item);
    case FT_ALIASES: return topy_seq(t, p, conv_alias_item);
    case FT_WITHITEMS: return topy_seq(t, p, conv_withitem_item);
    case FT_COMPS: return topy_seq(t, p, conv_comp_item);
    case FT_HANDLERS: return topy_seq(t, p, conv_handler_item);
    case FT_PATTERN:
    case FT_PATTERN_OPT: return topy_pattern(t, *(const GlAstPattern *const *)p);
    case FT_PATTERNS: return topy_seq(t, p, conv_pattern_item);
    case FT_CASES: return topy_seq(t, p, conv_case_item);
    case FT_SINGLETON: {
        GlAstConstKind k = *(const GlAstConstKind *)p;
        return Gl_NewRef(k == GL_CONST_TRUE ? Gl_True : k == GL_CONST_FALSE ? Gl_False : Gl_None);
    }
    case FT_CTX: return topy_singleton(t, ctx_names, NELEMS(ctx_names), *(const int *)p);
    case FT_BOOLOP: return topy_singleton(t, boolop_names, NELEMS(boolop_names), *(const int *)p);
    case FT_OPERATOR:
        return topy_singleton(t, operator_names, NELEMS(operator_names), *(const int *)p);
    case FT_UNARYOP:
        return topy_singleton(t, unaryop_names, NELEMS(unaryop_names), *(const int *)p);
    case FT_CMPOPS: {
        const GlAstCmpOpSeq *ops = p;
        GlObject *list = GlList_New(ops->n);
        for (int i = 0; list != NULL && i < ops->n; i++) {
            GlObject *v = topy_singleton(t, cmpop_names, NELEMS(cmpop_names), ops->items[i]);
            if (v == NULL) {
                Gl_CLEAR(list);
                break;
            }
            GlList_SET_ITEM(list, i, v);
        }
        return list;
    }
    case FT_INT: return GlInt_FromLong(*(const int *)p);
    case FT_CONST_VALUE: return topy_constant(p);
    case FT_CONST_KIND:
        if (((const GlAstConstant *)p)->is_u) {
            return GlStr_FromString("u");
        }
        Gl_RETURN_NONE;
    case FT_NONE: Gl_RETURN_NONE;
    case FT_EMPTY_LIST: return GlList_New(0);
    case FT_END: break;
    }
    return GlErr_SetString(GlExc_SystemError, "_ast: bad field type");
}

static const char *const pos_names[4] = {"lineno", "col_offset", "end_lineno", "end_col_offset"};

/* An instance of spec's class with every field and position of the C node set.
 * New reference. */
static GlObject *
topy_node(ToPy *t, const NodeSpec *spec, const void *node) GL_NEWREF
{
    GlObject *cls = node_class(t, spec->name);
    if (cls == NULL) {
        return NULL;
    }
    GlObject *obj = GlObject_CallNoArgs(cls);
    if (obj == NULL) {
        return NULL;
    }
    const char *base = node;
    for (const FieldSpec *f = spec->fields; f->type != FT_END; f++) {
        GlObject *v = topy_field(t, f->type, base + f->offset);
        if (v == NULL) {
            goto error;
        }
        int r = GlObject_SetAttrString(obj, f->name, v);
        Gl_DECREF(v);
        if (r < 0) {
            goto error;
        }
    }
    if (spec->has_pos) {
        const int *pos = (const int *)(base + spec->pos_offset);
        for (int i = 0; i < 4; i++) {
            GlObject *v = GlInt_FromLong(pos[i]);
            if (v == NULL) {
                goto error;
            }
            int r = GlObject_SetAttrString(obj, pos_names[i], v);
            Gl_DECREF(v);
            if (r < 0) {
                goto error;
            }
        }
    }
    return obj;
error:
    Gl_DECREF(obj);
    return NULL;
}

/* See modules.h. New reference. */
GlObject *
GlAst_FromSource(const char *src, Gl_ssize_t len, GlObject *filename, int mode) GL_NEWREF
{
    GlObject *nodes = GlImport_ImportModule("_ast_nodes");
    if (nodes == NULL) {
        return NULL;
    }
    GlObject *res = NULL;
    ToPy t;
    t.classes = GlModule_GetDict(nodes);
    t.singletons = t.classes ? GlDict_GetItemString(t.classes, "_singletons") : NULL;
    if (t.singletons == NULL || !GlDict_Check(t.singletons)) {
        GlErr_SetString(GlExc_SystemError, "_ast: _ast_nodes._singletons is missing");
        Gl_DECREF(nodes);
        return NULL;
    }
    Gl_INCREF(t.singletons);
    GlArena *arena = GlArena_New();
    if (arena == NULL) {
        GlErr_NoMemory();
        goto done;
    }
    GlAstMod *mod = GlCompile_Parse(arena, src, len, filename, mode);
    if (mod != NULL) {
        res = topy_node(&t, &mod_specs[mod->kind], mod);
    }
    GlArena_Free(arena);
done:
    Gl_DECREF(t.singletons);
    Gl_DECREF(nodes);
    return res;
}

/* See codegen.h. New reference. */
GlObject *
GlAst_UnparseExpr(const struct GlAstExpr *e) GL_NEWREF
{
    GlObject *nodes = GlImport_ImportModule("_ast_nodes");
    if (nodes == NULL) {
        return NULL;
    }
    GlObject *res = NULL, *node = NULL, *ast = NULL;
    ToPy t;
    t.classes = GlModule_GetDict(nodes);
    t.singletons = t.classes ? GlDict_GetItemString(t.classes, "_singletons") : NULL;
    if (t.singletons == NULL || !GlDict_Check(t.singletons)) {
        GlErr_SetString(GlExc_SystemError, "_ast: _ast_nodes._singletons is missing");
        goto done;
    }
    node = topy_expr(&t, e);
    ast = node != NULL ? GlImport_ImportModule("ast") : NULL;
    if (ast != NULL) {
        res = GlObject_CallMethod(ast, GlStr_InternFromString("unparse"), &node, 1);
    }
    if (res != NULL && !GlStr_Check(res)) {
        Gl_SETREF(res, GlErr_SetString(GlExc_SystemError, "ast.unparse did not return a str"));
    }
done:
    Gl_XDECREF(node);
    Gl_XDECREF(ast);
    Gl_DECREF(nodes);
    return res;
}

/* ---- Python objects -> C AST (compile() of a tree) ------------------------------------- */

/* The checks CPython's PyAST_Validate makes that keep the code generator safe are made
 * while converting: node types per field, required fields, expression contexts,
 * non-empty bodies, matching sequence lengths, constant types. */

#define TOC_MAX_DEPTH 2000

typedef struct ToC {
    GlArena *arena;
    GlObject *classes;     // the dict of module _ast_nodes (borrowed)
    int depth;
    GlObject *filename;    // str, for SyntaxErrors (borrowed)
} ToC;

static int toc_fields(ToC *t, const NodeSpec *spec, GlObject *o, void *node, const char *base);

static const char *const ctx_label[] = {NULL, "Load", "Store", "Del"};

/* getattr(o, name) (new reference), NULL without exception when missing; -1 on error. */
static int
toc_getattr(GlObject *o, const char *name, GlObject **res)
{
    GlObject *key = GlStr_FromString(name);
    if (key == NULL) {
        return -1;
    }
    int r = GlObject_LookupAttr(o, key, res);
    Gl_DECREF(key);
    return r;
}

/* 1 if o is an instance of the node class `name`, 0 if not, -1 on error. */
static int
toc_isinstance(ToC *t, GlObject *o, const char *name)
{
    GlObject *cls = GlDict_GetItemString(t->classes, name);
    if (cls == NULL) {
        GlErr_Format(GlExc_SystemError, "_ast: no node class %s", name);
        return -1;
    }
    return GlObject_IsInstance(o, cls);
}

/* The index in specs[0..n) of the class o is an instance of; 0 if none, -1 on error. */
static int
toc_kind(ToC *t, GlObject *o, const NodeSpec *specs, int n)
{
    for (int i = 1; i < n; i++) {
        if (specs[i].name == NULL) {
            continue;
        }
        int r = toc_isinstance(t, o, specs[i].name);
        if (r != 0) {
            return r < 0 ? -1 : i;
        }
    }
    return 0;
}

static int
toc_wrong_type(const char *what, GlObject *o)
{
    GlErr_Format(GlExc_TypeError, "expected some sort of %s, but got %R", what, o);
    return -1;
}

static int
toc_enter(ToC *t, const char *what)
{
    if (++t->depth > TOC_MAX_DEPTH) {
        GlErr_Format(GlExc_RecursionError,
                     "maximum recursion depth exceeded while traversing '%s' node", what);
        return -1;
    }
    return 0;
}

/* An arena identifier from a str. */
static const char *
toc_ident(ToC *t, GlObject *v)
{
    if (!GlStr_Check(v)) {
        GlErr_SetString(GlExc_TypeError, "AST identifier must be of type str");
        return NULL;
    }
    Gl_ssize_t n;
    const char *s = GlStr_AsUTF8AndSize(v, &n);
    if (s == NULL) {
        return NULL;
    }
    const char *r = GlArena_Intern(t->arena, s, (size_t)n);
    if (r == NULL) {
        GlErr_NoMemory();
    }
    return r;
}

/* A Constant's value into k (the forms the parser produces: no tuples/frozensets). */
static int
toc_constant(ToC *t, GlObject *v, GlAstConstant *k)
{
    if (v == Gl_None) {
        k->kind = GL_CONST_NONE;
    } else if (v == Gl_True) {
        k->kind = GL_CONST_TRUE;
    } else if (v == Gl_False) {
        k->kind = GL_CONST_FALSE;
    } else if (v == Gl_Ellipsis) {
        k->kind = GL_CONST_ELLIPSIS;
    } else if (GlInt_Check(v)) {
        GlObject *text = GlInt_Format(v, 10, 0);
        if (text == NULL) {
            return -1;
        }
        Gl_ssize_t n;
        const char *s = GlStr_AsUTF8AndSize(text, &n);
        k->s = s ? GlArena_Strndup(t->arena, s, (size_t)n) : NULL;
        k->len = (size_t)n;
        Gl_DECREF(text);
        if (k->s == NULL) {
            if (!GlErr_Occurred()) {
                GlErr_NoMemory();
            }
            return -1;
        }
        k->kind = GL_CONST_INT;
    } else if (GlFloat_Check(v)) {
        k->kind = GL_CONST_FLOAT;
        k->f = GlFloat_AS_DOUBLE(v);
    } else if (GlObject_TypeCheck(v, &GlComplex_Type)) {
        GlComplexObject *c = (GlComplexObject *)v;
        if (signbit(c->real)) {   // (real parts other than 0.0 are expanded by toc_expr)
            GlErr_SetString(GlExc_NotImplementedError,
                            "compile(): complex constants with a real part are not supported");
            return -1;
        }
        k->kind = GL_CONST_COMPLEX;
        k->f = c->imag;
    } else if (GlStr_Check(v) || GlBytes_Check(v)) {
        GlObject *b = GlStr_Check(v) ? GlStr_Encode(v, "utf-8", "surrogatepass")
                                     : Gl_NewRef(v);
        if (b == NULL) {
            return -1;
        }
        k->kind = GlStr_Check(v) ? GL_CONST_STR : GL_CONST_BYTES;
        k->len = (size_t)Gl_SIZE(b);
        k->s = GlArena_Strndup(t->arena, GlBytes_AS_STRING(b), k->len);
        Gl_DECREF(b);
        if (k->s == NULL) {
            GlErr_NoMemory();
            return -1;
        }
    } else if (GlObject_TypeCheck(v, &GlFrozenSet_Type)) {
        GlErr_SetString(GlExc_NotImplementedError,
                        "compile(): frozenset constants are not supported");
        return -1;
    } else {
        GlErr_Format(GlExc_TypeError, "got an invalid type in Constant: %s",
                     GlObject_TypeName(v));
        return -1;
    }
    return 0;
}

/* The enum value of an operator/context instance (index into names), or -1. */
static int
toc_enum(ToC *t, GlObject *v, const char *const *names, int n, const char *what)
{
    for (int i = 1; i < n; i++) {
        int r = toc_isinstance(t, v, names[i]);
        if (r != 0) {
            return r < 0 ? -1 : i;
        }
    }
    return toc_wrong_type(what, v);
}

/* Check the context an expression node carries against the one its position requires. */
static int
toc_check_ctx(const GlAstExpr *e, int want)
{
    int have;
    switch (e->kind) {
    case GL_AST_ATTRIBUTE: have = e->v.Attribute.ctx; break;
    case GL_AST_SUBSCRIPT: have = e->v.Subscript.ctx; break;
    case GL_AST_STARRED: have = e->v.Starred.ctx; break;
    case GL_AST_NAME: have = e->v.Name.ctx; break;
    case GL_AST_LIST: have = e->v.List.ctx; break;
    case GL_AST_TUPLE: have = e->v.Tuple.ctx; break;
    default:
        if (want != GL_AST_LOAD) {
            GlErr_Format(GlExc_ValueError, "expression which can't be assigned to in %s context",
                         ctx_label[want]);
            return -1;
        }
        return 0;
    }
    if (have != want) {
        GlErr_Format(GlExc_ValueError, "expression must have %s context but has %s instead",
                     ctx_label[want], ctx_label[have]);
        return -1;
    }
    return 0;
}

/* 1 if a Constant's value has no GlAstConstant form but an equivalent expression: a
 * tuple (-> Tuple of constants) or a complex with a real part (-> real + imag j). */
static int
toc_needs_expansion(GlObject *v)
{
    if (GlTuple_Check(v)) {
        return 1;
    }
    if (GlObject_TypeCheck(v, &GlComplex_Type)) {
        GlComplexObject *c = (GlComplexObject *)v;
        return c->real != 0.0;
    }
    return 0;
}

/* Fill e (positions already set) with the expression equivalent to the value v. */
static int
toc_expand_constant(ToC *t, GlObject *v, GlAstExpr *e)
{
    if (toc_enter(t, "expr") < 0) {
        return -1;
    }
    int r = 0;
    if (GlTuple_Check(v)) {
        Gl_ssize_t n = GlTuple_GET_SIZE(v);
        e->kind = GL_AST_TUPLE;
        e->v.Tuple.ctx = GL_AST_LOAD;
        e->v.Tuple.elts.items = GlArena_Alloc(t->arena, sizeof(GlAstExpr *) * (size_t)(n ? n : 1));
        if (e->v.Tuple.elts.items == NULL) {
            GlErr_NoMemory();
            r = -1;
        }
        for (Gl_ssize_t i = 0; r == 0 && i < n; i++) {
            GlAstExpr *x = GlArena_Alloc(t->arena, sizeof(GlAstExpr));
            if (x == NULL) {
                GlErr_NoMemory();
                r = -1;
                break;
            }
            x->lineno = e->lineno;
            x->col_offset = e->col_offset;
            x->end_lineno = e->end_lineno;
            x->end_col_offset = e->end_col_offset;
            GlObject *item = GlTuple_GET_ITEM(v, i);
            if (toc_needs_expansion(item)) {
                r = toc_expand_constant(t, item, x);
            } else {
                x->kind = GL_AST_CONSTANT;
                r = toc_constant(t, item, &x->v.Constant);
            }
            e->v.Tuple.elts.items[e->v.Tuple.elts.n++] = x;
        }
    } else {
        GlComplexObject *c = (GlComplexObject *)v;
        GlAstExpr *l = GlArena_Alloc(t->arena, sizeof(GlAstExpr));
        GlAstExpr *rr = GlArena_Alloc(t->arena, sizeof(GlAstExpr));
        if (l == NULL || rr == NULL) {
            GlErr_NoMemory();
            r = -1;
        } else {
            *l = *e;
            *rr = *e;
            l->kind = GL_AST_CONSTANT;
            l->v.Constant.kind = GL_CONST_FLOAT;
            l->v.Constant.f = c->real;
            rr->kind = GL_AST_CONSTANT;
            rr->v.Constant.kind = GL_CONST_COMPLEX;
            rr->v.Constant.f = c->imag;
            e->kind = GL_AST_BINOP;
            e->v.BinOp.left = l;
            e->v.BinOp.op = GL_AST_ADD;
            e->v.BinOp.right = rr;
        }
    }
    t->depth--;
    return r;
}

/* CPython's number for an expression kind (its messages show it): the index of the
 * class name in Python.asdl's order. */
static int
cpython_expr_kind(const GlAstExpr *e)
{
    static const char *const order[] = {
        "", "BoolOp", "NamedExpr", "BinOp", "UnaryOp", "Lambda", "IfExp", "Dict", "Set",
        "ListComp", "SetComp", "DictComp", "GeneratorExp", "Await", "Yield", "YieldFrom",
        "Compare", "Call", "FormattedValue", "JoinedStr", "Constant", "Attribute",
        "Subscript", "Starred", "Name", "List", "Tuple", "Slice"};
    const char *name = expr_specs[e->kind].name;
    for (int i = 1; i < NELEMS(order); i++) {
        if (strcmp(order[i], name) == 0) {
            return i;
        }
    }
    return 0;
}

/* CPython's compiler: "keyword argument repeated" (a SyntaxError at the repeat). */
static int
toc_check_keywords(ToC *t, const GlAstKeywordSeq *kws)
{
    for (int i = 1; i < kws->n; i++) {
        const GlAstKeyword *k = kws->items[i];
        for (int j = 0; k->arg != NULL && j < i; j++) {
            if (kws->items[j]->arg == NULL || strcmp(kws->items[j]->arg, k->arg) != 0) {
                continue;
            }
            char msg[300];
            snprintf(msg, sizeof(msg), "keyword argument repeated: %.200s", k->arg);
            const char *fname = GlStr_AsUTF8(t->filename);
            GlObject *exc = GlErr_NewSyntaxError(GlExc_SyntaxError, msg,
                                                 fname ? fname : "<unknown>", k->lineno,
                                                 k->col_offset + 1, k->end_lineno,
                                                 k->end_col_offset + 1, NULL);
            if (exc != NULL) {
                GlErr_SetObject(GlExc_SyntaxError, exc);
                Gl_DECREF(exc);
            }
            return -1;
        }
    }
    return 0;
}

/* Checks of one expression beyond its fields' types (CPython's validator and the ones
 * its compiler makes with a SystemError or SyntaxError). */
static int
toc_check_expr(ToC *t, const GlAstExpr *e)
{
    const GlAstComprehensionSeq *gens = NULL;
    switch (e->kind) {
    case GL_AST_LISTCOMP: gens = &e->v.ListComp.generators; break;
    case GL_AST_SETCOMP: gens = &e->v.SetComp.generators; break;
    case GL_AST_DICTCOMP: gens = &e->v.DictComp.generators; break;
    case GL_AST_GENERATOREXP: gens = &e->v.GeneratorExp.generators; break;
    case GL_AST_NAME: {
        const char *id = e->v.Name.id;
        if (strcmp(id, "None") == 0 || strcmp(id, "True") == 0 || strcmp(id, "False") == 0) {
            GlErr_Format(GlExc_ValueError, "identifier field can't represent '%s' constant", id);
            return -1;
        }
        return 0;
    }
    case GL_AST_CALL:
        return toc_check_keywords(t, &e->v.Call.keywords);
    case GL_AST_FORMATTEDVALUE: {
        int c = e->v.FormattedValue.conversion;
        if (c != -1 && c != 's' && c != 'r' && c != 'a') {
            GlErr_Format(GlExc_SystemError, "Unrecognized conversion character %d", c);
            return -1;
        }
        return 0;
    }
    default:
        return 0;
    }
    if (gens->n == 0) {
        GlErr_SetString(GlExc_ValueError, "comprehension with no generators");
        return -1;
    }
    return 0;
}

/* 0 if e can be the target of an augmented/annotated assignment, else SystemError. */
static int
toc_check_simple_target(const GlAstExpr *e, const char *what)
{
    if (e->kind == GL_AST_NAME || e->kind == GL_AST_ATTRIBUTE || e->kind == GL_AST_SUBSCRIPT) {
        return 0;
    }
    GlErr_Format(GlExc_SystemError, "invalid node type (%d) for %s", cpython_expr_kind(e), what);
    return -1;
}

/* An expression node (NULL for None when optional). ctx: the context required. */
static int
toc_expr(ToC *t, GlObject *o, int ctx, GlAstExpr **out)
{
    int kind = toc_kind(t, o, expr_specs, NELEMS(expr_specs));
    if (kind <= 0) {
        return kind < 0 ? -1 : toc_wrong_type("expr", o);
    }
    GlAstExpr *e = GlArena_Alloc(t->arena, sizeof(GlAstExpr));
    if (e == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    e->kind = (GlAstExprKind)kind;
    if (toc_enter(t, "expr") < 0) {
        return -1;
    }
    /* the elements of a Tuple/List target and a Starred's value share its context */
    const NodeSpec *spec = &expr_specs[kind];
    NodeSpec local;
    if ((kind == GL_AST_TUPLE || kind == GL_AST_LIST || kind == GL_AST_STARRED)
        && ctx != GL_AST_LOAD) {
        local = *spec;
        local.fields[0].ctx = ctx;
        spec = &local;
    }
    int r;
    GlObject *cv = NULL;
    if (kind == GL_AST_CONSTANT && toc_getattr(o, "value", &cv) < 0) {
        t->depth--;
        return -1;
    }
    if (cv != NULL && toc_needs_expansion(cv)) {
        NodeSpec positions = *spec;   // read the positions only
        positions.fields[0].type = FT_END;
        r = toc_fields(t, &positions, o, e, "expr");
        if (r == 0) {
            r = toc_expand_constant(t, cv, e);
        }
    } else {
        r = toc_fields(t, spec, o, e, "expr");
    }
    Gl_XDECREF(cv);
    t->depth--;
    if (r < 0 || toc_check_ctx(e, ctx == 0 ? GL_AST_LOAD : ctx) < 0 || toc_check_expr(t, e) < 0) {
        return -1;
    }
    *out = e;
    return 0;
}

static int
toc_empty_body(const char *node)
{
    GlErr_Format(GlExc_ValueError, "empty body on %s", node);
    return -1;
}

/* Checks of one statement beyond its fields' types. */
static int
toc_check_stmt(ToC *t, const GlAstStmt *s, const char *name)
{
    switch (s->kind) {
    case GL_AST_FUNCTIONDEF:
        return s->v.FunctionDef.body.n == 0 ? toc_empty_body(name) : 0;
    case GL_AST_CLASSDEF:
        if (s->v.ClassDef.body.n == 0) {
            return toc_empty_body(name);
        }
        return toc_check_keywords(t, &s->v.ClassDef.keywords);
    case GL_AST_FOR:
        return s->v.For.body.n == 0 ? toc_empty_body(name) : 0;
    case GL_AST_WHILE:
        return s->v.While.body.n == 0 ? toc_empty_body(name) : 0;
    case GL_AST_IF:
        return s->v.If.body.n == 0 ? toc_empty_body(name) : 0;
    case GL_AST_WITH:
        if (s->v.With.items.n == 0) {
            GlErr_Format(GlExc_ValueError, "empty items on %s", name);
            return -1;
        }
        return s->v.With.body.n == 0 ? toc_empty_body(name) : 0;
    case GL_AST_TRY:
        if (s->v.Try.body.n == 0) {
            return toc_empty_body(name);
        }
        if (s->v.Try.handlers.n == 0 && s->v.Try.finalbody.n == 0) {
            GlErr_Format(GlExc_ValueError, "%s has neither except handlers nor finalbody", name);
            return -1;
        }
        if (s->v.Try.handlers.n == 0 && s->v.Try.orelse.n != 0) {
            GlErr_Format(GlExc_ValueError, "%s has orelse but no except handlers", name);
            return -1;
        }
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            if (s->v.Try.handlers.items[i]->body.n == 0) {
                return toc_empty_body("ExceptHandler");
            }
            if (s->v.Try.star && s->v.Try.handlers.items[i]->type == NULL) {
                GlErr_SetString(GlExc_NotImplementedError,
                                "compile(): an except* handler needs an exception type");
                return -1;
            }
        }
        return 0;
    case GL_AST_MATCH:
        if (s->v.Match.cases.n == 0) {
            GlErr_SetString(GlExc_ValueError, "empty cases on Match");
            return -1;
        }
        for (int i = 0; i < s->v.Match.cases.n; i++) {
            if (s->v.Match.cases.items[i]->body.n == 0) {
                return toc_empty_body("match_case");
            }
        }
        return 0;
    case GL_AST_AUGASSIGN:
        return toc_check_simple_target(s->v.AugAssign.target, "augmented assignment");
    case GL_AST_ANNASSIGN:
        if (s->v.AnnAssign.simple && s->v.AnnAssign.target->kind != GL_AST_NAME) {
            GlErr_SetString(GlExc_TypeError, "AnnAssign with simple non-Name target");
            return -1;
        }
        return toc_check_simple_target(s->v.AnnAssign.target, "annotated assignment");
    case GL_AST_RAISE:
        if (s->v.Raise.exc == NULL && s->v.Raise.cause != NULL) {
            GlErr_SetString(GlExc_ValueError, "Raise with cause but no exception");
            return -1;
        }
        return 0;
    case GL_AST_DELETE:
        if (s->v.Delete.targets.n == 0) {
            GlErr_SetString(GlExc_ValueError, "empty targets on Delete");
            return -1;
        }
        return 0;
    case GL_AST_ASSIGN:
        if (s->v.Assign.targets.n == 0) {
            GlErr_SetString(GlExc_ValueError, "empty targets on Assign");
            return -1;
        }
        return 0;
    case GL_AST_IMPORTFROM:
        if (s->v.ImportFrom.level < 0) {
            GlErr_SetString(GlExc_ValueError, "Negative ImportFrom level");
            return -1;
        }
        /* fall through */
    case GL_AST_IMPORT:
        if ((s->kind == GL_AST_IMPORT ? s->v.Import.names.n : s->v.ImportFrom.names.n) == 0) {
            GlErr_Format(GlExc_ValueError, "empty names on %s", name);
            return -1;
        }
        return 0;
    default:
        return 0;
    }
}

static int
toc_stmt(ToC *t, GlObject *o, GlAstStmt **out)
{
    int kind = toc_kind(t, o, stmt_specs, NELEMS(stmt_specs));
    const NodeSpec *spec = kind > 0 ? &stmt_specs[kind] : NULL;
    /* the classes sharing a C node with another kind (TryStar, Async*) */
    static const struct { const NodeSpec *spec; GlAstStmtKind kind; } alt[] = {
        {&trystar_spec, GL_AST_TRY}, {&asyncfunctiondef_spec, GL_AST_FUNCTIONDEF},
        {&asyncfor_spec, GL_AST_FOR}, {&asyncwith_spec, GL_AST_WITH}};
    for (int i = 0; kind == 0 && i < NELEMS(alt); i++) {
        int r = toc_isinstance(t, o, alt[i].spec->name);
        if (r < 0) {
            return -1;
        }
        if (r > 0) {
            kind = alt[i].kind;
            spec = alt[i].spec;
        }
    }
    if (kind <= 0) {
        return kind < 0 ? -1 : toc_wrong_type("stmt", o);
    }
    GlAstStmt *s = GlArena_Alloc(t->arena, sizeof(GlAstStmt));
    if (s == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    s->kind = (GlAstStmtKind)kind;
    if (spec == &trystar_spec) {   // Try and TryStar share the C node
        s->v.Try.star = 1;
    } else if (spec == &asyncfunctiondef_spec) {
        s->v.FunctionDef.is_async = 1;
    } else if (spec == &asyncfor_spec) {
        s->v.For.is_async = 1;
    } else if (spec == &asyncwith_spec) {
        s->v.With.is_async = 1;
    }
    if (toc_enter(t, "stmt") < 0) {
        return -1;
    }
    int r = toc_fields(t, spec, o, s, "stmt");
    t->depth--;
    if (r < 0 || toc_check_stmt(t, s, spec->name) < 0) {
        return -1;
    }
    *out = s;
    return 0;
}

/* CPython's validate_name: an identifier that can't be None/True/False. */
static int
toc_check_name(const char *id)
{
    if (strcmp(id, "None") == 0 || strcmp(id, "True") == 0 || strcmp(id, "False") == 0) {
        GlErr_Format(GlExc_ValueError, "identifier field can't represent '%s' constant", id);
        return -1;
    }
    return 0;
}

/* CPython's validate_capture: a name a pattern binds (optional: NULL is fine). */
static int
toc_check_capture(const char *id)
{
    if (id == NULL) {
        return 0;
    }
    if (strcmp(id, "_") == 0) {
        GlErr_SetString(GlExc_ValueError, "can't capture name '_' in patterns");
        return -1;
    }
    return toc_check_name(id);
}

/* CPython's ensure_literal_number: a Constant int/float (real) or complex (imaginary). */
static int
toc_literal_number(const GlAstExpr *e, int real, int imaginary)
{
    if (e->kind != GL_AST_CONSTANT) {
        return 0;
    }
    GlAstConstKind k = e->v.Constant.kind;
    return (real && (k == GL_CONST_INT || k == GL_CONST_FLOAT))
           || (imaginary && k == GL_CONST_COMPLEX);
}

/* CPython's ensure_literal_negative: -number. */
static int
toc_literal_negative(const GlAstExpr *e, int real, int imaginary)
{
    return e->kind == GL_AST_UNARYOP && e->v.UnaryOp.op == GL_AST_USUB
           && toc_literal_number(e->v.UnaryOp.operand, real, imaginary);
}

/* CPython's ensure_literal_complex: [-]real +/- imaginary. */
static int
toc_literal_complex(const GlAstExpr *e)
{
    if (e->v.BinOp.op != GL_AST_ADD && e->v.BinOp.op != GL_AST_SUB) {
        return 0;
    }
    const GlAstExpr *l = e->v.BinOp.left;
    if (!toc_literal_number(l, 1, 0) && !toc_literal_negative(l, 1, 0)) {
        return 0;
    }
    return toc_literal_number(e->v.BinOp.right, 0, 1);
}

/* CPython's validate_pattern_match_value: what a MatchValue (or mapping key) may hold. */
static int
toc_check_match_value(const GlAstExpr *e)
{
    switch (e->kind) {
    case GL_AST_CONSTANT:
        switch (e->v.Constant.kind) {
        case GL_CONST_INT: case GL_CONST_FLOAT: case GL_CONST_COMPLEX: case GL_CONST_STR:
        case GL_CONST_BYTES:
            return 0;
        default:
            GlErr_SetString(GlExc_ValueError, "unexpected constant inside of a literal pattern");
            return -1;
        }
    case GL_AST_ATTRIBUTE:
    case GL_AST_JOINEDSTR:   // rejected by the code generator
        return 0;
    case GL_AST_UNARYOP:
        if (toc_literal_negative(e, 1, 1)) {
            return 0;
        }
        break;
    case GL_AST_BINOP:   // (also a Constant complex with a real part, expanded)
        if (toc_literal_complex(e)) {
            return 0;
        }
        break;
    default:
        break;
    }
    GlErr_SetString(GlExc_ValueError, "patterns may only match literals and attribute lookups");
    return -1;
}

/* Checks of one pattern beyond its fields' types (CPython's validate_pattern). */
static int
toc_check_pattern(const GlAstPattern *p)
{
    switch (p->kind) {
    case GL_AST_MATCHVALUE:
        return toc_check_match_value(p->v.MatchValue.value);
    case GL_AST_MATCHMAPPING:
        if (p->v.MatchMapping.keys.n != p->v.MatchMapping.patterns.n) {
            GlErr_SetString(GlExc_ValueError,
                            "MatchMapping doesn't have the same number of keys as patterns");
            return -1;
        }
        if (toc_check_capture(p->v.MatchMapping.rest) < 0) {
            return -1;
        }
        for (int i = 0; i < p->v.MatchMapping.keys.n; i++) {
            const GlAstExpr *k = p->v.MatchMapping.keys.items[i];
            if (k->kind == GL_AST_CONSTANT
                && (k->v.Constant.kind == GL_CONST_NONE || k->v.Constant.kind == GL_CONST_TRUE
                    || k->v.Constant.kind == GL_CONST_FALSE)) {
                continue;   // valid keys the parser accepts
            }
            if (toc_check_match_value(k) < 0) {
                return -1;
            }
        }
        return 0;
    case GL_AST_MATCHCLASS: {
        if (p->v.MatchClass.kwd_attrs.n != p->v.MatchClass.kwd_patterns.n) {
            GlErr_SetString(GlExc_ValueError, "MatchClass doesn't have the same number of "
                                              "keyword attributes as patterns");
            return -1;
        }
        const GlAstExpr *cls = p->v.MatchClass.cls;
        while (cls->kind == GL_AST_ATTRIBUTE) {
            cls = cls->v.Attribute.value;
        }
        if (cls->kind != GL_AST_NAME) {
            GlErr_SetString(GlExc_ValueError,
                            "MatchClass cls field can only contain Name or Attribute nodes.");
            return -1;
        }
        for (int i = 0; i < p->v.MatchClass.kwd_attrs.n; i++) {
            if (toc_check_name(p->v.MatchClass.kwd_attrs.items[i]) < 0) {
                return -1;
            }
        }
        return 0;
    }
    case GL_AST_MATCHSTAR:
        return toc_check_capture(p->v.MatchStar.name);
    case GL_AST_MATCHAS:
        if (toc_check_capture(p->v.MatchAs.name) < 0) {
            return -1;
        }
        if (p->v.MatchAs.pattern != NULL && p->v.MatchAs.name == NULL) {
            GlErr_SetString(GlExc_ValueError,
                            "MatchAs must specify a target name if a pattern is given");
            return -1;
        }
        return 0;
    case GL_AST_MATCHOR:
        if (p->v.MatchOr.patterns.n < 2) {
            GlErr_SetString(GlExc_ValueError, "MatchOr requires at least 2 patterns");
            return -1;
        }
        return 0;
    default:
        return 0;
    }
}

/* 1 if o is a Constant node holding a tuple (CPython: "unexpected constant" in a
 * pattern; here it would become a Tuple node); 0 if not, -1 on error. */
static int
toc_is_tuple_constant(ToC *t, GlObject *o)
{
    int r = toc_isinstance(t, o, "Constant");
    if (r <= 0) {
        return r;
    }
    GlObject *v;
    if (toc_getattr(o, "value", &v) < 0) {
        return -1;
    }
    r = v != NULL && GlTuple_Check(v);
    Gl_XDECREF(v);
    return r;
}

/* The tuple-constant check of toc_is_tuple_constant on a MatchValue's value or each
 * of a MatchMapping's keys (before they are converted). */
static int
toc_precheck_pattern(ToC *t, int kind, GlObject *o)
{
    if (kind != GL_AST_MATCHVALUE && kind != GL_AST_MATCHMAPPING) {
        return 0;
    }
    GlObject *v;
    if (toc_getattr(o, kind == GL_AST_MATCHVALUE ? "value" : "keys", &v) < 0) {
        return -1;
    }
    int r = 0;
    if (v != NULL && kind == GL_AST_MATCHVALUE) {
        r = toc_is_tuple_constant(t, v);
    } else if (v != NULL && GlList_Check(v)) {
        for (Gl_ssize_t i = 0; r == 0 && i < GlList_GET_SIZE(v); i++) {
            GlObject *k = Gl_NewRef(GlList_GET_ITEM(v, i));
            r = toc_is_tuple_constant(t, k);
            Gl_DECREF(k);
        }
    }
    Gl_XDECREF(v);
    if (r > 0) {
        GlErr_SetString(GlExc_ValueError, "unexpected constant inside of a literal pattern");
        return -1;
    }
    return r;
}

/* A pattern node; star_ok: a MatchStar may be here (an item of MatchSequence). */
static int
toc_pattern(ToC *t, GlObject *o, int star_ok, GlAstPattern **out)
{
    int kind = toc_kind(t, o, pattern_specs, NELEMS(pattern_specs));
    if (kind <= 0) {
        return kind < 0 ? -1 : toc_wrong_type("pattern", o);
    }
    if (kind == GL_AST_MATCHSTAR && !star_ok) {
        GlErr_SetString(GlExc_ValueError, "can't use MatchStar here");
        return -1;
    }
    if (toc_precheck_pattern(t, kind, o) < 0) {
        return -1;
    }
    GlAstPattern *p = GlArena_Alloc(t->arena, sizeof(GlAstPattern));
    if (p == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    p->kind = (GlAstPatternKind)kind;
    if (toc_enter(t, "pattern") < 0) {
        return -1;
    }
    int r = toc_fields(t, &pattern_specs[kind], o, p, "pattern");
    t->depth--;
    if (r < 0 || toc_check_pattern(p) < 0) {
        return -1;
    }
    *out = p;
    return 0;
}

/* An auxiliary node (arguments, arg, keyword...) of `size` bytes. As CPython, only the
 * sum type excepthandler checks the class; product types (arguments, match_case...) take
 * any object with the fields (so `[1]` as Match.cases says "required field ... missing"). */
static int
toc_aux(ToC *t, const NodeSpec *spec, size_t size, const char *base, GlObject *o, void **out)
{
    int r = spec == &handler_spec ? toc_isinstance(t, o, spec->name) : 1;
    if (r <= 0) {
        return r < 0 ? -1 : toc_wrong_type(base, o);
    }
    void *node = GlArena_Alloc(t->arena, size);
    if (node == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    if (toc_enter(t, base) < 0) {
        return -1;
    }
    r = toc_fields(t, spec, o, node, base);
    t->depth--;
    if (r < 0) {
        return -1;
    }
    *out = node;
    return 0;
}

/* One item of a sequence field of type ft (o is not None). */
static int
toc_item(ToC *t, FieldType ft, int ctx, GlObject *o, void **out)
{
    switch (ft) {
    case FT_EXPRS:
    case FT_EXPRS_NULLS: return toc_expr(t, o, ctx, (GlAstExpr **)out);
    case FT_STMTS: return toc_stmt(t, o, (GlAstStmt **)out);
    case FT_IDENTS: *out = (void *)toc_ident(t, o); return *out ? 0 : -1;
    case FT_ARGS: return toc_aux(t, &arg_spec, sizeof(GlAstArg), "arg", o, out);
    case FT_KEYWORDS: return toc_aux(t, &keyword_spec, sizeof(GlAstKeyword), "keyword", o, out);
    case FT_ALIASES: return toc_aux(t, &alias_spec, sizeof(GlAstAlias), "alias", o, out);
    case FT_WITHITEMS:
        return toc_aux(t, &withitem_spec, sizeof(GlAstWithItem), "withitem", o, out);
    case FT_COMPS:
        return toc_aux(t, &comprehension_spec, sizeof(GlAstComprehension), "comprehension", o,
                       out);
    case FT_HANDLERS:
        return toc_aux(t, &handler_spec, sizeof(GlAstExceptHandler), "excepthandler", o, out);
    case FT_PATTERNS: return toc_pattern(t, o, ctx, (GlAstPattern **)out);
    case FT_CASES:
        return toc_aux(t, &match_case_spec, sizeof(GlAstMatchCase), "match_case", o, out);
    default:
        GlErr_SetString(GlExc_SystemError, "_ast: bad sequence field type");
        return -1;
    }
}

/* Field `f` of node `nodename` from the value v (a new reference, or NULL if the
 * attribute is missing) into the member at p. */
static int
toc_field(ToC *t, const FieldSpec *f, const char *nodename, GlObject *v, char *p)
{
    FieldType ft = f->type;
    int optional = ft == FT_EXPR_OPT || ft == FT_IDENT_OPT || ft == FT_ARG_OPT
                   || ft == FT_PATTERN_OPT
                   || ft == FT_CONST_KIND || ft == FT_NONE || ft == FT_EMPTY_LIST
                   || (ft == FT_INT && strcmp(f->name, "level") == 0);
    if (v == NULL || (v == Gl_None && ft != FT_CONST_VALUE && ft != FT_SINGLETON)) {
        if (!optional) {
            GlErr_Format(GlExc_TypeError, "required field \"%s\" missing from %s", f->name,
                         nodename);
            return -1;
        }
        return 0;   // the arena zeroed the member: NULL / 0
    }
    switch (ft) {
    case FT_EXPR:
    case FT_EXPR_OPT: return toc_expr(t, v, f->ctx, (GlAstExpr **)p);
    case FT_IDENT:
    case FT_IDENT_OPT: {
        const char *s = toc_ident(t, v);
        *(const char **)p = s;
        return s ? 0 : -1;
    }
    case FT_ARGUMENTS:
        return toc_aux(t, &arguments_spec, sizeof(GlAstArguments), "arguments", v, (void **)p);
    case FT_ARG_OPT: return toc_aux(t, &arg_spec, sizeof(GlAstArg), "arg", v, (void **)p);
    case FT_CTX: {
        int r = toc_enum(t, v, ctx_names, NELEMS(ctx_names), "expr_context");
        *(int *)p = r;
        return r < 0 ? -1 : 0;
    }
    case FT_BOOLOP: {
        int r = toc_enum(t, v, boolop_names, NELEMS(boolop_names), "boolop");
        *(int *)p = r;
        return r < 0 ? -1 : 0;
    }
    case FT_OPERATOR: {
        int r = toc_enum(t, v, operator_names, NELEMS(operator_names), "operator");
        *(int *)p = r;
        return r < 0 ? -1 : 0;
    }
    case FT_UNARYOP: {
        int r = toc_enum(t, v, unaryop_names, NELEMS(unaryop_names), "unaryop");
        *(int *)p = r;
        return r < 0 ? -1 : 0;
    }
    case FT_INT: {
        if (!GlInt_Check(v)) {
            GlErr_Format(GlExc_TypeError, "field \"%s\" must be an int, not %s", f->name,
                         GlObject_TypeName(v));
            return -1;
        }
        long x = GlInt_AsLong(v);
        if (x == -1 && GlErr_Occurred()) {
            return -1;
        }
        *(int *)p = (int)x;
        return 0;
    }
    case FT_CONST_VALUE: return toc_constant(t, v, (GlAstConstant *)p);
    case FT_PATTERN:
    case FT_PATTERN_OPT: return toc_pattern(t, v, f->ctx, (GlAstPattern **)p);
    case FT_SINGLETON:
        if (v != Gl_None && v != Gl_True && v != Gl_False) {
            GlErr_SetString(GlExc_ValueError,
                            "MatchSingleton can only contain True, False and None");
            return -1;
        }
        *(GlAstConstKind *)p = v == Gl_None   ? GL_CONST_NONE
                               : v == Gl_True ? GL_CONST_TRUE
                                              : GL_CONST_FALSE;
        return 0;
    case FT_CONST_KIND:
        ((GlAstConstant *)p)->is_u = GlStr_Check(v) && GlStr_EqualToASCII(v, "u");
        return 0;
    case FT_NONE:
    case FT_EMPTY_LIST:
    case FT_END:
        return 0;
    default:
        break;
    }
    /* sequences */
    if (!GlList_Check(v)) {
        GlErr_Format(GlExc_TypeError, "%s field \"%s\" must be a list, not a %s", nodename,
                     f->name, GlObject_TypeName(v));
        return -1;
    }
    Gl_ssize_t n = GlList_GET_SIZE(v);
    if (ft == FT_CMPOPS) {
        GlAstCmpOpSeq *seq = (GlAstCmpOpSeq *)p;
        seq->items = GlArena_Alloc(t->arena, sizeof(int) * (size_t)(n ? n : 1));
        if (seq->items == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        for (Gl_ssize_t i = 0; i < n; i++) {
            GlObject *item = Gl_NewRef(GlList_GET_ITEM(v, i));
            int r = toc_enum(t, item, cmpop_names, NELEMS(cmpop_names), "cmpop");
            Gl_DECREF(item);
            if (r < 0) {
                return -1;
            }
            seq->items[seq->n++] = r;
            if (GlList_GET_SIZE(v) != n) {
                GlErr_Format(GlExc_RuntimeError,
                             "%s field \"%s\" changed size during iteration", nodename,
                             f->name);
                return -1;
            }
        }
        return 0;
    }
    AnySeq *seq = (AnySeq *)p;
    seq->items = GlArena_Alloc(t->arena, sizeof(void *) * (size_t)(n ? n : 1));
    if (seq->items == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *item = Gl_NewRef(GlList_GET_ITEM(v, i));
        int r = 0;
        void *res = NULL;
        if (item == Gl_None && ft == FT_EXPRS_NULLS) {
            res = NULL;
        } else if (item == Gl_None) {
            GlErr_Format(GlExc_ValueError, "field \"%s\" must not contain None", f->name);
            r = -1;
        } else {
            r = toc_item(t, ft, f->ctx, item, &res);
        }
        Gl_DECREF(item);
        if (r < 0) {
            return -1;
        }
        seq->items[seq->n++] = res;
        if (GlList_GET_SIZE(v) != n) {   // converting ran Python code that resized it
            GlErr_Format(GlExc_RuntimeError, "%s field \"%s\" changed size during iteration",
                         nodename, f->name);
            return -1;
        }
    }
    return 0;
}

/* Every field and position of spec from o into the C node. */
static int
toc_fields(ToC *t, const NodeSpec *spec, GlObject *o, void *node, const char *base)
{
    char *b = node;
    /* positions first, as CPython reads them */
    if (spec->has_pos) {
        int *pos = (int *)(b + spec->pos_offset);
        for (int i = 0; i < 4; i++) {
            GlObject *v;
            if (toc_getattr(o, pos_names[i], &v) < 0) {
                return -1;
            }
            if (v == NULL || v == Gl_None) {
                Gl_XDECREF(v);
                if (i < 2) {
                    GlErr_Format(GlExc_TypeError, "required field \"%s\" missing from %s",
                                 pos_names[i], base);
                    return -1;
                }
                pos[i] = pos[i - 2];   // a missing end is the start
                continue;
            }
            long x = GlInt_Check(v) ? GlInt_AsLong(v) : -1;
            if (!GlInt_Check(v)) {
                GlErr_Format(GlExc_TypeError, "field \"%s\" must be an int, not %s",
                             pos_names[i], GlObject_TypeName(v));
            }
            Gl_DECREF(v);
            if (x == -1 && GlErr_Occurred()) {
                return -1;
            }
            pos[i] = (int)x;
        }
    }
    for (const FieldSpec *f = spec->fields; f->type != FT_END; f++) {
        if (f->type == FT_NONE || f->type == FT_EMPTY_LIST) {
            continue;
        }
        GlObject *v;
        if (toc_getattr(o, f->name, &v) < 0) {
            return -1;
        }
        int r = toc_field(t, f, spec->name, v, b + f->offset);
        Gl_XDECREF(v);
        if (r < 0) {
            return -1;
        }
    }
    /* sequence-length checks CPython's validator makes */
    if (spec == &expr_specs[GL_AST_DICT]) {
        const GlAstExpr *e = node;
        if (e->v.Dict.keys.n != e->v.Dict.values.n) {
            GlErr_SetString(GlExc_ValueError,
                            "Dict doesn't have the same number of keys as values");
            return -1;
        }
    } else if (spec == &expr_specs[GL_AST_COMPARE]) {
        const GlAstExpr *e = node;
        if (e->v.Compare.comparators.n == 0) {
            GlErr_SetString(GlExc_ValueError, "Compare with no comparators");
            return -1;
        }
        if (e->v.Compare.comparators.n != e->v.Compare.ops.n) {
            GlErr_SetString(GlExc_ValueError,
                            "Compare has a different number of comparators and operands");
            return -1;
        }
    } else if (spec == &expr_specs[GL_AST_BOOLOP]) {
        if (((const GlAstExpr *)node)->v.BoolOp.values.n < 2) {
            GlErr_SetString(GlExc_ValueError, "BoolOp with less than 2 values");
            return -1;
        }
    } else if (spec == &arguments_spec) {
        const GlAstArguments *a = node;
        if (a->defaults.n > a->posonlyargs.n + a->args.n) {
            GlErr_SetString(GlExc_ValueError, "more positional defaults than args on arguments");
            return -1;
        }
        if (a->kw_defaults.n != a->kwonlyargs.n) {
            GlErr_SetString(GlExc_ValueError,
                            "length of kwonlyargs is not the same as kw_defaults on arguments");
            return -1;
        }
    } else if (spec == &expr_specs[GL_AST_FORMATTEDVALUE]) {
        const GlAstExpr *fs = ((const GlAstExpr *)node)->v.FormattedValue.format_spec;
        if (fs != NULL && fs->kind != GL_AST_JOINEDSTR) {
            GlErr_SetString(GlExc_NotImplementedError,
                            "compile(): a format_spec must be a JoinedStr");
            return -1;
        }
    }
    return 0;
}

/* See modules.h: Python tree -> C tree in a fresh arena -> GlCompile_Mod. New reference. */
GlObject *
GlAst_Compile(GlObject *tree, GlObject *filename, int mode) GL_NEWREF
{
    GlObject *nodes = GlImport_ImportModule("_ast_nodes");
    if (nodes == NULL) {
        return NULL;
    }
    ToC t = {NULL, GlModule_GetDict(nodes), 0, filename};
    GlObject *code = NULL;
    static const char *const want[] = {"Module", "Expression", "Interactive"};
    int kinds[] = {GL_AST_MODULE, GL_AST_EXPRESSION, GL_AST_INTERACTIVE};
    int r = toc_isinstance(&t, tree, want[mode]);
    if (r <= 0) {
        if (r == 0) {
            GlErr_Format(GlExc_TypeError, "expected %s node, got %.400s", want[mode],
                         Gl_TYPE(tree)->tp_name);
        }
        goto done;
    }
    t.arena = GlArena_New();
    if (t.arena == NULL) {
        GlErr_NoMemory();
        goto done;
    }
    GlAstMod *mod = GlArena_Alloc(t.arena, sizeof(GlAstMod));
    if (mod == NULL) {
        GlErr_NoMemory();
        goto done;
    }
    mod->kind = (GlAstModKind)kinds[mode];
    if (toc_fields(&t, &mod_specs[mod->kind], tree, mod, "mod") == 0) {
        code = GlCompile_Mod(t.arena, mod, NULL, 0, filename, mode);
    }
done:
    GlArena_Free(t.arena);
    Gl_DECREF(nodes);
    return code;
}

/* See modules.h. */
int
GlAst_Check(GlObject *o)
{
    if (GlStr_Check(o) || GlBytes_Check(o) || GlByteArray_Check(o) || GlCode_Check(o)) {
        return 0;
    }
    /* No node exists before the node classes are imported: never import them here. */
    GlObject *modules = GlSys_GetObject("modules");
    GlObject *nodes = modules != NULL && GlDict_Check(modules)
                      ? GlDict_GetItemString(modules, "_ast_nodes") : NULL;
    if (nodes == NULL || !GlModule_Check(nodes)) {
        return 0;
    }
    Gl_INCREF(nodes);
    GlObject *cls = GlDict_GetItemString(GlModule_GetDict(nodes), "AST");
    int r = cls == NULL ? 0 : GlObject_IsInstance(o, cls);
    Gl_DECREF(nodes);
    return r;
}

/* ---- the module -------------------------------------------------------------------- */

/* mode name -> GL_MODE_*, or -1 with ValueError (message as compile()'s). */
int
GlAst_ModeFromString(GlObject *mode, const char *fname)
{
    if (!GlStr_Check(mode)) {
        GlErr_Format(GlExc_TypeError, "%s() argument 'mode' must be str, not %.200s", fname,
                     GlObject_TypeName(mode));
        return -1;
    }
    if (GlStr_EqualToASCII(mode, "exec")) {
        return GL_MODE_EXEC;
    }
    if (GlStr_EqualToASCII(mode, "eval")) {
        return GL_MODE_EVAL;
    }
    if (GlStr_EqualToASCII(mode, "single")) {
        return GL_MODE_SINGLE;
    }
    GlErr_Format(GlExc_ValueError, "%s() mode must be 'exec', 'eval' or 'single'", fname);
    return -1;
}

/* _ast.parse(source, filename, mode, type_comments, feature_version): the tree.
 * New reference. */
static GlObject *
ast_parse(GlObject *m, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"source", "filename", "mode", "type_comments",
                                         "feature_version", NULL};
    GlObject *a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (GlArg_ParseVector("parse", args, nargs, kwnames, kwlist, 5, 1, a) < 0) {
        return NULL;
    }
    int mode = GL_MODE_EXEC;
    if (a[2] != NULL && (mode = GlAst_ModeFromString(a[2], "parse")) < 0) {
        return NULL;
    }
    GlObject *filename = a[1];
    if (filename == NULL) {
        filename = GlStr_FromString("<unknown>");
    } else if (GlBytes_Check(filename)) {
        filename = GlStr_FromStringAndSize(GlBytes_AS_STRING(filename), Gl_SIZE(filename));
    } else if (GlStr_Check(filename)) {
        Gl_INCREF(filename);
    } else {
        return GlErr_Format(GlExc_TypeError,
                            "expected str, bytes or os.PathLike object, not %.200s",
                            GlObject_TypeName(filename));
    }
    if (filename == NULL) {
        return NULL;
    }
    GlObject *res = NULL;
    const char *s;
    Gl_ssize_t len;
    if (GlStr_Check(a[0])) {
        s = GlStr_AsUTF8AndSize(a[0], &len);
    } else if (GlBytes_Check(a[0]) || GlByteArray_Check(a[0])) {
        s = GlBytes_AsBuffer(a[0], &s, &len) < 0 ? NULL : s;
    } else {
        GlErr_SetString(GlExc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
        s = NULL;
    }
    if (s != NULL) {
        if ((Gl_ssize_t)strlen(s) != len) {
            GlErr_SetString(GlExc_SyntaxError, "source code string cannot contain null bytes");
        } else {
            res = GlAst_FromSource(s, len, filename, mode);
        }
    }
    Gl_DECREF(filename);
    return res;
}

/* Module __getattr__: the node classes (`_ast.AST`, `_ast.Name`...) are those of
 * lib/_ast_nodes.py, imported on first use. New reference. */
static GlObject *
ast_getattr(GlObject *m, GlObject *name) GL_NEWREF
{
    if (!GlStr_Check(name)) {
        return GlErr_SetString(GlExc_TypeError, "attribute name must be string");
    }
    GlObject *nodes = GlImport_ImportModule("_ast_nodes");
    if (nodes == NULL) {
        return NULL;
    }
    GlObject *cls = GlDict_GetItemWithError(GlModule_GetDict(nodes), name);
    Gl_XINCREF(cls);
    Gl_DECREF(nodes);
    if (cls == NULL && GlErr_Occurred()) {
        return NULL;
    }
    if (cls == NULL || !GlType_Check(cls)) {
        Gl_XDECREF(cls);
        return GlErr_Format(GlExc_AttributeError, "module '_ast' has no attribute '%U'", name);
    }
    return cls;
}

static GlMethodDef ast_methods[] = {
    {"__getattr__", GL_FN(ast_getattr), GL_METH_O,
     "__getattr__(name)\n\nThe node class `name` (from lib/_ast_nodes.py)."},
    {"parse", GL_FN(ast_parse), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "parse(source, filename='<unknown>', mode='exec', type_comments=False,\n"
     "      feature_version=None)\n\n"
     "The syntax tree of source, made of the classes of module ast."},
    {NULL, NULL, 0, NULL},
};

GlObject *
GlInit__ast(void) GL_NEWREF
{
    GlObject *m = GlModule_NewFromString("_ast");
    if (m == NULL || GlModule_AddFunctions(m, ast_methods) < 0
        || GlModule_AddIntConstant(m, "PyCF_ONLY_AST", 0x400) < 0
        || GlModule_AddIntConstant(m, "PyCF_TYPE_COMMENTS", 0x1000) < 0
        || GlModule_AddIntConstant(m, "PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000) < 0) {
        Gl_XDECREF(m);
        return NULL;
    }
    return m;
}
