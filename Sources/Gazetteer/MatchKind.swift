/// How a query reached a place; the first three are exact after folding case and diacritics.
///
/// `distantAlternate` is an alternate name unlike the place's primary name (a historic name, a
/// nickname, or a GeoNames slip such as Belgorod listing "Bilhorod-Dnistrovskyi", another city):
/// weaker evidence than a spelling variant like "Odessa" for Odesa.
///
/// `derivedSpelling` is a spelling the gazetteer build derived by a stated rule (the Revised
/// Romanization of a North Korean town): a known spelling. `transliteration` is a query that meets
/// a name only through the transliteration skeleton (kh = h, w = v…) or ICU's Any-Latin: no list
/// has that spelling, so it is a guess ("Thebai" for Thívai is how "the bay" became a Greek town).
public enum MatchKind: String, Sendable, Codable, Comparable {
    case coordinate, primaryName, alternateName, distantAlternate, derivedSpelling, transliteration, fuzzy

    /// The name answers give the kind (geocode's `matchKind`): exact, alternate, derived,
    /// transliteration (a guess), spelling (a guess by edit distance) or coordinates.
    public var reportName: String {
        switch self {
        case .coordinate: return "coordinates"
        case .primaryName: return "exact"
        case .alternateName, .distantAlternate: return "alternate"
        case .derivedSpelling: return "derived"
        case .transliteration: return "transliteration"
        case .fuzzy: return "spelling"
        }
    }

    /// Whether the kind alone makes a match a guess, which commands that compute refuse unless told.
    public var isGuess: Bool { self == .transliteration || self == .fuzzy }

    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool {
        lhs.strength > rhs.strength
    }

    /// Score contribution: strong enough that an exact name beats a transliteration of a bigger city
    /// unless the population gap is large (see `Gazetteer.score`).
    var strength: Double {
        switch self {
        case .coordinate: return 10
        case .primaryName: return 2.0
        case .alternateName: return 1.6
        case .distantAlternate: return 1.0
        case .derivedSpelling, .transliteration: return 1.0
        case .fuzzy: return 0.2
        }
    }
}
