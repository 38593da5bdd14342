/// A distance to a boundary or between two, with the points it runs between, so a map can draw it.
public struct BoundaryDistance: Sendable, Equatable {
    /// Geodesic metres on WGS84; 0 when the start lies inside the area (or the two areas touch).
    public let distanceMeters: Double
    /// Whether the start lies inside (or, between areas, whether they overlap or touch).
    public let isInside: Bool
    /// Where the measured geodesic starts: the given point, or the nearest point of the first area.
    public let nearestFrom: Coordinate
    /// Where it ends: the nearest point of the boundary (for a start inside, the nearest point of its edge).
    public let nearestTo: Coordinate
    /// From `nearestFrom` to `nearestTo`, even when the start is inside: how far the edge is.
    public let boundaryDistanceMeters: Double

    public init(distanceMeters: Double, isInside: Bool, nearestFrom: Coordinate, nearestTo: Coordinate, boundaryDistanceMeters: Double) {
        self.distanceMeters = distanceMeters
        self.isInside = isInside
        self.nearestFrom = nearestFrom
        self.nearestTo = nearestTo
        self.boundaryDistanceMeters = boundaryDistanceMeters
    }
}
