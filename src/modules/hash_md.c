/* hash_md.c - the Merkle-Damgard hash engines of `_glasshash`: MD5 (RFC 1321), SHA-1,
 * SHA-224, SHA-256, SHA-384 and SHA-512 (FIPS 180-4), written from those documents.
 *
 * Invariants:
 * - A GlMdState's buf holds the input not yet compressed, buflen < the block size;
 *   count (and count_hi for the 128-byte-block family) is the number of bytes absorbed.
 * - Padding is the specifications': one 0x80 byte, zeros, then the message length in
 *   bits (64 bits little-endian for MD5, big-endian for SHA-1/SHA-256, 128 bits
 *   big-endian for SHA-384/512), so the padded length is a multiple of the block.
 * - final() pads the state it is given; the module finalizes copies, so a hash object
 *   can keep absorbing after digest().
 */
#include <string.h>
#include "hash_internal.h"

typedef void (*md_compress_fn)(GlMdState *st, const uint8_t *block);

static inline uint32_t
rotl32(uint32_t x, int n)
{
    return (x << n) | (x >> (32 - n));
}

static inline uint32_t
rotr32(uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

static inline uint64_t
rotr64(uint64_t x, int n)
{
    return (x >> n) | (x << (64 - n));
}

static inline uint32_t
load_le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline uint32_t
load_be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static inline uint64_t
load_be64(const uint8_t *p)
{
    return (uint64_t)load_be32(p) << 32 | load_be32(p + 4);
}

static inline void
store_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

static inline void
store_be64(uint8_t *p, uint64_t v)
{
    store_be32(p, (uint32_t)(v >> 32));
    store_be32(p + 4, (uint32_t)v);
}

static inline void
store_le32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
}

/* ============================ shared buffering ================================== */

/* Absorb len bytes: complete the partial block, compress whole blocks straight from
 * data, keep the rest. */
static void
md_update(GlMdState *st, const uint8_t *data, size_t len, size_t bs, md_compress_fn compress)
{
    if (len == 0) {   // data may be NULL then (an empty buffer)
        return;
    }
    uint64_t before = st->count;
    st->count += len;
    if (st->count < before) {
        st->count_hi++;
    }
    if (st->buflen > 0) {
        size_t take = bs - st->buflen < len ? bs - st->buflen : len;
        memcpy(st->buf + st->buflen, data, take);
        st->buflen += take;
        data += take;
        len -= take;
        if (st->buflen < bs) {
            return;
        }
        compress(st, st->buf);
        st->buflen = 0;
    }
    for (; len >= bs; data += bs, len -= bs) {
        compress(st, data);
    }
    memcpy(st->buf, data, len);
    st->buflen = len;
}

/* Pad with 0x80, zeros and the bit length (lenbytes wide, big- or little-endian) and
 * compress the last block(s). */
static void
md_pad(GlMdState *st, size_t bs, size_t lenbytes, int big_endian, md_compress_fn compress)
{
    uint64_t bits_lo = st->count << 3;
    uint64_t bits_hi = st->count_hi << 3 | st->count >> 61;
    st->buf[st->buflen++] = 0x80;
    if (st->buflen > bs - lenbytes) {
        memset(st->buf + st->buflen, 0, bs - st->buflen);
        compress(st, st->buf);
        st->buflen = 0;
    }
    memset(st->buf + st->buflen, 0, bs - st->buflen);
    uint8_t *tail = st->buf + bs - 8;
    if (big_endian) {
        store_be64(tail, bits_lo);
        if (lenbytes == 16) {
            store_be64(tail - 8, bits_hi);
        }
    } else {
        store_le32(tail, (uint32_t)bits_lo);
        store_le32(tail + 4, (uint32_t)(bits_lo >> 32));
    }
    compress(st, st->buf);
    st->buflen = 0;
}

static void
md_reset(GlMdState *st)
{
    memset(st, 0, sizeof *st);
}

/* ================================ MD5 =========================================== */

static const uint32_t md5_k[64] = {
    0xd76aa478U, 0xe8c7b756U, 0x242070dbU, 0xc1bdceeeU, 0xf57c0fafU, 0x4787c62aU,
    0xa8304613U, 0xfd469501U, 0x698098d8U, 0x8b44f7afU, 0xffff5bb1U, 0x895cd7beU,
    0x6b901122U, 0xfd987193U, 0xa679438eU, 0x49b40821U, 0xf61e2562U, 0xc040b340U,
    0x265e5a51U, 0xe9b6c7aaU, 0xd62f105dU, 0x02441453U, 0xd8a1e681U, 0xe7d3fbc8U,
    0x21e1cde6U, 0xc33707d6U, 0xf4d50d87U, 0x455a14edU, 0xa9e3e905U, 0xfcefa3f8U,
    0x676f02d9U, 0x8d2a4c8aU, 0xfffa3942U, 0x8771f681U, 0x6d9d6122U, 0xfde5380cU,
    0xa4beea44U, 0x4bdecfa9U, 0xf6bb4b60U, 0xbebfbc70U, 0x289b7ec6U, 0xeaa127faU,
    0xd4ef3085U, 0x04881d05U, 0xd9d4d039U, 0xe6db99e5U, 0x1fa27cf8U, 0xc4ac5665U,
    0xf4292244U, 0x432aff97U, 0xab9423a7U, 0xfc93a039U, 0x655b59c3U, 0x8f0ccc92U,
    0xffeff47dU, 0x85845dd1U, 0x6fa87e4fU, 0xfe2ce6e0U, 0xa3014314U, 0x4e0811a1U,
    0xf7537e82U, 0xbd3af235U, 0x2ad7d2bbU, 0xeb86d391U,
};

static const uint8_t md5_shift[16] = {7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21};

static void
md5_compress(GlMdState *st, const uint8_t *block)
{
    uint32_t x[16];
    for (int i = 0; i < 16; i++) {
        x[i] = load_le32(block + 4 * i);
    }
    uint32_t a = st->h.w32[0], b = st->h.w32[1], c = st->h.w32[2], d = st->h.w32[3];
    // one loop per round (F, G, H, I), so the round function is not chosen per step
#define MD5_STEP(f, g)                                                \
    do {                                                              \
        uint32_t t = a + (f) + md5_k[i] + x[g];                       \
        a = d;                                                        \
        d = c;                                                        \
        c = b;                                                        \
        b = b + rotl32(t, md5_shift[(i >> 4) * 4 + (i & 3)]);         \
    } while (0)
    int i = 0;
    for (; i < 16; i++) {
        MD5_STEP((b & c) | (~b & d), i);
    }
    for (; i < 32; i++) {
        MD5_STEP((d & b) | (~d & c), (5 * i + 1) & 15);
    }
    for (; i < 48; i++) {
        MD5_STEP(b ^ c ^ d, (3 * i + 5) & 15);
    }
    for (; i < 64; i++) {
        MD5_STEP(c ^ (b | ~d), (7 * i) & 15);
    }
#undef MD5_STEP
    st->h.w32[0] += a;
    st->h.w32[1] += b;
    st->h.w32[2] += c;
    st->h.w32[3] += d;
}

static void
md5_init(GlHashState *s)
{
    GlMdState *st = &s->md;
    md_reset(st);
    st->h.w32[0] = 0x67452301U;
    st->h.w32[1] = 0xefcdab89U;
    st->h.w32[2] = 0x98badcfeU;
    st->h.w32[3] = 0x10325476U;
}

static void
md5_update(GlHashState *s, const uint8_t *data, size_t len)
{
    md_update(&s->md, data, len, 64, md5_compress);
}

static void
md5_final(GlHashState *s, uint8_t *out, size_t outlen)
{
    md_pad(&s->md, 64, 8, 0, md5_compress);
    for (size_t i = 0; i < 4 && 4 * i < outlen; i++) {
        store_le32(out + 4 * i, s->md.h.w32[i]);
    }
}

const GlHashAlgo gl_hash_md5 = {"md5", 16, 64, md5_init, md5_update, md5_final};

/* ================================ SHA-1 ========================================= */

static void
sha1_compress(GlMdState *st, const uint8_t *block)
{
    uint32_t w[80];
    for (int t = 0; t < 16; t++) {
        w[t] = load_be32(block + 4 * t);
    }
    for (int t = 16; t < 80; t++) {
        w[t] = rotl32(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
    }
    uint32_t a = st->h.w32[0], b = st->h.w32[1], c = st->h.w32[2], d = st->h.w32[3],
             e = st->h.w32[4];
    // one loop per group of 20 steps, each with its function f and constant k
#define SHA1_STEP(f, k)                                              \
    do {                                                             \
        uint32_t tmp = rotl32(a, 5) + (f) + e + (k) + w[t];          \
        e = d;                                                       \
        d = c;                                                       \
        c = rotl32(b, 30);                                           \
        b = a;                                                       \
        a = tmp;                                                     \
    } while (0)
    int t = 0;
    for (; t < 20; t++) {
        SHA1_STEP((b & c) | (~b & d), 0x5a827999U);
    }
    for (; t < 40; t++) {
        SHA1_STEP(b ^ c ^ d, 0x6ed9eba1U);
    }
    for (; t < 60; t++) {
        SHA1_STEP((b & c) | (b & d) | (c & d), 0x8f1bbcdcU);
    }
    for (; t < 80; t++) {
        SHA1_STEP(b ^ c ^ d, 0xca62c1d6U);
    }
#undef SHA1_STEP
    st->h.w32[0] += a;
    st->h.w32[1] += b;
    st->h.w32[2] += c;
    st->h.w32[3] += d;
    st->h.w32[4] += e;
}

static void
sha1_init(GlHashState *s)
{
    static const uint32_t iv[5] = {0x67452301U, 0xefcdab89U, 0x98badcfeU, 0x10325476U,
                                   0xc3d2e1f0U};
    md_reset(&s->md);
    memcpy(s->md.h.w32, iv, sizeof iv);
}

static void
sha1_update(GlHashState *s, const uint8_t *data, size_t len)
{
    md_update(&s->md, data, len, 64, sha1_compress);
}

/* Big-endian output of the first outlen bytes of the 32-bit chaining words. */
static void
md_out_be32(const GlMdState *st, uint8_t *out, size_t outlen)
{
    for (size_t i = 0; 4 * i < outlen; i++) {
        store_be32(out + 4 * i, st->h.w32[i]);
    }
}

static void
sha1_final(GlHashState *s, uint8_t *out, size_t outlen)
{
    md_pad(&s->md, 64, 8, 1, sha1_compress);
    md_out_be32(&s->md, out, outlen);
}

const GlHashAlgo gl_hash_sha1 = {"sha1", 20, 64, sha1_init, sha1_update, sha1_final};

/* ============================ SHA-224 / SHA-256 ================================= */

static const uint32_t sha256_k[64] = {
    0x428a2f98U, 0x71374491U, 0xb5c0fbcfU, 0xe9b5dba5U, 0x3956c25bU, 0x59f111f1U,
    0x923f82a4U, 0xab1c5ed5U, 0xd807aa98U, 0x12835b01U, 0x243185beU, 0x550c7dc3U,
    0x72be5d74U, 0x80deb1feU, 0x9bdc06a7U, 0xc19bf174U, 0xe49b69c1U, 0xefbe4786U,
    0x0fc19dc6U, 0x240ca1ccU, 0x2de92c6fU, 0x4a7484aaU, 0x5cb0a9dcU, 0x76f988daU,
    0x983e5152U, 0xa831c66dU, 0xb00327c8U, 0xbf597fc7U, 0xc6e00bf3U, 0xd5a79147U,
    0x06ca6351U, 0x14292967U, 0x27b70a85U, 0x2e1b2138U, 0x4d2c6dfcU, 0x53380d13U,
    0x650a7354U, 0x766a0abbU, 0x81c2c92eU, 0x92722c85U, 0xa2bfe8a1U, 0xa81a664bU,
    0xc24b8b70U, 0xc76c51a3U, 0xd192e819U, 0xd6990624U, 0xf40e3585U, 0x106aa070U,
    0x19a4c116U, 0x1e376c08U, 0x2748774cU, 0x34b0bcb5U, 0x391c0cb3U, 0x4ed8aa4aU,
    0x5b9cca4fU, 0x682e6ff3U, 0x748f82eeU, 0x78a5636fU, 0x84c87814U, 0x8cc70208U,
    0x90befffaU, 0xa4506cebU, 0xbef9a3f7U, 0xc67178f2U,
};

static void
sha256_compress(GlMdState *st, const uint8_t *block)
{
    uint32_t w[64];
    for (int t = 0; t < 16; t++) {
        w[t] = load_be32(block + 4 * t);
    }
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = rotr32(w[t - 15], 7) ^ rotr32(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = rotr32(w[t - 2], 17) ^ rotr32(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = st->h.w32[0], b = st->h.w32[1], c = st->h.w32[2], d = st->h.w32[3];
    uint32_t e = st->h.w32[4], f = st->h.w32[5], g = st->h.w32[6], h = st->h.w32[7];
    for (int t = 0; t < 64; t++) {
        uint32_t sum1 = rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25);
        uint32_t t1 = h + sum1 + ((e & f) ^ (~e & g)) + sha256_k[t] + w[t];
        uint32_t sum0 = rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22);
        uint32_t t2 = sum0 + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    st->h.w32[0] += a;
    st->h.w32[1] += b;
    st->h.w32[2] += c;
    st->h.w32[3] += d;
    st->h.w32[4] += e;
    st->h.w32[5] += f;
    st->h.w32[6] += g;
    st->h.w32[7] += h;
}

static void
sha256_init(GlHashState *s)
{
    static const uint32_t iv[8] = {0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU,
                                   0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U};
    md_reset(&s->md);
    memcpy(s->md.h.w32, iv, sizeof iv);
}

static void
sha224_init(GlHashState *s)
{
    static const uint32_t iv[8] = {0xc1059ed8U, 0x367cd507U, 0x3070dd17U, 0xf70e5939U,
                                   0xffc00b31U, 0x68581511U, 0x64f98fa7U, 0xbefa4fa4U};
    md_reset(&s->md);
    memcpy(s->md.h.w32, iv, sizeof iv);
}

static void
sha256_update(GlHashState *s, const uint8_t *data, size_t len)
{
    md_update(&s->md, data, len, 64, sha256_compress);
}

static void
sha256_final(GlHashState *s, uint8_t *out, size_t outlen)
{
    md_pad(&s->md, 64, 8, 1, sha256_compress);
    md_out_be32(&s->md, out, outlen);
}

const GlHashAlgo gl_hash_sha224 = {"sha224", 28, 64, sha224_init, sha256_update, sha256_final};
const GlHashAlgo gl_hash_sha256 = {"sha256", 32, 64, sha256_init, sha256_update, sha256_final};

/* ============================ SHA-384 / SHA-512 ================================= */

static const uint64_t sha512_k[80] = {
    0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL, 0xb5c0fbcfec4d3b2fULL,
    0xe9b5dba58189dbbcULL, 0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
    0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL, 0xd807aa98a3030242ULL,
    0x12835b0145706fbeULL, 0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
    0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL, 0x9bdc06a725c71235ULL,
    0xc19bf174cf692694ULL, 0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
    0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL, 0x2de92c6f592b0275ULL,
    0x4a7484aa6ea6e483ULL, 0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
    0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL, 0xb00327c898fb213fULL,
    0xbf597fc7beef0ee4ULL, 0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
    0x06ca6351e003826fULL, 0x142929670a0e6e70ULL, 0x27b70a8546d22ffcULL,
    0x2e1b21385c26c926ULL, 0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
    0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL, 0x81c2c92e47edaee6ULL,
    0x92722c851482353bULL, 0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
    0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL, 0xd192e819d6ef5218ULL,
    0xd69906245565a910ULL, 0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
    0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL, 0x2748774cdf8eeb99ULL,
    0x34b0bcb5e19b48a8ULL, 0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
    0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL, 0x748f82ee5defb2fcULL,
    0x78a5636f43172f60ULL, 0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
    0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL, 0xbef9a3f7b2c67915ULL,
    0xc67178f2e372532bULL, 0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
    0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL, 0x06f067aa72176fbaULL,
    0x0a637dc5a2c898a6ULL, 0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
    0x28db77f523047d84ULL, 0x32caab7b40c72493ULL, 0x3c9ebe0a15c9bebcULL,
    0x431d67c49c100d4cULL, 0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
    0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

static void
sha512_compress(GlMdState *st, const uint8_t *block)
{
    uint64_t w[80];
    for (int t = 0; t < 16; t++) {
        w[t] = load_be64(block + 8 * t);
    }
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = rotr64(w[t - 15], 1) ^ rotr64(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = rotr64(w[t - 2], 19) ^ rotr64(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = st->h.w64[0], b = st->h.w64[1], c = st->h.w64[2], d = st->h.w64[3];
    uint64_t e = st->h.w64[4], f = st->h.w64[5], g = st->h.w64[6], h = st->h.w64[7];
    for (int t = 0; t < 80; t++) {
        uint64_t sum1 = rotr64(e, 14) ^ rotr64(e, 18) ^ rotr64(e, 41);
        uint64_t t1 = h + sum1 + ((e & f) ^ (~e & g)) + sha512_k[t] + w[t];
        uint64_t sum0 = rotr64(a, 28) ^ rotr64(a, 34) ^ rotr64(a, 39);
        uint64_t t2 = sum0 + ((a & b) ^ (a & c) ^ (b & c));
        h = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    st->h.w64[0] += a;
    st->h.w64[1] += b;
    st->h.w64[2] += c;
    st->h.w64[3] += d;
    st->h.w64[4] += e;
    st->h.w64[5] += f;
    st->h.w64[6] += g;
    st->h.w64[7] += h;
}

static void
sha512_init(GlHashState *s)
{
    static const uint64_t iv[8] = {
        0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL, 0x3c6ef372fe94f82bULL,
        0xa54ff53a5f1d36f1ULL, 0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
        0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL};
    md_reset(&s->md);
    memcpy(s->md.h.w64, iv, sizeof iv);
}

static void
sha384_init(GlHashState *s)
{
    static const uint64_t iv[8] = {
        0xcbbb9d5dc1059ed8ULL, 0x629a292a367cd507ULL, 0x9159015a3070dd17ULL,
        0x152fecd8f70e5939ULL, 0x67332667ffc00b31ULL, 0x8eb44a8768581511ULL,
        0xdb0c2e0d64f98fa7ULL, 0x47b5481dbefa4fa4ULL};
    md_reset(&s->md);
    memcpy(s->md.h.w64, iv, sizeof iv);
}

static void
sha512_update(GlHashState *s, const uint8_t *data, size_t len)
{
    md_update(&s->md, data, len, 128, sha512_compress);
}

static void
sha512_final(GlHashState *s, uint8_t *out, size_t outlen)
{
    md_pad(&s->md, 128, 16, 1, sha512_compress);
    for (size_t i = 0; 8 * i < outlen; i++) {
        store_be64(out + 8 * i, s->md.h.w64[i]);
    }
}

const GlHashAlgo gl_hash_sha384 = {"sha384", 48, 128, sha384_init, sha512_update, sha512_final};
const GlHashAlgo gl_hash_sha512 = {"sha512", 64, 128, sha512_init, sha512_update, sha512_final};
