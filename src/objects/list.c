/* list.c - the list type, its iterators, and the repr-recursion guard shared by the
 * container reprs. Sorting lives in listsort.c.
 *
 * Invariants:
 * - 0 <= ob_size <= allocated; ob_item is NULL exactly when allocated == 0 (outside
 *   a sort, which empties the list and marks allocated -1 to detect mutation).
 * - items below ob_size are owned and non-NULL once Python can see the list.
 * - growth follows CPython 3.11's list_resize: (n + (n >> 3) + 6) & ~3, exact (even)
 *   preallocation when an empty list is filled from a sized iterable, shrink when
 *   less than half is used; so sys.getsizeof matches CPython's.
 * - up to 80 exact list objects (without item arrays) are kept on a free list; they
 *   bypass the GC allocation count as in CPython.
 * Ownership: any comparison, hash or repr may run Python code that mutates the list;
 *   sizes are re-read after each such call and items are held strongly across them.
 * Pickling: list_iterator reduces to (iter, (list,), index), list_reverseiterator to
 *   (reversed, (list,), index), both to (iter, ([],)) once exhausted, as CPython 3.11.
 */
#include <limits.h>
#include "allobjects.h"

#define LIST_MAXFREELIST 80

static GlListObject *list_free_list[LIST_MAXFREELIST];
static int list_numfree;

/* ---- the repr recursion guard (CPython's Py_ReprEnter / Py_ReprLeave) ---- */

static GlObject **repr_stack;
static Gl_ssize_t repr_len, repr_cap;

int
Gl_ReprEnter(GlObject *obj)
{
    for (Gl_ssize_t i = repr_len; --i >= 0;) {
        if (repr_stack[i] == obj) {
            return 1;
        }
    }
    if (repr_len == repr_cap) {
        Gl_ssize_t ncap = repr_cap ? repr_cap * 2 : 16;
        GlObject **ns = GlMem_Resize(repr_stack, GlObject *, ncap);
        if (ns == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        repr_stack = ns;
        repr_cap = ncap;
    }
    repr_stack[repr_len++] = obj;
    return 0;
}

void
Gl_ReprLeave(GlObject *obj)
{
    for (Gl_ssize_t i = repr_len; --i >= 0;) {
        if (repr_stack[i] == obj) {
            memmove(&repr_stack[i], &repr_stack[i + 1],
                    (size_t)(repr_len - i - 1) * sizeof(GlObject *));
            repr_len--;
            return;
        }
    }
}

GlObject *
GlRepr_JoinParts(const char *open, GlObject *parts, const char *close) GL_NEWREF
{
    GlObject *sep = GlStr_FromString(", ");
    if (sep == NULL) {
        return NULL;
    }
    GlObject *joined = GlStr_Join(sep, parts);
    Gl_DECREF(sep);
    if (joined == NULL) {
        return NULL;
    }
    GlObject *res = GlStr_FromFormat("%s%U%s", open, joined, close);
    Gl_DECREF(joined);
    return res;
}

/* ---- storage ---- */

/* Ensure room for newsize items and set ob_size = newsize (CPython's list_resize).
 * Items above the old size are uninitialised. 0 / -1 (MemoryError). */
static int
list_resize(GlListObject *self, Gl_ssize_t newsize)
{
    Gl_ssize_t allocated = self->allocated;
    if (allocated >= newsize && newsize >= (allocated >> 1)) {
        Gl_SET_SIZE(self, newsize);
        return 0;
    }
    size_t new_allocated = ((size_t)newsize + ((size_t)newsize >> 3) + 6) & ~(size_t)3;
    if (newsize - Gl_SIZE(self) > (Gl_ssize_t)(new_allocated - (size_t)newsize)) {
        new_allocated = ((size_t)newsize + 3) & ~(size_t)3;
    }
    if (newsize == 0) {
        new_allocated = 0;
    }
    GlObject **items;
    if (new_allocated == 0) {
        GlMem_Free(self->ob_item);
        items = NULL;
    }
    else {
        items = GlMem_Resize(self->ob_item, GlObject *, new_allocated);
        if (items == NULL) {
            GlErr_NoMemory();
            return -1;
        }
    }
    self->ob_item = items;
    Gl_SET_SIZE(self, newsize);
    self->allocated = (Gl_ssize_t)new_allocated;
    return 0;
}

/* An empty list about to receive `size` items gets exactly that (rounded up to even). */
static int
list_preallocate_exact(GlListObject *self, Gl_ssize_t size)
{
    size = (size + 1) & ~(Gl_ssize_t)1;
    GlObject **items = GlMem_New(GlObject *, size);
    if (items == NULL) {
        GlErr_NoMemory();
        return -1;
    }
    self->ob_item = items;
    self->allocated = size;
    return 0;
}

GlObject *
GlList_New(Gl_ssize_t size) GL_NEWREF
{
    if (size < 0) {
        return GlErr_BadInternalCall();
    }
    GlListObject *op;
    if (list_numfree > 0) {
        op = list_free_list[--list_numfree];
        op->ob_base.ob_base.ob_refcnt = 1;
        GL_REF_INC();
    }
    else {
        op = (GlListObject *)GlObject_GC_New(&GlList_Type, 0);
        if (op == NULL) {
            return NULL;
        }
    }
    if (size <= 0) {
        op->ob_item = NULL;
    }
    else {
        op->ob_item = (GlObject **)GlMem_Calloc((size_t)size, sizeof(GlObject *));
        if (op->ob_item == NULL) {
            Gl_SET_SIZE(op, 0);
            op->allocated = 0;
            Gl_DECREF(op);
            return GlErr_NoMemory();
        }
    }
    Gl_SET_SIZE(op, size);
    op->allocated = size;
    GlObject_GC_Track(op);
    return (GlObject *)op;
}

/* Slow path of GlList_Append: grow, then store. */
static int
list_app1(GlListObject *self, GlObject *v)
{
    Gl_ssize_t n = Gl_SIZE(self);
    if (list_resize(self, n + 1) < 0) {
        return -1;
    }
    self->ob_item[n] = Gl_NewRef(v);
    return 0;
}

int
GlList_Append(GlObject *op, GlObject *v)
{
    GlListObject *self = (GlListObject *)op;
    Gl_ssize_t n = Gl_SIZE(self);
    if (GL_LIKELY(self->allocated > n)) {
        self->ob_item[n] = Gl_NewRef(v);
        Gl_SET_SIZE(self, n + 1);
        return 0;
    }
    return list_app1(self, v);
}

static int
ins1(GlListObject *self, Gl_ssize_t where, GlObject *v)
{
    Gl_ssize_t n = Gl_SIZE(self);
    if (list_resize(self, n + 1) < 0) {
        return -1;
    }
    if (where < 0) {
        where += n;
        if (where < 0) {
            where = 0;
        }
    }
    if (where > n) {
        where = n;
    }
    GlObject **items = self->ob_item;
    memmove(&items[where + 1], &items[where], (size_t)(n - where) * sizeof(GlObject *));
    items[where] = Gl_NewRef(v);
    return 0;
}

int
GlList_Insert(GlObject *op, Gl_ssize_t where, GlObject *v)
{
    if (!GlList_Check(op)) {
        GlErr_BadInternalCall();
        return -1;
    }
    return ins1((GlListObject *)op, where, v);
}

GlObject *
GlList_GetItem(GlObject *op, Gl_ssize_t i) GL_BORROWED
{
    if ((size_t)i >= (size_t)Gl_SIZE(op)) {
        return GlErr_SetString(GlExc_IndexError, "list index out of range");
    }
    return GlList_GET_ITEM(op, i);
}

int
GlList_SetItem(GlObject *op, Gl_ssize_t i, GlObject *v GL_STEALS)
{
    if ((size_t)i >= (size_t)Gl_SIZE(op)) {
        Gl_XDECREF(v);
        GlErr_SetString(GlExc_IndexError, "list assignment index out of range");
        return -1;
    }
    GlObject **p = &((GlListObject *)op)->ob_item[i];
    Gl_XSETREF(*p, v);
    return 0;
}

static GlObject *
list_slice(GlListObject *a, Gl_ssize_t lo, Gl_ssize_t hi)
{
    Gl_ssize_t len = hi - lo;
    if (len <= 0) {
        return GlList_New(0);
    }
    GlListObject *np = (GlListObject *)GlList_New(len);
    if (np == NULL) {
        return NULL;
    }
    GlObject **src = a->ob_item + lo, **dst = np->ob_item;
    for (Gl_ssize_t i = 0; i < len; i++) {
        dst[i] = Gl_NewRef(src[i]);
    }
    return (GlObject *)np;
}

GlObject *
GlList_GetSlice(GlObject *a, Gl_ssize_t lo, Gl_ssize_t hi) GL_NEWREF
{
    Gl_ssize_t n = Gl_SIZE(a);
    if (lo < 0) {
        lo = 0;
    }
    else if (lo > n) {
        lo = n;
    }
    if (hi < lo) {
        hi = lo;
    }
    else if (hi > n) {
        hi = n;
    }
    return list_slice((GlListObject *)a, lo, hi);
}

GlObject *
GlList_AsTuple(GlObject *v) GL_NEWREF
{
    return GlTuple_FromArray(((GlListObject *)v)->ob_item, Gl_SIZE(v));
}

int
GlList_Reverse(GlObject *v)
{
    GlListObject *self = (GlListObject *)v;
    Gl_ssize_t n = Gl_SIZE(self);
    if (n > 1) {
        GlObject **lo = self->ob_item, **hi = self->ob_item + n - 1;
        while (lo < hi) {
            GlObject *t = *lo;
            *lo++ = *hi;
            *hi-- = t;
        }
    }
    return 0;
}

void
GlList_ClearFreeList(void)
{
    while (list_numfree > 0) {
        GlObject_GC_Del(list_free_list[--list_numfree]);
    }
}

/* Drop all items (list.clear). Items are released after the list is emptied,
 * because a release can run Python code that looks at the list. */
static int
list_clear_items(GlListObject *a)
{
    GlObject **items = a->ob_item;
    if (items == NULL) {
        return 0;
    }
    Gl_ssize_t i = Gl_SIZE(a);
    Gl_SET_SIZE(a, 0);
    a->ob_item = NULL;
    a->allocated = 0;
    while (--i >= 0) {
        Gl_XDECREF(items[i]);
    }
    GlMem_Free(items);
    return 0;
}

/* ---- extend ---- */

static int
list_extend_fast(GlListObject *self, GlObject *iterable)
{
    /* iterable is an exact list or tuple (possibly self). */
    Gl_ssize_t n = Gl_SIZE(iterable);
    if (n == 0) {
        return 0;
    }
    Gl_ssize_t m = Gl_SIZE(self);
    if (self->ob_item == NULL) {
        if (list_preallocate_exact(self, n) < 0) {
            return -1;
        }
        Gl_SET_SIZE(self, n);
    }
    else if (list_resize(self, m + n) < 0) {
        return -1;
    }
    /* Re-read the source after the resize: it may be self. */
    GlObject **src = GlList_CheckExact(iterable) ? ((GlListObject *)iterable)->ob_item
                                                 : GlTuple_ITEMS(iterable);
    GlObject **dest = self->ob_item + m;
    for (Gl_ssize_t i = 0; i < n; i++) {
        dest[i] = Gl_NewRef(src[i]);
    }
    return 0;
}

int
GlList_Extend(GlObject *op, GlObject *iterable)
{
    GlListObject *self = (GlListObject *)op;
    if (GlList_CheckExact(iterable) || GlTuple_CheckExact(iterable) || op == iterable) {
        return list_extend_fast(self, iterable);
    }
    GlObject *it = GlObject_GetIter(iterable);
    if (it == NULL) {
        return -1;
    }
    iternextfunc iternext = Gl_TYPE(it)->tp_iternext;
    Gl_ssize_t n = GlObject_LengthHint(iterable, 8);
    if (n < 0) {
        Gl_DECREF(it);
        return -1;
    }
    Gl_ssize_t m = Gl_SIZE(self);
    if (m > GL_SSIZE_T_MAX - n) {
        /* overflow: just grow as we go */
    }
    else if (self->ob_item == NULL) {
        if (n && list_preallocate_exact(self, n) < 0) {
            goto error;
        }
    }
    else {
        if (list_resize(self, m + n) < 0) {
            goto error;
        }
        Gl_SET_SIZE(self, m);
    }
    for (;;) {
        GlObject *item = iternext(it);   // may run Python
        if (item == NULL) {
            if (GlErr_Occurred()) {
                if (!GlErr_ExceptionMatches(GlExc_StopIteration)) {
                    goto error;
                }
                GlErr_Clear();
            }
            break;
        }
        Gl_ssize_t sz = Gl_SIZE(self);
        if (sz < self->allocated) {
            self->ob_item[sz] = item;
            Gl_SET_SIZE(self, sz + 1);
        }
        else {
            int st = list_app1(self, item);
            Gl_DECREF(item);
            if (st < 0) {
                goto error;
            }
        }
    }
    /* Cut back if the guess was too large. */
    if (Gl_SIZE(self) < self->allocated && list_resize(self, Gl_SIZE(self)) < 0) {
        goto error;
    }
    Gl_DECREF(it);
    return 0;
error:
    Gl_DECREF(it);
    return -1;
}

GlObject *
GlSequence_List(GlObject *v) GL_NEWREF
{
    GlObject *res = GlList_New(0);
    if (res == NULL) {
        return NULL;
    }
    if (GlList_Extend(res, v) < 0) {
        Gl_DECREF(res);
        return NULL;
    }
    return res;
}

/* ---- slice assignment (CPython's list_ass_slice) ---- */

/* a[ilow:ihigh] = v (v NULL: delete). v may be a list, any iterable, or a itself. */
static int
list_ass_slice(GlListObject *a, Gl_ssize_t ilow, Gl_ssize_t ihigh, GlObject *v)
{
    GlObject *v_as_sf = NULL;   // v as a list or tuple
    GlObject **vitem = NULL;
    Gl_ssize_t n = 0;
    int result = -1;
    if (v != NULL) {
        if (v == (GlObject *)a) {
            v = list_slice(a, 0, Gl_SIZE(a));
            if (v == NULL) {
                return -1;
            }
            result = list_ass_slice(a, ilow, ihigh, v);
            Gl_DECREF(v);
            return result;
        }
        v_as_sf = GlSequence_Fast(v, "can only assign an iterable");
        if (v_as_sf == NULL) {
            return -1;
        }
        n = Gl_SIZE(v_as_sf);
        vitem = GlList_Check(v_as_sf) ? ((GlListObject *)v_as_sf)->ob_item
                                      : GlTuple_ITEMS(v_as_sf);
    }
    Gl_ssize_t size = Gl_SIZE(a);
    if (ilow < 0) {
        ilow = 0;
    }
    else if (ilow > size) {
        ilow = size;
    }
    if (ihigh < ilow) {
        ihigh = ilow;
    }
    else if (ihigh > size) {
        ihigh = size;
    }
    Gl_ssize_t norig = ihigh - ilow;
    Gl_ssize_t d = n - norig;
    if (size + d == 0) {
        Gl_XDECREF(v_as_sf);
        return list_clear_items(a);
    }
    /* Keep the replaced items alive until the list is consistent again. */
    GlObject *recycle_buf[8];
    GlObject **recycle = recycle_buf;
    if (norig > 8) {
        recycle = GlMem_New(GlObject *, norig);
        if (recycle == NULL) {
            GlErr_NoMemory();
            goto done;
        }
    }
    GlObject **item = a->ob_item;
    if (norig > 0) {   // an empty list may have no item array at all
        memcpy(recycle, &item[ilow], (size_t)norig * sizeof(GlObject *));
    }
    if (d < 0) {
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(size - ihigh) * sizeof(GlObject *));
        if (list_resize(a, size + d) < 0) {
            goto done;   // cannot happen when shrinking
        }
        item = a->ob_item;
    }
    else if (d > 0) {
        if (list_resize(a, size + d) < 0) {
            if (recycle != recycle_buf) {
                GlMem_Free(recycle);
            }
            goto done;
        }
        item = a->ob_item;
        memmove(&item[ihigh + d], &item[ihigh], (size_t)(size - ihigh) * sizeof(GlObject *));
    }
    for (Gl_ssize_t k = 0; k < n; k++) {
        item[ilow + k] = Gl_NewRef(vitem[k]);
    }
    for (Gl_ssize_t k = norig - 1; k >= 0; --k) {
        Gl_XDECREF(recycle[k]);
    }
    if (recycle != recycle_buf) {
        GlMem_Free(recycle);
    }
    result = 0;
done:
    Gl_XDECREF(v_as_sf);
    return result;
}

/* ---- slots ---- */

static void
list_dealloc(GlObject *self)
{
    GlListObject *op = (GlListObject *)self;
    GlObject_GC_UnTrack(op);
    if (op->ob_item != NULL) {
        Gl_ssize_t i = Gl_SIZE(op);
        while (--i >= 0) {
            Gl_XDECREF(op->ob_item[i]);
        }
        GlMem_Free(op->ob_item);
        op->ob_item = NULL;
    }
    if (GlList_CheckExact(self) && list_numfree < LIST_MAXFREELIST) {
        list_free_list[list_numfree++] = op;
        return;
    }
    Gl_TYPE(self)->tp_free(self);
}

static GlObject *
list_repr(GlObject *self)
{
    if (Gl_SIZE(self) == 0) {
        return GlStr_FromString("[]");
    }
    int rc = Gl_ReprEnter(self);
    if (rc != 0) {
        return rc > 0 ? GlStr_FromString("[...]") : NULL;
    }
    GlObject *res = NULL;
    GlObject *parts = GlList_New(0);
    if (parts == NULL) {
        goto done;
    }
    /* The list may change while its items are repr'd: re-read the size each time. */
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self); i++) {
        GlObject *item = Gl_NewRef(GlList_GET_ITEM(self, i));
        GlObject *r = GlObject_Repr(item);   // may run Python
        Gl_DECREF(item);
        if (r == NULL) {
            goto done;
        }
        int err = GlList_Append(parts, r);
        Gl_DECREF(r);
        if (err < 0) {
            goto done;
        }
    }
    res = GlRepr_JoinParts("[", parts, "]");
done:
    Gl_XDECREF(parts);
    Gl_ReprLeave(self);
    return res;
}

static int
list_traverse(GlObject *self, visitproc visit, void *arg)
{
    for (Gl_ssize_t i = Gl_SIZE(self); --i >= 0;) {
        Gl_VISIT(GlList_GET_ITEM(self, i));
    }
    return 0;
}

static int
list_tp_clear(GlObject *self)
{
    return list_clear_items((GlListObject *)self);
}

static GlObject *
list_richcompare(GlObject *v, GlObject *w, int op)
{
    if (!GlList_Check(v) || !GlList_Check(w)) {
        Gl_RETURN_NOTIMPLEMENTED;
    }
    GlListObject *vl = (GlListObject *)v, *wl = (GlListObject *)w;
    if (Gl_SIZE(vl) != Gl_SIZE(wl) && (op == Gl_EQ || op == Gl_NE)) {
        return GlBool_FromLong(op == Gl_NE);
    }
    Gl_ssize_t i;
    for (i = 0; i < Gl_SIZE(vl) && i < Gl_SIZE(wl); i++) {
        GlObject *vitem = vl->ob_item[i], *witem = wl->ob_item[i];
        if (vitem == witem) {
            continue;
        }
        Gl_INCREF(vitem);
        Gl_INCREF(witem);
        int k = GlObject_RichCompareBool(vitem, witem, Gl_EQ);   // may run Python
        Gl_DECREF(vitem);
        Gl_DECREF(witem);
        if (k < 0) {
            return NULL;
        }
        if (!k) {
            break;
        }
    }
    if (i >= Gl_SIZE(vl) || i >= Gl_SIZE(wl)) {
        return GlRich_CompareSizes(Gl_SIZE(vl), Gl_SIZE(wl), op);
    }
    if (op == Gl_EQ) {
        Gl_RETURN_FALSE;
    }
    if (op == Gl_NE) {
        Gl_RETURN_TRUE;
    }
    GlObject *vitem = Gl_NewRef(vl->ob_item[i]), *witem = Gl_NewRef(wl->ob_item[i]);
    GlObject *res = GlObject_RichCompare(vitem, witem, op);
    Gl_DECREF(vitem);
    Gl_DECREF(witem);
    return res;
}

static GlObject *list_iter(GlObject *seq);

static int
list___init__(GlObject *self, GlObject *args, GlObject *kwds)
{
    if ((Gl_TYPE(self) == &GlList_Type || Gl_TYPE(self)->tp_new == GlList_Type.tp_new)
        && GlArg_NoKeywords("list", kwds) < 0) {
        return -1;
    }
    Gl_ssize_t nargs = Gl_SIZE(args);
    if (GlArg_CheckPositional("list", nargs, 0, 1) < 0) {
        return -1;
    }
    GlListObject *l = (GlListObject *)self;
    if (l->ob_item != NULL) {
        list_clear_items(l);
    }
    if (nargs == 0) {
        return 0;
    }
    /* No separate len() first: CPython 3.11 asks only list_extend's length hint,
     * after getting the iterator (a class sees __iter__, then __len__). */
    GlObject *iterable = GlTuple_GET_ITEM(args, 0);
    return GlList_Extend(self, iterable);
}

static GlObject *
list_vectorcall(GlObject *type, GlObject *const *args, size_t nargsf, GlObject *kwnames)
{
    if (GlArg_NoKwnames("list", kwnames) < 0) {
        return NULL;
    }
    Gl_ssize_t nargs = GlVectorcall_NARGS(nargsf);
    if (GlArg_CheckPositional("list", nargs, 0, 1) < 0) {
        return NULL;
    }
    GlObject *list = ((GlTypeObject *)type)->tp_alloc((GlTypeObject *)type, 0);
    if (list == NULL) {
        return NULL;
    }
    if (nargs) {
        GlObject *t = GlTuple_Pack(1, args[0]);
        if (t == NULL || list___init__(list, t, NULL) < 0) {
            Gl_XDECREF(t);
            Gl_DECREF(list);
            return NULL;
        }
        Gl_DECREF(t);
    }
    return list;
}

/* ---- sequence protocol ---- */

static Gl_ssize_t
list_length(GlObject *a)
{
    return Gl_SIZE(a);
}

static int
list_contains(GlObject *self, GlObject *el)
{
    GlListObject *a = (GlListObject *)self;
    int cmp = 0;
    for (Gl_ssize_t i = 0; cmp == 0 && i < Gl_SIZE(a); ++i) {
        GlObject *item = a->ob_item[i];
        if (item == el) {
            return 1;
        }
        Gl_INCREF(item);
        cmp = GlObject_RichCompareBool(item, el, Gl_EQ);   // may run Python
        Gl_DECREF(item);
    }
    return cmp;
}

static GlObject *
list_item(GlObject *a, Gl_ssize_t i)
{
    if ((size_t)i >= (size_t)Gl_SIZE(a)) {
        return GlErr_SetString(GlExc_IndexError, "list index out of range");
    }
    return Gl_NewRef(((GlListObject *)a)->ob_item[i]);
}

static GlObject *
list_concat(GlObject *a, GlObject *bb)
{
    if (!GlList_Check(bb)) {
        return GlErr_Format(GlExc_TypeError,
                            "can only concatenate list (not \"%.200s\") to list",
                            Gl_TYPE(bb)->tp_name);
    }
    Gl_ssize_t na = Gl_SIZE(a), nb = Gl_SIZE(bb);
    if (na > GL_SSIZE_T_MAX - nb) {
        return GlErr_NoMemory();
    }
    Gl_ssize_t size = na + nb;
    if (size == 0) {
        return GlList_New(0);
    }
    GlListObject *np = (GlListObject *)GlList_New(size);
    if (np == NULL) {
        return NULL;
    }
    GlObject **src = ((GlListObject *)a)->ob_item, **dest = np->ob_item;
    for (Gl_ssize_t i = 0; i < na; i++) {
        dest[i] = Gl_NewRef(src[i]);
    }
    src = ((GlListObject *)bb)->ob_item;
    dest = np->ob_item + na;
    for (Gl_ssize_t i = 0; i < nb; i++) {
        dest[i] = Gl_NewRef(src[i]);
    }
    return (GlObject *)np;
}

static GlObject *
list_repeat(GlObject *a, Gl_ssize_t n)
{
    Gl_ssize_t input_size = Gl_SIZE(a);
    if (input_size == 0 || n <= 0) {
        return GlList_New(0);
    }
    if (input_size > GL_SSIZE_T_MAX / n) {
        return GlErr_NoMemory();
    }
    Gl_ssize_t output_size = input_size * n;
    GlListObject *np = (GlListObject *)GlList_New(output_size);
    if (np == NULL) {
        return NULL;
    }
    GlObject **src = ((GlListObject *)a)->ob_item, **dest = np->ob_item;
    if (input_size == 1) {
        GlObject *elem = src[0];
        elem->ob_refcnt += n;
        for (Gl_ssize_t i = 0; i < n; i++) {
            dest[i] = elem;
        }
#ifdef GL_REFTRACE
        gl_total_refs += n;
#endif
        return (GlObject *)np;
    }
    for (Gl_ssize_t i = 0; i < input_size; i++) {
        Gl_INCREF(src[i]);
        src[i]->ob_refcnt += n - 1;
#ifdef GL_REFTRACE
        gl_total_refs += n - 1;
#endif
    }
    memcpy(dest, src, (size_t)input_size * sizeof(GlObject *));
    Gl_ssize_t copied = input_size;
    while (copied < output_size) {
        Gl_ssize_t chunk = copied <= output_size - copied ? copied : output_size - copied;
        memcpy(dest + copied, dest, (size_t)chunk * sizeof(GlObject *));
        copied += chunk;
    }
    return (GlObject *)np;
}

static int
list_ass_item(GlObject *self, Gl_ssize_t i, GlObject *v)
{
    GlListObject *a = (GlListObject *)self;
    if ((size_t)i >= (size_t)Gl_SIZE(a)) {
        GlErr_SetString(GlExc_IndexError, "list assignment index out of range");
        return -1;
    }
    if (v == NULL) {
        return list_ass_slice(a, i, i + 1, NULL);
    }
    Gl_SETREF(a->ob_item[i], Gl_NewRef(v));
    return 0;
}

static GlObject *
list_inplace_concat(GlObject *self, GlObject *other)
{
    if (GlList_Extend(self, other) < 0) {
        return NULL;
    }
    return Gl_NewRef(self);
}

static GlObject *
list_inplace_repeat(GlObject *self, Gl_ssize_t n)
{
    GlListObject *a = (GlListObject *)self;
    Gl_ssize_t input_size = Gl_SIZE(a);
    if (input_size == 0 || n == 1) {
        return Gl_NewRef(self);
    }
    if (n < 1) {
        list_clear_items(a);
        return Gl_NewRef(self);
    }
    if (input_size > GL_SSIZE_T_MAX / n) {
        return GlErr_NoMemory();
    }
    Gl_ssize_t output_size = input_size * n;
    if (list_resize(a, output_size) < 0) {
        return NULL;
    }
    GlObject **items = a->ob_item;
    for (Gl_ssize_t i = 0; i < input_size; i++) {
        items[i]->ob_refcnt += n - 1;
#ifdef GL_REFTRACE
        gl_total_refs += n - 1;
#endif
    }
    Gl_ssize_t copied = input_size;
    while (copied < output_size) {
        Gl_ssize_t chunk = copied <= output_size - copied ? copied : output_size - copied;
        memcpy(items + copied, items, (size_t)chunk * sizeof(GlObject *));
        copied += chunk;
    }
    return Gl_NewRef(self);
}

/* ---- mapping protocol (indices and slices) ---- */

static GlObject *
list_subscript(GlObject *self, GlObject *item)
{
    GlListObject *a = (GlListObject *)self;
    if (GlInt_CheckExact(item) && GlInt_IS_SMALL(item)) {
        int64_t i = ((GlIntObject *)item)->small;
        if (i < 0) {
            i += Gl_SIZE(a);
        }
        return list_item(self, (Gl_ssize_t)i);
    }
    if (GlIndex_Check(item)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(item, GlExc_IndexError);
        if (i == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += Gl_SIZE(a);
        }
        return list_item(self, i);
    }
    if (GlSlice_Check(item)) {
        Gl_ssize_t start, stop, step;
        Gl_ssize_t len = GlSlice_GetIndicesEx(item, Gl_SIZE(a), &start, &stop, &step);
        if (len < 0) {
            return NULL;
        }
        if (len <= 0) {
            return GlList_New(0);
        }
        if (step == 1) {
            return list_slice(a, start, stop);
        }
        GlListObject *res = (GlListObject *)GlList_New(len);
        if (res == NULL) {
            return NULL;
        }
        for (Gl_ssize_t cur = start, i = 0; i < len; cur += step, i++) {
            res->ob_item[i] = Gl_NewRef(a->ob_item[cur]);
        }
        return (GlObject *)res;
    }
    return GlErr_Format(GlExc_TypeError, "list indices must be integers or slices, not %.200s",
                        Gl_TYPE(item)->tp_name);
}

static int
list_ass_extended(GlListObject *self, Gl_ssize_t start, Gl_ssize_t step,
                  Gl_ssize_t slicelength, GlObject *value)
{
    if (value == NULL) {
        /* delete slice */
        if (slicelength <= 0) {
            return 0;
        }
        if (step < 0) {
            start = start + step * (slicelength - 1);
            step = -step;
        }
        GlObject **garbage = GlMem_New(GlObject *, slicelength);
        if (garbage == NULL) {
            GlErr_NoMemory();
            return -1;
        }
        Gl_ssize_t cur, i;
        for (cur = start, i = 0; cur < (Gl_ssize_t)(size_t)Gl_SIZE(self); cur += step, i++) {
            if (i >= slicelength) {
                break;
            }
            Gl_ssize_t lim = step - 1;
            garbage[i] = self->ob_item[cur];
            if (cur + step >= Gl_SIZE(self)) {
                lim = Gl_SIZE(self) - cur - 1;
            }
            memmove(self->ob_item + cur - i, self->ob_item + cur + 1,
                    (size_t)lim * sizeof(GlObject *));
        }
        cur = start + slicelength * step;
        if (cur < Gl_SIZE(self)) {
            memmove(self->ob_item + cur - slicelength, self->ob_item + cur,
                    (size_t)(Gl_SIZE(self) - cur) * sizeof(GlObject *));
        }
        Gl_SET_SIZE(self, Gl_SIZE(self) - slicelength);
        int res = list_resize(self, Gl_SIZE(self));
        for (i = 0; i < slicelength; i++) {
            Gl_DECREF(garbage[i]);
        }
        GlMem_Free(garbage);
        return res;
    }
    /* assign slice */
    GlObject *seq;
    if ((GlObject *)self == value) {
        seq = list_slice(self, 0, Gl_SIZE(self));
    }
    else {
        seq = GlSequence_Fast(value, "must assign iterable to extended slice");
    }
    if (seq == NULL) {
        return -1;
    }
    if (Gl_SIZE(seq) != slicelength) {
        GlErr_Format(GlExc_ValueError,
                     "attempt to assign sequence of size %zd to extended slice of size %zd",
                     Gl_SIZE(seq), slicelength);
        Gl_DECREF(seq);
        return -1;
    }
    if (!slicelength) {
        Gl_DECREF(seq);
        return 0;
    }
    GlObject **garbage = GlMem_New(GlObject *, slicelength);
    if (garbage == NULL) {
        Gl_DECREF(seq);
        GlErr_NoMemory();
        return -1;
    }
    GlObject **seqitems = GlList_Check(seq) ? ((GlListObject *)seq)->ob_item : GlTuple_ITEMS(seq);
    for (Gl_ssize_t cur = start, i = 0; i < slicelength; cur += step, i++) {
        garbage[i] = self->ob_item[cur];
        self->ob_item[cur] = Gl_NewRef(seqitems[i]);
    }
    for (Gl_ssize_t i = 0; i < slicelength; i++) {
        Gl_DECREF(garbage[i]);
    }
    GlMem_Free(garbage);
    Gl_DECREF(seq);
    return 0;
}

static int
list_ass_subscript(GlObject *selfo, GlObject *item, GlObject *value)
{
    GlListObject *self = (GlListObject *)selfo;
    if (GlIndex_Check(item)) {
        Gl_ssize_t i = GlNumber_AsSsize_t(item, GlExc_IndexError);
        if (i == -1 && GlErr_Occurred()) {
            return -1;
        }
        if (i < 0) {
            i += Gl_SIZE(self);
        }
        return list_ass_item(selfo, i, value);
    }
    if (GlSlice_Check(item)) {
        Gl_ssize_t start, stop, step;
        Gl_ssize_t slicelength = GlSlice_GetIndicesEx(item, Gl_SIZE(self), &start, &stop, &step);
        if (slicelength < 0) {
            return -1;
        }
        if (step == 1) {
            return list_ass_slice(self, start, stop, value);
        }
        /* Make sure s[5:2] = [..] inserts at the right place: before 5, not before 2. */
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) {
            stop = start;
        }
        return list_ass_extended(self, start, step, slicelength, value);
    }
    GlErr_Format(GlExc_TypeError, "list indices must be integers or slices, not %.200s",
                 Gl_TYPE(item)->tp_name);
    return -1;
}

/* ---- methods ---- */

GlObject *
GlList_AppendMethod(GlObject *self, GlObject *object) GL_NEWREF
{
    if (GlList_Append(self, object) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
list_extend_meth(GlObject *self, GlObject *iterable)
{
    if (GlList_Extend(self, iterable) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
list_insert_meth(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("insert", nargs, 2, 2) < 0) {
        return NULL;
    }
    /* Argument clinic's Py_ssize_t converter: __index__, then the C conversion. */
    GlObject *iobj = GlNumber_Index(args[0]);
    if (iobj == NULL) {
        return NULL;
    }
    Gl_ssize_t index = GlInt_AsSsize_t(iobj);
    Gl_DECREF(iobj);
    if (index == -1 && GlErr_Occurred()) {
        return NULL;
    }
    if (ins1((GlListObject *)self, index, args[1]) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
list_pop_meth(GlObject *selfo, GlObject *const *args, Gl_ssize_t nargs)
{
    GlListObject *self = (GlListObject *)selfo;
    if (GlArg_CheckPositional("pop", nargs, 0, 1) < 0) {
        return NULL;
    }
    Gl_ssize_t index = -1;
    if (nargs) {
        index = GlNumber_AsSsize_t(args[0], GlExc_OverflowError);
        if (index == -1 && GlErr_Occurred()) {
            return NULL;
        }
    }
    Gl_ssize_t n = Gl_SIZE(self);
    if (n == 0) {
        return GlErr_SetString(GlExc_IndexError, "pop from empty list");
    }
    if (index < 0) {
        index += n;
    }
    if ((size_t)index >= (size_t)n) {
        return GlErr_SetString(GlExc_IndexError, "pop index out of range");
    }
    GlObject *v = self->ob_item[index];
    if (index == n - 1) {
        if (list_resize(self, n - 1) < 0) {
            return NULL;
        }
        return v;   // the list's reference passes to the caller
    }
    Gl_INCREF(v);
    if (list_ass_slice(self, index, index + 1, NULL) < 0) {
        Gl_DECREF(v);
        return NULL;
    }
    return v;
}

static GlObject *
list_remove_meth(GlObject *selfo, GlObject *value)
{
    GlListObject *self = (GlListObject *)selfo;
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self); i++) {
        GlObject *obj = Gl_NewRef(self->ob_item[i]);
        int cmp = GlObject_RichCompareBool(obj, value, Gl_EQ);   // may run Python
        Gl_DECREF(obj);
        if (cmp > 0) {
            if (list_ass_slice(self, i, i + 1, NULL) < 0) {
                return NULL;
            }
            Gl_RETURN_NONE;
        }
        if (cmp < 0) {
            return NULL;
        }
    }
    return GlErr_SetString(GlExc_ValueError, "list.remove(x): x not in list");
}

static GlObject *
list_index_meth(GlObject *selfo, GlObject *const *args, Gl_ssize_t nargs)
{
    GlListObject *self = (GlListObject *)selfo;
    Gl_ssize_t start, stop;
    if (GlSeq_IndexArgs("index", args, nargs, &start, &stop) < 0) {
        return NULL;
    }
    if (start < 0) {
        start += Gl_SIZE(self);
        if (start < 0) {
            start = 0;
        }
    }
    if (stop < 0) {
        stop += Gl_SIZE(self);
        if (stop < 0) {
            stop = 0;
        }
    }
    for (Gl_ssize_t i = start; i < stop && i < Gl_SIZE(self); i++) {
        GlObject *obj = Gl_NewRef(self->ob_item[i]);
        int cmp = GlObject_RichCompareBool(obj, args[0], Gl_EQ);
        Gl_DECREF(obj);
        if (cmp > 0) {
            return GlInt_FromSsize_t(i);
        }
        if (cmp < 0) {
            return NULL;
        }
    }
    return GlErr_Format(GlExc_ValueError, "%R is not in list", args[0]);
}

static GlObject *
list_count_meth(GlObject *selfo, GlObject *value)
{
    GlListObject *self = (GlListObject *)selfo;
    Gl_ssize_t count = 0;
    for (Gl_ssize_t i = 0; i < Gl_SIZE(self); i++) {
        GlObject *obj = self->ob_item[i];
        if (obj == value) {
            count++;
            continue;
        }
        Gl_INCREF(obj);
        int cmp = GlObject_RichCompareBool(obj, value, Gl_EQ);
        Gl_DECREF(obj);
        if (cmp > 0) {
            count++;
        }
        else if (cmp < 0) {
            return NULL;
        }
    }
    return GlInt_FromSsize_t(count);
}

static GlObject *
list_clear_meth(GlObject *self, GlObject *unused)
{
    list_clear_items((GlListObject *)self);
    Gl_RETURN_NONE;
}

static GlObject *
list_copy_meth(GlObject *self, GlObject *unused)
{
    return list_slice((GlListObject *)self, 0, Gl_SIZE(self));
}

static GlObject *
list_reverse_meth(GlObject *self, GlObject *unused)
{
    GlList_Reverse(self);
    Gl_RETURN_NONE;
}

int
GlList_SortReverseArg(GlObject *v)
{
    GlObject *iv = GlNumber_Index(v);
    if (iv == NULL) {
        return -1;
    }
    int overflow = 0;
    int64_t x = GlInt_AsInt64AndOverflow(iv, &overflow);
    Gl_DECREF(iv);
    if (overflow || x > INT_MAX || x < INT_MIN) {
        GlErr_SetString(GlExc_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    return x != 0;
}

static GlObject *
list_sort_meth(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"key", "reverse", NULL};
    GlObject *out[2] = {NULL, NULL};
    if (nargs > 0) {
        return GlErr_SetString(GlExc_TypeError, "sort() takes no positional arguments");
    }
    if (GlArg_ParseVector("sort", args, nargs, kwnames, kwlist, 0, 0, out) < 0) {
        return NULL;
    }
    GlObject *key = out[0] == Gl_None ? NULL : out[0];
    int reverse = out[1] == NULL ? 0 : GlList_SortReverseArg(out[1]);
    if (reverse < 0) {
        return NULL;
    }
    if (GlList_Sort(self, key, reverse) < 0) {
        return NULL;
    }
    Gl_RETURN_NONE;
}

static GlObject *
list_sizeof_meth(GlObject *self, GlObject *unused)
{
    return GlInt_FromSsize_t((Gl_ssize_t)sizeof(GlListObject)
                             + ((GlListObject *)self)->allocated * (Gl_ssize_t)sizeof(GlObject *));
}

static GlObject *list_reversed_meth(GlObject *self, GlObject *unused);

static GlMethodDef list_methods[] = {
    {"__reversed__", GL_FN(list_reversed_meth), GL_METH_NOARGS,
     "Return a reverse iterator over the list."},
    {"__sizeof__", GL_FN(list_sizeof_meth), GL_METH_NOARGS,
     "Return the size of the list in memory, in bytes."},
    {"clear", GL_FN(list_clear_meth), GL_METH_NOARGS, "Remove all items from list."},
    {"copy", GL_FN(list_copy_meth), GL_METH_NOARGS, "Return a shallow copy of the list."},
    {"append", GL_FN(GlList_AppendMethod), GL_METH_O, "Append object to the end of the list."},
    {"insert", GL_FN(list_insert_meth), GL_METH_FASTCALL, "Insert object before index."},
    {"extend", GL_FN(list_extend_meth), GL_METH_O,
     "Extend list by appending elements from the iterable."},
    {"pop", GL_FN(list_pop_meth), GL_METH_FASTCALL,
     "Remove and return item at index (default last)."},
    {"remove", GL_FN(list_remove_meth), GL_METH_O, "Remove first occurrence of value."},
    {"index", GL_FN(list_index_meth), GL_METH_FASTCALL, "Return first index of value."},
    {"count", GL_FN(list_count_meth), GL_METH_O, "Return number of occurrences of value."},
    {"reverse", GL_FN(list_reverse_meth), GL_METH_NOARGS, "Reverse *IN PLACE*."},
    {"sort", GL_FN(list_sort_meth), GL_METH_FASTCALL | GL_METH_KEYWORDS,
     "Sort the list in ascending order and return None."},
    {NULL, NULL, 0, NULL},
};

static GlSequenceMethods list_as_sequence = {
    .sq_length = list_length,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_item = list_item,
    .sq_ass_item = list_ass_item,
    .sq_contains = list_contains,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
};

static GlMappingMethods list_as_mapping = {
    .mp_length = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
};

GlTypeObject GlList_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "list",
    .tp_basicsize = sizeof(GlListObject),
    .tp_dealloc = list_dealloc,
    .tp_repr = list_repr,
    .tp_as_sequence = &list_as_sequence,
    .tp_as_mapping = &list_as_mapping,
    .tp_hash = GlObject_HashNotImplemented,
    .tp_flags = GL_TPFLAGS_HAVE_GC | GL_TPFLAGS_BASETYPE | GL_TPFLAGS_LIST_SUBCLASS,
    .tp_doc = "Built-in mutable sequence.",
    .tp_traverse = list_traverse,
    .tp_clear = list_tp_clear,
    .tp_richcompare = list_richcompare,
    .tp_iter = list_iter,
    .tp_methods = list_methods,
    .tp_init = list___init__,
    .tp_alloc = GlType_GenericAlloc,
    .tp_new = GlType_GenericNew,
    .tp_free = GlObject_GC_Del,
    .tp_vectorcall = list_vectorcall,
};

/* ---- iterators ---- */

static void
listiter_dealloc(GlObject *self)
{
    GlListIterObject *it = (GlListIterObject *)self;
    GlObject_GC_UnTrack(it);
    Gl_XDECREF(it->it_seq);
    GlObject_GC_Del(it);
}

static int
listiter_traverse(GlObject *self, visitproc visit, void *arg)
{
    Gl_VISIT(((GlListIterObject *)self)->it_seq);
    return 0;
}

static GlObject *
listiter_next(GlObject *self)
{
    GlListIterObject *it = (GlListIterObject *)self;
    GlObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    if (it->it_index < Gl_SIZE(seq)) {
        return Gl_NewRef(GlList_GET_ITEM(seq, it->it_index++));
    }
    it->it_seq = NULL;
    Gl_DECREF(seq);
    return NULL;
}

static GlObject *
listiter_len(GlObject *self, GlObject *unused)
{
    GlListIterObject *it = (GlListIterObject *)self;
    Gl_ssize_t len = 0;
    if (it->it_seq != NULL) {
        len = Gl_SIZE(it->it_seq) - it->it_index;
        if (len < 0) {
            len = 0;
        }
    }
    return GlInt_FromSsize_t(len);
}

static GlObject *
list_iter(GlObject *seq)
{
    GlListIterObject *it = (GlListIterObject *)GlObject_GC_New(&GlListIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = 0;
    it->it_seq = Gl_NewRef(seq);
    GlObject_GC_Track(it);
    return (GlObject *)it;
}

/* Both list iterators' reduction: (builtins[name], (list,), index), or (iter, ([],))
 * once exhausted (seq NULL). New reference. */
static GlObject *
listiter_reduce_general(GlObject *name, GlObject *seq, Gl_ssize_t index)
{
    if (seq != NULL) {
        return GlIter_ReduceIndex(name, seq, index, NULL);
    }
    GlObject *empty = GlList_New(0);
    if (empty == NULL) {
        return NULL;
    }
    return GlIter_ReduceIndex(name, NULL, 0, empty);
}

/* __reduce__: (iter, (list,), index), or (iter, ([],)) once exhausted. New reference. */
static GlObject *
listiter_reduce(GlObject *self, GlObject *unused)
{
    GlListIterObject *it = (GlListIterObject *)self;
    return listiter_reduce_general(GL_ID(iter), it->it_seq, it->it_index);
}

/* __setstate__(index): clipped to 0 .. len(list). */
static GlObject *
listiter_setstate(GlObject *self, GlObject *state)
{
    GlListIterObject *it = (GlListIterObject *)self;
    return GlIter_SetStateClipped(it->it_seq, state, &it->it_index);
}

static GlMethodDef listiter_methods[] = {
    {"__length_hint__", GL_FN(listiter_len), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(listiter_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", GL_FN(listiter_setstate), GL_METH_O, "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlListIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "list_iterator",
    .tp_basicsize = sizeof(GlListIterObject),
    .tp_dealloc = listiter_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = listiter_traverse,
    .tp_iter = GlIter_Self,
    .tp_iternext = listiter_next,
    .tp_methods = listiter_methods,
    .tp_free = GlObject_GC_Del,
};

static GlObject *
listreviter_next(GlObject *self)
{
    GlListIterObject *it = (GlListIterObject *)self;
    GlObject *seq = it->it_seq;
    if (seq == NULL) {
        return NULL;
    }
    Gl_ssize_t index = it->it_index;
    if (index >= 0 && index < Gl_SIZE(seq)) {
        it->it_index--;
        return Gl_NewRef(GlList_GET_ITEM(seq, index));
    }
    it->it_index = -1;
    it->it_seq = NULL;
    Gl_DECREF(seq);
    return NULL;
}

static GlObject *
listreviter_len(GlObject *self, GlObject *unused)
{
    GlListIterObject *it = (GlListIterObject *)self;
    Gl_ssize_t len = it->it_index + 1;
    if (it->it_seq == NULL || Gl_SIZE(it->it_seq) < len) {
        len = 0;
    }
    return GlInt_FromSsize_t(len);
}

static GlObject *
list_reversed_meth(GlObject *self, GlObject *unused)
{
    GlListIterObject *it = (GlListIterObject *)GlObject_GC_New(&GlListRevIter_Type, 0);
    if (it == NULL) {
        return NULL;
    }
    it->it_index = Gl_SIZE(self) - 1;
    it->it_seq = Gl_NewRef(self);
    GlObject_GC_Track(it);
    return (GlObject *)it;
}

/* __reduce__: (reversed, (list,), index), or (iter, ([],)) once exhausted.
 * New reference. */
static GlObject *
listreviter_reduce(GlObject *self, GlObject *unused)
{
    GlListIterObject *it = (GlListIterObject *)self;
    return listiter_reduce_general(GL_ID(reversed), it->it_seq, it->it_index);
}

/* __setstate__(index): clipped to -1 .. len(list) - 1. */
static GlObject *
listreviter_setstate(GlObject *self, GlObject *state)
{
    GlListIterObject *it = (GlListIterObject *)self;
    Gl_ssize_t index;
    if (GlIter_StateIndex(state, &index) < 0) {
        return NULL;
    }
    if (it->it_seq != NULL) {
        if (index < -1) {
            index = -1;
        }
        else if (index > Gl_SIZE(it->it_seq) - 1) {
            index = Gl_SIZE(it->it_seq) - 1;
        }
        it->it_index = index;
    }
    Gl_RETURN_NONE;
}

static GlMethodDef listreviter_methods[] = {
    {"__length_hint__", GL_FN(listreviter_len), GL_METH_NOARGS,
     "Private method returning an estimate of len(list(it))."},
    {"__reduce__", GL_FN(listreviter_reduce), GL_METH_NOARGS,
     "Return state information for pickling."},
    {"__setstate__", GL_FN(listreviter_setstate), GL_METH_O,
     "Set state information for unpickling."},
    {NULL, NULL, 0, NULL},
};

GlTypeObject GlListRevIter_Type = {
    .ob_base = GlVarObject_HEAD_INIT(&GlType_Type, 0),
    .tp_name = "list_reverseiterator",
    .tp_basicsize = sizeof(GlListIterObject),
    .tp_dealloc = listiter_dealloc,
    .tp_flags = GL_TPFLAGS_HAVE_GC,
    .tp_traverse = listiter_traverse,
    .tp_iter = GlIter_Self,
    .tp_iternext = listreviter_next,
    .tp_methods = listreviter_methods,
    .tp_free = GlObject_GC_Del,
};
