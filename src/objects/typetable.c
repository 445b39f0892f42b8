/* typetable.c - the static types of the runtime, readied at start-up in this order
 * (bases before derived types). Each engineer's section lists the types of the
 * files they own. */
#include "allobjects.h"

/* Types readied by GlType_InitAll, NULL-terminated. object and type come first. */
GlTypeObject *gl_static_types[] = {
    &GlBaseObject_Type,
    &GlType_Type,
    /* --- objects/object.c, type.c, descr.c, abstract.c (type system) --- */
    /* --- numbers: int.c float.c complex.c --- */
    /* --- strings: str.c bytes.c bytearray.c --- */
    /* --- containers: tuple.c list.c dict.c set.c range.c slice.c iterobject.c --- */
    /* --- exceptions.c, weakref.c --- */
    /* --- function.c code.c generator.c frame.c module.c (vm objects) --- */
    /* --- modules (io file objects...) --- */
    NULL
};
