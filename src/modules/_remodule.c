/* placeholder, being written */
#include "modules.h"
GlObject *
GlInit_re(void) GL_NEWREF
{
    return GlModule_NewFromString("_re");
}
