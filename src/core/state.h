/* state.h - the interpreter and thread state (Glass runs one thread).
 *
 * Invariants: gl_tstate.curexc is NULL or an exception instance; exc_info chains
 * the handled-exception stack (one item for the thread, one per running generator);
 * recursion_depth counts active Python frames plus guarded C recursion.
 */
#ifndef GLASS_CORE_STATE_H
#define GLASS_CORE_STATE_H

#include "object.h"

typedef struct GlErrStackItem {
    GlObject *exc_value;                      // handled exception, or NULL/None
    struct GlErrStackItem *previous_item;
} GlErrStackItem;

struct GlFrame;

typedef struct GlThreadState {
    GlObject *curexc;                 // exception being raised (owned) or NULL
    GlErrStackItem *exc_info;         // top of the handled-exception stack
    GlErrStackItem exc_state;         // the thread's bottom item
    struct GlFrame *frame;            // currently executing frame (borrowed)
    int recursion_depth;              // Python frames + guarded C recursion
    int recursion_limit;              // sys.getrecursionlimit()
    int recursion_headroom;           // >0 while handling a RecursionError
    char *stack_base;                 // address near the bottom of the C stack
    size_t stack_size;                // usable C stack bytes (margin excluded)
    char *stack_limit;                // lowest safe address (NULL: no check)
    GlObject *interp_modules;         // sys.modules dict (borrowed alias)
    GlObject *builtins;               // builtins module dict (owned)
    GlObject *sysdict;                // sys module dict (owned)
    GlObject *memerror;               // preallocated MemoryError instance
    int finalizing;                   // interpreter is shutting down
    GlObject *c_tracefunc;            // sys.settrace function (owned) or NULL
    GlObject *c_profilefunc;          // sys.setprofile function (owned) or NULL
    int use_tracing;                  // c_tracefunc or c_profilefunc is set
    int tracing;                      // >0 while a trace/profile function runs
} GlThreadState;

extern GlThreadState gl_tstate;

/* Record the C stack's position: base is the address of a local of main() (or near
 * the top of the stack). The usable size is RLIMIT_STACK (8 MiB when unlimited) less
 * a safety margin (256 KiB; 2 MiB under ASan). Gl_EnterRecursiveCall raises
 * RecursionError below stack_limit. Defined in error.c. */
void GlCore_InitStack(void *base);

#endif /* GLASS_CORE_STATE_H */
