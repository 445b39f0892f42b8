/*
 * arena.c - the GlArena bump allocator and its identifier intern table.
 *
 * Invariants:
 * - Blocks form a singly linked list, newest first; `cur`/`end` delimit the free part
 *   of the newest block. A request larger than a standard block gets its own block.
 * - The intern table is open addressing with linear probing, kept at most half full;
 *   its entries point to arena strings, the table itself is malloc'd.
 */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct ArenaBlock {
    struct ArenaBlock *next;
    max_align_t align;  // makes the data that follows suitably aligned
} ArenaBlock;

struct GlArena {
    ArenaBlock *blocks;
    char *cur;
    char *end;
    const char **table;  // intern table (NULL slots are empty)
    size_t table_size;   // power of two or 0
    size_t table_used;
};

enum { ARENA_BLOCK_SIZE = 64 * 1024 };

GlArena *
GlArena_New(void)
{
    return calloc(1, sizeof(GlArena));
}

void
GlArena_Free(GlArena *arena)
{
    if (arena == NULL) {
        return;
    }
    ArenaBlock *b = arena->blocks;
    while (b != NULL) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    free(arena->table);
    free(arena);
}

void *
GlArena_Alloc(GlArena *arena, size_t size)
{
    const size_t align = sizeof(max_align_t);
    size = (size + align - 1) & ~(align - 1);
    if (size == 0) {
        size = align;
    }
    if ((size_t)(arena->end - arena->cur) < size) {
        size_t data = size > ARENA_BLOCK_SIZE / 2 ? size : ARENA_BLOCK_SIZE;
        if (data > SIZE_MAX - sizeof(ArenaBlock)) {
            return NULL;
        }
        ArenaBlock *b = malloc(sizeof(ArenaBlock) + data);
        if (b == NULL) {
            return NULL;
        }
        char *start = (char *)(b + 1);
        if (data == size && arena->blocks != NULL) {
            // big request: chain behind the current block, keep using the current one
            b->next = arena->blocks->next;
            arena->blocks->next = b;
            memset(start, 0, size);
            return start;
        }
        b->next = arena->blocks;
        arena->blocks = b;
        arena->cur = start;
        arena->end = start + data;
    }
    char *p = arena->cur;
    arena->cur += size;
    memset(p, 0, size);
    return p;
}

char *
GlArena_Strndup(GlArena *arena, const char *s, size_t len)
{
    if (len == SIZE_MAX) {
        return NULL;
    }
    char *p = GlArena_Alloc(arena, len + 1);
    if (p == NULL) {
        return NULL;
    }
    if (len > 0) {
        memcpy(p, s, len);
    }
    p[len] = '\0';
    return p;
}

static size_t
arena_hash(const char *s, size_t len)
{
    size_t h = 1469598103934665603u;  // FNV-1a
    for (size_t i = 0; i < len; i++) {
        h = (h ^ (unsigned char)s[i]) * 1099511628211u;
    }
    return h;
}

static int
arena_grow_table(GlArena *arena)
{
    size_t nsize = arena->table_size ? arena->table_size * 2 : 256;
    const char **nt = calloc(nsize, sizeof(*nt));
    if (nt == NULL) {
        return -1;
    }
    for (size_t i = 0; i < arena->table_size; i++) {
        const char *s = arena->table[i];
        if (s != NULL) {
            size_t j = arena_hash(s, strlen(s)) & (nsize - 1);
            while (nt[j] != NULL) {
                j = (j + 1) & (nsize - 1);
            }
            nt[j] = s;
        }
    }
    free(arena->table);
    arena->table = nt;
    arena->table_size = nsize;
    return 0;
}

const char *
GlArena_Intern(GlArena *arena, const char *s, size_t len)
{
    if (memchr(s, '\0', len) != NULL) {
        return GlArena_Strndup(arena, s, len);  // cannot be looked up by strlen; don't intern
    }
    if ((arena->table_used + 1) * 2 > arena->table_size && arena_grow_table(arena) < 0) {
        return NULL;
    }
    size_t mask = arena->table_size - 1;
    size_t j = arena_hash(s, len) & mask;
    while (arena->table[j] != NULL) {
        const char *t = arena->table[j];
        if (strncmp(t, s, len) == 0 && t[len] == '\0') {
            return t;
        }
        j = (j + 1) & mask;
    }
    char *p = GlArena_Strndup(arena, s, len);
    if (p == NULL) {
        return NULL;
    }
    arena->table[j] = p;
    arena->table_used++;
    return p;
}
