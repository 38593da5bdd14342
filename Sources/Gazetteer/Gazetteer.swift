import Foundation
import Geodesy

/// Names → places, offline: the bundled GeoNames extract plus any custom gazetteer files.
///
/// Immutable once built, so one instance serves every thread. Lookups binary-search sorted name
/// indexes kept as raw bytes; a cold process reads about 12 MB and parses only the rows it returns.
public final class Gazetteer: Sendable {
    private let table: PlaceTable
    private let customEntries: [GazetteerEntry]
    private let customPlaces: [PlaceRecord]
    private let nameIndexes: [SortedKeyIndex]
    private let skeletonIndexes: [SortedKeyIndex]
    /// Folded name + country of each custom place: bundled places with the same key are overridden.
    private let overriddenKeys: Set<String>
    public let countries: CountryTable

    init(table: PlaceTable, names: SortedKeyIndex, skeletons: SortedKeyIndex, countries: CountryTable, custom: [GazetteerEntry]) {
        self.table = table
        self.countries = countries
        let firstCustomRow = table.count
        self.customEntries = custom
        self.customPlaces = custom.map { PlaceRecord(place: $0.place, isCapital: false) }
        var nameLines: [String] = [], skeletonLines: [String] = []
        for (offset, entry) in custom.enumerated() {
            let row = firstCustomRow + offset
            let primaryKey = NameFolding.fold(entry.place.name)
            for (spelling, kind) in [(entry.place.name, "p")] + entry.alternateNames.map({ ($0, "a") }) {
                let key = NameFolding.fold(spelling)
                guard !key.isEmpty, kind == "p" || key != primaryKey else { continue }
                nameLines.append("\(key)\t\(row)\t\(kind)\t\(spelling)")
                skeletonLines.append("\(NameFolding.skeleton(key))\t\(row)\t\(kind)\t\(spelling)")
            }
        }
        self.nameIndexes = [names, SortedKeyIndex(lines: nameLines)]
        self.skeletonIndexes = [skeletons, SortedKeyIndex(lines: skeletonLines)]
        self.overriddenKeys = Set(custom.map { NameFolding.fold($0.place.name) + "|" + $0.place.countryCode })
    }

    /// A gazetteer of just these entries (tests, and places typed into a spec).
    public convenience init(entries: [GazetteerEntry], countries: CountryTable = CountryTable(countries: [])) {
        self.init(
            table: PlaceTable(bytes: [], countries: countries), names: SortedKeyIndex(lines: []),
            skeletons: SortedKeyIndex(lines: []), countries: countries, custom: entries)
    }

    /// This gazetteer with `entries` added; an entry overrides bundled places of the same name and country.
    public func adding(_ entries: [GazetteerEntry]) -> Gazetteer {
        Gazetteer(
            table: table, names: nameIndexes[0], skeletons: skeletonIndexes[0], countries: countries,
            custom: customEntries + entries)
    }

    /// Every place: bundled rows first, then custom ones. Parses the whole table (about 20 ms);
    /// call once and keep the array (the `within` command builds its spatial index from it).
    public var places: [Place] {
        var all: [Place] = []
        all.reserveCapacity(table.count + customPlaces.count)
        forEachPlace { all.append($0) }
        return all
    }

    /// Visits every place, bundled rows first, without building an array.
    public func forEachPlace(_ body: (Place) throws -> Void) rethrows {
        for row in 0..<table.count {
            if let place = table.record(at: row)?.place { try body(place) }
        }
        for record in customPlaces { try body(record.place) }
    }

    /// Candidates for `query`, best first. A query that is a coordinate resolves to itself;
    /// "Name, Country" and "Name, Region" narrow the search.
    /// - Throws: `GazetteerError.emptyQuery`, `.unknownPlace` (with suggestions), or `CoordinateError`.
    public func geocode(_ query: String, options: GeocodeOptions = GeocodeOptions()) throws -> [GeocodeMatch] {
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw GazetteerError.emptyQuery }
        guard !trimmed.unicodeScalars.contains("\u{FFFD}") else { throw GazetteerError.notText(trimmed) }
        if let coordinate = try CoordinateParser.parse(trimmed) {
            let place = Place(name: trimmed, coordinate: coordinate)
            return [GeocodeMatch(place: place, matchedName: trimmed, score: MatchKind.coordinate.strength, kind: .coordinate)]
        }
        var filter = try PlaceFilter(country: options.country, countries: countries)
        var name = trimmed
        if let comma = trimmed.lastIndex(of: ","), filter.countryCode == nil,
            let qualifier = PlaceFilter(qualifier: String(trimmed[trimmed.index(after: comma)...]), countries: countries)
        {
            name = String(trimmed[..<comma]).trimmingCharacters(in: .whitespaces)
            filter = qualifier
        }
        let matches = candidates(for: name, filter: filter, options: options)
        guard !matches.isEmpty else {
            throw GazetteerError.unknownPlace(
                query: trimmed, suggestions: options.allowsSpellingMatches ? suggestions(for: name, filter: filter) : [])
        }
        return Array(matches.prefix(max(options.limit, 1)))
    }

    /// The best match for `query`, never a spelling guess unless `options.acceptsGuesses`.
    /// - Throws: `GazetteerError.spellingGuess` (with the candidates) for a guess not accepted.
    public func resolve(_ query: String, options: GeocodeOptions = GeocodeOptions()) throws -> Place {
        try resolveNoting(query, options: options).place
    }

    /// `resolve`, how the name matched, and the warning line a caller prints when it accepted a
    /// spelling guess.
    public func resolveNoting(
        _ query: String, options: GeocodeOptions = GeocodeOptions()
    ) throws -> (place: Place, kind: MatchKind, warning: String?) {
        let matches = try geocode(query, options: options)
        guard let best = matches.first else { throw GazetteerError.unknownPlace(query: query, suggestions: []) }
        guard best.kind == .fuzzy else { return (best.place, best.kind, nil) }
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard options.acceptsGuesses else {
            throw GazetteerError.spellingGuess(query: trimmed, candidates: matches.prefix(3).map(\.place.label))
        }
        return (
            best.place, best.kind, "'\(trimmed)' is not in the gazetteer; read as \(best.place.label), a spelling guess (--accept-guesses)."
        )
    }

    // MARK: - Matching

    private func candidates(for name: String, filter: PlaceFilter, options: GeocodeOptions) -> [GeocodeMatch] {
        let key = NameFolding.fold(name)
        guard !key.isEmpty else { return [] }
        var best: [Int: GeocodeMatch] = [:]
        // Each hit's row is parsed once and its kind judged once; the kind may look at the record.
        func consider(_ hits: [SortedKeyIndex.Hit], kind: (SortedKeyIndex.Hit, PlaceRecord) -> MatchKind) {
            for hit in hits {
                guard let record = record(at: hit.row), filter.accepts(record.place), !isOverridden(row: hit.row, record) else { continue }
                let matchKind = kind(hit, record)
                let match = GeocodeMatch(
                    place: record.place, matchedName: hit.spelling,
                    score: score(record, kind: matchKind, options: options), kind: matchKind)
                if best[hit.row].map({ $0.score < match.score }) ?? true { best[hit.row] = match }
            }
        }
        consider(nameIndexes.flatMap { $0.hits(for: key) }) { hit, record in
            if hit.isPrimary { return .primaryName }
            return Self.isSpellingVariant(hit.spelling, of: record.place.name) ? .alternateName : .distantAlternate
        }
        let skeleton = NameFolding.skeleton(key)
        if best.isEmpty {
            consider(skeletonIndexes.flatMap { $0.hits(for: skeleton) }) { _, _ in .transliteration }
        }
        if best.isEmpty, options.allowsSpellingMatches {
            let nearby = fuzzyKeys(near: skeleton, maximumDistance: skeleton.count >= 8 ? 2 : 1)
            consider(nearby.flatMap { nearKey in skeletonIndexes.flatMap { $0.hits(for: nearKey) } }) { _, _ in .fuzzy }
        }
        return best.values.sorted { ($0.score, $1.place.name) > ($1.score, $0.place.name) }
    }

    /// Whether `alternate` is a spelling of `primary` (transliteration skeletons within a third of
    /// the name's length, at least 2 edits): "Odessa" of Odesa and "Kiev" of Kyiv are; "Lemberg" of
    /// Lviv and "Bilhorod-Dnistrovskyi" of Belgorod are not.
    static func isSpellingVariant(_ alternate: String, of primary: String) -> Bool {
        let left = NameFolding.skeleton(NameFolding.fold(alternate))
        let right = NameFolding.skeleton(NameFolding.fold(primary))
        let limit = max(2, right.count / 3)
        return EditDistance.between(left, right, limit: limit) <= limit
    }

    private func record(at row: Int) -> PlaceRecord? {
        row < table.count ? table.record(at: row) : customPlaces[safe: row - table.count]
    }

    private func isOverridden(row: Int, _ record: PlaceRecord) -> Bool {
        row < table.count && overriddenKeys.contains(NameFolding.fold(record.place.name) + "|" + record.place.countryCode)
    }

    /// Name evidence first; then 0.6 per factor of ten in population, so a city ten times larger
    /// outweighs the primary-versus-alternate difference (Odessa → Odesa, UA before Odessa, TX);
    /// capitals and countries the text is about get a bonus.
    func score(_ record: PlaceRecord, kind: MatchKind, options: GeocodeOptions) -> Double {
        let population = 0.6 * log10(Double(max(record.place.population, 1)))
        let capital = record.isCapital ? 0.5 : 0
        let context = options.preferredCountryCodes.contains(record.place.countryCode) ? 1.0 : 0
        return ((kind.strength + population + capital + context) * 1000).rounded() / 1000
    }

    // MARK: - Suggestions

    /// The skeleton keys nearest to `key` (all at the smallest edit distance found, at most
    /// `maximumDistance`), among keys sharing its first letter. Nearest-only keeps a far but populous
    /// city (Harbin) from beating a one-letter typo of the intended one (Kharkiff → Kharkiv).
    private func fuzzyKeys(near key: String, maximumDistance: Int) -> [String] {
        guard let first = key.first, key.count >= 4 else { return [] }
        var nearest: [String] = []
        var nearestDistance = maximumDistance + 1
        for candidate in skeletonIndexes.flatMap({ $0.keys(withPrefix: String(first), limit: 40_000) })
        where abs(candidate.count - key.count) <= min(maximumDistance, nearestDistance) {
            let distance = EditDistance.between(candidate, key, limit: min(maximumDistance, nearestDistance))
            guard distance <= maximumDistance else { continue }
            if distance < nearestDistance {
                nearest = [candidate]
                nearestDistance = distance
            } else if distance == nearestDistance {
                nearest.append(candidate)
            }
        }
        return nearest
    }

    /// Up to three primary names close to `name`, most populous first.
    private func suggestions(for name: String, filter: PlaceFilter) -> [String] {
        let skeleton = NameFolding.skeleton(NameFolding.fold(name))
        let nearby = fuzzyKeys(near: skeleton, maximumDistance: max(2, skeleton.count / 3))
        let records = nearby.flatMap { key in skeletonIndexes.flatMap { $0.hits(for: key) } }
            .compactMap { record(at: $0.row) }
            .filter { filter.accepts($0.place) }
            .sorted { $0.place.population > $1.place.population }
        var seen = Set<String>()
        return records.compactMap { record in
            let label = "\(record.place.name) (\(record.place.countryCode))"
            return seen.insert(label).inserted ? label : nil
        }.prefix(3).map { $0 }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
