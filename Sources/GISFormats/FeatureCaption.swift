import MapModel

/// What a feature is called where a format has one name and one description for it (a KML placemark,
/// a GPX waypoint or route): the label the map shows, and the note or the claim's explanation.
struct FeatureCaption: Equatable {
    let name: String
    let description: String?

    init(name: String, description: String?) {
        self.name = name
        self.description = description
    }

    init(_ record: FeatureRecord) {
        let label = Self.text(record.value("label"))
        switch record.kind {
        case .places:
            name = label ?? Self.text(record.value("name")) ?? record.id
            description = Self.text(record.value("note"))
        case .lines:
            let ends = [record.value("from"), record.value("to")].compactMap(Self.text).joined(separator: " – ")
            name = label ?? ends
            description = Self.text(record.value("explanation"))
        case .rings:
            name = label ?? Self.text(record.value("centerName")).map { "Range from \($0)" } ?? record.id
            description = nil
        case .areas, .boundaries:
            name = label ?? Self.text(record.value("name")) ?? record.id
            description = nil
        }
    }

    private static func text(_ value: FeatureValue) -> String? {
        if case let .string(text) = value { return text }
        return nil
    }
}
