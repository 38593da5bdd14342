// libxml2: parsing and DTD validation.
#include <libxml/parser.h>
#include <libxml/valid.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlversion.h>
#include <libxml/tree.h>
