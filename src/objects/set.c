/* set.c - set, frozenset and the set iterator (CPython 3.11's setobject.c layout).
 *
 * Invariants:
 * - table has mask+1 slots (a power of two, at least 8: smalltable while small);
 *   a slot is empty (key NULL, hash 0), active (owned key and its hash) or a dummy
 *   (key set_dummy, hash -1); fill = active + dummy, used = active.
 * - lookups probe LINEAR_PROBES (9) neighbouring slots, then jump with perturbation;
 *   an insert that makes fill*5 >= mask*3 resizes to the smallest power of two above
 *   used*4 (used*2 past 50000), so iteration order (= slot order) matches CPython.
 * - a frozenset's hash is cached in `hash` (-1 until computed; set: always -1).
 * - both types are GC containers, tracked from creation (even empty frozensets).
 * Ownership: comparisons of keys run Python code; lookups restart when the table
 * changed under them.
 * Pickling: the iterator reduces to (iter, (list of the items left,)) as CPython 3.11's.
 */
#include "allobjects.h"
#include "../vm/vm.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static GlObject set_dummy_struct = GlObject_HEAD_INIT(&GlBaseObject_Type);
#define dummy (&set_dummy_struct)

static inline Gl_hash_t
set_key_hash(GlObject *key)
{
    if (GlStr_CheckExact(key)) {
        Gl_hash_t h = ((GlStrObject *)key)->hash;
        if (h != -1) {
            return h;
        }
    }
    return GlObject_Hash(key);   // may run Python
}

/* ---- the table ---- */

/* The slot of key, or an empty slot where it would go; NULL on error. */
static GlSetEntry *
set_lookkey(GlSetObject *so, GlObject *key, Gl_hash_t hash)
{
restart:;
    size_t perturb = (size_t)hash;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    for (;;) {
        GlSetEntry *entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                return entry;
            }
            if (entry->hash == hash) {
                GlObject *startkey = entry->key;
                if (startkey == key) {
                    return entry;
                }
                if (GlStr_CheckExact(startkey) && GlStr_CheckExact(key)) {
                    if (GlStr_Equal(startkey, key)) {
                        return entry;
                    }
                }
                else {
                    GlSetEntry *table = so->table;
                    Gl_INCREF(startkey);
                    int cmp = GlObject_RichCompareBool(startkey, key, Gl_EQ);   // Python
                    Gl_DECREF(startkey);
                    if (cmp < 0) {
                        return NULL;
                    }
                    if (table != so->table || entry->key != startkey) {
                        goto restart;
                    }
                    if (cmp > 0) {
                        return entry;
                    }
                    mask = (size_t)so->mask;
                }
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static void
set_insert_clean(GlSetEntry *table, size_t mask, GlObject *key, Gl_hash_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    GlSetEntry *entry;
    for (;;) {
        entry = &table[i];
        if (entry->key == NULL) {
            goto found_null;
        }
        if (i + LINEAR_PROBES <= mask) {
            for (size_t j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == NULL) {
                    goto found_null;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_null:
    entry->key = key;
    entry->hash = hash;
}

/* Rebuild the table with room for minused (dummies dropped). 0 / -1. */
static int
set_table_resize(GlSetObject *so, Gl_ssize_t minused)
{
    size_t newsize = GL_SET_MINSIZE;
    while (newsize <= (size_t)minused) {
        newsize <<= 1;
    }
    GlSetEntry *oldtable = so->table;
    int is_oldtable_malloced = oldtable != so->smalltable;
    GlSetEntry small_copy[GL_SET_MINSIZE];
    GlSetEntry *newtable;
    if (newsize == GL_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) {
                return 0;   // nothing to do: no dummies
            }
            memcpy(small_copy, oldtable, sizeof(small_copy));
            oldtable = small_copy;
        }
    }
    else {
        newtable = GlMem_New(GlSetEntry, newsize);
        if (newtable == NULL) {
            GlErr_NoMemory();
            return -1;
        }
    }
    memset(newtable, 0, sizeof(GlSetEntry) * newsize);
    size_t oldmask = (size_t)so->mask, newmask = newsize - 1;
    so->mask = (Gl_ssize_t)newmask;
    so->table = newtable;
    if (so->fill == so->used) {
        for (size_t i = 0; i <= oldmask; i++) {
            if (oldtable[i].key != NULL) {
                set_insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
            }
        }
    }
    else {
        so->fill = so->used;
        for (size_t i = 0; i <= oldmask; i++) {
            if (oldtable[i].key != NULL && oldtable[i].key != dummy) {
                set_insert_clean(newtable, newmask, oldtable[i].key, oldtable[i].hash);
            }
        }
    }
    if (is_oldtable_malloced) {
        GlMem_Free(oldtable);
    }
    return 0;
}

/* Add key (borrowed) with its hash. 0 / -1. May run Python code. */
static int
set_add_entry(GlSetObject *so, GlObject *key, Gl_hash_t hash)
{
    /* Hold key across comparisons that could release the caller's reference. */
    Gl_INCREF(key);
restart:;
    size_t mask = (size_t)so->mask;
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    GlSetEntry *freeslot = NULL;
    GlSetEntry *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (entry->hash == 0 && entry->key == NULL) {
                goto found_unused_or_dummy;
            }
            if (entry->hash == hash) {
                GlObject *startkey = entry->key;
                if (startkey == key) {
                    goto found_active;
                }
                if (GlStr_CheckExact(startkey) && GlStr_CheckExact(key)) {
                    if (GlStr_Equal(startkey, key)) {
                        goto found_active;
                    }
                }
                else {
                    GlSetEntry *table = so->table;
                    Gl_INCREF(startkey);
                    int cmp = GlObject_RichCompareBool(startkey, key, Gl_EQ);   // Python
                    Gl_DECREF(startkey);
                    if (cmp > 0) {
                        goto found_active;
                    }
                    if (cmp < 0) {
                        Gl_DECREF(key);
                        return -1;
                    }
                    if (table != so->table || entry->key != startkey) {
                        goto restart;
                    }
                    mask = (size_t)so->mask;
                }
            }
            else if (entry->hash == -1 && freeslot == NULL) {
                freeslot = entry;
            }
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot != NULL) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((size_t)so->fill * 5 < mask * 3) {
        return 0;
    }
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
found_active:
    Gl_DECREF(key);
    return 0;
}

static int
set_add_key(GlSetObject *so, GlObject *key)
{
    Gl_hash_t hash = set_key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return set_add_entry(so, key, hash);
}

static int
set_contains_entry(GlSetObject *so, GlObject *key, Gl_hash_t hash)
{
    GlSetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL) {
        return -1;
    }
    return entry->key != NULL;
}

static int
set_contains_key(GlSetObject *so, GlObject *key)
{
    Gl_hash_t hash = set_key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return set_contains_entry(so, key, hash);
}

/* 1 removed, 0 not found, -1 error. */
static int
set_discard_entry(GlSetObject *so, GlObject *key, Gl_hash_t hash)
{
    GlSetEntry *entry = set_lookkey(so, key, hash);
    if (entry == NULL) {
        return -1;
    }
    if (entry->key == NULL) {
        return 0;
    }
    GlObject *old_key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    Gl_DECREF(old_key);
    return 1;
}

static int
set_discard_key(GlSetObject *so, GlObject *key)
{
    Gl_hash_t hash = set_key_hash(key);
    if (hash == -1) {
        return -1;
    }
    return set_discard_entry(so, key, hash);
}

static void
set_empty_to_minsize(GlSetObject *so)
{
    memset(so->smalltable, 0, sizeof(so->smalltable));
    so->fill = 0;
    so->used = 0;
    so->mask = GL_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

static int
set_clear_internal(GlSetObject *so)
{
    GlSetEntry *table = so->table;
    Gl_ssize_t fill = so->fill;
    int table_is_malloced = table != so->smalltable;
    GlSetEntry small_copy[GL_SET_MINSIZE];
    if (fill == 0) {
        return 0;
    }
    if (table_is_malloced) {
        set_empty_to_minsize(so);
    }
    else {
        memcpy(small_copy, table, sizeof(small_copy));
        table = small_copy;
        set_empty_to_minsize(so);
    }
    /* Release keys only now that the set is consistent (releases run Python). */
    for (GlSetEntry *entry = table; fill > 0; entry++) {
        if (entry->key) {
            --fill;
            if (entry->key != dummy) {
                Gl_DECREF(entry->key);
            }
        }
    }
    if (table_is_malloced) {
        GlMem_Free(table);
    }
    return 0;
}

/* Next active slot at or after *pos_ptr: 1 with *entry_ptr, 0 at the end. */
static int
set_next(GlSetObject *so, Gl_ssize_t *pos_ptr, GlSetEntry **entry_ptr)
{
    Gl_ssize_t i = *pos_ptr;
    Gl_ssize_t mask = so->mask;
    GlSetEntry *entry = &so->table[i];
    while (i <= mask && (entry->key == NULL || entry->key == dummy)) {
        i++;
        entry++;
    }
    *pos_ptr = i + 1;
    if (i > mask) {
        return 0;
    }
    *entry_ptr = entry;
    return 1;
}

static int
set_merge(GlSetObject *so, GlObject *otherset)
{
    GlSetObject *other = (GlSetObject *)otherset;
    if (other == so || other->used == 0) {
        return 0;
    }
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) != 0) {
            return -1;
        }
    }
    GlSetEntry *so_entry = so->table, *other_entry = other->table;
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (Gl_ssize_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            GlObject *key = other_entry->key;
            if (key != NULL) {
                so_entry->key = Gl_NewRef(key);
                so_entry->hash = other_entry->hash;
            }
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    if (so->fill == 0) {
        GlSetEntry *newtable = so->table;
        size_t newmask = (size_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (Gl_ssize_t i = other->mask + 1; i > 0; i--, other_entry++) {
            GlObject *key = other_entry->key;
            if (key != NULL && key != dummy) {
                set_insert_clean(newtable, newmask, Gl_NewRef(key), other_entry->hash);
            }
        }
        return 0;
    }
    for (Gl_ssize_t i = 0; i <= other->mask; i++) {
        other_entry = &other->table[i];
        GlObject *key = other_entry->key;
        if (key != NULL && key != dummy) {
            if (set_add_entry(so, key, other_entry->hash) < 0) {
                return -1;
            }
        }
    }
    return 0;
}

static int
set_update_internal(GlSetObject *so, GlObject *other)
{
    if (GlAnySet_Check(other)) {
        return set_merge(so, other);
    }
    if (GlDict_CheckExact(other)) {
        Gl_ssize_t dictsize = GlDict_GET_SIZE(other);
        if ((so->fill + dictsize) * 5 >= so->mask * 3) {
            if (set_table_resize(so, (so->used + dictsize) * 2) != 0) {
                return -1;
            }
        }
        Gl_ssize_t pos = 0;
        GlObject *key;
        Gl_hash_t hash;
        while (GlDict_NextWithHash(other, &pos, &key, NULL, &hash)) {
            if (set_add_entry(so, key, hash) < 0) {
                return -1;
            }
        }
        return 0;
    }
    GlObject *it = GlObject_GetIter(other);
    if (it == NULL) {
        return -1;
    }
    iternextfunc next = Gl_TYPE(it)->tp_iternext;
    GlObject *key;
    while ((key = next(it)) != NULL) {
        if (set_add_key(so, key) < 0) {
            Gl_DECREF(it);
            Gl_DECREF(key);
            return -1;
        }
        Gl_DECREF(key);
    }
    Gl_DECREF(it);
    if (GlErr_Occurred()) {
        if (!GlErr_ExceptionMatches(GlExc_StopIteration)) {
            return -1;
        }
        GlErr_Clear();
    }
    return 0;
}

/* A new set of `type` filled from iterable (may be NULL). */
static GlObject *
make_new_set(GlTypeObject *type, GlObject *iterable)
{
    GlSetObject *so = (GlSetObject *)type->tp_alloc(type, 0);
    if (so == NULL) {
        return NULL;
    }
    so->fill = 0;
    so->used = 0;
    so->mask = GL_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
    so->finger = 0;
    so->weakreflist = NULL;
    if (iterable != NULL && set_update_internal(so, iterable) < 0) {
        Gl_DECREF(so);
        return NULL;
    }
    return (GlObject *)so;
}

static GlObject *
make_new_set_basetype(GlTypeObject *type, GlObject *iterable)
{
    if (type != &GlSet_Type && type != &GlFrozenSet_Type) {
        type = GlType_IsSubtype(type, &GlSet_Type) ? &GlSet_Type : &GlFrozenSet_Type;
    }
    return make_new_set(type, iterable);
}

static GlObject *
set_copy(GlObject *so, GlObject *unused)
{
    return make_new_set_basetype(Gl_TYPE((GlObject *)so), so);
}

/* A frozenset equal to the set `key`, for looking a set up in a set. */
static GlObject *
frozen_copy(GlObject *key)
{
    return make_new_set(&GlFrozenSet_Type, key);
}

/* ---- the C API ---- */

GlObject *
GlSet_New(GlObject *iterable) GL_NEWREF
{
    return make_new_set(&GlSet_Type, iterable);
}

GlObject *
GlFrozenSet_New(GlObject *iterable) GL_NEWREF
{
    return make_new_set(&GlFrozenSet_Type, iterable);
}

int
GlSet_Add(GlObject *anyset, GlObject *key)
{
    return set_add_key((GlSetObject *)anyset, key);
}

int
GlSet_Discard(GlObject *set, GlObject *key)
{
    return set_discard_key((GlSetObject *)set, key);
}

int
GlSet_Contains(GlObject *anyset, GlObject *key)
{
    return set_contains_key((GlSetObject *)anyset, key);
}

Gl_ssize_t
GlSet_Size(GlObject *anyset)
{
    return ((GlSetObject *)anyset)->used;
}

int
GlSet_Next(GlObject *set, Gl_ssize_t *pos, GlObject **key, Gl_hash_t *hash)
{
    GlSetEntry *entry;
    if (set_next((GlSetObject *)set, pos, &entry) == 0) {
        return 0;
    }
    *key = entry->key;
    if (hash) {
        *hash = entry->hash;
    }
    return 1;
}

int
GlSet_Update(GlObject *set, GlObject *iterable)
{
    return set_update_internal((GlSetObject *)set, iterable);
}

int
GlSet_Clear(GlObject *set)
{
    return set_clear_internal((GlSetObject *)set);
}

/* ---- set algebra ---- */

static GlObject *
set_intersection(GlSetObject *so, GlObject *other)
{
    if ((GlObject *)so == other) {
        return set_copy((GlObject *)so, NULL);
    }
    GlSetObject *result = (GlSetObject *)make_new_set_basetype(Gl_TYPE((GlObject *)so), NULL);
    if (result == NULL) {
        return NULL;
    }
    if (GlAnySet_Check(other)) {
        if (((GlSetObject *)other)->used > so->used) {
            GlObject *tmp = (GlObject *)so;
            so = (GlSetObject *)other;
            other = tmp;
        }
        Gl_ssize_t pos = 0;
        GlSetEntry *entry;
        while (set_next((GlSetObject *)other, &pos, &entry)) {
            GlObject *key = Gl_NewRef(entry->key);
            Gl_hash_t hash = entry->hash;
            int rv = set_contains_entry(so, key, hash);
            if (rv > 0) {
                rv = set_add_entry(result, key, hash);
            }
            Gl_DECREF(key);
            if (rv < 0) {
                Gl_DECREF(result);
                return NULL;
            }
        }
        return (GlObject *)result;
    }
    GlObject *it = GlObject_GetIter(other);
    if (it == NULL) {
        Gl_DECREF(result);
        return NULL;
    }
    GlObject *key;
    while ((key = GlIter_Next(it)) != NULL) {
        Gl_hash_t hash = set_key_hash(key);
        int rv = hash == -1 ? -1 : set_contains_entry(so, key, hash);
        if (rv > 0) {
            rv = set_add_entry(result, key, hash);
        }
        Gl_DECREF(key);
        if (rv < 0) {
            Gl_DECREF(it);
            Gl_DECREF(result);
            return NULL;
        }
    }
    Gl_DECREF(it);
    if (GlErr_Occurred()) {
        Gl_DECREF(result);
        return NULL;
    }
    return (GlObject *)result;
}

GlObject *
GlSet_Intersection(GlObject *set, GlObject *other) GL_NEWREF
{
    return set_intersection((GlSetObject *)set, other);
}

/* Exchange the contents of two sets (a intersection_update helper); the hashes too. */
static void
set_swap_bodies(GlSetObject *a, GlSetObject *b)
{
    Gl_ssize_t t;
    GlSetEntry *u;
    GlSetEntry tab[GL_SET_MINSIZE];
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    u = a->table;
    if (a->table == a->smalltable) {
        u = b->smalltable;
    }
    a->table = b->table;
    if (b->table == b->smalltable) {
        a->table = a->smalltable;
    }
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        memcpy(tab, a->smalltable, sizeof(tab));
        memcpy(a->smalltable, b->smalltable, sizeof(tab));
        memcpy(b->smalltable, tab, sizeof(tab));
    }
    if (GlType_IsSubtype(Gl_TYPE((GlObject *)a), &GlFrozenSet_Type)
        && GlType_IsSubtype(Gl_TYPE((GlObject *)b), &GlFrozenSet_Type)) {
        Gl_hash_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    }
    else {
        a->hash = -1;
        b->hash = -1;
    }
}

static int
set_difference_update_internal(GlSetObject *so, GlObject *other)
{
    if ((GlObject *)so == other) {
        return set_clear_internal(so);
    }
    if (GlAnySet_Check(other)) {
        if ((((GlSetObject *)other)->used >> 3) > so->used) {
            other = set_intersection(so, other);
            if (other == NULL) {
                return -1;
            }
        }
        else {
            Gl_INCREF(other);
        }
        Gl_ssize_t pos = 0;
        GlSetEntry *entry;
        while (set_next((GlSetObject *)other, &pos, &entry)) {
            GlObject *key = Gl_NewRef(entry->key);
            int rv = set_discard_entry(so, key, entry->hash);
            Gl_DECREF(key);
            if (rv < 0) {
                Gl_DECREF(other);
                return -1;
            }
        }
        Gl_DECREF(other);
    }
    else {
        GlObject *it = GlObject_GetIter(other);
        if (it == NULL) {
            return -1;
        }
        GlObject *key;
        while ((key = GlIter_Next(it)) != NULL) {
            int rv = set_discard_key(so, key);
            Gl_DECREF(key);
            if (rv < 0) {
                Gl_DECREF(it);
                return -1;
            }
        }
        Gl_DECREF(it);
        if (GlErr_Occurred()) {
            return -1;
        }
    }
    /* If more than 1/4th are dummies, then resize them away. */
    if ((size_t)(so->fill - so->used) <= (size_t)so->mask / 4) {
        return 0;
    }
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int
GlSet_DifferenceUpdate(GlObject *set, GlObject *other)
{
    return set_difference_update_internal((GlSetObject *)set, other);
}

static GlObject *
set_copy_and_difference(GlSetObject *so, GlObject *other)
{
    GlObject *result = set_copy((GlObject *)so, NULL);
    if (result == NULL) {
        return NULL;
    }
    if (set_difference_update_internal((GlSetObject *)result, other) == 0) {
        return result;
    }
    Gl_DECREF(result);
    return NULL;
}

static GlObject *
set_difference(GlSetObject *so, GlObject *other)
{
    Gl_ssize_t other_size;
    if (GlAnySet_Check(other)) {
        other_size = ((GlSetObject *)other)->used;
    }
    else if (GlDict_CheckExact(other)) {
        other_size = GlDict_GET_SIZE(other);
    }
    else {
        return set_copy_and_difference(so, other);
    }
    if ((so->used >> 2) > other_size) {
        return set_copy_and_difference(so, other);
    }
    GlObject *result = make_new_set_basetype(Gl_TYPE((GlObject *)so), NULL);
    if (result == NULL) {
        return NULL;
    }
    int isdict = GlDict_CheckExact(other);
    Gl_ssize_t pos = 0;
    GlSetEntry *entry;
    while (set_next(so, &pos, &entry)) {
        GlObject *key = Gl_NewRef(entry->key);
        Gl_hash_t hash = entry->hash;
        int rv = isdict ? GlDict_ContainsKnownHash(other, key, hash)
                        : set_contains_entry((GlSetObject *)other, key, hash);
        if (rv == 0) {
            rv = set_add_entry((GlSetObject *)result, key, hash);
        }
        Gl_DECREF(key);
        if (rv < 0) {
            Gl_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static int
set_symmetric_difference_update_internal(GlSetObject *so, GlObject *other)
{
    if ((GlObject *)so == other) {
        return set_clear_internal(so);
    }
    if (GlDict_CheckExact(other)) {
        Gl_ssize_t pos = 0;
        GlObject *key;
        Gl_hash_t hash;
        while (GlDict_NextWithHash(other, &pos, &key, NULL, &hash)) {
            Gl_INCREF(key);
            int rv = set_discard_entry(so, key, hash);
            if (rv == 0) {
                rv = set_add_entry(so, key, hash);
            }
            Gl_DECREF(key);
            if (rv < 0) {
                return -1;
            }
        }
        return 0;
    }
    GlSetObject *otherset;
    if (GlAnySet_Check(other)) {
        otherset = (GlSetObject *)Gl_NewRef(other);
    }
    else {
        otherset = (GlSetObject *)make_new_set_basetype(Gl_TYPE((GlObject *)so), other);
        if (otherset == NULL) {
            return -1;
        }
    }
    Gl_ssize_t pos = 0;
    GlSetEntry *entry;
    while (set_next(otherset, &pos, &entry)) {
        GlObject *key = Gl_NewRef(entry->key);
        Gl_hash_t hash = entry->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv == 0) {
            rv = set_add_entry(so, key, hash);
        }
        Gl_DECREF(key);
        if (rv < 0) {
            Gl_DECREF(otherset);
            return -1;
        }
    }
    Gl_DECREF(otherset);
    return 0;
}

int
GlSet_SymmetricDifferenceUpdate(GlObject *set, GlObject *other)
{
    return set_symmetric_difference_update_internal((GlSetObject *)set, other);
}

static GlObject *
set_symmetric_difference(GlSetObject *so, GlObject *other)
{
    GlObject *otherset = make_new_set_basetype(Gl_TYPE((GlObject *)so), other);
    if (otherset == NULL) {
        return NULL;
    }
    if (set_symmetric_difference_update_internal((GlSetObject *)otherset, (GlObject *)so) < 0) {
        Gl_DECREF(otherset);
        return NULL;
    }
    return otherset;
}

/* 1 if so <= other (other any set), 0, -1. */
static int
set_issubset_internal(GlSetObject *so, GlSetObject *other)
{
    if (so->used > other->used) {
        return 0;
    }
    Gl_ssize_t pos = 0;
    GlSetEntry *entry;
    while (set_next(so, &pos, &entry)) {
        GlObject *key = Gl_NewRef(entry->key);
        int rv = set_contains_entry(other, key, entry->hash);
        Gl_DECREF(key);
        if (rv <= 0) {
            return rv;
        }
    }
    return 1;
}

static GlObject *
set_issubset(GlObject *so, GlObject *other)
{
    if (!GlAnySet_Check(other)) {
        GlObject *tmp = make_new_set(&GlSet_Type, other);
        if (tmp == NULL) {
            return NULL;
        }
        GlObject *result = set_issubset(so, tmp);
        Gl_DECREF(tmp);
        return result;
    }
    int rv = set_issubset_internal((GlSetObject *)so, (GlSetObject *)other);
    return rv < 0 ? NULL : GlBool_FromLong(rv);
}

static GlObject *
set_issuperset(GlObject *so, GlObject *other)
{
    if (GlAnySet_Check(other)) {
        return set_issubset(other, so);
    }
    GlObject *it = GlObject_GetIter(other);
    if (it == NULL) {
        return NULL;
    }
    GlObject *key;
    while ((key = GlIter_Next(it)) != NULL) {
        int rv = set_contains_key((GlSetObject *)so, key);
        Gl_DECREF(key);
        if (rv <= 0) {
            Gl_DECREF(it);
            return rv < 0 ? NULL : GlBool_FromLong(0);
        }
    }
    Gl_DECREF(it);
    if (GlErr_Occurred()) {
        return NULL;
    }
    Gl_RETURN_TRUE;
}

static GlObject *
set_isdisjoint(GlObject *self, GlObject *other)
{
    GlSetObject *so = (GlSetObject *)self;
    if (self == other) {
        return GlBool_FromLong(so->used == 0);
    }
    if (Gl_TYPE(other) == &GlSet_Type || Gl_TYPE(other) == &GlFrozenSet_Type) {
        if (((GlSetObject *)other)->used > so->used) {
            GlObject *tmp = (GlObject *)so;
            so = (GlSetObject *)other;
            other = tmp;
        }
        Gl_ssize_t pos = 0;
        GlSetEntry *entry;
        while (set_next((GlSetObject *)other, &pos, &entry)) {
            GlObject *key = Gl_NewRef(entry->key);
            int rv = set_contains_entry(so, key, entry->hash);
            Gl_DECREF(key);
            if (rv != 0) {
                return rv < 0 ? NULL : GlBool_FromLong(0);
            }
        }
        Gl_RETURN_TRUE;
    }
    GlObject *it = GlObject_GetIter(other);
    if (it == NULL) {
        return NULL;
    }
    GlObject *key;
    while ((key = GlIter_Next(it)) != NULL) {
        int rv = set_contains_key(so, key);
        Gl_DECREF(key);
        if (rv != 0) {
            Gl_DECREF(it);
            return rv < 0 ? NULL : GlBool_FromLong(0);
        }
    }
    Gl_DECREF(it);
    if (GlErr_Occurred()) {
        return NULL;
    }
    Gl_RETURN_TRUE;
}

/* ---- slots ---- */

static void
set_dealloc(GlObject *self)
{
    GlSetObject *so = (GlSetObject *)self;
    GlObject_GC_UnTrack(so);
    if (so->weakreflist != NULL) {
        GlObject_ClearWeakRefs(self);
    }
    Gl_ssize_t used = so->used;
    for (GlSetEntry *entry = so->table; used > 0; entry++) {
        if (entry->key && entry->key != dummy) {
            used--;
            Gl_DECREF(entry->key);
        }
    }
    if (so->table != so->smalltable) {
        GlMem_Free(so->table);
    }
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
set_repr(GlObject *self)
{
    GlSetObject *so = (GlSetObject *)self;
    int status = Gl_ReprEnter(self);
    if (status != 0) {
        if (status < 0) {
            return NULL;
        }
        return GlStr_FromFormat("%s(...)", Gl_TYPE(self)->tp_name);
    }
    GlObject *result = NULL;
    if (so->used == 0) {
        result = GlStr_FromFormat("%s()", Gl_TYPE(self)->tp_name);
        goto done;
    }
    GlObject *keys = GlSequence_List(self);
    if (keys == NULL) {
        goto done;
    }
    GlObject *listrepr = GlObject_Repr(keys);
    Gl_DECREF(keys);
    if (listrepr == NULL) {
        goto done;
    }
    GlObject *tmp = GlStr_Substring(listrepr, 1, GlStr_GET_LENGTH(listrepr) - 1);
    Gl_DECREF(listrepr);
    if (tmp == NULL) {
        goto done;
    }
    if (Gl_TYPE(self) != &GlSet_Type) {
        result = GlStr_FromFormat("%s({%U})", Gl_TYPE(self)->tp_name, tmp);
    }
    else {
        result = GlStr_FromFormat("{%U}", tmp);
    }
    Gl_DECREF(tmp);
done:
    Gl_ReprLeave(self);
    return result;
}

static uint64_t
shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}

static Gl_hash_t
frozenset_hash(GlObject *self)
{
    GlSetObject *so = (GlSetObject *)self;
    if (so->hash != -1) {
        return so->hash;
    }
    uint64_t hash = 0;
    for (GlSetEntry *entry = so->table; entry <= &so->table[so->mask]; entry++) {
        hash ^= shuffle_bits((uint64_t)entry->hash);
    }
    if ((so->mask + 1 - so->fill) & 1) {
        hash ^= shuffle_bits(0);
    }
    if ((so->fill - so->used) & 1) {
        hash ^= shuffle_bits((uint64_t)-1);
    }
    hash ^= ((uint64_t)so->used + 1) * 1927868237UL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923UL;
    if (hash == (uint64_t)-1) {
        hash = 590923713UL;
    }
    so->hash = (Gl_hash_t)hash;
    return (Gl_hash_t)hash;
}

static int
set_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_ssize_t pos = 0;
    GlSetEntry *entry;
    while (set_next((GlSetObject *)self, &pos, &entry)) {
        Gl_VISIT(entry->key);
    }
    return 0;
}

static int
set_tp_clear(GlObject *self)
{
    return set_clear_internal((GlSetObject *)self);
}

static GlObject *
set_richcompare(GlObject *self, GlObject *w, int op)
{
    GlSetObject *v = (GlSetObject *)self;
    if (!GlAnySet_Check(w)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlSetObject *ws = (GlSetObject *)w;
    switch (op) {
    case Gl_EQ:
        if (v->used != ws->used) {
            Gl_RETURN_FALSE;
        }
        if (v->hash != -1 && ws->hash != -1 && v->hash != ws->hash) {
            Gl_RETURN_FALSE;
        }
        return set_issubset(self, w);
    case Gl_NE: {
        GlObject *r1 = set_richcompare(self, w, Gl_EQ);
        if (r1 == NULL) {
            return NULL;
        }
        int r2 = GlObject_IsTrue(r1);
        Gl_DECREF(r1);
        if (r2 < 0) {
            return NULL;
        }
        return GlBool_FromLong(!r2);
    }
    case Gl_LE:
        return set_issubset(self, w);
    case Gl_GE:
        return set_issuperset(self, w);
    case Gl_LT:
        if (v->used >= ws->used) {
            Gl_RETURN_FALSE;
        }
        return set_issubset(self, w);
    case Gl_GT:
        if (v->used <= ws->used) {
            Gl_RETURN_FALSE;
        }
        return set_issuperset(self, w);
    }
    Gl_RETURN_NOTIMPLEMENTED;
}

static GlObject *set_iter(GlObject *so);

static Gl_ssize_t
set_len(GlObject *so)
{
    return ((GlSetObject *)so)->used;
}

static int
set_contains(GlObject *self, GlObject *key)
{
    GlSetObject *so = (GlSetObject *)self;
    int rv = set_contains_key(so, key);
    if (rv < 0 && GlSet_Check(key) && GlErr_ExceptionMatches(GlExc_TypeError)) {
        GlErr_Clear();
        GlObject *tmpkey = frozen_copy(key);
        if (tmpkey == NULL) {
            return -1;
        }
        rv = set_contains_key(so, tmpkey);
        Gl_DECREF(tmpkey);
    }
    return rv;
}

/* ---- operators ---- */

static GlObject *
set_or(GlObject *self, GlObject *other)
{
    if (!GlAnySet_Check(self) || !GlAnySet_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlObject *result = set_copy(self, NULL);
    if (result == NULL) {
        return NULL;
    }
    if (self == other) {
        return result;
    }
    if (set_update_internal((GlSetObject *)result, other) < 0) {
        Gl_DECREF(result);
        return NULL;
    }
    return result;
}

static GlObject *
set_and(GlObject *self, GlObject *other)
{
    if (!GlAnySet_Check(self) || !GlAnySet_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    return set_intersection((GlSetObject *)self, other);
}

static GlObject *
set_sub(GlObject *self, GlObject *other)
{
    if (!GlAnySet_Check(self) || !GlAnySet_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    return set_difference((GlSetObject *)self, other);
}

static GlObject *
set_xor(GlObject *self, GlObject *other)
{
    if (!GlAnySet_Check(self) || !GlAnySet_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    return set_symmetric_difference((GlSetObject *)self, other);
}

static GlObject *
set_ior(GlObject *self, GlObject *other)
{
    if (!GlAnySet_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    if (set_update_internal((GlSetObject *)self, other) < 0) {
        return NULL;
    }
    return Gl_NewRef(self);
}

static GlObject *
set_intersection_update_one(GlObject *self, GlObject *other)
{
    GlObject *tmp = set_intersection((GlSetObject *)self, other);
    if (tmp == NULL) {
        return NULL;
    }
    set_swap_bodies((GlSetObject *)self, (GlSetObject *)tmp);
    Gl_DECREF(tmp);
    Gl_RETURN_NONE;
}

static GlObject *
set_iand(GlObject *self, GlObject *other)
{
    if (!GlAnySet_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlObject *r = set_intersection_update_one(self, other);
    if (r == NULL) {
        return NULL;
    }
    Gl_DECREF(r);
    return Gl_NewRef(self);
}

static GlObject *
set_isub(GlObject *self, GlObject *other)
{
    if (!GlAnySet_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    if (set_difference_update_internal((GlSetObject *)self, other) < 0) {
        return NULL;
    }
    return Gl_NewRef(self);
}

static GlObject *
set_ixor(GlObject *self, GlObject *other)
{
    if (!GlAnySet_Check(other)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    if (set_symmetric_difference_update_internal((GlSetObject *)self, other) < 0) {
        return NULL;
    }
    return Gl_NewRef(self);
}

/* ---- methods ---- */

static GlObject *
set_add_meth(GlObject *self, GlObject *key)
{
    if (set_add_key((GlSetObject *)self, key) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
set_clear_meth(GlObject *self, GlObject *unused)
{
    set_clear_internal((GlSetObject *)self);
    Gl_RETURN_NONE;
}

static GlObject *
set_contains_meth(GlObject *self, GlObject *key)
{
    int rv = set_contains(self, key);
    if (rv < 0) {
        return NULL;
    }
    return GlBool_FromLong(rv);
}

static GlObject *
frozenset_copy(GlObject *self, GlObject *unused)
{
    if (GlFrozenSet_CheckExact(self)) {
        return Gl_NewRef(self);
    }
    return set_copy(self, NULL);
}

/* discard/remove, retrying with a frozenset copy of a set key. 1/0/-1. */
static int
set_discard_any(GlObject *self, GlObject *key)
{
    int rv = set_discard_key((GlSetObject *)self, key);
    if (rv < 0 && GlSet_Check(key) && GlErr_ExceptionMatches(GlExc_TypeError)) {
        GlErr_Clear();
        GlObject *tmpkey = frozen_copy(key);
        if (tmpkey == NULL) {
            return -1;
        }
        rv = set_discard_key((GlSetObject *)self, tmpkey);
        Gl_DECREF(tmpkey);
    }
    return rv;
}

static GlObject *
set_discard_meth(GlObject *self, GlObject *key)
{
    if (set_discard_any(self, key) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
set_remove_meth(GlObject *self, GlObject *key)
{
    int rv = set_discard_any(self, key);
    if (rv < 0) {
        return NULL;
    }
    if (rv == 0) {
        return GlErr_SetKeyError(key);
    }
    Gl_RETURN_NONE;
}

static GlObject *
set_pop_meth(GlObject *self, GlObject *unused)
{
    GlSetObject *so = (GlSetObject *)self;
    GlSetEntry *entry = so->table + (so->finger & so->mask);
    GlSetEntry *limit = so->table + so->mask;
    if (so->used == 0) {
        return GlErr_SetString(GlExc_KeyError, "pop from an empty set");
    }
    while (entry->key == NULL || entry->key == dummy) {
        entry++;
        if (entry > limit) {
            entry = so->table;
        }
    }
    GlObject *key = entry->key;
    entry->key = dummy;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static GlObject *
set_union_meth(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlObject *result = set_copy(self, NULL);
    if (result == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        if (args[i] == self) {
            continue;
        }
        if (set_update_internal((GlSetObject *)result, args[i]) < 0) {
            Gl_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static GlObject *
set_update_meth(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        if (set_update_internal((GlSetObject *)self, args[i]) < 0) {
            return NULL;
        }
    }
    Gl_RETURN_NONE;
}

static GlObject *
set_intersection_multi(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs == 0) {
        return set_copy(self, NULL);
    }
    GlObject *result = Gl_NewRef(self);
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        GlObject *newresult = set_intersection((GlSetObject *)result, args[i]);
        Gl_DECREF(result);
        if (newresult == NULL) {
            return NULL;
        }
        result = newresult;
    }
    return result;
}

static GlObject *
set_intersection_update_multi(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    GlObject *tmp = set_intersection_multi(self, args, nargs);
    if (tmp == NULL) {
        return NULL;
    }
    set_swap_bodies((GlSetObject *)self, (GlSetObject *)tmp);
    Gl_DECREF(tmp);
    Gl_RETURN_NONE;
}

static GlObject *
set_difference_multi(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (nargs == 0) {
        return set_copy(self, NULL);
    }
    GlObject *result = set_difference((GlSetObject *)self, args[0]);
    if (result == NULL) {
        return NULL;
    }
    for (Gl_ssize_t i = 1; i < nargs; i++) {
        if (set_difference_update_internal((GlSetObject *)result, args[i]) < 0) {
            Gl_DECREF(result);
            return NULL;
        }
    }
    return result;
}

static GlObject *
set_difference_update_meth(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        if (set_difference_update_internal((GlSetObject *)self, args[i]) < 0) {
            return NULL;
        }
    }
    Gl_RETURN_NONE;
}

static GlObject *
set_symmetric_difference_meth(GlObject *self, GlObject *other)
{
    return set_symmetric_difference((GlSetObject *)self, other);
}

static GlObject *
set_symmetric_difference_update_meth(GlObject *self, GlObject *other)
{
    if (set_symmetric_difference_update_internal((GlSetObject *)self, other) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
set_sizeof_meth(GlObject *self, GlObject *unused)
{
    GlSetObject *so = (GlSetObject *)self;
    Gl_ssize_t res = Gl_TYPE(self)->tp_basicsize;
    if (so->table != so->smalltable) {
        res += (so->mask + 1) * (Gl_ssize_t)sizeof(GlSetEntry);
    }
    return GlInt_FromSsize_t(res);
}

/* ---- construction ---- */

static GlObject *
set_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (type == &GlSet_Type && GlArg_NoKeywords("set", kwds) < 0) {
        return NULL;
    }
    return make_new_set(type, NULL);
}

static int
set_init(GlObject *self, GlObject *args, GlObject *kwds)
{
    GlSetObject *so = (GlSetObject *)self;
    if (GlArg_NoKeywords("set", kwds) < 0) {
        return -1;
    }
    Gl_ssize_t nargs = Gl_SIZE(args);
    if (GlArg_CheckPositional(Gl_TYPE(self)->tp_name, nargs, 0, 1) < 0) {
        return -1;
    }
    if (so->fill) {
        set_clear_internal(so);
    }
    so->hash = -1;
    if (nargs == 0) {
        return 0;
    }
    return set_update_internal(so, GlTuple_GET_ITEM(args, 0));
}

static GlObject *
set_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("set", kwnames) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (GlArg_CheckPositional("set", nargs, 0, 1) < 0) {
        return NULL;
    }
    return make_new_set((GlTypeObject *)type, nargs ? args[0] : NULL);
}

static GlObject *
frozenset_new_impl(GlTypeObject *type, GlObject *iterable)
{
    if (type != &GlFrozenSet_Type) {
        return make_new_set(type, iterable);
    }
    if (iterable != NULL && GlFrozenSet_CheckExact(iterable)) {
        return Gl_NewRef(iterable);
    }
    return make_new_set(type, iterable);
}

static GlObject *
frozenset_new(GlTypeObject *type, GlObject *args, GlObject *kwds)
{
    if (type == &GlFrozenSet_Type && GlArg_NoKeywords("frozenset", kwds) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = Gl_SIZE(args);
    if (GlArg_CheckPositional(type->tp_name, nargs, 0, 1) < 0) {
        return NULL;
    }
    return frozenset_new_impl(type, nargs ? GlTuple_GET_ITEM(args, 0) : NULL);
}

static GlObject *
frozenset_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("frozenset", kwnames) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (GlArg_CheckPositional("frozenset", nargs, 0, 1) < 0) {
        return NULL;
    }
    return frozenset_new_impl((GlTypeObject *)type, nargs ? args[0] : NULL);
}

/* __reduce__: (type(s), (list(s),), state), as CPython's set_reduce. New reference. */
static GlObject *
set_reduce(GlObject *so, GlObject *unused)
{
    GlObject *keys = GlSequence_List(so);
    GlObject *args = keys != NULL ? GlTuple_Pack(1, keys) : NULL;
    GlObject *state = args != NULL ? GlObject_GetState(so) : NULL;
    GlObject *res = state != NULL ? GlTuple_Pack(3, (GlObject *)Gl_TYPE(so), args, state) : NULL;
    Gl_XDECREF(keys);
    Gl_XDECREF(args);
    Gl_XDECREF(state);
    return res;
}

static GlMethodDef set_methods[] = {
    {"__reduce__", GL_FN(set_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {"add", GL_FN(set_add_meth), GL_METH_O, "Add an element to a set."},
    {"clear", GL_FN(set_clear_meth), GL_METH_NOARGS, "Remove all elements from this set."},
    {"__contains__", GL_FN(set_contains_meth), GL_METH_O | GL_METH_COEXIST,
     "x.__contains__(y) <==> y in x."},
    {"copy", GL_FN(set_copy), GL_METH_NOARGS, "Return a shallow copy of a set."},
    {"discard", GL_FN(set_discard_meth), GL_METH_O,
     "Remove an element from a set if it is a member."},
    {"difference", GL_FN(set_difference_multi), GL_METH_FASTCALL,
     "Return the difference of two or more sets as a new set."},
    {"difference_update", GL_FN(set_difference_update_meth), GL_METH_FASTCALL,
     "Remove all elements of another set from this set."},
    {"intersection", GL_FN(set_intersection_multi), GL_METH_FASTCALL,
     "Return the intersection of two sets as a new set."},
    {"intersection_update", GL_FN(set_intersection_update_multi), GL_METH_FASTCALL,
     "Update a set with the intersection of itself and another."},
    {"isdisjoint", GL_FN(set_isdisjoint), GL_METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", GL_FN(set_issubset), GL_METH_O, "Report whether another set contains this set."},
    {"issuperset", GL_FN(set_issuperset), GL_METH_O,
     "Report whether this set contains another set."},
    {"pop", GL_FN(set_pop_meth), GL_METH_NOARGS, "Remove and return an arbitrary set element."},
    {"remove", GL_FN(set_remove_meth), GL_METH_O,
     "Remove an element from a set; it must be a member."},
    {"__sizeof__", GL_FN(set_sizeof_meth), GL_METH_NOARGS,
     "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", GL_FN(set_symmetric_difference_meth), GL_METH_O,
     "Return the symmetric difference of two sets as a new set."},
    {"symmetric_difference_update", GL_FN(set_symmetric_difference_update_meth), GL_METH_O,
     "Update a set with the symmetric difference of itself and another."},
    {"union", GL_FN(set_union_meth), GL_METH_FASTCALL, "Return the union of sets as a new set."},
    {"update", GL_FN(set_update_meth), GL_METH_FASTCALL,
     "Update a set with the union of itself and others."},
    {NULL, NULL, 0, NULL},
};

static GlMethodDef frozenset_methods[] = {
    {"__reduce__", GL_FN(set_reduce), GL_METH_NOARGS, "Return state information for pickling."},
    {"__contains__", GL_FN(set_contains_meth), GL_METH_O | GL_METH_COEXIST,
     "x.__contains__(y) <==> y in x."},
    {"copy", GL_FN(frozenset_copy), GL_METH_NOARGS, "Return a shallow copy of a set."},
    {"difference", GL_FN(set_difference_multi), GL_METH_FASTCALL,
     "Return the difference of two or more sets as a new set."},
    {"intersection", GL_FN(set_intersection_multi), GL_METH_FASTCALL,
     "Return the intersection of two sets as a new set."},
    {"isdisjoint", GL_FN(set_isdisjoint), GL_METH_O,
     "Return True if two sets have a null intersection."},
    {"issubset", GL_FN(set_issubset), GL_METH_O, "Report whether another set contains this set."},
    {"issuperset", GL_FN(set_issuperset), GL_METH_O,
     "Report whether this set contains another set."},
    {"__sizeof__", GL_FN(set_sizeof_meth), GL_METH_NOARGS,
     "S.__sizeof__() -> size of S in memory, in bytes"},
    {"symmetric_difference", GL_FN(set_symmetric_difference_meth), GL_METH_O,
     "Return the symmetric difference of two sets as a new set."},
    {"union", GL_FN(set_union_meth), GL_METH_FASTCALL, "Return the union of sets as a new set."},
    {NULL, NULL, 0, NULL},
};

static GlNumberMethods set_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
    .nb_inplace_subtract = set_isub,
    .nb_inplace_and = set_iand,
    .nb_inplace_xor = set_ixor,
    .nb_inplace_or = set_ior,
};

static GlNumberMethods frozenset_as_number = {
    .nb_subtract = set_sub,
    .nb_and = set_and,
    .nb_xor = set_xor,
    .nb_or = set_or,
};

static GlSequenceMethods set_as_sequence = {
    .sq_length = set_len,
    .sq_contains = set_contains,
};

GlTypeObject GlSet_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "set",
    .tp_basicsize = sizeof(GlSetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &set_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = GlObject_HashNotImplemented,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_doc = "set() -> new empty set object",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(GlSetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = set_methods,
    .tp_init = set_init,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = set_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = set_vectorcall,
};

GlTypeObject GlFrozenSet_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "frozenset",
    .tp_basicsize = sizeof(GlSetObject),
    .tp_dealloc = set_dealloc,
    .tp_repr = set_repr,
    .tp_as_number = &frozenset_as_number,
    .tp_as_sequence = &set_as_sequence,
    .tp_hash = frozenset_hash,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE,
    .tp_doc = "frozenset() -> empty frozenset object",
    .tp_traverse = set_traverse,
    .tp_clear = set_tp_clear,
    .tp_richcompare = set_richcompare,
    .tp_weaklistoffset = offsetof(GlSetObject, weakreflist),
    .tp_iter = set_iter,
    .tp_methods = frozenset_methods,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = frozenset_new,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = frozenset_vectorcall,
};

/* ---- iterator ---- */

typedef struct {
    GlObject ob_base;
    GlSetObject *si_set;     // NULL once exhausted
    Gl_ssize_t si_used;      // used when created (-1 after an error)
    Gl_ssize_t si_pos;       // next slot
    Gl_ssize_t len;          // items left
} SetIterObject;

static GlObject *
set_iter(GlObject *so)
{
    SetIterObject *si = (SetIterObject *)GlObject_GC_New(&GlSetIter_Type, 0);
    if (si == NULL) {
        return NULL;
    }
    si->si_set = (GlSetObject *)Gl_NewRef(so);
    si->si_used = ((GlSetObject *)so)->used;
    si->si_pos = 0;
    si->len = ((GlSetObject *)so)->used;
    GlObject_GC_Track(si);
    return (GlObject *)si;
}

static void
setiter_dealloc(GlObject *self)
{
    SetIterObject *si = (SetIterObject *)self;
    GlObject_GC_UnTrack(si);
    Gl_XDECREF(si->si_set);
    GlObject_GC_Del(si);
}

static int
setiter_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((SetIterObject *)self)->si_set);
    return 0;
}

static GlObject *
setiter_len(GlObject *self, GlObject *unused)
{
    SetIterObject *si = (SetIterObject *)self;
    Gl_ssize_t len = 0;
    if (si->si_set != NULL && si->si_used == si->si_set->used) {
        len = si->len;
    }
    return GlInt_FromSsize_t(len);
}

static GlObject *
setiter_iternext(GlObject *self)
{
    SetIterObject *si = (SetIterObject *)self;
    GlSetObject *so = si->si_set;
    if (so == NULL) {
        return NULL;
    }
    if (si->si_used != so->used) {
        GlErr_SetString(GlExc_RuntimeError, "Set changed size during iteration");
        si->si_used = -1;
        return NULL;
    }
    Gl_ssize_t i = si->si_pos, mask = so->mask;
    GlSetEntry *entry = so->table;
    while (i <= mask && (entry[i].key == NULL || entry[i].key == dummy)) {
        i++;
    }
    si->si_pos = i + 1;
    if (i > mask) {
        si->si_set = NULL;
        Gl_DECREF(so);
        return NULL;
    }
    si->len--;
    return Gl_NewRef(entry[i].key);
}

/* __reduce__: (iter, (list of what is left,)), as CPython 3.11, which lists a copy of
 * the iterator so that the iterator itself does not move. RuntimeError when the set
 * changed size meanwhile. New reference. */
static GlObject *
setiter_reduce(GlObject *self, GlObject *unused)
{
    SetIterObject *si = (SetIterObject *)self;
    SetIterObject *tmp = (SetIterObject *)GlObject_GC_New(&GlSetIter_Type, 0);
    if (tmp == NULL) {
        return NULL;
    }
    tmp->si_set = (GlSetObject *)Gl_XNewRef((GlObject *)si->si_set);
    tmp->si_used = si->si_used;
    tmp->si_pos = si->si_pos;
    tmp->len = si->len;
    GlObject_GC_Track(tmp);
    return GlIter_ReduceAsList((GlObject *)tmp);
}

static GlMethodDef setiter_methods[] = {
    {"__length_hint__", GL_FN(setiter_len), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(setiter_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlSetIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "set_iterator",
    .tp_basicsize = sizeof(SetIterObject),
    .tp_dealloc = setiter_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = setiter_traverse,
    .tp_iter = GlIter_Self,
    .tp_iternext = setiter_iternext,
    .tp_methods = setiter_methods,
    .tp_free = GlObject_GC_Del,
};
