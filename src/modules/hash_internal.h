/* hash_internal.h - the hash engines shared by the `_glasshash` module files:
 * MD5 (RFC 1321), SHA-1 and SHA-2 (FIPS 180-4) in hash_md.c, SHA-3 and SHAKE
 * (FIPS 202) in hash_sha3.c, BLAKE2b and BLAKE2s (RFC 7693) in hash_blake2.c.
 *
 * Invariants:
 * - Every engine is described by a GlHashAlgo: init, update, final over a GlHashState.
 *   `final` consumes the state (pads it); callers that must keep hashing finalize a
 *   copy (the state is plain data: copying it with `=` is a valid snapshot).
 * - A state holds no pointers and no Python objects; no engine function raises or runs
 *   Python code, none allocates.
 * - digest_size is 0 exactly for the extendable-output functions (SHAKE), whose final
 *   takes any output length; for the others `outlen` is digest_size.
 */
#ifndef GLASS_MODULES_HASH_INTERNAL_H
#define GLASS_MODULES_HASH_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

/* Merkle-Damgard engines (MD5, SHA-1, SHA-224/256, SHA-384/512). */
typedef struct GlMdState {
    union {
        uint32_t w32[8];      // MD5 (4 words), SHA-1 (5), SHA-256 (8) chaining value
        uint64_t w64[8];      // SHA-512 chaining value
    } h;
    uint64_t count;           // bytes absorbed so far (mod 2**64)
    uint64_t count_hi;        // SHA-384/512: the high 64 bits of the byte count
    uint8_t buf[128];         // the partial block; buflen < block size
    size_t buflen;
} GlMdState;

/* The Keccak sponge (SHA3-*, SHAKE*). */
typedef struct GlKeccakState {
    uint64_t a[25];           // lanes A[x + 5y], bytes little-endian
    size_t rate;              // bytes absorbed per permutation (< 200)
    size_t pos;               // next byte of the rate to XOR input into; pos < rate
    uint8_t suffix;           // domain bits with the first padding bit: 0x06 SHA-3, 0x1f SHAKE
} GlKeccakState;

/* BLAKE2b (64-bit words, 128-byte blocks) and BLAKE2s (32-bit words, 64-byte blocks). */
typedef struct GlBlake2bState {
    uint64_t h[8];            // chaining value
    uint64_t t[2];            // byte counter, low word first
    uint8_t buf[128];         // pending input; held back until more arrives (the last
    size_t buflen;            // block is compressed with the final flag); buflen <= 128
    size_t outlen;            // digest size 1..64
    int last_node;            // finalize with the last-node flag too
} GlBlake2bState;

typedef struct GlBlake2sState {
    uint32_t h[8];
    uint32_t t[2];
    uint8_t buf[64];
    size_t buflen;            // <= 64
    size_t outlen;            // 1..32
    int last_node;
} GlBlake2sState;

typedef union GlHashState {
    GlMdState md;
    GlKeccakState k;
    GlBlake2bState b2b;
    GlBlake2sState b2s;
} GlHashState;

typedef struct GlHashAlgo {
    const char *name;         // hashlib's name: "sha256", "sha3_256", "shake_128"...
    int digest_size;          // bytes; 0 for SHAKE
    int block_size;           // bytes (the sponge rate for SHA-3 / SHAKE)
    void (*init)(GlHashState *st);
    void (*update)(GlHashState *st, const uint8_t *data, size_t len);
    void (*final)(GlHashState *st, uint8_t *out, size_t outlen);
} GlHashAlgo;

/* The engines, in hashlib's names (hash_md.c, hash_sha3.c, hash_blake2.c). */
extern const GlHashAlgo gl_hash_md5, gl_hash_sha1, gl_hash_sha224, gl_hash_sha256,
    gl_hash_sha384, gl_hash_sha512;
extern const GlHashAlgo gl_hash_sha3_224, gl_hash_sha3_256, gl_hash_sha3_384,
    gl_hash_sha3_512, gl_hash_shake_128, gl_hash_shake_256;
extern const GlHashAlgo gl_hash_blake2b, gl_hash_blake2s;   // default parameters

/* BLAKE2 parameter block fields (RFC 7693 section 2.5), already range-checked. */
typedef struct GlBlake2Params {
    int digest_size, fanout, depth, node_depth, inner_size, last_node;
    uint32_t leaf_size;
    uint64_t node_offset;     // BLAKE2s keeps the low 48 bits
    const uint8_t *key, *salt, *person;
    size_t key_len, salt_len, person_len;   // each within the variant's limit
} GlBlake2Params;

/* Start a BLAKE2b / BLAKE2s state from p (absorbs the padded key block). */
void GlBlake2b_InitParams(GlBlake2bState *st, const GlBlake2Params *p);
void GlBlake2s_InitParams(GlBlake2sState *st, const GlBlake2Params *p);

#endif /* GLASS_MODULES_HASH_INTERNAL_H */
