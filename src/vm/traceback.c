/* traceback.c - printing tracebacks the way CPython 3.11 does.
 *
 * Layout per frame: `  File "<file>", line N, in <name>`, the source line stripped and
 * indented 4 spaces, then a caret line under the failing expression (binary
 * operations and subscripts get `~` for the operands and `^` for the operator or the
 * brackets, computed by re-parsing the expression's source segment). The caret line
 * is left out when plain carets would cover the whole line. Identical consecutive
 * entries beyond 3 collapse into "[Previous line repeated N more times]".
 * Invariant: printing never raises out: a missing source file just omits the line.
 */
#include "frame.h"
#include "vm.h"
#include "../compiler/parser.h"
#include <stdio.h>

/* ---- output to a Python file object or C stderr ---- */

typedef struct Out {
    GlObject *file;     // borrowed, or NULL for C stderr
    int failed;
} Out;

static void
out_write(Out *o, const char *s, size_t len)
{
    if (o->failed) {
        return;
    }
    if (o->file == NULL) {
        fwrite(s, 1, len, stderr);
        return;
    }
    GlObject *str = GlStr_FromStringAndSize(s, (Gl_ssize_t)len);
    if (str == NULL) {
        GlErr_Clear();
        return;
    }
    GlObject *r = GlObject_CallMethodObjArgs(o->file, GL_ID(write), str, NULL);
    Gl_DECREF(str);
    if (r == NULL) {
        GlErr_Clear();
        o->failed = 1;
        return;
    }
    Gl_DECREF(r);
}

static void
out_puts(Out *o, const char *s)
{
    out_write(o, s, strlen(s));
}

/* ---- source lines (a one-file cache, like a tiny linecache) ---- */

static char *cache_name;
static char *cache_data;
static size_t cache_len;

static const char *
get_source(const char *filename, size_t *len)
{
    if (cache_name != NULL && strcmp(cache_name, filename) == 0) {
        *len = cache_len;
        return cache_data;
    }
    if (filename[0] == '<') {
        return NULL;
    }
    FILE *f = fopen(filename, "rb");
    if (f == NULL) {
        return NULL;
    }
    size_t cap = 8192, n = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            break;
        }
        char *nb = realloc(buf, cap * 2);
        if (nb == NULL) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = nb;
        cap *= 2;
    }
    fclose(f);
    if (buf == NULL) {
        return NULL;
    }
    free(cache_name);
    free(cache_data);
    cache_name = strdup(filename);
    cache_data = buf;
    cache_len = n;
    *len = n;
    return buf;
}

/* Line lineno of the file: pointer and length without the newline. */
static int
get_line(const char *filename, int lineno, const char **line, size_t *linelen)
{
    size_t len;
    const char *src = get_source(filename, &len);
    if (src == NULL || lineno < 1) {
        return 0;
    }
    int cur = 1;
    size_t i = 0;
    while (i < len && cur < lineno) {
        if (src[i++] == '\n') {
            cur++;
        }
    }
    if (cur != lineno || i > len) {
        return 0;
    }
    size_t j = i;
    while (j < len && src[j] != '\n') {
        j++;
    }
    if (j > i && src[j - 1] == '\r') {
        j--;
    }
    *line = src + i;
    *linelen = j - i;
    return 1;
}

/* Characters (code points) in the first `bytes` bytes of UTF-8 text. */
static Gl_ssize_t
char_offset(const char *s, size_t len, Gl_ssize_t bytes)
{
    if (bytes > (Gl_ssize_t)len) {
        bytes = (Gl_ssize_t)len;
    }
    Gl_ssize_t n = 0;
    for (Gl_ssize_t i = 0; i < bytes; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            n++;
        }
    }
    return n;
}

static int
is_ws(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\f';
}

/* Anchors of a BinOp / Subscript inside segment (byte offsets in segment). */
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
        /* Offsets are relative to line 1 of the segment; give up on multi-line. */
        if (e->kind == GL_AST_BINOP && e->v.BinOp.left->end_lineno == 1
            && e->v.BinOp.right->lineno == 1) {
            GlAstExpr *l = e->v.BinOp.left, *r = e->v.BinOp.right;
            for (int i = l->end_col_offset; i < r->col_offset; i++) {
                if (is_ws(seg[i])) {
                    continue;
                }
                *left = i;
                *right = i + 1;
                if (i + 1 < r->col_offset && !is_ws(seg[i + 1])) {
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

static void
print_source_and_carets(Out *o, const char *filename, GlCodeObject *co, int lasti, int lineno)
{
    const char *line;
    size_t linelen;
    if (!get_line(filename, lineno, &line, &linelen)) {
        return;
    }
    size_t strip = 0;
    while (strip < linelen && is_ws(line[strip])) {
        strip++;
    }
    size_t end = linelen;
    while (end > strip && (is_ws(line[end - 1]) || line[end - 1] == '\r')) {
        end--;
    }
    out_puts(o, "    ");
    out_write(o, line + strip, end - strip);
    out_puts(o, "\n");
    if (co == NULL || lasti < 0 || lasti >= co->co_ninstrs) {
        return;
    }
    GlCodePos *p = &co->co_positions[lasti];
    if (p->lineno != lineno || p->col < 0 || p->end_col < 0 || p->end_lineno < p->lineno) {
        return;
    }
    Gl_ssize_t start = char_offset(line, linelen, p->col);
    Gl_ssize_t stop;
    Gl_ssize_t left = -1, right = -1;
    char primary = '^';
    if (p->end_lineno == p->lineno) {
        stop = char_offset(line, linelen, p->end_col);
        if ((size_t)p->end_col <= linelen && p->col <= p->end_col) {
            Gl_ssize_t l, r;
            if (find_anchors(line + p->col, (size_t)(p->end_col - p->col), &l, &r)) {
                left = char_offset(line + p->col, (size_t)(p->end_col - p->col), l) + start;
                right = char_offset(line + p->col, (size_t)(p->end_col - p->col), r) + start;
                primary = '~';
            }
        }
    } else {
        stop = char_offset(line, linelen, (Gl_ssize_t)end);
    }
    Gl_ssize_t stripped_chars = char_offset(line, linelen, (Gl_ssize_t)strip);
    Gl_ssize_t stripped_len = char_offset(line, linelen, (Gl_ssize_t)end) - stripped_chars;
    int has_secondary = left != -1 || right != -1;
    if (stop - start == stripped_len && !has_secondary) {
        return;
    }
    if (stop <= start) {
        return;
    }
    size_t width = (size_t)(4 + stop - stripped_chars) + 2;
    char *buf = malloc(width);
    if (buf == NULL) {
        return;
    }
    size_t k = 0;
    for (int i = 0; i < 4; i++) {
        buf[k++] = ' ';
    }
    for (Gl_ssize_t i = stripped_chars; i < stop; i++) {
        if (i < start) {
            buf[k++] = ' ';
        } else if (has_secondary && i >= left && i < right) {
            buf[k++] = '^';
        } else {
            buf[k++] = primary;
        }
    }
    buf[k++] = '\n';
    out_write(o, buf, k);
    free(buf);
}

int
GlTraceBack_Print(GlObject *tb, GlObject *file)
{
    if (tb == NULL || tb == Gl_None) {
        return 0;
    }
    Out o = {file, 0};
    out_puts(&o, "Traceback (most recent call last):\n");
    const char *last_file = NULL;
    int last_line = -1;
    GlObject *last_name = NULL;
    int cnt = 0;
    char buf[512];
    for (GlTraceBackObject *t = (GlTraceBackObject *)tb; t != NULL; t = t->tb_next) {
        GlFrame *f = t->tb_frame ? t->tb_frame->f_frame : NULL;
        GlCodeObject *co = f ? f->code : NULL;
        if (co == NULL) {
            continue;
        }
        const char *filename = GlStr_AsUTF8(co->co_filename);
        if (filename == NULL) {
            GlErr_Clear();
            filename = "???";
        }
        if (last_file != NULL && strcmp(last_file, filename) == 0 && last_line == t->tb_lineno
            && last_name != NULL && GlStr_Equal(last_name, co->co_name)) {
            cnt++;
            if (cnt > 3) {
                continue;
            }
        } else {
            if (cnt > 3) {
                snprintf(buf, sizeof(buf), "  [Previous line repeated %d more times]\n", cnt - 3);
                out_puts(&o, buf);
            }
            last_file = filename;
            last_line = t->tb_lineno;
            last_name = co->co_name;
            cnt = 1;
        }
        const char *name = GlStr_AsUTF8(co->co_name);
        snprintf(buf, sizeof(buf), "  File \"%s\", line %d, in %s\n", filename, t->tb_lineno,
                 name ? name : "?");
        out_puts(&o, buf);
        print_source_and_carets(&o, filename, co, t->tb_lasti, t->tb_lineno);
    }
    if (cnt > 3) {
        snprintf(buf, sizeof(buf), "  [Previous line repeated %d more times]\n", cnt - 3);
        out_puts(&o, buf);
    }
    return o.failed ? -1 : 0;
}

/* Print the `File "...", line N` block of a SyntaxError (no "in"), its text and
 * carets, as CPython's print_exception does for SyntaxError instances. */
int
GlTraceBack_PrintSyntaxErrorLocation(GlObject *exc, GlObject *file)
{
    Out o = {file, 0};
    GlSyntaxErrorObject *se = (GlSyntaxErrorObject *)exc;
    char buf[1024];
    const char *fname = (se->filename && GlStr_Check(se->filename)) ? GlStr_AsUTF8(se->filename)
                                                                    : "<string>";
    long lineno = (se->lineno && GlInt_Check(se->lineno)) ? GlInt_AsLong(se->lineno) : 0;
    snprintf(buf, sizeof(buf), "  File \"%s\", line %ld\n", fname ? fname : "<string>", lineno);
    out_puts(&o, buf);
    if (se->text == NULL || !GlStr_Check(se->text)) {
        return 0;
    }
    Gl_ssize_t tlen;
    const char *text = GlStr_AsUTF8AndSize(se->text, &tlen);
    if (text == NULL) {
        GlErr_Clear();
        return 0;
    }
    /* Only the first line of the text. */
    Gl_ssize_t nl = 0;
    while (nl < tlen && text[nl] != '\n') {
        nl++;
    }
    Gl_ssize_t strip = 0;
    while (strip < nl && (is_ws(text[strip]))) {
        strip++;
    }
    Gl_ssize_t end = nl;
    while (end > strip && (is_ws(text[end - 1]) || text[end - 1] == '\r')) {
        end--;
    }
    out_puts(&o, "    ");
    out_write(&o, text + strip, (size_t)(end - strip));
    out_puts(&o, "\n");
    long offset = (se->offset && GlInt_Check(se->offset)) ? GlInt_AsLong(se->offset) : 0;
    long end_offset = (se->end_offset && GlInt_Check(se->end_offset)) ? GlInt_AsLong(se->end_offset) : 0;
    long end_lineno = (se->end_lineno && GlInt_Check(se->end_lineno)) ? GlInt_AsLong(se->end_lineno) : lineno;
    GlErr_Clear();
    if (offset < 1) {
        return 0;
    }
    /* offsets are 1-based character offsets into the unstripped line */
    Gl_ssize_t strip_chars = char_offset(text, (size_t)nl, strip);
    Gl_ssize_t line_chars = char_offset(text, (size_t)nl, end);
    long start = offset - 1;
    long stop = (end_lineno == lineno && end_offset > offset) ? end_offset - 1 : offset;
    if (stop > line_chars + 1) {
        stop = line_chars + 1;
    }
    if (start < strip_chars) {
        start = strip_chars;
    }
    out_puts(&o, "    ");
    for (long i = strip_chars; i < start; i++) {
        out_puts(&o, " ");
    }
    for (long i = start; i < stop || i == start; i++) {
        out_puts(&o, "^");
    }
    out_puts(&o, "\n");
    return 0;
}
