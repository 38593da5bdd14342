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
    static let unitPattern = "(?:km|kms|kilometres|kilometers|kilometre|kilometer|mi|miles|mile|nautical miles|nmi|nm|metres|meters|m)"
    static let hedgePattern = "(?:(?:about|around|roughly|approximately|some|nearly|almost|more than|over|at least|up to|less than|under|within|just under|~)\\s+)?"
    static let numberPattern = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?"
    private static let distance = try! NSRegularExpression(
        pattern: "\\b(\(hedgePattern)(?:\(numberPattern))\\s?\(unitPattern))\\b(?:\\s*\\((\\s*(?:\(numberPattern))\\s?\(unitPattern))\\s*\\))?",
        options: [.caseInsensitive])

    public init() {}

    public func claims(in report: ReportText, places: [PlaceMention], tolerance: Tolerance = .standard) -> [DistanceClaimMention] {
        report.matches(Self.distance).compactMap { range, groups in
            guard let statement = groups[1], let stated = try? StatedDistance.parse(statement) else { return nil }
            let sentence = report.sentence(containing: range.lowerBound)
            let inSentence = places.filter { sentence.contains($0.start) }
            let (from, to) = pair(inSentence, in: report)
            let verification = from.flatMap { a in to.map { b in
                DistanceVerifier().verify(from: a.place, to: b.place, stated: stated, tolerance: tolerance)
            } }
            return DistanceClaimMention(text: report.substring(range), start: range.lowerBound, end: range.upperBound, stated: stated,
                                        pairedText: groups[2]?.trimmingCharacters(in: .whitespaces), from: from, to: to, verification: verification)
        }
    }

    /// "from X to Y", "between X and Y": the places after those words; otherwise the first two.
    private func pair(_ places: [PlaceMention], in report: ReportText) -> (PlaceMention?, PlaceMention?) {
        let origin = places.first { ["from", "between"].contains(report.previousWord(before: $0.start)) }
        let destination = places.first { $0.start > (origin?.start ?? -1) && ["to", "and"].contains(report.previousWord(before: $0.start)) }
        if let origin, let destination { return (origin, destination) }
        let distinct = places.reduce(into: [PlaceMention]()) { list, place in
            if !list.contains(where: { $0.place == place.place }) { list.append(place) }
        }
        return distinct.count >= 2 ? (distinct[0], distinct[1]) : (nil, nil)
    }
}
