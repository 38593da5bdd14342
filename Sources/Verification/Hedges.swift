import Foundation
import Gazetteer

/// The one hedge grammar: the words before a stated distance ("about", "more than", "up to") and
/// what each makes of the number. `StatedDistance` reads a statement with it, and the claim pattern
/// of `DistanceClaimExtractor` is built from the same phrases, so the two never disagree.
public struct Hedges: Sendable {
    /// Longest phrase first, so "no more than" wins over "more than".
    public let phrases: [(phrase: String, qualifier: StatedDistance.Qualifier)]

    public init(phrases: [(String, StatedDistance.Qualifier)]) {
        self.phrases = phrases.map { (phrase: $0.0.lowercased(), qualifier: $0.1) }
            .sorted { ($0.phrase.count, $1.phrase) > ($1.phrase.count, $0.phrase) }
    }

    /// The hedge `text` starts with and the text after it; `.approximately` and the whole text when
    /// there is none.
    package func split(_ text: String) -> (StatedDistance.Qualifier, String) {
        let lowered = text.lowercased()
        guard let hedge = phrases.first(where: { lowered.hasPrefix($0.phrase) }) else { return (.approximately, text) }
        return (hedge.qualifier, text.dropFirst(hedge.phrase.count).trimmingWhitespace())
    }

    /// A regular-expression alternation of every phrase, longest first, metacharacters escaped.
    package var pattern: String {
        "(?:" + phrases.map { NSRegularExpression.escapedPattern(for: $0.phrase) }.joined(separator: "|") + ")"
    }
}
