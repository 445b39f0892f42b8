/* error.c - the thread state, raising/testing/clearing the pending exception,
 * printing exceptions (GlErr_Display, unraisable errors) and the recursion guard.
 *
 * Invariants:
 * - gl_tstate.curexc is NULL or an exception instance (owned); exceptions are
 *   instantiated at once by calling their type (tp_new/tp_init), never "lazy".
 * - Raising while an exception is being handled sets __context__ to the handled
 *   one (implicit chaining, CPython's _PyErr_SetObject), avoiding context cycles.
 * - Gl_EnterRecursiveCall increments recursion_depth on success only; on failure
 *   it leaves the depth unchanged and raises RecursionError.
 * - Printing goes to sys.stderr (gl_tstate.sysdict["stderr"]) or to C stderr when
 *   sys is not set up; printing clears the errors it meets.
 *
 * CPython behaviour matched: pythonrun.c's print_exception_recursive (chaining
 * separators, __suppress_context__, qualified type names, "<exception str()
 * failed>", SyntaxError location block, __notes__, "Did you mean" suggestions of
 * suggestions.c), errors.c's write_unraisable_exc_file.
 */
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include "../objects/allobjects.h"
#include "../modules/modules.h"
#include "cstack.h"
#include "../vm/frame.h"
#include "../vm/traceback.h"
#include "../vm/vm.h"

GlThreadState gl_tstate = {
    .exc_info = &gl_tstate.exc_state,
    .recursion_limit = 1000,
};

/* ---- the C stack ---- */

#ifdef GL_ASAN
#define STACK_MARGIN ((size_t)2 << 20)
#else
#define STACK_MARGIN ((size_t)256 << 10)
#endif

void
GlCore_InitStack(void *base)
{
    struct rlimit rl;
    size_t size = (size_t)8 << 20;
    if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY) {
        size = (size_t)rl.rlim_cur;
    }
    if (size > ((size_t)1 << 30)) {
        size = (size_t)1 << 30;
    }
    if (size < 2 * STACK_MARGIN) {
        size = 2 * STACK_MARGIN;
    }
    gl_tstate.stack_base = base;
    gl_tstate.stack_size = size - STACK_MARGIN;
    gl_tstate.stack_limit = (char *)base - gl_tstate.stack_size;
}

int
GlCore_StackLow(void)
{
    char here;
    return (uintptr_t)&here < (uintptr_t)gl_tstate.stack_limit;
}

int
Gl_EnterRecursiveCallSlow(const char *where)
{
    /* Reached when the inline check failed: the depth passed the limit or the C stack
     * is below stack_limit. */
    char here;
    int depth = gl_tstate.recursion_depth;
    uintptr_t sp = (uintptr_t)&here;
    int c_overflow = gl_tstate.stack_limit != NULL && sp < (uintptr_t)gl_tstate.stack_limit;
    if (gl_tstate.recursion_headroom) {
        /* Already handling an overflow: allow a little more. */
        if (depth > gl_tstate.recursion_limit + 50
            || (c_overflow && sp < (uintptr_t)gl_tstate.stack_limit - STACK_MARGIN / 2)) {
            Gl_FatalError("Cannot recover from stack overflow.");
        }
        return 0;
    }
    gl_tstate.recursion_headroom++;
    GlErr_Format(GlExc_RecursionError, "maximum recursion depth exceeded%s", where);
    gl_tstate.recursion_headroom--;
    gl_tstate.recursion_depth--;
    return -1;
}

void
Gl_FatalError(const char *msg)
{
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: %s\n", msg);
    fflush(stderr);
    abort();
}

/* ---- the pending exception ---- */

GlObject *
GlErr_Occurred(void) GL_BORROWED
{
    GlObject *exc = gl_tstate.curexc;
    return exc == NULL ? NULL : (GlObject *)Gl_TYPE(exc);
}

void
GlErr_Clear(void)
{
    Gl_CLEAR(gl_tstate.curexc);
}

GlObject *
GlErr_GetRaisedException(void) GL_NEWREF
{
    GlObject *exc = gl_tstate.curexc;
    gl_tstate.curexc = NULL;
    return exc;
}

void
GlErr_SetRaisedException(GlObject *exc GL_STEALS)
{
    Gl_XSETREF(gl_tstate.curexc, exc);
}

/* The exception being handled (borrowed) or NULL. */
static GlObject *
topmost_handled(void)
{
    GlErrStackItem *ei = gl_tstate.exc_info;
    while (ei != NULL && (ei->exc_value == NULL || ei->exc_value == Gl_None)) {
        ei = ei->previous_item;
    }
    return ei == NULL ? NULL : ei->exc_value;
}

/* Implicit chaining: value.__context__ = the handled exception, cutting a cycle that
 * would make value its own context. */
static void
chain_context(GlObject *value, GlObject *handled)
{
    if (handled == NULL || handled == value || !GlExceptionInstance_Check(value)) {
        return;
    }
    GlObject *o = handled, *slow_o = handled, *context;
    int toggle = 0;
    while ((context = GlException_GetContext(o)) != NULL) {
        if (context == value) {
            GlException_SetContext(o, NULL);
            break;
        }
        o = context;
        if (o == slow_o) {
            break;   // a pre-existing cycle
        }
        if (toggle) {
            slow_o = GlException_GetContext(slow_o);
        }
        toggle = !toggle;
    }
    GlException_SetContext(value, Gl_NewRef(handled));
}

void
GlErr_ChainWithHandled(GlObject *exc)
{
    chain_context(exc, topmost_handled());
}

/* Instantiate type with value (NULL/None: no args, tuple: the args, else one arg). */
static GlObject *
create_exception(GlObject *type, GlObject *value) GL_NEWREF
{
    GlObject *exc;
    if (value == NULL || value == Gl_None) {
        exc = GlObject_CallNoArgs(type);
    }
    else if (GlTuple_Check(value)) {
        exc = GlObject_Call(type, value, NULL);
    }
    else {
        exc = GlObject_CallOneArg(type, value);
    }
    if (exc != NULL && !GlExceptionInstance_Check(exc)) {
        GlErr_Format(GlExc_TypeError,
                     "calling %R should have returned an instance of BaseException, not %s",
                     type, Gl_TYPE(exc)->tp_name);
        Gl_DECREF(exc);
        return NULL;
    }
    return exc;
}

GlObject *
GlErr_SetObject(GlObject *type, GlObject *value)
{
    if (type == NULL || !GlExceptionClass_Check(type)) {
        GlErr_Format(GlExc_SystemError, "_PyErr_SetObject: exception %R is not a BaseException subclass",
                     type == NULL ? Gl_None : type);
        return NULL;
    }
    /* Take the old exception away first: constructing the new one runs code. */
    GlObject *old = gl_tstate.curexc;
    gl_tstate.curexc = NULL;
    GlObject *exc;
    if (value != NULL && GlExceptionInstance_Check(value)
        && GlObject_TypeCheck(value, (GlTypeObject *)type)) {
        exc = Gl_NewRef(value);
    }
    else {
        exc = create_exception(type, value);
        if (exc == NULL) {
            Gl_XDECREF(old);
            return NULL;   // the constructor's exception is pending
        }
    }
    chain_context(exc, topmost_handled());
    Gl_XSETREF(gl_tstate.curexc, exc);
    Gl_XDECREF(old);
    return NULL;
}

GlObject *
GlErr_SetNone(GlObject *type)
{
    return GlErr_SetObject(type, NULL);
}

GlObject *
GlErr_SetString(GlObject *type, const char *msg)
{
    GlObject *s = GlStr_FromString(msg);
    if (s == NULL) {
        return NULL;
    }
    GlErr_SetObject(type, s);
    Gl_DECREF(s);
    return NULL;
}

GlObject *
GlErr_FormatV(GlObject *type, const char *fmt, va_list va)
{
    /* %R/%S may run code that looks at the pending exception: clear it first. */
    GlErr_Clear();
    GlObject *s = GlStr_FromFormatV(fmt, va);
    if (s == NULL) {
        return NULL;
    }
    GlErr_SetObject(type, s);
    Gl_DECREF(s);
    return NULL;
}

GlObject *
GlErr_Format(GlObject *type, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    GlErr_FormatV(type, fmt, va);
    va_end(va);
    return NULL;
}

GlObject *
GlErr_SetKeyError(GlObject *key)
{
    GlObject *args = GlTuple_Pack(1, key);
    if (args == NULL) {
        return NULL;
    }
    GlErr_SetObject(GlExc_KeyError, args);
    Gl_DECREF(args);
    return NULL;
}

GlObject *
GlErr_NoMemory(void)
{
    static int in_nomemory;
    GlErr_Clear();
    if (!in_nomemory) {
        in_nomemory = 1;
        GlObject *exc = GlObject_CallNoArgs(GlExc_MemoryError);
        in_nomemory = 0;
        if (exc != NULL) {
            GlErr_SetRaisedException(exc);
            return NULL;
        }
        GlErr_Clear();
    }
    GlObject *m = gl_tstate.memerror;
    if (m != NULL) {
        GlBaseExceptionObject *b = (GlBaseExceptionObject *)m;
        Gl_CLEAR(b->traceback);
        Gl_CLEAR(b->context);
        Gl_CLEAR(b->cause);
        GlErr_SetRaisedException(Gl_NewRef(m));
        return NULL;
    }
    Gl_FatalError("out of memory");
}

GlObject *
GlErr_BadInternalCallAt(const char *file, int line)
{
    return GlErr_Format(GlExc_SystemError, "%s:%d: bad argument to internal function",
                        file, line);
}

GlObject *
GlErr_SetFromErrnoWithFilenameObject(GlObject *type, GlObject *filename)
{
    int e = errno;
    GlObject *num = GlInt_FromLong(e);
    GlObject *msg = GlStr_FromString(e == 0 ? "Error" : strerror(e));
    GlObject *args = NULL;
    if (num != NULL && msg != NULL) {
        if (filename != NULL && filename != Gl_None) {
            args = GlTuple_Pack(3, num, msg, filename);
        }
        else {
            args = GlTuple_Pack(2, num, msg);
        }
    }
    if (args != NULL) {
        GlObject *exc = GlObject_Call(type, args, NULL);
        if (exc != NULL) {
            GlErr_SetObject((GlObject *)Gl_TYPE(exc), exc);
            Gl_DECREF(exc);
        }
    }
    Gl_XDECREF(num);
    Gl_XDECREF(msg);
    Gl_XDECREF(args);
    return NULL;
}

GlObject *
GlErr_SetFromErrnoWithFilename(GlObject *type, const char *filename)
{
    int e = errno;
    GlObject *name = NULL;
    if (filename != NULL) {
        name = GlStr_FromString(filename);
        if (name == NULL) {
            return NULL;
        }
    }
    errno = e;
    GlErr_SetFromErrnoWithFilenameObject(type, name);
    Gl_XDECREF(name);
    return NULL;
}

GlObject *
GlErr_SetFromErrno(GlObject *type)
{
    return GlErr_SetFromErrnoWithFilenameObject(type, NULL);
}

int
GlErr_GivenExceptionMatches(GlObject *given, GlObject *exc)
{
    if (given == NULL || exc == NULL) {
        return 0;
    }
    if (GlTuple_Check(exc)) {
        Gl_ssize_t n = GlTuple_GET_SIZE(exc);
        for (Gl_ssize_t i = 0; i < n; i++) {
            if (GlErr_GivenExceptionMatches(given, GlTuple_GET_ITEM(exc, i))) {
                return 1;
            }
        }
        return 0;
    }
    if (GlExceptionInstance_Check(given)) {
        given = (GlObject *)Gl_TYPE(given);
    }
    if (GlExceptionClass_Check(given) && GlExceptionClass_Check(exc)) {
        return GlType_IsSubtype((GlTypeObject *)given, (GlTypeObject *)exc);
    }
    return given == exc;
}

int
GlErr_ExceptionMatches(GlObject *exc)
{
    GlObject *cur = gl_tstate.curexc;
    return cur != NULL && GlErr_GivenExceptionMatches(cur, exc);
}

/* ---- writing to sys.stderr ---- */

/* sys.stderr (borrowed) or NULL for C stderr. */
static GlObject *
err_file(void)
{
    if (gl_tstate.sysdict == NULL) {
        return NULL;
    }
    GlObject *f = GlDict_GetItemString(gl_tstate.sysdict, "stderr");
    return f == Gl_None ? NULL : f;
}

static int
out_str(GlObject *file, const char *s)
{
    if (file == NULL) {
        fputs(s, stderr);
        return 0;
    }
    if (GlFile_WriteString(s, file) < 0) {
        GlErr_Clear();
        return -1;
    }
    return 0;
}

/* Writes str(obj) (raw) or repr(obj). -1 with the exception pending on failure. */
static int
out_obj(GlObject *file, GlObject *obj, int raw)
{
    if (file != NULL) {
        return GlFile_WriteObject(obj, file, raw);
    }
    GlObject *s = raw ? GlObject_Str(obj) : GlObject_Repr(obj);
    if (s == NULL) {
        return -1;
    }
    const char *u = GlStr_AsUTF8(s);
    if (u == NULL) {
        Gl_DECREF(s);
        return -1;
    }
    fputs(u, stderr);
    Gl_DECREF(s);
    return 0;
}

static void
out_flush(GlObject *file)
{
    if (file == NULL) {
        fflush(stderr);
    }
    else if (GlFile_Flush(file) < 0) {
        GlErr_Clear();
    }
}

/* "module." unless builtins/__main__, then the qualname of type. */
static void
print_type_name(GlObject *file, GlTypeObject *type)
{
    GlObject *mod = GlObject_GetAttr((GlObject *)type, GL_ID(__module__));
    if (mod == NULL || !GlStr_Check(mod)) {
        Gl_XDECREF(mod);
        GlErr_Clear();
        out_str(file, "<unknown>");
    }
    else {
        if (!GlStr_EqualToASCII(mod, "builtins") && !GlStr_EqualToASCII(mod, "__main__")) {
            if (out_obj(file, mod, 1) < 0) {
                GlErr_Clear();
            }
            out_str(file, ".");
        }
        Gl_DECREF(mod);
    }
    GlObject *qualname = GlType_GetQualName(type);
    if (qualname == NULL || !GlStr_Check(qualname)) {
        GlErr_Clear();
        out_str(file, "<unknown>");
    }
    else if (out_obj(file, qualname, 1) < 0) {
        GlErr_Clear();
    }
    Gl_XDECREF(qualname);
}

/* ---- unraisable exceptions ---- */

static void
write_unraisable(const char *msg, GlObject *obj)
{
    GlObject *exc = GlErr_GetRaisedException();
    if (exc == NULL) {
        return;
    }
    GlObject *file = err_file();
    if (file != NULL) {
        Gl_INCREF(file);
    }
    if (obj != NULL && obj != Gl_None) {
        out_str(file, msg != NULL ? msg : "Exception ignored in");
        out_str(file, ": ");
        if (out_obj(file, obj, 0) < 0) {
            GlErr_Clear();
            out_str(file, "<object repr() failed>");
        }
        out_str(file, "\n");
    }
    else if (msg != NULL) {
        out_str(file, msg);
        out_str(file, ":\n");
    }
    GlObject *tb = GlException_GetTraceback(exc);
    if (tb != NULL && tb != Gl_None) {
        if (GlTraceBack_Print(tb, file) < 0) {
            GlErr_Clear();
        }
    }
    print_type_name(file, Gl_TYPE(exc));
    out_str(file, ": ");
    if (out_obj(file, exc, 1) < 0) {
        GlErr_Clear();
        out_str(file, "<exception str() failed>");
    }
    out_str(file, "\n");
    out_flush(file);
    Gl_XDECREF(file);
    Gl_DECREF(exc);
}

void
GlErr_WriteUnraisable(GlObject *obj)
{
    write_unraisable(NULL, obj);
}

void
GlErr_WriteUnraisableMsg(const char *msg, GlObject *obj)
{
    write_unraisable(msg, obj);
}

/* ---- suggestions ("Did you mean: 'x'?") ---- */

#define MAX_CANDIDATE_ITEMS 750
#define MAX_STRING_SIZE 40
#define MOVE_COST 2
#define CASE_COST 1

static inline size_t
substitution_cost(char a, char b)
{
    if ((a & 31) != (b & 31)) {
        return MOVE_COST;
    }
    if (a == b) {
        return 0;
    }
    if ('A' <= a && a <= 'Z') {
        a += 'a' - 'A';
    }
    if ('A' <= b && b <= 'Z') {
        b += 'a' - 'A';
    }
    return a == b ? CASE_COST : MOVE_COST;
}

/* Levenshtein distance with case-flip cost 1 and other edits 2; max_cost + 1 when
 * it exceeds max_cost (CPython's suggestions.c). */
static size_t
levenshtein(const char *a, size_t a_size, const char *b, size_t b_size, size_t max_cost)
{
    size_t buffer[MAX_STRING_SIZE];
    while (a_size && b_size && a[0] == b[0]) {
        a++, a_size--, b++, b_size--;
    }
    while (a_size && b_size && a[a_size - 1] == b[b_size - 1]) {
        a_size--, b_size--;
    }
    if (a_size == 0 || b_size == 0) {
        return (a_size + b_size) * MOVE_COST;
    }
    if (a_size > MAX_STRING_SIZE || b_size > MAX_STRING_SIZE) {
        return max_cost + 1;
    }
    if (b_size < a_size) {
        const char *t = a;
        a = b;
        b = t;
        size_t ts = a_size;
        a_size = b_size;
        b_size = ts;
    }
    if ((b_size - a_size) * MOVE_COST > max_cost) {
        return max_cost + 1;
    }
    size_t tmp = MOVE_COST;
    for (size_t i = 0; i < a_size; i++) {
        buffer[i] = tmp;
        tmp += MOVE_COST;
    }
    size_t result = 0;
    for (size_t bi = 0; bi < b_size; bi++) {
        char code = b[bi];
        size_t distance = result = bi * MOVE_COST;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < a_size; i++) {
            size_t substitute = distance + substitution_cost(code, a[i]);
            distance = buffer[i];
            size_t insert_delete = (result < distance ? result : distance) + MOVE_COST;
            result = insert_delete < substitute ? insert_delete : substitute;
            buffer[i] = result;
            if (result < minimum) {
                minimum = result;
            }
        }
        if (minimum > max_cost) {
            return max_cost + 1;
        }
    }
    return result;
}

/* The closest name of dir (a list of str) to name, new reference, or NULL. */
static GlObject *
calculate_suggestions(GlObject *dir, GlObject *name)
{
    Gl_ssize_t n = GlList_GET_SIZE(dir);
    if (n >= MAX_CANDIDATE_ITEMS) {
        return NULL;
    }
    Gl_ssize_t name_size;
    const char *name_str = GlStr_AsUTF8AndSize(name, &name_size);
    if (name_str == NULL) {
        return NULL;
    }
    size_t best_distance = (size_t)GL_SSIZE_T_MAX;
    GlObject *best = NULL;
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *item = GlList_GET_ITEM(dir, i);
        if (!GlStr_Check(item)) {
            continue;
        }
        Gl_ssize_t item_size;
        const char *item_str = GlStr_AsUTF8AndSize(item, &item_size);
        if (item_str == NULL) {
            return NULL;
        }
        if (item_size == name_size && memcmp(item_str, name_str, (size_t)name_size) == 0) {
            continue;
        }
        size_t max_distance = (size_t)(name_size + item_size + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) {
            max_distance = best_distance - 1;
        }
        size_t d = levenshtein(name_str, (size_t)name_size, item_str, (size_t)item_size,
                               max_distance);
        if (d > max_distance) {
            continue;
        }
        if (best == NULL || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return Gl_XNewRef(best);
}

static GlObject *
suggest_from_mapping(GlObject *mapping, GlObject *name)
{
    if (mapping == NULL || !GlDict_Check(mapping)) {
        return NULL;
    }
    GlObject *keys = GlDict_Keys(mapping);
    if (keys == NULL) {
        return NULL;
    }
    GlObject *s = calculate_suggestions(keys, name);
    Gl_DECREF(keys);
    return s;
}

static GlObject *
suggest_for_name_error(GlObject *exc)
{
    GlObject *name = ((GlNameErrorObject *)exc)->name;
    GlObject *tbo = GlException_GetTraceback(exc);
    if (name == NULL || !GlStr_CheckExact(name) || tbo == NULL
        || !Gl_IS_TYPE(tbo, &GlTraceBack_Type)) {
        return NULL;
    }
    GlTraceBackObject *tb = (GlTraceBackObject *)tbo;
    while (tb->tb_next != NULL && Gl_IS_TYPE(tb->tb_next, &GlTraceBack_Type)) {
        tb = tb->tb_next;
    }
    if (tb->tb_frame == NULL || tb->tb_frame->f_frame == NULL) {
        return NULL;
    }
    GlFrame *f = tb->tb_frame->f_frame;
    GlCodeObject *co = f->code;
    GlObject *dir = GlList_New(0);
    if (dir == NULL) {
        return NULL;
    }
    for (int i = 0; i < co->co_nlocalsplus; i++) {
        if ((co->co_localspluskinds[i] & GL_CO_FAST_LOCAL)
            && GlList_Append(dir, GlTuple_GET_ITEM(co->co_localsplusnames, i)) < 0) {
            Gl_DECREF(dir);
            return NULL;
        }
    }
    GlObject *s = calculate_suggestions(dir, name);
    Gl_DECREF(dir);
    if (s == NULL && !GlErr_Occurred()) {
        s = suggest_from_mapping(f->globals, name);
    }
    if (s == NULL && !GlErr_Occurred()) {
        s = suggest_from_mapping(f->builtins, name);
    }
    return s;
}

static GlObject *
offer_suggestions(GlObject *exc)
{
    if (GlObject_TypeCheck(exc, (GlTypeObject *)GlExc_AttributeError)) {
        GlAttributeErrorObject *e = (GlAttributeErrorObject *)exc;
        if (e->name == NULL || e->obj == NULL || !GlStr_CheckExact(e->name)) {
            return NULL;
        }
        GlObject *dir = GlObject_Dir(e->obj);
        if (dir == NULL) {
            return NULL;
        }
        GlObject *s = GlList_Check(dir) ? calculate_suggestions(dir, e->name) : NULL;
        Gl_DECREF(dir);
        return s;
    }
    if (GlObject_TypeCheck(exc, (GlTypeObject *)GlExc_NameError)) {
        return suggest_for_name_error(exc);
    }
    return NULL;
}

/* ---- printing an exception with its chain ---- */

/* SyntaxError's location block: '  File "f", line N' + the text with carets. */
static void
print_error_text(GlObject *file, Gl_ssize_t offset, Gl_ssize_t end_offset, GlObject *text_obj)
{
    /* Both offsets are 1-based; the caret count is fixed before any adjustment. */
    Gl_ssize_t reps = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
    const char *text = GlStr_AsUTF8(text_obj);
    if (text == NULL) {
        GlErr_Clear();
        return;
    }
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    Gl_ssize_t len = (Gl_ssize_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n') {
        len--;
    }
    if (offset > len) {
        offset = len;
    }
    for (;;) {
        const char *nl = strchr(text, '\n');
        if (nl == NULL) {
            break;
        }
        Gl_ssize_t inl = nl - text;
        if (inl >= offset) {
            break;
        }
        inl += 1;
        text += inl;
        len -= inl;
        offset -= inl;
    }
    out_str(file, "    ");
    out_str(file, text);
    if (text[len] != '\n') {
        out_str(file, "\n");
    }
    if (offset < 0) {
        return;   // the caret would point left of the text
    }
    char buf[512];
    Gl_ssize_t pos = 4;
    memcpy(buf, "    ", 4);
    for (Gl_ssize_t i = 0; i < offset && pos < (Gl_ssize_t)sizeof buf - 2; i++) {
        buf[pos++] = ' ';
    }
    for (Gl_ssize_t i = 0; i < reps && pos < (Gl_ssize_t)sizeof buf - 2; i++) {
        buf[pos++] = '^';
    }
    buf[pos++] = '\n';
    buf[pos] = '\0';
    out_str(file, buf);
}

static Gl_ssize_t
attr_as_ssize(GlObject *exc, GlObject *name, Gl_ssize_t dflt)
{
    GlObject *v = GlObject_GetAttr(exc, name);
    if (v == NULL) {
        GlErr_Clear();
        return dflt;
    }
    Gl_ssize_t r = dflt;
    if (GlInt_Check(v)) {
        r = GlInt_AsSsize_t(v);
        if (r == -1 && GlErr_Occurred()) {
            GlErr_Clear();
            r = dflt;
        }
    }
    Gl_DECREF(v);
    return r;
}

/* For SyntaxError-like exceptions: prints the location block and returns the
 * message to print (new reference), or NULL to print str(exc) as usual. */
static GlObject *
print_syntax_location(GlObject *file, GlObject *exc)
{
    GlObject *pfl;
    if (GlObject_LookupAttr(exc, GL_ID(print_file_and_line), &pfl) <= 0) {
        GlErr_Clear();
        return NULL;
    }
    Gl_DECREF(pfl);
    GlObject *msg = GlObject_GetAttr(exc, GL_ID(msg));
    if (msg == NULL) {
        GlErr_Clear();
        return NULL;
    }
    GlObject *filename = GlObject_GetAttr(exc, GL_ID(filename));
    if (filename == NULL) {
        GlErr_Clear();
        Gl_DECREF(msg);
        return NULL;
    }
    Gl_ssize_t lineno = attr_as_ssize(exc, GL_ID(lineno), 0);
    Gl_ssize_t offset = attr_as_ssize(exc, GL_ID(offset), -1);
    Gl_ssize_t end_lineno = attr_as_ssize(exc, GL_ID(end_lineno), lineno);
    Gl_ssize_t end_offset = attr_as_ssize(exc, GL_ID(end_offset), -1);
    GlObject *text = GlObject_GetAttr(exc, GL_ID(text));
    if (text == NULL) {
        GlErr_Clear();
    }
    GlObject *line;
    if (filename == Gl_None) {
        line = GlStr_FromFormat("  File \"<string>\", line %zd\n", lineno);
    }
    else {
        line = GlStr_FromFormat("  File \"%S\", line %zd\n", filename, lineno);
    }
    if (line != NULL) {
        if (out_obj(file, line, 1) < 0) {
            GlErr_Clear();
        }
        Gl_DECREF(line);
    }
    else {
        GlErr_Clear();
    }
    if (text != NULL && GlStr_Check(text)) {
        Gl_ssize_t line_size;
        const char *tl = GlStr_AsUTF8AndSize(text, &line_size);
        if (tl == NULL) {
            GlErr_Clear();
        }
        else {
            if (end_lineno > lineno) {
                end_offset = line_size;
            }
            if (end_offset > line_size + 1) {
                end_offset = line_size + 1;
            }
            print_error_text(file, offset, end_offset, text);
        }
    }
    Gl_XDECREF(text);
    Gl_DECREF(filename);
    return msg;
}

static void
print_notes(GlObject *file, GlObject *exc)
{
    GlObject *notes = ((GlBaseExceptionObject *)exc)->notes;
    if (notes == NULL) {
        GlObject *d = ((GlBaseExceptionObject *)exc)->dict;
        notes = d != NULL ? GlDict_GetItemWithError(d, GL_ID(__notes__)) : NULL;
        if (notes == NULL) {
            GlErr_Clear();
            return;
        }
    }
    Gl_INCREF(notes);
    if (!GlList_Check(notes) && !GlTuple_Check(notes)) {
        if (out_obj(file, notes, 0) < 0) {
            GlErr_Clear();
            out_str(file, "<__notes__ repr() failed>");
        }
        out_str(file, "\n");
        Gl_DECREF(notes);
        return;
    }
    GlObject *fast = GlSequence_Fast(notes, "");
    Gl_DECREF(notes);
    if (fast == NULL) {
        GlErr_Clear();
        return;
    }
    Gl_ssize_t n = GlList_Check(fast) ? GlList_GET_SIZE(fast) : GlTuple_GET_SIZE(fast);
    for (Gl_ssize_t i = 0; i < n; i++) {
        GlObject *note = GlList_Check(fast) ? GlList_GET_ITEM(fast, i) : GlTuple_GET_ITEM(fast, i);
        if (out_obj(file, note, 1) < 0) {
            GlErr_Clear();
            out_str(file, "<note str() failed>");
        }
        out_str(file, "\n");
    }
    Gl_DECREF(fast);
}

/* One exception: traceback, location block (SyntaxError), "Type: message", notes. */
static void
print_exception(GlObject *file, GlObject *exc)
{
    if (!GlExceptionInstance_Check(exc)) {
        out_str(file, "TypeError: print_exception(): Exception expected for value, ");
        out_str(file, Gl_TYPE(exc)->tp_name);
        out_str(file, " found\n");
        return;
    }
    Gl_INCREF(exc);
    GlObject *tb = GlException_GetTraceback(exc);
    if (tb != NULL && tb != Gl_None) {
        if (GlTraceBack_Print(tb, file) < 0) {
            GlErr_Clear();
        }
    }
    GlObject *msg = print_syntax_location(file, exc);
    print_type_name(file, Gl_TYPE(exc));
    GlObject *s = msg != NULL ? GlObject_Str(msg) : GlObject_Str(exc);
    if (s == NULL) {
        GlErr_Clear();
        out_str(file, ": <exception str() failed>");
    }
    else {
        if (!GlStr_Check(s) || GlStr_GET_LENGTH(s) != 0) {
            out_str(file, ": ");
        }
        if (out_obj(file, s, 1) < 0) {
            GlErr_Clear();
        }
        Gl_DECREF(s);
    }
    if (msg == NULL) {
        GlObject *sugg = offer_suggestions(exc);
        if (sugg != NULL) {
            out_str(file, ". Did you mean: '");
            if (out_obj(file, sugg, 1) < 0) {
                GlErr_Clear();
            }
            out_str(file, "'?");
            Gl_DECREF(sugg);
        }
        else {
            GlErr_Clear();
        }
    }
    out_str(file, "\n");
    print_notes(file, exc);
    Gl_XDECREF(msg);
    Gl_DECREF(exc);
}

#define MAX_CHAIN 256

typedef struct SeenSet {
    GlObject *items[MAX_CHAIN];
    int n;
} SeenSet;

static int
seen_contains(SeenSet *seen, GlObject *o)
{
    for (int i = 0; i < seen->n; i++) {
        if (seen->items[i] == o) {
            return 1;
        }
    }
    return 0;
}

static void
print_recursive(GlObject *file, GlObject *exc, SeenSet *seen)
{
    if (seen->n < MAX_CHAIN) {
        seen->items[seen->n++] = exc;
    }
    if (GlExceptionInstance_Check(exc) && seen->n < MAX_CHAIN) {
        GlObject *cause = GlException_GetCause(exc);
        GlObject *context = GlException_GetContext(exc);
        GlBaseExceptionObject *b = (GlBaseExceptionObject *)exc;
        if (cause != NULL && cause != Gl_None) {
            if (!seen_contains(seen, cause)) {
                Gl_INCREF(cause);
                print_recursive(file, cause, seen);
                Gl_DECREF(cause);
                out_str(file, "\nThe above exception was the direct cause "
                              "of the following exception:\n\n");
            }
        }
        else if (context != NULL && context != Gl_None && !b->suppress_context
                 && !seen_contains(seen, context)) {
            Gl_INCREF(context);
            print_recursive(file, context, seen);
            Gl_DECREF(context);
            out_str(file, "\nDuring handling of the above exception, "
                          "another exception occurred:\n\n");
        }
    }
    print_exception(file, exc);
}

/* Whether exc or an exception in its cause/context chain is an exception group. */
static int
chain_has_group(GlObject *exc)
{
    for (int i = 0; i < MAX_CHAIN && exc != NULL && exc != Gl_None; i++) {
        if (!GlExceptionInstance_Check(exc)) {
            return 0;
        }
        if (GlObject_TypeCheck(exc, &GlBaseExceptionGroup_Type)) {
            return 1;
        }
        GlObject *cause = GlException_GetCause(exc);
        exc = cause != NULL && cause != Gl_None ? cause : GlException_GetContext(exc);
    }
    return 0;
}

/* Exception groups are drawn with their nested boxes by traceback.print_exception
 * (lib/traceback.py follows CPython's layout). 0 when printed, -1 to fall back. */
static int
display_group(GlObject *exc, GlObject *file)
{
    GlObject *mod = GlImport_ImportModule("traceback");
    if (mod == NULL) {
        GlErr_Clear();
        return -1;
    }
    GlObject *fn = GlObject_GetAttrString(mod, "print_exception");
    Gl_DECREF(mod);
    GlObject *kw = fn != NULL ? GlDict_New() : NULL;
    GlObject *args = kw != NULL ? GlTuple_Pack(1, exc) : NULL;
    GlObject *r = NULL;
    if (args != NULL && (file == NULL || GlDict_SetItemString(kw, "file", file) == 0)) {
        r = GlObject_Call(fn, args, kw);
    }
    Gl_XDECREF(fn);
    Gl_XDECREF(kw);
    Gl_XDECREF(args);
    if (r == NULL) {
        GlErr_Clear();
        return -1;
    }
    Gl_DECREF(r);
    return 0;
}

void
GlErr_Display(GlObject *exc)
{
    GlObject *saved = GlErr_GetRaisedException();
    GlObject *file = err_file();
    if (file != NULL) {
        Gl_INCREF(file);
    }
    fflush(stdout);   // C-level only, as CPython's print_exception
    if (chain_has_group(exc) && display_group(exc, file) == 0) {
        out_flush(file);
        Gl_XDECREF(file);
        GlErr_SetRaisedException(saved);
        return;
    }
    SeenSet seen;
    seen.n = 0;
    print_recursive(file, exc, &seen);
    out_flush(file);
    Gl_XDECREF(file);
    GlErr_SetRaisedException(saved);
}

void
GlErr_Print(void)
{
    GlObject *exc = GlErr_GetRaisedException();
    if (exc == NULL) {
        return;
    }
    GlObject *hook = NULL;
    if (gl_tstate.sysdict != NULL) {
        GlDict_SetItemString(gl_tstate.sysdict, "last_type", (GlObject *)Gl_TYPE(exc));
        GlDict_SetItemString(gl_tstate.sysdict, "last_value", exc);
        GlObject *tb = GlException_GetTraceback(exc);
        GlDict_SetItemString(gl_tstate.sysdict, "last_traceback", tb != NULL ? tb : Gl_None);
        GlErr_Clear();
        hook = GlDict_GetItemString(gl_tstate.sysdict, "excepthook");
    }
    if (hook != NULL && hook != Gl_None) {
        Gl_INCREF(hook);
        GlObject *tb = GlException_GetTraceback(exc);
        GlObject *r = GlObject_CallFunctionObjArgs(hook, (GlObject *)Gl_TYPE(exc), exc,
                                                   tb != NULL ? tb : Gl_None, NULL);
        Gl_DECREF(hook);
        if (r != NULL) {
            Gl_DECREF(r);
            Gl_DECREF(exc);
            return;
        }
        GlObject *exc2 = GlErr_GetRaisedException();
        GlObject *file = err_file();
        out_str(file, "Error in sys.excepthook:\n");
        if (exc2 != NULL) {
            GlErr_Display(exc2);
            Gl_DECREF(exc2);
        }
        out_str(file, "\nOriginal exception was:\n");
    }
    GlErr_Display(exc);
    Gl_DECREF(exc);
}
