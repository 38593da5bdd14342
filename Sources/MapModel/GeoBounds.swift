import Gazetteer
import Geodesy

/// A longitude/latitude box that may cross the antimeridian (then west > east), as RFC 7946 §5.2.
public struct GeoBounds: Sendable, Equatable {
    public let west: Double
    public let south: Double
    public let east: Double
    public let north: Double

    public init(west: Double, south: Double, east: Double, north: Double) {
        self.west = west
        self.south = south
        self.east = east
        self.north = north
    }

    public var crossesAntimeridian: Bool { west > east }

    /// Width in degrees of longitude, counting across ±180° when the box crosses it.
    public var widthDegrees: Double { crossesAntimeridian ? east + 360 - west : east - west }

    /// The smallest box holding every point: the longitudes take the shortest arc that covers them,
    /// found by leaving out the widest empty gap between sorted longitudes (so points at 170° and
    /// -170° give a 20° box across the antimeridian, not a 340° one).
    public static func enclosing(_ points: [Coordinate]) -> GeoBounds? {
        guard !points.isEmpty else { return nil }
        let latitudes = points.map(\.latitudeDegrees)
        let longitudes = Array(Set(points.map { $0.longitudeDegrees == 180 ? -180 : $0.longitudeDegrees })).sorted()
        var widestGap = 360 - (longitudes.last! - longitudes.first!)
        var west = longitudes.first!, east = longitudes.last!
        for (a, b) in zip(longitudes, longitudes.dropFirst()) where b - a > widestGap {
            widestGap = b - a
            west = b
            east = a
        }
        return GeoBounds(west: west, south: latitudes.min()!, east: east, north: latitudes.max()!)
    }
}
