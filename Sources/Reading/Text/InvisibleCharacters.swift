/// Characters a reader never sees but that split words for a program: the soft hyphen, zero-width
/// spaces and joiners, the word joiner, direction marks and byte-order marks (Unicode's format
/// category, Cf). Reading removes them first, as geocoding's folding already does, so "Khar\u{AD}kiv"
/// is Kharkiv and not Khar (PK).
enum InvisibleCharacters {
    /// `text` without format characters, and how many were removed (0 returns the text itself).
    static func removing(from text: String) -> (text: String, removed: Int) {
        // Every format character is outside ASCII: most reports need no second look.
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return (text, 0) }
        var kept = String.UnicodeScalarView()
        var removed = 0
        for scalar in text.unicodeScalars {
            if scalar.properties.generalCategory == .format {
                removed += 1
            } else {
                kept.append(scalar)
            }
        }
        return removed == 0 ? (text, 0) : (String(kept), removed)
    }
}
