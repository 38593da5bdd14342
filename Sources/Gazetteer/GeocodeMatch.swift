/// One candidate answer to a geocoding query.
public struct GeocodeMatch: Sendable, Equatable {
    public let place: Place
    /// The spelling in the gazetteer that matched the query (primary or alternate name).
    public let matchedName: String
    /// Higher is better; comparable only within one query.
    public let score: Double
    /// How the name matched, from strongest to weakest.
    public let kind: MatchKind
    /// Other places the name fits nearly as well (Tripoli, LB for Tripoli, LY): set on the best match
    /// only; non-empty means the name is ambiguous and answers say so.
    public private(set) var closeAlternatives: [Place] = []

    public init(place: Place, matchedName: String, score: Double, kind: MatchKind = .primaryName) {
        self.place = place
        self.matchedName = matchedName
        self.score = score
        self.kind = kind
    }

    /// Whether another place fits the name nearly as well.
    public var isAmbiguous: Bool { !closeAlternatives.isEmpty }

    /// The same match with another score (rounded as `Gazetteer.score` rounds).
    func scored(_ score: Double) -> GeocodeMatch {
        GeocodeMatch(place: place, matchedName: matchedName, score: (score * 1000).rounded() / 1000, kind: kind)
    }

    func noting(alternatives: [Place]) -> GeocodeMatch {
        var copy = self
        copy.closeAlternatives = alternatives
        return copy
    }
}
