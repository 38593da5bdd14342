/// Why a name did not become a place.
public enum GazetteerError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyQuery
    case notText(String)
    case unknownPlace(query: String, suggestions: [String])
    /// Only a spelling guess matched, and the caller did not accept guesses.
    case spellingGuess(query: String, candidates: [String])
    /// Only a transliteration variant or an everyday phrase's namesake matched, not accepted.
    case weakMatch(query: String, candidates: [String], reason: GuessReason)
    /// A name that several countries answer to ("Korea", "Congo").
    case ambiguousCountry(name: String, codes: [String])
    /// `border:`, `coast:XX-YY`, `country:` without the code the form needs.
    case malformedAreaReference(text: String)
    case unknownCountry(String)
    case dataUnreadable(path: String, reason: String)
    case customFileInvalid(path: String, line: Int, problem: String)
    /// An area that names nothing to measure to ("border:UA-JP": they share no land border).
    case areaEmpty(name: String, reason: String)
    case areaFileInvalid(path: String, problem: String)

    /// The warning line a command prints when it computes with an accepted guess.
    public static func guessWarning(query: String, place: String, reason: GuessReason) -> String {
        switch reason {
        case .spelling: return "'\(query)' is not in the gazetteer; read as \(place), a spelling guess (--accept-guesses)."
        case .transliteration: return "'\(query)' is read as \(place) by a transliteration variant, a guess (--accept-guesses)."
        case .everydayPhrase: return "'\(query)' is an everyday phrase; read as \(place), a guess (--accept-guesses)."
        }
    }

    public var description: String {
        switch self {
        case .emptyQuery:
            return "The place name is empty; give a name such as Kharkiv or coordinates such as 49.98, 36.25."
        case let .notText(query):
            return "The place name '\(query)' contains bytes that are not UTF-8 text (shown as �); retype it or fix the file's encoding."
        case let .unknownPlace(query, suggestions) where suggestions.isEmpty && query.contains(","):
            return "Unknown place '\(query)'. Check the spelling, or give coordinates (the gazetteer lists towns of 500 people or more)."
        case let .unknownPlace(query, suggestions) where suggestions.isEmpty:
            return "Unknown place '\(query)'. Check the spelling, give coordinates (such as 49.98, 36.25), or add the place "
                + "with --gazetteer FILE."
        case let .unknownPlace(query, suggestions):
            return "Unknown place '\(query)'. Did you mean \(suggestions.joined(separator: ", "))?"
        case let .spellingGuess(query, candidates):
            return "'\(query)' is not in the gazetteer; the nearest spellings are \(candidates.joined(separator: ", ")). "
                + "Give the name as the gazetteer has it, or coordinates, or add --accept-guesses (accept-guesses: true in a spec) "
                + "to use the first."
        case let .weakMatch(query, candidates, .everydayPhrase):
            return "'\(query)' is an everyday phrase, not a place name; only \(candidates.joined(separator: ", ")) happen to be "
                + "spelt so. Name the place, give coordinates, or add --accept-guesses (accept-guesses: true in a spec) to use the first."
        case let .weakMatch(query, candidates, _):
            return "'\(query)' is no spelling the gazetteer lists; it reaches \(candidates.joined(separator: ", ")) only as a "
                + "transliteration variant. Give the name as the gazetteer has it, or coordinates, or add --accept-guesses "
                + "(accept-guesses: true in a spec) to use the first."
        case let .ambiguousCountry(name, codes):
            return "'\(name)' names more than one country (\(codes.joined(separator: ", "))); give the code or the full name, "
                + "such as '\(codes[0])'."
        case let .malformedAreaReference(text):
            return "'\(text)' is not a complete area: write border:XX or border:XX-YY, coast or coast:XX, country:XX "
                + "(ISO codes or English names, such as border:UA-RU), or file:PATH."
        case let .unknownCountry(country):
            return "Unknown country '\(country)'; give an ISO code such as UA or an English name such as Ukraine."
        case let .dataUnreadable(path, reason):
            return "Cannot read gazetteer data \(path): \(reason). Run 'make gazetteer' or set EVENTMAP_HOME to the eventmap folder."
        case let .customFileInvalid(path, line, problem):
            return "\(path):\(line): \(problem); see gazetteer/sites.tsv for the column layout."
        case let .areaEmpty(name, reason):
            return "There is nothing to measure to in '\(name)': \(reason)."
        case let .areaFileInvalid(path, problem):
            return "\(path): \(problem); give a GeoJSON file of Polygon, MultiPolygon, LineString or MultiLineString features (RFC 7946)."
        }
    }
}
