import Gazetteer

/// Everything `extract` finds in one report.
public struct ReportExtraction: Sendable {
    public let places: [PlaceMention]
    public let dates: [DateMention]
    public let distanceClaims: [DistanceClaimMention]
    public let events: [EventMention]

    public init(text: String, gazetteer: Gazetteer, tolerance: Tolerance = .standard) {
        let report = ReportText(text)
        places = PlaceExtractor(gazetteer: gazetteer).places(in: report)
        dates = DateExtractor().dates(in: report)
        distanceClaims = DistanceClaimExtractor().claims(in: report, places: places, tolerance: tolerance)
        events = EventExtractor().events(in: report, places: places, dates: dates)
    }
}
