/*
 * arena.h - GlArena, a bump allocator for compiler data (AST nodes, identifiers, strings).
 *
 * Invariants:
 * - Memory handed out is aligned for any object type (max_align_t) and zero-filled.
 * - Nothing is freed individually; GlArena_Free releases every block at once.
 * - Interned strings: GlArena_Intern returns the same pointer for the same bytes within
 *   one arena; interned strings are NUL-terminated and never modified.
 */
#ifndef GLASS_COMPILER_ARENA_H
#define GLASS_COMPILER_ARENA_H

#include <stddef.h>

typedef struct GlArena GlArena;

/* Create an empty arena. Returns NULL when out of memory. */
GlArena *GlArena_New(void);

/* Release the arena and everything allocated from it. NULL is accepted. */
void GlArena_Free(GlArena *arena);

/* Allocate `size` zeroed bytes. Returns NULL when out of memory. */
void *GlArena_Alloc(GlArena *arena, size_t size);

/* Copy `len` bytes and append a NUL. Returns NULL when out of memory. */
char *GlArena_Strndup(GlArena *arena, const char *s, size_t len);

/* Intern `len` bytes (plus NUL): same bytes give the same pointer. NULL when out of memory. */
const char *GlArena_Intern(GlArena *arena, const char *s, size_t len);

#endif /* GLASS_COMPILER_ARENA_H */
