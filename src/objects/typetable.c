/* typetable.c - the static types of the runtime, readied at start-up in this order
 * (bases before derived types). Each engineer's section lists the types of the
 * files they own. */
#include "allobjects.h"
#include "../modules/modules.h"

/* Types readied by GlType_InitAll, NULL-terminated. object and type come first. */
GlTypeObject *gl_static_types[] = {
    &GlBaseObject_Type,
    &GlType_Type,
    /* --- objects/object.c, type.c, descr.c, abstract.c (type system) --- */
    &GlNone_Type,
    &GlNotImplemented_Type,
    &GlEllipsis_Type,
    &GlMethodDescr_Type,
    &GlClassMethodDescr_Type,
    &GlMemberDescr_Type,
    &GlGetSetDescr_Type,
    &GlWrapperDescr_Type,
    &GlMethodWrapper_Type,
    &GlCFunction_Type,
    &GlProperty_Type,
    &GlStaticMethod_Type,
    &GlClassMethod_Type,
    &GlDictProxy_Type,
    &GlSuper_Type,
    &GlUnion_Type,
    /* --- numbers: int.c float.c complex.c --- */
    &GlInt_Type,
    &GlBool_Type,
    &GlFloat_Type,
    &GlComplex_Type,
    /* --- strings: str.c bytes.c bytearray.c --- */
    &GlStr_Type,
    &GlStrIter_Type,
    &GlBytes_Type,
    &GlBytesIter_Type,
    &GlByteArray_Type,
    &GlByteArrayIter_Type,
    /* --- containers: tuple.c list.c dict.c set.c range.c slice.c iterobject.c --- */
    &GlTuple_Type,
    &GlTupleIter_Type,
    &GlList_Type,
    &GlListIter_Type,
    &GlListRevIter_Type,
    &GlDict_Type,
    &GlDictKeys_Type,
    &GlDictValues_Type,
    &GlDictItems_Type,
    &GlDictIterKey_Type,
    &GlDictIterValue_Type,
    &GlDictIterItem_Type,
    &GlDictRevIterKey_Type,
    &GlDictRevIterValue_Type,
    &GlDictRevIterItem_Type,
    &GlSet_Type,
    &GlFrozenSet_Type,
    &GlSetIter_Type,
    &GlRange_Type,
    &GlRangeIter_Type,
    &GlLongRangeIter_Type,
    &GlSlice_Type,
    &GlSeqIter_Type,
    &GlCallIter_Type,
    &GlEnum_Type,
    &GlZip_Type,
    &GlMap_Type,
    &GlFilter_Type,
    &GlReversed_Type,
    /* --- exceptions.c, weakref.c --- */
#define GL_EXC_TYPE_ENTRY(name) &Gl##name##_Type,
    GL_EXC_LIST(GL_EXC_TYPE_ENTRY)   // BaseException first, each base before its subclasses
#undef GL_EXC_TYPE_ENTRY
    &GlWeakRef_Type,
    &GlWeakProxy_Type,
    &GlWeakCallableProxy_Type,
    /* --- function.c code.c generator.c frame.c module.c (vm objects) --- */
    /* --- modules (io file objects...) --- */
    &GlFileIO_Type,
    &GlBufferedReader_Type,
    &GlBufferedWriter_Type,
    &GlBufferedRandom_Type,
    &GlTextIOWrapper_Type,
    &GlStringIO_Type,
    &GlBytesIO_Type,
    &GlSimpleNamespace_Type,
    &GlVersionInfo_Type,
    &GlFlags_Type,
    &GlFloatInfo_Type,
    &GlIntInfo_Type,
    &GlHashInfo_Type,
    NULL
};
