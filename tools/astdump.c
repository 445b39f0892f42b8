/*
 * astdump.c - standalone driver for the Glass front end: parses a file and prints its AST
 * in the format of CPython's `ast.dump(ast.parse(src))` (include_attributes=False), or
 * with --symtable the scopes computed by the symtable, or with --tokens the tokens.
 *
 * Usage: astdump [--symtable|--tokens|--eval|--single|--positions|--ascii|--check] FILE
 * Exit status 0 on success; on a SyntaxError prints
 * "<Kind>: <msg> (line L, offset O, end_line EL, end_offset EO)" and exits 1.
 *
 * Invariants: output for accepted input must equal python3.11's ast.dump byte for byte
 * (tools/astcheck.sh diffs the two); constants are printed as Python's repr would.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/compiler/arena.h"
#include "../src/compiler/ast.h"
#include "../src/compiler/parser.h"
#include "../src/compiler/symtable.h"
#include "../src/compiler/tokenizer.h"

static int show_positions = 0;
static int ascii_only = 0;  // --ascii: escape all non-ASCII in strings, as ascii()

/* ---- Python reprs of constants ------------------------------------------------------- */

/* Decimal text of an integer literal in base 2/8/10/16 (arbitrary precision). */
static void
print_int(const char *s)
{
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b')) {
        base = s[1] == 'x' ? 16 : s[1] == 'o' ? 8 : 2;
        s += 2;
    }
    size_t n = strlen(s);
    unsigned *limbs = calloc(n + 2, sizeof(unsigned));  // base 1e9, little endian
    size_t nl = 1;
    for (size_t i = 0; i < n; i++) {
        int c = s[i];
        unsigned d = c <= '9' ? (unsigned)(c - '0') : (unsigned)((c | 0x20) - 'a' + 10);
        unsigned long long carry = d;
        for (size_t k = 0; k < nl; k++) {
            unsigned long long v = (unsigned long long)limbs[k] * (unsigned)base + carry;
            limbs[k] = (unsigned)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        while (carry) {
            limbs[nl++] = (unsigned)(carry % 1000000000u);
            carry /= 1000000000u;
        }
    }
    printf("%u", limbs[nl - 1]);
    for (size_t k = nl - 1; k-- > 0;) {
        printf("%09u", limbs[k]);
    }
    free(limbs);
}

/* Python's repr(float); `imag` drops the ".0" as complex repr does. */
static void
print_float(double x, int imag)
{
    if (isinf(x)) {
        printf("inf");
        return;
    }
    if (isnan(x)) {
        printf("nan");
        return;
    }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof(buf), "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x) {
            break;
        }
    }
    // buf = d.ddde[+-]XX
    char digits[32];
    int nd = 0;
    const char *q = buf;
    int neg = 0;
    if (*q == '-') {
        neg = 1;
        q++;
    }
    for (; *q && *q != 'e'; q++) {
        if (*q != '.') {
            digits[nd++] = *q;
        }
    }
    digits[nd] = '\0';
    while (nd > 1 && digits[nd - 1] == '0') {
        digits[--nd] = '\0';
    }
    int exp = atoi(q + 1);
    if (neg) {
        putchar('-');
    }
    if (exp < -4 || exp >= 16) {
        putchar(digits[0]);
        if (nd > 1) {
            printf(".%s", digits + 1);
        }
        printf("e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        printf("0.");
        for (int i = 0; i < -exp - 1; i++) {
            putchar('0');
        }
        printf("%s", digits);
    } else {
        for (int i = 0; i <= exp; i++) {
            putchar(i < nd ? digits[i] : '0');
        }
        if (nd > exp + 1) {
            printf(".%s", digits + exp + 1);
        } else if (!imag) {
            printf(".0");
        }
    }
}

static int
utf8_len(const unsigned char *s, size_t n, unsigned *cp)
{
    unsigned c = s[0];
    int l = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if ((size_t)l > n) {
        *cp = c;
        return 1;
    }
    unsigned v = l == 1 ? c : l == 2 ? (c & 0x1F) : l == 3 ? (c & 0x0F) : (c & 0x07);
    for (int i = 1; i < l; i++) {
        v = (v << 6) | (s[i] & 0x3F);
    }
    *cp = v;
    return l;
}

static int
printable(unsigned cp)
{
    return !(cp < 0x20 || (cp >= 0x7F && cp <= 0xA0) || cp == 0xAD ||
             (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
             (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 || cp == 0xFEFF ||
             (cp >= 0xD800 && cp <= 0xF8FF) || (cp >= 0xFFF0 && cp <= 0xFFFB) ||
             cp == 0x1680 || cp == 0x180E || cp == 0xFFFE || cp == 0xFFFF ||
             (cp >= 0xE0000));
}

static void
print_str(const char *s, size_t n, int bytes)
{
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char quote = has_sq && !has_dq ? '"' : '\'';
    if (bytes) {
        putchar('b');
    }
    putchar(quote);
    for (size_t i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c == (unsigned char)quote || c == '\\') {
            printf("\\%c", c);
        } else if (c == '\t') {
            printf("\\t");
        } else if (c == '\n') {
            printf("\\n");
        } else if (c == '\r') {
            printf("\\r");
        } else if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
            printf("\\x%02x", c);
        } else if (c >= 0x80) {
            unsigned cp;
            int l = utf8_len((const unsigned char *)s + i, n - i, &cp);
            if (printable(cp) && !ascii_only) {
                fwrite(s + i, 1, (size_t)l, stdout);
            } else if (cp < 0x100) {
                printf("\\x%02x", cp);
            } else if (cp < 0x10000) {
                printf("\\u%04x", cp);
            } else {
                printf("\\U%08x", cp);
            }
            i += (size_t)l;
            continue;
        } else {
            putchar(c);
        }
        i++;
    }
    putchar(quote);
}

static void
print_const(const GlAstConstant *c)
{
    switch (c->kind) {
    case GL_CONST_NONE: printf("None"); break;
    case GL_CONST_TRUE: printf("True"); break;
    case GL_CONST_FALSE: printf("False"); break;
    case GL_CONST_ELLIPSIS: printf("Ellipsis"); break;
    case GL_CONST_INT: print_int(c->s); break;
    case GL_CONST_FLOAT: print_float(c->f, 0); break;
    case GL_CONST_COMPLEX:
        print_float(c->f, 1);
        putchar('j');
        break;
    case GL_CONST_STR: print_str(c->s, c->len, 0); break;
    case GL_CONST_BYTES: print_str(c->s, c->len, 1); break;
    }
}

/* ---- AST dump ---------------------------------------------------------------------------- */

static void dump_expr(const GlAstExpr *e);
static void dump_stmt(const GlAstStmt *s);
static void dump_match(const GlAstStmt *s);

static const char *const op_names[] = {"", "Add", "Sub", "Mult", "MatMult", "Div", "Mod",
                                       "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd",
                                       "FloorDiv"};
static const char *const unop_names[] = {"", "Invert", "Not", "UAdd", "USub"};
static const char *const cmp_names[] = {"", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is",
                                        "IsNot", "In", "NotIn"};
static const char *const ctx_names[] = {"", "Load()", "Store()", "Del()"};

static int fields_printed = 1;  // whether the node being printed had a field before pos()

static void
pos(int l, int c, int el, int ec)
{
    if (show_positions) {
        printf("%slineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
               fields_printed ? ", " : "", l, c, el, ec);
    }
    fields_printed = 1;
}

static void
dump_exprs(const char *name, const GlAstExprSeq *s)
{
    printf("%s=[", name);
    for (int i = 0; i < s->n; i++) {
        if (i) {
            printf(", ");
        }
        if (s->items[i] == NULL) {
            printf("None");
        } else {
            dump_expr(s->items[i]);
        }
    }
    printf("]");
}

static void
dump_stmts(const char *name, const GlAstStmtSeq *s)
{
    printf("%s=[", name);
    for (int i = 0; i < s->n; i++) {
        if (i) {
            printf(", ");
        }
        dump_stmt(s->items[i]);
    }
    printf("]");
}

static void
dump_opt(const char *name, const GlAstExpr *e)
{
    if (e != NULL) {
        printf(", %s=", name);
        dump_expr(e);
    }
}

static void
dump_arg(const GlAstArg *a)
{
    printf("arg(arg='%s'", a->arg);
    dump_opt("annotation", a->annotation);
    pos(a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
    printf(")");
}

static void
dump_args_seq(const char *name, const GlAstArgSeq *s)
{
    printf("%s=[", name);
    for (int i = 0; i < s->n; i++) {
        if (i) {
            printf(", ");
        }
        dump_arg(s->items[i]);
    }
    printf("]");
}

static void
dump_arguments(const GlAstArguments *a)
{
    printf("arguments(");
    dump_args_seq("posonlyargs", &a->posonlyargs);
    printf(", ");
    dump_args_seq("args", &a->args);
    if (a->vararg) {
        printf(", vararg=");
        dump_arg(a->vararg);
    }
    printf(", ");
    dump_args_seq("kwonlyargs", &a->kwonlyargs);
    printf(", ");
    dump_exprs("kw_defaults", &a->kw_defaults);
    if (a->kwarg) {
        printf(", kwarg=");
        dump_arg(a->kwarg);
    }
    printf(", ");
    dump_exprs("defaults", &a->defaults);
    printf(")");
}

static void
dump_keywords(const GlAstKeywordSeq *s)
{
    printf("keywords=[");
    for (int i = 0; i < s->n; i++) {
        const GlAstKeyword *k = s->items[i];
        printf(i ? ", keyword(" : "keyword(");
        if (k->arg) {
            printf("arg='%s', ", k->arg);
        }
        printf("value=");
        dump_expr(k->value);
        pos(k->lineno, k->col_offset, k->end_lineno, k->end_col_offset);
        printf(")");
    }
    printf("]");
}

static void
dump_generators(const GlAstComprehensionSeq *s)
{
    printf("generators=[");
    for (int i = 0; i < s->n; i++) {
        const GlAstComprehension *c = s->items[i];
        printf(i ? ", comprehension(target=" : "comprehension(target=");
        dump_expr(c->target);
        printf(", iter=");
        dump_expr(c->iter);
        printf(", ");
        dump_exprs("ifs", &c->ifs);
        printf(", is_async=%d)", c->is_async);
    }
    printf("]");
}

static void
dump_expr(const GlAstExpr *e)
{
    switch (e->kind) {
    case GL_AST_BOOLOP:
        printf("BoolOp(op=%s(), ", e->v.BoolOp.op == GL_AST_AND ? "And" : "Or");
        dump_exprs("values", &e->v.BoolOp.values);
        break;
    case GL_AST_NAMEDEXPR:
        printf("NamedExpr(target=");
        dump_expr(e->v.NamedExpr.target);
        printf(", value=");
        dump_expr(e->v.NamedExpr.value);
        break;
    case GL_AST_BINOP:
        printf("BinOp(left=");
        dump_expr(e->v.BinOp.left);
        printf(", op=%s(), right=", op_names[e->v.BinOp.op]);
        dump_expr(e->v.BinOp.right);
        break;
    case GL_AST_UNARYOP:
        printf("UnaryOp(op=%s(), operand=", unop_names[e->v.UnaryOp.op]);
        dump_expr(e->v.UnaryOp.operand);
        break;
    case GL_AST_LAMBDA:
        printf("Lambda(args=");
        dump_arguments(e->v.Lambda.args);
        printf(", body=");
        dump_expr(e->v.Lambda.body);
        break;
    case GL_AST_IFEXP:
        printf("IfExp(test=");
        dump_expr(e->v.IfExp.test);
        printf(", body=");
        dump_expr(e->v.IfExp.body);
        printf(", orelse=");
        dump_expr(e->v.IfExp.orelse);
        break;
    case GL_AST_DICT:
        printf("Dict(");
        dump_exprs("keys", &e->v.Dict.keys);
        printf(", ");
        dump_exprs("values", &e->v.Dict.values);
        break;
    case GL_AST_SET:
        printf("Set(");
        dump_exprs("elts", &e->v.Set.elts);
        break;
    case GL_AST_LISTCOMP: case GL_AST_SETCOMP: case GL_AST_GENERATOREXP:
        printf("%s(elt=", e->kind == GL_AST_LISTCOMP ? "ListComp" :
               e->kind == GL_AST_SETCOMP ? "SetComp" : "GeneratorExp");
        dump_expr(e->v.ListComp.elt);
        printf(", ");
        dump_generators(e->kind == GL_AST_LISTCOMP ? &e->v.ListComp.generators :
                        e->kind == GL_AST_SETCOMP ? &e->v.SetComp.generators :
                        &e->v.GeneratorExp.generators);
        break;
    case GL_AST_DICTCOMP:
        printf("DictComp(key=");
        dump_expr(e->v.DictComp.key);
        printf(", value=");
        dump_expr(e->v.DictComp.value);
        printf(", ");
        dump_generators(&e->v.DictComp.generators);
        break;
    case GL_AST_YIELD:
        printf("Yield(");
        if (e->v.Yield.value) {
            printf("value=");
            dump_expr(e->v.Yield.value);
        }
        break;
    case GL_AST_YIELDFROM:
        printf("YieldFrom(value=");
        dump_expr(e->v.YieldFrom.value);
        break;
    case GL_AST_AWAIT:
        printf("Await(value=");
        dump_expr(e->v.Await.value);
        break;
    case GL_AST_COMPARE:
        printf("Compare(left=");
        dump_expr(e->v.Compare.left);
        printf(", ops=[");
        for (int i = 0; i < e->v.Compare.ops.n; i++) {
            printf("%s%s()", i ? ", " : "", cmp_names[e->v.Compare.ops.items[i]]);
        }
        printf("], ");
        dump_exprs("comparators", &e->v.Compare.comparators);
        break;
    case GL_AST_CALL:
        printf("Call(func=");
        dump_expr(e->v.Call.func);
        printf(", ");
        dump_exprs("args", &e->v.Call.args);
        printf(", ");
        dump_keywords(&e->v.Call.keywords);
        break;
    case GL_AST_FORMATTEDVALUE:
        printf("FormattedValue(value=");
        dump_expr(e->v.FormattedValue.value);
        printf(", conversion=%d", e->v.FormattedValue.conversion);
        dump_opt("format_spec", e->v.FormattedValue.format_spec);
        break;
    case GL_AST_JOINEDSTR:
        printf("JoinedStr(");
        dump_exprs("values", &e->v.JoinedStr.values);
        break;
    case GL_AST_CONSTANT:
        printf("Constant(value=");
        print_const(&e->v.Constant);
        if (e->v.Constant.is_u) {
            printf(", kind='u'");
        }
        break;
    case GL_AST_ATTRIBUTE:
        printf("Attribute(value=");
        dump_expr(e->v.Attribute.value);
        printf(", attr='%s', ctx=%s", e->v.Attribute.attr, ctx_names[e->v.Attribute.ctx]);
        break;
    case GL_AST_SUBSCRIPT:
        printf("Subscript(value=");
        dump_expr(e->v.Subscript.value);
        printf(", slice=");
        dump_expr(e->v.Subscript.slice);
        printf(", ctx=%s", ctx_names[e->v.Subscript.ctx]);
        break;
    case GL_AST_STARRED:
        printf("Starred(value=");
        dump_expr(e->v.Starred.value);
        printf(", ctx=%s", ctx_names[e->v.Starred.ctx]);
        break;
    case GL_AST_NAME:
        printf("Name(id='%s', ctx=%s", e->v.Name.id, ctx_names[e->v.Name.ctx]);
        break;
    case GL_AST_LIST: case GL_AST_TUPLE:
        printf("%s(", e->kind == GL_AST_LIST ? "List" : "Tuple");
        dump_exprs("elts", &e->v.List.elts);
        printf(", ctx=%s", ctx_names[e->kind == GL_AST_LIST ? e->v.List.ctx : e->v.Tuple.ctx]);
        break;
    case GL_AST_SLICE: {
        printf("Slice(");
        const char *sep = "";
        const GlAstExpr *parts[3] = {e->v.Slice.lower, e->v.Slice.upper, e->v.Slice.step};
        const char *names[3] = {"lower", "upper", "step"};
        for (int i = 0; i < 3; i++) {
            if (parts[i]) {
                printf("%s%s=", sep, names[i]);
                dump_expr(parts[i]);
                sep = ", ";
            }
        }
        break;
    }
    }
    if ((e->kind == GL_AST_YIELD && e->v.Yield.value == NULL) ||
        (e->kind == GL_AST_SLICE && !e->v.Slice.lower && !e->v.Slice.upper &&
         !e->v.Slice.step)) {
        fields_printed = 0;
    }
    pos(e->lineno, e->col_offset, e->end_lineno, e->end_col_offset);
    printf(")");
}

static void
dump_names(const GlAstIdentSeq *s)
{
    printf("names=[");
    for (int i = 0; i < s->n; i++) {
        printf("%s'%s'", i ? ", " : "", s->items[i]);
    }
    printf("]");
}

static void
dump_aliases(const GlAstAliasSeq *s)
{
    printf("names=[");
    for (int i = 0; i < s->n; i++) {
        const GlAstAlias *a = s->items[i];
        printf("%salias(name='%s'", i ? ", " : "", a->name);
        if (a->asname) {
            printf(", asname='%s'", a->asname);
        }
        pos(a->lineno, a->col_offset, a->end_lineno, a->end_col_offset);
        printf(")");
    }
    printf("]");
}

static void
dump_stmt(const GlAstStmt *s)
{
    switch (s->kind) {
    case GL_AST_FUNCTIONDEF:
        printf("%sFunctionDef(name='%s', args=", s->v.FunctionDef.is_async ? "Async" : "",
               s->v.FunctionDef.name);
        dump_arguments(s->v.FunctionDef.args);
        printf(", ");
        dump_stmts("body", &s->v.FunctionDef.body);
        printf(", ");
        dump_exprs("decorator_list", &s->v.FunctionDef.decorator_list);
        dump_opt("returns", s->v.FunctionDef.returns);
        break;
    case GL_AST_CLASSDEF:
        printf("ClassDef(name='%s', ", s->v.ClassDef.name);
        dump_exprs("bases", &s->v.ClassDef.bases);
        printf(", ");
        dump_keywords(&s->v.ClassDef.keywords);
        printf(", ");
        dump_stmts("body", &s->v.ClassDef.body);
        printf(", ");
        dump_exprs("decorator_list", &s->v.ClassDef.decorator_list);
        break;
    case GL_AST_RETURN:
        printf("Return(");
        if (s->v.Return.value) {
            printf("value=");
            dump_expr(s->v.Return.value);
        }
        break;
    case GL_AST_DELETE:
        printf("Delete(");
        dump_exprs("targets", &s->v.Delete.targets);
        break;
    case GL_AST_ASSIGN:
        printf("Assign(");
        dump_exprs("targets", &s->v.Assign.targets);
        printf(", value=");
        dump_expr(s->v.Assign.value);
        break;
    case GL_AST_AUGASSIGN:
        printf("AugAssign(target=");
        dump_expr(s->v.AugAssign.target);
        printf(", op=%s(), value=", op_names[s->v.AugAssign.op]);
        dump_expr(s->v.AugAssign.value);
        break;
    case GL_AST_ANNASSIGN:
        printf("AnnAssign(target=");
        dump_expr(s->v.AnnAssign.target);
        printf(", annotation=");
        dump_expr(s->v.AnnAssign.annotation);
        dump_opt("value", s->v.AnnAssign.value);
        printf(", simple=%d", s->v.AnnAssign.simple);
        break;
    case GL_AST_FOR:
        printf("%sFor(target=", s->v.For.is_async ? "Async" : "");
        dump_expr(s->v.For.target);
        printf(", iter=");
        dump_expr(s->v.For.iter);
        printf(", ");
        dump_stmts("body", &s->v.For.body);
        printf(", ");
        dump_stmts("orelse", &s->v.For.orelse);
        break;
    case GL_AST_WHILE: case GL_AST_IF:
        printf(s->kind == GL_AST_WHILE ? "While(test=" : "If(test=");
        dump_expr(s->v.If.test);
        printf(", ");
        dump_stmts("body", &s->v.If.body);
        printf(", ");
        dump_stmts("orelse", &s->v.If.orelse);
        break;
    case GL_AST_WITH:
        printf("%sWith(items=[", s->v.With.is_async ? "Async" : "");
        for (int i = 0; i < s->v.With.items.n; i++) {
            const GlAstWithItem *w = s->v.With.items.items[i];
            printf("%swithitem(context_expr=", i ? ", " : "");
            dump_expr(w->context_expr);
            dump_opt("optional_vars", w->optional_vars);
            printf(")");
        }
        printf("], ");
        dump_stmts("body", &s->v.With.body);
        break;
    case GL_AST_RAISE:
        printf("Raise(");
        if (s->v.Raise.exc) {
            printf("exc=");
            dump_expr(s->v.Raise.exc);
            dump_opt("cause", s->v.Raise.cause);
        }
        break;
    case GL_AST_TRY:
        printf(s->v.Try.star ? "TryStar(" : "Try(");
        dump_stmts("body", &s->v.Try.body);
        printf(", handlers=[");
        for (int i = 0; i < s->v.Try.handlers.n; i++) {
            const GlAstExceptHandler *h = s->v.Try.handlers.items[i];
            printf("%sExceptHandler(", i ? ", " : "");
            if (h->type) {
                printf("type=");
                dump_expr(h->type);
                printf(", ");
            }
            if (h->name) {
                printf("name='%s', ", h->name);
            }
            dump_stmts("body", &h->body);
            pos(h->lineno, h->col_offset, h->end_lineno, h->end_col_offset);
            printf(")");
        }
        printf("], ");
        dump_stmts("orelse", &s->v.Try.orelse);
        printf(", ");
        dump_stmts("finalbody", &s->v.Try.finalbody);
        break;
    case GL_AST_ASSERT:
        printf("Assert(test=");
        dump_expr(s->v.Assert.test);
        dump_opt("msg", s->v.Assert.msg);
        break;
    case GL_AST_IMPORT:
        printf("Import(");
        dump_aliases(&s->v.Import.names);
        break;
    case GL_AST_IMPORTFROM:
        printf("ImportFrom(");
        if (s->v.ImportFrom.module) {
            printf("module='%s', ", s->v.ImportFrom.module);
        }
        dump_aliases(&s->v.ImportFrom.names);
        printf(", level=%d", s->v.ImportFrom.level);
        break;
    case GL_AST_GLOBAL: case GL_AST_NONLOCAL:
        printf(s->kind == GL_AST_GLOBAL ? "Global(" : "Nonlocal(");
        dump_names(&s->v.Global.names);
        break;
    case GL_AST_EXPR:
        printf("Expr(value=");
        dump_expr(s->v.Expr.value);
        break;
    case GL_AST_PASS: printf("Pass("); break;
    case GL_AST_BREAK: printf("Break("); break;
    case GL_AST_CONTINUE: printf("Continue("); break;
    case GL_AST_MATCH: dump_match(s); break;
    }
    if (s->kind == GL_AST_PASS || s->kind == GL_AST_BREAK || s->kind == GL_AST_CONTINUE ||
        (s->kind == GL_AST_RETURN && s->v.Return.value == NULL) ||
        (s->kind == GL_AST_RAISE && s->v.Raise.exc == NULL)) {
        fields_printed = 0;
    }
    pos(s->lineno, s->col_offset, s->end_lineno, s->end_col_offset);
    printf(")");
}

static void dump_pattern(const GlAstPattern *pt);

static void
dump_patterns(const char *name, const GlAstPatternSeq *s)
{
    printf("%s=[", name);
    for (int i = 0; i < s->n; i++) {
        printf("%s", i ? ", " : "");
        dump_pattern(s->items[i]);
    }
    printf("]");
}

static void
dump_pattern(const GlAstPattern *pt)
{
    fields_printed = 1;
    switch (pt->kind) {
    case GL_AST_MATCHVALUE:
        printf("MatchValue(value=");
        dump_expr(pt->v.MatchValue.value);
        break;
    case GL_AST_MATCHSINGLETON:
        printf("MatchSingleton(value=%s", pt->v.MatchSingleton.value == GL_CONST_NONE ? "None" :
               pt->v.MatchSingleton.value == GL_CONST_TRUE ? "True" : "False");
        break;
    case GL_AST_MATCHSEQUENCE:
        printf("MatchSequence(");
        dump_patterns("patterns", &pt->v.MatchSequence.patterns);
        break;
    case GL_AST_MATCHMAPPING:
        printf("MatchMapping(");
        dump_exprs("keys", &pt->v.MatchMapping.keys);
        printf(", ");
        dump_patterns("patterns", &pt->v.MatchMapping.patterns);
        if (pt->v.MatchMapping.rest) {
            printf(", rest='%s'", pt->v.MatchMapping.rest);
        }
        break;
    case GL_AST_MATCHCLASS:
        printf("MatchClass(cls=");
        dump_expr(pt->v.MatchClass.cls);
        printf(", ");
        dump_patterns("patterns", &pt->v.MatchClass.patterns);
        printf(", ");
        printf("kwd_attrs=[");
        for (int i = 0; i < pt->v.MatchClass.kwd_attrs.n; i++) {
            printf("%s'%s'", i ? ", " : "", pt->v.MatchClass.kwd_attrs.items[i]);
        }
        printf("]");
        printf(", ");
        dump_patterns("kwd_patterns", &pt->v.MatchClass.kwd_patterns);
        break;
    case GL_AST_MATCHSTAR:
        printf("MatchStar(");
        fields_printed = pt->v.MatchStar.name != NULL;
        if (pt->v.MatchStar.name) {
            printf("name='%s'", pt->v.MatchStar.name);
        }
        break;
    case GL_AST_MATCHAS:
        printf("MatchAs(");
        fields_printed = pt->v.MatchAs.pattern != NULL || pt->v.MatchAs.name != NULL;
        if (pt->v.MatchAs.pattern) {
            printf("pattern=");
            dump_pattern(pt->v.MatchAs.pattern);
        }
        if (pt->v.MatchAs.name) {
            printf("%sname='%s'", pt->v.MatchAs.pattern ? ", " : "", pt->v.MatchAs.name);
        }
        fields_printed = pt->v.MatchAs.pattern != NULL || pt->v.MatchAs.name != NULL;
        break;
    case GL_AST_MATCHOR:
        printf("MatchOr(");
        dump_patterns("patterns", &pt->v.MatchOr.patterns);
        break;
    }
    pos(pt->lineno, pt->col_offset, pt->end_lineno, pt->end_col_offset);
    printf(")");
}

static void
dump_match(const GlAstStmt *s)
{
    printf("Match(subject=");
    dump_expr(s->v.Match.subject);
    printf(", cases=[");
    for (int i = 0; i < s->v.Match.cases.n; i++) {
        const GlAstMatchCase *mc = s->v.Match.cases.items[i];
        printf("%smatch_case(pattern=", i ? ", " : "");
        dump_pattern(mc->pattern);
        dump_opt("guard", mc->guard);
        printf(", ");
        dump_stmts("body", &mc->body);
        printf(")");
    }
    printf("]");
}

static void
dump_mod(const GlAstMod *m)
{
    switch (m->kind) {
    case GL_AST_MODULE:
        printf("Module(");
        dump_stmts("body", &m->v.Module.body);
        printf(", type_ignores=[])\n");
        break;
    case GL_AST_INTERACTIVE:
        printf("Interactive(");
        dump_stmts("body", &m->v.Interactive.body);
        printf(")\n");
        break;
    case GL_AST_EXPRESSION:
        printf("Expression(body=");
        dump_expr(m->v.Expression.body);
        printf(")\n");
        break;
    }
}

/* ---- main ---------------------------------------------------------------------------------- */

static const char *
err_kind_name(GlSyntaxErrorKind k)
{
    switch (k) {
    case GL_ERR_INDENTATION: return "IndentationError";
    case GL_ERR_TAB: return "TabError";
    case GL_ERR_RECURSION: return "RecursionError";
    case GL_ERR_NOMEM: return "MemoryError";
    case GL_ERR_INCOMPLETE: return "Incomplete";
    default: return "SyntaxError";
    }
}

static char *
read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf != NULL && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (nb == NULL) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    if (f != stdin) {
        fclose(f);
    }
    *len = n;
    return buf;
}

int
main(int argc, char **argv)
{
    int mode = GL_PARSE_FILE, symtable = 0, tokens = 0, check = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--symtable") == 0) {
            symtable = 1;
        } else if (strcmp(argv[i], "--tokens") == 0) {
            tokens = 1;
        } else if (strcmp(argv[i], "--eval") == 0) {
            mode = GL_PARSE_EVAL;
        } else if (strcmp(argv[i], "--single") == 0) {
            mode = GL_PARSE_SINGLE;
        } else if (strcmp(argv[i], "--ascii") == 0) {
            ascii_only = 1;
        } else if (strcmp(argv[i], "--positions") == 0) {
            show_positions = 1;
        } else if (strcmp(argv[i], "--check") == 0) {
            check = 1;  // parse + symtable, print only errors
        } else {
            path = argv[i];
        }
    }
    if (path == NULL) {
        fprintf(stderr, "usage: astdump [--symtable|--tokens|--eval|--single|--positions|"
                        "--ascii|--check] FILE\n");
        return 2;
    }
    size_t len;
    char *src = read_file(path, &len);
    if (src == NULL) {
        perror(path);
        return 2;
    }
    GlArena *arena = GlArena_New();
    GlSyntaxErrorInfo err;
    int status = 0;
    if (tokens) {
        GlTokenizer tok;
        memset(&err, 0, sizeof(err));
        GlTokenizer_Init(&tok, src, len, arena, &err);
        GlToken t;
        for (;;) {
            GlTokType tt = GlTokenizer_Next(&tok, &t);
            if (tt == GL_TOK_ERROR) {
                break;
            }
            printf("%d,%d-%d,%d:\t%s\t'%.*s'\n", t.lineno, t.col, t.end_lineno, t.end_col,
                   GlToken_Name(tt), (int)(t.end - t.start), t.start);
            if (tt == GL_TOK_ENDMARKER) {
                break;
            }
        }
    } else {
        GlAstMod *mod = GlParser_Parse(arena, src, len, path, mode, &err);
        if (mod != NULL && (symtable || check)) {
            GlSymTable *st = GlSymtable_Build(arena, mod, src, len, path, &err);
            if (st != NULL && symtable) {
                GlSymtable_Dump(st, stdout);
            }
            if (st == NULL) {
                mod = NULL;
            }
        } else if (mod != NULL) {
            dump_mod(mod);
        }
        if (mod == NULL) {
            status = 1;
        }
    }
    if (err.kind != GL_ERR_NONE) {
        printf("%s: %s (line %d, offset %d, end_line %d, end_offset %d)\n",
               err_kind_name(err.kind), err.msg, err.lineno, err.offset, err.end_lineno,
               err.end_offset);
        status = 1;
    }
    GlArena_Free(arena);
    free(src);
    return status;
}
