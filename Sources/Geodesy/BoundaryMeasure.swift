import Foundation

/// Distances to boundaries on WGS84: the nearest boundary point is found with GEOS in an azimuthal
/// equidistant projection centred on the start, where every distance from the centre is the true
/// geodesic distance, then refined on the ellipsoid with Karney's geodesic inverse along each edge
/// that could still be nearer (a lower bound from the projection rules the others out).
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
        guard let nearest = try nearestPoint(from: point, on: boundary.lines) else { return nil }
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
            guard let onSecond = try nearestPoint(from: from, on: second.lines),
                let onFirst = try nearestPoint(from: onSecond.point, on: first.lines)
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

    /// A plane of metres from the start, in which PROJ's ellipsoidal azimuthal equidistant projection
    /// keeps every distance from the origin exact.
    private enum StartPlane: PlanarSpace {}

    private struct Edge {
        let a: GeographicPoint, b: GeographicPoint
        let projectedA: PlanarPoint<StartPlane>, projectedB: PlanarPoint<StartPlane>

        var radiusA: Double { (projectedA.x * projectedA.x + projectedA.y * projectedA.y).squareRoot() }
        var radiusB: Double { (projectedB.x * projectedB.x + projectedB.y * projectedB.y).squareRoot() }
        var chordMeters: Double { hypot(projectedB.x - projectedA.x, projectedB.y - projectedA.y) }

        /// No point of the edge is nearer than this. A point on it lies within half the edge's ground
        /// length of one end, and the projection only stretches lengths across the radius, so the
        /// ground length is at most the projected one; half again covers the chord's bend. Near the
        /// antipode, where the projection tears, the ground length comes from the geodesic instead.
        func lowerBoundMeters(_ geodesic: Geodesic) -> Double {
            let nearer = min(radiusA, radiusB)
            guard max(radiusA, radiusB) > 15_000_000 else { return nearer - 0.75 * chordMeters - 1 }
            let ground = geodesic.inverse(
                latitude1Degrees: a.y, longitude1Degrees: a.x, latitude2Degrees: b.y, longitude2Degrees: b.x
            ).distanceMeters
            return nearer - 0.75 * ground - 1
        }

        func touches(_ point: PlanarPoint<StartPlane>, within slack: Double) -> Bool {
            point.x >= min(projectedA.x, projectedB.x) - slack && point.x <= max(projectedA.x, projectedB.x) + slack
                && point.y >= min(projectedA.y, projectedB.y) - slack && point.y <= max(projectedA.y, projectedB.y) + slack
        }
    }

    private func nearestPoint(from point: Coordinate, on allLines: [[GeographicPoint]]) throws -> (
        point: Coordinate, distanceMeters: Double
    )? {
        // Only edges that could beat the nearest vertex are projected and searched.
        let lines = NearbyEdges.lines(near: point, in: allLines)
        let projection = try Projection(
            "+proj=aeqd +lat_0=\(point.latitudeDegrees) +lon_0=\(point.longitudeDegrees) +x_0=0 +y_0=0")
        var edges: [Edge] = []
        var projectedLines: [[PlanarPoint<StartPlane>]] = []
        for line in lines {
            let projected = projection.forward(line).map { $0.map { PlanarPoint<StartPlane>(x: $0.x, y: $0.y) } }
            var run: [PlanarPoint<StartPlane>] = []
            for index in line.indices {
                guard let here = projected[index] else {
                    projectedLines.append(run)
                    run = []
                    continue
                }
                if index > 0, let previous = projected[index - 1] {
                    edges.append(Edge(a: line[index - 1], b: line[index], projectedA: previous, projectedB: here))
                }
                run.append(here)
            }
            projectedLines.append(run)
        }
        guard !edges.isEmpty, let seed = planar.nearestPoint(to: PlanarPoint(x: 0, y: 0), onLines: projectedLines) else { return nil }
        // The edges GEOS's point lies on give a first answer; every edge that could beat it is then refined.
        var best: (point: Coordinate, distanceMeters: Double)?
        let slack = max(0.001, seed.distance * 1e-9)
        for edge in edges where edge.touches(seed.point, within: slack) {
            let found = refine(edge, from: point)
            if best.map({ found.distanceMeters < $0.distanceMeters }) ?? true { best = found }
        }
        let bound = best?.distanceMeters ?? .infinity
        let candidates = edges.map { (edge: $0, lowerBound: $0.lowerBoundMeters(geodesic)) }
            .filter { $0.lowerBound <= bound }
            .sorted { $0.lowerBound < $1.lowerBound }
        for (edge, lowerBound) in candidates {
            if let current = best, lowerBound > current.distanceMeters { break }
            let found = refine(edge, from: point)
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
        let pieces = max(1, Int((edge.chordMeters / Self.pieceMeters).rounded(.up)))
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
