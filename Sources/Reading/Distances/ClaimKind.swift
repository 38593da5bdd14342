import Geodesy

/// What a stated distance measures, read from the words around it. Only `between` and `offset`
/// claims join two places on the ground and are verified as such; an `altitude` never is.
public enum ClaimKind: String, Sendable, Codable {
    /// Between two places or a place and an area ("460 km from Wonsan to Busan", "30 km from the border").
    case between
    /// A place's distance from another in a direction ("315 km south of Tehran").
    case offset
    /// A missile's range or flight ("flew 800 km", "a range of 5,000 km"): a ground distance only
    /// when the report says from where to where.
    case flight
    /// An apogee, altitude or depth ("reached an altitude of 80 km", "10 km deep"): not a ground distance.
    case altitude
    /// A zone around a place ("within 24 nautical miles of Pratas", "the blast was heard 20 miles
    /// away"): not a distance between two places.
    case zone
    /// A thing's size ("a crater 85 feet wide", "a 2 km long queue"): not a distance between places.
    case size

    /// Reads the words before the number (nearest first) and after it, and the length's unit.
    static func read(before: [String], after: [String], unit: LengthUnit? = nil, lexicon: Lexicon) -> ClaimKind {
        let near = before.prefix(6)
        if near.contains(where: lexicon.altitudeWords.contains) { return .altitude }
        // Aircraft fly at heights in feet, and no range or flight is stated in feet: "flying at 31,000
        // feet", "shot down at 18,000 feet".
        if unit == .feet, near.first == "at" || near.contains(where: lexicon.flightWords.contains) { return .altitude }
        if let first = after.first, lexicon.altitudeWordsAfter.contains(first) { return .altitude }
        if let first = after.first, lexicon.sizeWordsAfter.contains(first) { return .size }
        if near.first == "within" || near.dropFirst().first == "within" { return .zone }
        if near.prefix(3).contains(where: lexicon.perceptionWords.contains) { return .zone }
        if let first = after.first, lexicon.directions.contains(first), after.dropFirst().first == "of" { return .offset }
        if near.contains(where: lexicon.flightWords.contains) { return .flight }
        // "a 2,000-km flight", "a 300-kilometre-range missile".
        if let first = after.first.map({ $0.hasPrefix("-") ? String($0.dropFirst()) : $0 }),
            lexicon.flightWordsAfter.contains(first)
        {
            return .flight
        }
        return .between
    }
}
