/* opcodes.h - the Glass instruction set, shared by the code generator and the VM.
 *
 * An instruction is one 32-bit word: the opcode in the low 8 bits, the argument in
 * the high 24 (so no EXTENDED_ARG). Jump arguments are absolute instruction indexes.
 * Stack effects are written [before] -> [after], top of stack on the right.
 * Calls use the layout [callable, self_or_NULL, args...]: LOAD_METHOD pushes
 * (method, self) when it can skip the bound method, else (attribute, NULL); a plain
 * call pushes the callable then NULL (PUSH_NULL, or LOAD_GLOBAL with arg bit 0).
 * Invariant: GL_OPCODE_LIST is the only list of opcodes; the VM's dispatch table and
 * the names for disassembly are generated from it.
 */
#ifndef GLASS_COMPILER_OPCODES_H
#define GLASS_COMPILER_OPCODES_H

#define GL_OPCODE_LIST(X)                                                              \
    X(NOP)                 /* */                                                       \
    X(POP_TOP)             /* [x] -> [] */                                             \
    X(PUSH_NULL)           /* [] -> [NULL] */                                          \
    X(COPY)                /* [.. x (arg-1 items)] -> [.. x .. x]: copy the arg-th item */ \
    X(SWAP)                /* swap TOS with the arg-th item */                         \
    X(LOAD_CONST)          /* [] -> [co_consts[arg]] */                                \
    X(LOAD_FAST)           /* [] -> [local arg] (UnboundLocalError if unset) */        \
    X(LOAD_FAST_LOAD_FAST) /* two LOAD_FAST: arg = a | b << 12 */                      \
    X(STORE_FAST)          /* [x] -> [] */                                             \
    X(DELETE_FAST)                                                                     \
    X(LOAD_DEREF)          /* cell/free slot arg -> its contents */                    \
    X(LOAD_CLASSDEREF)     /* class body: locals dict first, then the cell */          \
    X(STORE_DEREF)                                                                     \
    X(DELETE_DEREF)                                                                    \
    X(LOAD_CLOSURE)        /* push the cell object in slot arg */                      \
    X(LOAD_NAME)           /* locals, globals, builtins: co_names[arg] */             \
    X(STORE_NAME)                                                                      \
    X(DELETE_NAME)                                                                     \
    X(LOAD_GLOBAL)         /* arg = name << 1 | push_null; cache word follows */       \
    X(STORE_GLOBAL)                                                                    \
    X(DELETE_GLOBAL)                                                                   \
    X(LOAD_ATTR)           /* [o] -> [o.name]; cache word follows */                   \
    X(LOAD_METHOD)         /* [o] -> [meth, o] or [attr, NULL]; cache word follows */  \
    X(STORE_ATTR)          /* [v, o] -> [] : o.name = v; cache word follows */         \
    X(DELETE_ATTR)                                                                     \
    X(BINARY_SUBSCR)       /* [c, k] -> [c[k]] */                                      \
    X(STORE_SUBSCR)        /* [v, c, k] -> [] */                                       \
    X(DELETE_SUBSCR)       /* [c, k] -> [] */                                          \
    X(BINARY_SLICE)        /* [c, lo, hi] -> [c[lo:hi]] */                             \
    X(STORE_SLICE)         /* [v, c, lo, hi] -> [] */                                  \
    X(BINARY_OP)           /* [a, b] -> [a op b]; arg = GL_NB_* */                     \
    X(UNARY_NEGATIVE)                                                                  \
    X(UNARY_POSITIVE)                                                                  \
    X(UNARY_INVERT)                                                                    \
    X(UNARY_NOT)                                                                       \
    X(COMPARE_OP)          /* arg = Gl_LT.. */                                         \
    X(COMPARE_OP_JUMP)     /* compare then pop-jump-if-false: arg = op | target << 3 */ \
    X(IS_OP)               /* arg 1: is not */                                         \
    X(CONTAINS_OP)         /* arg 1: not in */                                         \
    X(JUMP)                /* absolute */                                              \
    X(POP_JUMP_IF_FALSE)                                                               \
    X(POP_JUMP_IF_TRUE)                                                                \
    X(POP_JUMP_IF_NONE)                                                                \
    X(POP_JUMP_IF_NOT_NONE)                                                            \
    X(JUMP_IF_FALSE_OR_POP)                                                            \
    X(JUMP_IF_TRUE_OR_POP)                                                             \
    X(GET_ITER)                                                                        \
    X(FOR_ITER)            /* [it] -> [it, next] or pop it and jump to arg */          \
    X(BUILD_TUPLE)                                                                     \
    X(BUILD_LIST)                                                                      \
    X(BUILD_SET)                                                                       \
    X(BUILD_MAP)           /* arg pairs */                                             \
    X(BUILD_CONST_KEY_MAP) /* [v1..vn, keys-tuple] -> [dict] */                        \
    X(BUILD_STRING)                                                                    \
    X(BUILD_SLICE)         /* arg 2 or 3 */                                            \
    X(LIST_APPEND)         /* [list (arg-1 items) v] -> append v to the arg-th item */ \
    X(SET_ADD)                                                                         \
    X(MAP_ADD)             /* [.. map .. k, v] */                                      \
    X(LIST_EXTEND)                                                                     \
    X(SET_UPDATE)                                                                      \
    X(DICT_UPDATE)                                                                     \
    X(DICT_MERGE)          /* like DICT_UPDATE but errors on duplicate keys (calls) */ \
    X(LIST_TO_TUPLE)                                                                   \
    X(UNPACK_SEQUENCE)                                                                 \
    X(UNPACK_EX)           /* arg = before | after << 8 */                             \
    X(KW_NAMES)            /* the next CALL's keyword names: co_consts[arg] */         \
    X(CALL)                /* [f, self_or_NULL, args...] -> [result] */                \
    X(CALL_FUNCTION_EX)    /* [f, NULL, argstuple, kwargs?] arg&1: kwargs present */   \
    X(MAKE_FUNCTION)       /* arg flags: 1 defaults 2 kwdefaults 4 annotations 8 closure */ \
    X(RETURN_VALUE)                                                                    \
    X(RETURN_CONST)        /* return co_consts[arg] */                                 \
    X(YIELD_VALUE)                                                                     \
    X(SEND)                /* [sub, v] -> [sub, yielded] or pop sub, push result, jump arg */ \
    X(GET_YIELD_FROM_ITER)                                                             \
    X(GET_AWAITABLE)       /* [x] -> [awaitable iterator]; arg 0 await, 1 aenter, 2 aexit */ \
    X(GET_AITER)           /* [x] -> [x.__aiter__()] */                                \
    X(GET_ANEXT)           /* [aiter] -> [aiter, awaitable of aiter.__anext__()] */    \
    X(END_ASYNC_FOR)       /* [aiter, exc] -> [] if StopAsyncIteration, else re-raise */ \
    X(BEFORE_ASYNC_WITH)   /* [mgr] -> [aexit, mgr.__aenter__()] */                    \
    X(ASYNC_GEN_WRAP)      /* [v] -> [wrapped v]: a value yielded by an async generator */ \
    X(RAISE_VARARGS)       /* arg 0: re-raise, 1: raise exc, 2: raise exc from cause */ \
    X(RERAISE)             /* [.. exc] re-raise; arg 1: restore lasti from stack */    \
    X(PUSH_EXC_INFO)       /* [exc] -> [prev_handled, exc] */                          \
    X(POP_EXCEPT)          /* [prev_handled] -> []: restore the handled exception */   \
    X(CHECK_EXC_MATCH)     /* [exc, type] -> [exc, bool] */                            \
    X(CHECK_EG_MATCH)      /* [exc, type] -> [rest, match] (None: no match); except* */ \
    X(PREP_RERAISE_STAR)   /* [orig, list] -> [exc or None]: what except* re-raises */ \
    X(BEFORE_WITH)         /* [mgr] -> [exit, enter_result] */                         \
    X(WITH_EXCEPT_START)   /* [exit, lasti, prev, exc] -> [.., exit(type, exc, tb)] */ \
    X(LOAD_BUILD_CLASS)                                                                \
    X(LOAD_ASSERTION_ERROR)                                                            \
    X(SETUP_ANNOTATIONS)                                                               \
    X(IMPORT_NAME)         /* [level, fromlist] -> [module] */                         \
    X(IMPORT_FROM)         /* [module] -> [module, attr] */                            \
    X(IMPORT_STAR)         /* [module] -> [] */                                        \
    X(FORMAT_VALUE)        /* arg: conversion (0 none,1 s,2 r,3 a) | 4 if a spec is on the stack */ \
    X(PRINT_EXPR)                                                                      \
    X(CACHE)               /* inline cache word, never executed */                     \
    X(LOAD_FAST_ATTR)      /* fused LOAD_FAST + LOAD_ATTR: arg = local | name << 12 */ \
    X(FOR_ITER_RANGE)      /* specialised FOR_ITER over a range iterator */            \
    X(FOR_ITER_LIST)       /* specialised FOR_ITER over a list iterator */              \
    X(GET_LEN)             /* [o] -> [o, len(o)] */                                    \
    X(MATCH_MAPPING)       /* [o] -> [o, bool]: type has GL_TPFLAGS_MAPPING */          \
    X(MATCH_SEQUENCE)      /* [o] -> [o, bool]: type has GL_TPFLAGS_SEQUENCE */         \
    X(MATCH_KEYS)          /* [map, keys] -> [map, keys, values-tuple or None] */      \
    X(MATCH_CLASS)         /* [subj, cls, names] -> [attrs-tuple or None]; arg npos */

enum GlOpcode {
#define GL_OP_ENUM(name) GL_OP_##name,
    GL_OPCODE_LIST(GL_OP_ENUM)
#undef GL_OP_ENUM
    GL_OP_COUNT
};

#define GL_INSTR(op, arg) ((uint32_t)(op) | ((uint32_t)(arg) << 8))
#define GL_OPCODE(w) ((w) & 0xff)
#define GL_OPARG(w) ((w) >> 8)
#define GL_MAX_OPARG 0xffffff

/* 1 if the opcode is followed by one CACHE word. */
static inline int
gl_op_has_cache(int op)
{
    return op == GL_OP_LOAD_GLOBAL || op == GL_OP_LOAD_ATTR || op == GL_OP_LOAD_METHOD
        || op == GL_OP_STORE_ATTR || op == GL_OP_LOAD_FAST_ATTR;
}

/* 1 if the argument is a jump target. */
static inline int
gl_op_is_jump(int op)
{
    return op == GL_OP_JUMP || op == GL_OP_POP_JUMP_IF_FALSE || op == GL_OP_POP_JUMP_IF_TRUE
        || op == GL_OP_POP_JUMP_IF_NONE || op == GL_OP_POP_JUMP_IF_NOT_NONE
        || op == GL_OP_JUMP_IF_FALSE_OR_POP || op == GL_OP_JUMP_IF_TRUE_OR_POP
        || op == GL_OP_FOR_ITER || op == GL_OP_SEND;
}

#endif /* GLASS_COMPILER_OPCODES_H */
