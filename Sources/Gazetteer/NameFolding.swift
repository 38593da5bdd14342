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

    /// Case, diacritics, apostrophes, hyphens and spaces removed: Latin letters become a–z, digits stay,
    /// and letters of other scripts (Cyrillic, Hangul jamo, Arabic, Hebrew, Han, kana) stay, lower-cased.
    /// "Wŏnsan" → "wonsan", "P'yŏngyang" → "pyongyang", "Kryvyi-Rih" → "kryvyirih", "Харків" → "харків".
    /// Modifier letters (the ʻ of "Xarkʻov") are dropped like apostrophes.
    public static func fold(_ name: String) -> String {
        let decomposed = name.decomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        var result = ""
        for character in String(String.UnicodeScalarView(decomposed)).lowercased() {
            let mapped = specialLetters[character].map { Substring($0) } ?? Substring(String(character))
            for scalar in mapped.unicodeScalars where isKept(scalar) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter: return true
        default: return false
        }
    }

    /// Whether a folded key holds letters of a script other than Latin (then ICU transliteration is
    /// worth a try when the name itself is not in the gazetteer).
    public static func hasOtherScript(_ folded: String) -> Bool {
        folded.unicodeScalars.contains { !$0.isASCII }
    }

    /// `name` in Latin letters by ICU's Any-Latin transliteration, diacritics removed: "Харків" →
    /// "Harkiv", "서울" → "seoul". Nil when ICU has no rule for the script.
    public static func latin(_ name: String) -> String? {
        guard let latin = name.applyingTransform(.toLatin, reverse: false) else { return nil }
        let folded = fold(latin)
        return folded.isEmpty || hasOtherScript(folded) ? nil : folded
    }

    /// Collapses common transliteration variants of a folded key: kh/ch → h, zh → z, w → v, j/y → i,
    /// doubled letters → one. Kharkiv and Charkiw, Zaporizhzhya and Zaporizhia share a skeleton.
    public static func skeleton(_ folded: String) -> String {
        var text = folded
        for (old, new) in skeletonRules {
            text = text.replacingOccurrences(of: old, with: new)
        }
        // By code point, as build.py does: "나나" (jamo ᄂ ᅡ ᄂ ᅡ) has no doubled letter.
        var collapsed = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where collapsed.last != scalar {
            collapsed.append(scalar)
        }
        return String(collapsed)
    }
}
