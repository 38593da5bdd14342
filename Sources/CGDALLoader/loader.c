// GDAL loaded on first use (dlopen), not at every start: linking libgdal brings some 60 shared
// libraries and cost every eventmap command about 40 ms before its first instruction (cold
// `geocode` 31 → 71 ms). Each GDAL function OGR.swift calls is defined here as a one-jump
// trampoline through a table that `cgdal_load` fills with dlsym; OGR.swift calls `cgdal_load`
// before any GDAL call. A GDAL function that OGR.swift starts to use without a line here is an
// undefined symbol at link time, never a silent fault.
#include "CGDALLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

static const char *const names[] = {
    "CPLGetErrorHandlerUserData",
    "CPLGetThreadLocalConfigOption",
    "CPLPopErrorHandler",
    "CPLPushErrorHandlerEx",
    "CPLSetThreadLocalConfigOption",
    "CSLAddString",
    "CSLDestroy",
    "CSLSetNameValue",
    "GDALAllRegister",
    "GDALClose",
    "GDALCreate",
    "GDALDatasetCreateLayer",
    "GDALDatasetGetLayer",
    "GDALDatasetGetLayerByName",
    "GDALDatasetGetLayerCount",
    "GDALGetDriverByName",
    "GDALOpenEx",
    "GDALSetMetadataItem",
    "GDALVectorTranslate",
    "GDALVectorTranslateOptionsFree",
    "GDALVectorTranslateOptionsNew",
    "GDALVersionInfo",
    "OCTDestroyCoordinateTransformation",
    "OCTNewCoordinateTransformation",
    "OGR_FD_GetFieldCount",
    "OGR_FD_GetFieldDefn",
    "OGR_FD_GetFieldIndex",
    "OGR_F_Create",
    "OGR_F_Destroy",
    "OGR_F_GetFieldAsString",
    "OGR_F_GetGeometryRef",
    "OGR_F_IsFieldSetAndNotNull",
    "OGR_F_SetFieldDouble",
    "OGR_F_SetFieldInteger",
    "OGR_F_SetFieldInteger64",
    "OGR_F_SetFieldNull",
    "OGR_F_SetFieldString",
    "OGR_F_SetGeometryDirectly",
    "OGR_F_SetStyleString",
    "OGR_Fld_Create",
    "OGR_Fld_Destroy",
    "OGR_Fld_GetNameRef",
    "OGR_Fld_SetSubType",
    "OGR_Fld_SetWidth",
    "OGR_GT_Flatten",
    "OGR_G_AddGeometryDirectly",
    "OGR_G_AddPoint_2D",
    "OGR_G_CreateGeometry",
    "OGR_G_DestroyGeometry",
    "OGR_G_GetGeometryCount",
    "OGR_G_GetGeometryRef",
    "OGR_G_GetGeometryType",
    "OGR_G_GetLinearGeometry",
    "OGR_G_GetPointCount",
    "OGR_G_GetX",
    "OGR_G_GetY",
    "OGR_G_IsEmpty",
    "OGR_G_SetPoint_2D",
    "OGR_G_Transform",
    "OGR_L_CommitTransaction",
    "OGR_L_CreateFeature",
    "OGR_L_CreateField",
    "OGR_L_GetGeomType",
    "OGR_L_GetLayerDefn",
    "OGR_L_GetName",
    "OGR_L_GetNextFeature",
    "OGR_L_GetSpatialRef",
    "OGR_L_ResetReading",
    "OGR_L_StartTransaction",
    "OSRNewSpatialReference",
    "OSRRelease",
    "OSRSetAxisMappingStrategy",
    "OSRSetWellKnownGeogCS",
    "VSIFree",
    "VSIGetMemFileBuffer",
    "VSIMkdir",
    "VSIReadDir",
    "VSIRmdirRecursive",
    "VSIUnlink",
};

#define COUNT (sizeof(names) / sizeof(names[0]))

// Read by the trampolines below; written once, under `once`, before any of them runs.
__attribute__((used)) void *cgdal_functions[COUNT];

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const char *failure;

static void load(void) {
    // The development symlink first (scripts/setup installs libgdal-dev), then Debian 12's soname.
    static const char *const libraries[] = {"libgdal.so", "libgdal.so.32"};
    void *library = NULL;
    for (size_t index = 0; index < sizeof(libraries) / sizeof(libraries[0]) && library == NULL; index++) {
        library = dlopen(libraries[index], RTLD_NOW | RTLD_LOCAL);
    }
    if (library == NULL) {
        failure = dlerror();
        return;
    }
    for (size_t index = 0; index < COUNT; index++) {
        cgdal_functions[index] = dlsym(library, names[index]);
        if (cgdal_functions[index] == NULL) {
            failure = names[index];
            return;
        }
    }
}

const char *cgdal_load(void) {
    pthread_once(&once, load);
    return failure;
}

#if defined(__x86_64__)
#define TRAMPOLINE(index, name) \
    __asm__(".text\n.globl " #name "\n.type " #name ", @function\n" #name ":\n" \
            "    jmp *cgdal_functions+8*" #index "(%rip)\n");
#elif defined(__aarch64__)
#define TRAMPOLINE(index, name) \
    __asm__(".text\n.globl " #name "\n.type " #name ", %function\n" #name ":\n" \
            "    adrp x16, cgdal_functions+8*" #index "\n" \
            "    ldr x16, [x16, #:lo12:cgdal_functions+8*" #index "]\n" \
            "    br x16\n");
#else
#error "CGDALLoader has trampolines for x86_64 and aarch64 only"
#endif

TRAMPOLINE(0, CPLGetErrorHandlerUserData)
TRAMPOLINE(1, CPLGetThreadLocalConfigOption)
TRAMPOLINE(2, CPLPopErrorHandler)
TRAMPOLINE(3, CPLPushErrorHandlerEx)
TRAMPOLINE(4, CPLSetThreadLocalConfigOption)
TRAMPOLINE(5, CSLAddString)
TRAMPOLINE(6, CSLDestroy)
TRAMPOLINE(7, CSLSetNameValue)
TRAMPOLINE(8, GDALAllRegister)
TRAMPOLINE(9, GDALClose)
TRAMPOLINE(10, GDALCreate)
TRAMPOLINE(11, GDALDatasetCreateLayer)
TRAMPOLINE(12, GDALDatasetGetLayer)
TRAMPOLINE(13, GDALDatasetGetLayerByName)
TRAMPOLINE(14, GDALDatasetGetLayerCount)
TRAMPOLINE(15, GDALGetDriverByName)
TRAMPOLINE(16, GDALOpenEx)
TRAMPOLINE(17, GDALSetMetadataItem)
TRAMPOLINE(18, GDALVectorTranslate)
TRAMPOLINE(19, GDALVectorTranslateOptionsFree)
TRAMPOLINE(20, GDALVectorTranslateOptionsNew)
TRAMPOLINE(21, GDALVersionInfo)
TRAMPOLINE(22, OCTDestroyCoordinateTransformation)
TRAMPOLINE(23, OCTNewCoordinateTransformation)
TRAMPOLINE(24, OGR_FD_GetFieldCount)
TRAMPOLINE(25, OGR_FD_GetFieldDefn)
TRAMPOLINE(26, OGR_FD_GetFieldIndex)
TRAMPOLINE(27, OGR_F_Create)
TRAMPOLINE(28, OGR_F_Destroy)
TRAMPOLINE(29, OGR_F_GetFieldAsString)
TRAMPOLINE(30, OGR_F_GetGeometryRef)
TRAMPOLINE(31, OGR_F_IsFieldSetAndNotNull)
TRAMPOLINE(32, OGR_F_SetFieldDouble)
TRAMPOLINE(33, OGR_F_SetFieldInteger)
TRAMPOLINE(34, OGR_F_SetFieldInteger64)
TRAMPOLINE(35, OGR_F_SetFieldNull)
TRAMPOLINE(36, OGR_F_SetFieldString)
TRAMPOLINE(37, OGR_F_SetGeometryDirectly)
TRAMPOLINE(38, OGR_F_SetStyleString)
TRAMPOLINE(39, OGR_Fld_Create)
TRAMPOLINE(40, OGR_Fld_Destroy)
TRAMPOLINE(41, OGR_Fld_GetNameRef)
TRAMPOLINE(42, OGR_Fld_SetSubType)
TRAMPOLINE(43, OGR_Fld_SetWidth)
TRAMPOLINE(44, OGR_GT_Flatten)
TRAMPOLINE(45, OGR_G_AddGeometryDirectly)
TRAMPOLINE(46, OGR_G_AddPoint_2D)
TRAMPOLINE(47, OGR_G_CreateGeometry)
TRAMPOLINE(48, OGR_G_DestroyGeometry)
TRAMPOLINE(49, OGR_G_GetGeometryCount)
TRAMPOLINE(50, OGR_G_GetGeometryRef)
TRAMPOLINE(51, OGR_G_GetGeometryType)
TRAMPOLINE(52, OGR_G_GetLinearGeometry)
TRAMPOLINE(53, OGR_G_GetPointCount)
TRAMPOLINE(54, OGR_G_GetX)
TRAMPOLINE(55, OGR_G_GetY)
TRAMPOLINE(56, OGR_G_IsEmpty)
TRAMPOLINE(57, OGR_G_SetPoint_2D)
TRAMPOLINE(58, OGR_G_Transform)
TRAMPOLINE(59, OGR_L_CommitTransaction)
TRAMPOLINE(60, OGR_L_CreateFeature)
TRAMPOLINE(61, OGR_L_CreateField)
TRAMPOLINE(62, OGR_L_GetGeomType)
TRAMPOLINE(63, OGR_L_GetLayerDefn)
TRAMPOLINE(64, OGR_L_GetName)
TRAMPOLINE(65, OGR_L_GetNextFeature)
TRAMPOLINE(66, OGR_L_GetSpatialRef)
TRAMPOLINE(67, OGR_L_ResetReading)
TRAMPOLINE(68, OGR_L_StartTransaction)
TRAMPOLINE(69, OSRNewSpatialReference)
TRAMPOLINE(70, OSRRelease)
TRAMPOLINE(71, OSRSetAxisMappingStrategy)
TRAMPOLINE(72, OSRSetWellKnownGeogCS)
TRAMPOLINE(73, VSIFree)
TRAMPOLINE(74, VSIGetMemFileBuffer)
TRAMPOLINE(75, VSIMkdir)
TRAMPOLINE(76, VSIReadDir)
TRAMPOLINE(77, VSIRmdirRecursive)
TRAMPOLINE(78, VSIUnlink)
