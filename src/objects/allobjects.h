/* allobjects.h - one include for the runtime: the core headers and every object
 * type's public interface. Used by objects/, vm/ and modules/ sources. */
#ifndef GLASS_OBJECTS_ALLOBJECTS_H
#define GLASS_OBJECTS_ALLOBJECTS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../core/object.h"
#include "../core/mem.h"
#include "../core/gc.h"
#include "../core/error.h"
#include "../core/state.h"
#include "type.h"
#include "abstract.h"
#include "int.h"
#include "float.h"
#include "str.h"
#include "bytes.h"
#include "tuple.h"
#include "list.h"
#include "dict.h"
#include "set.h"
#include "range.h"
#include "descr.h"
#include "exceptions.h"
#include "function.h"
#include "weakref.h"
#include "instvalues.h"
#include "structseq.h"

#endif /* GLASS_OBJECTS_ALLOBJECTS_H */
