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
    size_t stack_size;                // usable C stack bytes
    GlObject *interp_modules;         // sys.modules dict (borrowed alias)
    GlObject *builtins;               // builtins module dict (owned)
    GlObject *sysdict;                // sys module dict (owned)
    GlObject *memerror;               // preallocated MemoryError instance
    int finalizing;                   // interpreter is shutting down
} GlThreadState;

extern GlThreadState gl_tstate;

#endif /* GLASS_CORE_STATE_H */
