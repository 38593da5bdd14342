import Gazetteer
import Geodesy

/// An area or boundary a stated distance runs to, as a report names it after the number: "1,600 km
/// from Yemen", "30 km from the Russian border", "20 km off the coast", "600 km east of the border".
public struct AreaMention: Sendable {
    public let text: String
    public let start: Int
    public let end: Int
    public let area: AreaEndpoint
    /// How the report's words were widened or completed, when they were: "the border" read as the
    /// border between the report's two countries, "the coast of Crimea" as the nearest coast. A guess,
    /// so it is said in text and JSON.
    public let inference: String?
}

/// Finds the area after a distance statement.
struct AreaMentionFinder {
    enum Found {
        case area(AreaMention)
        /// A boundary the report leaves unnamed ("the border" in a report with no two neighbouring
        /// countries): the claim runs to it, so it must not be paired with two other places.
        case unnamed(String)
    }

    let resolver: EndpointResolver

    /// Words that lead from a distance to what it is measured from.
    private static let connectors: Set<String> = ["from", "of", "off", "to", "inside", "into", "beyond"]
    /// Direction words that may stand between the number and the connector ("east of", "north-west of").
    private static let maximumWordsBeforeConnector = 3
    private static let maximumPhraseWords = 6

    /// The area named in the clause after `offset`, if any; `countries` are the report's places'
    /// countries, most mentioned first, for a bare "the border".
    func area(after offset: Int, in report: ReportText, countries: [String]) -> Found? {
        let words = report.clauseWords(after: offset, count: Self.maximumWordsBeforeConnector + 1 + Self.maximumPhraseWords)
        guard
            let connector = words.prefix(Self.maximumWordsBeforeConnector + 1).firstIndex(where: {
                Self.connectors.contains($0.word.lowercased())
            })
        else { return nil }
        let phrase = Array(words[(connector + 1)...])
        let table = resolver.gazetteer.countries
        for length in stride(from: min(phrase.count, Self.maximumPhraseWords), through: 1, by: -1) {
            let candidate = phrase[0..<length]
            let text = candidate.map(\.word).joined(separator: " ")
            let range = candidate.first!.range.lowerBound..<candidate.last!.range.upperBound
            if text.lowercased().hasPrefix("file:") { continue }
            // A country's name that a capitalised word goes on ("Guatemala City", "Kuwait City") starts a
            // place's name: that place is the end, not the country.
            let nameGoesOn = length < phrase.count && phrase[length].word.unicodeScalars.first.map(Scalars.isUpper) == true
            if !nameGoesOn, let reference = AreaReference.parse(text, countries: table) {
                // "the coast of Crimea": the coast is read, Crimea is not a country; say so.
                let unread = length < phrase.count && ["of", "with"].contains(phrase[length].word.lowercased())
                let inference = unread ? "'\(text) \(phrase[length...].map(\.word).joined(separator: " "))' read as '\(text)'" : nil
                return mention(reference, text: report.substring(range), range: range, inference: inference).map { .area($0) }
            }
            if ["the border", "the frontier", "the front", "the front line", "the frontline"].contains(text.lowercased()) {
                guard text.lowercased().hasPrefix("the border") || text.lowercased() == "the frontier", let pair = borderPair(countries),
                    let found = mention(
                        .border(code: pair[0], neighbour: pair[1]), text: report.substring(range), range: range,
                        inference: "'\(text)' read as the \(pair.map { table.name(forCode: $0) ?? $0 }.joined(separator: "–")) border, "
                            + "the report's two most named countries")
                else { return .unnamed(report.substring(range)) }
                return .area(found)
            }
        }
        return nil
    }

    private func mention(_ reference: AreaReference, text: String, range: Range<Int>, inference: String?) -> AreaMention? {
        guard let area = try? resolver.resolve(reference) else { return nil }
        return AreaMention(text: text, start: range.lowerBound, end: range.upperBound, area: area, inference: inference)
    }

    /// The two most named countries, when they share a land border.
    private func borderPair(_ countries: [String]) -> [String]? {
        guard countries.count >= 2 else { return nil }
        let pair = Array(countries.prefix(2))
        guard let area = try? resolver.resolve(.border(code: pair[0], neighbour: pair[1])), !area.boundary.lines.isEmpty else { return nil }
        return pair
    }
}
