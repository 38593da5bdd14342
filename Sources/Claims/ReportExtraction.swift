import Gazetteer

/// Everything `extract` finds in one report.
public struct ReportExtraction: Sendable {
    public let places: [PlaceMention]
    public let dates: [DateMention]
    public let distanceClaims: [DistanceClaimMention]
    public let events: [EventMention]

    /// - Parameter resolver: names of areas ("from Yemen", "the Russian border") for distance claims;
    ///   without one, claims run between places only.
    public init(text: String, gazetteer: Gazetteer, lexicon: Lexicon, resolver: EndpointResolver? = nil, tolerance: Tolerance = .standard) {
        let report = ReportText(text)
        places = PlaceExtractor(gazetteer: gazetteer, lexicon: lexicon).places(in: report)
        dates = DateExtractor(lexicon: lexicon).dates(in: report)
        distanceClaims = DistanceClaimExtractor(lexicon: lexicon, resolver: resolver).claims(
            in: report, places: places, tolerance: tolerance)
        events = EventExtractor(lexicon: lexicon).events(in: report, places: places, dates: dates)
    }
}
