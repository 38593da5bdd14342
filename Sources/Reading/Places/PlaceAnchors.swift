import Gazetteer
import Geodesy

/// The places a report is surely about, near which its other names are read (toponym resolution in
/// passes, as CLIFF does it): the dateline, and the confident places of the first pass that lie in a
/// country the text names (or, when it names none, the large ones). A name whose best match lies far
/// from all of them, in a country neither named nor anchored, is more likely a person's, an
/// organisation's or a fragment of a longer name than a village across the world ("Murray" in a
/// report on Guyana, "Golan" of the Golan Heights read as Iran's).
struct PlaceAnchors: Sendable {
    struct Anchor: Sendable {
        /// Where the anchoring mention starts: a place never anchors itself.
        let start: Int
        let coordinate: Coordinate
    }

    let anchors: [Anchor]
    /// Countries named in the text and the anchors' countries.
    let countries: Set<String>

    /// How far from every anchor a small place in another country may lie before it is an outlier.
    /// Reports range widely within a region (Sahel reports cross three countries; Eilat is 1,900 km
    /// from Sanaa, but both countries are named then): 1,500 km keeps a region and drops a continent.
    static let reachMeters = 1_500_000.0
    /// A place this populous is named for itself, far or not (a report on the Red Sea mentions Gaza).
    static let selfStandingPopulation = 200_000
    /// Without a named country, first-pass places this populous anchor.
    static let anchoringPopulation = 100_000

    init(firstPass places: [PlaceMention], named: Set<String>, isCapital: (Place) -> Bool) {
        let chosen = places.filter { mention in
            guard mention.isStrong, mention.alternatives.isEmpty else { return false }
            if mention.evidence.contains(.dateline) || named.contains(mention.place.countryCode) { return true }
            return named.isEmpty && (mention.place.population >= Self.anchoringPopulation || isCapital(mention.place))
        }
        anchors = chosen.map { Anchor(start: $0.start, coordinate: $0.place.coordinate) }
        countries = named.union(chosen.map(\.place.countryCode))
    }

    var isEmpty: Bool { anchors.isEmpty }

    /// The geodesic distance from `coordinate` to the nearest anchor not starting at `start`.
    func nearestMeters(to coordinate: Coordinate, excluding start: Int) -> Double? {
        anchors.filter { $0.start != start }.map { Geodesic.wgs84.inverse(from: $0.coordinate, to: coordinate).distanceMeters }.min()
    }

    /// Whether `place` (found at `start`) lies beyond reach of every other anchor, in a country the
    /// report neither names nor anchors, and is too small to be named for itself.
    func isFarOutlier(_ place: Place, start: Int, isCapital: Bool) -> Bool {
        // A region named for itself is wide and well known (Alaska, Hawaii in a report on Guam).
        guard place.kind == .populatedPlace || place.kind == .site else { return false }
        guard !countries.contains(place.countryCode), place.population < Self.selfStandingPopulation, !isCapital else { return false }
        guard let nearest = nearestMeters(to: place.coordinate, excluding: start) else { return false }
        return nearest > Self.reachMeters
    }
}
