/// Writes a `SpecDraft` as a YAML map spec, with the field names `MapSpecParser` reads.
///
/// Every string is double-quoted with YAML escapes, so no text from a report or a file name (a
/// newline, a quote, a control character) can end a value early or add a field.
public enum MapSpecWriter {
    public static func yaml(_ draft: SpecDraft) -> String {
        var lines = [
            "# Draft written by eventmap extract from \(escaped(draft.source)); review every place before publishing.",
            "\(SpecField.Top.title.rawValue): \(quoted(draft.title))",
        ]
        if let date = draft.date { lines.append("\(SpecField.Top.date.rawValue): \(date)") }
        lines += list(
            SpecField.Top.places,
            draft.places.map { place in
                [
                    (SpecField.Place.place, quoted(place.place)), (.label, quoted(place.label)), (.role, place.role.rawValue),
                    (.date, place.date), (.note, place.note.map(quoted)),
                ]
            })
        lines += list(
            SpecField.Top.lines,
            draft.lines.map { line in
                [
                    (SpecField.Line.from, quoted(line.from)), (.to, quoted(line.to)), (.stated, quoted(line.stated)),
                    (.label, quoted(line.label)),
                ]
            })
        lines += list(
            SpecField.Top.areas, draft.areas.map { area in [(SpecField.Area.area, quoted(area.area)), (.label, quoted(area.label))] })
        return lines.joined(separator: "\n") + "\n"
    }

    /// A list of items, each a YAML mapping of the fields that have a value, in the given order.
    private static func list<Field: RawRepresentable<String>>(_ name: SpecField.Top, _ items: [[(Field, String?)]]) -> [String] {
        guard !items.isEmpty else { return [] }
        return ["\(name.rawValue):"]
            + items.flatMap { fields in
                fields.compactMap { field, value in value.map { "\(field.rawValue): \($0)" } }
                    .enumerated().map { index, line in (index == 0 ? "  - " : "    ") + line }
            }
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        TextEscaping.append(text, to: &result, rule: TextEscaping.yaml)
        return result
    }
}
