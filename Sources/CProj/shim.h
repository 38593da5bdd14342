// PROJ: projections (proj.h) and Karney's geodesics (geodesic.h).
#include <proj.h>
#include <geodesic.h>
