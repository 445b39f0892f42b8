/* listsort.c - list.sort: a stable natural merge sort (timsort's run detection,
 * minrun, binary insertion and run-stack invariants, without galloping).
 *
 * Invariants:
 * - While sorting, the list is emptied (ob_item NULL, size 0, allocated -1) so that
 *   Python code run by comparisons or key functions cannot see the items; if the
 *   list was modified meanwhile, "list modified during sort" is raised (ValueError)
 *   after the original items are put back and the stray ones released.
 * - keys[] and values[] are permuted together; values is NULL when there is no key
 *   function (the keys are the items).
 * - A failed comparison stops the sort but every merge completes its copy-back, so
 *   the list always ends as a permutation of its items.
 * CPython behaviour matched: stability, reverse=True keeps stability (reverse before
 * and after), comparisons only through `<` (GlObject_RichCompareBool(Gl_LT)), fast
 * paths for lists whose keys are all small ints, floats, strs or tuples.
 */
#include "allobjects.h"

typedef struct MergeState MergeState;
/* 1 if a < b, 0 if not, -1 on error. */
typedef int (*sortcmp)(MergeState *ms, GlObject *a, GlObject *b);

typedef struct {
    Gl_ssize_t base, len;
} SortRun;

#define MAX_MERGE_PENDING 85

struct MergeState {
    GlObject **keys;
    GlObject **values;        // NULL without a key function
    GlObject **tmpk, **tmpv;  // merge buffers
    Gl_ssize_t tmpcap;
    sortcmp cmp;
    sortcmp tuple_elem_cmp;   // first-element comparison for the tuple fast path
    int n;                    // pending runs
    SortRun pending[MAX_MERGE_PENDING];
};

/* ---- comparisons ---- */

static int
cmp_generic(MergeState *ms, GlObject *a, GlObject *b)
{
    return GlObject_RichCompareBool(a, b, Gl_LT);
}

static int
cmp_small_int(MergeState *ms, GlObject *a, GlObject *b)
{
    return ((GlIntObject *)a)->small < ((GlIntObject *)b)->small;
}

static int
cmp_float(MergeState *ms, GlObject *a, GlObject *b)
{
    return GlFloat_AS_DOUBLE(a) < GlFloat_AS_DOUBLE(b);
}

static int
cmp_str(MergeState *ms, GlObject *a, GlObject *b)
{
    if (GlStr_KIND(a) == 1 && GlStr_KIND(b) == 1) {
        Gl_ssize_t la = GlStr_GET_LENGTH(a), lb = GlStr_GET_LENGTH(b);
        int r = memcmp(GlStr_DATA(a), GlStr_DATA(b), (size_t)(la < lb ? la : lb));
        return r != 0 ? r < 0 : la < lb;
    }
    return GlStr_Compare(a, b) < 0;
}

static int
cmp_tuple(MergeState *ms, GlObject *v, GlObject *w)
{
    Gl_ssize_t vlen = Gl_SIZE(v), wlen = Gl_SIZE(w);
    Gl_ssize_t len = vlen < wlen ? vlen : wlen, i;
    for (i = 0; i < len; i++) {
        int k = GlObject_RichCompareBool(GlTuple_GET_ITEM(v, i), GlTuple_GET_ITEM(w, i), Gl_EQ);
        if (k < 0) {
            return -1;
        }
        if (!k) {
            break;
        }
    }
    if (i >= vlen || i >= wlen) {
        return vlen < wlen;
    }
    if (i == 0) {
        return ms->tuple_elem_cmp(ms, GlTuple_GET_ITEM(v, 0), GlTuple_GET_ITEM(w, 0));
    }
    return GlObject_RichCompareBool(GlTuple_GET_ITEM(v, i), GlTuple_GET_ITEM(w, i), Gl_LT);
}

/* The fastest comparison valid for every key of keys[0..n) (first elements of
 * tuples when `tuples` is set). */
static sortcmp
select_compare(GlObject **keys, Gl_ssize_t n, int tuples)
{
    GlTypeObject *t = NULL;
    int all_small = 1;
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *k = keys[i];
        if (tuples) {
            if (Gl_SIZE(k) == 0) {
                return cmp_generic;
            }
            k = GlTuple_GET_ITEM(k, 0);
        }
        if (t == NULL) {
            t = Gl_TYPE(k);
        }
        else if (Gl_TYPE(k) != t) {
            return cmp_generic;
        }
        if (t == &GlInt_Type && !GlInt_IS_SMALL(k)) {
            all_small = 0;
        }
    }
    if (t == &GlInt_Type && all_small) {
        return cmp_small_int;
    }
    if (t == &GlFloat_Type) {
        return cmp_float;
    }
    if (t == &GlStr_Type) {
        return cmp_str;
    }
    if (t == &GlTuple_Type && !tuples) {
        return cmp_tuple;
    }
    return cmp_generic;
}

/* ---- helpers ---- */

static void
reverse_slice(GlObject **lo, GlObject **hi)
{
    --hi;
    while (lo < hi) {
        GlObject *t = *lo;
        *lo++ = *hi;
        *hi-- = t;
    }
}

static int
ensure_tmp(MergeState *ms, Gl_ssize_t need)
{
    if (need <= ms->tmpcap) {
        return 0;
    }
    GlMem_Free(ms->tmpk);
    GlMem_Free(ms->tmpv);
    ms->tmpv = NULL;
    ms->tmpk = GlMem_New(GlObject *, need);
    if (ms->tmpk != NULL && ms->values != NULL) {
        ms->tmpv = GlMem_New(GlObject *, need);
    }
    if (ms->tmpk == NULL || (ms->values != NULL && ms->tmpv == NULL)) {
        ms->tmpcap = 0;
        GlErr_NoMemory();
        return -1;
    }
    ms->tmpcap = need;
    return 0;
}

/* Binary insertion sort of [lo, hi) where [lo, start) is already sorted. */
static int
binarysort(MergeState *ms, Gl_ssize_t lo, Gl_ssize_t hi, Gl_ssize_t start)
{
    GlObject **keys = ms->keys, **vals = ms->values;
    if (lo == start) {
        start++;
    }
    for (; start < hi; ++start) {
        GlObject *pivot = keys[start];
        Gl_ssize_t l = lo, r = start;
        do {
            Gl_ssize_t p = l + ((r - l) >> 1);
            int k = ms->cmp(ms, pivot, keys[p]);
            if (k < 0) {
                return -1;
            }
            if (k) {
                r = p;
            }
            else {
                l = p + 1;
            }
        } while (l < r);
        memmove(&keys[l + 1], &keys[l], (size_t)(start - l) * sizeof(GlObject *));
        keys[l] = pivot;
        if (vals != NULL) {
            GlObject *pv = vals[start];
            memmove(&vals[l + 1], &vals[l], (size_t)(start - l) * sizeof(GlObject *));
            vals[l] = pv;
        }
    }
    return 0;
}

/* Length of the run starting at lo (< hi); descending runs (strict) are reversed. */
static Gl_ssize_t
count_run(MergeState *ms, Gl_ssize_t lo, Gl_ssize_t hi)
{
    GlObject **keys = ms->keys;
    if (lo + 1 == hi) {
        return 1;
    }
    Gl_ssize_t n = 2;
    int k = ms->cmp(ms, keys[lo + 1], keys[lo]);
    if (k < 0) {
        return -1;
    }
    if (k) {
        for (Gl_ssize_t i = lo + 2; i < hi; i++, n++) {
            k = ms->cmp(ms, keys[i], keys[i - 1]);
            if (k < 0) {
                return -1;
            }
            if (!k) {
                break;
            }
        }
        reverse_slice(&keys[lo], &keys[lo + n]);
        if (ms->values != NULL) {
            reverse_slice(&ms->values[lo], &ms->values[lo + n]);
        }
        return n;
    }
    for (Gl_ssize_t i = lo + 2; i < hi; i++, n++) {
        k = ms->cmp(ms, keys[i], keys[i - 1]);
        if (k < 0) {
            return -1;
        }
        if (k) {
            break;
        }
    }
    return n;
}

/* Merge runs [a, a+na) and [a+na, a+na+nb), copying the shorter one out. On a
 * comparison error the copy-back still completes. 0 / -1. */
static int
merge_runs(MergeState *ms, Gl_ssize_t a, Gl_ssize_t na, Gl_ssize_t nb)
{
    GlObject **keys = ms->keys, **vals = ms->values;
    Gl_ssize_t b = a + na;
    int err = 0;
    /* Elements of run A already <= B[0] stay where they are. */
    while (na > 0) {
        int k = ms->cmp(ms, keys[b], keys[a]);
        if (k < 0) {
            return -1;
        }
        if (k) {
            break;
        }
        a++;
        na--;
    }
    if (na == 0) {
        return 0;
    }
    /* Elements of run B already >= A[last] stay too. */
    while (nb > 0) {
        int k = ms->cmp(ms, keys[b + nb - 1], keys[b - 1]);
        if (k < 0) {
            return -1;
        }
        if (k) {
            break;
        }
        nb--;
    }
    if (nb == 0) {
        return 0;
    }
    if (na <= nb) {
        if (ensure_tmp(ms, na) < 0) {
            return -1;
        }
        memcpy(ms->tmpk, &keys[a], (size_t)na * sizeof(GlObject *));
        if (vals) {
            memcpy(ms->tmpv, &vals[a], (size_t)na * sizeof(GlObject *));
        }
        Gl_ssize_t pa = 0, pb = b, dest = a, bend = b + nb;
        while (pa < na && pb < bend) {
            int k = ms->cmp(ms, keys[pb], ms->tmpk[pa]);
            if (k < 0) {
                err = -1;
                break;
            }
            if (k) {
                keys[dest] = keys[pb];
                if (vals) {
                    vals[dest] = vals[pb];
                }
                pb++;
            }
            else {
                keys[dest] = ms->tmpk[pa];
                if (vals) {
                    vals[dest] = ms->tmpv[pa];
                }
                pa++;
            }
            dest++;
        }
        /* What is left of A goes at dest (B's remainder is already in place). */
        memcpy(&keys[dest], &ms->tmpk[pa], (size_t)(na - pa) * sizeof(GlObject *));
        if (vals) {
            memcpy(&vals[dest], &ms->tmpv[pa], (size_t)(na - pa) * sizeof(GlObject *));
        }
        return err;
    }
    if (ensure_tmp(ms, nb) < 0) {
        return -1;
    }
    memcpy(ms->tmpk, &keys[b], (size_t)nb * sizeof(GlObject *));
    if (vals) {
        memcpy(ms->tmpv, &vals[b], (size_t)nb * sizeof(GlObject *));
    }
    Gl_ssize_t pa = b - 1, pb = nb - 1, dest = b + nb - 1;
    while (pa >= a && pb >= 0) {
        int k = ms->cmp(ms, ms->tmpk[pb], keys[pa]);
        if (k < 0) {
            err = -1;
            break;
        }
        if (k) {
            keys[dest] = keys[pa];
            if (vals) {
                vals[dest] = vals[pa];
            }
            pa--;
        }
        else {
            keys[dest] = ms->tmpk[pb];
            if (vals) {
                vals[dest] = ms->tmpv[pb];
            }
            pb--;
        }
        dest--;
    }
    /* What is left of B goes just after A's remainder. */
    memcpy(&keys[pa + 1], ms->tmpk, (size_t)(pb + 1) * sizeof(GlObject *));
    if (vals) {
        memcpy(&vals[pa + 1], ms->tmpv, (size_t)(pb + 1) * sizeof(GlObject *));
    }
    return err;
}

static int
merge_at(MergeState *ms, int i)
{
    SortRun *p = ms->pending;
    Gl_ssize_t base = p[i].base, na = p[i].len, nb = p[i + 1].len;
    p[i].len = na + nb;
    if (i == ms->n - 3) {
        p[i + 1] = p[i + 2];
    }
    ms->n--;
    return merge_runs(ms, base, na, nb);
}

/* Restore the run-stack invariants |A| > |B| + |C| and |B| > |C|. */
static int
merge_collapse(MergeState *ms)
{
    SortRun *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if ((n > 0 && p[n - 1].len <= p[n].len + p[n + 1].len)
            || (n > 1 && p[n - 2].len <= p[n - 1].len + p[n].len)) {
            if (p[n - 1].len < p[n + 1].len) {
                --n;
            }
            if (merge_at(ms, n) < 0) {
                return -1;
            }
        }
        else if (p[n].len <= p[n + 1].len) {
            if (merge_at(ms, n) < 0) {
                return -1;
            }
        }
        else {
            break;
        }
    }
    return 0;
}

static int
merge_force_collapse(MergeState *ms)
{
    SortRun *p = ms->pending;
    while (ms->n > 1) {
        int n = ms->n - 2;
        if (n > 0 && p[n - 1].len < p[n + 1].len) {
            --n;
        }
        if (merge_at(ms, n) < 0) {
            return -1;
        }
    }
    return 0;
}

static Gl_ssize_t
merge_compute_minrun(Gl_ssize_t n)
{
    Gl_ssize_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int
sort_slice(MergeState *ms, Gl_ssize_t nitems)
{
    Gl_ssize_t lo = 0, nremaining = nitems;
    Gl_ssize_t minrun = merge_compute_minrun(nremaining);
    do {
        Gl_ssize_t n = count_run(ms, lo, lo + nremaining);
        if (n < 0) {
            return -1;
        }
        if (n < minrun) {
            Gl_ssize_t force = nremaining <= minrun ? nremaining : minrun;
            if (binarysort(ms, lo, lo + force, lo + n) < 0) {
                return -1;
            }
            n = force;
        }
        ms->pending[ms->n].base = lo;
        ms->pending[ms->n].len = n;
        ms->n++;
        if (merge_collapse(ms) < 0) {
            return -1;
        }
        lo += n;
        nremaining -= n;
    } while (nremaining);
    return merge_force_collapse(ms);
}

int
GlList_Sort(GlObject *op, GlObject *keyfunc, int reverse)
{
    GlListObject *self = (GlListObject *)op;
    int result = -1;
    MergeState ms;
    memset(&ms, 0, sizeof(ms));

    /* Empty the list for the duration of the sort (see the file comment). */
    Gl_ssize_t saved_ob_size = Gl_SIZE(self);
    GlObject **saved_ob_item = self->ob_item;
    Gl_ssize_t saved_allocated = self->allocated;
    Gl_SET_SIZE(self, 0);
    self->ob_item = NULL;
    self->allocated = -1;

    GlObject **keys = NULL;
    if (keyfunc == NULL) {
        ms.keys = saved_ob_item;
        ms.values = NULL;
    }
    else {
        keys = GlMem_New(GlObject *, saved_ob_size ? saved_ob_size : 1);
        if (keys == NULL) {
            GlErr_NoMemory();
            goto keyfunc_fail;
        }
        for (Gl_ssize_t i = 0; i < saved_ob_size; i++) {
            keys[i] = GlObject_CallOneArg(keyfunc, saved_ob_item[i]);   // may run Python
            if (keys[i] == NULL) {
                for (i = i - 1; i >= 0; i--) {
                    Gl_DECREF(keys[i]);
                }
                GlMem_Free(keys);
                keys = NULL;
                goto keyfunc_fail;
            }
        }
        ms.keys = keys;
        ms.values = saved_ob_item;
    }

    if (saved_ob_size > 1) {
        if (reverse) {
            if (keys != NULL) {
                reverse_slice(&keys[0], &keys[saved_ob_size]);
            }
            reverse_slice(&saved_ob_item[0], &saved_ob_item[saved_ob_size]);
        }
        ms.cmp = select_compare(ms.keys, saved_ob_size, 0);
        if (ms.cmp == cmp_tuple) {
            ms.tuple_elem_cmp = select_compare(ms.keys, saved_ob_size, 1);
        }
        if (sort_slice(&ms, saved_ob_size) < 0) {
            goto fail;
        }
    }
    result = 0;
fail:
    if (keys != NULL) {
        for (Gl_ssize_t i = 0; i < saved_ob_size; i++) {
            Gl_DECREF(keys[i]);
        }
        GlMem_Free(keys);
    }
    if (self->allocated != -1 && result == 0) {
        GlErr_SetString(GlExc_ValueError, "list modified during sort");
        result = -1;
    }
    if (reverse && saved_ob_size > 1) {
        reverse_slice(saved_ob_item, saved_ob_item + saved_ob_size);
    }
    GlMem_Free(ms.tmpk);
    GlMem_Free(ms.tmpv);
keyfunc_fail:;
    GlObject **final_ob_item = self->ob_item;
    Gl_ssize_t i = Gl_SIZE(self);
    Gl_SET_SIZE(self, saved_ob_size);
    self->ob_item = saved_ob_item;
    self->allocated = saved_allocated;
    if (final_ob_item != NULL) {
        while (--i >= 0) {
            Gl_XDECREF(final_ob_item[i]);
        }
        GlMem_Free(final_ob_item);
    }
    return result;
}
