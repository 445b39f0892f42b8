/* ceval.h - VM-internal interfaces between the eval loop, calls and generators. */
#ifndef GLASS_VM_CEVAL_H
#define GLASS_VM_CEVAL_H

#include "frame.h"

/* Turn parameter slots that are cells into cells; copy the closure into the free
 * variable slots. 0 / -1. */
int GlEval_InitCellsAndFrees(GlFrame *f, GlFunctionObject *func);

/* Inline cache entry (one per CACHE word; index = the CACHE word's argument). */
typedef struct GlCacheEntry {
    uint64_t version1;       // LOAD_GLOBAL: globals ma_version; attrs: type version tag
    uint64_t version2;       // LOAD_GLOBAL: builtins ma_version
    GlObject *value;         // borrowed: cached value / descriptor
    int32_t index;           // attrs: the kind of access cached
    int32_t pad_;
    Gl_ssize_t index2;       // attrs: dict entry hint
} GlCacheEntry;

/* The generator that owns frame f (frame stored inside it). */
static inline GlGenObject *
GlGen_FromFrame(GlFrame *f)
{
    return (GlGenObject *)((char *)f - offsetof(GlGenObject, gi_frame_data));
}

#endif /* GLASS_VM_CEVAL_H */
