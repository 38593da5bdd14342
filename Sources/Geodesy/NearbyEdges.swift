import Foundation

/// The edges of a set of lines that could hold the nearest point to a start, found on a sphere before
/// any geodesic is solved: a country's 1:10m outline has some 100,000 vertices, and a geodesic to
/// each (or, before, a projection of each into the start's azimuthal equidistant plane) was most of
/// a distance to Russia. On a sphere a vertex costs a haversine, and the bounds below let only the
/// edges near the nearest vertex through; the answer is then found among them exactly as among all.
///
/// The bounds hold on WGS84: a geodesic is within 1% of the same arc on the sphere of mean radius
/// (the ellipsoid's radii of curvature lie within 0.7% of it), and an edge straight in
/// longitude/latitude is no longer than `pathLengthUpperBoundMeters`.
enum NearbyEdges {
    /// The sphere whose arcs stand in for geodesics (the IUGG mean radius of WGS84).
    static let meanRadiusMeters = 6_371_008.8
    /// Geodesic ÷ spherical arc lies within these factors, with room to spare.
    static let lowerFactor = 0.99
    static let upperFactor = 1.01
    /// More than the ellipsoid's largest radius of curvature (6,399.6 km at the poles).
    static let maximumRadiusMeters = 6_400_000.0

    /// No shorter than the edge from `a` to `b`, straight in longitude/latitude, on WGS84: along it
    /// ds² = M² dφ² + (N cos φ)² dλ², both radii are under `maximumRadiusMeters`, and cos φ is at most
    /// its value at the edge's latitude nearest the equator.
    static func pathLengthUpperBoundMeters(_ a: GeographicPoint, _ b: GeographicPoint) -> Double {
        let crossesEquator = (a.y <= 0) != (b.y <= 0)
        let widest = crossesEquator ? 1 : cos(min(abs(a.y), abs(b.y)) * .pi / 180)
        return maximumRadiusMeters * hypot(b.y - a.y, (b.x - a.x) * widest) * .pi / 180
    }

    /// The runs of consecutive edges of `lines` whose every point could be no farther from `start`
    /// than the nearest vertex; an edge left out has no point nearer than some vertex.
    static func lines(near start: Coordinate, in lines: [[GeographicPoint]]) -> [[GeographicPoint]] {
        let latitude = start.latitudeDegrees * .pi / 180, longitude = start.longitudeDegrees * .pi / 180
        let cosLatitude = cos(latitude)
        // Haversine arc to each vertex, in metres on the sphere.
        let arcs = lines.map { line in
            line.map { vertex -> Double in
                let phi = vertex.y * .pi / 180, lambda = vertex.x * .pi / 180
                let sinHalfPhi = sin((phi - latitude) / 2), sinHalfLambda = sin((lambda - longitude) / 2)
                let a = sinHalfPhi * sinHalfPhi + cosLatitude * cos(phi) * sinHalfLambda * sinHalfLambda
                return 2 * asin(min(1, a.squareRoot())) * meanRadiusMeters
            }
        }
        guard let nearestArc = arcs.lazy.flatMap({ $0 }).min() else { return [] }
        let reach = nearestArc * upperFactor
        var runs: [[GeographicPoint]] = []
        for (line, lineArcs) in zip(lines, arcs) {
            var run: [GeographicPoint] = []
            for index in line.indices.dropFirst() {
                let a = line[index - 1], b = line[index]
                let length = pathLengthUpperBoundMeters(a, b)
                // A point of the edge is at least (dA + dB − length) / 2 from the start.
                let lowerBound = (lowerFactor * (lineArcs[index - 1] + lineArcs[index]) - length) / 2
                if lowerBound <= reach {
                    if run.isEmpty { run.append(a) }
                    run.append(b)
                } else if !run.isEmpty {
                    runs.append(run)
                    run = []
                }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs
    }
}
