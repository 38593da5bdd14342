import Foundation

/// One row of the gazetteer: a place and the other names it is known by.
public struct GazetteerEntry: Sendable, Hashable {
    public let place: Place
    public let alternateNames: [String]

    public init(place: Place, alternateNames: [String] = []) {
        self.place = place
        self.alternateNames = alternateNames
    }
}

/// How to narrow and size a geocoding answer.
public struct GeocodeOptions: Sendable, Equatable {
    /// ISO alpha-2 code or English country name; only places in that country match.
    public var country: String?
    /// Most matches returned, best first.
    public var limit: Int

    public init(country: String? = nil, limit: Int = 5) {
        self.country = country
        self.limit = limit
    }
}

/// One candidate answer to a geocoding query.
public struct GeocodeMatch: Sendable, Equatable {
    public let place: Place
    /// The spelling in the gazetteer that matched the query (primary or alternate name).
    public let matchedName: String
    /// Higher is better; comparable only within one query.
    public let score: Double

    public init(place: Place, matchedName: String, score: Double) {
        self.place = place
        self.matchedName = matchedName
        self.score = score
    }
}

/// Names → places, offline.
///
/// Immutable once built, so one instance serves every thread.
public final class Gazetteer: Sendable {
    public let entries: [GazetteerEntry]
    private let entryIndicesByFoldedName: [String: [Int]]

    public init(entries: [GazetteerEntry]) {
        self.entries = entries
        var index: [String: [Int]] = [:]
        for (position, entry) in entries.enumerated() {
            let names = Set(([entry.place.name] + entry.alternateNames).map(NameFolding.fold))
            for name in names where !name.isEmpty {
                index[name, default: []].append(position)
            }
        }
        self.entryIndicesByFoldedName = index
    }

    /// Every place, in gazetteer order.
    public var places: [Place] { entries.map(\.place) }

    /// Candidates for `query`, best first. A query that is a coordinate resolves to itself.
    /// - Throws: `GazetteerError.emptyQuery` or `.unknownPlace` (with suggestions).
    public func geocode(_ query: String, options: GeocodeOptions = GeocodeOptions()) throws -> [GeocodeMatch] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw GazetteerError.emptyQuery }
        if let coordinate = try CoordinateParser.parse(trimmed) {
            let place = Place(name: trimmed, coordinate: coordinate)
            return [GeocodeMatch(place: place, matchedName: trimmed, score: 1)]
        }
        let folded = NameFolding.fold(trimmed)
        let candidates = (entryIndicesByFoldedName[folded] ?? []).map { entries[$0] }
        let matches = candidates
            .filter { options.country == nil || $0.place.countryCode.caseInsensitiveCompare(options.country ?? "") == .orderedSame }
            .map { entry in
                let primary = NameFolding.fold(entry.place.name) == folded
                let score = (primary ? 1.0 : 0.5) + log10(Double(max(entry.place.population, 1))) / 10
                let matchedName = primary ? entry.place.name : entry.alternateNames.first { NameFolding.fold($0) == folded } ?? entry.place.name
                return GeocodeMatch(place: entry.place, matchedName: matchedName, score: score)
            }
            .sorted { $0.score > $1.score }
        guard !matches.isEmpty else { throw GazetteerError.unknownPlace(query: trimmed, suggestions: []) }
        return Array(matches.prefix(max(options.limit, 1)))
    }

    /// The best match for `query`.
    public func resolve(_ query: String, options: GeocodeOptions = GeocodeOptions()) throws -> Place {
        guard let best = try geocode(query, options: options).first else {
            throw GazetteerError.unknownPlace(query: query, suggestions: [])
        }
        return best.place
    }
}

/// Why a name did not become a place.
public enum GazetteerError: Error, Equatable, CustomStringConvertible {
    case emptyQuery
    case unknownPlace(query: String, suggestions: [String])
    case dataUnreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .emptyQuery:
            return "The place name is empty; give a name such as Kharkiv or coordinates such as 49.98, 36.25."
        case let .unknownPlace(query, suggestions) where suggestions.isEmpty:
            return "Unknown place '\(query)'. Check the spelling, add a country (\"\(query), UA\"), or give coordinates."
        case let .unknownPlace(query, suggestions):
            return "Unknown place '\(query)'. Did you mean \(suggestions.joined(separator: ", "))?"
        case let .dataUnreadable(path, reason):
            return "Cannot read gazetteer data \(path): \(reason). Run 'make gazetteer' or pass --gazetteer FILE."
        }
    }
}
