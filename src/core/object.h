/* object.h - the layout every Glass object shares, the type object, refcounting.
 *
 * Invariants:
 * - Every object starts with GlObject: a reference count, then a type pointer.
 *   Variable-size objects start with GlVarObject, which adds ob_size.
 * - Objects of a type with GL_TPFLAGS_HAVE_GC carry a GlGCHead (core/gc.h) placed
 *   just before the object in the same block; only core/gc.c knows its fields.
 * - ob_refcnt counts owned references. When it reaches 0 the object is destroyed
 *   at once through GlObject_Dealloc (which defers very deep chains, see gc.c).
 * - A function returning GlObject * returns a new reference unless its comment says
 *   borrowed; failure is NULL (or -1) with an exception set (core/error.h).
 *
 * The type object mirrors CPython 3.11's PyTypeObject slot for slot (minus the
 * legacy getattr/setattr/as_async/as_buffer/tp_del slots) so that what one reads
 * about CPython's type slots is true of Glass.
 */
#ifndef GLASS_CORE_OBJECT_H
#define GLASS_CORE_OBJECT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef ssize_t Gl_ssize_t;
typedef Gl_ssize_t Gl_hash_t;
typedef size_t Gl_uhash_t;

#define GL_SSIZE_T_MAX ((Gl_ssize_t)(((size_t)-1) >> 1))
#define GL_SSIZE_T_MIN (-GL_SSIZE_T_MAX - 1)

/* The starting count of the statically allocated singletons CPython 3.11 also
 * allocates statically (small ints, the empty tuple/str/bytes, one-character str and
 * bytes): sys.getrefcount shows about a billion for them there, and here too. */
#define GL_STATIC_REFS ((Gl_ssize_t)999999999)

/* Ownership markers: empty, they document the reference convention of a prototype. */
#define GL_NEWREF
#define GL_BORROWED
#define GL_STEALS

#if defined(__GNUC__)
#define GL_ALWAYS_INLINE __attribute__((always_inline))
#define GL_LIKELY(x) __builtin_expect(!!(x), 1)
#define GL_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define GL_UNUSED __attribute__((unused))
#define GL_NORETURN __attribute__((noreturn))
#else
#define GL_ALWAYS_INLINE
#define GL_LIKELY(x) (x)
#define GL_UNLIKELY(x) (x)
#define GL_UNUSED
#define GL_NORETURN
#endif

/* For a function whose short copy or zeroing loops must stay loops: GCC would turn
 * them into memset/memcpy and expand those inline as `rep stos`/`rep movs`, whose
 * start-up cost dwarfs copying a few words. */
#if defined(__GNUC__) && !defined(__clang__)
#define GL_PLAIN_LOOPS __attribute__((optimize("no-tree-loop-distribute-patterns")))
#else
#define GL_PLAIN_LOOPS
#endif

struct GlTypeObject;

typedef struct GlObject {
    Gl_ssize_t ob_refcnt;          // owned references; 0 only while being destroyed
    struct GlTypeObject *ob_type;  // never NULL; a strong reference for heap types
} GlObject;

typedef struct GlVarObject {
    GlObject ob_base;
    Gl_ssize_t ob_size;            // number of items (meaning is per type)
} GlVarObject;

#define GlObject_HEAD_INIT(type) { 1, (type) }
#define GlVarObject_HEAD_INIT(type, size) { { 1, (type) }, (size) }

static inline struct GlTypeObject *
Gl_TYPE(const GlObject *op)
{
    return op->ob_type;
}

static inline Gl_ssize_t
Gl_SIZE(const void *op)
{
    return ((const GlVarObject *)op)->ob_size;
}

static inline void
Gl_SET_SIZE(void *op, Gl_ssize_t n)
{
    ((GlVarObject *)op)->ob_size = n;
}

static inline Gl_ssize_t
Gl_REFCNT(const GlObject *op)
{
    return op->ob_refcnt;
}

static inline int
Gl_Is(const GlObject *a, const GlObject *b)
{
    return a == b;
}

#define Gl_IS_TYPE(op, tp) (((GlObject *)(op))->ob_type == (tp))

/* ---- slot signatures ---- */
typedef GlObject *(*unaryfunc)(GlObject *);
typedef GlObject *(*binaryfunc)(GlObject *, GlObject *);
typedef GlObject *(*ternaryfunc)(GlObject *, GlObject *, GlObject *);
typedef int (*inquiry)(GlObject *);
typedef Gl_ssize_t (*lenfunc)(GlObject *);
typedef GlObject *(*ssizeargfunc)(GlObject *, Gl_ssize_t);
typedef int (*ssizeobjargproc)(GlObject *, Gl_ssize_t, GlObject *);
typedef int (*objobjargproc)(GlObject *, GlObject *, GlObject *);
typedef int (*objobjproc)(GlObject *, GlObject *);
typedef int (*visitproc)(GlObject *, void *);
typedef int (*traverseproc)(GlObject *, visitproc, void *);
typedef void (*freefunc)(void *);
typedef void (*destructor)(GlObject *);
typedef GlObject *(*reprfunc)(GlObject *);
typedef Gl_hash_t (*hashfunc)(GlObject *);
typedef GlObject *(*richcmpfunc)(GlObject *, GlObject *, int);
typedef GlObject *(*getiterfunc)(GlObject *);
typedef GlObject *(*iternextfunc)(GlObject *);
typedef GlObject *(*descrgetfunc)(GlObject *, GlObject *, GlObject *);
typedef int (*descrsetfunc)(GlObject *, GlObject *, GlObject *);
typedef int (*initproc)(GlObject *, GlObject *, GlObject *);
typedef GlObject *(*newfunc)(struct GlTypeObject *, GlObject *, GlObject *);
typedef GlObject *(*allocfunc)(struct GlTypeObject *, Gl_ssize_t);
typedef GlObject *(*getattrofunc)(GlObject *, GlObject *);
typedef int (*setattrofunc)(GlObject *, GlObject *, GlObject *);
/* Vectorcall: args[0..nargs) positional, then one value per name in kwnames (a tuple
 * of str, or NULL). nargsf may carry GL_VECTORCALL_ARGUMENTS_OFFSET: then args[-1]
 * may be overwritten temporarily by the callee. Returns a new reference. */
typedef GlObject *(*vectorcallfunc)(GlObject *callable, GlObject *const *args,
                                    size_t nargsf, GlObject *kwnames);
#define GL_VECTORCALL_ARGUMENTS_OFFSET ((size_t)1 << (8 * sizeof(size_t) - 1))
static inline Gl_ssize_t
GlVectorcall_NARGS(size_t n)
{
    return (Gl_ssize_t)(n & ~GL_VECTORCALL_ARGUMENTS_OFFSET);
}

/* Comparison operators, CPython's numbering. */
#define Gl_LT 0
#define Gl_LE 1
#define Gl_EQ 2
#define Gl_NE 3
#define Gl_GT 4
#define Gl_GE 5

typedef struct GlNumberMethods {
    binaryfunc nb_add;
    binaryfunc nb_subtract;
    binaryfunc nb_multiply;
    binaryfunc nb_remainder;
    binaryfunc nb_divmod;
    ternaryfunc nb_power;
    unaryfunc nb_negative;
    unaryfunc nb_positive;
    unaryfunc nb_absolute;
    inquiry nb_bool;
    unaryfunc nb_invert;
    binaryfunc nb_lshift;
    binaryfunc nb_rshift;
    binaryfunc nb_and;
    binaryfunc nb_xor;
    binaryfunc nb_or;
    unaryfunc nb_int;
    unaryfunc nb_float;
    binaryfunc nb_inplace_add;
    binaryfunc nb_inplace_subtract;
    binaryfunc nb_inplace_multiply;
    binaryfunc nb_inplace_remainder;
    ternaryfunc nb_inplace_power;
    binaryfunc nb_inplace_lshift;
    binaryfunc nb_inplace_rshift;
    binaryfunc nb_inplace_and;
    binaryfunc nb_inplace_xor;
    binaryfunc nb_inplace_or;
    binaryfunc nb_floor_divide;
    binaryfunc nb_true_divide;
    binaryfunc nb_inplace_floor_divide;
    binaryfunc nb_inplace_true_divide;
    unaryfunc nb_index;
    binaryfunc nb_matrix_multiply;
    binaryfunc nb_inplace_matrix_multiply;
} GlNumberMethods;

typedef struct GlSequenceMethods {
    lenfunc sq_length;
    binaryfunc sq_concat;
    ssizeargfunc sq_repeat;
    ssizeargfunc sq_item;
    ssizeobjargproc sq_ass_item;     // value NULL means delete
    objobjproc sq_contains;          // 1, 0, or -1 with an exception
    binaryfunc sq_inplace_concat;
    ssizeargfunc sq_inplace_repeat;
} GlSequenceMethods;

typedef struct GlMappingMethods {
    lenfunc mp_length;
    binaryfunc mp_subscript;
    objobjargproc mp_ass_subscript;  // value NULL means delete
} GlMappingMethods;

/* Built-in methods. ml_meth is cast according to ml_flags:
 *   GL_METH_NOARGS            GlObject *f(GlObject *self, GlObject *unused) (unused is NULL)
 *   GL_METH_O                 GlObject *f(GlObject *self, GlObject *arg)
 *   GL_METH_VARARGS[|KEYWORDS] GlObject *f(GlObject *self, GlObject *argstuple, GlObject *kwdict)
 *   GL_METH_FASTCALL          GlObject *f(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
 *   GL_METH_FASTCALL|KEYWORDS GlObject *f(GlObject *self, GlObject *const *args,
 *                                          Gl_ssize_t nargs, GlObject *kwnames)
 * GL_METH_CLASS / GL_METH_STATIC mark class and static methods in tp_methods. */
typedef GlObject *(*GlCFunction)(GlObject *, GlObject *);
typedef GlObject *(*GlCFunctionFast)(GlObject *, GlObject *const *, Gl_ssize_t);
typedef GlObject *(*GlCFunctionFastKw)(GlObject *, GlObject *const *, Gl_ssize_t, GlObject *);
typedef GlObject *(*GlCFunctionKw)(GlObject *, GlObject *, GlObject *);

#define GL_METH_VARARGS 0x0001
#define GL_METH_KEYWORDS 0x0002
#define GL_METH_NOARGS 0x0004
#define GL_METH_O 0x0008
#define GL_METH_CLASS 0x0010
#define GL_METH_STATIC 0x0020
#define GL_METH_COEXIST 0x0040
#define GL_METH_FASTCALL 0x0080

#define GL_FN(f) ((GlCFunction)(void (*)(void))(f))

typedef struct GlMethodDef {
    const char *ml_name;
    GlCFunction ml_meth;
    int ml_flags;
    const char *ml_doc;
} GlMethodDef;

/* Member descriptors: a field at a fixed offset in the instance. */
#define GL_T_OBJECT 6      // GlObject *, NULL reads as None
#define GL_T_OBJECT_EX 16  // GlObject *, NULL raises AttributeError (used by __slots__)
#define GL_T_INT 1
#define GL_T_SSIZET 19
#define GL_T_BOOL 14
#define GL_T_DOUBLE 4
#define GL_READONLY 1

typedef struct GlMemberDef {
    const char *name;
    int type;
    Gl_ssize_t offset;
    int flags;
    const char *doc;
} GlMemberDef;

typedef GlObject *(*getter)(GlObject *, void *);
typedef int (*setter)(GlObject *, GlObject *, void *);

typedef struct GlGetSetDef {
    const char *name;
    getter get;
    setter set;       // NULL: read-only; value NULL means delete
    const char *doc;
    void *closure;
} GlGetSetDef;

/* Type flags (CPython's values where CPython has them). */
#define GL_TPFLAGS_MANAGED_DICT (1UL << 4)
#define GL_TPFLAGS_SEQUENCE (1UL << 5)    // matches sequence patterns (list, tuple, ...)
#define GL_TPFLAGS_MAPPING (1UL << 6)     // matches mapping patterns (dict, ...)
#define GL_TPFLAGS_IMMUTABLETYPE (1UL << 8)
#define GL_TPFLAGS_HEAPTYPE (1UL << 9)
#define GL_TPFLAGS_BASETYPE (1UL << 10)
#define GL_TPFLAGS_HAVE_VECTORCALL (1UL << 11)
#define GL_TPFLAGS_READY (1UL << 12)
#define GL_TPFLAGS_READYING (1UL << 13)
#define GL_TPFLAGS_HAVE_GC (1UL << 14)
#define GL_TPFLAGS_METHOD_DESCRIPTOR (1UL << 17)
#define GL_TPFLAGS_VALID_VERSION_TAG (1UL << 19)
#define GL_TPFLAGS_IS_ABSTRACT (1UL << 20)
#define GL_TPFLAGS_MATCH_SELF (1UL << 22)  // `case int(x)`: x matches the subject itself
#define GL_TPFLAGS_LONG_SUBCLASS (1UL << 24)
#define GL_TPFLAGS_LIST_SUBCLASS (1UL << 25)
#define GL_TPFLAGS_TUPLE_SUBCLASS (1UL << 26)
#define GL_TPFLAGS_BYTES_SUBCLASS (1UL << 27)
#define GL_TPFLAGS_UNICODE_SUBCLASS (1UL << 28)
#define GL_TPFLAGS_DICT_SUBCLASS (1UL << 29)
#define GL_TPFLAGS_BASE_EXC_SUBCLASS (1UL << 30)
#define GL_TPFLAGS_TYPE_SUBCLASS (1UL << 31)
#define GL_TPFLAGS_DEFAULT 0UL

/* The buffer protocol (CPython's Py_buffer, 1-D only). A view filled by bf_getbuffer
 * describes len bytes at buf holding len / itemsize items of the struct format `format`;
 * obj is a new reference to the exporter, dropped by GlBuffer_Release (abstract.h), which
 * also calls bf_releasebuffer so the exporter can let go of its export count. */
typedef struct GlBuffer {
    void *buf;                // first byte of the data (may be NULL when len == 0)
    GlObject *obj;            // the exporter, owned; NULL once released
    Gl_ssize_t len;           // total bytes
    Gl_ssize_t itemsize;      // bytes per item (1 for bytes)
    int readonly;             // 1 when the data must not be written
    int ndim;                 // always 1
    const char *format;       // struct format of one item ("B", "h", "d", "w"...): static
} GlBuffer;
#define GL_BUF_SIMPLE 0
#define GL_BUF_WRITABLE 1
typedef int (*getbufferproc)(GlObject *, GlBuffer *, int);
typedef void (*releasebufferproc)(GlObject *, GlBuffer *);
typedef struct GlBufferProcs {
    getbufferproc bf_getbuffer;          // fill the view (0) or raise (-1)
    releasebufferproc bf_releasebuffer;  // undo an export; may be NULL
} GlBufferProcs;

typedef struct GlTypeObject {
    GlVarObject ob_base;
    const char *tp_name;            // "module.Name" for static types, "Name" for builtins
    Gl_ssize_t tp_basicsize;        // bytes of the fixed part (GC header excluded)
    Gl_ssize_t tp_itemsize;         // bytes per item for variable-size objects, else 0
    destructor tp_dealloc;
    reprfunc tp_repr;
    GlNumberMethods *tp_as_number;
    GlSequenceMethods *tp_as_sequence;
    GlMappingMethods *tp_as_mapping;
    hashfunc tp_hash;
    ternaryfunc tp_call;
    reprfunc tp_str;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;
    GlBufferProcs *tp_as_buffer;    // buffer exporters (bytes, bytearray, memoryview, array)
    unsigned long tp_flags;
    const char *tp_doc;
    traverseproc tp_traverse;
    inquiry tp_clear;
    richcmpfunc tp_richcompare;
    Gl_ssize_t tp_weaklistoffset;   // offset of the weakref list head, 0 if none
    getiterfunc tp_iter;
    iternextfunc tp_iternext;       // NULL with no exception set = exhausted
    GlMethodDef *tp_methods;
    GlMemberDef *tp_members;
    GlGetSetDef *tp_getset;
    struct GlTypeObject *tp_base;   // the solid base (borrowed for static types)
    GlObject *tp_dict;              // the type's own namespace (a dict)
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;
    Gl_ssize_t tp_dictoffset;       // offset of the instance __dict__ pointer, 0 if none
    initproc tp_init;
    allocfunc tp_alloc;
    newfunc tp_new;
    freefunc tp_free;
    GlObject *tp_bases;             // tuple of direct bases
    GlObject *tp_mro;               // tuple: C3 linearisation, the type first
    GlObject *tp_subclasses;        // dict id -> weakref of direct subclasses, or NULL
    GlObject *tp_weaklist;          // weakrefs to the type itself
    unsigned int tp_version_tag;    // changes whenever the type or a base is modified
    destructor tp_finalize;         // PEP 442 finalizer (__del__), run at most once
    vectorcallfunc tp_vectorcall;   // fast call of the type object itself
    Gl_ssize_t tp_vectorcall_offset;// offset of a vectorcallfunc in instances, 0 if none
} GlTypeObject;

/* A type created by a class statement or type(name, bases, dict): it owns its slot
 * tables, its name and its slot names. */
typedef struct GlHeapTypeObject {
    GlTypeObject ht_type;
    GlNumberMethods as_number;
    GlMappingMethods as_mapping;
    GlSequenceMethods as_sequence;
    GlObject *ht_name;       // str: __name__
    GlObject *ht_qualname;   // str: __qualname__
    GlObject *ht_slots;      // tuple of mangled slot names, or NULL
    GlObject *ht_module;     // unused for now
    void *ht_cached_keys;    // GlSharedKeys of the instances' inline values (instvalues.h), or NULL
    GlObject *ht_tpname;     // str: the dotted name tp_name holds ("datetime.date", set by
                             // __glass_tpname__ in the class body), or NULL: tp_name is __name__
} GlHeapTypeObject;

extern GlTypeObject GlType_Type;
extern GlTypeObject GlBaseObject_Type;

static inline int
GlType_HasFeature(const GlTypeObject *t, unsigned long f)
{
    return (t->tp_flags & f) != 0;
}

static inline int
GlType_IS_GC(const GlTypeObject *t)
{
    return GlType_HasFeature(t, GL_TPFLAGS_HAVE_GC);
}

/* Static type objects are not GC-allocated although `type` has GL_TPFLAGS_HAVE_GC
 * (CPython's tp_is_gc of type): only heap types carry a GC header. */
static inline int
GlObject_IS_GC(const GlObject *o)
{
    return GlType_IS_GC(o->ob_type) &&
           (!GlType_HasFeature(o->ob_type, GL_TPFLAGS_TYPE_SUBCLASS) ||
            GlType_HasFeature((const GlTypeObject *)o, GL_TPFLAGS_HEAPTYPE));
}

static inline int
GlType_Check(const GlObject *op)
{
    return GlType_HasFeature(op->ob_type, GL_TPFLAGS_TYPE_SUBCLASS);
}

static inline int
GlType_CheckExact(const GlObject *op)
{
    return op->ob_type == &GlType_Type;
}

/* 1 if a is b or a subtype of b (walks a's MRO; before the MRO is ready, tp_base). */
int GlType_IsSubtype(GlTypeObject *a, GlTypeObject *b);

static inline int
GlObject_TypeCheck(GlObject *o, GlTypeObject *t)
{
    return o->ob_type == t || GlType_IsSubtype(o->ob_type, t);
}

/* ---- reference counting ---- */

/* Destroys an object whose count reached zero: tp_dealloc, with the depth guard that
 * keeps long chains off the C stack (gc.c). May run Python code (__del__, callbacks). */
void GlObject_Dealloc(GlObject *op);

#ifdef GL_REFTRACE
extern Gl_ssize_t gl_total_refs;
#define GL_REF_INC() (gl_total_refs++)
#define GL_REF_DEC() (gl_total_refs--)
#else
#define GL_REF_INC() ((void)0)
#define GL_REF_DEC() ((void)0)
#endif

static inline GL_ALWAYS_INLINE void
Gl_INCREF(GlObject *op)
{
    GL_REF_INC();
    op->ob_refcnt++;
}

static inline GL_ALWAYS_INLINE void
Gl_XINCREF(GlObject *op)
{
    if (op != NULL) {
        Gl_INCREF(op);
    }
}

static inline GL_ALWAYS_INLINE void
Gl_DECREF(GlObject *op)
{
    GL_REF_DEC();
    if (--op->ob_refcnt == 0) {
        GlObject_Dealloc(op);
    }
}

static inline GL_ALWAYS_INLINE void
Gl_XDECREF(GlObject *op)
{
    if (op != NULL) {
        Gl_DECREF(op);
    }
}

/* Returns a new reference to op. */
static inline GlObject *
Gl_NewRef(GlObject *op) GL_NEWREF
{
    Gl_INCREF(op);
    return op;
}

/* Returns a new reference to op, or NULL for NULL. */
static inline GlObject *
Gl_XNewRef(GlObject *op) GL_NEWREF
{
    Gl_XINCREF(op);
    return op;
}

#define Gl_INCREF(op) Gl_INCREF((GlObject *)(op))
#define Gl_DECREF(op) Gl_DECREF((GlObject *)(op))
#define Gl_XINCREF(op) Gl_XINCREF((GlObject *)(op))
#define Gl_XDECREF(op) Gl_XDECREF((GlObject *)(op))
#define Gl_NewRef(op) Gl_NewRef((GlObject *)(op))
#define Gl_XNewRef(op) Gl_XNewRef((GlObject *)(op))

/* Empty a field: the field is NULL before the old value is released. */
#define Gl_CLEAR(field)                          \
    do {                                         \
        GlObject *gl_tmp_ = (GlObject *)(field); \
        if (gl_tmp_ != NULL) {                   \
            (field) = NULL;                      \
            Gl_DECREF(gl_tmp_);                  \
        }                                        \
    } while (0)

/* Replace a field (stealing the new value): assigned before the old is released. */
#define Gl_SETREF(field, value)                  \
    do {                                         \
        GlObject *gl_tmp_ = (GlObject *)(field); \
        (field) = (value);                       \
        Gl_DECREF(gl_tmp_);                      \
    } while (0)

#define Gl_XSETREF(field, value)                 \
    do {                                         \
        GlObject *gl_tmp_ = (GlObject *)(field); \
        (field) = (value);                       \
        Gl_XDECREF(gl_tmp_);                     \
    } while (0)

/* Visit a reference in tp_traverse. */
#define Gl_VISIT(op)                                       \
    do {                                                   \
        if (op) {                                          \
            int gl_vret_ = visit((GlObject *)(op), arg);   \
            if (gl_vret_) {                                \
                return gl_vret_;                           \
            }                                              \
        }                                                  \
    } while (0)

/* ---- singletons (objects/object.c) ---- */
extern GlObject gl_none_struct;
extern GlObject gl_notimplemented_struct;
extern GlObject gl_ellipsis_struct;
#define Gl_None (&gl_none_struct)
#define Gl_NotImplemented (&gl_notimplemented_struct)
#define Gl_Ellipsis (&gl_ellipsis_struct)

/* Return helpers: new references to the singletons. */
#define Gl_RETURN_NONE return Gl_NewRef(Gl_None)
#define Gl_RETURN_NOTIMPLEMENTED return Gl_NewRef(Gl_NotImplemented)

#endif /* GLASS_CORE_OBJECT_H */
