// FreeType: glyph advance widths of the fonts labels are drawn in, for measuring text.
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
