// Loads GDAL on first use; see loader.c.
#ifndef CGDALLOADER_H
#define CGDALLOADER_H

/// Loads libgdal and resolves every GDAL function eventmap calls, once; NULL when all is well, else
/// what failed (dlerror's words, or the name of a missing function).
const char *cgdal_load(void);

#endif
