/// Writes a `SpecDraft` as a YAML map spec, with the field names `MapSpecParser` reads.
///
/// Every string is double-quoted with YAML escapes, so no text from a report or a file name (a
/// newline, a quote, a control character) can end a value early or add a field.
public enum MapSpecWriter {
    public static func yaml(_ draft: SpecDraft) -> String {
        typealias Top = SpecField.Top
        typealias Item = SpecField.Place
        typealias Line = SpecField.Line
        var lines = [
            "# Draft written by eventmap extract from \(escaped(draft.source)); review every place before publishing.",
            "\(Top.title.rawValue): \(quoted(draft.title))",
        ]
        if let date = draft.date { lines.append("\(Top.date.rawValue): \(date)") }
        if !draft.places.isEmpty {
            lines.append("\(Top.places.rawValue):")
            for place in draft.places {
                lines.append("  - \(Item.place.rawValue): \(quoted(place.place))")
                lines.append("    \(Item.label.rawValue): \(quoted(place.label))")
                lines.append("    \(Item.role.rawValue): \(place.role.rawValue)")
                if let date = place.date { lines.append("    \(Item.date.rawValue): \(date)") }
                if let note = place.note { lines.append("    \(Item.note.rawValue): \(quoted(note))") }
            }
        }
        if !draft.lines.isEmpty {
            lines.append("\(Top.lines.rawValue):")
            for line in draft.lines {
                lines.append("  - \(Line.from.rawValue): \(quoted(line.from))")
                lines.append("    \(Line.to.rawValue): \(quoted(line.to))")
                lines.append("    \(Line.stated.rawValue): \(quoted(line.stated))")
                lines.append("    \(Line.label.rawValue): \(quoted(line.label))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// Backslash and quote escaped; line breaks, control characters, and characters YAML does not
    /// allow raw (C1 controls, U+2028/2029, noncharacters) written as \u escapes.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _
            where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028
                || scalar.value == 0x2029 || scalar.value == 0xFEFF || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                result +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16, uppercase: true)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
