import Foundation

/// Folds place names to matching keys; the rules mirror `gazetteer/build.py` exactly, because the
/// bundled index stores keys folded there and queries are folded here.
public enum NameFolding {
    private static let specialLetters: [Character: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "ß": "ss", "æ": "ae", "œ": "oe",
        "ı": "i", "ħ": "h", "ŧ": "t", "ŋ": "n", "ĸ": "k", "ə": "e",
    ]
    private static let skeletonRules: [(String, String)] = [
        ("kh", "h"), ("ch", "h"), ("zh", "z"), ("ph", "f"), ("w", "v"), ("j", "i"), ("y", "i"),
    ]

    /// Case, diacritics, apostrophes, hyphens and spaces removed; only a–z and 0–9 remain.
    /// "Wŏnsan" → "wonsan", "P'yŏngyang" → "pyongyang", "Kryvyi-Rih" → "kryvyirih".
    public static func fold(_ name: String) -> String {
        let decomposed = name.decomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        var result = ""
        for character in String(String.UnicodeScalarView(decomposed)).lowercased() {
            let mapped = specialLetters[character].map { Substring($0) } ?? Substring(String(character))
            for scalar in mapped.unicodeScalars where ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Collapses common transliteration variants of a folded key: kh/ch → h, zh → z, w → v, j/y → i,
    /// doubled letters → one. Kharkiv and Charkiw, Zaporizhzhya and Zaporizhia share a skeleton.
    public static func skeleton(_ folded: String) -> String {
        var text = folded
        for (old, new) in skeletonRules {
            text = text.replacingOccurrences(of: old, with: new)
        }
        var collapsed = ""
        for character in text where collapsed.last != character {
            collapsed.append(character)
        }
        return collapsed
    }
}
