import Foundation
import Gazetteer
import Geodesy

/// A distance a report states, with the two places its sentence relates, verified when it names two.
public struct DistanceClaimMention: Sendable {
    public let text: String
    public let start: Int
    public let end: Int
    public let stated: StatedDistance
    /// The same distance in another unit when the report pairs them ("460km (285 miles)").
    public let pairedText: String?
    public let from: PlaceMention?
    public let to: PlaceMention?
    /// The area the distance runs to instead of a second place ("1,600 km from Yemen").
    public let toArea: AreaMention?
    /// A boundary the report names but does not say which ("600 km east of the border" in a report
    /// without two neighbouring countries): the claim is not verified, and not paired with places.
    public let unnamedEndpoint: String?
    public let verification: DistanceVerification?
}

/// Finds distance statements ("flew 460km (285 miles)", "about 1,000 km from Kyiv") and what they
/// relate. An area named right after the number ("1,600 km from Yemen", "30 km from the Russian
/// border") is the far end, and the place named before the number in its sentence the near end;
/// otherwise "from X to Y" / "between X and Y" when the sentence says so, else the sentence's first
/// two places. With both ends the claim is verified.
public struct DistanceClaimExtractor {
    /// The hedge grammar and the claim pattern.
    public let lexicon: Lexicon
    /// Turns area names into outlines; without one, claims run between places only.
    public let resolver: EndpointResolver?

    public init(lexicon: Lexicon, resolver: EndpointResolver? = nil) {
        self.lexicon = lexicon
        self.resolver = resolver
    }

    public func claims(in report: ReportText, places: [PlaceMention], tolerance: Tolerance = .standard) -> [DistanceClaimMention] {
        let countries = resolver.map { Self.countriesByMentions(places, in: report, table: $0.gazetteer.countries) } ?? []
        let finder = resolver.map { AreaMentionFinder(resolver: $0) }
        let measure = EndpointMeasure()
        return report.matches(lexicon.patterns.distance).compactMap { range, groups in
            guard let statement = groups[1], let stated = try? StatedDistance.parse(statement, hedges: lexicon.hedges) else { return nil }
            let sentence = report.sentence(containing: range.lowerBound)
            let inSentence = places.filter { sentence.contains($0.start) }
            let text = report.substring(range), paired = groups[2]?.trimmingCharacters(in: .whitespaces)
            let found = finder?.area(after: range.upperBound, in: report, countries: countries)
            if case let .unnamed(phrase) = found {
                return DistanceClaimMention(
                    text: text, start: range.lowerBound, end: range.upperBound, stated: stated, pairedText: paired, from: nil, to: nil,
                    toArea: nil, unnamedEndpoint: phrase, verification: nil)
            }
            if case let .area(area) = found {
                // The near end is the place the sentence names before the number, never one after it.
                let from = inSentence.last { $0.end <= range.lowerBound }
                let verification = from.flatMap { place -> DistanceVerification? in
                    let start = Endpoint.place(place.place), end = Endpoint.area(area.area)
                    guard let measured = try? measure.distance(from: start, to: end) else { return nil }
                    return DistanceVerifier().verify(from: start, to: end, measured: measured, stated: stated, tolerance: tolerance)
                }
                return DistanceClaimMention(
                    text: text, start: range.lowerBound, end: range.upperBound, stated: stated, pairedText: paired, from: from, to: nil,
                    toArea: area, unnamedEndpoint: nil, verification: verification)
            }
            let (from, to) = pair(inSentence, in: report)
            let verification = from.flatMap { a in
                to.map { b in
                    DistanceVerifier().verify(from: a.place, to: b.place, stated: stated, tolerance: tolerance)
                }
            }
            return DistanceClaimMention(
                text: text, start: range.lowerBound, end: range.upperBound, stated: stated, pairedText: paired, from: from, to: to,
                toArea: nil, unnamedEndpoint: nil, verification: verification)
        }
    }

    /// The countries a report is about, most mentioned first (first mention breaks ties): its places'
    /// countries, and countries it names or qualifies ("Russian troops", "Ukraine said").
    static func countriesByMentions(_ places: [PlaceMention], in report: ReportText, table: CountryTable) -> [String] {
        var counts: [String: Int] = [:], first: [String: Int] = [:]
        func count(_ code: String, at offset: Int) {
            counts[code, default: 0] += 1
            if first[code].map({ offset < $0 }) ?? true { first[code] = offset }
        }
        for mention in places where !mention.place.countryCode.isEmpty { count(mention.place.countryCode, at: mention.start) }
        for word in report.clauseWords(after: 0, count: Int.max, acrossClauses: true) where word.word.first?.isUppercase == true {
            let bare = word.word.hasSuffix("'s") || word.word.hasSuffix("\u{2019}s") ? String(word.word.dropLast(2)) : word.word
            if let code = table.code(forAdjective: bare) ?? table.code(forCountryName: bare) { count(code, at: word.range.lowerBound) }
        }
        return counts.keys.sorted { (counts[$0]!, -first[$0]!) > (counts[$1]!, -first[$1]!) }
    }

    /// "from X to Y", "between X and Y": the places after those words; otherwise the first two.
    private func pair(_ places: [PlaceMention], in report: ReportText) -> (PlaceMention?, PlaceMention?) {
        let origin = places.first { ["from", "between"].contains(report.previousWord(before: $0.start)) }
        let destination = places.first {
            $0.start > (origin?.start ?? -1) && ["to", "and"].contains(report.previousWord(before: $0.start))
        }
        if let origin, let destination { return (origin, destination) }
        let distinct = places.reduce(into: [PlaceMention]()) { list, place in
            if !list.contains(where: { $0.place == place.place }) { list.append(place) }
        }
        return distinct.count >= 2 ? (distinct[0], distinct[1]) : (nil, nil)
    }
}
