/* placeholder, being written */
#include "modules.h"
GlObject *
GlInit_struct(void) GL_NEWREF
{
    return GlModule_NewFromString("_struct");
}
