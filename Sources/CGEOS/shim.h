// GEOS C API, re-entrant (_r) functions only.
#include <geos_c.h>
