/* randommodule.c - the `_random` module: the Mersenne Twister MT19937 generator that
 * lib/random.py builds on (random.Random subclasses _random.Random).
 *
 * Invariants:
 * - state[0..623] is the generator's state; 0 <= index <= 624 (624: regenerate before
 *   the next output). After any seed the state is valid and index is 624.
 * - Output matches CPython's exactly for the same seed: seeding from an int uses
 *   init_by_array over abs(n) split into 32-bit words, least significant first (0 gives
 *   the key [0]); random() takes two outputs a>>5, b>>6 and returns
 *   (a*2**26 + b) / 2**53; getrandbits(k) packs 32-bit outputs little-endian, the last
 *   one shifted right to keep only the bits still needed.
 * - seed(None) seeds from /dev/urandom (or the clock when it cannot be read); a seed that
 *   is not an int is replaced by abs(hash(seed)) as CPython's C layer does (str, bytes
 *   are converted in lib/random.py first).
 * - getstate() returns 625 ints (the state then index); setstate() checks the length
 *   and the index range with CPython's messages.
 */
#include "modules.h"
#include <stdio.h>
#include <time.h>

#define MT_N 624
#define MT_M 397

typedef struct GlRandomObject {
    GlObject ob_base;
    uint32_t state[MT_N];   // the MT19937 state words
    int index;              // next word to temper; MT_N means regenerate first
} GlRandomObject;

extern GlTypeObject GlRandom_Type;

static void
mt_init_genrand(GlRandomObject *r, uint32_t s)
{
    uint32_t *mt = r->state;
    mt[0] = s;
    for (int i = 1; i < MT_N; i++) {
        mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    }
    r->index = MT_N;
}

static void
mt_init_by_array(GlRandomObject *r, const uint32_t *key, size_t len)
{
    uint32_t *mt = r->state;
    mt_init_genrand(r, 19650218U);
    size_t i = 1, j = 0;
    size_t k = MT_N > len ? MT_N : len;
    for (; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= len) {
            j = 0;
        }
    }
    for (k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
    r->index = MT_N;
}

static uint32_t
mt_next(GlRandomObject *r)
{
    static const uint32_t mag01[2] = {0x0U, 0x9908b0dfU};
    uint32_t *mt = r->state;
    if (r->index >= MT_N) {
        int kk;
        uint32_t y;
        for (kk = 0; kk < MT_N - MT_M; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1U];
        }
        for (; kk < MT_N - 1; kk++) {
            y = (mt[kk] & 0x80000000U) | (mt[kk + 1] & 0x7fffffffU);
            mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1U];
        }
        y = (mt[MT_N - 1] & 0x80000000U) | (mt[0] & 0x7fffffffU);
        mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1U];
        r->index = 0;
    }
    uint32_t y = mt[r->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

/* Seed from the operating system's entropy (the clock as a fallback). */
static void
random_seed_urandom(GlRandomObject *r)
{
    uint32_t key[MT_N];
    FILE *f = fopen("/dev/urandom", "rb");
    size_t got = f != NULL ? fread(key, sizeof(uint32_t), MT_N, f) : 0;
    if (f != NULL) {
        fclose(f);
    }
    if (got != MT_N) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        key[0] = (uint32_t)ts.tv_sec;
        key[1] = (uint32_t)ts.tv_nsec;
        key[2] = (uint32_t)(uintptr_t)r;
        got = 3;
    }
    mt_init_by_array(r, key, got);
}

/* Seed from an int's absolute value. 0 / -1. */
static int
random_seed_int(GlRandomObject *r, GlObject *n)
{
    mpz_t z;
    mpz_init(z);
    GlInt_AsMpz(n, z);
    mpz_abs(z, z);
    size_t words = mpz_sizeinbase(z, 2) / 32 + 1;
    uint32_t *key = calloc(words, sizeof(uint32_t));
    if (key == NULL) {
        mpz_clear(z);
        GlErr_NoMemory();
        return -1;
    }
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, z);
    mpz_clear(z);
    mt_init_by_array(r, key, count == 0 ? 1 : count);
    free(key);
    return 0;
}

/* seed(n): None, an int, or any hashable (its hash). 0 / -1. Runs Python (hash). */
static int
random_do_seed(GlRandomObject *r, GlObject *arg)
{
    if (arg == NULL || arg == Gl_None) {
        random_seed_urandom(r);
        return 0;
    }
    if (GlInt_Check(arg)) {
        return random_seed_int(r, arg);
    }
    Gl_hash_t h = GlObject_Hash(arg);   // PYTHON CODE
    if (h == -1 && GlErr_Occurred()) {
        return -1;
    }
    GlObject *n = GlInt_FromInt64((int64_t)h);
    if (n == NULL) {
        return -1;
    }
    int rc = random_seed_int(r, n);
    Gl_DECREF(n);
    return rc;
}

static GlObject *
random_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (type == &GlRandom_Type && kwds != NULL && GlDict_Size(kwds) != 0) {
        return GlErr_SetString(GlExc_TypeError, "Random() takes no keyword arguments");
    }
    if (type == &GlRandom_Type && args != NULL && GlTuple_GET_SIZE(args) > 1) {
        return GlErr_Format(GlExc_TypeError, "Random() expected at most 1 argument, got %zd",
                            GlTuple_GET_SIZE(args));
    }
    GlRandomObject *r = (GlRandomObject *)type->tp_alloc(type, 0);
    if (r == NULL) {
        return NULL;
    }
    GlObject *arg = args != NULL && GlTuple_GET_SIZE(args) > 0 ? GlTuple_GET_ITEM(args, 0)
                                                                : NULL;
    if (random_do_seed(r, arg) < 0) {
        Gl_DECREF(r);
        return NULL;
    }
    return (GlObject *)r;
}

static void
random_dealloc(GlObject *self)
{
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
random_random(GlObject *self, GlObject *unused)
{
    GlRandomObject *r = (GlRandomObject *)self;
    uint32_t a = mt_next(r) >> 5, b = mt_next(r) >> 6;
    return GlFloat_FromDouble((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static GlObject *
random_seed(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("seed", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (random_do_seed((GlRandomObject *)self, nargs ? args[0] : NULL) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
random_getrandbits(GlObject *self, GlObject *arg)
{
    GlRandomObject *r = (GlRandomObject *)self;
    if (!GlInt_Check(arg)) {
        return GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            Gl_TYPE(arg)->tp_name);
    }
    int64_t k = GlInt_AsInt64(arg);
    if (k == -1 && GlErr_Occurred()) {
        return NULL;
    }
    if (k < 0) {
        return GlErr_SetString(GlExc_ValueError, "number of bits must be non-negative");
    }
    if (k == 0) {
        return GlInt_FromLong(0);
    }
    if (k <= 32) {
        return GlInt_FromUInt64(mt_next(r) >> (32 - k));
    }
    size_t words = (size_t)((k - 1) / 32 + 1);
    uint32_t *buf = malloc(words * sizeof(uint32_t));
    if (buf == NULL) {
        return GlErr_NoMemory();
    }
    int64_t left = k;
    for (size_t i = 0; i < words; i++, left -= 32) {
        uint32_t w = mt_next(r);
        if (left < 32) {
            w >>= (32 - left);
        }
        buf[i] = w;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, buf);
    free(buf);
    return GlInt_FromMpzSteal(z);
}

static GlObject *
random_getstate(GlObject *self, GlObject *unused)
{
    GlRandomObject *r = (GlRandomObject *)self;
    GlObject *t = GlTuple_New(MT_N + 1);
    if (t == NULL) {
        return NULL;
    }
    for (int i = 0; i <= MT_N; i++) {
        GlObject *v = i < MT_N ? GlInt_FromUInt64(r->state[i]) : GlInt_FromLong(r->index);
        if (v == NULL) {
            Gl_DECREF(t);
            return NULL;
        }
        GlTuple_SET_ITEM(t, i, v);
    }
    return t;
}

static GlObject *
random_setstate(GlObject *self, GlObject *state)
{
    GlRandomObject *r = (GlRandomObject *)self;
    if (!GlTuple_Check(state)) {
        return GlErr_SetString(GlExc_TypeError, "state vector must be a tuple");
    }
    if (GlTuple_GET_SIZE(state) != MT_N + 1) {
        return GlErr_SetString(GlExc_ValueError, "state vector is the wrong size");
    }
    uint32_t tmp[MT_N];
    for (int i = 0; i < MT_N; i++) {
        GlObject *v = GlTuple_GET_ITEM(state, i);
        if (!GlInt_Check(v)) {
            return GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                                Gl_TYPE(v)->tp_name);
        }
        int ovf = 0;
        int64_t x = GlInt_AsInt64AndOverflow(v, &ovf);
        if (ovf || x < 0 || x > 0xffffffffLL) {
            return GlErr_SetString(GlExc_OverflowError,
                                   "Python int too large to convert to C unsigned long");
        }
        tmp[i] = (uint32_t)x;
    }
    GlObject *iv = GlTuple_GET_ITEM(state, MT_N);
    if (!GlInt_Check(iv)) {
        return GlErr_Format(GlExc_TypeError, "'%s' object cannot be interpreted as an integer",
                            Gl_TYPE(iv)->tp_name);
    }
    int ovf = 0;
    int64_t index = GlInt_AsInt64AndOverflow(iv, &ovf);
    if (ovf || index < 0 || index > MT_N) {
        return GlErr_SetString(GlExc_ValueError, "invalid state");
    }
    memcpy(r->state, tmp, sizeof(tmp));
    r->index = (int)index;
    Gl_RETURN_NONE;
}

static GlMethodDef random_methods[] = {
    {"random", GL_FN(random_random), GL_METH_NOARGS,
     "random() -> x in the interval [0, 1)."},
    {"seed", GL_FN(random_seed), GL_METH_FASTCALL,
     "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\n"
     "of the current time and the process identifier."},
    {"getrandbits", GL_FN(random_getrandbits), GL_METH_O,
     "getrandbits(k) -> x.  Generates an int with k random bits."},
    {"getstate", GL_FN(random_getstate), GL_METH_NOARGS,
     "getstate() -> tuple containing the current state."},
    {"setstate", GL_FN(random_setstate), GL_METH_O,
     "setstate(state) -> None.  Restores generator state."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlRandom_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "_random.Random",
    .tp_basicsize = sizeof(GlRandomObject),
    .tp_dealloc = random_dealloc,
    .tp_getattro = GlObject_GenericGetAttr,
    .tp_setattro = GlObject_GenericSetAttr,
    .tp_flags = GL_TPFLAGS_DEFAULT | GL_TPFLAGS_BASETYPE,
    .tp_doc = "Random() -> create a random number generator with its own internal state.",
    .tp_methods = random_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = random_new,
    .tp_free = GlObject_Free,
};

GlObject *
GlInit_random(void) GL_NEWREF
{
    if (GlRandom_Type.tp_dict == NULL && GlType_Ready(&GlRandom_Type) < 0) {
        return NULL;
    }
    GlObject *m = GlModule_NewFromString("_random");
    if (m == NULL) {
        return NULL;
    }
    GlObject *doc = GlStr_FromString("Module implements the Mersenne Twister random number "
                                     "generator.");
    if (doc == NULL || GlModule_AddObject(m, "__doc__", doc) < 0
        || GlModule_AddObject(m, "Random", (GlObject *)&GlRandom_Type) < 0) {
        Gl_XDECREF(doc);
        Gl_DECREF(m);
        return NULL;
    }
    Gl_DECREF(doc);
    return m;
}
