/* str.c - the str type core: PEP 393 storage, singletons, interning, SipHash-1-3
 * hashing, creation and comparison helpers, repr, the type's slots and iterator.
 * Methods live in str_methods.c, formatting in str_format.c, codecs in str_codecs.c.
 *
 * Invariants:
 * - An exact str is one malloc'd block: header then (len + 1) * kind bytes of data,
 *   NUL-terminated; kind is minimal for the largest code point; ascii iff all < 128.
 *   Subclass instances come from tp_alloc with tp_itemsize 4 per code point (enough
 *   room for any kind); their data starts at the type's tp_basicsize, after any slots,
 *   __dict__ and __weakref__ pointers (GlStr_DATA).
 * - "" and the 256 Latin-1 one-character strings are static singletons, never freed.
 * - The interned table holds borrowed pointers: a dying interned string removes
 *   itself (str_dealloc). Strings from GlStr_InternFromString are made immortal.
 * - Hash: CPython 3.11's siphash13 over the raw kind-unit data (hash("") == 0, -1
 *   becomes -2) with the key from PYTHONHASHSEED (0: all zero; n: CPython's LCG).
 * - iter(s) is a str_ascii_iterator for ASCII text, else a str_iterator (CPython 3.11's
 *   names); both reduce to (iter, (s,), index) and take __setstate__(index).
 */
#include "str_internal.h"

#include <fcntl.h>
#include <time.h>
#include <unistd.h>

GlIds gl_ids;
int gl_hash_randomization = 1;

/* ---- hashing ---------------------------------------------------------------- */

static uint64_t hash_k0, hash_k1;
static int hash_ready;

static void
hash_init(void)
{
    if (hash_ready) {
        return;
    }
    hash_ready = 1;
    unsigned char secret[24];
    memset(secret, 0, sizeof(secret));
    const char *env = getenv("PYTHONHASHSEED");
    int have_seed = 0;
    unsigned long seed = 0;
    if (env != NULL && *env != '\0' && strcmp(env, "random") != 0) {
        char *end;
        seed = strtoul(env, &end, 10);
        have_seed = (*end == '\0' && seed <= 4294967295UL);
    }
    if (have_seed) {
        gl_hash_randomization = seed != 0;
        unsigned int x = (unsigned int)seed;
        for (size_t i = 0; seed != 0 && i < sizeof(secret); i++) {
            x *= 214013;
            x += 2531011;
            secret[i] = (x >> 16) & 0xff;
        }
    } else {
        int fd = open("/dev/urandom", O_RDONLY);
        ssize_t got = fd >= 0 ? read(fd, secret, sizeof(secret)) : -1;
        if (fd >= 0) {
            close(fd);
        }
        if (got != (ssize_t)sizeof(secret)) {
            uint64_t t = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 32) ^ (uint64_t)clock();
            for (size_t i = 0; i < sizeof(secret); i++) {
                t = t * 6364136223846793005ULL + 1442695040888963407ULL;
                secret[i] = (unsigned char)(t >> 56);
            }
        }
    }
    memcpy(&hash_k0, secret, 8);   // little-endian host (x86-64)
    memcpy(&hash_k1, secret + 8, 8);
}

#define ROTATE(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define HALF_ROUND(a, b, c, d, s, t) \
    a += b; c += d; b = ROTATE(b, s) ^ a; d = ROTATE(d, t) ^ c; a = ROTATE(a, 32);
#define SINGLE_ROUND(v0, v1, v2, v3) \
    HALF_ROUND(v0, v1, v2, v3, 13, 16); HALF_ROUND(v2, v1, v0, v3, 17, 21);

static uint64_t
siphash13(uint64_t k0, uint64_t k1, const void *src, Gl_ssize_t sz)
{
    uint64_t b = (uint64_t)sz << 56;
    const uint8_t *in = (const uint8_t *)src;
    uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
    uint64_t v3 = k1 ^ 0x7465646279746573ULL;
    while (sz >= 8) {
        uint64_t mi;
        memcpy(&mi, in, sizeof(mi));
        in += 8;
        sz -= 8;
        v3 ^= mi;
        SINGLE_ROUND(v0, v1, v2, v3);
        v0 ^= mi;
    }
    uint64_t t = 0;
    for (Gl_ssize_t i = 0; i < sz; i++) {
        t |= (uint64_t)in[i] << (8 * i);
    }
    b |= t;
    v3 ^= b;
    SINGLE_ROUND(v0, v1, v2, v3);
    v0 ^= b;
    v2 ^= 0xff;
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    SINGLE_ROUND(v0, v1, v2, v3);
    return (v0 ^ v1) ^ (v2 ^ v3);
}

Gl_hash_t
GlHash_Bytes(const void *data, Gl_ssize_t len)
{
    if (len == 0) {
        return 0;
    }
    hash_init();
    Gl_hash_t x = (Gl_hash_t)siphash13(hash_k0, hash_k1, data, len);
    return x == -1 ? -2 : x;
}

Gl_hash_t
GlStr_Hash(GlObject *s)
{
    GlStrObject *u = (GlStrObject *)s;
    if (u->hash != -1) {
        return u->hash;
    }
    u->hash = GlHash_Bytes(GlStr_DATA(s), Gl_SIZE(s) * u->kind);
    return u->hash;
}

/* ---- allocation and singletons ----------------------------------------------- */

typedef struct StrStatic {
    GlStrObject head;
    uint8_t data[8];
} StrStatic;

static StrStatic str_empty;
static StrStatic str_latin1[256];
static int singletons_ready;

static void
init_static(StrStatic *s, Gl_ssize_t len, uint8_t ch)
{
    s->head.ob_base.ob_base.ob_refcnt = GL_STATIC_REFS;
    s->head.ob_base.ob_base.ob_type = &GlStr_Type;
    s->head.ob_base.ob_size = len;
    s->head.hash = -1;
    s->head.kind = 1;
    s->head.ascii = ch < 128;
    s->head.utf8_length = ch < 128 ? len : 0;
    s->data[0] = ch;
    s->data[1] = 0;
}

static void
singletons_init(void)
{
    if (singletons_ready) {
        return;
    }
    singletons_ready = 1;
    init_static(&str_empty, 0, 0);
    for (int i = 0; i < 256; i++) {
        init_static(&str_latin1[i], 1, (uint8_t)i);
    }
}

static inline GlObject *
str_empty_new(void)
{
    singletons_init();
    return Gl_NewRef((GlObject *)&str_empty);
}

static inline GlObject *
str_char_new(uint32_t ch)
{
    singletons_init();
    return Gl_NewRef((GlObject *)&str_latin1[ch]);
}

GlObject *
GlStr_New(Gl_ssize_t length, uint32_t maxchar) GL_NEWREF
{
    if (length == 0) {
        return str_empty_new();
    }
    if (maxchar > 0x10FFFF) {
        return GlErr_SetString(GlExc_SystemError, "invalid maximum character passed to GlStr_New");
    }
    int kind = GlStr_KindFor(maxchar);
    if (length < 0 || (size_t)length > ((size_t)GL_SSIZE_T_MAX - sizeof(GlStrObject)) / 4 - 1) {
        return GlErr_NoMemory();
    }
    GlStrObject *u = GlMem_Malloc(sizeof(GlStrObject) + (size_t)(length + 1) * kind);
    if (u == NULL) {
        return GlErr_NoMemory();
    }
    u->ob_base.ob_base.ob_refcnt = 1;
    u->ob_base.ob_base.ob_type = &GlStr_Type;
    u->ob_base.ob_size = length;
    u->hash = -1;
    u->kind = (uint8_t)kind;
    u->ascii = maxchar < 128;
    u->interned = 0;
    u->pad_ = 0;
    u->utf8_length = maxchar < 128 ? length : 0;
    u->utf8 = NULL;
    uint8_t *d = (uint8_t *)(u + 1);
    memset(d + length * kind, 0, kind);
    return (GlObject *)u;
}

void
GlStr_CopyChars(void *dst, int dk, Gl_ssize_t di, const void *src, int sk, Gl_ssize_t si,
                Gl_ssize_t n)
{
    if (dk == sk) {
        memcpy((char *)dst + di * dk, (const char *)src + si * sk, (size_t)n * sk);
        return;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ(sk, src, si + i);
        if (dk == 1) {
            ((uint8_t *)dst)[di + i] = (uint8_t)c;
        } else if (dk == 2) {
            ((uint16_t *)dst)[di + i] = (uint16_t)c;
        } else {
            ((uint32_t *)dst)[di + i] = c;
        }
    }
}

uint32_t
GlStr_MaxChar(GlObject *s, Gl_ssize_t start, Gl_ssize_t end)
{
    GlStrObject *u = (GlStrObject *)s;
    if (u->ascii) {
        return 127;
    }
    const void *d = GlStr_DATA(s);
    uint32_t m = 0;
    if (u->kind == 1) {
        const uint8_t *p = d;
        for (Gl_ssize_t i = start; i < end; i++) {
            m |= p[i];
        }
        return m >= 128 ? 255 : 127;
    }
    for (Gl_ssize_t i = start; i < end; i++) {
        uint32_t c = GlStr_READ(u->kind, d, i);
        if (c > m) {
            m = c;
        }
    }
    return m;
}

GlObject *
GlStr_FromKindAndData(int kind, const void *data, Gl_ssize_t len) GL_NEWREF
{
    if (len == 0) {
        return str_empty_new();
    }
    uint32_t m = 0;
    for (Gl_ssize_t i = 0; i < len; i++) {
        uint32_t c = GlStr_READ(kind, data, i);
        if (c > m) {
            m = c;
        }
    }
    if (len == 1 && m < 256) {
        return str_char_new(m);
    }
    GlObject *r = GlStr_New(len, m);
    if (r == NULL) {
        return NULL;
    }
    GlStr_CopyChars(GlStr_DATA(r), GlStr_KIND(r), 0, data, kind, 0, len);
    return r;
}

GlObject *
GlStr_FromUCS4(const uint32_t *u, Gl_ssize_t n) GL_NEWREF
{
    return GlStr_FromKindAndData(4, u, n);
}

GlObject *
GlStr_FromOrdinal(uint32_t ch) GL_NEWREF
{
    if (ch < 256) {
        return str_char_new(ch);
    }
    if (ch > 0x10FFFF) {
        return GlErr_SetString(GlExc_ValueError, "chr() arg not in range(0x110000)");
    }
    GlObject *r = GlStr_New(1, ch);
    if (r != NULL) {
        if (GlStr_KIND(r) == 2) {
            ((uint16_t *)GlStr_DATA(r))[0] = (uint16_t)ch;
        } else {
            ((uint32_t *)GlStr_DATA(r))[0] = ch;
        }
    }
    return r;
}

GlObject *
GlStr_FromStringAndSize(const char *s, Gl_ssize_t len) GL_NEWREF
{
    if (len == 0) {
        return str_empty_new();
    }
    if (len == 1 && (unsigned char)s[0] < 128) {
        return str_char_new((unsigned char)s[0]);
    }
    Gl_ssize_t i = 0;
    while (i < len && (unsigned char)s[i] < 128) {
        i++;
    }
    if (i == len) {
        GlObject *r = GlStr_New(len, 127);
        if (r != NULL) {
            memcpy(GlStr_DATA(r), s, (size_t)len);
        }
        return r;
    }
    return GlStr_DecodeUTF8(s, len, "strict");
}

GlObject *
GlStr_FromString(const char *s) GL_NEWREF
{
    return GlStr_FromStringAndSize(s, (Gl_ssize_t)strlen(s));
}

const char *
GlStr_AsUTF8AndSize(GlObject *s, Gl_ssize_t *len)
{
    GlStrObject *u = (GlStrObject *)s;
    if (u->ascii) {
        if (len != NULL) {
            *len = Gl_SIZE(s);
        }
        return (const char *)GlStr_DATA(s);
    }
    if (u->utf8 == NULL) {
        GlObject *b = GlStr_Encode(s, "utf-8", "strict");
        if (b == NULL) {
            return NULL;
        }
        Gl_ssize_t n = Gl_SIZE(b);
        char *buf = GlMem_Malloc((size_t)n + 1);
        if (buf == NULL) {
            Gl_DECREF(b);
            GlErr_NoMemory();
            return NULL;
        }
        memcpy(buf, GlBytes_AS_STRING(b), (size_t)n + 1);
        Gl_DECREF(b);
        u->utf8 = buf;
        u->utf8_length = n;
    }
    if (len != NULL) {
        *len = u->utf8_length;
    }
    return u->utf8;
}

const char *
GlStr_AsUTF8(GlObject *s)
{
    return GlStr_AsUTF8AndSize(s, NULL);
}

/* ---- interning ----------------------------------------------------------------- */

#define INTERN_DUMMY ((GlStrObject *)1)
static GlStrObject **intern_table;
static size_t intern_mask;    // table size - 1
static size_t intern_fill;    // used + dummies

static int
intern_resize(void)
{
    size_t used = 0;
    for (size_t i = 0; intern_table != NULL && i <= intern_mask; i++) {
        used += intern_table[i] != NULL && intern_table[i] != INTERN_DUMMY;
    }
    size_t size = 1024;
    while (size < used * 3) {
        size <<= 1;
    }
    GlStrObject **t = GlMem_Calloc(size, sizeof(GlStrObject *));
    if (t == NULL) {
        return -1;
    }
    for (size_t i = 0; intern_table != NULL && i <= intern_mask; i++) {
        GlStrObject *s = intern_table[i];
        if (s == NULL || s == INTERN_DUMMY) {
            continue;
        }
        size_t j = (size_t)s->hash & (size - 1);
        while (t[j] != NULL) {
            j = (j + 1) & (size - 1);
        }
        t[j] = s;
    }
    GlMem_Free(intern_table);
    intern_table = t;
    intern_mask = size - 1;
    intern_fill = used;
    return 0;
}

static void
intern_remove(GlStrObject *s)
{
    if (intern_table == NULL) {
        return;
    }
    size_t j = (size_t)s->hash & intern_mask;
    while (intern_table[j] != NULL) {
        if (intern_table[j] == s) {
            intern_table[j] = INTERN_DUMMY;
            return;
        }
        j = (j + 1) & intern_mask;
    }
}

void
GlStr_InternInPlace(GlObject **p)
{
    GlObject *s = *p;
    if (s == NULL || !GlStr_CheckExact(s) || ((GlStrObject *)s)->interned) {
        return;
    }
    if (intern_table == NULL || (intern_fill + 1) * 3 >= (intern_mask + 1) * 2) {
        if (intern_resize() < 0) {
            return;   // not interned: correct, only slower
        }
    }
    Gl_hash_t h = GlStr_Hash(s);
    size_t j = (size_t)h & intern_mask;
    size_t free_slot = (size_t)-1;
    while (intern_table[j] != NULL) {
        GlStrObject *t = intern_table[j];
        if (t == INTERN_DUMMY) {
            if (free_slot == (size_t)-1) {
                free_slot = j;
            }
        } else if (t->hash == h && GlStr_Equal((GlObject *)t, s)) {
            Gl_INCREF(t);
            *p = (GlObject *)t;
            Gl_DECREF(s);
            return;
        }
        j = (j + 1) & intern_mask;
    }
    if (free_slot == (size_t)-1) {
        free_slot = j;
        intern_fill++;
    }
    intern_table[free_slot] = (GlStrObject *)s;
    ((GlStrObject *)s)->interned = 1;
}

GlObject *
GlStr_InternFromString(const char *s) GL_NEWREF
{
    GlObject *r = GlStr_FromString(s);
    if (r == NULL) {
        return NULL;
    }
    GlStr_InternInPlace(&r);
    Gl_INCREF(r);  // immortal for the run: the extra reference is never released
    return r;
}

void
GlStr_InitIds(void)
{
    hash_init();
    singletons_init();
#define X(name) gl_ids.id_##name = GlStr_InternFromString(#name);
#include "ids.h"
#undef X
}

void
GlStr_Init(void)
{
    hash_init();
    singletons_init();
}

/* ---- comparison and search ----------------------------------------------------- */

int
GlStr_Equal(GlObject *a, GlObject *b)
{
    if (a == b) {
        return 1;
    }
    Gl_ssize_t n = Gl_SIZE(a);
    if (n != Gl_SIZE(b) || GlStr_KIND(a) != GlStr_KIND(b)) {
        return 0;
    }
    GlStrObject *ua = (GlStrObject *)a, *ub = (GlStrObject *)b;
    if (ua->hash != -1 && ub->hash != -1 && ua->hash != ub->hash) {
        return 0;
    }
    return memcmp(GlStr_DATA(a), GlStr_DATA(b), (size_t)n * ua->kind) == 0;
}

int
GlStr_EqualToASCII(GlObject *s, const char *ascii)
{
    size_t n = strlen(ascii);
    if (!((GlStrObject *)s)->ascii || (size_t)Gl_SIZE(s) != n) {
        return 0;
    }
    return memcmp(GlStr_DATA(s), ascii, n) == 0;
}

int
GlStr_Compare(GlObject *a, GlObject *b)
{
    Gl_ssize_t na = Gl_SIZE(a), nb = Gl_SIZE(b), n = na < nb ? na : nb;
    int ka = GlStr_KIND(a), kb = GlStr_KIND(b);
    const void *da = GlStr_DATA(a), *db = GlStr_DATA(b);
    if (ka == 1 && kb == 1) {
        int c = memcmp(da, db, (size_t)n);
        if (c != 0) {
            return c < 0 ? -1 : 1;
        }
    } else {
        for (Gl_ssize_t i = 0; i < n; i++) {
            uint32_t x = GlStr_READ(ka, da, i), y = GlStr_READ(kb, db, i);
            if (x != y) {
                return x < y ? -1 : 1;
            }
        }
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

/* Convert `n` units of sub into the kind k (k >= sub's kind) at buf. */
static Gl_ssize_t
find_same_kind(int k, const char *h, Gl_ssize_t hn, const char *nd, Gl_ssize_t nn,
               int direction)
{
    if (nn > hn) {
        return -1;
    }
    if (k == 1 && direction > 0) {
        const char *p = memmem(h, (size_t)hn, nd, (size_t)nn);
        return p == NULL ? -1 : p - h;
    }
    size_t bytes = (size_t)nn * k;
    if (direction > 0) {
        for (Gl_ssize_t i = 0; i <= hn - nn; i++) {
            if (memcmp(h + i * k, nd, bytes) == 0) {
                return i;
            }
        }
    } else {
        for (Gl_ssize_t i = hn - nn; i >= 0; i--) {
            if (memcmp(h + i * k, nd, bytes) == 0) {
                return i;
            }
        }
    }
    return -1;
}

Gl_ssize_t
GlStr_FindSub(GlObject *s, GlObject *sub, Gl_ssize_t start, Gl_ssize_t end, int direction)
{
    Gl_ssize_t n = Gl_SIZE(sub);
    if (end - start < n) {
        return -1;
    }
    if (n == 0) {
        return direction > 0 ? start : end;
    }
    int k = GlStr_KIND(s), sk = GlStr_KIND(sub);
    if (sk > k) {
        return -1;
    }
    const char *h = (const char *)GlStr_DATA(s) + start * k;
    if (n == 1) {
        uint32_t c = GlStr_READ_CHAR(sub, 0);
        const void *d = GlStr_DATA(s);
        if (direction > 0) {
            if (k == 1) {
                const char *p = memchr(h, (int)c, (size_t)(end - start));
                return p == NULL ? -1 : start + (p - h);
            }
            for (Gl_ssize_t i = start; i < end; i++) {
                if (GlStr_READ(k, d, i) == c) {
                    return i;
                }
            }
        } else {
            for (Gl_ssize_t i = end - 1; i >= start; i--) {
                if (GlStr_READ(k, d, i) == c) {
                    return i;
                }
            }
        }
        return -1;
    }
    Gl_ssize_t r;
    if (sk == k) {
        r = find_same_kind(k, h, end - start, GlStr_DATA(sub), n, direction);
    } else {
        char small[512];
        char *buf = (size_t)n * k <= sizeof(small) ? small : GlMem_Malloc((size_t)n * k);
        if (buf == NULL) {
            return -1;   // treated as not found; allocation failure is improbable here
        }
        GlStr_CopyChars(buf, k, 0, GlStr_DATA(sub), sk, 0, n);
        r = find_same_kind(k, h, end - start, buf, n, direction);
        if (buf != small) {
            GlMem_Free(buf);
        }
    }
    return r < 0 ? -1 : start + r;
}

int
GlStr_Contains(GlObject *container, GlObject *sub)
{
    if (!GlStr_Check(sub)) {
        GlErr_Format(GlExc_TypeError, "'in <string>' requires string as left operand, not %s",
                     GlObject_TypeName(sub));
        return -1;
    }
    return GlStr_FindSub(container, sub, 0, Gl_SIZE(container), 1) >= 0;
}

/* ---- building --------------------------------------------------------------------- */

GlObject *
GlStr_Substring(GlObject *s, Gl_ssize_t start, Gl_ssize_t end) GL_NEWREF
{
    Gl_ssize_t len = Gl_SIZE(s);
    if (start < 0) {
        start = 0;
    }
    if (end > len) {
        end = len;
    }
    if (start >= end) {
        return str_empty_new();
    }
    if (start == 0 && end == len && GlStr_CheckExact(s)) {
        return Gl_NewRef(s);
    }
    int k = GlStr_KIND(s);
    if (end - start == 1) {
        return GlStr_FromOrdinal(GlStr_READ_CHAR(s, start));
    }
    uint32_t m = k == 1 ? GlStr_MaxChar(s, start, end) : GlStr_MaxChar(s, start, end);
    GlObject *r = GlStr_New(end - start, m);
    if (r == NULL) {
        return NULL;
    }
    GlStr_CopyChars(GlStr_DATA(r), GlStr_KIND(r), 0, GlStr_DATA(s), k, start, end - start);
    return r;
}

GlObject *
GlStr_Concat(GlObject *a, GlObject *b) GL_NEWREF
{
    if (!GlStr_Check(b)) {
        return GlErr_Format(GlExc_TypeError, "can only concatenate str (not \"%s\") to str",
                            GlObject_TypeName(b));
    }
    Gl_ssize_t na = Gl_SIZE(a), nb = Gl_SIZE(b);
    if (na == 0 && GlStr_CheckExact(b)) {
        return Gl_NewRef(b);
    }
    if (nb == 0 && GlStr_CheckExact(a)) {
        return Gl_NewRef(a);
    }
    if (na > GL_SSIZE_T_MAX - nb) {
        return GlErr_SetString(GlExc_OverflowError, "strings are too large to concat");
    }
    uint32_t ma = GlStr_MaxChar(a, 0, na), mb = GlStr_MaxChar(b, 0, nb);
    GlObject *r = GlStr_New(na + nb, ma > mb ? ma : mb);
    if (r == NULL) {
        return NULL;
    }
    int k = GlStr_KIND(r);
    GlStr_CopyChars(GlStr_DATA(r), k, 0, GlStr_DATA(a), GlStr_KIND(a), 0, na);
    GlStr_CopyChars(GlStr_DATA(r), k, na, GlStr_DATA(b), GlStr_KIND(b), 0, nb);
    return r;
}

static GlObject *
str_repeat(GlObject *s, Gl_ssize_t n) GL_NEWREF
{
    Gl_ssize_t len = Gl_SIZE(s);
    if (n <= 0 || len == 0) {
        return str_empty_new();
    }
    if (n == 1 && GlStr_CheckExact(s)) {
        return Gl_NewRef(s);
    }
    if (len > GL_SSIZE_T_MAX / n) {
        return GlErr_SetString(GlExc_OverflowError, "repeated string is too long");
    }
    GlObject *r = GlStr_New(len * n, GlStr_MaxChar(s, 0, len));
    if (r == NULL) {
        return NULL;
    }
    int k = GlStr_KIND(r);
    char *d = GlStr_DATA(r);
    size_t unit = (size_t)len * k;
    if (len == 1 && k == 1) {
        memset(d, *(char *)GlStr_DATA(s), (size_t)n);
        return r;
    }
    memcpy(d, GlStr_DATA(s), unit);
    size_t done = unit, total = unit * (size_t)n;
    while (done < total) {   // doubling copy
        size_t c = done < total - done ? done : total - done;
        memcpy(d + done, d, c);
        done += c;
    }
    return r;
}

/* ---- repr ------------------------------------------------------------------------ */

static const char hexdigits[] = "0123456789abcdef";

GlObject *
GlStr_Repr(GlObject *s) GL_NEWREF
{
    Gl_ssize_t n = Gl_SIZE(s);
    int k = GlStr_KIND(s);
    const void *d = GlStr_DATA(s);
    int sq = 0, dq = 0;
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ(k, d, i);
        sq += c == '\'';
        dq += c == '"';
    }
    uint32_t quote = (sq && !dq) ? '"' : '\'';
    GlStrBuf b;
    GlStrBuf_Init(&b);
    if (GlStrBuf_Reserve(&b, n + 2, GlStr_MaxChar(s, 0, n)) < 0) {
        goto error;
    }
    if (GlStrBuf_AppendChar(&b, quote) < 0) {
        goto error;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        uint32_t c = GlStr_READ(k, d, i);
        char esc[12];
        int en = 0;
        if (c == quote || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            en = 2;
        } else if (c == '\t' || c == '\n' || c == '\r') {
            esc[0] = '\\';
            esc[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
            en = 2;
        } else if (c < ' ' || c == 0x7f) {
            en = snprintf(esc, sizeof(esc), "\\x%c%c", hexdigits[c >> 4], hexdigits[c & 15]);
        } else if (c < 0x7f || GlUnicode_Has(c, GL_UC_PRINTABLE)) {
            if (GlStrBuf_AppendChar(&b, c) < 0) {
                goto error;
            }
            continue;
        } else if (c <= 0xff) {
            en = snprintf(esc, sizeof(esc), "\\x%02x", (unsigned)c);
        } else if (c <= 0xffff) {
            en = snprintf(esc, sizeof(esc), "\\u%04x", (unsigned)c);
        } else {
            en = snprintf(esc, sizeof(esc), "\\U%08x", (unsigned)c);
        }
        if (GlStrBuf_AppendASCII(&b, esc, en) < 0) {
            goto error;
        }
    }
    if (GlStrBuf_AppendChar(&b, quote) < 0) {
        goto error;
    }
    return GlStrBuf_Finish(&b);
error:
    GlStrBuf_Clear(&b);
    return NULL;
}

/* ---- the string builder ------------------------------------------------------- */

void
GlStrBuf_Init(GlStrBuf *b)
{
    b->data = b->small;
    b->len = 0;
    b->cap = (Gl_ssize_t)sizeof(b->small);
    b->kind = 1;
    b->maxchar = 0;
}

void
GlStrBuf_Clear(GlStrBuf *b)
{
    if (b->data != b->small) {
        GlMem_Free(b->data);
    }
    GlStrBuf_Init(b);
}

int
GlStrBuf_Reserve(GlStrBuf *b, Gl_ssize_t extra, uint32_t maxchar)
{
    int nk = GlStr_KindFor(maxchar);
    if (nk < b->kind) {
        nk = b->kind;
    }
    if (maxchar > b->maxchar) {
        b->maxchar = maxchar;
    }
    if (nk == b->kind && b->len + extra <= b->cap) {
        return 0;
    }
    if (extra > GL_SSIZE_T_MAX / 8 - b->len) {
        GlErr_NoMemory();
        return -1;
    }
    Gl_ssize_t cap = b->cap * b->kind / nk;
    if (b->len + extra > cap) {
        cap = b->len + extra;
        cap += cap >> 1;
    }
    void *nd = GlMem_Malloc((size_t)cap * nk);
    if (nd == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    GlStr_CopyChars(nd, nk, 0, b->data, b->kind, 0, b->len);
    if (b->data != b->small) {
        GlMem_Free(b->data);
    }
    b->data = nd;
    b->cap = cap;
    b->kind = nk;
    return 0;
}

static inline void
buf_put(GlStrBuf *b, uint32_t ch)
{
    if (b->kind == 1) {
        ((uint8_t *)b->data)[b->len++] = (uint8_t)ch;
    } else if (b->kind == 2) {
        ((uint16_t *)b->data)[b->len++] = (uint16_t)ch;
    } else {
        ((uint32_t *)b->data)[b->len++] = ch;
    }
}

int
GlStrBuf_AppendChar(GlStrBuf *b, uint32_t ch)
{
    if (GL_UNLIKELY(b->len >= b->cap || ch > b->maxchar)) {
        if (GlStrBuf_Reserve(b, 1, ch) < 0) {
            return -1;
        }
    }
    buf_put(b, ch);
    return 0;
}

int
GlStrBuf_Fill(GlStrBuf *b, uint32_t ch, Gl_ssize_t count)
{
    if (count <= 0) {
        return 0;
    }
    if (GlStrBuf_Reserve(b, count, ch) < 0) {
        return -1;
    }
    if (b->kind == 1) {
        memset((uint8_t *)b->data + b->len, (int)ch, (size_t)count);
        b->len += count;
        return 0;
    }
    for (Gl_ssize_t i = 0; i < count; i++) {
        buf_put(b, ch);
    }
    return 0;
}

int
GlStrBuf_AppendASCII(GlStrBuf *b, const char *s, Gl_ssize_t n)
{
    if (GlStrBuf_Reserve(b, n, 127) < 0) {
        return -1;
    }
    if (b->kind == 1) {
        memcpy((uint8_t *)b->data + b->len, s, (size_t)n);
        b->len += n;
        return 0;
    }
    for (Gl_ssize_t i = 0; i < n; i++) {
        buf_put(b, (unsigned char)s[i]);
    }
    return 0;
}

int
GlStrBuf_AppendSub(GlStrBuf *b, GlObject *s, Gl_ssize_t start, Gl_ssize_t end)
{
    if (end <= start) {
        return 0;
    }
    if (GlStrBuf_Reserve(b, end - start, GlStr_MaxChar(s, start, end)) < 0) {
        return -1;
    }
    GlStr_CopyChars(b->data, b->kind, b->len, GlStr_DATA(s), GlStr_KIND(s), start, end - start);
    b->len += end - start;
    return 0;
}

int
GlStrBuf_AppendStr(GlStrBuf *b, GlObject *s)
{
    return GlStrBuf_AppendSub(b, s, 0, Gl_SIZE(s));
}

int
GlStrBuf_AppendUTF8(GlStrBuf *b, const char *s, Gl_ssize_t n)
{
    GlObject *t = GlStr_DecodeUTF8(s, n, "replace");
    if (t == NULL) {
        return -1;
    }
    int r = GlStrBuf_AppendStr(b, t);
    Gl_DECREF(t);
    return r;
}

GlObject *
GlStrBuf_Finish(GlStrBuf *b) GL_NEWREF
{
    GlObject *r;
    if (b->maxchar >= 128) {
        // reservations may overestimate (escaped or replaced characters): the result
        // must have the minimal kind and an exact ascii flag
        uint32_t m = 0;
        for (Gl_ssize_t i = 0; i < b->len; i++) {
            uint32_t c = GlStr_READ(b->kind, b->data, i);
            m = c > m ? c : m;
        }
        b->maxchar = m;
    }
    if (b->len == 1 && b->maxchar < 256) {
        r = str_char_new(GlStr_READ(b->kind, b->data, 0));
    } else {
        r = GlStr_New(b->len, b->maxchar);
        if (r != NULL) {
            GlStr_CopyChars(GlStr_DATA(r), GlStr_KIND(r), 0, b->data, b->kind, 0, b->len);
        }
    }
    GlStrBuf_Clear(b);
    return r;
}

/* ---- slots -------------------------------------------------------------------------- */

static void
str_dealloc(GlObject *op)
{
    GlStrObject *u = (GlStrObject *)op;
    if ((StrStatic *)op == &str_empty || ((StrStatic *)op >= str_latin1
                                          && (StrStatic *)op < str_latin1 + 256)) {
        op->ob_refcnt = 1;   // a singleton lost a reference too many: keep it alive
        return;
    }
    if (u->interned) {
        intern_remove(u);
    }
    GlMem_Free(u->utf8);
    if (GlStr_CheckExact(op)) {
        GlMem_Free(op);
    } else {
        Gl_TYPE(op)->tp_free(op);
    }
}

static GlObject *
str_repr(GlObject *s)
{
    return GlStr_Repr(s);
}

static GlObject *
str_str(GlObject *s)
{
    if (GlStr_CheckExact(s)) {
        return Gl_NewRef(s);
    }
    return GlStr_FromKindAndData(GlStr_KIND(s), GlStr_DATA(s), Gl_SIZE(s));
}

static GlObject *
str_richcompare(GlObject *a, GlObject *b, int op)
{
    if (!GlStr_Check(a) || !GlStr_Check(b)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    int r;
    if (op == Gl_EQ || op == Gl_NE) {
        r = GlStr_Equal(a, b) == (op == Gl_EQ);
    } else {
        int c = GlStr_Compare(a, b);
        r = op == Gl_LT ? c < 0 : op == Gl_LE ? c <= 0 : op == Gl_GT ? c > 0 : c >= 0;
    }
    return Gl_NewRef(r ? Gl_True : Gl_False);
}

static Gl_ssize_t
str_length(GlObject *s)
{
    return Gl_SIZE(s);
}

static GlObject *
str_item(GlObject *s, Gl_ssize_t i)
{
    if (i < 0 || i >= Gl_SIZE(s)) {
        return GlErr_SetString(GlExc_IndexError, "string index out of range");
    }
    return GlStr_FromOrdinal(GlStr_READ_CHAR(s, i));
}

static int
str_contains(GlObject *s, GlObject *sub)
{
    return GlStr_Contains(s, sub);
}

static GlObject *
str_subscript(GlObject *s, GlObject *key)
{
    Gl_ssize_t len = Gl_SIZE(s);
    if (GlInt_CheckExact(key) && GlInt_IS_SMALL(key)) {
        int64_t i = ((GlIntObject *)key)->small;
        if (i < 0) {
            i += len;
        }
        if (i < 0 || i >= len) {
            return GlErr_SetString(GlExc_IndexError, "string index out of range");
        }
        return GlStr_FromOrdinal(GlStr_READ_CHAR(s, (Gl_ssize_t)i));
    }
    if (GlSlice_Check(key)) {
        Gl_ssize_t start, stop, step;
        Gl_ssize_t n = GlSlice_GetIndicesEx(key, len, &start, &stop, &step);
        if (n < 0) {
            return NULL;
        }
        if (step == 1) {
            return GlStr_Substring(s, start, start + n);
        }
        if (n == 0) {
            return str_empty_new();
        }
        int k = GlStr_KIND(s);
        const void *d = GlStr_DATA(s);
        uint32_t m = 0;
        for (Gl_ssize_t i = 0, j = start; i < n; i++, j += step) {
            uint32_t c = GlStr_READ(k, d, j);
            m = c > m ? c : m;
        }
        GlObject *r = GlStr_New(n, m);
        if (r == NULL) {
            return NULL;
        }
        int rk = GlStr_KIND(r);
        void *rd = GlStr_DATA(r);
        for (Gl_ssize_t i = 0, j = start; i < n; i++, j += step) {
            uint32_t c = GlStr_READ(k, d, j);
            if (rk == 1) {
                ((uint8_t *)rd)[i] = (uint8_t)c;
            } else if (rk == 2) {
                ((uint16_t *)rd)[i] = (uint16_t)c;
            } else {
                ((uint32_t *)rd)[i] = c;
            }
        }
        if (n == 1) {
            Gl_DECREF(r);
            return GlStr_FromOrdinal(m);
        }
        return r;
    }
    if (GlIndex_Check(key)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(key, GlExc_IndexError);
        if (i == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += len;
        }
        return str_item(s, i);
    }
    return GlErr_Format(GlExc_TypeError, "string indices must be integers, not '%s'",
                        GlObject_TypeName(key));
}

static GlObject *
str_concat(GlObject *a, GlObject *b)
{
    return GlStr_Concat(a, b);
}

static GlObject *
str_mod(GlObject *a, GlObject *b)
{
    if (!GlStr_Check(a)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    return GlStr_Mod(a, b);
}

/* str(object='') / str(object=b'', encoding='utf-8', errors='strict'). */
static GlObject *
str_from_args(GlObject *obj, GlObject *enc, GlObject *errs) GL_NEWREF
{
    if (obj == NULL) {
        return str_empty_new();
    }
    if (enc == NULL && errs == NULL) {
        if (GlStr_CheckExact(obj)) {
            return Gl_NewRef(obj);
        }
        return GlObject_Str(obj);
    }
    const char *e = "utf-8", *r = "strict";
    if (enc != NULL && (e = GlStr_ArgAsCString(enc, "str", "encoding")) == NULL) {
        return NULL;
    }
    if (errs != NULL && (r = GlStr_ArgAsCString(errs, "str", "errors")) == NULL) {
        return NULL;
    }
    const char *data;
    Gl_ssize_t n;
    if (GlStr_Check(obj)) {
        return GlErr_SetString(GlExc_TypeError, "decoding str is not supported");
    }
    if (GlBytes_AsBuffer(obj, &data, &n) < 0) {
        GlErr_Clear();
        return GlErr_Format(GlExc_TypeError,
                            "decoding to str: need a bytes-like object, %s found",
                            GlObject_TypeName(obj));
    }
    return GlStr_Decode(data, n, e, r);
}

static const char *const str_kwlist[] = {"object", "encoding", "errors", NULL};

static GlObject *
str_subtype_from(GlTypeObject *type, GlObject *exact) GL_NEWREF
{
    Gl_ssize_t n = Gl_SIZE(exact);
    GlObject *r = type->tp_alloc(type, n);
    if (r == NULL) {
        Gl_DECREF(exact);
        return NULL;
    }
    GlStrObject *u = (GlStrObject *)r;
    Gl_SET_SIZE(r, n);
    u->hash = -1;
    u->kind = (uint8_t)GlStr_KIND(exact);
    u->ascii = ((GlStrObject *)exact)->ascii;
    u->interned = 0;
    u->utf8 = NULL;
    u->utf8_length = u->ascii ? n : 0;
    memcpy(GlStr_DATA(r), GlStr_DATA(exact), (size_t)(n + 1) * u->kind);
    Gl_DECREF(exact);
    return r;
}

static GlObject *
str_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlObject *out[3] = {NULL, NULL, NULL};
    Gl_ssize_t nargs = args ? GlTuple_GET_SIZE(args) : 0;
    Gl_ssize_t nkw = kwds ? GlDict_GET_SIZE(kwds) : 0;
    GlObject *stack[8];
    GlObject *kwnames = NULL;
    if (nargs + nkw > 8) {
        return GlErr_Format(GlExc_TypeError, "str() takes at most 3 arguments (%zd given)",
                            nargs + nkw);
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        stack[i] = GlTuple_GET_ITEM(args, i);
    }
    if (nkw > 0) {
        kwnames = GlTuple_New(nkw);
        if (kwnames == NULL) {
            return NULL;
        }
        Gl_ssize_t pos = 0, j = 0;
        GlObject *k, *v;
        while (GlDict_Next(kwds, &pos, &k, &v)) {
            GlTuple_SET_ITEM(kwnames, j, Gl_NewRef(k));
            stack[nargs + j] = v;
            j++;
        }
    }
    int rc = GlArg_ParseVector("str", stack, nargs, kwnames, str_kwlist, 3, 0, out);
    Gl_XDECREF(kwnames);
    if (rc < 0) {
        return NULL;
    }
    GlObject *r = str_from_args(out[0], out[1], out[2]);
    if (r == NULL || type == &GlStr_Type) {
        return r;
    }
    if (!GlStr_CheckExact(r)) {
        GlObject *t = GlStr_FromKindAndData(GlStr_KIND(r), GlStr_DATA(r), Gl_SIZE(r));
        Gl_DECREF(r);
        if (t == NULL) {
            return NULL;
        }
        r = t;
    }
    return str_subtype_from(type, r);
}

static GlObject *
str_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (kwnames == NULL && nargs == 1) {
        return str_from_args(args[0], NULL, NULL);
    }
    GlObject *out[3] = {NULL, NULL, NULL};
    if (GlArg_ParseVector("str", args, nargs, kwnames, str_kwlist, 3, 0, out) < 0) {
        return NULL;
    }
    return str_from_args(out[0], out[1], out[2]);
}

static GlNumberMethods str_as_number = {
    .nb_remainder = str_mod,
};

static GlSequenceMethods str_as_sequence = {
    .sq_length = str_length,
    .sq_concat = str_concat,
    .sq_repeat = str_repeat,
    .sq_item = str_item,
    .sq_contains = str_contains,
};

static GlMappingMethods str_as_mapping = {
    .mp_length = str_length,
    .mp_subscript = str_subscript,
};

/* ---- iterator ------------------------------------------------------------------ */

typedef struct GlStrIterObject {
    GlObject ob_base;
    Gl_ssize_t index;   // next position
    GlObject *seq;      // the str, NULL once exhausted
} GlStrIterObject;

/* iter(s): a str_ascii_iterator for ASCII text, else a str_iterator (CPython 3.11's two
 * types; they behave alike here). New reference. */
static GlObject *
str_iter(GlObject *s)
{
    GlTypeObject *tp = ((GlStrObject *)s)->ascii ? &GlStrIter_Type : &GlStrUnicodeIter_Type;
    GlStrIterObject *it = (GlStrIterObject *)GlObject_GC_New(tp, 0);
    if (it == NULL) {
        return NULL;
    }
    it->index = 0;
    it->seq = Gl_NewRef(s);
    GlObject_GC_Track(it);
    return (GlObject *)it;
}

static void
striter_dealloc(GlObject *op)
{
    GlStrIterObject *it = (GlStrIterObject *)op;
    GlObject_GC_UnTrack(op);
    Gl_XDECREF(it->seq);
    GlObject_GC_Del(op);
}

static int
striter_traverse(GlObject *op, visitproc visit, void *arg)
{
    Gl_VISIT(((GlStrIterObject *)op)->seq);
    return 0;
}

static GlObject *
striter_next(GlObject *op)
{
    GlStrIterObject *it = (GlStrIterObject *)op;
    GlObject *s = it->seq;
    if (s == NULL) {
        return NULL;
    }
    if (it->index < Gl_SIZE(s)) {
        return GlStr_FromOrdinal(GlStr_READ_CHAR(s, it->index++));
    }
    it->seq = NULL;
    Gl_DECREF(s);
    return NULL;
}

static GlObject *
striter_length_hint(GlObject *op, GlObject *unused)
{
    GlStrIterObject *it = (GlStrIterObject *)op;
    Gl_ssize_t n = it->seq ? Gl_SIZE(it->seq) - it->index : 0;
    return GlInt_FromSsize_t(n < 0 ? 0 : n);
}

static GlObject *
iter_self(GlObject *op)
{
    return Gl_NewRef(op);
}

/* __reduce__: (iter, (s,), index), or (iter, ('',)) once exhausted. New reference. */
static GlObject *
striter_reduce(GlObject *op, GlObject *unused)
{
    GlStrIterObject *it = (GlStrIterObject *)op;
    if (it->seq != NULL) {
        return GlIter_ReduceIndex(GL_ID(iter), it->seq, it->index, NULL);
    }
    GlObject *empty = GlStr_FromString("");
    if (empty == NULL) {
        return NULL;
    }
    return GlIter_ReduceIndex(GL_ID(iter), NULL, 0, empty);
}

/* __setstate__(index): clipped to 0 .. len(s). */
static GlObject *
striter_setstate(GlObject *op, GlObject *state)
{
    GlStrIterObject *it = (GlStrIterObject *)op;
    return GlIter_SetStateClipped(it->seq, state, &it->index);
}

static GlMethodDef striter_methods[] = {
    {"__length_hint__", GL_FN(striter_length_hint), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(striter_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {"__setstate__", GL_FN(striter_setstate), GL_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlStrIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "str_ascii_iterator",
    .tp_basicsize = sizeof(GlStrIterObject),
    .tp_dealloc = striter_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = striter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
};

GlTypeObject GlStrUnicodeIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "str_iterator",
    .tp_basicsize = sizeof(GlStrIterObject),
    .tp_dealloc = striter_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = striter_traverse,
    .tp_iter = iter_self,
    .tp_iternext = striter_next,
    .tp_methods = striter_methods,
};

/* ---- the type ---------------------------------------------------------------------- */

GlTypeObject GlStr_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "str",
    .tp_basicsize = sizeof(GlStrObject),
    .tp_itemsize = 4,
    .tp_dealloc = str_dealloc,
    .tp_repr = str_repr,
    .tp_as_number = &str_as_number,
    .tp_as_sequence = &str_as_sequence,
    .tp_as_mapping = &str_as_mapping,
    .tp_hash = GlStr_Hash,
    .tp_str = str_str,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_flags = GL_TPFLAGS_BASETYPE | GL_TPFLAGS_UNICODE_SUBCLASS,
    .tp_doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
              "Create a new string object from the given object.",
    .tp_richcompare = str_richcompare,
    .tp_iter = str_iter,
    .tp_methods = gl_str_methods,
    .tp_new = str_new,
    .tp_free = GlObject_Free,
    .tp_vectorcall = str_vectorcall,
};
