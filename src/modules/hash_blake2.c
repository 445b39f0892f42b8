/* hash_blake2.c - the BLAKE2b and BLAKE2s engines of `_glasshash`, written from RFC 7693
 * (with the parameter block of the BLAKE2 paper that RFC 7693 section 2.5 summarizes:
 * fanout, depth, leaf length, node offset, node depth, inner length, salt, personal).
 *
 * Invariants:
 * - buf holds up to one whole block that has not been compressed: a block is compressed
 *   only once more input arrives, because the last block needs the final flag.
 *   Hence 0 <= buflen <= block size, and buflen == block size only with more to come.
 * - t counts the bytes compressed so far plus those in the block being compressed.
 * - A keyed hash starts with the key zero-padded to one block (RFC 7693 section 3.3).
 * - Finalizing sets f0 to all ones, and f1 too for the last node of a tree level.
 */
#include <string.h>
#include "hash_internal.h"

static const uint64_t blake2b_iv[8] = {
    0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
    0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
    0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};

static const uint32_t blake2s_iv[8] = {0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU,
                                       0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U};

// RFC 7693 section 2.7: the message word schedule of each round (rounds 10, 11 reuse 0, 1).
static const uint8_t blake2_sigma[10][16] = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
    {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
    {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
    {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
    {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
    {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
    {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
    {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
    {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
    {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
};

static inline uint64_t
load_le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) {
        v = v << 8 | p[i];
    }
    return v;
}

static inline uint32_t
load_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint64_t
rotr64(uint64_t x, int n)
{
    return (x >> n) | (x << (64 - n));
}

static inline uint32_t
rotr32(uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

/* ================================ BLAKE2b ======================================= */

static inline void
b2b_g(uint64_t *v, int a, int b, int c, int d, uint64_t x, uint64_t y)
{
    v[a] = v[a] + v[b] + x;
    v[d] = rotr64(v[d] ^ v[a], 32);
    v[c] = v[c] + v[d];
    v[b] = rotr64(v[b] ^ v[c], 24);
    v[a] = v[a] + v[b] + y;
    v[d] = rotr64(v[d] ^ v[a], 16);
    v[c] = v[c] + v[d];
    v[b] = rotr64(v[b] ^ v[c], 63);
}

/* RFC 7693 function F: compress one 128-byte block; last: 0, 1 (final) or 2 (final
 * block of the last node). */
static void
b2b_compress(GlBlake2bState *st, const uint8_t *block, int last)
{
    uint64_t m[16], v[16];
    for (int i = 0; i < 16; i++) {
        m[i] = load_le64(block + 8 * i);
    }
    memcpy(v, st->h, sizeof st->h);
    memcpy(v + 8, blake2b_iv, sizeof blake2b_iv);
    v[12] ^= st->t[0];
    v[13] ^= st->t[1];
    if (last) {
        v[14] = ~v[14];
    }
    if (last == 2) {
        v[15] = ~v[15];
    }
    for (int r = 0; r < 12; r++) {
        const uint8_t *s = blake2_sigma[r % 10];
        b2b_g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
        b2b_g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
        b2b_g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
        b2b_g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
        b2b_g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
        b2b_g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
        b2b_g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
        b2b_g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) {
        st->h[i] ^= v[i] ^ v[i + 8];
    }
}

static inline void
b2b_count(GlBlake2bState *st, uint64_t n)
{
    st->t[0] += n;
    if (st->t[0] < n) {
        st->t[1]++;
    }
}

static void
b2b_update(GlBlake2bState *st, const uint8_t *data, size_t len)
{
    while (len > 0) {
        if (st->buflen == 128) {   // more input follows: the held block is not the last
            b2b_count(st, 128);
            b2b_compress(st, st->buf, 0);
            st->buflen = 0;
        }
        if (st->buflen == 0 && len > 128) {
            b2b_count(st, 128);
            b2b_compress(st, data, 0);
            data += 128;
            len -= 128;
            continue;
        }
        size_t take = 128 - st->buflen < len ? 128 - st->buflen : len;
        memcpy(st->buf + st->buflen, data, take);
        st->buflen += take;
        data += take;
        len -= take;
    }
}

void
GlBlake2b_InitParams(GlBlake2bState *st, const GlBlake2Params *p)
{
    uint8_t block[64] = {0};
    block[0] = (uint8_t)p->digest_size;
    block[1] = (uint8_t)p->key_len;
    block[2] = (uint8_t)p->fanout;
    block[3] = (uint8_t)p->depth;
    for (int i = 0; i < 4; i++) {
        block[4 + i] = (uint8_t)(p->leaf_size >> (8 * i));
    }
    for (int i = 0; i < 8; i++) {
        block[8 + i] = (uint8_t)(p->node_offset >> (8 * i));
    }
    block[16] = (uint8_t)p->node_depth;
    block[17] = (uint8_t)p->inner_size;
    if (p->salt_len > 0) {   // salt, person and key may be NULL when empty
        memcpy(block + 32, p->salt, p->salt_len);
    }
    if (p->person_len > 0) {
        memcpy(block + 48, p->person, p->person_len);
    }
    memset(st, 0, sizeof *st);
    for (int i = 0; i < 8; i++) {
        st->h[i] = blake2b_iv[i] ^ load_le64(block + 8 * i);
    }
    st->outlen = (size_t)p->digest_size;
    st->last_node = p->last_node;
    if (p->key_len > 0) {
        uint8_t kb[128] = {0};
        memcpy(kb, p->key, p->key_len);
        b2b_update(st, kb, sizeof kb);
    }
}

static void
blake2b_final_bytes(GlBlake2bState *st, uint8_t *out, size_t outlen)
{
    b2b_count(st, st->buflen);
    memset(st->buf + st->buflen, 0, 128 - st->buflen);
    b2b_compress(st, st->buf, st->last_node ? 2 : 1);
    for (size_t i = 0; i < outlen && i < 64; i++) {
        out[i] = (uint8_t)(st->h[i / 8] >> (8 * (i % 8)));
    }
}

static void
blake2b_default_init(GlHashState *s)
{
    GlBlake2Params p = {.digest_size = 64, .fanout = 1, .depth = 1};
    GlBlake2b_InitParams(&s->b2b, &p);
}

static void
blake2b_update(GlHashState *s, const uint8_t *data, size_t len)
{
    b2b_update(&s->b2b, data, len);
}

static void
blake2b_final(GlHashState *s, uint8_t *out, size_t outlen)
{
    blake2b_final_bytes(&s->b2b, out, outlen);
}

const GlHashAlgo gl_hash_blake2b = {"blake2b", 64, 128, blake2b_default_init, blake2b_update,
                                    blake2b_final};

/* ================================ BLAKE2s ======================================= */

static inline void
b2s_g(uint32_t *v, int a, int b, int c, int d, uint32_t x, uint32_t y)
{
    v[a] = v[a] + v[b] + x;
    v[d] = rotr32(v[d] ^ v[a], 16);
    v[c] = v[c] + v[d];
    v[b] = rotr32(v[b] ^ v[c], 12);
    v[a] = v[a] + v[b] + y;
    v[d] = rotr32(v[d] ^ v[a], 8);
    v[c] = v[c] + v[d];
    v[b] = rotr32(v[b] ^ v[c], 7);
}

static void
b2s_compress(GlBlake2sState *st, const uint8_t *block, int last)
{
    uint32_t m[16], v[16];
    for (int i = 0; i < 16; i++) {
        m[i] = load_le32(block + 4 * i);
    }
    memcpy(v, st->h, sizeof st->h);
    memcpy(v + 8, blake2s_iv, sizeof blake2s_iv);
    v[12] ^= st->t[0];
    v[13] ^= st->t[1];
    if (last) {
        v[14] = ~v[14];
    }
    if (last == 2) {
        v[15] = ~v[15];
    }
    for (int r = 0; r < 10; r++) {
        const uint8_t *s = blake2_sigma[r];
        b2s_g(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
        b2s_g(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
        b2s_g(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
        b2s_g(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
        b2s_g(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
        b2s_g(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
        b2s_g(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
        b2s_g(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
    }
    for (int i = 0; i < 8; i++) {
        st->h[i] ^= v[i] ^ v[i + 8];
    }
}

static inline void
b2s_count(GlBlake2sState *st, uint32_t n)
{
    st->t[0] += n;
    if (st->t[0] < n) {
        st->t[1]++;
    }
}

static void
b2s_update(GlBlake2sState *st, const uint8_t *data, size_t len)
{
    while (len > 0) {
        if (st->buflen == 64) {
            b2s_count(st, 64);
            b2s_compress(st, st->buf, 0);
            st->buflen = 0;
        }
        if (st->buflen == 0 && len > 64) {
            b2s_count(st, 64);
            b2s_compress(st, data, 0);
            data += 64;
            len -= 64;
            continue;
        }
        size_t take = 64 - st->buflen < len ? 64 - st->buflen : len;
        memcpy(st->buf + st->buflen, data, take);
        st->buflen += take;
        data += take;
        len -= take;
    }
}

void
GlBlake2s_InitParams(GlBlake2sState *st, const GlBlake2Params *p)
{
    uint8_t block[32] = {0};
    block[0] = (uint8_t)p->digest_size;
    block[1] = (uint8_t)p->key_len;
    block[2] = (uint8_t)p->fanout;
    block[3] = (uint8_t)p->depth;
    for (int i = 0; i < 4; i++) {
        block[4 + i] = (uint8_t)(p->leaf_size >> (8 * i));
    }
    for (int i = 0; i < 6; i++) {   // node offset: 48 bits
        block[8 + i] = (uint8_t)(p->node_offset >> (8 * i));
    }
    block[14] = (uint8_t)p->node_depth;
    block[15] = (uint8_t)p->inner_size;
    if (p->salt_len > 0) {   // salt, person and key may be NULL when empty
        memcpy(block + 16, p->salt, p->salt_len);
    }
    if (p->person_len > 0) {
        memcpy(block + 24, p->person, p->person_len);
    }
    memset(st, 0, sizeof *st);
    for (int i = 0; i < 8; i++) {
        st->h[i] = blake2s_iv[i] ^ load_le32(block + 4 * i);
    }
    st->outlen = (size_t)p->digest_size;
    st->last_node = p->last_node;
    if (p->key_len > 0) {
        uint8_t kb[64] = {0};
        memcpy(kb, p->key, p->key_len);
        b2s_update(st, kb, sizeof kb);
    }
}

static void
blake2s_default_init(GlHashState *s)
{
    GlBlake2Params p = {.digest_size = 32, .fanout = 1, .depth = 1};
    GlBlake2s_InitParams(&s->b2s, &p);
}

static void
blake2s_update(GlHashState *s, const uint8_t *data, size_t len)
{
    b2s_update(&s->b2s, data, len);
}

static void
blake2s_final(GlHashState *s, uint8_t *out, size_t outlen)
{
    GlBlake2sState *st = &s->b2s;
    b2s_count(st, (uint32_t)st->buflen);
    memset(st->buf + st->buflen, 0, 64 - st->buflen);
    b2s_compress(st, st->buf, st->last_node ? 2 : 1);
    for (size_t i = 0; i < outlen && i < 32; i++) {
        out[i] = (uint8_t)(st->h[i / 4] >> (8 * (i % 4)));
    }
}

const GlHashAlgo gl_hash_blake2s = {"blake2s", 32, 64, blake2s_default_init, blake2s_update,
                                    blake2s_final};
