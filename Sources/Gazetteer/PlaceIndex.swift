import Foundation
import Geodesy

/// Places bucketed in 1° × 1° cells, so a radius query solves geodesics only for nearby places.
///
/// A 460 km query touches about 100 cells (a few hundred places) instead of all 34,000. Candidate cells
/// come from a latitude band widened by the radius and a longitude band widened by 1/cos(latitude);
/// near a pole, or for radii over 5,000 km, every cell is a candidate. Candidates are then ranked by a
/// cheap lower bound on their distance (see `lowerBoundMeters`) and solved exactly in that order, so a
/// query with a `limit` stops after a few dozen geodesics even when the radius covers the globe. The
/// answer never depends on the cells or the bound being tight: both only ever let too much through.
public struct PlaceIndex: Sendable {
    /// A place with its geodesic distance and initial azimuth from the query centre.
    public struct Neighbour: Sendable {
        public let place: Place
        public let distanceMeters: Double
        public let azimuthDegrees: Double
    }

    let places: [Place]
    /// Unit vectors from the Earth's centre through each place (geocentric direction), for the bound.
    private let directions: [SIMD3<Double>]
    private let cells: [Int: [Int]]

    public init(places: [Place]) {
        self.places = places
        self.directions = places.map { PlaceIndex.geocentricDirection($0.coordinate) }
        var cells: [Int: [Int]] = [:]
        for (index, place) in places.enumerated() {
            cells[PlaceIndex.cellKey(place.coordinate.latitudeDegrees, place.coordinate.longitudeDegrees), default: []].append(index)
        }
        self.cells = cells
    }

    private static func cellKey(_ latitude: Double, _ longitude: Double) -> Int {
        let row = Int((latitude + 90).rounded(.down)), column = Int((Coordinate.normalizedLongitude(longitude) + 180).rounded(.down))
        return min(row, 179) * 360 + min(column, 359)
    }

    /// The direction of the point's position vector (ECEF on WGS84, normalised).
    public static func geocentricDirection(_ coordinate: Coordinate) -> SIMD3<Double> {
        let latitude = coordinate.latitudeDegrees * .pi / 180, longitude = coordinate.longitudeDegrees * .pi / 180
        let eccentricitySquared = WGS84.flattening * (2 - WGS84.flattening)
        let primeVertical = 1 / (1 - eccentricitySquared * sin(latitude) * sin(latitude)).squareRoot()
        let position = SIMD3(
            primeVertical * cos(latitude) * cos(longitude), primeVertical * cos(latitude) * sin(longitude),
            primeVertical * (1 - eccentricitySquared) * sin(latitude))
        return position / (position * position).sum().squareRoot()
    }

    /// A distance no geodesic between the two directions can beat: b × the angle between them.
    ///
    /// The ellipsoid lies outside the ball of radius b (the semi-minor axis), and projecting onto a convex
    /// ball never lengthens a curve, so every path on the ellipsoid is at least as long as its radial
    /// shadow on the sphere of radius b. Costs a dot product and an `atan2`, against ~1 µs for `geod_inverse`.
    public static func lowerBoundMeters(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Double {
        let cross = SIMD3(a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x)
        let angle = atan2((cross * cross).sum().squareRoot(), (a * b).sum())
        return WGS84.polarRadiusMeters * angle * (1 - 1e-12)
    }

    /// Places within `radiusMeters` of `center`, nearest first, ties broken by name; at most `limit` of them.
    ///
    /// Cost: one bound per candidate, a sort of the candidates inside the radius by bound, and one
    /// `geod_inverse` per candidate whose bound does not already exceed the `limit`-th distance found.
    public func within(_ radiusMeters: Double, of center: Coordinate, minimumPopulation: Int = 0, limit: Int = .max) -> [Neighbour] {
        let centerDirection = PlaceIndex.geocentricDirection(center)
        let ranked = candidateIndices(center: center, radiusMeters: radiusMeters)
            .compactMap { index -> (bound: Double, index: Int)? in
                guard places[index].population >= minimumPopulation else { return nil }
                let bound = PlaceIndex.lowerBoundMeters(centerDirection, directions[index])
                return bound <= radiusMeters ? (bound, index) : nil
            }
            .sorted { $0.bound < $1.bound }
        var found: [Neighbour] = []
        // The limit-th smallest distance so far, once that many are found; a later candidate whose bound
        // exceeds it cannot make the list. Trimming at twice the limit keeps the work O(n log limit).
        var cutoffMeters = Double.infinity
        for (bound, index) in ranked {
            if bound > cutoffMeters { break }
            let place = places[index]
            let result = Geodesic.wgs84.inverse(from: center, to: place.coordinate)
            guard result.distanceMeters <= radiusMeters else { continue }
            found.append(Neighbour(place: place, distanceMeters: result.distanceMeters, azimuthDegrees: result.initialAzimuthDegrees))
            if found.count / 2 >= max(limit, 1) {
                found = Array(found.sorted(by: PlaceIndex.precedes).prefix(limit))
                cutoffMeters = found.last?.distanceMeters ?? cutoffMeters
            }
        }
        return Array(found.sorted(by: PlaceIndex.precedes).prefix(limit))
    }

    /// The rows of places that may lie within `radiusMeters` of `center` (by the lower bound alone, no
    /// geodesic): a superset, for callers that measure the candidates themselves.
    func rows(within radiusMeters: Double, of center: Coordinate, minimumPopulation: Int) -> [Int] {
        let centerDirection = PlaceIndex.geocentricDirection(center)
        return candidateIndices(center: center, radiusMeters: radiusMeters).filter { index in
            places[index].population >= minimumPopulation && PlaceIndex.lowerBoundMeters(centerDirection, directions[index]) <= radiusMeters
        }
    }

    private static func precedes(_ a: Neighbour, _ b: Neighbour) -> Bool {
        (a.distanceMeters, a.place.name) < (b.distanceMeters, b.place.name)
    }

    private func candidateIndices(center: Coordinate, radiusMeters: Double) -> [Int] {
        // A degree of latitude is at least 110,574 m (at the equator); pad by a cell for safety.
        let latitudeSpan = radiusMeters / 110_574 + 1
        let south = center.latitudeDegrees - latitudeSpan, north = center.latitudeDegrees + latitudeSpan
        guard radiusMeters < 5_000_000, south > -89, north < 89 else { return Array(places.indices) }
        let widest = cos(max(abs(south), abs(north)) * .pi / 180)
        let longitudeSpan = latitudeSpan / max(widest, 0.01) + 1
        guard longitudeSpan < 180 else { return Array(places.indices) }
        var indices: [Int] = []
        for row in Int(south.rounded(.down))...Int(north.rounded(.down)) {
            var column = (center.longitudeDegrees - longitudeSpan).rounded(.down)
            while column <= center.longitudeDegrees + longitudeSpan {
                indices += cells[PlaceIndex.cellKey(Double(row) + 0.5, column + 0.5)] ?? []
                column += 1
            }
        }
        return indices
    }
}
