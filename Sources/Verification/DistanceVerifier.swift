import Foundation
import Gazetteer
import Geodesy

/// The three answers a careful fact-checker gives about a stated distance.
public enum Verdict: String, Sendable, Codable {
    /// The distance between the places' centres agrees with the statement.
    case consistent
    /// Only some points of the two places agree: fine if the report meant a particular part of a city
    /// or a site near it, not the centres.
    case plausible
    /// No points of the two places agree with the statement.
    case inconsistent
}

/// A stated distance checked against the geodesic between two places, or to an area's nearest point.
public struct DistanceVerification: Sendable {
    public let from: Endpoint
    public let to: Endpoint
    public let stated: StatedDistance
    public let tolerance: Tolerance
    /// Centre to centre on WGS84, or to the nearest boundary point of an area.
    public let computedMeters: Double
    /// Where the computed distance runs, with whether the start lies inside an area.
    public let measured: BoundaryDistance
    /// Closest and farthest points of the two places' extents.
    public let minMeters: Double
    public let maxMeters: Double
    /// The range of real distances the statement allows, after precision, hedge and tolerance.
    public let acceptedMinMeters: Double
    public let acceptedMaxMeters: Double
    public let verdict: Verdict
    public let explanation: String

    /// Computed minus stated: positive when the places are farther apart than stated.
    public var differenceMeters: Double { computedMeters - stated.length.meters }
    public var relativeDifference: Double { differenceMeters / stated.length.meters }
}

/// Compares stated distances with geodesics, reasoning about precision, hedges and place extents.
public struct DistanceVerifier: Sendable {
    public init() {}

    public func verify(from: Place, to: Place, stated: StatedDistance, tolerance: Tolerance = .standard) -> DistanceVerification {
        let meters = Geodesic.wgs84.inverse(from: from.coordinate, to: to.coordinate).distanceMeters
        let measured = BoundaryDistance(
            distanceMeters: meters, isInside: false, nearestFrom: from.coordinate, nearestTo: to.coordinate, boundaryDistanceMeters: meters)
        return verify(from: .place(from), to: .place(to), measured: measured, stated: stated, tolerance: tolerance)
    }

    /// Checks `stated` against a distance already measured between two endpoints of any kind
    /// (`EndpointMeasure`). An area's edge is where it is measured to, so only places add an extent.
    public func verify(
        from: Endpoint, to: Endpoint, measured: BoundaryDistance, stated: StatedDistance, tolerance: Tolerance = .standard
    ) -> DistanceVerification {
        let computed = measured.distanceMeters
        let reach = [from, to].reduce(0.0) { sum, endpoint in sum + (endpoint.place.map(PlaceExtent.radiusMeters) ?? 0) }
        let minMeters = max(0, computed - reach), maxMeters = computed + reach
        let (low, high) = acceptedRange(stated, tolerance: tolerance)
        let verdict: Verdict
        if (low...high).contains(computed) {
            verdict = .consistent
        } else if maxMeters >= low && minMeters <= high {
            verdict = .plausible
        } else {
            verdict = .inconsistent
        }
        let explanation = explain(
            from: from, to: to, stated: stated, tolerance: tolerance, computed: computed,
            extent: (minMeters, maxMeters), accepted: (low, high), verdict: verdict)
        return DistanceVerification(
            from: from, to: to, stated: stated, tolerance: tolerance, computedMeters: computed, measured: measured,
            minMeters: minMeters, maxMeters: maxMeters, acceptedMinMeters: low, acceptedMaxMeters: high,
            verdict: verdict, explanation: explanation)
    }

    /// The real distances a statement allows: its precision and the tolerance on the sides the hedge leaves open.
    func acceptedRange(_ stated: StatedDistance, tolerance: Tolerance) -> (Double, Double) {
        let value = stated.length.meters
        let slack = stated.precisionMeters + tolerance.meters(for: stated.length)
        switch stated.qualifier {
        case .approximately: return (max(0, value - slack), value + slack)
        case .nearly: return (max(0, value - slack), value + stated.precisionMeters)
        case .atLeast: return (max(0, value - slack), Length.maximumMeters)
        case .atMost: return (0, value + slack)
        }
    }

    private func explain(
        from: Endpoint, to: Endpoint, stated: StatedDistance, tolerance: Tolerance, computed: Double,
        extent: (Double, Double), accepted: (Double, Double), verdict: Verdict
    ) -> String {
        let otherUnit: LengthUnit =
            [.feet, .yards].contains(stated.unit) ? .meters : stated.unit == .kilometers || stated.unit == .meters ? .miles : .kilometers
        let both = { (meters: Double) -> String in
            let length = Length(meters: meters)
            return "\(length.rounded(in: stated.unit)) (\(length.rounded(in: otherUnit)))"
        }
        let unit = stated.unit
        let range = { (low: Double, high: Double) -> String in
            let lowText = Length.grouped(
                Length.plainNumber(Length(meters: low).value(in: unit), maximumDecimals: low < 100 * unit.meters ? 1 : 0))
            return high >= Length.maximumMeters
                ? "\(lowText) \(unit.symbol) or more" : "\(lowText)–\(Length(meters: high).rounded(in: unit))"
        }
        let centres: String
        switch (from, to) {
        case (.place, .place):
            centres = "\(from.name) and \(to.name) are \(both(computed)) apart between their centres"
        case (.place, .area), (.area, .place):
            let (place, area) = from.place == nil ? (to, from) : (from, to)
            centres =
                computed == 0
                ? "\(place.name) lies inside \(area.name) (0 km)"
                : "\(place.name) is \(both(computed)) from the nearest point of \(area.name)"
        case (.area, .area):
            centres =
                computed == 0
                ? "\(from.name) and \(to.name) meet (0 km)"
                : "\(from.name) and \(to.name) are \(both(computed)) apart at their nearest points"
        }
        let edges = from.place != nil && to.place != nil ? "between their edges" : "allowing for the place's extent"
        let places = extent.1 - extent.0 > 1 ? " (\(range(extent.0, extent.1)) \(edges))" : ""
        let reading =
            "the statement '\(stated.text)' (\(stated.length.rounded(in: otherUnit))) allows \(range(accepted.0, accepted.1)) with a "
            + "\(tolerance) tolerance"
        switch verdict {
        case .consistent:
            return "Consistent: \(centres)\(places); \(reading)."
        case .plausible:
            return "Plausible only between the places' edges, not their centres: \(centres)\(places); \(reading)."
        case .inconsistent:
            let direction = computed > stated.length.meters ? "farther apart" : "closer together"
            return "Inconsistent: \(centres)\(places); \(reading), so the places are \(direction) than stated."
        }
    }
}
