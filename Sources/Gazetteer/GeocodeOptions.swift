/// How to narrow and size a geocoding answer.
public struct GeocodeOptions: Sendable, Equatable {
    /// ISO alpha-2 code or English country name; only places in that country match.
    public var country: String?
    /// Countries the surrounding text is about; their places rank higher but others still match.
    public var preferredCountryCodes: Set<String>
    /// Most matches returned, best first.
    public var limit: Int
    /// Whether to fall back to the nearest spellings (one or two edits) when nothing matches
    /// exactly. Extraction turns it off: a misspelt common word must not become a town, and the
    /// fallback scans tens of thousands of keys (milliseconds a word).
    public var allowsSpellingMatches: Bool
    /// Whether `resolve` may answer with a spelling guess (`MatchKind.fuzzy`: Soledar read as Soledad,
    /// CO). Off by default: commands that compute refuse a guess unless told (`--accept-guesses`).
    public var acceptsGuesses: Bool

    public init(
        country: String? = nil, preferredCountryCodes: Set<String> = [], limit: Int = 5, allowsSpellingMatches: Bool = true,
        acceptsGuesses: Bool = false
    ) {
        self.country = country
        self.preferredCountryCodes = preferredCountryCodes
        self.limit = limit
        self.allowsSpellingMatches = allowsSpellingMatches
        self.acceptsGuesses = acceptsGuesses
    }
}
