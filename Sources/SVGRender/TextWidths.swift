import Foundation

/// How wide a label is on the page, from the advance widths of the font it is drawn in (DejaVu Sans,
/// regular and bold), read once with FreeType. A character the font lacks (Hangul, Chinese, which
/// fall back to Noto Sans CJK) counts as one em, the width of those full-width glyphs.
public struct TextWidths: Sendable {
    private let regular: [UInt32: Double]
    private let bold: [UInt32: Double]

    /// Debian's DejaVu Sans (fonts-dejavu-core), the first font of every label's font list.
    public static let debianRegular = URL(fileURLWithPath: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    public static let debianBold = URL(fileURLWithPath: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")

    /// Reads both fonts; nil when either cannot be read as a font.
    public init?(regular: URL, bold: URL) {
        guard let regularWidths = FontFile.advances(path: regular.path), let boldWidths = FontFile.advances(path: bold.path) else {
            return nil
        }
        self.regular = regularWidths
        self.bold = boldWidths
    }

    /// The width in pixels of `text` at `fontSize` pixels.
    func width(of text: String, fontSize: Double, bold isBold: Bool = false) -> Double {
        let table = isBold ? bold : regular
        return text.unicodeScalars.reduce(0.0) { $0 + (table[$1.value] ?? 1.0) } * fontSize
    }

    /// `text` broken at spaces into lines no wider than `maximumWidth`; a word wider than that
    /// stands on a line of its own.
    func wrap(_ text: String, fontSize: Double, maximumWidth: Double, bold isBold: Bool = false) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = current.isEmpty ? word : current + " " + word
            if !current.isEmpty, width(of: candidate, fontSize: fontSize, bold: isBold) > maximumWidth {
                lines.append(current)
                current = word
            } else {
                current = candidate
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
