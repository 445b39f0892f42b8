/* int.h - int (arbitrary precision: a machine word, GMP beyond) and bool.
 *
 * Invariants: an int whose value fits in int64_t is stored in `small` with big ==
 * NULL (always: results are normalised back to the small form); otherwise big points
 * to an owned, initialised mpz_t. Small ints -5..256 are preallocated singletons.
 * bool is a subclass of int; True/False are the only instances.
 */
#ifndef GLASS_OBJECTS_INT_H
#define GLASS_OBJECTS_INT_H

#include "../core/object.h"
#include <gmp.h>

typedef struct GlIntObject {
    GlObject ob_base;
    int64_t small;          // the value when big == NULL
    mpz_ptr big;            // owned mpz when the value does not fit int64_t
} GlIntObject;

extern GlTypeObject GlInt_Type;
extern GlTypeObject GlBool_Type;
extern GlIntObject gl_true_struct, gl_false_struct;
#define Gl_True ((GlObject *)&gl_true_struct)
#define Gl_False ((GlObject *)&gl_false_struct)
#define Gl_RETURN_TRUE return Gl_NewRef(Gl_True)
#define Gl_RETURN_FALSE return Gl_NewRef(Gl_False)

#define GL_SMALL_INT_MIN (-5)
#define GL_SMALL_INT_MAX 256
extern GlIntObject gl_small_ints[GL_SMALL_INT_MAX - GL_SMALL_INT_MIN + 1];

static inline int GlInt_Check(GlObject *o) { return GlType_HasFeature(o->ob_type, GL_TPFLAGS_LONG_SUBCLASS); }
static inline int GlInt_CheckExact(GlObject *o) { return o->ob_type == &GlInt_Type; }
static inline int GlBool_Check(GlObject *o) { return o->ob_type == &GlBool_Type; }
/* 1 when the int is stored in the machine word (its value is ((GlIntObject*)o)->small). */
static inline int GlInt_IS_SMALL(GlObject *o) { return ((GlIntObject *)o)->big == NULL; }

/* New reference to an int of value v (cached for -5..256). NULL + MemoryError. */
GlObject *GlInt_FromInt64(int64_t v) GL_NEWREF;
GlObject *GlInt_FromSsize_t(Gl_ssize_t v) GL_NEWREF;
GlObject *GlInt_FromLong(long v) GL_NEWREF;
GlObject *GlInt_FromSize_t(size_t v) GL_NEWREF;
GlObject *GlInt_FromUInt64(uint64_t v) GL_NEWREF;
/* Takes the value of z (copied); normalises to the small form. */
GlObject *GlInt_FromMpz(mpz_srcptr z) GL_NEWREF;
/* Integer part of a double: ValueError for nan, OverflowError for inf. */
GlObject *GlInt_FromDouble(double d) GL_NEWREF;
/* Parse an int literal/string as int(s, base) does (base 0 or 2..36, underscores,
 * whitespace, sign); ValueError "invalid literal for int() with base %d: %R" with the
 * original text; the 4300-digit limit for non power-of-two bases. `len` is bytes. */
GlObject *GlInt_FromString(const char *s, Gl_ssize_t len, int base) GL_NEWREF;
/* The value as int64_t / Gl_ssize_t; OverflowError "Python int too large to convert
 * to C ssize_t"-style when it does not fit (-1 with exception). Accepts any int. */
int64_t GlInt_AsInt64(GlObject *o);
Gl_ssize_t GlInt_AsSsize_t(GlObject *o);
long GlInt_AsLong(GlObject *o);
/* As GlInt_AsInt64 but clamps instead of raising: *overflow set to -1/0/+1. */
int64_t GlInt_AsInt64AndOverflow(GlObject *o, int *overflow);
/* Double value; OverflowError "int too large to convert to float". -1.0 + exception. */
double GlInt_AsDouble(GlObject *o);
/* Copy the value into an initialised mpz. */
void GlInt_AsMpz(GlObject *o, mpz_ptr out);
/* Sign: -1, 0, 1. */
int GlInt_Sign(GlObject *o);
/* str(o) in base 10 (checks the 4300-digit limit) / repr. New reference. */
GlObject *GlInt_Repr(GlObject *o) GL_NEWREF;
/* Text in base 2, 8, 10 or 16 with prefix when alternate (bin/oct/hex). */
GlObject *GlInt_Format(GlObject *o, int base, int alternate) GL_NEWREF;
/* format(int, spec) - the format-spec mini-language for int. */
GlObject *GlInt_FormatSpec(GlObject *o, GlObject *spec) GL_NEWREF;
/* Arithmetic used by the VM fast paths; both operands must be exact ints. */
GlObject *GlInt_Add(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlInt_Sub(GlObject *a, GlObject *b) GL_NEWREF;
GlObject *GlInt_Mul(GlObject *a, GlObject *b) GL_NEWREF;
/* Compare two ints: <0, 0, >0. */
int GlInt_Compare(GlObject *a, GlObject *b);
Gl_hash_t GlInt_Hash(GlObject *o);
/* bool(v). New reference to Gl_True or Gl_False. */
GlObject *GlBool_FromLong(long v) GL_NEWREF;

/* ---- shared by the number files (int.c, int_ops.c, int_format.c, float*.c,
 * complex.c); other files should not need these. ---- */

/* A read-only mpz view of any int value, made without allocating: valid while the
 * int and the view live. Never pass the result to a function that writes it. */
typedef struct GlIntView {
    __mpz_struct z;         // the view (its limbs point into `limb` or the int's mpz)
    mp_limb_t limb;         // storage for the magnitude of a small int
} GlIntView;

static inline mpz_srcptr
GlInt_View(GlObject *o, GlIntView *tmp)
{
    GlIntObject *v = (GlIntObject *)o;
    if (v->big != NULL) {
        return v->big;
    }
    int64_t s = v->small;
    tmp->limb = s < 0 ? (mp_limb_t)(-(uint64_t)s) : (mp_limb_t)s;
    return mpz_roinit_n(&tmp->z, &tmp->limb, s < 0 ? -1 : (s > 0 ? 1 : 0));
}
/* Takes over z (an initialised mpz; it is cleared or moved into the result, so the
 * caller must not clear it): new exact int, normalised. NULL + MemoryError. */
GlObject *GlInt_FromMpzSteal(mpz_ptr z) GL_NEWREF;
/* An exact int with the value of any int (subclass instances are copied). */
GlObject *GlInt_Exact(GlObject *o) GL_NEWREF;
/* Correctly rounded (half-even) double of z, and of a / b (b != 0). *overflow is
 * set to 1 (and the result is meaningless) when the magnitude is too large. */
double GlMpz_ToDouble(mpz_srcptr z, int *overflow);
double GlMpz_RatioToDouble(mpz_srcptr a, mpz_srcptr b, int *overflow);
/* The int number tables (int_ops.c), used by the type objects in int.c. */
extern GlNumberMethods GlInt_AsNumber;
extern GlNumberMethods GlBool_AsNumber;
/* GlInt_FromString with the object whose repr the ValueError shows (str, bytes or
 * bytearray; NULL: a str made from s). The text may contain NUL bytes. */
GlObject *GlInt_FromText(const char *s, Gl_ssize_t len, int base, GlObject *orig) GL_NEWREF;
/* The text of a str for int()/float()/complex() parsing: ASCII strings as they
 * are; otherwise a GlMem copy (*owned, to free) where Unicode whitespace becomes ' ',
 * Unicode decimal digits become '0'-'9' and other non-ASCII characters '?'.
 * NULL + MemoryError. */
const char *GlInt_TextToASCII(GlObject *str, Gl_ssize_t *len, char **owned);
/* int.__round__(ndigits): ndigits NULL when omitted (int_format.c). */
GlObject *GlInt_Round(GlObject *self, GlObject *ndigits) GL_NEWREF;

struct GlFormatSpec;
/* Lay out a formatted number as format() does: the sign ('-' when negative, else
 * from spec->sign), prefix ("0x"; may be ""), the ASCII integer digits grouped every
 * `group` digits with spec->thousands (none when 0), then `rest` (point, fraction,
 * exponent, '%'); padded to spec->width with spec->fill by spec->align (default
 * '>'; '=' pads after sign and prefix; fill '0' with '=' pads with grouped zeros).
 * New reference (a str). */
GlObject *GlFormat_Number(const struct GlFormatSpec *spec, int negative, const char *prefix,
                          const char *digits, Gl_ssize_t ndigits, int group,
                          const char *rest, Gl_ssize_t nrest) GL_NEWREF;

/* sys.set_int_max_str_digits state (0 = unlimited). */
extern Gl_ssize_t gl_int_max_str_digits;

void GlInt_Init(void);

/* The largest result (in bits) an int operation will try to build: GMP aborts the
 * process ("overflow in mpz type") past about 2**37 bits, so beyond this Glass raises
 * MemoryError instead, as CPython does when it cannot allocate. */
#define GL_INT_MAX_BITS 68719476736.0   /* 2**36 */

#endif /* GLASS_OBJECTS_INT_H */
