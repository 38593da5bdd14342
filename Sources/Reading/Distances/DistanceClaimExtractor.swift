import Foundation
import Gazetteer
import Geodesy
import Verification

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

    /// The names of the ends the gazetteer does not list ("Przewodow"): the claim joins them, and
    /// nothing is measured.
    public var unlistedEnds: [String] {
        [from, to].compactMap { $0?.kind == .unlisted ? $0?.name : nil }
    }

    /// The ends reached only by a guess (a transliteration, an everyday phrase: `PlaceMention.guess`):
    /// the claim is verified between them only when guesses are accepted, and says so either way.
    public var guessedEnds: [PlaceMention] {
        [from, to].compactMap { $0?.guess == nil ? nil : $0 }
    }
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

    /// - Parameters:
    ///   - parallelism: threads for a long report's statements (`SentenceChunks`); the answer is the
    ///     same for any value.
    ///   - unlisted: finds ends the gazetteer lacks ("20 km from Gaskinde"); without it, a claim's
    ///     ends are `places` only.
    ///   - actors: where the report names capitals standing for governments: no end is read there.
    ///   - acceptsGuesses: whether a claim is verified when an end was reached only by a guess
    ///     (`--accept-guesses`); otherwise it names that end and is not verified.
    public func claims(
        in report: ReportText, places: [PlaceMention], tolerance: Tolerance = .standard,
        parallelism: Int = ParallelWork.cores, unlisted: UnlistedEnds? = nil, actors: [Range<Int>] = [], acceptsGuesses: Bool = false
    ) -> [DistanceClaimMention] {
        let countries = resolver.map { Self.countriesByMentions(places, in: report, table: $0.gazetteer.countries) } ?? []
        // A statement repeated through a report ("40 km", "about 100 km") is read once.
        var readings: [String: StatedDistance?] = [:]
        var statements: [Statement] = report.matches(
            lexicon.patterns.distance, nearDigits: true
        )
        .compactMap { range, groups in
            // "a 2,000-km flight": the hyphen of a compound adjective is no part of the length.
            guard let statement = groups[1].map(Self.unhyphenated) else { return nil }
            if readings[statement] == nil {
                readings.updateValue(try? StatedDistance.parse(statement, hedges: lexicon.hedges), forKey: statement)
            }
            guard let stated = readings[statement] ?? nil else { return nil }
            return (range, stated, groups[2]?.trimmingWhitespace(), range)
        }
        // "respectively 75, 185 and 260 kilometers north of the capital": the numbers before the last share its
        // unit, and its far end.
        // "(46, 114 and 160 miles)" after them is the same list in another unit: no statement of its own.
        // Each statement's list is read once: it decides both the bracket and the items below.
        let listed = statements.map { (statement: $0, list: numberList(before: $0, in: report)) }
        let otherUnitLists = listed.filter { $0.list?.opensBracket == true }.map(\.statement)
        let kept = listed.filter { $0.list?.opensBracket != true }
        statements = kept.map { statement, _ in
            // The far end is read past that bracket: "260 kilometers (… 160 miles) north of the capital".
            guard let other = otherUnitLists.first(where: { $0.range.lowerBound > statement.range.upperBound }),
                other.range.lowerBound - statement.range.upperBound <= 40,
                report.substring(statement.range.upperBound..<other.range.lowerBound).hasPrefix(" ("),
                other.range.upperBound < report.scalars.count, report.scalars[other.range.upperBound] == ")"
            else { return statement }
            return (statement.range, statement.stated, statement.paired, statement.range.lowerBound..<(other.range.upperBound + 1))
        }
        // The bracket's span does not move the list before the statement, so the list read above stands.
        statements += zip(statements, kept).flatMap { statement, item in item.list.map { listItems($0, of: statement, in: report) } ?? [] }
        // "three hundred kilometres": the number in words, with the hedge before it.
        for (range, groups) in report.matches(SpelledNumber.pattern) where !statements.contains(where: { $0.range.overlaps(range) }) {
            guard let words = groups[1], let unit = groups[2],
                let value = SpelledNumber.value(words)
                    ?? SpelledNumber.single(
                        words, unit,
                        hyphenAfter: report.substring(range.upperBound..<min(range.upperBound + 1, report.scalars.count)) == "-")
            else { continue }
            let hedge = report.previousWords(before: range.lowerBound, count: 2).reversed().joined(separator: " ")
            let phrase = lexicon.hedges.phrases.first { hedge.hasSuffix($0.phrase) }?.phrase
            guard
                let stated = try? StatedDistance.parse(
                    [phrase, "\(value.rounded() == value ? String(Int(value)) : String(value)) \(unit)"].compactMap { $0 }
                        .joined(separator: " "), hedges: lexicon.hedges)
            else { continue }
            statements.append((range, stated, nil, range))
        }
        let ordered = statements.sorted { $0.range.lowerBound < $1.range.lowerBound }
        let unlistedEnds =
            unlisted?.mentions(in: report, nearStatements: ordered.map(\.range), taken: places.map { $0.start..<$0.end } + actors) ?? []
        let endpoints = ClaimEndpoints(
            report: report, lexicon: lexicon, places: places + unlistedEnds, statementStarts: ordered.map(\.range.lowerBound),
            isCapital: resolver.map { resolver in { resolver.gazetteer.countries.isCapital($0.name, code: $0.countryCode) } })
        // Statements per sentence, counted once (a count per claim made long lists quadratic).
        var statementsPerSentence: [Int: Int] = [:]
        for statement in ordered {
            statementsPerSentence[report.sentence(containing: statement.range.lowerBound).lowerBound, default: 0] += 1
        }
        let reading = Reading(
            report: report, countries: countries, endpoints: endpoints, statementsPerSentence: statementsPerSentence, tolerance: tolerance,
            acceptsGuesses: acceptsGuesses)
        // A long report's statements in chunks of whole sentences on every core, each with its own
        // measure (a GEOS context is one thread's).
        let chunks = SentenceChunks.chunks(of: ordered, in: report, parallelism: max(1, parallelism), range: \.range)
        return ParallelWork.map(chunks.count) { read(chunks[$0], reading) }.flatMap { $0 }
    }

    /// A stated length: where the report states it, what it states, the other unit's figure given beside it
    /// ("(25 miles)"), and the span read for its kind and far end: its own range, or, for a number of a list
    /// that shares the last one's unit ("75, 185 and 260 kilometers north of"), from it to the list's end.
    typealias Statement = (range: Range<Int>, stated: StatedDistance, paired: String?, span: Range<Int>)

    /// The numbers listed right before a statement ("75, 185 and " before "260 kilometers"): the list's text,
    /// where it starts, and whether a bracket opens it ("(46, 114 and 160 miles)": the figures of another list).
    private func numberList(before statement: Statement, in report: ReportText) -> (text: Substring, start: Int, opensBracket: Bool)? {
        let lead = report.substring(max(0, statement.range.lowerBound - 60)..<statement.range.lowerBound)
        let whole = NSRange(lead.startIndex..., in: lead)
        guard let list = Self.numberList.firstMatch(in: lead, range: whole), let listRange = Range(list.range, in: lead) else {
            return nil
        }
        let start = statement.range.lowerBound - lead[listRange.lowerBound...].unicodeScalars.count
        return (lead[listRange], start, lead[..<listRange.lowerBound].hasSuffix("("))
    }

    /// "75, 185 and 260 kilometers": the numbers of `list` share the unit of `last`, as statements of their own.
    private func listItems(
        _ list: (text: Substring, start: Int, opensBracket: Bool), of last: Statement, in report: ReportText
    ) -> [Statement] {
        let text = report.substring(last.range)
        guard let unitStart = text.firstIndex(where: { $0.isLetter }) else { return [] }
        let unit = String(text[unitStart...])
        var items: [Statement] = []
        var offset = list.start
        for piece in list.text.split(separator: " ", omittingEmptySubsequences: false) {
            defer { offset += piece.unicodeScalars.count + 1 }
            let number = piece.trimmingCharacters(in: CharacterSet(charactersIn: ","))
            guard number.first?.isNumber == true, let stated = try? StatedDistance.parse("\(number) \(unit)", hedges: lexicon.hedges)
            else { continue }
            items.append((offset..<(offset + number.unicodeScalars.count), stated, nil, offset..<last.span.upperBound))
        }
        return items
    }

    /// Numbers listed before a last one with a unit: "75, 185 and ", "20 and ".
    private static let numberList = try! NSRegularExpression(
        pattern: "(?<![\\d,.])(\\d+(?:\\.\\d+)?(?:, \\d+(?:\\.\\d+)?)*,? and )$")

    /// What every chunk of a report's statements is read against.
    private struct Reading {
        let report: ReportText
        let countries: [String]
        let endpoints: ClaimEndpoints
        let statementsPerSentence: [Int: Int]
        let tolerance: Tolerance
        let acceptsGuesses: Bool
    }

    /// The claims of `statements` (whole sentences of them, in text order).
    private func read(
        _ statements: [Statement], _ reading: Reading
    ) -> [DistanceClaimMention] {
        let report = reading.report, countries = reading.countries, endpoints = reading.endpoints, tolerance = reading.tolerance
        let statementsPerSentence = reading.statementsPerSentence
        let finder = resolver.map { AreaMentionFinder(resolver: $0) }
        let measure = EndpointMeasure()
        var found: [DistanceClaimMention] = []
        found.reserveCapacity(statements.count)
        for (range, stated, paired, span) in statements {
            let sentence = report.sentence(containing: range.lowerBound)
            let text = report.substring(range)
            let kind = ClaimKind.read(
                before: report.previousWords(before: range.lowerBound, count: 6),
                after: report.nextWords(after: span.upperBound, count: 3), unit: stated.unit,
                lexicon: lexicon)
            func claim(
                from: PlaceMention? = nil, to: PlaceMention? = nil, area: AreaMention? = nil, unnamed: String? = nil,
                verification: DistanceVerification? = nil
            ) -> DistanceClaimMention {
                DistanceClaimMention(
                    text: text, start: range.lowerBound, end: range.upperBound, stated: stated, kind: kind, pairedText: paired, from: from,
                    to: to, toArea: area, unnamedEndpoint: unnamed, verification: verification)
            }
            // An apogee is no ground distance, and a zone or a size no distance between two places.
            if kind == .altitude || kind == .zone || kind == .size {
                found.append(claim())
                continue
            }
            switch finder?.area(after: span.upperBound, in: report, countries: countries) {
            case let .unnamed(phrase): found.append(claim(unnamed: phrase))
            case let .area(area):
                // The near end is the place the sentence names before the number, never one after it.
                let subject = endpoints.located(before: range.lowerBound, in: sentence)
                let verification = subject.flatMap { place -> DistanceVerification? in
                    guard place.kind != .unlisted, place.guess == nil || reading.acceptsGuesses else { return nil }
                    let start = Endpoint.place(place.place), end = Endpoint.area(area.area)
                    guard let measured = try? measure.distance(from: start, to: end) else { return nil }
                    return DistanceVerifier().verify(from: start, to: end, measured: measured, stated: stated, tolerance: tolerance)
                }
                found.append(claim(from: subject, area: area, verification: verification))
            case nil:
                // Claims are found in text order: the previous one is in this sentence or none is.
                let earlier = found.last.flatMap { sentence.contains($0.start) ? $0 : nil }
                let (near, far) = endpoints.ends(
                    of: span, kind: kind, earlier: earlier, statementsInSentence: statementsPerSentence[sentence.lowerBound] ?? 0)
                guard let near, let far, near.place != far.place else {
                    // A place is never measured from itself: where both ends are one place ("in Hanoi's My
                    // Duc district, 40 km south of the capital"), the near end is something unnamed in it.
                    found.append(near?.place == far?.place && far != nil ? claim(from: nil, to: far) : claim(from: near, to: far))
                    continue
                }
                // A range or flight is a ground distance only to the place named after it ("flew 800 km
                // from Kharkiv") or between places the sentence joins with from … to.
                let joined = far.start > span.upperBound || ["from", "between"].contains(report.previousWord(before: near.start))
                if kind == .flight, !joined {
                    found.append(claim())
                    continue
                }
                // An end the gazetteer lacks is named, and nothing is measured; so is a guessed end unless
                // guesses are accepted.
                if near.kind == .unlisted || far.kind == .unlisted || (!reading.acceptsGuesses && (near.guess != nil || far.guess != nil)) {
                    found.append(claim(from: near, to: far))
                    continue
                }
                found.append(
                    claim(
                        from: near, to: far,
                        verification: DistanceVerifier().verify(from: near.place, to: far.place, stated: stated, tolerance: tolerance)))
            }
        }
        return found
    }

    /// "2,000-km" → "2,000 km": a hyphen between a digit and a letter becomes a space.
    static func unhyphenated(_ statement: String) -> String {
        var scalars = Array(statement.unicodeScalars)
        for index in scalars.indices.dropFirst().dropLast() where scalars[index] == "-" {
            if Scalars.isDigit(scalars[index - 1]), Scalars.isLetter(scalars[index + 1]) { scalars[index] = " " }
        }
        return String(String.UnicodeScalarView(scalars))
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
}
