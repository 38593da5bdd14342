/// The field names of a map spec (maps/README.md documents each), shared by the parser, which
/// accepts exactly these, and the spec writer, which emits only these.
public enum SpecField {
    public enum Top: String, CaseIterable, Sendable {
        case title, subtitle, date, source, projection, extent, size, borders, inset, units, style, places, lines, rings, areas, layers
        case acceptGuesses = "accept-guesses"
    }

    public enum Place: String, CaseIterable, Sendable {
        case place, label, role, date, note, keep
    }

    public enum Line: String, CaseIterable, Sendable {
        case from, to, stated, tolerance, label, color, legend
    }

    public enum Area: String, CaseIterable, Sendable {
        case area, label
    }

    public enum Layer: String, CaseIterable, Sendable {
        case file, layer, label
        case labelField = "label-field"
        case role, color, source
    }

    public enum Ring: String, CaseIterable, Sendable {
        case center, radius, radii
        case innerRadius = "inner-radius"
        case azimuths, label, color, legend
    }
}
