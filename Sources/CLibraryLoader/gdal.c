// libgdal (GeoPackage, KML, FlatGeobuf, Shapefile, CSV, GPX), loaded on first use: lazy_library.h.
// The development symlink first (scripts/setup installs libgdal-dev), then Debian 12's soname.
#include "CLibraryLoader.h"
#include "lazy_library.h"

// Every function eventmap calls, numbered: its slot in `cgdal_functions`.
#define GDAL_FUNCTIONS(F) \
    F(0, CPLGetErrorHandlerUserData) \
    F(1, CPLGetThreadLocalConfigOption) \
    F(2, CPLPopErrorHandler) \
    F(3, CPLPushErrorHandlerEx) \
    F(4, CPLSetThreadLocalConfigOption) \
    F(5, CSLAddString) \
    F(6, CSLDestroy) \
    F(7, CSLSetNameValue) \
    F(8, GDALAllRegister) \
    F(9, GDALClose) \
    F(10, GDALCreate) \
    F(11, GDALDatasetCreateLayer) \
    F(12, GDALDatasetGetLayer) \
    F(13, GDALDatasetGetLayerByName) \
    F(14, GDALDatasetGetLayerCount) \
    F(15, GDALGetDriverByName) \
    F(16, GDALOpenEx) \
    F(17, GDALSetMetadataItem) \
    F(18, GDALVectorTranslate) \
    F(19, GDALVectorTranslateOptionsFree) \
    F(20, GDALVectorTranslateOptionsNew) \
    F(21, GDALVersionInfo) \
    F(22, OCTDestroyCoordinateTransformation) \
    F(23, OCTNewCoordinateTransformation) \
    F(24, OGR_FD_GetFieldCount) \
    F(25, OGR_FD_GetFieldDefn) \
    F(26, OGR_FD_GetFieldIndex) \
    F(27, OGR_F_Create) \
    F(28, OGR_F_Destroy) \
    F(29, OGR_F_GetFieldAsString) \
    F(30, OGR_F_GetGeometryRef) \
    F(31, OGR_F_IsFieldSetAndNotNull) \
    F(32, OGR_F_SetFieldDouble) \
    F(33, OGR_F_SetFieldInteger) \
    F(34, OGR_F_SetFieldInteger64) \
    F(35, OGR_F_SetFieldNull) \
    F(36, OGR_F_SetFieldString) \
    F(37, OGR_F_SetGeometryDirectly) \
    F(38, OGR_F_SetStyleString) \
    F(39, OGR_Fld_Create) \
    F(40, OGR_Fld_Destroy) \
    F(41, OGR_Fld_GetNameRef) \
    F(42, OGR_Fld_SetSubType) \
    F(43, OGR_Fld_SetWidth) \
    F(44, OGR_GT_Flatten) \
    F(45, OGR_G_AddGeometryDirectly) \
    F(46, OGR_G_AddPoint_2D) \
    F(47, OGR_G_CreateGeometry) \
    F(48, OGR_G_DestroyGeometry) \
    F(49, OGR_G_GetGeometryCount) \
    F(50, OGR_G_GetGeometryRef) \
    F(51, OGR_G_GetGeometryType) \
    F(52, OGR_G_GetLinearGeometry) \
    F(53, OGR_G_GetPointCount) \
    F(54, OGR_G_GetX) \
    F(55, OGR_G_GetY) \
    F(56, OGR_G_IsEmpty) \
    F(57, OGR_G_SetPoint_2D) \
    F(58, OGR_G_Transform) \
    F(59, OGR_L_CommitTransaction) \
    F(60, OGR_L_CreateFeature) \
    F(61, OGR_L_CreateField) \
    F(62, OGR_L_GetGeomType) \
    F(63, OGR_L_GetLayerDefn) \
    F(64, OGR_L_GetName) \
    F(65, OGR_L_GetNextFeature) \
    F(66, OGR_L_GetSpatialRef) \
    F(67, OGR_L_ResetReading) \
    F(68, OGR_L_StartTransaction) \
    F(69, OSRNewSpatialReference) \
    F(70, OSRRelease) \
    F(71, OSRSetAxisMappingStrategy) \
    F(72, OSRSetWellKnownGeogCS) \
    F(73, VSIFree) \
    F(74, VSIGetMemFileBuffer) \
    F(75, VSIMkdir) \
    F(76, VSIReadDir) \
    F(77, VSIRmdirRecursive) \
    F(78, VSIUnlink)

LAZY_LIBRARY(GDAL_FUNCTIONS, cgdal_functions, cgdal_load, "libgdal.so", "libgdal.so.32")

#define TRAMPOLINE(index, name) LAZY_TRAMPOLINE(cgdal_functions, index, name)
GDAL_FUNCTIONS(TRAMPOLINE)
