/// Geometry as RFC 7946 wants it: longitude/latitude in degrees on WGS84, never crossing ±180°.
///
/// Producers (rings, lines) already split at the antimeridian and wind exterior rings
/// counter-clockwise and holes clockwise, so sinks (GeoJSON, SVG) write or project them as they are.

/// A sequence of points joined by straight segments in longitude/latitude.
public struct GeoLineString: Hashable, Sendable {
    public var coordinates: [Coordinate]
    public init(_ coordinates: [Coordinate]) { self.coordinates = coordinates }
}

/// Pieces of one line, split where it crosses the antimeridian.
public struct GeoMultiLineString: Hashable, Sendable {
    public var lines: [GeoLineString]
    public init(_ lines: [GeoLineString]) { self.lines = lines }
}

/// A closed ring (first point repeated last), used as a polygon boundary.
public struct GeoLinearRing: Hashable, Sendable {
    public var coordinates: [Coordinate]
    public init(_ coordinates: [Coordinate]) { self.coordinates = coordinates }
}

/// An exterior ring (counter-clockwise) with optional holes (clockwise).
public struct GeoPolygon: Hashable, Sendable {
    public var exterior: GeoLinearRing
    public var holes: [GeoLinearRing]
    public init(exterior: GeoLinearRing, holes: [GeoLinearRing] = []) {
        self.exterior = exterior
        self.holes = holes
    }
}

/// Pieces of one area, split where it crosses the antimeridian.
public struct GeoMultiPolygon: Hashable, Sendable {
    public var polygons: [GeoPolygon]
    public init(_ polygons: [GeoPolygon]) { self.polygons = polygons }

    /// Positions in all rings, as a file or a drawing will hold them.
    public var vertexCount: Int {
        polygons.reduce(0) { total, polygon in
            total + polygon.holes.reduce(polygon.exterior.coordinates.count) { $0 + $1.coordinates.count }
        }
    }
}
