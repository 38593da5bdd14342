import Foundation
import Gazetteer
import Geodesy

/// A distance a report states, with the two places its sentence relates, verified when it names two.
public struct DistanceClaimMention: Sendable {
    public let text: String
    public let start: Int
    public let end: Int
    public let stated: StatedDistance
    /// What the distance measures: between places, an offset, a flight, an altitude, a zone.
    public let kind: ClaimKind
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
        var statements: [(range: Range<Int>, stated: StatedDistance, paired: String?)] = report.matches(lexicon.patterns.distance)
            .compactMap { range, groups in
                guard let statement = groups[1], let stated = try? StatedDistance.parse(statement, hedges: lexicon.hedges) else {
                    return nil
                }
                return (range, stated, groups[2]?.trimmingCharacters(in: .whitespaces))
            }
        // "three hundred kilometres": the number in words, with the hedge before it.
        for (range, groups) in report.matches(SpelledNumber.pattern) where !statements.contains(where: { $0.range.overlaps(range) }) {
            guard let words = groups[1], let unit = groups[2], let value = SpelledNumber.value(words) else { continue }
            let hedge = report.previousWords(before: range.lowerBound, count: 2).reversed().joined(separator: " ")
            let phrase = lexicon.hedges.phrases.first { hedge.hasSuffix($0.phrase) }?.phrase
            guard
                let stated = try? StatedDistance.parse(
                    [phrase, "\(value) \(unit)"].compactMap { $0 }.joined(separator: " "), hedges: lexicon.hedges)
            else { continue }
            statements.append((range, stated, nil))
        }
        return statements.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { range, stated, paired in
            let sentence = report.sentence(containing: range.lowerBound)
            let inSentence = places.filter { sentence.contains($0.start) }
            let text = report.substring(range)
            let after = report.nextWords(after: range.upperBound, count: 3)
            let kind = ClaimKind.read(before: report.previousWords(before: range.lowerBound, count: 6), after: after)
            func claim(
                from: PlaceMention? = nil, to: PlaceMention? = nil, area: AreaMention? = nil, unnamed: String? = nil,
                verification: DistanceVerification? = nil
            ) -> DistanceClaimMention {
                DistanceClaimMention(
                    text: text, start: range.lowerBound, end: range.upperBound, stated: stated, kind: kind, pairedText: paired, from: from,
                    to: to, toArea: area, unnamedEndpoint: unnamed, verification: verification)
            }
            // An apogee is no ground distance, and a zone no distance between two places.
            if kind == .altitude || kind == .zone { return claim() }
            let subject = self.subject(before: range.lowerBound, in: sentence, places: places, report: report)
            let found = finder?.area(after: range.upperBound, in: report, countries: countries)
            if case let .unnamed(phrase) = found { return claim(unnamed: phrase) }
            if case let .area(area) = found {
                // The near end is the place the sentence names before the number, never one after it.
                let verification = subject.flatMap { place -> DistanceVerification? in
                    let start = Endpoint.place(place.place), end = Endpoint.area(area.area)
                    guard let measured = try? measure.distance(from: start, to: end) else { return nil }
                    return DistanceVerifier().verify(from: start, to: end, measured: measured, stated: stated, tolerance: tolerance)
                }
                return claim(from: subject, area: area, verification: verification)
            }
            func verified(_ from: PlaceMention?, _ to: PlaceMention?) -> DistanceClaimMention {
                guard let from, let to, from.place != to.place else { return claim(from: from, to: to) }
                return claim(
                    from: from, to: to,
                    verification: DistanceVerifier().verify(from: from.place, to: to.place, stated: stated, tolerance: tolerance))
            }
            // "315 km south of Tehran", "80 km from Kharkiv": the place right after is the far end, the
            // sentence's subject (or the place referred back to) the near end.
            if let far = placeRightAfter(range.upperBound, in: inSentence, report: report, offset: kind == .offset) {
                return verified(subject, far)
            }
            if kind == .offset { return claim() }
            let (from, to) = pair(inSentence, in: report)
            // A range or flight is a ground distance only between places the sentence joins with from … to.
            if kind == .flight, !(from.map { ["from", "between"].contains(report.previousWord(before: $0.start)) } ?? false) {
                return claim()
            }
            return verified(from, to)
        }
    }

    /// The place right after a stated distance: "… 315 km south of Tehran" (with `offset`), "… 80 km
    /// from Kharkiv", "… 3,400 km from Pyongyang".
    private func placeRightAfter(_ offset: Int, in places: [PlaceMention], report: ReportText, offset isOffset: Bool) -> PlaceMention? {
        let following = report.clauseWords(after: offset, count: isOffset ? 2 : 1)
        let words = following.map { $0.word.lowercased() }
        let expected = isOffset ? (words.count == 2 && words[1] == "of") : words.first == "from"
        guard expected, let last = following.last else { return nil }
        return places.first { $0.start > last.range.upperBound && $0.start <= last.range.upperBound + 5 }
    }

    /// The place a distance is told of: the nearest place before the number in its sentence that is
    /// not itself the far end of an earlier distance ("Fordow lies 95 km south of Tehran and 30 km
    /// northeast of Qom": Fordow both times); or, when the sentence opens by referring back ("The
    /// city lies …", "The island is …", "It is …"), the last place of that sort the report named.
    private func subject(before offset: Int, in sentence: Range<Int>, places: [PlaceMention], report: ReportText) -> PlaceMention? {
        let candidates = places.filter { sentence.contains($0.start) && $0.end <= offset }
        if let near = candidates.last(where: {
            !["of", "from", "to"].contains(report.previousWord(before: $0.start, skippingArticles: true))
        }) {
            return near
        }
        let opening = report.clauseWords(after: sentence.lowerBound, count: 2, acrossClauses: true).map { $0.word.lowercased() }
        let earlier = places.filter { $0.end <= sentence.lowerBound }
        if opening.first == "it" { return earlier.last }
        guard opening.first == "the", let noun = opening.last else { return candidates.last }
        switch noun {
        case "city", "town", "village": return earlier.last { $0.place.kind == .populatedPlace }
        case "base", "plant", "port", "island", "site", "bridge", "airport", "facility": return earlier.last { $0.place.kind == .site }
        default: return candidates.last
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
