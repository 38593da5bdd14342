import Foundation
import Gazetteer
import Verification

/// Everything `extract` finds in one report.
public struct ReportExtraction: Sendable {
    public let places: [PlaceMention]
    /// Capitals standing for their governments ("Tokyo protested"): named, but no event's place.
    public let actors: [ActorMention]
    public let dates: [DateMention]
    public let distanceClaims: [DistanceClaimMention]
    public let events: [EventMention]
    /// The outline of each region the report names ("the Zaporizhzhia region"), by the mention's
    /// start offset, when a resolver was given, outlines were asked for and the region is known: a
    /// map shades it instead of putting a point at its main city.
    public let regionAreas: [Int: AreaEndpoint]
    /// How many invisible format characters (soft hyphens, zero-width spaces and joiners) were
    /// removed before reading; offsets count code points of the text without them.
    public let invisibleCharactersRemoved: Int
    /// Why each place candidate was decided, rule by rule (`extract --explain`); empty unless asked.
    public let placeDecisions: [PlaceDecision]

    /// - Parameters:
    ///   - resolver: names of areas ("from Yemen", "the Russian border") for distance claims; without
    ///     one, claims run between places only.
    ///   - outliningRegions: whether to find `regionAreas` (for a draft map; reading the region
    ///     outlines is a tenth of an extraction's time).
    ///   - explaining: whether to keep `placeDecisions`.
    ///   - filed: when the report was filed, given beside it (a feed's date): the reference for its
    ///     relative dates instead of a dateline read from the text.
    ///   - sharedAnswers: gazetteer answers kept across the reports of a run (a feed names the same
    ///     places again and again); the extraction is the same with or without them.
    ///   - acceptsGuesses: whether claims are verified to places reached only by a guess
    ///     (`--accept-guesses`); the places are found and marked either way.
    public init(
        text: String, gazetteer: Gazetteer, lexicon: Lexicon, resolver: EndpointResolver? = nil, tolerance: Tolerance = .standard,
        outliningRegions: Bool = false, explaining: Bool = false, filed: Date? = nil, sharedAnswers: GazetteerAnswers? = nil,
        acceptsGuesses: Bool = false
    ) {
        let (readable, removed) = InvisibleCharacters.removing(from: text)
        invisibleCharactersRemoved = removed
        let report = ReportText(readable)
        let placeExtractor = PlaceExtractor(
            gazetteer: gazetteer, lexicon: lexicon, explaining: explaining ? .knownNames : .off, sharedAnswers: sharedAnswers)
        // A long report's places and claims are read in chunks of whole sentences on every core
        // (`SentenceChunks`); the answer is the same on any number.
        (places, actors) = placeExtractor.extract(report)
        placeDecisions = placeExtractor.decisions
        dates = DateExtractor(lexicon: lexicon).dates(in: report, filed: filed)
        let unlisted = UnlistedEnds(
            lexicon: lexicon, isListed: placeExtractor.isListed, isNamedOtherwise: { placeExtractor.isNamedOtherwise($0, at: $1) })
        distanceClaims = DistanceClaimExtractor(lexicon: lexicon, resolver: resolver).claims(
            in: report, places: places, tolerance: tolerance, unlisted: unlisted, actors: actors.map { $0.start..<$0.end },
            acceptsGuesses: acceptsGuesses)
        events = EventExtractor(lexicon: lexicon).events(in: report, places: places, dates: dates)
        var regionAreas: [Int: AreaEndpoint] = [:]
        if let resolver, outliningRegions {
            for mention in places where mention.kind == .admin1 {
                let reference = AreaReference.region(name: mention.text, country: mention.place.countryCode)
                regionAreas[mention.start] = try? resolver.resolve(reference)
            }
        }
        self.regionAreas = regionAreas
    }
}
