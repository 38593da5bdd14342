// Shared C libraries loaded on first use; see lazy_library.h.
#ifndef CLIBRARYLOADER_H
#define CLIBRARYLOADER_H

/// Loads libgdal and resolves every GDAL function eventmap calls, once; NULL when all is well, else
/// what failed (dlerror's words, or the name of a missing function).
const char *cgdal_load(void);

/// The same for libproj (geodesics and projections).
const char *cproj_load(void);

#endif
