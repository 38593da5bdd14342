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
    /// `skeletonRules` as scalars, made once (every lookup and report word asks for a skeleton).
    private static let skeletonScalars = skeletonRules.map { (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars)) }

    /// Case, diacritics, apostrophes, hyphens and spaces removed: Latin letters become a–z, digits stay,
    /// and letters of other scripts (Cyrillic, Hangul jamo, Arabic, Hebrew, Han, kana) stay, lower-cased.
    /// "Wŏnsan" → "wonsan", "P'yŏngyang" → "pyongyang", "Kryvyi-Rih" → "kryvyirih", "Харків" → "харків".
    /// Modifier letters (the ʻ of "Xarkʻov") are dropped like apostrophes.
    public static func fold(_ name: String) -> String {
        // Most names and report words are plain ASCII: no decomposition needed (Foundation's is slow).
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count)
            for byte in name.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): bytes.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 32)
                default: continue
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
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
        // Each rule over the whole text, left to right, in order, as Python's str.replace does;
        // on scalars, not through Foundation's string search (a tenth of a lookup's time). A rule
        // whose first letter the text lacks is skipped: most words meet two or three rules.
        var text = Array(folded.unicodeScalars)
        for (pattern, replacement) in skeletonScalars where text.count >= pattern.count && text.contains(pattern[0]) {
            if pattern.count == 1 {
                for index in text.indices where text[index] == pattern[0] { text[index] = replacement[0] }
                continue
            }
            var replaced: [Unicode.Scalar] = []
            replaced.reserveCapacity(text.count)
            var index = 0
            while index < text.count {
                if index + pattern.count <= text.count, text[index..<index + pattern.count].elementsEqual(pattern) {
                    replaced.append(contentsOf: replacement)
                    index += pattern.count
                } else {
                    replaced.append(text[index])
                    index += 1
                }
            }
            text = replaced
        }
        // By code point, as build.py does: "나나" (jamo ᄂ ᅡ ᄂ ᅡ) has no doubled letter.
        var collapsed = String.UnicodeScalarView()
        for scalar in text where collapsed.last != scalar {
            collapsed.append(scalar)
        }
        return String(collapsed)
    }
}
