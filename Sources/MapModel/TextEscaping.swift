/// The one home of character escaping for the text formats eventmap writes: JSON strings (GeoJSON),
/// YAML double-quoted scalars (map specs) and XML character data (SVG). Each format says what
/// becomes of a character; the walk over the text is shared.
public enum TextEscaping {
    /// What a format does with one character.
    public enum Replacement {
        case keep
        case drop
        case text(String)
    }

    /// `text` with each character replaced as `rule` says, appended to `output`.
    public static func append(_ text: String, to output: inout String, rule: (Unicode.Scalar) -> Replacement) {
        // Printable ASCII but the quotes, markup characters and backslash (`"` `&` `'` `<` `>` `\`) is
        // kept by every format: most text (path data, numbers, names) is only that and is appended
        // whole, not scalar by scalar (a tenth of a map's render time).
        if text.utf8.allSatisfy({
            $0 >= 0x20 && $0 <= 0x7E && $0 != 0x22 && $0 != 0x26 && $0 != 0x27 && $0 != 0x3C && $0 != 0x3E && $0 != 0x5C
        }) {
            output += text
            return
        }
        for scalar in text.unicodeScalars {
            switch rule(scalar) {
            case .keep: output.unicodeScalars.append(scalar)
            case .drop: continue
            case let .text(replacement): output += replacement
            }
        }
    }

    /// JSON's escapes (RFC 8259 §7): quote, backslash, line breaks, tab, other control characters,
    /// and U+2028/U+2029 (which end lines in JavaScript).
    public static func json(_ scalar: Unicode.Scalar) -> Replacement {
        switch scalar {
        case "\"": return .text("\\\"")
        case "\\": return .text("\\\\")
        case "\n": return .text("\\n")
        case "\r": return .text("\\r")
        case "\t": return .text("\\t")
        case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029: return .text(unicodeEscape(scalar))
        default: return .keep
        }
    }

    /// YAML double-quoted scalars take JSON's escapes, and also want escaped what YAML does not allow
    /// raw: DEL, the C1 controls, U+FEFF and the noncharacters U+FFFE and U+FFFF.
    public static func yaml(_ scalar: Unicode.Scalar) -> Replacement {
        switch scalar.value {
        case 0x7F...0x9F, 0xFEFF, 0xFFFE, 0xFFFF: return .text(unicodeEscape(scalar))
        default: return json(scalar)
        }
    }

    /// XML character data and attribute values: the five markup characters as entities, line breaks
    /// and tabs as spaces, and characters XML 1.0 cannot carry left out.
    public static func xml(_ scalar: Unicode.Scalar) -> Replacement {
        switch scalar {
        case "&": return .text("&amp;")
        case "<": return .text("&lt;")
        case ">": return .text("&gt;")
        case "\"": return .text("&quot;")
        case "'": return .text("&#39;")
        case "\t", "\n", "\r": return .text(" ")
        case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) || (0xD800...0xDFFF).contains(scalar.value):
            return .drop
        default: return .keep
        }
    }

    /// Text for a terminal: control characters (ESC, BEL, NUL, C1) shown as \u escapes, so an error
    /// that quotes hostile input cannot move the cursor, ring the bell or change colours.
    public static func terminal(_ scalar: Unicode.Scalar) -> Replacement {
        switch scalar.value {
        case 0x00..<0x20, 0x7F...0x9F: return .text(unicodeEscape(scalar))
        default: return .keep
        }
    }

    private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
