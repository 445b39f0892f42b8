/* float.h - float (IEEE double) and complex.
 * Invariants: immutable; repr is the shortest string that round-trips (CPython's
 * repr rules: exponent form when exp < -4 or >= 16). */
#ifndef GLASS_OBJECTS_FLOAT_H
#define GLASS_OBJECTS_FLOAT_H

#include "../core/object.h"

typedef struct GlFloatObject {
    GlObject ob_base;
    double ob_fval;
} GlFloatObject;

typedef struct GlComplexObject {
    GlObject ob_base;
    double real;
    double imag;
} GlComplexObject;

extern GlTypeObject GlFloat_Type;
extern GlTypeObject GlComplex_Type;

static inline int GlFloat_Check(GlObject *o) { return GlObject_TypeCheck(o, &GlFloat_Type); }
static inline int GlFloat_CheckExact(GlObject *o) { return o->ob_type == &GlFloat_Type; }
static inline double GlFloat_AS_DOUBLE(GlObject *o) { return ((GlFloatObject *)o)->ob_fval; }
static inline int GlComplex_CheckExact(GlObject *o) { return o->ob_type == &GlComplex_Type; }

/* New float (from a free list). NULL + MemoryError. */
GlObject *GlFloat_FromDouble(double v) GL_NEWREF;
/* float(s): strips whitespace, underscores rules, inf/nan/infinity any case;
 * ValueError "could not convert string to float: %R". */
GlObject *GlFloat_FromString(GlObject *str) GL_NEWREF;
/* Value of a float, or of any object through __float__/__index__; -1.0 + exception. */
double GlFloat_AsDouble(GlObject *o);
/* Shortest repr of a double into buf (at least 32 bytes): "1e+16", "0.1", "inf", "nan". */
void GlFloat_ReprBuf(double v, char *buf, size_t size);
GlObject *GlFloat_Repr(GlObject *o) GL_NEWREF;
/* format(float, spec). */
GlObject *GlFloat_FormatSpec(GlObject *o, GlObject *spec) GL_NEWREF;
Gl_hash_t GlFloat_HashDouble(GlObject *inst, double v);
GlObject *GlComplex_FromDoubles(double real, double imag) GL_NEWREF;

/* ---- shared by the number files (float.c, float_format.c, complex.c, int*.c) ---- */
/* Shortest round-trip text of a finite or special double into buf (>= 32 bytes):
 * add_dot_0 appends ".0" to integral positional forms (float repr); complex parts
 * are written without it. */
void GlFloat_ReprBufEx(double v, char *buf, size_t size, int add_dot_0);
/* float(text) for str/bytes content: orig is the object shown in the ValueError. */
GlObject *GlFloat_FromText(const char *s, Gl_ssize_t len, GlObject *orig) GL_NEWREF;
/* Parse exactly the text of a float literal as float() accepts it after stripping
 * whitespace: 0 and *out on success, -1 without an exception when malformed. */
int GlFloat_ParseText(const char *s, Gl_ssize_t len, double *out);
/* round(x, ndigits) for a double (ndigits NULL/None: round to an int). */
GlObject *GlFloat_Round(double x, GlObject *ndigits) GL_NEWREF;
/* float.hex() text and float.fromhex(str) value. */
GlObject *GlFloat_Hex(double x) GL_NEWREF;
GlObject *GlFloat_FromHexString(GlObject *s) GL_NEWREF;
/* Format one double per an already-parsed spec (used by float and complex).
 * add_dot_0: integral results of the default (no type) format get ".0", as float
 * does and complex parts do not; nopad: ignore width/alignment (complex pads the
 * whole). */
/* A double ax >= 0 (or inf/nan) as C's "%.*<type>" (type e E f F g G, '#' when
 * alternate) but with CPython's 'g': dot0 is the no-type format with a precision
 * (exponent form from prec - 1 on, ".0" kept). Returns a GlMem block the caller frees,
 * with `extra` spare bytes after the text; NULL with an exception set. */
char *GlFloat_FormatAbs(double ax, char type, Gl_ssize_t prec, int alternate, int dot0,
                        Gl_ssize_t extra);
struct GlFormatSpec;
GlObject *GlFloat_FormatWithSpec(double x, const struct GlFormatSpec *spec, int add_dot_0,
                                 int nopad) GL_NEWREF;

#endif /* GLASS_OBJECTS_FLOAT_H */
