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

/* sys.set_int_max_str_digits state (0 = unlimited). */
extern Gl_ssize_t gl_int_max_str_digits;

void GlInt_Init(void);

#endif /* GLASS_OBJECTS_INT_H */
