/*
 * symtable_dump.c - GlSymtable_Dump: a text rendering of the symbol tables, used by
 * tools/astdump --symtable and compared with tools/symdump.py (CPython's symtable module
 * plus code objects).
 *
 * Invariants: read-only; symbols are printed sorted by name (CPython adds symbols for
 * free variables in set order, so sorting makes the two dumps comparable); flags and
 * scopes are printed as CPython's numeric values.
 */
#include <stdlib.h>
#include <string.h>

#include "symtable.h"

static int
cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static void
dump_names(FILE *out, const char *label, const char **names, int n)
{
    fprintf(out, "  %s:", label);
    for (int i = 0; i < n; i++) {
        fprintf(out, " %s", names[i]);
    }
    fprintf(out, "\n");
}

static void
dump_entry(GlSTEntry *ste, FILE *out)
{
    static const char *const types[] = {"function", "class", "module"};
    fprintf(out, "%s %s line %d%s\n", types[ste->type], ste->name, ste->lineno,
            ste->is_nested ? " nested" : "");
    const char **sorted = malloc(sizeof(char *) * (size_t)(ste->nsymbols + 1));
    if (sorted != NULL) {
        /* sorted by name: the order of symbols added for free variables is set order in
           CPython, so sorting makes the dumps comparable */
        for (int i = 0; i < ste->nsymbols; i++) {
            sorted[i] = ste->symbols[i].name;
        }
        qsort(sorted, (size_t)ste->nsymbols, sizeof(char *), cmp_names);
        for (int i = 0; i < ste->nsymbols; i++) {
            GlSymbol *s = &ste->symbols[0];
            for (int k = 0; k < ste->nsymbols; k++) {
                if (ste->symbols[k].name == sorted[i]) {
                    s = &ste->symbols[k];
                }
            }
            fprintf(out, "  sym %s flags=%d scope=%d\n", s->name, s->flags, (int)s->scope);
        }
    }
    free(sorted);
    if (ste->type == GL_BLOCK_FUNCTION) {
        dump_names(out, "varnames", ste->varnames, ste->nvarnames);
    }
    dump_names(out, "cellvars", ste->cellvars, ste->ncellvars);
    dump_names(out, "freevars", ste->freevars, ste->nfreevars);
    for (int i = 0; i < ste->nchildren; i++) {
        dump_entry(ste->children[i], out);
    }
}

void
GlSymtable_Dump(GlSymTable *st, FILE *out)
{
    dump_entry(st->top, out);
}
