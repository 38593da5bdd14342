import Foundation

/// A feature's colour as a spec gives it: `#rrggbb`, `#rgb`, or one of a few names, kept as
/// `#rrggbb` so the SVG carries a presentation attribute the SVG 1.1 DTD accepts.
public enum MapColor {
    /// The names a spec may use, with the hex each stands for (Okabe–Ito's colour-blind-safe set
    /// first, then plain names).
    public static let names: [(String, String)] = [
        ("orange", "#e69f00"), ("sky-blue", "#56b4e9"), ("green", "#009e73"), ("yellow", "#f0e442"), ("blue", "#0072b2"),
        ("vermilion", "#d55e00"), ("purple", "#cc79a7"), ("black", "#000000"), ("red", "#c0392b"), ("grey", "#666666"),
        ("gray", "#666666"), ("brown", "#8c510a"), ("teal", "#01665e"), ("navy", "#1f3a68"),
    ]

    /// `#rrggbb` for a valid colour, nil otherwise.
    public static func parse(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let named = names.first(where: { $0.0 == trimmed }) { return named.1 }
        let hex = trimmed.dropFirst()
        guard trimmed.hasPrefix("#"), hex.allSatisfy(\.isHexDigit) else { return nil }
        switch hex.count {
        case 6: return trimmed
        case 3: return "#" + hex.map { "\($0)\($0)" }.joined()
        default: return nil
        }
    }
}
