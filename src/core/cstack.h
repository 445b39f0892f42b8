/* cstack.h - the C stack guard for code that does not see the object model (the
 * compiler's front end). */
#ifndef GLASS_CORE_CSTACK_H
#define GLASS_CORE_CSTACK_H

/* 1 when the C stack is nearly used up (below gl_tstate.stack_limit, see state.h):
 * deeply recursive C code stops there with an error instead of crashing. */
int GlCore_StackLow(void);

#endif /* GLASS_CORE_CSTACK_H */
