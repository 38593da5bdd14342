// GDAL's C API: datasets and drivers (gdal.h), OGR vector features and geometries (ogr_api.h),
// spatial references (ogr_srs_api.h), and CPL's error handler, configuration and in-memory files.
//
// Headers only: libgdal is not linked but loaded on first use (CGDALLoader, which defines every
// function eventmap calls), so this module has no pkg-config line in Package.swift (pkg-config
// would link it) and names Debian's header folder itself; GDAL's headers include each other with
// quotes, which resolve beside the including file.
#include "/usr/include/gdal/gdal.h"
#include "/usr/include/gdal/gdal_utils.h"
#include "/usr/include/gdal/ogr_api.h"
#include "/usr/include/gdal/ogr_srs_api.h"
#include "/usr/include/gdal/cpl_conv.h"
#include "/usr/include/gdal/cpl_error.h"
#include "/usr/include/gdal/cpl_string.h"
#include "/usr/include/gdal/cpl_vsi.h"
