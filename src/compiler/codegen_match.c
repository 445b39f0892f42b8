/*
 * codegen_match.c - code generation for the match statement, following CPython 3.11's
 * compiler.c (compiler_match, compiler_pattern_*) instruction for instruction.
 *
 * Invariants (CPython's pattern_context):
 * - A pattern consumes the subject on top of the stack. On success the values it
 *   captured sit on the stack below `on_top` working items, in the order of `stores`;
 *   they are stored to their names only once the whole case pattern has matched.
 * - On failure a pattern jumps to fail_pop[n], where n = on_top + nstores items must be
 *   popped; the fail_pop labels are emitted as a POP_TOP ladder (fail_pop[n] pops one
 *   item and falls into fail_pop[n-1]).
 * - Compile errors point at the current location, which (as in CPython 3.11) is the
 *   last pattern whose compilation started; gl_cg_expr restores the location it changes.
 */
#include "codegen.h"
#include "../core/cstack.h"

#include <string.h>

#define TRY(x) do { if ((x) < 0) { return -1; } } while (0)

#define WILDCARD_CHECK(p) ((p)->kind == GL_AST_MATCHAS && (p)->v.MatchAs.pattern == NULL && \
                           (p)->v.MatchAs.name == NULL)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == GL_AST_MATCHSTAR && (p)->v.MatchStar.name == NULL)

typedef struct Stores {
    const char **names;
    int n, cap;
} Stores;

typedef struct PatternContext {
    Stores stores;           // names captured so far, in stack order (malloc'd array)
    int allow_irrefutable;   // an irrefutable pattern is allowed here
    int *fail_pop;           // labels (malloc'd), fail_pop_size of them
    int fail_pop_size;
    int on_top;              // working items above the captured values
} PatternContext;

static int compile_pattern(GlCompiler *c, const GlAstPattern *p, PatternContext *pc);

static void
set_loc_pattern(GlCompiler *c, const GlAstPattern *p)
{
    GlUnit *u = c->u;
    u->lineno = p->lineno;
    u->end_lineno = p->end_lineno;
    u->col = p->col_offset;
    u->end_col = p->end_col_offset;
}

/* A SyntaxError at the current location (with its end position, as CPython). */
static int
match_error(GlCompiler *c, const char *fmt, const char *arg)
{
    GlUnit *u = c->u;
    if (c->err->kind != GL_ERR_NONE) {
        return -1;
    }
    gl_cg_error(c, u->lineno, u->col, fmt, arg);
    c->err->end_lineno = u->end_lineno;
    c->err->end_offset = u->end_col + 1;
    return -1;
}

static int
stores_contains(const Stores *s, const char *name)
{
    for (int i = 0; i < s->n; i++) {
        if (strcmp(s->names[i], name) == 0) {
            return 1;
        }
    }
    return 0;
}

static int
stores_index(const Stores *s, const char *name)
{
    for (int i = 0; i < s->n; i++) {
        if (strcmp(s->names[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

static int
stores_append(Stores *s, const char *name)
{
    if (s->n == s->cap) {
        int ncap = s->cap ? s->cap * 2 : 8;
        const char **nn = realloc(s->names, sizeof(char *) * (size_t)ncap);
        if (nn == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        s->names = nn;
        s->cap = ncap;
    }
    s->names[s->n++] = name;
    return 0;
}

static int
stores_copy(Stores *dst, const Stores *src)
{
    dst->n = 0;
    for (int i = 0; i < src->n; i++) {
        TRY(stores_append(dst, src->names[i]));
    }
    return 0;
}

/* ---- fail_pop -------------------------------------------------------------------------- */

static int
ensure_fail_pop(GlCompiler *c, PatternContext *pc, int n)
{
    int size = n + 1;
    if (size <= pc->fail_pop_size) {
        return 0;
    }
    int *resized = realloc(pc->fail_pop, sizeof(int) * (size_t)size);
    if (resized == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    pc->fail_pop = resized;
    while (pc->fail_pop_size < size) {
        int label = gl_cg_new_label(c);
        TRY(label);
        pc->fail_pop[pc->fail_pop_size++] = label;
    }
    return 0;
}

static int
jump_to_fail_pop(GlCompiler *c, PatternContext *pc, int op)
{
    int pops = pc->on_top + pc->stores.n;
    TRY(ensure_fail_pop(c, pc, pops));
    return gl_cg_jump(c, op, pc->fail_pop[pops]);
}

static int
emit_and_reset_fail_pop(GlCompiler *c, PatternContext *pc)
{
    if (pc->fail_pop_size == 0) {
        return 0;
    }
    int r = 0;
    while (--pc->fail_pop_size) {
        if (gl_cg_use_label(c, pc->fail_pop[pc->fail_pop_size]) < 0 ||
            gl_cg_emit(c, GL_OP_POP_TOP, 0) < 0) {
            r = -1;
            break;
        }
    }
    if (r == 0) {
        r = gl_cg_use_label(c, pc->fail_pop[0]);
    }
    pc->fail_pop_size = 0;
    free(pc->fail_pop);
    pc->fail_pop = NULL;
    return r;
}

/* ---- helpers ---------------------------------------------------------------------------- */

static int
pattern_helper_rotate(GlCompiler *c, int count)
{
    while (1 < count) {
        TRY(gl_cg_emit(c, GL_OP_SWAP, count--));
    }
    return 0;
}

static int
pattern_helper_store_name(GlCompiler *c, const char *name, PatternContext *pc)
{
    if (name == NULL) {
        return gl_cg_emit(c, GL_OP_POP_TOP, 0);
    }
    if (strcmp(name, "__debug__") == 0) {
        return match_error(c, "cannot assign to __debug__", NULL);
    }
    if (stores_contains(&pc->stores, name)) {
        return match_error(c, "multiple assignments to name '%s' in pattern", name);
    }
    TRY(pattern_helper_rotate(c, pc->on_top + pc->stores.n + 1));
    return stores_append(&pc->stores, name);
}

static int
load_int(GlCompiler *c, Gl_ssize_t v)
{
    GlObject *o = GlInt_FromSsize_t(v);
    if (o == NULL) {
        return -1;
    }
    return gl_cg_load_const_new(c, o);
}

static int
compile_subpattern(GlCompiler *c, const GlAstPattern *p, PatternContext *pc)
{
    int allow = pc->allow_irrefutable;
    pc->allow_irrefutable = 1;
    TRY(compile_pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

static int
pattern_unpack_helper(GlCompiler *c, const GlAstPatternSeq *elts)
{
    int n = elts->n, seen_star = 0;
    for (int i = 0; i < n; i++) {
        const GlAstPattern *elt = elts->items[i];
        if (elt->kind == GL_AST_MATCHSTAR && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (1 << 8)) {
                return match_error(c, "too many expressions in star-unpacking sequence "
                                   "pattern", NULL);
            }
            TRY(gl_cg_emit(c, GL_OP_UNPACK_EX, i + ((n - i - 1) << 8)));
            seen_star = 1;
        } else if (elt->kind == GL_AST_MATCHSTAR) {
            return match_error(c, "multiple starred expressions in sequence pattern", NULL);
        }
    }
    if (!seen_star) {
        TRY(gl_cg_emit(c, GL_OP_UNPACK_SEQUENCE, n));
    }
    return 0;
}

static int
pattern_helper_sequence_unpack(GlCompiler *c, const GlAstPatternSeq *patterns,
                               PatternContext *pc)
{
    TRY(pattern_unpack_helper(c, patterns));
    pc->on_top += patterns->n;
    for (int i = 0; i < patterns->n; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, patterns->items[i], pc));
    }
    return 0;
}

static int
pattern_helper_sequence_subscr(GlCompiler *c, const GlAstPatternSeq *patterns, int star,
                               PatternContext *pc)
{
    pc->on_top++;
    int size = patterns->n;
    for (int i = 0; i < size; i++) {
        const GlAstPattern *p = patterns->items[i];
        if (WILDCARD_CHECK(p) || i == star) {
            continue;
        }
        TRY(gl_cg_emit(c, GL_OP_COPY, 1));
        if (i < star) {
            TRY(load_int(c, i));
        } else {
            TRY(gl_cg_emit(c, GL_OP_GET_LEN, 0));
            TRY(load_int(c, size - i));
            TRY(gl_cg_emit(c, GL_OP_BINARY_OP, GL_NB_SUBTRACT));
        }
        TRY(gl_cg_emit(c, GL_OP_BINARY_SUBSCR, 0));
        TRY(compile_subpattern(c, p, pc));
    }
    pc->on_top--;
    return gl_cg_emit(c, GL_OP_POP_TOP, 0);
}

/* ---- the pattern kinds ------------------------------------------------------------------ */

static int
pattern_as(GlCompiler *c, const GlAstPattern *p, PatternContext *pc)
{
    if (p->v.MatchAs.pattern == NULL) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name != NULL) {
                return match_error(c, "name capture '%s' makes remaining patterns "
                                   "unreachable", p->v.MatchAs.name);
            }
            return match_error(c, "wildcard makes remaining patterns unreachable", NULL);
        }
        return pattern_helper_store_name(c, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    TRY(gl_cg_emit(c, GL_OP_COPY, 1));
    TRY(compile_pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return pattern_helper_store_name(c, p->v.MatchAs.name, pc);
}

static int
validate_kwd_attrs(GlCompiler *c, const GlAstIdentSeq *attrs, const GlAstPatternSeq *patterns)
{
    for (int i = 0; i < attrs->n; i++) {
        const char *attr = attrs->items[i];
        set_loc_pattern(c, patterns->items[i]);
        if (strcmp(attr, "__debug__") == 0) {
            return match_error(c, "cannot assign to __debug__", NULL);
        }
        for (int j = i + 1; j < attrs->n; j++) {
            if (strcmp(attr, attrs->items[j]) == 0) {
                set_loc_pattern(c, patterns->items[j]);
                return match_error(c, "attribute name repeated in class pattern: %s", attr);
            }
        }
    }
    return 0;
}

static int
pattern_class(GlCompiler *c, const GlAstPattern *p, PatternContext *pc)
{
    const GlAstPatternSeq *patterns = &p->v.MatchClass.patterns;
    const GlAstIdentSeq *kwd_attrs = &p->v.MatchClass.kwd_attrs;
    const GlAstPatternSeq *kwd_patterns = &p->v.MatchClass.kwd_patterns;
    int nargs = patterns->n, nattrs = kwd_attrs->n;
    if (nattrs) {
        TRY(validate_kwd_attrs(c, kwd_attrs, kwd_patterns));
        set_loc_pattern(c, p);
    }
    TRY(gl_cg_expr(c, p->v.MatchClass.cls));
    GlObject *names = GlTuple_New(nattrs);
    if (names == NULL) {
        return -1;
    }
    for (int i = 0; i < nattrs; i++) {
        GlObject *name = GlStr_FromString(kwd_attrs->items[i]);
        if (name == NULL) {
            Gl_DECREF(names);
            return -1;
        }
        GlTuple_SET_ITEM(names, i, name);
    }
    TRY(gl_cg_load_const_new(c, names));
    TRY(gl_cg_emit(c, GL_OP_MATCH_CLASS, nargs));
    TRY(gl_cg_emit(c, GL_OP_COPY, 1));
    TRY(gl_cg_load_const(c, Gl_None));
    TRY(gl_cg_emit(c, GL_OP_IS_OP, 1));
    pc->on_top++;
    TRY(jump_to_fail_pop(c, pc, GL_OP_POP_JUMP_IF_FALSE));
    TRY(gl_cg_emit(c, GL_OP_UNPACK_SEQUENCE, nargs + nattrs));
    pc->on_top += nargs + nattrs - 1;
    for (int i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        const GlAstPattern *sub = i < nargs ? patterns->items[i]
                                            : kwd_patterns->items[i - nargs];
        if (WILDCARD_CHECK(sub)) {
            TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
            continue;
        }
        TRY(compile_subpattern(c, sub, pc));
    }
    return 0;
}

/* Duplicate constant keys are a SyntaxError; seen maps folded key -> None. */
static int
check_mapping_key(GlCompiler *c, const GlAstExpr *key, GlObject *seen)
{
    if (key->kind == GL_AST_ATTRIBUTE) {
        return 0;
    }
    GlObject *v = NULL;
    if (key->kind == GL_AST_CONSTANT || key->kind == GL_AST_UNARYOP ||
        key->kind == GL_AST_BINOP) {
        v = gl_cg_fold(c, key);
        if (v == NULL && GlErr_Occurred()) {
            return -1;
        }
    }
    if (v == NULL) {
        return match_error(c, "mapping pattern keys may only match literals and attribute "
                           "lookups", NULL);
    }
    int r = GlDict_Contains(seen, v);
    if (r == 0) {
        r = GlDict_SetItem(seen, v, Gl_None);
    } else if (r > 0) {
        GlObject *repr = GlObject_Repr(v);
        const char *s = repr == NULL ? NULL : GlStr_AsUTF8(repr);
        if (s != NULL) {
            match_error(c, "mapping pattern checks duplicate key (%s)", s);
        }
        Gl_XDECREF(repr);
        r = -1;
    }
    Gl_DECREF(v);
    return r < 0 ? -1 : 0;
}

static int
pattern_mapping(GlCompiler *c, const GlAstPattern *p, PatternContext *pc)
{
    const GlAstExprSeq *keys = &p->v.MatchMapping.keys;
    const GlAstPatternSeq *patterns = &p->v.MatchMapping.patterns;
    int size = keys->n;
    const char *star_target = p->v.MatchMapping.rest;
    pc->on_top++;
    TRY(gl_cg_emit(c, GL_OP_MATCH_MAPPING, 0));
    TRY(jump_to_fail_pop(c, pc, GL_OP_POP_JUMP_IF_FALSE));
    if (!size && !star_target) {
        pc->on_top--;
        return gl_cg_emit(c, GL_OP_POP_TOP, 0);
    }
    if (size) {
        TRY(gl_cg_emit(c, GL_OP_GET_LEN, 0));
        TRY(load_int(c, size));
        TRY(gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_GE));
        TRY(jump_to_fail_pop(c, pc, GL_OP_POP_JUMP_IF_FALSE));
    }
    GlObject *seen = GlDict_New();
    if (seen == NULL) {
        return -1;
    }
    for (int i = 0; i < size; i++) {
        if (check_mapping_key(c, keys->items[i], seen) < 0 ||
            gl_cg_expr(c, keys->items[i]) < 0) {
            Gl_DECREF(seen);
            return -1;
        }
    }
    Gl_DECREF(seen);
    TRY(gl_cg_emit(c, GL_OP_BUILD_TUPLE, size));
    TRY(gl_cg_emit(c, GL_OP_MATCH_KEYS, 0));
    pc->on_top += 2;
    TRY(gl_cg_emit(c, GL_OP_COPY, 1));
    TRY(gl_cg_load_const(c, Gl_None));
    TRY(gl_cg_emit(c, GL_OP_IS_OP, 1));
    TRY(jump_to_fail_pop(c, pc, GL_OP_POP_JUMP_IF_FALSE));
    TRY(gl_cg_emit(c, GL_OP_UNPACK_SEQUENCE, size));
    pc->on_top += size - 1;
    for (int i = 0; i < size; i++) {
        pc->on_top--;
        TRY(compile_subpattern(c, patterns->items[i], pc));
    }
    pc->on_top -= 2;
    if (star_target) {
        // rest = dict(subject); del rest[key] for each key
        TRY(gl_cg_emit(c, GL_OP_BUILD_MAP, 0));           // [subject, keys, empty]
        TRY(gl_cg_emit(c, GL_OP_SWAP, 3));                // [empty, keys, subject]
        TRY(gl_cg_emit(c, GL_OP_DICT_UPDATE, 2));         // [copy, keys]
        TRY(gl_cg_emit(c, GL_OP_UNPACK_SEQUENCE, size));  // [copy, keys...]
        while (size) {
            TRY(gl_cg_emit(c, GL_OP_COPY, 1 + size--));   // [copy, keys..., copy]
            TRY(gl_cg_emit(c, GL_OP_SWAP, 2));            // [copy, keys..., copy, key]
            TRY(gl_cg_emit(c, GL_OP_DELETE_SUBSCR, 0));   // [copy, keys...]
        }
        return pattern_helper_store_name(c, star_target, pc);
    }
    TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));  // tuple of keys
    return gl_cg_emit(c, GL_OP_POP_TOP, 0);  // subject
}

static int
pattern_or(GlCompiler *c, const GlAstPattern *p, PatternContext *pc)
{
    int end = gl_cg_new_label(c);
    TRY(end);
    int size = p->v.MatchOr.patterns.n;
    PatternContext old_pc = *pc;
    Stores control = {0}, rotated = {0};
    pc->stores.names = NULL;
    pc->stores.n = pc->stores.cap = 0;
    int ok = 0;
    for (int i = 0; i < size; i++) {
        const GlAstPattern *alt = p->v.MatchOr.patterns.items[i];
        set_loc_pattern(c, alt);
        pc->stores.n = 0;
        pc->allow_irrefutable = (i == size - 1) && old_pc.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        if (gl_cg_emit(c, GL_OP_COPY, 1) < 0 || compile_pattern(c, alt, pc) < 0) {
            goto error;
        }
        int nstores = pc->stores.n;
        if (i == 0) {
            if (stores_copy(&control, &pc->stores) < 0) {
                goto error;
            }
        } else if (nstores != control.n) {
            goto diff;
        } else if (nstores) {
            int icontrol = nstores;
            while (icontrol--) {
                const char *name = control.names[icontrol];
                int istores = stores_index(&pc->stores, name);
                if (istores < 0) {
                    goto diff;
                }
                if (icontrol != istores) {
                    // rotated = stores[:rotations]; del stores[:rotations];
                    // stores[icontrol-istores:icontrol-istores] = rotated
                    int rotations = istores + 1;
                    rotated.n = 0;
                    for (int k = 0; k < rotations; k++) {
                        if (stores_append(&rotated, pc->stores.names[k]) < 0) {
                            goto error;
                        }
                    }
                    int n = pc->stores.n, at = icontrol - istores;
                    const char **rest = pc->stores.names + rotations;
                    int nrest = n - rotations;
                    memmove(pc->stores.names, rest, sizeof(char *) * (size_t)nrest);
                    memmove(pc->stores.names + at + rotations, pc->stores.names + at,
                            sizeof(char *) * (size_t)(nrest - at));
                    memcpy(pc->stores.names + at, rotated.names,
                           sizeof(char *) * (size_t)rotations);
                    while (rotations--) {
                        if (pattern_helper_rotate(c, icontrol + 1) < 0) {
                            goto error;
                        }
                    }
                }
            }
        }
        if (gl_cg_jump(c, GL_OP_JUMP, end) < 0 || emit_and_reset_fail_pop(c, pc) < 0) {
            goto error;
        }
    }
    free(pc->stores.names);
    *pc = old_pc;
    old_pc.fail_pop = NULL;  // now owned by pc again
    // No match: pop the remaining copy of the subject and fail
    if (gl_cg_emit(c, GL_OP_POP_TOP, 0) < 0 || jump_to_fail_pop(c, pc, GL_OP_JUMP) < 0 ||
        gl_cg_use_label(c, end) < 0) {
        goto out;
    }
    int nrots = control.n + 1 + pc->on_top + pc->stores.n;
    for (int i = 0; i < control.n; i++) {
        if (pattern_helper_rotate(c, nrots) < 0) {
            goto out;
        }
        const char *name = control.names[i];
        if (stores_contains(&pc->stores, name)) {
            match_error(c, "multiple assignments to name '%s' in pattern", name);
            goto out;
        }
        if (stores_append(&pc->stores, name) < 0) {
            goto out;
        }
    }
    ok = gl_cg_emit(c, GL_OP_POP_TOP, 0) == 0;
    goto out;
diff:
    match_error(c, "alternative patterns bind different names", NULL);
error:
    free(pc->stores.names);
    free(pc->fail_pop);
    *pc = old_pc;
out:
    free(control.names);
    free(rotated.names);
    return ok ? 0 : -1;
}

static int
pattern_sequence(GlCompiler *c, const GlAstPattern *p, PatternContext *pc)
{
    const GlAstPatternSeq *patterns = &p->v.MatchSequence.patterns;
    int size = patterns->n, star = -1, only_wildcard = 1, star_wildcard = 0;
    for (int i = 0; i < size; i++) {
        const GlAstPattern *sub = patterns->items[i];
        if (sub->kind == GL_AST_MATCHSTAR) {
            if (star >= 0) {
                return match_error(c, "multiple starred names in sequence pattern", NULL);
            }
            star_wildcard = WILDCARD_STAR_CHECK(sub);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(sub);
    }
    pc->on_top++;
    TRY(gl_cg_emit(c, GL_OP_MATCH_SEQUENCE, 0));
    TRY(jump_to_fail_pop(c, pc, GL_OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        TRY(gl_cg_emit(c, GL_OP_GET_LEN, 0));
        TRY(load_int(c, size));
        TRY(gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_EQ));
        TRY(jump_to_fail_pop(c, pc, GL_OP_POP_JUMP_IF_FALSE));
    } else if (size > 1) {
        // len(subject) >= size - 1 (always true, so not checked, for `[*x]`)
        TRY(gl_cg_emit(c, GL_OP_GET_LEN, 0));
        TRY(load_int(c, size - 1));
        TRY(gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_GE));
        TRY(jump_to_fail_pop(c, pc, GL_OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) {
        return gl_cg_emit(c, GL_OP_POP_TOP, 0);
    }
    if (star_wildcard) {
        return pattern_helper_sequence_subscr(c, patterns, star, pc);
    }
    return pattern_helper_sequence_unpack(c, patterns, pc);
}

static int
pattern_value(GlCompiler *c, const GlAstPattern *p, PatternContext *pc)
{
    const GlAstExpr *value = p->v.MatchValue.value;
    if (value->kind != GL_AST_CONSTANT && value->kind != GL_AST_ATTRIBUTE &&
        value->kind != GL_AST_UNARYOP && value->kind != GL_AST_BINOP) {
        return match_error(c, "patterns may only match literals and attribute lookups", NULL);
    }
    TRY(gl_cg_expr(c, value));
    TRY(gl_cg_emit(c, GL_OP_COMPARE_OP, Gl_EQ));
    return jump_to_fail_pop(c, pc, GL_OP_POP_JUMP_IF_FALSE);
}

static int
pattern_singleton(GlCompiler *c, const GlAstPattern *p, PatternContext *pc)
{
    GlAstConstKind k = p->v.MatchSingleton.value;
    TRY(gl_cg_load_const(c, k == GL_CONST_NONE ? Gl_None : k == GL_CONST_TRUE ? Gl_True
                                                                                : Gl_False));
    TRY(gl_cg_emit(c, GL_OP_IS_OP, 0));
    return jump_to_fail_pop(c, pc, GL_OP_POP_JUMP_IF_FALSE);
}

static int
compile_pattern(GlCompiler *c, const GlAstPattern *p, PatternContext *pc)
{
    if (++c->nested_depth > 6000 || GlCore_StackLow()) {
        GlErr_SetString(GlExc_RecursionError,
                        "maximum recursion depth exceeded during compilation");
        return -1;
    }
    set_loc_pattern(c, p);
    int r = -1;
    switch (p->kind) {
    case GL_AST_MATCHVALUE: r = pattern_value(c, p, pc); break;
    case GL_AST_MATCHSINGLETON: r = pattern_singleton(c, p, pc); break;
    case GL_AST_MATCHSEQUENCE: r = pattern_sequence(c, p, pc); break;
    case GL_AST_MATCHMAPPING: r = pattern_mapping(c, p, pc); break;
    case GL_AST_MATCHCLASS: r = pattern_class(c, p, pc); break;
    case GL_AST_MATCHSTAR: r = pattern_helper_store_name(c, p->v.MatchStar.name, pc); break;
    case GL_AST_MATCHAS: r = pattern_as(c, p, pc); break;
    case GL_AST_MATCHOR: r = pattern_or(c, p, pc); break;
    }
    c->nested_depth--;
    return r;
}

/* ---- the statement ---------------------------------------------------------------------- */

static int
match_inner(GlCompiler *c, const GlAstStmt *s, PatternContext *pc)
{
    TRY(gl_cg_expr(c, s->v.Match.subject));
    int end = gl_cg_new_label(c);
    TRY(end);
    int cases = s->v.Match.cases.n;
    const GlAstMatchCase *m = s->v.Match.cases.items[cases - 1];
    int has_default = WILDCARD_CHECK(m->pattern) && 1 < cases;
    for (int i = 0; i < cases - has_default; i++) {
        m = s->v.Match.cases.items[i];
        set_loc_pattern(c, m->pattern);
        if (i != cases - has_default - 1) {
            TRY(gl_cg_emit(c, GL_OP_COPY, 1));
        }
        pc->stores.n = 0;
        pc->allow_irrefutable = m->guard != NULL || i == cases - 1;
        pc->fail_pop = NULL;
        pc->fail_pop_size = 0;
        pc->on_top = 0;
        TRY(compile_pattern(c, m->pattern, pc));
        for (int n = 0; n < pc->stores.n; n++) {
            TRY(gl_cg_nameop(c, pc->stores.names[n], GL_AST_STORE));
        }
        if (m->guard) {
            TRY(ensure_fail_pop(c, pc, 0));
            TRY(gl_cg_jump_if(c, m->guard, pc->fail_pop[0], 0));
        }
        if (i != cases - has_default - 1) {
            TRY(gl_cg_emit(c, GL_OP_POP_TOP, 0));
        }
        TRY(gl_cg_body(c, &m->body));
        TRY(gl_cg_jump(c, GL_OP_JUMP, end));
        set_loc_pattern(c, m->pattern);
        TRY(emit_and_reset_fail_pop(c, pc));
    }
    if (has_default) {
        m = s->v.Match.cases.items[cases - 1];
        set_loc_pattern(c, m->pattern);
        TRY(gl_cg_emit(c, cases == 1 ? GL_OP_POP_TOP : GL_OP_NOP, 0));
        if (m->guard) {
            TRY(gl_cg_jump_if(c, m->guard, end, 0));
        }
        TRY(gl_cg_body(c, &m->body));
    }
    return gl_cg_use_label(c, end);
}

int
gl_cg_match(GlCompiler *c, const GlAstStmt *s)
{
    PatternContext pc = {0};
    int r = match_inner(c, s, &pc);
    free(pc.fail_pop);
    free(pc.stores.names);
    return r;
}
