import Geodesy

/// The distance between two endpoints of any kind: place to place along the geodesic between their
/// points, and to or between areas to the nearest points of their boundaries (`BoundaryMeasure`).
///
/// Not thread-safe: one instance per thread (it owns a GEOS context).
public final class EndpointMeasure {
    private let boundaries = BoundaryMeasure()

    public init() {}

    public func distance(from start: Endpoint, to end: Endpoint) throws -> BoundaryDistance {
        switch (start, end) {
        case let (.place(from), .place(to)):
            let meters = Geodesic.wgs84.inverse(from: from.coordinate, to: to.coordinate).distanceMeters
            return BoundaryDistance(
                distanceMeters: meters, isInside: false, nearestFrom: from.coordinate, nearestTo: to.coordinate,
                boundaryDistanceMeters: meters)
        case let (.place(from), .area(to)):
            return try found(boundaries.distance(from: from.coordinate, to: to.boundary), to)
        case let (.area(from), .place(to)):
            let reversed = try found(boundaries.distance(from: to.coordinate, to: from.boundary), from)
            return BoundaryDistance(
                distanceMeters: reversed.distanceMeters, isInside: reversed.isInside, nearestFrom: reversed.nearestTo,
                nearestTo: reversed.nearestFrom, boundaryDistanceMeters: reversed.boundaryDistanceMeters)
        case let (.area(from), .area(to)):
            return try found(boundaries.distance(between: from.boundary, and: to.boundary), to)
        }
    }

    private func found(_ distance: BoundaryDistance?, _ area: AreaEndpoint) throws -> BoundaryDistance {
        guard let distance else { throw GazetteerError.areaEmpty(name: area.label, reason: "it has no boundary lines") }
        return distance
    }
}
