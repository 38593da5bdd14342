import Foundation

/// Distances to boundaries on WGS84: the edges that could hold the nearest point are found on a
/// sphere (`NearbyEdges`), then each is refined on the ellipsoid with Karney's geodesic inverse,
/// nearest lower bound first, until no edge left could be nearer (the bound comes from the geodesic
/// distances to its ends and its length).
///
/// Accuracy: within a millimetre of the minimum geodesic distance to the boundary as given (the
/// tests compare with a brute-force minimum over the boundary densified to 100 m); the boundary
/// itself is only as accurate as its data (Natural Earth 1:10m: about 1 km).
///
/// Not thread-safe: one instance per thread (it owns a GEOS context).
public final class BoundaryMeasure {
    private let planar = PlanarGeometry()
    private let geodesic = Geodesic.wgs84
    /// Golden-section steps per edge: 0.618^48 of a 20 km piece is under 0.1 mm.
    private static let refinementSteps = 48
    /// Edges are searched in pieces of at most this length, so each piece has one minimum.
    private static let pieceMeters = 20_000.0

    public init() {}

    /// From a point to a boundary: 0 inside its polygons. Nil when the boundary has no lines.
    public func distance(from point: Coordinate, to boundary: Boundary) throws -> BoundaryDistance? {
        let location = GeographicPoint(x: point.longitudeDegrees, y: point.latitudeDegrees)
        let inside = !boundary.polygons.isEmpty && planar.contains(boundary.polygons, location)
        guard let nearest = nearestPoint(from: point, on: boundary.lines) else { return nil }
        return BoundaryDistance(
            distanceMeters: inside ? 0 : nearest.distanceMeters, isInside: inside, nearestFrom: point, nearestTo: nearest.point,
            boundaryDistanceMeters: nearest.distanceMeters)
    }

    /// The minimum distance between two boundaries, 0 where one's lines reach the other's area or
    /// the lines meet. Found by walking from GEOS's planar nearest pair: nearest point on the second
    /// from the first's, then back, until it stops shrinking (a local minimum of a smooth distance).
    public func distance(between first: Boundary, and second: Boundary) throws -> BoundaryDistance? {
        guard !first.lines.isEmpty, !second.lines.isEmpty else { return nil }
        if let contact = planar.firstContact(lines: second.lines, polygons: first.polygons)
            ?? planar.firstContact(lines: first.lines, polygons: second.polygons)
        {
            let point = Coordinate(uncheckedLatitudeDegrees: contact.y, longitudeDegrees: Coordinate.normalizedLongitude(contact.x))
            return BoundaryDistance(distanceMeters: 0, isInside: true, nearestFrom: point, nearestTo: point, boundaryDistanceMeters: 0)
        }
        guard let start = planar.nearestPoints(between: first.lines, and: second.lines) else { return nil }
        var from = Coordinate(uncheckedLatitudeDegrees: start.0.y, longitudeDegrees: Coordinate.normalizedLongitude(start.0.x))
        var best: (point: Coordinate, distanceMeters: Double)?
        for _ in 0..<12 {
            guard let onSecond = nearestPoint(from: from, on: second.lines),
                let onFirst = nearestPoint(from: onSecond.point, on: first.lines)
            else { return nil }
            let improved = best.map { onFirst.distanceMeters < $0.distanceMeters - 0.001 } ?? true
            if best == nil || onFirst.distanceMeters < best!.distanceMeters {
                best = (onSecond.point, onFirst.distanceMeters)
                from = onFirst.point
            }
            if !improved { break }
        }
        guard let found = best else { return nil }
        return BoundaryDistance(
            distanceMeters: found.distanceMeters, isInside: false, nearestFrom: from, nearestTo: found.point,
            boundaryDistanceMeters: found.distanceMeters)
    }

    // MARK: - The nearest point of a set of lines

    /// One edge with the geodesic distances from the start to its ends.
    private struct Edge {
        let a: GeographicPoint, b: GeographicPoint
        let distanceA: Double, distanceB: Double
        /// At least the edge's ground length (`NearbyEdges.pathLengthUpperBoundMeters`).
        let lengthMeters: Double

        /// No point of the edge is nearer than this: a point on it is at most its path along the edge
        /// from each end, and the two paths add up to the edge's length (triangle inequality).
        var lowerBoundMeters: Double { (distanceA + distanceB - lengthMeters) / 2 - 0.001 }
    }

    private func nearestPoint(from point: Coordinate, on allLines: [[GeographicPoint]]) -> (point: Coordinate, distanceMeters: Double)? {
        // Only edges that could beat the nearest vertex (bounded on the sphere) are measured here.
        var edges: [Edge] = []
        for line in NearbyEdges.lines(near: point, in: allLines) {
            let distances = line.map { vertex in
                geodesic.inverse(
                    latitude1Degrees: point.latitudeDegrees, longitude1Degrees: point.longitudeDegrees,
                    latitude2Degrees: vertex.y, longitude2Degrees: vertex.x
                ).distanceMeters
            }
            for index in line.indices.dropFirst() {
                let a = line[index - 1], b = line[index]
                edges.append(
                    Edge(
                        a: a, b: b, distanceA: distances[index - 1], distanceB: distances[index],
                        lengthMeters: NearbyEdges.pathLengthUpperBoundMeters(a, b)))
            }
        }
        // Nearest bound first (ties in line order, so the answer never depends on the sort), each edge
        // refined until the next one's bound is beyond the best found.
        let ordered = edges.indices.sorted { (edges[$0].lowerBoundMeters, $0) < (edges[$1].lowerBoundMeters, $1) }
        var best: (point: Coordinate, distanceMeters: Double)?
        for index in ordered {
            if let current = best, edges[index].lowerBoundMeters > current.distanceMeters { break }
            let found = refine(edges[index], from: point)
            if best.map({ found.distanceMeters < $0.distanceMeters }) ?? true { best = found }
        }
        return best
    }

    /// The point of one edge (straight in longitude/latitude) nearest to `start` on the ellipsoid:
    /// the best of samples every 20 km, then a golden-section search around it.
    private func refine(_ edge: Edge, from start: Coordinate) -> (point: Coordinate, distanceMeters: Double) {
        func position(_ t: Double) -> Coordinate {
            Coordinate(
                uncheckedLatitudeDegrees: edge.a.y + t * (edge.b.y - edge.a.y),
                longitudeDegrees: Coordinate.normalizedLongitude(edge.a.x + t * (edge.b.x - edge.a.x)))
        }
        func distance(_ t: Double) -> Double {
            geodesic.inverse(from: start, to: position(t)).distanceMeters
        }
        let pieces = max(1, Int((edge.lengthMeters / Self.pieceMeters).rounded(.up)))
        let samples = (0...pieces).map { Double($0) / Double(pieces) }
        let sampleDistances = samples.map(distance)
        let bestSample = sampleDistances.indices.min { sampleDistances[$0] < sampleDistances[$1] } ?? 0
        var low = samples[max(0, bestSample - 1)], high = samples[min(pieces, bestSample + 1)]
        let ratio = (5.0.squareRoot() - 1) / 2
        var left = high - ratio * (high - low), right = low + ratio * (high - low)
        var leftDistance = distance(left), rightDistance = distance(right)
        for _ in 0..<Self.refinementSteps {
            if leftDistance < rightDistance {
                high = right
                right = left
                rightDistance = leftDistance
                left = high - ratio * (high - low)
                leftDistance = distance(left)
            } else {
                low = left
                left = right
                leftDistance = rightDistance
                right = low + ratio * (high - low)
                rightDistance = distance(right)
            }
        }
        let (t, meters) = [(samples[bestSample], sampleDistances[bestSample]), (left, leftDistance), (right, rightDistance)]
            .min { $0.1 < $1.1 }!
        return (position(t), meters)
    }
}
