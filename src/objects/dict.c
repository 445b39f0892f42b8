/* dict.c - the dict type: CPython 3.11's compact, insertion-ordered hash table, and
 * the dict iterators (forward and reversed over keys, values, items). The views
 * (dict_keys, dict_values, dict_items) are in dictviews.c.
 *
 * Layout: GlDictKeys is a header followed by an index table of 2**dk_log2_size
 * slots (int8/16/32/64 by table size; DKIX_EMPTY -1, DKIX_DUMMY -2, else an entry
 * number) and then a dense array of USABLE_FRACTION(size) entries in insertion order.
 *
 * Invariants:
 * - every entry below dk_nentries has a key and value (owned) or is deleted (both
 *   NULL); deleted entries keep their place until the next resize; dk_usable counts
 *   the entries still free at the end; ma_used counts live entries.
 * - dk_kind is DK_UNICODE while every key ever inserted is an exact str (lookups of
 *   exact str keys then never run Python code); it becomes DK_GENERAL (through a
 *   resize, as in CPython) when any other key is inserted. Both kinds share one
 *   physical entry layout; __sizeof__ reports CPython's sizes (16-byte entries for
 *   unicode tables, 24 otherwise), so sys.getsizeof matches CPython's.
 * - ma_keys == EMPTY_KEYS (shared, static, never freed, one index slot, no entries)
 *   for a dict that never held anything; the first insert allocates a table of 8.
 * - GC: a dict starts untracked and is tracked when a key or value that may be
 *   tracked is stored (CPython's MAINTAIN_TRACKING); GlDict_MaybeUntrack undoes it.
 * - up to 80 exact dict objects are kept on a free list (bypassing the GC count) and
 *   80 minimum-size key tables on another.
 * Ownership: comparisons of keys run Python code that may mutate the dict: lookups
 * restart when the table changed under them, as CPython's do.
 * Pickling: the iterators reduce to (iter, (list of the items left,)) as CPython 3.11's
 * (they have no __setstate__).
 */
#include "allobjects.h"
#include "../vm/vm.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define DK_GENERAL 0
#define DK_UNICODE 1
#define LOG_MINSIZE 3
#define MINSIZE 8
#define PERTURB_SHIFT 5
#define USABLE_FRACTION(n) (((n) << 1) / 3)
#define GROWTH_RATE(d) ((d)->ma_used * 3)
#define DICT_MAXFREELIST 80
#define MAX_PRESIZE (128 * 1024)

typedef GlDictEntry DictEntry;

static struct {
    GlDictKeys k;
    int8_t idx[MINSIZE];
} empty_keys_storage = {
    {0, 0, DK_UNICODE, {0}, 0, 0, 0},   // one index slot (as CPython's Py_EMPTY_KEYS)
    {-1, -1, -1, -1, -1, -1, -1, -1},
};
#define EMPTY_KEYS (&empty_keys_storage.k)

static uint64_t keys_uid_counter;

static GlDictObject *dict_free_list[DICT_MAXFREELIST];
static int dict_numfree;
static GlDictKeys *keys_free_list[DICT_MAXFREELIST];
static int keys_numfree;

/* ---- the keys table ---- */

static inline size_t
dk_size(const GlDictKeys *k)
{
    return (size_t)1 << k->dk_log2_size;
}

static inline DictEntry *
dk_entries(GlDictKeys *k)
{
    return GlDictKeys_Entries(k);
}

static inline Gl_ssize_t
dk_get_index(const GlDictKeys *k, size_t i)
{
    const void *idx = k + 1;
    int log2size = k->dk_log2_size;
    if (log2size < 8) {
        return ((const int8_t *)idx)[i];
    }
    if (log2size < 16) {
        return ((const int16_t *)idx)[i];
    }
    if (log2size >= 32) {
        return (Gl_ssize_t)((const int64_t *)idx)[i];
    }
    return ((const int32_t *)idx)[i];
}

static inline void
dk_set_index(GlDictKeys *k, size_t i, Gl_ssize_t ix)
{
    void *idx = k + 1;
    int log2size = k->dk_log2_size;
    if (log2size < 8) {
        ((int8_t *)idx)[i] = (int8_t)ix;
    }
    else if (log2size < 16) {
        ((int16_t *)idx)[i] = (int16_t)ix;
    }
    else if (log2size >= 32) {
        ((int64_t *)idx)[i] = (int64_t)ix;
    }
    else {
        ((int32_t *)idx)[i] = (int32_t)ix;
    }
}

/* CPython 3.11's calculate_log2_keysize: bit_length(((minsize | 8) - 1) | 7). Not
 * quite ceil(log2): 1..7 give 16 slots (observable through sys.getsizeof). */
static inline uint8_t
calculate_log2_keysize(Gl_ssize_t minsize)
{
    size_t v = (((size_t)minsize | MINSIZE) - 1) | (MINSIZE - 1);
    uint8_t log2 = 0;
    while (v) {
        log2++;
        v >>= 1;
    }
    return log2;
}

/* Table size for n items without a resize: USABLE_FRACTION(size) >= n. */
static inline uint8_t
estimate_log2_keysize(Gl_ssize_t n)
{
    return calculate_log2_keysize((n * 3 + 1) / 2);
}

static GlDictKeys *
new_keys(uint8_t log2_size, int unicode)
{
    uint8_t log2_bytes;
    if (log2_size < 8) {
        log2_bytes = log2_size;
    }
    else if (log2_size < 16) {
        log2_bytes = log2_size + 1;
    }
    else if (log2_size >= 32) {
        log2_bytes = log2_size + 3;
    }
    else {
        log2_bytes = log2_size + 2;
    }
    Gl_ssize_t usable = USABLE_FRACTION((Gl_ssize_t)1 << log2_size);
    GlDictKeys *dk;
    if (log2_size == LOG_MINSIZE && keys_numfree > 0) {
        dk = keys_free_list[--keys_numfree];
    }
    else {
        size_t sz = sizeof(GlDictKeys) + ((size_t)1 << log2_bytes)
                    + (size_t)usable * sizeof(DictEntry);
        dk = (GlDictKeys *)GlMem_Malloc(sz);
        if (dk == NULL) {
            GlErr_NoMemory();
            return NULL;
        }
    }
    dk->dk_log2_size = log2_size;
    dk->dk_log2_index_bytes = log2_bytes;
    dk->dk_kind = unicode ? DK_UNICODE : DK_GENERAL;
    dk->dk_usable = usable;
    dk->dk_nentries = 0;
    dk->dk_uid = ++keys_uid_counter;
    memset(dk + 1, 0xff, (size_t)1 << log2_bytes);
    memset(dk_entries(dk), 0, (size_t)usable * sizeof(DictEntry));
    return dk;
}

/* Frees a table whose entries were already released (or moved). */
static void
free_keys_block(GlDictKeys *dk)
{
    if (dk == EMPTY_KEYS) {
        return;
    }
    if (dk->dk_log2_size == LOG_MINSIZE && keys_numfree < DICT_MAXFREELIST) {
        keys_free_list[keys_numfree++] = dk;
        return;
    }
    GlMem_Free(dk);
}

/* Releases every entry, then the table. May run Python code (finalizers). */
static void
free_keys(GlDictKeys *dk)
{
    if (dk == EMPTY_KEYS) {
        return;
    }
    DictEntry *ep = dk_entries(dk);
    Gl_ssize_t n = dk->dk_nentries;
    for (Gl_ssize_t i = 0; i < n; i++) {
        Gl_XDECREF(ep[i].me_key);
        Gl_XDECREF(ep[i].me_value);
    }
    free_keys_block(dk);
}

static inline Gl_ssize_t
keys_sizeof(const GlDictKeys *k)
{
    Gl_ssize_t entry = k->dk_kind == DK_UNICODE ? 16 : 24;
    return 32 + ((Gl_ssize_t)1 << k->dk_log2_index_bytes)
           + USABLE_FRACTION((Gl_ssize_t)dk_size(k)) * entry;
}

/* ---- hashing helpers ---- */

static inline Gl_hash_t
key_hash(GlObject *key)
{
    if (GlStr_CheckExact(key)) {
        Gl_hash_t h = ((GlStrObject *)key)->hash;
        if (h != -1) {
            return h;
        }
    }
    return GlObject_Hash(key);   // may run Python
}

static inline int
may_be_tracked(GlObject *o)
{
    if (!GlObject_IS_GC(o)) {
        return 0;
    }
    if (GlTuple_CheckExact(o)) {
        return GlObject_GC_IsTracked(o);
    }
    return 1;
}

static inline void
maintain_tracking(GlDictObject *mp, GlObject *key, GlObject *value)
{
    if (!GlObject_GC_IsTracked((GlObject *)mp)
        && (may_be_tracked(key) || may_be_tracked(value))) {
        GlObject_GC_Track(mp);
    }
}

/* ---- lookup ---- */

/* Exact-str key in a unicode table: no Python code can run. */
static Gl_ssize_t
lookup_unicode(GlDictKeys *dk, GlObject *key, Gl_hash_t hash)
{
    DictEntry *ep0 = dk_entries(dk);
    size_t mask = dk_size(dk) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        Gl_ssize_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            DictEntry *ep = &ep0[ix];
            if (ep->me_key == key
                || (ep->me_hash == hash && ep->me_key != NULL && GlStr_Equal(ep->me_key, key))) {
                return ix;
            }
        }
        else if (ix == DKIX_EMPTY) {
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* Finds key: its entry index with *value_addr = the value (borrowed), or DKIX_EMPTY
 * with *value_addr = NULL, or DKIX_ERROR. May run Python code (__eq__). */
static Gl_ssize_t
dict_lookup(GlDictObject *mp, GlObject *key, Gl_hash_t hash, GlObject **value_addr)
{
top:;
    GlDictKeys *dk = mp->ma_keys;
    if (dk->dk_kind == DK_UNICODE && GlStr_CheckExact(key)) {
        Gl_ssize_t ix = lookup_unicode(dk, key, hash);
        *value_addr = ix >= 0 ? dk_entries(dk)[ix].me_value : NULL;
        return ix;
    }
    DictEntry *ep0 = dk_entries(dk);
    size_t mask = dk_size(dk) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        Gl_ssize_t ix = dk_get_index(dk, i);
        if (ix >= 0) {
            DictEntry *ep = &ep0[ix];
            GlObject *startkey = ep->me_key;
            if (startkey == key) {
                *value_addr = ep->me_value;
                return ix;
            }
            if (ep->me_hash == hash && startkey != NULL) {
                if (GlStr_CheckExact(startkey) && GlStr_CheckExact(key)) {
                    if (GlStr_Equal(startkey, key)) {
                        *value_addr = ep->me_value;
                        return ix;
                    }
                }
                else {
                    Gl_INCREF(startkey);
                    int cmp = GlObject_RichCompareBool(startkey, key, Gl_EQ);   // Python
                    Gl_DECREF(startkey);
                    if (cmp < 0) {
                        *value_addr = NULL;
                        return DKIX_ERROR;
                    }
                    if (dk == mp->ma_keys && ep->me_key == startkey) {
                        if (cmp > 0) {
                            *value_addr = ep->me_value;
                            return ix;
                        }
                    }
                    else {
                        goto top;   // the dict was mutated: restart
                    }
                }
            }
        }
        else if (ix == DKIX_EMPTY) {
            *value_addr = NULL;
            return DKIX_EMPTY;
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

/* The index slot holding entry ix. */
static size_t
lookdict_index(GlDictKeys *k, Gl_hash_t hash, Gl_ssize_t index)
{
    size_t mask = dk_size(k) - 1;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        Gl_ssize_t ix = dk_get_index(k, i);
        if (ix == index) {
            return i;
        }
        if (ix == DKIX_EMPTY) {
            Gl_FatalError("dict: lookdict_index failed");
        }
        perturb >>= PERTURB_SHIFT;
        i = mask & (i * 5 + perturb + 1);
    }
}

static size_t
find_empty_slot(GlDictKeys *keys, Gl_hash_t hash)
{
    size_t mask = dk_size(keys) - 1;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    Gl_ssize_t ix = dk_get_index(keys, i);
    while (ix >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
        ix = dk_get_index(keys, i);
    }
    return i;
}

static void
build_indices(GlDictKeys *keys, DictEntry *ep, Gl_ssize_t n)
{
    size_t mask = dk_size(keys) - 1;
    for (Gl_ssize_t ix = 0; ix != n; ix++, ep++) {
        Gl_hash_t hash = ep->me_hash;
        size_t i = (size_t)hash & mask;
        for (size_t perturb = (size_t)hash; dk_get_index(keys, i) != DKIX_EMPTY;) {
            perturb >>= PERTURB_SHIFT;
            i = mask & (i * 5 + perturb + 1);
        }
        dk_set_index(keys, i, ix);
    }
}

/* Moves the live entries into a new table of 2**log2_newsize slots (compacting). */
static int
dictresize(GlDictObject *mp, uint8_t log2_newsize, int unicode)
{
    GlDictKeys *oldkeys = mp->ma_keys;
    if (oldkeys->dk_kind != DK_UNICODE) {
        unicode = 0;
    }
    if (log2_newsize >= sizeof(size_t) * 8) {
        GlErr_NoMemory();
        return -1;
    }
    GlDictKeys *newkeys = new_keys(log2_newsize, unicode);
    if (newkeys == NULL) {
        return -1;
    }
    Gl_ssize_t numentries = mp->ma_used;
    DictEntry *oldentries = dk_entries(oldkeys), *newentries = dk_entries(newkeys);
    if (oldkeys->dk_nentries == numentries) {
        memcpy(newentries, oldentries, (size_t)numentries * sizeof(DictEntry));
    }
    else {
        DictEntry *ep = oldentries;
        for (Gl_ssize_t i = 0; i < numentries; i++) {
            while (ep->me_value == NULL) {
                ep++;
            }
            newentries[i] = *ep++;
        }
    }
    build_indices(newkeys, newentries, numentries);
    newkeys->dk_usable -= numentries;
    newkeys->dk_nentries = numentries;
    mp->ma_keys = newkeys;
    free_keys_block(oldkeys);
    return 0;
}

static int
insertion_resize(GlDictObject *mp, int unicode)
{
    return dictresize(mp, calculate_log2_keysize(GROWTH_RATE(mp)), unicode);
}

/* First insert into a dict still on the shared empty table. Steals key, value. */
static int
insert_to_emptydict(GlDictObject *mp, GlObject *key, Gl_hash_t hash, GlObject *value)
{
    GlDictKeys *newkeys = new_keys(LOG_MINSIZE, GlStr_CheckExact(key));
    if (newkeys == NULL) {
        Gl_DECREF(key);
        Gl_DECREF(value);
        return -1;
    }
    maintain_tracking(mp, key, value);
    mp->ma_keys = newkeys;
    size_t hashpos = (size_t)hash & (MINSIZE - 1);
    dk_set_index(newkeys, hashpos, 0);
    DictEntry *ep = dk_entries(newkeys);
    ep->me_key = key;
    ep->me_hash = hash;
    ep->me_value = value;
    mp->ma_used++;
    newkeys->dk_usable--;
    newkeys->dk_nentries++;
    return 0;
}

/* d[key] = value, stealing both references. 0 / -1. May run Python code. */
static int
insertdict(GlDictObject *mp, GlObject *key, Gl_hash_t hash, GlObject *value)
{
    if (mp->ma_keys == EMPTY_KEYS) {
        return insert_to_emptydict(mp, key, hash, value);
    }
    if (mp->ma_keys->dk_kind == DK_UNICODE && !GlStr_CheckExact(key)) {
        if (insertion_resize(mp, 0) < 0) {
            goto fail;
        }
    }
    GlObject *old_value;
    Gl_ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) {
        goto fail;
    }
    maintain_tracking(mp, key, value);
    if (ix == DKIX_EMPTY) {
        if (mp->ma_keys->dk_usable <= 0 && insertion_resize(mp, 1) < 0) {
            goto fail;
        }
        GlDictKeys *dk = mp->ma_keys;
        size_t hashpos = find_empty_slot(dk, hash);
        dk_set_index(dk, hashpos, dk->dk_nentries);
        DictEntry *ep = &dk_entries(dk)[dk->dk_nentries];
        ep->me_key = key;
        ep->me_hash = hash;
        ep->me_value = value;
        mp->ma_used++;
        dk->dk_usable--;
        dk->dk_nentries++;
        return 0;
    }
    if (old_value != value) {
        dk_entries(mp->ma_keys)[ix].me_value = value;
        Gl_DECREF(old_value);   // may run Python
    }
    else {
        Gl_DECREF(value);
    }
    Gl_DECREF(key);
    return 0;
fail:
    Gl_DECREF(value);
    Gl_DECREF(key);
    return -1;
}

/* Remove entry ix (whose value is old_value). May run Python code (releases). */
static void
delitem_common(GlDictObject *mp, Gl_hash_t hash, Gl_ssize_t ix, GlObject *old_value)
{
    GlDictKeys *dk = mp->ma_keys;
    size_t hashpos = lookdict_index(dk, hash, ix);
    mp->ma_used--;
    dk_set_index(dk, hashpos, DKIX_DUMMY);
    DictEntry *ep = &dk_entries(dk)[ix];
    GlObject *old_key = ep->me_key;
    ep->me_key = NULL;
    ep->me_value = NULL;
    Gl_DECREF(old_key);
    Gl_DECREF(old_value);
}

/* ---- creation ---- */

static GlObject *
new_dict_object(void)
{
    GlDictObject *mp;
    if (dict_numfree > 0) {
        mp = dict_free_list[--dict_numfree];
        mp->ob_base.ob_refcnt = 1;
        GL_REF_INC();
    }
    else {
        mp = (GlDictObject *)GlObject_GC_New(&GlDict_Type, 0);
        if (mp == NULL) {
            return NULL;
        }
    }
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_used = 0;
    return (GlObject *)mp;
}

GlObject *
GlDict_New(void) GL_NEWREF
{
    return new_dict_object();
}

static GlObject *
dict_new_presized(Gl_ssize_t minused, int unicode)
{
    if (minused <= USABLE_FRACTION(MINSIZE)) {
        return new_dict_object();
    }
    if (minused > USABLE_FRACTION(MAX_PRESIZE)) {
        minused = USABLE_FRACTION(MAX_PRESIZE);
    }
    GlDictKeys *keys = new_keys(estimate_log2_keysize(minused), unicode);
    if (keys == NULL) {
        return NULL;
    }
    GlDictObject *mp = (GlDictObject *)new_dict_object();
    if (mp == NULL) {
        free_keys_block(keys);
        return NULL;
    }
    mp->ma_keys = keys;
    return (GlObject *)mp;
}

GlObject *
GlDict_NewPresized(Gl_ssize_t n) GL_NEWREF
{
    return dict_new_presized(n, 0);
}

GlObject *
GlDict_FromItems(GlObject *const *keys, Gl_ssize_t keys_offset, GlObject *const *values,
                 Gl_ssize_t values_offset, Gl_ssize_t length) GL_NEWREF
{
    int unicode = 1;
    for (Gl_ssize_t i = 0; i < length; i++) {
        if (!GlStr_CheckExact(keys[i * keys_offset])) {
            unicode = 0;
            break;
        }
    }
    GlObject *dict = dict_new_presized(length, unicode);
    if (dict == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < length; i++) {
        if (GlDict_SetItem(dict, keys[i * keys_offset], values[i * values_offset]) < 0) {
            Gl_DECREF(dict);
            return NULL;
        }
    }
    return dict;
}

/* ---- the C API ---- */

GlObject *
GlDict_GetItemKnownHash(GlObject *op, GlObject *key, Gl_hash_t hash) GL_BORROWED
{
    GlObject *value;
    Gl_ssize_t ix = dict_lookup((GlDictObject *)op, key, hash, &value);
    (void)ix;
    return value;
}

GlObject *
GlDict_GetItemWithError(GlObject *op, GlObject *key) GL_BORROWED
{
    GlDictObject *mp = (GlDictObject *)op;
    Gl_hash_t hash;
    if (GlStr_CheckExact(key) && (hash = ((GlStrObject *)key)->hash) != -1) {
        GlDictKeys *dk = mp->ma_keys;
        if (dk->dk_kind == DK_UNICODE) {
            Gl_ssize_t ix = lookup_unicode(dk, key, hash);
            return ix >= 0 ? dk_entries(dk)[ix].me_value : NULL;
        }
    }
    else {
        hash = GlObject_Hash(key);
        if (hash == -1) {
            return NULL;
        }
    }
    GlObject *value;
    dict_lookup(mp, key, hash, &value);
    return value;
}

GlObject *
GlDict_GetItemHinted(GlObject *op, GlObject *key, Gl_ssize_t *hint) GL_BORROWED
{
    GlDictObject *mp = (GlDictObject *)op;
    GlDictKeys *dk = mp->ma_keys;
    Gl_ssize_t h = *hint;
    if (h >= 0 && h < dk->dk_nentries) {
        DictEntry *ep = &dk_entries(dk)[h];
        if (ep->me_key == key) {
            return ep->me_value;
        }
    }
    if (!GlStr_CheckExact(key) || ((GlStrObject *)key)->hash == -1 || dk->dk_kind != DK_UNICODE) {
        return GlDict_GetItemWithError(op, key);
    }
    Gl_ssize_t ix = lookup_unicode(dk, key, ((GlStrObject *)key)->hash);
    if (ix < 0) {
        return NULL;
    }
    *hint = ix;
    return dk_entries(dk)[ix].me_value;
}

GlObject *
GlDict_GetItemString(GlObject *d, const char *key) GL_BORROWED
{
    GlObject *kv = GlStr_FromString(key);
    if (kv == NULL) {
        GlErr_Clear();
        return NULL;
    }
    GlObject *rv = GlDict_GetItemWithError(d, kv);
    Gl_DECREF(kv);
    if (rv == NULL && GlErr_Occurred()) {
        GlErr_Clear();
    }
    return rv;
}

int
GlDict_SetItem(GlObject *op, GlObject *key, GlObject *value)
{
    Gl_hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return insertdict((GlDictObject *)op, Gl_NewRef(key), hash, Gl_NewRef(value));
}

int
GlDict_SetItemKnownHash(GlObject *op, GlObject *key, GlObject *value, Gl_hash_t hash)
{
    return insertdict((GlDictObject *)op, Gl_NewRef(key), hash, Gl_NewRef(value));
}

int
GlDict_SetItemString(GlObject *d, const char *key, GlObject *value)
{
    GlObject *kv = GlStr_FromString(key);
    if (kv == NULL) {
        return -1;
    }
    GlStr_InternInPlace(&kv);
    int err = GlDict_SetItem(d, kv, value);
    Gl_DECREF(kv);
    return err;
}

/* KeyError(key) with key as the single argument. */
static void
set_key_error(GlObject *key)
{
    GlObject *tup = GlTuple_Pack(1, key);
    if (tup == NULL) {
        return;
    }
    GlErr_SetObject(GlExc_KeyError, tup);
    Gl_DECREF(tup);
}

int
GlDict_DelItem(GlObject *op, GlObject *key)
{
    Gl_hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    GlDictObject *mp = (GlDictObject *)op;
    GlObject *old_value;
    Gl_ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    if (ix == DKIX_EMPTY || old_value == NULL) {
        set_key_error(key);
        return -1;
    }
    delitem_common(mp, hash, ix, old_value);
    return 0;
}

int
GlDict_DelItemString(GlObject *d, const char *key)
{
    GlObject *kv = GlStr_FromString(key);
    if (kv == NULL) {
        return -1;
    }
    int err = GlDict_DelItem(d, kv);
    Gl_DECREF(kv);
    return err;
}

int
GlDict_Contains(GlObject *op, GlObject *key)
{
    Gl_hash_t hash = key_hash(key);
    if (hash == -1) {
        return -1;
    }
    GlObject *value;
    Gl_ssize_t ix = dict_lookup((GlDictObject *)op, key, hash, &value);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    return ix != DKIX_EMPTY && value != NULL;
}

int
GlDict_ContainsKnownHash(GlObject *op, GlObject *key, Gl_hash_t hash)
{
    GlObject *value;
    Gl_ssize_t ix = dict_lookup((GlDictObject *)op, key, hash, &value);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    return ix != DKIX_EMPTY && value != NULL;
}

static int
dict_pop_known_hash(GlDictObject *mp, GlObject *key, Gl_hash_t hash, GlObject **result)
{
    *result = NULL;
    if (mp->ma_used == 0) {
        return 0;
    }
    GlObject *old_value;
    Gl_ssize_t ix = dict_lookup(mp, key, hash, &old_value);
    if (ix == DKIX_ERROR) {
        return -1;
    }
    if (ix == DKIX_EMPTY || old_value == NULL) {
        return 0;
    }
    Gl_INCREF(old_value);
    delitem_common(mp, hash, ix, old_value);
    *result = old_value;
    return 1;
}

int
GlDict_Pop(GlObject *op, GlObject *key, GlObject **result)
{
    Gl_hash_t hash = key_hash(key);
    if (hash == -1) {
        *result = NULL;
        return -1;
    }
    return dict_pop_known_hash((GlDictObject *)op, key, hash, result);
}

int
GlDict_Next(GlObject *op, Gl_ssize_t *ppos, GlObject **pkey, GlObject **pvalue)
{
    GlDictObject *mp = (GlDictObject *)op;
    GlDictKeys *dk = mp->ma_keys;
    Gl_ssize_t i = *ppos, n = dk->dk_nentries;
    if (i < 0) {
        return 0;
    }
    DictEntry *ep = &dk_entries(dk)[i];
    while (i < n && ep->me_value == NULL) {
        ep++;
        i++;
    }
    if (i >= n) {
        return 0;
    }
    *ppos = i + 1;
    if (pkey) {
        *pkey = ep->me_key;
    }
    if (pvalue) {
        *pvalue = ep->me_value;
    }
    return 1;
}

int
GlDict_NextWithHash(GlObject *op, Gl_ssize_t *ppos, GlObject **pkey, GlObject **pvalue,
                    Gl_hash_t *phash)
{
    Gl_ssize_t before = *ppos;
    int r = GlDict_Next(op, ppos, pkey, pvalue);
    (void)before;
    if (r && phash) {
        *phash = dk_entries(((GlDictObject *)op)->ma_keys)[*ppos - 1].me_hash;
    }
    return r;
}

void
GlDict_Clear(GlObject *op)
{
    GlDictObject *mp = (GlDictObject *)op;
    GlDictKeys *oldkeys = mp->ma_keys;
    if (oldkeys == EMPTY_KEYS) {
        return;
    }
    mp->ma_keys = EMPTY_KEYS;
    mp->ma_used = 0;
    free_keys(oldkeys);   // may run Python
}

Gl_ssize_t
GlDict_Size(GlObject *op)
{
    if (op == NULL || !GlDict_Check(op)) {
        GlErr_BadInternalCall();
        return -1;
    }
    return ((GlDictObject *)op)->ma_used;
}

/* An exact copy of a combined table (same size, same order, deleted slots too). */
static GlDictKeys *
clone_keys(GlDictObject *orig)
{
    GlDictKeys *ok = orig->ma_keys;
    size_t sz = sizeof(GlDictKeys) + ((size_t)1 << ok->dk_log2_index_bytes)
                + (size_t)USABLE_FRACTION((Gl_ssize_t)dk_size(ok)) * sizeof(DictEntry);
    GlDictKeys *keys;
    if (ok->dk_log2_size == LOG_MINSIZE && keys_numfree > 0) {
        keys = keys_free_list[--keys_numfree];
    }
    else {
        keys = (GlDictKeys *)GlMem_Malloc(sz);
        if (keys == NULL) {
            GlErr_NoMemory();
            return NULL;
        }
    }
    memcpy(keys, ok, sz);
    keys->dk_uid = ++keys_uid_counter;
    DictEntry *ep = dk_entries(keys);
    for (Gl_ssize_t i = 0; i < keys->dk_nentries; i++) {
        if (ep[i].me_value != NULL) {
            Gl_INCREF(ep[i].me_key);
            Gl_INCREF(ep[i].me_value);
        }
    }
    return keys;
}

GlObject *
GlDict_Copy(GlObject *o) GL_NEWREF
{
    GlDictObject *mp = (GlDictObject *)o;
    if (mp->ma_used == 0) {
        return GlDict_New();
    }
    if (Gl_TYPE(o)->tp_iter == GlDict_Type.tp_iter
        && mp->ma_used >= (mp->ma_keys->dk_nentries * 2) / 3) {
        GlDictKeys *keys = clone_keys(mp);
        if (keys == NULL) {
            return NULL;
        }
        GlDictObject *new = (GlDictObject *)new_dict_object();
        if (new == NULL) {
            free_keys(keys);
            return NULL;
        }
        new->ma_keys = keys;
        new->ma_used = mp->ma_used;
        if (GlObject_GC_IsTracked(o)) {
            GlObject_GC_Track(new);
        }
        return (GlObject *)new;
    }
    GlObject *copy = GlDict_New();
    if (copy == NULL) {
        return NULL;
    }
    if (GlDict_Merge(copy, o, 1) < 0) {
        Gl_DECREF(copy);
        return NULL;
    }
    return copy;
}

/* Merge a dict `other` into mp. override: 1 replace, 0 keep, 2 raise KeyError. */
static int
dict_merge_dict(GlDictObject *mp, GlDictObject *other, int override)
{
    if (other == mp || other->ma_used == 0) {
        return 0;
    }
    if (mp->ma_used == 0) {
        override = 1;
        GlDictKeys *okeys = other->ma_keys;
        if (other->ma_used == okeys->dk_nentries
            && (okeys->dk_log2_size == LOG_MINSIZE
                || USABLE_FRACTION((Gl_ssize_t)dk_size(okeys) / 2) < other->ma_used)) {
            GlDictKeys *keys = clone_keys(other);
            if (keys == NULL) {
                return -1;
            }
            GlDictKeys *oldkeys = mp->ma_keys;
            mp->ma_keys = keys;
            mp->ma_used = other->ma_used;
            free_keys(oldkeys);   // holds only deleted entries
            if (GlObject_GC_IsTracked((GlObject *)other)
                && !GlObject_GC_IsTracked((GlObject *)mp)) {
                GlObject_GC_Track(mp);
            }
            return 0;
        }
    }
    if (USABLE_FRACTION((Gl_ssize_t)dk_size(mp->ma_keys)) < other->ma_used) {
        int unicode = other->ma_keys->dk_kind == DK_UNICODE;
        if (dictresize(mp, estimate_log2_keysize(mp->ma_used + other->ma_used), unicode) < 0) {
            return -1;
        }
    }
    GlDictKeys *okeys = other->ma_keys;
    Gl_ssize_t n = okeys->dk_nentries;
    for (Gl_ssize_t i = 0; i < n; i++) {
        DictEntry *entry = &dk_entries(okeys)[i];
        GlObject *value = entry->me_value;
        if (value == NULL) {
            continue;
        }
        GlObject *key = Gl_NewRef(entry->me_key);
        Gl_hash_t hash = entry->me_hash;
        Gl_INCREF(value);
        int err = 0;
        if (override == 1) {
            err = insertdict(mp, Gl_NewRef(key), hash, Gl_NewRef(value));
        }
        else {
            err = GlDict_ContainsKnownHash((GlObject *)mp, key, hash);
            if (err == 0) {
                err = insertdict(mp, Gl_NewRef(key), hash, Gl_NewRef(value));
            }
            else if (err > 0) {
                if (override != 0) {
                    set_key_error(key);
                    err = -1;
                }
                else {
                    err = 0;
                }
            }
        }
        Gl_DECREF(value);
        Gl_DECREF(key);
        if (err != 0) {
            return -1;
        }
        if (n != other->ma_keys->dk_nentries || okeys != other->ma_keys) {
            GlErr_SetString(GlExc_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/* Merge any mapping with keys() and __getitem__. */
static int
dict_merge_mapping(GlDictObject *mp, GlObject *b, int override)
{
    GlObject *keys = GlMapping_Keys(b);
    if (keys == NULL) {
        return -1;
    }
    GlObject *iter = GlObject_GetIter(keys);
    Gl_DECREF(keys);
    if (iter == NULL) {
        return -1;
    }
    GlObject *key;
    while ((key = GlIter_Next(iter)) != NULL) {
        if (override != 1) {
            int status = GlDict_Contains((GlObject *)mp, key);
            if (status != 0) {
                if (status > 0) {
                    if (override == 0) {
                        Gl_DECREF(key);
                        continue;
                    }
                    set_key_error(key);
                }
                Gl_DECREF(key);
                Gl_DECREF(iter);
                return -1;
            }
        }
        GlObject *value = GlObject_GetItem(b, key);
        if (value == NULL) {
            Gl_DECREF(iter);
            Gl_DECREF(key);
            return -1;
        }
        int status = GlDict_SetItem((GlObject *)mp, key, value);
        Gl_DECREF(key);
        Gl_DECREF(value);
        if (status < 0) {
            Gl_DECREF(iter);
            return -1;
        }
    }
    Gl_DECREF(iter);
    return GlErr_Occurred() ? -1 : 0;
}

int
GlDict_Merge(GlObject *a, GlObject *b, int override)
{
    if (a == NULL || !GlDict_Check(a) || b == NULL) {
        GlErr_BadInternalCall();
        return -1;
    }
    if (GlDict_Check(b) && Gl_TYPE(b)->tp_iter == GlDict_Type.tp_iter) {
        return dict_merge_dict((GlDictObject *)a, (GlDictObject *)b, override);
    }
    return dict_merge_mapping((GlDictObject *)a, b, override);
}

/* d.update(seq2) where seq2 is an iterable of pairs. */
int
GlDict_MergeFromSeq2(GlObject *d, GlObject *seq2, int override)
{
    GlObject *it = GlObject_GetIter(seq2);
    if (it == NULL) {
        return -1;
    }
    Gl_ssize_t i;
    GlObject *item = NULL, *fast = NULL;
    for (i = 0;; ++i) {
        fast = NULL;
        item = GlIter_Next(it);
        if (item == NULL) {
            if (GlErr_Occurred()) {
                goto fail;
            }
            break;
        }
        fast = GlSequence_Fast(item, "");
        if (fast == NULL) {
            if (GlErr_ExceptionMatches(GlExc_TypeError)) {
                GlErr_Format(GlExc_TypeError,
                             "cannot convert dictionary update sequence element #%zd to a sequence",
                             i);
            }
            goto fail;
        }
        Gl_ssize_t n = Gl_SIZE(fast);
        if (n != 2) {
            GlErr_Format(GlExc_ValueError,
                         "dictionary update sequence element #%zd has length %zd; 2 is required",
                         i, n);
            goto fail;
        }
        GlObject **items = GlList_Check(fast) ? ((GlListObject *)fast)->ob_item : GlTuple_ITEMS(fast);
        GlObject *key = Gl_NewRef(items[0]), *value = Gl_NewRef(items[1]);
        int status = 0;
        if (override) {
            status = GlDict_SetItem(d, key, value);
        }
        else {
            status = GlDict_Contains(d, key);
            if (status == 0) {
                status = GlDict_SetItem(d, key, value);
            }
            else if (status > 0) {
                status = 0;
            }
        }
        Gl_DECREF(key);
        Gl_DECREF(value);
        if (status < 0) {
            goto fail;
        }
        Gl_DECREF(fast);
        Gl_DECREF(item);
    }
    Gl_DECREF(it);
    return 0;
fail:
    Gl_XDECREF(item);
    Gl_XDECREF(fast);
    Gl_DECREF(it);
    return -1;
}

/* dict.update(arg) for one positional argument: dict, mapping with keys(), pairs. */
static int
dict_update_arg(GlObject *self, GlObject *arg)
{
    if (GlDict_CheckExact(arg)) {
        return GlDict_Merge(self, arg, 1);
    }
    GlObject *func;
    int r = GlObject_LookupAttr(arg, GL_ID(keys), &func);
    if (r < 0) {
        return -1;
    }
    if (r > 0) {
        Gl_DECREF(func);
        return GlDict_Merge(self, arg, 1);
    }
    return GlDict_MergeFromSeq2(self, arg, 1);
}

int
GlDict_Update(GlObject *a, GlObject *b)
{
    return dict_update_arg(a, b);
}

GlObject *
GlDict_SetDefault(GlObject *d, GlObject *key, GlObject *defaultobj) GL_BORROWED
{
    GlDictObject *mp = (GlDictObject *)d;
    Gl_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    GlObject *value;
    Gl_ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix == DKIX_EMPTY || value == NULL) {
        if (insertdict(mp, Gl_NewRef(key), hash, Gl_NewRef(defaultobj)) < 0) {
            return NULL;
        }
        return defaultobj;   // the dict now holds it
    }
    return value;
}

/* A list of the keys / values / (key, value) tuples. */
static GlObject *
dict_to_list(GlObject *op, int what)
{
    GlDictObject *mp = (GlDictObject *)op;
again:;
    Gl_ssize_t n = mp->ma_used;
    GlObject *v = GlList_New(n);
    if (v == NULL) {
        return NULL;
    }
    if (what == 2) {
        for (Gl_ssize_t i = 0; i < n; i++) {
            GlObject *item = GlTuple_New(2);   // may collect, run Python
            if (item == NULL) {
                Gl_DECREF(v);
                return NULL;
            }
            GlList_SET_ITEM(v, i, item);
        }
    }
    if (n != mp->ma_used) {
        Gl_DECREF(v);
        goto again;   // resized by a collection
    }
    Gl_ssize_t pos = 0, j = 0;
    GlObject *key, *value;
    while (GlDict_Next(op, &pos, &key, &value)) {
        if (what == 0) {
            GlList_SET_ITEM(v, j, Gl_NewRef(key));
        }
        else if (what == 1) {
            GlList_SET_ITEM(v, j, Gl_NewRef(value));
        }
        else {
            GlObject *item = GlList_GET_ITEM(v, j);
            GlTuple_SET_ITEM(item, 0, Gl_NewRef(key));
            GlTuple_SET_ITEM(item, 1, Gl_NewRef(value));
        }
        j++;
    }
    return v;
}

GlObject *
GlDict_Keys(GlObject *d) GL_NEWREF
{
    return dict_to_list(d, 0);
}

GlObject *
GlDict_Values(GlObject *d) GL_NEWREF
{
    return dict_to_list(d, 1);
}

GlObject *
GlDict_Items(GlObject *d) GL_NEWREF
{
    return dict_to_list(d, 2);
}

void
GlDict_ClearFreeList(void)
{
    while (dict_numfree > 0) {
        GlObject_GC_Del(dict_free_list[--dict_numfree]);
    }
    while (keys_numfree > 0) {
        GlMem_Free(keys_free_list[--keys_numfree]);
    }
}

void
GlDict_MaybeUntrack(GlObject *op)
{
    GlDictObject *mp = (GlDictObject *)op;
    if (!GlObject_GC_IsTracked(op)) {
        return;
    }
    GlDictKeys *dk = mp->ma_keys;
    DictEntry *ep = dk_entries(dk);
    Gl_ssize_t n = dk->dk_nentries;
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *value = ep[i].me_value;
        if (value == NULL) {
            continue;
        }
        if (may_be_tracked(value) || may_be_tracked(ep[i].me_key)) {
            return;
        }
    }
    GlObject_GC_UnTrack(op);
}

Gl_ssize_t
GlDict_NEntries(GlObject *op)
{
    return ((GlDictObject *)op)->ma_keys->dk_nentries;
}

/* ---- slots ---- */

static void
dict_dealloc(GlObject *self)
{
    GlDictObject *mp = (GlDictObject *)self;
    GlObject_GC_UnTrack(mp);
    GlDictKeys *keys = mp->ma_keys;
    mp->ma_keys = EMPTY_KEYS;
    free_keys(keys);
    if (GlDict_CheckExact(self) && dict_numfree < DICT_MAXFREELIST) {
        dict_free_list[dict_numfree++] = mp;
        return;
    }
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
dict_repr(GlObject *self)
{
    GlDictObject *mp = (GlDictObject *)self;
    if (mp->ma_used == 0) {
        return GlStr_FromString("{}");
    }
    int rc = Gl_ReprEnter(self);
    if (rc != 0) {
        return rc > 0 ? GlStr_FromString("{...}") : NULL;
    }
    GlObject *res = NULL, *parts = GlList_New(0);
    if (parts == NULL) {
        goto done;
    }
    Gl_ssize_t pos = 0;
    GlObject *key, *value;
    while (GlDict_Next(self, &pos, &key, &value)) {
        Gl_INCREF(key);
        Gl_INCREF(value);
        GlObject *kr = GlObject_Repr(key);   // may run Python
        GlObject *vr = kr ? GlObject_Repr(value) : NULL;
        Gl_DECREF(key);
        Gl_DECREF(value);
        GlObject *s = vr ? GlStr_FromFormat("%U: %U", kr, vr) : NULL;
        Gl_XDECREF(kr);
        Gl_XDECREF(vr);
        if (s == NULL) {
            goto done;
        }
        int err = GlList_Append(parts, s);
        Gl_DECREF(s);
        if (err < 0) {
            goto done;
        }
    }
    res = GlRepr_JoinParts("{", parts, "}");
done:
    Gl_XDECREF(parts);
    Gl_ReprLeave(self);
    return res;
}

static int
dict_traverse(GlObject *op, visitproc visit, void *arg)
{
    GlDictKeys *keys = ((GlDictObject *)op)->ma_keys;
    DictEntry *entries = dk_entries(keys);
    Gl_ssize_t n = keys->dk_nentries;
    int visit_keys = keys->dk_kind != DK_UNICODE;   // exact str keys hold no references
    for (Gl_ssize_t i = 0; i < n; i++) {
        if (entries[i].me_value != NULL) {
            Gl_VISIT(entries[i].me_value);
            if (visit_keys) {
                Gl_VISIT(entries[i].me_key);
            }
        }
    }
    return 0;
}

static int
dict_tp_clear(GlObject *op)
{
    GlDict_Clear(op);
    return 0;
}

/* 1 if a and b hold equal items, 0 if not, -1 on error. */
static int
dict_equal(GlDictObject *a, GlDictObject *b)
{
    if (a->ma_used != b->ma_used) {
        return 0;
    }
    for (Gl_ssize_t i = 0; i < a->ma_keys->dk_nentries; i++) {
        DictEntry *ep = &dk_entries(a->ma_keys)[i];
        GlObject *aval = ep->me_value;
        if (aval == NULL) {
            continue;
        }
        Gl_INCREF(aval);
        GlObject *key = Gl_NewRef(ep->me_key);
        Gl_hash_t hash = ep->me_hash;
        GlObject *bval;
        Gl_ssize_t ix = dict_lookup(b, key, hash, &bval);   // may run Python
        if (ix == DKIX_ERROR) {
            Gl_DECREF(key);
            Gl_DECREF(aval);
            return -1;
        }
        if (bval == NULL) {
            Gl_DECREF(key);
            Gl_DECREF(aval);
            return 0;
        }
        Gl_INCREF(bval);
        int cmp = GlObject_RichCompareBool(aval, bval, Gl_EQ);
        Gl_DECREF(key);
        Gl_DECREF(aval);
        Gl_DECREF(bval);
        if (cmp <= 0) {
            return cmp;
        }
    }
    return 1;
}

static GlObject *
dict_richcompare(GlObject *v, GlObject *w, int op)
{
    if (!GlDict_Check(v) || !GlDict_Check(w) || (op != Gl_EQ && op != Gl_NE)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    int cmp = dict_equal((GlDictObject *)v, (GlDictObject *)w);
    if (cmp < 0) {
        return NULL;
    }
    return GlBool_FromLong(cmp == (op == Gl_EQ));
}

static Gl_ssize_t
dict_length(GlObject *mp)
{
    return ((GlDictObject *)mp)->ma_used;
}

static GlObject *
dict_subscript(GlObject *op, GlObject *key)
{
    GlDictObject *mp = (GlDictObject *)op;
    Gl_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    GlObject *value;
    Gl_ssize_t ix = dict_lookup(mp, key, hash, &value);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix == DKIX_EMPTY || value == NULL) {
        if (!GlDict_CheckExact(op)) {
            int found = 0;
            GlObject *res = GlObject_CallSpecial(op, GL_ID(__missing__), &key, 1, &found);
            if (found || res != NULL) {
                return res;
            }
            if (GlErr_Occurred()) {
                return NULL;
            }
        }
        set_key_error(key);
        return NULL;
    }
    return Gl_NewRef(value);
}

static int
dict_ass_sub(GlObject *mp, GlObject *v, GlObject *w)
{
    if (w == NULL) {
        return GlDict_DelItem(mp, v);
    }
    return GlDict_SetItem(mp, v, w);
}

static int
dict_contains(GlObject *op, GlObject *key)
{
    return GlDict_Contains(op, key);
}

static int
dict_update_common(GlObject *self, GlObject *args, GlObject *kwds, const char *name)
{
    int result = 0;
    Gl_ssize_t nargs = args ? Gl_SIZE(args) : 0;
    if (nargs > 1) {
        GlErr_Format(GlExc_TypeError, "%s expected at most 1 argument, got %zd", name, nargs);
        return -1;
    }
    if (nargs == 1) {
        result = dict_update_arg(self, GlTuple_GET_ITEM(args, 0));
    }
    if (result == 0 && kwds != NULL && GlDict_GET_SIZE(kwds) > 0) {
        Gl_ssize_t pos = 0;
        GlObject *k;
        while (GlDict_Next(kwds, &pos, &k, NULL)) {
            if (!GlStr_Check(k)) {
                GlErr_SetString(GlExc_TypeError, "keywords must be strings");
                return -1;
            }
        }
        result = GlDict_Merge(self, kwds, 1);
    }
    return result;
}

static int
dict_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    return dict_update_common(self, args, kwds, "dict");
}

static GlObject *
dict_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    GlObject *self = type->tp_alloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    GlDictObject *d = (GlDictObject *)self;
    if (type == &GlDict_Type) {
        GlObject_GC_UnTrack(d);   // tracked by tp_alloc; a fresh dict is not
    }
    d->ma_used = 0;
    d->ma_keys = EMPTY_KEYS;
    return self;
}

static GlObject *
dict_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (GlArg_CheckPositional("dict", nargs, 0, 1) < 0) {
        return NULL;
    }
    GlObject *self = dict_new((GlTypeObject *)type, NULL, NULL);
    if (self == NULL) {
        return NULL;
    }
    if (nargs == 1 && dict_update_arg(self, args[0]) < 0) {
        Gl_DECREF(self);
        return NULL;
    }
    if (kwnames != NULL) {
        for (Gl_ssize_t i = 0; i < Gl_SIZE(kwnames); i++) {
            if (GlDict_SetItem(self, GlTuple_GET_ITEM(kwnames, i), args[nargs + i]) < 0) {
                Gl_DECREF(self);
                return NULL;
            }
        }
    }
    return self;
}

static GlObject *dict_iter(GlObject *dict);

/* ---- number protocol: | and |= ---- */

static GlObject *
dict_or(GlObject *self, GlObject *other)
{
    if (!GlDict_Check(self) || !GlDict_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlObject *new = GlDict_Copy(self);
    if (new == NULL) {
        return NULL;
    }
    if (dict_update_arg(new, other) < 0) {
        Gl_DECREF(new);
        return NULL;
    }
    return new;
}

static GlObject *
dict_ior(GlObject *self, GlObject *other)
{
    if (dict_update_arg(self, other) < 0) {
        return NULL;
    }
    return Gl_NewRef(self);
}

/* ---- methods ---- */

static GlObject *
dict_getitem_meth(GlObject *self, GlObject *key)
{
    return dict_subscript(self, key);
}

static GlObject *
dict_get_meth(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("get", nargs, 1, 2) < 0) {
        return NULL;
    }
    GlObject *key = args[0];
    Gl_hash_t hash = key_hash(key);
    if (hash == -1) {
        return NULL;
    }
    GlObject *val;
    Gl_ssize_t ix = dict_lookup((GlDictObject *)self, key, hash, &val);
    if (ix == DKIX_ERROR) {
        return NULL;
    }
    if (ix == DKIX_EMPTY || val == NULL) {
        val = nargs > 1 ? args[1] : Gl_None;
    }
    return Gl_NewRef(val);
}

static GlObject *
dict_setdefault_meth(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("setdefault", nargs, 1, 2) < 0) {
        return NULL;
    }
    GlObject *val = GlDict_SetDefault(self, args[0], nargs > 1 ? args[1] : Gl_None);
    return Gl_XNewRef(val);
}

static GlObject *
dict_pop_meth(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("pop", nargs, 1, 2) < 0) {
        return NULL;
    }
    GlObject *result;
    int r = GlDict_Pop(self, args[0], &result);
    if (r < 0) {
        return NULL;
    }
    if (r == 0) {
        if (nargs > 1) {
            return Gl_NewRef(args[1]);
        }
        set_key_error(args[0]);
        return NULL;
    }
    return result;
}

static GlObject *
dict_popitem_meth(GlObject *self, GlObject *unused)
{
    GlDictObject *mp = (GlDictObject *)self;
    GlObject *res = GlTuple_New(2);   // allocate first: it may run a collection
    if (res == NULL) {
        return NULL;
    }
    if (mp->ma_used == 0) {
        Gl_DECREF(res);
        GlErr_SetString(GlExc_KeyError, "popitem(): dictionary is empty");
        return NULL;
    }
    GlDictKeys *dk = mp->ma_keys;
    DictEntry *ep0 = dk_entries(dk);
    Gl_ssize_t i = dk->dk_nentries - 1;
    while (i >= 0 && ep0[i].me_value == NULL) {
        i--;
    }
    DictEntry *ep = &ep0[i];
    size_t j = lookdict_index(dk, ep->me_hash, i);
    dk_set_index(dk, j, DKIX_DUMMY);
    GlTuple_SET_ITEM(res, 0, ep->me_key);
    GlTuple_SET_ITEM(res, 1, ep->me_value);
    ep->me_key = NULL;
    ep->me_value = NULL;
    dk->dk_nentries = i;   // no dk_usable++: a DKIX_DUMMY stays in the indices
    dk->dk_uid = ++keys_uid_counter;   // entry i will hold another key
    mp->ma_used--;
    return res;
}

static GlObject *
dict_update_meth(GlObject *self, GlObject *args, GlObject *kwds)
{
    if (dict_update_common(self, args, kwds, "update") < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
dict_fromkeys(GlObject *cls, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("fromkeys", nargs, 1, 2) < 0) {
        return NULL;
    }
    GlObject *iterable = args[0], *value = nargs > 1 ? args[1] : Gl_None;
    GlObject *d = GlObject_CallNoArgs(cls);
    if (d == NULL) {
        return NULL;
    }
    if (GlDict_CheckExact(d) && ((GlDictObject *)d)->ma_used == 0) {
        GlDictObject *mp = (GlDictObject *)d;
        if (GlDict_CheckExact(iterable)) {
            GlDictObject *src = (GlDictObject *)iterable;
            if (dictresize(mp, estimate_log2_keysize(src->ma_used),
                           src->ma_keys->dk_kind == DK_UNICODE) < 0) {
                goto fail;
            }
            Gl_ssize_t pos = 0;
            GlObject *key;
            Gl_hash_t hash;
            while (GlDict_NextWithHash(iterable, &pos, &key, NULL, &hash)) {
                if (insertdict(mp, Gl_NewRef(key), hash, Gl_NewRef(value)) < 0) {
                    goto fail;
                }
            }
            return d;
        }
        if (GlAnySet_Check(iterable)) {
            if (dictresize(mp, estimate_log2_keysize(GlSet_Size(iterable)), 0) < 0) {
                goto fail;
            }
            Gl_ssize_t pos = 0;
            GlObject *key;
            Gl_hash_t hash;
            while (GlSet_Next(iterable, &pos, &key, &hash)) {
                if (insertdict(mp, Gl_NewRef(key), hash, Gl_NewRef(value)) < 0) {
                    goto fail;
                }
            }
            return d;
        }
    }
    GlObject *it = GlObject_GetIter(iterable);
    if (it == NULL) {
        goto fail;
    }
    GlObject *key;
    int status = 0;
    while ((key = GlIter_Next(it)) != NULL) {
        if (GlDict_CheckExact(d)) {
            status = GlDict_SetItem(d, key, value);
        }
        else {
            status = GlObject_SetItem(d, key, value);
        }
        Gl_DECREF(key);
        if (status < 0) {
            break;
        }
    }
    Gl_DECREF(it);
    if (status < 0 || GlErr_Occurred()) {
        goto fail;
    }
    return d;
fail:
    Gl_DECREF(d);
    return NULL;
}

static GlObject *
dict_copy_meth(GlObject *self, GlObject *unused)
{
    return GlDict_Copy(self);
}

static GlObject *
dict_clear_meth(GlObject *self, GlObject *unused)
{
    GlDict_Clear(self);
    Gl_RETURN_NONE;
}

static GlObject *
dict_contains_meth(GlObject *self, GlObject *key)
{
    int r = GlDict_Contains(self, key);
    if (r < 0) {
        return NULL;
    }
    return GlBool_FromLong(r);
}

static GlObject *
dict_sizeof_meth(GlObject *self, GlObject *unused)
{
    GlDictKeys *k = ((GlDictObject *)self)->ma_keys;
    Gl_ssize_t res = 48;   // CPython's sizeof(PyDictObject)
    if (k != EMPTY_KEYS) {
        res += keys_sizeof(k);
    }
    return GlInt_FromSsize_t(res);
}

static GlObject *dict_reversed_meth(GlObject *self, GlObject *unused);

static GlObject *
dict_keys_meth(GlObject *self, GlObject *unused)
{
    return GlDictView_New(self, &GlDictKeys_Type);
}

static GlObject *
dict_values_meth(GlObject *self, GlObject *unused)
{
    return GlDictView_New(self, &GlDictValues_Type);
}

static GlObject *
dict_items_meth(GlObject *self, GlObject *unused)
{
    return GlDictView_New(self, &GlDictItems_Type);
}

static GlMethodDef dict_methods[] = {
    {"__contains__", GL_FN(dict_contains_meth), GL_METH_O | GL_METH_COEXIST,
     "True if the dictionary has the specified key, else False."},
    {"__getitem__", GL_FN(dict_getitem_meth), GL_METH_O | GL_METH_COEXIST, "Return self[key]."},
    {"__sizeof__", GL_FN(dict_sizeof_meth), GL_METH_NOARGS,
     "Return the size of the dictionary in memory, in bytes."},
    {"get", GL_FN(dict_get_meth), GL_METH_FASTCALL,
     "Return the value for key if key is in the dictionary, else default."},
    {"setdefault", GL_FN(dict_setdefault_meth), GL_METH_FASTCALL,
     "Insert key with a value of default if key is not in the dictionary."},
    {"pop", GL_FN(dict_pop_meth), GL_METH_FASTCALL,
     "Remove the specified key and return the corresponding value."},
    {"popitem", GL_FN(dict_popitem_meth), GL_METH_NOARGS,
     "Remove and return a (key, value) pair as a 2-tuple."},
    {"keys", GL_FN(dict_keys_meth), GL_METH_NOARGS,
     "Return a set-like object providing a view on the dictionary's keys."},
    {"items", GL_FN(dict_items_meth), GL_METH_NOARGS,
     "Return a set-like object providing a view on the dictionary's items."},
    {"values", GL_FN(dict_values_meth), GL_METH_NOARGS,
     "Return an object providing a view on the dictionary's values."},
    {"update", GL_FN(dict_update_meth), GL_METH_VARARGS | GL_METH_KEYWORDS,
     "Update the dictionary from a mapping or iterable of pairs, then from keyword arguments."},
    {"fromkeys", GL_FN(dict_fromkeys), GL_METH_FASTCALL | GL_METH_CLASS,
     "Create a new dictionary with keys from iterable and values set to value."},
    {"clear", GL_FN(dict_clear_meth), GL_METH_NOARGS, "Remove all items from the dictionary."},
    {"copy", GL_FN(dict_copy_meth), GL_METH_NOARGS, "Return a shallow copy of the dictionary."},
    {"__reversed__", GL_FN(dict_reversed_meth), GL_METH_NOARGS,
     "Return a reverse iterator over the dict keys."},
    {NULL, NULL, 0, NULL},
};

static GlSequenceMethods dict_as_sequence = {
    .sq_contains = dict_contains,
};

static GlMappingMethods dict_as_mapping = {
    .mp_length = dict_length,
    .mp_subscript = dict_subscript,
    .mp_ass_subscript = dict_ass_sub,
};

static GlNumberMethods dict_as_number = {
    .nb_or = dict_or,
    .nb_inplace_or = dict_ior,
};

GlTypeObject GlDict_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "dict",
    .tp_basicsize = sizeof(GlDictObject),
    .tp_dealloc = dict_dealloc,
    .tp_repr = dict_repr,
    .tp_as_number = &dict_as_number,
    .tp_as_sequence = &dict_as_sequence,
    .tp_as_mapping = &dict_as_mapping,
    .tp_hash = GlObject_HashNotImplemented,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE | GL_TPFLAGS_DICT_SUBCLASS,
    .tp_doc = "dict() -> new empty dictionary",
    .tp_traverse = dict_traverse,
    .tp_clear = dict_tp_clear,
    .tp_richcompare = dict_richcompare,
    .tp_iter = dict_iter,
    .tp_methods = dict_methods,
    .tp_init = dict_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = dict_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = dict_vectorcall,
};

/* ---- iterators ---- */

typedef struct {
    GlObject ob_base;
    GlDictObject *di_dict;   // NULL once exhausted
    Gl_ssize_t di_used;      // ma_used when created (-1 once an error was raised)
    Gl_ssize_t di_pos;       // next entry index (reversed: counts down)
    GlObject *di_result;     // reusable (key, value) tuple for items, or NULL
    Gl_ssize_t len;          // items left
} DictIterObject;

static GlObject *
dictiter_new(GlDictObject *dict, GlTypeObject *itertype)
{
    DictIterObject *di = (DictIterObject *)GlObject_GC_New(itertype, 0);
    if (di == NULL) {
        return NULL;
    }
    di->di_dict = (GlDictObject *)Gl_NewRef(dict);
    di->di_used = dict->ma_used;
    di->len = dict->ma_used;
    int reversed = itertype == &GlDictRevIterKey_Type || itertype == &GlDictRevIterValue_Type
                   || itertype == &GlDictRevIterItem_Type;
    di->di_pos = reversed ? dict->ma_keys->dk_nentries - 1 : 0;
    di->di_result = NULL;
    if (itertype == &GlDictIterItem_Type || itertype == &GlDictRevIterItem_Type) {
        di->di_result = GlTuple_Pack(2, Gl_None, Gl_None);
        if (di->di_result == NULL) {
            Gl_DECREF(di);
            return NULL;
        }
    }
    GlObject_GC_Track(di);
    return (GlObject *)di;
}

GlObject *
GlDictIter_New(GlObject *dict, GlTypeObject *itertype) GL_NEWREF
{
    return dictiter_new((GlDictObject *)dict, itertype);
}

static GlObject *
dict_iter(GlObject *dict)
{
    return dictiter_new((GlDictObject *)dict, &GlDictIterKey_Type);
}

static GlObject *
dict_reversed_meth(GlObject *self, GlObject *unused)
{
    return dictiter_new((GlDictObject *)self, &GlDictRevIterKey_Type);
}

static void
dictiter_dealloc(GlObject *self)
{
    DictIterObject *di = (DictIterObject *)self;
    GlObject_GC_UnTrack(di);
    Gl_XDECREF(di->di_dict);
    Gl_XDECREF(di->di_result);
    GlObject_GC_Del(di);
}

static int
dictiter_traverse(GlObject *self, visitproc visit, void *arg)
{
    DictIterObject *di = (DictIterObject *)self;
    Gl_VISIT(di->di_dict);
    Gl_VISIT(di->di_result);
    return 0;
}

static GlObject *
dictiter_len(GlObject *self, GlObject *unused)
{
    DictIterObject *di = (DictIterObject *)self;
    Gl_ssize_t len = 0;
    if (di->di_dict != NULL && di->di_used == di->di_dict->ma_used) {
        len = di->len;
    }
    return GlInt_FromSsize_t(len);
}

/* The next live entry for a forward iterator, or NULL (exhausted or error). */
static DictEntry *
dictiter_advance(DictIterObject *di)
{
    GlDictObject *d = di->di_dict;
    if (d == NULL) {
        return NULL;
    }
    if (di->di_used != d->ma_used) {
        GlErr_SetString(GlExc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;   // make this state sticky
        return NULL;
    }
    GlDictKeys *k = d->ma_keys;
    Gl_ssize_t i = di->di_pos, n = k->dk_nentries;
    DictEntry *ep = &dk_entries(k)[i];
    while (i < n && ep->me_value == NULL) {
        ep++;
        i++;
    }
    if (i >= n) {
        goto fail;
    }
    if (di->len == 0) {
        GlErr_SetString(GlExc_RuntimeError, "dictionary keys changed during iteration");
        goto fail;
    }
    di->di_pos = i + 1;
    di->len--;
    return ep;
fail:
    di->di_dict = NULL;
    Gl_DECREF(d);
    return NULL;
}

static GlObject *
dictiter_iternextkey(GlObject *self)
{
    DictEntry *ep = dictiter_advance((DictIterObject *)self);
    return ep ? Gl_NewRef(ep->me_key) : NULL;
}

static GlObject *
dictiter_iternextvalue(GlObject *self)
{
    DictEntry *ep = dictiter_advance((DictIterObject *)self);
    return ep ? Gl_NewRef(ep->me_value) : NULL;
}

static GlObject *
make_item(DictIterObject *di, GlObject *key, GlObject *value)
{
    GlObject *result = di->di_result;
    Gl_INCREF(key);
    Gl_INCREF(value);
    if (result->ob_refcnt == 1) {
        /* Reuse the tuple: nobody else sees it. */
        GlObject *oldkey = GlTuple_GET_ITEM(result, 0), *oldvalue = GlTuple_GET_ITEM(result, 1);
        GlTuple_SET_ITEM(result, 0, key);
        GlTuple_SET_ITEM(result, 1, value);
        Gl_INCREF(result);
        Gl_DECREF(oldkey);
        Gl_DECREF(oldvalue);
        if (!GlObject_GC_IsTracked(result)) {
            GlObject_GC_Track(result);
        }
        return result;
    }
    result = GlTuple_New(2);
    if (result == NULL) {
        Gl_DECREF(key);
        Gl_DECREF(value);
        return NULL;
    }
    GlTuple_SET_ITEM(result, 0, key);
    GlTuple_SET_ITEM(result, 1, value);
    return result;
}

static GlObject *
dictiter_iternextitem(GlObject *self)
{
    DictIterObject *di = (DictIterObject *)self;
    DictEntry *ep = dictiter_advance(di);
    if (ep == NULL) {
        return NULL;
    }
    return make_item(di, ep->me_key, ep->me_value);
}

static DictEntry *
dictreviter_advance(DictIterObject *di)
{
    GlDictObject *d = di->di_dict;
    if (d == NULL) {
        return NULL;
    }
    if (di->di_used != d->ma_used) {
        GlErr_SetString(GlExc_RuntimeError, "dictionary changed size during iteration");
        di->di_used = -1;
        return NULL;
    }
    Gl_ssize_t i = di->di_pos;
    GlDictKeys *k = d->ma_keys;
    if (i < 0 || i >= k->dk_nentries) {
        goto fail;
    }
    DictEntry *ep = &dk_entries(k)[i];
    while (ep->me_value == NULL) {
        ep--;
        i--;
        if (i < 0) {
            goto fail;
        }
    }
    di->di_pos = i - 1;
    di->len--;
    return ep;
fail:
    di->di_pos = -1;
    di->di_dict = NULL;
    Gl_DECREF(d);
    return NULL;
}

static GlObject *
dictreviter_iternextkey(GlObject *self)
{
    DictEntry *ep = dictreviter_advance((DictIterObject *)self);
    return ep ? Gl_NewRef(ep->me_key) : NULL;
}

static GlObject *
dictreviter_iternextvalue(GlObject *self)
{
    DictEntry *ep = dictreviter_advance((DictIterObject *)self);
    return ep ? Gl_NewRef(ep->me_value) : NULL;
}

static GlObject *
dictreviter_iternextitem(GlObject *self)
{
    DictIterObject *di = (DictIterObject *)self;
    DictEntry *ep = dictreviter_advance(di);
    if (ep == NULL) {
        return NULL;
    }
    return make_item(di, ep->me_key, ep->me_value);
}

/* __reduce__ of all six: (iter, (list of what is left,)), as CPython 3.11, which lists a
 * copy of the iterator so that the iterator itself does not move. RuntimeError when the
 * dict changed size meanwhile. May run Python (releases). New reference. */
static GlObject *
dictiter_reduce(GlObject *self, GlObject *unused)
{
    DictIterObject *di = (DictIterObject *)self;
    DictIterObject *tmp = (DictIterObject *)GlObject_GC_New(Gl_TYPE(self), 0);
    if (tmp == NULL) {
        return NULL;
    }
    tmp->di_dict = (GlDictObject *)Gl_XNewRef((GlObject *)di->di_dict);
    tmp->di_used = di->di_used;
    tmp->di_pos = di->di_pos;
    tmp->di_result = Gl_XNewRef(di->di_result);   // shared: make_item makes fresh tuples
    tmp->len = di->len;
    GlObject_GC_Track(tmp);
    return GlIter_ReduceAsList((GlObject *)tmp);
}

static GlMethodDef dictiter_methods[] = {
    {"__length_hint__", GL_FN(dictiter_len), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(dictiter_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

#define DICTITER_TYPE(cname, pyname, nextfn)                     \
    GlTypeObject cname = {                                      \
        .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),      \
        .tp_name = pyname,                                      \
        .tp_basicsize = sizeof(DictIterObject),                 \
        .tp_dealloc = dictiter_dealloc,                         \
        .tp_flags = GL_TPFLAGS_HAVE_GC,                         \
        .tp_traverse = dictiter_traverse,                       \
        .tp_iter = GlIter_Self,                                 \
        .tp_iternext = nextfn,                                  \
        .tp_methods = dictiter_methods,                         \
        .tp_free = GlObject_GC_Del,                             \
    };

DICTITER_TYPE(GlDictIterKey_Type, "dict_keyiterator", dictiter_iternextkey)
DICTITER_TYPE(GlDictIterValue_Type, "dict_valueiterator", dictiter_iternextvalue)
DICTITER_TYPE(GlDictIterItem_Type, "dict_itemiterator", dictiter_iternextitem)
DICTITER_TYPE(GlDictRevIterKey_Type, "dict_reversekeyiterator", dictreviter_iternextkey)
DICTITER_TYPE(GlDictRevIterValue_Type, "dict_reversevalueiterator", dictreviter_iternextvalue)
DICTITER_TYPE(GlDictRevIterItem_Type, "dict_reverseitemiterator", dictreviter_iternextitem)
