// libxml2: parsing and DTD validation.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> would include the system's ICU headers,
// whose types clash with the copy of ICU inside Swift's Foundation ("'UErrorCode' has different
// definitions in different modules"). eventmap never uses libxml2's ICU converters, so the ICU
// switch is turned off before any header that reads it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>
