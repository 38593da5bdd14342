import Foundation

/// Folds place names to a matching key: case, diacritics, apostrophes, hyphens and spaces removed.
///
/// "Wŏnsan" and "Wonsan", "P'yŏngyang" and "Pyongyang", "Kryvyi Rih" and "Kryvyi-Rih" share a key.
public enum NameFolding {
    public static func fold(_ name: String) -> String {
        let stripped = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        return String(String.UnicodeScalarView(stripped.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }
}
