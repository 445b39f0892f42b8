/* hash_sha3.c - the Keccak-f[1600] permutation and the sponge of `_glasshash`: SHA3-224,
 * SHA3-256, SHA3-384, SHA3-512, SHAKE128 and SHAKE256, written from FIPS 202.
 *
 * Invariants:
 * - The state is 25 64-bit lanes A[x + 5y]; byte i of the 200-byte state string is byte
 *   i % 8 (little-endian) of lane i / 8 (FIPS 202 section 3.1.2 with the lanes as
 *   little-endian words).
 * - Input is XORed into the first `rate` bytes at `pos`; when pos reaches the rate the
 *   permutation runs and pos returns to 0, so pos < rate between calls.
 * - Padding is pad10*1 after the domain bits: SHA-3 appends 01, SHAKE 1111, so the
 *   first padding byte is 0x06 or 0x1f and the last byte of the block gets 0x80.
 * - The rotation offsets and round constants are computed once from the definitions
 *   of rho (section 3.2.2) and rc (algorithm 5), not typed in.
 */
#include <string.h>
#include "hash_internal.h"

static uint64_t keccak_rc[24];     // iota's round constants
static int keccak_rho[25];         // rho's rotation of lane x + 5y
static int keccak_pi[25];          // pi moves lane x + 5y to keccak_pi[x + 5y]
static const int mod5[10] = {0, 1, 2, 3, 4, 0, 1, 2, 3, 4};   // (x + k) % 5 for x + k < 10
static int keccak_tables_ready;

static inline uint64_t
rotl64(uint64_t x, int n)
{
    return n == 0 ? x : (x << n) | (x >> (64 - n));
}

/* rc(t) of FIPS 202 algorithm 5: the output bit of an 8-bit LFSR. */
static int
keccak_rc_bit(int t)
{
    if (t % 255 == 0) {
        return 1;
    }
    unsigned r = 0x80;   // R = 10000000, R[0] being the most significant bit here
    for (int i = 1; i <= t % 255; i++) {
        unsigned r0 = r & 1;   // R[8] after prepending a 0, i.e. the bit shifted out
        r >>= 1;
        if (r0) {
            r ^= 0x8e;   // R[0], R[4], R[5], R[6] ^= R[8]
        }
    }
    return (r >> 7) & 1;
}

static void
keccak_tables(void)
{
    if (keccak_tables_ready) {
        return;
    }
    // rho: starting at (1, 0), the t-th lane visited rotates by (t+1)(t+2)/2.
    int x = 1, y = 0;
    keccak_rho[0] = 0;
    for (int t = 0; t < 24; t++) {
        keccak_rho[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
        int nx = y, ny = (2 * x + 3 * y) % 5;
        x = nx;
        y = ny;
    }
    // pi: lane (x, y) goes to (y, 2x + 3y)
    for (x = 0; x < 5; x++) {
        for (y = 0; y < 5; y++) {
            keccak_pi[x + 5 * y] = y + 5 * ((2 * x + 3 * y) % 5);
        }
    }
    // iota: bit 2^j - 1 of RC[i] is rc(j + 7i).
    for (int i = 0; i < 24; i++) {
        uint64_t rc = 0;
        for (int j = 0; j <= 6; j++) {
            if (keccak_rc_bit(j + 7 * i)) {
                rc |= (uint64_t)1 << ((1 << j) - 1);
            }
        }
        keccak_rc[i] = rc;
    }
    keccak_tables_ready = 1;
}

static void
keccak_f1600(uint64_t a[25])
{
    for (int round = 0; round < 24; round++) {
        uint64_t c[5], b[25];
        // theta
        for (int x = 0; x < 5; x++) {
            c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
        }
        for (int x = 0; x < 5; x++) {
            uint64_t d = c[mod5[x + 4]] ^ rotl64(c[mod5[x + 1]], 1);
            for (int y = 0; y < 25; y += 5) {
                a[x + y] ^= d;
            }
        }
        // rho and pi: B[y, 2x + 3y] = rot(A[x, y])
        for (int i = 0; i < 25; i++) {
            b[keccak_pi[i]] = rotl64(a[i], keccak_rho[i]);
        }
        // chi
        for (int y = 0; y < 25; y += 5) {
            for (int x = 0; x < 5; x++) {
                a[x + y] = b[x + y] ^ (~b[mod5[x + 1] + y] & b[mod5[x + 2] + y]);
            }
        }
        // iota
        a[0] ^= keccak_rc[round];
    }
}

static void
keccak_start(GlKeccakState *st, size_t rate, uint8_t suffix)
{
    keccak_tables();
    memset(st, 0, sizeof *st);
    st->rate = rate;
    st->suffix = suffix;
}

static inline void
keccak_xor_byte(GlKeccakState *st, size_t i, uint8_t v)
{
    st->a[i / 8] ^= (uint64_t)v << (8 * (i % 8));
}

static void
keccak_absorb(GlHashState *s, const uint8_t *data, size_t len)
{
    GlKeccakState *st = &s->k;
    while (len > 0) {
        if (st->pos == 0 && len >= st->rate) {
            // a whole block: XOR lane by lane
            for (size_t i = 0; i < st->rate / 8; i++) {
                uint64_t lane = 0;
                for (int j = 7; j >= 0; j--) {
                    lane = lane << 8 | data[8 * i + (size_t)j];
                }
                st->a[i] ^= lane;
            }
            keccak_f1600(st->a);
            data += st->rate;
            len -= st->rate;
            continue;
        }
        size_t take = st->rate - st->pos < len ? st->rate - st->pos : len;
        for (size_t i = 0; i < take; i++) {
            keccak_xor_byte(st, st->pos + i, data[i]);
        }
        st->pos += take;
        data += take;
        len -= take;
        if (st->pos == st->rate) {
            keccak_f1600(st->a);
            st->pos = 0;
        }
    }
}

/* Pad, then squeeze outlen bytes (any length for SHAKE). */
static void
keccak_squeeze(GlHashState *s, uint8_t *out, size_t outlen)
{
    GlKeccakState *st = &s->k;
    keccak_xor_byte(st, st->pos, st->suffix);
    keccak_xor_byte(st, st->rate - 1, 0x80);
    keccak_f1600(st->a);
    for (;;) {
        size_t n = outlen < st->rate ? outlen : st->rate;
        for (size_t i = 0; i < n; i++) {
            out[i] = (uint8_t)(st->a[i / 8] >> (8 * (i % 8)));
        }
        out += n;
        outlen -= n;
        if (outlen == 0) {
            return;
        }
        keccak_f1600(st->a);
    }
}

static void
sha3_224_init(GlHashState *s)
{
    keccak_start(&s->k, 144, 0x06);
}

static void
sha3_256_init(GlHashState *s)
{
    keccak_start(&s->k, 136, 0x06);
}

static void
sha3_384_init(GlHashState *s)
{
    keccak_start(&s->k, 104, 0x06);
}

static void
sha3_512_init(GlHashState *s)
{
    keccak_start(&s->k, 72, 0x06);
}

static void
shake_128_init(GlHashState *s)
{
    keccak_start(&s->k, 168, 0x1f);
}

static void
shake_256_init(GlHashState *s)
{
    keccak_start(&s->k, 136, 0x1f);
}

const GlHashAlgo gl_hash_sha3_224 = {"sha3_224", 28, 144, sha3_224_init, keccak_absorb,
                                     keccak_squeeze};
const GlHashAlgo gl_hash_sha3_256 = {"sha3_256", 32, 136, sha3_256_init, keccak_absorb,
                                     keccak_squeeze};
const GlHashAlgo gl_hash_sha3_384 = {"sha3_384", 48, 104, sha3_384_init, keccak_absorb,
                                     keccak_squeeze};
const GlHashAlgo gl_hash_sha3_512 = {"sha3_512", 64, 72, sha3_512_init, keccak_absorb,
                                     keccak_squeeze};
const GlHashAlgo gl_hash_shake_128 = {"shake_128", 0, 168, shake_128_init, keccak_absorb,
                                      keccak_squeeze};
const GlHashAlgo gl_hash_shake_256 = {"shake_256", 0, 136, shake_256_init, keccak_absorb,
                                      keccak_squeeze};
