/* builtins_more.c - the built-in functions that reach into the VM: __build_class__,
 * __import__, compile, exec, eval, dir, vars, locals, globals.
 *
 * Invariants:
 * - __build_class__ follows CPython 3.11's builtin___build_class__ step for step:
 *   __mro_entries__ resolution (orig_bases kept as __orig_bases__), metaclass
 *   calculation, __prepare__, the body run with the namespace as its locals, the
 *   metaclass call, and the __classcell__ check.
 * - exec/eval default to the calling frame's namespaces (GlEval_GetGlobals,
 *   GlEval_GetLocals); a globals dict without __builtins__ gets one (GlEval_Code).
 * - Source strings are compiled as "<string>"; eval strips leading spaces and tabs.
 */
#include "modules.h"
#include "../vm/vm.h"

/* ---- __build_class__ -------------------------------------------------------- */

/* Apply __mro_entries__ of non-type bases. Returns `bases` itself (new reference)
 * when nothing changed, else a new tuple. */
static GlObject *
update_bases(GlObject *bases, GlObject *const *args, Gl_ssize_t nargs)
{
    GlObject *new_bases = NULL;
    for (Gl_ssize_t i = 0; i < nargs; i++) {
        GlObject *base = args[i];
        if (GlType_Check(base)) {
            if (new_bases != NULL && GlList_Append(new_bases, base) < 0) {
                goto error;
            }
            continue;
        }
        GlObject *meth;
        if (GlObject_LookupAttr(base, GL_ID(__mro_entries__), &meth) < 0) {
            goto error;
        }
        if (meth == NULL) {
            if (new_bases != NULL && GlList_Append(new_bases, base) < 0) {
                goto error;
            }
            continue;
        }
        GlObject *new_base = GlObject_CallOneArg(meth, bases);
        Gl_DECREF(meth);
        if (new_base == NULL) {
            goto error;
        }
        if (!GlTuple_Check(new_base)) {
            GlErr_SetString(GlExc_TypeError, "__mro_entries__ must return a tuple");
            Gl_DECREF(new_base);
            goto error;
        }
        if (new_bases == NULL) {
            new_bases = GlList_New(0);
            if (new_bases == NULL) {
                Gl_DECREF(new_base);
                goto error;
            }
            for (Gl_ssize_t j = 0; j < i; j++) {
                if (GlList_Append(new_bases, args[j]) < 0) {
                    Gl_DECREF(new_base);
                    goto error;
                }
            }
        }
        for (Gl_ssize_t j = 0; j < GlTuple_GET_SIZE(new_base); j++) {
            if (GlList_Append(new_bases, GlTuple_GET_ITEM(new_base, j)) < 0) {
                Gl_DECREF(new_base);
                goto error;
            }
        }
        Gl_DECREF(new_base);
    }
    if (new_bases == NULL) {
        return Gl_NewRef(bases);
    }
    GlObject *result = GlList_AsTuple(new_bases);
    Gl_DECREF(new_bases);
    return result;
error:
    Gl_XDECREF(new_bases);
    return NULL;
}

/* Call meta(name, bases, ns, **mkw). */
static GlObject *
call_metaclass(GlObject *meta, GlObject *name, GlObject *bases, GlObject *ns, GlObject *mkw)
{
    GlObject *args = GlTuple_Pack(3, name, bases, ns);
    if (args == NULL) {
        return NULL;
    }
    GlObject *cls = GlObject_Call(meta, args, mkw != NULL && GlDict_GET_SIZE(mkw) ? mkw : NULL);
    Gl_DECREF(args);
    return cls;
}

/* Verify that the __class__ cell of the body holds the class made. 0 / -1. */
static int
check_classcell(GlObject *cell, GlObject *name, GlObject *cls)
{
    if (!GlType_Check(cls) || !GlCell_Check(cell)) {
        return 0;
    }
    GlObject *cell_cls = ((GlCellObject *)cell)->ob_ref;
    if (cell_cls == cls) {
        return 0;
    }
    if (cell_cls == NULL) {
        GlErr_Format(GlExc_RuntimeError,
                     "__class__ not set defining %.200R as %.200R. "
                     "Was __classcell__ propagated to type.__new__?", name, cls);
    } else {
        GlErr_Format(GlExc_TypeError, "__class__ set to %.200R defining %.200R as %.200R",
                     cell_cls, name, cls);
    }
    return -1;
}

/* __prepare__ of meta, or a new dict. New reference. */
static GlObject *
prepare_namespace(GlObject *meta, int isclass, GlObject *name, GlObject *bases, GlObject *mkw)
{
    GlObject *prep, *ns;
    if (GlObject_LookupAttr(meta, GL_ID(__prepare__), &prep) < 0) {
        return NULL;
    }
    if (prep == NULL) {
        ns = GlDict_New();
    } else {
        GlObject *pargs = GlTuple_Pack(2, name, bases);
        ns = pargs != NULL ? GlObject_Call(prep, pargs, mkw) : NULL;
        Gl_XDECREF(pargs);
        Gl_DECREF(prep);
    }
    if (ns == NULL) {
        return NULL;
    }
    if (!GlMapping_Check(ns)) {
        GlErr_Format(GlExc_TypeError, "%.200s.__prepare__() must return a mapping, not %.200s",
                     isclass ? ((GlTypeObject *)meta)->tp_name : "<metaclass>",
                     GlObject_TypeName(ns));
        Gl_DECREF(ns);
        return NULL;
    }
    return ns;
}

GlObject *
GlBuiltin_BuildClass(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    if (nargs < 2) {
        return GlErr_SetString(GlExc_TypeError, "__build_class__: not enough arguments");
    }
    GlObject *func = args[0], *name = args[1];
    if (!GlFunction_Check(func)) {
        return GlErr_SetString(GlExc_TypeError, "__build_class__: func must be a function");
    }
    if (!GlStr_Check(name)) {
        return GlErr_SetString(GlExc_TypeError, "__build_class__: name is not a string");
    }
    GlObject *orig_bases = GlTuple_FromArray(args + 2, nargs - 2);
    if (orig_bases == NULL) {
        return NULL;
    }
    GlObject *bases = NULL, *mkw = NULL, *meta = NULL, *ns = NULL, *cell = NULL, *cls = NULL;
    int isclass = 0;
    bases = update_bases(orig_bases, args + 2, nargs - 2);
    if (bases == NULL) {
        goto error;
    }
    if (kwnames != NULL && GlTuple_GET_SIZE(kwnames) > 0) {
        mkw = GlStack_AsDict(args + nargs, kwnames);
        if (mkw == NULL) {
            goto error;
        }
        meta = GlDict_GetItemWithError(mkw, GL_ID(metaclass));
        if (meta != NULL) {
            Gl_INCREF(meta);
            if (GlDict_DelItem(mkw, GL_ID(metaclass)) < 0) {
                goto error;
            }
            isclass = GlType_Check(meta);
        } else if (GlErr_Occurred()) {
            goto error;
        }
    }
    if (meta == NULL) {
        meta = GlTuple_GET_SIZE(bases) == 0 ? (GlObject *)&GlType_Type
                                            : (GlObject *)Gl_TYPE(GlTuple_GET_ITEM(bases, 0));
        Gl_INCREF(meta);
        isclass = 1;
    }
    if (isclass) {
        GlObject *winner = (GlObject *)GlType_CalculateMetaclass((GlTypeObject *)meta, bases);
        if (winner == NULL) {
            goto error;
        }
        if (winner != meta) {
            Gl_SETREF(meta, Gl_NewRef(winner));
        }
    }
    ns = prepare_namespace(meta, isclass, name, bases, mkw);
    if (ns == NULL) {
        goto error;
    }
    /* Runs the class body: arbitrary Python code. */
    cell = GlEval_FunctionWithLocals(func, ns);
    if (cell == NULL) {
        goto error;
    }
    if (bases != orig_bases && GlObject_SetItem(ns, GL_ID(__orig_bases__), orig_bases) < 0) {
        goto error;
    }
    cls = call_metaclass(meta, name, bases, ns, mkw);
    if (cls != NULL && check_classcell(cell, name, cls) < 0) {
        Gl_CLEAR(cls);
    }
error:
    Gl_XDECREF(cell);
    Gl_XDECREF(ns);
    Gl_XDECREF(meta);
    Gl_XDECREF(mkw);
    Gl_XDECREF(bases);
    Gl_DECREF(orig_bases);
    return cls;
}

/* ---- __import__ ------------------------------------------------------------------ */

GlObject *
GlBuiltin_Import(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"name", "globals", "locals", "fromlist", "level", NULL};
    GlObject *a[5] = {NULL, NULL, NULL, NULL, NULL};
    if (GlArg_ParseVector("__import__", args, nargs, kwnames, kwlist, 5, 1, a) < 0) {
        return NULL;
    }
    if (!GlStr_Check(a[0])) {
        return GlErr_SetString(GlExc_TypeError, "module name must be a string");
    }
    int level = 0;
    if (a[4] != NULL) {
        Gl_ssize_t l = GlNumber_AsSsize_t(a[4], GlExc_OverflowError);
        if (l == -1 && GlErr_Occurred()) {
            return NULL;
        }
        if (l < 0) {
            return GlErr_SetString(GlExc_ValueError, "level must be >= 0");
        }
        level = (int)l;
    }
    return GlImport_ImportModuleLevelObject(a[0], a[1], a[2], a[3], level);
}

/* ---- compile / exec / eval ---------------------------------------------------------- */

/* Source text of a str/bytes/bytearray argument (borrowed UTF-8 data, NUL-checked).
 * `what` names the function for messages; allow_code: the arg may be a code object
 * (then *code is set and NULL returned without exception). */
static const char *
source_as_string(GlObject *src, const char *fname, const char *what, Gl_ssize_t *len)
{
    const char *s;
    if (GlStr_Check(src)) {
        s = GlStr_AsUTF8AndSize(src, len);
        if (s == NULL) {
            return NULL;
        }
    } else if (GlBytes_Check(src) || GlByteArray_Check(src)) {
        if (GlBytes_AsBuffer(src, &s, len) < 0) {
            return NULL;
        }
    } else {
        GlErr_Format(GlExc_TypeError, "%s() arg 1 must be a %s object", fname, what);
        return NULL;
    }
    if ((Gl_ssize_t)strlen(s) != *len) {
        GlErr_SetString(GlExc_SyntaxError, "source code string cannot contain null bytes");
        return NULL;
    }
    return s;
}

static GlObject *
compile_source(const char *s, Gl_ssize_t len, const char *filename, int mode)
{
    GlObject *fn = GlStr_FromString(filename);
    if (fn == NULL) {
        return NULL;
    }
    GlObject *code = GlCompile_String(s, len, fn, mode);
    Gl_DECREF(fn);
    return code;
}

GlObject *
GlBuiltin_Compile(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    static const char *const kwlist[] = {"source", "filename", "mode", "flags",
                                         "dont_inherit", "optimize", "_feature_version", NULL};
    GlObject *a[7] = {NULL, NULL, NULL, NULL, NULL, NULL, NULL};
    if (GlArg_ParseVector("compile", args, nargs, kwnames, kwlist, 6, 3, a) < 0) {
        return NULL;
    }
    GlObject *filename = a[1];
    if (GlBytes_Check(filename)) {
        filename = GlStr_FromStringAndSize(GlBytes_AS_STRING(filename), Gl_SIZE(filename));
    } else if (GlStr_Check(filename)) {
        Gl_INCREF(filename);
    } else {
        return GlErr_Format(GlExc_TypeError,
                            "expected str, bytes or os.PathLike object, not %.200s",
                            GlObject_TypeName(filename));
    }
    if (filename == NULL) {
        return NULL;
    }
    GlObject *code = NULL;
    int only_ast = 0;
    int incomplete = 0;
    if (!GlStr_Check(a[2])) {
        GlErr_Format(GlExc_TypeError, "compile() argument 'mode' must be str, not %.200s",
                     GlObject_TypeName(a[2]));
        goto done;
    }
    int mode;
    if (GlStr_EqualToASCII(a[2], "exec")) {
        mode = GL_MODE_EXEC;
    } else if (GlStr_EqualToASCII(a[2], "eval")) {
        mode = GL_MODE_EVAL;
    } else if (GlStr_EqualToASCII(a[2], "single")) {
        mode = GL_MODE_SINGLE;
    } else {
        int64_t fl = a[3] != NULL && GlInt_Check(a[3]) ? GlInt_AsLong(a[3]) : 0;
        if (fl == -1 && GlErr_Occurred()) {
            GlErr_Clear();
        }
        GlErr_SetString(GlExc_ValueError,
                        fl != -1 && (fl & 0x400)  // PyCF_ONLY_AST
                            ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                            : "compile() mode must be 'exec', 'eval' or 'single'");
        goto done;
    }
    if (a[3] != NULL) {
        int overflow = 0;
        if (!GlInt_Check(a[3])) {
            GlErr_Format(GlExc_TypeError, "'%.200s' object cannot be interpreted as an integer",
                         GlObject_TypeName(a[3]));
            goto done;
        }
        int64_t flags = GlInt_AsInt64AndOverflow(a[3], &overflow);
        if (overflow || (flags & ~(int64_t)0x3FFFFFF) != 0) {
            GlErr_SetString(GlExc_ValueError, "compile(): unrecognised flags");
            goto done;
        }
        only_ast = (flags & 0x400) != 0;  // PyCF_ONLY_AST
        if (flags & 0x4000) {   // PyCF_ALLOW_INCOMPLETE_INPUT (with PyCF_DONT_IMPLY_DEDENT)
            incomplete = GL_MODE_ALLOW_INCOMPLETE | ((flags & 0x200) ? GL_MODE_NO_DEDENT : 0);
        }
    }
    if (GlCode_Check(a[0])) {
        code = Gl_NewRef(a[0]);
        goto done;
    }
    int is_ast = GlAst_Check(a[0]);
    if (is_ast != 0) {
        if (is_ast > 0) {
            code = only_ast ? Gl_NewRef(a[0]) : GlAst_Compile(a[0], filename, mode);
        }
        goto done;
    }
    Gl_ssize_t len;
    const char *s = source_as_string(a[0], "compile", "string, bytes or AST", &len);
    if (s != NULL) {
        code = only_ast ? GlAst_FromSource(s, len, filename, mode)
                        : GlCompile_String(s, len, filename,
                                           mode | incomplete
                                               | (GlStr_Check(a[0]) ? GL_MODE_IGNORE_COOKIE : 0));
    }
done:
    Gl_DECREF(filename);
    return code;
}

/* Resolve the globals/locals pair of exec/eval. New references in *g and *l. */
static int
resolve_namespaces(GlObject *globals, GlObject *locals, GlObject **g, GlObject **l,
                   int is_exec)
{
    if (globals == NULL) {
        globals = Gl_None;
    }
    if (locals == NULL) {
        locals = Gl_None;
    }
    if (!is_exec) {
        if (locals != Gl_None && !GlMapping_Check(locals)) {
            GlErr_SetString(GlExc_TypeError, "locals must be a mapping");
            return -1;
        }
        if (globals != Gl_None && !GlDict_Check(globals)) {
            GlErr_SetString(GlExc_TypeError, GlMapping_Check(globals)
                            ? "globals must be a real dict; try eval(expr, {}, mapping)"
                            : "globals must be a dict");
            return -1;
        }
    }
    if (globals == Gl_None) {
        GlObject *gl = GlEval_GetGlobals();
        if (gl == NULL) {
            GlErr_SetString(is_exec ? GlExc_SystemError : GlExc_TypeError,
                            is_exec ? "globals and locals cannot be NULL"
                                    : "eval must be given globals and locals when called "
                                      "without a frame");
            return -1;
        }
        *g = Gl_NewRef(gl);
        if (locals == Gl_None) {
            *l = GlEval_GetLocals();
            if (*l == NULL) {
                Gl_CLEAR(*g);
                return -1;
            }
        } else {
            *l = Gl_NewRef(locals);
        }
    } else {
        *g = Gl_NewRef(globals);
        *l = Gl_NewRef(locals == Gl_None ? globals : locals);
    }
    if (is_exec) {
        if (!GlDict_Check(*g)) {
            GlErr_Format(GlExc_TypeError, "exec() globals must be a dict, not %.100s",
                         GlObject_TypeName(*g));
            goto error;
        }
        if (!GlMapping_Check(*l)) {
            GlErr_Format(GlExc_TypeError, "locals must be a mapping or None, not %.100s",
                         GlObject_TypeName(*l));
            goto error;
        }
    }
    if (GlDict_GetItemWithError(*g, GL_ID(__builtins__)) == NULL) {
        if (GlErr_Occurred()) {
            goto error;
        }
        GlObject *b = GlBuiltins_GetModule();
        if (b != NULL && GlDict_SetItem(*g, GL_ID(__builtins__), b) < 0) {
            goto error;
        }
    }
    return 0;
error:
    Gl_CLEAR(*g);
    Gl_CLEAR(*l);
    return -1;
}

static GlObject *
exec_or_eval(GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames, int is_exec)
{
    static const char *const kwlist[] = {"", "globals", "locals", NULL};
    const char *fname = is_exec ? "exec" : "eval";
    GlObject *a[3] = {NULL, NULL, NULL};
    if (GlArg_ParseVector(fname, args, nargs, kwnames, kwlist, 3, 1, a) < 0) {
        return NULL;
    }
    GlObject *g, *l;
    if (resolve_namespaces(a[1], a[2], &g, &l, is_exec) < 0) {
        return NULL;
    }
    GlObject *result = NULL, *code = NULL;
    if (GlCode_Check(a[0])) {
        if (((GlCodeObject *)a[0])->co_nfreevars > 0) {
            GlErr_Format(GlExc_TypeError,
                         "code object passed to %s() may not contain free variables", fname);
            goto done;
        }
        code = Gl_NewRef(a[0]);
    } else {
        Gl_ssize_t len;
        const char *s = source_as_string(a[0], fname, "string, bytes or code", &len);
        if (s == NULL) {
            goto done;
        }
        if (!is_exec) {
            while (*s == ' ' || *s == '\t') {
                s++;
                len--;
            }
        }
        code = compile_source(s, len, "<string>", (is_exec ? GL_MODE_EXEC : GL_MODE_EVAL)
                              | (GlStr_Check(a[0]) ? GL_MODE_IGNORE_COOKIE : 0));
        if (code == NULL) {
            goto done;
        }
    }
    result = GlEval_Code(code, g, l);
    if (result != NULL && is_exec) {
        Gl_SETREF(result, Gl_NewRef(Gl_None));
    }
done:
    Gl_XDECREF(code);
    Gl_DECREF(g);
    Gl_DECREF(l);
    return result;
}

GlObject *
GlBuiltin_Exec(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return exec_or_eval(args, nargs, kwnames, 1);
}

GlObject *
GlBuiltin_Eval(GlObject *self, GlObject *const *args, Gl_ssize_t nargs, GlObject *kwnames)
{
    return exec_or_eval(args, nargs, kwnames, 0);
}

/* ---- namespaces ------------------------------------------------------------------ */

GlObject *
GlBuiltin_Globals(GlObject *self, GlObject *unused)
{
    GlObject *g = GlEval_GetGlobals();
    if (g == NULL) {
        Gl_RETURN_NONE;
    }
    return Gl_NewRef(g);
}

GlObject *
GlBuiltin_Locals(GlObject *self, GlObject *unused)
{
    return GlEval_GetLocals();
}

GlObject *
GlBuiltin_Vars(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("vars", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 0) {
        return GlEval_GetLocals();
    }
    GlObject *d;
    int r = GlObject_LookupAttr(args[0], GL_ID(__dict__), &d);
    if (r == 0) {
        GlErr_SetString(GlExc_TypeError, "vars() argument must have __dict__ attribute");
    }
    return r > 0 ? d : NULL;
}

GlObject *
GlBuiltin_Dir(GlObject *self, GlObject *const *args, Gl_ssize_t nargs)
{
    if (GlArg_CheckPositional("dir", nargs, 0, 1) < 0) {
        return NULL;
    }
    if (nargs == 1) {
        return GlObject_Dir(args[0]);
    }
    GlObject *locals = GlEval_GetLocals();
    if (locals == NULL) {
        return NULL;
    }
    GlObject *names;
    if (GlDict_Check(locals)) {
        names = GlDict_Keys(locals);
    } else {
        GlObject *keys = GlMapping_Keys(locals);
        names = keys != NULL ? GlSequence_List(keys) : NULL;
        Gl_XDECREF(keys);
    }
    Gl_DECREF(locals);
    if (names == NULL) {
        return NULL;
    }
    if (GlList_Sort(names, NULL, 0) < 0) {
        Gl_DECREF(names);
        return NULL;
    }
    return names;
}
