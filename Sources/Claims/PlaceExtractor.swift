import Foundation
import Gazetteer

/// A place a report mentions, resolved through the gazetteer.
public struct PlaceMention: Sendable {
    public enum Kind: String, Sendable, Codable {
        /// A populated place (city, town).
        case city
        /// A first-level region named after its main city ("the Kharkiv region", "Zaporizhzhia oblast").
        case admin1
    }

    public let text: String
    public let start: Int
    public let end: Int
    public let kind: Kind
    /// For `.admin1`, the region's main city, which stands in for it on a map.
    public let place: Place
    /// The region's name for `.admin1` ("Kharkivska oblast"), else the place's name.
    public let name: String
    /// Why this was taken as a place.
    public let evidence: [PlaceEvidence]
}

/// One reason to take a capitalised name for a place; its description is how output shows it.
public enum PlaceEvidence: Sendable, Equatable, CustomStringConvertible {
    /// A locative word just before the name: "after 'in'".
    case locative(String)
    /// The place's country is named in the text: "UA named in the text".
    case countryNamed(String)
    /// The name occurs more than once: "mentioned 2 times".
    case repeated(Int)
    /// "the X region", "X oblast".
    case regionPhrase

    public var description: String {
        switch self {
        case let .locative(word): return "after '\(word)'"
        case let .countryNamed(code): return "\(code) named in the text"
        case let .repeated(count): return "mentioned \(count) times"
        case .regionPhrase: return "region phrase"
        }
    }
}

/// Finds place names in report text with the care a geoparser needs.
///
/// Candidates are runs of capitalised words; each is looked up by exact, alternate or transliterated
/// name (never fuzzily: a misspelt common word must not become a town). A candidate counts only with
/// evidence: a locative word before it ("in", "near", "from", …), a country it lies in named in the
/// text, a repeated mention, or a region phrase ("the X region", "X oblast"). Month and weekday names,
/// titles and people's names ("President X", "X said", a first name before a surname), and words
/// that are places only by accident at a sentence start without other evidence ("Reading", "Nice")
/// are skipped. Ambiguous names prefer the countries the text names.
public struct PlaceExtractor {
    public let gazetteer: Gazetteer

    /// Locatives, stop words, person titles, speech verbs and region words.
    public let lexicon: Lexicon

    public init(gazetteer: Gazetteer, lexicon: Lexicon) {
        self.gazetteer = gazetteer
        self.lexicon = lexicon
    }

    public func places(in report: ReportText) -> [PlaceMention] {
        let runs = report.capitalisedRuns()
        let countries = countriesNamed(in: runs)
        let counts = Dictionary(runs.map { (NameFolding.fold($0.words.joined(separator: " ")), 1) }, uniquingKeysWith: +)
        var mentions: [PlaceMention] = []
        for run in runs {
            // "Then Kharkiv", "Officials Say Kyiv": if the whole run is no place, try it without leading words.
            for dropped in 0..<run.words.count {
                let words = Array(run.words.dropFirst(dropped))
                let start = run.range.lowerBound + run.words.prefix(dropped).reduce(0) { $0 + $1.unicodeScalars.count + 1 }
                let part = ReportText.CapitalisedRun(range: start..<run.range.upperBound, words: words)
                if let mention = mention(for: part, in: report, countries: countries, counts: counts) {
                    mentions.append(mention)
                    break
                }
            }
        }
        return mentions
    }

    /// ISO codes of the countries the text names ("Ukraine", "North Korea", "Russia's").
    func countriesNamed(in runs: [ReportText.CapitalisedRun]) -> Set<String> {
        var codes = Set<String>()
        for run in runs {
            for length in stride(from: run.words.count, through: 1, by: -1) {
                let phrase = run.words.prefix(length).joined(separator: " ").replacingOccurrences(of: "'s", with: "").replacingOccurrences(
                    of: "’s", with: "")
                if let code = gazetteer.countries.code(for: phrase), phrase.count > 3 || length > 1 {
                    codes.insert(code)
                    break
                }
            }
        }
        return codes
    }

    private func mention(for run: ReportText.CapitalisedRun, in report: ReportText, countries: Set<String>, counts: [String: Int])
        -> PlaceMention?
    {
        // Leading function words ("The Kharkiv region", "In Kyiv") are not part of the name.
        var words = run.words
        var start = run.range.lowerBound
        while let first = words.first, lexicon.stopWords.contains(first) {
            start += first.unicodeScalars.count + 1
            words.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        let spanText = words.joined(separator: " ")
        let bare = spanText.replacingOccurrences(of: "'s", with: "").replacingOccurrences(of: "’s", with: "")
        let previous = report.previousWord(before: start), next = report.nextWord(after: run.range.upperBound)
        // People: a title before the name, or a speech verb after a two-word name ("Ivan Petrov said").
        if lexicon.personTitles.contains(previous) || (words.count >= 2 && lexicon.speechVerbs.contains(next)) { return nil }
        if gazetteer.countries.code(for: bare) != nil { return nil }  // a country, not a point on the map
        let regionInside = words.count > 1 && words.last.map { lexicon.regionWords.contains($0.lowercased()) } == true
        let isRegion = regionInside || lexicon.regionWords.contains(next)
        let name = regionInside ? words.dropLast().joined(separator: " ") : bare
        guard !name.isEmpty, let match = bestMatch(name, countries: countries) else { return nil }
        var evidence: [PlaceEvidence] = []
        if lexicon.locatives.contains(previous) { evidence.append(.locative(previous)) }
        if countries.contains(match.place.countryCode) { evidence.append(.countryNamed(match.place.countryCode)) }
        if let count = counts[NameFolding.fold(run.words.joined(separator: " "))], count > 1 { evidence.append(.repeated(count)) }
        if isRegion { evidence.append(.regionPhrase) }
        guard !evidence.isEmpty else { return nil }
        // At a sentence start, a repeat alone is weak ("Reading is…", "Nice weather…"): want more.
        let sentenceStart = report.sentence(containing: start).lowerBound
        let opensSentence = report.substring(sentenceStart..<start).allSatisfy { $0.isWhitespace || $0 == "\"" || $0 == "“" }
        if opensSentence, evidence.count == 1, case .repeated = evidence[0] { return nil }
        let end = start + spanText.unicodeScalars.count
        let text = report.substring(start..<end)
        guard isRegion else {
            return PlaceMention(
                text: text, start: start, end: end, kind: .city, place: match.place, name: match.place.name, evidence: evidence)
        }
        return PlaceMention(
            text: text, start: start, end: end, kind: .admin1, place: match.place,
            name: match.place.admin1 ?? "\(match.place.name) region", evidence: evidence)
    }

    /// Exact, alternate or transliterated matches only, preferring countries the text names.
    private func bestMatch(_ name: String, countries: Set<String>) -> GeocodeMatch? {
        guard
            let matches = try? gazetteer.geocode(
                name, options: GeocodeOptions(preferredCountryCodes: countries, limit: 3, allowsSpellingMatches: false)),
            let best = matches.first, best.kind != .fuzzy, best.kind != .coordinate
        else { return nil }
        return best
    }
}
