/* traceback.h - printing tracebacks (implemented in vm/traceback.c by the VM). */
#ifndef GLASS_VM_TRACEBACK_H
#define GLASS_VM_TRACEBACK_H

#include "../core/object.h"

/* Print a traceback chain (tb may be NULL or None: prints nothing) in CPython 3.11's
 * format, "Traceback (most recent call last):" header included, to file (a Python
 * file object) or to C stderr when file is NULL. 0 / -1. */
int GlTraceBack_Print(GlObject *tb, GlObject *file);
/* The location block CPython prints for a SyntaxError (File/line, text, carets). */
int GlTraceBack_PrintSyntaxErrorLocation(GlObject *exc, GlObject *file);
extern GlTypeObject GlTraceBack_Type;

#endif /* GLASS_VM_TRACEBACK_H */
