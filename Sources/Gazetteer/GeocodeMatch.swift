/// One candidate answer to a geocoding query.
public struct GeocodeMatch: Sendable, Equatable {
    public let place: Place
    /// The spelling in the gazetteer that matched the query (primary or alternate name).
    public let matchedName: String
    /// Higher is better; comparable only within one query.
    public let score: Double
    /// How the name matched, from strongest to weakest.
    public let kind: MatchKind

    public init(place: Place, matchedName: String, score: Double, kind: MatchKind = .primaryName) {
        self.place = place
        self.matchedName = matchedName
        self.score = score
        self.kind = kind
    }
}
