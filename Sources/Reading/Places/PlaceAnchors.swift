import Gazetteer
import Geodesy

/// The places a report is surely about, near which its other names are read (toponym resolution in
/// passes, as CLIFF does it): the dateline, and the confident places of the first pass that lie in a
/// country the text names (or, when it names none, the large ones). A name whose best match lies far
/// from all of them, in a country neither named nor anchored, is more likely a person's, an
/// organisation's or a fragment of a longer name than a village across the world ("Murray" in a
/// report on Guyana, "Golan" of the Golan Heights read as Iran's).
struct PlaceAnchors: Sendable {
    /// One anchoring place: where it lies and where the report names it.
    struct Anchor: Sendable {
        let coordinate: Coordinate
        /// The geocentric direction, for `PlaceIndex.lowerBoundMeters`.
        let direction: SIMD3<Double>
        /// Where the mentions that anchor here start: a place never anchors itself.
        var starts: [Int]
    }

    /// The distinct anchoring places, in the order the report first names them.
    let anchors: [Anchor]
    /// Countries named in the text, the anchors' countries and those of regions placed surely.
    let countries: Set<String>

    /// How far from every anchor a small place in another country may lie before it is an outlier.
    /// Reports range widely within a region (Sahel reports cross three countries; Eilat is 1,900 km
    /// from Sanaa, but both countries are named then): 1,500 km keeps a region and drops a continent.
    static let reachMeters = 1_500_000.0
    /// A place this populous is named for itself, far or not (a report on the Red Sea mentions Gaza).
    static let selfStandingPopulation = 200_000
    /// Without a named country, first-pass places this populous anchor.
    static let anchoringPopulation = 100_000
    /// The most distinct places that anchor (the first a report names): far more than any report has,
    /// and a bound on each nearest-anchor query, so hostile text of many towns stays linear.
    static let maximumAnchors = 2_000

    init(firstPass places: [PlaceMention], named: Set<String>, isCapital: (Place) -> Bool) {
        let chosen = places.filter { mention in
            guard mention.isStrong, mention.alternatives.isEmpty else { return false }
            if mention.evidence.contains(.dateline) || named.contains(mention.place.countryCode) { return true }
            return named.isEmpty && (mention.place.population >= Self.anchoringPopulation || isCapital(mention.place))
        }
        // Repeated mentions of one place share an anchor, so a query costs the distinct places only.
        var distinct: [Anchor] = []
        var indexOf: [Coordinate: Int] = [:]
        for mention in chosen {
            if let index = indexOf[mention.place.coordinate] {
                distinct[index].starts.append(mention.start)
            } else if distinct.count < Self.maximumAnchors {
                indexOf[mention.place.coordinate] = distinct.count
                distinct.append(
                    Anchor(
                        coordinate: mention.place.coordinate, direction: PlaceIndex.geocentricDirection(mention.place.coordinate),
                        starts: [mention.start]))
            }
        }
        anchors = distinct
        // A first-level region the report places surely names its country as well as the country's name
        // would ("a Pennsylvania church group" in a report on Kampala: Selinsgrove is no outlier).
        let regions = places.filter { $0.isStrong && $0.alternatives.isEmpty && $0.place.kind == .region && !$0.place.countryCode.isEmpty }
        countries = named.union(chosen.map(\.place.countryCode)).union(regions.map(\.place.countryCode))
    }

    var isEmpty: Bool { anchors.isEmpty }

    /// The geodesic distance from `coordinate` to the nearest anchor not starting at `start`.
    ///
    /// Geodesics are solved only for anchors whose lower bound (`PlaceIndex.lowerBoundMeters`) beats
    /// the nearest found so far (the least bound's first): usually one, whatever the number of anchors.
    func nearestMeters(to coordinate: Coordinate, excluding start: Int) -> Double? {
        nearestMeters(to: coordinate) { $0.starts == [start] }
    }

    /// The geodesic distance from a place to the nearest anchor that is not that place (named
    /// anywhere in the report): how far it lies from the report's other sure places.
    func nearestOtherMeters(to coordinate: Coordinate) -> Double? {
        nearestMeters(to: coordinate) { $0.coordinate == coordinate }
    }

    private func nearestMeters(to coordinate: Coordinate, skipping: (Anchor) -> Bool) -> Double? {
        let direction = PlaceIndex.geocentricDirection(coordinate)
        let bounds = anchors.enumerated().compactMap { index, anchor -> (bound: Double, index: Int)? in
            skipping(anchor) ? nil : (PlaceIndex.lowerBoundMeters(direction, anchor.direction), index)
        }
        guard let first = bounds.min(by: { $0.bound < $1.bound }) else { return nil }
        func meters(_ index: Int) -> Double { Geodesic.wgs84.inverse(from: anchors[index].coordinate, to: coordinate).distanceMeters }
        var nearest = meters(first.index)
        for (bound, index) in bounds where bound < nearest && index != first.index {
            nearest = min(nearest, meters(index))
        }
        return nearest
    }

    /// Whether `place` (found at `start`) lies beyond reach of every other anchor, in a country the
    /// report neither names nor anchors, and is too small to be named for itself.
    ///
    /// Only a city's own name stands for itself: a large city reached by another spelling (an alternate
    /// or transliterated name: "Khoms" → Homs, Syria, "Mambasa" → Mombasa, "Saggar" → Saugor) in a
    /// country the report does not name is a local name read as a famous one. Capitals stand either way
    /// ("Kiev").
    func isFarOutlier(_ place: Place, start: Int, isCapital: Bool, byOwnName: Bool = true) -> Bool {
        // A region named for itself is wide and well known (Alaska, Hawaii in a report on Guam).
        guard place.kind == .populatedPlace || place.kind == .site else { return false }
        let selfStanding = byOwnName && place.population >= Self.selfStandingPopulation
        guard !countries.contains(place.countryCode), !selfStanding, !isCapital else { return false }
        guard let nearest = nearestMeters(to: place.coordinate, excluding: start) else { return false }
        return nearest > Self.reachMeters
    }
}
