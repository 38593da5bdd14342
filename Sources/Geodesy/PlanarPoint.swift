/// Points, rectangles and polygons on a plane, typed by the plane they live on, so that a
/// longitude/latitude pair, a projected position in metres and a page position in pixels can never
/// be mixed up: each is `PlanarPoint` of its own `Space`, and geometry code that works on any plane
/// (ring area here, clipping in SVGRender's GEOS file) is generic over the space.

/// A plane that points live on; the type carries the unit and axis order.
public protocol PlanarSpace: Sendable {}

/// Longitude (x) and latitude (y) in degrees. Unlike `Coordinate`, a longitude may lie beyond ±180°:
/// a curve unwrapped across the antimeridian, or a feature shifted into a map's window.
public enum Geographic: PlanarSpace {}

/// A point on the plane `Space`.
public struct PlanarPoint<Space: PlanarSpace>: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// An axis-aligned rectangle on the plane `Space`.
public struct PlanarRect<Space: PlanarSpace>: Hashable, Sendable {
    public var minX: Double, minY: Double, maxX: Double, maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX
        self.minY = minY
        self.maxX = maxX
        self.maxY = maxY
    }

    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }

    public func intersects(_ other: PlanarRect) -> Bool {
        minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    public func contains(_ other: PlanarRect) -> Bool {
        other.minX >= minX && other.maxX <= maxX && other.minY >= minY && other.maxY <= maxY
    }

    public func contains(_ point: PlanarPoint<Space>) -> Bool {
        point.x >= minX && point.x <= maxX && point.y >= minY && point.y <= maxY
    }

    /// The smallest rectangle around `points`; nil when there are none.
    public static func enclosing(_ points: [PlanarPoint<Space>]) -> PlanarRect? {
        guard let first = points.first else { return nil }
        // A plain loop over four numbers: every line and ring of a map's layers asks for its box.
        var (minX, minY, maxX, maxY) = (first.x, first.y, first.x, first.y)
        for point in points {
            minX = min(minX, point.x)
            minY = min(minY, point.y)
            maxX = max(maxX, point.x)
            maxY = max(maxY, point.y)
        }
        return PlanarRect(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
    }
}

/// An area on the plane `Space`: an exterior ring and holes, each closed (first point repeated last).
public struct PlanarPolygon<Space: PlanarSpace>: Hashable, Sendable {
    public var exterior: [PlanarPoint<Space>]
    public var holes: [[PlanarPoint<Space>]]

    public init(exterior: [PlanarPoint<Space>], holes: [[PlanarPoint<Space>]] = []) {
        self.exterior = exterior
        self.holes = holes
    }
}

public typealias GeographicPoint = PlanarPoint<Geographic>
public typealias GeographicRect = PlanarRect<Geographic>

extension PlanarPoint where Space == Geographic {
    public init(longitudeDegrees: Double, latitudeDegrees: Double) {
        self.init(x: longitudeDegrees, y: latitudeDegrees)
    }

    public var longitudeDegrees: Double { x }
    public var latitudeDegrees: Double { y }
}

extension Coordinate {
    /// This coordinate as a point on the longitude/latitude plane.
    public var geographicPoint: GeographicPoint { GeographicPoint(x: longitudeDegrees, y: latitudeDegrees) }
}

/// The one home of ring area on any plane.
public enum PlanarRing {
    /// Shoelace area in the plane's units squared: positive when the ring runs counter-clockwise with
    /// y pointing up (RFC 7946's exterior winding on the longitude/latitude plane). The ring may be
    /// closed (last point repeating the first) or not; the closing edge is counted either way.
    /// Coordinates are taken relative to the first point, so a ring a centimetre wide at longitude
    /// 30 keeps its sign (the products of absolute coordinates would cancel to noise).
    public static func signedArea<Space>(_ ring: [PlanarPoint<Space>]) -> Double {
        guard let origin = ring.first else { return 0 }
        var sum = 0.0
        var previous = (x: 0.0, y: 0.0)  // the origin, relative to itself
        for point in ring.dropFirst() {
            let current = (x: point.x - origin.x, y: point.y - origin.y)
            sum += previous.x * current.y - current.x * previous.y
            previous = current
        }
        // The closing edge back to the origin adds nothing: the origin is (0, 0).
        return sum / 2
    }
}
