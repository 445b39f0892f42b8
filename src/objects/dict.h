/* dict.h - dict: a compact, insertion-ordered hash table (CPython's layout: an
 * index table of 1/2/4/8-byte slots into a dense entries array).
 * Invariants: every live entry's key and value are owned; deleted entries keep their
 * place (key NULL) until the next resize. The inline caches of LOAD_GLOBAL
 * remember entry numbers, checked against the key (GlDict_EntryValueIfKey), and the
 * key table's dk_uid. */
#ifndef GLASS_OBJECTS_DICT_H
#define GLASS_OBJECTS_DICT_H

#include "../core/object.h"

/* The key table (layout owned by dict.c; exposed for the eval loop's inline caches).
 * dk_uid is unique to one table and one history of its entry numbers: it is renewed
 * whenever an entry number could come to hold another key (new table, clone, popitem),
 * so (dk_uid, dk_nentries) unchanged means no key was added since. */
typedef struct GlDictKeys {
    uint8_t dk_log2_size;         // table has 1 << dk_log2_size index slots
    uint8_t dk_log2_index_bytes;  // index table occupies 1 << this bytes
    uint8_t dk_kind;              // DK_UNICODE or DK_GENERAL
    uint8_t dk_pad[5];
    Gl_ssize_t dk_usable;         // entries still available at the end
    Gl_ssize_t dk_nentries;       // entries used (live or deleted)
    uint64_t dk_uid;              // see above; 0 for the shared empty table
    /* followed by the index table, then the entries */
} GlDictKeys;

typedef struct GlDictEntry {
    Gl_hash_t me_hash;
    GlObject *me_key;             // NULL for a deleted entry
    GlObject *me_value;           // NULL for a deleted entry
} GlDictEntry;

static inline GlDictEntry *
GlDictKeys_Entries(GlDictKeys *k)
{
    return (GlDictEntry *)((char *)(k + 1) + ((size_t)1 << k->dk_log2_index_bytes));
}

typedef struct GlDictObject {
    GlObject ob_base;
    Gl_ssize_t ma_used;        // number of live items
    GlDictKeys *ma_keys;       // owned table
} GlDictObject;

extern GlTypeObject GlDict_Type;
extern GlTypeObject GlDictKeys_Type, GlDictValues_Type, GlDictItems_Type;
extern GlTypeObject GlDictIterKey_Type, GlDictIterValue_Type, GlDictIterItem_Type;
extern GlTypeObject GlDictRevIterKey_Type, GlDictRevIterValue_Type, GlDictRevIterItem_Type;

/* The value of entry number ix of d when that entry holds exactly `key` (the same
 * object), else NULL. Borrowed. A dict has one live entry per key, so a hit is the
 * current value whatever happened to d since ix was remembered. */
static inline GlObject *
GlDict_EntryValueIfKey(GlObject *d, Gl_ssize_t ix, GlObject *key) GL_BORROWED
{
    GlDictKeys *k = ((GlDictObject *)d)->ma_keys;
    if ((size_t)ix < (size_t)k->dk_nentries) {
        GlDictEntry *ep = &GlDictKeys_Entries(k)[ix];
        if (ep->me_key == key) {
            return ep->me_value;
        }
    }
    return NULL;
}

static inline int GlDict_Check(GlObject *o) { return GlType_HasFeature(o->ob_type, GL_TPFLAGS_DICT_SUBCLASS); }
static inline int GlDict_CheckExact(GlObject *o) { return o->ob_type == &GlDict_Type; }
#define GlDict_GET_SIZE(op) (((GlDictObject *)(op))->ma_used)

GlObject *GlDict_New(void) GL_NEWREF;
/* Presized for n items. */
GlObject *GlDict_NewPresized(Gl_ssize_t n) GL_NEWREF;
/* Borrowed value or NULL; errors from hashing/comparing are reported (NULL with
 * exception set: check GlErr_Occurred). */
GlObject *GlDict_GetItemWithError(GlObject *d, GlObject *key) GL_BORROWED;
/* Same with a precomputed hash. */
GlObject *GlDict_GetItemKnownHash(GlObject *d, GlObject *key, Gl_hash_t hash) GL_BORROWED;
/* Lookup with an entry-index hint (inline caches): when entry *hint holds exactly
 * `key` (same object) its value is returned at once; otherwise a normal lookup runs
 * and *hint is updated. Borrowed; NULL when missing (check GlErr_Occurred). */
GlObject *GlDict_GetItemHinted(GlObject *d, GlObject *key, Gl_ssize_t *hint) GL_BORROWED;
/* Lookup by C string key (borrowed, NULL if missing, errors cleared). */
GlObject *GlDict_GetItemString(GlObject *d, const char *key) GL_BORROWED;
/* d[key] = value (new references taken). 0 / -1. */
int GlDict_SetItem(GlObject *d, GlObject *key, GlObject *value);
int GlDict_SetItemString(GlObject *d, const char *key, GlObject *value);
/* del d[key]: KeyError when missing. 0 / -1. */
int GlDict_DelItem(GlObject *d, GlObject *key);
int GlDict_DelItemString(GlObject *d, const char *key);
/* 1 present, 0 absent, -1 error. */
int GlDict_Contains(GlObject *d, GlObject *key);
/* Remove key if present: *result gets the value (new ref) or NULL. 1/0/-1. */
int GlDict_Pop(GlObject *d, GlObject *key, GlObject **result);
/* Iterate: start *pos at 0; returns 1 with borrowed *key and *value, 0 at the end. */
int GlDict_Next(GlObject *d, Gl_ssize_t *pos, GlObject **key, GlObject **value);
void GlDict_Clear(GlObject *d);
GlObject *GlDict_Copy(GlObject *d) GL_NEWREF;
/* d.update(other) where other is a dict or has keys(); or a sequence of pairs when
 * other has no keys(). 0 / -1. */
int GlDict_Update(GlObject *d, GlObject *other);
int GlDict_Merge(GlObject *d, GlObject *other, int override);
/* dict.setdefault: borrowed. */
GlObject *GlDict_SetDefault(GlObject *d, GlObject *key, GlObject *deflt) GL_BORROWED;
GlObject *GlDict_Keys(GlObject *d) GL_NEWREF;    // a list
GlObject *GlDict_Values(GlObject *d) GL_NEWREF;  // a list
GlObject *GlDict_Items(GlObject *d) GL_NEWREF;   // a list of tuples
Gl_ssize_t GlDict_Size(GlObject *d);
void GlDict_ClearFreeList(void);
/* Untrack d if it holds no objects that may be tracked (full collections). */
void GlDict_MaybeUntrack(GlObject *d);

/* {keys[i*keys_offset]: values[i*values_offset]} for i < length, presized (BUILD_MAP).
 * New reference. */
GlObject *GlDict_FromItems(GlObject *const *keys, Gl_ssize_t keys_offset,
                           GlObject *const *values, Gl_ssize_t values_offset,
                           Gl_ssize_t length) GL_NEWREF;
/* d[key] = value with the key's hash already known. 0 / -1. */
int GlDict_SetItemKnownHash(GlObject *d, GlObject *key, GlObject *value, Gl_hash_t hash);
/* 1/0/-1 with a known hash. */
int GlDict_ContainsKnownHash(GlObject *d, GlObject *key, Gl_hash_t hash);
/* d.update(iterable of pairs); override 0 keeps existing keys. 0 / -1 with CPython's
 * "dictionary update sequence element #%zd ..." messages. */
int GlDict_MergeFromSeq2(GlObject *d, GlObject *seq2, int override);
/* GlDict_Next that also reports the stored hash. */
int GlDict_NextWithHash(GlObject *d, Gl_ssize_t *pos, GlObject **key, GlObject **value,
                        Gl_hash_t *hash);
/* Number of entry slots used (live + deleted): the bound of GlDict_Next positions. */
Gl_ssize_t GlDict_NEntries(GlObject *d);
/* A new iterator of the given dict iterator type (GlDictIterKey_Type...). */
GlObject *GlDictIter_New(GlObject *d, GlTypeObject *itertype) GL_NEWREF;

/* dict_keys / dict_values / dict_items views (dictviews.c). */
typedef struct GlDictViewObject {
    GlObject ob_base;
    GlObject *dv_dict;         // the dict (owned)
} GlDictViewObject;
/* A new view of type GlDictKeys_Type, GlDictValues_Type or GlDictItems_Type. */
GlObject *GlDictView_New(GlObject *d, GlTypeObject *type) GL_NEWREF;
static inline int GlDictKeys_Check(GlObject *o) { return o->ob_type == &GlDictKeys_Type; }
static inline int GlDictItems_Check(GlObject *o) { return o->ob_type == &GlDictItems_Type; }
static inline int GlDictViewSet_Check(GlObject *o) { return GlDictKeys_Check(o) || GlDictItems_Check(o); }

#endif /* GLASS_OBJECTS_DICT_H */
