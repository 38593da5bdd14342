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
    /// Skeleton → place lines: the bundled names.tsv, then the custom entries' lines.
    private let nameIndexes: [SortedKeyIndex]
    private let fuzzyIndex: FuzzyIndex
    /// Folded name + country of each custom place: bundled places with the same key are overridden.
    private let overriddenKeys: Set<String>
    public let countries: CountryTable
    /// Everyday English words, folded (gazetteer/everyday-words.txt): a query made only of them
    /// ("the sea", "border") is a phrase, and a small place that happens to spell it is a guess.
    let everydayWords: EverydayWords

    init(
        table: PlaceTable, names: SortedKeyIndex, fuzzy: FuzzyIndex, countries: CountryTable, custom: [GazetteerEntry],
        everydayWords: EverydayWords = .empty
    ) {
        self.table = table
        self.countries = countries
        self.everydayWords = everydayWords
        self.fuzzyIndex = fuzzy
        let firstCustomRow = table.count
        self.customEntries = custom
        self.customPlaces = custom.map { PlaceRecord(place: $0.place, isCapital: false) }
        var nameLines: [String] = []
        for (offset, entry) in custom.enumerated() {
            let row = firstCustomRow + offset
            let primaryKey = NameFolding.fold(entry.place.name)
            for (spelling, kind) in [(entry.place.name, "p")] + entry.alternateNames.map({ ($0, "a") }) {
                let key = NameFolding.fold(spelling)
                guard !key.isEmpty, kind == "p" || key != primaryKey else { continue }
                nameLines.append("\(NameFolding.skeleton(key))\t\(row)\t\(kind)\t\(spelling)")
            }
        }
        self.nameIndexes = [names, SortedKeyIndex(lines: nameLines)]
        self.overriddenKeys = Set(custom.map { NameFolding.fold($0.place.name) + "|" + $0.place.countryCode })
    }

    /// A gazetteer of just these entries (tests, and places typed into a spec).
    public convenience init(
        entries: [GazetteerEntry], countries: CountryTable = CountryTable(countries: [])
    ) {
        self.init(
            table: PlaceTable(countries: countries), names: SortedKeyIndex(lines: []), fuzzy: .empty,
            countries: countries, custom: entries)
    }

    /// This gazetteer with `entries` added; an entry overrides bundled places of the same name and country.
    public func adding(_ entries: [GazetteerEntry]) -> Gazetteer {
        Gazetteer(
            table: table, names: nameIndexes[0], fuzzy: fuzzyIndex, countries: countries, custom: customEntries + entries,
            everydayWords: everydayWords)
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
    /// "Name, Country" and "Name, Region" narrow the search; a leading "the" and a trailing region
    /// word ("the Kherson oblast", "Kursk region") are read as report text writes them. The first
    /// match lists the close alternatives that make the name ambiguous (`closeAlternatives`).
    /// - Throws: `GazetteerError.emptyQuery`, `.unknownPlace` (with suggestions), or `CoordinateError`.
    public func geocode(_ query: String, options: GeocodeOptions = GeocodeOptions()) throws -> [GeocodeMatch] {
        let trimmed = query.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw GazetteerError.emptyQuery }
        guard !trimmed.unicodeScalars.contains("\u{FFFD}") else { throw GazetteerError.notText(trimmed) }
        // Every coordinate form has digits; names rarely do, and parsing costs more than a lookup.
        if trimmed.unicodeScalars.contains(where: { ("0"..."9").contains($0) }), let coordinate = try CoordinateParser.parse(trimmed) {
            let place = Place(name: trimmed, coordinate: coordinate)
            return [GeocodeMatch(place: place, matchedName: trimmed, score: MatchKind.coordinate.strength, kind: .coordinate)]
        }
        var filter = try PlaceFilter(country: options.country, countries: countries)
        var name = trimmed
        if let comma = trimmed.lastIndex(of: ","), filter.countryCode == nil,
            let qualifier = PlaceFilter(qualifier: String(trimmed[trimmed.index(after: comma)...]), countries: countries)
        {
            name = trimmed[..<comma].trimmingWhitespace()
            filter = qualifier
        }
        var matches = candidates(for: name, filter: filter, options: options)
        for reading in Self.reportReadings(of: name) where matches.isEmpty || matches[0].isGuess {
            var narrowed = filter
            if reading.regionOnly { narrowed.kinds = [.region] }
            var found = candidates(for: reading.name, filter: narrowed, options: options)
            // A region named with its region word is named as the table spells it: "Xyzzy Oblast"
            // is no skeleton variant of Xizı (AZ).
            if reading.regionOnly { found = found.filter { $0.kind != .transliteration && $0.kind != .fuzzy } }
            if let first = found.first, !first.isGuess || matches.isEmpty { matches = found }
        }
        // "Korea", "Congo": the country found is one of several the name means; say so.
        if let codes = countries.ambiguousCodes(forName: name), let first = matches.first, first.place.kind == .country,
            first.closeAlternatives.isEmpty
        {
            let others = try codes.filter { $0 != first.place.countryCode }.compactMap { code -> Place? in
                guard let countryName = countries.name(forCode: code) else { return nil }
                let filter = try PlaceFilter(country: code, countries: countries)
                return candidates(for: countryName, filter: filter, options: options).first { $0.place.kind == .country }?.place
            }
            matches[0] = first.noting(alternatives: others)
        }
        guard !matches.isEmpty else {
            throw GazetteerError.unknownPlace(
                query: trimmed, suggestions: options.allowsSpellingMatches ? suggestions(for: name, filter: filter) : [])
        }
        return Array(matches.prefix(max(options.limit, 1)))
    }

    /// Other readings of a name as reports write it: without a leading "the" ("the Gulf of Aden"),
    /// and without a trailing region word, then only regions ("Kursk Oblast", "the Kherson region").
    static func reportReadings(of name: String) -> [(name: String, regionOnly: Bool)] {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        var readings: [(String, Bool)] = []
        if words.count > 1, words[0].lowercased() == "the" {
            words.removeFirst()
            readings.append((words.joined(separator: " "), false))
        }
        if words.count > 1, let last = words.last, AreaReference.regionWords.contains(last.lowercased()) {
            readings.append((words.dropLast().joined(separator: " "), true))
        }
        return readings
    }

    /// The best match for `query`, never a spelling guess unless `options.acceptsGuesses`.
    /// - Throws: `GazetteerError.spellingGuess` (with the candidates) for a guess not accepted.
    public func resolve(_ query: String, options: GeocodeOptions = GeocodeOptions()) throws -> Place {
        try resolveNoting(query, options: options).place
    }

    /// `resolve`, how the name matched, and the warning line a caller prints when it accepted a
    /// spelling guess or the name is ambiguous.
    public func resolveNoting(
        _ query: String, options: GeocodeOptions = GeocodeOptions()
    ) throws -> (place: Place, kind: MatchKind, warning: String?) {
        let matches = try geocode(query, options: options)
        guard let best = matches.first else { throw GazetteerError.unknownPlace(query: query, suggestions: []) }
        let trimmed = query.trimmingWhitespace()
        guard let reason = best.guess else {
            guard !best.closeAlternatives.isEmpty else { return (best.place, best.kind, nil) }
            return (best.place, best.kind, Self.ambiguityWarning(trimmed, best: best.place, others: best.closeAlternatives))
        }
        let candidates = matches.prefix(3).map(\.place.label)
        guard options.acceptsGuesses else {
            guard reason == .spelling else { throw GazetteerError.weakMatch(query: trimmed, candidates: candidates, reason: reason) }
            throw GazetteerError.spellingGuess(query: trimmed, candidates: candidates)
        }
        return (best.place, best.kind, GazetteerError.guessWarning(query: trimmed, place: best.place.label, reason: reason))
    }

    /// "'Tripoli' is ambiguous: read as Tripoli (LY), not Tripoli (LB); name the country ("Tripoli,
    /// LB") to choose." Rivals in the same country are told apart by region ("Springfield, Illinois").
    static func ambiguityWarning(_ query: String, best: Place, others: [Place]) -> String {
        let sameCountry = others.contains { $0.countryCode == best.countryCode }
        func label(_ place: Place) -> String {
            guard sameCountry, let region = place.admin1 else { return place.label }
            return "\(place.name) (\(region), \(place.countryCode))"
        }
        let first = others[0]
        let qualifier = first.countryCode == best.countryCode ? first.admin1 : first.countryCode
        // One qualifier after the name: "Lyman, UA" asks for "Lyman, Kharkivska oblast", not "Lyman, UA, …".
        let name = query.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? query
        let advice =
            qualifier.map { "name the \(first.countryCode == best.countryCode ? "region" : "country") (\"\(name), \($0)\") to choose" }
            ?? "give coordinates to choose"
        return "'\(query)' is ambiguous: read as \(label(best)), not \(others.map(label).joined(separator: ", ")); \(advice)."
    }

    // MARK: - Matching

    private func candidates(for name: String, filter: PlaceFilter, options: GeocodeOptions) -> [GeocodeMatch] {
        let key = NameFolding.fold(name)
        guard !key.isEmpty else { return [] }
        var best: [Int: (match: GeocodeMatch, record: PlaceRecord)] = [:]
        // Each hit's row is parsed once and its kind judged once; the kind may look at the record.
        func consider(_ hits: [SortedKeyIndex.Hit], kind: (SortedKeyIndex.Hit, PlaceRecord) -> MatchKind) {
            for hit in hits {
                guard let record = record(at: hit.row), filter.accepts(record.place), !isOverridden(row: hit.row, record) else { continue }
                let matchKind = kind(hit, record)
                var match = GeocodeMatch(
                    place: record.place, matchedName: hit.spelling.isEmpty ? record.place.name : hit.spelling,
                    score: score(record, kind: matchKind, options: options), kind: matchKind)
                match.isCuratedName = hit.isCurated
                if best[hit.row].map({ $0.match.score < match.score }) ?? true { best[hit.row] = (match, record) }
            }
        }
        // One skeleton lookup finds exact names and transliteration variants; the spelling tells which.
        consider(hits(for: NameFolding.skeleton(key))) { hit, record in
            let spelling = hit.spelling.isEmpty ? record.place.name : hit.spelling
            guard NameFolding.fold(spelling) == key else { return .transliteration }
            if hit.isDerived { return .derivedSpelling }
            if hit.isPrimary { return .primaryName }
            return Self.isSpellingVariant(spelling, of: record.place.name) ? .alternateName : .distantAlternate
        }
        // A town, site or sea spelt as the query outranks any transliteration variant, whatever the
        // population ("ZNPP" is the plant, not Genappe). A region's or country's name does not: the
        // city Zaporizhzhia keeps "Zaporizhia" from the oblast.
        func isVariant(_ kind: MatchKind) -> Bool { kind == .transliteration || kind == .derivedSpelling }
        if best.values.contains(where: { !isVariant($0.match.kind) && (!$0.match.place.kind.isArea || $0.match.place.kind == .sea) }) {
            best = best.filter { !isVariant($0.value.match.kind) }
        }
        // A region with no town of its name inside it is what the name means (Alaska, not a village in
        // the Philippines; Hawaii, not Hawai, India): it ranks as a town of
        // `regionWithoutNamesakePopulation`. Where a town within shares its name (Jenin, Kharkiv) the town leads;
        // A sea or site of the name leads as before (the Red Sea, not Sudan's Red Sea State).
        for (row, entry) in best where entry.match.place.kind == .region && !isVariant(entry.match.kind) {
            let region = entry.match.place
            let namesake = best.values.contains { other in
                let place = other.match.place
                if place.kind == .sea || place.kind == .site { return [.primaryName, .alternateName].contains(other.match.kind) }
                guard place.kind == .populatedPlace, place.countryCode == region.countryCode else { return false }
                // A town counts only inside the region: Hualien City, not Fort Ashby, West Virginia, once
                // "Alaska"; nor a village called Kansas in Oklahoma, or Florida in New York, which rank
                // by their own population against the state's. A lower bound settles most towns without
                // a geodesic (so a plain geocode never opens PROJ); a town by its own name within it counts.
                let extent = region.extentMeters ?? 0
                let bound = PlaceIndex.lowerBoundMeters(
                    PlaceIndex.geocentricDirection(place.coordinate), PlaceIndex.geocentricDirection(region.coordinate))
                guard bound <= extent else { return false }
                guard other.match.kind == .distantAlternate else { return true }
                return Geodesic.wgs84.inverse(from: place.coordinate, to: region.coordinate).distanceMeters <= extent
            }
            if !namesake { best[row]?.match = entry.match.scored(entry.match.score + 0.6 * log10(Self.regionWithoutNamesakePopulation)) }
        }
        if best.isEmpty, NameFolding.hasOtherScript(key), let latin = NameFolding.latin(name) {
            consider(hits(for: NameFolding.skeleton(latin))) { _, _ in .transliteration }
        }
        if best.isEmpty, options.allowsSpellingMatches {
            let skeleton = NameFolding.skeleton(key)
            let nearby = fuzzyKeys(near: skeleton, maximumDistance: skeleton.count >= 8 ? 2 : 1)
            // Primary names only, as the trigram index holds: Engels's old name Pokrovsk must not
            // turn a typo of Pokrovsk into Engels.
            consider(nearby.flatMap { hits(for: $0) }.filter(\.isPrimary)) { _, _ in .fuzzy }
        }
        for (row, entry) in best where entry.match.kind == .transliteration && spellsItsRegion(entry.match.place, among: best.values) {
            best[row]?.match = entry.match.known()
        }
        if isEverydayPhrase(key: key, name: name), filter.countryCode == nil {
            // Custom places are the user's own names, never guesses.
            for (row, entry) in best where row < table.count && !Self.standsAsName(entry.match, entry.record) {
                best[row]?.match = entry.match.guessed(.everydayPhrase)
            }
        }
        // Answers before guesses, then by score and name; a full tie (two regions called Punjab) by
        // table row, so the answer never depends on the dictionary's per-process order.
        let ranked = best.sorted { left, right in
            let (a, b) = (left.value.match, right.value.match)
            if a.isGuess != b.isGuess { return !a.isGuess }
            if a.score != b.score { return a.score > b.score }
            if a.place.name != b.place.name { return a.place.name < b.place.name }
            return left.key < right.key
        }.map(\.value)
        guard let first = ranked.first else { return [] }
        let alternatives = first.match.isGuess ? [] : Self.closeAlternatives(to: first, among: ranked.dropFirst())
        return [first.match.noting(alternatives: alternatives)] + ranked.dropFirst().map(\.match)
    }

    /// Whether the query spells, as listed, the name of a region that holds `town` and shares its
    /// skeleton: "Zaporizhia" is a listed name of the oblast, so the city it is named after answers to
    /// it too, not only as a transliteration guess.
    private func spellsItsRegion(
        _ town: Place, among matches: Dictionary<Int, (match: GeocodeMatch, record: PlaceRecord)>.Values
    ) -> Bool {
        guard town.kind == .populatedPlace else { return false }
        return matches.contains { other in
            let region = other.match.place
            guard region.kind == .region, region.countryCode == town.countryCode, !other.match.isGuess else { return false }
            let apart = Geodesic.wgs84.inverse(from: town.coordinate, to: region.coordinate).distanceMeters
            return apart <= (region.extentMeters ?? 0)
        }
    }

    /// Whether every word of the query is an everyday English word ("the sea", "front line").
    private func isEverydayPhrase(key: String, name: String) -> Bool {
        guard !everydayWords.isEmpty else { return false }
        // Word by word, stopping at the first that is no everyday word (most names' first word).
        var sawWord = false
        for word in name.split(whereSeparator: { $0 == " " || $0 == "-" }) {
            let folded = NameFolding.fold(String(word))
            if folded.isEmpty { continue }
            guard everydayWords.contains(folded) else { return false }
            sawWord = true
        }
        return sawWord
    }

    /// Population from which a town spelt exactly as an everyday word is what the word means (Nice,
    /// Reading, Split, Mobile, Bath); below it, "Front" (IT) or "Airport" (US) is a guess.
    static let everydayNameMinimumPopulation = 50_000

    /// Whether a match of an everyday phrase is still an answer: a country, sea or site by any of
    /// its listed names, or a capital or sizeable town by its primary name. A region is not: "the bay"
    /// is no Somali region, nor "the coast" Kenya's.
    private static func standsAsName(_ match: GeocodeMatch, _ record: PlaceRecord) -> Bool {
        let place = match.place
        switch place.kind {
        case .populatedPlace:
            return match.kind == .primaryName && (record.isCapital || place.population >= everydayNameMinimumPopulation)
        // A region by its own name of two words or more ("West Bank", "Gaza Strip"); never by one
        // ("the bay" is no Bay region of Somalia).
        case .region: return match.kind == .primaryName && place.name.split(separator: " ").count >= 2
        // Any listed name of a country, sea or site ("East Sea" for the Sea of Japan).
        default: return !match.kind.isGuess
        }
    }

    /// Whether a sea or site answers to `text` by one of its listed names (not by a transliteration): a
    /// cheap test before a full lookup of a phrase that is rarely a name ("Kharkiv on Monday").
    public func hasSiteOrSea(named text: String) -> Bool {
        let key = NameFolding.fold(text)
        guard !key.isEmpty else { return false }
        return hits(for: NameFolding.skeleton(key)).contains { hit in
            guard let record = record(at: hit.row), record.place.kind == .site || record.place.kind == .sea else { return false }
            return NameFolding.fold(hit.spelling.isEmpty ? record.place.name : hit.spelling) == key
        }
    }

    private func hits(for skeleton: String) -> [SortedKeyIndex.Hit] {
        nameIndexes.flatMap { $0.hits(for: skeleton) }
    }

    /// Candidates that make the best answer a toss-up: as strong as it within 0.6 (a factor of ten in
    /// population; the capital bonus left out, so Tripoli (LB) stays a rival of Tripoli (LY)), and
    /// somewhere else: another country, or over 100 km away; its name matching at least as well.
    /// Kursk the oblast is no rival of Kursk the city, nor Kuwait City of Kuwait.
    static func closeAlternatives(
        to best: (match: GeocodeMatch, record: PlaceRecord), among others: ArraySlice<(match: GeocodeMatch, record: PlaceRecord)>
    ) -> [Place] {
        func evidence(_ candidate: (match: GeocodeMatch, record: PlaceRecord)) -> Double {
            candidate.match.score - (candidate.record.isCapital ? 0.5 : 0)
        }
        let bar = evidence(best) - 0.6
        return others.filter { other in
            // A rival's name must fit at least as well: Lomé's stray alternate "Rome" is no rival of
            // Rome, nor Belgorod's "Bilhorod-Dnistrovskyi" of that city.
            guard other.match.kind != .fuzzy, evidence(other) >= bar, other.match.kind.strength >= best.match.kind.strength
            else { return false }
            if other.match.place.countryCode != best.match.place.countryCode { return true }
            let apart = Geodesic.wgs84.inverse(from: best.match.place.coordinate, to: other.match.place.coordinate).distanceMeters
            return apart > 100_000 && other.match.place.kind == best.match.place.kind
        }.prefix(3).map(\.match.place)
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
        // Without a custom gazetteer nothing is overridden, and no hit's name need be folded again.
        !overriddenKeys.isEmpty && row < table.count
            && overriddenKeys.contains(NameFolding.fold(record.place.name) + "|" + record.place.countryCode)
    }

    /// What a country the text is about adds to a candidate's score (`GeocodeOptions.preferredCountryCodes`).
    public static let preferredCountryBonus = 1.0
    /// What a curated region name (`GeocodeMatch.isCuratedName`) gains where its country is preferred:
    /// the step from a distant alternate to an alternate name.
    public static let curatedNameInContextBonus = MatchKind.alternateName.strength - MatchKind.distantAlternate.strength

    /// A site this wide (a radius) is a geographic area, not a facility: islands, peninsulas, regions.
    static let geographicAreaExtentMeters = 25_000.0
    /// The population such an area ranks as: a large city, so no village of its name leads.
    static let geographicAreaPopulation = 1_000_000.0

    /// The population a first-level region ranks as when no town in its country has its name.
    static let regionWithoutNamesakePopulation = 20_000.0

    /// Name evidence first; then 0.6 per factor of ten in population, so a city ten times larger
    /// outweighs the primary-versus-alternate difference (Odessa → Odesa, UA before Odessa, TX);
    /// capitals, seas and countries the text is about get a bonus.
    func score(_ record: PlaceRecord, kind: MatchKind, options: GeocodeOptions) -> Double {
        let population = 0.6 * log10(Double(max(record.place.population, 1)))
        let capital = record.isCapital ? 0.5 : 0
        let context = options.preferredCountryCodes.contains(record.place.countryCode) ? Self.preferredCountryBonus : 0
        // A sea has no population; its name is rarely anything else's ("Red Sea" the sea before
        // Sudan's Red Sea State).
        let sea = record.place.kind == .sea ? 1.0 : 0
        // An island, peninsula or region of the sites table is known for itself: it ranks as a city
        // (Corsica the island, not Corsica, South Dakota; Java, not a Georgian village).
        let area =
            record.place.kind == .site && (record.place.extentMeters ?? 0) >= Self.geographicAreaExtentMeters
            ? 0.6 * log10(Self.geographicAreaPopulation) : 0
        return ((kind.strength + population + capital + context + sea + area) * 1000).rounded() / 1000
    }

    // MARK: - Suggestions

    /// The skeleton keys nearest to `key` (all at the smallest edit distance found, at most
    /// `maximumDistance`): primary names through the trigram index, custom names by a scan (few).
    private func fuzzyKeys(near key: String, maximumDistance: Int) -> [String] {
        guard key.count >= 4 else { return [] }
        // One edit first: most typos are one, and its trigram filter is four times as tight.
        var (nearest, nearestDistance) = fuzzyIndex.nearestKeys(to: key, maximumDistance: 1)
        if nearest.isEmpty, maximumDistance > 1 {
            (nearest, nearestDistance) = fuzzyIndex.nearestKeys(to: key, maximumDistance: maximumDistance)
        }
        if nearest.isEmpty { nearestDistance = maximumDistance + 1 }
        for candidate in nameIndexes.dropFirst().flatMap({ $0.keys(withPrefix: "", limit: 100_000) })
        where abs(candidate.count - key.count) <= min(maximumDistance, nearestDistance) {
            let distance = EditDistance.between(candidate, key, limit: min(maximumDistance, nearestDistance))
            guard distance <= maximumDistance else { continue }
            if distance < nearestDistance {
                nearest = [candidate]
                nearestDistance = distance
            } else if distance == nearestDistance, !nearest.contains(candidate) {
                nearest.append(candidate)
            }
        }
        return nearest
    }

    /// Up to three primary names close to `name`, most populous first.
    private func suggestions(for name: String, filter: PlaceFilter) -> [String] {
        let skeleton = NameFolding.skeleton(NameFolding.fold(name))
        let nearby = fuzzyKeys(near: skeleton, maximumDistance: max(2, skeleton.count / 3))
        let records = nearby.flatMap { hits(for: $0) }
            .compactMap { record(at: $0.row) }
            .filter { filter.accepts($0.place) }
            .sorted { $0.place.population > $1.place.population }
        var seen = Set<String>()
        return records.compactMap { record in
            let label = record.place.label
            return seen.insert(label).inserted ? label : nil
        }.prefix(3).map { $0 }
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
