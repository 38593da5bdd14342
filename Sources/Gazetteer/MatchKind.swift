/// How a query reached a place; the first three are exact after folding case and diacritics.
///
/// `distantAlternate` is an alternate name unlike the place's primary name (a historic name, a
/// nickname, or a GeoNames slip such as Belgorod listing "Bilhorod-Dnistrovskyi", another city):
/// weaker evidence than a spelling variant like "Odessa" for Odesa.
public enum MatchKind: String, Sendable, Codable, Comparable {
    case coordinate, primaryName, alternateName, distantAlternate, transliteration, fuzzy

    /// The name answers give the kind (geocode's `matchKind`): exact, alternate, transliteration,
    /// spelling (a guess by edit distance) or coordinates.
    public var reportName: String {
        switch self {
        case .coordinate: return "coordinates"
        case .primaryName: return "exact"
        case .alternateName, .distantAlternate: return "alternate"
        case .transliteration: return "transliteration"
        case .fuzzy: return "spelling"
        }
    }

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
        case .transliteration: return 1.0
        case .fuzzy: return 0.2
        }
    }
}
