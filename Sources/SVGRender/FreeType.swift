import CFreeType
import Foundation

// The one file that talks to FreeType: it reads a font's advance widths, nothing else.

/// Advance widths of every character a font file maps, in ems (font units over units per em).
enum FontFile {
    /// Nil when FreeType cannot open the file as a font.
    static func advances(path: String) -> [UInt32: Double]? {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else { return nil }
        defer { FT_Done_FreeType(library) }
        var face: FT_Face?
        guard FT_New_Face(library, path, 0, &face) == 0, let face else { return nil }
        defer { FT_Done_Face(face) }
        let unitsPerEm = Double(face.pointee.units_per_EM)
        guard unitsPerEm > 0 else { return nil }
        var advances: [UInt32: Double] = [:]
        var glyph: FT_UInt = 0
        var code = FT_Get_First_Char(face, &glyph)
        while glyph != 0 {
            // Unscaled: the design advance, read from the font's metrics table without loading the glyph.
            var advance: FT_Fixed = 0
            if FT_Get_Advance(face, glyph, FT_Int32(FT_LOAD_NO_SCALE), &advance) == 0 {
                advances[UInt32(code)] = Double(advance) / unitsPerEm
            }
            code = FT_Get_Next_Char(face, code, &glyph)
        }
        return advances
    }
}
