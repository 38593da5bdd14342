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
    public let verification: DistanceVerification?
}

/// Finds distance statements ("flew 460km (285 miles)", "about 1,000 km from Kyiv") and the places
/// they relate: "from X to Y" / "between X and Y" when the sentence says so, else the sentence's first
/// two places; with two places the claim is verified.
public struct DistanceClaimExtractor {
    /// The hedge grammar and the claim pattern.
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
    }

    public func claims(in report: ReportText, places: [PlaceMention], tolerance: Tolerance = .standard) -> [DistanceClaimMention] {
        report.matches(lexicon.patterns.distance).compactMap { range, groups in
            guard let statement = groups[1], let stated = try? StatedDistance.parse(statement, hedges: lexicon.hedges) else { return nil }
            let sentence = report.sentence(containing: range.lowerBound)
            let inSentence = places.filter { sentence.contains($0.start) }
            let (from, to) = pair(inSentence, in: report)
            let verification = from.flatMap { a in
                to.map { b in
                    DistanceVerifier().verify(from: a.place, to: b.place, stated: stated, tolerance: tolerance)
                }
            }
            return DistanceClaimMention(
                text: report.substring(range), start: range.lowerBound, end: range.upperBound, stated: stated,
                pairedText: groups[2]?.trimmingCharacters(in: .whitespaces), from: from, to: to, verification: verification)
        }
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
