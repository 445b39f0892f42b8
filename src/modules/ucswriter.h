/* ucswriter.h - Writer: a growable code-point buffer of kind 1, 2 or 4 for building
 * str results in C (json's encoder and scanner, re's sub and expand).
 *
 * Invariants: data holds len units of `kind` bytes (cap allocated, GlMem); the kind
 * only widens (1 -> 2 -> 4) when a wider code point is appended; w_finish returns a
 * str narrowed to the smallest kind and frees the buffer. Functions returning int give
 * 0, or -1 with MemoryError.
 */
#ifndef GLASS_MODULES_UCSWRITER_H
#define GLASS_MODULES_UCSWRITER_H

#include "../objects/allobjects.h"

typedef struct Writer {
    void *data;          // GlMem block of cap units of `kind` bytes
    int kind;
    Gl_ssize_t len, cap;
} Writer;

static inline void
w_init(Writer *w)
{
    w->data = NULL;
    w->kind = 1;
    w->len = w->cap = 0;
}

static inline void
w_free(Writer *w)
{
    GlMem_Free(w->data);
    w->data = NULL;
}

/* Make room for n more units. 0 / -1 with MemoryError. */
static inline int
w_grow(Writer *w, Gl_ssize_t n)
{
    if (w->len + n <= w->cap) {
        return 0;
    }
    Gl_ssize_t nc = w->cap ? w->cap : 256;
    while (nc < w->len + n) {
        nc *= 2;
    }
    void *nd = GlMem_Realloc(w->data, (size_t)nc * (size_t)w->kind);
    if (nd == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    w->data = nd;
    w->cap = nc;
    return 0;
}

/* Widen the buffer to `kind` (> w->kind), converting what is there. 0 / -1. */
static inline int
w_widen(Writer *w, int kind)
{
    Gl_ssize_t cap = w->cap ? w->cap : 256;
    void *nd = GlMem_Malloc((size_t)cap * (size_t)kind);
    if (nd == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    for (Gl_ssize_t i = 0; i < w->len; i++) {
        uint32_t c = GlStr_READ(w->kind, w->data, i);
        if (kind == 2) {
            ((uint16_t *)nd)[i] = (uint16_t)c;
        } else {
            ((uint32_t *)nd)[i] = c;
        }
    }
    GlMem_Free(w->data);
    w->data = nd;
    w->cap = cap;
    w->kind = kind;
    return 0;
}

static inline void
w_put_unchecked(Writer *w, uint32_t c)
{
    if (w->kind == 1) {
        ((uint8_t *)w->data)[w->len++] = (uint8_t)c;
    } else if (w->kind == 2) {
        ((uint16_t *)w->data)[w->len++] = (uint16_t)c;
    } else {
        ((uint32_t *)w->data)[w->len++] = c;
    }
}

/* Append one code point. 0 / -1. */
static inline int
w_put(Writer *w, uint32_t c)
{
    if (c > 0xff && w->kind < (c > 0xffff ? 4 : 2) && w_widen(w, c > 0xffff ? 4 : 2) < 0) {
        return -1;
    }
    if (w->len == w->cap && w_grow(w, 1) < 0) {
        return -1;
    }
    w_put_unchecked(w, c);
    return 0;
}

/* Append n ASCII bytes. 0 / -1. */
static inline int
w_ascii(Writer *w, const char *s, Gl_ssize_t n)
{
    if (w_grow(w, n) < 0) {
        return -1;
    }
    if (w->kind == 1) {
        memcpy((uint8_t *)w->data + w->len, s, (size_t)n);
        w->len += n;
    } else {
        for (Gl_ssize_t i = 0; i < n; i++) {
            w_put_unchecked(w, (unsigned char)s[i]);
        }
    }
    return 0;
}

/* Append characters [start, end) of a str's data (kind k). 0 / -1. */
static inline int
w_range(Writer *w, int k, const void *data, Gl_ssize_t start, Gl_ssize_t end)
{
    Gl_ssize_t n = end - start;
    if (n <= 0) {
        return 0;
    }
    if (k > w->kind && w_widen(w, k) < 0) {
        return -1;
    }
    if (w_grow(w, n) < 0) {
        return -1;
    }
    if (k == w->kind) {
        memcpy((char *)w->data + (size_t)w->len * (size_t)k, (const char *)data + (size_t)start * (size_t)k,
               (size_t)n * (size_t)k);
        w->len += n;
    } else {
        for (Gl_ssize_t i = start; i < end; i++) {
            w_put_unchecked(w, GlStr_READ(k, data, i));
        }
    }
    return 0;
}

/* Append a whole str. 0 / -1. */
static inline int
w_str(Writer *w, GlObject *s)
{
    return w_range(w, GlStr_KIND(s), GlStr_DATA(s), 0, GlStr_GET_LENGTH(s));
}

/* The buffer as a new str (new reference); the writer is freed either way. */
static inline GlObject *
w_finish(Writer *w)
{
    GlObject *r = GlStr_FromKindAndData(w->kind, w->data, w->len);
    w_free(w);
    return r;
}

#endif /* GLASS_MODULES_UCSWRITER_H */
