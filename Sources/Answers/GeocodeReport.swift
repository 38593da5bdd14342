import Gazetteer
import GeoJSON

/// `geocode --json`'s answer (and `/api/geocode`'s): the query and its matches, best first.
public struct GeocodeReport: Encodable, Sendable {
    public let query: String
    public let matches: [GeocodeMatchReport]

    public init(query: String, matches: [GeocodeMatch]) {
        self.query = query
        self.matches = matches.map(GeocodeMatchReport.init)
    }
}

/// One match: the place in the shape every command uses, plus how it matched.
public struct GeocodeMatchReport: Encodable, Sendable {
    public let place: PlaceReport
    public let matchedName: String
    public let score: Double
    /// How the name matched: exact, alternate, transliteration, spelling (a guess by edit
    /// distance, also flagged by `guess`), or coordinates.
    public let matchKind: String
    public let guess: Bool
    /// Whether another place fits the name nearly as well; `alternatives` names them.
    public let ambiguous: Bool
    public let alternatives: [PlaceReport]

    public init(_ match: GeocodeMatch) {
        place = PlaceReport(match.place)
        matchedName = match.matchedName
        score = match.score
        matchKind = match.kind.reportName
        guess = match.isGuess
        ambiguous = match.isAmbiguous
        alternatives = match.closeAlternatives.map(PlaceReport.init)
    }

    public enum CodingKeys: String, CodingKey {
        case matchedName, score, matchKind, guess, ambiguous, alternatives
    }

    /// What `encode(to:)` writes, as JSON text with sorted keys (JSONEncoder's `.sortedKeys` order).
    public var jsonText: JSONText {
        let members =
            place.jsonMembers + [
                ("matchedName", .string(matchedName)), ("score", .shortest(score)), ("matchKind", .string(matchKind)),
                ("guess", .bool(guess)), ("ambiguous", .bool(ambiguous)),
                ("alternatives", .array(alternatives.map { .object(JSONText.sortedMembers($0.jsonMembers)) })),
            ]
        return .object(JSONText.sortedMembers(members))
    }

    /// Flat: the place's keys and the match's side by side in one object.
    public func encode(to encoder: Encoder) throws {
        try place.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(matchedName, forKey: .matchedName)
        try container.encode(score, forKey: .score)
        try container.encode(matchKind, forKey: .matchKind)
        try container.encode(guess, forKey: .guess)
        try container.encode(ambiguous, forKey: .ambiguous)
        try container.encode(alternatives, forKey: .alternatives)
    }
}
