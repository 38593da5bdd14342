import Claims
import Gazetteer
import Geodesy

/// One briefing map, fully resolved: every place geocoded, every line measured, every claim
/// verified, every ring computed. Both renderers draw exactly this; neither geocodes.
public struct BriefingMap: Sendable {
    public let name: String
    public let title: String
    public let subtitle: String?
    public let date: String?
    public let source: String?
    public let projection: MapSpec.Projection
    /// The extent the spec asked for, or nil for "fit the features".
    public let requestedExtent: GeoBounds?
    public let widthPixels: Int
    public let heightPixels: Int
    public let borders: MapSpec.Borders
    public let inset: Bool
    public let labelUnit: LengthUnit
    public let places: [MapPlace]
    public let lines: [MapLine]
    public let rings: [MapRing]

    /// Everything the map shows, antimeridian-aware; nil for a map with nothing on it.
    public var featureBounds: GeoBounds? {
        GeoBounds.enclosing(
            points: places.map(\.place.coordinate),
            paths: lines.flatMap { $0.path.lines.map(\.coordinates) } + rings.flatMap { $0.area.polygons.map(\.exterior.coordinates) })
    }
}

public struct MapPlace: Sendable {
    public let place: Place
    public let label: String
    public let role: PlaceRole
    public let date: String?
    public let note: String?
}

public struct MapLine: Sendable {
    public let from: Place
    public let to: Place
    public let label: String?
    public let distanceMeters: Double
    /// The geodesic, densified and split at ±180°.
    public let path: GeoMultiLineString
    /// Present when the spec states a distance for this line.
    public let verification: DistanceVerification?
}

public struct MapRing: Sendable {
    public let center: Place
    public let radiusMeters: Double
    public let innerRadiusMeters: Double?
    public let azimuths: (fromDegrees: Double, toDegrees: Double)?
    public let label: String?
    public let area: GeoMultiPolygon

    /// A radius at or beyond the antipodal distance: every point on Earth is in range, and the map
    /// says so rather than drawing a ring.
    public var coversWholeEarth: Bool { azimuths == nil && RangeRing.coversWholeEarth(radiusMeters: radiusMeters) }
}
