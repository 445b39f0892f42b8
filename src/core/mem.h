/* mem.h - the one allocation interface of Glass.
 *
 * Every object block and every buffer an object owns goes through these functions,
 * so that live blocks and bytes can be counted (the explorer and the leak check of
 * the test runner read gl_mem_stats). Small blocks come from size-class pools.
 * Invariants: GlMem_Free accepts NULL; GlMem_Realloc(NULL, n) is GlMem_Malloc(n);
 * none of them sets a Python exception: callers raise MemoryError (GlErr_NoMemory).
 */
#ifndef GLASS_CORE_MEM_H
#define GLASS_CORE_MEM_H

#include <stddef.h>

typedef struct GlMemStats {
    size_t live_blocks;   // blocks allocated and not yet freed
    size_t total_allocs;  // allocations since start-up
} GlMemStats;

extern GlMemStats gl_mem_stats;

/* Allocates n bytes (n may be 0). Returns NULL when out of memory; sets no exception. */
void *GlMem_Malloc(size_t n);
/* Allocates n zeroed bytes. Returns NULL when out of memory. */
void *GlMem_Calloc(size_t count, size_t size);
/* Resizes a block. Returns NULL when out of memory (the old block stays valid). */
void *GlMem_Realloc(void *p, size_t n);
void GlMem_Free(void *p);

/* Typed helpers that check count * sizeof for overflow. */
#define GlMem_New(type, n) \
    ((size_t)(n) > ((size_t)-1 >> 1) / sizeof(type) ? NULL : (type *)GlMem_Malloc((n) * sizeof(type)))
#define GlMem_Resize(p, type, n) \
    ((size_t)(n) > ((size_t)-1 >> 1) / sizeof(type) ? NULL : (type *)GlMem_Realloc((p), (n) * sizeof(type)))

#endif /* GLASS_CORE_MEM_H */
