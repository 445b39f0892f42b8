/* _tbinfomodule.c - the `_tbinfo` module: the source positions the traceback module
 * needs to draw CPython 3.11's caret lines (`^^^^`, `~~^~~`), which Python code cannot
 * reach in Glass (code objects have no co_positions()).
 *
 *   positions(code, lasti) -> (lineno, end_lineno, col, end_col) or None
 *       the span of instruction `lasti` (an instruction index, as tb_lasti); columns
 *       are 0-based UTF-8 byte offsets; a missing value is None.
 *   anchors(segment) -> (left, right) or None
 *       for a one-line expression segment that parses as a binary operation or a
 *       subscript: the UTF-8 byte range of the operator / of the brackets inside it
 *       (the part drawn with '^' among '~'), as src/vm/traceback.c computes it.
 *
 * Invariants: nothing is cached; both functions only read their arguments; a parse
 * failure is not an error (None is returned and no exception is left set).
 * Left out: nothing (a Glass-private helper, not a CPython module).
 */
#include "modules.h"
#include "../compiler/parser.h"

static int
tb_is_ws(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\f';
}

static GlObject *
int_or_none(int v)
{
    if (v < 0) {
        Gl_RETURN_NONE;
    }
    return GlInt_FromLong(v);
}

static GlObject *
tbinfo_positions(GlObject *m, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("positions", nargs, 2, 2) < 0) {
        return NULL;
    }
    if (!GlCode_Check(args[0])) {
        return GlErr_Format(GlExc_TypeError, "positions() argument 1 must be code, not %s",
                            Gl_TYPE(args[0])->tp_name);
    }
    GlCodeObject *co = (GlCodeObject *)args[0];
    long lasti = GlInt_AsLong(args[1]);
    if (lasti == -1 && GlErr_Occurred()) {
        return NULL;
    }
    if (lasti < 0 || lasti >= co->co_ninstrs || co->co_positions == NULL) {
        Gl_RETURN_NONE;
    }
    GlCodePos *p = &co->co_positions[lasti];
    GlObject *a = int_or_none(p->lineno);
    GlObject *b = int_or_none(p->end_lineno);
    GlObject *c = int_or_none(p->col);
    GlObject *d = int_or_none(p->end_col);
    GlObject *res = NULL;
    if (a != NULL && b != NULL && c != NULL && d != NULL) {
        res = GlTuple_Pack(4, a, b, c, d);
    }
    Gl_XDECREF(a);
    Gl_XDECREF(b);
    Gl_XDECREF(c);
    Gl_XDECREF(d);
    return res;
}

/* The anchors of seg (see the file comment); 1 if found, else 0. */
static int
find_anchors(const char *seg, size_t seglen, Gl_ssize_t *left, Gl_ssize_t *right)
{
    GlArena *arena = GlArena_New();
    if (arena == NULL) {
        return 0;
    }
    GlSyntaxErrorInfo err;
    memset(&err, 0, sizeof(err));
    GlAstMod *mod = GlParser_Parse(arena, seg, seglen, "<string>", GL_PARSE_FILE, &err);
    int res = 0;
    if (mod != NULL && mod->v.Module.body.n == 1
        && mod->v.Module.body.items[0]->kind == GL_AST_EXPR) {
        GlAstExpr *e = mod->v.Module.body.items[0]->v.Expr.value;
        if (e->kind == GL_AST_BINOP && e->v.BinOp.left->end_lineno == 1
            && e->v.BinOp.right->lineno == 1) {
            GlAstExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
            for (int i = l->end_col_offset; i < r->col_offset; i++) {
                if (tb_is_ws(seg[i])) {
                    continue;
                }
                *left = i;
                *right = i + 1;
                if (i + 1 < r->col_offset && !tb_is_ws(seg[i + 1])) {
                    ++*right;
                }
                if (i + 1 < r->col_offset && seg[i] == ')') {
                    continue;
                }
                res = 1;
                break;
            }
        } else if (e->kind == GL_AST_SUBSCRIPT && e->v.Subscript.value->end_lineno == 1
                   && e->v.Subscript.slice->end_lineno == 1) {
            Gl_ssize_t len = (Gl_ssize_t)seglen;
            *left = e->v.Subscript.value->end_col_offset;
            *right = e->v.Subscript.slice->end_col_offset + 1;
            while (*left < len && seg[*left] != '[') {
                ++*left;
            }
            while (*right < len && seg[*right] != ']') {
                ++*right;
            }
            if (*right < len) {
                *right += 1;
            }
            res = 1;
        }
    }
    GlArena_Free(arena);
    return res;
}

static GlObject *
tbinfo_anchors(GlObject *m, GlObject *arg)
{
    if (!GlStr_Check(arg)) {
        return GlErr_Format(GlExc_TypeError, "anchors() argument must be str, not %s",
                            Gl_TYPE(arg)->tp_name);
    }
    Gl_ssize_t len;
    const char *s = GlStr_AsUTF8AndSize(arg, &len);
    if (s == NULL) {
        return NULL;
    }
    Gl_ssize_t left, right;
    if (!find_anchors(s, (size_t)len, &left, &right)) {
        Gl_RETURN_NONE;
    }
    GlObject *a = GlInt_FromSsize_t(left);
    GlObject *b = GlInt_FromSsize_t(right);
    GlObject *res = NULL;
    if (a != NULL && b != NULL) {
        res = GlTuple_Pack(2, a, b);
    }
    Gl_XDECREF(a);
    Gl_XDECREF(b);
    return res;
}

static GlMethodDef tbinfo_methods[] = {
    {"positions", GL_FN(tbinfo_positions), GL_METH_FASTCALL,
     "positions(code, lasti) -> (lineno, end_lineno, col, end_col) or None\n\n"
     "Source span of instruction lasti (UTF-8 byte columns; None when unknown)."},
    {"anchors", GL_FN(tbinfo_anchors), GL_METH_O,
     "anchors(segment) -> (left, right) or None\n\n"
     "Byte range of the operator of a binary operation, or of the brackets of a\n"
     "subscript, in a one-line expression segment."},
    {NULL, NULL, 0, NULL},
};

GlObject *
GlInit__tbinfo(void) GL_NEWREF
{
    GlObject *m = GlModule_NewFromString("_tbinfo");
    if (m == NULL || GlModule_AddFunctions(m, tbinfo_methods) < 0) {
        Gl_XDECREF(m);
        return NULL;
    }
    return m;
}
