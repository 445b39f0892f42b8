/* list.h - list.
 * Invariants: ob_size <= allocated; items below ob_size are owned and non-NULL once
 * Python can see the list; growth follows CPython's (n + (n >> 3) + 6) & ~3. */
#ifndef GLASS_OBJECTS_LIST_H
#define GLASS_OBJECTS_LIST_H

#include "../core/object.h"

typedef struct GlListObject {
    GlVarObject ob_base;
    GlObject **ob_item;        // owned array of `allocated` slots
    Gl_ssize_t allocated;
} GlListObject;

/* list_iterator and list_reverseiterator (the VM may special-case them). */
typedef struct GlListIterObject {
    GlObject ob_base;
    Gl_ssize_t it_index;       // next index (reverse: counts down, -1 at the end)
    GlObject *it_seq;          // the list (owned), NULL once exhausted
} GlListIterObject;

extern GlTypeObject GlList_Type;
extern GlTypeObject GlListIter_Type;
extern GlTypeObject GlListRevIter_Type;

static inline int GlList_Check(GlObject *o) { return GlType_HasFeature(o->ob_type, GL_TPFLAGS_LIST_SUBCLASS); }
static inline int GlList_CheckExact(GlObject *o) { return o->ob_type == &GlList_Type; }
#define GlList_GET_ITEM(op, i) (((GlListObject *)(op))->ob_item[i])    /* borrowed */
#define GlList_SET_ITEM(op, i, v) (((GlListObject *)(op))->ob_item[i] = (v)) /* steals */
#define GlList_GET_SIZE(op) Gl_SIZE(op)

/* New list of n NULL items (fill with GlList_SET_ITEM). New reference. */
GlObject *GlList_New(Gl_ssize_t n) GL_NEWREF;
/* Appends a new reference to v. 0 / -1. */
int GlList_Append(GlObject *list, GlObject *v);
/* list.append's C function (the eval loop recognises it). Returns None (new ref). */
GlObject *GlList_AppendMethod(GlObject *self, GlObject *object) GL_NEWREF;
/* list.extend(iterable). 0 / -1. */
int GlList_Extend(GlObject *list, GlObject *iterable);
int GlList_Insert(GlObject *list, Gl_ssize_t i, GlObject *v);
/* Borrowed item with bounds check (IndexError "list index out of range"). */
GlObject *GlList_GetItem(GlObject *list, Gl_ssize_t i) GL_BORROWED;
/* Sets item i, stealing v. 0 / -1. */
int GlList_SetItem(GlObject *list, Gl_ssize_t i, GlObject *v GL_STEALS);
GlObject *GlList_GetSlice(GlObject *list, Gl_ssize_t lo, Gl_ssize_t hi) GL_NEWREF;
/* Stable in-place sort with optional key (may be NULL) and reverse. 0 / -1. */
/* The `reverse` argument of list.sort/sorted as Argument Clinic's int converter reads
 * it (any __index__, C int range): 0/1, or -1 with TypeError/OverflowError. */
int GlList_SortReverseArg(GlObject *v);
int GlList_Sort(GlObject *list, GlObject *key, int reverse);
int GlList_Reverse(GlObject *list);
GlObject *GlList_AsTuple(GlObject *list) GL_NEWREF;
/* list(iterable). */
GlObject *GlSequence_List(GlObject *iterable) GL_NEWREF;
void GlList_ClearFreeList(void);

/* The repr recursion guard of the container reprs (CPython's Py_ReprEnter/Leave):
 * 0 when obj is not being repr'd already (now marked), 1 when it is (the caller
 * prints "[...]"), -1 on error. Pair every 0 with Gl_ReprLeave(obj). */
int Gl_ReprEnter(GlObject *obj);
void Gl_ReprLeave(GlObject *obj);
/* open + ", ".join(parts) + close, parts a list of str. New reference. */
GlObject *GlRepr_JoinParts(const char *open, GlObject *parts, const char *close) GL_NEWREF;

#endif /* GLASS_OBJECTS_LIST_H */
