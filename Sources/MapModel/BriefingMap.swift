import Gazetteer
import Geodesy
import Verification

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
    /// Shaded countries, files, borders and coasts from the spec's `areas`, then occupied territory.
    public let areas: [MapArea]
    /// The user's own layers, drawn under everything else the map adds to the basemap. Context, like
    /// occupied territory: they do not widen the frame.
    public let layers: [MapLayer]
    /// How names were read where they could have meant something else: one line each for stderr.
    public let warnings: [String]
    /// The SVG's look (`style:` in the spec).
    public var style: MapSpec.Style = .light

    /// Everything the map shows, antimeridian-aware; nil for a map with nothing on it. Occupied
    /// territory is context, not a feature: it does not widen the frame.
    public var featureBounds: GeoBounds? {
        var paths: [[Coordinate]] = lines.flatMap { $0.path.lines.map(\.coordinates) }
        paths += rings.flatMap { $0.area.polygons.map(\.exterior.coordinates) }
        for area in areas where !area.isOccupied {
            let outlines: [[GeographicPoint]] = area.polygons.map(\.exterior) + area.lines
            paths += outlines.map { $0.map(Self.coordinate) }
        }
        return GeoBounds.enclosing(points: places.map(\.place.coordinate), paths: paths)
    }

    private static func coordinate(_ point: GeographicPoint) -> Coordinate {
        Coordinate(uncheckedLatitudeDegrees: point.y, longitudeDegrees: Coordinate.normalizedLongitude(point.x))
    }
}

/// An area the map shades (a country, a file's polygons) or draws as a line (a border, a coast),
/// in longitude/latitude, split at ±180°.
public struct MapArea: Sendable {
    /// "Russia", "the land borders of Russia", "occupied".
    public let name: String
    public let label: String
    public let polygons: [PlanarPolygon<Geographic>]
    public let lines: [[GeographicPoint]]
    /// Territory an occupied-areas file says another state holds (`borders: de-facto`).
    public let isOccupied: Bool

    public var vertexCount: Int {
        polygons.reduce(0) { $0 + $1.exterior.count + $1.holes.reduce(0) { $0 + $1.count } } + lines.reduce(0) { $0 + $1.count }
    }
}

public struct MapPlace: Sendable {
    public let place: Place
    public let label: String
    public let role: PlaceRole
    public let date: String?
    public let note: String?
    /// Drawn even when its label finds no room (`keep: true`); see `MapSpec.PlaceSpec.keep`.
    public var keep = false
}

public struct MapLine: Sendable {
    /// Either end may be an area (`to: border:RU`); the line then runs to its nearest point.
    public let from: Endpoint
    public let to: Endpoint
    /// Where the drawn geodesic starts and ends: the places, or the nearest points of areas.
    public let start: Coordinate
    public let end: Coordinate
    public let label: String?
    public let distanceMeters: Double
    /// The geodesic, densified and split at ±180°.
    public let path: GeoMultiLineString
    /// Present when the spec states a distance for this line.
    public let verification: DistanceVerification?
    /// `#rrggbb` from the spec, or nil for the house style.
    public let color: String?
    /// The line's own legend row, or nil for the shared one.
    public let legend: String?
}

public struct MapRing: Sendable {
    public let center: Place
    public let radiusMeters: Double
    public let innerRadiusMeters: Double?
    public let azimuths: (fromDegrees: Double, toDegrees: Double)?
    public let label: String?
    public let area: GeoMultiPolygon
    public let color: String?
    public let legend: String?

    /// A radius at or beyond the antipodal distance: every point on Earth is in range, and the map
    /// says so rather than drawing a ring.
    public var coversWholeEarth: Bool { azimuths == nil && RangeRing.coversWholeEarth(radiusMeters: radiusMeters) }
}
