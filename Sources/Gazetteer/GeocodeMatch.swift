/// One candidate answer to a geocoding query.
public struct GeocodeMatch: Sendable, Equatable {
    public let place: Place
    /// The spelling in the gazetteer that matched the query (primary or alternate name).
    public let matchedName: String
    /// Higher is better; comparable only within one query.
    public private(set) var score: Double
    /// How the name matched, from strongest to weakest.
    public let kind: MatchKind
    /// Other places the name fits nearly as well (Tripoli, LB for Tripoli, LY): set on the best match
    /// only; non-empty means the name is ambiguous and answers say so.
    public private(set) var closeAlternatives: [Place] = []
    /// Why this match is a guess, or nil when it is not one; commands that compute refuse a guess
    /// unless told to accept it (`GeocodeOptions.acceptsGuesses`).
    public private(set) var guess: GuessReason?
    /// Matched through one of our curated region names (gazetteer/region-aliases.tsv: "North-West" for
    /// Cameroon's Nord-Ouest), which ranks as an alternate name only where the text speaks of the
    /// region's country (`PlaceExtractor.lookup`); alone it stays what its spelling makes it.
    public internal(set) var isCuratedName = false

    public init(place: Place, matchedName: String, score: Double, kind: MatchKind = .primaryName) {
        self.place = place
        self.matchedName = matchedName
        self.score = score
        self.kind = kind
        self.guess = GuessReason(kind)
    }

    /// Whether another place fits the name nearly as well.
    public var isAmbiguous: Bool { !closeAlternatives.isEmpty }

    /// Whether the answer is a guess (see `guess`).
    public var isGuess: Bool { guess != nil }

    /// The same match with another score (rounded as `Gazetteer.score` rounds).
    func scored(_ score: Double) -> GeocodeMatch {
        var copy = self
        copy.score = (score * 1000).rounded() / 1000
        return copy
    }

    /// The same match as an answer, not a guess (a variant vouched for by another listed spelling).
    func known() -> GeocodeMatch {
        var copy = self
        copy.guess = nil
        return copy
    }

    /// The same match marked as a guess for `reason`.
    func guessed(_ reason: GuessReason) -> GeocodeMatch {
        var copy = self
        copy.guess = copy.guess ?? reason
        return copy
    }

    func noting(alternatives: [Place]) -> GeocodeMatch {
        var copy = self
        copy.closeAlternatives = alternatives
        return copy
    }
}

/// Why a match is a guess rather than an answer.
public enum GuessReason: String, Sendable, Equatable {
    /// The nearest spelling by edit distance ("Kramatorks" → Kramatorsk).
    case spelling
    /// Only the transliteration skeleton or ICU's Any-Latin reaches the name ("Thebai" → Thívai).
    case transliteration
    /// The query is an everyday English phrase ("the sea", "border") that a small place's name or
    /// alternate name happens to spell: Cea (ES) lists "Sea", Bordères (FR) "Border".
    case everydayPhrase

    /// How text answers name the guess ("transliteration guess"), in `geocode`, its CSV column and
    /// `extract`.
    public var words: String {
        switch self {
        case .spelling: "spelling guess"
        case .transliteration: "transliteration guess"
        case .everydayPhrase: "guess (an everyday phrase)"
        }
    }

    init?(_ kind: MatchKind) {
        switch kind {
        case .fuzzy: self = .spelling
        case .transliteration: self = .transliteration
        default: return nil
        }
    }
}
