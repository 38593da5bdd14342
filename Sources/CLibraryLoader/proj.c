// libproj (Karney's geodesics and projections), loaded on first use: lazy_library.h.
// The development symlink first (scripts/setup installs libproj-dev), then Debian 12's soname.
#include "CLibraryLoader.h"
#include "lazy_library.h"

// Every function eventmap calls, numbered: its slot in `cproj_functions`.
#define PROJ_FUNCTIONS(F) \
    F(0, geod_direct) \
    F(1, geod_gendirect) \
    F(2, geod_geninverse) \
    F(3, geod_genposition) \
    F(4, geod_init) \
    F(5, geod_inverse) \
    F(6, geod_inverseline) \
    F(7, proj_context_create) \
    F(8, proj_context_destroy) \
    F(9, proj_context_errno) \
    F(10, proj_context_errno_string) \
    F(11, proj_context_set_enable_network) \
    F(12, proj_coord) \
    F(13, proj_create) \
    F(14, proj_create_crs_to_crs) \
    F(15, proj_destroy) \
    F(16, proj_errno_reset) \
    F(17, proj_info) \
    F(18, proj_log_level) \
    F(19, proj_normalize_for_visualization) \
    F(20, proj_trans) \
    F(21, proj_trans_generic)

LAZY_LIBRARY(PROJ_FUNCTIONS, cproj_functions, cproj_load, "libproj.so", "libproj.so.25")

#define TRAMPOLINE(index, name) LAZY_TRAMPOLINE(cproj_functions, index, name)
PROJ_FUNCTIONS(TRAMPOLINE)
